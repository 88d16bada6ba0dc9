"""Importing one source, from its bytes to the article file: what `pressreader import` does
for each source and what the reader's "Import a file…" calls.

A source is read (`sources`), its structure and metadata found (`parse`), the options'
metadata applied over what was found, and the article written as YAML (`emit`) and loaded
back to make sure it passes `check --strict` (`prepare`); then it is written atomically
(`output`) into a `Target`: one file, a folder, or standard output. A source already imported
into the folder written to (the same text hash) is refused without `force`. `prepare` needs
nothing but its arguments, so a folder's sources can be prepared in worker processes; the
writing stays in one process, in the sources' order. Never imports Textual.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import NamedTuple

from pressreader.format.loader import load_file
from pressreader.format.provenance import (
    imported_copies,
    normalise_source,
    regular_files,
    source_sha256,
    utf8_source_sha256,
)
from pressreader.format.safe_yaml import MAX_EVENTS, max_events, too_many_values
from pressreader.importing.ahead import Aside
from pressreader.importing.annotate import Annotations, annotate, first
from pressreader.importing.emit import (
    Fit,
    annotations_that_fit,
    event_count,
    passes,
    valid_date,
    valid_language,
    verify,
    written_article,
)
from pressreader.importing.front import front_matter_metadata
from pressreader.importing.language import guess_language
from pressreader.importing.output import file_stem, free_path, write_atomic
from pressreader.importing.parse import Draft, clean, front_matter, parse_markdown, parse_text
from pressreader.importing.sources import (
    SourceError,
    decode,
    decode_html,
    kind_of,
    looks_like_html,
    read_bytes,
    sniff,
)
from pressreader.library.files import find_article_files
from pressreader.library.location import import_folder
from pressreader.limits import DEFAULT_MAX_BYTES
from pressreader.placing import TakenError, taken
from pressreader.text.sanitize import escape_line

# Faults of the importer's own, not of a source: said for that source, never a traceback.
INTERNAL_FAULTS = (RecursionError, MemoryError, ValueError, LookupError, OSError)


class Options(NamedTuple):
    """How sources are imported: `pressreader import`'s flags (the defaults are the command
    given no flag; a test checks them against its parser). `source_kind` is `--from`; the
    metadata fields replace what is found when given."""

    source_kind: str | None = None
    force: bool = False
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    annotate: bool = True  # find speakers, quotes and figures (`--no-annotate` turns it off)


class AlreadyImported(SourceError):
    """The source's text was imported before, into the file `holder`."""

    def __init__(self, message: str, holder: Path | str) -> None:
        super().__init__(message)
        self.holder = holder


class Prepared(NamedTuple):
    """A source made into an article, not written yet: its draft, the hash of its text, the
    article's YAML (it passes `check --strict`) and the warnings met, each one escaped line
    `SOURCE: warning: …`."""

    draft: Draft
    sha256: str
    text: str
    warnings: tuple[str, ...] = ()


class Imported(NamedTuple):
    """One source imported: the file written and the draft it was made from."""

    destination: Path
    draft: Draft

    @property
    def summary(self) -> str:
        """`N sections, M paragraphs`."""
        return summary(self.draft)


@dataclass
class Target:
    """Where the articles go: standard output, one file, or a folder."""

    stdout: bool = False
    file: Path | None = None
    folder: Path | None = None
    by_hash: dict[str, list[Path]] = field(default_factory=dict)  # files that hold a hash
    chosen: set[Path] = field(default_factory=set)  # paths this run has written
    hashes: dict[str, str] = field(default_factory=dict)  # sha256 -> where this run wrote it
    documents: list[str] = field(default_factory=list)  # the articles for standard output


def summary(draft: Draft) -> str:
    """`N sections, M paragraphs`."""
    paragraphs = sum(len(paragraphs) for _, paragraphs in draft.sections)
    return f"{_plural(len(draft.sections), 'section')}, {_plural(paragraphs, 'paragraph')}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


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


def apply_options(draft: Draft, options: Options) -> None:
    """The metadata options, over what was found."""
    if options.title is not None:
        draft.title = clean(options.title)
    for key in ("outlet", "url", "language"):
        value: str | None = getattr(options, key)
        if value is not None:
            draft.metadata[key] = clean(value)
    if options.published is not None:
        draft.metadata["published"] = options.published
    if options.authors:
        draft.authors = [clean(author) for author in options.authors if clean(author)]


def settle(draft: Draft) -> None:
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


def _parse(
    name: str, kind: str, text: str, options: Options, today: dt.date, warnings: list[str]
) -> Draft:
    """The draft of a source's text, by its kind; warnings about it go to `warnings`."""
    if kind == "html":
        from pressreader.importing.html import parse_html

        return parse_html(text, options.max_bytes, today)
    if kind == "markdown":
        inner, _, _ = front_matter(text)
        metadata: dict[str, object] = {}
        if inner is not None:
            metadata, messages = front_matter_metadata(inner, name)
            warnings.extend(
                f"{escape_line(name)}: warning: {escape_line(message)}" for message in messages
            )
        return parse_markdown(text, metadata)
    return parse_text(text)


