"""An imported article written as YAML (format 1), safely.

Every text is written as a YAML double-quoted scalar by `format.scalars.quoted` (nothing
from the source can close the scalar, start a comment, a document or a mapping, or reach the
file raw). Keys are fixed words. The written text is loaded back with the project's loader
before it is used (`verify`): an import that would not pass `check --strict` is refused,
never written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from pressreader import __version__
from pressreader.format.loader import Written, load_bytes, load_text
from pressreader.format.safe_yaml import max_events
from pressreader.format.scalars import quoted, verbatim
from pressreader.importing.annotate import (
    Annotations,
    FoundFigure,
    FoundQuote,
    figure_values,
    quote_values,
    reading_order,
    speaker_values,
)
from pressreader.importing.parse import Draft
from pressreader.text.sanitize import escape_line

if TYPE_CHECKING:
    from collections.abc import Iterator

_LANGUAGE_TAG = re.compile(r"(?:[A-Za-z]{2,3}|[xXiI])(?:-[A-Za-z0-9]{1,8})*\Z")


def valid_date(text: str) -> str | None:
    """`text` as an ISO date (`YYYY-MM-DD`) when it begins with a valid one, else None."""
    try:
        return dt.date.fromisoformat(text.strip()[:10]).isoformat()
    except ValueError:
        return None


def valid_language(text: str) -> bool:
    return _LANGUAGE_TAG.match(text) is not None


def article_yaml(draft: Draft, source: str, sha256: str, today: dt.date) -> str:
    """The article as the text of a YAML file (one document)."""
    return "\n".join(_lines(draft, source, sha256, today, None)) + "\n"


def written_article(
    draft: Draft,
    source: str,
    sha256: str,
    today: dt.date,
    normalised: tuple[list[str], list[str]] | None = None,
) -> tuple[str, tuple[str, Written]]:
    """The article's text (`article_yaml`), and what `verify` needs to check it quickly: the
    same text with an empty placeholder for each paragraph written verbatim between its
    quotes (most of the text's bytes, which YAML reads back as they stand), and what is
    known of it (`loader.Written`: its events, size, the placeholders' values and, given,
    the paragraphs `normalised`)."""
    values: list[str | None] = []
    at: list[int] = []
    lines = _lines(draft, source, sha256, today, (values, at))
    text = "\n".join(lines) + "\n"
    size = _size(lines)
    for number in at:
        lines[number] = _PLACEHOLDER
    placeholders = "\n".join(lines) + "\n"
    return text, (placeholders, Written(event_count(draft), size, values, normalised))


_PLACEHOLDER = '      - ""'


def _lines(
    draft: Draft,
    source: str,
    sha256: str,
    today: dt.date,
    verbatim_paragraphs: tuple[list[str | None], list[int]] | None,
) -> list[str]:
    """The article's lines. With `verbatim_paragraphs` (values, lines), the value of each
    paragraph is added to values when it is written verbatim between its quotes, and the
    number of its line to lines; None is added to values for each other paragraph."""
    out = [
        "# Imported by pressreader; the structure and metadata were read from the source"
        + (
            "."
            if draft.annotations is None
            else ", the annotations found by rule (reviewed: false)."
        ),
        "format: 1",
        f"title: {quoted(draft.title)}",
    ]
    for key in ("subtitle", "outlet", "url", "dateline", "language", "summary"):
        value = draft.metadata.get(key)
        if value:
            out.append(f"{key}: {quoted(value)}")
    published = draft.metadata.get("published")
    if published:
        out.append(f"published: {quoted(published)}")
    for key, items in (("authors", draft.authors), ("tags", draft.tags)):
        if items:
            out.append(f"{key}:")
            out.extend(f"  - {quoted(item)}" for item in items)
    out.append("sections:")
    for heading, paragraphs in draft.sections:
        if heading is not None:
            out.append(f"  - heading: {quoted(heading)}")
            out.append("    paragraphs:")
        else:
            out.append("  - paragraphs:")
        if verbatim_paragraphs is None:
            out.extend(f"      - {quoted(paragraph)}" for paragraph in paragraphs)
            continue
        values, at = verbatim_paragraphs
        for paragraph in paragraphs:
            if verbatim(paragraph):
                values.append(paragraph)
                at.append(len(out))
                out.append(f'      - "{paragraph}"')  # what `quoted` writes
            else:
                values.append(None)
                out.append(f"      - {quoted(paragraph)}")
    if draft.annotations is not None:
        out.extend(annotation_lines(draft.annotations))
    out.append("imported:")
    # A name is not the source's text, cleaned by the importer: written as a terminal shows
    # it (`\\x1b`), or a control character in it would fail `check --strict`.
    out.append(f"  source: {quoted(escape_line(source))}")
    out.append(f"  date: {today.isoformat()}")
    out.append(f"  version: {quoted(__version__)}")
    out.append(f"  sha256: {quoted(sha256)}")
    return out


# The YAML parser's events, by the lines `article_yaml` writes (`verify` needs their number):
# a `key: value` line is two scalars; a `key:` line a scalar and its list's (or mapping's)
# start and end; a list's `- value` one scalar; a list's `- key: value` a mapping's start
# and end and its first pair.
_PAIR = 2
_OPENS = 3
_ITEM = 1
_MAPPING_ITEM = 4


def _list(items: int) -> int:
    """The events of `key:` and its list of `items` scalars (none: the key and a null)."""
    return _OPENS + _ITEM * items if items else _PAIR


def event_count(draft: Draft) -> int:
    """The number of YAML parser events of `article_yaml(draft, …)`: what `check` counts
    (against the limit for the file's size) before it composes a file, known here without
    parsing the text again. A test holds it to the parser's own count."""
    count = 6  # the stream, the document and the article's mapping: each a start and an end
    count += _PAIR * 2  # format, title
    count += _PAIR * sum(
        1
        for key in ("subtitle", "outlet", "url", "dateline", "language", "summary", "published")
        if draft.metadata.get(key)
    )
    for items in (draft.authors, draft.tags):
        if items:
            count += _OPENS + _ITEM * len(items)
    count += _OPENS if draft.sections else _PAIR  # sections: (a list of mappings, or null)
    for heading, paragraphs in draft.sections:
        # `- heading: …` then `paragraphs:`, or `- paragraphs:` (a mapping's start and end)
        count += (_MAPPING_ITEM if heading is not None else 2) + _list(len(paragraphs))
    annotations = draft.annotations
    if annotations is not None:
        if annotations.speakers:
            count += _OPENS
            for _, role, affiliation in annotations.speakers:
                count += _MAPPING_ITEM + _PAIR * (bool(role) + bool(affiliation))
        if annotations.quotes:
            # speaker, kind, text, [occurrence], reviewed
            count += _OPENS + (_MAPPING_ITEM + _PAIR * 3) * len(annotations.quotes)
            count += _PAIR * sum(quote.occurrence is not None for quote in annotations.quotes)
        if annotations.statistics:
            count += _OPENS
            for figure in annotations.statistics:
                # label, value, [previous], [unit], text, reviewed
                optional = (figure.previous is not None) + bool(figure.unit)
                count += _MAPPING_ITEM + _PAIR * (3 + optional)
    count += _OPENS + _PAIR * 4  # imported: source, date, version, sha256
    return count


def _number(value: float | int) -> str:
    """A value as YAML reads it back: digits, no exponent for the sizes written."""
    if isinstance(value, float):
        text = repr(value)
        return text if "e" not in text and text not in ("nan", "inf", "-inf") else f"{value:.6f}"
    return str(value)


def annotation_lines(annotations: Annotations) -> list[str]:
    """The `speakers`, `quotes` and `statistics` of an article, each annotation marked
    `reviewed: false` (made by the importer, not yet confirmed by a person)."""
    out: list[str] = []
    if annotations.speakers:
        out.append("speakers:")
        for speaker in annotations.speakers:
            out.extend(_speaker_lines(speaker))
    if annotations.quotes:
        out.append("quotes:")
        for quote in annotations.quotes:
            out.extend(_quote_lines(quote))
    if annotations.statistics:
        out.append("statistics:")
        for figure in annotations.statistics:
            out.extend(_statistic_lines(figure))
    return out


def _speaker_lines(speaker: tuple[str, str | None, str | None]) -> list[str]:
    name, role, affiliation = speaker
    out = [f"  - name: {quoted(name)}"]
    if role:
        out.append(f"    role: {quoted(role)}")
    if affiliation:
        out.append(f"    affiliation: {quoted(affiliation)}")
    return out


def _quote_lines(quote: FoundQuote) -> list[str]:
    out = [
        f"  - speaker: {quoted(quote.speaker)}",
        f"    kind: {quote.kind}",
        f"    text: {quoted(quote.text)}",
    ]
    if quote.occurrence is not None:
        out.append(f"    occurrence: {quote.occurrence}")
    out.append("    reviewed: false")
    return out


def _statistic_lines(figure: FoundFigure) -> list[str]:
    out = [f"  - label: {quoted(figure.label)}", f"    value: {_number(figure.value)}"]
    if figure.previous is not None:
        out.append(f"    previous: {_number(figure.previous)}")
    if figure.unit:
        out.append(f"    unit: {quoted(figure.unit)}")
    out.append(f"    text: {quoted(figure.text)}")
    out.append("    reviewed: false")
    return out


def _size(lines: list[str]) -> int:
    """The bytes of `lines` written as UTF-8, each with its line break: line by line, an
    ASCII line (most) as long as it is written, only the others encoded (a third of the time
    of encoding the whole text)."""
    return len(lines) + sum(
        len(line) if line.isascii() else len(line.encode("utf-8", "surrogatepass"))
        for line in lines
    )


class Fit(NamedTuple):
    """The most of the annotations found an article can hold (`most`), and the size in bytes
    of the article written with all of them (`size`)."""

    most: int
    size: int


def annotations_that_fit(
    draft: Draft, found: Annotations, source: str, sha256: str, today: dt.date
) -> Fit:
    """The most of the annotations `found`, first in reading order (`annotate.first`), the
    article `draft` can hold within the values a file of its size may (`max_events`), each
    count of them judged by itself, as the loader would judge that file. One pass, without
    writing or loading the article once for each count."""
    best = whole = 0
    for count, (values, size) in enumerate(grown(draft, found, source, sha256, today), 1):
        if values <= max_events(size):
            best = count
        whole = size
    return Fit(best, whole)


def grown(
    draft: Draft, found: Annotations, source: str, sha256: str, today: dt.date
) -> Iterator[tuple[int, int]]:
    """The values (`event_count`) and the size in bytes of `draft`'s article written with the
    first 1, 2, 3 … of the annotations `found` in reading order (`annotate.first`), known
    annotation by annotation: the lines each adds, its speaker's with a quote that speaker's
    first, a list's key with its first item."""
    bare = dataclasses.replace(draft, annotations=Annotations())
    values = event_count(bare)
    size = _size(_lines(bare, source, sha256, today, None))
    speakers = {speaker[0]: speaker for speaker in found.speakers}
    named: set[str] = set()
    quotes = statistics = 0
    for _, quote in reading_order(found):
        if quote:
            item = found.quotes[quotes]
            quotes += 1
            lines = _quote_lines(item)
            values += quote_values(item)
            if quotes == 1:
                lines.append("quotes:")
                values += _OPENS
            speaker = speakers.get(item.speaker)
            if speaker is not None and item.speaker not in named:
                named.add(item.speaker)
                lines += _speaker_lines(speaker)
                values += speaker_values(speaker)
                if len(named) == 1:
                    lines.append("speakers:")
                    values += _OPENS
        else:
            figure = found.statistics[statistics]
            statistics += 1
            lines = _statistic_lines(figure)
            values += figure_values(figure)
            if statistics == 1:
                lines.append("statistics:")
                values += _OPENS
        size += _size(lines)
        yield values, size


def verify(text: str, name: str, quick: tuple[str, Written] | None = None) -> list[str]:
    """The problems `check --strict` would report on `text` (errors and warnings), as
    messages; empty when it passes. `quick` (from `written_article`): the text with its
    placeholders is loaded first, with what is known of it; only if that finds a problem is
    `text` itself loaded, for the loader's own messages on it."""
    if quick is not None:
        placeholders, written = quick
        if not _problems(placeholders, name, written):
            return []
    return _problems(text, name, None)


def passes(quick: tuple[str, Written], name: str) -> bool:
    """Whether the text `written_article` gave with `quick` passes `check --strict` (what
    `verify` says first, without the messages it would then give)."""
    placeholders, written = quick
    return not _problems(placeholders, name, written)


def _problems(text: str, name: str, written: Written | None) -> list[str]:
    # Loaded as `check` loads a file, from its UTF-8 bytes (from the text, the loader would
    # encode it again for each pass of the YAML parser: about 5% more time).
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: said as the loader says it of a text
        result = load_text(text, Path(name), written=written)
    else:
        result = load_bytes(data, Path(name), written=written)
    return [f"{problem.severity}: {problem.message}" for problem in result.problems]
