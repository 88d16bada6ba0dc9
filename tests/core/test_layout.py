"""Wrapping an article into display lines measured in terminal cells."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from pressreader.article.layout import (
    ArticleLayout,
    _simple_wide,
    _wrap_cells,
    _wrap_narrow,
    _wrap_simple,
    line_cells,
    metadata_line,
    wrap,
)
from pressreader.format.loader import load_file
from pressreader.model import Anchor, Article, Section
from pressreader.text.sanitize import escape_controls
from tests.strategies import joined

DATA = Path(__file__).parent.parent / "data" / "reader"


def shown(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


def assert_fits(text: str, spans: list[tuple[int, int]], width: int) -> None:
    for start, end in spans:
        assert line_cells(text[start:end]) <= width, (text[start:end], width)


def assert_covers(text: str, spans: list[tuple[int, int]]) -> None:
    """Lines are in order, do not overlap, and only white space falls between them."""
    position = 0
    for start, end in spans:
        assert position <= start <= end
        assert text[position:start].strip() == "", repr(text[position:start])
        position = end
    assert text[position:].strip() == ""


def test_latin_breaks_at_spaces() -> None:
    text = "the quick brown fox jumps over the lazy dog"
    assert shown(text, wrap(text, 10)) == [
        "the quick",
        "brown fox",
        "jumps over",
        "the lazy",
        "dog",
    ]


def test_long_word_is_cut_to_the_width() -> None:
    text = "a " + "x" * 25 + " b"
    lines = shown(text, wrap(text, 10))
    assert lines == ["a", "x" * 10, "x" * 10, "xxxxx b"]


def test_cjk_breaks_anywhere_and_counts_two_cells() -> None:
    text = "中华人民共和国外交部副部长马朝旭说中国外交是人民的外交"
    spans = wrap(text, 9)
    assert all(cell_len(text[s:e]) <= 9 for s, e in spans)
    assert all(cell_len(text[s:e]) == 8 for s, e in spans[:-1])
    assert "".join(shown(text, spans)) == text


def test_cjk_closing_punctuation_does_not_start_a_line() -> None:
    text = "一二三四，五六七八。九十"
    for width in range(4, 14):
        for line in shown(text, wrap(text, width))[1:]:
            assert line[0] not in "，。", (width, line)


def test_mixed_cjk_and_latin_words_stay_whole() -> None:
    text = "北京 Beijing 的 population 很大"
    lines = shown(text, wrap(text, 12))
    assert "Beijing" in " ".join(lines).split()
    assert all(line_cells(line) <= 12 for line in lines)


def test_combining_marks_stay_with_their_letter_and_take_no_width() -> None:
    text = "e\u0301" * 12  # é written with a combining accent
    spans = wrap(text, 5)
    assert [cell_len(text[s:e]) for s, e in spans] == [5, 5, 2]
    assert all((e - s) % 2 == 0 for s, e in spans)  # never between a letter and its accent


def test_emoji_sequences_are_never_split() -> None:
    family = "👩\u200d👩\u200d👧"
    text = (family + "🎆") * 6
    spans = wrap(text, 5)
    assert "".join(shown(text, spans)) == text
    for line in shown(text, spans):
        assert not line.startswith("\u200d")
        assert line_cells(line) <= 5


def test_control_characters_count_as_their_escape() -> None:
    text = "ab\x1b[2Jcd ef"
    spans = wrap(text, 10)
    for line in shown(text, spans):
        assert cell_len(escape_controls(line)) <= 10
    assert "".join(shown(text, spans)).replace(" ", "") == text.replace(" ", "")


def test_empty_and_blank_paragraphs_give_one_line() -> None:
    assert wrap("", 10) == [(0, 0)]
    assert len(wrap("    ", 10)) == 1


def test_newlines_and_tabs_are_spaces() -> None:
    text = "one\ntwo\tthree four"
    assert shown(text, wrap(text, 9)) == ["one\ntwo", "three", "four"]


@given(
    joined([*"ab cd，。中文字e\u0301🎆\x1b\t\n-\u202e\u200b", "👩\u200d👧"], max_size=60),
    st.integers(min_value=6, max_value=30),  # an escape takes up to 6 cells (\u202e)
)
@settings(max_examples=300, deadline=None)
def test_any_text_fits_and_round_trips(text: str, width: int) -> None:
    spans = wrap(text, width)
    assert spans
    assert_covers(text, spans)
    assert_fits(text, spans, width)


@given(
    joined([*"ab c，。、“”（）中文字🎆!?", "  ", "word"], max_size=80),
    st.integers(min_value=1, max_value=30),
)
@settings(max_examples=400, deadline=None)
def test_fast_cjk_wrap_equals_the_grapheme_wrap(text: str, width: int) -> None:
    wide = _simple_wide(text)
    assert wide is not None
    assert _wrap_simple(text, width, wide) == _wrap_cells(text, width)


@given(
    joined(["a", "bc", " ", "  ", "-", "longerword"], max_size=40),
    st.integers(min_value=1, max_value=20),
)
@settings(max_examples=400, deadline=None)
def test_fast_narrow_wrap_equals_the_grapheme_wrap(text: str, width: int) -> None:
    assert _wrap_narrow(text, width) == _wrap_cells(text, width)


@pytest.mark.parametrize("text", ["e\u0301", "a\ufe0fb", "👩\u200d👧", "中\x1b", "中\u200b"])
def test_joining_or_zero_width_characters_take_the_grapheme_path(text: str) -> None:
    assert _simple_wide(text) is None


def article() -> Article:
    return Article(
        id="a",
        title="A title long enough to wrap over two lines",
        subtitle="Sub",
        outlet="Daily",
        published=dt.date(2022, 10, 20),
        dateline="Beijing",
        authors=["Yin Xuemei", "Zheng Li"],
        sections=[
            Section("lead", None, ["one two three four five six seven", "eight nine"]),
            Section("two", "Second", ["ten eleven twelve"]),
        ],
    )


def test_metadata_line_lists_what_is_present() -> None:
    line = metadata_line(article())
    assert line.replace("\u00a0", " ") == (
        "Daily · 20 October 2022 · Beijing · Yin Xuemei, Zheng Li · 1 min read"
    )
    bare = Article(id="b", title="t", sections=[Section("s", None, ["word " * 500])])
    assert metadata_line(bare) == "3 min read"


def test_layout_blocks_and_lines() -> None:
    wrapped = ArticleLayout(article()).wrapped(20)
    wrapped.finish()
    kinds = [wrapped.line(y).kind for y in range(wrapped.line_count)]
    assert kinds[:2] == ["title", "title"]
    assert kinds.count("heading") == 1
    assert kinds.count("meta") >= 1
    # Paragraphs are separated by a blank line.
    first = wrapped.line_of("paragraph", 0, 1, 0)
    assert first is not None and wrapped.line(first - 1).kind == "blank"
    assert wrapped.text(wrapped.line(first)) == "eight nine"


def test_sections_start_at_heading_or_first_paragraph() -> None:
    wrapped = ArticleLayout(article()).wrapped(20)
    lead = wrapped.section_line(0)
    second = wrapped.section_line(1)
    assert lead is not None and second is not None
    assert wrapped.line(lead).kind == "paragraph"
    assert wrapped.line(second).kind == "heading"
    assert wrapped.section_at(0) == 0
    assert wrapped.section_at(second) == 1
    assert wrapped.section_at(wrapped.line_count - 1) == 1
    assert wrapped.section_line(5) is None


def test_anchor_maps_to_the_lines_it_spans() -> None:
    text = article().sections[0].paragraphs[0]
    start = text.index("four")
    anchor = Anchor(0, "lead", 0, start, text.index("seven") + 5)
    wrapped = ArticleLayout(article()).wrapped(10)
    lines = wrapped.anchor_lines(anchor)
    assert lines is not None
    first, last = lines
    assert "four" in wrapped.text(wrapped.line(first))
    assert "seven" in wrapped.text(wrapped.line(last))
    assert last > first


def test_widths_are_cached_and_independent() -> None:
    layout = ArticleLayout(article())
    narrow = layout.wrapped(10)
    assert layout.wrapped(10) is narrow
    narrow.finish()
    wide = layout.wrapped(40)
    wide.finish()
    assert wide.line_count < narrow.line_count


def test_wrapping_is_lazy_and_line_count_is_estimated_until_complete() -> None:
    big = Article(
        id="big",
        title="Big",
        sections=[
            Section(f"s{s}", f"Part {s}", [f"Paragraph {s}.{p} " + "word " * 40 for p in range(50)])
            for s in range(20)
        ],
    )
    layout = ArticleLayout(big, metadata="meta")
    wrapped = layout.wrapped(60)
    assert not wrapped.complete
    estimate = wrapped.line_count
    # Asking for an early line wraps only the start.
    assert wrapped.text(wrapped.line(5))
    assert not wrapped.complete
    # Asking for a late section wraps up to it, and finds it where a full wrap would.
    late = wrapped.section_line(19)
    assert late is not None and wrapped.line(late).kind == "heading"
    full = ArticleLayout(big, metadata="meta").wrapped(60)
    full.finish()
    assert full.section_line(19) == late
    while not wrapped.wrap_some(100):
        pass
    assert wrapped.line_count == full.line_count
    assert abs(estimate - full.line_count) < full.line_count * 0.25
    assert not wrapped.has_line(full.line_count) and wrapped.has_line(full.line_count - 1)


def test_changing_the_metadata_shifts_the_lines_after_it() -> None:
    layout = ArticleLayout(article(), metadata="short")
    wrapped = layout.wrapped(20)
    wrapped.finish()
    before = wrapped.section_line(1)
    count = wrapped.line_count
    layout.set_metadata("a much longer metadata line · 12 min read")
    after = wrapped.section_line(1)
    assert before is not None and after is not None
    assert after - before == wrapped.line_count - count > 0
    assert wrapped.line(after).kind == "heading"
    assert wrapped.section_at(after) == 1 and wrapped.section_at(after - 1) == 0


@pytest.mark.parametrize("name", ["cjk", "japanese-emoji", "hostile", "many-sections"])
@pytest.mark.parametrize("width", [12, 33, 88])
def test_fixture_lines_fit_and_offsets_round_trip(name: str, width: int) -> None:
    result = load_file(DATA / f"{name}.yaml")
    assert result.articles, [p.format() for p in result.problems]
    layout = ArticleLayout(result.articles[0])
    wrapped = layout.wrapped(width)
    wrapped.finish()
    per_block: dict[int, list[tuple[int, int]]] = {}
    for y in range(wrapped.line_count):
        line = wrapped.line(y)
        assert line_cells(wrapped.text(line)) <= width
        per_block.setdefault(line.block, []).append((line.start, line.end))
    for block, spans in per_block.items():
        assert_covers(layout.blocks[block].text, spans)


def test_the_narrow_set_is_what_rich_measures_as_one_cell() -> None:
    from rich.cells import get_character_cell_size

    from pressreader.article.layout import _NARROW, NARROW_RANGES

    for lo, hi in NARROW_RANGES:
        for code in range(lo, hi + 1):
            ch = chr(code)
            if ch == "\u00ad":
                assert ch not in _NARROW
            else:
                assert ch in _NARROW and get_character_cell_size(ch) == 1, hex(code)
