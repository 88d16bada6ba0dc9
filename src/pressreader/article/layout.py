"""Lay an article out as display lines for a given width, measured in terminal cells.

An article becomes a list of blocks (title, subtitle, metadata line, headings, paragraphs,
blank lines). Wrapping a block gives spans of its ORIGINAL string, so a search match or an
annotation anchor (offsets into the original paragraph) maps straight onto display lines.
Control characters are escaped only when a line is drawn; the wrapper counts each one as
the width of its visible escape (`\\x1b` is four cells), so lines still fit.

Wrapping is greedy: Latin text breaks at spaces, Chinese and Japanese text anywhere
(except before closing punctuation), a word longer than the line is cut, and a combining
mark or emoji sequence always stays with its base character. Text made only of narrow
characters (most Western text) takes a fast path based on `str.rfind`; text whose
characters are one or two cells wide and stand alone (Chinese, Japanese) one based on
prefix sums and `bisect`; anything else goes grapheme by grapheme. A 2 MB article wraps in
a few tens of milliseconds, and lazily: `WrappedLayout` wraps blocks as they are asked
for, so the first screen never waits for the whole article. Layouts are cached per width.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from typing import Literal, NamedTuple

from rich.cells import cell_len, get_character_cell_size, split_graphemes

from pressreader.model import Anchor, Article
from pressreader.text import metrics
from pressreader.text.sanitize import CONTROL_CHARS, escape_char

BlockKind = Literal["title", "subtitle", "meta", "heading", "paragraph", "blank"]

MIN_WIDTH = 1

# Each unsafe character is drawn as its visible escape (see sanitize.escape_controls).
_CONTROLS = CONTROL_CHARS
# ASCII that is not a plain printable character or space.
_ASCII_SPECIAL = re.compile("[\x00-\x1f\x7f]")


# Printable Latin, Greek, Cyrillic and general punctuation: one cell each (a test checks
# every one against Rich's measure; asking Rich for each here cost ~1.5 ms of every start).
NARROW_RANGES = ((0x20, 0x7E), (0xA0, 0x2FF), (0x370, 0x482), (0x2010, 0x2027), (0x2030, 0x205E))


def _narrow_set() -> frozenset[str]:
    """Characters that are exactly one cell wide and never join their neighbours."""
    chars = frozenset(chr(code) for lo, hi in NARROW_RANGES for code in range(lo, hi + 1))
    return chars - {"\u00ad"}  # the soft hyphen shows only where a line breaks


_NARROW = _narrow_set()
# Characters that join or change their neighbours: text holding one is measured by grapheme.
_JOINERS = frozenset("\u200d\ufe0e\ufe0f")
# Cell widths of the characters seen so far outside the narrow set.
_WIDTHS: dict[str, int] = {}
# A line should not start with these (Chinese and Japanese line-breaking rules, simplified).
_NO_LINE_START = frozenset("、。，．,.：；:;！？!?）)」』】〕〉》”’…ー々〜・")
# ... nor end with these.
_NO_LINE_END = frozenset("“‘（(「『【〔〈《")


class Block(NamedTuple):
    """One unit of the layout; `text` is the original string (never pre-escaped).

    A named tuple: a long article has ten thousand blocks, made at every open.
    """

    kind: BlockKind
    section: int = -1  # -1 before the first section
    paragraph: int = -1  # -1 unless kind is "paragraph"
    text: str = ""


class DisplayLine(NamedTuple):
    """One line on screen: which block, and the span of the block's original string.

    A named tuple: one is made for every line drawn or looked up.
    """

    block: int
    kind: BlockKind
    section: int
    paragraph: int
    start: int
    end: int


def metadata_line(
    article: Article, minutes: int | None = None, *, reading_time: bool = True
) -> str:
    """`outlet · date · dateline · authors · N min read`, leaving out what is missing.

    The reading time is `minutes` when given, else counted now (unless `reading_time` is
    False: counting the words of a long article takes a while).
    """
    parts: list[str] = []
    if article.outlet:
        parts.append(article.outlet)
    if article.published is not None:
        parts.append(article.published.strftime("%-d %B %Y"))
    if article.dateline:
        parts.append(article.dateline)
    if article.authors:
        parts.append(", ".join(article.authors))
    if reading_time:
        if minutes is None:
            minutes = metrics.reading_minutes(metrics.article_words(article))
        parts.append(metrics.format_reading_time(minutes))
    # A no-break space before each dot keeps it on the line of the item it follows.
    return "\u00a0· ".join(parts)


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy wrap of `text` into spans `(start, end)` no wider than `width` cells.

    The spaces where a line breaks belong to no line. An empty text gives one empty line.
    """
    width = max(MIN_WIDTH, width)
    if text.isascii() and _ASCII_SPECIAL.search(text) is None:
        return _wrap_narrow(text, width)  # the common case, checked at C speed
    flat = flatten_breaks(text)
    if _NARROW.issuperset(flat):
        return _wrap_narrow(flat, width)
    wide = _simple_wide(flat)
    if wide is not None:
        return _wrap_simple(flat, width, wide)
    return _wrap_cells(flat, width)


