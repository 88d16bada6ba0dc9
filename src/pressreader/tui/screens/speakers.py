"""Who said what across the library.

`SpeakersScreen` lists every speaker with the number of articles and quotes (most quoted
first, filtered as you type by name, role or affiliation); Enter lists that speaker's quotes
(`SpeakerQuotesScreen`), direct and indirect, newest article first; Enter on a quote opens
its article with the quote in view and highlighted. Opened from an article (`S`), that
article's speakers come first, marked `•`.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType

from pressreader.index import QuoteRef, SpeakerSummary
from pressreader.model import Anchor, Article
from pressreader.text.sanitize import one_line
from pressreader.tui.library_source import entry_for
from pressreader.tui.screens.export_dialog import ExportJob, export_shown, library_job
from pressreader.tui.screens.filtered_list import FilteredListScreen
from pressreader.tui.screens.list_screen import focus_field_binding, plural
from pressreader.tui.targets import AtAnchor, AtMatch, Target


def speaker_prompt(speaker: SpeakerSummary) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    text.append(one_line(speaker.name), "bold")
    # The counts before the role, which can be long: they must stay visible.
    text.append(f"  {plural(speaker.articles, 'article')} · {plural(speaker.quotes, 'quote')}")
    if speaker.quotes:
        text.append(f" ({speaker.direct} direct, {speaker.indirect} indirect)", "dim")
    about = ", ".join(one_line(v) for v in (speaker.role, speaker.affiliation) if v)
    if about:
        text.append(" — " + about, "italic")
    return text


def quote_prompt(quote: QuoteRef) -> Text:
    head = Text(no_wrap=True, overflow="ellipsis", end="")
    head.append(one_line(quote.title), "bold")
    if quote.published:
        head.append(f"  {quote.published.isoformat()}", "dim")
    body = Text(no_wrap=True, overflow="ellipsis", end="")
    if quote.kind == "indirect":
        body.append("  (indirect) ", "dim")
        body.append(one_line(quote.text), "italic")
    else:
        body.append("  “" + one_line(quote.text) + "”")
    return Text("\n", end="").join([head, body])


def quote_target(quote: QuoteRef) -> Target | None:
    if (
        quote.section_index is not None
        and quote.section_id is not None
        and quote.paragraph is not None
        and quote.start is not None
        and quote.end is not None
    ):
        anchor = Anchor(
            quote.section_index, quote.section_id, quote.paragraph, quote.start, quote.end
        )
        return AtAnchor(anchor, "quote", quote.line)
    if quote.section_index is not None:
        return AtMatch(quote.section_index, quote.paragraph)
    return None


class SpeakersScreen(FilteredListScreen[SpeakerSummary, str]):
    """Every speaker of the library."""

    HELP_GROUP = "Speakers"
    TITLE_TEXT = "Speakers in the library"
    PLACEHOLDER = "filter by name, role or affiliation"
    BINDINGS: ClassVar[list[BindingType]] = [
        focus_field_binding("speakers.filter"),
        Binding("x", "export", "Export", id="speakers.export", show=False),
    ]
    LOADING = "Reading the index…"
    UNAVAILABLE = "The speakers view needs the library index: "
    NOUN = "speaker"
    EMPTY = "No speakers in this library"
    HINT = "Enter lists their quotes"

    def __init__(self, article: Article | None = None) -> None:
        super().__init__()
        self.article = article  # opened from this article: its speakers first

    @property
    def speakers(self) -> list[SpeakerSummary]:
        return self.items

    def fetch(self) -> list[SpeakerSummary]:
        source = self.session.source
        source.ensure_index()
        article = self.article
        names = set()
        if article is not None:
            names = {s.name for s in article.speakers} | {q.speaker for q in article.quotes}
        return self.put_first(source.speakers(), lambda speaker: speaker.name in names)

    def key_of(self, item: SpeakerSummary) -> str:
        return " ".join(v or "" for v in (item.name, item.role, item.affiliation)).casefold()

    def row(self, item: SpeakerSummary) -> Text:
        return speaker_prompt(item)

    def open_item(self, item: SpeakerSummary) -> None:
        self.app.push_screen(SpeakerQuotesScreen(item))

    def export_job(self) -> ExportJob | None:
        """The quotes of the speaker under the cursor."""
        speaker = self.cursor_item()
        if speaker is None or not speaker.quotes:
            return None
        return speaker_job(self, speaker, None)

    def action_export(self) -> None:
        export_shown(self, self.export_job(), "No quotes to export: move to a quoted speaker")


class SpeakerQuotesScreen(FilteredListScreen[QuoteRef, str]):
    """Every quote of one speaker, across the library."""

    HELP_GROUP = "Quotes of a speaker"
    PLACEHOLDER = "filter the quotes or article titles"
    BINDINGS: ClassVar[list[BindingType]] = [
        focus_field_binding("speaker-quotes.filter"),
        Binding("x", "export", "Export", id="speaker-quotes.export", show=False),
    ]
    LOADING = "Reading the index…"

    def __init__(self, speaker: SpeakerSummary) -> None:
        super().__init__()
        self.speaker = speaker

    @property
    def quotes(self) -> list[QuoteRef]:
        return self.items

    def title_text(self) -> Text:
        title = Text("Quotes of ", style="bold")
        title.append(one_line(self.speaker.name), "bold italic")
        return title

    def fetch(self) -> list[QuoteRef]:
        return self.session.source.quotes_by(self.speaker.name)

    def key_of(self, item: QuoteRef) -> str:
        return f"{item.text} {item.title}".casefold()

    def row(self, item: QuoteRef) -> Text:
        return quote_prompt(item)

    def status(self, words: list[str], matching: list[QuoteRef]) -> Text:
        direct = sum(1 for q in matching if q.kind != "indirect")
        articles = len({(q.path, q.document) for q in matching})
        status = Text(
            f"{plural(len(matching), 'quote')} ({direct} direct, {len(matching) - direct} "
            f"indirect) in {plural(articles, 'article')}"
        )
        status.append("  · Enter opens the article at the quote", "dim")
        return status

    def open_item(self, item: QuoteRef) -> None:
        entry = entry_for(item.path, item.document, item.article_id, item.title)
        self.open_at(entry, quote_target(item))

    def export_job(self) -> ExportJob | None:
        """The speaker's quotes listed (those the filter keeps)."""
        quotes = self.matching()
        if not quotes:
            return None
        shown = {(str(q.path), q.line) for q in quotes} if self.filtering() else None
        return speaker_job(self, self.speaker, shown, len(quotes))

    def action_export(self) -> None:
        export_shown(self, self.export_job(), "No quotes listed to export")


def speaker_job(
    screen: FilteredListScreen[Any, Any],
    speaker: SpeakerSummary,
    shown: set[tuple[str, int]] | None,
    count: int | None = None,
) -> ExportJob:
    number = speaker.quotes if count is None else count
    what = f"{plural(number, 'quote')} of {speaker.name}"
    return library_job(
        screen.app, what, f"quotes-{speaker.name}", "quotes", speaker=speaker.name, shown=shown
    )
