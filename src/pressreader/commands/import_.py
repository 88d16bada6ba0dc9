"""`pressreader import SOURCE...`: plain text and Markdown in, articles (format 1) out.

Each source is read (`importing.sources`), its structure and metadata found
(`importing.parse`), the flags applied over what was found, and the article written as YAML
(`importing.emit`), loaded back to make sure it passes `check --strict`, then written
atomically (`importing.output`): to the library, to `-o FILE`, into `-o DIR`, or to standard
output (`-o -`). A source already imported into the folder written to (the same text hash)
is refused without --force. Problems are printed `path: error: message`.

Exit status: 0 when every source was imported, 1 when some could not be, 2 on a usage
error. Nothing from a source reaches the terminal raw (`sanitize.escape_line`). No quotes
or statistics are extracted yet. This module never imports Textual.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pressreader.format.loader import load_file
from pressreader.format.provenance import imported_copies, regular_files, source_sha256
from pressreader.importing.emit import article_yaml, valid_date, valid_language, verify
from pressreader.importing.front import front_matter_metadata
from pressreader.importing.output import TakenError, file_stem, free_path, write_atomic
from pressreader.importing.parse import Draft, clean, front_matter, parse_markdown, parse_text
from pressreader.importing.sources import (
    SourceError,
    decode,
    folder_sources,
    kind_of,
    read_bytes,
    sniff,
)
from pressreader.library.files import find_article_files
from pressreader.library.location import LibraryError, import_folder, writable_folder
from pressreader.limits import DEFAULT_MAX_BYTES
from pressreader.text.sanitize import escape_line

if TYPE_CHECKING:
    import argparse

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

# Faults of the importer's own, not of a source: said for that source, never a traceback.
INTERNAL_FAULTS = (RecursionError, MemoryError, ValueError, LookupError, OSError)


class AlreadyImported(SourceError):
    """The source's text was imported before, into the file `holder`."""

    def __init__(self, message: str, holder: Path | str) -> None:
        super().__init__(message)
        self.holder = holder


@dataclass(frozen=True)
class Imported:
    """One source imported: the file written and the draft it was made from."""

    destination: Path
    draft: Draft

    @property
    def summary(self) -> str:
        """`N sections, M paragraphs`."""
        paragraphs = sum(len(paragraphs) for _, paragraphs in self.draft.sections)
        sections = len(self.draft.sections)
        return f"{_plural(sections, 'section')}, {_plural(paragraphs, 'paragraph')}"


@dataclass
class Target:
    """Where the articles go: standard output, one file, or a folder."""

    stdout: bool = False
    file: Path | None = None
    folder: Path | None = None
    by_hash: dict[str, list[Path]] = field(default_factory=dict)  # files that hold a hash
    chosen: set[Path] = field(default_factory=set)  # paths this run has written
    hashes: dict[str, str] = field(default_factory=dict)  # sha256 -> where this run wrote it


def hash_index(files: list[Path], max_bytes: int) -> dict[str, list[Path]]:
    """The files that hold each 64-digit hexadecimal run: read once for the whole run, so a
    folder of sources does not read the library once per source. `imported_copies` then
    confirms a candidate by loading it. What is not a regular file is never opened."""
    import re

    digits = re.compile(rb"(?<![0-9A-Fa-f])[0-9A-Fa-f]{64}(?![0-9A-Fa-f])")
    found: dict[str, list[Path]] = {}
    for path, data in regular_files(files, max_bytes):
        for match in set(digits.findall(data)):
            found.setdefault(match.decode("ascii").lower(), []).append(path)
    return found


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _say(line: str) -> None:
    print(line, file=sys.stderr)


def _usage(message: str) -> int:
    _say(f"pressreader import: error: {escape_line(message)}")
    return EXIT_USAGE


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
                what = "no .txt, .text, .md or .markdown file in the folder"
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


def _apply_flags(draft: Draft, args: argparse.Namespace) -> None:
    """The metadata flags, over what was found."""
    for key in ("title", "outlet", "url", "language"):
        value = getattr(args, key)
        if value is not None:
            if key == "title":
                draft.title = clean(value)
            else:
                draft.metadata[key] = clean(value)
    if args.published is not None:
        draft.metadata["published"] = args.published
    if args.author:
        draft.authors = [clean(author) for author in args.author if clean(author)]


