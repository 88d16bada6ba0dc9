"""Full-text search of the whole library: ranked hits with highlighted snippets.

The field takes the query language of `pressreader search` (words, "phrases", prefix*, OR,
-excluded, speaker:/outlet:/tag:/title:/author:, after:/before:); Enter runs it. A query the
parser cannot read is explained in the status line. Enter on a hit opens its article at the
matching paragraph, the find bar holding the query's words so `n`/`N` continue there; a quote
or figure hit opens with that quote or figure selected and highlighted.
"""

from __future__ import annotations

import threading
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.binding import Binding, BindingType
from textual.widgets import Input
from textual.worker import get_current_worker

from pressreader.index import Hit
from pressreader.index.query import QueryError, error_excerpt, parse
from pressreader.model import Anchor
from pressreader.text.sanitize import escape_line, one_line
from pressreader.tui.library_source import IndexUnavailable, entry_for
from pressreader.tui.screens.export_dialog import ExportJob, export_shown, library_job
from pressreader.tui.screens.list_screen import (
    MAX_ROWS,
    ListScreen,
    focus_field_binding,
    highlighted,
)
from pressreader.tui.targets import AtAnchor, AtMatch, Target, find_text_for

# How long the search waits for its first hits to be painted before building the rest.
FIRST_PAINT_WAIT = 0.5

_KIND_LABELS = {"quote": "quote", "statistic": "figure", "metadata": "title/metadata"}


def hit_prompt(hit: Hit) -> Text:
    """Two lines: the article's title and where in it; then what the hit is (`[quote]`,
    `[figure]`...) and its snippet, matches highlighted. The kind leads the second line, so
    a narrow terminal cuts the long title, not the mark."""
    head = Text(no_wrap=True, overflow="ellipsis", end="")
    head.append(one_line(hit.title), "bold")
    where = hit.heading if hit.kind != "metadata" else None
    if where:
        head.append(" › ", "dim")
        head.append(one_line(where), "italic")
    line = Text("  ", no_wrap=True, overflow="ellipsis", end="")
    label = _KIND_LABELS.get(hit.kind)
    if label:
        line.append(f"[{label}] ", "dim")
    line.append_text(highlighted(hit.snippet, hit.matches))
    return Text("\n", no_wrap=True, overflow="ellipsis", end="").join([head, line])


def target_for(hit: Hit, query: str) -> Target:
    """Where a hit opens: a quote or a figure selected and highlighted, as Enter on it in the
    article's panel does; other hits at their paragraph, the find bar holding the query."""
    if (
        hit.kind in ("quote", "statistic")
        and hit.section_index is not None
        and hit.section_id is not None
        and hit.paragraph is not None
        and hit.start is not None
        and hit.end is not None
    ):
        anchor = Anchor(hit.section_index, hit.section_id, hit.paragraph, hit.start, hit.end)
        return AtAnchor(anchor, hit.kind, hit.line)
    find_text, regex = find_text_for(query)
    return AtMatch(
        section_index=hit.section_index,
        paragraph=hit.paragraph,
        heading=hit.kind == "metadata" and hit.section_index is not None,
        find_text=find_text,
        find_regex=regex,
    )


def query_error_text(text: str, error: QueryError) -> Text:
    """`Bad query: column 5: ...` and, below, the query with a caret under that column."""
    before, after = error_excerpt(text, error.column)
    message = Text("Bad query: ", style="bold")
    message.append(escape_line(str(error)))
    message.append("\n  " + escape_line(before) + escape_line(after) + "\n  ")
    message.append(" " * len(escape_line(before)) + "^")
    return message


