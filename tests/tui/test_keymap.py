"""Every binding has an id and description, and the config file's [keymap] remaps them."""

from __future__ import annotations

from textual.binding import Binding

from pressreader.paths import config_dir
from pressreader.tui.app import PressReaderApp
from pressreader.tui.screens.article import ArticleScreen
from pressreader.tui.screens.help import HelpScreen
from pressreader.tui.screens.library import LibraryScreen
from pressreader.tui.screens.problems import ProblemsScreen
from pressreader.tui.widgets.toc import TocPanel

from .test_article_screen import SAMPLE_FILE, _open


def test_every_binding_has_an_id_and_a_description() -> None:
    for cls in (PressReaderApp, LibraryScreen, ArticleScreen, HelpScreen, ProblemsScreen):
        # Every binding in force on the screen, inherited ones included.
        for binding in [
            b for bindings in cls._merge_bindings().key_to_bindings.values() for b in bindings
        ]:
            assert isinstance(binding, Binding)
            assert binding.id and binding.description, (cls.__name__, binding.key)


async def test_config_keymap_remaps_bindings() -> None:
    path = config_dir() / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '[keymap]\n"article.next-section" = "ctrl+n"\n"article.toggle_toc" = "T,ctrl+t"\n',
        encoding="utf-8",
    )
    app = PressReaderApp([SAMPLE_FILE], open_direct=True)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open(pilot)
        toc = screen.query_one(TocPanel)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert toc.current == 0  # the old key no longer moves
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert toc.current == 1
        await pilot.press("t")
        assert toc.display
        await pilot.press("T")
        assert not toc.display
        await pilot.press("ctrl+t")
        assert toc.display
        footer = [n.message for n in app._notifications]
        assert not footer  # a valid keymap raises no complaint
