"""Annotating in the article screen: review, mark new quotes and statistics, save.

`Annotator` belongs to one article screen. It turns keys and forms into changes
(`pressreader.editing.ops`), applies them to the article's text in an editing session (with
undo and redo), shows the article again from the new text where the reader was, and saves on
request. Nothing reaches the file before a save; a save that cannot happen (the file changed
on disk, a read-only file, a full disk) keeps every change in the session.

A keyboard selection (`v`) starts at the current find match, or at the first words in view,
and grows by words, to a sentence's end or to the next find match; `q` makes it a quote and
`f` a statistic, each through a small form started from the words. `V` starts the same
selection on the selected quote's or statistic's own words; Enter then moves the annotation
to the words selected (`ops.Respan`).
"""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pressreader.article import selection as sel
from pressreader.editing import ops
from pressreader.model import Article, LoadResult, Quote, Statistic
from pressreader.text.sanitize import escape_line, one_line
from pressreader.tui.reader_app import reader_app
from pressreader.tui.screens.annotate_forms import (
    ChoiceDialog,
    QuoteFields,
    QuoteForm,
    StatisticFields,
    StatisticForm,
    TagsSummary,
    TagsSummaryForm,
    VersionsDialog,
)

if TYPE_CHECKING:
    from pressreader.editing.save import Backup
    from pressreader.editing.session import Change as SessionChange
    from pressreader.editing.session import EditSession
    from pressreader.tui.screens.article import ArticleScreen
    from pressreader.tui.screens.reading_keeper import ReadingKeeper

Kind = Literal["quote", "statistic"]
Selected = tuple[Kind, int]
# A change, or one made from the article as the text has it after the changes before it.
Change = ops.Operation | Callable[[Article], ops.Operation]


# Said when a selection cannot grow: it never leaves its paragraph (FORMAT.md "Anchoring").
_PARAGRAPH_END = "The paragraph ends here: an annotation stays within one paragraph"


def _items(article: Article, kind: Kind) -> Sequence[Quote | Statistic]:
    return article.quotes if kind == "quote" else article.statistics


def _describe(backup: Backup) -> str:
    """`2026-12-03 08:15:02  12,345 bytes`: when a kept version was replaced, its size."""
    import datetime as dt

    when = dt.datetime.fromtimestamp(backup.saved_ns / 1e9).astimezone()
    return f"{when:%Y-%m-%d %H:%M:%S}  {backup.size:,} bytes"


def _reading_order(article: Article) -> list[tuple[tuple[int, int, int, int], Selected]]:
    """Every quote and statistic by where its words stand (those without words last)."""
    order: list[tuple[tuple[int, int, int, int], Selected]] = []
    kinds: tuple[Kind, Kind] = ("quote", "statistic")
    for kind in kinds:
        for index, item in enumerate(_items(article, kind)):
            anchor = item.anchor
            key = (
                (anchor.section_index, anchor.paragraph, anchor.start, 0)
                if anchor is not None
                else (1 << 30, 0, 0, index)
            )
            order.append((key, (kind, index)))
    order.sort()
    return order


def _is_reviewed(article: Article, selected: Selected) -> bool:
    kind, index = selected
    items = article.quotes if kind == "quote" else article.statistics
    return items[index].reviewed


