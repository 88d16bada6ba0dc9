"""`said it really well`, `said it best` (how well a thing was said, `it` the verb's object) is no
report of a clause: the words after it are the speaker's own (docs/ANNOTATING.md,
"Thirty-seventh folder"); `said it will pass` (`it` a clause's subject) still is (the sentences
are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_MET = "Secretary Jane Roe spoke on Monday."


def test_said_it_really_well_is_no_report() -> None:
    assert (
        quotes(_MET, "Roe said it really well when she was here: We have always had concerns.")
        == []
    )


def test_said_it_best_is_no_report() -> None:
    assert quotes(_MET, "Roe said it best when she was here: we need more teachers.") == []


def test_said_it_then_a_clause_is_a_report() -> None:
    assert quotes(_MET, "Roe said it will pass.") == [("indirect", "Jane Roe", "it will pass.")]


def test_said_it_was_well_received_is_a_report() -> None:
    assert quotes(_MET, "Roe said it was well received.") == [
        ("indirect", "Jane Roe", "it was well received.")
    ]
