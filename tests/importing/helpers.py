"""What the rules find in a few paragraphs of one section, in the shapes the rules' tests
compare: quotes as (kind, speaker, text), figures as (value, previous, unit, text)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, TypeVar

from pressreader.importing import ahead
from pressreader.importing.annotate import Annotations, annotate

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import FrameType

T = TypeVar("T")


def found(*paragraphs: str) -> Annotations:
    return annotate([(None, list(paragraphs))])


def quotes(*paragraphs: str) -> list[tuple[str, str, str]]:
    return [(quote.kind, quote.speaker, quote.text) for quote in found(*paragraphs).quotes]


# A White House briefing's title and its first turn, before the paragraphs a test gives.
BRIEFING_TITLE = "Press Briefing by Press Secretary Jane Roe"
BRIEFING_OPENING = "MS. ROE: Good afternoon."


def briefing_quotes(*paragraphs: str) -> list[tuple[str, str, str]]:
    """The quotes found in `paragraphs` of a briefing titled as one, after its first turn."""
    found = annotate([(None, [BRIEFING_OPENING, *paragraphs])], title=BRIEFING_TITLE)
    return [(quote.kind, quote.speaker, quote.text) for quote in found.quotes]


def figures(*paragraphs: str) -> list[tuple[float, float | None, str | None, str]]:
    return [
        (figure.value, figure.previous, figure.unit, figure.text)
        for figure in found(*paragraphs).statistics
    ]


# --- work on hostile text ------------------------------------------------------------------

# A text 4x longer may cost at most this much more work: linear work is 4x (less, with the
# fixed cost of a call), work that grows with the square of the text 16x.
GROWTH = 5.0


def lines_run(run: Callable[[], T]) -> tuple[T, int]:
    """What `run` returns, and the Python lines it ran (calls and lines traced): a measure of
    work that is the same on any machine and however busy it is. Work inside one C call (a
    regular expression's backtracking, a string search) counts once: that is
    benchmarks/bench_hostile.py's to time. All of it runs here: no process reads ahead."""
    count = 0

    def line(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        count += 1
        return line

    def call(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        count += 1
        return line

    before = sys.gettrace()
    with ahead.alone():
        sys.settrace(call)
        try:
            result = run()
        finally:
            sys.settrace(before)
    return result, count


def near_linear(run: Callable[[int], T], n: int) -> tuple[T, T]:
    """What `run` gives for a hostile text of size `n` and of size 4n, once the lines the
    second ran are at most GROWTH times the first's. A smaller one runs first, untraced, so
    that what is done once (a pattern compiled at its first use) counts in neither."""
    return _grows_near_linearly(run, n, lines_run, "lines")


def _grows_near_linearly(
    run: Callable[[int], T],
    n: int,
    measure: Callable[[Callable[[], T]], tuple[T, int]],
    unit: str,
) -> tuple[T, T]:
    run(max(1, n // 4))
    small, work_small = measure(lambda: run(n))
    large, work_large = measure(lambda: run(4 * n))
    growth = work_large / work_small
    assert growth <= GROWTH, (
        f"{work_small:,} {unit} at {n}, {work_large:,} at {4 * n}: x{growth:.1f}"
    )
    return small, large


class Watched(str):
    """A paragraph that counts the characters read by the whole-text scans asked of it: `in`,
    slices, `find` and `rfind` (each inside one C call, so a count of Python lines sees none of
    them: a test of every sentence against the whole paragraph costs the square of its length
    in characters, not in lines). What the rules make of it is read from plain strings: the
    count stops at the first copy."""

    read = 0

    def __contains__(self, part: object) -> bool:
        Watched.read += len(self)
        return str.__contains__(self, part)

    def __getitem__(self, key: Any) -> str:
        if isinstance(key, slice):
            start, stop, _ = key.indices(len(self))
            Watched.read += max(0, stop - start)
        return str.__getitem__(self, key)

    def find(self, part: str, *bounds: Any) -> int:
        start, stop = _bounds(len(self), *bounds)
        at = str.find(self, part, *bounds)
        Watched.read += max(0, (at + len(part) if at >= 0 else stop) - start)
        return at

    def rfind(self, part: str, *bounds: Any) -> int:
        start, stop = _bounds(len(self), *bounds)
        at = str.rfind(self, part, *bounds)
        Watched.read += max(0, stop - (at if at >= 0 else start))
        return at


def _bounds(length: int, start: int | None = None, stop: int | None = None) -> tuple[int, int]:
    """The range `str.find(part, start, stop)` reads, as `slice.indices` would give it."""
    start, stop, _ = slice(start, stop).indices(length)
    return start, stop


def characters_read(run: Callable[[], T]) -> tuple[T, int]:
    """What `run` returns, and the characters read by the scans of the whole paragraphs it
    made `Watched` (all in this process: no process reads ahead)."""
    Watched.read = 0
    with ahead.alone():
        result = run()
    return result, Watched.read


def near_linear_reads(run: Callable[[int], T], n: int) -> tuple[T, T]:
    """As `near_linear`, counting the characters `Watched` paragraphs were read for."""
    return _grows_near_linearly(run, n, characters_read, "characters read")


def said_each_time(small: list[T], large: list[T], said: T, times: int) -> None:
    """A quote said `times` times in `small`'s text and 4 times as often in `large`'s: kept each
    time, in order, while the places of those said before stay within what the loader allows
    (the `occurrence: N` of a quote said many times: FORMAT.md, "Which occurrence"): all but
    perhaps the last of `times`, and more of 4 times as many."""
    assert small == [said] * len(small) and large == [said] * len(large)
    assert times - 1 <= len(small) < len(large) <= 4 * times
