"""Numbers for reading: the statistics panel's values, changes and before/now bars.

Everything here returns plain strings and integers; the caller escapes article text (units come
from files) before showing it. Separators are fixed (`,` for thousands, `.` for decimals) so the
panel reads the same on every machine, whatever its locale.
"""

from __future__ import annotations

import math
import unicodedata
from typing import NamedTuple

Number = int | float

# Values from a million up are written with a scale word, as newspapers do: "4.6 million".
_SCALES: tuple[tuple[float, str], ...] = (
    (1e12, "trillion"),
    (1e9, "billion"),
    (1e6, "million"),
)

# Units written straight after the number, with no space: "5.2%", "30°", "25°C".
_TIGHT_SUFFIXES = ("%", "‰", "‱", "°", "′", "″")

# Two relative values closer than this are "equal": float arithmetic leaves dust such as
# 0.1 + 0.2 - 0.3 == 5.5e-17, which is not a change anyone cited.
_EQUAL_TOLERANCE = 1e-12


def _plain(value: float, max_decimals: int) -> str:
    """`value` with thousands separators and at most `max_decimals` decimals, zeros trimmed."""
    text = f"{value:,.{max_decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _decimals_for(magnitude: float) -> int:
    """Enough decimals to show a small float's first significant digits (0.00123 → 5)."""
    if magnitude == 0 or magnitude >= 0.01:
        return 2
    # Three significant digits below 0.01, capped so a denormal does not print 300 zeros.
    return min(12, 2 - math.floor(math.log10(magnitude)))


def format_number(value: Number) -> str:
    """A number without unit: "500,000", "4.6 million", "1.3 billion", "-3.25", "0.5"."""
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "∞" if value > 0 else "-∞"
    sign = "-" if value < 0 else ""
    magnitude = abs(value)
    for index, (scale, word) in enumerate(_SCALES):
        if magnitude >= scale:
            # Rounding may reach the next scale ("999.999 million" would read "1,000 million").
            if round(magnitude / scale, 2) >= 1000 and index > 0:
                scale, word = _SCALES[index - 1]
            return f"{sign}{_plain(magnitude / scale, 2)} {word}"
    if isinstance(value, int):
        return f"{sign}{magnitude:,}"
    text = _plain(magnitude, _decimals_for(magnitude))
    return "0" if text == "0" else f"{sign}{text}"


def _is_prefix_unit(unit: str) -> bool:
    """Currency units go before the number: "$", "€", "US$", "HK$"."""
    return unit.endswith("$") or (len(unit) == 1 and unicodedata.category(unit) == "Sc")


def format_value(value: Number, unit: str | None = None) -> str:
    """A statistic's value with its unit, for reading.

    "500,000", "4.6 million", "1.3 billion", "181 countries", "5.2%", "$1.3 billion",
    "4.6 million citizens". A unit that is missing or blank is left out.
    """
    number = format_number(value)
    unit = (unit or "").strip()
    if not unit:
        return number
    if _is_prefix_unit(unit):
        if number.startswith("-"):
            return f"-{unit}{number[1:]}"
        return f"{unit}{number}"
    if unit.startswith(_TIGHT_SUFFIXES):
        return f"{number}{unit}"
    return f"{number} {unit}"


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


def format_change(value: Number, previous: Number) -> str:
    """The change from `previous` to `value`: arrow, absolute change and percent change.

    "↑ 9 (+5.2%)" for 172 → 181, "↓ 1.2 million (-25%)", "= 0 (0%)" when unchanged. From a
    previous value of 0 there is no percent ("↑ 5"). The percent is relative to the size of
    the previous value, so a rise from -10 to -5 is "↑ 5 (+50%)". Empty when either value is
    not a finite number.
    """
    if not (math.isfinite(value) and math.isfinite(previous)):
        return ""
    if _is_equal(value, previous):
        return "= 0" if previous == 0 else "= 0 (0%)"
    arrow = "↑" if value > previous else "↓"
    difference = format_number(abs(value - previous))
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
    now_size = abs(value)
    before_size = abs(previous) if previous is not None else 0.0
    largest = max(
        (size for size in (now_size, before_size) if not math.isnan(size)),
        default=0.0,
    )
    if largest == 0:
        return BarPair(0, 0)
    return BarPair(_cells(before_size, largest, width), _cells(now_size, largest, width))
