"""Work too long for one frame (wrapping a long article, drawing a long list), done in short
slices between the frames and the keys, so that the reader never waits for it."""

from __future__ import annotations

from collections.abc import Callable
from time import perf_counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.driver import Driver
    from textual.message import Message

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
    """A key or a click arrived: slices hold off for a moment. Said by the terminal's input
    thread as it reads the key (see `noting_input`), and again by the app as it handles it."""
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
    after a key or a click nothing runs (`next_slice_in` says when to try again), and a key
    read during the slice ends it after the step under way."""
    if input_quiet_left() > 0:
        return done()
    deadline = perf_counter() + seconds
    while not done():
        now = perf_counter()
        # A key read meanwhile (the terminal's input thread says so, `note_input`) ends the
        # slice at once: the key waits for one step, not for the rest of the slice.
        if now >= deadline or now < _input_at + INPUT_QUIET_SECONDS:
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


def noting_input(driver_class: type[Driver]) -> type[Driver]:
    """`driver_class` telling `note_input` of each key, click and wheel turn as its input
    thread reads it, before the app's loop takes it.

    A key reaches the app's handler several turns of the event loop after it is read, and a
    slice due meanwhile ran first (two of them, 12 ms, on a 50,000-paragraph article whose
    word count was still under way); told by the input thread, the slice under way stops
    after its current step and no other starts.
    """
    from textual import events

    inputs = (events.Key, events.MouseDown, events.MouseScrollDown, events.MouseScrollUp)

    def process_message(self: Driver, message: Message) -> None:
        if isinstance(message, inputs):
            note_input()
        driver_class.process_message(self, message)

    name = f"InputNoting{driver_class.__name__}"
    return type(name, (driver_class,), {"process_message": process_message})
