"""A time that opens a sentence (`Last night,`, `This morning,`, `Tonight,`, `Over the weekend,`)
is no subject: the one after it is whom a later `he` names (`Last night, the President delivered
… He spoke … And he said clearly that A`, a briefing's report of a speech). Names listed without
`and` before a plural verb (`Steve Roe, Louisa Poe, Brian Doe are all back …`) are several people,
whom a later `she` does not name (docs/ANNOTATING.md, "The speaker"; the turns are written for the
tests)."""

from __future__ import annotations

import pytest

from .helpers import quotes

_TURNS = ("MS. POE: Hi, everybody.", "Q Hello.", "Q Hi, Mary.", "MS. POE: Hi.")


@pytest.mark.parametrize(
    "opening",
    ["Last night,", "This morning,", "Tonight,", "Over the weekend,", "Last Tuesday,"],
)
def test_a_time_before_the_subject(opening: str) -> None:
    paragraph = (
        f"{opening} the President delivered a strong address. He spoke about the progress. "
        "And he said clearly that we need to finish the job."
    )
    assert quotes(*_TURNS, paragraph) == [("indirect", "President", "we need to finish the job.")]


def test_this_before_no_time_is_a_subject() -> None:
    # (`This` opens the sentence's subject: nothing is taken off, no one is named)
    paragraph = "This is what matters, the plan. And he said that we need to finish the job."
    assert quotes(*_TURNS, paragraph) == []


def test_names_listed_without_and_are_several() -> None:
    paragraphs = (
        "This afternoon, Steve Roe, Louisa Poe, Brian Doe are all back up on the Hill.",
        "She also said in an interview that she would be open to going.",
    )
    assert quotes(*_TURNS, *paragraphs) == []
