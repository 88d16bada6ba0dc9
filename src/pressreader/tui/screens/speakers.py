"""Who said what across the library.

`SpeakersScreen` lists every speaker with the number of articles and quotes (most quoted
first, filtered as you type by name, role or affiliation); Enter lists that speaker's quotes
(`SpeakerQuotesScreen`), direct and indirect, newest article first; Enter on a quote opens
its article with the quote in view and highlighted.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.binding import Binding, BindingType
from textual.widgets import Input

from pressreader.index import QuoteRef, SpeakerSummary
from pressreader.model import Anchor
from pressreader.tui.library_source import IndexUnavailable, entry_for
from pressreader.tui.reading import AtAnchor, AtMatch, Target
from pressreader.tui.views import MAX_ROWS, ListView, one_line


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def speaker_prompt(speaker: SpeakerSummary) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    text.append(one_line(speaker.name), "bold")
    # The counts before the role, which can be long: they must stay visible.
    text.append(f"  {_plural(speaker.articles, 'article')} · {_plural(speaker.quotes, 'quote')}")
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


class SpeakersScreen(ListView):
    """Every speaker of the library."""

    HELP_GROUP = "Speakers"
    TITLE_TEXT = "Speakers in the library"
    PLACEHOLDER = "filter by name, role or affiliation"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "focus_field", "Filter", id="speakers.filter"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.speakers: list[SpeakerSummary] = []
        self.shown: list[SpeakerSummary] = []
        self._folded: list[str] = []  # each speaker's name, role and affiliation, case-folded

    def on_mount(self) -> None:
        self.set_status("Reading the index…")
        self.options.focus()
        self._load()

    @work(thread=True, exclusive=True, group="speakers")
    def _load(self) -> None:
        source = self.session.source
        try:
            source.ensure_index()
            result: list[SpeakerSummary] | str = source.speakers()
        except IndexUnavailable as error:
            result = f"The speakers view needs the library index: {error}"
        self.app.call_from_thread(self._loaded, result)

    def _loaded(self, result: list[SpeakerSummary] | str) -> None:
        if isinstance(result, str):
            self.set_status(result, error=True)
            return
        self.speakers = result
        self._folded = [
            " ".join(v or "" for v in (s.name, s.role, s.affiliation)).casefold() for s in result
        ]
        self.forget_rows()
        self.refill()

    @on(Input.Changed, ".view-field")
    def _filter(self, event: Input.Changed) -> None:
        event.stop()
        self.schedule_refill()

    @on(Input.Submitted, ".view-field")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.shown:
            self.options.focus()

    def refill(self) -> None:
        words = self.field.value.casefold().split()
        indexes = [i for i, text in enumerate(self._folded) if all(w in text for w in words)]
        speakers = self.speakers
        matching = [speakers[i] for i in indexes]
        self.shown = matching[:MAX_ROWS]
        self.show_rows(indexes[:MAX_ROWS], lambda i: speaker_prompt(speakers[i]))
        status = Text(_plural(len(self.speakers), "speaker"))
        if words:
            status = Text(f"{len(matching):,} of ") + status
        if len(matching) > len(self.shown):
            status.append(f" · showing the first {len(self.shown):,}: type to narrow")
        if not self.speakers:
            status = Text("No speakers in this library")
        status.append("  · Enter lists their quotes", "dim")
        self.set_status(status)

    def open_row(self, index: int) -> None:
        if 0 <= index < len(self.shown):
            self.app.push_screen(SpeakerQuotesScreen(self.shown[index]))


class SpeakerQuotesScreen(ListView):
    """Every quote of one speaker, across the library."""

    HELP_GROUP = "Quotes of a speaker"
    PLACEHOLDER = "filter the quotes or article titles"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "focus_field", "Filter", id="speaker-quotes.filter"),
    ]

    def __init__(self, speaker: SpeakerSummary) -> None:
        super().__init__()
        self.speaker = speaker
        self.quotes: list[QuoteRef] = []
        self.shown: list[QuoteRef] = []

    def on_mount(self) -> None:
        title = Text("Quotes of ", style="bold")
        title.append(one_line(self.speaker.name), "bold italic")
        self.set_title(title)
        self.set_status("Reading the index…")
        self.options.focus()
        self._load()

    @work(thread=True, exclusive=True, group="speaker-quotes")
    def _load(self) -> None:
        try:
            result: list[QuoteRef] | str = self.session.source.quotes_by(self.speaker.name)
        except IndexUnavailable as error:
            result = str(error)
        self.app.call_from_thread(self._loaded, result)

    def _loaded(self, result: list[QuoteRef] | str) -> None:
        if isinstance(result, str):
            self.set_status(result, error=True)
            return
        self.quotes = result
        self.refill()

    @on(Input.Changed, ".view-field")
    def _filter(self, event: Input.Changed) -> None:
        event.stop()
        self.schedule_refill()

    @on(Input.Submitted, ".view-field")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.shown:
            self.options.focus()

    def refill(self) -> None:
        words = self.field.value.casefold().split()

        def keep(quote: QuoteRef) -> bool:
            folded = f"{quote.text} {quote.title}".casefold()
            return all(word in folded for word in words)

        matching = [q for q in self.quotes if keep(q)]
        self.shown = matching[:MAX_ROWS]
        self.set_rows([quote_prompt(q) for q in self.shown])
        direct = sum(1 for q in matching if q.kind != "indirect")
        articles = len({(q.path, q.document) for q in matching})
        status = Text(
            f"{_plural(len(matching), 'quote')} ({direct} direct, {len(matching) - direct} "
            f"indirect) in {_plural(articles, 'article')}"
        )
        status.append("  · Enter opens the article at the quote", "dim")
        self.set_status(status)

    def open_row(self, index: int) -> None:
        if 0 <= index < len(self.shown):
            quote = self.shown[index]
            entry = entry_for(quote.path, quote.document, quote.article_id, quote.title)
            self.open_at(entry, quote_target(quote))
