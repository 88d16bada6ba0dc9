"""Find where an annotation's words stand in the article text.

Both sides are normalised the same way (`textnorm.normalise`) and compared exactly and
case-sensitively. The article is normalised in batches of paragraphs and held as one string
besides the paragraphs themselves (no other copy of the text: see FORMAT.md's memory bound).
Its paragraphs are joined with a NUL character (not white space, so no run of spaces crosses
it, and never part of an annotation's text, so no match spans two paragraphs), and each
lookup is one `str.find` over that string, or over the slice of it that holds the named
section. Offsets are mapped back to the original paragraph string only for paragraphs where
something was found.

Which occurrence: a lookup in a *stream* (the loader uses one for quotes and one for
statistics) starts where the stream's previous annotation was found and wraps around to the
start of the scope. Annotations listed in reading order therefore each take the next
occurrence, and a whole list in reading order costs about one pass over the text. An
annotation with `occurrence: N` takes the Nth place its words stand (`nth`), outside the
stream: it neither depends on nor moves where the stream stands.
"""

from __future__ import annotations

import bisect
import itertools
from array import array
from collections.abc import Iterator, Sequence

from pressreader.model import Anchor, Section
from pressreader.text.sanitize import escape_line
from pressreader.text.textnorm import WHITESPACE_CHANGE, collapse_spaces, normalise

_SEPARATOR = "\x00"
# Characters scanned by `str.find` allowed per character of text (plus a floor) before the
# index gives up: far more than any real article needs, and it bounds a hostile file with
# tens of thousands of annotations in shuffled order.
_WORK_PER_CHAR = 2000
_WORK_FLOOR = 50_000_000
# Occurrences an index may step through for `occurrence` keys: a floor plus one per this
# many characters of text (an article names the 3rd or 12th occurrence of a phrase, not the
# millionth).
_STEPS_FLOOR = 100_000
_CHARS_PER_STEP = 64
# Characters of paragraphs normalised in one pass while the index is built.
_BATCH = 1 << 16
# Characters of the text read at a time to build what a failed lookup's hint searches.
_WINDOW = 1 << 20


def _batches(paragraphs: list[str]) -> Iterator[list[str]]:
    """The paragraphs in runs of about `_BATCH` characters."""
    batch: list[str] = []
    size = 0
    for text in paragraphs:
        batch.append(text)
        size += len(text) + 1
        if size >= _BATCH:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _normalised(batch: list[str]) -> list[str]:
    """Each paragraph normalised, with NUL characters read as spaces."""
    # One pass over a batch is far cheaper than one per tiny paragraph; the joined batch is
    # the only copy made when nothing changes, and it is dropped straight away.
    raw = _SEPARATOR.join(batch)
    chunk = normalise(raw)
    if raw.count(_SEPARATOR) == len(batch) - 1:
        if chunk is raw:
            return batch  # nothing changed: the paragraphs themselves
        # No run crosses a NUL (it is not white space), so the pieces are the paragraphs'
        # normalised forms.
        return chunk.split(_SEPARATOR)
    del raw, chunk
    parts = [normalise(text) for text in batch]
    return [part.replace(_SEPARATOR, " ") if _SEPARATOR in part else part for part in parts]


def _known_parts(
    sections: Sequence[Section], normalised: tuple[Sequence[str], Sequence[str]] | None
) -> list[str] | None:
    """The normalised paragraphs a caller gives (`normalised`: some paragraphs and each one's
    `normalise`), when those are the sections' paragraphs, in order, and none holds a NUL
    (which `_normalised` reads as a space); else None (they are normalised here)."""
    if normalised is None:
        return None
    paragraphs, parts = normalised
    if len(parts) != len(paragraphs):
        return None
    ours = [paragraph for section in sections for paragraph in section.paragraphs]
    if ours != paragraphs or any(_SEPARATOR in part for part in parts):
        return None
    return list(parts)


def _next(start: int, length: int) -> int:
    return start + length + 1


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


