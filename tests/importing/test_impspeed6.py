"""The impspeed6 round (docs/PERFORMANCE.md, "The tenth session's rules paid back"): a line's
width in columns (`parse._fits`) answered without reading a line of half the width, and a line
of Chinese read only until its spare columns run out; a CJK character told by comparisons
written out (`parse._is_cjk`); a gated pattern's words searched in a loop, no generator
(`wordlists.Gated.admits`). The answers are the ones of the definitions they replace, kept
here."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pressreader.importing.annotate  # noqa: F401  (every gated pattern made)
from pressreader.importing.parse import SHORT, _fits, _is_cjk, is_heading, is_short_line
from pressreader.importing.wordlists import GATED, Gated

ROOT = Path(__file__).resolve().parents[2]

_RANGES = (
    ("\u3000", "\u9fff"),
    ("\uac00", "\ud7af"),
    ("\uf900", "\ufaff"),
    ("\uff00", "\uffef"),
)


def _cjk_before(char: str) -> bool:
    return any(low <= char <= high for low, high in _RANGES)


def _fits_before(line: str, columns: int) -> bool:
    if len(line) > columns:
        return False
    if line.isascii():
        return True
    return len(line) + sum(1 for char in line if _cjk_before(char)) <= columns


# Characters on both sides of each range's ends, and the common ones of either script.
_EDGES = [
    "a",
    " ",
    "é",
    "“",
    "”",
    "—",
    "…",
    "\u2fff",
    "\u3000",
    "\u3001",
    "中",
    "国",
    "\u9fff",
    "\ua000",
    "\uabff",
    "\uac00",
    "한",
    "\ud7af",
    "\ud7b0",
    "\uf8ff",
    "\uf900",
    "\ufaff",
    "\ufb00",
    "\ufeff",
    "\uff00",
    "，",
    "\uffef",
    "\ufff0",
    "\U0001f600",
    "\U00020000",
]


def test_a_cjk_character_is_told_as_before() -> None:
    for char in _EDGES:
        assert _is_cjk(char) is _cjk_before(char), repr(char)
    for code in range(0, 0x110000, 7):
        char = chr(code)
        assert _is_cjk(char) is _cjk_before(char), hex(code)
    assert _is_cjk("中") and _is_cjk("，") and _is_cjk("한")
    assert not _is_cjk("“") and not _is_cjk("\U0001f600") and not _is_cjk("\ufeff")


def test_a_line_fits_as_before_on_random_lines() -> None:
    chooser = random.Random(6)
    for _ in range(5000):
        length = chooser.randrange(0, 2 * SHORT)
        wide = chooser.random()  # (from almost no CJK to almost all)
        line = "".join(
            chooser.choice(_EDGES[8:27]) if chooser.random() < wide else chooser.choice(_EDGES)
            for _ in range(length)
        )
        for columns in (SHORT, length, length + 1, 2 * length, 2 * length - 1, 7):
            assert _fits(line, columns) is _fits_before(line, columns), (line, columns)


def test_a_line_fits_at_its_bounds() -> None:
    assert _fits("中" * 80, SHORT)  # (half the width: two columns each, 160)
    assert not _fits("中" * 81, SHORT)
    assert _fits("中" * 40 + "a" * 80, SHORT)
    assert not _fits("中" * 41 + "a" * 80, SHORT)
    assert _fits("“" + "a" * 158 + "”", SHORT)  # (curly quotes are one column each)
    assert not _fits("a" * 161, SHORT)
    assert _fits("", SHORT)


def test_the_development_lines_fit_as_before() -> None:
    texts = sorted(ROOT.glob("benchmarks/devset/dev*/*.txt"))
    assert len(texts) > 150
    lines = [line for path in texts for line in path.read_text(encoding="utf-8").splitlines()]
    read = 0
    for line in lines:
        assert _fits(line, SHORT) is _fits_before(line, SHORT), line[:80]
        read += len(line) <= SHORT and 2 * len(line) > SHORT and not line.isascii()
    assert read > 100  # (lines that are read character by character: Chinese headings)


def test_headings_use_the_width() -> None:
    from pressreader.importing.parse import Block

    assert is_heading(Block(["中国外交部发言人回应"], 1))
    assert not is_heading(Block(["国" * 90], 1))  # (180 columns: a paragraph)
    assert is_short_line(Block(["国" * 80], 1))
    assert not is_short_line(Block(["国" * 81], 1))


def test_a_gate_admits_as_before() -> None:
    chooser = random.Random(6)
    texts = ["", "and there is", "— that we will", "said, which is: A", "中国表示", "x" * 50]
    assert len(GATED) > 50
    for gated in GATED:
        for text in [*texts, " ".join(gated.needs)]:
            for pos, endpos in [(0, sys.maxsize), (1, 5), (3, 2), (0, 0)]:
                before = any(text.find(word, pos, endpos) >= 0 for word in gated.needs)
                assert Gated.admits(gated, text, pos, endpos) is before
        word = chooser.choice(gated.needs)
        text = "x " + word + " y"
        assert Gated.admits(gated, text)
        if "x" not in gated.needs:
            assert not Gated.admits(gated, text, 0, 1)  # (`x` alone: no word needed stands)
