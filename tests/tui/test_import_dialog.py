"""The command palette's "Import a file…": a path completed as typed, imported into the
library (PRESSREADER_LIBRARY, a temporary folder here), then opened and listed."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Static

from pressreader.tui.app import PressReaderApp
from pressreader.tui.palette import ReaderCommands
from pressreader.tui.screens.article import ArticleScreen
from pressreader.tui.screens.import_dialog import ImportScreen
from pressreader.tui.screens.library import LibraryScreen
from pressreader.tui.widgets.path_input import PathInput, folder_names

from .conftest import article_yaml
from .helpers import screen_text, wait_until
from .views_helpers import palette_offers, settle

# The dialog's line before the destination is found (`ImportScreen.compose`).
PLACEHOLDER = "Into: …"
STORY = "Harbour reopens after storm\n\nBy Jane Roe\n\nThe harbour reopened on Monday.\n"


@pytest.fixture
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A library of one article (PRESSREADER_LIBRARY) and a folder of sources to import,
    the current folder."""
    library = tmp_path / "[b]lib"  # never read as markup
    library.mkdir()
    (library / "old.yaml").write_text(article_yaml("An older article"), encoding="utf-8")
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "harbour-story.txt").write_text(STORY, encoding="utf-8")
    (sources / "scan.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    monkeypatch.setenv("PRESSREADER_LIBRARY", str(library))
    monkeypatch.chdir(sources)
    return library, sources


async def _dialog(pilot: Pilot[int]) -> ImportScreen:
    """The library loaded, the palette opened and "Import a file…" chosen."""
    await settle(pilot)
    await pilot.press("ctrl+p", *"Import a file")
    await palette_offers(pilot, "Import a file…")
    await pilot.press("enter")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, ImportScreen))
    screen = pilot.app.screen
    assert isinstance(screen, ImportScreen)
    # The destination drawn, not the placeholder (`Into: …`) shown until the thread finds
    # it: the placeholder alone let a test read the new line before it was drawn.
    await wait_until(pilot, lambda: _destination_shown(screen_text(pilot.app)))
    # And drawn in full: the line is laid out again once its text is known, and a frame
    # between the two showed it cut short (`Cannot import here: articl...`).
    await wait_until(pilot, lambda: _drawn_in_full(pilot.app, _line(screen, "into")))
    return screen


def _destination_shown(text: str) -> bool:
    return PLACEHOLDER not in text and ("Into: " in text or "Cannot import here" in text)


def _drawn_in_full(app: App[Any], line: str) -> bool:
    """Whether every character of `line` is on screen in order, wherever it wraps (the
    dialog's side borders and all white space left out of both)."""
    shown = "".join(screen_text(app).replace("│", "").split())
    return "".join(line.split()) in shown


def _line(screen: ImportScreen, name: str) -> str:
    """The text of one of the dialog's lines (`into`, `message`), unwrapped."""
    return str(screen.query_one(f"#import-{name}", Static).render())


async def _submit(pilot: Pilot[int], screen: ImportScreen, path: str) -> None:
    screen.query_one(PathInput).value = path
    await pilot.press("enter")
    await wait_until(pilot, lambda: not screen.busy and pilot.app.screen is not None)
    await settle(pilot)


async def test_palette_offers_import_everywhere(setup: tuple[Path, Path]) -> None:
    library, _ = setup
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        hits = [hit async for hit in ReaderCommands(app.screen).search("import")]
        assert any(hit.text == "Import a file…" for hit in hits)
        screen = await _dialog(pilot)
        # Where it would write, said before anything is typed.
        assert _line(screen, "into") == f"Into: {library} (PRESSREADER_LIBRARY)"
        assert _drawn_in_full(app, _line(screen, "into")), screen_text(app)
        assert screen.query_one(PathInput).has_focus


async def test_completion_then_import_opens_and_lists_the_article(
    setup: tuple[Path, Path],
) -> None:
    library, _sources = setup
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _dialog(pilot)
        field = screen.query_one(PathInput)
        await pilot.press(*"har")
        await pilot.app.workers.wait_for_complete()
        await wait_until(pilot, lambda: "harbour-story.txt" in screen_text(app))
        await pilot.press("tab")  # takes the suggestion
        assert field.value == "harbour-story.txt"
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        article = app.screen
        assert isinstance(article, ArticleScreen)
        assert article.article.title == "Harbour reopens after storm"
        written = library / "harbour-reopens-after-storm.yaml"
        assert written.is_file()
        await wait_until(pilot, lambda: any("Imported as" in n.message for n in app._notifications))
        assert any("Imported as" in n.message for n in app._notifications)
        await settle(pilot)
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await settle(pilot)
        listing = app.screen
        assert isinstance(listing, LibraryScreen)
        titles = [entry.title for entry in listing.entries]
        assert titles.count("Harbour reopens after storm") == 1
        assert "An older article" in titles
        # The cursor is on the new article.
        highlighted = listing.highlighted_entry()
        assert highlighted is not None and highlighted.title == "Harbour reopens after storm"


