"""How often or by whom a thing was said, between the verb and its clause (`has said in the past
we need to …`, `has said many times we …`, `has said repeatedly …`, `said himself, it’s not …`):
a briefing's `has said`, the clause after it the report, as after `said Monday` (docs/ANNOTATING.md,
"Indirect quotes"; the turns are written for the tests)."""

from __future__ import annotations

import pytest

from .helpers import quotes

_TURNS = ("MS. POE: Hi, everybody.", "Q Hello.", "Q Hi, Mary.", "MS. POE: President Biden spoke.")


@pytest.mark.parametrize(
    "sentence",
    [
        "MS. POE: The President has said in the past we need to rethink our approach.",
        "MS. POE: The President has said many times we need to rethink our approach.",
        "MS. POE: The President has said repeatedly we need to rethink our approach.",
        "MS. POE: The President has said time and again we need to rethink our approach.",
        "MS. POE: And he said himself, we need to rethink our approach.",
    ],
)
def test_how_often_then_the_clause(sentence: str) -> None:
    assert quotes(*_TURNS, sentence) == [("indirect", "Biden", "we need to rethink our approach.")]


@pytest.mark.parametrize(
    "sentence",
    [
        "MS. POE: The President has said many times.",
        "MS. POE: The President has said repeatedly to the press.",
        "MS. POE: He said himself.",
    ],
)
def test_no_clause_after_it(sentence: str) -> None:
    assert quotes(*_TURNS, sentence) == []
