"""`A, according to X, director of Y.` is X's report of A: the comma after X opens X's apposition,
not the report (docs/ANNOTATING.md, "Hard cases": `A, according to X, director of Y` is X's). A
relative clause after `according to X,` (`the bulk of which …`, `who …`) is no apposition, and
`According to X, A` keeps A (the sentences are written for the tests)."""

from __future__ import annotations

import pytest

from .helpers import quotes

_MET = "Jane Roe spoke on Monday."


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices rose faster than expected, according to Jane Roe, director of the council.",
        "Prices rose faster than expected, according to Jane Roe, the director of the council.",
        "Prices rose faster than expected, according to Jane Roe, a council economist.",
        "Prices rose faster than expected, according to Jane Roe.",
    ],
)
def test_the_report_before_the_apposition(sentence: str) -> None:
    assert quotes(_MET, sentence) == [("indirect", "Jane Roe", "Prices rose faster than expected")]


def test_a_report_after_according_to() -> None:
    assert quotes(_MET, "According to Jane Roe, prices rose faster than expected.") == [
        ("indirect", "Jane Roe", "prices rose faster than expected.")
    ]


def test_a_relative_clause_is_no_apposition() -> None:
    found = quotes(
        "The Congressional Budget Office reported.",
        "There was money from past plans that, according to CBO, the bulk of which had not been "
        "spent.",
    )
    assert ("the bulk of which had not been spent.") in [text for _, _, text in found]
