"""Run a parsed query against the index: ranked hits with snippets and match offsets.

Words must all match in the same article (not necessarily the same paragraph), as they would
for grep on the article's file; the hits are the passages (paragraphs, quotes, statistics,
titles and metadata) of the matching articles that contain any of the searched terms, ranked
by bm25 with titles, headings, quotes and statistics counting more than a passing mention.

Filters choose articles; a required `speaker:` also narrows the hits to that speaker's
quotes (`quote_speakers`). A paragraph whose matches all stand inside quotes or statistics
that are hits is shown once, as the quote or statistic (`_annotated_paragraphs`): that check
reads only the hits shown. Likewise an article's metadata passage whose matches are all
words its title holds is left to the title's hit (`_title_says_it`).
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from pressreader.index import rows as checked
from pressreader.index.query import (
    And,
    Field,
    Node,
    Not,
    Or,
    Query,
    Record,
    Term,
    fts_term,
    has_cjk,
    words,
)
from pressreader.index.schema import (
    KIND_NAMES,
    KIND_WEIGHTS,
    META,
    PARAGRAPH,
    QUOTE,
    STATISTIC,
    TITLE,
    WEAK_WEIGHT,
)
from pressreader.text.sections import SEP

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

SNIPPET_WIDTH = 160


class Hit(Record):
    """One place a query matched, with what is needed to show it and open the article there."""

    __slots__ = (
        "article_id",
        "document",
        "end",
        "heading",
        "kind",
        "line",
        "matches",
        "paragraph",
        "path",
        "score",
        "section_id",
        "section_index",
        "snippet",
        "speaker",
        "start",
        "title",
    )
    path: Path
    line: int  # 1-based line of the paragraph (or quote, statistic, title) in the YAML file
    document: int  # 0-based YAML document of the article in its file
    article_id: str
    title: str
    kind: str  # "paragraph", "quote", "statistic" or "metadata"
    section_index: int | None
    section_id: str | None
    heading: str | None
    paragraph: int | None  # index within the section
    snippet: str  # one line of text around the first match (not yet escaped for display)
    matches: tuple[tuple[int, int], ...]  # [start, end) offsets of the matches in `snippet`
    speaker: str | None  # for quotes
    score: float  # lower is better (weighted bm25)
    # A quote's or statistic's words in its paragraph, [start, end) (None for other hits and
    # for a quote or statistic the loader could not place in the text).
    start: int | None
    end: int | None

    def __init__(
        self,
        path: Path,
        line: int,
        document: int,
        article_id: str,
        title: str,
        kind: str,
        section_index: int | None,
        section_id: str | None,
        heading: str | None,
        paragraph: int | None,
        snippet: str,
        matches: tuple[tuple[int, int], ...],
        speaker: str | None = None,
        score: float = 0.0,
        start: int | None = None,
        end: int | None = None,
    ) -> None:
        self.path, self.line, self.document = path, line, document
        self.article_id, self.title, self.kind = article_id, title, kind
        self.section_index, self.section_id, self.heading = section_index, section_id, heading
        self.paragraph, self.snippet, self.matches = paragraph, snippet, matches
        self.speaker, self.score = speaker, score
        self.start, self.end = start, end

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "line": self.line,
            "document": self.document,
            "article_id": self.article_id,
            "title": self.title,
            "kind": self.kind,
            "section_index": self.section_index,
            "section_id": self.section_id,
            "heading": self.heading,
            "paragraph": self.paragraph,
            "speaker": self.speaker,
            "snippet": self.snippet,
            "matches": [list(m) for m in self.matches],
            "score": round(self.score, 6),
        }


# --- highlighting ---------------------------------------------------------------------------


def term_pattern(term: Term) -> str:
    """A regular expression for where `term` stands in text, as the tokenizers match it."""
    if term.cjk:
        return re.escape(term.text)
    words: list[str] = re.findall(r"[^\W_]+", term.text.lower())
    tail = r"[^\W_]*" if term.kind == "prefix" else r"(?![^\W_])"
    if not words:
        return r"(?<![^\W_])" + tail
    # "Not after a letter or digit", checked once the first letter matched (the letter and
    # the one before it): a pattern that begins with a letter lets the regular expression
    # engine skip to where that letter is, four times faster than trying the look-behind at
    # every position of the text.
    first, rest = words[0][0], words[0][1:]
    body = r"[\W_]+".join([re.escape(rest), *(re.escape(w) for w in words[1:])])
    return re.escape(first) + r"(?<![^\W_].)" + body + tail


def highlighter(terms: list[Term]) -> re.Pattern[str] | None:
    if not terms:
        return None
    patterns = sorted({term_pattern(t) for t in terms}, key=len, reverse=True)
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


# White space other than a single space: where a window must be flattened.
_UNEVEN_SPACE = re.compile(r"[^\S ]|  ")
_ASCII_SPACE = ("  ", "\n", "\t", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f")


def _flatten(window: str, keep_lead: bool, keep_tail: bool) -> str:
    """`window` with each run of white space made one space; a run at its start (end) is
    dropped unless `keep_lead` (`keep_tail`): the window is then inside the text.

    `str.split` does what a `\\s+` substitution did (the same characters are white space
    to both) in about a fifth of the time; a window whose only white space is single spaces
    (most text) is checked, not split, in a fraction of that again.
    """
    if (
        # Every white space character but the space is one Python deems unprintable
        # (controls, separators): printable text with no double space is even.
        (window.isprintable() and "  " not in window)
        or (
            not any(space in window for space in _ASCII_SPACE)
            if window.isascii()
            else _UNEVEN_SPACE.search(window) is None
        )
    ):
        if not keep_lead and window[:1] == " ":
            window = window[1:]
        if not keep_tail and window[-1:] == " ":
            window = window[:-1]
        return window
    flat = " ".join(window.split())
    if not flat:
        return " " if window and keep_lead and keep_tail else ""
    if keep_lead and window[0].isspace():
        flat = " " + flat
    if keep_tail and window[-1].isspace():
        flat += " "
    return flat


_span = re.Match.span


def make_snippet(
    text: str, pattern: re.Pattern[str] | None, width: int = SNIPPET_WIDTH, spans: bool = True
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """One line of `text` around its first match, and the matches' offsets in that line
    (none unless `spans`: the same line, for a caller that shows no highlights)."""
    first_raw = pattern.search(text) if pattern is not None else None
    # Work on a window of the raw text around the first match: long paragraphs stay cheap.
    a = 0 if first_raw is None else max(0, first_raw.start() - 2 * width)
    b = min(len(text), (0 if first_raw is None else first_raw.end()) + 3 * width)
    more_before, more_after = a > 0, b < len(text)
    window = text[a:b]
    flat = _flatten(window, more_before, more_after)
    if first_raw is None or pattern is None:
        first = None
    elif a == 0 and flat is window:
        # The window is the text's start, unchanged: its first match is the text's.
        first = first_raw
    else:
        # Elsewhere the window's first match may differ (a word cut at its start).
        first = pattern.search(flat)
    if first is None:
        end = len(flat) if len(flat) <= width else flat.rfind(" ", 0, width)
        if end <= width // 2:
            end = min(len(flat), width)
        tail = "…" if end < len(flat) or more_after else ""
        return flat[:end] + tail, ()
    found, found_end = first.span()
    start = found - width // 3
    if start > 0:
        space = flat.find(" ", start, found)
        if space >= 0:
            start = space + 1
    else:
        start = 0
    size = len(flat)
    end = start + width if start + width > found_end else found_end
    if end < size:
        space = flat.rfind(" ", found_end, end)
        if space > 0:
            end = space
    else:
        end = size
    lead = "…" if start > 0 or more_before else ""
    tail = "…" if end < size or more_after else ""
    snippet = lead + flat[start:end] + tail
    if not spans:
        return snippet, ()
    shift = len(lead) - start
    assert pattern is not None
    matches = tuple(
        [
            (a + shift, (b if b < end else end) + shift)
            for a, b in map(_span, pattern.finditer(flat, start, end))
        ]
    )
    return snippet, matches


# --- field filters ----------------------------------------------------------------------------


def field_matcher(field: Field) -> Callable[[str], bool]:
    """Whether one metadata value matches `field:value` (words in order; CJK as substring)."""
    value = field.value
    if has_cjk(value):
        needle = value.casefold()
        return lambda text: needle in text.casefold()
    prefix = value.endswith("*")
    wanted = words(value)
    n = len(wanted)

    def match(text: str) -> bool:
        have = words(text)
        for i in range(len(have) - n + 1):
            if have[i : i + n - 1] == wanted[:-1]:
                last = have[i + n - 1]
                if last == wanted[-1] or (prefix and last.startswith(wanted[-1])):
                    return True
        return False

    return match


_FIELD_COLUMNS = {"speaker": 4, "outlet": 2, "tag": 3, "title": 1, "author": 5}


def fts_source(term: Term) -> tuple[str, str] | None:
    """The full-text table that finds `term` and its MATCH expression; None for a CJK term
    shorter than a trigram (found by scanning the passages that hold CJK text)."""
    if not term.cjk:
        return "passages_words", fts_term(term)
    if len(term.text) >= 3:
        # The trigram tokenizer finds any substring of three or more characters.
        return "passages_cjk", '"' + term.text.replace('"', '""') + '"'
    return None


class _Run:
    """The state of one query's execution.

    Only the set of articles each term matches is kept (at most one entry per article);
    the passages themselves are read again, one term at a time, when the hits are scored.
    Memory stays linear in the library, whatever the number of terms (keeping every
    term's passages took gigabytes for a query of thousands of common words).
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.term_articles: dict[Term, set[int]] = {}
        self._articles: list[tuple[Any, ...]] | None = None
        self._all: set[int] | None = None

    def articles(self) -> list[tuple[Any, ...]]:
        if self._articles is None:
            self._articles = [
                checked.search_article(row)
                for row in self.db.execute(
                    "SELECT id, title, outlet, tags, speakers, authors, published FROM articles"
                )
            ]
        return self._articles

    def universe(self) -> set[int]:
        if self._all is None:
            self._all = {row[0] for row in self.articles()}
        return self._all

    def matching_articles(self, term: Term) -> set[int]:
        """The ids of the articles holding `term`."""
        key = Term(term.text, term.kind)
        found = self.term_articles.get(key)
        if found is None:
            source, args = self.match_sql(term)
            found = self.term_articles[key] = {
                row[0] for row in self.db.execute(f"SELECT DISTINCT article FROM ({source})", args)
            }
        return found

    def match_sql(
        self, term: Term, within: str | None = None, *, strong: bool = False
    ) -> tuple[str, tuple[Any, ...]]:
        """A query of (id, article, kind, bm25) of every passage holding `term`, and its
        arguments; `within`, a table of passage ids: only those passages (checked as the
        full-text index is read, before a passage's row is looked up or scored); `strong`:
        only the passages of `STRONG_KINDS` (a term the full-text index finds: by their
        ids, before their rows are looked up)."""
        fts = fts_source(term)
        if fts is not None:
            table, match = fts
            sql = (
                f"SELECT p.id AS id, p.article AS article, p.kind AS kind, "
                f"bm25({table}) AS bm25 FROM {table} "
                f"JOIN passages p ON p.id = {table}.rowid WHERE {table} MATCH ?"
            )
            if strong:
                sql += f" AND {table}.rowid & 1 = 1"  # `schema.passage_id`
            if within is not None:
                # `+`: a test on each row read, not one lookup of the index per id (each
                # would count the term's passages again for bm25).
                sql += f" AND +{table}.rowid IN (SELECT id FROM {within})"
            return sql, (match,)
        # Shorter than a trigram: scan the passages that hold CJK text at all.
        # Han and kana have no case: only a term with Latin letters needs lower() (which
        # copies every passage).
        folded = term.text.lower()
        cased = folded != term.text.upper()
        haystack = "lower(text)" if cased else "text"
        sql = (
            "SELECT id, article, kind, -1.0 AS bm25 FROM passages "
            f"WHERE cjk = 1 AND instr({haystack}, ?) > 0"
        )
        if within is not None:
            sql += f" AND id IN (SELECT id FROM {within})"
        return sql, (folded,)

    def field_articles(self, field: Field) -> set[int]:
        if field.date is not None:
            day = field.date.isoformat()
            if field.name == "after":
                return {r[0] for r in self.articles() if r[6] is not None and r[6] >= day}
            return {r[0] for r in self.articles() if r[6] is not None and r[6] < day}
        column = _FIELD_COLUMNS[field.name]
        match = field_matcher(field)
        found: set[int] = set()
        for row in self.articles():
            value = row[column]
            if not value:
                continue
            values = value.split(SEP) if column >= 3 else (value,)
            if any(match(v) for v in values):
                found.add(row[0])
        return found

    def evaluate(self, node: Node) -> set[int]:
        """The ids of the articles that satisfy `node`."""
        if isinstance(node, Term):
            return self.matching_articles(node)
        if isinstance(node, Field):
            return self.field_articles(node)
        if isinstance(node, Or):
            result: set[int] = set()
            for child in node.operands:
                result |= self.evaluate(child)
            return result
        if isinstance(node, Not):
            return self.universe() - self.evaluate(node.operand)
        assert isinstance(node, And)
        positive = [c for c in node.operands if not isinstance(c, Not)]
        negative = [c for c in node.operands if isinstance(c, Not)]
        # Evaluate the cheapest-looking (most selective) positive parts first.
        sets = sorted((self.evaluate(c) for c in positive), key=len)
        # A copy: the sets of terms are cached and must not change.
        current = set(sets[0]) if sets else set(self.universe())
        for other in sets[1:]:
            current &= other
        for neg in negative:
            if not current:
                break
            current -= self.evaluate(neg.operand)
        return current


def _details(db: sqlite3.Connection, ids: list[int]) -> dict[int, tuple[Any, ...]]:
    out: dict[int, tuple[Any, ...]] = {}
    for i in range(0, len(ids), 900):
        chunk = ids[i : i + 900]
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
            "SELECT p.id, p.kind, p.section_index, p.section_id, p.heading, p.paragraph, p.line, "
            "p.speaker, p.text, p.start, p.end, a.document, a.article_id, a.title, f.root, f.rel, "
            "p.article "
            "FROM passages p JOIN articles a ON a.id = p.article JOIN files f ON f.id = a.file "
            f"WHERE p.id IN ({marks})",
            chunk,
        ):
            out[row[0]] = checked.search_passage(row, KIND_NAMES)
    return out


