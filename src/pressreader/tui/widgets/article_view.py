"""The article text: a virtualised line view that draws only the lines on screen.

The article is laid out by `pressreader.article.layout` (wrapped per width, cached), and each
visible line is drawn on demand into a `Strip`, cached by (line, width, highlight generation). One
widget serves any article length: a 2 MB article opens as fast as a short one, with no widget
per paragraph. Text from the file is never parsed as markup and control characters are shown
as visible escapes.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, ClassVar, NamedTuple

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.events import Resize
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import Reactive, reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.types import AnimationLevel, CallbackType, EasingFunction

from pressreader.article.layout import ArticleLayout, DisplayLine, WrappedLayout, metadata_line
from pressreader.model import Anchor, Article
from pressreader.text import metrics
from pressreader.text.sanitize import escape_controls, has_controls
from pressreader.tui import gc_policy
from pressreader.tui.compat import scroll_view_to, update_scrollbars
from pressreader.tui.widgets.marks import UNREVIEWED
from pressreader.tui.widgets.time_slice import Throttle, next_slice_in, work_slice

if TYPE_CHECKING:
    from collections.abc import Callable

    from pressreader.article.find import (
        ArticleText,
        FindCursor,
        FindQuery,
        FindResults,
        TextBuild,
        TextKey,
    )

MIN_TEXT_WIDTH = 20
# Articles longer than this count their words for the reading time after the first screen.
COUNT_LATER_CHARS = 200_000
# Background work runs in slices (see time_slice), with a pause between them for keys and paints.
BACKGROUND_PAUSE = 0.002
BACKGROUND_DELAY = 0.05
BACKGROUND_BLOCKS = 100
# Left of the text: a column for the marker of the current match or selected annotation.
GUTTER = 2
# Cells kept blank between the text and its scrollbar.
SCROLLBAR_GAP = 1
MAX_TEXT_WIDTH = 400
WIDTH_STEP = 4
# Lines held in the Strip cache: several screens, so paging back and forth is free.
STRIP_CACHE_SIZE = 2048

_SPACES = str.maketrans({"\n": " ", "\t": " ", "\r": " "})
# The styled spans over a display line (start, end, component), in drawing order.
_Layers = tuple[tuple[int, int, str], ...]
# Lines holding these get a marker in the margin, so they show without colour.
_MARKED = ("article-view--current-match", "article-view--selected", "article-view--selection")
_MARKER = "article-view--marker"
_MARKER_KEY = ("\0marker",)  # the marker's style among `ArticleView._styles`
# In the margin of a line holding words of an unreviewed quote or statistic (made by a
# program, not yet confirmed): the symbol the panels use for them.
UNREVIEWED_MARK = UNREVIEWED
_KIND_CLASS = {
    "title": "article-view--title",
    "subtitle": "article-view--subtitle",
    "meta": "article-view--metadata",
    "heading": "article-view--heading",
}


class _Span(NamedTuple):
    """An annotation span within one paragraph: a quote or a statistic."""

    start: int
    end: int
    component: str
    reviewed: bool = True


class ArticleView(ScrollView, can_focus=True, inherit_bindings=False):
    """Shows one article: title, metadata line, headings and paragraphs, wrapped to fit."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-view--title",
        "article-view--subtitle",
        "article-view--metadata",
        "article-view--heading",
        "article-view--quote",
        "article-view--statistic",
        "article-view--match",
        "article-view--current-match",
        "article-view--selected",
        "article-view--selection",
        "article-view--marker",
    }

    DEFAULT_CSS = """
    ArticleView {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-gutter: stable;
        padding: 0 1 0 0;
        background: $surface;
        color: $foreground;
    }
    ArticleView > .article-view--title { text-style: bold; color: $text-primary; }
    ArticleView > .article-view--subtitle { text-style: italic; color: $text-secondary; }
    ArticleView > .article-view--metadata { color: $text-muted; }
    ArticleView > .article-view--heading { text-style: bold underline; color: $text-accent; }
    ArticleView > .article-view--quote { text-style: italic; color: $text-success; }
    ArticleView > .article-view--statistic { text-style: bold; color: $text-warning; }
    ArticleView > .article-view--match { text-style: underline; background: $warning 35%; }
    ArticleView > .article-view--current-match {
        text-style: reverse bold underline;
        color: $warning;
    }
    ArticleView > .article-view--selected { text-style: reverse; color: $accent; }
    ArticleView > .article-view--selection { text-style: reverse underline; color: $secondary; }
    ArticleView > .article-view--marker { text-style: bold; color: $accent; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll_down", "Line down", id="article.line-down", show=False),
        Binding("k,up", "scroll_up", "Line up", id="article.line-up", show=False),
        Binding("space,pagedown", "page_down", "Page down", id="article.page-down", show=False),
        Binding("b,pageup", "page_up", "Page up", id="article.page-up", show=False),
        Binding("g,home", "scroll_home", "Top", id="article.top", show=False),
        Binding("G,end", "scroll_end", "Bottom", id="article.bottom", show=False),
        # Listed in the help screen, not the footer: it keeps the keys a newcomer needs
        # first within 80 columns.
        Binding(
            "right_square_bracket",
            "next_section",
            "Next section",
            id="article.next-section",
            show=False,
        ),
        Binding(
            "left_square_bracket",
            "prev_section",
            "Previous section",
            id="article.prev-section",
            show=False,
        ),
        *[
            Binding(
                str(n),
                f"goto_section({n - 1})",
                f"Section {n}",
                id=f"article.section-{n}",
                show=False,
            )
            for n in range(1, 10)
        ],
        Binding("plus,greater_than_sign", "widen", "Wider text", id="article.widen", show=False),
        Binding("minus,less_than_sign", "narrow", "Narrower text", id="article.narrow", show=False),
    ]

    # The scroll range is the view's own business (its height is the screen's share): a new
    # range resizes its scrollbar (`_sync_virtual_size`), and arranges no other widget.
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)
    max_width: reactive[int] = reactive(88)
    """Widest the text column may be, in cells (it is narrower when the widget is)."""

    current_section: reactive[int] = reactive(0)
    """The section at the top of the view, updated as the reader scrolls."""

    class SectionChanged(Message):
        """The section at the top of the view changed."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(
        self,
        article: Article | None = None,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self._article: Article | None = None
        self._layout: ArticleLayout | None = None
        self._wrapped: WrappedLayout | None = None
        self._text: ArticleText | None = None
        self._text_build: TextBuild | None = None
        self._annotations: dict[tuple[int, int], list[_Span]] = {}
        # Drawn lines, by (line, wrap width, view width, highlights): a new search draws
        # again only the lines whose highlights changed.
        self._cache: LRUCache[tuple[int, int, int, _Layers], Strip] = LRUCache(STRIP_CACHE_SIZE)
        # The highlights each line was last drawn with (see `_bump`).
        self._drawn: dict[int, _Layers] = {}
        # The style lines are drawn on, until the next restyle: Textual works it out from
        # every ancestor each time it is asked, and it was asked for every line.
        self._base_style: Style | None = None
        self._styles: dict[tuple[str, ...], Style] = {}  # see `_style`
        # Made with the first search: the find module is not needed for the first screen.
        self._find_cursor: FindCursor | None = None
        self._find_origin: tuple[TextKey, int] | None = None
        self._selected: Anchor | None = None
        # Words being chosen by keyboard for a new annotation (see article.selection).
        self._selection: Anchor | None = None
        self._pinned_section: int | None = None
        self._background_pending = False
        self._grow = Throttle()  # the scroll range while the background wraps (time_slice)
        # The word count for the reading time, while it is still to be done.
        self._words_count: metrics.MetricsCount | None = None
        if article is not None:
            self.load_article(article)

    # ----------------------------------------------------------------- loading and layout

    @property
    def article(self) -> Article | None:
        return self._article

    @property
    def display_lines(self) -> WrappedLayout | None:
        """The display lines at the current width (None before the first layout)."""
        return self._wrapped

    @property
    def _gutter(self) -> int:
        """Cells kept left of the text for the match/selection marker (none when cramped)."""
        return GUTTER if self.scrollable_content_region.width >= GUTTER + MIN_TEXT_WIDTH else 0

    @property
    def text_width(self) -> int:
        """Width of the text column in cells."""
        gutter = self._gutter
        # A blank cell between the text and its scrollbar (when there is room for a gutter).
        gap = SCROLLBAR_GAP if gutter else 0
        available = self.scrollable_content_region.width - gutter - gap
        return max(1, min(available, self.max_width))

    def load_article(
        self,
        article: Article,
        *,
        reading_minutes: int | None = None,
        count: metrics.MetricsCount | None = None,
    ) -> None:
        """Show `article` from its top; clears search results and selection.

        Pass `reading_minutes` when it is already known (the sidebar's metrics); otherwise
        it is counted here, for a long article in the background after the first screen,
        with `count` when given: a count the sidebar's statistics share, so that the
        article's words are counted once for both.
        """
        self._article = article
        self._layout = layout = ArticleLayout(article, metadata="")
        counting = reading_minutes is None and layout.chars_from[0] > COUNT_LATER_CHARS
        self._words_count = (count or metrics.MetricsCount(article)) if counting else None
        layout.set_metadata(metadata_line(article, reading_minutes, reading_time=not counting))
        self._text = None  # the search corpus, built when the view is idle or on first search
        self._text_build = None  # its build, a piece at a time in the background
        self._annotations = _annotation_spans(article)
        if self._find_cursor is not None:
            self._find_cursor.reset(None)
        self._find_origin = None
        self._selected = None
        self._selection = None
        self._pinned_section = None
        self._wrapped = None
        self._relayout(keep_position=False)
        self.scroll_to(0, 0, animate=False, immediate=True, force=True)
        self.current_section = 0
        self._schedule_background()

    def _relayout(self, keep_position: bool = True) -> None:
        """Wrap at the current text width, keeping the top line's text in view."""
        if self._layout is None or self.scrollable_content_region.width <= 0:
            return
        old = self._wrapped
        top: DisplayLine | None = None
        if keep_position and old is not None and old.has_line(round(self.scroll_y)):
            top = old.line(round(self.scroll_y))
        self._wrapped = self._layout.wrapped(self.text_width)
        self._forget_strips()
        y = 0
        if top is not None and self._wrapped is not old:
            y = self._wrapped.line_at(top.block, top.start)
        # Wrap what the screen shows now; the rest follows in the background.
        self._wrapped.has_line(y + 2 * max(1, self.scrollable_content_region.height))
        self._sync_virtual_size()
        if top is not None and self._wrapped is not old:
            self.scroll_to(y=y, animate=False, immediate=True, force=True)
        self.refresh()
        self._schedule_background()

    def _sync_virtual_size(self) -> None:
        if self._wrapped is None:
            return
        size = Size(self.scrollable_content_region.width, self._wrapped.line_count)
        if size != self.virtual_size:
            self.virtual_size = size
            if self.is_mounted:
                update_scrollbars(self, size)

    def _finish_layout(self) -> None:
        """Wrap every remaining line now (before jumping to the end, for instance)."""
        if self._wrapped is not None and not self._wrapped.complete:
            self._wrapped.finish()
            self._sync_virtual_size()

    def _schedule_background(self) -> None:
        if not self._background_pending and self.is_mounted:
            self._background_pending = True
            # A moment later: the first screen is painted before any of this work.
            self.set_timer(BACKGROUND_DELAY, self._background_step)

    def _background_step(self) -> None:
        """A few milliseconds of deferred work: wrapping, the search text, the word count."""
        self._background_pending = False
        wrapped, article = self._wrapped, self._article
        if wrapped is None or article is None or self._layout is None:
            return
        if not wrapped.complete:
            work_slice(lambda: wrapped.complete, lambda: wrapped.wrap_some(BACKGROUND_BLOCKS))
            # At once when the view nears the end of what is wrapped, so that a scroll
            # never stops short of text that is there.
            near_end = self.scroll_y + 3 * self.size.height >= self.virtual_size.height
            if wrapped.complete or near_end or self._grow.due():
                self._sync_virtual_size()
                gc_policy.keep()
            if wrapped.complete:
                self._update_section()
        elif self._text is None:
            from pressreader.article.find import TextBuild

            build = self._text_build
            if build is None:
                build = self._text_build = TextBuild(article)
            if work_slice(lambda: build.done, build.step):
                self._text, self._text_build = build.result(), None
                # Kept for as long as the article is open: out of the collections that
                # would walk it while the words are still counted.
                gc_policy.keep()
        elif (count := self._words_count) is not None:
            if work_slice(lambda: count.done, count.step):
                self._words_count = None
                minutes = metrics.reading_minutes(count.words)
                # The longer metadata line may wrap once more: keep the top line's text at
                # the top, or everything below it would move down a line while being read.
                y = round(self.scroll_y)
                top = wrapped.line(y) if y > 0 and wrapped.has_line(y) else None
                self._layout.set_metadata(metadata_line(article, minutes))
                self._forget_strips()
                self._sync_virtual_size()
                if top is not None:
                    new_y = wrapped.line_at(top.block, top.start)
                    if new_y != y:
                        self.scroll_to(y=new_y, animate=False, immediate=True, force=True)
                self.refresh()
        else:
            # The layout, the search text and the count are complete, and live as long as
            # the article is open: no collection needs to walk them again.
            gc_policy.keep()
            return
        self._background_pending = True
        self.set_timer(next_slice_in(BACKGROUND_PAUSE), self._background_step)

    def on_mount(self) -> None:
        self._schedule_background()

    def on_resize(self, event: Resize) -> None:
        self._relayout()

    def watch_max_width(self, old: int, new: int) -> None:
        if old != new:
            self._relayout()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._base_style = None
        self._styles.clear()
        self._forget_strips()

    def _marker_style(self) -> Style:
        """The style of the gutter's marker (the component's whole style, over the view's)."""
        style = self._styles.get(_MARKER_KEY)
        if style is None:
            style = self._styles[_MARKER_KEY] = self.base_style + self.get_component_rich_style(
                _MARKER
            )
        return style

    def _style(self, components: tuple[str, ...]) -> Style:
        """The view's style with each component's added over it in order ("" adds
        nothing), worked out once per combination until the next restyle: adding Rich
        styles segment by segment cost as much as the rest of drawing a line."""
        style = self._styles.get(components)
        if style is None:
            style = self.base_style
            for component in components:
                if component:
                    style = style + self.get_component_rich_style(component, partial=True)
            self._styles[components] = style
        return style

    @property
    def base_style(self) -> Style:
        style = self._base_style
        if style is None:
            style = self._base_style = self.rich_style
        return style

    def _forget_strips(self) -> None:
        """The lines, their width or their style changed: every line is drawn again."""
        self._cache.clear()
        self._drawn.clear()

    def _bump(self) -> None:
        """Highlights changed (a search, a selection): repaint the visible lines whose
        highlights differ from those they were drawn with, and only those. A typed letter
        then sends the terminal a few lines, not the whole view (its scrollbar included)."""
        wrapped = self._wrapped
        width = self.scrollable_content_region.width
        if wrapped is None or width <= 0:
            self.refresh()
            return
        top = round(self.scroll_y)
        drawn = self._drawn
        start: int | None = None  # the first line of a run of changed lines
        height = self.scrollable_content_region.height
        for y in range(height + 1):
            line_y = top + y
            changed = (
                y < height
                and wrapped.has_line(line_y)
                and drawn.get(line_y) != tuple(self._layers(wrapped.line(line_y)))
            )
            if changed and start is None:
                start = y
            elif not changed and start is not None:
                self.refresh(Region(0, start, width, y - start))
                start = None

    # ---------------------------------------------------------------------- drawing

    def render_lines(self, crop: Region) -> list[Strip]:
        if self._wrapped is None and self._layout is not None:
            # The width is known from the first frame on, before the first Resize event: lay
            # out now so that frame shows the text (not a blank view, then a repaint).
            self._relayout(keep_position=False)
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        wrapped = self._wrapped
        line_y = round(self.scroll_y) + y
        if wrapped is None or width <= 0 or not wrapped.has_line(line_y):
            return Strip.blank(max(0, width), self.base_style)
        line = wrapped.line(line_y)
        layers = tuple(self._layers(line))
        self._drawn[line_y] = layers
        key = (line_y, wrapped.width, width, layers)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_display_line(wrapped, line, width, layers)
            self._cache.set(key, strip)
        return strip

    def _render_display_line(
        self, wrapped: WrappedLayout, line: DisplayLine, width: int, layers: _Layers
    ) -> Strip:
        raw = wrapped.text(line).translate(_SPACES)
        base = self.base_style
        kind_class = _KIND_CLASS.get(line.kind, "")
        if has_controls(raw):
            text, position = _escaped(raw)
        else:
            text, position = raw, None
        styled: list[tuple[int, int, str]] = []
        marked = False
        unreviewed = self._has_unreviewed(line)
        for start, end, component in layers:
            s, e = start - line.start, end - line.start
            if position is not None:
                s, e = position[s], position[e]
            styled.append((s, e, component))
            marked = marked or component in _MARKED
        gutter = self._gutter
        margin = gutter + max(0, (width - gutter - wrapped.width) // 2)
        if margin >= GUTTER:
            symbol = "▌" if marked else UNREVIEWED_MARK if unreviewed else " "
            marker = Segment(symbol, self._marker_style())
            segments = [Segment(" " * (margin - GUTTER), base), marker, Segment(" ", base)]
        else:
            # Too narrow for a marker: the reverse style alone marks the line.
            segments = [Segment(" " * margin, base)]
        segments += _styled_segments(text, kind_class, styled, self._style)
        cells = margin + cell_len(text)
        if cells > width:
            return Strip(segments).crop(0, width)
        if cells < width:
            segments.append(Segment(" " * (width - cells), base))
        return Strip(segments, width)

    def _layers(self, line: DisplayLine) -> list[tuple[int, int, str]]:
        """Styled spans over a display line, in drawing order (later ones win)."""
        layers: list[tuple[int, int, str]] = []
        lo, hi = line.start, line.end
        if line.kind == "paragraph":
            for span in self._annotations.get((line.section, line.paragraph), ()):
                if span.start < hi and span.end > lo:
                    layers.append((max(span.start, lo), min(span.end, hi), span.component))
            # The selected quote or statistic, or, while words are being chosen (for a new
            # one, or its new words), those alone: without colour both are in reverse, and
            # words left out of the selection would still look chosen.
            selection = self._selection
            for anchor, component in (
                (self._selected if selection is None else None, "article-view--selected"),
                (selection, "article-view--selection"),
            ):
                if (
                    anchor is not None
                    and anchor.section_index == line.section
                    and anchor.paragraph == line.paragraph
                    and anchor.start < hi
                    and anchor.end > lo
                ):
                    layers.append((max(anchor.start, lo), min(anchor.end, hi), component))
        cursor = self._find_cursor
        results = None if cursor is None else cursor.results
        searchable = line.kind not in ("meta", "blank")
        if cursor is not None and results is not None and len(results) and searchable:
            from pressreader.article.find import TextKey

            key = TextKey(line.kind, line.section, line.paragraph)  # type: ignore[arg-type]
            current = cursor.current
            for start, end, index in results.spans_in(key, lo, hi):
                component = (
                    "article-view--current-match" if index == current else "article-view--match"
                )
                layers.append((start, end, component))
        return layers

    def _has_unreviewed(self, line: DisplayLine) -> bool:
        if line.kind != "paragraph":
            return False
        return any(
            not span.reviewed and span.start < line.end and span.end > line.start
            for span in self._annotations.get((line.section, line.paragraph), ())
        )

    # -------------------------------------------------------------------- scrolling

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._update_section()

    def _update_section(self) -> None:
        wrapped = self._wrapped
        if wrapped is None or not wrapped.line_count:
            return
        y = round(self.scroll_y)
        pinned = self._pinned_section
        if pinned is not None and y >= round(self.max_scroll_y):
            start = wrapped.section_line(pinned)
            if start is not None and start >= y:
                self._set_section(pinned)
                return
        self._pinned_section = None
        self._set_section(wrapped.section_at(y))

    def _set_section(self, index: int) -> None:
        if index != self.current_section:
            self.current_section = index
            self.post_message(self.SectionChanged(index))

    def scroll_to(
        self,
        x: float | None = None,
        y: float | None = None,
        *,
        animate: bool = True,
        speed: float | None = None,
        duration: float | None = None,
        easing: EasingFunction | str | None = None,
        force: bool = False,
        on_complete: CallbackType | None = None,
        level: AnimationLevel = "basic",
        immediate: bool = False,
        release_anchor: bool = True,
    ) -> None:
        """Scroll to a line; the layout is wrapped that far first, so any line is reachable."""
        if y is not None and self._wrapped is not None and not self._wrapped.complete:
            self._wrapped.has_line(int(y) + self.scrollable_content_region.height)
            self._sync_virtual_size()
        scroll_view_to(
            self,
            x,
            y,
            animate=animate,
            speed=speed,
            duration=duration,
            easing=easing,
            force=force,
            on_complete=on_complete,
            level=level,
            release_anchor=release_anchor,
        )

    def _scroll_line(self, y: float) -> None:
        # force: right after mounting, the scrollbars are not shown yet, which would
        # otherwise veto the scroll (e.g. jumping to an anchor as the article opens).
        self.scroll_to(y=y, animate=False, immediate=True, force=True)

    def action_scroll_down(self) -> None:
        self._scroll_line(self.scroll_y + 1)

    def action_scroll_up(self) -> None:
        self._scroll_line(self.scroll_y - 1)

    def action_page_down(self) -> None:
        self._scroll_line(self.scroll_y + max(1, self.scrollable_content_region.height))

    def action_page_up(self) -> None:
        self._scroll_line(self.scroll_y - max(1, self.scrollable_content_region.height))

    def action_scroll_home(self) -> None:
        self._scroll_line(0)

    def action_scroll_end(self) -> None:
        self._finish_layout()
        self._scroll_line(self.max_scroll_y)

    def _show_line(self, y: int, *, force_top_third: bool = False) -> None:
        """Scroll so line `y` is visible; when it is not, put it near the top third."""
        top = round(self.scroll_y)
        height = max(1, self.scrollable_content_region.height)
        if force_top_third or not top <= y < top + height:
            self._scroll_line(max(0, y - height // 3))

    def goto_section(self, index: int) -> bool:
        """Scroll so section `index` (0-based) starts at the top (the first from the article's
        title); False when there is none."""
        wrapped = self._wrapped
        if wrapped is None:
            return False
        line = wrapped.section_line(index)
        if line is None:
            return False
        if index == 0:
            # The first section is read from the top: the title and byline come with it.
            line = 0
        # Pinned first: near the end the view cannot scroll the section to the top, and it
        # is still the one the reader asked for.
        self._pinned_section = index
        self._scroll_line(line)
        self._update_section()
        return True

    def next_section(self) -> bool:
        """Go to the next section; False when the view is already in the last one."""
        wrapped = self._wrapped
        if wrapped is None:
            return False
        y = round(self.scroll_y)
        # From the section after the current one: the sections before it are not looked at
        # (on the last of 2,000 sections, they were, for each `]`).
        for index in range(self.current_section + 1, len(wrapped.layout.section_blocks)):
            start = wrapped.section_line(index)
            if start is not None and start > y:
                return self.goto_section(index)
        return False

    def prev_section(self) -> bool:
        """Go to the start of this section, or of the previous one when already there."""
        wrapped = self._wrapped
        if wrapped is None:
            return False
        y = round(self.scroll_y)
        current = self.current_section
        start = wrapped.section_line(current)
        if start is not None and start < y:
            return self.goto_section(current)
        return current > 0 and self.goto_section(current - 1)

    # A key that cannot move says why, as less does, instead of doing nothing.
    def action_next_section(self) -> None:
        if not self.next_section() and self._wrapped is not None:
            self.notify("This is the last section", timeout=2)

    def action_prev_section(self) -> None:
        if not self.prev_section() and self._wrapped is not None:
            self.notify("This is the first section", timeout=2)

    def action_goto_section(self, index: int) -> None:
        if not self.goto_section(index) and self._wrapped is not None:
            count = len(self._wrapped.layout.section_blocks)
            sections = "section" if count == 1 else "sections"
            self.notify(f"No section {index + 1}: this article has {count} {sections}", timeout=2)

    def action_widen(self) -> None:
        self.max_width = min(MAX_TEXT_WIDTH, self.max_width + WIDTH_STEP)

    def action_narrow(self) -> None:
        self.max_width = max(MIN_TEXT_WIDTH, min(self.max_width, self.text_width) - WIDTH_STEP)

    # ----------------------------------------------------------- anchors and selection

    def scroll_to_anchor(self, anchor: Anchor, *, highlight: bool = True) -> bool:
        """Bring an annotation's words near the top third and (by default) highlight them."""
        wrapped = self._wrapped
        if highlight:
            self._selected = anchor
            self._bump()
        if wrapped is None:
            return False
        lines = wrapped.anchor_lines(anchor)
        if lines is None:
            return False
        self._show_line(lines[0], force_top_third=True)
        return True

    def clear_highlight(self) -> None:
        """Remove the selected-annotation highlight."""
        if self._selected is not None:
            self._selected = None
            self._bump()

    @property
    def selected_anchor(self) -> Anchor | None:
        return self._selected

    @property
    def selection(self) -> Anchor | None:
        """The words being chosen by keyboard, or None."""
        return self._selection

    def set_selection(self, anchor: Anchor | None) -> None:
        """Highlight the words being chosen (None: no selection) and keep their end in view."""
        if anchor == self._selection:
            return
        self._selection = anchor
        self._bump()
        wrapped = self._wrapped
        if anchor is None or wrapped is None:
            return
        lines = wrapped.anchor_lines(anchor)
        if lines is not None:
            self._show_line(lines[-1])

    def top_paragraph(self) -> tuple[int, int, int] | None:
        """The section, paragraph and offset of the first paragraph line from the top of
        the view (where a keyboard selection starts when no find match is current)."""
        wrapped = self._wrapped
        if wrapped is None:
            return None
        y = round(self.scroll_y)
        for line_y in range(y, y + max(1, self.scrollable_content_region.height) + 64):
            if not wrapped.has_line(line_y):
                break
            line = wrapped.line(line_y)
            if line.kind == "paragraph":
                return line.section, line.paragraph, line.start
        return None

    def current_match_place(self) -> tuple[int, int, int, int] | None:
        """The current find match's section, paragraph, start and end, when it is in a
        paragraph (a match in a heading or the title is not annotation text)."""
        cursor = self._find_cursor
        if cursor is None or cursor.results is None or cursor.current is None:
            return None
        match = cursor.results.match(cursor.current)
        if match.kind != "paragraph":
            return None
        return match.section, match.paragraph, match.start, match.end

    def matches_in(self, section: int, paragraph: int) -> list[tuple[int, int]]:
        """The find matches in one paragraph, as (start, end)."""
        cursor = self._find_cursor
        if cursor is None or cursor.results is None:
            return []
        from pressreader.article.find import TextKey

        key = TextKey("paragraph", section, paragraph)
        return [(start, end) for start, end, _ in cursor.results.spans_in(key, 0, 1 << 62)]

    # ---------------------------------------------------------------------- search

    @property
    def _find(self) -> FindCursor:
        if self._find_cursor is None:
            from pressreader.article.find import FindCursor

            self._find_cursor = FindCursor()
        return self._find_cursor

    def find(self, query: FindQuery) -> FindResults:
        """Search the article and highlight every match; returns the results."""
        # Lazy: the counter and the lines on screen first (`FindResults.complete`).
        results = self.article_text.search(query, lazy=True)
        self.set_find_results(results)
        return results

    @property
    def article_text(self) -> ArticleText:
        """What `find` searches (a thread may search it too: a search changes nothing in it
        that a regular expression reads)."""
        from pressreader.article.find import ArticleText

        if self._article is None:
            # No article yet: nothing to find, and no error either.
            return ArticleText(Article(id="", title="", sections=[]))
        if self._text is None:
            build = self._text_build
            # A build under way in the background is finished rather than begun again.
            self._text = ArticleText(self._article) if build is None else build.result()
            self._text_build = None
        return self._text

    def set_find_results(self, results: FindResults | None) -> None:
        """Highlight `results`; the current match is the first one from the search's origin.

        The origin is the top of the view when the first query arrived (after the article
        was loaded or the find highlights were cleared), so typing, erasing and retyping
        a query always looks from where the reader was, as incremental search does in less.
        """
        start: int | None = None
        if results is not None and len(results):
            origin = self._find_origin
            if origin is None:
                origin = self._find_origin = self._top_text_position()
            start = 0 if origin is None else results.first_from(*origin)
        self._find.reset(results, start)
        self._bump()
        if start is not None:
            self._show_match(start)

    def _top_text_position(self) -> tuple[TextKey, int] | None:
        """The searchable text and offset at the top of the view."""
        from pressreader.article.find import TextKey

        if self._wrapped is None:
            return None
        top = self._wrapped.line(round(self.scroll_y))
        if top.kind in ("meta", "blank"):
            return self._next_text_key(top.block), 0
        return TextKey(top.kind, top.section, top.paragraph), top.start  # type: ignore[arg-type]

    def _next_text_key(self, block: int) -> TextKey:
        """The first searchable text at or after layout block `block`."""
        from pressreader.article.find import TextKey

        assert self._layout is not None
        for candidate in self._layout.blocks[block:]:
            if candidate.kind not in ("meta", "blank"):
                return TextKey(candidate.kind, candidate.section, candidate.paragraph)  # type: ignore[arg-type]
        return TextKey("title")

    def clear_find(self) -> None:
        """Drop the search highlights (the next search starts from the view's top again)."""
        self._find_origin = None
        if self._find_cursor is not None and self._find_cursor.results is not None:
            self._find.reset(None)
            self._bump()

    @property
    def find_results(self) -> FindResults | None:
        return self._find.results

    @property
    def current_match(self) -> int | None:
        return self._find.current

    @property
    def find_status(self) -> str:
        """The counter for a find bar: `3/14`, `0/0` or an error message."""
        results = self._find.results
        return "" if results is None else results.status(self._find.current)

    def goto_match(self, index: int) -> bool:
        """Make match `index` current and scroll to it; False when there is no such match."""
        results = self._find.results
        if results is None or not 0 <= index < len(results):
            return False
        self._find.current = index
        self._bump()
        self._show_match(index)
        return True

    def next_match(self) -> bool:
        """Go to the next match; True when the search wrapped past the end."""
        index, wrapped = self._find.step(forward=True)
        if index is not None:
            self.goto_match(index)
        return wrapped

    def previous_match(self) -> bool:
        """Go to the previous match; True when the search wrapped past the start."""
        index, wrapped = self._find.step(forward=False)
        if index is not None:
            self.goto_match(index)
        return wrapped

    def _show_match(self, index: int) -> None:
        results = self._find.results
        if results is None or self._wrapped is None:
            return
        match = results.match(index)
        y = self._wrapped.line_of(match.kind, match.section, match.paragraph, match.start)
        if y is not None:
            self._show_line(y)


def _annotation_spans(article: Article) -> dict[tuple[int, int], list[_Span]]:
    """Quote and statistic spans per paragraph, for the subtle in-text marking."""
    spans: dict[tuple[int, int], list[_Span]] = {}
    for quote in article.quotes:
        if quote.anchor is not None:
            a = quote.anchor
            spans.setdefault((a.section_index, a.paragraph), []).append(
                _Span(a.start, a.end, "article-view--quote", quote.reviewed)
            )
    for stat in article.statistics:
        if stat.anchor is not None:
            a = stat.anchor
            spans.setdefault((a.section_index, a.paragraph), []).append(
                _Span(a.start, a.end, "article-view--statistic", stat.reviewed)
            )
    return spans


def _styled_segments(
    text: str,
    component: str,
    spans: list[tuple[int, int, str]],
    style: Callable[[tuple[str, ...]], Style],
) -> list[Segment]:
    """`text` in the line's `component`, each span's component added over it in order
    (later spans win); `style` turns a list of components into the style drawn.

    Segments made directly: a Rich `Text` per line cost as much again as the rest of drawing
    it, and most lines have no span at all.
    """
    if not spans:
        return [Segment(text, style((component,)))]
    cuts = sorted({0, len(text), *(start for start, _, _ in spans), *(end for _, end, _ in spans)})
    segments = []
    for start, end in pairwise(cuts):
        if start >= end or end > len(text):
            continue
        over = tuple(name for a, b, name in spans if a <= start and end <= b)
        segments.append(Segment(text[start:end], style((component, *over))))
    return segments


def _escaped(raw: str) -> tuple[str, list[int]]:
    """`raw` with control characters escaped, and where each original offset lands."""
    position: list[int] = []
    pieces: list[str] = []
    at = 0
    for ch in raw:
        position.append(at)
        shown = escape_controls(ch)
        pieces.append(shown)
        at += len(shown)
    position.append(at)
    return "".join(pieces), position
