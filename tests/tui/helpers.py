"""Reading what a Textual app shows, for assertions."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

from rich.console import Console
from textual.app import App
from textual.pilot import Pilot

# What a screen update may legitimately send: CSI sequences (cursor moves, colours).
_CSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")


# How long a wait for the app polls before giving up: a bound for a hang, never a measure
# (tests run in parallel on a shared machine, where a step can take many times its usual time).
WAIT_SECONDS = 60.0


async def wait_until(
    pilot: Pilot[Any], condition: Callable[[], bool], *, step: float = 0.02
) -> None:
    """Pause until `condition()` holds or WAIT_SECONDS pass; the caller asserts the outcome.

    It pauses at least once, so what the condition reports has had a chance to be drawn."""
    deadline = time.monotonic() + WAIT_SECONDS
    await pilot.pause(step)
    while not condition() and time.monotonic() < deadline:
        await pilot.pause(step)


def screen_lines(app: App[object]) -> list[str]:
    """The text of every line of the current screen, as the terminal would show it."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def screen_text(app: App[object]) -> str:
    return "\n".join(screen_lines(app))


def terminal_output(app: App[object]) -> str:
    """The characters a full repaint of the current screen writes to the terminal."""
    console = Console(
        file=None, force_terminal=True, color_system="truecolor", width=app.size.width
    )
    update = app.screen._compositor.render_update(full=True)
    assert update is not None
    return update.render_segments(console)


def stray_controls(output: str) -> list[str]:
    """Control characters in `output` that are not part of a CSI sequence."""
    rest = _CSI.sub("", output)
    return [
        f"\\x{ord(c):02x}"
        for c in rest
        if (ord(c) < 0x20 and c not in "\n\r") or 0x7F <= ord(c) <= 0x9F
    ]
