"""Command palette (Ctrl+P) commands that depend on where the reader is.

On the article screen: go to a section, a quote (by speaker) or a statistic.
Everywhere: open another article, search, the library's lists, import a file; then the
app-wide commands (App.get_system_commands: help, quit); last, the many themes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

from pressreader.text.sanitize import escape_line, one_line
from pressreader.tui.reader_app import reader_app

if TYPE_CHECKING:
    from pressreader.tui.screens.article import ArticleScreen

Command = tuple[str, str, Callable[[], object]]  # (text, help, callback)


def _short(text: str, limit: int = 70) -> str:
    """One line of at most `limit` cells (a CJK character takes two), cut with "…"."""
    line = Text(" ".join(escape_line(text).split()))
    line.truncate(max(limit, 1), overflow="ellipsis")
    return line.plain


# The palette's list is as wide as the screen less its padding and scroll bar; an entry
# wider than that wraps, so each one is cut to fit on one line.
_PALETTE_CHROME = 8


def _highlight(matcher: Matcher, query: str, text: str) -> Content:
    """The matched characters underlined; the text is never parsed as markup (unlike
    `Matcher.highlight`), since titles and speakers come from untrusted files."""
    content = Content(text)
    _score, offsets = matcher.fuzzy_search.match(query, text)
    for offset in offsets:
        if not text[offset].isspace():
            content = content.stylize("bold underline", offset, offset + 1)
    return content


class ReaderCommands(Provider):
    """Sections, quotes, statistics, articles and themes."""

    def _commands(self) -> Iterator[Command]:
        from pressreader.tui.screens.article import ArticleScreen

        app = self.app
        screen = self.screen
        width = max(40, app.size.width - _PALETTE_CHROME)
        if isinstance(screen, ArticleScreen):
            article = screen.article
            for index, section in enumerate(article.sections):
                heading = section.heading or ("Lead" if index == 0 else section.id)
                prefix = f"Go to section {index + 1}: "
                yield (
                    prefix + _short(heading, width - len(prefix)),
                    "Jump to this section",
                    partial(screen.goto_section, index),
                )
            for index, quote in enumerate(article.quotes):
                prefix = f"Go to quote by {_short(quote.speaker, 30)}: "
                yield (
                    prefix + _short(quote.text, width - cell_len(prefix)),
                    "Jump to this quote and highlight it",
                    partial(screen.goto_quote, index),
                )
            for index, statistic in enumerate(article.statistics):
                prefix = "Go to statistic: "
                yield (
                    prefix + _short(statistic.label, width - len(prefix)),
                    "Jump to this figure and highlight it",
                    partial(screen.goto_statistic, index),
                )
        reader = reader_app(app)
        for entry in reader.entries:
            outlet = f" ({_short(entry.outlet, 30)})" if entry.outlet else ""
            title = _short(entry.title, width - len("Open article: ") - cell_len(outlet))
            yield (
                f"Open article: {title}{outlet}",
                "Open this article"
                if entry.problem is None
                else "This file has problems: show them",
                partial(reader.open_entry, entry),
            )
        from pressreader.tui.screens.export_dialog import Exportable, export_shown

        if isinstance(screen, Exportable):
            job = screen.export_job()
            if job is not None:
                yield (
                    f"Export {_short(job.what, width - 10)}…",
                    "As CSV, TSV, JSON or Markdown, to a folder (x)",
                    partial(export_shown, screen, job, ""),
                )
        yield from self._view_commands(screen if isinstance(screen, ArticleScreen) else None)
        for command in app.get_system_commands(screen):
            yield command.title, command.help, command.callback
        for name in sorted(app.available_themes):
            yield (
                f"Change theme: {name}",
                "Use this colour theme",
                partial(setattr, app, "theme", name),
            )

    def _view_commands(self, article: ArticleScreen | None) -> Iterator[Command]:
        """Search, speakers, figures, bookmarks, recent articles."""
        from pressreader.tui.screens import library_views
        from pressreader.tui.screens.bookmarks import show_bookmarks
        from pressreader.tui.screens.import_dialog import open_import

        app = self.app
        last = reader_app(app).session.last_query
        yield (
            "Search the library" + (f" (last: {one_line(last)})" if last else ""),
            'Full text, quotes, figures and metadata: words, "phrases", prefix*, speaker:…',
            partial(library_views.open_search, app, last),
        )
        yield (
            "Speakers in the library",
            "Everyone quoted, and what they said",
            partial(library_views.open_speakers, app),
        )
        yield (
            "Figures in the library",
            "Every statistic, by label or unit",
            partial(library_views.open_statistics, app),
        )
        if article is not None:
            yield (
                "Edit tags and summary…",
                "This article's tags and summary (# in the article)",
                article.action_tags_summary,
            )
            yield (
                "Restore an earlier version…",
                "The versions of this article's file kept before each save",
                article.action_versions,
            )
            yield (
                "Bookmarks",
                "This article's bookmarks, then all",
                partial(show_bookmarks, article),
            )
        else:
            yield (
                "Bookmarks",
                "Every bookmark in the library",
                partial(library_views.open_bookmarks, app),
            )
        yield (
            "Recent articles",
            "Reopen an article where you left off",
            partial(library_views.open_recent, app),
        )
        yield (
            "Import a file…",
            "A plain-text, Markdown or web-page file into the library, then open it",
            partial(open_import, app),
        )

    async def discover(self) -> Hits:
        for text, help_text, callback in self._commands():
            yield DiscoveryHit(Content(text), callback, text=text, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, help_text, callback in self._commands():
            score = matcher.match(text)
            if score > 0:
                yield Hit(
                    score, _highlight(matcher, query, text), callback, text=text, help=help_text
                )
