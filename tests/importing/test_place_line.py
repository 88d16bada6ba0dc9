"""A transcript's place line whose last word is a place's initials (`Capitol Rotunda Washington,
D.C.`, `Private Residence Washington, D.C.`) is a line of names, no one speaking: a later `He
said, “…”` is not given to a person called `Capitol Rotunda Washington` (a tribute's remarks in
the development set gave that speaker eight quotes of an unnamed man). The lines are written
for the tests."""

from __future__ import annotations

import pytest

from .helpers import quotes

SAID = "He said, “I know what you’re thinking.”"


@pytest.mark.parametrize(
    "line",
    [
        "Capitol Rotunda Washington, D.C.",
        "Private Residence Washington, D.C.",
        "Department of the Interior Washington, D.C.",
        "East Room",
    ],
)
def test_a_place_line_names_no_speaker(line: str) -> None:
    assert quotes(line, SAID) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Roe met reporters in Washington, D.C.",
        "Jane Roe, a lawyer from Washington, D.C.",
    ],
)
def test_a_sentence_ending_with_initials_still_names_its_subject(sentence: str) -> None:
    assert quotes(sentence, SAID) == [("direct", "Jane Roe", "I know what you’re thinking.")]
