"""Export what a view shows (`x`, or the command palette): this article's quotes or figures,
a speaker's quotes, the figures listed, the search's hits.

A small dialog chooses the format and the folder (the user's downloads folder by default);
the rows are written by the core's exporters (`pressreader.exporting`, as `pressreader export`
writes them) into a temporary file in a thread, which Textual's `App.deliver_text` then saves
in that folder under a new name (in a browser, it downloads). A notice says where it went,
once it is there. Over SSH the downloads folder is on the server: the dialog also offers to
put a small export on the user's own clipboard (OSC 52), and says when it is too large.

Nothing shown from the rows, the folder or an error is markup; one line each, escaped.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TextIO, runtime_checkable

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from pressreader.text.sanitize import escape_line
from pressreader.tui.reader_app import reader_app
from pressreader.tui.screens.base import STYLES, ReaderModal
from pressreader.tui.widgets.choice_list import ChoiceList
from pressreader.tui.widgets.fitted import FittedStatic

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

    from pressreader.exporting.records import Row
    from pressreader.index import Hit
    from pressreader.model import Article

# What an OSC 52 clipboard write may carry: terminals cap it (xterm, tmux and others near
# 100 KB of base64); 64 KB of text is about 86 KB of base64.
CLIPBOARD_LIMIT = 64 * 1024
FILE_CHOICES = (
    ("csv", "CSV — spreadsheets"),
    ("tsv", "TSV — tab-separated"),
    ("json", "JSON — one document"),
    ("jsonl", "JSON Lines — a record per line"),
    ("markdown", "Markdown — a brief per article, for notes"),
)
CLIPBOARD_CHOICES = (
    ("tsv", "TSV to your clipboard (OSC 52) — pastes into a spreadsheet"),
    ("markdown", "Markdown to your clipboard (OSC 52)"),
)
NAMES = {"csv": "CSV", "tsv": "TSV", "json": "JSON", "jsonl": "JSON Lines", "markdown": "Markdown"}
DELIVERY = "pressreader-export"  # the `name` of our deliveries (DeliveryComplete, Failed)


@dataclass(frozen=True, slots=True)
class ExportJob:
    """What a view exports: a description (`12 quotes of this article`), a stem for the file
    name, and the function that writes the rows in a format (run in a thread; returns how
    many it wrote)."""

    what: str
    stem: str
    write: Callable[[str, TextIO], int]


def over_ssh() -> bool:
    """Whether the reader runs in an SSH session (its downloads folder is the server's)."""
    return any(os.environ.get(name) for name in ("SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY"))


def downloads_folder() -> Path:
    """The user's downloads folder (where Textual's `deliver_text` saves by default)."""
    from platformdirs import user_downloads_path

    return Path(user_downloads_path())


def free_name(folder: Path, stem: str, extension: str) -> str:
    """`pressreader-STEM-DATE.EXT` in `folder`, with `-2`, `-3`... when that is taken."""
    from pressreader.text.textnorm import slugify

    day = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    base = f"pressreader-{slugify(stem)[:60].strip('-') or 'export'}-{day}"
    number = 1
    while True:
        name = f"{base}.{extension}" if number == 1 else f"{base}-{number}.{extension}"
        if not os.path.lexists(folder / name):
            return name
        number += 1


def size_text(size: int) -> str:
    return f"{size:,} bytes" if size < 1024 else f"{size / 1024:,.0f} KB"


def open_export(app: App[object], job: ExportJob) -> None:
    """The dialog for `job`; the export happens from it."""
    app.push_screen(ExportScreen(job))


class ExportScreen(ReaderModal):
    """Formats (and, over SSH, the clipboard) in a list, the folder in a field: Enter on a
    format, or in the field, exports; Escape cancels."""

    HELP_GROUP = "Export"
    CSS_PATH = STYLES / "export.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export.cancel"),
    ]

    def __init__(self, job: ExportJob) -> None:
        super().__init__()
        self.job = job
        self.busy = False
        self.choices: list[tuple[str, bool]] = [(fmt, False) for fmt, _ in FILE_CHOICES]
        if over_ssh():
            self.choices.extend((fmt, True) for fmt, _ in CLIPBOARD_CHOICES)

    def compose(self) -> ComposeResult:
        labels = [label for _, label in FILE_CHOICES]
        if over_ssh():
            labels.extend(label for _, label in CLIPBOARD_CHOICES)
        with Vertical(id="export-dialog"):
            title = Text("Export ", style="bold")
            title.append(escape_line(self.job.what))
            yield Static(title, id="export-title")
            yield ChoiceList(*(Option(Text(label)) for label in labels), id="export-choices")
            yield Static(Text("Into the folder:"), id="export-into")
            yield Input(str(downloads_folder()), id="export-folder")
            yield FittedStatic(Text(""), id="export-message")
            hint = "Enter exports · Tab: the folder · Escape cancels"
            if over_ssh():
                hint += f" · the clipboard takes up to {CLIPBOARD_LIMIT // 1024} KB"
            yield Static(Text(hint), id="export-hint")
        yield from self.compose_too_small()

    def on_mount(self) -> None:
        choices = self.query_one("#export-choices", OptionList)
        choices.highlighted = 0
        choices.focus()

    def say(self, line: str, *, error: bool = False) -> None:
        message = self.query_one("#export-message", Static)
        message.update(Text(" ".join(escape_line(line).split())))
        message.set_class(error, "-error")

    @on(OptionList.OptionSelected, "#export-choices")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.start(event.option_index)

    @on(Input.Submitted, "#export-folder")
    def _folder_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.start(self.query_one("#export-choices", OptionList).highlighted or 0)

    def start(self, index: int) -> None:
        if self.busy or not 0 <= index < len(self.choices):
            return
        fmt, clipboard = self.choices[index]
        folder = None
        if not clipboard:
            value = self.query_one("#export-folder", Input).value.strip()
            folder = Path(os.path.expanduser(value)) if value else downloads_folder()
            if folder == downloads_folder() and not folder.exists():
                # The user's downloads folder, which a fresh account may not have yet.
                try:
                    folder.mkdir(parents=True)
                except OSError as error:
                    self.say(f"Cannot make {folder}: {error.strerror or error}", error=True)
                    return
            if not folder.is_dir():
                self.say(f"No such folder: {folder}", error=True)
                return
        self.busy = True
        self.say("Exporting…")
        self._export(fmt, folder)

    @work(thread=True, exclusive=True, group="export")
    def _export(self, fmt: str, folder: Path | None) -> None:
        try:
            if folder is None:
                text = io.StringIO(newline="")
                count = self.job.write(fmt, text)
                self.app.call_from_thread(self._to_clipboard, fmt, text.getvalue(), count)
                return
            # Closed by `deliver_text` once saved (or below, on an error).
            stream = tempfile.TemporaryFile("w+", encoding="utf-8", newline="")  # noqa: SIM115
            try:
                count = self.job.write(fmt, stream)
                stream.seek(0)
            except BaseException:
                stream.close()
                raise
        except Exception as error:  # an index or disk error: said in the dialog
            self.app.call_from_thread(self._failed, str(error) or type(error).__name__)
            return
        self.app.call_from_thread(self._deliver, fmt, folder, stream, count)

    def _failed(self, reason: str) -> None:
        self.busy = False
        if self.is_attached:
            self.say(f"The export failed: {reason}", error=True)

    def _to_clipboard(self, fmt: str, text: str, count: int) -> None:
        self.busy = False
        size = len(text.encode("utf-8"))
        if not count:
            self.say("Nothing to export", error=True)
            return
        if size > CLIPBOARD_LIMIT:
            self.say(
                f"{size_text(size)}: too large for the clipboard over OSC 52 (at most "
                f"{CLIPBOARD_LIMIT // 1024} KB); export it to a file instead",
                error=True,
            )
            return
        self.app.copy_to_clipboard(text)
        self.dismiss(None)
        self.app.notify(
            f"Copied {self.job.what} as {NAMES[fmt]} to your clipboard (OSC 52, {size_text(size)})",
            markup=False,
        )

    def _deliver(self, fmt: str, folder: Path, stream: TextIO, count: int) -> None:
        self.busy = False
        if not count:
            stream.close()
            self.say("Nothing to export", error=True)
            return
        from pressreader.exporting import EXTENSIONS

        name = free_name(folder, self.job.stem, EXTENSIONS[fmt])
        key = self.app.deliver_text(
            stream,
            save_directory=folder,
            save_filename=name,
            encoding="utf-8",
            name=DELIVERY,
        )
        if key is not None:
            reader_app(self.app).deliveries[key] = f"{self.job.what} as {NAMES[fmt]}"
        self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)


