"""`pressreader check PATH...`: validate article files, the way compilers report problems.

Text output: one `path:line:column: severity: message` line per problem, in file order, then
a summary line `N articles in F files: E errors, W warnings`. JSON output: one object with the
counts and the problems. Exit status: 0 without errors, 1 with errors (or, with `--strict`,
with warnings), 2 on a usage error such as a path that does not exist.

Nothing from a file reaches the terminal raw: text output passes through
`sanitize.escape_line`, and a file name's undecodable bytes show as `\\xNN`; JSON holds the
true strings, with every control character (C1 and DEL too, which `json` leaves raw) and
lone surrogate written as a `\\u` escape. This module never imports Textual.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pressreader.format.loader import load_file
from pressreader.library.files import discover
from pressreader.limits import DEFAULT_MAX_BYTES
from pressreader.model import Problem
from pressreader.text.sanitize import escape_line

if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


# C1 controls and DEL, which `json` leaves raw, and lone surrogates (file names that are not
# valid UTF-8 reach Python as surrogate escapes), which no output encoding accepts.
_JSON_RAW = re.compile("[\x7f-\x9f\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _surrogate(match: re.Match[str]) -> str:
    code = ord(match.group())
    # A surrogate escape stands for one undecodable byte of a file name: show that byte.
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def _shown(text: str) -> str:
    """One line safe for any terminal and any output encoding."""
    return _SURROGATE.sub(_surrogate, escape_line(text))


def _json_text(data: object) -> str:
    """JSON that keeps non-ASCII text readable but holds no raw control character."""
    import json  # only `--format json` pays for it

    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _JSON_RAW.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


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
                f"pressreader check: {_shown(str(path))}: no such file or folder",
                file=err,
            )
        return EXIT_USAGE

    # Folders that cannot be listed come first: nothing under them was checked.
    problems: list[Problem] = list(found.unreadable)
    if output_format == "text":
        for problem in found.unreadable:
            print(_shown(problem.format()), file=out)
    articles = 0
    for path in found.files:
        result = load_file(path, max_bytes=max_bytes)
        articles += len(result.articles)
        problems.extend(result.problems)
        if output_format == "text":
            for problem in result.problems:
                print(_shown(problem.format()), file=out)

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
        out.write(_json_text(report) + "\n")
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
