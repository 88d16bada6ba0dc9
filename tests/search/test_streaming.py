"""The streamed search gives exactly the hits the complete one gave: same hits, same order,
same snippets and highlights, in the index's API and in `pressreader search`'s output; and the
first hit comes before the others are built."""

from __future__ import annotations

import copy
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pressreader.commands import search as command_module
from pressreader.commands.search import format_hit, plain_lines
from pressreader.index import LibraryIndex
from pressreader.index import search as search_module
from pressreader.index.query import parse
from pressreader.text.sanitize import json_text
from tests.search import complete_search
from tests.search.conftest import article, write

_VOCABULARY = (
    "the minister said that cooperation between countries has grown over the past decade and "
    "trade partnerships investment would continue to expand while consular services reached "
    "citizens abroad energy"
)
WORDS = _VOCABULARY.split(" ")
CJK = "中国同世界各国的合作不断深化伙伴关系持续扩大"
SPEAKERS = ("Li Wei", "Anna Berg")


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 14))).capitalize() + "."


def _article(rng: random.Random, number: int) -> dict[str, Any]:
    """An article with common words in every paragraph, quotes and statistics anchored in
    them (some paragraphs held whole by one), headings, and a Chinese paragraph."""
    sections: list[dict[str, Any]] = []
    quotes: list[dict[str, Any]] = []
    statistics: list[dict[str, Any]] = []
    for index in range(rng.randint(4, 9)):
        if index % 4 == 0:
            sections.append({"paragraphs": []})
            if index:
                sections[-1]["heading"] = f"Part {len(sections)}: {_sentence(rng)[:30]}"
        if index % 5 == 4:
            text = "".join(rng.choice(CJK) for _ in range(30)) + "。"
        else:
            text = " ".join(_sentence(rng) for _ in range(rng.randint(1, 4)))
        if index % 3 == 1:
            words = text.split(" ")
            start = rng.randint(0, max(0, len(words) - 5))
            quote = " ".join(words[start : start + rng.choice((5, len(words)))])
            quotes.append({"speaker": rng.choice(SPEAKERS), "text": quote})
        if index % 4 == 2:
            text += f" The number grew to {index + 10} partners."
            statistics.append(
                {"label": "Partners", "value": index + 10, "text": f"{index + 10} partners"}
            )
        sections[-1]["paragraphs"].append(text)
    return {
        "title": f"{_sentence(rng)[:40]} {number}",
        "outlet": "Daily",
        "published": f"2022-01-{number % 28 + 1:02}",
        "tags": ["synthetic"],
        "speakers": [{"name": name} for name in SPEAKERS],
        "sections": sections,
        "quotes": quotes,
        "statistics": statistics,
    }


