"""The article screen: the sections, the article, the quotes and statistics, a find bar.

The layout follows the terminal's width (see article.tcss): three columns from 140 columns;
narrower, the sections are a breadcrumb over the text that opens as a pop-up list, and below
100 columns the quotes and statistics are a strip under the text. Tab goes through every
region (the text, the quotes, the statistics, the sections), showing a folded one.

The screen wires the regions together; what is being read (position, open panels, the
last search) lives in an `ArticleState`, so it can be saved and restored.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar, Literal

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from pressreader.model import Article, Problem
from pressreader.text.metrics import MetricsCount
from pressreader.text.sanitize import escape_line
from pressreader.tui import gc_policy
from pressreader.tui.navigation import ArticleState
from pressreader.tui.reader_app import reader_app
from pressreader.tui.screens.base import (
    MIN_WIDTH,
    SCREEN_BINDINGS,
    SLIM_WIDTH,
    WIDE_WIDTH,
    ReaderFooter,
    ReaderScreen,
)
from pressreader.tui.widgets.article_view import ArticleView
from pressreader.tui.widgets.quotes_panel import QuotesPanel
from pressreader.tui.widgets.statistics_panel import StatisticsPanel
from pressreader.tui.widgets.toc import SectionCrumb, TocPanel

if TYPE_CHECKING:
    from textual.timer import Timer
    from textual.widget import Widget
    from textual.worker import Worker

    from pressreader.article.find import ArticleText, FindQuery, FindResults
    from pressreader.tui.screens.annotate import Annotator
    from pressreader.tui.screens.export_dialog import ExportJob
    from pressreader.tui.widgets.find_bar import FindBar

_PANEL_CLASSES = (
    "-toc-auto",
    "-toc-on",
    "-toc-off",
    "-sidebar-auto",
    "-sidebar-on",
    "-sidebar-off",
)
# From this width the sections are a column beside the text (narrower, a pop-up list): with
# the sidebar too, the text keeps at least 60 columns.
FULL_WIDTH = 140
# The class of the screen while the sections show as a pop-up list.
TOC_POPUP = "-toc-popup"
# Seconds after the last typed query's search before the panels light what it found: the
# counter's frame goes out first, and keys typed in a burst (one every 50-150 ms) draw no
# panel frame in between (a frame drawn between two keys delays the next one's: Textual
# draws at most one frame per 1/60 s and waits that long after each).
PANELS_AFTER = 0.2
# Screen keys other than Tab and Shift+Tab, which go through the regions (see next_region).
_OTHER_SCREEN_BINDINGS = [
    binding
    for binding in SCREEN_BINDINGS
    if not (isinstance(binding, Binding) and binding.key in ("tab", "shift+tab"))
]


# The screen's actions out of force while words are being selected.
_OUT_WHILE_SELECTING = frozenset(
    (
        "toggle_toc",
        "toggle_sidebar",
        "copy",
        "problems",
        "save",
        "find",
        "find_next",
        "step_back",
        "select",
        "move_words",
    )
)


def breakpoint_class(size: int, breakpoints: Sequence[tuple[int, str]]) -> str | None:
    """The class of the widest breakpoint `size` reaches, as Textual picks it on a resize."""
    reached = [(threshold, name) for threshold, name in breakpoints if size >= threshold]
    return max(reached)[1] if reached else None


def _panel_classes(state: ArticleState) -> list[str]:
    """The screen classes that say which side panels show (see article.tcss)."""
    toc = {None: "-toc-auto", True: "-toc-on", False: "-toc-off"}[state.toc_open]
    sidebar = {None: "-sidebar-auto", True: "-sidebar-on", False: "-sidebar-off"}[
        state.sidebar_open
    ]
    return [toc, sidebar]


class ArticleScreen(ReaderScreen, inherit_bindings=False):
    """One article, its table of contents and its annotations."""

    HELP_GROUP = "Article screen"
    # The text has the focus from the start: focusing the first panel after compose and then
    # the text on mount restyled both twice (blur and focus) before the first frame.
    AUTO_FOCUS = "#article-view"
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [  # type: ignore[misc]
        (0, "-tiny"),
        (MIN_WIDTH, "-slim"),
        (SLIM_WIDTH, "-narrow"),
        (WIDE_WIDTH, "-wide"),
        (FULL_WIDTH, "-full"),
    ]
    BINDINGS: ClassVar[list[BindingType]] = [
        # The ids of Textual's Tab (remapped on one screen, remapped on all); priority, as on
        # every screen (see SCREEN_BINDINGS).
        Binding(
            "tab", "next_region", "Next region", id="screen.focus-next", show=False, priority=True
        ),
        Binding(
            "shift+tab",
            "previous_region",
            "Previous region",
            id="screen.focus-previous",
            show=False,
            priority=True,
        ),
        *_OTHER_SCREEN_BINDINGS,
        Binding("escape", "step_back", "Back", id="article.back", show=False),
        # A priority binding runs before the keys typed after it reach a widget, so the
        # find field has focus for them (see check_action for `/` typed into a field).
        Binding("slash", "find", "Find", id="article.find", priority=True),
        # Enter in the find field, for the same reason: n typed right after it is a key.
        Binding(
            "enter",
            "find_submit",
            "Accept the match in view, back to the text (then n/N step)",
            id="article.find-submit",
            show=False,
            priority=True,
        ),
        Binding("n", "find_next", "Next match", id="article.find-next", show=False),
        Binding("N", "find_previous", "Previous match", id="article.find-previous", show=False),
        Binding("t", "toggle_toc", "Sections", id="article.toggle-toc"),
        Binding("s", "toggle_sidebar", "Sidebar", id="article.toggle-sidebar"),
        Binding("y", "copy", "Copy", id="article.copy"),
        Binding("x", "export", "Export", id="article.export", show=False),
        # "Mark" and "Marks" fit the footer; the help says what they are (a bookmark).
        Binding(
            "m",
            "bookmark",
            "Mark",
            id="article.bookmark",
            show=False,
            tooltip="Set a bookmark here (with a note)",
        ),
        Binding(
            "apostrophe,B",
            "bookmarks",
            "Marks",
            id="article.bookmarks",
            show=False,
            tooltip="Bookmarks",
        ),
        Binding("S", "speakers", "Speakers in the library", id="article.speakers", show=False),
        Binding("T", "statistics", "Figures in the library", id="article.statistics", show=False),
        # In the footer only when the file has problems (see check_action).
        Binding("p", "problems", "Problems", id="article.problems"),
        # Annotating (see annotate.py): review the selected quote or statistic, choose words
        # for a new one, undo, save. Listed in the help; the footer keeps to the first keys.
        Binding("a", "accept", "Accept the selected annotation", id="article.accept", show=False),
        Binding("d", "delete", "Delete the selected annotation", id="article.delete", show=False),
        Binding("e", "edit", "Edit the selected annotation", id="article.edit", show=False),
        Binding(
            "r",
            "next_unreviewed",
            "Next unreviewed annotation",
            id="article.next-unreviewed",
            show=False,
        ),
        Binding(
            "R",
            "previous_unreviewed",
            "Previous unreviewed annotation",
            id="article.previous-unreviewed",
            show=False,
        ),
        Binding(
            "v", "select", "Select words for a new annotation", id="article.select", show=False
        ),
        Binding(
            "V",
            "move_words",
            "Move the selected annotation to other words (selects its own; Enter moves it)",
            id="article.move-words",
            show=False,
        ),
        Binding("u", "undo", "Undo", id="article.undo", show=False),
        Binding("ctrl+r", "redo", "Redo", id="article.redo", show=False),
        Binding("ctrl+s", "save", "Save", id="article.save", show=False),
        Binding(
            "E",
            "open_editor",
            "Open the file in $VISUAL/$EDITOR",
            id="article.open-editor",
            show=False,
        ),
        Binding(
            "number_sign",
            "tags_summary",
            "Edit tags and summary",
            id="article.tags-summary",
            show=False,
        ),
    ]
    # While words are being selected (v, V) these are in force (see check_action), and the
    # screen's keys they share (s, n, Escape, v) are not: a mode, as in vim. Selecting to
    # move an annotation (V), Enter moves it, and q and f, which make new ones, are off.
    SELECTION_BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "w",
            "selection_word",
            "Word",
            id="article.selection-word",
            tooltip="Extend the selection by a word",
        ),
        Binding(
            "W",
            "selection_fewer",
            "Word fewer",
            id="article.selection-fewer",
            show=False,
            tooltip="Take the selection's last word back",
        ),
        Binding(
            "s",
            "selection_sentence",
            "Sentence",
            id="article.selection-sentence",
            tooltip="Extend the selection to the end of the sentence",
        ),
        Binding(
            "n",
            "selection_match",
            "Match",
            id="article.selection-match",
            tooltip="Extend the selection to the next find match in the paragraph",
        ),
        Binding(
            "l",
            "selection_start(1)",
            "Start later",
            id="article.selection-later",
            show=False,
            tooltip="Start the selection again on the next word",
        ),
        Binding(
            "h",
            "selection_start(-1)",
            "Start earlier",
            id="article.selection-earlier",
            show=False,
            tooltip="Start the selection again on the previous word",
        ),
        Binding(
            "H",
            "selection_shift(-1)",
            "Start a word earlier",
            id="article.selection-start-earlier",
            show=False,
            tooltip="Move the selection's start a word earlier, its end kept",
        ),
        Binding(
            "L",
            "selection_shift(1)",
            "Start a word later",
            id="article.selection-start-later",
            show=False,
            tooltip="Move the selection's start a word later, its end kept",
        ),
        Binding(
            "q",
            "selection_quote",
            "Quote",
            id="article.selection-quote",
            tooltip="Make the selected words a new quote (a form follows)",
        ),
        Binding(
            "f",
            "selection_statistic",
            "Figure",
            id="article.selection-statistic",
            tooltip="Make the selected words a new statistic (a form follows)",
        ),
        # A priority binding, so that Enter moves the annotation even from a panel.
        Binding(
            "enter",
            "selection_move",
            "Move here",
            id="article.selection-move",
            priority=True,
            tooltip="Move the quote or statistic to the selected words (after V)",
        ),
        Binding(
            "escape,v",
            "selection_cancel",
            "Cancel",
            id="article.selection-cancel",
            tooltip="Stop selecting",
        ),
    ]
    BINDINGS = BINDINGS + SELECTION_BINDINGS

    def __init__(
        self,
        article: Article,
        state: ArticleState,
        *,
        direct: bool = False,
        problems: Sequence[Problem] = (),
    ) -> None:
        # The panel and size classes are set before the first frame, so it is laid out once
        # with the right columns (not restyled class by class, then again on the first resize).
        super().__init__(classes=" ".join(_panel_classes(state) + self._size_classes()))
        self.article = article
        self.state = state
        self.direct = direct
        self.problems = list(problems)  # the file's warnings (`p` lists them)
        # The article's words, counted once for the text's reading time and the statistics.
        self._words_count = MetricsCount(article)
        # The quote or statistic `y` copies: the last one selected in a panel.
        self.selected: tuple[str, int] | None = None
        self._resumed = False
        self._find_bar: FindBar | None = None
        # The search whose quotes and statistics the panels are to light, once the frame
        # showing its counter has gone out (`_light_panels`).
        self._panel_results: FindResults | None = None
        self._panels_timer: Timer | None = None
        # Enter came before the search for the query typed last reported.
        self._accept_pending = False
        # Reviewing, marking and saving: made with the first annotate key (its module and
        # the editing core are not needed for reading).
        self._annotator: Annotator | None = None

    def new_words_count(self) -> MetricsCount:
        """A fresh shared word count, for a new version of the article (`article` set)."""
        self._words_count = MetricsCount(self.article)
        return self._words_count

    # Layout -----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="article-body"):
            yield SectionCrumb(self.article, hint=self._crumb_hint, id="crumb")
            yield TocPanel(self.article, id="toc")
            yield ArticleView(id="article-view")
            with Vertical(id="sidebar"):
                yield QuotesPanel(self.article, id="quotes")
                yield StatisticsPanel(self.article, count=self._words_count, id="statistics")
        yield ReaderFooter()
        yield from self.compose_too_small()

    def _crumb_hint(self) -> str:
        """The keys to the quotes and to the sections, as the keymap has them."""
        keys: dict[str, str] = {}
        for item in self.active_bindings.values():
            action = item.binding.action
            if action in ("next_region", "toggle_toc") and action not in keys:
                display = self.app.get_key_display(item.binding)
                keys[action] = "Tab" if display == "tab" else display
        parts = []
        if "next_region" in keys:
            parts.append(f"{keys['next_region']}: quotes")
        if "toggle_toc" in keys:
            parts.append(f"{keys['toggle_toc']}: sections")
        return " · ".join(parts)

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        # Its first activation comes after compose and mount, which styled every widget
        # already (and restyled those whose classes changed since): restyling them all again
        # would only repeat that work before the first frame.
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def on_mount(self) -> None:
        view = self.view
        view.max_width = self.reader_text_width()
        view.load_article(self.article, count=self._words_count)
        self._apply_panels()
        view.focus()
        # A width changed while reading (+/-) holds for the next article too.
        self.watch(view, "max_width", self._text_width_changed, init=False)
        # Restores and saves the reading position, records the article as recent, watches
        # its file (see reading_keeper). It needs the text laid out, which happens as the
        # first frame is drawn: mounted after it, it is not styled before it either.
        self.call_after_refresh(self._mount_keeper)

    def on_unmount(self) -> None:
        # The article was frozen out of collections while it was read (see gc_policy).
        gc_policy.released()

    def _mount_keeper(self) -> None:
        from pressreader.tui.screens.reading_keeper import ReadingKeeper

        if self.is_attached and not self.query(ReadingKeeper):
            self.mount(ReadingKeeper(reader_app(self.app).session, self))

    def reader_text_width(self) -> int:
        return reader_app(self.app).text_width

    def _text_width_changed(self, width: int) -> None:
        reader_app(self.app).text_width = width

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    def _size_classes(self) -> list[str]:
        """The breakpoint classes of the terminal's size (Textual sets them on the first
        resize, after the first frame)."""
        try:
            app = self.app
        except Exception:  # not created inside a running app (no size to go by)
            return []
        width, height = app.size
        if width <= 0 or height <= 0:
            return []
        classes: list[str] = []
        for size, breakpoints in (
            (width, self.HORIZONTAL_BREAKPOINTS),
            (height, app.VERTICAL_BREAKPOINTS),
        ):
            name = breakpoint_class(size, breakpoints or [])
            if name is not None:
                classes.append(name)
        return classes

    def _apply_panels(self) -> None:
        wanted = set(_panel_classes(self.state))
        # One restyle for all six classes (and none when nothing changed).
        changes = {
            name: name in wanted
            for name in _PANEL_CLASSES
            if self.has_class(name) != (name in wanted)
        }
        if changes:
            self.update_classes(changes)

    def _toc_is_column(self) -> bool:
        """True when the sections are a column beside the text, not a pop-up list."""
        return self.has_class("-full")

    def _toc_shown(self) -> bool:
        if self._toc_is_column():
            return self.state.toc_open is not False
        return self.has_class(TOC_POPUP)

    def _sidebar_shown(self) -> bool:
        return self.state.sidebar_open is not False

    def _show_toc(self, shown: bool) -> None:
        if self._toc_is_column():
            self.state.toc_open = shown
            self._apply_panels()
        else:
            self.set_class(shown, TOC_POPUP)

    def action_toggle_toc(self) -> None:
        shown = not self._toc_shown()
        self._show_toc(shown)
        if shown and not self._toc_is_column():
            # A pop-up list is for choosing: it takes the focus, and closes when it goes.
            self.query_one(TocPanel).focus()
        self._keep_focus_visible()

    def action_toggle_sidebar(self) -> None:
        self.state.sidebar_open = not self._sidebar_shown()
        self._apply_panels()
        self._keep_focus_visible()

    # Tab: the regions in turn, a folded one shown ---------------------------------------

    def _regions(self) -> list[Widget]:
        return [
            self.view,
            self.query_one(QuotesPanel),
            self.query_one(StatisticsPanel),
            self.query_one(TocPanel),
        ]

    def action_next_region(self) -> None:
        self._cycle_region(1)

    def action_previous_region(self) -> None:
        self._cycle_region(-1)

    def _cycle_region(self, step: int) -> None:
        regions = self._regions()
        focused = self.focused
        position = next(
            (
                index
                for index, region in enumerate(regions)
                if focused is not None and (focused is region or region in focused.ancestors)
            ),
            None,
        )
        target = regions[0] if position is None else regions[(position + step) % len(regions)]
        if isinstance(target, TocPanel):
            if not self._toc_shown():
                self._show_toc(True)
        elif isinstance(target, (QuotesPanel, StatisticsPanel)) and not self._sidebar_shown():
            self.state.sidebar_open = True
            self._apply_panels()
        # Focused now (it shows with the next frame): a key typed right after Tab, such as
        # `y`, is meant for it.
        self.set_focus(target)

    @on(SectionCrumb.Opened)
    def _crumb_opened(self) -> None:
        if not self._toc_shown():
            self.action_toggle_toc()

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        # The pop-up list of sections closes when the focus leaves it (also when the
        # terminal was widened meanwhile: narrowed again, it stays closed).
        if isinstance(event.widget, TocPanel):
            self.remove_class(TOC_POPUP)

    def _restore_focus(self) -> None:
        """After a resize: a side panel folded away by a narrower terminal gives the focus
        back to the text (Textual hands it to the hidden panel's neighbour otherwise)."""
        super()._restore_focus()
        if not self._below_usable_size():
            self._keep_focus_visible()

    def _keep_focus_visible(self) -> None:
        focused = self.focused
        if (
            focused is None
            or not focused.display
            or not all(getattr(a, "display", True) for a in focused.ancestors)
        ):
            self.view.focus()

    # Navigation -------------------------------------------------------------------------

    def goto_section(self, index: int) -> None:
        self.view.goto_section(index)

    def goto_quote(self, index: int) -> None:
        quote = self.article.quotes[index]
        self.selected = ("quote", index)
        self.query_one(QuotesPanel).select_quote(index)
        if quote.anchor is not None:
            self.view.scroll_to_anchor(quote.anchor, highlight=True)

    def goto_statistic(self, index: int) -> None:
        statistic = self.article.statistics[index]
        self.selected = ("statistic", index)
        self.query_one(StatisticsPanel).select_statistic(index)
        if statistic.anchor is not None:
            self.view.scroll_to_anchor(statistic.anchor, highlight=True)

    @on(TocPanel.SectionSelected)
    def _toc_selected(self, event: TocPanel.SectionSelected) -> None:
        self.goto_section(event.index)
        self.view.focus()

    # The section marks follow the key's frame, in the next one (16-33 ms later): drawn in
    # the key's own frame, the line over the text, which spans the sidebar's columns, made
    # Textual draw the sidebar too, and the key reached the screen later (PERFORMANCE.md).
    @on(ArticleView.SectionChanged)
    def _section_changed(self, event: ArticleView.SectionChanged) -> None:
        index = event.index
        self.query_one(TocPanel).set_current(index)
        self.query_one(SectionCrumb).set_current(index)

    @on(QuotesPanel.QuoteSelected)
    def _quote_selected(self, event: QuotesPanel.QuoteSelected) -> None:
        self.goto_quote(event.index)

    @on(StatisticsPanel.StatisticSelected)
    def _statistic_selected(self, event: StatisticsPanel.StatisticSelected) -> None:
        self.goto_statistic(event.index)

    def action_step_back(self) -> None:
        """Escape: close the find bar, else leave a panel, else back to the library."""
        if self.open_find_bar is not None:
            self._close_find()
            return
        if self.focused is not self.view:
            self.view.focus()
            return
        if self.has_unsaved_changes:
            self.annotator.confirm_leave(self._leave)
        else:
            self._leave()

    def _leave(self) -> None:
        if self.direct and len(self.app.screen_stack) == 1:
            # Opened straight from its file: the library takes its place.
            reader_app(self.app).leave_direct_article()
            return
        if len(self.app.screen_stack) > 1:
            self.dismiss()
        else:
            self.app.exit(0)

    # Annotating (see pressreader.tui.screens.annotate) -------------------------------------

    def annotation_target(self) -> tuple[Literal["quote", "statistic"], int] | None:
        """The quote or statistic the annotate keys act on: the one under the cursor of the
        focused panel, else the one selected last (in a panel, by r, or opened from a list)."""
        selected = self._copy_target()
        if selected is None:
            return None
        kind, index = selected
        if kind == "quote" and index < len(self.article.quotes):
            return ("quote", index)
        if kind == "statistic" and index < len(self.article.statistics):
            return ("statistic", index)
        return None

    @property
    def annotator(self) -> Annotator:
        if self._annotator is None:
            from pressreader.tui.screens.annotate import Annotator

            self._annotator = Annotator(self)
        return self._annotator

    def file_reloaded(self) -> None:
        """The file was read again from disk: a session without pending changes is let go
        (the next change reads the file anew)."""
        if self._annotator is not None:
            self._annotator.forget_session()

    @property
    def selecting(self) -> bool:
        """Whether words are being selected (`v`): the selection's keys are in force."""
        return self._annotator is not None and self._annotator.selection is not None

    def edits_changed(self) -> None:
        """The session's changes changed, or a selection to move an annotation began or
        ended: the status line over the text says so (that Enter moves it; else how many
        changes are not saved; it is hidden when there is nothing to say)."""
        annotator = self.annotator
        hint = annotator.moving_hint()
        found = self.query("#edit-status")
        if not found and not annotator.dirty and hint is None:
            self.refresh_bindings()
            return
        if found:
            status = found.first(Static)
        else:
            # Mounted with the first change (reading never needs it).
            status = Static("", id="edit-status", markup=False)
            self.mount(status, before=self.query_one("#article-body"))
        if hint is not None:
            status.update(hint)
            status.display = True
        elif annotator.dirty:
            count = annotator.pending
            changes = "change" if count == 1 else "changes"
            status.update(f"Unsaved: {count} {changes} · ctrl+s saves · u undoes")
            status.display = True
        else:
            status.display = False
        self.refresh_bindings()

    @property
    def has_unsaved_changes(self) -> bool:
        return self._annotator is not None and self._annotator.dirty

    def action_accept(self) -> None:
        self.annotator.accept()

    def action_delete(self) -> None:
        self.annotator.delete()

    def action_edit(self) -> None:
        self.annotator.edit()

    def action_next_unreviewed(self) -> None:
        self.annotator.next_unreviewed(forward=True)

    def action_previous_unreviewed(self) -> None:
        self.annotator.next_unreviewed(forward=False)

    def action_select(self) -> None:
        self.view.focus()
        self.annotator.start_selection()

    def action_undo(self) -> None:
        self.annotator.undo()

    def action_redo(self) -> None:
        self.annotator.redo()

    def action_save(self) -> None:
        self.annotator.save()

    def action_open_editor(self) -> None:
        self.annotator.open_editor()

    def action_tags_summary(self) -> None:
        self.annotator.edit_tags()

    def action_versions(self) -> None:
        self.annotator.versions()

    def action_selection_word(self) -> None:
        self.annotator.extend_word()

    def action_selection_fewer(self) -> None:
        self.annotator.shrink_word()

    def action_selection_sentence(self) -> None:
        self.annotator.extend_sentence()

    def action_selection_match(self) -> None:
        self.annotator.extend_to_match()

    def action_selection_start(self, step: int) -> None:
        self.annotator.move_start(step)

    def action_selection_shift(self, step: int) -> None:
        self.annotator.shift_start(step)

    def action_move_words(self) -> None:
        self.annotator.start_move()

    def action_selection_move(self) -> None:
        self.annotator.confirm_move()

    def action_selection_quote(self) -> None:
        self.annotator.make_quote()

    def action_selection_statistic(self) -> None:
        self.annotator.make_statistic()

    def action_selection_cancel(self) -> None:
        self.annotator.cancel_selection()

    # Bookmarks (see pressreader.tui.screens.bookmarks) ------------------------------------

    def action_bookmark(self) -> None:
        from pressreader.tui.screens import bookmarks

        bookmarks.set_bookmark(self)

    def action_bookmarks(self) -> None:
        from pressreader.tui.screens import bookmarks

        bookmarks.show_bookmarks(self)

    # The library's speakers and figures, this article's first; the file's problems -----

    def action_speakers(self) -> None:
        from pressreader.tui.screens import library_views

        library_views.open_speakers(self.app, self.article)

    def action_statistics(self) -> None:
        from pressreader.tui.screens import library_views

        library_views.open_statistics(self.app, self.article)

    def action_problems(self) -> None:
        from pressreader.tui.screens.problems import ProblemsScreen

        path = self.article.path or self.state.path
        hint = "The article reloads when its file is saved."
        self.app.push_screen(ProblemsScreen(path, self.problems, hint=hint))

    def set_problems(self, problems: Sequence[Problem]) -> None:
        """The file's problems changed (a new version was loaded)."""
        self.problems = list(problems)
        self.refresh_bindings()

    # Export -----------------------------------------------------------------------------

    def export_job(self) -> ExportJob | None:
        """This article's quotes; its figures when the statistics panel has the focus (or
        when it has no quotes)."""
        from pressreader.tui.screens.export_dialog import article_job

        article = self.article
        focused = self.focused
        statistics = self.query_one(StatisticsPanel)
        figures = focused is not None and (focused is statistics or statistics in focused.ancestors)
        kind = "statistics" if (figures and article.statistics) or not article.quotes else "quotes"
        if not article.quotes and not article.statistics:
            return None
        path = str(article.path or self.state.path)
        return article_job(article, path, kind)

    def action_export(self) -> None:
        """`x`: export this article's quotes (or figures) in a chosen format."""
        from pressreader.tui.screens.export_dialog import export_shown

        export_shown(self, self.export_job(), "This article has no quotes or figures to export")

    # Copy -------------------------------------------------------------------------------

    def action_copy(self) -> None:
        """`y`: copy the selected quote or statistic with its citation (OSC 52)."""
        selected = self._copy_target()
        if selected is None:
            # One line at 80 columns: a notice takes the footer's line.
            self.notify(
                "Nothing selected: Tab to the quotes or statistics, then y copies one",
                severity="warning",
            )
            return
        from pressreader.text.citation import cite_quote, cite_statistic

        kind, index = selected
        if kind == "quote":
            quote = self.article.quotes[index]
            text = cite_quote(self.article, quote)
            message = f"Copied quote by {escape_line(quote.speaker)}"
        else:
            statistic = self.article.statistics[index]
            text = cite_statistic(self.article, statistic)
            message = f"Copied statistic: {escape_line(statistic.label)}"
        self.app.copy_to_clipboard(text)
        self.notify(message, markup=False)

    def _copy_target(self) -> tuple[str, int] | None:
        focused = self.focused
        quotes = self.query_one(QuotesPanel)
        statistics = self.query_one(StatisticsPanel)
        if focused is not None and (focused is quotes or quotes in focused.ancestors):
            index = quotes.selected_index
            if index is not None:
                return ("quote", index)
        if focused is not None and (focused is statistics or statistics in focused.ancestors):
            index = statistics.selected_index
            if index is not None:
                return ("statistic", index)
        return self.selected

    # Find -------------------------------------------------------------------------------

    @property
    def find_bar(self) -> FindBar:
        """The find bar, mounted below the text the first time it is needed (most reading
        never searches, and it would be styled before the first frame)."""
        bar = self._find_bar
        if bar is None:
            from pressreader.tui.widgets.find_bar import FindBar

            bar = self._find_bar = FindBar(id="find-bar", on_query=self._query_changed)
            self.mount(bar, after=self.query_one("#article-body"))
        return bar

    @property
    def open_find_bar(self) -> FindBar | None:
        """The find bar when it is open."""
        bar = self._find_bar
        return bar if bar is not None and bar.is_open else None

    def _set_find_status(self, text: str, *, error: bool) -> None:
        if self._find_bar is not None:
            self._find_bar.set_status(text, error=error)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        selecting = self.selecting
        if action.startswith("selection_"):
            if not selecting:
                return False
            moving = self._annotator is not None and self._annotator.moving is not None
            if action == "selection_move":
                return moving
            return not (moving and action in ("selection_quote", "selection_statistic"))
        if selecting and action in _OUT_WHILE_SELECTING:
            return False  # their keys select (and the footer keeps to the selection's)
        if action == "problems":
            return bool(self.problems)
        if action == "find_submit":
            return self._find_bar is not None and self._find_bar.field_focused
        # `/` typed in a text field is a character, not this action.
        return not (action == "find" and isinstance(self.focused, Input))

    def action_find_submit(self) -> None:
        # The keys typed after Enter are the reader's (n steps), so the text takes the focus
        # now; the keys typed before it may still wait in the field's queue, so what Enter
        # accepts is decided once the field has them.
        self.set_focus(self.view)
        self.find_bar.input.call_later(self._accept_find)

    def _accept_find(self) -> None:
        """Enter in the find bar, as in less: the match in view stays the current one and the
        typing ends, so n/N step and Escape closes the bar. A pattern in error keeps the field
        (the bar shows why), to be mended at once."""
        bar = self._find_bar
        results = self.view.find_results
        query = bar.find_query if bar is not None else None
        if query is not None and query.text and (results is None or results.query != query):
            # The search for what was typed last has not reported yet (a regular expression
            # runs in a thread): Enter applies to its results.
            self._accept_pending = True
            return
        self._accept_pending = False
        if bar is not None and results is not None and results.error is not None:
            self._show_status()
            self.set_focus(bar.input)
            return
        self.set_focus(self.view)

    def action_find(self) -> None:
        bar = self.find_bar
        bar.open(self.state.find_query or None)
        # Focus now, not after the keys already queued: what is typed right after `/`
        # belongs in the field.
        self.set_focus(bar.input)
        if self.state.find_query and self.view.find_results is None:
            # Reopened on the previous query: its highlights and counter come back at once,
            # not only once the query is edited.
            self._run_find(self.state.find_query, self.state.find_regex)

    # The find bar's messages reach these by name (on_find_bar_...): the bar's module loads
    # with the first `/`, not with the screen.
    def on_find_bar_changed(self, event: FindBar.Changed) -> None:
        self._query_changed(event.query)

    def _query_changed(self, query: FindQuery) -> None:
        self.state.find_query = query.text
        self.state.find_regex = query.regex
        self._run_find(query.text, query.regex)

    def _run_find(self, text: str, regex: bool) -> None:
        view = self.view
        # A search still running for an older query is cancelled: its results would be stale.
        self.workers.cancel_group(self, "find")
        if not text:
            view.clear_find()
            self._light_panels(None, later=True)
            self._set_find_status("", error=False)
            return
        from pressreader.article.find import FindQuery  # loaded with the first search

        query = FindQuery(text, regex)
        if not regex:
            # Literal text cannot backtrack: searched at once, as it is typed.
            self._found(view.find(query))
            return
        # A regular expression is searched in a thread (its engine releases the interpreter
        # lock, within a time budget) so that no pattern can freeze the reader.
        self._set_find_status("searching…", error=False)
        self._find_in_thread(view.article_text, query)

    @work(thread=True, exclusive=True, group="find")
    def _find_in_thread(self, text: ArticleText, query: FindQuery) -> None:
        from pressreader.article.find import SearchCancelled

        worker = get_current_worker()
        try:
            results = text.search(query, cancelled=lambda: worker.is_cancelled)
        except SearchCancelled:
            return
        if not worker.is_cancelled:
            # RuntimeError: the reader closed while the search ran.
            with contextlib.suppress(RuntimeError):
                self.app.call_from_thread(self._found_in_thread, worker, results)

    def _found_in_thread(self, worker: Worker[None], results: FindResults) -> None:
        if worker.is_cancelled or not self.is_attached:
            return  # a newer query, or a closed bar, came first
        if results.text is not self.view.article_text:
            return  # the article was reloaded meanwhile (its search follows)
        self.view.set_find_results(results)
        self._found(results)

    def _found(self, results: FindResults) -> None:
        self._light_panels(results, later=True)
        self._show_status()
        if self._accept_pending:
            self._accept_find()
        if self.open_find_bar is None:
            # `n` repeated the search with the bar closed: say what the counter would.
            if results.error is not None:
                self.notify(results.error, severity="warning", markup=False)
            elif not len(results):
                self.notify("No matches", severity="warning")

    def _light_panels(self, results: FindResults | None, *, later: bool = False) -> None:
        """Light the quotes and statistics `results` found in the panels (None: none).

        `later`: `PANELS_AFTER` seconds after the last such call. A typed letter's counter
        and highlights then reach the screen without waiting for both panels to be drawn
        again (with their titles, which count what is lit); the panels follow once the
        typing pauses, lit for the last query of a burst."""
        self._panel_results = results
        if self._panels_timer is not None:
            self._panels_timer.stop()
            self._panels_timer = None
        if not later:
            self._apply_panel_hits()
        else:
            self._panels_timer = self.set_timer(PANELS_AFTER, self._apply_panel_hits_later)

    def _apply_panel_hits_later(self) -> None:
        self._panels_timer = None
        self._apply_panel_hits()

    def _apply_panel_hits(self) -> None:
        results = self._panel_results
        if results is not None:
            results.complete()  # a lazy search lists its matches now, after the frame
        quotes = results.quote_hits if results else frozenset()
        statistics = results.statistic_hits if results else frozenset()
        self.query_one(QuotesPanel).set_find_hits(quotes)
        self.query_one(StatisticsPanel).set_find_hits(statistics)

    def _show_status(self, note: str = "") -> None:
        view = self.view
        results = view.find_results
        if results is None:
            return
        status = f"{view.find_status} {note}" if note else view.find_status
        self._set_find_status(status, error=results.error is not None)

    def on_find_bar_next(self, event: FindBar.Next) -> None:
        self._step(forward=True)

    def on_find_bar_accepted(self, event: FindBar.Accepted) -> None:
        self._accept_find()

    def on_find_bar_previous(self, event: FindBar.Previous) -> None:
        self._step(forward=False)

    def on_find_bar_closed(self, event: FindBar.Closed) -> None:
        self._close_find()

    def action_find_next(self) -> None:
        self._step(forward=True)

    def action_find_previous(self) -> None:
        self._step(forward=False)

    def _step(self, *, forward: bool) -> None:
        view = self.view
        results = view.find_results
        if results is None:
            if not self.state.find_query:
                self.notify("No search yet: press / to find", severity="warning")
                return
            # `n` after the find bar was closed repeats the last search, as in less.
            self._run_find(self.state.find_query, self.state.find_regex)
            return
        if results.error is not None or not len(results):
            if self.open_find_bar is not None:
                self._show_status()  # the bar says it: the error, or 0/0
            else:
                self.notify(results.error or "No matches", severity="warning", markup=False)
            return
        wrapped = view.next_match() if forward else view.previous_match()
        note = ""
        if wrapped:
            # Said in the counter, as less and vim say it in their status line; with the bar
            # closed, in a notice.
            note = f"wrapped to the {'top' if forward else 'bottom'}"
            if self.open_find_bar is None:
                self.notify(f"Search {note}", timeout=2)
        self._show_status(note)

    def _close_find(self) -> None:
        self._accept_pending = False
        self.workers.cancel_group(self, "find")
        if self._find_bar is not None:
            self._find_bar.close()
        self.view.clear_find()
        self._light_panels(None)
        self.view.focus()