class TextIndex:
    """The normalised text of an article's sections, ready for many lookups."""

    def __init__(
        self,
        sections: Sequence[Section],
        normalised: tuple[Sequence[str], Sequence[str]] | None = None,
    ) -> None:
        """`normalised`: paragraphs and their normalised forms the caller has made already
        (the importer's check of the article it wrote); used when they are the sections'
        paragraphs, in order."""
        self._sections = sections
        # Memory: the paragraphs themselves are the only other copy of the text. Each is
        # normalised on its own (`normalise` hands back the same string when nothing changes,
        # and no run crosses a paragraph break), and the pieces are joined in one allocation.
        self._firsts: list[int] = []  # global index of each section's first paragraph
        parts: list[str] = [""]  # the empty ends put a separator before and after the text
        known = _known_parts(sections, normalised)
        count = 0
        for section in sections:
            self._firsts.append(count)
            count += len(section.paragraphs)
            if known is None:
                for batch in _batches(section.paragraphs):
                    parts.extend(_normalised(batch))
        if known is not None:
            parts.extend(known)
            del known
        parts.append("")
        # Paragraph i starts after i + 1 separators and the paragraphs before it; the last
        # entry is where paragraph n would start, the length of the joined text.
        self._starts = array("q", itertools.accumulate(map(len, parts[1:-1]), _next, initial=1))
        self._joined = _SEPARATOR.join(parts)
        del parts
        self._section_spans: list[tuple[int, int]] = []
        for first, section in zip(self._firsts, sections, strict=True):
            if not section.paragraphs:
                self._section_spans.append((0, 0))
                continue
            after = first + len(section.paragraphs)
            self._section_spans.append((self._starts[first], self._starts[after] - 1))
        self._maps: dict[int, _OffsetMap] = {}
        self._cursors: dict[str, int] = {}
        # Whether the last `locate` in a stream found its words where that stream's previous
        # annotation was found (two annotations at one place: `check` warns when the words
        # stand elsewhere too, since list order never reaches those places from there).
        self.found_where_previous = False
        self._last = ("", 0, 0, 0)
        self._work_left = max(_WORK_FLOOR, _WORK_PER_CHAR * len(self._joined))
        self.exhausted = False
        # Occurrences stepped through for `occurrence` keys (each step is a Python loop turn,
        # not a C scan, so they have their own allowance, linear in the text).
        self._steps_left = _STEPS_FLOOR + len(self._joined) // _CHARS_PER_STEP
        self._whole: tuple[bytearray, bytearray] | None = None  # for hints, built on demand

    def _hint_texts(self, low: int, high: int) -> tuple[bytearray, bytearray]:
        """The scope with paragraph breaks read as spaces, and the scope case-folded."""
        # Built window by window, so that no whole copy of the text is made as a string (at up
        # to 4 bytes a character): held as UTF-8, about the size of the file. A search in
        # UTF-8 finds exactly what it finds in the string, as no character's bytes appear
        # inside another's.
        flat, folded = bytearray(), bytearray()
        ends_with_space = False
        for start in range(low, high, _WINDOW):
            window = self._joined[start : min(start + _WINDOW, high)]
            # The text is normalised already: only the breaks make new runs of spaces.
            piece = collapse_spaces(window.replace(_SEPARATOR, " "))
            if ends_with_space and piece.startswith(" "):
                piece = piece[1:]  # the run began in the window before
            if piece:
                ends_with_space = piece.endswith(" ")
            flat += piece.encode("utf-8", "surrogatepass")
            del piece
            folded += window.casefold().encode("utf-8", "surrogatepass")
        return flat, folded

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
        previous = self._cursors.get(stream) if stream is not None else None
        self.found_where_previous = False
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
            self.found_where_previous = found == previous
            self._last = (needle, found, low, high)
        return self._anchor(found, len(needle))

    def found_elsewhere_too(self) -> bool:
        """Whether the words the last `locate` in a stream found stand at another place of its
        scope too. At most two scans of the scope, outside the allowance (asked a few times
        per article: see `check`'s warning of two annotations at one place)."""
        needle, found, low, high = self._last
        return (
            self._joined.find(needle, found + 1, high) >= 0
            or self._joined.find(needle, low, max(low, found + len(needle) - 1)) >= 0
        )

    def occurrences(self, text: str, section_index: int | None = None) -> Iterator[Anchor]:
        """Every place `text` stands (in the whole article, or in one section) in reading
        order; places may overlap (`aa` stands twice in `aaa`). Stops early, setting
        `exhausted`, past the index's allowance of work."""
        needle = self.needle(text)
        if not needle or _SEPARATOR in needle or self.exhausted:
            return
        low, high = self._span(section_index)
        at = low
        while True:
            self._steps_left -= 1
            if self._steps_left < 0:
                self.exhausted = True
            found = -1 if self.exhausted else self._find(needle, at, high)
            if found < 0 or self.exhausted:
                return
            yield self._anchor(found, len(needle))
            at = found + 1

    def nth(self, text: str, number: int, section_index: int | None = None) -> Anchor | None:
        """The `number`th (1-based) place `text` stands, or None. Unlike `locate` in a stream,
        it neither depends on nor moves where the stream stands."""
        if number < 1:
            return None
        needle = self.needle(text)
        if not needle or _SEPARATOR in needle or self.exhausted:
            return None
        low, high = self._span(section_index)
        at, found = low, -1
        for _ in range(number):
            self._steps_left -= 1
            if self._steps_left < 0:
                self.exhausted = True
            found = -1 if self.exhausted else self._find(needle, at, high)
            if found < 0 or self.exhausted:
                return None
            at = found + 1
        return self._anchor(found, len(needle))

    def count(self, text: str, section_index: int | None = None) -> int:
        """How many places `text` stands (overlapping ones too), within the allowance."""
        needle = self.needle(text)
        if not needle or _SEPARATOR in needle or self.exhausted:
            return 0
        low, high = self._span(section_index)
        at, total = low, 0
        while not self.exhausted:
            self._steps_left -= 1
            if self._steps_left < 0:
                self.exhausted = True
                break
            found = self._find(needle, at, high)
            if found < 0:
                break
            total += 1
            at = found + 1
        return total

    def _anchor(self, found: int, length: int) -> Anchor:
        global_index = bisect.bisect_right(self._starts, found) - 1
        local_start = found - self._starts[global_index]
        local_end = local_start + length
        section, paragraph = self._owner(global_index)
        original = self._sections[section].paragraphs[paragraph]
        if len(original) == self._starts[global_index + 1] - 1 - self._starts[global_index]:
            start, end = local_start, local_end  # no run was shortened: offsets agree
        else:
            offsets = self._maps.get(global_index)
            if offsets is None:
                offsets = self._maps[global_index] = _OffsetMap(original)
            # The needle neither starts nor ends with white space, so its first and last
            # characters are never inside a run that normalisation shortened.
            start = offsets.original(local_start)
            end = offsets.original(local_end - 1) + 1
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
                # An id is the file's words: control characters are escaped, as in every message.
                elsewhere = escape_line(self._sections[owner].id)
                return f"it stands in section `{elsewhere}`, not in the one named"
        low, high = self._span(section_index)
        self._work_left -= 2 * (high - low)
        if self._work_left < 0:
            self.exhausted = True
        if section_index is None:
            if self._whole is None:
                self._whole = self._hint_texts(low, high)
            flat, folded = self._whole
        else:
            flat, folded = self._hint_texts(low, high)
        # With paragraph breaks read as spaces, a match spans two paragraphs.
        if needle.encode("utf-8", "surrogatepass") in flat:
            return "it spans two paragraphs; an annotation must lie within one paragraph"
        if needle.casefold().encode("utf-8", "surrogatepass") in folded:
            return "it differs only in letter case; matching is case-sensitive"
        return "expected the exact words of the article (quotes, dashes and spacing may differ)"
