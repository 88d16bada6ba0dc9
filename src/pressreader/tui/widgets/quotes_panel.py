"""The quotes panel: the article's quotes grouped by speaker, with a quick speaker filter.

Each speaker's heading gives the name, the number of quotes and the role. A direct quote is
shown in typographic quotes (“…”); an indirect one (reported speech) starts with ≈ and is drawn
dimmer, so the two differ without colour. Long quotes are cut to a few lines with an ellipsis,
except the one under the cursor in the focused panel, shown whole.
A quote's note (the article's own gloss on it) follows on one dimmer line, after "note: ".
Quotes holding a match of the find bar carry • and a band in bold (`set_find_hits`).
A quote a program made that no person has confirmed yet (`reviewed: false`) carries ◌ just
before its text, and the border title counts them ("Quotes (21) · 3 ◌").

`f` shows only the next speaker's quotes, `F` the previous one's, cycling back to everyone.
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message

from pressreader.model import Article, QuoteKind
from pressreader.text.sanitize import one_line
from pressreader.tui.widgets.annotation_panel import AnnotationPanel
from pressreader.tui.widgets.marks import UNREVIEWED
from pressreader.tui.widgets.panel_list import (
    Row,
    RowChosen,
    fit,
    hang,
    wrap_lines,
)

INDIRECT = "≈ "
OPEN_QUOTE = "“"
CLOSE_QUOTE = "”"
# A quote shows at most this many lines; the rest is cut with an ellipsis.
MAX_QUOTE_LINES = 3
MAX_ROLE_LINES = 2
NOTE_PREFIX = "note: "


class SpeakerRow(NamedTuple):
    key: int | None
    name: str = ""
    detail: str = ""  # role, else affiliation
    quotes: int = 0  # how many quotes the speaker has


class QuoteRow(NamedTuple):
    """A quote as the file gives it (its text and note are made one line when drawn, so a
    panel of hundreds of quotes is ready at once)."""

    key: int | None
    text: str = ""
    kind: QuoteKind = "direct"
    note: str | None = None  # the quote's note
    full: bool = False  # under the cursor: drawn whole, not cut to a few lines
    reviewed: bool = True  # False: made by a program, not yet confirmed (`reviewed: false`)


class NoteRow(NamedTuple):
    key: int | None
    text: str = ""


class QuotesPanel(AnnotationPanel):
    """Quotes by speaker; Enter (or a click) posts `QuotesPanel.QuoteSelected`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Enter is in the help, not the footer: the footer keeps the screen's keys and the
        # filter within 80 columns.
        Binding("enter", "select", "Go to quote", id="quotes.select", show=False),
        Binding(
            "f",
            "next_speaker",
            "Speaker",  # the footer's label; the help shows the tooltip
            id="quotes.filter-next",
            tooltip="Speaker filter: the next speaker's quotes only; after the last, everyone's",
        ),
        Binding(
            "F",
            "previous_speaker",
            "Speaker filter, backwards",
            id="quotes.filter-previous",
            show=False,
        ),
    ]

    DEFAULT_CSS = """
    QuotesPanel {
        & > .quotes-panel--speaker {
            text-style: bold;
        }
        & > .quotes-panel--detail {
            color: $text-muted;
        }
        & > .quotes-panel--indirect {
            color: $text-muted;
            text-style: italic;
        }
        & > .quotes-panel--hit {
            background: $warning 25%;
            text-style: bold;
        }
        & > .quotes-panel--note {
            color: $text-muted;
            text-style: italic;
        }
        & > .quotes-panel--quote-note {
            color: $text-muted;
            text-style: dim;
        }
        & > .quotes-panel--unreviewed {
            color: $text-warning;
            text-style: bold;
        }
    }
    """

    HIT_COMPONENT = "quotes-panel--hit"
    UNREVIEWED_COMPONENT = "quotes-panel--unreviewed"

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "quotes-panel--speaker",
        "quotes-panel--detail",
        "quotes-panel--indirect",
        "quotes-panel--hit",
        "quotes-panel--note",
        "quotes-panel--quote-note",
        "quotes-panel--unreviewed",
    }

    class QuoteSelected(RowChosen):
        """The reader chose quote `index` (in `article.quotes`); `anchor` is where its words
        stand in the text, None when they were not found."""

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
        self._speakers: list[str] = []  # speakers with quotes, in the order shown
        self._filter: str | None = None
        self._update_title()
        if article is not None:
            self.load_article(article)

    # -- public API --------------------------------------------------------------------------

    @property
    def speakers(self) -> list[str]:
        """Names of the speakers with quotes, in the order the panel groups them."""
        return list(self._speakers)

    @property
    def speaker_filter(self) -> str | None:
        """The only speaker shown, or None for everyone."""
        return self._filter

    def load_article(self, article: Article) -> None:
        """Show `article`'s quotes; the filter and find hits are cleared."""
        self._article = article
        self._filter = None
        self._clear_hits()
        self._speakers = self._speaker_order(article)
        self._unreviewed = sum(1 for quote in article.quotes if not quote.reviewed)
        self._show(keep_key=None)

    def select_quote(self, index: int | None) -> bool:
        """Put the cursor on quote `index`, lifting the speaker filter if it hides it.
        False when there is no such quote."""
        article = self._article
        if article is None or index is None or not 0 <= index < len(article.quotes):
            return False
        if self.row_index(index) is None:
            self._filter = None
            self._show(keep_key=index)
        return self.move_cursor_to_key(index)

    def select_index(self, index: int | None) -> bool:
        return self.select_quote(index)

    def set_speaker_filter(self, name: str | None) -> None:
        """Show only `name`'s quotes (None: everyone's). An unknown name shows everyone."""
        if name is not None and name not in self._speakers:
            name = None
        if name == self._filter:
            return
        self._filter = name
        self._show(keep_key=self.selected_index)

    # -- actions -----------------------------------------------------------------------------

    def action_next_speaker(self) -> None:
        """Show only the next speaker's quotes; after the last speaker, everyone's again."""
        self._cycle(1)

    def action_previous_speaker(self) -> None:
        self._cycle(-1)

    def _cycle(self, step: int) -> None:
        if not self._speakers:
            return
        choices: list[str | None] = [None, *self._speakers]
        position = choices.index(self._filter) if self._filter in choices else 0
        self.set_speaker_filter(choices[(position + step) % len(choices)])

    # -- rows --------------------------------------------------------------------------------

    @staticmethod
    def _speaker_order(article: Article) -> list[str]:
        """Speakers in the order of `article.speakers`, then those only named by a quote."""
        quoted = {quote.speaker for quote in article.quotes}
        order = [speaker.name for speaker in article.speakers if speaker.name in quoted]
        for quote in article.quotes:
            if quote.speaker not in order:
                order.append(quote.speaker)
        return order

    def _show(self, keep_key: int | None) -> None:
        self._update_title()
        self.set_rows(self._build_rows(), keep_key=keep_key)

    def _build_rows(self) -> list[Row]:
        article = self._article
        if article is None:
            return []
        if not article.quotes:
            return [NoteRow(key=None, text="No quotes in this article.")]
        by_speaker: dict[str, list[int]] = {}
        for index, quote in enumerate(article.quotes):
            by_speaker.setdefault(quote.speaker, []).append(index)
        rows: list[Row] = []
        for name in self._speakers:
            if self._filter is not None and name != self._filter:
                continue
            indices = by_speaker.get(name, [])
            speaker = article.speaker(name)
            detail = ""
            if speaker is not None:
                detail = one_line(speaker.role) or one_line(speaker.affiliation)
            rows.append(
                SpeakerRow(key=None, name=one_line(name), detail=detail, quotes=len(indices))
            )
            for index in indices:
                quote = article.quotes[index]
                rows.append(
                    QuoteRow(index, quote.text, quote.kind, quote.note, reviewed=quote.reviewed)
                )
        return rows

    def _update_title(self) -> None:
        article = self._article
        total = len(article.quotes) if article is not None else 0
        if article is not None and self._filter is not None:
            # Under a speaker filter, how many of the quotes are shown.
            shown = sum(1 for quote in article.quotes if quote.speaker == self._filter)
            title = Content(f"Quotes ({shown} of {total})")
        else:
            title = Content(f"Quotes ({total})")
        if self._unreviewed:
            title += f" · {self._unreviewed} {UNREVIEWED}"
        if self._hits:
            title += f" · {len(self._hits)} found"
        self.border_title = title
        if not self._speakers:
            self.border_subtitle = None
        elif self._filter is None:
            self.border_subtitle = Content("f: by speaker")
        else:
            self.border_subtitle = Content("f: ") + fit(Content(one_line(self._filter)), 24)

    def render_row(self, row: Row, width: int) -> Content:
        return Content("\n").join(self.render_row_lines(row, width))

    def render_row_lines(self, row: Row, width: int) -> list[Content]:
        if isinstance(row, SpeakerRow):
            return self._render_speaker(row, width)
        if isinstance(row, QuoteRow):
            return self._render_quote(row, width)
        if isinstance(row, NoteRow):
            style = self.component_style("quotes-panel--note")
            return wrap_lines(Content.styled(row.text, style), width)
        raise TypeError(f"not a quotes panel row: {row!r}")

    def _render_speaker(self, row: SpeakerRow, width: int) -> list[Content]:
        muted = self.component_style("quotes-panel--detail")
        count = Content.styled(f" · {row.quotes}", muted)
        bold = self.component_style("quotes-panel--speaker")
        name = Content.styled(row.name, bold)
        lines = [fit(fit(name, max(width - count.cell_length, 4)) + count, width)]
        if row.detail:
            lines.extend(wrap_lines(Content.styled(row.detail, muted), width, MAX_ROLE_LINES))
        return lines

    def _render_quote(self, row: QuoteRow, width: int) -> list[Content]:
        # The first cell is the cursor marker's, the second the find hit's, the third says
        # whether a person has confirmed the quote.
        gutter = self.item_gutter(row.reviewed)
        text = one_line(row.text)
        if row.kind == "indirect":
            prefix = Content(INDIRECT)
            body = Content(text)
            style = self.component_style("quotes-panel--indirect")
        else:
            prefix = Content(OPEN_QUOTE)
            body = Content(text + CLOSE_QUOTE)
            style = None
        if style is not None:
            prefix = prefix.stylize(style)
            body = body.stylize(style)
        # Cut short, a direct quote still ends with its closing mark, after the ellipsis.
        tail = CLOSE_QUOTE if row.kind == "direct" else ""
        room = width - gutter.cell_length - prefix.cell_length
        most = None if row.full else MAX_QUOTE_LINES
        lines = wrap_lines(body, room, most, cut_tail=tail)
        if note_text := one_line(row.note):
            note = Content.styled(
                NOTE_PREFIX + note_text, self.component_style("quotes-panel--quote-note")
            )
            lines.extend(wrap_lines(note, room, None if row.full else 1))
        return hang(gutter + prefix, lines)

    def cursor_moved(self, previous: int | None, index: int | None) -> None:
        # In the focused panel the quote under the cursor is shown whole; the others, and
        # every quote while the reader is elsewhere, are cut to a few lines.
        self._show_whole(previous, index, index if self.has_focus else None)

    def _show_whole(self, previous: int | None, index: int | None, whole: int | None) -> None:
        for position in (previous, index):
            if position is None or not 0 <= position < len(self.rows):
                continue
            row = self.rows[position]
            if isinstance(row, QuoteRow) and row.full != (position == whole):
                self.replace_row(position, row._replace(full=position == whole))

    def on_focus(self) -> None:
        # (has_focus may not say so yet when the focus comes back to the panel.)
        cursor = self.highlighted
        self._show_whole(None, cursor, cursor)
        self._scroll_to_cursor()

    def on_blur(self) -> None:
        self._show_whole(None, self.highlighted, None)

    def selected_message(self, row: Row) -> Message | None:
        article = self._article
        if article is None or row.key is None or not 0 <= row.key < len(article.quotes):
            return None
        return self.QuoteSelected(row.key, article.quotes[row.key].anchor, self)