def _simple_wide(text: str) -> frozenset[str] | None:
    """The wide characters of `text` when all the others are narrow, else None.

    Such text (Chinese or Japanese mixed with Latin, say) has one cell or two per character
    and nothing that joins characters, so it can be wrapped without splitting graphemes.
    """
    others = set(text).difference(_NARROW)
    for ch in others:
        width = _WIDTHS.get(ch)
        if width is None:
            width = _WIDTHS[ch] = get_character_cell_size(ch) if ch not in _JOINERS else 0
        if width != 2:
            return None
    return frozenset(others)


def _wrap_simple(text: str, width: int, wide: frozenset[str]) -> list[tuple[int, int]]:
    """`_wrap_cells` for text whose characters are one or two cells wide and stand alone.

    Same rules and same result, found with prefix sums of the widths and `bisect`
    instead of a step per character.
    """
    n = len(text)
    cum = list(accumulate([2 if ch in wide else 1 for ch in text], initial=0))
    lines: list[tuple[int, int]] = []

    def trimmed(end: int) -> int:
        while end > 0 and text[end - 1] == " ":
            end -= 1
        return end

    i = 0
    while i < n and text[i] == " ":
        i += 1
    while i < n:
        j = bisect_right(cum, cum[i] + width, i, n + 1) - 1  # chars i..j-1 fit
        if j >= n:
            lines.append((i, trimmed(n)))
            break
        if j == i:  # one character wider than the line
            lines.append((i, i + 1))
            i += 1
        elif text[j] == " ":
            lines.append((i, trimmed(j)))
            i = j + 1
        else:
            # The last place to break at or before j: a space, or beside a wide character.
            k = j
            while k > i:
                ch, prev = text[k], text[k - 1]
                if ch == " ":
                    lines.append((i, trimmed(k)))
                    i = k + 1
                    break
                if (
                    ch not in _NO_LINE_START
                    and prev not in _NO_LINE_END
                    and (ch in wide or prev in wide)
                ):
                    lines.append((i, trimmed(k)))
                    i = k
                    break
                k -= 1
            else:
                lines.append((i, j))  # a word longer than the line: cut it
                i = j
        while i < n and text[i] == " ":
            i += 1
    if not lines:
        return [(n, n)] if text else [(0, 0)]
    return lines


def flatten_breaks(text: str) -> str:
    """`text` with each line break, tab and carriage return as one space (offsets hold).

    `str.replace` runs at C speed; most paragraphs hold none of them and are returned as
    they are."""
    if "\n" in text or "\t" in text or "\r" in text:
        return text.replace("\n", " ").replace("\t", " ").replace("\r", " ")
    return text


