"""Search within one article: what the reader's find bar highlights.

The article's title, subtitle, headings and paragraphs are joined into one string with
their offsets recorded, so one `re` scan finds every match, and a match that the screen
wraps over two lines is still one match (the search runs on the original text, not on
display lines). Matches are kept as two sorted offset lists and turned into small
`FindMatch` objects only when asked for, so a query with a hundred thousand matches
stays cheap.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import islice
from typing import Literal

from pressreader.article.layout import flatten_breaks
from pressreader.model import Anchor, Article
from pressreader.text.textnorm import PLAIN_FORMS

TextKind = Literal["title", "subtitle", "heading", "paragraph"]

# Past this many matches the search stops and says so; highlighting more helps nobody.
MAX_MATCHES = 100_000

# One-to-one replacements (offsets are kept): white space becomes a plain space, so a
# query finds words a YAML block split over lines; for literal queries, typographic
# quotes and dashes match their plain forms, as the article format's anchoring does.
_WHITESPACE = str.maketrans({"\n": " ", "\t": " ", "\r": " "})
_TYPOGRAPHIC = str.maketrans({"\n": " ", "\t": " ", "\r": " ", **PLAIN_FORMS})
_TYPOGRAPHIC_PAIRS = [
    (chr(code), str(plain)) for code, plain in _TYPOGRAPHIC.items() if chr(code) not in "\n\t\r"
]
# The separator between texts in the joined corpus: after the translations above no
# text holds a newline, so a match containing one crosses two texts and is dropped.
_SEPARATOR = "\n"
_ESCAPE = re.compile(r"\\.", re.DOTALL)
# A group holding a repetition, itself repeated: `(a+)+`, `(\w*\s)*`, `(x{2,})+`.
# Catastrophic backtracking needs this shape (a cheap check, not a proof); atomic groups
# `(?>...)` do not backtrack, so they are allowed.
_NESTED_REPEAT = re.compile(
    r"\((?!\?>)(?:[^()\\]|\\.)*?(?:[+*]|\{\d*,\d*\})(?:[^()\\]|\\.)*\)"
    r"(?:[+*]|\{\d*,\d*\})"
)


@dataclass(frozen=True, slots=True)
class FindQuery:
    """What to look for: literal text (the default) or a regular expression."""

    text: str
    regex: bool = False

    @property
    def case_sensitive(self) -> bool:
        """Smart case: case matters only when the query holds an upper-case letter.

        In a regular expression, escapes such as `\\W` or `\\S` do not count.
        """
        letters = _ESCAPE.sub("", self.text) if self.regex else self.text
        return any(ch.isupper() for ch in letters)

    def compile(self) -> re.Pattern[str] | str:
        """The compiled pattern, or an error message when the expression is invalid."""
        flags = 0 if self.case_sensitive else re.IGNORECASE
        if not self.regex:
            return re.compile(re.escape(self.text.translate(_TYPOGRAPHIC)), flags)
        if _NESTED_REPEAT.search(self.text):
            # Python's `re` cannot be interrupted: `(a+)+` on a long text could hang the
            # reader for minutes. An atomic group `(?>...)` does not backtrack.
            return "regex too slow: a repeated group holds a repetition (try an atomic (?>…))"
        try:
            return re.compile(self.text.translate(_WHITESPACE), flags)
        except re.error as error:
            return f"invalid regex: {error}"
        except (RecursionError, OverflowError, ValueError) as error:
            return f"invalid regex: {type(error).__name__}"


@dataclass(frozen=True, slots=True)
class TextKey:
    """Which text of the article: the title, a heading, or a paragraph."""

    kind: TextKind
    section: int = -1  # -1 for the title and subtitle
    paragraph: int = -1  # -1 unless kind is "paragraph"


@dataclass(frozen=True, slots=True)
class FindMatch:
    """One match: which text, and the span in that text's original string."""

    kind: TextKind
    section: int
    paragraph: int
    start: int
    end: int

    @property
    def key(self) -> TextKey:
        return TextKey(self.kind, self.section, self.paragraph)


