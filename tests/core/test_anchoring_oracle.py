"""The text index finds exactly the spans the earlier, copy-heavy algorithm found.

`OldIndex` is the index as it stood before it was reworked to save memory (one normalised
copy per section, then a split, a join and two concatenations): the oracle. Random articles
mix typographic quotes, runs of white space, NUL characters, CJK and emoji, in paragraphs
short and long (the two paths of `normalise`), across the edges of the batches the index is
built in and of the windows a failure's hint reads.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from pressreader.format import anchoring
from pressreader.format.anchoring import TextIndex
from pressreader.model import Anchor, Section
from pressreader.text.textnorm import WHITESPACE_CHANGE, normalise
from tests.strategies import joined

_SEPARATOR = "\x00"
_WORK_PER_CHAR = 2000
_WORK_FLOOR = 50_000_000


class _OffsetMap:
    """Maps offsets in a normalised paragraph back to its original string."""

    __slots__ = ("_norm_positions", "_shifts")

    def __init__(self, original: str) -> None:
        # Only white-space runs change length (to one space); record where each run stands in
        # the normalised text and how far the original has moved ahead after it.
        self._norm_positions: list[int] = []
        self._shifts: list[int] = []
        shift = 0
        for match in WHITESPACE_CHANGE.finditer(original):
            length = match.end() - match.start()
            if length > 1:
                self._norm_positions.append(match.start() - shift)
                shift += length - 1
                self._shifts.append(shift)

    def original(self, offset: int) -> int:
        """Original offset of the normalised character at `offset` (not inside a run)."""
        runs_before = bisect.bisect_left(self._norm_positions, offset)
        return offset + (self._shifts[runs_before - 1] if runs_before else 0)


class OldIndex:
    """The index before its rework (the oracle)."""

    def __init__(self, sections: Sequence[Section]) -> None:
        self._sections = sections
        self._originals: list[str] = []
        self._firsts: list[int] = []  # global index of each section's first paragraph
        for section in sections:
            self._firsts.append(len(self._originals))
            self._originals.extend(section.paragraphs)
        # Section by section: the pieces stay small enough for the processor's caches.
        chunks: list[str] = []
        self._lengths: list[int] = []
        for section in sections:
            if not section.paragraphs:
                continue
            raw = _SEPARATOR.join(section.paragraphs)
            chunk = normalise(raw)
            if len(chunk) == len(raw) and raw.count(_SEPARATOR) == len(section.paragraphs) - 1:
                # No run was collapsed: every paragraph kept its length.
                self._lengths.extend(map(len, section.paragraphs))
                chunks.append(chunk)
                continue
            parts = chunk.split(_SEPARATOR)
            if len(parts) != len(section.paragraphs):
                # A paragraph holds a NUL itself: normalise paragraph by paragraph instead.
                parts = [normalise(text).replace(_SEPARATOR, " ") for text in section.paragraphs]
                chunk = _SEPARATOR.join(parts)
            chunks.append(chunk)
            self._lengths.extend(map(len, parts))
        self._joined = _SEPARATOR + _SEPARATOR.join(chunks) + _SEPARATOR
        # Paragraph i starts after i + 1 separators and the paragraphs before it.
        self._starts = list(itertools.accumulate(map((1).__add__, self._lengths), initial=1))
        self._starts.pop()
        self._section_spans: list[tuple[int, int]] = []
        for first, section in zip(self._firsts, sections, strict=True):
            if not section.paragraphs:
                self._section_spans.append((0, 0))
                continue
            last = first + len(section.paragraphs) - 1
            self._section_spans.append(
                (self._starts[first], self._starts[last] + self._lengths[last])
            )
        self._maps: dict[int, _OffsetMap] = {}
        self._cursors: dict[str, int] = {}
        self._work_left = max(_WORK_FLOOR, _WORK_PER_CHAR * len(self._joined))
        self.exhausted = False
        self._flat: str | None = None
        self._folded: str | None = None

    def _span(self, section_index: int | None) -> tuple[int, int]:
        if section_index is None:
            return 0, len(self._joined)
        return self._section_spans[section_index]

    @staticmethod
    def needle(text: str) -> str:
        """The normalised form of an annotation's text, as it is looked up."""
        return normalise(text).strip(" ")

    def _find(self, needle: str, low: int, high: int) -> int:
        found = self._joined.find(needle, low, high)
        self._work_left -= (found - low if found >= 0 else high - low) + len(needle)
        if self._work_left < 0:
            self.exhausted = True
        return found

    def locate(
        self, text: str, section_index: int | None = None, stream: str | None = None
    ) -> Anchor | None:
        """Where `text` stands (in the whole article, or in one section), or None.

        Without a stream, the first occurrence; with one, the first at or after the stream's
        previous match, wrapping around (see the module's documentation).
        """
        needle = self.needle(text)
        if not needle or _SEPARATOR in needle or self.exhausted:
            return None
        low, high = self._span(section_index)
        cursor = self._cursors.get(stream, low) if stream is not None else low
        found = -1
        if low < cursor < high:
            found = self._find(needle, cursor, high)
            if found < 0:
                found = self._find(needle, low, min(high, cursor + len(needle)))
        else:
            found = self._find(needle, low, high)
        if found < 0 or self.exhausted:
            return None
        if stream is not None:
            self._cursors[stream] = found
        return self._anchor(found, len(needle))

    def _anchor(self, found: int, length: int) -> Anchor:
        global_index = bisect.bisect_right(self._starts, found) - 1
        local_start = found - self._starts[global_index]
        local_end = local_start + length
        original = self._originals[global_index]
        if len(original) == self._lengths[global_index]:
            start, end = local_start, local_end  # no run was shortened: offsets agree
        else:
            offsets = self._maps.get(global_index)
            if offsets is None:
                offsets = self._maps[global_index] = _OffsetMap(original)
            # The needle neither starts nor ends with white space, so its first and last
            # characters are never inside a run that normalisation shortened.
            start = offsets.original(local_start)
            end = offsets.original(local_end - 1) + 1
        section, paragraph = self._owner(global_index)
        return Anchor(section, self._sections[section].id, paragraph, start, end)

    def _owner(self, global_index: int) -> tuple[int, int]:
        """(section index, paragraph index) of the article's paragraph number `global_index`."""
        # Empty sections share their first index with the next one; bisect_right skips them.
        section = bisect.bisect_right(self._firsts, global_index) - 1
        return section, global_index - self._firsts[section]

    def why_not_found(self, text: str, section_index: int | None = None) -> str:
        """A hint for a lookup that failed: where the words do stand, if anywhere."""
        needle = self.needle(text)
        if not needle:
            return "the text is empty"
        if self.exhausted:
            return "not looked up: too many annotations to check"
        if section_index is not None:
            found = self._find(needle, 0, len(self._joined))
            if found >= 0:
                owner = self._owner(bisect.bisect_right(self._starts, found) - 1)[0]
                elsewhere = self._sections[owner].id
                return f"it stands in section `{elsewhere}`, not in the one named"
        low, high = self._span(section_index)
        if section_index is None:
            if self._flat is None:
                self._flat = normalise(self._joined.replace(_SEPARATOR, " "))
                self._folded = self._joined.casefold()
            flat, folded = self._flat, self._folded or ""
        else:
            scope = self._joined[low:high]
            flat, folded = normalise(scope.replace(_SEPARATOR, " ")), scope.casefold()
        self._work_left -= len(flat) + len(folded)
        if self._work_left < 0:
            self.exhausted = True
        # With paragraph breaks read as spaces, a match spans two paragraphs.
        if needle in flat:
            return "it spans two paragraphs; an annotation must lie within one paragraph"
        if needle.casefold() in folded:
            return "it differs only in letter case; matching is case-sensitive"
        return "expected the exact words of the article (quotes, dashes and spacing may differ)"


