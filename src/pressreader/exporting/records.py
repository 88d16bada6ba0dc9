"""What an export holds: one row per quote, statistic, article or search hit, as plain values
(text, numbers, true/false, lists of text, null) in the order of its kind's FIELDS.

Rows come from the index (`exporting.library`) or from an article open in the reader
(`exporting.article`); both give the same fields, and a quote's or statistic's citation is
the text `y` copies in the reader (`text.citation`). The values are the true strings of the
file: each output format applies the one escaping rule itself (`exporting.formats`). This
module imports no article model: an export from the index never loads it.
"""

from __future__ import annotations

Value = str | int | float | bool | list[str] | None
Row = tuple[Value, ...]  # one record's values, in the order of its kind's FIELDS
Record = dict[str, Value]

KINDS = ("quotes", "statistics", "articles", "hits")

# The article's fields at the head of every quote, statistic and hit row.
ARTICLE_HEAD = ("article_id", "title", "outlet", "published", "url")

QUOTE_FIELDS = (
    *ARTICLE_HEAD,
    "section",
    "paragraph",
    "speaker",
    "role",
    "affiliation",
    "kind",
    "text",
    "note",
    "reviewed",
    "citation",
    "path",
    "line",
)
STATISTIC_FIELDS = (
    *ARTICLE_HEAD,
    "section",
    "paragraph",
    "label",
    "value",
    "previous",
    "change",
    "percent_change",
    "unit",
    "period",
    "words",
    "note",
    "reviewed",
    "citation",
    "path",
    "line",
)
ARTICLE_FIELDS = (
    *ARTICLE_HEAD,
    "language",
    "authors",
    "tags",
    "speakers",
    "quotes",
    "statistics",
    "unreviewed",
    "path",
    "document",
)
HIT_FIELDS = (
    *ARTICLE_HEAD,
    "section",
    "paragraph",
    "kind",
    "speaker",
    "text",
    "path",
    "line",
)
FIELDS: dict[str, tuple[str, ...]] = {
    "quotes": QUOTE_FIELDS,
    "statistics": STATISTIC_FIELDS,
    "articles": ARTICLE_FIELDS,
    "hits": HIT_FIELDS,
}
# The fields that hold numbers (written as numbers, never neutralised as text in CSV).
NUMERIC = frozenset(
    {
        "paragraph",
        "line",
        "value",
        "previous",
        "change",
        "percent_change",
        "quotes",
        "statistics",
        "unreviewed",
        "document",
    }
)


class Group:
    """One article's part of an export: its row, and its quote, statistic or hit rows (each
    a full row of its kind, the article's fields first)."""

    __slots__ = ("article", "count", "data", "hits", "lines", "quotes", "statistics")

    def __init__(self, article: Row) -> None:
        self.article = article
        self.quotes: list[Row] = []
        self.statistics: list[Row] = []
        self.hits: list[Row] = []
        # CSV lines made already (the index keeps each quote's cells): written as they are,
        # as text (`lines`) or as UTF-8 (`data`, checked already); `count`, the records in
        # them when an item holds several lines (else one each).
        self.lines: list[str] = []
        self.data = b""
        self.count = 0

    def rows(self, kind: str) -> list[Row]:
        if kind == "articles":
            return [self.article]
        return (
            self.quotes
            if kind == "quotes"
            else self.statistics
            if kind == "statistics"
            else self.hits
        )


def as_record(kind: str, row: Row) -> Record:
    """A row as a dict keyed by its kind's field names."""
    return dict(zip(FIELDS[kind], row, strict=True))


def number(value: float | int | None) -> int | float | None:
    """A figure as a plain number: whole numbers as integers (`172`, not `172.0`)."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


def change(value: float | int, previous: float | int | None) -> tuple[Value, Value]:
    """(value − previous, the change in percent of previous): None without a previous value,
    and no percentage from a previous value of 0. Rounded to 12 significant digits (no
    `0.30000000000000004`), the percentage to 2 decimals."""
    if previous is None:
        return None, None
    difference = float(value) - float(previous)
    rounded = number(float(f"{difference:.12g}"))
    if previous == 0:
        return rounded, None
    return rounded, number(round(difference / abs(float(previous)) * 100, 2))


def statistic_row(
    head: Row,
    section: str | None,
    paragraph: int | None,
    stat: tuple[
        str, float | int, float | int | None, str | None, str | None, str | None, str | None
    ],
    reviewed: bool,
    citation: str,
    path: str,
    line: int,
) -> Row:
    """One statistic's row (from a loaded article or from the index)."""
    label, value, previous, unit, period, words, note = stat
    difference, percent = change(value, previous)
    return (
        *head,
        section,
        paragraph,
        label,
        number(value),
        number(previous),
        difference,
        percent,
        unit,
        period,
        words,
        note,
        reviewed,
        citation,
        path,
        line,
    )
