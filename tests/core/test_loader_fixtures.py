"""The fixture corpus: every valid file loads cleanly, every invalid one reports what it claims.

Each file under tests/data/invalid/ states its expected problems in comments:

    # expect: error 12:5 the start of the message
    # expect: warning 3 a message without a column
    # expect-articles: id-1 id-3      (the articles still loaded; default: none)

Every expected problem must be reported at that line (and column), and every error reported
must be expected, so a fixture cannot pass by accident.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from pressreader.format.loader import load_file
from pressreader.model import LoadResult, Problem

DATA = Path(__file__).resolve().parent.parent / "data"
VALID = sorted((DATA / "valid").glob("*.yaml"))
INVALID = sorted((DATA / "invalid").glob("*.yaml"))

_EXPECT = re.compile(rb"^# expect: (error|warning) (\d+)(?::(\d+))? (.+)$", re.MULTILINE)
_EXPECT_ARTICLES = re.compile(rb"^# expect-articles: (.+)$", re.MULTILINE)

# Files that cannot hold a comment: an empty file, and one that is not UTF-8.
_NO_COMMENT = {
    "empty.yaml": [("error", 1, 1, "the file is empty; expected an article")],
    "utf16.yaml": [("error", 1, 1, "the file is UTF-16 text; expected UTF-8")],
}


@dataclass(frozen=True)
class Expected:
    severity: str
    line: int
    column: int | None
    message: str

    def matches(self, problem: Problem) -> bool:
        return (
            problem.severity == self.severity
            and problem.line == self.line
            and (self.column is None or problem.column == self.column)
            and self.message in problem.message
        )


def expectations(path: Path) -> tuple[list[Expected], list[str]]:
    if path.name in _NO_COMMENT:
        return [Expected(*item) for item in _NO_COMMENT[path.name]], []
    data = path.read_bytes()
    expected = [
        Expected(
            severity.decode(),
            int(line),
            int(column) if column else None,
            message.decode("utf-8").strip(),
        )
        for severity, line, column, message in _EXPECT.findall(data)
    ]
    articles = _EXPECT_ARTICLES.search(data)
    ids = articles.group(1).decode().split() if articles else []
    return expected, ids


def describe(result: LoadResult) -> str:
    return "\n".join(problem.format() for problem in result.problems) or "(no problems)"


def test_the_corpus_is_there() -> None:
    assert len(VALID) >= 10
    assert len(INVALID) >= 40


@pytest.mark.parametrize("path", VALID, ids=lambda path: path.name)
def test_valid_fixture_loads_without_problems(path: Path) -> None:
    result = load_file(path)
    assert result.problems == [], describe(result)
    assert result.articles, "a valid file yields at least one article"
    for article in result.articles:
        for annotation in [*article.quotes, *article.statistics]:
            if annotation.text is not None:
                assert annotation.anchor is not None


@pytest.mark.parametrize("path", INVALID, ids=lambda path: path.name)
def test_invalid_fixture_reports_its_problems(path: Path) -> None:
    expected, article_ids = expectations(path)
    assert expected, f"{path.name} states no `# expect:` line"
    result = load_file(path)
    report = describe(result)
    for item in expected:
        assert any(item.matches(problem) for problem in result.problems), (
            f"missing {item}\ngot:\n{report}"
        )
    for problem in result.errors:
        assert any(item.matches(problem) for item in expected), f"unexpected {problem.format()}"
    assert [article.id for article in result.articles] == article_ids, report
    for problem in result.problems:
        assert problem.path == str(path)
        assert problem.message.strip()
