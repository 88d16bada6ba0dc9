"""A one-line progress bar for the library index while it reads changed files.

The index update runs in a thread worker; its progress callback goes through
`IndexProgress.reporter()`, which posts at most a few messages a second (posting a
message is thread-safe and does not wait for the UI).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Label, ProgressBar

from pressreader.tui.widgets.fitted import FittedLabel

# Faster updates would only cost the worker time: the eye sees about 10 a second.
MIN_INTERVAL = 0.1


class IndexProgress(Horizontal):
    """`Indexing 1,234/10,000 files ▰▰▰▱▱ 12%`, shown only while files are being read."""

    DEFAULT_CSS = """
    IndexProgress {
        height: 1;
        display: none;
        padding: 0 1;
        background: $panel;
    }
    IndexProgress.-running { display: block; }
    IndexProgress > Label { width: auto; padding-right: 1; }
    IndexProgress > ProgressBar { width: 1fr; }
    IndexProgress > ProgressBar > Bar { width: 1fr; }
    """

    class Update(Message):
        """`done` of `total` files read (posted from the worker thread)."""

        def __init__(self, done: int, total: int, run: int) -> None:
            super().__init__()
            self.done = done
            self.total = total
            self.run = run

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._run = 0  # which update the bar shows; late messages of a finished one are dropped

    def compose(self) -> ComposeResult:
        yield FittedLabel(id="index-progress-label")
        yield ProgressBar(show_eta=False, id="index-progress-bar")

    @property
    def running(self) -> bool:
        return self.has_class("-running")

    def reporter(self) -> Callable[[int, int], None]:
        """A progress callback for `LibraryIndex.update`, safe to call from any thread."""
        last = 0.0
        self._run += 1
        run = self._run

        def report(done: int, total: int) -> None:
            nonlocal last
            now = time.monotonic()
            if done in (0, total) or now - last >= MIN_INTERVAL:
                last = now
                self.post_message(self.Update(done, total, run))

        return report

    def on_index_progress_update(self, event: IndexProgress.Update) -> None:
        event.stop()
        if event.run != self._run or event.total <= 0:
            return
        self.add_class("-running")
        label = Text(f"Indexing {event.done:,}/{event.total:,} files")
        self.query_one(Label).update(label)
        self.query_one(ProgressBar).update(total=event.total, progress=event.done)

    @property
    def run(self) -> int:
        """The update the bar follows (the one of the last `reporter()`)."""
        return self._run

    def finish(self, run: int | None = None) -> None:
        """Hide the bar: update `run` (by default the current one) ended, however it ended.
        An older update ending leaves the bar to the newer one."""
        if run is not None and run != self._run:
            return
        self._run += 1
        self.remove_class("-running")
