"""Opening the library-wide views (search results, speakers, figures, bookmarks, recent
articles), from the library's keys and the command palette.

Each view's module is imported when it is first opened, not with the first screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import App

if TYPE_CHECKING:
    from pressreader.model import Article


def open_search(app: App[object], text: str = "") -> None:
    from pressreader.tui.screens.search_results import SearchResultsScreen

    app.push_screen(SearchResultsScreen(text))


def open_speakers(app: App[object], article: Article | None = None) -> None:
    """Every speaker of the library; `article`'s first when opened from it."""
    from pressreader.tui.screens.speakers import SpeakersScreen

    app.push_screen(SpeakersScreen(article))


def open_statistics(app: App[object], article: Article | None = None) -> None:
    """Every figure of the library; `article`'s first when opened from it."""
    from pressreader.tui.screens.statistics import LibraryStatisticsScreen

    app.push_screen(LibraryStatisticsScreen(article))


def open_bookmarks(app: App[object]) -> None:
    from pressreader.tui.screens.bookmarks import BookmarksScreen

    app.push_screen(BookmarksScreen())


def open_recent(app: App[object]) -> None:
    from pressreader.tui.screens.bookmarks import RecentScreen

    app.push_screen(RecentScreen())
