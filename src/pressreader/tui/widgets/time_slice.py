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
# After a key or a click, slices wait this long: the frames the reader asked for come first
# (a slice between a key and its frame delays the frame by the slice's length, and between
# one key and the next, several slices would run).
INPUT_QUIET_SECONDS = 0.1

_input_at = -INPUT_QUIET_SECONDS


def note_input() -> None:
    """A key or a click arrived (the app says so): slices hold off for a moment."""
    global _input_at
    _input_at = perf_counter()


def input_quiet_left() -> float:
    """Seconds until slices may run again after the last key or click (0 when they may)."""
    return max(0.0, _input_at + INPUT_QUIET_SECONDS - perf_counter())


def next_slice_in(pause: float) -> float:
    """The delay before the next slice: `pause`, or longer while the reader is typing."""
    return max(pause, input_quiet_left())


def work_slice(
    done: Callable[[], bool], step: Callable[[], object], seconds: float = SLICE_SECONDS
) -> bool:
    """Run `step` until `done()` or the slice is spent; whether the work is done. Right
    after a key or a click nothing runs (`next_slice_in` says when to try again)."""
    if input_quiet_left() > 0:
        return done()
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
