"""An article's texts joined by a separator, kept as pieces rather than one string.

The find bar searches the whole article as if it were one string, but on a 50,000-paragraph
article that string is 50 MB, and making it is one step of about 130 ms, most of it the
kernel giving the process new memory page by page: a key pressed meanwhile waits for it.
Kept as pieces of whole texts (tens of thousands of characters each, made a few at a time
between keys), each with its offset in the whole, the string is never made for literal text,
whose occurrences never cross a separator; a regular expression, which may look across one,
gets the whole string, made when first asked for.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

# Characters counted per `str.count` call in `count_until`: about a millisecond each.
COUNT_PIECE = 1 << 19


class JoinedText:
    """Pieces that, joined by `separator`, make one text: offsets are the whole text's.

    Every question here is about a needle that holds no separator (a literal query's text,
    whose line breaks are folded to spaces), so no occurrence crosses two pieces.
    """

    __slots__ = ("_parts", "_whole", "separator", "size")

    def __init__(self, pieces: list[str], separator: str) -> None:
        self.separator = separator
        starts: list[int] = []
        at = 0
        for piece in pieces:
            starts.append(at)
            at += len(piece) + len(separator)
        # The pieces and their offsets in one attribute, read once by each question: a
        # regular expression's thread may make the text whole meanwhile (`whole`).
        self._parts = (pieces, starts)
        self.size = max(0, at - len(separator))
        self._whole: str | None = None

    def __len__(self) -> int:
        return self.size

    @property
    def pieces(self) -> list[str]:
        return self._parts[0]

    @property
    def whole(self) -> str:
        """The one string, made once; the pieces are then that string alone."""
        whole = self._whole
        if whole is None:
            whole = self._whole = self.separator.join(self._parts[0])
            self._parts = ([whole], [0])
        return whole

    @staticmethod
    def _piece(starts: list[int], offset: int) -> int:
        """The piece holding `offset` (or the separator after it)."""
        return max(0, bisect_right(starts, offset) - 1)

    def find(self, needle: str, start: int = 0) -> int:
        """Where the first occurrence at or after `start` begins, or -1."""
        pieces, starts = self._parts
        for i in range(self._piece(starts, start), len(pieces)):
            at = pieces[i].find(needle, max(0, start - starts[i]))
            if at >= 0:
                return starts[i] + at
        return -1

    def startswith(self, needle: str, at: int) -> bool:
        pieces, starts = self._parts
        i = self._piece(starts, at)
        return pieces[i].startswith(needle, at - starts[i])

    def count_until(self, needle: str, start: int, end: int, most: int) -> int:
        """`count_until` over the stretch `[start, end)` of the whole text."""
        count = 0
        pieces, starts = self._parts
        for i in range(self._piece(starts, start), len(pieces)):
            base = starts[i]
            if base >= end:
                break
            low, high = max(0, start - base), min(len(pieces[i]), end - base)
            if low < high:
                count += count_until(pieces[i], needle, low, high, most - count)
                if count > most:
                    break
        return count

    def starts_of(self, pattern: re.Pattern[str]) -> Iterator[int]:
        """Where each match of `pattern` (a literal needle) begins, in order."""
        pieces, starts = self._parts
        for base, piece in zip(starts, pieces, strict=True):
            for match in pattern.finditer(piece):
                yield base + match.start()

    def ends_of(self, pattern: re.Pattern[str]) -> Iterator[int]:
        """Where each match of `pattern` (a literal needle) ends, in order."""
        pieces, starts = self._parts
        for base, piece in zip(starts, pieces, strict=True):
            for match in pattern.finditer(piece):
                yield base + match.end()


def count_until(text: str, needle: str, start: int, end: int, most: int) -> int:
    """Occurrences of `needle` (which cannot overlap itself) in `text[start:end]`, counted a
    piece at a time and no further than the first past `most`: the exact count when it is
    at most `most`, else a number above it.

    A typed letter in an article of tens of megabytes has millions of occurrences; the find
    bar shows `100000+` past its limit, so counting them all (a 25 MB scan, 30-70 ms) only
    delays that answer. Each piece after the first starts `len(needle) - 1` characters
    before the previous one ended, so an occurrence across the seam lies whole in exactly
    one of them (two occurrences cannot share a character).
    """
    step = len(needle) - 1
    piece = max(COUNT_PIECE, 2 * len(needle))  # each piece moves on past the seam
    count = 0
    at = start
    while at < end:
        stop = min(end, at + piece)
        count += text.count(needle, at, stop)
        if count > most or stop == end:
            break
        at = stop - step
    return count
