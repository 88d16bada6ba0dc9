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


def _first_lines_with(lines: list[str], words: str) -> str:
    found = [line for line in lines if words in line]
    assert found, (words, lines)
    return found[0]


@pytest.mark.parametrize("no_color", [False, True])
async def test_the_quotes_panel_marks_unreviewed_quotes(
    monkeypatch: pytest.MonkeyPatch, no_color: bool
) -> None:
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
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


@pytest.mark.parametrize("no_color", [False, True])
async def test_the_statistics_panel_marks_unreviewed_statistics(
    monkeypatch: pytest.MonkeyPatch, no_color: bool
) -> None:
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
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
