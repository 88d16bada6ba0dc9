"""A briefing's listener construction, the words heard said with no `as` before them (`You heard
from the President clearly that A`, `We heard from X on the Hill a short time ago saying A`, `you
heard also from the President last night say very clearly, look, A`, `You heard him say yesterday
that A`): A is the one heard's (the heardsay round; docs/ANNOTATING.md, "Thirty-seventh folder":
`you heard from the President clearly that A` gives A). The sentences are written for the tests."""

from __future__ import annotations

import pytest

from .helpers import quotes

_MET = "President Joe Biden spoke in Ohio on Monday."
CLAUSE = "if Russia uses chemical weapons, there will be severe consequences."


# --- `heard from X …` then `that`, `saying` or `say` ------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "You heard from the President clearly that ",
        "Well, like you just mentioned, you heard from the President clearly that ",
        "We heard from the President last night that ",
        "You’ve also heard from the President a short time ago saying ",
        "And you heard also from the President last night say very clearly, look, ",
        "We heard directly from President Biden yesterday that ",
        "I heard from the President in his remarks that ",
    ],
)
def test_heard_from_then_that_gives_the_clause(lead: str) -> None:
    assert quotes(_MET, lead + CLAUSE) == [("indirect", "Joe Biden", CLAUSE)]


def test_heard_from_a_name_on_the_hill_saying_gives_the_name() -> None:
    sentence = (
        "We heard from Mitch McConnell on the Hill a short time ago saying the Republicans "
        "don’t want extraneous items."
    )
    assert quotes("Senator Mitch McConnell spoke on Monday.", sentence) == [
        ("indirect", "Mitch McConnell", "the Republicans don’t want extraneous items.")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # no one heard saying anything: the people heard from, a noise, a topic
        "They heard from constituents all week about the price of gas.",
        "I heard the noise from the street last night.",
        "We heard from the President about the plan that he announced last week.",
        "You heard from the President, and the Vice President will speak next.",
        # a noun phrase between the source and `that`: a relative clause, not a report
        "We heard from the President on a plan that will cut costs for families.",
        # the content lost (ANNOTATING.md, "Thirty-seventh folder")
        "I know that we’ve heard directly from the Israelis that this is (inaudible).",
        # `as you know,` is no source
        "As you know, the bill passed the House last week.",
        # `heard from` in lower case: no one named
        "We heard from people on the ground that the roads are closed.",
    ],
)
def test_other_heard_shapes_are_not_taken(sentence: str) -> None:
    assert quotes(_MET, sentence) == []


# --- `heard him say … that A` -------------------------------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "You heard him say that ",
        "You heard him say yesterday that ",
        "You’ve heard him say many times that ",
    ],
)
def test_heard_him_say_that_gives_any_clause(lead: str) -> None:
    assert quotes(_MET, lead + CLAUSE) == [("indirect", "Joe Biden", CLAUSE)]


def test_heard_him_say_a_clause_without_that_still_read() -> None:
    sentence = "Many of you heard him say he wanted to be the President for all people."
    assert quotes(_MET, sentence) == [
        ("indirect", "Joe Biden", "he wanted to be the President for all people.")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # the speaker's own, not the one heard
        "You heard me say that if Russia uses chemical weapons, there will be consequences.",
        # `that` the thing said
        "You heard him say that, and I agree with him.",
        # `that` the thing said, the time after it
        "You heard him say that just two days ago, and that is certainly the case.",
        "You heard him say that yesterday.",
        # a relative clause's `say`
        "It is a promise which you heard him say that he would keep.",
    ],
)
def test_other_heard_say_shapes_are_not_taken(sentence: str) -> None:
    assert quotes(_MET, sentence) == []
