"""Any text typed as a query is either refused with a QueryError or searched: never an engine
error, whatever FTS5 or SQL syntax it holds."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from pressreader.index import LibraryIndex
from pressreader.index.query import QueryError, parse
from tests.search.conftest import article, write
from tests.strategies import any_text, joined

_PIECES = (
    [
        "trade", "laos", "中国", "外交部", "ex", "*", '"', "'", "-", "(", ")", ":", "OR", "AND",
        "NOT", "NEAR", "NEAR(", "^", "+", ";", "--", "/*", "speaker:", "tag:", "after:",
        "before:2022", "title:\"", "{text}", "col:", " ", "  ", "\x00", "\x1b", "é", "_", ".",
        "DROP TABLE passages", "'); --", "\\", "%", "?", "1=1",
    ]
)  # fmt: skip


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> LibraryIndex:
    base = tmp_path_factory.mktemp("fuzz")
    write(
        base / "lib" / "a.yaml",
        article(
            "Trade with Laos",
            ["Exports grew; 中国外交部 said."],
            tags=["trade"],
            published="2022-05-01",
            quotes=[{"speaker": "Ma", "text": "Exports grew"}],
        ),
    )
    write(base / "lib" / "b.yaml", article("Other", ["Nothing about it."]))
    opened = LibraryIndex([base / "lib"], base / "index.sqlite")
    opened.update(workers=1)
    return opened


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(joined(_PIECES, max_size=8) | any_text(max_size=30))
def test_any_query_is_refused_or_searched(index: LibraryIndex, text: str) -> None:
    try:
        query = parse(text)
    except QueryError as error:
        assert 1 <= error.column <= len(text) + 1
        return
    hits = index.search(query)  # must not raise sqlite3 errors
    assert all(hit.path.name in {"a.yaml", "b.yaml"} for hit in hits)
    assert len(index.entries()) == 2  # nothing was changed or dropped
