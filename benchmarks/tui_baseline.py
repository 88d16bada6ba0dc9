"""The yardstick for the terminal UI start-up benchmarks: a minimal Textual app.

A Header, a Static and a Footer — the least a Textual app shows. Every start-up figure of
pressreader is given as a ratio to this app's start measured in the same run, so the ratio
says what pressreader adds on top of Python and Textual themselves.

    python benchmarks/tui_baseline.py            # runs until q / Ctrl+Q
    PRESSREADER_EXIT_AFTER_FIRST_PAINT=1 python benchmarks/tui_baseline.py

With PRESSREADER_EXIT_AFTER_FIRST_PAINT=1 the app exits once its first screen has been
painted and prints the time.monotonic() of that moment (CLOCK_MONOTONIC is system-wide on
Linux, so a parent process can subtract its own launch time).

`--slow-ms N` (or PRESSREADER_BASELINE_SLOW_MS) burns N ms of CPU at import time: a
deliberately slower app to prove that the harness sees a difference.
"""

from __future__ import annotations

import os
import sys
import time
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Footer, Header, Static

# The text the harness waits for: when it is on screen, the first screen is complete.
READY_TEXT = "Baseline ready"
TITLE = "Minimal Textual app"


def _burn(milliseconds: float) -> None:
    """Spend CPU like a heavy import would (sleeping would not compete for the cores)."""
    end = time.perf_counter() + milliseconds / 1000
    while time.perf_counter() < end:
        pass


class BaselineApp(App[None]):
    TITLE = TITLE
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q", "quit", "Quit", id="baseline.quit")]

    def __init__(self, exit_after_first_paint: bool = False) -> None:
        super().__init__()
        self._exit_after_first_paint = exit_after_first_paint
        self.painted_at: float | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(f"{READY_TEXT}: a Header, this Static and a Footer.")
        yield Footer()

    def on_mount(self) -> None:
        if self._exit_after_first_paint:
            # Runs after the refresh that follows mounting: the first screen is on the terminal.
            self.call_after_refresh(self._first_paint_done)

    def _first_paint_done(self) -> None:
        self.painted_at = time.monotonic()
        self.exit()


def _slow_ms(argv: list[str]) -> float:
    if "--slow-ms" in argv:
        return float(argv[argv.index("--slow-ms") + 1])
    return float(os.environ.get("PRESSREADER_BASELINE_SLOW_MS", "0") or 0)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    slow = _slow_ms(args)
    if slow > 0:
        _burn(slow)
    app = BaselineApp(
        exit_after_first_paint=os.environ.get("PRESSREADER_EXIT_AFTER_FIRST_PAINT") == "1"
    )
    app.run()
    if app.painted_at is not None:
        print(f"first-paint {app.painted_at:.6f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
