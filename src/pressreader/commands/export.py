"""`pressreader export quotes|statistics|articles|hits [PATH...] [-q QUERY] --format FORMAT`.

Writes the library's quotes, statistics, articles (metadata and counts) or search hits as
CSV, TSV, JSON, JSON Lines or Markdown, to standard output or to a file (`-o`), reading the
index as it writes. Exit 0 when something was exported, 1 when nothing was, 2 on error, as
`pressreader search`.
"""

from __future__ import annotations

import io
import sqlite3
import sys
from pathlib import Path

from pressreader.commands.index import index_error, open_index, update
from pressreader.commands.search import SEARCH_LOCK_TIMEOUT, _query_error
from pressreader.index.query import Query, QueryError, parse
from pressreader.text.sanitize import escape_line

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from typing import TextIO


def output_format(args: argparse.Namespace) -> str:
    """The format asked for; else the one the output file's suffix names; else CSV."""
    from pressreader.exporting import SUFFIXES

    if args.format:
        return str(args.format)
    if args.output and args.output != "-":
        return SUFFIXES.get(Path(args.output).suffix.lower(), "csv")
    return "csv"


def run(args: argparse.Namespace) -> int:
    from pressreader.exporting import export_library
    from pressreader.exporting.output import new_file
    from pressreader.placing import TakenError

    query: Query | None = None
    if args.query is not None:
        try:
            query = parse(args.query)
        except QueryError as error:
            _query_error(args.query, error)
            return 2
    if args.kind == "hits" and query is None:
        print("pressreader: an export of hits needs a query (-q QUERY)", file=sys.stderr)
        return 2
    fmt = output_format(args)
    opened = open_index(args)
    if isinstance(opened, int):
        return opened

    def export(out: TextIO) -> int:
        return export_library(opened, args.kind, fmt, out, query=query, excel=args.excel)

    try:
        with opened:
            try:
                update(opened, args.max_bytes, lock_timeout=SEARCH_LOCK_TIMEOUT)
            except (OSError, sqlite3.Error) as error:
                index_error(error)
                return 2
            if args.output and args.output != "-":
                with new_file(Path(args.output), overwrite=args.force) as stream:
                    count = export(stream)
            else:
                stdout = io.TextIOWrapper(
                    sys.stdout.buffer, encoding="utf-8", newline="", write_through=False
                )
                try:
                    count = export(stdout)
                    stdout.flush()
                finally:
                    stdout.detach()
    except TakenError as error:
        print(
            f"pressreader: {escape_line(str(error))} exists; give --force to replace it",
            file=sys.stderr,
        )
        return 2
    except sqlite3.Error as error:
        index_error(error)
        return 2
    except BrokenPipeError:
        raise
    except OSError as error:
        reason = error.strerror or str(error)
        if args.output and args.output != "-":
            # The file as the command line gave it (the error may name it resolved).
            print(
                f"pressreader: cannot write {escape_line(args.output)}: {escape_line(reason)}",
                file=sys.stderr,
            )
            return 2
        where = f": {error.filename}" if error.filename else ""
        print(
            f"pressreader: cannot write the export: {escape_line(reason + where)}", file=sys.stderr
        )
        return 2
    return 0 if count else 1