def quote_speakers(node: Node) -> list[Field]:
    """The `speaker:` filters that every hit of the query is held to: those the query requires
    (joined to the rest by AND, or `speaker:a OR speaker:b`). Their hits are the quotes of the
    speakers they name; a `speaker:` elsewhere (under `-`, or OR with another kind of term)
    filters articles only."""
    if isinstance(node, Field):
        return [node] if node.name == "speaker" else []
    if isinstance(node, And):
        return [field for child in node.operands for field in quote_speakers(child)]
    if isinstance(node, Or):
        found = [quote_speakers(child) for child in node.operands]
        return [f for part in found for f in part] if all(found) else []
    return []


def selection(
    db: sqlite3.Connection, query: Query, kinds: tuple[int, ...]
) -> tuple[set[int], set[int] | None]:
    """What a query chooses, for an export: the ids of the articles that satisfy it, and
    the ids of the passages of `kinds` (quotes, statistics) in them that hold one of its
    words, as the search's hits would; None when the query has no words (filters only)."""
    run = _Run(db)
    allowed = run.evaluate(query.root)
    terms = list(dict.fromkeys(Term(t.text, t.kind) for t in query.terms()))
    if not terms or not allowed:
        return allowed, None
    passages: set[int] = set()
    for term in terms:
        source, args = run.match_sql(term)
        for pid, article, kind in db.execute(f"SELECT id, article, kind FROM ({source})", args):
            if kind in kinds and article in allowed:
                passages.add(pid)
    return allowed, passages