def _wrap_narrow(text: str, width: int) -> list[tuple[int, int]]:
    """Wrap text whose every character is one cell wide: width equals length."""
    n = len(text)
    pos = 0
    while pos < n and text[pos] == " ":
        pos += 1
    if pos == n:
        return [(0, 0)] if not text else [(n, n)]
    lines: list[tuple[int, int]] = []
    rfind = text.rfind
    while n - pos > width:
        cut = rfind(" ", pos, pos + width + 1)
        if cut <= pos:
            lines.append((pos, pos + width))  # a word longer than the line: cut it
            pos += width
        else:
            end = cut
            while text[end - 1] == " ":  # runs of spaces: none at the end of a line
                end -= 1
            lines.append((pos, end))
            pos = cut + 1
        while pos < n and text[pos] == " ":
            pos += 1
    if pos < n:
        lines.append((pos, len(text.rstrip(" "))))
    return lines


def _graphemes(text: str) -> list[tuple[int, int, int]]:
    """Grapheme spans with their width in cells; each control character stands alone."""
    spans, _ = split_graphemes(text)
    if _CONTROLS.isdisjoint(text):
        return spans
    fixed: list[tuple[int, int, int]] = []
    for start, end, cells in spans:
        if _CONTROLS.isdisjoint(text[start:end]):
            fixed.append((start, end, cells))
            continue
        # Rich glues a control character to the grapheme before it; it is drawn as its own
        # `\xNN` escape, so it becomes its own item.
        piece = start
        for at in range(start, end):
            if text[at] in _CONTROLS:
                if piece < at:
                    fixed.append((piece, at, cell_len(text[piece:at])))
                fixed.append((at, at + 1, len(escape_char(text[at]))))
                piece = at + 1
        if piece < end:
            fixed.append((piece, end, cell_len(text[piece:end])))
    return fixed


def _wrap_cells(text: str, width: int) -> list[tuple[int, int]]:
    """Wrap any text by grapheme, measuring cells; breaks at spaces and around wide chars."""
    items = _graphemes(text)

    def is_space(k: int) -> bool:
        # A space with a zero-width mark glued to it is not a place to break.
        start, end, _ = items[k]
        return end - start == 1 and text[start] == " "

    lines: list[tuple[int, int]] = []
    count = len(items)
    i = 0
    while i < count and is_space(i):
        i += 1
    while i < count:
        # One line, starting at item i (never a space).
        line_start = items[i][0]
        used = 0
        last_end = line_start  # end of the last non-space item on the line
        brk: tuple[int, int] | None = None  # (line end, index where the next line starts)
        j = i
        while j < count:
            start, end, cells = items[j]
            ch = text[start]
            if ch == " " and end - start == 1:
                brk = (last_end, j + 1)
                if used + cells > width:
                    break  # the space itself does not fit: break here
                used += cells
                j += 1
                continue
            if used and ch not in _NO_LINE_START:
                prev = text[items[j - 1][0]]
                if (cells == 2 or items[j - 1][2] == 2) and prev not in _NO_LINE_END:
                    brk = (last_end, j)  # wide characters may break anywhere
            if used + cells > width:
                break
            used += cells
            last_end = end
            j += 1
        else:
            lines.append((line_start, last_end))
            break
        # The item at j did not fit.
        if is_space(j):
            lines.append((line_start, last_end))
            i = j + 1
        elif brk is not None:
            lines.append((line_start, brk[0]))
            i = brk[1]
        elif used == 0:
            lines.append((line_start, items[j][1]))  # one grapheme wider than the line
            i = j + 1
        else:
            lines.append((line_start, last_end))  # a word longer than the line: cut it
            i = j
        while i < count and is_space(i):
            i += 1
    if not lines:
        return [(len(text), len(text))] if text else [(0, 0)]
    return lines


