"""`pressreader check PATH...`: validate article files, the way compilers report problems.

Text output: one `path:line:column: severity: message` line per problem, in file order, then
a summary line `N articles in F files: E errors, W warnings`. JSON output: one object with the
counts and the problems. Exit status: 0 without errors, 1 with errors (or, with `--strict`,
with warnings), 2 on a usage error such as a path that does not exist.

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

from pressreader.format.loader import load_file
from pressreader.library.files import discover
from pressreader.limits import DEFAULT_MAX_BYTES
from pressreader.model import Problem
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


def check(
    paths: Sequence[Path],
    *,
    strict: bool = False,
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
    for path in found.files:
        result = load_file(path, max_bytes=max_bytes)
        articles += len(result.articles)
        problems.extend(result.problems)
        if output_format == "text":
            for problem in result.problems:
                print(escape_line(problem.format()), file=out)

    errors = sum(1 for problem in problems if problem.severity == "error")
    warnings = len(problems) - errors
    failed = errors > 0 or (strict and warnings > 0)
    summary = (
        f"{_plural(articles, 'article')} in {_plural(len(found.files), 'file')}: "
        f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}"
    )
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
        output_format=str(args.format),
        max_bytes=int(args.max_bytes),
    )