def allow(db: sqlite3.Connection, allowed: set[int]) -> None:
    """Put the ids of `allowed` articles in `temp.allowed`, for a query to join with."""
    _allow(db, allowed)


def _ids_table(db: sqlite3.Connection, name: str, ids: set[int]) -> None:
    """Put `ids` in the temporary table `name`, for a query to join with."""
    db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} (id INTEGER PRIMARY KEY)")
    db.execute(f"DELETE FROM temp.{name}")
    db.executemany(f"INSERT INTO temp.{name} VALUES (?)", ((i,) for i in ids))


def _allow(db: sqlite3.Connection, allowed: set[int]) -> None:
    """Put the ids of `allowed` articles in `temp.allowed`, for a query to join with."""
    _ids_table(db, "allowed", allowed)


def _speakers_quotes(db: sqlite3.Connection, allowed: set[int], speakers: list[Field]) -> set[int]:
    """The ids of the quotes, in `allowed` articles, of a speaker `speakers` name."""
    _allow(db, allowed)
    matchers = [field_matcher(f) for f in speakers]
    found: set[int] = set()
    for pid, name in db.execute(
        "SELECT id, speaker FROM passages "
        "WHERE kind = ? AND article IN (SELECT id FROM temp.allowed)",
        (QUOTE,),
    ):
        speaker = checked.optional_text(name, "speaker")
        if speaker and any(match(speaker) for match in matchers):
            found.add(pid)
    return found


