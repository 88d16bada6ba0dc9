"""`recommended that` with its clause is a verb of advising that reports, like `advised that`
(docs/ANNOTATING.md, "Thirty-eighth folder"); `recommended a budget` (a noun phrase) is none (the
sentences are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_MET = "Secretary Jane Roe spoke on Monday."


def test_recommended_that() -> None:
    assert quotes(_MET, "Roe recommended that the Congress act now.") == [
        ("indirect", "Jane Roe", "the Congress act now.")
    ]


def test_recommends_that() -> None:
    assert quotes(_MET, "Roe recommends that every school stay open this fall.") == [
        ("indirect", "Jane Roe", "every school stay open this fall.")
    ]


def test_a_noun_phrase_recommended_is_no_report() -> None:
    assert quotes(_MET, "Roe recommended a budget of $5 billion for the program.") == []