def line_cells(text: str) -> int:
    """Cells taken by `text` once drawn (control characters as `\\xNN`)."""
    flat = flatten_breaks(text)
    if _CONTROLS.isdisjoint(flat):
        return cell_len(flat)
    # Each unsafe character is drawn as its escape; Rich may count it as 0 or 1 cells.
    shown = "".join(ch for ch in flat if ch not in _CONTROLS)
    return cell_len(shown) + sum(len(escape_char(ch)) for ch in flat if ch in _CONTROLS)


class ArticleLayout:
    """An article as blocks; `wrapped(width)` gives (and caches) its display lines."""

    def __init__(self, article: Article, *, metadata: str | None = None) -> None:
        """`metadata` replaces the computed metadata line (counting words takes a while)."""
        self.article = article
        blocks: list[Block] = [Block("title", text=article.title)]
        if article.subtitle:
            blocks.append(Block("subtitle", text=article.subtitle))
        meta = metadata if metadata is not None else metadata_line(article)
        self.meta_block = len(blocks)
        blocks.append(Block("meta", text=meta))
        section_blocks: list[int] = []
        add = blocks.append
        for s, section in enumerate(article.sections):
            blank = Block("blank", s)  # one per section: a long article has thousands
            add(blank)
            section_blocks.append(len(blocks))
            if section.heading:
                add(Block("heading", s, text=section.heading))
                add(blank)
            for p, paragraph in enumerate(section.paragraphs):
                if p:
                    add(blank)
                add(Block("paragraph", s, p, paragraph))
        add(Block("blank"))
        self.blocks = blocks
        self.section_blocks = section_blocks  # first block (heading or paragraph) per section
        self._index: dict[tuple[str, int, int], int] | None = None
        # Characters in the blocks from each one to the end: estimates the lines not yet
        # wrapped, so the scrollbar is about right while the layout completes.
        remaining = list(accumulate((len(block.text) for block in reversed(blocks)), initial=0))
        remaining.reverse()
        self.chars_from = remaining
        self._cache: dict[int, WrappedLayout] = {}

    def set_metadata(self, text: str) -> None:
        """Replace the metadata line, e.g. once the reading time is known."""
        self.blocks[self.meta_block] = Block("meta", text=text)
        for wrapped in self._cache.values():
            wrapped.rewrap_block(self.meta_block)

    def block_index(self, kind: str, section: int = -1, paragraph: int = -1) -> int | None:
        """The block showing a text (built on first use: opening does not need it)."""
        if self._index is None:
            self._index = {
                (b.kind, b.section, b.paragraph): i
                for i, b in enumerate(self.blocks)
                if b.kind != "blank" and b.kind != "meta"
            }
        return self._index.get((kind, section, paragraph))

    def wrapped(self, width: int) -> WrappedLayout:
        """The display lines at `width` (wrapped lazily: see `WrappedLayout`)."""
        width = max(MIN_WIDTH, width)
        layout = self._cache.get(width)
        if layout is None:
            if len(self._cache) >= 4:
                self._cache.pop(next(iter(self._cache)))
            layout = self._cache[width] = WrappedLayout(self, width)
        return layout


