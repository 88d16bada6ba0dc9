"""Reading state in the terminal UI: going to a place in an article, and remembering where
it was left.

- `ReadingKeeper` is an invisible widget mounted in each article screen. It restores the
  saved position (or goes to the requested place), records the article in the recent list,
  saves the position once it settles and when the screen goes away, adds bookmarks, and
  watches the article's file: a new good version reloads in place at the same position, a
  broken one leaves the last good version on screen with a notice of the problems.

Positions are a section id and a paragraph (plus a character offset), never a screen line,
so they survive another terminal size or text width.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual import work
from textual.widget import Widget

from pressreader.model import Article, Problem
from pressreader.store.reading import Bookmark, Position, StateKey
from pressreader.text.sanitize import escape_line
from pressreader.tui.reader_app import reader_app
from pressreader.tui.session import ReaderSession
from pressreader.tui.targets import AtAnchor, AtMatch, AtPosition, Target

if TYPE_CHECKING:
    from pressreader.article.watch import ArticleWatcher, Reload
    from pressreader.tui.screens.article import ArticleScreen
    from pressreader.tui.widgets.article_view import ArticleView

# How often the keeper looks at the position (saved once it stays put for one look) and the file.
TICK_SECONDS = 0.5
WATCH_EVERY_TICKS = 2
# Problems listed in a notice (the rest are counted).
NOTICE_PROBLEMS = 5


# --- positions in the article view ---------------------------------------------------------


def view_position(view: ArticleView, article: Article) -> Position | None:
    """The place at the top of the view; None at the very top of the article."""
    wrapped = view.display_lines
    if wrapped is None or not wrapped.line_count or not article.sections:
        return None
    y = round(view.scroll_y)
    if y <= 0:
        return None
    # A blank line or the metadata at the top: the first text below it stands for the place.
    for line_y in range(y, min(y + 64, wrapped.line_count)):
        line = wrapped.line(line_y)
        if not 0 <= line.section < len(article.sections):
            continue
        section = article.sections[line.section]
        if line.kind == "paragraph":
            return Position(section.id, line.paragraph, line.start)
        if line.kind == "heading":
            return Position(section.id, 0, None)
    return None


def show_position(view: ArticleView, article: Article, position: Position | None) -> bool:
    """Scroll so `position` (made valid for this version of the article) is at the top."""
    wrapped = view.display_lines
    if wrapped is None:
        return False
    if position is None or not article.sections:
        view.scroll_to(y=0, animate=False, immediate=True, force=True)
        return True
    place = position.within(article)
    index = next(i for i, s in enumerate(article.sections) if s.id == place.section_id)
    if place.offset is None and place.paragraph == 0:
        return view.goto_section(index)
    y = wrapped.line_of("paragraph", index, place.paragraph, place.offset or 0)
    if y is None:
        return view.goto_section(index)
    view.scroll_to(y=y, animate=False, immediate=True, force=True)
    return True


def problem_notice(problems: Sequence[Problem]) -> str:
    """The problems of a file, one a line, escaped for display."""
    lines = [escape_line(p.format()) for p in problems[:NOTICE_PROBLEMS]]
    if len(problems) > NOTICE_PROBLEMS:
        lines.append(f"… and {len(problems) - NOTICE_PROBLEMS} more")
    return "\n".join(lines)


# --- the keeper ------------------------------------------------------------------------------


class ReadingKeeper(Widget):
    """Invisible helper of an article screen; see the module documentation."""

    DEFAULT_CSS = "ReadingKeeper { display: none; }"

    def __init__(self, session: ReaderSession, screen: ArticleScreen) -> None:
        super().__init__()
        self.session = session
        self.key: StateKey | None = None
        self.ready = False  # the first place has been shown
        self._seen: Position | None = None
        self._saved: Position | None = None
        self._ticks = 0
        self._watcher: ArticleWatcher | None = None
        self._reloading = False
        self._own_write = False  # the next reload is of a version the reader wrote
        # Kept from the start: while the screen is taken down (when the position is saved a
        # last time) the widgets are no longer reachable through the DOM.
        self._screen = screen
        self._view: ArticleView | None = None
        self._arrival: tuple[Target | None, Position | None] | None = None

    @property
    def article_screen(self) -> ArticleScreen:
        return self._screen

    @property
    def view(self) -> ArticleView:
        if self._view is None:
            self._view = self._screen.view
        return self._view

    @property
    def article(self) -> Article:
        return self.article_screen.article

    def on_mount(self) -> None:
        self._view = self._screen.view
        article = self.article
        target = self.session.take_target(article)
        if article.path is not None:
            self.key = StateKey.for_article(article)
            store = self.session.store
            self._record_open(self.key, article.title, article.document)
            saved = store.position(self.key)
            self._saved = saved
            self._seen = saved
            # The watcher (and the YAML loader it imports) is not needed for the first frame.
            self.call_after_refresh(self._watch, article)
            self.session.show_warnings(self.app)
        else:
            saved = None
        self._arrival = (target, saved)
        self._arrive(attempts=0)
        self.set_interval(TICK_SECONDS, self._tick)

    def _watch(self, article: Article) -> None:
        from pressreader.article.watch import ArticleWatcher

        if self._watcher is not None or article is not self.article:
            return  # already watching, or the article was replaced meanwhile
        try:
            self._watcher = ArticleWatcher(article, max_bytes=self.session.max_bytes)
        except ValueError:
            self._watcher = None

    @work(thread=True, group="record-open")
    def _record_open(self, key: StateKey, title: str, document: int) -> None:
        # A committed write waits for the disk: off the UI thread.
        self.session.store.record_open(key, title, document)

    def _arrive(self, attempts: int) -> None:
        """Show the first place once the view has laid the article out (it has no layout
        while the terminal is too small: the keeper's tick tries again later)."""
        if self._arrival is None:
            return
        view = self.view
        if view.display_lines is None:
            if attempts < 50:
                self.set_timer(0.02, lambda: self._arrive(attempts + 1))
            return
        target, saved = self._arrival
        self._arrival = None
        if target is not None:
            self.go_to(target)
        elif saved is not None:
            show_position(view, self.article, saved)
        self._seen = view_position(view, self.article)
        self.ready = True

    def go_to(self, target: Target) -> None:
        """Show a search hit, an annotation or a saved place in the open article."""
        screen = self.article_screen
        view = screen.view
        article = self.article
        if isinstance(target, AtPosition):
            show_position(view, article, target.position)
        elif isinstance(target, AtAnchor):
            self._go_to_anchor(target)
        else:
            self._go_to_match(target)

    def _go_to_anchor(self, target: AtAnchor) -> None:
        screen = self.article_screen
        items = self.article.quotes if target.kind == "quote" else self.article.statistics
        anchors = [item.anchor for item in items]
        candidates = [i for i, a in enumerate(anchors) if a == target.anchor]
        exact = [i for i in candidates if items[i].line == target.line]
        chosen = exact or candidates
        if not chosen:
            screen.view.scroll_to_anchor(target.anchor, highlight=True)
        elif target.kind == "quote":
            screen.goto_quote(chosen[0])
        else:
            screen.goto_statistic(chosen[0])

    def _go_to_match(self, target: AtMatch) -> None:
        screen = self.article_screen
        view = screen.view
        wrapped = view.display_lines
        if wrapped is not None and target.section_index is not None:
            y: int | None = None
            if target.paragraph is not None and not target.heading:
                y = wrapped.line_of("paragraph", target.section_index, target.paragraph, 0)
            if y is None:
                view.goto_section(target.section_index)
            else:
                view.scroll_to(y=y, animate=False, immediate=True, force=True)
        if not target.find_text:
            return
        # The screen runs the search when the bar reports its text; from the top line,
        # which now is the hit's paragraph, so the current match is the hit's.
        screen.state.find_query = target.find_text
        screen.state.find_regex = target.find_regex
        bar = screen.find_bar
        bar.regex = target.find_regex
        bar.open(target.find_text)
        view.focus()

    # -- saving the position --------------------------------------------------------------

    def position(self) -> Position | None:
        return view_position(self.view, self.article)

    def save(self) -> None:
        """Save the place now (a place at the very top forgets the saved one)."""
        if self.key is None or not self.ready:
            return
        position = self.position()
        if position == self._saved:
            return
        store = self.session.store
        if position is None:
            store.forget_position(self.key)
        else:
            store.save_position(self.key, position)
        self._saved = position
        self.session.show_warnings(self.app)

    def _tick(self) -> None:
        if not self.ready:
            self._arrive(attempts=50)
        if self.ready and not self._reloading:
            position = self.position()
            if position != self._seen:
                self._seen = position  # still moving: save once it stays put
            elif position != self._saved:
                self.save()
        self._ticks += 1
        if self._watcher is not None and self._ticks % WATCH_EVERY_TICKS == 0:
            self.check_file()

    def on_unmount(self) -> None:
        self.save()

    # -- bookmarks ------------------------------------------------------------------------

    def bookmark_here(self) -> Position:
        """The place a new bookmark marks: the top of the view, else the article's start."""
        position = self.position()
        if position is None:
            first = self.article.sections[0].id if self.article.sections else ""
            position = Position(first, 0, None)
        return position

    def add_bookmark(self, position: Position, note: str | None) -> int | None:
        if self.key is None:
            self.notify("This article has no file: bookmarks cannot be kept", severity="warning")
            return None
        bookmark = Bookmark(
            section_id=position.section_id,
            paragraph=position.paragraph,
            note=note or None,
            offset=position.offset,
            title=self.article.title,
        )
        ident = self.session.store.add_bookmark(self.key, bookmark)
        self.session.show_warnings(self.app)
        return ident

    # -- the file on disk -----------------------------------------------------------------

    def check_file(self, *, own_write: bool = False) -> None:
        """Reload the article when its file changed (reading it off the UI thread).
        `own_write`: the reader wrote it (a restored version), so the reload is not told as
        a change on disk; a poll already under way carries it to the next reload."""
        if own_write:
            self._own_write = True
        watcher = self._watcher
        if watcher is None or self._reloading:
            return
        if watcher.changed():
            self._reloading = True
            self._reload(watcher)

    @work(thread=True, exclusive=True, group="article-reload")
    def _reload(self, watcher: ArticleWatcher) -> None:
        result = watcher.reload()
        self.app.call_from_thread(self._reloaded, result)

    def file_saved(self, article: Article) -> None:
        """The reader wrote the file itself (a save): it is the known version, not a change
        to reload."""
        watcher = self._watcher
        if watcher is not None:
            watcher.article = article
            watcher.problems = []
            watcher.watcher.mark_seen()

    def _reloaded(self, result: Reload) -> None:
        self._reloading = False
        if not self.is_mounted:
            return
        screen = self.article_screen
        if result.status == "reloaded" and screen.has_unsaved_changes:
            # The changes made here would vanish from the screen: they stay, and saving
            # offers to reload the file and apply them to it again.
            self.notify(
                "The file changed on disk. Your unsaved changes are kept: ctrl+s offers to "
                "reload the file and apply them again",
                severity="warning",
                timeout=8,
            )
            return
        own_write, self._own_write = self._own_write, False
        if result.status == "unchanged":
            self._own_write = own_write  # a poll begun before the write: the next one tells
        if result.status == "reloaded":
            screen.file_reloaded()
            # The library's list was read before: it reads its files again when shown, and
            # the search index at once.
            reader_app(self.app).library_changed()
            self.replace_article(result.article)
            self.article_screen.set_problems(result.problems)
            if not own_write:
                self.notify("The file changed on disk: reloaded", timeout=3)
            if result.problems:
                self.notify(
                    problem_notice(result.problems),
                    title="Warnings in the new version",
                    severity="warning",
                    markup=False,
                    timeout=8,
                )
        elif result.status in ("broken", "missing"):
            # A deleted file's problem says all there is to say ("the file was deleted or
            # moved; showing the last version read"): no title to say it again.
            title = (
                ""
                if result.status == "missing"
                else "The new version has problems: showing the last good one"
            )
            self.notify(
                problem_notice(result.problems),
                title=title,
                severity="error",
                markup=False,
                timeout=12,
            )

    def replace_article(self, article: Article) -> None:
        """Show a new version of the article where the reader was."""
        from pressreader.tui.widgets.find_bar import FindBar
        from pressreader.tui.widgets.quotes_panel import QuotesPanel
        from pressreader.tui.widgets.statistics_panel import StatisticsPanel
        from pressreader.tui.widgets.toc import TocPanel

        screen = self.article_screen
        view = screen.view
        place = view_position(view, screen.article)
        screen.article = article
        screen.selected = None
        count = screen.new_words_count()
        view.load_article(article, count=count)
        screen.query_one(TocPanel).load_article(article)
        screen.query_one(QuotesPanel).load_article(article)
        screen.query_one(StatisticsPanel).load_article(article, count=count)
        show_position(view, article, place)
        self._seen = view_position(view, article)
        bar = screen.open_find_bar
        if bar is not None and bar.find_query.text:
            bar.post_message(FindBar.Changed(bar.find_query))
