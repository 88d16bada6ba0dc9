"""A `that` clause wholly in marks, then the narration's participle (`proclaimed that “A,” urging
his supporters to …`), gives the words in marks as a direct quote and no more; marks inside a
clause that goes on (`said that the plan is “a disaster,” urging …`, `had taken a “…,” helping
…`) leave the report as it was (docs/ANNOTATING.md, "Forty-second folder"; the sentences are
written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_MET = "Governor Jane Roe spoke on Monday."


def test_a_clause_wholly_in_marks_then_a_participle() -> None:
    assert quotes(
        _MET, "Roe proclaimed that “the other party cannot rest,” urging supporters to march."
    ) == [("direct", "Jane Roe", "the other party cannot rest,")]


def test_the_comma_outside_the_marks_too() -> None:
    assert quotes(_MET, "Roe said that “the plan is a disaster”, urging voters to reject it.") == [
        ("direct", "Jane Roe", "the plan is a disaster")
    ]


def test_marks_inside_the_clause_leave_the_report_whole() -> None:
    assert quotes(_MET, "Roe said that the plan is “a disaster,” urging voters to reject it.") == [
        ("indirect", "Jane Roe", "the plan is “a disaster,” urging voters to reject it.")
    ]
