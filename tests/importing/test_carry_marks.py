"""A report is carried to the next sentence when that sentence speaks in the first person; a
`we` or a stance inside marks is the words quoted there, not the report's voice, so the
narration's sentence that quotes them (`In conclusion, Law urged …, noting “we must change.”`)
is not carried (docs/ANNOTATING.md, "Thirty-eighth folder"; the sentences are written for the
tests)."""

from __future__ import annotations

from .helpers import quotes

_MET = "Jane Roe spoke on Monday."


def test_first_person_inside_marks_does_not_carry_the_report() -> None:
    found = quotes(
        _MET,
        "Detailing the struggle, Roe asserted that the free world has not done enough. In "
        "conclusion, Roe urged stronger support for human rights, noting “we must change.”",
    )
    assert ("indirect", "Jane Roe", "the free world has not done enough.") in found
    assert all("In conclusion" not in text for _, _, text in found)


def test_first_person_in_a_phrase_in_marks_does_not_carry_it() -> None:
    found = quotes(
        _MET,
        "Detailing the talks, Roe noted that the talks had stalled. In the end, Roe urged patience "
        "from a people who “will always stand with us.”",
    )
    assert ("indirect", "Jane Roe", "the talks had stalled.") in found
    assert all("urged" not in text for _, _, text in found)


def test_first_person_outside_marks_still_carries_it() -> None:
    assert quotes(
        _MET,
        "Roe asserted that the free world has not done enough. We must change, and our friends "
        "must help.",
    ) == [
        (
            "indirect",
            "Jane Roe",
            "the free world has not done enough. We must change, and our friends must help.",
        )
    ]
