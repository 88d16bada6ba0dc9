"""Search within one article: what the reader's find bar highlights.

The article's title, subtitle, headings and paragraphs are joined into one text with
their offsets recorded (`JoinedText`: kept in pieces, so that a long article's is never
copied whole in one step), so one scan finds every match, and a match that the screen
wraps over two lines is still one match (the search runs on the original text, not on
display lines). Matches are kept as two sorted offset lists and turned into small
`FindMatch` objects only when asked for, so a query with a hundred thousand matches
stays cheap.

Regular expressions run on the `regex` engine rather than `re`, because a pattern is untrusted
input: `re` holds the interpreter lock while it backtracks and cannot be stopped, so
`(.|.)*Q` froze the reader for good. `regex` releases the lock while it matches
(`concurrent=True`) and gives up after a time budget (`timeout=`, checked every 256 steps of
its engine, counted in the process's CPU time), so the reader can search in a thread worker
and stay responsive, cancel a search that a newer query replaced, and report a pattern that
ran out of budget. `re` still reads every pattern first: what is valid, and the messages for
what is not, are unchanged. A worker process would also have bounded memory, but costs a
process start and copying the article per search, and orphans to clean up.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Literal

from pressreader.article.joined import JoinedText
from pressreader.article.layout import flatten_breaks
from pressreader.model import Anchor, Article
from pressreader.text.textnorm import PLAIN_FORMS

if TYPE_CHECKING:
    from regex import Pattern as RegexPattern

TextKind = Literal["title", "subtitle", "heading", "paragraph"]

# Past this many matches the search stops and says so; highlighting more helps nobody.
MAX_MATCHES = 100_000
# From this many characters of text, a lazy search of literal text counts its matches
# first and lists them later (`ArticleText.search`).
LAZY_FROM = 100_000

# A regular expression's budget, in CPU seconds: ample for any pattern that does not
# backtrack wildly (they scan megabytes a second), growing with the article.
REGEX_BUDGET = 1.0
REGEX_BUDGET_PER_MILLION_CHARACTERS = 0.5
# The `regex` engine writes out counted repeats when it compiles (`a{1000000}` takes
# gigabytes, at no CPU time the budget could stop): their expansion is bounded, as is a
# pattern's length.
MAX_PATTERN_LENGTH = 10_000  # a library query (up to 4,000 characters) fits, escaped
MAX_REPEAT_EXPANSION = 10_000
TOO_SLOW = "pattern too slow: it ran out of time (try a simpler one)"


class SearchCancelled(Exception):
    """A newer query replaced the one being searched for."""


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
# `TextBuild`'s pieces: about a millisecond of work each.
_PIECE_CHARS = 32_768
_PIECE_TEXTS = 2_000
_DONE = object()
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

    def compile(self) -> re.Pattern[str] | RegexPattern[str] | str:
        """The compiled pattern, or an error message when the expression is refused.

        Literal text compiles with `re` (it cannot backtrack); a regular expression with
        the `regex` engine, once `re` has read it.
        """
        flags = 0 if self.case_sensitive else re.IGNORECASE
        if not self.regex:
            return re.compile(re.escape(self.text.translate(_TYPOGRAPHIC)), flags)
        if len(self.text) > MAX_PATTERN_LENGTH:
            return f"regex too long: at most {MAX_PATTERN_LENGTH:,} characters"
        if _NESTED_REPEAT.search(self.text):
            # Refused at once rather than after its budget. An atomic group `(?>...)` does
            # not backtrack.
            return "regex too slow: a repeated group holds a repetition (try an atomic (?>…))"
        text = self.text.translate(_WHITESPACE)
        try:
            re.compile(text, flags)
        except re.error as error:
            return f"invalid regex: {error}"
        except (RecursionError, OverflowError, ValueError) as error:
            return f"invalid regex: {type(error).__name__}"
        if _repeat_expansion(text) > MAX_REPEAT_EXPANSION:
            return (
                f"regex too large: its counted repeats {{m,n}} come to more than "
                f"{MAX_REPEAT_EXPANSION:,} items"
            )
        import regex  # loaded with the first regular expression

        engine_flags = regex.VERSION0 | (0 if self.case_sensitive else regex.IGNORECASE)
        try:
            # Not cached: a session of large patterns would otherwise keep hundreds.
            return regex.compile(text, engine_flags, cache_pattern=False)
        except (regex.error, RecursionError, OverflowError, ValueError, MemoryError) as error:
            return f"invalid regex: {type(error).__name__}"


def _repeat_expansion(pattern: str) -> int:
    """About how many items the `regex` engine writes out for the counted repeats of
    `pattern` (`(ab){3}` counts 6): nested counts multiply, the rest add up.

    A conservative reading of a pattern `re` has accepted: a class, an escape or any other
    character is one item; a group, the sum of its items.
    """
    sizes = [0]  # the items of each open group, innermost last
    last = 0  # the items of the element a quantifier would repeat
    i, n = 0, len(pattern)
    while i < n:
        char = pattern[i]
        if char == "(":
            sizes.append(0)
            last = 0
            i += 1
            continue
        if char == ")":
            last = max(1, sizes.pop()) if len(sizes) > 1 else 1
            sizes[-1] += last
            i += 1
            continue
        if char == "{":
            counted = _COUNTED.match(pattern, i)
            if counted is not None and (counted[1] or counted[2]):
                low = int(counted[1] or 0)
                high = int(counted[2]) if counted[2] else low
                count = max(low, high)
                sizes[-1] += last * (count - 1) if count else 0
                last *= count
                if sizes[-1] > MAX_REPEAT_EXPANSION:
                    return sizes[-1]
                i = counted.end()
                continue
        if char == "\\":
            i += 2
        elif char == "[":
            i = _class_end(pattern, i)
        else:
            i += 1
        last = 1
        sizes[-1] += 1
    return sum(sizes)


_COUNTED = re.compile(r"\{(\d*)(?:,(\d*))?\}")


def _class_end(pattern: str, start: int) -> int:
    """The index after the character class opening at `start`."""
    i = start + 1
    if pattern.startswith("^", i):
        i += 1
    if pattern.startswith("]", i):
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


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
    """An article's searchable texts joined into one text, built once per article."""

    def __init__(self, article: Article) -> None:
        for _ in self._fill(article, lowered=False):
            pass

    def _fill(self, article: Article, *, lowered: bool) -> Iterator[None]:
        """Build the texts, yielding after each piece of a few milliseconds (`TextBuild`).

        The joined texts are pieces of whole texts joined by the separator: the same
        strings as joined at once (the typographic translation is one character for one,
        and lowering a piece ends at a separator, where no case depends on the next
        piece), never made whole here (`JoinedText`)."""
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
            keys.extend(TextKey("paragraph", s, p) for p in range(len(section.paragraphs)))
            texts.extend(section.paragraphs)
            if len(texts) % _PIECE_TEXTS < len(section.paragraphs):
                yield
        self.keys = keys
        # The index and the offsets a few thousand texts a step: at once, each was a step of
        # 30-40 ms on a 50,000-paragraph article, which a key pressed then waited for.
        index: dict[TextKey, int] = {}
        for first in range(0, len(keys), _PIECE_TEXTS):
            chunk = keys[first : first + _PIECE_TEXTS]
            index.update(zip(chunk, range(first, first + len(chunk)), strict=True))
            yield
        self.index = index
        offsets: list[int] = []
        position = 0
        separator = len(_SEPARATOR)
        for first in range(0, len(texts), _PIECE_TEXTS):
            for text in texts[first : first + _PIECE_TEXTS]:
                offsets.append(position)
                position += len(text) + separator
            yield
        self.offsets = offsets
        yield
        plain: list[str] = []
        folded: list[str] = []
        lower: list[str] | None = [] if lowered else None
        start = 0
        while start < len(texts):
            end, size = start, 0
            while end < len(texts) and (end == start or size < _PIECE_CHARS):
                size += len(texts[end])
                end += 1
            # Plain spaces for white space, one for one, text by text: the separator stays.
            piece = _SEPARATOR.join(map(flatten_breaks, texts[start:end]))
            plain.append(piece)
            for typographic, plain_char in _TYPOGRAPHIC_PAIRS:
                if typographic in piece:
                    piece = piece.replace(typographic, plain_char)
            folded.append(piece)
            if lower is not None:
                lowered_piece = piece.lower()
                # Lowering never shortens a character; equal length means one for one.
                lower = lower if len(lowered_piece) == len(piece) else None
                if lower is not None:
                    lower.append(lowered_piece)
            start = end
            yield
        self._plain = JoinedText(plain, _SEPARATOR)  # for regular expressions
        self._folded = JoinedText(folded, _SEPARATOR)  # for literal queries
        # None: not made yet; False: lowering would move offsets.
        self._lower: JoinedText | Literal[False] | None = None
        if lowered:
            self._lower = False if lower is None else JoinedText(lower, _SEPARATOR)
        # Annotation texts (quote words, speakers, labels) as literal queries compare them.
        self._folded_annotations: dict[bool, dict[str, str]] = {}

    def _folded_texts(self, *, lower: bool) -> dict[str, str]:
        return self._folded_annotations.setdefault(lower, {})

    def base(self, key: TextKey) -> int | None:
        """Offset of a text in the joined string, or None when the article has no such text."""
        i = self.index.get(key)
        return None if i is None else self.offsets[i]

    def search(
        self,
        query: FindQuery,
        *,
        limit: int = MAX_MATCHES,
        budget: float | None = None,
        cancelled: Callable[[], bool] | None = None,
        lazy: bool = False,
    ) -> FindResults:
        """Every match of `query`, in reading order; never raises on a bad expression.

        A regular expression gets `budget` CPU seconds (by default, `regex_budget()` of
        this article) and its results say "pattern too slow" past them. `cancelled` is
        asked between matches: when it answers True the search stops with
        `SearchCancelled` (within one match: the budget bounds how long that takes).

        `lazy`: in an article of `LAZY_FROM` characters or more, literal text whose
        occurrences cannot overlap is only counted (`str.count`); the matches a screen
        shows are found where it shows them, and the list of every match, with the quotes
        and statistics they touch, waits for `FindResults.complete()` (or for a question
        only it answers). The same answers, sooner: a typed letter's counter and
        highlights need not wait for a hundred thousand matches to be listed.
        """
        if not query.text:
            return FindResults(query, self)
        pattern = query.compile()
        if isinstance(pattern, str):
            return FindResults(query, self, error=pattern)
        if query.regex:
            assert not isinstance(pattern, re.Pattern)
            if budget is None:
                budget = regex_budget(len(self._plain))
            try:
                return self._search_regex(query, pattern, limit, budget, cancelled)
            except TimeoutError:
                return FindResults(query, self, error=TOO_SLOW)
            except (RecursionError, MemoryError):
                return FindResults(query, self, error="regex too complex")
        assert isinstance(pattern, re.Pattern)
        corpus = self._folded
        lowered = self._lowered_text()
        needle = query.text.translate(_TYPOGRAPHIC)
        fold: Callable[[str], str] = _fold
        if not query.case_sensitive and lowered is not None:
            # A case-sensitive scan of the lower-cased text is several times faster
            # than an IGNORECASE scan (the query has no upper-case letter).
            needle = needle.lower()
            pattern = re.compile(re.escape(needle))
            corpus = lowered
            fold = _fold_lower
        # The annotations' own words are folded once per article, not once per query: a
        # literal needle is then a substring test (the needle is never empty here).
        folded_texts = self._folded_texts(lower=fold is _fold_lower)
        literal = pattern
        substring = not literal.flags & re.IGNORECASE

        def found(text: str) -> bool:
            own = folded_texts.get(text)
            if own is None:
                own = folded_texts[text] = fold(text)
            if substring:
                return needle in own
            return literal.search(own) is not None

        def listed(results: FindResults) -> None:
            # A literal query holds no newline, so no match crosses two texts.
            starts = list(islice(corpus.starts_of(literal), limit + 1))
            results.too_many = len(starts) > limit
            del starts[limit:]
            if literal.flags & re.IGNORECASE:
                ends = list(islice(corpus.ends_of(literal), limit))
            else:
                size = len(needle)  # every match is the needle itself
                ends = [start + size for start in starts]
            results.starts, results.ends = starts, ends
            results.quote_hits, results.statistic_hits = _annotation_hits(self, found, results)

        results = FindResults(query, self)
        if lazy and substring and len(corpus) >= LAZY_FROM and not _overlaps(needle):
            # Counted no further than the limit: past it the counter says only `limit+`.
            count = corpus.count_until(needle, 0, len(corpus), limit)
            results.too_many = count > limit
            results.pending = _Pending(corpus, needle, min(count, limit), listed)
        else:
            listed(results)
        return results

    def _search_regex(
        self,
        query: FindQuery,
        pattern: RegexPattern[str],
        limit: int,
        budget: float,
        cancelled: Callable[[], bool] | None,
    ) -> FindResults:
        deadline = time.process_time() + budget

        def left() -> float:
            # `regex` counts its timeout in the process's CPU time, as process_time() does.
            # A negative timeout would mean none at all: zero stops at the first check.
            return max(0.0, deadline - time.process_time())

        starts: list[int] = []
        ends: list[int] = []
        too_many = False
        corpus = self._plain.whole
        find_newline = corpus.find
        for match in pattern.finditer(corpus, concurrent=True, timeout=left()):
            if cancelled is not None and cancelled():
                raise SearchCancelled
            start, end = match.span()
            if start == end or find_newline(_SEPARATOR, start, end) != -1:
                continue  # empty matches highlight nothing; others cross two texts
            if len(starts) >= limit:
                too_many = True
                break
            starts.append(start)
            ends.append(end)
        results = FindResults(query, self, starts=starts, ends=ends, too_many=too_many)

        def found(text: str) -> bool:
            matches = pattern.finditer(_plain(text), concurrent=True, timeout=left())
            return any(m.end() > m.start() for m in matches)

        results.quote_hits, results.statistic_hits = _annotation_hits(self, found, results)
        return results

    @property
    def plain(self) -> str:
        """The texts joined, white space as plain spaces: what a regular expression reads."""
        return self._plain.whole

    @property
    def folded(self) -> str:
        """The texts joined, typographic forms plain: what literal text is found in."""
        return self._folded.whole

    @property
    def lowered(self) -> str | None:
        """The literal-search text in lower case, when lowering keeps every offset."""
        lowered = self._lowered_text()
        return None if lowered is None else lowered.whole

    def _lowered_text(self) -> JoinedText | None:
        if self._lower is None:
            pieces = [piece.lower() for piece in self._folded.pieces]
            # Lowering never shortens a character; equal length means one for one.
            same = all(
                len(low) == len(piece)
                for low, piece in zip(pieces, self._folded.pieces, strict=True)
            )
            self._lower = JoinedText(pieces, _SEPARATOR) if same else False
        return self._lower or None


