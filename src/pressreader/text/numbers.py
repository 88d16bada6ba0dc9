"""Numbers for reading: the statistics panel's values, changes and before/now bars.

Everything here returns plain strings and integers; the caller escapes article text (units come
from files) before showing it. Separators are fixed (`,` for thousands, `.` for decimals) so the
panel reads the same on every machine, whatever its locale.

Large values take a scale word as newspapers write them: "4.6 million" in English, and for an
article whose `language` is Chinese or Japanese the East Asian myriad scales ("120万", "1.3亿",
"13億") with no thousands separators.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import NamedTuple

Number = int | float

Scales = tuple[tuple[float, str], ...]

# Values from a million up are written with a scale word, as newspapers do: "4.6 million".
_SCALES: Scales = (
    (1e12, "trillion"),
    (1e9, "billion"),
    (1e6, "million"),
)
# Chinese and Japanese count in myriads: 万 (10^4), 亿/億 (10^8), 万亿/兆 (10^12).
_SIMPLIFIED_SCALES: Scales = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万"))
_TRADITIONAL_SCALES: Scales = ((1e12, "兆"), (1e8, "億"), (1e4, "萬"))
_JAPANESE_SCALES: Scales = ((1e12, "兆"), (1e8, "億"), (1e4, "万"))

# A currency sign is written after the number as a word in Chinese and Japanese, the way
# their newspapers write money ("460万美元", not "$460万"), as English writes "$4.6 million".
_CHINESE_CURRENCIES = {"$": "美元", "US$": "美元", "€": "欧元", "£": "英镑", "HK$": "港元"}
_TRADITIONAL_CURRENCIES = {**_CHINESE_CURRENCIES, "€": "歐元", "£": "英鎊"}
_JAPANESE_CURRENCIES = {"$": "ドル", "US$": "ドル", "€": "ユーロ", "£": "ポンド", "¥": "円"}

# Units written straight after the number, with no space: "5.2%", "30°", "25°C".
_TIGHT_SUFFIXES = ("%", "‰", "‱", "°", "′", "″")

# Two relative values closer than this are "equal": float arithmetic leaves dust such as
# 0.1 + 0.2 - 0.3 == 5.5e-17, which is not a change anyone cited.
_EQUAL_TOLERANCE = 1e-12


def to_float(value: Number) -> float:
    """`value` as a float, never raising: an int past a float's range is infinity."""
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf


def _usable(value: Number) -> Number:
    """`value`, or the float nearest it when it is an int too large to compute with exactly.

    The loader refuses numbers beyond 1e30, but these functions are called with whatever a
    caller holds; an int past a float's range (10**400) becomes infinity instead of raising
    OverflowError, and an int of thousands of digits is never turned into digits.
    """
    if isinstance(value, int) and not -(2**53) <= value <= 2**53:
        return to_float(value)
    return value


def _plain(value: float, max_decimals: int, grouping: bool = True) -> str:
    """`value` with thousands separators and at most `max_decimals` decimals, zeros trimmed."""
    text = f"{value:{',' if grouping else ''}.{max_decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _decimals_for(magnitude: float) -> int:
    """Enough decimals to show a small float's first significant digits (0.00123 → 5)."""
    if magnitude == 0 or magnitude >= 0.01:
        return 2
    # Three significant digits below 0.01, capped so a denormal does not print 300 zeros.
    return min(12, 2 - math.floor(math.log10(magnitude)))


def _east_asian_scales(language: str | None) -> Scales | None:
    """The myriad scales for a Chinese or Japanese BCP-47 tag, else None."""
    if not language:
        return None
    subtags = language.lower().replace("_", "-").split("-")
    if subtags[0] == "ja":
        return _JAPANESE_SCALES
    if subtags[0] in ("zh", "yue", "cmn"):
        traditional = "hant" in subtags or any(tag in subtags for tag in ("tw", "hk", "mo"))
        return _TRADITIONAL_SCALES if traditional else _SIMPLIFIED_SCALES
    return None


def _currency_word(unit: str, language: str | None) -> str | None:
    """The word a Chinese or Japanese article writes after the number for the currency sign
    `unit`, else None."""
    scales = _east_asian_scales(language)
    if scales is None:
        return None
    words = (
        _JAPANESE_CURRENCIES
        if scales is _JAPANESE_SCALES
        else _TRADITIONAL_CURRENCIES
        if scales is _TRADITIONAL_SCALES
        else _CHINESE_CURRENCIES
    )
    return words.get(unit)


