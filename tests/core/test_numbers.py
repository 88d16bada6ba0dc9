"""The statistics panel's number formatting, change and before/now bars."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressreader.text.numbers import (
    BarPair,
    bar_pair,
    format_change,
    format_number,
    format_value,
    to_float,
)
from tests.strategies import any_text


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (0, None, "0"),
        (7, None, "7"),
        (999, None, "999"),
        (1000, None, "1,000"),
        (500_000, None, "500,000"),
        (999_999, None, "999,999"),
        (1_000_000, None, "1 million"),
        (4_600_000, None, "4.6 million"),
        (4_200_000, None, "4.2 million"),
        (1_234_567, None, "1.23 million"),
        (1_300_000_000, None, "1.3 billion"),
        (1.3e9, None, "1.3 billion"),
        (2_500_000_000_000, None, "2.5 trillion"),
        # Rounding that reaches the next scale moves to it instead of "1,000 million".
        (999_999_999, None, "1 billion"),
        (-4_200_000, None, "-4.2 million"),
        (-1234, None, "-1,234"),
        (181.0, None, "181"),
        (3.14159, None, "3.14"),
        (2.50, None, "2.5"),
        (-1234.5, None, "-1,234.5"),
        (12345.678, None, "12,345.68"),
        (0.5, None, "0.5"),
        (0.00123, None, "0.00123"),
        (-0.0, None, "0"),
        (181, "countries", "181 countries"),
        (4_600_000, "citizens", "4.6 million citizens"),
        (500_000, "cases", "500,000 cases"),
        (5.2, "%", "5.2%"),
        (-3, "%", "-3%"),
        (25, "°C", "25°C"),
        (1_300_000_000, "$", "$1.3 billion"),
        (-4_200_000, "$", "-$4.2 million"),
        (12.5, "€", "€12.50"),  # (an amount with cents shows two decimals)
        (40, "US$", "US$40"),
        (19, "", "19"),
        (19, "   ", "19"),
        (19, " agreements ", "19 agreements"),
    ],
)
def test_format_value(value: float, unit: str | None, expected: str) -> None:
    assert format_value(value, unit) == expected


def test_format_value_non_finite() -> None:
    assert format_value(math.nan) == "NaN"
    assert format_value(math.inf, "%") == "∞%"
    assert format_value(-math.inf) == "-∞"


@given(st.integers(min_value=-999_999, max_value=999_999))
def test_small_integers_read_back_exactly(value: int) -> None:
    assert int(format_number(value).replace(",", "")) == value


@given(st.integers(min_value=1_000_000, max_value=10**17))
def test_large_integers_read_back_within_half_a_percent(value: int) -> None:
    number, word = format_number(value).split(" ")
    scale = {"million": 1e6, "billion": 1e9, "trillion": 1e12}[word]
    assert abs(float(number.replace(",", "")) * scale - value) <= 0.005 * value
    assert not number.startswith("1,000") or word == "trillion"


@given(st.floats(allow_nan=True, allow_infinity=True), any_text(max_size=5) | st.none())
def test_format_value_never_raises(value: float, unit: str | None) -> None:
    assert format_value(value, unit)


@pytest.mark.parametrize(
    ("value", "previous", "expected"),
    [
        (181, 172, "↑ 9 (+5.2%)"),
        (113, 41, "↑ 72 (+176%)"),
        (172, 181, "↓ 9 (-5%)"),
        (3_000_000, 4_200_000, "↓ 1.2 million (-28.6%)"),
        (4_600_000, 4_000_000, "↑ 600,000 (+15%)"),
        (1.5, 1.25, "↑ 0.25 (+20%)"),
        (-5, -10, "↑ 5 (+50%)"),
        (-10, 5, "↓ 15 (-300%)"),
        (1000.0001, 1000, "↑ 0.0001 (+<0.1%)"),
        (3, 3, "= 0 (0%)"),
        # Float dust is not a change.
        (0.3, 0.1 + 0.2, "= 0 (0%)"),
        # From zero there is no percent.
        (5, 0, "↑ 5"),
        (-2, 0, "↓ 2"),
        (0, 0, "= 0"),
        (0, 8, "↓ 8 (-100%)"),
    ],
)
def test_format_change(value: float, previous: float, expected: str) -> None:
    assert format_change(value, previous) == expected


def test_format_change_of_non_finite_is_empty() -> None:
    assert format_change(math.nan, 1) == ""
    assert format_change(1, math.inf) == ""


@given(st.integers(-(10**9), 10**9), st.integers(-(10**9), 10**9))
def test_change_arrow_follows_the_sign(value: int, previous: int) -> None:
    change = format_change(value, previous)
    expected_arrow = "↑" if value > previous else "↓" if value < previous else "="
    assert change.startswith(expected_arrow + " ")
    assert ("%" in change) == (previous != 0)


@pytest.mark.parametrize(
    ("value", "previous", "width", "expected"),
    [
        (181, 172, 20, (19, 20)),
        (113, 41, 20, (7, 20)),
        (172, 181, 20, (20, 19)),
        (1, 1000, 10, (10, 1)),  # tiny but non-zero keeps one cell
        (0, 5, 10, (10, 0)),
        (5, 0, 10, (0, 10)),
        (0, 0, 10, (0, 0)),
        (7, 7, 12, (12, 12)),
        (-5, 10, 10, (10, 5)),  # bars show magnitude
        (5, None, 10, (0, 10)),
        (5, 3, 0, (0, 0)),
        (5, 3, -4, (0, 0)),
        (2, 1, 1, (1, 1)),
        (4.2e6, 1.3e9, 30, (30, 1)),
    ],
)
def test_bar_pair(
    value: float, previous: float | None, width: int, expected: tuple[int, int]
) -> None:
    pair = bar_pair(value, previous, width)
    assert pair == expected
    assert isinstance(pair, BarPair)
    assert (pair.before, pair.now) == expected


def test_bar_pair_non_finite() -> None:
    assert bar_pair(math.inf, 5, 10) == (1, 10)
    assert bar_pair(math.nan, 5, 10) == (10, 0)
    assert bar_pair(math.nan, math.nan, 10) == (0, 0)


@given(
    st.floats(-1e15, 1e15) | st.integers(-(10**12), 10**12),
    st.floats(-1e15, 1e15) | st.integers(-(10**12), 10**12),
    st.integers(1, 200),
)
def test_bar_pair_properties(value: float, previous: float, width: int) -> None:
    before, now = bar_pair(value, previous, width)
    for cells, size in ((before, abs(previous)), (now, abs(value))):
        assert 0 <= cells <= width
        assert (cells == 0) == (size == 0)
    if value or previous:
        assert max(before, now) == width
    if abs(value) >= abs(previous):
        assert now >= before
    else:
        assert before >= now


@pytest.mark.parametrize(
    ("value", "unit", "language", "expected"),
    [
        # Chinese and Japanese count in myriads, with no space and no thousands separator.
        (8500, "人次", "zh", "8500人次"),
        (12_000, "人次", "zh", "1.2万人次"),
        (1_200_000, "册", "zh", "120万册"),
        (1_300_000_000, None, "zh", "13亿"),
        (1_300_000_000, None, "zh-CN", "13亿"),
        (1_300_000_000, None, "zh-Hant", "13億"),
        (1_300_000_000, None, "zh-TW", "13億"),
        (250_000, None, "zh-HK", "25萬"),
        (1_300_000_000, None, "ja", "13億"),
        (2_000_000_000_000, None, "ja-JP", "2兆"),
        (2_000_000_000_000, None, "zh", "2万亿"),
        (99_999_999, None, "zh", "1亿"),  # rounding steps up to the next myriad
        (-45_000, None, "zh", "-4.5万"),
        (65, "%", "zh", "65%"),
        (1234.5, None, "ja", "1234.5"),
        # Money in Chinese and Japanese is written with the currency's word after the number,
        # as their newspapers write it (`460万美元`), where English writes `$4.6 million`.
        (4_600_000, "$", "zh", "460万美元"),
        (4_600_000, "US$", "zh", "460万美元"),
        (-2_500_000_000, "€", "zh", "-25亿欧元"),
        (300_000, "£", "zh-Hant", "30萬英鎊"),
        (4_600_000, "$", "ja", "460万ドル"),
        (4_600_000, "$", "en", "$4.6 million"),
        (4_600_000, "$", None, "$4.6 million"),
        (40, "₹", "zh", "₹40"),  # a sign with no word here keeps its place
        # Other languages keep the English scale words.
        (1_200_000, None, "en", "1.2 million"),
        (1_200_000, None, "fr", "1.2 million"),
        (1_200_000, None, "", "1.2 million"),
        # A unit in Chinese or Japanese sticks to the number in any article.
        (120, "个", None, "120个"),
        (12_000, "人", None, "12,000人"),
        (3, "🍧", None, "3 🍧"),
    ],
)
def test_format_value_east_asian(
    value: float, unit: str | None, language: str | None, expected: str
) -> None:
    assert format_value(value, unit, language=language) == expected


def test_format_change_east_asian() -> None:
    assert format_change(12_000, 8_500, language="zh") == "↑ 3500 (+41.2%)"
    assert format_change(360_000, 300_000, language="zh") == "↑ 6万 (+20%)"


@pytest.mark.parametrize(
    "huge", [10**400, -(10**400), 10**5000, 2**1024], ids=["e400", "-e400", "e5000", "2^1024"]
)
def test_formatting_never_raises_for_any_int(huge: int) -> None:
    # Ints past a float's range (a statistic written with 309+ digits) once raised
    # OverflowError here, and ints of thousands of digits ValueError.
    sign = "-" if huge < 0 else ""
    assert format_number(huge) == f"{sign}∞"
    assert format_value(huge, "%") == f"{sign}∞%"
    assert format_change(huge, 1) == ""
    assert format_change(1, huge) == ""
    assert bar_pair(huge, 1, 10) == BarPair(1, 10)
    assert bar_pair(1, huge, 10) == BarPair(10, 1)
    assert to_float(huge) == (math.inf if huge > 0 else -math.inf)


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (145.5, "$", "$145.50"),
        (-3.5, "$", "-$3.50"),
        (145, "$", "$145"),
        (145.0, "$", "$145"),
        (4_200_000_000.0, "$", "$4.2 billion"),
        (0.3, "fraction", "30%"),
        (0.6667, "fraction", "66.7%"),
        (0.25, "fraction", "25%"),
    ],
)
def test_cents_and_a_fraction_as_read(value: float, unit: str, expected: str) -> None:
    assert format_value(value, unit) == expected


@pytest.mark.parametrize(
    ("value", "previous", "unit", "language", "expected"),
    [
        (3.9, 4.1, "%", None, "↓ 0.2 points"),
        (4.2, 3.5, "%", None, "↑ 0.7 points"),
        (3.9, 4.1, "%", "zh", "↓ 0.2个百分点"),
        (0.3, 0.6, "fraction", None, "↓ 30 points"),
        (5, 5, "%", None, "= 0"),
        (181, 172, "countries", None, "↑ 9 (+5.2%)"),
    ],
)
def test_a_share_changes_by_points(
    value: float, previous: float, unit: str, language: str | None, expected: str
) -> None:
    # (a change of 4.1% to 3.9% is 0.2 points, not "-4.9%": a percent of a percent misleads)
    assert format_change(value, previous, unit=unit, language=language) == expected
