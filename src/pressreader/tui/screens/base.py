"""What every reader screen shares: the "terminal too small" note."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

MIN_WIDTH = 40
MIN_HEIGHT = 10


class TooSmall(Static):
    """Shown instead of the screen's content when the terminal is below a usable size."""

    DEFAULT_CSS = """
    TooSmall {
        display: none;
        width: 1fr;
        height: 1fr;
        content-align: center middle;
        text-align: center;
    }
    """

    def __init__(self) -> None:
        super().__init__(
            f"Terminal too small.\nPlease enlarge it to at least {MIN_WIDTH}×{MIN_HEIGHT}.",
            markup=False,
        )


class ReaderScreen(Screen[Any]):
    """A full screen that folds to the too-small note below MIN_WIDTH×MIN_HEIGHT."""

    def compose_too_small(self) -> ComposeResult:
        yield TooSmall()


class ReaderModal(ModalScreen[Any]):
    """A dialog that folds to the too-small note below MIN_WIDTH×MIN_HEIGHT."""

    def compose_too_small(self) -> ComposeResult:
        yield TooSmall()