def _annotated_paragraphs(
    db: sqlite3.Connection,
    details: dict[int, tuple[Any, ...]],
    pattern: re.Pattern[str] | None,
    note: Callable[[list[int]], None] | None = None,
) -> dict[int, int]:
    """{paragraph: annotation} for the paragraphs among `details` whose matches all stand
    inside quotes or statistics that are hits themselves (`temp.noted`, with their scores):
    the same words, found twice, are one hit, the quote or statistic (the best scored).
    Only the annotations that are hits, in these paragraphs' articles, are read; `note`,
    when given, puts those articles' annotations that are hits in `temp.noted` first."""
    paragraphs = [pid for pid, row in details.items() if row[1] == PARAGRAPH]
    if pattern is None or not paragraphs:
        return {}
    articles = sorted({details[pid][-1] for pid in paragraphs})
    if note is not None:
        note(articles)
    spans: dict[tuple[int, int, int], list[tuple[int, int, int]]] = {}
    scores: dict[int, float] = {}
    for i in range(0, len(articles), 900):
        chunk = articles[i : i + 900]
        marks = ",".join("?" * len(chunk))
        for quote, article, s_index, paragraph, start, end, score in db.execute(
            "SELECT p.id, p.article, p.section_index, p.paragraph, p.start, p.end, n.score "
            "FROM temp.noted n JOIN passages p ON p.id = n.id "
            f"WHERE n.article IN ({marks})",
            chunk,
        ):
            scores[quote] = score
            section = checked.optional_count(s_index, "section_index")
            place = checked.optional_count(paragraph, "paragraph")
            first = checked.optional_count(start, "start")
            last = checked.optional_count(end, "end")
            if section is None or place is None or first is None or last is None:
                continue  # placed by the loader in no paragraph
            where = (checked.count(article, "article"), section, place)
            spans.setdefault(where, []).append((first, last, quote))
    merged: dict[int, int] = {}
    for pid in paragraphs:
        row = details[pid]
        inside = spans.get((row[-1], row[2], row[5]))
        if not inside:
            continue
        found = [m.span() for m in pattern.finditer(row[8])]
        if found and all(any(s <= a and b <= e for s, e, _ in inside) for a, b in found):
            held = {q for s, e, q in inside if any(s <= a and b <= e for a, b in found)}
            merged[pid] = min(held, key=lambda q: (scores[q], q))
    return merged


# Hits are built a batch at a time, in rank order: a small first batch, so that the first
# lines come out at once, then larger ones.
FIRST_BATCH = 32
BATCH = 512


def top_rows(limit: int) -> int:
    """How many of the best passages a search of one term asking for `limit` hits ranks
    first. A passage is left out of the hits only when the quote or statistic it is shown
    as (or that is shown in its place) came before, once per such hit: 2 x `limit` passages
    give `limit` hits. Should they not, the rest are ranked then (`stream`)."""
    return 2 * limit


def _only_terms(node: Node) -> bool:
    """Whether `node` is words, phrases and prefixes joined by OR only: its articles are then
    exactly those of its passage hits, and the hits need no article filter."""
    if isinstance(node, Term):
        return True
    return isinstance(node, Or) and all(_only_terms(child) for child in node.operands)


_TEMP_TABLES = (
    # Every passage hit with its score, summed over the terms (while they are added).
    "CREATE TEMP TABLE IF NOT EXISTS scored "
    "(id INTEGER PRIMARY KEY, article INTEGER, kind INTEGER, score REAL)",
    # The hits in rank order (rowid): best score first, then passage id.
    "CREATE TEMP TABLE IF NOT EXISTS ranked "
    "(rank INTEGER PRIMARY KEY, id INTEGER, article INTEGER, kind INTEGER, score REAL)",
    # The quotes and statistics among the hits, by article: what a paragraph may be one
    # hit with.
    "CREATE TEMP TABLE IF NOT EXISTS noted "
    "(article INTEGER, id INTEGER, score REAL, PRIMARY KEY (article, id)) WITHOUT ROWID",
    # The quotes and statistics of some articles, to be scored for `noted`.
    "CREATE TEMP TABLE IF NOT EXISTS candidates (id INTEGER PRIMARY KEY)",
)


def _clear(db: sqlite3.Connection) -> None:
    for sql in _TEMP_TABLES:
        db.execute(sql)
    for table in ("scored", "ranked", "noted", "candidates"):
        db.execute(f"DELETE FROM temp.{table}")


def _scored(allowed: bool, only: bool) -> tuple[str, list[float]]:
    """A query (a template: `{}` is a term's `match_sql`) of (id, article, kind, score) of
    the passages holding a term, in articles of `temp.allowed` (when `allowed`), quotes of
    `temp.only` (when `only`), with its first arguments: the score is bm25 times the kind's
    weight."""
    weight = "CASE kind " + " ".join("WHEN ? THEN ?" for _ in KIND_WEIGHTS) + " END"
    weights = [value for item in KIND_WEIGHTS.items() for value in item]
    where = ["true"]
    if allowed:
        where.append("article IN (SELECT id FROM temp.allowed)")
    if only:
        where.append("id IN (SELECT id FROM temp.only)")
    scored = f"SELECT id, article, kind, bm25 * ({weight}) AS score FROM ({{}}) WHERE " + (
        " AND ".join(where)
    )
    return scored, weights