def _settle(draft: Draft) -> None:
    """Metadata a source gave that the format would refuse is dropped, with a note."""
    published = draft.metadata.get("published")
    if published is not None:
        date = valid_date(published)
        if date is None:
            draft.notes.append(f"published: '{published}' is not a date; left out")
            del draft.metadata["published"]
        else:
            draft.metadata["published"] = date
    language = draft.metadata.get("language")
    if language is not None and not valid_language(language):
        draft.notes.append(f"language: '{language}' is not a BCP-47 tag; left out")
        del draft.metadata["language"]
    for key in list(draft.metadata):
        draft.metadata[key] = clean(draft.metadata[key])
        if not draft.metadata[key]:
            del draft.metadata[key]
    draft.authors = [a for a in (clean(a) for a in draft.authors) if a]
    draft.tags = [t for t in (clean(t) for t in draft.tags) if t]


def _draft(
    name: str,
    path: Path | None,
    args: argparse.Namespace,
    say: Callable[[str], None] = _say,
) -> tuple[Draft, str]:
    """The article a source gives and its text hash. SourceError when it cannot be read;
    warnings (about a front matter) go to `say`."""
    kind = kind_of(name, args.source_kind)
    if path is None:
        data = sys.stdin.buffer.read(args.max_bytes + 1)
        if len(data) > args.max_bytes:
            raise SourceError(f"standard input holds more than {args.max_bytes:,} bytes")
    else:
        data = read_bytes(path, args.max_bytes)
    sniff(data)
    text = decode(data).removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if kind == "markdown":
        inner, _, _ = front_matter(text)
        metadata: dict[str, object] = {}
        if inner is not None:
            metadata, messages = front_matter_metadata(inner, name)
            for message in messages:
                say(f"{escape_line(name)}: warning: {escape_line(message)}")
        draft = parse_markdown(text, metadata)
    else:
        draft = parse_text(text)
    _apply_flags(draft, args)
    _settle(draft)
    if not draft.title:
        raise SourceError("no text to import (the source is empty)")
    if not draft.sections:
        raise SourceError("nothing but a title: no paragraph to import")
    return draft, source_sha256(text)


def _destination(target: Target, draft: Draft, sha256: str, force: bool) -> tuple[Path, bool]:
    """The file to write and whether it may be overwritten. SourceError when the source was
    imported already (without --force) or the file exists (without --force)."""
    earlier = target.hashes.get(sha256)
    if earlier is not None and not force:
        raise AlreadyImported(f"the same text was imported a moment ago, as {earlier}", earlier)
    if target.file is not None:
        folder_files = [target.file] if target.file.is_file() else []
        copies = imported_copies(folder_files, sha256)
        if copies and not force:
            raise AlreadyImported(
                f"already imported, as {copies[0][0]} (give --force to import it again)",
                copies[0][0],
            )
        if os.path.lexists(target.file) and not force:
            raise SourceError(f"{target.file} exists (give --force to overwrite it)")
        return target.file, force
    assert target.folder is not None
    copies = imported_copies(target.by_hash.get(sha256, []), sha256)
    if copies:
        if not force:
            raise AlreadyImported(
                f"already imported, as {copies[0][0]} (give --force to import it again)",
                copies[0][0],
            )
        holder = copies[0][0]
        if len(load_file(holder).articles) == 1:
            return holder, True  # re-import over the file that holds the one earlier copy
    return free_path(target.folder, file_stem(draft.title), target.chosen), False


def _report(name: str, draft: Draft, verbose: bool) -> None:
    if not verbose:
        return
    shown = escape_line(name)
    for line, text in draft.left_out:
        _say(f"{shown}:{line}: note: left out as debris: '{escape_line(text[:120])}'")
    for note in draft.notes:
        _say(f"{shown}: note: {escape_line(note[:200])}")


def _prepare(
    name: str,
    path: Path | None,
    args: argparse.Namespace,
    today: dt.date,
    say: Callable[[str], None] = _say,
) -> tuple[Draft, str, str]:
    """The draft of a source, its text hash and the article's YAML, checked as `check
    --strict` would. SourceError when the source cannot be imported."""
    draft, sha256 = _draft(name, path, args, say)
    text = article_yaml(draft, name, sha256, today)
    problems = verify(text, name)
    if problems:
        raise SourceError(f"the article would not pass `check --strict`: {problems[0]}")
    return draft, sha256, text


