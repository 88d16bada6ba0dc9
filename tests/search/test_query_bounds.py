"""Hostile queries: deep nesting, thousands of terms, megabytes of text. Each is refused with
a QueryError naming the column where the bound was passed, in time and memory linear in the
query's length; a query at the bounds is read and searched."""

from __future__ import annotations

import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, seed, settings

from pressreader.index.query import MAX_DEPTH, MAX_QUERY_LENGTH, MAX_TERMS, QueryError, Term, parse
from tests.search.conftest import article, write
from tests.strategies import joined


def test_340_nested_parentheses_are_refused_not_a_recursion_error() -> None:
    text = "(" * 340 + "trade" + ")" * 340
    with pytest.raises(QueryError) as caught:
        parse(text)
    assert "nested" in caught.value.message


def test_nested_exclusions_are_refused_too() -> None:
    with pytest.raises(QueryError) as caught:
        parse("trade " + "-(" * 2000 + "x" + ")" * 2000)
    assert "nested" in caught.value.message


def test_ten_thousand_terms_are_refused_in_little_memory() -> None:
    text = " OR ".join(f"word{i}" for i in range(10_000))
    tracemalloc.start()
    try:
        with pytest.raises(QueryError) as caught:
            parse(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "too many terms" in caught.value.message
    assert peak < 5 * len(text) + 1_000_000


@pytest.mark.parametrize(
    "text",
    ['"' + "trade " * 200_000 + '"', "x" * 1_000_000, "trade " + " " * 1_000_000 + "laos"],
    ids=["phrase", "word", "spaces"],
)
def test_a_megabyte_query_is_refused_as_too_long(text: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse(text)
    assert "too long" in caught.value.message
    assert caught.value.column == MAX_QUERY_LENGTH + 1


def test_the_first_bound_passed_from_the_left_is_reported() -> None:
    text = "a " * MAX_TERMS + "(" * (MAX_DEPTH + 1) + "b" + ")" * (MAX_DEPTH + 1)
    with pytest.raises(QueryError) as caught:
        parse(text)
    # The parentheses hold the first term past the bound, but the depth is passed first.
    assert "nested" in caught.value.message
    assert caught.value.column == 2 * MAX_TERMS + MAX_DEPTH + 1


def test_a_query_at_every_bound_is_read() -> None:
    nested = "(" * MAX_DEPTH + "trade" + ")" * MAX_DEPTH
    assert parse(nested).terms() == [Term("trade", "word", MAX_DEPTH + 1)]
    excluded = "laos " + "-(" * (MAX_DEPTH - 1) + "x" + ")" * (MAX_DEPTH - 1)
    assert [t.text for t in parse(excluded).terms()] == ["laos"]
    many = " OR ".join(f"w{i}" for i in range(MAX_TERMS - 1)) + " speaker:Ma"
    query = parse(many)
    assert len(query.terms()) == MAX_TERMS - 1 and len(query.fields()) == 1
    long = '"' + "x" * (MAX_QUERY_LENGTH - 2) + '"'
    assert parse(long).terms()[0].text == "x" * (MAX_QUERY_LENGTH - 2)
    # OR, AND, `-` and parentheses are not terms.
    parse(" AND ".join(f"w{i}" for i in range(MAX_TERMS)))


def test_a_query_at_the_bounds_is_searched(lib: Path, open_index: Any) -> None:
    write(lib / "a.yaml", article("Trade", ["Trade with Laos grew.", "Exports rose."]))
    index = open_index(lib)
    words = ["trade", "laos", "exports", "grew"] + [f"zz{i}" for i in range(MAX_TERMS - 4)]
    hits = index.search("(" * MAX_DEPTH + " OR ".join(words) + ")" * MAX_DEPTH)
    assert {hit.snippet for hit in hits} >= {"Trade with Laos grew.", "Exports rose."}
    excluded = "trade " + "-(" * (MAX_DEPTH - 1) + "exports" + ")" * (MAX_DEPTH - 1)
    assert [hit.snippet for hit in index.search(excluded)] == []


def _case_variants(word: str) -> list[str]:
    return [
        "".join(c.upper() if bits >> i & 1 else c for i, c in enumerate(word))
        for bits in range(2 ** len(word))
    ]


def test_memory_does_not_grow_with_terms_times_matches(lib: Path, open_index: Any) -> None:
    # Distinct terms that each match every passage: case variants and prefixes of one word.
    paragraphs = [f"Trade item {i} grew." for i in range(2_000)]
    write(lib / "a.yaml", article("Trade", paragraphs))
    index = open_index(lib)
    variants = [*_case_variants("trade"), *(v + "*" for v in _case_variants("trade"))]
    variants += [v + "*" for v in _case_variants("trad")]
    many = " OR ".join(variants[:MAX_TERMS])

    def peak(text: str) -> int:
        tracemalloc.start()
        try:
            hits = index.search(text, limit=10)
            _, top = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert len(hits) == 10
        return top

    one = peak("trade")
    assert peak(many) < 2 * one + 500_000


_PIECES = ["(", ")", "-(", "-", " ", "OR ", "AND ", "a ", '"p q" ', "tag:x ", "w*"]


@seed(9)
@settings(max_examples=200, deadline=None)
@given(joined(_PIECES, min_size=1, max_size=600))
def test_generated_deep_and_long_queries_are_read_or_refused_never_crash(text: str) -> None:
    try:
        query = parse(text)
    except QueryError as error:
        assert 1 <= error.column <= len(text) + 1
        return
    assert len(text) <= MAX_QUERY_LENGTH
    assert len(query.terms()) + len(query.fields()) <= MAX_TERMS
