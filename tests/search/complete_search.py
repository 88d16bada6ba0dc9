"""The search as it was before it streamed: every hit ranked and built in one list.

A reference for `test_streaming.py`, which checks that the streamed search gives exactly
these hits, in this order, with these snippets. Kept as it was (not used by pressreader).
"""

from __future__ import annotations

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
from pressreader.index.schema import KIND_NAMES, KIND_WEIGHTS, PARAGRAPH, QUOTE, STATISTIC, TITLE
from pressreader.text.sections import SEP

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

SNIPPET_WIDTH = 160
_SPACE_RUN = re.compile(r"\s+")


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


def make_snippet(
    text: str, pattern: re.Pattern[str] | None, width: int = SNIPPET_WIDTH
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """One line of `text` around its first match, and the matches' offsets in that line."""
    first_raw = pattern.search(text) if pattern is not None else None
    # Work on a window of the raw text around the first match: long paragraphs stay cheap.
    a = 0 if first_raw is None else max(0, first_raw.start() - 2 * width)
    b = min(len(text), (0 if first_raw is None else first_raw.end()) + 3 * width)
    flat = _SPACE_RUN.sub(" ", text[a:b])
    if a == 0:
        flat = flat.lstrip()
    if b == len(text):
        flat = flat.rstrip()
    more_before, more_after = a > 0, b < len(text)
    first = pattern.search(flat) if pattern is not None and first_raw is not None else None
    if first is None:
        end = len(flat) if len(flat) <= width else flat.rfind(" ", 0, width)
        if end <= width // 2:
            end = min(len(flat), width)
        tail = "…" if end < len(flat) or more_after else ""
        return flat[:end] + tail, ()
    start = max(0, first.start() - width // 3)
    if start > 0:
        space = flat.find(" ", start, first.start())
        start = space + 1 if space >= 0 else start
    end = min(len(flat), max(start + width, first.end()))
    if end < len(flat):
        space = flat.rfind(" ", first.end(), end)
        end = space if space > 0 else end
    lead = "…" if start > 0 or more_before else ""
    tail = "…" if end < len(flat) or more_after else ""
    snippet = lead + flat[start:end] + tail
    shift = len(lead) - start
    assert pattern is not None
    matches = tuple(
        (m.start() + shift, min(m.end(), end) + shift) for m in pattern.finditer(flat, start, end)
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
            found = self.term_articles[key] = {row[1] for row in self.matches(term)}
        return found

    def matches(self, term: Term) -> Iterator[tuple[int, int, int, float]]:
        """(passage id, article id, kind, bm25) of every passage holding `term`, as read."""
        if not term.cjk:
            sql = (
                "SELECT p.id, p.article, p.kind, bm25(passages_words) FROM passages_words "
                "JOIN passages p ON p.id = passages_words.rowid WHERE passages_words MATCH ?"
            )
            args: tuple[Any, ...] = (fts_term(term),)
        elif len(term.text) >= 3:
            # The trigram tokenizer finds any substring of three or more characters.
            sql = (
                "SELECT p.id, p.article, p.kind, bm25(passages_cjk) FROM passages_cjk "
                "JOIN passages p ON p.id = passages_cjk.rowid WHERE passages_cjk MATCH ?"
            )
            args = ('"' + term.text.replace('"', '""') + '"',)
        else:
            # Shorter than a trigram: scan the passages that hold CJK text at all.
            # Han and kana have no case: only a term with Latin letters needs lower() (which
            # copies every passage).
            folded = term.text.lower()
            cased = folded != term.text.upper()
            haystack = "lower(text)" if cased else "text"
            sql = (
                "SELECT id, article, kind, -1.0 FROM passages "
                f"WHERE cjk = 1 AND instr({haystack}, ?) > 0"
            )
            args = (folded,)
        for row in self.db.execute(sql, args):
            yield row[0], row[1], row[2], float(row[3])

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


def _allow(db: sqlite3.Connection, allowed: set[int]) -> None:
    """Put the ids of `allowed` articles in `temp.allowed`, for a query to join with."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS allowed (id INTEGER PRIMARY KEY)")
    db.execute("DELETE FROM temp.allowed")
    db.executemany("INSERT INTO temp.allowed VALUES (?)", ((i,) for i in allowed))


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
    quotes: dict[int, float],
    quoted: dict[int, list[int]],
    pattern: re.Pattern[str] | None,
) -> dict[int, int]:
    """{paragraph: annotation} for the paragraphs among `details` whose matches all stand
    inside quotes or statistics that are hits themselves (`quotes`, with their scores;
    `quoted`, those of each article): the same words, found twice, are one hit, the quote or
    statistic (the best scored)."""
    paragraphs = [pid for pid, row in details.items() if row[1] == PARAGRAPH and row[-1] in quoted]
    if pattern is None or not paragraphs:
        return {}
    # Only the annotations that are hits, in these paragraphs' articles, are read (by id).
    wanted = sorted({q for pid in paragraphs for q in quoted[details[pid][-1]]})
    spans: dict[tuple[int, int, int], list[tuple[int, int, int]]] = {}
    for i in range(0, len(wanted), 900):
        chunk = wanted[i : i + 900]
        marks = ",".join("?" * len(chunk))
        for quote, article, s_index, paragraph, start, end in db.execute(
            "SELECT id, article, section_index, paragraph, start, end FROM passages "
            f"WHERE id IN ({marks})",
            chunk,
        ):
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
            merged[pid] = min(held, key=lambda q: (quotes[q], q))
    return merged


def execute(
    db: sqlite3.Connection,
    query: Query,
    display: Callable[[str, str], Path],
    limit: int | None = None,
) -> list[Hit]:
    """The hits of `query`, best first. `display(root, rel)` gives the path to show."""
    run = _Run(db)
    allowed = run.evaluate(query.root)
    if not allowed:
        return []
    terms = list(dict.fromkeys(Term(t.text, t.kind) for t in query.terms()))
    scores: dict[int, float] = {}
    # The quotes and statistics among the hits, with their scores; and by article.
    quotes: dict[int, float] = {}
    quoted: dict[int, list[int]] = {}
    if terms:
        speakers = quote_speakers(query.root)
        only = _speakers_quotes(db, allowed, speakers) if speakers else None
        for term in terms:
            for pid, article, kind, bm25 in run.matches(term):
                if article in allowed and (only is None or pid in only):
                    weight = KIND_WEIGHTS[checked.kind(kind, KIND_WEIGHTS)]
                    scores[pid] = scores.get(pid, 0.0) + bm25 * weight
                    if kind in (QUOTE, STATISTIC):
                        quotes[pid] = scores[pid]
                        quoted.setdefault(article, []).append(pid)
        ranked = sorted(scores.items(), key=lambda item: (item[1], item[0]))
    else:
        ranked = _filter_only(db, query, allowed)
    # Without words to search, highlight what `title:` asked for in the titles listed.
    shown = terms or [Term(f.value.rstrip("*"), "prefix") for f in query.fields("title")]
    pattern = highlighter(shown)
    paths: dict[tuple[str, str], Path] = {}
    hits: list[Hit] = []
    done: set[int] = set()  # passages shown, or shown as the quote in their place
    step = len(ranked) if limit is None else max(1, limit)
    position = 0
    # The passages are read a limit's worth at a time: a paragraph shown as its quote (or
    # statistic) can leave the first batch short of the limit.
    while position < len(ranked) and (limit is None or len(hits) < limit):
        batch = ranked[position : position + step]
        position += step
        details = _details(db, [pid for pid, _ in batch if pid not in done])
        instead = _annotated_paragraphs(db, details, quotes, quoted, pattern)
        missing = [q for q in instead.values() if q not in details]
        if missing:
            details.update(_details(db, missing))
        for pid, score in batch:
            show = instead.get(pid, pid)
            if pid in done or show in done:
                continue
            done.update((pid, show))
            row = details.get(show)
            if row is None:
                continue
            hits.append(_hit(row, score, pattern, paths, display))
            if limit is not None and len(hits) >= limit:
                break
    return hits


def _hit(
    row: tuple[Any, ...],
    score: float,
    pattern: re.Pattern[str] | None,
    paths: dict[tuple[str, str], Path],
    display: Callable[[str, str], Path],
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
    snippet, matches = make_snippet(text, pattern)
    path = paths.get((root, rel))
    if path is None:
        path = paths[(root, rel)] = display(root, rel)
    if kind == QUOTE and speaker:
        lead = f"{speaker}: "
        snippet = lead + snippet
        matches = tuple((a + len(lead), b + len(lead)) for a, b in matches)
    return Hit(
        path=path,
        line=line,
        document=document,
        article_id=article_id,
        title=title,
        kind=KIND_NAMES[kind],
        section_index=s_index,
        section_id=s_id,
        heading=heading,
        paragraph=paragraph,
        snippet=snippet,
        matches=matches,
        speaker=speaker,
        score=score,
        start=start,
        end=end,
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
