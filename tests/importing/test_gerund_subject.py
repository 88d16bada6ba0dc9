"""A clause whose subject is a word in -ing (`teaching has become …`, `handling classified
information is important`, `nothing is off the table`) is a clause, after `As X said,` and after
`mentioned that`; a participle opening no clause (`launching the plan, “…”`, `mentioned that —
inviting …`) is still none (docs/ANNOTATING.md, "Fortieth folder"; the sentences are written for
the tests)."""

from __future__ import annotations

from .helpers import quotes

_MET = "Secretary Jane Roe spoke on Monday."


def test_as_said_then_a_gerund_subject() -> None:
    assert quotes(_MET, "As Roe said yesterday, teaching has become so much harder.") == [
        ("indirect", "Jane Roe", "teaching has become so much harder.")
    ]


def test_as_said_then_nothing_is() -> None:
    assert quotes(_MET, "As Roe said, nothing is off the table.") == [
        ("indirect", "Jane Roe", "nothing is off the table.")
    ]


def test_mentioned_that_then_a_gerund_subject() -> None:
    assert quotes(_MET, "Roe mentioned that handling classified information is important.") == [
        ("indirect", "Jane Roe", "handling classified information is important.")
    ]


def test_as_said_then_a_participle_is_no_clause() -> None:
    assert quotes(_MET, "As Roe said, launching the plan, “We go now.”") == [
        ("direct", "Jane Roe", "We go now.")
    ]


def test_mentioned_that_then_a_participle_is_no_clause() -> None:
    assert quotes(_MET, "Roe mentioned that — inviting an alliance to meet.") == []