# FTS5's bm25 (its `k1`; `b` is 0.75): for one phrase, idf x f x (k1 + 1) / (f + k1 x (1 - b +
# b x length / average length)), f the phrase's count in the passage. Below idf x (k1 + 1)
# whatever f and the length: the bound `_rank_strong` and `_rank_ahead` compare with.
BM25_K1 = 1.2


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """SQLite's variable-length integer at `at` in `data`, and where the next one begins
    (IndexError when `data` ends first)."""
    value = 0
    for offset in range(8):
        byte = data[at + offset]
        value = value << 7 | byte & 0x7F
        if byte < 0x80:
            return value, at + offset + 1
    return value << 8 | data[at + 8], at + 9


def _bm25_bound(db: sqlite3.Connection, table: str, match: str) -> float | None:
    """The most (in magnitude) FTS5's bm25 gives any passage of `table` matching `match` (one
    phrase), with a margin for rounding; None when the table's totals are not as FTS5
    writes them (the caller then scores every passage).

    The idf is FTS5's own: from the passages counted in the table's totals record (FTS5
    reads the same record for bm25, read here in the same transaction) and those matching.
    """
    found = db.execute(f"SELECT block FROM {table}_data WHERE id = 1").fetchone()
    block = None if found is None else found[0]
    if type(block) is not bytes:
        return None
    try:
        passages, at = _varint(block, 0)
        tokens, _ = _varint(block, at)
    except IndexError:
        return None
    if not (0 < passages < 1 << 63 and 0 < tokens < 1 << 63):
        return None
    matching = db.execute(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (match,))
    hits = matching.fetchone()[0]
    ratio = (passages - hits + 0.5) / (hits + 0.5)
    if not ratio > 0.0:
        return None  # more hits than passages: FTS5's scores are not numbers then
    idf = math.log(ratio)
    if idf <= 0.0:
        idf = 1e-6  # as FTS5 does
    return idf * (BM25_K1 + 1.0) * (1.0 + 1e-9)


def _rank_strong(
    db: sqlite3.Connection, run: _Run, term: Term, allowed: bool, only: bool, top: int
) -> bool:
    """Put in `temp.ranked` the best `top` passage hits of one term, scoring only the
    passages of the kinds that weigh more than a paragraph (a few thousand of the 160,000
    passages of a word in every article), when these are enough: when `top` of them score
    better than any other passage can (`_bm25_bound` x `WEAK_WEIGHT`). Returns whether they
    were; `temp.ranked` is left empty when not."""
    fts = fts_source(term)
    if fts is None or top <= 0:
        return False
    began = not db.in_transaction
    if began:
        # One read of the index: the bound is that of the scores ranked.
        db.execute("BEGIN")
    try:
        enough = _rank_strong_in(db, run, term, fts, allowed, only, top)
    except BaseException:
        if began and db.in_transaction:
            db.execute("ROLLBACK")
        raise
    if began:
        db.execute("COMMIT")
    return enough


def _rank_strong_in(
    db: sqlite3.Connection,
    run: _Run,
    term: Term,
    fts: tuple[str, str],
    allowed: bool,
    only: bool,
    top: int,
) -> bool:
    strong = _strong_scored(db, run, term, fts, allowed, only)
    if strong is None:
        return False
    sql, params, ceiling = strong
    cursor = db.execute(
        f"INSERT INTO temp.ranked (id, score) SELECT id, score FROM ({sql}) "
        f"ORDER BY score, id LIMIT {int(top)}",
        params,
    )
    if cursor.rowcount >= top:
        last = db.execute("SELECT score FROM temp.ranked ORDER BY rank DESC LIMIT 1").fetchone()
        if type(last[0]) is float and last[0] < ceiling:
            return True
    db.execute("DELETE FROM temp.ranked")
    return False


def _rank_top(
    db: sqlite3.Connection,
    run: _Run,
    term: Term,
    allowed: bool,
    only: bool,
    top: int | None,
    after: tuple[float, int] | None = None,
) -> int:
    """Add to `temp.ranked`, in rank order, the best `top` passage hits of one term (all of
    them when None) that rank after `after` (a score and a passage id); returns how many.

    The best passages of the kinds that weigh more than a paragraph are enough for a
    common word (`_rank_strong`); otherwise every hit is scored, but only `top` are sorted
    and stored: SQLite keeps the best of them as it reads (ranking and storing every hit
    of a word in every article took longer than scoring them). `temp.noted` is left to
    `_note`, for the articles shown."""
    if top is not None and after is None and _rank_strong(db, run, term, allowed, only, top):
        return top
    scored, weights = _scored(allowed, only)
    source, args = run.match_sql(term)
    sql = f"SELECT id, score FROM ({scored.format(source)})"
    bounds: tuple[Any, ...] = ()
    if after is not None:
        sql += " WHERE score > ? OR (score = ? AND id > ?)"
        bounds = (after[0], after[0], after[1])
    sql += " ORDER BY score, id"
    if top is not None:
        sql += f" LIMIT {int(top)}"
    cursor = db.execute(f"INSERT INTO temp.ranked (id, score) {sql}", (*weights, *args, *bounds))
    return cursor.rowcount


def _rank_ahead(db: sqlite3.Connection, run: _Run, term: Term, allowed: bool, only: bool) -> bool:
    """Put in `temp.ranked`, in rank order, the passage hits of one term that score better
    than any paragraph can (`_bm25_bound` x `WEAK_WEIGHT`), scoring only the passages of the
    kinds that weigh more: they come before every other hit, so they can be shown while the
    rest are ranked (`_rank_rest`, in the same transaction: the same scores, to the bit).
    Returns whether there were any."""
    fts = fts_source(term)
    strong = None if fts is None else _strong_scored(db, run, term, fts, allowed, only)
    if strong is None:
        return False
    sql, params, ceiling = strong
    # `score < ?` is false for a NULL score (a damaged kind): such a passage is left to
    # `_rank_rest`, which takes it (NULL first), and reading its row finds the damage.
    cursor = db.execute(
        "INSERT INTO temp.ranked (id, article, kind, score) "
        f"SELECT * FROM ({sql}) WHERE score < ? ORDER BY score, id",
        (*params, ceiling),
    )
    return cursor.rowcount > 0


