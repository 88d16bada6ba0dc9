"""Find where an annotation's words stand in the article text.

Both sides are normalised the same way (`textnorm.normalise`) and compared exactly and
case-sensitively. Each paragraph is normalised once; all of them are joined with a newline
(which normalised text never holds, so no match can span two paragraphs) and each lookup is
one `str.find` over that string or the slice of it that holds the named section.
Offsets are mapped back to the original paragraph string only for paragraphs where something
was found.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from pressreader.model import Anchor, Section
from pressreader.textnorm import WHITESPACE_CHANGE, normalise

_SEPARATOR = "\n"


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
            self._norm_positions.append(match.start() - shift)
            shift += match.end() - match.start() - 1
            self._shifts.append(shift)

    def original(self, offset: int) -> int:
        """Original offset of the normalised character at `offset` (not inside a run)."""
        runs_before = bisect.bisect_left(self._norm_positions, offset)
        return offset + (self._shifts[runs_before - 1] if runs_before else 0)


class TextIndex:
    """The normalised text of an article's sections, ready for many lookups."""

    def __init__(self, sections: Sequence[Section]) -> None:
        self._sections = sections
        self._owners: list[tuple[int, int]] = []  # (section index, paragraph index)
        self._starts: list[int] = []  # offset of each paragraph in the joined text
        self._originals: list[str] = []
        self._section_spans: list[tuple[int, int]] = []  # joined-text span of each section
        normalised: list[str] = []
        offset = 0
        for section_index, section in enumerate(sections):
            span_start = offset
            for paragraph_index, paragraph in enumerate(section.paragraphs):
                norm = normalise(paragraph)
                self._owners.append((section_index, paragraph_index))
                self._starts.append(offset)
                self._originals.append(paragraph)
                normalised.append(norm)
                offset += len(norm) + len(_SEPARATOR)
            self._section_spans.append((span_start, max(span_start, offset - len(_SEPARATOR))))
        self._normalised = normalised
        self._joined = _SEPARATOR.join(normalised)
        self._maps: dict[int, _OffsetMap] = {}
        self._cache: dict[tuple[str, int | None], Anchor | None] = {}

    def _span(self, section_index: int | None) -> tuple[int, int]:
        if section_index is None:
            return 0, len(self._joined)
        return self._section_spans[section_index]

    @staticmethod
    def needle(text: str) -> str:
        """The normalised form of an annotation's text, as it is looked up."""
        return normalise(text).strip(" ")

    def locate(self, text: str, section_index: int | None = None) -> Anchor | None:
        """Where `text` first stands (in the whole article, or in one section), or None."""
        key = (text, section_index)
        if key in self._cache:
            return self._cache[key]
        anchor = self._locate(self.needle(text), section_index)
        self._cache[key] = anchor
        return anchor

    def _locate(self, needle: str, section_index: int | None) -> Anchor | None:
        if not needle or _SEPARATOR in needle:
            return None
        low, high = self._span(section_index)
        found = self._joined.find(needle, low, high)
        if found < 0:
            return None
        global_index = bisect.bisect_right(self._starts, found) - 1
        local_start = found - self._starts[global_index]
        local_end = local_start + len(needle)
        offsets = self._maps.get(global_index)
        if offsets is None:
            offsets = self._maps[global_index] = _OffsetMap(self._originals[global_index])
        # The needle neither starts nor ends with white space, so its first and last
        # characters are never inside a run that normalisation shortened.
        start = offsets.original(local_start)
        end = offsets.original(local_end - 1) + 1
        section, paragraph = self._owners[global_index]
        return Anchor(section, self._sections[section].id, paragraph, start, end)

    def why_not_found(self, text: str, section_index: int | None = None) -> str:
        """A hint for a lookup that failed: where the words do stand, if anywhere."""
        needle = self.needle(text)
        if not needle:
            return "the text is empty"
        if section_index is not None:
            elsewhere = self._locate(needle, None)
            if elsewhere is not None:
                return f"it stands in section `{elsewhere.section_id}`, not in the one named"
        low, high = self._span(section_index)
        scope = self._normalised_scope(low, high)
        if needle in scope.replace(_SEPARATOR, " "):
            return "it spans two paragraphs; an annotation must lie within one paragraph"
        if needle.casefold() in scope.casefold():
            return "it differs only in letter case; matching is case-sensitive"
        return "expected the exact words of the article (quotes, dashes and spacing may differ)"

    def _normalised_scope(self, low: int, high: int) -> str:
        return self._joined[low:high]
