"""`pressreader import SOURCE...`: plain text, Markdown and web pages in, articles out.

The sources are found (files, folders, standard input), the target chosen (the library,
`-o FILE`, `-o DIR` or standard output `-o -`), and each source imported by
`importing.pipeline`. Problems are printed `path: error: message`.

Exit status: 0 when every source was imported, 1 when some could not be, 2 on a usage
error. Nothing from a source reaches the terminal raw (`sanitize.escape_line`). Speakers,
quotes and figures are found by rule (`importing.annotate`) unless `--no-annotate` is given.
This module never imports Textual.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pressreader.importing import ahead
from pressreader.importing.emit import valid_date, valid_language
from pressreader.importing.parallel import Outcome, default_jobs, prepare_all
from pressreader.importing.parse import Draft, clean
from pressreader.importing.pipeline import (
    INTERNAL_FAULTS,
    Options,
    Target,
    hash_index,
    internal_error,
    summary,
    write,
)
from pressreader.importing.sources import SourceError, folder_sources
from pressreader.library.files import find_article_files
from pressreader.library.location import LibraryError, import_folder, writable_folder
from pressreader.text.sanitize import escape_line

if TYPE_CHECKING:
    import argparse

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def _say(line: str) -> None:
    print(line, file=sys.stderr)


def _usage(message: str) -> int:
    _say(f"pressreader import: error: {escape_line(message)}")
    return EXIT_USAGE


def options(args: argparse.Namespace) -> Options:
    """The import options the command's flags give."""
    return Options(
        source_kind=args.source_kind,
        force=args.force,
        title=args.title,
        outlet=args.outlet,
        published=args.published,
        url=args.url,
        authors=tuple(args.author or ()),
        language=args.language,
        max_bytes=args.max_bytes,
        annotate=args.annotate,
    )


def _sources(names: list[str]) -> tuple[list[tuple[str, Path | None]], list[str]]:
    """(shown name, path; None for standard input) of every source, and the errors met."""
    found: list[tuple[str, Path | None]] = []
    errors: list[str] = []
    for name in names:
        if name == "-":
            found.append(("-", None))
            continue
        path = Path(name)
        if os.path.isdir(path):
            files, failed = folder_sources(path)
            found.extend((str(file), file) for file in files)
            errors.extend(f"{escape_line(str(p))}: error: {escape_line(why)}" for p, why in failed)
            if not files and not failed:
                what = "no .txt, .text, .md, .markdown, .html or .htm file in the folder"
                errors.append(f"{escape_line(name)}: error: {what}")
        elif os.path.lexists(path):
            found.append((name, path))
        else:
            errors.append(f"{escape_line(name)}: error: no such file or folder")
    return found, errors


def _target(args: argparse.Namespace, many: bool) -> Target | str:
    """Where to write, or a usage error's message."""
    output: str | None = args.output
    if output == "-":
        return Target(stdout=True)
    try:
        if output is None:
            folder, messages = import_folder()
            for message in messages:
                _say(f"pressreader import: warning: {escape_line(message)}")
            return Target(folder=folder)
        path = Path(output)
        if many or output.endswith(("/", os.sep)) or os.path.isdir(path):
            return Target(folder=writable_folder(path, create=True))
        writable_folder(path.parent if str(path.parent) else Path("."))
        return Target(file=path)
    except LibraryError as error:
        return str(error)


def _same(source: Path | None, output: Path) -> bool:
    """Whether `output` is the file `source` (through links too)."""
    try:
        return source is not None and os.path.samefile(source, output)
    except OSError:  # either is missing or unreadable: not the same existing file
        return False


def _report(name: str, draft: Draft, verbose: bool) -> None:
    if not verbose:
        return
    shown = escape_line(name)
    for line, text in draft.left_out:
        _say(f"{shown}:{line}: note: left out as debris: '{escape_line(text[:120])}'")
    for note in draft.notes:
        _say(f"{shown}: note: {escape_line(note[:200])}")


class Progress:
    """`importing N of M` on standard error, rewritten in place, only when it is a terminal
    and there is more than one source; erased before any other line and at the end. It holds
    only numbers: nothing from a source."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.enabled = total > 1 and sys.stderr.isatty()
        self.shown = 0  # the length of the line on the screen
        self.last = 0.0

    def show(self, done: int) -> None:
        import time

        now = time.monotonic()
        if not self.enabled or (now - self.last < 0.1 and done < self.total):
            return
        self.last = now
        line = f"importing {done} of {self.total}"
        sys.stderr.write("\r" + line.ljust(self.shown) + "\r")
        sys.stderr.flush()
        self.shown = len(line)

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r" + " " * self.shown + "\r")
            sys.stderr.flush()
            self.shown = 0


def _stdin(max_bytes: int) -> bytes:
    """Standard input, up to the limit; SourceError past it."""
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise SourceError(f"standard input holds more than {max_bytes:,} bytes")
    return data


def run(args: argparse.Namespace) -> int:
    if args.published is not None and valid_date(args.published) != args.published:
        return _usage(f"--published: '{args.published}' is not a date (expected YYYY-MM-DD)")
    if args.language is not None and not valid_language(args.language):
        return _usage(f"--language: '{args.language}' is not a BCP-47 tag (such as en or zh)")
    if args.title is not None and not clean(args.title):
        return _usage("--title: the title is empty (leave --title out to take the source's)")
    if args.sources.count("-") > 1:
        return _usage("standard input (-) can be given only once")
    sources, errors = _sources(list(args.sources))
    many = len(args.sources) > 1 or any(os.path.isdir(name) for name in args.sources)
    target = _target(args, many)
    if isinstance(target, str):
        return _usage(target)
    if target.file is not None and any(_same(path, target.file) for _, path in sources):
        # --force would replace the text being imported by its article: the source lost.
        return _usage(f"-o {args.output}: that is the source itself; choose another file")
    if target.folder is not None:
        target.by_hash = hash_index(find_article_files([target.folder]), args.max_bytes)
    for error in errors:
        _say(error)
    failed = len(errors)
    chosen = options(args)
    jobs = args.jobs if args.jobs is not None else default_jobs(sources)
    progress = Progress(len(sources))
    progress.show(0)
    results = prepare_all(sources, chosen, dt.date.today(), jobs, lambda: _stdin(chosen.max_bytes))
    # `-j 1`: this process alone, with no second one reading a long text ahead either.
    with ahead.alone(args.jobs == 1):
        for done, result in enumerate(results, 1):
            progress.clear()
            failed += not _finish(result, target, args)
            progress.show(done)
    progress.clear()
    if documents := target.documents:
        sys.stdout.write("---\n".join(documents))
        sys.stdout.flush()
    return EXIT_FAILED if failed else EXIT_OK


def _finish(result: Outcome, target: Target, args: argparse.Namespace) -> bool:
    """Say what preparing a source gave, and write its article; whether it was imported."""
    shown = escape_line(result.name)
    for warning in result.warnings:
        _say(warning)
    prepared = result.prepared
    if prepared is None:
        _say(f"{shown}: error: {escape_line(result.error or '')}")
        return False
    if target.stdout:
        target.documents.append(prepared.text)
        _report(result.name, prepared.draft, args.verbose)
        return True
    try:
        destination = write(target, prepared, args.force)
    except SourceError as error:
        _say(f"{shown}: error: {escape_line(str(error))}")
        return False
    except INTERNAL_FAULTS as error:
        _say(f"{shown}: error: {escape_line(internal_error(error))}")
        return False
    _report(result.name, prepared.draft, args.verbose)
    _say(f"{shown}: imported as {escape_line(str(destination))} ({summary(prepared.draft)})")
    return True