def _strong_scored(
    db: sqlite3.Connection,
    run: _Run,
    term: Term,
    fts: tuple[str, str],
    allowed: bool,
    only: bool,
) -> tuple[str, tuple[Any, ...], float] | None:
    """The scoring query of one term's passages of the kinds that weigh more than a
    paragraph, its parameters, and the score no paragraph can rank before (bm25's bound x
    `WEAK_WEIGHT`, negative as the scores); None when FTS5's totals give no bound."""
    bound = _bm25_bound(db, *fts)
    if bound is None:
        return None
    scored, weights = _scored(allowed, only)
    source, args = run.match_sql(term, strong=True)
    return scored.format(source), (*weights, *args), -bound * WEAK_WEIGHT


def _rank_rest(
    db: sqlite3.Connection,
    run: _Run,
    term: Term,
    allowed: bool,
    only: bool,
    after: tuple[float, int],
) -> None:
    """Add to `temp.ranked`, in rank order, every passage hit of one term that ranks after
    `after` (the last of those `_rank_ahead` put there: a score and a passage id), and fill
    `temp.noted` with the quotes and statistics among all of them, as `_rank` does."""
    scored, weights = _scored(allowed, only)
    source, args = run.match_sql(term)
    db.execute(
        "INSERT INTO temp.ranked (id, article, kind, score) "
        f"SELECT * FROM ({scored.format(source)}) "
        "WHERE score IS NULL OR score > ? OR (score = ? AND id > ?) ORDER BY score, id",
        (*weights, *args, after[0], after[0], after[1]),
    )
    _note_ranked(db)


def _note(
    db: sqlite3.Connection, run: _Run, term: Term, allowed: bool, only: bool, articles: list[int]
) -> None:
    """Put in `temp.noted` the quotes and statistics of `articles` that are hits of `term`,
    with their scores (as `_rank` would have from every hit)."""
    db.execute("DELETE FROM temp.candidates")
    where = f"kind IN ({QUOTE}, {STATISTIC})"
    if allowed:
        where += " AND article IN (SELECT id FROM temp.allowed)"
    if only:
        where += " AND id IN (SELECT id FROM temp.only)"
    for i in range(0, len(articles), 900):
        chunk = articles[i : i + 900]
        marks = ",".join("?" * len(chunk))
        db.execute(
            "INSERT OR IGNORE INTO temp.candidates (id) "
            f"SELECT id FROM passages WHERE article IN ({marks}) AND {where}",
            chunk,
        )
    scored, weights = _scored(allowed, only)
    source, args = run.match_sql(term, within="temp.candidates")
    db.execute(
        "INSERT OR IGNORE INTO temp.noted (article, id, score) "
        f"SELECT article, id, score FROM ({scored.format(source)})",
        (*weights, *args),
    )


def _rank(db: sqlite3.Connection, run: _Run, terms: list[Term], allowed: bool, only: bool) -> None:
    """Fill `temp.ranked` with every passage hit in rank order, and `temp.noted` with the
    quotes and statistics among them: the passages holding a term, in articles of
    `temp.allowed` (when `allowed`), quotes of `temp.only` (when `only`); the score is the
    sum over terms of bm25 times the kind's weight, lowest first, ties by passage id. SQLite
    holds and sorts them, not Python objects: memory stays flat whatever their number."""
    scored, weights = _scored(allowed, only)
    if len(terms) == 1:
        source, args = run.match_sql(terms[0])
        db.execute(
            "INSERT INTO temp.ranked (id, article, kind, score) "
            f"SELECT * FROM ({scored.format(source)}) ORDER BY score, id",
            (*weights, *args),
        )
    else:
        for term in terms:
            source, args = run.match_sql(term)
            db.execute(
                f"INSERT INTO temp.scored (id, article, kind, score) {scored.format(source)} "
                "ON CONFLICT (id) DO UPDATE SET score = score + excluded.score",
                (*weights, *args),
            )
        db.execute(
            "INSERT INTO temp.ranked (id, article, kind, score) "
            "SELECT id, article, kind, score FROM temp.scored ORDER BY score, id"
        )
        db.execute("DELETE FROM temp.scored")
    _note_ranked(db)


def _note_ranked(db: sqlite3.Connection) -> None:
    """Put in `temp.noted` the quotes and statistics among the hits in `temp.ranked`."""
    db.execute(
        "INSERT INTO temp.noted (article, id, score) "
        "SELECT article, id, score FROM temp.ranked WHERE kind IN (?, ?)",
        (QUOTE, STATISTIC),
    )


def execute(
    db: sqlite3.Connection,
    query: Query,
    display: Callable[[str, str], Path],
    limit: int | None = None,
) -> list[Hit]:
    """The hits of `query`, best first. `display(root, rel)` gives the path to show."""
    return list(stream(db, query, display, limit))


