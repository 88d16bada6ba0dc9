"""Where an indirect report ends before the reporter's own words: `, which I …` to the
sentence's end (the reporter's comment in the first person) and `, and they both agreed …`
(the narration of both together) are no part of the report; an aside `, which I signed,` that
the report goes on past stays in it (docs/ANNOTATING.md, "Thirty-ninth folder"; the sentences
are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_MET = "Secretary Jane Roe spoke on Monday."


def test_which_i_to_the_end_is_the_reporters_comment() -> None:
    assert quotes(_MET, "So, Roe said you’re at the 10-yard line, which I had to look up.") == [
        ("indirect", "Jane Roe", "you’re at the 10-yard line")
    ]


def test_which_as_a_description_then_i_is_the_reporters_comment_too() -> None:
    assert quotes(
        _MET, "Roe said you’re at the 10-yard line, which as an Irishman, I had to work out."
    ) == [("indirect", "Jane Roe", "you’re at the 10-yard line")]


def test_which_i_inside_the_report_is_kept() -> None:
    assert quotes(_MET, "Roe said that the law, which I signed, is working.") == [
        ("indirect", "Jane Roe", "the law, which I signed, is working.")
    ]


def test_which_without_i_is_kept() -> None:
    assert quotes(_MET, "Roe said that talks will resume, which would be a first.") == [
        ("indirect", "Jane Roe", "talks will resume, which would be a first.")
    ]


def test_and_they_both_agreed_ends_the_report() -> None:
    assert quotes(
        _MET,
        "Roe told Governor Doe she was honored to work with him, and they both agreed the focus "
        "must stay on jobs.",
    ) == [("indirect", "Jane Roe", "she was honored to work with him")]
