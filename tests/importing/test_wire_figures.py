"""An earlier figure named as such between `from` and its value (`up from an earlier estimate of
$800 million`, `down from a previous forecast of 2.1%`, `up from the initial count of 30`): the
earlier value is the figure's `previous`, and no figure of its own, as in `up from $800 million`
(docs/IMPORT-RULES.md, "What it finds"; found testing wire stories by hand). The sentences are
written for the tests."""

from __future__ import annotations

import pytest

from .helpers import figures


@pytest.mark.parametrize(
    ("sentence", "value", "previous"),
    [
        (
            "The storm caused an estimated $1.2 billion in damage, up from an earlier estimate "
            "of $800 million, the commissioner said.",
            1_200_000_000,
            800_000_000,
        ),
        ("Growth will be 1.8% this year, down from a previous forecast of 2.1%.", 1.8, 2.1),
        ("The death toll rose to 45, up from the initial count of 30.", 45, 30),
        ("Sales reached 1,200 units, up from a revised estimate of 1,050 units.", 1200, 1050),
        # (already read: unchanged)
        (
            "The storm caused $1.2 billion in damage, up from $800 million.",
            1_200_000_000,
            800_000_000,
        ),
    ],
)
def test_an_earlier_figure_named_as_such_is_the_previous_value(
    sentence: str, value: float, previous: float
) -> None:
    found = figures(sentence)
    assert [(figure[0], figure[1]) for figure in found] == [(value, previous)]


@pytest.mark.parametrize(
    "sentence",
    [
        # no change: a stock, a total of something else, an estimate with no `from` before it
        "The company sold 500 cars from its original stock of 800 cars.",
        "An earlier estimate of $800 million was revised to $1.2 billion.",
    ],
)
def test_an_earlier_figure_without_a_change_from_it_stays_a_figure(sentence: str) -> None:
    found = figures(sentence)
    assert len(found) == 2 and all(figure[1] is None for figure in found)