_PIECES = [*"abB c.ß\t\n\u3000\xa0\x00“”„«»‘’‚–—\"'-x中文🙂😀", "  ", "他说", "we said", "   \n "]
_PARAGRAPH = joined(_PIECES, max_size=40) | joined(
    _PIECES, min_size=60, max_size=150
)  # past 200 characters now and then: the long path of `normalise`
_ARTICLE = st.lists(st.lists(_PARAGRAPH, max_size=5), max_size=4)


@st.composite
def _lookups(draw: st.DrawFn, article: list[list[str]]) -> list[tuple[str, int | None, str | None]]:
    paragraphs = [text for section in article for text in section]
    lookups = []
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["within", "across", "any"]))
        if paragraphs and kind == "within":
            text = draw(st.sampled_from(paragraphs))
            start = draw(st.integers(0, len(text)))
            needle = text[start : start + draw(st.integers(0, 30))]
        elif len(paragraphs) > 1 and kind == "across":
            # The end of one paragraph and the start of the next: a "spans two paragraphs"
            # hint, or a letter-case one when the case is changed too.
            number = draw(st.integers(0, len(paragraphs) - 2))
            before, after = paragraphs[number], paragraphs[number + 1]
            needle = (
                before[len(before) - draw(st.integers(0, 12)) :]
                + draw(st.sampled_from(["", " "]))
                + after[: draw(st.integers(0, 12))]
            )
            if draw(st.booleans()):
                needle = needle.upper()
        else:
            needle = draw(joined(_PIECES, max_size=6))
        scope = draw(st.none() | st.integers(0, max(len(article) - 1, 0))) if article else None
        stream = draw(st.sampled_from([None, "quote", "statistic"]))
        lookups.append((needle, scope, stream))
    return lookups


@settings(max_examples=200, derandomize=True, deadline=None)
@given(st.data(), _ARTICLE, st.sampled_from([1, 7, 50, 1 << 16]), st.sampled_from([1, 5, 1 << 20]))
def test_new_index_finds_what_the_old_one_found(
    data: st.DataObject, article: list[list[str]], batch: int, window: int
) -> None:
    sections = [Section(f"s{n}", None, list(texts)) for n, texts in enumerate(article)]
    lookups = data.draw(_lookups(article))
    old = OldIndex(sections)
    saved = anchoring._BATCH, anchoring._WINDOW
    # Small batches and windows: many of their edges in a small article.
    anchoring._BATCH, anchoring._WINDOW = batch, window
    try:
        new = TextIndex(sections)
        for needle, scope, stream in lookups:
            assert new.locate(needle, scope, stream) == old.locate(needle, scope, stream)
            assert new.why_not_found(needle, scope) == old.why_not_found(needle, scope)
    finally:
        anchoring._BATCH, anchoring._WINDOW = saved
