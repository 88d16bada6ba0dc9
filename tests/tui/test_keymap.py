"""Every binding has an id and description, and the config file's [keymap] remaps them."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.binding import Binding

from pressreader.paths import config_dir
from pressreader.tui.app import PressReaderApp
from pressreader.tui.config import parse_config
from pressreader.tui.keymap import BINDING_IDS, ID_STYLE, OLD_IDS
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
        '[keymap]\n"article.next-section" = "ctrl+n"\n"article.toggle-toc" = "Z,ctrl+t"\n',
        encoding="utf-8",
    )
    app = PressReaderApp([SAMPLE_FILE], open_direct=True)
    async with app.run_test(size=(150, 40)) as pilot:
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
        await pilot.press("Z")
        assert not toc.display
        await pilot.press("ctrl+t")
        assert toc.display
        # The breadcrumb (shown on narrower terminals) names the keys as remapped.
        from pressreader.tui.widgets.toc import SectionCrumb

        assert "Z: sections" in str(screen.query_one(SectionCrumb).render())
        footer = [n.message for n in app._notifications]
        assert not footer  # a valid keymap raises no complaint


def declared_bindings() -> list[tuple[str, Binding]]:
    """(class, binding) for every binding a class of the reader declares itself."""
    from .binding_scan import reader_classes

    found = []
    for cls in reader_classes():
        for binding in cls.__dict__.get("BINDINGS", []):
            assert isinstance(binding, Binding), (cls.__name__, binding)
            found.append((cls.__qualname__, binding))
    return found


def test_every_binding_id_is_spelled_scope_dot_kebab_case_and_listed() -> None:
    bindings = declared_bindings()
    assert len(bindings) > 50  # the app, the screens and the widgets were all found
    for owner, binding in bindings:
        assert binding.id is not None, (owner, binding.key)
        assert ID_STYLE.fullmatch(binding.id), (owner, binding.id)
    assert {binding.id for _owner, binding in bindings} == BINDING_IDS
    for old, new in OLD_IDS.items():
        assert new in BINDING_IDS and not ID_STYLE.fullmatch(old), old


def test_keymap_old_ids_are_aliases_and_mistakes_are_reported() -> None:
    config = parse_config(
        "[keymap]\n"
        '"article.find_next" = "ctrl+g"\n'  # the old spelling
        '"library.page_down" = "J"\n'
        '"library.page-down" = "ctrl+d"\n'  # given both ways: the current spelling wins
        '"article.next_section" = "x"\n'  # no such binding
        '"article.top" = "ctrl+nothing"\n'  # not a key
        '"article.bottom" = "G,,end"\n'  # an empty key
        '"app.help" = ["f2", "question_mark"]\n',
        Path("c.toml"),
    )
    assert config.keymap == {
        "article.find-next": "ctrl+g",
        "library.page-down": "ctrl+d",
        "app.help": "f2,question_mark",
    }
    assert len(config.errors) == 3
    unknown, bad_key, empty_key = config.errors
    assert unknown.startswith("c.toml:5: ") and "'article.next_section'" in unknown
    assert "'ctrl+nothing' is not a key name" in bad_key and "article.top" in bad_key
    assert "article.bottom" in empty_key
    # The help is named by the keys this keymap gives it (set after the mistake, too).
    assert unknown.endswith("(the help, f2 or ?, shows them)")
    default = parse_config('[keymap]\n"no.such" = "x"\n', Path("c.toml"))
    assert default.errors[0].endswith("(the help, ? or F1, shows them)")
    remapped = parse_config('[keymap]\n"app.help" = "f3"\n"no.such" = "x"\n', Path("c.toml"))
    assert remapped.errors[0].endswith("(the help, f3, shows them)")


async def test_a_keymap_mistake_is_a_notification_and_the_default_key_stays() -> None:
    path = config_dir() / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '[keymap]\n"article.next-section" = "ctrl+nothing"\n"no.such" = "x"\n',
        encoding="utf-8",
    )
    app = PressReaderApp([SAMPLE_FILE], open_direct=True)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open(pilot)
        messages = [n.message for n in app._notifications]
        assert any("ctrl+nothing" in m for m in messages), messages
        assert any("no.such" in m for m in messages), messages
        toc = screen.query_one(TocPanel)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert toc.current == 1  # the default key still moves to the next section


async def test_hostile_key_names_are_refused_from_config_and_escaped_wherever_shown() -> None:
    from .helpers import screen_text, stray_controls, terminal_output, wait_until

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
        # config.toml's hostile names are reported (escaped), and not applied.
        messages = [str(n.message) for n in app._notifications]
        assert any("\\x1b]2;pwned\\x07" in m for m in messages), messages
        assert stray_controls(terminal_output(app)) == []
        # Whatever gives the app a keymap, the names are escaped where they are shown.
        app.set_keymap({"app.help": "\x1b]2;pwned\x07,f1", "app.back-or-quit": "\x9b2J\u202e,q"})

        def footer() -> str:
            return screen_text(app).splitlines()[-1]

        # Waits, not single pauses: on a loaded machine a redraw can take several steps.
        await wait_until(pilot, lambda: "\\x1b]2;pwned\\x07 Help" in footer())
        assert "\\x9b2J\\u202e Back" in footer() and "\\x1b]2;pwned\\x07 Help" in footer()
        assert stray_controls(terminal_output(app)) == []
        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("G")  # the help, scrolled to the app's keys at its end
        await wait_until(pilot, lambda: "\\x9b2J\\u202e, q" in screen_text(app))
        text = screen_text(app)
        assert "\\x1b]2;pwned\\x07, f1" in text and "\\x9b2J\\u202e, q" in text
        output = terminal_output(app)
        assert stray_controls(output) == []
        assert "\x1b]" not in output and "\u202e" not in output
        # Textual's own key panel (an action, though not in the palette) shows them the same way.
        await pilot.press("escape")
        app.action_show_help_panel()
        await wait_until(pilot, lambda: bool(app.screen.query("KeyPanel")))
        assert app.screen.query("KeyPanel")
        assert stray_controls(terminal_output(app)) == []


def test_keymap_collisions_are_found_in_one_scope_and_settled_the_same_way_each_time() -> None:
    from pressreader.tui.keymap import Collision, collisions, settle

    scopes = [
        [("article.toggle-toc", "t"), ("article.toggle-sidebar", "s"), ("article.copy", "y")],
        [("article.find-next", "n"), ("article.find-previous", "N")],
        [("app.help", "question_mark,f1")],
    ]
    keymap = {
        "article.toggle-sidebar": "t",  # over a default key of its scope
        "article.find-previous": "x",
        "article.find-next": "x,n",  # onto the key of a remap written before it
        "app.help": "t",  # another scope: no collision
    }
    assert collisions(scopes, keymap) == [
        Collision("t", "article.toggle-sidebar", "article.toggle-toc", False),
        Collision("x", "article.find-previous", "article.find-next", True),
    ]
    applied, met = settle(scopes, keymap)
    assert applied == {
        "article.toggle-sidebar": "t",
        "article.find-previous": "x",
        "app.help": "t",
    }
    assert len(met) == 2 and settle(scopes, dict(reversed(keymap.items())))[0] != applied
    # A remap dropped gives its default keys back, which may collide in turn.
    chained = {"article.copy": "s", "article.toggle-toc": "y", "article.toggle-sidebar": "y"}
    applied, met = settle(scopes[:1], chained)
    assert applied == {"article.copy": "s", "article.toggle-toc": "y"}
    assert Collision("s", "article.copy", "article.toggle-sidebar", False) in met
    assert not collisions(scopes, {"article.copy": "c"})  # a free key
    # The app's bindings are in force with every screen's: a screen's key comes first, unless
    # the app's binding has priority (as Textual decides it).
    app = [("app.help", "question_mark,f1", False), ("app.quit", "ctrl+q", True)]
    assert collisions(scopes, {"app.help": "t"}, app) == [
        Collision("t", "article.toggle-toc", "app.help", False, with_app=True)
    ]
    assert collisions(scopes, {"app.quit": "s"}, app) == [
        Collision("s", "app.quit", "article.toggle-sidebar", False, with_app=True)
    ]
    assert collisions(scopes, {"article.copy": "f1"}, app) == [
        Collision("f1", "article.copy", "app.help", False, with_app=True)
    ]
    assert settle(scopes, {"app.help": "t"}, app)[0] == {"app.help": "t"}  # Textual decides


async def test_keymap_collisions_are_said_once_with_both_ids_and_the_first_remap_wins(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = config_dir() / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "[keymap]\n"
        '"article.toggle-sidebar" = "t"\n'
        '  "article.next-section" = "ctrl+n"\n'
        '  "article.prev-section" = "ctrl+n"\n',
        encoding="utf-8",
    )
    app = PressReaderApp([SAMPLE_FILE], open_direct=True)
    async with app.run_test(size=(150, 40)) as pilot:
        screen = await _open(pilot)
        messages = [n.message for n in app._notifications]
        over_default = [m for m in messages if "'article.toggle-toc'" in m]
        both = [m for m in messages if "'article.prev-section' and 'article.next-section'" in m]
        assert len(over_default) == 1 and len(both) == 1, messages
        assert f"{path}:2:1: keymap: 'article.toggle-sidebar'" in over_default[0]
        assert f"{path}:4:3: keymap: " in both[0] and f"({path}:3:3)" in both[0]
        toc = screen.query_one(TocPanel)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert toc.current == 1  # the remap written first has the key
        await pilot.press("left_square_bracket")  # the other keeps its default key
        await pilot.pause()
        assert toc.current == 0
        await pilot.press("t")
        await pilot.pause()
        assert toc.display  # t is the sidebar's now, not the sections'
    assert len(app.keymap_warnings) == 2
    assert all(w in m for w, m in zip(app.keymap_warnings, [*over_default, *both], strict=True))
    # `pressreader` says them again on stderr once the reader has closed.
    from types import SimpleNamespace

    from pressreader.commands import read

    monkeypatch.setattr(PressReaderApp, "run", lambda self, **kwargs: None)
    assert read.run(SimpleNamespace(paths=[str(SAMPLE_FILE)], max_bytes=1 << 20)) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == [f"pressreader: warning: {m}" for m in app.keymap_warnings]


def test_the_keymaps_table_of_scopes_is_the_scopes_of_the_classes_themselves() -> None:
    # The app reads a table so that a keymap costs no import of every screen at start-up;
    # it must say what the screens and widgets declare.
    from pressreader.tui.binding_scopes import SCOPES

    from .binding_scan import module_text, scanned_scopes

    scanned = scanned_scopes()
    assert scanned == SCOPES, (
        "src/pressreader/tui/binding_scopes.py is out of date; write it again with "
        "`python -m tests.tui.binding_scan`:\n" + module_text(scanned)
    )
    assert {ident for scope in SCOPES for ident, _ in scope} == BINDING_IDS
