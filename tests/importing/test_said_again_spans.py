"""Where a report begins when its `that` is said again after an aside between dashes (`saying
that — in his interview with Jake Tapper, I think — that A`: A), and when what was said is set
against what was not (`said in his speech not that A but that B`: B, what was said)
(docs/ANNOTATING.md, "Span boundaries"; the sentences are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_Q = "Q Thanks, Karine. What did the President say about the plan?"


def test_that_said_again_after_an_aside() -> None:
    assert quotes(
        _Q,
        "MS. JEAN-PIERRE: And then yesterday, we had President Biden saying that — in his"
        " interview with Jake Tapper, I think — that if there’s going to be a recession, it’ll be"
        " a small one.",
    ) == [("indirect", "Biden", "if there’s going to be a recession, it’ll be a small one.")]


def test_a_dash_with_no_that_after_it_keeps_the_aside() -> None:
    # (one dash, no second `that`: the words after the dash are the report)
    assert quotes(
        "Senator Jane Roe came on Monday.", "Roe said that — frankly — the plan works."
    ) == [("indirect", "Jane Roe", "frankly — the plan works.")]


def test_not_that_but_that() -> None:
    assert quotes(
        _Q,
        "MS. JEAN-PIERRE: President Biden said in his speech not that Hamas had accepted the"
        " proposal but that they should.",
    ) == [("indirect", "Biden", "they should.")]


def test_not_that_with_no_but_is_no_report() -> None:
    assert (
        quotes(
            "Senator Jane Roe came on Monday.",
            "Roe said not that the plan works, and the room went quiet.",
        )
        == []
    )