# -- what each view exports ------------------------------------------------------------------


def article_job(article: Article, path: str, kind: str) -> ExportJob:
    """This article's quotes (`kind` "quotes") or figures ("statistics"), from the article
    open (the rows the index would give, made by the same functions)."""
    from pressreader.exporting import write
    from pressreader.exporting.article import article_group

    count = len(article.quotes if kind == "quotes" else article.statistics)
    noun = "quote" if kind == "quotes" else "figure"
    what = f"the {count} {noun}{'' if count == 1 else 's'} of this article"

    def run(fmt: str, out: TextIO) -> int:
        return write(kind, fmt, [article_group(article, path, kind)], out)

    return ExportJob(what, f"{kind}-{article.id}", run)


def library_job(
    app: App[object],
    what: str,
    stem: str,
    kind: str,
    *,
    speaker: str | None = None,
    shown: set[tuple[str, int]] | None = None,
    query: str | None = None,
    found: list[Hit] | None = None,
) -> ExportJob:
    """Rows read from the library's index as `pressreader export` reads them: a speaker's
    quotes, the figures, the hits of a search; `shown` keeps only the rows a filtered view
    lists, by (path, line)."""
    from pressreader.exporting import FIELDS, export_library
    from pressreader.index.query import parse

    source = reader_app(app).session.source
    at_path = FIELDS[kind].index("path")
    at_line = FIELDS[kind].index("line")

    def keep(row: Row) -> bool:
        assert shown is not None
        return (str(Path(str(row[at_path]))), row[at_line]) in shown

    def run(fmt: str, out: TextIO) -> int:
        index = source.ensure_index()
        parsed = parse(query) if query else None
        return export_library(
            index,
            kind,
            fmt,
            out,
            query=parsed,
            speaker=speaker,
            keep=keep if shown is not None else None,
            found=found,
        )

    return ExportJob(what, stem, run)


@runtime_checkable
class Exportable(Protocol):
    """A view that can export what it shows (`x`, and the palette's "Export…")."""

    def export_job(self) -> ExportJob | None:
        """What `x` exports here; None when there is nothing (said in a notice)."""


def export_shown(screen: Screen[Any], job: ExportJob | None, nothing: str) -> None:
    """`x`: the dialog for `job`, or a notice saying `nothing` is there to export."""
    if job is None:
        screen.notify(nothing, severity="warning", markup=False)
        return
    open_export(screen.app, job)