class SearchResultsScreen(ListScreen):
    """`/` then Enter in the library: every passage of the library that matches."""

    HELP_GROUP = "Search results"
    TITLE_TEXT = "Search the library"
    PLACEHOLDER = 'words, "phrases", prefix*, OR, -word, speaker:"Name", tag:, after:2022-01-01'
    BINDINGS: ClassVar[list[BindingType]] = [
        focus_field_binding("search.edit", "New search"),
        Binding("x", "export", "Export", id="search.export", show=False),
    ]

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.hits: list[Hit] = []
        self.query_text = ""
        self._first_only = False  # the hits listed are the first of a search going on

    def on_mount(self) -> None:
        if self.initial_text.strip():
            self.run_search(self.initial_text)
        else:
            self.field.focus()
            self.set_status("Type a query and press Enter")

    @on(Input.Submitted, ".view-field")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.run_search(event.value)

    def run_search(self, text: str) -> None:
        """Check the query here (instantly), then search in a worker."""
        if not text.strip():
            self.set_status("Type a query and press Enter")
            return
        try:
            parse(text)
        except QueryError as error:
            self.set_status(query_error_text(text, error), error=True)
            self.field.focus()
            return
        self.query_text = text
        self.session.last_query = text
        self.set_status("Searching…")
        self._first_only = False
        # A screenful of hits first (each takes two lines: half of them would do).
        self._search(text, self._screenful())

    @work(thread=True, exclusive=True, group="library-search")
    def _search(self, text: str, first: int) -> None:
        """The best `first` hits, painted before the others are built (building 500 hits
        took as long as ranking them), then every hit up to `MAX_ROWS`."""
        source = self.session.source
        hits: list[Hit] | str
        try:
            source.ensure_index()
            hits = source.search(text, limit=min(first, MAX_ROWS))
            if len(hits) >= first and first < MAX_ROWS:
                painted = threading.Event()
                self.app.call_from_thread(self._show, text, hits, painted)
                # The rest once that paint is done: building them would slow it down.
                painted.wait(FIRST_PAINT_WAIT)
                if get_current_worker().is_cancelled:
                    return
                hits = source.search(text, limit=MAX_ROWS)
        except QueryError as error:
            hits = f"Bad query: {error}"
        except IndexUnavailable as error:
            hits = f"Search needs the library index: {error}"
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, text, hits)

    def _show(
        self, text: str, hits: list[Hit] | str, painted: threading.Event | None = None
    ) -> None:
        """Show `hits`; with `painted`, the first of them, the search going on (set once they
        are painted)."""
        if isinstance(hits, str):
            self.set_status(hits, error=True)
            return
        # The row the cursor is on among the first hits shown, kept when all come.
        kept = self.options.highlighted if self._first_only else None
        self._first_only = painted is not None
        self.hits = hits
        # A screenful of hits is built and painted first; the rest follow that paint.
        self.show_rows(range(len(hits)), lambda i: hit_prompt(hits[i]), cache=False, lazy=True)
        if kept is not None and 0 < kept < self.options.option_count:
            self.options.highlighted = kept
        if painted is not None:
            self.call_after_refresh(painted.set)
            self.options.focus()
            return
        articles = len({(h.path, h.document) for h in hits})
        status = Text()
        if not hits:
            status.append("Nothing found for ")
            status.append(one_line(text), "bold")
            self.set_status(status)
            self.field.focus()
            return
        more = "+" if len(hits) >= MAX_ROWS else ""
        status.append(f"{len(hits):,}{more} hit{'s' if len(hits) != 1 else ''}")
        status.append(f" in {articles:,} article{'s' if articles != 1 else ''} for ")
        status.append(one_line(text), "bold")
        status.append("  · Enter opens at the hit", "dim")
        self.set_status(status)
        self.options.focus()

    def export_job(self) -> ExportJob | None:
        """The hits listed, each with its article's metadata."""
        if not self.hits:
            return None
        count = len(self.hits)
        what = f"{count:,} hit{'' if count == 1 else 's'} for {self.query_text}"
        found = list(self.hits)
        return library_job(
            self.app, what, f"hits-{self.query_text}", "hits", query=self.query_text, found=found
        )

    def action_export(self) -> None:
        export_shown(self, self.export_job(), "No hits to export: run a search first")

    def open_row(self, index: int) -> None:
        if not 0 <= index < len(self.hits):
            return
        hit = self.hits[index]
        entry = entry_for(hit.path, hit.document, hit.article_id, hit.title)
        self.open_at(entry, target_for(hit, self.query_text))