def stream(
    db: sqlite3.Connection,
    query: Query,
    display: Callable[[str, str], Path],
    limit: int | None = None,
    spans: bool = True,
) -> Iterator[Hit]:
    """The hits of `query`, best first, built a batch at a time as they are read: the first
    comes before the others are built (for one term, often before most are ranked), and
    memory does not grow with their number (the ranking is SQLite's, in temporary tables).
    The same hits as `execute`; without `spans`, their `matches` are left empty (for a
    caller that shows no highlights: the work of finding them is spared)."""
    run = _Run(db)
    terms = list(dict.fromkeys(Term(t.text, t.kind) for t in query.terms()))
    # Without words to search, highlight what `title:` asked for in the titles listed.
    shown = terms or [Term(f.value.rstrip("*"), "prefix") for f in query.fields("title")]
    pattern = highlighter(shown)
    _clear(db)
    # One term and a limit: only the best passages are ranked (`_rank_top`), and the
    # quotes and statistics a paragraph may be shown as are found per article shown.
    top = top_rows(limit) if limit is not None and len(terms) == 1 else None
    filtered = only = False
    if not (terms and _only_terms(query.root)):
        # (Otherwise every passage holding a term is a hit: no set of articles to build.)
        allowed = run.evaluate(query.root)
        if not allowed:
            return
        if terms:
            speakers = quote_speakers(query.root)
            if speakers:
                _ids_table(db, "only", _speakers_quotes(db, allowed, speakers))
            _allow(db, allowed)
            filtered, only = True, bool(speakers)
        else:
            top = None
            # Filters only: the speaker's quotes or the titles (no paragraph to merge).
            db.executemany(
                "INSERT INTO temp.ranked (id, score) VALUES (?, ?)",
                _filter_only(db, query, allowed),
            )
    # One term and no limit: the passages no paragraph can rank before are ranked and shown
    # first (`_rank_ahead`), the rest after them, in one read of the index (a transaction
    # ended with the search: the bound and the scores of both parts from the same totals).
    one = bool(terms) and top is None and len(terms) == 1
    began = one and not db.in_transaction
    if began:
        db.execute("BEGIN")
    try:
        ahead = one and _rank_ahead(db, run, terms[0], filtered, only)
        if terms and top is None and not ahead:
            _rank(db, run, terms, allowed=filtered, only=only)
        yield from _read_ranked(
            db, run, terms, filtered, only, top, ahead, pattern, display, limit, spans
        )
    finally:
        _clear(db)
        if began and db.in_transaction:
            db.execute("COMMIT")


def _read_ranked(
    db: sqlite3.Connection,
    run: _Run,
    terms: list[Term],
    filtered: bool,
    only: bool,
    top: int | None,
    ahead: bool,
    pattern: re.Pattern[str] | None,
    display: Callable[[str, str], Path],
    limit: int | None,
    spans: bool = True,
) -> Iterator[Hit]:
    """`stream`'s hits from the passages in `temp.ranked`; after the last of them, the rest
    are ranked when only the best were (`top`, `ahead`)."""
    # The passages alone: their articles' and files' columns, the same for all the hits of
    # an article, are read once per article (`_with_articles`), not joined to every hit.
    select = (
        "SELECT p.id, p.kind, p.section_index, p.section_id, p.heading, p.paragraph, p.line, "
        "p.speaker, p.text, p.start, p.end, p.article, r.score "
        "FROM temp.ranked r JOIN passages p ON p.id = r.id WHERE r.rank > ? ORDER BY r.rank"
    )
    articles: dict[int, tuple[Any, ...]] = {}
    note: Callable[[list[int]], None] | None = None
    more = ahead  # whether hits ranked after those in `temp.ranked` were left out
    if top is not None:
        term = terms[0]
        more = _rank_top(db, run, term, filtered, only, top) >= top
        noted: set[int] = set()

        def note(articles: list[int]) -> None:
            new = [article for article in articles if article not in noted]
            if new:
                noted.update(new)
                _note(db, run, term, filtered, only, new)

    rows = db.execute(select, (0,))

    def fetch(size: int) -> list[Any]:
        """The next passages in rank order (at most `size`, none when there are no more),
        with their articles' and files' columns, as `_details` reads them (with the
        score); a passage whose article or file is not in the index is left out, as a
        join would leave it."""
        while True:
            batch = fetch_passages(size)
            if not batch:
                return batch
            whole = _with_articles(db, batch, articles)
            if whole:
                return whole

    def fetch_passages(size: int) -> list[Any]:
        """The next `size` passages in rank order; when only the best were ranked and
        they run out, the rest are ranked after them."""
        nonlocal rows, more
        batch = rows.fetchmany(size)
        if batch or not more:
            return batch
        more = False
        last = db.execute(
            "SELECT rank, score, id FROM temp.ranked ORDER BY rank DESC LIMIT 1"
        ).fetchone()
        rank = 0 if last is None else last[0]
        after = None if last is None else (last[1], last[2])
        if ahead:
            # `_rank_ahead` put at least one passage there; the quotes and statistics a
            # paragraph may be shown as are noted with the rest, before any paragraph.
            assert after is not None
            _rank_rest(db, run, terms[0], filtered, only, after)
        else:
            _rank_top(db, run, terms[0], filtered, only, None, after=after)
        rows.close()
        rows = db.execute(select, (rank,))
        return rows.fetchmany(size)

    try:
        yield from _build(db, fetch, pattern, display, limit, note, spans)
    finally:
        rows.close()


def _with_articles(
    db: sqlite3.Connection, batch: list[Any], articles: dict[int, tuple[Any, ...]]
) -> list[tuple[Any, ...]]:
    """The passages of `batch` (`_read_ranked`'s rows: the article's id and the score
    last) with their articles' document, id and title and their files' root and path
    between, as `_details` reads them (with the score); `articles` keeps those columns
    of the articles read so far, by id (one entry per article of the library at most)."""
    new = {row[11] for row in batch if type(row[11]) is int and row[11] not in articles}
    if new:
        wanted = list(new)
        for i in range(0, len(wanted), 900):
            chunk = wanted[i : i + 900]
            marks = ",".join("?" * len(chunk))
            for article, *columns in db.execute(
                "SELECT a.id, a.document, a.article_id, a.title, f.root, f.rel "
                f"FROM articles a JOIN files f ON f.id = a.file WHERE a.id IN ({marks})",
                chunk,
            ):
                articles[article] = tuple(columns)
    out = []
    for row in batch:
        columns = articles.get(row[11]) if type(row[11]) is int else None
        if columns is not None:
            out.append(row[:11] + columns + row[11:])
    return out


