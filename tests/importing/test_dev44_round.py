"""A `that` clause wholly in marks after a briefing's spoken `quote` (`She also said that,
quote, “A,” and, quote, “B,” meaning …`) is the source's direct quote, each part in marks one,
the reporter's participle or clause after the last part no part of it; a clause that goes on
past the marks stays one indirect quote (docs/ANNOTATING.md, "Forty-fourth folder"; the
sentences are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_MET = "Governor Jane Roe spoke on Monday."


def test_that_then_spoken_quote_is_direct() -> None:
    assert quotes(_MET, "Roe said that, quote, “sanctions are being tightened every day.”") == [
        ("direct", "Jane Roe", "sanctions are being tightened every day.")
    ]


def test_and_i_quote_is_the_same_lead_in() -> None:
    assert quotes(_MET, "Roe said that, and I quote, “the period is finite.”") == [
        ("direct", "Jane Roe", "the period is finite.")
    ]


def test_parts_read_out_again_each_direct_the_participle_after_left_out() -> None:
    assert quotes(
        _MET,
        "She also said that, quote, “sanctions are being tightened almost every day,” and, quote,"
        " “the period is finite,” meaning these are really having the squeeze we expected.",
    ) == [
        ("direct", "Jane Roe", "sanctions are being tightened almost every day,"),
        ("direct", "Jane Roe", "the period is finite,"),
    ]


def test_the_askers_clause_after_the_marks_is_left_out() -> None:
    assert quotes(
        _MET,
        "Q So when she tweeted that, quote, “the plan is a disaster,” when she compared it to a"
        " fire, did those comments meet the standard?",
    ) == [("direct", "Jane Roe", "the plan is a disaster,")]


def test_a_clause_going_on_past_the_marks_stays_indirect() -> None:
    found = quotes(_MET, "Roe said that, quote, “sanctions are being tightened” every day.")
    assert [(kind, speaker) for kind, speaker, _text in found] == [("indirect", "Jane Roe")]


def test_that_without_spoken_quote_keeps_its_reading() -> None:
    assert quotes(_MET, "Roe said that “sanctions are being tightened every day.”") == [
        ("direct", "Jane Roe", "sanctions are being tightened every day.")
    ]
