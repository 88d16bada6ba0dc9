"""The index is untrusted: a row edited by hand (or damaged) is found and the index rebuilt.

Every column the library, the views and the search read back is tampered with in turn;
whatever was read must equal what the untouched index gave, with a notice, no traceback.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from pressreader.cli import main
from pressreader.index import LibraryIndex
from tests.search.conftest import article, write

BLOB = b"\xff\x00bytes"
AS_BLOB = "its own bytes"  # unique columns: each row keeps its value, as a BLOB

# (table, column, value written over every row): one per column read back, with values of
# the wrong type, out of range, or not in the stored format.
TAMPERING: list[tuple[str, str, object]] = [
    ("files", "root", AS_BLOB),
    ("files", "rel", AS_BLOB),
    ("files", "errors", "x"),
    ("files", "problems", "[[1,2]]"),
    ("files", "problems", "{not json"),
    ("files", "problems", '[["fatal", 1, 1, "m"]]'),
    ("files", "problems", BLOB),
    ("articles", "document", "x"),
    ("articles", "document", -1),
    ("articles", "article_id", BLOB),
    ("articles", "title", BLOB),
    ("articles", "outlet", BLOB),
    ("articles", "published", "garbage-date"),
    ("articles", "published", "2022-13-45"),
    ("articles", "published", BLOB),
    ("articles", "tags", BLOB),
    ("articles", "speakers", BLOB),
    ("articles", "authors", BLOB),
    ("articles", "quotes", "x"),
    ("articles", "statistics", 1.5),
    ("articles", "problems", -3),
    ("passages", "kind", 99),
    ("passages", "kind", 0),  # a kind its id does not say (`schema.passage_id`)
    ("passages", "section_index", "x"),
    ("passages", "section_id", BLOB),
    ("passages", "heading", BLOB),
    ("passages", "paragraph", -1),
    ("passages", "line", "x"),
    ("passages", "speaker", BLOB),
    ("passages", "text", BLOB),
    ("quotes", "speaker", BLOB),
    ("quotes", "kind", BLOB),
    ("quotes", "text", BLOB),
    ("quotes", "note", BLOB),
    ("quotes", "section_index", "x"),
    ("quotes", "section_id", BLOB),
    ("quotes", "paragraph", "x"),
    ("quotes", "start", -2),
    ("quotes", "end", "x"),
    ("quotes", "line", "x"),
    ("statistics", "label", BLOB),
    ("statistics", "value", "x"),
    ("statistics", "previous", "x"),
    ("statistics", "unit", BLOB),
    ("statistics", "period", BLOB),
    ("statistics", "text", BLOB),
    ("statistics", "section_index", "x"),
    ("statistics", "section_id", BLOB),
    ("statistics", "paragraph", "x"),
    ("statistics", "start", "x"),
    ("statistics", "end", -1),
    ("statistics", "line", "x"),
    ("speakers", "name", BLOB),
    ("speakers", "role", BLOB),
    ("speakers", "affiliation", BLOB),
]


@pytest.fixture
def library(lib: Path) -> Path:
    write(
        lib / "a.yaml",
        article(
            "Harbour talks",
            [["Ma said harbour trade grew from 41 to 113 partners."], ["Li agreed at the quay."]],
            published="2022-10-20",
            outlet="Daily",
            tags=["trade", "ports"],
            authors=["Jane Roe"],
            speakers=[{"name": "Ma", "role": "minister", "affiliation": "Ministry"}],
            quotes=[
                {"speaker": "Ma", "text": "harbour trade grew", "kind": "indirect"},
                {"speaker": "Li", "text": "Li agreed", "note": "by phone", "section": "section-2"},
            ],
            statistics=[
                {
                    "label": "Partners",
                    "value": 113,
                    "previous": 41,
                    "unit": "partners",
                    "period": "2022",
                    "text": "from 41 to 113",
                }
            ],
        ),
    )
    (lib / "broken.yaml").write_text("title: [oops\n", encoding="utf-8")
    return lib


def everything(index: LibraryIndex, lib: Path) -> dict[str, Any]:
    """What every reader of the index gives (the quotes last: their query finds no row
    when the speaker's name was changed, so the views before it must have noticed)."""

    def hits(query: str) -> list[tuple[Any, ...]]:
        return [
            (h.path, h.line, h.kind, h.snippet, h.section_id, h.paragraph, h.speaker)
            for h in index.search(query)
        ]

    return {
        "entries": index.entries(),
        "rows": index.entry_rows(),
        "first page": index.entry_rows(1),
        "counts": index.entry_counts(),
        "problems": index.problems(lib / "broken.yaml"),
        "speakers": index.speakers(),
        "statistics": index.statistics(),
        "units": index.statistics(unit="partners"),
        "harbour": hits("harbour"),
        "quay": hits("quay OR agreed"),
        "fields": hits('author:"Jane Roe" tag:ports after:2022-01-01 outlet:daily'),
        "speaker": hits("speaker:ma"),
        "quotes": index.quotes_by("Ma"),
    }


def tamper(target: Path, table: str, column: str, value: object) -> None:
    db = sqlite3.connect(target)
    if value == AS_BLOB:
        db.execute(f"UPDATE {table} SET {column} = CAST({column} AS BLOB)")
    else:
        db.execute(f"UPDATE {table} SET {column} = ?", (value,))
    db.commit()
    db.close()


@pytest.mark.parametrize(
    ("table", "column", "value"), TAMPERING, ids=[f"{t}.{c}={v!r}" for t, c, v in TAMPERING]
)
def test_a_tampered_column_rebuilds_the_index(
    library: Path, tmp_path: Path, table: str, column: str, value: object
) -> None:
    target = tmp_path / "i.sqlite"
    with LibraryIndex([library], target) as index:
        index.update(workers=1)
        expected = everything(index, library)
    assert expected["quotes"] and expected["statistics"] and expected["harbour"]
    tamper(target, table, column, value)
    notices: list[str] = []
    with LibraryIndex([library], target, notice=notices.append) as index:
        report = index.update(workers=1)
        if (table, column) != ("files", "root"):  # that one is found by the update itself
            assert report.read == 0  # nothing changed on disk: the rows are read as they are
        assert everything(index, library) == expected
    assert any("damaged" in notice for notice in notices), notices


@pytest.mark.parametrize(
    ("column", "value"),
    [("published", "garbage-date"), ("problems", "[[1,2]]"), ("tags", BLOB)],
)
def test_the_reported_tamperings_give_no_traceback(
    library: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    column: str,
    value: object,
) -> None:
    target = tmp_path / "i.sqlite"
    assert main(["index", "--index", str(target), str(library)]) == 0
    capsys.readouterr()
    tamper(target, "files" if column == "problems" else "articles", column, value)
    assert main(["index", "--index", str(target), str(library)]) == 0
    out, err = capsys.readouterr()
    assert "1 article in 2 files" in out and "rebuilding" in err
    tamper(target, "files" if column == "problems" else "articles", column, value)
    # 2: the library's broken file, said on stderr; the hits are written all the same.
    assert main(["search", "--index", str(target), "tag:ports harbour", str(library)]) == 2
    out, err = capsys.readouterr()
    assert "a.yaml" in out and "Traceback" not in err