class TextBuild:
    """`ArticleText(article)` built a piece at a time (`step`), its lower-case text too, so
    that a long article's (tens of megabytes of text: a second at once) is built between a
    reader's frames and keys."""

    __slots__ = ("_steps", "_text")

    def __init__(self, article: Article) -> None:
        text = ArticleText.__new__(ArticleText)
        self._steps: Iterator[None] | None = text._fill(article, lowered=True)
        self._text = text

    @property
    def done(self) -> bool:
        return self._steps is None

    def step(self) -> None:
        """Build the next piece."""
        if self._steps is not None and next(self._steps, _DONE) is _DONE:
            self._steps = None

    def result(self) -> ArticleText:
        """The text, built to the end now if it is not yet."""
        while self._steps is not None:
            self.step()
        return self._text


class _Pending:
    """A literal needle's matches counted, not yet listed (see `ArticleText.search`).

    The needle cannot overlap itself (`_overlaps`), so its matches are all its occurrences:
    those in any stretch of the text are found by looking there, and a match's index is the
    count of occurrences before it (counted from the nearest match whose index is known).
    """

    __slots__ = ("corpus", "count", "fill", "known", "needle")

    def __init__(
        self, corpus: JoinedText, needle: str, count: int, fill: Callable[[FindResults], None]
    ) -> None:
        self.corpus, self.needle, self.count, self.fill = corpus, needle, count, fill
        self.known: list[tuple[int, int]] = [(0, 0)]  # (offset, matches before it), sorted

    def before(self, offset: int) -> int:
        """How many matches start before `offset` (a match's start, or any offset not
        inside a match)."""
        known = self.known
        i = bisect_right(known, (offset, MAX_MATCHES + 1)) - 1
        at, count = known[i]
        # Past the matches counted (at most the limit) no exact number is asked for: any
        # number above `self.count` says the offset lies beyond them.
        count += self.corpus.count_until(self.needle, at, offset, self.count - count)
        if offset - at > 4096 and count <= self.count:
            known.insert(i + 1, (offset, count))
        return count

    def at_or_after(self, offset: int) -> int:
        """Where the first match at or after `offset` starts (-1: none)."""
        return self.corpus.find(self.needle, offset)


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
    # Matches counted but not yet listed (a lazy search): `complete()` lists them.
    pending: _Pending | None = None

    def complete(self) -> FindResults:
        """List every match, and the quotes and statistics they touch, if a lazy search
        left them for later; returns the results."""
        pending = self.pending
        if pending is not None:
            self.pending = None
            pending.fill(self)
        return self

    def __len__(self) -> int:
        pending = self.pending
        return len(self.starts) if pending is None else pending.count

    def match(self, index: int) -> FindMatch:
        """The `index`-th match in reading order."""
        pending = self.pending
        if pending is not None and 0 <= index < pending.count:
            start = pending.at_or_after(0) if index == 0 else -1
            for at, count in pending.known:
                if count == index and pending.corpus.startswith(pending.needle, at):
                    start = at
            if start < 0:
                self.complete()
        if self.pending is None:
            start = self.starts[index]
            end = self.ends[index]
        else:
            end = start + len(self.pending.needle)
        i = bisect_right(self.text.offsets, start) - 1
        key = self.text.keys[i]
        base = self.text.offsets[i]
        return FindMatch(key.kind, key.section, key.paragraph, start - base, end - base)

    def spans_in(self, key: TextKey, start: int, end: int) -> list[tuple[int, int, int]]:
        """Matches overlapping `[start, end)` of one text: (start, end, match index).

        Offsets are in the text's own string, clipped to the asked range.
        """
        base = self.text.base(key)
        if base is None or not len(self):
            return []
        lo, hi = base + start, base + end
        spans: list[tuple[int, int, int]] = []
        pending = self.pending
        if pending is not None:
            size = len(pending.needle)
            at = pending.at_or_after(max(0, lo - size + 1))
            if at < 0 or at >= hi:
                return []
            i = pending.before(at)
            while 0 <= at < hi and i < pending.count:
                spans.append((max(at, lo) - base, min(at + size, hi) - base, i))
                at = pending.at_or_after(at + size)
                i += 1
            return spans
        i = bisect_right(self.ends, lo)
        starts, ends = self.starts, self.ends
        while i < len(starts) and starts[i] < hi:
            spans.append((max(starts[i], lo) - base, min(ends[i], hi) - base, i))
            i += 1
        return spans

    def first_from(self, key: TextKey, offset: int = 0) -> int | None:
        """Index of the first match at or after `offset` in text `key`, wrapping to 0."""
        if not len(self):
            return None
        base = self.text.base(key)
        if base is None:
            return 0
        pending = self.pending
        if pending is not None:
            at = pending.at_or_after(base + offset)
            if at < 0:
                return 0
            i = pending.before(at)
            if i >= pending.count:
                return 0
            known = pending.known
            known.insert(bisect_right(known, (at, i)), (at, i))  # for `match(i)`
            return i
        i = bisect_left(self.starts, base + offset)
        return i if i < len(self.starts) else 0

    def status(self, current: int | None) -> str:
        """The counter a find bar shows: `3/14`, `0/0`, or the error."""
        if self.error is not None:
            return self.error
        total = f"{len(self)}+" if self.too_many else str(len(self))
        shown = 0 if current is None or not len(self) else current + 1
        return f"{shown}/{total}"


