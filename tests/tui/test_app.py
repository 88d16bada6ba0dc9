"""The app shell: settings file, themes, NO_COLOR, small terminals, the read command."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pressreader.commands import read
from pressreader.paths import config_dir
from pressreader.tui.app import DEFAULT_THEME, PressReaderApp
from pressreader.tui.config import load_config, parse_config
from pressreader.tui.screens.base import TooSmall
from pressreader.tui.screens.library import LibraryScreen

from .helpers import screen_text, terminal_output, wait_until


def _write_config(text: str) -> Path:
    path = config_dir() / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_config_is_read_from_xdg_config_home(isolated_xdg: Path) -> None:
    path = _write_config('theme = "nord"\ntext_width = 72\n[keymap]\n"app.help" = "h"\n')
    assert path.is_relative_to(isolated_xdg)
    config = load_config()
    assert (config.theme, config.text_width, config.keymap) == ("nord", 72, {"app.help": "h"})
    assert config.errors == []


def test_config_mistakes_become_messages() -> None:
    config = parse_config(
        'theme = 3\ntext_width = 5\ncolour = "x"\n[keymap]\n"app.help" = 7\n', Path("c.toml")
    )
    assert config.theme is None and config.text_width == 88 and config.keymap == {}
    assert len(config.errors) == 4
    broken = parse_config("theme = [unclosed", Path("c.toml"))
    assert broken.errors and broken.errors[0].startswith("c.toml:1:10: ")  # file:line:column


async def test_settings_apply_theme_and_text_width() -> None:
    _write_config('theme = "nord"\ntext_width = 70\n')
    app = PressReaderApp([], use_user_config=True)
    async with app.run_test(size=(100, 30)):
        assert app.theme == "nord"
        assert app.text_width == 70


async def test_skipping_the_user_config() -> None:
    _write_config('theme = "nord"\n')
    app = PressReaderApp([], use_user_config=False)
    async with app.run_test(size=(100, 30)):
        assert app.theme == DEFAULT_THEME


async def test_a_broken_config_is_a_notification_not_a_crash(library: Path) -> None:
    _write_config('theme = "no-such-theme"\n[keymap\n')
    app = PressReaderApp([library], use_user_config=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("config.toml" in m for m in messages)
        assert isinstance(app.screen, LibraryScreen)
    _write_config('theme = "no-such-theme"\n')
    app = PressReaderApp([library], use_user_config=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert any("no-such-theme" in n.message for n in app._notifications)
        assert app.theme == DEFAULT_THEME


async def test_no_color_is_honoured(monkeypatch: pytest.MonkeyPatch, library: Path) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.no_color
        output = terminal_output(app)
        # No colour at all: neither foreground nor background colour codes (SGR 30-49, 90-107).
        colours = re.findall(r"\x1b\[([0-9;]*)m", output)
        for params in colours:
            codes = [int(c) for c in params.split(";") if c]
            assert not [c for c in codes if 30 <= c <= 38 or 40 <= c <= 48 or 90 <= c <= 107], (
                params
            )
        # The cursor row is still visible: in reverse video.
        assert any(7 in [int(c) for c in params.split(";") if c] for params in colours)


async def test_too_small_note_and_resizing_down_to_20x6(library: Path) -> None:
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        # At a usable size the note is not even mounted; it comes when the terminal shrinks.
        assert not app.screen.query(TooSmall)
        for width, height in [(80, 24), (39, 24), (60, 9), (20, 6), (25, 7), (45, 12), (120, 36)]:
            await pilot.resize_terminal(width, height)
            small = width < 40 or height < 10
            await wait_until(pilot, lambda s=small: ("Terminal too small" in screen_text(app)) == s)
            text = screen_text(app)
            assert ("Terminal too small" in text) == small, (width, height)
            if not small:
                assert "Old bridg" in text
        await pilot.resize_terminal(20, 6)
        await pilot.press("f1")  # a dialog at a tiny size must not crash either
        await pilot.pause()
        assert "Terminal too small" in screen_text(app)


def test_read_refuses_a_missing_path_before_starting_the_ui(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = argparse.Namespace(paths=[str(tmp_path / "nope\x1b.yaml")], max_bytes=1024)
    assert read.run(args) == 2
    err = capsys.readouterr().err
    assert "no such file or folder" in err
    assert "\x1b" not in err and "\\x1b" in err


def test_cli_does_not_import_textual_until_the_reader_starts() -> None:
    code = (
        "import sys, pressreader.cli, pressreader.commands.read, pressreader.library.loading;"
        "print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


async def test_an_article_opened_in_a_tiny_terminal_shows_the_note_then_the_text(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(
        "title: Old bridges\nsections:\n  - paragraphs: [The old bridge reopened.]\n",
        encoding="utf-8",
    )
    app = PressReaderApp([path], open_direct=True, use_user_config=False)
    async with app.run_test(size=(30, 8)) as pilot:
        await pilot.pause()
        assert "Terminal too small" in screen_text(app)
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        text = screen_text(app)
        assert "Terminal too small" not in text and "Old bridges" in text


def test_the_reader_hands_the_gil_to_the_output_thread_quickly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Textual writes frames from a thread: with the default 5 ms switch interval the first
    # screen waited ~13 ms for it while the UI thread worked on.
    intervals: list[float] = []
    monkeypatch.setattr(sys, "setswitchinterval", intervals.append)
    monkeypatch.setattr(PressReaderApp, "run", lambda self: None)
    path = tmp_path / "a.yaml"
    path.write_text("title: x\nsections:\n  - paragraphs: [Words.]\n", encoding="utf-8")
    args = argparse.Namespace(paths=[str(path)], max_bytes=1 << 20)
    assert read.run(args) == 0
    assert intervals == [read.SWITCH_INTERVAL] and read.SWITCH_INTERVAL <= 0.001
