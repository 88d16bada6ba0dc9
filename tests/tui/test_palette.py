"""The command palette as it opens: the reader's commands, one word for each concept."""

from __future__ import annotations

from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot

from pressreader.tui.app import PressReaderApp
from pressreader.tui.screens.article import ArticleScreen
from pressreader.tui.screens.help import HelpScreen

from .conftest import SAMPLE
from .helpers import wait_until
from .views_helpers import palette_offers

SAMPLE_FILE = SAMPLE / "join-hands-better-future.yaml"
# Textual's own commands that name a concept the reader has its own word for, or that write
# a file nobody chose: none of them is offered.
TEXTUAL_ONLY = {"Theme", "Keys", "Maximize", "Minimize", "Screenshot"}


async def _listed(pilot: Pilot[int], query: str = "") -> list[str]:
    """The palette's entries for `query` (its first lines: the help lines left out)."""
    await pilot.press("ctrl+p")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, CommandPalette))
    if query:
        await pilot.press(*query)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    options = pilot.app.screen.query_one(CommandList)
    return [
        str(options.get_option_at_index(i).prompt).split("\n")[0]
        for i in range(options.option_count)
    ]


async def _article(app: PressReaderApp, pilot: Pilot[int]) -> ArticleScreen:
    await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
    await app.workers.wait_for_complete()
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ArticleScreen)
    return screen


async def test_the_palette_lists_the_readers_commands_first_and_no_textual_synonyms() -> None:
    app = PressReaderApp([SAMPLE_FILE], use_user_config=False, open_direct=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await _article(app, pilot)
        listed = await _listed(pilot)
        # What this screen offers comes first: the article's sections.
        assert listed[0].startswith("Go to section 1:"), listed[:3]
        assert not TEXTUAL_ONLY & set(listed)
        # The app-wide commands follow the screen's and the library's, before the many themes.
        assert listed.index("Help: keys and symbols") > listed.index("Import a file…")
        assert listed.index("Quit") < min(
            i for i, text in enumerate(listed) if text.startswith("Change theme:")
        )
        assert len(listed) == len(set(listed))


async def test_a_search_for_theme_finds_only_the_change_theme_entries() -> None:
    app = PressReaderApp([SAMPLE_FILE], use_user_config=False, open_direct=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await _article(app, pilot)
        listed = await _listed(pilot, "theme")
        # One word for one concept: each theme under "Change theme", and those first.
        assert "Theme" not in listed
        themes = [text for text in listed if text.startswith("Change theme: ")]
        assert len(themes) == len(app.available_themes)
        assert listed[0].startswith("Change theme: "), listed[:3]


async def test_the_palettes_help_is_the_readers_help() -> None:
    app = PressReaderApp([SAMPLE_FILE], use_user_config=False, open_direct=True)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _article(app, pilot)
        await pilot.press("ctrl+p", *"keys")
        await palette_offers(pilot, "Help: keys and symbols")
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is screen)
        assert app.screen is screen
