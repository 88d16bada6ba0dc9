"""`pressreader search QUERY [PATH...]`: search the library, grep-style.

Prints `path:line: [section heading] snippet`, one hit per line; matches are highlighted only
when stdout is a terminal. A file that could not be read or indexed (broken YAML, too large)
is said on stderr, `path:line:column: error: message`, as `check` and `index` say it. Exit 0
when something is found, 1 when nothing is, 2 on error, as grep: a file that could not be
read is an error, whatever the other files' hits.
Starts fast: no Textual, no YAML unless some file changed since the index was last updated.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Sequence

from pressreader.commands.index import broken_line, index_error, open_index, update
from pressreader.index.query import QueryError, error_excerpt, parse
from pressreader.text.sanitize import escape_line, json_text
from pressreader.text.sections import section_title

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator
    from typing import TextIO

    from pressreader.index import Hit

HEADING_WIDTH = 60
SEARCH_LOCK_TIMEOUT = 2.0  # seconds to wait for another process updating the index

# grep's colours: file name magenta, line number green, separators cyan, matches bold red.
_PATH, _LINE, _SEP, _MATCH, _HEADING, _RESET = (
    "\x1b[35m",
    "\x1b[32m",
    "\x1b[36m",
    "\x1b[1;31m",
    "\x1b[2m",
    "\x1b[0m",
)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def highlight(snippet: str, matches: Sequence[tuple[int, int]], on: str, off: str) -> str:
    """The snippet escaped for the terminal, each match wrapped in `on` ... `off`."""
    out: list[str] = []
    position = 0
    for start, end in matches:
        if start < position:
            continue
        out.append(escape_line(snippet[position:start]))
        out.append(on + escape_line(snippet[start:end]) + off)
        position = end
    out.append(escape_line(snippet[position:]))
    return "".join(out)


def format_hit(hit: Hit, color: bool) -> str:
    section = _section(hit)
    path = escape_line(str(hit.path))
    if not color:
        return f"{path}:{hit.line}: {section}{highlight(hit.snippet, (), '', '')}"
    match_on = "\x1b[1m" if os.environ.get("NO_COLOR") else _MATCH
    styled = highlight(hit.snippet, hit.matches, match_on, _RESET)
    if os.environ.get("NO_COLOR"):
        return f"{path}:{hit.line}: {section}{styled}"
    heading = f"{_HEADING}{section}{_RESET}" if section else ""
    return (
        f"{_PATH}{path}{_RESET}{_SEP}:{_RESET}{_LINE}{hit.line}{_RESET}{_SEP}:{_RESET} "
        f"{heading}{styled}"
    )


def _query_error(text: str, error: QueryError) -> None:
    before, after = error_excerpt(text, error.column)
    shown = escape_line(before) + escape_line(after)
    caret = " " * len(escape_line(before))
    print(f"pressreader: bad query: {escape_line(str(error))}", file=sys.stderr)
    print(f"  {shown}\n  {caret}^", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    if args.limit is not None and args.limit < 1:
        print("pressreader: --limit must be at least 1", file=sys.stderr)
        return 2
    # A limit past SQLite's integers is past any number of hits: no limit (SQLite would
    # refuse it as a "datatype mismatch", said as the index's fault).
    limit = args.limit if args.limit is not None and args.limit < 2**63 else None
    try:
        query = parse(args.query)
    except QueryError as error:
        _query_error(args.query, error)
        return 2
    opened = open_index(args)
    if isinstance(opened, int):
        return opened
    out = sys.stdout
    found = 0
    unreadable = 0
    try:
        with opened as index:
            # Searching a slightly stale index beats waiting for another process's long update.
            update(index, args.max_bytes, lock_timeout=SEARCH_LOCK_TIMEOUT)
            for entry in index.broken_entries():
                line = broken_line(entry)
                if line is not None:
                    print(line, file=sys.stderr)
                    unreadable += 1
            # Lines without colour show no highlights: the matches' offsets are not needed.
            color = not args.json and out.isatty()
            hits = index.search_iter(query, limit=limit, spans=args.json or color)
            # Hits are written as they are built (the first at once, then in chunks), never
            # all kept: the output is the same as if they had been.
            if args.json:
                found = _write_json(out, args.query, hits)
            else:
                found = _write_lines(out, hits, color)
    except (OSError, sqlite3.Error) as error:
        if isinstance(error, BrokenPipeError):
            raise
        out.flush()
        index_error(error)
        return 2
    out.flush()
    if unreadable:
        return 2  # grep's status when a file could not be read, hits or not
    return 0 if found else 1


CHUNK = 256  # lines written at a time after the first


def _section(hit: Hit) -> str:
    """The `[section] ` prefix of a hit's line, escaped (empty for none), as `format_hit`
    writes it."""
    # Metadata hits (title, headings, tags...) show their own text; others name their section.
    label = None
    if hit.kind != "metadata":
        if hit.section_index is not None:  # named as the table of contents names it
            label = section_title(hit.heading, hit.section_index)
        else:
            label = hit.heading or hit.section_id
    return f"[{escape_line(_clip(label, HEADING_WIDTH))}] " if label else ""


_CACHED = 4096  # paths and sections kept by `plain_lines`: memory stays flat


def plain_lines(hits: Iterator[Hit]) -> Iterator[str]:
    """`format_hit(hit, False)` of each hit, with what many hits share (the escaped path,
    the section's prefix) worked out once per path and per section."""
    # By the path object's identity (the search gives a file's hits one object, and hashing
    # a `Path` costs more than the rest of the lookup); the object is kept with its text, so
    # its identity is never another's while it is there.
    paths: dict[int, tuple[object, str]] = {}
    sections: dict[tuple[bool, int | None, str | None, str | None], str] = {}
    for hit in hits:
        shown = paths.get(id(hit.path))
        if shown is not None and shown[0] is hit.path:
            path = shown[1]
        else:
            if len(paths) >= _CACHED:
                paths.clear()
            path = escape_line(str(hit.path))
            paths[id(hit.path)] = (hit.path, path)
        key = (hit.kind == "metadata", hit.section_index, hit.heading, hit.section_id)
        section = sections.get(key)
        if section is None:
            if len(sections) >= _CACHED:
                sections.clear()
            section = sections[key] = _section(hit)
        yield f"{path}:{hit.line}: {section}{escape_line(hit.snippet)}\n"


def _write_lines(out: TextIO, hits: Iterator[Hit], color: bool) -> int:
    found = 0
    chunk: list[str] = []
    lines = (format_hit(hit, True) + "\n" for hit in hits) if color else plain_lines(hits)
    for line in lines:
        chunk.append(line)
        found += 1
        if found == 1 or len(chunk) >= CHUNK:
            out.write("".join(chunk))
            chunk.clear()
            if found == 1:
                out.flush()  # the first line shows at once, even in a pipe
    out.write("".join(chunk))
    return found


def _write_json(out: TextIO, query: str, hits: Iterator[Hit]) -> int:
    """`{"query": ..., "hits": [...]}`, as `json_text` writes the whole, a hit at a time."""
    found = 0
    out.write('{"query": ' + json_text(query) + ', "hits": [')
    for hit in hits:
        out.write((", " if found else "") + json_text(hit.to_json()))
        found += 1
        if found == 1:
            out.flush()
    out.write("]}\n")
    return found