class WrappedLayout:
    """The display lines of an article at one width.

    Blocks are wrapped in order, on demand: asking for a line, a block or a section wraps
    up to it, and `wrap_some` lets a caller finish the rest in small steps while the first
    screen is already shown. Until `complete`, `line_count` is an estimate.
    """

    def __init__(self, layout: ArticleLayout, width: int) -> None:
        self.layout = layout
        self.width = width
        self.spans: list[list[tuple[int, int]]] = []
        self.first_lines: list[int] = []  # display line where each wrapped block starts
        self._lines = 0  # lines of the wrapped blocks
        self._section_starts: list[int] = []

    @property
    def complete(self) -> bool:
        return len(self.spans) == len(self.layout.blocks)

    @property
    def line_count(self) -> int:
        """Display lines: exact once complete, else the lines so far plus an estimate."""
        done = len(self.spans)
        if done == len(self.layout.blocks):
            return self._lines
        rest = len(self.layout.blocks) - done
        chars = self.layout.chars_from[done]
        return self._lines + rest + chars // max(1, self.width - self.width // 8)

    def wrap_some(self, blocks: int) -> bool:
        """Wrap up to `blocks` more blocks; True when the layout is complete."""
        layout = self.layout
        all_blocks = layout.blocks
        stop = min(len(all_blocks), len(self.spans) + blocks)
        section_blocks = layout.section_blocks
        next_section = len(self._section_starts)
        width = self.width
        empty = [(0, 0)]
        total = self._lines
        spans, first_lines = self.spans, self.first_lines
        for b in range(len(spans), stop):
            first_lines.append(total)
            text = all_blocks[b].text
            lines = wrap(text, width) if text else empty
            spans.append(lines)
            total += len(lines)
            if next_section < len(section_blocks) and section_blocks[next_section] == b:
                self._section_starts.append(first_lines[b])
                next_section += 1
        self._lines = total
        return self.complete

    def finish(self) -> None:
        """Wrap every block that is left."""
        self.wrap_some(len(self.layout.blocks))

    def _through_block(self, block: int) -> None:
        if block >= len(self.spans):
            self.wrap_some(block + 1 - len(self.spans))

    def _through_line(self, y: int) -> None:
        while self._lines <= y and not self.complete:
            self.wrap_some(64)

    def rewrap_block(self, block: int) -> None:
        """Wrap one (already wrapped) block again after its text changed."""
        if block >= len(self.spans):
            return
        text = self.layout.blocks[block].text
        lines = wrap(text, self.width) if text else [(0, 0)]
        delta = len(lines) - len(self.spans[block])
        self.spans[block] = lines
        if delta:
            for b in range(block + 1, len(self.first_lines)):
                self.first_lines[b] += delta
            self._section_starts = [s + delta for s in self._section_starts]
            self._lines += delta

    def line(self, y: int) -> DisplayLine:
        """The display line at `y` (clamped to the layout)."""
        self._through_line(y)
        y = min(max(0, y), self._lines - 1)
        b = bisect_right(self.first_lines, y) - 1
        block = self.layout.blocks[b]
        start, end = self.spans[b][y - self.first_lines[b]]
        return DisplayLine(b, block.kind, block.section, block.paragraph, start, end)

    def has_line(self, y: int) -> bool:
        """Whether line `y` exists (wrapping up to it to find out)."""
        self._through_line(y)
        return 0 <= y < self._lines

    def text(self, line: DisplayLine) -> str:
        """The original (unescaped) characters of a display line."""
        return self.layout.blocks[line.block].text[line.start : line.end]

    def line_at(self, block: int, offset: int) -> int:
        """Display line holding character `offset` of a block."""
        self._through_block(block)
        spans = self.spans[block]
        starts = [s for s, _ in spans]
        row = max(0, bisect_right(starts, offset) - 1)
        return self.first_lines[block] + row

    def line_of(self, kind: str, section: int, paragraph: int, offset: int) -> int | None:
        """Display line of character `offset` of a text, or None when there is no such text."""
        block = self.layout.block_index(kind, section, paragraph)
        return None if block is None else self.line_at(block, offset)

    def anchor_lines(self, anchor: Anchor) -> tuple[int, int] | None:
        """First and last display lines of an anchored span."""
        block = self.layout.block_index("paragraph", anchor.section_index, anchor.paragraph)
        if block is None:
            return None
        last = max(anchor.start, anchor.end - 1)
        return self.line_at(block, anchor.start), self.line_at(block, last)

    def section_line(self, section: int) -> int | None:
        """First display line of a section (its heading, else its first paragraph)."""
        if not 0 <= section < len(self.layout.section_blocks):
            return None
        block = self.layout.section_blocks[section]
        self._through_block(block)
        return self.first_lines[block]

    def section_at(self, y: int) -> int:
        """The section a display line belongs to (0 for the title block)."""
        self._through_line(y)
        return max(0, bisect_right(self._section_starts, y) - 1)
