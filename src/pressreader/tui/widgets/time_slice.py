"""Work too long for one frame (wrapping a long article, drawing a long list), done in short
slices between the frames and the keys, so that the reader never waits for it."""

from __future__ import annotations

from collections.abc import Callable
from time import perf_counter

# A slice: long enough to get on, short enough that a key pressed meanwhile is not delayed.
SLICE_SECONDS = 0.006
# While such work grows a scroll range, the range follows at most this often: each growth
# draws the widget and its scrollbar again, which cost more than the slice itself when it
# came after every slice (on a 50,000-paragraph article, for half a minute).
GROW_EVERY_SECONDS = 0.25


def work_slice(
    done: Callable[[], bool], step: Callable[[], object], seconds: float = SLICE_SECONDS
) -> bool:
    """Run `step` until `done()` or the slice is spent; whether the work is done."""
    deadline = perf_counter() + seconds
    while not done():
        if perf_counter() >= deadline:
            return False
        step()
    return True


class Throttle:
    """Says when something done often is due again: at most every `seconds`."""

    __slots__ = ("_last", "seconds")

    def __init__(self, seconds: float | None = None) -> None:
        self.seconds = GROW_EVERY_SECONDS if seconds is None else seconds
        self._last = -self.seconds

    def due(self) -> bool:
        """Whether `seconds` have passed since it was last due (and it is due now, if so)."""
        now = perf_counter()
        if now - self._last < self.seconds:
            return False
        self._last = now
        return True
