"""Driving the library-wide list views (speakers, figures, bookmarks, search results...)."""

from __future__ import annotations

from typing import Any, TypeVar

from textual import events
from textual.app import App
from textual.command import CommandList
from textual.pilot import Pilot
from textual.screen import Screen

from pressreader.tui.screens.library import LibraryScreen
from pressreader.tui.screens.list_screen import ListScreen

from .helpers import wait_until

View = TypeVar("View", bound=ListScreen)


async def settle(pilot: Pilot[int]) -> None:
    """Until the workers (index reads, searches) are done and their results shown."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def open_view(pilot: Pilot[int], key: str, view: type[View]) -> View:
    """Press `key` in the library and return the list view it opens, loaded."""
    await settle(pilot)
    assert isinstance(pilot.app.screen, LibraryScreen)
    await pilot.press(key)
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, view), type(screen)
    return screen


async def palette_offers(pilot: Pilot[Any], text: str) -> None:
    """Until the command palette's search is done and its highlighted command shows `text`.

    The palette searches its providers in a worker and shows the hits in batches; a fixed
    pause long enough on a loaded machine would be wasted on an idle one."""

    def offered() -> bool:
        lists = pilot.app.screen.query(CommandList)
        option = lists.first().highlighted_option if lists else None
        return option is not None and text in str(option.prompt)

    await pilot.app.workers.wait_for_complete()
    await wait_until(pilot, offered)


async def from_palette(pilot: Pilot[int], command: str, view: type[View]) -> View:
    """Run `command` from the command palette and return the list view it opens, loaded."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*command)
    await palette_offers(pilot, command)
    await pilot.press("enter")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, view), type(screen)
    return screen


async def filter_by(pilot: Pilot[int], screen: ListScreen, text: str) -> None:
    """Put `text` in the view's field and let the list refill."""
    screen.field.value = text
    await pilot.pause()


async def escape_through(pilot: Pilot[int], *screens: type[Screen[object]]) -> None:
    """Escape once for each of `screens`: the one shown after each Escape."""
    for expected in screens:
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, expected), type(pilot.app.screen)


def type_burst(app: App[Any], text: str) -> None:
    """Queue `text` as key events at once, as a paste or a fast typist sends them: all of
    them are waiting before the first one is handled."""
    names = {"/": "slash", " ": "space"}
    for char in text:
        app.post_message(events.Key(names.get(char, char), char))


async def slash_burst(pilot: Pilot[int], screen: ListScreen, text: str) -> None:
    """From the list, `/` and `text` in one burst: `text` must all land in the view's field."""
    screen.options.focus()
    await pilot.pause()
    assert screen.options.has_focus
    type_burst(pilot.app, "/" + text)
    await pilot.pause()
    await pilot.pause()
    assert screen.field.has_focus
    assert screen.field.value == text
