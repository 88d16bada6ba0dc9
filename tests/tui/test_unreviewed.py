"""Unreviewed annotations (`reviewed: false`): marked in the panels, counted in the library."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressreader.tui.widgets.marks import HIT, UNREVIEWED
from pressreader.tui.widgets.quotes_panel import QuotesPanel
from pressreader.tui.widgets.statistics_panel import StatisticsPanel
from tests.tui.panel_host import PanelApp, load, panel_lines

ROOT = Path(__file__).resolve().parents[2]
IMPORTED = ROOT / "tests" / "data" / "valid" / "imported-unreviewed.yaml"


@pytest.fixture(params=["colour", "no-colour"])
def colour(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each panel test runs with colour and with NO_COLOR: the mark reads without colour."""
    if request.param == "no-colour":
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)


def _first_lines_with(lines: list[str], words: str) -> str:
    found = [line for line in lines if words in line]
    assert found, (words, lines)
    return found[0]


@pytest.mark.usefixtures("colour")
async def test_the_quotes_panel_marks_unreviewed_quotes() -> None:
    panel = QuotesPanel(load(IMPORTED))
    app = PanelApp(panel, width=38)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        lines = panel_lines(app)
        # The mark stands in the gutter's third cell, just before the quote's opening mark.
        unreviewed = _first_lines_with(lines, "The harbour is open")
        # (Cell 0 is the cursor's: the panel has the focus.)
        assert unreviewed[1:].startswith(f" {UNREVIEWED}“The harbour"), lines
        reviewed = _first_lines_with(lines, "181 ships came in")
        assert UNREVIEWED not in reviewed
        assert sum(line.count(UNREVIEWED) for line in lines) == 1
        assert str(panel.border_title) == f"Quotes (2) · 1 {UNREVIEWED}"
        # A find hit (cell 1) and the cursor (cell 0) leave the mark in place.
        panel.select_quote(0)
        panel.set_find_hits([0])
        await pilot.pause()
        unreviewed = _first_lines_with(panel_lines(app), "The harbour is open")
        assert unreviewed.startswith(f"›{HIT}{UNREVIEWED}“The harbour"), unreviewed
        assert str(panel.border_title) == f"Quotes (2) · 1 {UNREVIEWED} · 1 found"


@pytest.mark.usefixtures("colour")
async def test_the_statistics_panel_marks_unreviewed_statistics() -> None:
    panel = StatisticsPanel(load(IMPORTED))
    app = PanelApp(panel, width=38)
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        lines = panel_lines(app)
        assert _first_lines_with(lines, "Ships")[1:].startswith(f" {UNREVIEWED}Ships"), lines
        # `reviewed: null` counts as confirmed.
        assert UNREVIEWED not in _first_lines_with(lines, "Ships before")
        assert sum(line.count(UNREVIEWED) for line in lines) == 1
        assert str(panel.border_title) == f"Statistics (2) · 1 {UNREVIEWED}"


async def test_a_reviewed_article_shows_no_mark() -> None:
    article = load(ROOT / "src" / "pressreader" / "samples" / "join-hands-better-future.yaml")
    panel = QuotesPanel(article)
    app = PanelApp(panel, width=38)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        assert not any(UNREVIEWED in line for line in panel_lines(app))
        assert UNREVIEWED not in str(panel.border_title)


async def test_the_library_counts_unreviewed_annotations(tmp_path: Path) -> None:
    from pressreader.tui.app import PressReaderApp
    from pressreader.tui.screens.library import LibraryScreen

    from .conftest import article_yaml
    from .helpers import screen_lines, screen_text

    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "imported.yaml").write_bytes(IMPORTED.read_bytes())
    (folder / "by-hand.yaml").write_text(article_yaml("Bridges by hand"), encoding="utf-8")
    for run in range(2):  # the second run reads the index the first one made
        app = PressReaderApp([folder], use_user_config=False)
        async with app.run_test(size=(80, 24)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert isinstance(app.screen, LibraryScreen)
            lines = screen_lines(app)
            header = next(line for line in lines if "Title" in line)
            assert header.split()[-3:] == ["Quotes", "Stats", UNREVIEWED], (run, header)
            imported = next(line for line in lines if "Harbour reopens" in line)
            # One quote and one statistic of the file are `reviewed: false`: 2, under ◌.
            assert imported.split()[-3:] == ["2", "2", "2"], (run, imported)
            assert imported.rstrip().rindex("2") == header.index(UNREVIEWED), (header, imported)
            by_hand = next(line for line in lines if "Bridges by hand" in line)
            # One quote, no statistic, nothing unreviewed.
            assert by_hand.rstrip().rindex("1") < header.index("Stats"), (header, by_hand)
            assert all(len(line.rstrip()) <= 80 for line in lines)
            assert f"2 articles · 1 unreviewed ({UNREVIEWED})" in screen_text(app)


async def test_a_filtered_library_counts_what_it_shows(tmp_path: Path) -> None:
    # "1 of 2 articles · 1 unreviewed" read as one of the shown; it was the library's.
    from pressreader.tui.app import PressReaderApp
    from pressreader.tui.screens.library import LibraryScreen

    from .conftest import article_yaml
    from .helpers import screen_text, wait_until

    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "imported.yaml").write_bytes(IMPORTED.read_bytes())
    (folder / "by-hand.yaml").write_text(article_yaml("Bridges by hand"), encoding="utf-8")
    (folder / "broken.yaml").write_text("title: [Bridges\n", encoding="utf-8")
    app = PressReaderApp([folder], use_user_config=False)
    async with app.run_test(size=(100, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert f"2 articles · 1 broken file (!) · 1 unreviewed ({UNREVIEWED})" in screen_text(app)
        await pilot.press("slash", *"bridges")
        await wait_until(pilot, lambda: "1 of 2 articles" in screen_text(app))
        assert "1 of 2 articles ·" not in screen_text(app)  # nothing shown is unreviewed
        await pilot.press("escape", "slash", *"harbour")
        await wait_until(pilot, lambda: "1 of 2 articles" in screen_text(app))
        assert f"1 of 2 articles · 1 unreviewed ({UNREVIEWED})" in screen_text(app)


async def test_a_library_without_unreviewed_annotations_has_no_such_column(
    tmp_path: Path,
) -> None:
    from pressreader.tui.app import PressReaderApp

    from .conftest import article_yaml
    from .helpers import screen_lines, screen_text

    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "by-hand.yaml").write_text(article_yaml("Bridges by hand"), encoding="utf-8")
    app = PressReaderApp([folder], use_user_config=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        header = next(line for line in screen_lines(app) if "Title" in line)
        assert header.split()[-2:] == ["Quotes", "Stats"]
        assert "unreviewed" not in screen_text(app)