class ArticleText:
    """An article's searchable texts joined into one string, built once per article."""

    def __init__(self, article: Article) -> None:
        self.article = article
        keys: list[TextKey] = [TextKey("title")]
        texts: list[str] = [article.title]
        if article.subtitle:
            keys.append(TextKey("subtitle"))
            texts.append(article.subtitle)
        for s, section in enumerate(article.sections):
            if section.heading:
                keys.append(TextKey("heading", s))
                texts.append(section.heading)
            for p, paragraph in enumerate(section.paragraphs):
                keys.append(TextKey("paragraph", s, p))
                texts.append(paragraph)
        self.keys = keys
        self.index = {key: i for i, key in enumerate(keys)}
        offsets: list[int] = []
        position = 0
        for text in texts:
            offsets.append(position)
            position += len(text) + len(_SEPARATOR)
        self.offsets = offsets
        # Plain spaces for white space, one for one, text by text: the separator stays.
        self.plain = _SEPARATOR.join(map(flatten_breaks, texts))  # for regular expressions
        folded = self.plain
        for typographic, plain in _TYPOGRAPHIC_PAIRS:
            if typographic in folded:
                folded = folded.replace(typographic, plain)
        self.folded = folded  # for literal queries
        self._lowered: str | None = None

    def base(self, key: TextKey) -> int | None:
        """Offset of a text in the joined string, or None when the article has no such text."""
        i = self.index.get(key)
        return None if i is None else self.offsets[i]

    def search(self, query: FindQuery, *, limit: int = MAX_MATCHES) -> FindResults:
        """Every match of `query`, in reading order; never raises on a bad expression."""
        if not query.text:
            return FindResults(query, self)
        pattern = query.compile()
        if isinstance(pattern, str):
            return FindResults(query, self, error=pattern)
        starts: list[int] = []
        ends: list[int] = []
        too_many = False
        fold: Callable[[str], str] = _fold
        if not query.regex:
            corpus = self.folded
            lowered = self.lowered
            needle = query.text.translate(_TYPOGRAPHIC)
            if not query.case_sensitive and lowered is not None:
                # A case-sensitive scan of the lower-cased text is several times faster
                # than an IGNORECASE scan (the query has no upper-case letter).
                needle = needle.lower()
                pattern = re.compile(re.escape(needle))
                corpus = lowered
                fold = _fold_lower
            # A literal query holds no newline, so no match crosses two texts.
            starts = [m.start() for m in islice(pattern.finditer(corpus), limit + 1)]
            too_many = len(starts) > limit
            del starts[limit:]
            if pattern.flags & re.IGNORECASE:
                ends = [m.end() for m in islice(pattern.finditer(corpus), limit)]
            else:
                size = len(needle)  # every match is the needle itself
                ends = [start + size for start in starts]
        else:
            fold = _plain
            corpus = self.plain
            find_newline = corpus.find
            try:
                for match in pattern.finditer(corpus):
                    start, end = match.span()
                    if start == end or find_newline(_SEPARATOR, start, end) != -1:
                        continue  # empty matches highlight nothing; others cross two texts
                    if len(starts) >= limit:
                        too_many = True
                        break
                    starts.append(start)
                    ends.append(end)
            except (RecursionError, MemoryError):
                return FindResults(query, self, error="regex too complex")
        results = FindResults(query, self, starts=starts, ends=ends, too_many=too_many)
        results.quote_hits, results.statistic_hits = _annotation_hits(self, pattern, fold, results)
        return results

    @property
    def lowered(self) -> str | None:
        """The literal-search text in lower case, when lowering keeps every offset."""
        if self._lowered is None:
            lowered = self.folded.lower()
            # Lowering never shortens a character; equal length means one for one.
            self._lowered = lowered if len(lowered) == len(self.folded) else ""
        return self._lowered or None


