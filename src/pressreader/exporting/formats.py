"""Write an export's records as CSV, TSV, JSON, JSON Lines or Markdown, as they come.

The one escaping rule of the project (`text.sanitize`) holds here too:

- JSON and JSON Lines hold the true strings; every control, bidirectional control,
  directional mark and line or paragraph separator is written as a `\\u` escape
  (`json_text`), so nothing in them moves a terminal's cursor, and a reader gets the text back;
- CSV, TSV and Markdown show those characters as the reader's visible escapes (`\\x1b`,
  `\\u202e`), in a file as on a terminal: the one-line rule (`escape_line`), tabs included,
  except that a CSV cell keeps its line breaks (a quoted field may hold them).

CSV is RFC 4180 (fields with a comma, a quotation mark or a line break quoted, quotation marks
doubled), UTF-8, lines ending in LF (`excel`: a byte order mark and CRLF, what spreadsheet
programs expect). A text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return
is neutralised with a leading `'` (the OWASP rule against CSV injection: a spreadsheet would
run it as a formula); numbers, a negative change too, are written as numbers. TSV follows the
same rules, with tabs and line breaks in a cell shown as escapes (it has no quoting).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from pressreader.exporting.records import FIELDS, NUMERIC, Group, Row, Value
from pressreader.text.cells import FORMULA, FORMULA_STARTS, Lines, text_cell
from pressreader.text.sanitize import json_text

__all__ = ["FORMULA_STARTS", "table_cell", "write"]

FORMATS = ("csv", "tsv", "json", "jsonl", "markdown")
# The shape of the JSON and JSON Lines output (schema/export-v1.schema.json).
EXPORT_VERSION = 1
SUFFIXES = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".md": "markdown",
    ".markdown": "markdown",
}
EXTENSIONS = {"csv": "csv", "tsv": "tsv", "json": "json", "jsonl": "jsonl", "markdown": "md"}


def table_cell(value: Value, field: str, one_line: bool) -> str:
    """A CSV (`one_line` False) or TSV (`one_line` True) cell."""
    if value is None:
        return ""
    if field in NUMERIC and isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return text_cell(value, one_line)


def write(
    kind: str,
    fmt: str,
    groups: Iterable[Group],
    out: TextIO,
    *,
    excel: bool = False,
    query: str | None = None,
) -> int:
    """Write the records of `kind` in `groups` to `out` in format `fmt`; return how many."""
    fields = FIELDS[kind]
    if fmt in ("csv", "tsv"):
        return _table(kind, fields, groups, out, fmt == "tsv", excel)
    if fmt == "json":
        return _json(kind, groups, out, query)
    if fmt == "jsonl":
        count = 0
        for group in groups:
            rows = group.rows(kind)
            out.write(
                "".join(json_text(dict(zip(fields, row, strict=True))) + "\n" for row in rows)
            )
            count += len(rows)
        return count
    if fmt == "markdown":
        from pressreader.exporting.markdown import write_markdown

        return write_markdown(kind, groups, out, query)
    raise ValueError(f"unknown format {fmt!r}")


def _cells(rows: Iterable[Row], texts: list[int], tsv: bool) -> list[list[Value]]:
    """The rows' cells: each text made safe (`text_cell`), numbers and nothing as they are."""
    formula = FORMULA
    cells: list[list[Value]] = []
    for row in rows:
        line = list(row)
        for i in texts:
            value = line[i]
            if value is None:
                continue
            if (
                not tsv
                and value.__class__ is str
                and value[:1] not in formula
                and value.isprintable()
            ):
                continue  # the usual cell, written as it is
            line[i] = text_cell(value, tsv)
        cells.append(line)
    return cells


def _text_fields(fields: tuple[str, ...]) -> list[int]:
    """The cells that may hold text (the others hold numbers or nothing)."""
    return [i for i, name in enumerate(fields) if name not in NUMERIC]


def csv_text(kind: str, rows: Iterable[Row], end: str) -> str:
    """Rows of `kind` as CSV lines ending in `end` (no header), as `write` writes them."""
    buffer: list[str] = []
    writer = csv.writer(Lines(buffer), lineterminator=end, quoting=csv.QUOTE_MINIMAL)
    writer.writerows(_cells(rows, _text_fields(FIELDS[kind]), False))
    return "".join(buffer)


def _table(
    kind: str,
    fields: tuple[str, ...],
    groups: Iterable[Group],
    out: TextIO,
    tsv: bool,
    excel: bool,
) -> int:
    end = "\r\n" if excel else "\n"
    if excel:
        out.write("\ufeff")
    texts = _text_fields(fields)
    # The CSV writer writes to a list, and the stream takes an article's lines at once: a
    # write to a text stream per line costs more than making the line.
    buffer: list[str] = []
    writer = csv.writer(Lines(buffer), lineterminator=end, quoting=csv.QUOTE_MINIMAL)
    if tsv:
        out.write("\t".join(fields) + end)
    else:
        writer.writerow(fields)
        out.write(buffer.pop())
    count = 0
    for group in groups:
        if group.lines or group.data:
            out.write("".join(buffer))
            buffer.clear()
            out.write("".join(group.lines))
            if group.data:
                _write_utf8(out, group.data)
            count += group.count or len(group.lines)
            continue
        rows = group.rows(kind)
        cells = _cells(rows, texts, tsv)
        if tsv:
            out.write(
                "".join(
                    "\t".join("" if v is None else str(v) for v in line) + end for line in cells
                )
            )
        else:
            writer.writerows(cells)
            if len(buffer) >= 256:
                out.write("".join(buffer))
                buffer.clear()
        count += len(rows)
    if buffer:
        out.write("".join(buffer))
    return count


def _write_utf8(out: TextIO, data: bytes) -> None:
    """Write UTF-8 text: straight to the bytes under a UTF-8 text stream (no decoding and
    encoding again), else as text."""
    raw = getattr(out, "buffer", None)
    if raw is not None and str(getattr(out, "encoding", "")).lower().replace("-", "") == "utf8":
        out.flush()
        raw.write(data)
    else:
        out.write(data.decode("utf-8"))


def _json(kind: str, groups: Iterable[Group], out: TextIO, query: str | None) -> int:
    fields = FIELDS[kind]
    head = json_text(
        {"format": "pressreader-export", "version": EXPORT_VERSION, "kind": kind, "query": query}
    )
    out.write(head[:-1] + ', "records": [')
    count = 0
    for group in groups:
        for row in group.rows(kind):
            record = json_text(dict(zip(fields, row, strict=True)))
            out.write(("\n" if count == 0 else ",\n") + record)
            count += 1
    out.write("\n]}\n" if count else "]}\n")
    return count
