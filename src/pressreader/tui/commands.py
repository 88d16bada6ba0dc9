"""Command palette (Ctrl+P) commands that depend on where the reader is.

On the article screen: go to a section, a quote (by speaker) or a statistic.
Everywhere: open another article, change the theme.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

from pressreader.sanitize import escape_line

if TYPE_CHECKING:
    from pressreader.tui.app import PressReaderApp

Command = tuple[str, str, Callable[[], object]]  # (text, help, callback)


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(escape_line(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
        from pressreader.tui.app import PressReaderApp
        from pressreader.tui.screens.article import ArticleScreen

        app = self.app
        screen = self.screen
        if isinstance(screen, ArticleScreen):
            article = screen.article
            for index, section in enumerate(article.sections):
                heading = section.heading or ("Lead" if index == 0 else section.id)
                yield (
                    f"Go to section {index + 1}: {_short(heading)}",
                    "Jump to this section",
                    partial(screen.goto_section, index),
                )
            for index, quote in enumerate(article.quotes):
                yield (
                    f"Go to quote by {_short(quote.speaker, 30)}: {_short(quote.text, 50)}",
                    "Jump to this quote and highlight it",
                    partial(screen.goto_quote, index),
                )
            for index, statistic in enumerate(article.statistics):
                yield (
                    f"Go to statistic: {_short(statistic.label, 60)}",
                    "Jump to this figure and highlight it",
                    partial(screen.goto_statistic, index),
                )
        if isinstance(app, PressReaderApp):
            reader: PressReaderApp = app
            for entry in reader.entries:
                outlet = f" ({_short(entry.outlet, 30)})" if entry.outlet else ""
                yield (
                    f"Open article: {_short(entry.title, 60)}{outlet}",
                    "Open this article"
                    if entry.problem is None
                    else "This file has problems: show them",
                    partial(reader.open_entry, entry),
                )
        # Search, speakers, figures, bookmarks, recent articles (pressreader.tui.views).
        from pressreader.tui.views import palette_commands

        yield from palette_commands(app, screen)
        for name in sorted(app.available_themes):
            yield (
                f"Change theme: {name}",
                "Use this colour theme",
                partial(setattr, app, "theme", name),
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