@pytest.fixture(scope="module")
def many_lib(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """30 generated articles and their index, built once for the module (the tests only
    read them): the library folder and the index file each test starts from a copy of."""
    base = tmp_path_factory.mktemp("many")
    lib = base / "lib"
    rng = random.Random(11)
    for number in range(30):
        write(lib / f"a{number:02}.yaml", _article(rng, number))
    index = LibraryIndex([lib], base / "index.sqlite")
    try:
        index.update(workers=1)
    finally:
        index.close()
    return lib, base / "index.sqlite"


@pytest.fixture
def many(many_lib: tuple[Path, Path], tmp_path: Path) -> Iterator[LibraryIndex]:
    """The 30 articles' index, updated (nothing changed since it was built), in this test's
    own copy of the index file."""
    lib, built = many_lib
    path = tmp_path / "index.sqlite"
    shutil.copyfile(built, path)
    index = LibraryIndex([lib], path)
    try:
        assert index.update(workers=1).unchanged == 30
        yield index
    finally:
        index.close()


QUERIES = [
    "cooperation",
    "the",
    "trade minister",
    "trade OR energy",
    '"the minister"',
    "coop*",
    "cooperation -energy",
    'speaker:"Li Wei" trade',
    'speaker:"Li Wei"',
    "合作",
    "中国同",
    "partners",
    "title:cooperation",
    "tag:synthetic",
    "said outlet:daily after:2022-01-10",
]


def _fields(hit: Any) -> tuple[Any, ...]:
    return tuple(getattr(hit, name) for name in complete_search.Hit.__slots__)


def _complete(index: LibraryIndex, text: str, limit: int | None = None) -> list[Any]:
    db = sqlite3.connect(index.path)
    try:
        return complete_search.execute(db, parse(text), index._display, limit)
    finally:
        db.close()


@pytest.mark.parametrize("small_batches", [False, True])
def test_streamed_hits_are_the_complete_hits(
    many: LibraryIndex, small_batches: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if small_batches:
        # Batches that end inside the hits of one article, and a paragraph's quote read in
        # a later batch than the paragraph.
        monkeypatch.setattr(search_module, "FIRST_BATCH", 2)
        monkeypatch.setattr(search_module, "BATCH", 5)
    total = 0
    for text in QUERIES:
        expected = _complete(many, text)
        assert [_fields(h) for h in many.search_iter(text)] == [_fields(h) for h in expected]
        assert [_fields(h) for h in many.search(text)] == [_fields(h) for h in expected]
        for limit in (1, 3, 33):
            streamed = [_fields(h) for h in many.search_iter(text, limit=limit)]
            assert streamed == [_fields(h) for h in _complete(many, text, limit)]
        total += len(expected)
    # Many hits, paragraphs shown as their quote: what the test is about is there.
    assert total > 500
    merged = [h for h in _complete(many, "cooperation") if h.kind == "quote"]
    assert merged


def test_a_limited_search_of_one_word_ranks_only_its_best_passages(many: LibraryIndex) -> None:
    """Asked for 5 hits of a word in hundreds of passages, the search sorts and stores the
    best few (`top_rows`), not every passage: the hits are still the complete search's."""
    hits = many.search_iter("the", limit=5)
    first = next(hits)
    ranked = many._connection().execute("SELECT count(*) FROM temp.ranked").fetchone()[0]
    assert ranked <= search_module.top_rows(5) < len(_complete(many, "the")) / 10
    shown = [_fields(h) for h in [first, *hits]]
    assert shown == [_fields(h) for h in _complete(many, "the", 5)]


def test_a_limited_search_of_a_common_word_scores_only_the_passages_that_weigh_more(
    many: LibraryIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word in most passages, few hits asked for: its best titles, headings, quotes and
    statistics score better than any paragraph can, so the paragraphs are not scored
    (`_rank_strong`); the hits are still the complete search's, in its order."""
    told: list[tuple[str, int, bool]] = []
    strong = search_module._rank_strong

    def spy(db: Any, run: Any, term: Any, allowed: bool, only: bool, top: int) -> bool:
        enough = strong(db, run, term, allowed, only, top)
        told.append((term.text, top, enough))
        return enough

    monkeypatch.setattr(search_module, "_rank_strong", spy)
    for text in ("the", "cooperation", "said outlet:daily"):
        shown = [_fields(h) for h in many.search_iter(text, limit=3)]
        assert shown == [_fields(h) for h in _complete(many, text, 3)]
    assert told == [("the", 6, True), ("cooperation", 6, True), ("said", 6, True)]
    # Asked for more than those passages can give, every passage is scored.
    shown = [_fields(h) for h in many.search_iter("the", limit=300)]
    assert told[-1] == ("the", 600, False)
    assert shown == [_fields(h) for h in _complete(many, "the", 300)]


def test_no_passage_scores_beyond_the_bound_the_ranking_compares_with(
    many: LibraryIndex,
) -> None:
    """`_bm25_bound`: FTS5's own idf times (k1 + 1), the most any passage can score."""
    db = many._connection()
    words = ('"the"', '"cooperation"', '"trade"', '"energy"', '"coop" *', '"the minister"')
    for table, match in [*(("passages_words", w) for w in words), ("passages_cjk", '"中国同"')]:
        bound = search_module._bm25_bound(db, table, match)
        assert bound is not None
        scores = [
            -row[0]
            for row in db.execute(
                f"SELECT bm25({table}) FROM {table} WHERE {table} MATCH ?", (match,)
            )
        ]
        assert scores and 0 < max(scores) <= bound < max(scores) * 3, match
    # Totals not as FTS5 writes them: no bound, every passage is scored.
    db.execute("CREATE TEMP TABLE fake_data (id INTEGER PRIMARY KEY, block)")
    for block in (b"", b"\x80", b"\x00\x05", "text", None):
        db.execute("DELETE FROM temp.fake_data")
        db.execute("INSERT INTO temp.fake_data VALUES (1, ?)", (block,))
        assert search_module._bm25_bound(db, "fake", '"the"') is None
    db.execute("DROP TABLE temp.fake_data")


def _spy_ahead(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Each `_rank_ahead` call's term and answer, and "rest" for each `_rank_rest` call."""
    told: list[tuple[str, bool]] = []
    ahead, rest = search_module._rank_ahead, search_module._rank_rest

    def spy_ahead(db: Any, run: Any, term: Any, allowed: bool, only: bool) -> bool:
        found = ahead(db, run, term, allowed, only)
        told.append((term.text, found))
        return found

    def spy_rest(*args: Any) -> None:
        told.append(("rest", True))
        rest(*args)

    monkeypatch.setattr(search_module, "_rank_ahead", spy_ahead)
    monkeypatch.setattr(search_module, "_rank_rest", spy_rest)
    return told


@pytest.mark.parametrize("small_batches", [False, True])
def test_an_unlimited_search_of_one_term_shows_first_what_no_paragraph_can_precede(
    many: LibraryIndex, small_batches: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a limit, the titles, headings, quotes and statistics of one word, phrase or
    prefix that score better than any paragraph can are ranked alone (`_rank_ahead`) and
    shown while the rest are not yet ranked; the rest are ranked after them
    (`_rank_rest`). The hits and their order are the complete search's."""
    if small_batches:
        monkeypatch.setattr(search_module, "FIRST_BATCH", 2)
        monkeypatch.setattr(search_module, "BATCH", 5)
    told = _spy_ahead(monkeypatch)
    taken = {
        "the": "the",
        "cooperation": "cooperation",
        '"the minister"': "the minister",
        "coop*": "coop",
        "said outlet:daily after:2022-01-10": "said",
        'speaker:"Li Wei" trade': "trade",
    }
    for text, term in taken.items():
        told.clear()
        hits = many.search_iter(text)
        first = next(hits)
        db = many._connection()
        ahead = db.execute("SELECT count(*) FROM temp.ranked").fetchone()[0]
        noted = db.execute("SELECT count(*) FROM temp.noted").fetchone()[0]
        # Nothing but those passages ranked yet, and no paragraph among them.
        assert told == [(term, True)] and first.kind != "paragraph", text
        assert ahead < len(_complete(many, text)) and noted == 0, text
        shown = [_fields(h) for h in [first, *hits]]
        assert shown == [_fields(h) for h in _complete(many, text)], text
        assert told == [(term, True), ("rest", True)], text
    # Several terms, a CJK term shorter than a trigram, a CJK term held by no passage that
    # weighs more: every passage is ranked first.
    refused = {"trade OR energy": [], "trade minister": [], "合作": [("合作", False)]}
    refused["中国同"] = [("中国同", False)]
    # The articles without "energy": none of their passages that weigh more beats the bound.
    refused["cooperation -energy"] = [("cooperation", False)]
    for text, expected in refused.items():
        told.clear()
        shown = [_fields(h) for h in many.search_iter(text)]
        assert shown == [_fields(h) for h in _complete(many, text)], text
        assert told == expected, text
    # A limit takes the way of `_rank_top`.
    told.clear()
    assert [_fields(h) for h in many.search_iter("the", limit=3)] == [
        _fields(h) for h in _complete(many, "the", 3)
    ]
    assert told == []


def test_an_unlimited_search_ranks_everything_first_when_the_bound_does_not_hold(
    lib: Path, open_index: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word found in paragraphs only, and one whose quotes (whole paragraphs) score no
    better than a paragraph could: every passage is ranked before the first hit, and the
    hits are the complete search's (the quote shown in its paragraph's place)."""
    body = "The delegates met at the harbour and spoke of the port for an hour or so today."
    quay = "They walked along the quay where the ferries and the fishing boats are moored."
    write(
        lib / "a.yaml",
        article(
            "Harbour talks",
            [body, quay, "Short note.", f"{quay} Again at the quay."],
            quotes=[{"speaker": "Li Wei", "text": quay}],
        ),
    )
    write(lib / "b.yaml", article("Port visit", [body.replace("harbour", "marina")]))
    index = open_index(lib)
    told = _spy_ahead(monkeypatch)
    for text, expected in (("marina", [("marina", False)]), ("quay", [("quay", False)])):
        told.clear()
        hits = index.search_iter(text)
        next(hits)
        db = index._connection()
        ranked = db.execute("SELECT count(*) FROM temp.ranked").fetchone()[0]
        complete = _complete(index, text)
        assert ranked == len(complete) + sum(h.kind == "quote" for h in complete), text
        assert told == expected, text
        assert [_fields(h) for h in index.search_iter(text)] == [_fields(h) for h in complete]
    assert any(h.kind == "quote" for h in _complete(index, "quay"))
    # The title's word: there, the bound holds.
    told.clear()
    shown = [_fields(h) for h in index.search_iter("harbour")]
    assert shown == [_fields(h) for h in _complete(index, "harbour")]
    assert told == [("harbour", True), ("rest", True)]


def test_the_rest_is_ranked_in_the_same_read_of_the_index_as_the_first_hits(
    lib: Path, open_index: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An update committed between the first hits and the ranking of the rest is not seen:
    both are scored from the same totals, and the hits are those of the index as it was."""
    monkeypatch.setattr(search_module, "FIRST_BATCH", 2)
    rng = random.Random(3)
    for number in range(6):
        write(lib / f"a{number}.yaml", _article(rng, number))
    index = open_index(lib)
    told = _spy_ahead(monkeypatch)
    expected = [_fields(h) for h in _complete(index, "the")]
    hits = index.search_iter("the")
    first = next(hits)
    assert told == [("the", True)]
    write(lib / "new.yaml", _article(rng, 7))
    assert index.update(workers=1).added == 1
    assert [_fields(h) for h in [first, *hits]] == expected
    assert told == [("the", True), ("rest", True)]
    assert [_fields(h) for h in index.search_iter("the")] != expected


@pytest.mark.parametrize("top", [0, 1, 3])
def test_a_limited_search_ranks_the_rest_when_its_best_passages_run_out(
    many: LibraryIndex, top: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Too few best passages for the hits asked for (paragraphs shown as their quote take
    two passages for one hit): the rest are ranked after them, and the hits are the same."""
    monkeypatch.setattr(search_module, "top_rows", lambda limit: top)
    monkeypatch.setattr(search_module, "FIRST_BATCH", 2)
    monkeypatch.setattr(search_module, "BATCH", 5)
    for text in QUERIES:
        for limit in (1, 3, 33):
            streamed = [_fields(h) for h in many.search_iter(text, limit=limit)]
            assert streamed == [_fields(h) for h in _complete(many, text, limit)], (text, limit)


def test_the_first_hit_comes_before_the_others_are_built(
    many: LibraryIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = 0
    make = search_module._hit

    def counted(*args: Any) -> Any:
        nonlocal built
        built += 1
        return make(*args)

    monkeypatch.setattr(search_module, "_hit", counted)
    hits = many.search_iter("the")
    next(hits)
    assert built <= search_module.FIRST_BATCH
    rest = sum(1 for _ in hits)
    assert rest + 1 == built > 2 * search_module.FIRST_BATCH


def test_the_command_prints_what_the_complete_search_printed(
    many: LibraryIndex, many_lib: tuple[Path, Path], tmp_path: Path
) -> None:
    lib = many_lib[0]
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    env.pop("NO_COLOR", None)
    many.close()
    texts = ("the", "cooperation -energy", "合作", '"the minister"', "coop*", "trade OR energy")
    for text in texts:
        expected = _complete(many, text)
        command = [sys.executable, "-m", "pressreader", "search", "--index", str(many.path)]
        plain = subprocess.run(
            [*command, text, str(lib)], capture_output=True, text=True, env=env, check=False
        )
        assert plain.returncode == 0, plain.stderr
        assert plain.stdout == "".join(format_hit(h, False) + "\n" for h in expected)
        as_json = subprocess.run(
            [*command, "--json", text, str(lib)], capture_output=True, text=True, env=env
        )
        whole = {"query": text, "hits": [h.to_json() for h in expected]}
        assert as_json.stdout == json_text(whole) + "\n"
        assert len(json.loads(as_json.stdout)["hits"]) == len(expected)
        assert len(expected) > 100 or text != "the"


def test_snippets_are_those_of_the_complete_search() -> None:
    # White space of every kind, at the edges of the window too; CJK phrases holding a
    # space; prefixes; no match at all; narrow and normal widths.
    rng = random.Random(5)
    chars = " \t\n\x1c\x85\u2028\u3000\xa0\x1b\u202eab CoOpEratioN.,é中国"
    patterns = [
        search_module.highlighter(parse(text).terms())
        for text in ("cooperation", "coop* ab", '"中国 a"')
    ]
    for _ in range(3000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 80)))
        if rng.random() < 0.5:
            text += " cooperation " + text
        for width in (6, 10, 160):
            for pattern in [*patterns, None]:
                expected = complete_search.make_snippet(text, pattern, width)
                assert search_module.make_snippet(text, pattern, width) == expected
                bare = search_module.make_snippet(text, pattern, width, False)
                assert bare == (expected[0], ())


def test_snippets_of_evenly_spaced_text_are_those_of_the_complete_search() -> None:
    # Text whose only white space is single spaces (most text) takes a shorter way.
    rng = random.Random(6)
    words = ["cooperation", "Coop", "trade", "é", "中国", "x", ".", ",a"]
    pattern = search_module.highlighter(parse("cooperation OR 中国").terms())
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 40)))
        text = rng.choice(["", " "]) + text + rng.choice(["", " "])
        for width in (6, 10, 160):
            for shown in (pattern, None):
                expected = complete_search.make_snippet(text, shown, width)
                assert search_module.make_snippet(text, shown, width) == expected
                bare = search_module.make_snippet(text, shown, width, False)
                assert bare == (expected[0], ())


def test_hits_without_spans_are_the_hits_without_their_matches(many: LibraryIndex) -> None:
    for text in ("the", "cooperation -energy", "合作", '"the minister"', "coop*", "said"):
        for limit in (None, 3, 40):
            whole = list(many.search_iter(text, limit=limit))
            bare = list(many.search_iter(text, limit=limit, spans=False))
            assert whole and [h.matches for h in bare] == [()] * len(whole)
            for hit in whole:
                hit.matches = ()
            assert [_fields(h) for h in bare] == [_fields(h) for h in whole]


def test_plain_lines_are_format_hit_of_each_hit(
    many: LibraryIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    hits = list(many.search_iter("the")) + list(many.search_iter("合作"))
    assert len({h.path for h in hits}) > 2 and len({h.heading for h in hits}) > 2
    # Hits whose path, heading, section id and snippet hold what must be escaped; the same
    # path and section in other hits (the escaped forms are kept per path and section).
    odd = [copy.copy(hit) for hit in hits[:40]]
    for i, hit in enumerate(odd):
        if i % 3 == 0:
            hit.path = Path(f"/lib/\x1b[2Jodd\u202e{i % 2}\udcff.yaml")
        if i % 4 == 0:
            hit.heading = "Bad\x07 \n heading " * (i % 3 + 1)
        if i % 5 == 0:
            hit.section_index, hit.section_id, hit.heading = None, f"s\x9b{i % 2}", None
        if i % 7 == 0:
            hit.kind = "metadata"
        if i % 2 == 0:
            hit.snippet = "snip\x1b]0;title\x07 \u2028 \t" + hit.snippet
    every = [*hits, *odd, *hits]
    expected = [format_hit(h, False) + "\n" for h in every]
    assert list(plain_lines(iter(every))) == expected
    monkeypatch.setattr(command_module, "_CACHED", 2)
    assert list(plain_lines(iter(every))) == expected