@dataclass(eq=False, slots=True)
class FindResults:
    """The matches of one query in one article, as sorted offsets into the joined text."""

    query: FindQuery
    text: ArticleText
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    too_many: bool = False
    error: str | None = None
    quote_hits: frozenset[int] = frozenset()  # indexes into article.quotes
    statistic_hits: frozenset[int] = frozenset()  # indexes into article.statistics

    def __len__(self) -> int:
        return len(self.starts)

    def match(self, index: int) -> FindMatch:
        """The `index`-th match in reading order."""
        start = self.starts[index]
        i = bisect_right(self.text.offsets, start) - 1
        key = self.text.keys[i]
        base = self.text.offsets[i]
        return FindMatch(
            key.kind, key.section, key.paragraph, start - base, self.ends[index] - base
        )

    def spans_in(self, key: TextKey, start: int, end: int) -> list[tuple[int, int, int]]:
        """Matches overlapping `[start, end)` of one text: (start, end, match index).

        Offsets are in the text's own string, clipped to the asked range.
        """
        base = self.text.base(key)
        if base is None or not self.starts:
            return []
        lo, hi = base + start, base + end
        spans: list[tuple[int, int, int]] = []
        i = bisect_right(self.ends, lo)
        starts, ends = self.starts, self.ends
        while i < len(starts) and starts[i] < hi:
            spans.append((max(starts[i], lo) - base, min(ends[i], hi) - base, i))
            i += 1
        return spans

    def first_from(self, key: TextKey, offset: int = 0) -> int | None:
        """Index of the first match at or after `offset` in text `key`, wrapping to 0."""
        if not self.starts:
            return None
        base = self.text.base(key)
        if base is None:
            return 0
        i = bisect_left(self.starts, base + offset)
        return i if i < len(self.starts) else 0

    def status(self, current: int | None) -> str:
        """The counter a find bar shows: `3/14`, `0/0`, or the error."""
        if self.error is not None:
            return self.error
        total = f"{len(self)}+" if self.too_many else str(len(self))
        shown = 0 if current is None or not self.starts else current + 1
        return f"{shown}/{total}"


def _annotation_hits(
    text: ArticleText,
    pattern: re.Pattern[str],
    fold: Callable[[str], str],
    results: FindResults,
) -> tuple[frozenset[int], frozenset[int]]:
    """Quotes and statistics a match touches: in their anchored span or their own words."""
    article = text.article

    def anchored(anchor: Anchor | None) -> bool:
        if anchor is None:
            return False
        key = TextKey("paragraph", anchor.section_index, anchor.paragraph)
        return bool(results.spans_in(key, anchor.start, anchor.end))

    def found(text: str | None) -> bool:
        return text is not None and any(m.end() > m.start() for m in pattern.finditer(fold(text)))

    quotes = frozenset(
        i
        for i, quote in enumerate(article.quotes)
        if anchored(quote.anchor) or found(quote.text) or found(quote.speaker)
    )
    statistics = frozenset(
        i
        for i, stat in enumerate(article.statistics)
        if anchored(stat.anchor) or found(stat.label) or found(stat.text)
    )
    return quotes, statistics


def _fold(text: str) -> str:
    return text.translate(_TYPOGRAPHIC)


def _fold_lower(text: str) -> str:
    return text.translate(_TYPOGRAPHIC).lower()


def _plain(text: str) -> str:
    return text.translate(_WHITESPACE)


@dataclass(slots=True)
class FindCursor:
    """Which match is current, and stepping through matches with wrap-around."""

    results: FindResults | None = None
    current: int | None = None

    def reset(self, results: FindResults | None, start: int | None = None) -> None:
        self.results = results
        self.current = start if results is not None and len(results) else None

    def step(self, forward: bool = True) -> tuple[int | None, bool]:
        """Move to the next (or previous) match: (its index, whether the search wrapped)."""
        if self.results is None or not len(self.results):
            return None, False
        total = len(self.results)
        if self.current is None:
            self.current = 0 if forward else total - 1
            return self.current, False
        nxt = self.current + (1 if forward else -1)
        wrapped = nxt >= total or nxt < 0
        self.current = nxt % total
        return self.current, wrapped