def read_draft(
    name: str, data: bytes, options: Options, today: dt.date
) -> tuple[Draft, str, list[str]]:
    """The article the bytes of source `name` give, the hash of its text and the warnings
    met (about a front matter), each one escaped line. SourceError when it cannot be read."""
    draft, sha256, warnings = _read_draft(name, data, options, today)
    return draft, sha256.result(), warnings


def _read_draft(
    name: str, data: bytes, options: Options, today: dt.date
) -> tuple[Draft, Aside[str], list[str]]:
    """`read_draft`, the hash of the text to be found when first asked (by the annotating's
    read-ahead child, which hashes it while this process finds the quotes: `ahead.Aside`)."""
    kind = kind_of(name, options.source_kind)
    sniff(data)
    if kind == "text" and options.source_kind is None and looks_like_html(data):
        kind = "html"
    text, encoding = decode_html(data) if kind == "html" else decode(data)
    text = normalise_source(text)
    warnings: list[str] = []
    if encoding is not None:
        warnings.append(
            f"{escape_line(name)}: warning: the text is not UTF-8; read as {encoding} "
            "(detected: if it reads wrong, convert it to UTF-8 with iconv and import that)"
        )
    try:
        draft = _parse(name, kind, text, options, today, warnings)
    except SourceError as error:
        error.warnings = tuple(warnings)
        raise
    apply_options(draft, options)
    settle(draft)
    if "language" not in draft.metadata:
        language = guess_language(draft)
        if language is not None:
            draft.metadata["language"] = language
            draft.notes.append(f"language: {language} (from the script of the text)")
    if not draft.title or not draft.sections:
        empty = SourceError(
            "no text to import (the source is empty)"
            if not draft.title
            else "nothing but a title: no paragraph to import"
        )
        empty.warnings = tuple(warnings)
        raise empty
    return (
        draft,
        Aside(partial(_source_hash, data, text, kind != "html" and encoding is None)),
        warnings,
    )


def _source_hash(data: bytes, text: str, from_bytes: bool) -> str:
    """The hash of the source's `text`, decoded from `data`; a text decoded from UTF-8 (not
    a page's extract: `from_bytes`) may be hashed from its bytes."""
    quick = utf8_source_sha256(data) if from_bytes else None
    return quick or source_sha256(text)


def prepare(name: str, data: bytes, options: Options, today: dt.date) -> Prepared:
    """Source `name`, whose bytes are `data`, made into an article checked as `check
    --strict` would. SourceError when it cannot be imported."""
    # Parsing and annotating make a great many small objects (matches, spans, words) and
    # no reference cycles worth collecting, so the cycle collector is paused meanwhile, as
    # the loader does: it would otherwise scan the growing draft again and again.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _prepare(name, data, options, today)
    finally:
        if enabled:
            gc.enable()


def _prepare(name: str, data: bytes, options: Options, today: dt.date) -> Prepared:
    draft, hashing, warnings = _read_draft(name, data, options, today)
    if options.annotate:
        # No file may hold more than MAX_EVENTS values, whatever its size: annotations past
        # it could never be written, so the annotating stops there (those that fit are
        # written below, and the warning says why). The limit for the article's size is not
        # used: annotations still to come could make the file larger, and a long one raises
        # that limit by more values than it adds.
        draft.annotations = annotate(
            draft.sections, draft.title, MAX_EVENTS - event_count(draft), aside=hashing
        )
    sha256 = hashing.result()
    normalised = None
    if draft.annotations is not None:
        # For the check below only: not kept in the draft, which a worker process sends back
        # whole (they would double what it sends).
        normalised, draft.annotations.normalised = draft.annotations.normalised, None
    past = _past_the_values(draft, name, sha256, today)
    if past is None:
        text, quick = written_article(draft, name, sha256, today, normalised)
        problems = verify(text, name, quick)
        del quick
    else:
        # Not written with all of them: the loader's words for that article, its first.
        text, problems = "", [f"error: {too_many_values(past.size)}"]
    if problems and draft.annotations is not None:
        # An annotation the loader would refuse never costs the article, nor those before it:
        # the article is written with the most annotations, in reading order, it passes with,
        # and that is said, with the first reason (thousands of quotes in one paragraph can
        # pass the number of values a file of its size may hold).
        del text
        reason = problems[0]
        if not draft.annotations.complete:
            # The loader's reason would give the limit for the size of a file holding only the
            # annotations found before the annotating stopped, not of the article's.
            reason = (
                f"error: they would take the article past {MAX_EVENTS:,} YAML "
                "values, the most any file may hold"
            )
        fitting = _most_that_fit(draft, draft.annotations, name, sha256, today, normalised, past)
        if fitting is not None:
            draft.annotations, last, text = fitting
            problems = []  # (checked as it was found)
            paragraphs = sum(len(ps) for _, ps in draft.sections)
            written = (
                f"with the first {draft.annotations.count:,} (up to paragraph {last + 1:,} of "
                f"{paragraphs:,}), the rest left out"
            )
        else:
            draft.annotations = None
            text, quick = written_article(draft, name, sha256, today)
            problems = verify(text, name, quick)
            written = "without them"
        if not problems:
            warnings = [
                *warnings,
                f"{escape_line(name)}: warning: the annotations found would not pass `check "
                f"--strict` ({escape_line(reason)}); the article is written {written}",
            ]
    del normalised
    if draft.annotations is not None:
        draft.annotations.places = None  # (not sent back by a worker process)
    if problems:
        raise SourceError(f"the article would not pass `check --strict`: {problems[0]}")
    return Prepared(draft, sha256, text, tuple(warnings))


