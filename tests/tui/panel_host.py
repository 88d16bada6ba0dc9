"""A tiny app hosting one side-region widget, for the panel tests, and ways to read it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rich.cells import cell_len
from textual.app import App, ComposeResult
from textual.content import Content
from textual.message import Message
from textual.pilot import Pilot
from textual.strip import Strip

from pressreader.format.loader import load_file
from pressreader.model import Article, Section
from pressreader.tui.widgets.panel_list import PanelList
from pressreader.tui.widgets.quotes_panel import QuotesPanel
from pressreader.tui.widgets.statistics_panel import StatisticsPanel
from pressreader.tui.widgets.toc import TocPanel

from .helpers import wait_until

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_FILE = ROOT / "src" / "pressreader" / "samples" / "join-hands-better-future.yaml"
READER_DATA = ROOT / "tests" / "data" / "reader"


async def wait_rows_loaded(pilot: Pilot[object], panel: PanelList) -> None:
    """Long lists are drawn in steps after repaints; how many a pause covers depends on
    load."""
    await wait_until(pilot, lambda: panel.rows_loaded)


def load(path: Path) -> Article:
    result = load_file(path)
    assert result.articles, [problem.format() for problem in result.problems]
    return result.articles[0]


def sample() -> Article:
    return load(SAMPLE_FILE)


def fixture(name: str) -> Article:
    return load(READER_DATA / name)


def plain_article(**fields: object) -> Article:
    """A hand-built article: one lead paragraph unless `sections` is given."""
    values: dict[str, object] = {
        "id": "t",
        "title": "Test article",
        "sections": [Section(id="lead", heading=None, paragraphs=["Text."])],
        "outlet": "Daily Test",
        "published": dt.date(2024, 1, 2),
    }
    values.update(fields)
    return Article(**values)  # type: ignore[arg-type]


class PanelApp(App[None]):
    """Hosts `panel` in a column `width` cells wide and records the messages it posts."""

    def __init__(self, panel: PanelList, width: int = 34) -> None:
        super().__init__()
        self.panel = panel
        self.panel_width = width
        self.messages: list[Message] = []

    def on_mount(self) -> None:
        self.set_class(self.no_color, "-no-color")  # as PressReaderApp does

    def compose(self) -> ComposeResult:
        self.panel.styles.width = self.panel_width
        self.panel.styles.height = "1fr"
        yield self.panel

    def on_toc_panel_section_selected(self, message: TocPanel.SectionSelected) -> None:
        self.messages.append(message)

    def on_quotes_panel_quote_selected(self, message: QuotesPanel.QuoteSelected) -> None:
        self.messages.append(message)

    def on_statistics_panel_statistic_selected(
        self, message: StatisticsPanel.StatisticSelected
    ) -> None:
        self.messages.append(message)


def row_content(panel: PanelList, index: int) -> Content:
    """The row at `index` as drawn for the list's current width, its lines joined."""
    return Content("\n").join(panel.row_lines(index))


def row_texts(panel: PanelList) -> list[str]:
    """The plain text of every row of the list, drawn for its current width."""
    return [str(Content("\n").join(panel.row_lines(i))) for i in range(len(panel.rows))]


def panel_strips(panel: PanelList) -> list[Strip]:
    """The lines the panel draws where it is scrolled to, with their styles."""
    return [panel.render_line(y) for y in range(panel.scrollable_content_region.height)]


def marked_lines(panel: PanelList, mark: str, cell: int) -> list[str]:
    """The drawn lines with `mark` at `cell` (0: cursor, 1: find hit)."""
    return [strip.text for strip in panel_strips(panel) if strip.text[cell : cell + 1] == mark]


def panel_lines(app: App[object]) -> list[str]:
    """What the screen shows inside the panel's border, one string per screen line."""
    panel = app.query_one(PanelList)
    region = panel.content_region
    lines = []
    for strip in app.screen._compositor.render_strips()[region.y : region.bottom]:
        text = strip.text
        # Cut by cells: CJK characters take two.
        out, cells = "", 0
        for char in text:
            if cells >= region.x and cells < region.right:
                out += char
            cells += cell_len(char)
        lines.append(out)
    return lines
