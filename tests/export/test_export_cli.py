"""`pressreader export`: every format on the fixtures (hostile text, CJK, formulas), the
CSV-injection rule checked on every cell, the JSON Schema, the query language, exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path

import jsonschema
import pytest

from pressreader.cli import main
from pressreader.exporting import FIELDS
from pressreader.exporting.article import article_group
from pressreader.exporting.formats import FORMULA_STARTS
from pressreader.exporting.records import NUMERIC
from pressreader.format.loader import load_file
from pressreader.text.citation import cite_quote
from pressreader.text.sanitize import escape_line
from tests.terminal_safety import raw_controls

DATA = Path(__file__).resolve().parent.parent / "data"
SCHEMA = Path(__file__).resolve().parents[2] / "src/pressreader/schema/export-v1.schema.json"
FIXTURES = (
    DATA / "export" / "formulas.yaml",
    DATA / "reader" / "hostile.yaml",
    DATA / "valid" / "cjk.yaml",
    DATA / "valid" / "imported-unreviewed.yaml",
    DATA / "valid" / "complete.yaml",
)
KINDS = ("quotes", "statistics", "articles")


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("library")
    for fixture in FIXTURES:
        shutil.copy(fixture, folder / fixture.name)
    return folder


def export(library: Path, tmp_path: Path, *args: str, name: str = "out", status: int = 0) -> str:
    target = tmp_path / name
    index = tmp_path.parent / f"{library.name}-index.sqlite"
    code = main(["export", *args, str(library), "--index", str(index), "-o", str(target)])
    assert code == status
    return target.read_bytes().decode("utf-8") if target.exists() else ""


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
@pytest.mark.parametrize("kind", KINDS)
def test_no_cell_a_spreadsheet_would_run(
    library: Path, tmp_path: Path, kind: str, fmt: str
) -> None:
    text = export(library, tmp_path, kind, "--format", fmt)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter="\t" if fmt == "tsv" else ",")
    header, *rows = list(reader)
    assert tuple(header) == FIELDS[kind]
    assert rows
    neutralised = negative = 0
    for row in rows:
        assert len(row) == len(header)
        for name, cell in zip(header, row, strict=True):
            if name in NUMERIC:
                if cell:
                    float(cell)  # a number, written as a number
                    negative += cell.startswith("-")
                continue
            assert not cell.startswith(FORMULA_STARTS), (name, cell)
            neutralised += cell.startswith("'")
            assert not raw_controls(cell), (name, cell)
            assert "\t" not in cell
            if fmt == "tsv":
                assert "\n" not in cell and "\t" not in cell
    assert neutralised >= 3
    if kind == "statistics":
        assert negative >= 2  # value -5, change -8: numbers, not neutralised text


def test_csv_cells_round_trip_with_the_reader_escapes(library: Path, tmp_path: Path) -> None:
    text = export(library, tmp_path, "quotes", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    by_text = {row["text"]: row for row in rows}
    assert "'=SUM(A1:A9)" in by_text
    assert by_text["'=SUM(A1:A9)"]["speaker"] == "'-Minus Person"
    assert by_text["'=SUM(A1:A9)"]["role"] == "'=Role()"
    # Directional marks and overrides show as the reader's escapes (right-to-left text too).
    assert by_text["'=SUM(A1:A9)"]["note"] == "'+note \\u200fمرحبا \\u202eevil"
    assert "\\x09Tabbed words follow." in by_text  # a tab shows as the reader's escape
    assert "One\\x0dtwo." in by_text  # a carriage return shows as the reader's escape
    assert by_text["\\x09Tabbed words follow."]["reviewed"] == "false"
    hostile = by_text[escape_line("Clipboard: \x1b]52;c;SGVsbG8=\x07.")]
    assert hostile["speaker"] == "Trudy [/]"
    assert "中国建交国从172个增加到181个" in by_text  # CJK intact


def test_excel_adds_a_bom_and_crlf(library: Path, tmp_path: Path) -> None:
    index = tmp_path / "i.sqlite"
    target = tmp_path / "q.csv"
    assert (
        main(
            ["export", "quotes", str(library), "--index", str(index), "-o", str(target), "--excel"]
        )
        == 0
    )
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfarticle_id,")
    assert data.count(b"\r\n") >= 10 and b"\r\n" in data.split(b"\n")[0] + b"\n"


@pytest.mark.parametrize("kind", KINDS)
def test_json_and_jsonl_follow_the_schema(library: Path, tmp_path: Path, kind: str) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    text = export(library, tmp_path, kind, "--format", "json", name="a.json")
    assert not raw_controls(text)
    document = json.loads(text)
    validator.validate(document)
    assert document["kind"] == kind and document["version"] == 1 and document["records"]
    lines = export(library, tmp_path, kind, "--format", "jsonl", name="a.jsonl").splitlines()
    assert len(lines) == len(document["records"])
    for line in lines:
        assert not raw_controls(line)
        validator.validate(json.loads(line))
    # The true strings: control characters come back from the \u escapes.
    titles = {record["title"] for record in document["records"]}
    assert any("\x1b]0;PWNED\x07" in title for title in titles)


def test_hits_follow_the_schema(library: Path, tmp_path: Path) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    text = export(library, tmp_path, "hits", "-q", "harbour", "--format", "json", name="h.json")
    document = json.loads(text)
    jsonschema.validate(document, schema)
    assert {r["kind"] for r in document["records"]} >= {"quote"}


def test_the_citation_is_the_one_y_copies(library: Path, tmp_path: Path) -> None:
    records = json.loads(export(library, tmp_path, "quotes", "--format", "json", name="c.json"))
    cited = {(r["article_id"], r["text"]): r["citation"] for r in records["records"]}
    for fixture in FIXTURES:
        for article in load_file(fixture).articles:
            for quote in article.quotes:
                assert cited[(article.id, quote.text)] == cite_quote(article, quote)


def test_an_open_article_gives_the_rows_the_index_gives(library: Path, tmp_path: Path) -> None:
    for kind in ("quotes", "statistics"):
        records = json.loads(export(library, tmp_path, kind, "--format", "json", name=kind))
        from_index = [tuple(r.values()) for r in records["records"]]
        from_files = []
        for fixture in sorted(FIXTURES, key=lambda p: p.name):
            for article in load_file(library / fixture.name).articles:
                group = article_group(article, str(library / fixture.name), kind)
                from_files.extend(tuple(row) for row in group.rows(kind))
        assert [tuple(json.loads(json.dumps(list(r)))) for r in from_files] == from_index


def test_markdown_brief_escapes_markup(library: Path, tmp_path: Path) -> None:
    text = export(library, tmp_path, "articles", "--format", "markdown", name="b.md")
    assert not raw_controls(text)
    assert "## \\=HYPERLINK" in text  # a title beginning with = (no setext heading)
    assert "\\#hashtag \\_under\\_ \\*star\\* \\`tick\\` \\[link\\](x) \\| pipe." in text
    assert "\\[bold\\]Mallory\\[/bold\\]" in text  # markup-like text stays text
    assert "\\x1b" in text  # controls show as the reader's escapes
    assert "### Quotes" in text and "### Figures" in text
    assert "| Figure | Value | Previous | Change |" in text
    assert "−8 (−266.67%)" in text  # -5 from 3
    assert "马朝旭" in text
    # The quotes grouped by speaker: each speaker's name once per article.
    formulas = text.split("\n## ")[1:]
    brief = next(part for part in formulas if part.startswith("\\=HYPERLINK"))
    assert brief.count("**Tab Person**") == 1 and brief.count("**\\-Minus Person**") == 1
    heading_lines = [line for line in text.splitlines() if line.startswith("#")]
    assert all(line.startswith(("# ", "## ", "### ")) for line in heading_lines)


def test_markdown_figures_put_the_unit_where_the_reader_does(tmp_path: Path) -> None:
    # "1,000,000,000 $" and "2.7 %" read wrongly beside the reader's "$1 billion" and "2.7%".
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "money.yaml").write_text(
        "title: Money\nsections:\n  - paragraphs: [$3 billion, 2.7% more, 181 ships, "
        "a fall of €5]\nstatistics:\n"
        "  - {label: Aid, value: 3000000000, unit: $, text: $3 billion}\n"
        "  - {label: Rise, value: 2.7, unit: '%', text: 2.7%}\n"
        "  - {label: Ships, value: 181, unit: ships, text: 181 ships}\n"
        "  - {label: Loss, value: -5, unit: €, text: €5}\n",
        encoding="utf-8",
    )
    text = export(folder, tmp_path, "statistics", "--format", "markdown", name="m.md")
    assert "| Aid | $3,000,000,000 |" in text
    assert "| Rise | 2.7% |" in text
    assert "| Ships | 181 ships |" in text
    assert "| Loss | -€5 |" in text


def test_query_chooses_as_search_does(library: Path, tmp_path: Path) -> None:
    text = export(library, tmp_path, "quotes", "-q", 'speaker:"Ann Lee"', "--format", "jsonl")
    records = [json.loads(line) for line in text.splitlines()]
    assert len(records) == 2 and {r["speaker"] for r in records} == {"Ann Lee"}
    text = export(library, tmp_path, "quotes", "-q", "ships", "--format", "jsonl", name="s")
    records = [json.loads(line) for line in text.splitlines()]
    assert [r["text"] for r in records] == ["181 ships came in"]
    text = export(
        library, tmp_path, "articles", "-q", "after:2023-01-01", "--format", "jsonl", name="a"
    )
    assert {json.loads(line)["published"] for line in text.splitlines()} == {
        "2023-05-06",
        "2024-01-02",
    }


def test_exit_codes_follow_search(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export(library, tmp_path, "quotes", "-q", "nothingmatcheszz", status=1)
    assert (
        main(["export", "quotes", str(library), "-q", "speaker:", "--index", str(tmp_path / "i")])
        == 2
    )
    assert "bad query" in capsys.readouterr().err
    assert main(["export", "hits", str(library), "--index", str(tmp_path / "i")]) == 2
    assert main(["export", "quotes", str(tmp_path / "missing")]) == 2


def test_an_existing_file_is_replaced_only_with_force(library: Path, tmp_path: Path) -> None:
    target = tmp_path / "keep.md"
    target.write_text("mine\n", encoding="utf-8")
    index = str(tmp_path / "i.sqlite")
    args = ["export", "quotes", str(library), "--index", index, "-o", str(target)]
    assert main(args) == 2
    assert target.read_text(encoding="utf-8") == "mine\n"
    assert main([*args, "--force"]) == 0
    assert target.read_text(encoding="utf-8").startswith("# Quotes")  # format from the suffix
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_standard_output(
    library: Path, tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    index = str(tmp_path / "i.sqlite")
    assert main(["export", "statistics", str(library), "--index", index, "--format", "tsv"]) == 0
    out = capfdbinary.readouterr().out.decode("utf-8")
    assert out.startswith("article_id\ttitle\t")
    assert "建交国" in out and not raw_controls(out)


def test_a_tampered_index_is_rebuilt_before_anything_is_written(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    index = tmp_path / "i.sqlite"
    target = tmp_path / "q.jsonl"
    args = ["export", "quotes", str(library), "--index", str(index), "-o", str(target)]
    assert main(args) == 0
    good = target.read_text(encoding="utf-8")
    db = sqlite3.connect(index)
    db.execute("UPDATE quotes SET reviewed = 'yes' WHERE id = 2")
    db.commit()
    db.close()
    assert main([*args, "--force"]) == 0
    assert "rebuilding the search index" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == good


def test_options_stand_anywhere_and_q_takes_a_leading_dash() -> None:
    from pressreader.cli import export_arguments

    assert export_arguments(["quotes", "lib", "-q", "-taiwan china", "--format", "tsv"]) == [
        "-q",
        "-taiwan china",
        "--format",
        "tsv",
        "--",
        "quotes",
        "lib",
    ]
    assert export_arguments(["--excel", "articles", "-o", "x.csv", "a", "b"]) == [
        "--excel",
        "-o",
        "x.csv",
        "--",
        "articles",
        "a",
        "b",
    ]


@pytest.mark.parametrize("excel", [False, True])
@pytest.mark.parametrize(
    "query", [None, 'speaker:"Tab Person"', "harbour OR ships", "after:2000-01-01"]
)
def test_the_csv_cells_the_index_keeps_are_those_the_writer_makes(
    tmp_path: Path, excel: bool, query: str | None
) -> None:
    # Every quote in CSV is written from cells the index made when it read the file; any
    # other export makes them from the rows. Both give the same bytes.
    from pressreader.exporting import export_library
    from pressreader.index import LibraryIndex
    from pressreader.index.query import parse

    folder = tmp_path / 'a, "quoted" library'  # a path the CSV must quote
    folder.mkdir()
    for fixture in FIXTURES:
        shutil.copy(fixture, folder / fixture.name)
    with LibraryIndex([folder], tmp_path / "i.sqlite") as index:
        index.update(workers=1)
        parsed = parse(query) if query else None
        fast, slow = io.StringIO(newline=""), io.StringIO(newline="")
        count = export_library(index, "quotes", "csv", fast, query=parsed, excel=excel)
        same = export_library(
            index, "quotes", "csv", slow, query=parsed, excel=excel, keep=lambda row: True
        )
    assert count == same and count > 0
    assert fast.getvalue() == slow.getvalue()


def test_cells_altered_in_the_index_are_made_again_from_the_values(tmp_path: Path) -> None:
    # The index keeps each quote's CSV cells; a line holding what no cell can (a control
    # character, a cell that begins like a formula) is made again from the quote's values.
    import sqlite3

    from pressreader.exporting import export_library
    from pressreader.index import LibraryIndex

    folder = tmp_path / "lib"
    folder.mkdir()
    for fixture in FIXTURES:
        shutil.copy(fixture, folder / fixture.name)
    with LibraryIndex([folder], tmp_path / "i.sqlite") as index:
        index.update(workers=1)
        honest = io.StringIO(newline="")
        export_library(index, "quotes", "csv", honest)
    db = sqlite3.connect(tmp_path / "i.sqlite")
    db.execute("UPDATE quotes SET csv = '=HYPERLINK(\"x\"),\x1b[2J' WHERE id = 1")
    db.execute("UPDATE quotes SET csv = 'a,\"-1+2\",b' WHERE id = 2")
    db.commit()
    db.close()
    with LibraryIndex([folder], tmp_path / "i.sqlite") as index:
        tampered = io.StringIO(newline="")
        export_library(index, "quotes", "csv", tampered)
    assert tampered.getvalue() == honest.getvalue()


HOSTILE_NOTE = "=cmd|' /C calc'!A0 \u202eevil \x1b[31mred\u200f"


def test_a_statistics_note_comes_out_in_every_format_escaped_as_the_rest(
    library: Path, tmp_path: Path
) -> None:
    for fmt, delimiter in (("csv", ","), ("tsv", "\t")):
        text = export(library, tmp_path, "statistics", "--format", fmt, name=f"s.{fmt}")
        rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))
        notes = {row["label"]: row["note"] for row in rows}
        assert notes["'+Losses"] == "'" + escape_line(HOSTILE_NOTE)  # neutralised, escaped
        assert notes["'-Minus label"] == "Estimated, by the agency"
        assert not raw_controls(text)
    records = json.loads(export(library, tmp_path, "statistics", "--format", "json", name="s.j"))
    notes = {r["label"]: r["note"] for r in records["records"]}
    assert notes["+Losses"] == HOSTILE_NOTE  # the true string, back from the \u escapes
    assert notes["-Minus label"] == "Estimated, by the agency"
    lines = export(library, tmp_path, "statistics", "--format", "jsonl", name="s.jl")
    assert not raw_controls(lines)
    assert HOSTILE_NOTE in {json.loads(line)["note"] for line in lines.splitlines()}
    brief = export(library, tmp_path, "statistics", "--format", "markdown", name="s.md")
    assert not raw_controls(brief)
    assert "| Period | Where | Note |" in brief
    assert "| Estimated, by the agency |" in brief
    # Markdown escapes the backslash of the reader's escapes too (`\\u202e` reads `\u202e`).
    assert "\\=cmd\\|' /C calc'!A0 \\\\u202eevil \\\\x1b\\[31mred\\\\u200f |" in brief
    # Found by search, as a quote's note is.
    hits = export(library, tmp_path, "hits", "-q", "agency", "--format", "jsonl", name="h.jl")
    assert any(json.loads(line)["kind"] == "statistic" for line in hits.splitlines())


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="/dev/null")
def test_an_export_to_dev_null_leaves_the_device(library: Path, tmp_path: Path) -> None:
    before = os.stat("/dev/null")
    for flags in ([], ["--force"]):
        index = str(tmp_path / "index.sqlite")
        assert (
            main(["export", "quotes", str(library), "--index", index, "-o", "/dev/null", *flags])
            == 0
        )
    after = os.stat("/dev/null")
    assert (after.st_mode, after.st_ino, after.st_rdev) == (
        before.st_mode,
        before.st_ino,
        before.st_rdev,
    )


def test_a_missing_folder_is_said_with_the_file_asked_for(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Not the name of the temporary file the export streams into (`.x.csv.1a2b.tmp`).
    target = tmp_path / "missing" / "x.csv"
    index = str(tmp_path / "i.sqlite")
    assert main(["export", "quotes", str(library), "--index", index, "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err == f"pressreader: cannot write {target}: No such file or directory\n"