def _build(
    db: sqlite3.Connection,
    fetch: Callable[[int], list[Any]],
    pattern: re.Pattern[str] | None,
    display: Callable[[str, str], Path],
    limit: int | None,
    note: Callable[[list[int]], None] | None = None,
    spans: bool = True,
) -> Iterator[Hit]:
    """Hits from the passages `fetch(size)` gives in rank order (with their scores), a batch
    at a time: a paragraph held by quotes or statistics among the hits is shown as one of
    them (`note`, when given, puts an article's in `temp.noted` when first needed)."""
    paths: dict[tuple[str, str], Path] = {}
    # The quotes and statistics shown (themselves, or in their paragraph's place): each is
    # shown once. A paragraph comes once, so paragraphs need no record.
    done: set[int] = set()
    count = 0
    size = FIRST_BATCH
    while limit is None or count < limit:
        batch = fetch(size)
        if not batch:
            return
        size = BATCH
        scores: list[tuple[int, float]] = []
        details: dict[int, tuple[Any, ...]] = {}
        for row in batch:
            pid = row[0]
            scores.append((pid, row[-1]))
            if pid not in done:
                details[pid] = checked.search_passage(row[:-1], KIND_NAMES)
        instead = _annotated_paragraphs(db, details, pattern, note)
        missing = [q for q in instead.values() if q not in details]
        if missing:
            details.update(_details(db, missing))
        for pid, score in scores:
            show = instead.get(pid, pid)
            if pid in done or show in done:
                continue
            row = details.get(show)
            if row is None:
                continue
            if row[1] == META and pattern is not None and _title_says_it(row, pattern):
                continue
            if row[1] in (QUOTE, STATISTIC):
                done.add(show)
            yield _hit(row, checked.number(score, "score"), pattern, paths, display, spans)
            count += 1
            if limit is not None and count >= limit:
                return


_NOT_WORD = re.compile(r"[\W_]+")


def _found_words(text: str, pattern: re.Pattern[str]) -> Iterator[str]:
    """Each match of `pattern` in `text`, as words (case and the marks between them aside:
    the phrase "free trade" is the same in `free-trade` and in `Free trade`)."""
    for match in pattern.finditer(text):
        yield _NOT_WORD.sub(" ", match.group().casefold())


def _title_says_it(row: tuple[Any, ...], pattern: re.Pattern[str]) -> bool:
    """Whether every match in an article's metadata passage (`row`, as `_details` reads it:
    its id, outlet, tags, speakers...) is one its title holds too: the title's hit shows
    those words, and a second hit of the same article for them is a duplicate (an id that
    repeats the title, as one taken from the file's name often does). A metadata passage
    with no match the pattern sees (a word found without its diacritics) is kept: nothing
    says the title holds it."""
    title = row[13]
    if pattern.search(title) is None:
        return False  # the usual case, in one search of a short text
    said = set(_found_words(title, pattern))
    found = False
    for phrase in _found_words(row[8], pattern):
        if phrase not in said:
            return False
        found = True
    return found


def _hit(
    row: tuple[Any, ...],
    score: float,
    pattern: re.Pattern[str] | None,
    paths: dict[tuple[str, str], Path],
    display: Callable[[str, str], Path],
    spans: bool = True,
) -> Hit:
    (
        _,
        kind,
        s_index,
        s_id,
        heading,
        paragraph,
        line,
        speaker,
        text,
        start,
        end,
        document,
        article_id,
        title,
        root,
        rel,
        _,
    ) = row
    snippet, matches = make_snippet(text, pattern, SNIPPET_WIDTH, spans)
    path = paths.get((root, rel))
    if path is None:
        path = paths[(root, rel)] = display(root, rel)
    if kind == QUOTE and speaker:
        lead = f"{speaker}: "
        snippet = lead + snippet
        if matches:
            shift = len(lead)
            matches = tuple([(a + shift, b + shift) for a, b in matches])
    return Hit(
        path,
        line,
        document,
        article_id,
        title,
        KIND_NAMES[kind],
        s_index,
        s_id,
        heading,
        paragraph,
        snippet,
        matches,
        speaker,
        score,
        start,
        end,
    )


def _filter_only(
    db: sqlite3.Connection, query: Query, allowed: set[int]
) -> list[tuple[int, float]]:
    """Hits for a query of filters only: the speaker's quotes, or each article's title."""
    _allow(db, allowed)
    speakers = quote_speakers(query.root)
    if speakers:
        matchers = [field_matcher(f) for f in speakers]
        found = db.execute(
            "SELECT p.id, p.speaker FROM passages p JOIN articles a ON a.id = p.article "
            "WHERE p.kind = ? AND p.article IN (SELECT id FROM temp.allowed) "
            "ORDER BY a.published IS NULL, a.published DESC, p.article, p.id",
            (QUOTE,),
        ).fetchall()
        names = [(pid, checked.optional_text(name, "speaker")) for pid, name in found]
        picked = [pid for pid, name in names if name and any(m(name) for m in matchers)]
        if picked:
            return [(pid, float(rank)) for rank, pid in enumerate(picked)]
    rows = db.execute(
        "SELECT p.id FROM passages p JOIN articles a ON a.id = p.article "
        "WHERE p.kind = ? AND p.article IN (SELECT id FROM temp.allowed) "
        "ORDER BY a.published IS NULL, a.published DESC, a.title, p.article",
        (TITLE,),
    ).fetchall()
    return [(row[0], float(rank)) for rank, row in enumerate(rows)]
