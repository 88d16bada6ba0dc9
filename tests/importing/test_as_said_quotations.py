"""A quotation after `As X said` and the occasion it was said on (`As the President said in the
Rose Garden this past April, “…”`) is X's direct quote, as `As X said, A` reported is X's
(ANNOTATING.md, "Indirect quotes"); the occasion names no one (it named `April`), and neither
the speaker's own `As I said` nor another's words retold (`as Alisha said my mother would say
to me, “…”`) give the quotation to the one after `as`."""

from __future__ import annotations

import pytest

from .helpers import quotes

BEFORE = "President Biden met the governors today."


@pytest.mark.parametrize(
    "lead",
    [
        "As the President said in the Rose Garden this past April,",
        "As the president said in his letter this past Sunday,",
        "As the President said this past April,",
        "As the President stated in National Security Memorandum 15 (October 2022),",
        "As President Biden said at last year’s State of the Union,",
        "And as he said in Ohio,",
    ],
)
def test_the_occasion_after_as_x_said_is_no_part_of_the_source(lead: str) -> None:
    assert quotes(f"{BEFORE} {lead} “We will prevail.”") == [
        ("direct", "Biden", "We will prevail.")
    ]


def test_a_writer_named_after_as_with_the_occasion() -> None:
    assert quotes(
        "As John Adams wrote before the signing of the Declaration of Independence, “Posterity! "
        "You will never know how much it cost.”"
    ) == [("direct", "John Adams", "Posterity! You will never know how much it cost.")]


@pytest.mark.parametrize(
    "lead",
    [
        "As I said yesterday,",  # the speaker's own words again
        "As you said on Monday,",  # the one asked's
        "It is — as Alisha said my mother would say to me,",  # another's words retold
    ],
)
def test_no_source_after_as_for_ones_own_or_retold_words(lead: str) -> None:
    assert quotes(f"I grew up in Oakland. {lead} “Don’t you ever let anybody tell you.”") == []
