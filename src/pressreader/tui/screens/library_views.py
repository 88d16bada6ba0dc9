"""Opening the library-wide views (search results, speakers, figures, bookmarks, recent
articles), from the library's keys and the command palette.

Each view's module is imported when it is first opened, not with the first screen.
"""

from __future__ import annotations

from textual.app import App


def open_search(app: App[object], text: str = "") -> None:
    from pressreader.tui.screens.search_results import SearchResultsScreen

    app.push_screen(SearchResultsScreen(text))


def open_speakers(app: App[object]) -> None:
    from pressreader.tui.screens.speakers import SpeakersScreen

    app.push_screen(SpeakersScreen())


def open_statistics(app: App[object]) -> None:
    from pressreader.tui.screens.statistics import LibraryStatisticsScreen

    app.push_screen(LibraryStatisticsScreen())


def open_bookmarks(app: App[object]) -> None:
    from pressreader.tui.screens.bookmarks import BookmarksScreen

    app.push_screen(BookmarksScreen())


def open_recent(app: App[object]) -> None:
    from pressreader.tui.screens.bookmarks import RecentScreen

    app.push_screen(RecentScreen())