async def test_errors_are_shown_in_the_dialog(setup: tuple[Path, Path]) -> None:
    library, sources = setup
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _dialog(pilot)
        await _submit(pilot, screen, "scan.pdf")
        assert app.screen is screen
        assert "error: a PDF file is not supported" in screen_text(app)
        await _submit(pilot, screen, "missing.txt")
        assert "error: no such file or folder" in screen_text(app)
        # The first import succeeds and opens; the second is refused, naming the file.
        await _submit(pilot, screen, "harbour-story.txt")
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        await settle(pilot)
        screen = await _dialog(pilot)
        await _submit(pilot, screen, str(sources / "harbour-story.txt"))
        assert app.screen is screen
        written = library / "harbour-reopens-after-storm.yaml"
        assert _line(screen, "message") == f"error: already imported, as {written} · Enter opens it"
        # On screen too (the path wraps where the dialog's width and the test's folder put it).
        assert "error: already imported, as" in screen_text(app)
        assert sorted(p.name for p in library.iterdir()) == [written.name, "old.yaml"]


async def test_an_error_goes_once_the_path_is_edited(setup: tuple[Path, Path]) -> None:
    library, _ = setup
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _dialog(pilot)
        await _submit(pilot, screen, "missing.txt")
        assert _line(screen, "message") == "error: no such file or folder"
        await pilot.press("backspace")
        await wait_until(pilot, lambda: _line(screen, "message") == "")
        assert "no such file" not in screen_text(app)
        # Editing brings nothing back, and the next Enter answers for the new path.
        await pilot.press(*"t")
        await pilot.pause()
        assert _line(screen, "message") == ""
        await pilot.press("enter")
        await wait_until(pilot, lambda: "no such file" in _line(screen, "message"))


async def test_escape_cancels(setup: tuple[Path, Path]) -> None:
    library, _ = setup
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await _dialog(pilot)
        await pilot.press(*"harbour-story.txt")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert sorted(p.name for p in library.iterdir()) == ["old.yaml"]


async def test_with_no_library_set_up_an_import_makes_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bundled samples are never written to: with nothing set up, the article goes to
    the library in pressreader's data folder, which the dialog names first."""
    from pressreader.paths import bundled_articles, data_dir

    monkeypatch.chdir(tmp_path)  # no ./articles
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    own = data_dir() / "articles"
    samples = sorted(p.name for p in bundled_articles().iterdir())
    app = PressReaderApp([bundled_articles()], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"Import a file")
        await palette_offers(pilot, "Import a file…")
        await pilot.press("enter")
        await wait_until(pilot, lambda: "created on import" in screen_text(app))
        screen = app.screen
        assert isinstance(screen, ImportScreen)
        assert _line(screen, "into") == (
            f"Into: {own} (pressreader's data folder; created on import)"
        )
        await _submit(pilot, screen, "story.txt")
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        notes = " ".join(n.message for n in app._notifications)
        assert "Imported as " + str(own) in notes
        assert "the next start opens your library" in notes
    assert [p.suffix for p in own.iterdir()] == [".yaml"]
    assert sorted(p.name for p in bundled_articles().iterdir()) == samples


def test_folder_names_are_bounded(tmp_path: Path) -> None:
    for index in range(30):
        (tmp_path / f"f{index:02}.bin").write_bytes(b"")
    (tmp_path / "sub").mkdir()
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    names = folder_names(str(tmp_path), limit=10)
    assert len(names) == 10
    everything = folder_names(str(tmp_path), suffixes=(".md",))
    # Folders and sources first.
    assert everything[:2] == ["notes.md", "sub/"]


def test_import_defaults_match_the_command_line() -> None:
    """The reader's import (default `Options`) is `pressreader import PATH` given no flag."""
    from pressreader import cli
    from pressreader.commands.import_ import options
    from pressreader.importing.pipeline import Options

    parsed = cli.build_parser().parse_args(["import", "x.txt"])
    assert options(parsed) == Options()


def test_a_name_with_a_control_character_is_never_suggested(tmp_path: Path) -> None:
    from pressreader.tui.widgets.path_input import folder_names

    (tmp_path / "plain.txt").write_text("x", encoding="utf-8")
    (tmp_path / "evil\x1b]0;title\x07.txt").write_text("x", encoding="utf-8")
    (tmp_path / "line\nbreak.txt").write_text("x", encoding="utf-8")
    assert folder_names(str(tmp_path)) == ["plain.txt"]


