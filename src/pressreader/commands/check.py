"""`pressreader check PATH...`: validate article files, the way compilers report problems.

Text output: one `path:line:column: severity: message` line per problem, in file order, then
a summary line `N articles in F files: E errors, W warnings`. JSON output: one object with the
counts and the problems. Exit status: 0 without errors, 1 with errors (or, with `--strict`,
with warnings; with `--unreviewed`, with an unreviewed annotation), 2 on a usage error such
as a path that does not exist.

`--unreviewed` also lists each quote and statistic marked `reviewed: false` (made by a
program, not yet confirmed by a person) as `path:line:column: note: quote N unreviewed: ...`,
at the annotation's place in the file, and counts them in the summary.

Nothing from a file reaches the terminal raw: text output passes through
`sanitize.escape_line` (a file name's undecodable bytes show as `\\xNN`), and JSON through
`sanitize.json_text`, which holds the true strings with every unsafe character written as a
`\\u` escape. This module never imports Textual.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pressreader.format.document import display
from pressreader.format.loader import load_file
from pressreader.library.files import discover
from pressreader.limits import DEFAULT_MAX_BYTES
from pressreader.model import Article, Problem
from pressreader.text.sanitize import escape_line, json_text

if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _problem_json(problem: Problem) -> dict[str, object]:
    return {
        "path": problem.path,
        "line": problem.line,
        "column": problem.column,
        "severity": problem.severity,
        "message": problem.message,
    }


def unreviewed_notes(article: Article, path: str) -> list[dict[str, object]]:
    """The article's unreviewed quotes and statistics, in file order, as note records."""
    notes: list[dict[str, object]] = []
    for number, quote in enumerate(article.quotes, 1):
        if not quote.reviewed:
            said = f"{display(quote.speaker, 40)}: '{display(quote.text)}'"
            notes.append(_note(path, quote.line, quote.column, "quote", number, said))
    for number, statistic in enumerate(article.statistics, 1):
        if not statistic.reviewed:
            figure = f"{display(statistic.label, 40)} = {statistic.value}"
            if statistic.text is not None:
                figure += f" ('{display(statistic.text)}')"
            notes.append(_note(path, statistic.line, statistic.column, "statistic", number, figure))
    return notes


def _note(
    path: str, line: int, column: int, kind: str, number: int, what: str
) -> dict[str, object]:
    return {
        "path": path,
        "line": line or None,
        "column": column or None,
        "annotation": kind,
        "number": number,
        "message": f"{kind} {number} unreviewed: {what}",
    }


def _note_line(note: dict[str, object]) -> str:
    where = str(note["path"])
    if note["line"] is not None:
        where += f":{note['line']}"
        if note["column"] is not None:
            where += f":{note['column']}"
    return f"{where}: note: {note['message']}"


def check(
    paths: Sequence[Path],
    *,
    strict: bool = False,
    unreviewed: bool = False,
    output_format: str = "text",
    max_bytes: int = DEFAULT_MAX_BYTES,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Check `paths` and print the report; returns the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    found = discover(paths)
    if found.missing:
        for path in found.missing:
            print(
                f"pressreader check: {escape_line(str(path))}: no such file or folder",
                file=err,
            )
        return EXIT_USAGE

    # Folders that cannot be listed come first: nothing under them was checked.
    problems: list[Problem] = list(found.unreadable)
    if output_format == "text":
        for problem in found.unreadable:
            print(escape_line(problem.format()), file=out)
    articles = 0
    notes: list[dict[str, object]] = []
    for path in found.files:
        result = load_file(path, max_bytes=max_bytes)
        articles += len(result.articles)
        problems.extend(result.problems)
        if output_format == "text":
            for problem in result.problems:
                print(escape_line(problem.format()), file=out)
        if unreviewed:
            for article in result.articles:
                listed = unreviewed_notes(article, str(path))
                notes.extend(listed)
                if output_format == "text":
                    for note in listed:
                        print(escape_line(_note_line(note)), file=out)

    errors = sum(1 for problem in problems if problem.severity == "error")
    warnings = len(problems) - errors
    failed = errors > 0 or (strict and warnings > 0) or bool(notes)
    summary = (
        f"{_plural(articles, 'article')} in {_plural(len(found.files), 'file')}: "
        f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}"
    )
    if unreviewed:
        summary += f", {len(notes)} unreviewed"
    if strict and warnings:
        summary += " (--strict: warnings count as errors)"
    if output_format == "json":
        report = {
            "files": len(found.files),
            "articles": articles,
            "errors": errors,
            "warnings": warnings,
            "strict": strict,
            "ok": not failed,
            "problems": [_problem_json(problem) for problem in problems],
        }
        if unreviewed:
            report["unreviewed"] = notes
        out.write(json_text(report, indent=2) + "\n")
    else:
        print(summary, file=out)
    if not found.files and not found.unreadable:
        print("pressreader check: no *.yaml or *.yml files found", file=err)
    return EXIT_PROBLEMS if failed else EXIT_OK


def run(args: argparse.Namespace | SimpleNamespace) -> int:
    return check(
        [Path(path) for path in args.paths],
        strict=bool(args.strict),
        unreviewed=bool(args.unreviewed),
        output_format=str(args.format),
        max_bytes=int(args.max_bytes),
    )