def format_number(value: Number, *, language: str | None = None) -> str:
    """A number without unit: "500,000", "4.6 million", "1.3 billion", "-3.25", "0.5".

    With a Chinese or Japanese `language` ("zh", "zh-Hant", "ja"): "8500", "1.2万", "1.3亿".
    """
    value = _usable(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "∞" if value > 0 else "-∞"
    myriads = _east_asian_scales(language)
    scales, joiner, grouping = (myriads, "", False) if myriads else (_SCALES, " ", True)
    sign = "-" if value < 0 else ""
    magnitude = abs(value)
    for index, (scale, word) in enumerate(scales):
        if magnitude >= scale:
            # Rounding may reach the next scale ("999.999 million" would read "1,000 million").
            if index > 0 and round(magnitude / scale, 2) * scale >= scales[index - 1][0]:
                scale, word = scales[index - 1]
            return f"{sign}{_plain(magnitude / scale, 2, grouping)}{joiner}{word}"
    if isinstance(value, int):
        return f"{sign}{magnitude:,}" if grouping else f"{sign}{magnitude}"
    text = _plain(magnitude, _decimals_for(magnitude), grouping)
    return "0" if text == "0" else f"{sign}{text}"


def _is_prefix_unit(unit: str) -> bool:
    """Currency units go before the number: "$", "€", "US$", "HK$"."""
    return unit.endswith("$") or (len(unit) == 1 and unicodedata.category(unit) == "Sc")


def _is_tight_unit(unit: str) -> bool:
    """Units written straight after the number: "5.2%", "25°C", and CJK units ("120万册")."""
    if unit.startswith(_TIGHT_SUFFIXES):
        return True
    first = unit[0]
    return unicodedata.east_asian_width(first) in ("W", "F") and unicodedata.category(
        first
    ).startswith("L")


def with_unit(number: str, unit: str, shown: str | None = None) -> str:
    """`number` (already written) with `unit` where it is read: "$1.3 billion", "-$5",
    "5.2%", "120个", "181 countries". `shown`: the unit as written out (escaped for a
    format), placed by what `unit` is."""
    shown = unit if shown is None else shown
    if _is_prefix_unit(unit):
        if number.startswith("-"):
            return f"-{shown}{number[1:]}"
        return f"{shown}{number}"
    if _is_tight_unit(unit):
        return f"{number}{shown}"
    return f"{number} {shown}"


def format_value(value: Number, unit: str | None = None, *, language: str | None = None) -> str:
    """A statistic's value with its unit, for reading.

    "500,000", "4.6 million", "1.3 billion", "181 countries", "5.2%", "$1.3 billion",
    "4.6 million citizens"; a unit in Chinese or Japanese follows without a space ("120个"),
    and with a Chinese or Japanese `language` the scale is too ("120万册"), and a currency
    sign as its word ("460万美元"). A unit that is missing or blank is left out.
    """
    unit = (unit or "").strip()
    if unit == "fraction" and math.isfinite(_usable(value)):
        # `two-thirds`, `3 in 10` (0.6667, 0.3): read as the share it is, "66.7%", "30%"
        return f"{_plain(_usable(value) * 100, 1)}%"
    number = format_number(value, language=language)
    if not unit:
        return number
    if _is_prefix_unit(unit) and _has_cents(value):
        # `$145.50`, not `$145.5`: an amount under a million with cents shows two decimals
        number = f"{'-' if value < 0 else ''}{abs(value):,.2f}"
    word = _currency_word(unit, language)
    if word is not None:
        return f"{number}{word}"
    return with_unit(number, unit)


def _has_cents(value: Number) -> bool:
    """Whether an amount of money under a million has a fractional part (cents)."""
    return (
        isinstance(value, float)
        and math.isfinite(value)
        and abs(value) < 1_000_000
        and not value.is_integer()
    )


# Units of a share, whose change is in points, not a percent of a percent.
_SHARE_UNITS = frozenset(["%", "％", "percent", "fraction"])


def _format_percent(percent: float) -> str:
    """A signed percent: "+5.2%", "-50%", "+176%", "+<0.1%" (one decimal under 100%)."""
    sign = "+" if percent > 0 else "-"
    magnitude = abs(percent)
    if magnitude < 0.05:
        return f"{sign}<0.1%"
    if magnitude >= 100:
        return f"{sign}{magnitude:,.0f}%"
    return f"{sign}{_plain(magnitude, 1)}%"


def _is_equal(value: float, previous: float) -> bool:
    return math.isclose(value, previous, rel_tol=_EQUAL_TOLERANCE, abs_tol=0.0) or value == previous


def format_change(
    value: Number, previous: Number, *, unit: str | None = None, language: str | None = None
) -> str:
    """The change from `previous` to `value`: arrow, absolute change and percent change.

    "↑ 9 (+5.2%)" for 172 → 181, "↓ 1.2 million (-25%)", "= 0 (0%)" when unchanged. From a
    previous value of 0 there is no percent ("↑ 5"). The percent is relative to the size of
    the previous value, so a rise from -10 to -5 is "↑ 5 (+50%)". A share (`unit` "%" or
    "fraction") changes by points: 4.1% → 3.9% is "↓ 0.2 points" (Chinese "个百分点"), never a
    percent of a percent. Empty when either value is not a finite number. `language` chooses
    the scale words as in `format_number`.
    """
    value, previous = _usable(value), _usable(previous)
    if not (math.isfinite(value) and math.isfinite(previous)):
        return ""
    if (unit or "").strip() in _SHARE_UNITS:
        scale = 100 if (unit or "").strip() == "fraction" else 1
        if _is_equal(value, previous):
            return "= 0"
        arrow = "↑" if value > previous else "↓"
        points = _plain(abs(value - previous) * scale, 2)
        word = "个百分点" if _east_asian_scales(language) else " points"
        return f"{arrow} {points}{word}"
    if _is_equal(value, previous):
        return "= 0" if previous == 0 else "= 0 (0%)"
    arrow = "↑" if value > previous else "↓"
    difference = format_number(abs(value - previous), language=language)
    if previous == 0:
        return f"{arrow} {difference}"
    percent = (value - previous) / abs(previous) * 100
    return f"{arrow} {difference} ({_format_percent(percent)})"


class BarPair(NamedTuple):
    """Cells of the two bars drawn one above the other: the earlier value and the current one."""

    before: int
    now: int


def _cells(magnitude: float, largest: float, width: int) -> int:
    if magnitude == 0 or math.isnan(magnitude):
        return 0
    if math.isinf(largest):
        return width if math.isinf(magnitude) else 1
    # Round half up (Python's round() rounds half to even) and keep any non-zero value visible.
    return max(1, min(width, math.floor(magnitude / largest * width + 0.5)))


def bar_pair(value: Number, previous: Number | None, width: int) -> BarPair:
    """Cells for the before/now bars, scaled so the larger value fills `width` cells.

    Returns `(before, now)` — the bar for `previous` first, as it is drawn first. Bars show
    magnitude (a negative value draws like its absolute value); a non-zero value always gets at
    least one cell, zero gets none. Without a previous value, `before` is 0 and `now` fills the
    width when non-zero.
    """
    if width <= 0:
        return BarPair(0, 0)
    now_size = abs(_usable(value))
    before_size = abs(_usable(previous)) if previous is not None else 0.0
    largest = max(
        (size for size in (now_size, before_size) if not math.isnan(size)),
        default=0.0,
    )
    if largest == 0:
        return BarPair(0, 0)
    return BarPair(_cells(before_size, largest, width), _cells(now_size, largest, width))


# A number as articles write it: "1,200", "4.6", "-3", with a scale word or a unit after it.
# Chinese and Japanese write the scale and the currency after the number, with no space
# ("1.2万人", "3亿美元", "13億円"), as the importer reads them; 千 before 米, 克 or 瓦 is part of
# a unit (千米, kilometre), not a thousand.
_NUMBER_IN_TEXT = re.compile(
    r"(?P<prefix>[$€£¥])?\s?(?P<number>[-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-−]?\d+(?:\.\d+)?)"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|bn|m)\b"
    r"|(?P<east_scale>万亿|萬億|兆|亿|億|万|萬|千(?![米克瓦])))?"
    r"\s?(?:(?P<unit>%|per ?cent\b|percent\b)|(?P<currency>美元|欧元|歐元|英镑|英鎊))?",
    re.IGNORECASE,
)
_EAST_SCALES = {
    "万亿": 1e12,
    "萬億": 1e12,
    "兆": 1e12,
    "亿": 1e8,
    "億": 1e8,
    "万": 1e4,
    "萬": 1e4,
    "千": 1e3,
}
_EAST_CURRENCIES = {"美元": "$", "欧元": "€", "歐元": "€", "英镑": "£", "英鎊": "£"}
_SCALE_WORDS = {
    "thousand": 1e3,
    "million": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
}


