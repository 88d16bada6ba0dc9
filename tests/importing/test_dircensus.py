"""A paragraph wholly in marks right after a paragraph that opens with a titled person named in
full (the dircensus round): that person's excerpt, a direct quote. The sentences are written
for the tests."""

from __future__ import annotations

import pytest

from .helpers import quotes

OPENER = (
    "In today’s Wall Street Journal, Secretary of Agriculture Jane Roe lays out the "
    "administration’s plan to bring down the price of eggs."
)
EXCERPT = (
    "“The last administration did little to address the outbreaks. By contrast, we are taking "
    "the issue seriously and will act this week.”"
)
WORDS = (
    "The last administration did little to address the outbreaks. By contrast, we are taking "
    "the issue seriously and will act this week."
)


def test_excerpt_after_a_titled_name_opening_the_paragraph_before() -> None:
    assert quotes(OPENER, EXCERPT) == [("direct", "Jane Roe", WORDS)]


@pytest.mark.parametrize(
    "opener",
    [
        "Senator Jane Roe wrote an op-ed for the Boston Globe on Tuesday.",
        "On Monday, Governor Jane Roe published a letter to the state’s farmers.",
        "In a new essay, Secretary of State Jane Roe explains the plan.",
    ],
)
def test_near_shapes_of_the_opener(opener: str) -> None:
    assert quotes(opener, EXCERPT) == [("direct", "Jane Roe", WORDS)]


def test_an_excerpt_left_unclosed_runs_to_its_paragraph_end() -> None:
    assert quotes(OPENER, EXCERPT.rstrip("”")) == [("direct", "Jane Roe", WORDS)]


@pytest.mark.parametrize(
    "opener",
    [
        # no person: a sentence's `It`, a body, a name without a title
        "It is the latest example of how wrong the critics have been.",
        "The Department of Agriculture lays out the plan to bring down the price of eggs.",
        "Jane Roe lays out the plan to bring down the price of eggs.",
    ],
)
def test_no_excerpt_without_a_titled_person_opening_the_paragraph_before(opener: str) -> None:
    assert quotes(opener, EXCERPT) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        # a title or a slogan: no sentence's end inside
        "“Building a Stronger Economy for the Farmers and the Families of Every Rural Town”",
        # one sentence only
        "“We are taking the issue of the outbreaks and the price of eggs seriously this week.”",
        # words after the marks: not wholly in marks
        EXCERPT + " It was well received.",
        # too short
        "“We act. We win.”",
    ],
)
def test_not_an_excerpt(paragraph: str) -> None:
    assert quotes(OPENER, paragraph) == []


def test_a_first_paragraph_wholly_in_marks_is_no_excerpt() -> None:
    assert quotes(EXCERPT) == []