def _annotation_hits(
    text: ArticleText, found: Callable[[str], bool], results: FindResults
) -> tuple[frozenset[int], frozenset[int]]:
    """Quotes and statistics a match touches: in their anchored span or their own words
    (`found` says whether a text of theirs holds a match)."""
    article = text.article

    def anchored(anchor: Anchor | None) -> bool:
        if anchor is None:
            return False
        key = TextKey("paragraph", anchor.section_index, anchor.paragraph)
        return bool(results.spans_in(key, anchor.start, anchor.end))

    def holds(own: str | None) -> bool:
        return own is not None and found(own)

    quotes = frozenset(
        i
        for i, quote in enumerate(article.quotes)
        if anchored(quote.anchor) or holds(quote.text) or holds(quote.speaker)
    )
    statistics = frozenset(
        i
        for i, stat in enumerate(article.statistics)
        if anchored(stat.anchor) or holds(stat.label) or holds(stat.text)
    )
    return quotes, statistics


def _overlaps(needle: str) -> bool:
    """Whether two occurrences of `needle` can overlap ("aa" in "aaa"): a start of it is
    also an end of it."""
    return any(needle.endswith(needle[:size]) for size in range(1, len(needle)))


def regex_budget(characters: int) -> float:
    """CPU seconds a regular expression may spend on an article of `characters`."""
    return REGEX_BUDGET + REGEX_BUDGET_PER_MILLION_CHARACTERS * characters / 1_000_000


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
