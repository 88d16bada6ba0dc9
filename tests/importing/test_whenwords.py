"""The times and places of saying between the verb (or the one told) and a clause without `that`
(docs/IMPORT-RULES.md, "What it finds", indirect quotes; the probe of 7 December): the parts of a
day (`this morning`, `tonight`, `earlier today`), the weeks before (`last Friday`, `earlier this
month`), a named place after the one told (`at the Capitol`) and the event the saying followed
(`after the vote`). The report is the clause only, as after `said Tuesday`. Near shapes that are no
report: the time is itself the subject (`said this morning was …`), or nothing follows. The
sentences are written for the tests (wire-story shapes)."""

from __future__ import annotations

import pytest

from .helpers import quotes

_NAME = "Senator Joe Manchin"


@pytest.mark.parametrize(
    ("words", "report"),
    [
        # (before: `this morning he would …`, the time inside the report)
        ("said this morning he would", "he would not back the nominee."),
        ("told reporters this morning he would", "he would not back the nominee."),
        ("said this afternoon he would", "he would not back the nominee."),
        ("said tonight he would", "he would not back the nominee."),
        ("said earlier today he would", "he would not back the nominee."),
        # (before: no quote)
        ("said earlier this month he would", "he would not back the nominee."),
        ("told CNN earlier this week he would", "he would not back the nominee."),
        ("said last Friday he would", "he would not back the nominee."),
        ("said late last week he would", "he would not back the nominee."),
        ("told reporters at the Capitol he would", "he would not back the nominee."),
        ("told reporters at the White House he would", "he would not back the nominee."),
        ("told reporters after the vote he would", "he would not back the nominee."),
        ("told reporters after the closed-door meeting he would", "he would not back the nominee."),
        # (unchanged: `that` after the time or the place)
        ("said this morning that he would", "he would not back the nominee."),
        ("told reporters after the vote that he would", "he would not back the nominee."),
    ],
)
def test_time_or_place_then_clause(words: str, report: str) -> None:
    assert quotes(f"{_NAME} {words} not back the nominee.") == [("indirect", "Joe Manchin", report)]


def test_time_then_a_named_subject() -> None:
    assert quotes(f"{_NAME} said this week the Senate would vote on Friday.") == [
        ("indirect", "Joe Manchin", "the Senate would vote on Friday.")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # the time is what was talked of, the clause's own subject: no report
        f"{_NAME} said this morning was the busiest of the year.",
        f"{_NAME} said this week would be decisive.",
        # nothing after the time or the place
        f"{_NAME} said last Friday.",
        f"{_NAME} told reporters at the Capitol building.",
        f"{_NAME} spoke to reporters after the vote.",
        # a place or an event that is the object of another verb
        f"{_NAME} arrived at the Capitol this morning and voted against the bill.",
    ],
)
def test_no_report(sentence: str) -> None:
    assert quotes(sentence) == []
