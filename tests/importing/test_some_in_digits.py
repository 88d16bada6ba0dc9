"""`3 in 10 Americans`, `seven in 10 Americans`, `4 in 5 voters`: a share in digits as in words
(`six in ten`), the numbers no counts of their own; not a count over games or a time (`scored 2
in 3 games`, `rose 5 in 10 months`)."""

from __future__ import annotations

import pytest

from .helpers import found


def _figures(paragraph: str) -> list[tuple[float, str | None, str]]:
    return [(s.value, s.unit, s.text) for s in found(paragraph).statistics]


@pytest.mark.parametrize(
    ("paragraph", "value", "text"),
    [
        ("About 3 in 10 Americans say they are worried.", 0.3, "About 3 in 10 Americans"),
        ("Roughly seven in 10 Americans oppose it.", 0.7, "Roughly seven in 10 Americans"),
        ("Nearly 4 in 5 voters backed it.", 0.8, "Nearly 4 in 5 voters"),
        ("About six in ten Americans say they are worried.", 0.6, "About six in ten Americans"),
    ],
)
def test_a_share_in_digits(paragraph: str, value: float, text: str) -> None:
    assert _figures(paragraph) == [(value, "fraction", text)]


def test_no_share_over_games_or_a_time() -> None:
    assert _figures("He scored 2 in 3 games.") == [(3, "games", "3 games")]
    assert all(unit != "fraction" for _, unit, _ in _figures("Prices rose 5 in 10 months."))