def _past_the_values(draft: Draft, name: str, sha256: str, today: dt.date) -> Fit | None:
    """When the annotations found would take the article past the values a file of its size
    may hold (`max_events`): how many of them, first in reading order, it can hold, and its
    size with all of them; None when they fit. Told without writing that article, which for a
    paragraph of tens of thousands of figures took more memory than the rest of its import.
    An article is at least as many bytes as its paragraphs are characters: one whose values
    a file of that size may hold is not counted further."""
    annotations = draft.annotations
    if annotations is None:
        return None
    paragraphs = sum(len(paragraph) for _, texts in draft.sections for paragraph in texts)
    if event_count(draft) <= max_events(paragraphs):
        return None
    fit = annotations_that_fit(draft, annotations, name, sha256, today)
    return fit if fit.most < annotations.count else None


def _most_that_fit(
    draft: Draft,
    found: Annotations,
    name: str,
    sha256: str,
    today: dt.date,
    normalised: tuple[list[str], list[str]] | None,
    fit: Fit | None = None,
) -> tuple[Annotations, int, str] | None:
    """The most of the annotations `found`, first in reading order, the article passes
    `check --strict` with, the paragraph of the last (`annotate.first`) and the article's
    text; None when it passes with none of them only (the caller checks that). The values a
    file may hold decide it, counted for each number of them in one pass
    (`annotations_that_fit`), and the article is checked with that many; should the check
    find something else, fewer are tried by halving (each try a check of the whole article).
    `fit`: that count when it is known already (`_past_the_values`)."""
    # (The first try, the count the values allow, passes unless something else fails.)
    middle = (fit or annotations_that_fit(draft, found, name, sha256, today)).most
    fits, fails = 0, middle + 1
    best: tuple[Annotations, int, str] | None = None
    while fails - fits > 1:
        kept, last = first(found, middle)
        draft.annotations = kept
        text, quick = written_article(draft, name, sha256, today, normalised)
        if passes(quick, name):
            fits, best = middle, (kept, last, text)
        else:
            fails = middle
        del text, quick
        middle = (fits + fails) // 2
    draft.annotations = found
    return best


def prepare_file(name: str, path: Path, options: Options, today: dt.date) -> Prepared:
    """`prepare` of the file at `path`, read up to `options.max_bytes`."""
    return prepare(name, read_bytes(path, options.max_bytes), options, today)


def destination(target: Target, draft: Draft, sha256: str, force: bool) -> tuple[Path, bool]:
    """The file to write and whether it may be overwritten. SourceError when the source was
    imported already (without `force`) or the file exists (without `force`)."""
    earlier = target.hashes.get(sha256)
    if earlier is not None and not force:
        raise AlreadyImported(f"the same text was imported a moment ago, as {earlier}", earlier)
    if target.file is not None:
        # With --force the file is overwritten whatever it holds: no need to read it.
        folder_files = [target.file] if target.file.is_file() and not force else []
        copies = imported_copies(folder_files, sha256)
        if copies:
            raise AlreadyImported(
                f"already imported, as {copies[0][0]} (give --force to import it again)",
                copies[0][0],
            )
        if taken(target.file) and not force:
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


def write(target: Target, prepared: Prepared, force: bool) -> Path:
    """Write an article into `target` (a file or a folder), atomically; the path written.
    SourceError (AlreadyImported for a source imported before) when it may not be."""
    path, overwrite = destination(target, prepared.draft, prepared.sha256, force)
    try:
        write_atomic(path, prepared.text, overwrite=overwrite)
    except TakenError:
        raise SourceError(f"{path} exists (give --force to overwrite it)") from None
    except OSError as error:
        raise SourceError(f"cannot write {path}: {error.strerror or error}") from None
    target.chosen.add(path)
    target.hashes[prepared.sha256] = str(path)
    target.by_hash.setdefault(prepared.sha256, []).append(path)
    return path


def internal_error(error: BaseException) -> str:
    """What is said of a fault of the importer's own (one of INTERNAL_FAULTS)."""
    what = f"{type(error).__name__}: {error}"
    return f"internal error while importing: {what[:300]}"


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
    target.by_hash = hash_index(find_article_files([folder]), max_bytes)
    prepared = prepare_file(name, path, Options(max_bytes=max_bytes), today or dt.date.today())
    warnings.extend(prepared.warnings)
    return Imported(write(target, prepared, False), prepared.draft), warnings
