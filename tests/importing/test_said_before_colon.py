"""What was said, named or counted before a colon, then said after it: `has said a few things: A`,
`what Speaker Roe said earlier today: A` give A, as `said this: A` and `what the President said:
A` did; `said a few things.` and `what she said earlier today.` give nothing (docs/ANNOTATING.md,
"Thirty-fourth folder"; the turns are written for the tests)."""

from __future__ import annotations

import pytest

from .helpers import quotes

_TURNS = (
    "MS. POE: Hi, everybody.",
    "Q Hello.",
    "Q Hi, Mary.",
    "MS. POE: President Joe Biden spoke. Speaker Jane Roe spoke too.",
)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("MS. POE: The President has said a few things: We have to get this done.", "Joe Biden"),
        ("MS. POE: The President said two things: We have to get this done.", "Joe Biden"),
        ("MS. POE: Look at what Speaker Roe said earlier today: We have to get this done.", "Roe"),
        ("MS. POE: Look at what Speaker Roe said this morning: We have to get this done.", "Roe"),
    ],
)
def test_said_after_the_colon(sentence: str, speaker: str) -> None:
    found = quotes(*_TURNS, sentence)
    assert [(kind, text) for kind, _, text in found] == [("indirect", "We have to get this done.")]
    assert found[0][1].endswith(speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        "MS. POE: The President has said a few things.",
        "MS. POE: Look at what Speaker Roe said earlier today.",
        "MS. POE: Look at what Speaker Roe said earlier today: “We have to get this done.”",
    ],
)
def test_no_clause_after_a_colon(sentence: str) -> None:
    assert [kind for kind, _, _ in quotes(*_TURNS, sentence)] in ([], ["direct"])