def _write(target: Target, draft: Draft, sha256: str, text: str, force: bool) -> Path:
    """Write an article into `target` (a file or a folder), atomically; the path written.
    SourceError (AlreadyImported for a source imported before) when it may not be."""
    destination, overwrite = _destination(target, draft, sha256, force)
    try:
        write_atomic(destination, text, overwrite=overwrite)
    except TakenError:
        raise SourceError(f"{destination} exists (give --force to overwrite it)") from None
    except OSError as error:
        raise SourceError(f"cannot write {destination}: {error.strerror or error}") from None
    target.chosen.add(destination)
    target.hashes[sha256] = str(destination)
    target.by_hash.setdefault(sha256, []).append(destination)
    return destination


def internal_error(error: BaseException) -> str:
    """What is said of a fault of the importer's own (one of INTERNAL_FAULTS)."""
    what = f"{type(error).__name__}: {error}"
    return f"internal error while importing: {what[:300]}"


def defaults(max_bytes: int = DEFAULT_MAX_BYTES) -> argparse.Namespace:
    """The options of `pressreader import SOURCE` given no flag (tests check them against
    the command's parser)."""
    import argparse

    return argparse.Namespace(
        sources=[],
        output=None,
        source_kind=None,
        force=False,
        title=None,
        outlet=None,
        published=None,
        url=None,
        author=None,
        language=None,
        verbose=False,
        max_bytes=max_bytes,
    )


def import_file(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, today: dt.date | None = None
) -> tuple[Imported, list[str]]:
    """Import one file into the library, as `pressreader import PATH` does with no flag (the
    reader's "Import a file…" calls this, in a thread). The import and the warnings met
    (about the settings, a front matter), each one line, escaped.

    Raises LibraryError when there is no library to write to, SourceError (AlreadyImported
    for a source imported before) when the file cannot be imported, and one of
    INTERNAL_FAULTS on a fault of the importer's own."""
    name = str(path)
    if not os.path.lexists(path):
        raise SourceError("no such file or folder")
    if os.path.isdir(path):
        raise SourceError("a folder: choose a file (`pressreader import FOLDER` imports one)")
    folder, messages = import_folder()
    warnings = [escape_line(message) for message in messages]
    target = Target(folder=folder)
    args = defaults(max_bytes)
    target.by_hash = hash_index(find_article_files([folder]), max_bytes)
    draft, sha256, text = _prepare(name, path, args, today or dt.date.today(), warnings.append)
    return Imported(_write(target, draft, sha256, text, False), draft), warnings


def run(args: argparse.Namespace) -> int:
    if args.published is not None and valid_date(args.published) != args.published:
        return _usage(f"--published: '{args.published}' is not a date (expected YYYY-MM-DD)")
    if args.language is not None and not valid_language(args.language):
        return _usage(f"--language: '{args.language}' is not a BCP-47 tag (such as en or zh)")
    if args.sources.count("-") > 1:
        return _usage("standard input (-) can be given only once")
    sources, errors = _sources(list(args.sources))
    many = len(args.sources) > 1 or any(os.path.isdir(name) for name in args.sources)
    target = _target(args, many)
    if isinstance(target, str):
        return _usage(target)
    if target.folder is not None:
        target.by_hash = hash_index(find_article_files([target.folder]), args.max_bytes)
    for error in errors:
        _say(error)
    failed = len(errors)
    documents: list[str] = []
    today = dt.date.today()
    for name, path in sources:
        shown = escape_line(name)
        try:
            draft, sha256, text = _prepare(name, path, args, today)
            if target.stdout:
                documents.append(text)
                target.hashes[sha256] = "-"
                _report(name, draft, args.verbose)
                continue
            destination = _write(target, draft, sha256, text, args.force)
        except SourceError as error:
            _say(f"{shown}: error: {escape_line(str(error))}")
            failed += 1
            continue
        except INTERNAL_FAULTS as error:
            _say(f"{shown}: error: {escape_line(internal_error(error))}")
            failed += 1
            continue
        _report(name, draft, args.verbose)
        summary = Imported(destination, draft).summary
        _say(f"{shown}: imported as {escape_line(str(destination))} ({summary})")
    if documents:
        sys.stdout.write("---\n".join(documents))
        sys.stdout.flush()
    return EXIT_FAILED if failed else EXIT_OK
