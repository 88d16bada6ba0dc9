"""The shared Hypothesis strategies draw what they promise."""

from __future__ import annotations

from hypothesis import given, settings

from tests.strategies import any_text, joined

PIECES = ["a", "bc", " ", "中文", "\x00"]


@settings(max_examples=60)
@given(joined(PIECES, min_size=2, max_size=5, sep="|"))
def test_joined_draws_the_pieces_joined(text: str) -> None:
    parts = text.split("|")
    assert 2 <= len(parts) <= 5
    assert all(part in PIECES for part in parts)


@settings(max_examples=60)
@given(any_text(max_size=20))
def test_any_text_is_text_utf8_can_encode(text: str) -> None:
    assert len(text) <= 20
    text.encode("utf-8")  # no surrogate