async def test_the_dialog_offers_what_the_import_reads(setup: tuple[Path, Path]) -> None:
    """The hint and the suggestions follow the import's one rule (`importing.sources`): a
    saved web page is offered before a file the import would not read."""
    from pressreader.importing.sources import SOURCE_SUFFIXES

    library, sources = setup
    (sources / "page.bin").write_bytes(b"")
    (sources / "page.html").write_text("<html><title>Page</title></html>", encoding="utf-8")
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _dialog(pilot)
        field = screen.query_one(PathInput)
        assert field.placeholder.startswith("a .txt, .md or .html file (relative to ")
        await pilot.press(*"pa")
        await pilot.app.workers.wait_for_complete()
        await wait_until(pilot, lambda: "page.html" in screen_text(app))
        await pilot.press("tab")
        assert field.value == "page.html"
        await pilot.press("ctrl+u", "enter")  # nothing typed: the hint names the same files
        await wait_until(pilot, lambda: "Type the path of a .txt" in screen_text(app))
        assert _line(screen, "message") == "Type the path of a .txt, .md or .html file"
    for suffix in SOURCE_SUFFIXES:
        (sources / f"z{suffix}").write_text("x", encoding="utf-8")
    names = folder_names(str(sources), suffixes=tuple(SOURCE_SUFFIXES))
    offered = names[: len(SOURCE_SUFFIXES) + 2]  # the sources, then the rest
    assert {f"z{suffix}" for suffix in SOURCE_SUFFIXES} <= set(offered)
    assert "page.bin" not in offered and "scan.pdf" not in offered


async def test_a_file_made_while_the_dialog_is_open_is_suggested(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A folder's listing is kept only briefly: the file saved from another terminal after
    # the first letters were typed is suggested, as a shell's Tab would.
    from pressreader.tui.widgets import path_input

    clock = [100.0]
    monkeypatch.setattr(path_input, "monotonic", lambda: clock[0])
    suggester = path_input.PathSuggester((".txt",))
    folder = f"{tmp_path}/"
    assert await suggester.get_suggestion(folder + "ne") is None
    (tmp_path / "new.txt").write_text("x", encoding="utf-8")
    assert await suggester.get_suggestion(folder + "ne") is None  # the listing just read
    clock[0] += path_input.LISTING_SECONDS + 0.1
    assert await suggester.get_suggestion(folder + "ne") == folder + "new.txt"


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
async def test_a_checkouts_samples_are_refused_in_full_at_80_columns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After `pip install .` in a clone, `./articles` leads to the source's samples: the
    dialog says it will not write there, and how to choose a library, every word of it on
    screen at 80×24."""
    package = tmp_path / "clone" / "src" / "pressreader"
    (package / "samples").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "samples" / "a.yaml").write_text(article_yaml("A sample"), encoding="utf-8")
    work = tmp_path / "clone"
    (work / "articles").symlink_to(package / "samples", target_is_directory=True)
    monkeypatch.delenv("PRESSREADER_LIBRARY", raising=False)
    monkeypatch.chdir(work)
    app = PressReaderApp([Path("articles")], use_user_config=False)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _dialog(pilot)
        line = _line(screen, "into")
        assert "will not write inside a copy of the pressreader package" in line
        assert line.endswith("`library` in config.toml)")
        # (every character of it on screen, wherever it wraps; the screen in full if not)
        assert _drawn_in_full(app, line), screen_text(app)
    assert [p.name for p in (package / "samples").iterdir()] == ["a.yaml"]


async def test_enter_after_a_refusal_opens_the_earlier_import(setup: tuple[Path, Path]) -> None:
    """A source imported before is refused, naming the file; Enter again on the same path opens
    that article (as a mature importer offers the copy it has), and writes nothing; once the
    path is edited, Enter imports (and is refused) again."""
    library, sources = setup
    app = PressReaderApp([library], use_user_config=False)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await _dialog(pilot)
        await _submit(pilot, screen, "harbour-story.txt")
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        await settle(pilot)
        written = library / "harbour-reopens-after-storm.yaml"
        before = written.read_bytes()
        screen = await _dialog(pilot)
        await _submit(pilot, screen, str(sources / "harbour-story.txt"))
        assert _line(screen, "message") == f"error: already imported, as {written} · Enter opens it"
        # Edited (even back to the same path): Enter asks the importer again, which refuses.
        field = screen.query_one(PathInput)
        await pilot.press("x", "backspace")
        await settle(pilot)
        assert screen.earlier is None
        await pilot.press("enter")
        await wait_until(pilot, lambda: not screen.busy)
        await settle(pilot)
        assert app.screen is screen
        assert _line(screen, "message").startswith("error: already imported, as")
        assert field.value == str(sources / "harbour-story.txt")
        # Enter on the path just refused: the earlier article opens.
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert "Harbour reopens after storm" in screen_text(app)
        assert any(
            f"Opened {written}, imported before" in str(n.message) for n in app._notifications
        )
        assert sorted(p.name for p in library.iterdir()) == [written.name, "old.yaml"]
        assert written.read_bytes() == before
