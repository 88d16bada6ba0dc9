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


async def test_hostile_key_names_are_escaped_in_the_footer_and_the_help() -> None:
    from .helpers import screen_text, stray_controls, terminal_output

    path = config_dir() / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    # A key name that would set the terminal's title, then one with C1 and bidi controls.
    path.write_text(
        '[keymap]\n"app.help" = "\\u001b]2;pwned\\u0007,f1"\n'
        '"app.back_or_quit" = "\\u009b2J\\u202e,q"\n',
        encoding="utf-8",
    )
    app = PressReaderApp([SAMPLE_FILE], open_direct=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await _open(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert "\\x9b2J\\u202e Back" in footer and "\\x1b]2;pwned\\x07 Help" in footer
        assert stray_controls(terminal_output(app)) == []
        await pilot.press("f1", "G")  # the help, scrolled to the app's keys at its end
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        assert "\\x1b]2;pwned\\x07, f1" in text and "\\x9b2J\\u202e, q" in text
        output = terminal_output(app)
        assert stray_controls(output) == []
        assert "\x1b]" not in output and "\u202e" not in output
        # Textual's own key panel (the palette's "Keys") shows them the same way.
        await pilot.press("escape")
        app.action_show_help_panel()
        await pilot.pause()
        assert app.screen.query("KeyPanel")
        assert stray_controls(terminal_output(app)) == []
