"""Shapes left across the development folders (docs/IMPORT-RULES.md, "A residual audit across the
folders"): each shape with a near shape that must not be taken (the sentences here are written for
the tests)."""

from __future__ import annotations

from .helpers import quotes

# --- `that` after a preposition is a determiner ------------------------------------------------


def test_that_after_a_preposition_is_no_opening_of_the_report() -> None:
    found = quotes("Senator Jane Smith said in that statement that the plan would cost billions.")
    assert found == [("indirect", "Jane Smith", "the plan would cost billions.")]
    found = quotes(
        "One of the things that Senator Ro Khanna pointed out in that piece is that Congress "
        "needs to pass the bill."
    )
    assert found == [("indirect", "Ro Khanna", "Congress needs to pass the bill.")]
    found = quotes("Governor Tim Walz noted during that meeting that the state needs more funding.")
    assert [text for _, _, text in found] == ["the state needs more funding."]


def test_that_right_after_the_verb_still_opens_the_report() -> None:
    # `said that that plan …`: the first `that` opens the report, the second is its determiner
    found = quotes("Senator Jane Smith said that that plan would cost billions.")
    assert found == [("indirect", "Jane Smith", "that plan would cost billions.")]
    # `said on Tuesday that …`: a time before `that`, as before
    found = quotes("Senator Jane Smith said on Tuesday that the plan would cost billions.")
    assert found == [("indirect", "Jane Smith", "the plan would cost billions.")]
    # a preposition's `that` with no report after it gives no quote from inside the phrase
    found = quotes("Senator Jane Smith spoke at length and said in that statement.")
    assert all(not text.startswith("statement") for _, _, text in found)
