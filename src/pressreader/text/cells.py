"""A value in a spreadsheet's cell (CSV, TSV): the one escaping rule, and the OWASP rule
against CSV injection. Shared by the export's writers and the index, which keeps each quote's
CSV cells ready (see `pressreader.exporting`).

A text cell shows what one-line output escapes (`escape_line`: controls, tabs, bidirectional
controls and marks, separators) as the reader's visible escapes; a CSV cell keeps its line
breaks (a quoted field holds them). A text cell that begins with `=`, `+`, `-`, `@`, a tab
or a carriage return gets a `'` before it, so a spreadsheet does not run it as a formula.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressreader.text.sanitize import escape_line

# What a spreadsheet reads as the start of a formula (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA = frozenset(FORMULA_STARTS)
LIST_SEPARATOR = "; "

CellValue = str | int | float | bool | list[str] | None


def neutralise(text: str) -> str:
    """A text cell a spreadsheet will not run: `'` before a formula's first character."""
    return "'" + text if text[:1] in FORMULA else text


def escape_cell(text: str) -> str:
    """A CSV cell's text: what one-line output escapes, except the line breaks."""
    return "\n".join(escape_line(line) for line in text.split("\n"))


def text_cell(value: CellValue, one_line: bool) -> str:
    """A text, true/false or list value as a CSV (`one_line` False) or TSV cell."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    text = LIST_SEPARATOR.join(value) if isinstance(value, list) else str(value)
    if one_line:
        text = escape_line(text)
    elif not text.isprintable():
        text = escape_cell(text)
    return neutralise(text)


_FORMULA_CELL = re.compile(r',"?[=+@\-]')
# How a line or cells that begin with a formula begin (the cell quoted or not).
FORMULA_FIRST = ("=", "+", "@", "-", '"=', '"+', '"@', '"-')


def suspect_cells(cells: str) -> bool:
    """Whether CSV cells (joined by commas, as `csv_cells` makes them) hold what no cell made
    by `text_cell` or `number_cell` holds: a character that cells show escaped (a line break
    is let through: a quoted cell holds it), or a cell that begins like a formula. Cells
    that are fine may match too (a quoted `,=` in a text, a soft hyphen): the caller makes
    those again from their values, which gives the same text. Two scans in C, no loop."""
    return (
        not cells.replace("\n", " ").isprintable()
        or cells.startswith(FORMULA_FIRST)
        or _FORMULA_CELL.search(cells) is not None
    )


def number_cell(value: int | float | None) -> str:
    return "" if value is None else str(value)


def csv_cells(cells: Sequence[str]) -> str:
    """Cells (made by `text_cell` or `number_cell`) as a part of a CSV line: quoted as
    Python's `csv` writer quotes them (a field with a comma, a quotation mark or a line break),
    joined by commas, without the line's end."""
    import csv

    lines: list[str] = []
    writer = csv.writer(Lines(lines), lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(cells)
    return lines[0][:-1]


class Lines:
    """A file-like object that keeps what is written in a list."""

    def __init__(self, lines: list[str]) -> None:
        self.write = lines.append
