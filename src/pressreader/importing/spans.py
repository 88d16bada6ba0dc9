"""Spans of a paragraph (quotations, reports, figures in words) asked in logarithmic time:
whether a position, or any of a range, lies inside one of them. The quote rules and the
figures both ask it of many positions of one paragraph, where a scan of every span per
position would cost the square of the paragraph's length."""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate


class Within:
    """Whether a position lies inside any of some spans (start inclusive, end exclusive), in
    logarithmic time: the spans sorted by start, and the furthest end reached so far."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._spans: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._reach: list[int] = []
        if spans:  # (most paragraphs' have none: nothing to sort or accumulate)
            self._sort(spans)

    def _sort(self, spans: list[tuple[int, int]]) -> None:
        self._spans = ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))

    def add(self, start: int, end: int) -> None:
        """One more span: appended when none before it starts later (spans found in reading
        order), else all of them sorted again."""
        self._spans.append((start, end))
        if self._starts and start < self._starts[-1]:
            self._sort(self._spans)
            return
        self._starts.append(start)
        self._reach.append(max(end, self._reach[-1]) if self._reach else end)

    def spans_any(self, low: int, high: int) -> bool:
        """Whether a span holds some of low..high (high excluded)."""
        reach = self.reach(high - 1)
        return reach is not None and reach > low

    def reach(self, position: int) -> int | None:
        """The furthest end of the spans that start at or before `position` (None: none do)."""
        index = bisect_right(self._starts, position) - 1
        return self._reach[index] if index >= 0 else None

    def __contains__(self, position: int) -> bool:
        reach = self.reach(position)
        return reach is not None and position < reach
