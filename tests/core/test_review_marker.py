"""The review marker (`reviewed: false`) and the provenance of imported articles (`imported`):
the loader, the JSON Schema and `check --unreviewed` agree, and files valid before stay valid."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from pressreader.cli import main
from pressreader.format.loader import load_file, load_text
from pressreader.format.provenance import source_sha256, unreviewed
from tests.core.test_schema import as_json, validator

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
IMPORTED = DATA / "valid" / "imported-unreviewed.yaml"
HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"


def article_with(quote: dict[str, Any] | None = None, **top: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "title": "T",
        "sections": [{"paragraphs": ["Ann said 181 ships came in."]}],
        **top,
    }
    if quote is not None:
        document["quotes"] = [{"speaker": "Ann", "text": "181 ships came in", **quote}]
    return document


def test_the_marker_and_provenance_reach_the_model() -> None:
    result = load_file(IMPORTED)
    assert result.problems == []
    (article,) = result.articles
    assert [quote.reviewed for quote in article.quotes] == [False, True]
    assert [statistic.reviewed for statistic in article.statistics] == [False, True]
    assert [(quote.line, quote.column) for quote in article.quotes] == [(13, 5), (16, 5)]
    assert article.imported is not None
    assert article.imported.source == "https://example.com/news/harbour.html"
    assert article.imported.date == dt.date(2026, 12, 3)
    assert article.imported.version == "0.2.0"
    assert article.imported.sha256 == HASH  # upper-case digits read as lower case
    assert unreviewed(article) == (1, 1)


def test_absent_marker_means_reviewed_and_old_files_are_unchanged() -> None:
    for path in sorted((ROOT / "src" / "pressreader" / "samples").glob("*.yaml")):
        (article,) = load_file(path).articles
        assert article.imported is None
        assert unreviewed(article) == (0, 0)
        assert all(quote.reviewed for quote in article.quotes)


# Each document: what the loader and the schema both say (True: valid).
AGREEMENT: list[tuple[str, dict[str, Any], bool]] = [
    ("reviewed false", article_with({"reviewed": False}), True),
    ("reviewed true", article_with({"reviewed": True}), True),
    ("reviewed null", article_with({"reviewed": None}), True),
    ("reviewed text", article_with({"reviewed": "false"}), False),
    ("reviewed number", article_with({"reviewed": 0}), False),
    ("reviewed list", article_with({"reviewed": [False]}), False),
    ("imported full", article_with(imported={"source": "a.txt", "sha256": HASH}), True),
    ("imported null", article_with(imported=None), True),
    ("imported empty", article_with(imported={}), True),
    ("imported text", article_with(imported="a.txt"), False),
    ("imported short hash", article_with(imported={"sha256": HASH[:-1]}), False),
    ("imported hash not hex", article_with(imported={"sha256": "g" * 64}), False),
    ("imported version number", article_with(imported={"version": 2}), False),
    ("imported blank source", article_with(imported={"source": "  "}), False),
]


@pytest.mark.parametrize(("name", "document", "valid"), AGREEMENT, ids=[a[0] for a in AGREEMENT])
def test_schema_and_loader_agree(name: str, document: dict[str, Any], valid: bool) -> None:
    text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True)
    result = load_text(text, Path("a.yaml"))
    assert (result.errors == []) is valid, [problem.format() for problem in result.problems]
    schema_errors = list(validator().iter_errors(as_json(yaml.safe_load(text))))
    assert (schema_errors == []) is valid, [error.message for error in schema_errors]


def test_yaml_11_booleans_are_refused_with_the_word_to_write() -> None:
    text = "title: T\nsections: [{paragraphs: [Ann spoke.]}]\n" + (
        "quotes:\n  - {speaker: Ann, text: spoke, reviewed: off}\n"
    )
    (error,) = load_text(text, Path("a.yaml")).errors
    assert (error.line, error.column) == (4, 43)
    assert "got `off`, which some YAML tools read as text: write `false`" in error.message


def test_misspelt_marker_is_a_warning_with_a_suggestion() -> None:
    text = "title: T\nsections: [{paragraphs: [Ann spoke.]}]\n" + (
        "quotes:\n  - {speaker: Ann, text: spoke, reviewd: false}\n"
        "statistics:\n  - {label: L, value: 1, reveiwed: false}\n"
    )
    result = load_text(text, Path("a.yaml"))
    messages = [problem.message for problem in result.warnings]
    assert any("unknown key `reviewd`; did you mean `reviewed`?" in m for m in messages)
    assert any("unknown key `reveiwed`; did you mean `reviewed`?" in m for m in messages)


def check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    status = main(["check", *args])
    return status, capsys.readouterr().out.splitlines()


def test_check_lists_unreviewed_annotations_only_when_asked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, lines = check(capsys, str(IMPORTED))
    assert status == 0 and lines == ["1 article in 1 file: 0 errors, 0 warnings"]
    status, lines = check(capsys, "--unreviewed", str(IMPORTED))
    assert status == 1
    assert lines == [
        f"{IMPORTED}:13:5: note: quote 1 unreviewed: Ann Lee: 'The harbour is open,'",
        f"{IMPORTED}:21:5: note: statistic 1 unreviewed: Ships = 181 "
        "('181 ships came in, up from 172')",
        "1 article in 1 file: 0 errors, 0 warnings, 2 unreviewed",
    ]


def test_check_unreviewed_passes_a_reviewed_library(capsys: pytest.CaptureFixture[str]) -> None:
    status, lines = check(capsys, "--unreviewed", str(DATA / "valid" / "complete.yaml"))
    assert status == 0 and lines[-1].endswith(", 0 unreviewed")


def test_check_unreviewed_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["check", "--unreviewed", "--format", "json", str(IMPORTED)])
    report = json.loads(capsys.readouterr().out)
    assert status == 1 and report["ok"] is False
    notes = report["unreviewed"]
    assert [(n["annotation"], n["number"], n["line"], n["column"]) for n in notes] == [
        ("quote", 1, 13, 5),
        ("statistic", 1, 21, 5),
    ]
    main(["check", "--format", "json", str(IMPORTED)])
    assert "unreviewed" not in json.loads(capsys.readouterr().out)


def test_unreviewed_notes_escape_article_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(
        'title: T\nsections: [{paragraphs: ["Ann: [b]x\\e[2J"]}]\n'
        'quotes: [{speaker: "[red]Ann\\e]0;x\\a", text: "[b]x\\e[2J", reviewed: false}]\n',
        encoding="utf-8",
    )
    _status, lines = check(capsys, "--unreviewed", str(path))
    note = next(line for line in lines if ": note: " in line)
    assert "\x1b" not in note and "\x07" not in note
    assert "[red]Ann\\x1b]0;x\\x07: '[b]x\\x1b[2J'" in note


def test_source_hash_ignores_bom_and_line_endings() -> None:
    plain = source_sha256("Title\n\nBody line.\n")
    assert plain == source_sha256("\ufeffTitle\r\n\r\nBody line.\r\n")
    assert plain == source_sha256("Title\r\rBody line.\r")
    assert plain != source_sha256("Title\n\nBody line!\n")
    assert len(plain) == 64 and plain == plain.lower()
    assert source_sha256("test") == hashlib.sha256(b"test").hexdigest() == HASH


def test_the_documented_examples_are_valid() -> None:
    text = (ROOT / "docs" / "FORMAT.md").read_text(encoding="utf-8")
    blocks = [block.split("```", 1)[0] for block in text.split("```yaml\n")[1:]]
    review = next(block for block in blocks if "reviewed: false" in block)
    imported = next(block for block in blocks if block.startswith("imported:"))
    document = (
        "title: T\nsections: [{paragraphs: ['“We will keep opening up,” he said.']}]\n"
        + review.replace("speaker: Ma Zhaoxu", "speaker: Ma")
        + imported
    )
    result = load_text(document, Path("a.yaml"))
    assert result.problems == [], [problem.format() for problem in result.problems]
    (article,) = result.articles
    assert article.imported is not None and article.imported.sha256 is not None
    assert unreviewed(article) == (1, 0)
    assert list(validator().iter_errors(as_json(yaml.safe_load(document)))) == []


def test_a_second_import_of_one_source_is_found(tmp_path: Path) -> None:
    from pressreader.format.provenance import imported_copies
    from pressreader.library.files import find_article_files

    library = tmp_path / "library"
    library.mkdir()
    (library / "harbour.yaml").write_bytes(IMPORTED.read_bytes())  # its hash in upper case
    (library / "other.yaml").write_text(
        IMPORTED.read_text(encoding="utf-8").replace(HASH.upper(), "0" * 64), encoding="utf-8"
    )
    (library / "broken.yaml").write_text(f"title: [\nsha256: {HASH}\n", encoding="utf-8")
    if hasattr(os, "mkfifo"):
        os.mkfifo(library / "pipe.yaml")  # never opened: it would wait for a writer
    files = find_article_files([library])
    found = imported_copies(files, source_sha256("test"))
    assert [(path.name, article.title) for path, article in found] == [
        ("harbour.yaml", "Harbour reopens")
    ]
    assert imported_copies(files, "1" * 64) == []
