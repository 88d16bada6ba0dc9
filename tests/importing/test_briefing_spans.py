"""Reports in briefings and gaggles, where they start and end: a spoken `quote` before words in
marks that close the report (`According to X, A will help — quote — “B.” End quote.`: A, X's
indirect quote, and B, X's direct quote) (docs/ANNOTATING.md, "Thirty-fourth folder"; the
sentences are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_Q = "Q Thanks, Karine. What did the President say about the plan?"


def test_spoken_quote_between_dashes_splits_the_report() -> None:
    assert quotes(
        _Q,
        "MS. JEAN-PIERRE: According to Senator Jane Roe, the funds that she voted against will"
        " help — quote — “help address the shortage of nurses in rural hospitals.” End quote.",
    ) == [
        ("indirect", "Jane Roe", "the funds that she voted against will help"),
        ("direct", "Jane Roe", "help address the shortage of nurses in rural hospitals."),
    ]


def test_spoken_quote_after_a_comma_splits_the_report() -> None:
    assert quotes(
        "Q Thanks, Jen.",
        "Q Ambassador Jane Roe said that the U.S. has asked the Prime Minister to, quote, “move"
        " forward on a political process that will lead to elections.”",
    ) == [
        ("indirect", "Jane Roe", "the U.S. has asked the Prime Minister to"),
        ("direct", "Jane Roe", "move forward on a political process that will lead to elections."),
    ]


def test_spoken_end_quote_after_the_marks() -> None:
    assert quotes(
        "Q Thanks, Jen.",
        "Q Prime Minister John Doe said he told the Secretary, quote, “It’s inconceivable that"
        " the shipments were held up for months,” end quote. Is that right?",
    ) == [
        ("indirect", "John Doe", "he told the Secretary"),
        ("direct", "John Doe", "It’s inconceivable that the shipments were held up for months,"),
    ]


def test_marks_inside_the_report_leave_it_whole() -> None:
    # (the report goes on past the closing mark: one indirect quote, the marks in it)
    assert quotes(
        "Q Thanks, Jen.",
        "Q Secretary Jane Roe said that he was, quote, “troubled” by the new charges against"
        " the reporters.",
    ) == [
        (
            "indirect",
            "Jane Roe",
            "he was, quote, “troubled” by the new charges against the reporters.",
        )
    ]


def test_marks_without_a_spoken_quote_stay_in_the_report() -> None:
    assert quotes(
        _Q,
        "MS. JEAN-PIERRE: And President Biden said clearly that we need to “finish the job.”",
    ) == [("indirect", "Biden", "we need to “finish the job.”")]


def test_as_said_with_a_colon() -> None:
    # `As X said: A`, a briefing's colon where the comma stands (`As X said, A`)
    assert quotes(
        _Q,
        "MS. JEAN-PIERRE: So as the President has said: Listen, this is a difficult mission.",
    ) == [("indirect", "President", "Listen, this is a difficult mission.")]


def test_as_said_on_an_occasion_with_a_colon() -> None:
    assert quotes(
        "Q Thanks, Jake. What about Paul?",
        "MR. SULLIVAN: As President Biden said when he announced her release: For illegitimate"
        " reasons, the Russians treat his case differently.",
    ) == [
        ("indirect", "Biden", "For illegitimate reasons, the Russians treat his case differently.")
    ]


def test_as_i_said_with_a_colon_is_the_turns_own() -> None:
    assert quotes(_Q, "MS. JEAN-PIERRE: As I’ve said before: We want them to do it safely.") == []