class Annotator:
    """The annotate keys of one article screen (see the module documentation)."""

    def __init__(self, screen: ArticleScreen) -> None:
        self.screen = screen
        # The file's text, its undo history in steps and the unsaved count (a new speaker
        # and the quote that names them are one step).
        self.session: EditSession | None = None
        self.selection: sel.Selection | None = None
        # The annotation the selection is to move (`V`), or None: a new one (`v`).
        self.moving: Selected | None = None
        self.last_speaker: str | None = None

    # -- state -----------------------------------------------------------------------------

    @property
    def article(self) -> Article:
        return self.screen.article

    @property
    def dirty(self) -> bool:
        return self.session is not None and self.session.dirty

    @property
    def path(self) -> Path | None:
        return self.article.path

    def _keeper(self) -> ReadingKeeper | None:
        from pressreader.tui.screens.reading_keeper import ReadingKeeper

        found = self.screen.query(ReadingKeeper)
        return found.first() if found else None

    def _session(self) -> EditSession | None:
        """The editing session, opened with the first change (None: the article has no file,
        or it cannot be read: said in a notice)."""
        if self.session is not None:
            return self.session
        path = self.path
        if path is None:
            self.screen.notify("This article has no file: it cannot be changed", severity="warning")
            return None
        from pressreader.editing.errors import EditError
        from pressreader.editing.session import EditSession
        from pressreader.library.location import inside_package

        if inside_package(path.parent):
            self.screen.notify(
                "The bundled samples are never changed: copy the file into your library "
                "to annotate it",
                title="Cannot edit",
                severity="warning",
            )
            return None

        try:
            self.session = EditSession.open(path)
        except EditError as error:
            self.screen.notify(error.reason, title="Cannot edit", severity="error", markup=False)
            return None
        except OSError as error:
            self.screen.notify(
                f"{escape_line(str(path))}: {error.strerror or error}",
                title="Cannot edit",
                severity="error",
                markup=False,
            )
            return None
        return self.session

    def forget_session(self) -> None:
        """The file was read again from disk (and nothing was pending): the next change opens
        a fresh session on it."""
        if not self.dirty:
            self.drop_session()

    def drop_session(self) -> None:
        """Forget the session, its unsaved changes and its undo history."""
        self.session = None

    # -- the annotation a key acts on --------------------------------------------------------

    def target(self) -> Selected | None:
        selected = self.screen.annotation_target()
        if selected is None:
            self.screen.notify(
                "Nothing selected: r goes to the next unreviewed annotation, Tab to the quotes",
                severity="warning",
            )
        return selected

    def ref(self, selected: Selected, article: Article | None = None) -> ops.AnnotationRef:
        """Where the annotation stands in the file (in `article`, a later version of the
        text: adding a speaker moves the quotes below it)."""
        kind, index = selected
        item = _items(article or self.article, kind)[index]
        return ops.AnnotationRef(kind, item.line, item.column)

    # -- review: accept, delete, edit ----------------------------------------------------------

    def accept(self) -> None:
        selected = self.target()
        if selected is None:
            return
        if _is_reviewed(self.article, selected):
            self.screen.notify("Already reviewed", timeout=2)
            return
        if self.apply([ops.Accept(self.ref(selected))], "Accepted", reselect=selected):
            self.next_unreviewed(forward=True, quiet=True, after=selected)

    def delete(self) -> None:
        selected = self.target()
        if selected is None:
            return
        self.apply([ops.Delete(self.ref(selected))], f"Deleted the {selected[0]}")

    def edit(self) -> None:
        selected = self.target()
        if selected is None:
            return
        kind, index = selected
        ref = self.ref(selected)
        if kind == "quote":
            quote = self.article.quotes[index]
            form = QuoteForm(
                f"Edit the quote by {quote.speaker}",
                quote.text,
                [speaker.name for speaker in self.article.speakers],
                speaker=quote.speaker,
                kind=quote.kind,
                note=quote.note,
            )

            def quote_done(fields: QuoteFields | None) -> None:
                if fields is None:
                    return
                changes: list[Change] = list(self._speaker_first(fields))
                changes.append(
                    lambda now: ops.EditQuote(
                        self.ref(selected, now), fields.speaker, fields.kind, fields.note
                    )
                )
                self.last_speaker = fields.speaker
                self.apply(changes, "Quote changed", reselect=selected)

            self.screen.app.push_screen(form, quote_done)
            return
        statistic = self.article.statistics[index]
        statistic_form = StatisticForm(
            f"Edit the statistic: {statistic.label}",
            statistic.text,
            label=statistic.label,
            value=statistic.value,
            previous=statistic.previous,
            unit=statistic.unit,
            period=statistic.period,
            note=statistic.note,
        )

        def statistic_done(fields: StatisticFields | None) -> None:
            if fields is None:
                return
            change = ops.EditStatistic(
                ref,
                fields.label,
                fields.value,
                fields.previous,
                fields.unit,
                fields.period,
                fields.note,
            )
            self.apply([change], "Statistic changed", reselect=selected)

        self.screen.app.push_screen(statistic_form, statistic_done)

    def _speaker_first(self, fields: QuoteFields) -> list[ops.Operation]:
        if not fields.new_speaker or self.article.speaker(fields.speaker) is not None:
            return []
        return [
            ops.AddSpeaker(self.article.document, fields.speaker, fields.role, fields.affiliation)
        ]

    # -- the next unreviewed annotation --------------------------------------------------------

    def next_unreviewed(
        self, *, forward: bool, quiet: bool = False, after: Selected | None = None
    ) -> None:
        article = self.article
        order = _reading_order(article)
        unreviewed = [s for _, s in order if not _is_reviewed(article, s)]
        if not unreviewed:
            if not quiet:
                self.screen.notify("No unreviewed quotes or statistics left", timeout=3)
            return
        current = after or self.screen.annotation_target()
        positions = [s for _, s in order]
        if current is not None and current in positions:
            here = positions.index(current)
            ahead = (
                positions[here + 1 :] + positions[:here]
                if forward
                else (positions[:here][::-1] + positions[here + 1 :][::-1])
            )
            chosen = next((s for s in ahead if not _is_reviewed(article, s)), unreviewed[0])
        else:
            chosen = unreviewed[0] if forward else unreviewed[-1]
        kind, index = chosen
        if kind == "quote":
            self.screen.goto_quote(index)
        else:
            self.screen.goto_statistic(index)
        left = len(unreviewed)
        self.screen.notify(
            f"{left} unreviewed left (a accepts, e edits, V moves its words, d deletes)",
            timeout=3,
        )

    # -- selecting words -------------------------------------------------------------------------

    def start_selection(self) -> None:
        view = self.screen.view
        match = view.current_match_place()
        chosen: sel.Selection | None = None
        if match is not None:
            section, paragraph, start, end = match
            chosen = sel.start_selection(self.article, section, paragraph, start, end)
        if chosen is None:
            top = view.top_paragraph()
            if top is not None:
                chosen = sel.start_selection(self.article, *top)
        if chosen is None:
            self.screen.notify("No text in view to select", severity="warning")
            return
        self._show(chosen)
        self.screen.notify(
            "Selecting: w word, s sentence, n to the next match; q quote, f figure, Esc cancels",
            timeout=4,
        )

    def start_move(self) -> None:
        """`V`: select the selected quote's or statistic's own words, for Enter to move it to
        the words the selection is adjusted to."""
        selected = self.target()
        if selected is None:
            return
        kind, index = selected
        anchor = _items(self.article, kind)[index].anchor
        if anchor is None:
            self.screen.notify(
                f"This {kind} has no words in the text to move (e edits its fields)",
                severity="warning",
            )
            return
        self.moving = selected
        self.screen.view.focus()  # the selection's keys, Enter among them, are the screen's
        self._show(sel.of_anchor(anchor))
        self.screen.edits_changed()

    def moving_hint(self) -> str | None:
        """The line over the text while a selection is to move an annotation (None: it is
        not): that Enter moves it, and which it is."""
        moving = self.moving
        if moving is None or self.selection is None:
            return None
        kind, index = moving
        items = _items(self.article, kind)
        if index >= len(items):
            return None
        item = items[index]
        who = item.speaker if isinstance(item, Quote) else item.label
        return f"Moving the {kind}'s words: Enter moves it here, Esc cancels ({one_line(who)})"

    def _show(self, chosen: sel.Selection | None) -> None:
        self.selection = chosen
        if chosen is None and self.moving is not None:
            self.moving = None
            self.screen.edits_changed()
        self.screen.view.set_selection(None if chosen is None else chosen.anchor())
        self.screen.refresh_bindings()

    def cancel_selection(self) -> None:
        self._show(None)

    def _grow(
        self, grow: Callable[[str, sel.Selection], sel.Selection], unchanged: str = ""
    ) -> None:
        chosen = self.selection
        if chosen is None:
            return
        grown = grow(sel.paragraph_text(self.article, chosen), chosen)
        if grown == chosen and unchanged:
            self.screen.notify(unchanged, timeout=3)
        self._show(grown)

    def extend_word(self) -> None:
        self._grow(sel.extend_word, _PARAGRAPH_END)

    def shrink_word(self) -> None:
        self._grow(sel.shrink_word, "One word is the fewest")

    def extend_sentence(self) -> None:
        self._grow(sel.extend_sentence, _PARAGRAPH_END)

    def move_start(self, step: int) -> None:
        self._grow(lambda text, chosen: sel.move_start(text, chosen, step))

    def shift_start(self, step: int) -> None:
        self._grow(
            lambda text, chosen: sel.shift_start(text, chosen, step),
            "This is the paragraph's first word" if step < 0 else "One word is the fewest",
        )

    def extend_to_match(self) -> None:
        chosen = self.selection
        if chosen is None:
            return
        matches = self.screen.view.matches_in(chosen.section_index, chosen.paragraph)
        later = [end for start, end in matches if start >= chosen.end or end > chosen.end]
        if not later:
            message = (
                "No search yet: / finds words, then n extends to them"
                if self.screen.view.find_results is None
                else "No further match in this paragraph"
            )
            self.screen.notify(message, severity="warning", timeout=3)
            return
        self._show(sel.extend_to(chosen, min(later)))

    def confirm_move(self) -> None:
        """Enter while moving (`V`): the annotation is given the words selected, as one
        change; refused (and still selecting) when they cannot be its words."""
        chosen, moving = self.selection, self.moving
        if chosen is None or moving is None:
            return
        kind, index = moving
        items = _items(self.article, kind)
        if index >= len(items):
            self.cancel_selection()
            return
        text = sel.paragraph_text(self.article, chosen)
        words = sel.moved_words(text, chosen, quote=kind == "quote")
        if words is None:
            self.screen.notify(
                "No words selected, only quotation marks: w adds a word",
                title="Not moved",
                severity="warning",
            )
            return
        if items[index].anchor == words.anchor():
            self.screen.notify(
                f"These are the {kind}'s words already: w, W, s, H, L change them; Esc cancels",
                timeout=4,
            )
            return
        span = ops.Span(words.section_id, words.paragraph, words.start, words.end)
        what = "Quote" if kind == "quote" else "Statistic"
        self.apply([ops.Respan(self.ref(moving), span)], f"{what} moved", reselect=moving)

    def make_quote(self) -> None:
        chosen = self.selection
        if chosen is None:
            return
        text = sel.paragraph_text(self.article, chosen)
        words = sel.quote_words(text, chosen)
        speaker = sel.likely_speaker(self.article, words, self.last_speaker)
        form = QuoteForm(
            "New quote",
            text[words.start : words.end],
            [speaker.name for speaker in self.article.speakers],
            speaker=speaker,
        )

        def done(fields: QuoteFields | None) -> None:
            if fields is None:
                return
            changes = self._speaker_first(fields)
            span = ops.Span(words.section_id, words.paragraph, words.start, words.end)
            changes.append(
                ops.AddQuote(self.article.document, span, fields.speaker, fields.kind, fields.note)
            )
            self.last_speaker = fields.speaker
            if self.apply(changes, "Quote added", reselect_span=("quote", span)):
                self.cancel_selection()

        self.screen.app.push_screen(form, done)

    def make_statistic(self) -> None:
        chosen = self.selection
        if chosen is None:
            return
        from pressreader.text.numbers import parse_number

        text = sel.paragraph_text(self.article, chosen)
        words = sel.trimmed(text, chosen, keep_stop=False)
        said = text[words.start : words.end]
        number = parse_number(said)
        form = StatisticForm(
            "New statistic",
            said,
            value=None if number is None else number.value,
            unit=None if number is None else number.unit,
        )

        def done(fields: StatisticFields | None) -> None:
            if fields is None:
                return
            span = ops.Span(words.section_id, words.paragraph, words.start, words.end)
            change = ops.AddStatistic(
                self.article.document,
                span,
                fields.label,
                fields.value,
                fields.previous,
                fields.unit,
                fields.period,
                fields.note,
            )
            if self.apply([change], "Statistic added", reselect_span=("statistic", span)):
                self.cancel_selection()

        self.screen.app.push_screen(form, done)

    # -- tags and summary -----------------------------------------------------------------------

    def edit_tags(self) -> None:
        article = self.article
        form = TagsSummaryForm(f"Tags and summary: {article.title}", article.tags, article.summary)

        def done(result: TagsSummary | None) -> None:
            if result is None:
                return
            changes: list[ops.Operation] = []
            if list(result.tags) != list(article.tags):
                changes.append(ops.SetTags(article.document, result.tags))
            if result.summary != article.summary:
                changes.append(ops.SetSummary(article.document, result.summary))
            if not changes:
                self.screen.notify("Nothing changed", timeout=2)
                return
            self.apply(changes, "Tags and summary changed")

        self.screen.app.push_screen(form, done)

    # -- applying, undo, redo --------------------------------------------------------------------

    def apply(
        self,
        changes: Sequence[Change],
        message: str,
        *,
        reselect: Selected | None = None,
        reselect_span: tuple[Kind, ops.Span] | None = None,
    ) -> bool:
        """Apply `changes` as one step; show the article from the new text. False when the
        change was refused (the reason is shown, nothing changed)."""
        from pressreader.editing.errors import EditError, EditRefused

        session = self._session()
        if session is None:
            return False
        try:
            session.apply_step([self._made_on_result(change) for change in changes])
        except EditError as error:
            hint = " (E opens the file in your editor)" if isinstance(error, EditRefused) else ""
            self.screen.notify(
                error.reason + hint, title="Not changed", severity="error", markup=False
            )
            return False
        self._show_result()
        if reselect is not None:
            self._select(reselect)
        elif reselect_span is not None:
            self._select_span(*reselect_span)
        self.screen.notify(f"{message} (u undoes, ctrl+s saves)", timeout=3, markup=False)
        return True

    def undo(self) -> None:
        session = self.session
        if session is None or not session.undo():
            self.screen.notify("Nothing to undo", timeout=2)
            return
        self._show_result(keep_selected=True)
        left = session.undoable
        self.screen.notify(f"Undone ({left} more to undo)" if left else "Undone", timeout=2)

    def redo(self) -> None:
        session = self.session
        if session is None or not session.redo():
            self.screen.notify("Nothing to redo", timeout=2)
            return
        self._show_result(keep_selected=True)
        self.screen.notify("Redone", timeout=2)

    def _show_result(self, *, keep_selected: bool = False) -> None:
        """Show the article as the session's text has it now, where the reader was (with
        `keep_selected`, the annotation selected stays so when it is still there)."""
        selected = self.screen.annotation_target() if keep_selected else None
        session = self.session
        if session is None:
            return
        result = session.result
        fresh = self._article_in(result)
        if fresh is None:  # every change is checked against new problems: not expected
            self.screen.notify("The changed article could not be read", severity="error")
            return
        keeper = self._keeper()
        if keeper is not None:
            keeper.replace_article(fresh)
        else:
            self.screen.article = fresh
        self.screen.set_problems(result.warnings)
        self.selection = None
        self.moving = None
        self.screen.edits_changed()
        if selected is not None:
            self._select(selected)

    def _made_on_result(self, change: Change) -> SessionChange:
        """`change` for the session: one made from this article is made from it as the
        step's changes before it left it."""
        if not callable(change):
            return change
        return lambda result: change(self._article_in(result) or self.article)

    def _article_in(self, result: LoadResult) -> Article | None:
        """This article in a new version of its file: the same id, else the same document."""
        article = self.article
        fresh = next((a for a in result.articles if a.id == article.id), None)
        if fresh is None:
            fresh = next((a for a in result.articles if a.document == article.document), None)
        return fresh

    def _select(self, selected: Selected) -> None:
        kind, index = selected
        items = self.article.quotes if kind == "quote" else self.article.statistics
        if index < len(items):
            if kind == "quote":
                self.screen.goto_quote(index)
            else:
                self.screen.goto_statistic(index)

    def _select_span(self, kind: Kind, span: ops.Span) -> None:
        for index, item in enumerate(_items(self.article, kind)):
            anchor = item.anchor
            if (
                anchor is not None
                and anchor.section_id == span.section_id
                and anchor.paragraph == span.paragraph
                and anchor.start == span.start
                and anchor.end == span.end
            ):
                self._select((kind, index))
                return

    # -- saving ------------------------------------------------------------------------------------

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Write the changes to the file; `then` runs once they are saved."""
        from pressreader.editing.errors import SaveConflict, SaveError

        session = self.session
        if session is None or not session.dirty:
            self.screen.notify("No changes to save", timeout=2)
            if then is not None:
                then()
            return
        try:
            session.save()
        except SaveConflict as error:
            self._conflict(error.reason, gone=error.gone)
            return
        except SaveError as error:
            self.screen.notify(
                f"{error.reason}. Your changes are kept: ctrl+s tries again",
                title="Not saved",
                severity="error",
                markup=False,
                timeout=12,
            )
            return
        keeper = self._keeper()
        if keeper is not None:
            keeper.file_saved(self.article)
        reader_app(self.screen.app).library_changed()
        path = self.path
        self.screen.edits_changed()
        self.screen.notify(f"Saved {escape_line(str(path))}", timeout=3, markup=False)
        if then is not None:
            then()

    def _conflict(self, reason: str, *, gone: bool = False) -> None:
        """The file changed on disk, or went (`gone`): the reason says that nothing was
        written; the changes stay, and `r` reads the file again and applies them to it."""
        pending = self.pending
        kept = "your 1 change is kept" if pending == 1 else f"your {pending} changes are kept"
        heading = "The file was deleted or moved" if gone else "The file changed on disk"
        session = self.session
        if session is not None and self.dirty and not session.pending:
            # Undone past the last save: they are no run of changes to apply to the file as
            # it is now, so reading it again would lose them. Offer nothing that does.
            self.screen.app.push_screen(
                ChoiceDialog(
                    heading,
                    f"{reason}; {kept} here. They undo past your last save, so they cannot "
                    "be applied to the file as it is now: redo up to your save to apply "
                    "the rest, or leave and choose to discard them.",
                    [],
                )
            )
            return

        def chosen(key: str | None) -> None:
            if key == "r":
                self.reload_and_reapply()

        self.screen.app.push_screen(
            ChoiceDialog(
                heading,
                f"{reason}; {kept}.",
                [
                    (
                        "r",
                        "once it is back, read the file again and apply your changes to it"
                        if gone
                        else "reload the file and apply your changes to it again",
                    )
                ],
            ),
            chosen,
        )

    def reload_and_reapply(self) -> None:
        """Read the file as it is on disk now and apply this session's unsaved changes to it
        again; those that no longer fit (their annotation changed or is gone) are said."""
        from pressreader.editing.errors import EditError

        session = self.session
        if session is None:
            return
        try:
            failed = session.reload(reapply=True)
        except EditError as error:
            self.screen.notify(error.reason, title="Not reloaded", severity="error", markup=False)
            return
        self._show_result()
        keeper = self._keeper()
        if keeper is not None:
            keeper.file_saved(self.article)
        if failed:
            self.screen.notify(
                "\n".join(one_line(error.reason) for _, error in failed[:5]),
                title=f"Reloaded; {len(failed)} of your changes no longer fit",
                severity="warning",
                markup=False,
                timeout=12,
            )
        else:
            self.screen.notify(
                f"Reloaded; your {session.undoable} changes applied again (ctrl+s saves)",
                timeout=5,
            )

    # -- leaving, the editor, earlier versions ---------------------------------------------------

    def confirm_leave(self, leave: Callable[[], None]) -> None:
        """Leave at once without unsaved changes; with some, ask: save, discard or stay."""
        if not self.dirty:
            leave()
            return
        count = self.pending
        them = "it" if count == 1 else "them"

        def chosen(key: str | None) -> None:
            if key == "s":
                self.save(then=leave)
            elif key == "d":
                self.drop_session()
                leave()

        self.screen.app.push_screen(
            ChoiceDialog(
                "Unsaved changes",
                f"{one_line(self.article.title)}: {count} "
                f"{'change' if count == 1 else 'changes'} not saved.",
                [("s", f"save {them}, then leave"), ("d", f"discard {them} and leave")],
            ),
            chosen,
        )

    def open_editor(self) -> None:
        """Suspend the reader, edit the file in $VISUAL or $EDITOR at the selected annotation's
        line (or the paragraph in view), and read it again afterwards."""
        path = self.path
        if path is None:
            self.screen.notify("This article has no file to edit", severity="warning")
            return
        if self.dirty:
            self.screen.notify(
                "Save (ctrl+s) or undo (u) your changes first: the editor opens the file",
                severity="warning",
            )
            return
        command = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
        try:
            argv = shlex.split(command)
        except ValueError:
            argv = []
        if not argv:
            self.screen.notify("$VISUAL/$EDITOR cannot be read as a command", severity="error")
            return
        line = self._editor_line()
        argv += [f"+{line}", str(path)]
        from textual.app import SuspendNotSupported

        try:
            with self.screen.app.suspend():
                try:
                    subprocess.run(argv, check=False)
                except OSError as error:
                    failure: str | None = f"{argv[0]}: {error.strerror or error}"
                else:
                    failure = None
        except SuspendNotSupported:
            self.screen.notify("This terminal cannot be handed to an editor", severity="error")
            return
        if failure is not None:
            self.screen.notify(failure, title="Editor", severity="error", markup=False)
        self.drop_session()
        keeper = self._keeper()
        if keeper is not None:
            keeper.check_file()

    def _editor_line(self) -> int:
        selected = self.screen.annotation_target()
        article = self.article
        if selected is not None:
            kind, index = selected
            item: Quote | Statistic = (
                article.quotes[index] if kind == "quote" else article.statistics[index]
            )
            if item.line:
                return item.line
        top = self.screen.view.top_paragraph()
        if top is not None:
            section = article.sections[top[0]]
            if top[1] < len(section.paragraph_lines):
                return section.paragraph_lines[top[1]]
            return section.line or article.line
        return article.line

    def versions(self) -> None:
        path = self.path
        if path is None:
            self.screen.notify("This article has no file", severity="warning")
            return
        from pressreader.editing import save as saving

        kept = saving.backups(path)
        if not kept:
            self.screen.notify("No earlier versions kept yet: one is kept at each save", timeout=4)
            return
        lines = [_describe(backup) for backup in kept]

        def chosen(index: int | None) -> None:
            if index is None:
                return

            def restore() -> None:
                from pressreader.editing.errors import EditError

                try:
                    _, stamp = saving.read(path)
                    saving.restore(path, kept[index], stamp)
                except EditError as error:
                    self.screen.notify(
                        error.reason, title="Not restored", severity="error", markup=False
                    )
                    return
                self.drop_session()
                self.screen.edits_changed()
                keeper = self._keeper()
                if keeper is not None:
                    keeper.check_file(own_write=True)
                self.screen.notify(
                    "Restored. The version it replaced is kept too (Restore an earlier version…)",
                    timeout=5,
                )

            self.confirm_leave(restore)

        self.screen.app.push_screen(
            VersionsDialog(f"Earlier versions of {path.name}", lines), chosen
        )

    @property
    def pending(self) -> int:
        """The changes not saved yet, counted in steps as `u` undoes them (a new speaker and
        its quote are one): the steps between the text and the file saved, undone past a
        save or not (the session keeps the count)."""
        session = self.session
        return session.unsaved if session is not None else 0
