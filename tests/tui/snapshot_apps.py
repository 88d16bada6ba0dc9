"""The apps and the steps behind the snapshot tests, made deterministic.

Each app skips the user's config (fixed theme and text width); each step waits for the
loading workers and stops the text cursor from blinking before the screenshot is taken.
"""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from pressreader.tui.app import PressReaderApp
from pressreader.tui.config import Config

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_FILE = ROOT / "src" / "pressreader" / "samples" / "join-hands-better-future.yaml"
READER_DATA = ROOT / "tests" / "data" / "reader"


def _app(paths: list[Path], *, direct: bool = False) -> PressReaderApp:
    return PressReaderApp(paths, open_direct=direct, config=Config(theme="textual-dark"))


def library_app() -> PressReaderApp:
    """The sample article and the reader fixtures (CJK, hostile, broken files).

    The paths are relative to the repository (the title bar shows them): call it with the
    working directory there."""
    return _app([SAMPLE_FILE.relative_to(ROOT), READER_DATA.relative_to(ROOT)])


def article_app() -> PressReaderApp:
    return _app([SAMPLE_FILE], direct=True)


async def settle(pilot: Pilot[int]) -> None:
    app = pilot.app
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()
    for field in app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


async def find_diplomacy(pilot: Pilot[int]) -> None:
    await settle(pilot)
    await pilot.press("slash", *"diplomacy", "enter")
    await pilot.pause(0.4)  # the panels light what was found once the typing pauses
    await settle(pilot)


async def open_help(pilot: Pilot[int]) -> None:
    await settle(pilot)
    await pilot.press("f1")
    await settle(pilot)


async def next_section(pilot: Pilot[int]) -> None:
    await settle(pilot)
    await pilot.press("right_square_bracket")
    await settle(pilot)
