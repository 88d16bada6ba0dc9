"""The recall3 round (docs/IMPORT-RULES.md, "An adverb before `that`, a long phrase called"): a verb
of saying with any one adverb in `-ly` right before its `that`, and a name's own `calls` before a
longer phrase in marks; with the near shapes that must stay as they were (the sentences are written
for the tests, after the White House texts of the audit)."""

from __future__ import annotations

import pytest

from .helpers import quotes

CLAUSE = "the plant would reopen next year."

# --- a verb of saying, an adverb in -ly, then `that` ---------------------------------------------


@pytest.mark.parametrize(
    "verb",
    [
        "said basically",
        "said specifically",
        "said recently",
        "stated unequivocally",
        "noted specifically",
        "emphasized strongly",
        "emphasized very strongly",
        "said only",
    ],
)
def test_an_adverb_between_the_verb_and_that(verb: str) -> None:
    assert quotes(f"Jane Roe {verb} that {CLAUSE}") == [("indirect", "Jane Roe", CLAUSE)]


def test_a_pronoun_after_the_one_interviewed_in_a_question() -> None:
    text = (
        "Q Yesterday, I did an interview with Senator Lindsey Graham. And he said basically that a "
        "defense package with Saudi Arabia could happen sooner than later."
    )
    report = "a defense package with Saudi Arabia could happen sooner than later."
    assert quotes(text) == [("indirect", "Lindsey Graham", report)]


def test_the_listed_words_are_read_as_before() -> None:
    # (`clearly`, `publicly`, `repeatedly` were listed before the round)
    for verb in ("said clearly", "said publicly", "said repeatedly", "said on Monday"):
        assert quotes(f"Jane Roe {verb} that {CLAUSE}") == [("indirect", "Jane Roe", CLAUSE)]


@pytest.mark.parametrize(
    "text",
    [
        # a noun in -ly is no adverb: `that` opens the noun's relative clause
        "Jane Roe thanked the family that hosted her in Ohio.",
        "Jane Roe spoke at the rally that drew thousands in Ohio.",
        "Jane Roe praised the ally that stood with her in Ohio.",
        # no verb of saying before the adverb
        "Jane Roe worked tirelessly that year on the plan.",
        # `that` as a determiner after the adverb, not a clause
        "Jane Roe said firmly that much.",
        "Jane Roe said early that morning she would act.",
        "Jane Roe said quietly that day the plant would reopen.",
    ],
)
def test_no_verb_of_saying_or_no_clause_gives_nothing(text: str) -> None:
    assert quotes(text) == []


def test_an_unnamed_subject_stays_unnamed() -> None:
    # (the adverb adds no source: people never named are no speaker)
    assert quotes(f"Some critics said basically that {CLAUSE}") == []


# --- a name's own `calls` before a longer phrase in marks ---------------------------------------

LONG = (
    "the most influential President of this century — and probably dating back a good portion "
    "of last century."
)


def test_a_name_calls_someone_a_long_phrase() -> None:
    text = (
        "The report aired as part of a larger segment highlighting the first six months of "
        f"President Trump’s second term, in which Enten calls President Trump “{LONG}”"
    )
    assert quotes(text) == [("direct", "Enten", LONG)]


def test_called_in_the_past_with_a_lower_case_object() -> None:
    phrase = "a reckless giveaway to the largest companies that will cost families for years."
    text = f"Senator Jane Roe called the plan “{phrase}”"
    assert quotes(text) == [("direct", "Jane Roe", phrase)]


def test_the_short_phrase_is_taken_as_before() -> None:
    assert quotes("Senator Jane Roe called the plan “reckless.”") == [
        ("direct", "Jane Roe", "reckless.")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun keeps the short phrase only
        f"Jane Roe spoke on Monday. He calls President Trump “{LONG}”",
        # a participle keeps the short phrase only
        f"Jane Roe spoke on Monday, calling President Trump “{LONG}”",
        # a name given to a thing, not a calling
        f"The agency runs a programme called “{LONG}”",
        # longer than 120 characters
        f"Jane Roe calls President Trump “{LONG} {LONG}”",
    ],
)
def test_a_long_phrase_otherwise_is_not_a_calling(text: str) -> None:
    assert all(quote[0] != "direct" for quote in quotes(text))
