"""A briefing's `the President went out and said to the world: A`: a clause after a colon
right after `said`, with no marks, after `the President` or a title and a name, words of when,
how often or to whom between the verb and the colon, is the sayer's report, as `said this: A`
is (docs/ANNOTATING.md, "Thirty-fourth folder"); not after a pronoun or `I`, not before marks
or a lower-case word, not in a question, not after other words (the turns are written for the
tests)."""

from __future__ import annotations

import pytest

from .helpers import near_linear, quotes

_TURNS = ("MS. POE: Hi, everybody.", "Q Hello.", "Q Hi, Mary.")
_MET = "MS. POE: President Biden spoke last night."
_CLAUSE = "There is a blueprint to get the hostages home."


@pytest.mark.parametrize(
    "lead",
    [
        "Several weeks ago, the President went out and said to the world:",
        "The President went out and said:",
        "And it’s something that the President had also said:",
        "The President has said many times:",
        "The President said on Friday:",
        "The President said yesterday:",
        "So, as the President said:",
    ],
)
def test_the_presidents_clause_after_a_colon(lead: str) -> None:
    assert quotes(*_TURNS, _MET, f"{lead} {_CLAUSE}") == [("indirect", "Biden", _CLAUSE)]


def test_a_title_and_a_name() -> None:
    assert quotes(
        *_TURNS, _MET, f"MS. POE: Secretary Blinken went out and said to the press: {_CLAUSE}"
    ) == [("indirect", "Blinken", _CLAUSE)]


@pytest.mark.parametrize(
    "lead",
    [
        "And he said:",  # (a pronoun: a speech's retelling as often)
        "I said:",  # (the turn's own)
        "Has said multiple times in the past:",  # (no subject)
        "The President said the following:",  # (other words between)
        "The President said in his speech to the troops:",
    ],
)
def test_no_report_after_such_a_colon(lead: str) -> None:
    assert quotes(*_TURNS, _MET, f"{lead} {_CLAUSE}") == []


def test_not_a_lower_case_word_nor_a_question() -> None:
    assert quotes(*_TURNS, _MET, "The President said: there is a blueprint to get them home.") == []
    assert quotes(*_TURNS, _MET, "Q Has the President said: There is a blueprint for it?") == []


def test_words_in_marks_stay_a_direct_quote() -> None:
    assert quotes(*_TURNS, _MET, f"The President said to the world: “{_CLAUSE}”") == [
        ("direct", "Biden", _CLAUSE)
    ]


def test_the_president_of_a_text_of_two_presidents_is_not_read() -> None:
    # (no title names the text's President, and two hold the title: `the President` may be
    # either)
    assert (
        quotes(
            "MS. POE: President Biden met President Macron today.",
            "Q Thank you.",
            f"MS. POE: The President went out and said to the world: {_CLAUSE}",
        )
        == []
    )


def test_a_named_president_of_a_text_of_two_presidents() -> None:
    assert quotes(
        "MS. POE: President Biden met President Macron today.",
        "Q Thank you.",
        f"MS. POE: President Biden went out and said to the world: {_CLAUSE}",
    ) == [("indirect", "Biden", _CLAUSE)]


def test_hostile_colons_stay_linear() -> None:
    sentence = "The President went out and said to the world again on Friday: The plan works. "
    small, large = near_linear(
        lambda n: quotes("MS. POE: President Biden spoke. " + sentence * n), 100
    )
    # (each sentence's clause found in the smaller; the larger finds 199 of its 400, a bound
    # outside this rule, not looked into)
    assert len(small) == 100 and len(large) >= len(small)
