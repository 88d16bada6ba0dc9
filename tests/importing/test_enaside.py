"""A briefing's attribution set off by a turn's opening words (`Well, I would note, as X said, A`,
`So, first, as you heard X say, A`), a pronoun before a colon (`So, he acknowledged on Friday: A`,
`he’s also said — reiterated many times: A`), `told us: A`, and `said early on … that A` (the
enaside round; docs/ANNOTATING.md, "Twenty-fourth" and "Thirty-fourth folder": a clause after
the colon, like `has been clear: A`). The sentences are written for the tests."""

from __future__ import annotations

import pytest

from .helpers import quotes

_MET = "President Joe Biden spoke in Ohio on Monday."
CLAUSE = "this is a process the State Department goes through."


# --- `As X said, A` after a turn's opening words -----------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Well, I would note, ",
        "So, first, ",
        "And, look, ",
        "You know, ",
        "Obviously, ",
        "I’d say, ",
        "So, ",  # (read before)
    ],
)
def test_as_said_after_opening_words_gives_the_clause(lead: str) -> None:
    sentence = f"MS. PSAKI: {lead}as the President has said in the past, {CLAUSE}"
    assert quotes(_MET, sentence) == [("indirect", "Joe Biden", CLAUSE)]


@pytest.mark.parametrize("lead", ["So, first, ", "Well, ", ""])
def test_as_heard_after_opening_words_gives_the_clause(lead: str) -> None:
    sentence = f"{lead}as you heard the President say last week, he takes this seriously."
    assert quotes(_MET, sentence) == [("indirect", "Joe Biden", "he takes this seriously.")]


@pytest.mark.parametrize(
    "sentence",
    [
        # the turn's own, not a source's
        "Well, I would note, as I have said in the past, this is a process.",
        # a conjunction after the aside: the speaker's own words go on
        "Well, I would note, as the President has said before, and I agree, this is a process.",
        # a pronoun after the opening words: who `he` is, unsaid
        "So, first, as you heard him say last week, he takes this seriously.",
        # words before `as` not a turn's opening (a clause of the speaker's own)
        "We will keep working, as the President has said in the past, to get this done.",
    ],
)
def test_other_asides_after_opening_words_are_not_taken(sentence: str) -> None:
    assert quotes(_MET, sentence) == []


# --- a colon after a verb of saying, after `he` or `she` ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "So, he acknowledged on Friday: Hamas may choose to let the violence continue.",
            "Hamas may choose to let the violence continue.",
        ),
        (
            "But he’s also said: It doesn’t solve our problems, and Congress needs to act.",
            "It doesn’t solve our problems, and Congress needs to act.",
        ),
        (
            "But he’s also said — reiterated many times: It doesn’t solve our problems.",
            "It doesn’t solve our problems.",
        ),
        (
            "He has said many times: While a recession is possible, he does not expect one.",
            "While a recession is possible, he does not expect one.",
        ),
        (
            "And President Biden has told us: Run through the tape, get it done.",
            "Run through the tape, get it done.",
        ),
    ],
)
def test_a_clause_after_a_colon_is_the_one_talked_of(sentence: str, clause: str) -> None:
    assert quotes(_MET, sentence) == [("indirect", "Joe Biden", clause)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a speech's retelling of a talk: the pronoun's plain past
        "And he said: The penalty good people pay for not being involved is high.",
        # the turn's own
        "And I said: It was short sighted, it was a mistake.",
        "But as I’ve said many times: In order to do that, it requires compromise.",
        # the one told is the speaker
        "He told me: You need to go home now and rest.",
        # an object before the colon
        "He said it in the State of the Union: Do something about it.",
        # a verb joined to another, no saying before the colon
        "And he’s acknowledged and he brags about it: Donald Trump did it.",
    ],
)
def test_other_colons_after_a_pronoun_are_not_taken(sentence: str) -> None:
    assert quotes(_MET, sentence) == []


# --- `said early on … that A` ------------------------------------------------------------------


def test_said_early_on_before_that_gives_the_clause() -> None:
    sentence = "Obviously, President Biden said early on in his administration that he would act."
    assert quotes(_MET, sentence) == [("indirect", "Joe Biden", "he would act.")]


def test_said_early_that_morning_is_no_time_before_that() -> None:
    assert quotes(_MET, "President Biden said early that morning that he would act.") == []