class ParsedNumber(NamedTuple):
    """The first number a piece of text states, and its unit when the text says one."""

    value: Number
    unit: str | None


def parse_number(text: str) -> ParsedNumber | None:
    """The first number in `text` ("4.6 million" is 4600000, "12%" is 12 with unit `%`, "$3bn"
    is 3000000000 with unit `$`), or None when it states none."""
    # Full-width digits and signs ("４０％") as the ASCII ones, as the importer reads them.
    match = _NUMBER_IN_TEXT.search(unicodedata.normalize("NFKC", text))
    if match is None:
        return None
    digits = match["number"].replace(",", "").replace("−", "-")
    value: Number = float(digits) if "." in digits else int(digits)
    scale = match["scale"]
    factor = _SCALE_WORDS[scale.lower()] if scale else _EAST_SCALES.get(match["east_scale"] or "")
    if factor:
        from decimal import Decimal  # here: a search, which imports this module, needs none

        # In decimal: 2.01 * 1e6 in binary floating point is 2009999.9999999998.
        scaled = Decimal(digits) * Decimal(int(factor))
        value = int(scaled) if scaled == scaled.to_integral_value() else float(scaled)
    unit: str | None = None
    if match["unit"]:
        unit = "%"
    elif match["prefix"]:
        unit = match["prefix"]
    elif match["currency"]:
        unit = _EAST_CURRENCIES[match["currency"]]
    return ParsedNumber(value, unit)
