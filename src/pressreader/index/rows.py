"""Checks of the values read back from the index, which is a file anyone can edit.

Each returns the value when it is of the kind the index's builder writes, and raises
`DamagedRow` otherwise: the index is then rebuilt from the files (see `LibraryIndex._read`)
instead of a wrong type reaching code that trusts it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Container

from pressreader.index.schema import STRONG_KINDS
from pressreader.store.sqlite import DamagedRow

TYPE_CHECKING = False  # `typing` is not imported at run time: a search starts faster
if TYPE_CHECKING:
    from typing import Any, Literal


def damaged(column: str, value: object) -> DamagedRow:
    shown = repr(value)
    if len(shown) > 40:
        shown = shown[:39] + "…"
    return DamagedRow(f"the index holds {shown} as {column}")


def text(value: object, column: str) -> str:
    if type(value) is not str:
        raise damaged(column, value)
    return value


def optional_text(value: object, column: str) -> str | None:
    return None if value is None else text(value, column)


def count(value: object, column: str) -> int:
    """A whole number of at least 0 (a count, a line, an index into a list)."""
    if type(value) is not int or value < 0:
        raise damaged(column, value)
    return value


def optional_count(value: object, column: str) -> int | None:
    return None if value is None else count(value, column)


def number(value: object, column: str) -> float:
    if type(value) not in (int, float) or math.isnan(value):  # type: ignore[arg-type]
        raise damaged(column, value)
    return float(value)  # type: ignore[arg-type]


def optional_number(value: object, column: str) -> float | None:
    return None if value is None else number(value, column)


def is_iso_date(value: object) -> bool:
    """Whether `value` is a date as the builder stores it (`2024-03-01`)."""
    if type(value) is not str or len(value) != 10:
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def iso_date(value: object, column: str = "published") -> str | None:
    """An ISO date as text (or None), as the builder stores `published`."""
    if value is None:
        return None
    if not is_iso_date(value):
        raise damaged(column, value)
    return value  # type: ignore[return-value]  # a str, checked


def date(value: object, column: str = "published") -> dt.date | None:
    checked = iso_date(value, column)
    return None if checked is None else dt.date.fromisoformat(checked)


if TYPE_CHECKING:
    Severity = Literal["error", "warning"]
    ProblemRow = tuple[Severity, int | None, int | None, str]


def problems(value: object, column: str = "problems") -> list[ProblemRow]:
    """A file's problems, stored as JSON: [[severity, line, column, message], ...]."""
    import json  # only broken files' problems are read on the way to the first screen

    if type(value) is not str:
        raise damaged(column, value)
    try:
        data = json.loads(value)
    except (ValueError, RecursionError):
        raise damaged(column, value) from None
    if type(data) is not list:
        raise damaged(column, value)
    out: list[ProblemRow] = []
    for item in data:
        if type(item) is not list or len(item) != 4:
            raise damaged(column, value)
        severity, line, col, message = item
        if type(message) is not str:
            raise damaged(column, value)
        checked: Severity
        if severity == "error":
            checked = "error"
        elif severity == "warning":
            checked = "warning"
        else:
            raise damaged(column, value)
        out.append((checked, optional_count(line, column), optional_count(col, column), message))
    return out


def kind(value: object, kinds: Container[int]) -> int:
    """A passage kind (`schema.PARAGRAPH` ...)."""
    if type(value) is not int or value not in kinds:
        raise damaged("kind", value)
    return value


def search_article(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """(id, title, outlet, tags, speakers, authors, published) of an article, checked."""
    article, title, outlet, tags, speakers, authors, published = row
    return (
        article,
        text(title, "title"),
        optional_text(outlet, "outlet"),
        text(tags, "tags"),
        text(speakers, "speakers"),
        text(authors, "authors"),
        iso_date(published),
    )


def search_passage(row: tuple[Any, ...], kinds: Container[int]) -> tuple[Any, ...]:
    """A passage with its article and file, as `search._details` reads it, checked."""
    pid, passage_kind, s_index, s_id, heading, paragraph, line, speaker, body, *rest = row
    start, end, document, article_id, title, root, rel, article = rest
    # The common case in one test (a search may check a hundred thousand rows); any odd
    # value goes through the checks one by one, which say what is wrong.
    if (
        type(passage_kind) is int
        and passage_kind in kinds
        and type(pid) is int
        and pid & 1 == (passage_kind in STRONG_KINDS)
        and (s_index is None or (type(s_index) is int and s_index >= 0))
        and (s_id is None or type(s_id) is str)
        and (heading is None or type(heading) is str)
        and (paragraph is None or (type(paragraph) is int and paragraph >= 0))
        and type(line) is int
        and line >= 0
        and (speaker is None or type(speaker) is str)
        and type(body) is str
        and (start is None or (type(start) is int and start >= 0))
        and (end is None or (type(end) is int and end >= 0))
        and type(document) is int
        and document >= 0
        and type(article_id) is str
        and type(title) is str
        and type(root) is str
        and type(rel) is str
        and type(article) is int
        and article >= 0
    ):
        return row
    checked_kind = kind(passage_kind, kinds)
    if type(pid) is not int or pid & 1 != (checked_kind in STRONG_KINDS):
        # The ranking finds the passages that weigh more by their ids (`schema.passage_id`).
        raise damaged(f"the kind of passage {pid!r}", passage_kind)
    return (
        pid,
        checked_kind,
        optional_count(s_index, "section_index"),
        optional_text(s_id, "section_id"),
        optional_text(heading, "heading"),
        optional_count(paragraph, "paragraph"),
        count(line, "line"),
        optional_text(speaker, "speaker"),
        text(body, "text"),
        optional_count(start, "start"),
        optional_count(end, "end"),
        count(document, "document"),
        text(article_id, "article_id"),
        text(title, "title"),
        text(root, "root"),
        text(rel, "rel"),
        count(article, "article"),
    )
