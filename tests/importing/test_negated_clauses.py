"""A clause without `that` after a verb of saying whose verb is negated with `n’t` (`said there
wasn’t going to be a recession`, `concluded by noting this won’t be our last meeting`) is reported
speech, as the same clause without the negation is (docs/ANNOTATING.md, "Indirect quotes"); the
sentences are written for the tests."""

from __future__ import annotations

import pytest

from .helpers import quotes

_MET = "Governor Jane Roe came on Monday."


@pytest.mark.parametrize(
    "clause",
    [
        "there wasn’t going to be a recession.",
        "there wasn't going to be a recession.",
        "the plan won’t work.",
        "Congress can’t wait.",
        "the agency didn’t act.",
        "the plan isn’t enough.",
    ],
)
def test_a_negated_clause_is_reported(clause: str) -> None:
    assert quotes(_MET, f"Roe said {clause}") == [("indirect", "Jane Roe", clause)]


def test_a_participle_with_a_negated_clause() -> None:
    assert quotes(_MET, "She concluded by noting this won’t be our last meeting.") == [
        ("indirect", "Jane Roe", "this won’t be our last meeting.")
    ]


def test_a_noun_with_an_apostrophe_is_no_auxiliary() -> None:
    # (`the nation’s` is no negation: the words after `said` are a noun phrase)
    assert quotes(_MET, "Roe said the nation’s prayers on Sunday.") == []
