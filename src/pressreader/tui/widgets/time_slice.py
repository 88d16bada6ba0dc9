"""Work too long for one frame (wrapping a long article, drawing a long list), done in short
slices between the frames and the keys, so that the reader never waits for it."""

from __future__ import annotations

from collections.abc import Callable
from time import perf_counter

# A slice: long enough to get on, short enough that a key pressed meanwhile is not delayed.
SLICE_SECONDS = 0.006


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
