"""`x` (and the palette) exports what a view shows: this article's quotes, a speaker's quotes,
the figures listed, the search's hits; a dialog chooses the format and the folder, Textual's
`deliver_text` saves the file, a notice says where. Over SSH: the clipboard (OSC 52)."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.widgets import Input, OptionList

from pressreader.tui.app import PressReaderApp
from pressreader.tui.screens import export_dialog
from pressreader.tui.screens.article import ArticleScreen
from pressreader.tui.screens.export_dialog import ExportScreen
from pressreader.tui.screens.search_results import SearchResultsScreen
from pressreader.tui.screens.speakers import SpeakerQuotesScreen, SpeakersScreen
from pressreader.tui.screens.statistics import LibraryStatisticsScreen

from .conftest import READER_DATA
from .helpers import screen_lines, screen_text, wait_until
from .views_helpers import filter_by, open_view, settle

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def shelf(tmp_path: Path) -> Path:
    folder = tmp_path / "shelf"
    folder.mkdir()
    for path in (READER_DATA / "cjk.yaml", READER_DATA / "hostile.yaml"):
        shutil.copy(path, folder)
    shutil.copy(DATA / "valid" / "imported-unreviewed.yaml", folder)
    return folder


@pytest.fixture
def out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "downloads"
    folder.mkdir()
    monkeypatch.setattr(export_dialog, "downloads_folder", lambda: folder)
    for name in ("SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY"):
        monkeypatch.delenv(name, raising=False)
    return folder


async def export_with(pilot, choice: int, folder: Path) -> Path:  # type: ignore[no-untyped-def]
    """`x`, then the `choice`-th format, into `folder`: the file written."""
    app = pilot.app
    await pilot.press("x")
    await pilot.pause()
    dialog = app.screen
    assert isinstance(dialog, ExportScreen)
    assert dialog.query_one("#export-folder", Input).value == str(folder)  # the default
    for _ in range(choice):
        await pilot.press("down")
    await pilot.press("enter")
    await wait_until(pilot, lambda: not app.deliveries and any(folder.iterdir()))
    files = list(folder.iterdir())
    assert len(files) == 1, files
    await wait_until(pilot, lambda: bool(notices(app)))
    assert notices(app)[-1].endswith(f" to {files[0]}")
    return files[0]


def notices(app: PressReaderApp) -> list[str]:
    return [n.message for n in app._notifications if n.message.startswith("Exported")]


async def test_x_on_an_article_exports_its_quotes(shelf: Path, out: Path) -> None:
    app = PressReaderApp([shelf / "hostile.yaml"], use_user_config=False, open_direct=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        saved = await export_with(pilot, 0, out)
        assert saved.suffix == ".csv" and saved.name.startswith("pressreader-quotes-")
        rows = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8"), newline="")))
        assert len(rows) == 5
        assert rows[0]["speaker"] == "[bold]Mallory[/bold] \\x1b[2J"  # text, escaped


async def test_x_in_the_speakers_view_exports_that_speakers_quotes(shelf: Path, out: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_view(pilot, "S", SpeakersScreen)
        first = screen.cursor_item()
        assert first is not None
        saved = await export_with(pilot, 2, out)  # JSON
        records = json.loads(saved.read_text(encoding="utf-8"))["records"]
        assert len(records) == first.quotes
        assert {r["speaker"] for r in records} == {first.name}


async def test_x_on_a_speakers_quotes_exports_those_listed(shelf: Path, out: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_view(pilot, "S", SpeakersScreen)
        await pilot.press("enter")
        await settle(pilot)
        quotes = app.screen
        assert isinstance(quotes, SpeakerQuotesScreen)
        word = quotes.quotes[0].text.split()[0]
        await filter_by(pilot, quotes, word)
        listed = quotes.matching()
        assert 0 < len(listed) < len(quotes.quotes)
        quotes.options.focus()
        saved = await export_with(pilot, 3, out)  # JSON Lines
        records = [json.loads(line) for line in saved.read_text(encoding="utf-8").splitlines()]
        assert [r["text"] for r in records] == [q.text for q in listed]


async def test_x_in_the_figures_view_exports_the_figures_listed(shelf: Path, out: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_view(pilot, "T", LibraryStatisticsScreen)
        await filter_by(pilot, screen, "ships")
        screen.options.focus()
        saved = await export_with(pilot, 4, out)  # Markdown
        text = saved.read_text(encoding="utf-8")
        assert "| Ships (unreviewed) | 181 | 172 | +9 (+5.23%) |" in text
        assert "建交国" not in text  # filtered out


async def test_x_on_search_results_exports_the_hits(shelf: Path, out: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"harbour", "enter")
        await settle(pilot)
        results = app.screen
        assert isinstance(results, SearchResultsScreen) and results.hits
        saved = await export_with(pilot, 1, out)  # TSV
        lines = saved.read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("article_id\ttitle\toutlet")
        assert len(lines) == 1 + len(results.hits)


async def test_the_palette_offers_the_export(shelf: Path, out: Path) -> None:
    app = PressReaderApp([shelf / "cjk.yaml"], use_user_config=False, open_direct=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Export the")
        await wait_until(pilot, lambda: "Export the" in screen_text(app))
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportScreen))
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)


async def test_over_ssh_a_small_export_goes_to_the_clipboard(
    shelf: Path, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSH_CONNECTION", "10.0.0.1 5000 10.0.0.2 22")
    app = PressReaderApp([shelf / "cjk.yaml"], use_user_config=False, open_direct=True)
    # Every notice as it is given: one shown on screen expires after its timeout, which a
    # loaded machine can let pass before the check below.
    notices: list[str] = []
    notify = app.notify

    def record(message: str, *args: Any, **kwargs: Any) -> None:
        notices.append(message)
        notify(message, *args, **kwargs)

    monkeypatch.setattr(app, "notify", record)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await pilot.pause()
        choices = app.screen.query_one("#export-choices", OptionList)
        assert choices.option_count == 7
        assert "clipboard (OSC 52)" in str(choices.get_option_at_index(5).prompt)
        monkeypatch.setattr(export_dialog, "CLIPBOARD_LIMIT", 100)
        for _ in range(6):
            await pilot.press("down")  # Markdown to the clipboard: larger than 100 bytes
        await pilot.press("enter")
        await wait_until(pilot, lambda: "too large" in screen_text(app))
        assert isinstance(app.screen, ExportScreen)
        monkeypatch.setattr(export_dialog, "CLIPBOARD_LIMIT", 64 * 1024)
        await pilot.press("up", "enter")  # TSV to the clipboard
        await wait_until(pilot, lambda: not isinstance(app.screen, ExportScreen))
        assert app.clipboard.startswith("article_id\ttitle\t")
        assert "社区新习惯" in app.clipboard
        assert any("to your clipboard (OSC 52" in notice for notice in notices)
        assert list(out.iterdir()) == []


async def test_j_and_k_choose_the_format_and_are_letters_in_the_folder_field(
    shelf: Path, out: Path
) -> None:
    app = PressReaderApp([shelf / "hostile.yaml"], use_user_config=False, open_direct=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        choices = dialog.query_one("#export-choices", OptionList)
        await pilot.press("j", "j", "j", "k")
        assert choices.highlighted == 2  # JSON
        await pilot.press("tab", "end", "j", "k")
        assert dialog.query_one("#export-folder", Input).value == f"{out}jk"
        assert choices.highlighted == 2


async def test_a_folder_typed_right_after_tab_is_the_folder_exported_to(
    shelf: Path, out: Path, tmp_path: Path
) -> None:
    """Tab, a folder and Enter in one burst, as a terminal delivers fast typing (or keys over
    SSH): the keys after Tab reach the folder field, and Enter exports there, not to the
    default folder from the format list."""
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    app = PressReaderApp([shelf / "hostile.yaml"], use_user_config=False, open_direct=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportScreen))
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        # Every key queued before any is handled, none waiting for the one before it (the
        # field's text is selected as Tab focuses it, so the folder typed replaces it).
        burst: list[tuple[str, str | None]] = [("tab", None)]
        burst += [(c if c != "/" else "slash", c) for c in str(chosen)] + [("enter", None)]
        for key, character in burst:
            app.post_message(events.Key(key, character))
        await wait_until(pilot, lambda: any(chosen.iterdir()) or any(out.iterdir()))
        assert [p.suffix for p in chosen.iterdir()] == [".csv"]
        assert not any(out.iterdir())


async def test_the_format_under_the_cursor_is_marked_as_in_every_list(
    shelf: Path, out: Path
) -> None:
    # `›` marks the row under the cursor (READER.md, Symbols): without colour (NO_COLOR)
    # the dialog's highlight alone did not show which format Enter would write.
    app = PressReaderApp([shelf / "hostile.yaml"], use_user_config=False, open_direct=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("j", "j")
        await pilot.pause()
        marked = [line for line in screen_lines(app) if "›" in line]
        assert len(marked) == 1 and "JSON — one document" in marked[0]
