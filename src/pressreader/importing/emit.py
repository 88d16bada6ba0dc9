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


def verify(text: str, name: str) -> list[str]:
    """The problems `check --strict` would report on `text` (errors and warnings), as
    messages; empty when it passes."""
    from pressreader.format.loader import load_bytes, load_text

    # Loaded as `check` loads a file, from its UTF-8 bytes (from the text, the loader would
    # encode it again for each pass of the YAML parser: about 5% more time).
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: said as the loader says it of a text
        result = load_text(text, Path(name))
    else:
        result = load_bytes(data, Path(name))
    return [f"{problem.severity}: {problem.message}" for problem in result.problems]
