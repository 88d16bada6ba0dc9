"""A filler after `As X said,` (`you know,`, `look,`, `I mean,`) is the one speaking, no part of
the words reported (docs/ANNOTATING.md, "Thirty-seventh folder": a filler is no part of it; the
sentences are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_MET = "Dr. Jane Roe spoke on Monday."


def test_you_know_after_as_said_is_left_out() -> None:
    assert quotes(_MET, "And as Dr. Roe said, you know, this is a serious virus.") == [
        ("indirect", "Jane Roe", "this is a serious virus.")
    ]


def test_look_after_as_said_is_left_out() -> None:
    assert quotes(_MET, "And as Dr. Roe said, look, this is a serious virus.") == [
        ("indirect", "Jane Roe", "this is a serious virus.")
    ]


def test_a_report_opening_with_look_as_a_verb_is_kept() -> None:
    assert quotes(_MET, "And as Dr. Roe said, looking ahead is the hard part.") == [
        ("indirect", "Jane Roe", "looking ahead is the hard part.")
    ]
