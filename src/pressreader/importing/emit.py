"""An imported article written as YAML (format 1), safely.

Every text is written as a YAML double-quoted scalar by `format.scalars.quoted` (nothing
from the source can close the scalar, start a comment, a document or a mapping, or reach the
file raw). Keys are fixed words. The written text is loaded back with the project's loader
before it is used (`verify`): an import that would not pass `check --strict` is refused,
never written.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pressreader import __version__
from pressreader.format.scalars import quoted
from pressreader.importing.annotate import Annotations
from pressreader.importing.parse import Draft

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
        out.extend(f"      - {quoted(paragraph)}" for paragraph in paragraphs)
    if draft.annotations is not None:
        out.extend(annotation_lines(draft.annotations))
    out.append("imported:")
    out.append(f"  source: {quoted(source)}")
    out.append(f"  date: {today.isoformat()}")
    out.append(f"  version: {quoted(__version__)}")
    out.append(f"  sha256: {quoted(sha256)}")
    return "\n".join(out) + "\n"


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
            # speaker, kind, text, reviewed
            count += _OPENS + (_MAPPING_ITEM + _PAIR * 3) * len(annotations.quotes)
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
        for name, role, affiliation in annotations.speakers:
            out.append(f"  - name: {quoted(name)}")
            if role:
                out.append(f"    role: {quoted(role)}")
            if affiliation:
                out.append(f"    affiliation: {quoted(affiliation)}")
    if annotations.quotes:
        out.append("quotes:")
        for quote in annotations.quotes:
            out.append(f"  - speaker: {quoted(quote.speaker)}")
            out.append(f"    kind: {quote.kind}")
            out.append(f"    text: {quoted(quote.text)}")
            out.append("    reviewed: false")
    if annotations.statistics:
        out.append("statistics:")
        for figure in annotations.statistics:
            out.append(f"  - label: {quoted(figure.label)}")
            out.append(f"    value: {_number(figure.value)}")
            if figure.previous is not None:
                out.append(f"    previous: {_number(figure.previous)}")
            if figure.unit:
                out.append(f"    unit: {quoted(figure.unit)}")
            out.append(f"    text: {quoted(figure.text)}")
            out.append("    reviewed: false")
    return out


def verify(
    text: str,
    name: str,
    events: int | None = None,
    normalised: tuple[list[str], list[str]] | None = None,
) -> list[str]:
    """The problems `check --strict` would report on `text` (errors and warnings), as
    messages; empty when it passes. `events`: the number of YAML parser events of `text`
    when the caller knows it (`event_count` of the draft `article_yaml` wrote it from), so
    the loader need not parse the text once more to count them. `normalised`: the
    paragraphs and their normalised forms, as annotating them made them (`Annotations`), in
    which the loader anchors the annotations when they are the article's paragraphs."""
    from pressreader.format.loader import load_bytes, load_text

    # Loaded as `check` loads a file, from its UTF-8 bytes (from the text, the loader would
    # encode it again for each pass of the YAML parser: about 5% more time).
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: said as the loader says it of a text
        result = load_text(text, Path(name), events=events, normalised=normalised)
    else:
        result = load_bytes(data, Path(name), events=events, normalised=normalised)
    return [f"{problem.severity}: {problem.message}" for problem in result.problems]
