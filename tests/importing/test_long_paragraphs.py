"""A paragraph of thousands of quotes: every quote found, and the lookups that made such a
paragraph cost the square of its length (a scan of every sentence, mark or report per quote)
answer as the scans they replace did."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pressreader.importing.quotes import _marks_opening, _sentence_start, _Within, sentences

from .helpers import quotes

COUNT = 1500


def test_every_quote_of_a_long_english_paragraph_is_found() -> None:
    # (each quote's words its own: the same words twice would anchor to either place)
    paragraph = " ".join(
        f"“We will build bridge {i},” said Ann Lee. Bo Chen said that plan {i} would help."
        for i in range(COUNT)
    )
    expected = []
    for i in range(COUNT):
        expected.append(("direct", "Ann Lee", f"We will build bridge {i},"))
        expected.append(("indirect", "Bo Chen", f"plan {i} would help."))
    assert quotes(paragraph) == expected


def test_every_quote_of_a_long_chinese_paragraph_is_found() -> None:
    paragraph = "".join(
        f"约翰·多伊说，“我们第{i}次不会让步。”他还表示，这是第{i}次会谈。" for i in range(COUNT)
    )
    expected = []
    for i in range(COUNT):
        expected.append(("direct", "约翰·多伊", f"我们第{i}次不会让步。"))
        expected.append(("indirect", "约翰·多伊", f"这是第{i}次会谈。"))
    assert quotes(paragraph) == expected


_spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=12).map(
    lambda pairs: [(start, start + length) for start, length in pairs]
)


@given(st.text(alphabet="ab. ?“”", max_size=60), st.integers(-2, 62))
def test_the_sentence_found_by_bisection_is_the_one_a_scan_finds(text: str, at: int) -> None:
    spans = sentences(text)
    scanned = next((low for low, high in spans if low <= at < high), 0)
    assert _sentence_start(spans, at) == scanned


@given(_spans, st.integers(-2, 85))
def test_within_is_any_span_holding_the_position(spans: list[tuple[int, int]], at: int) -> None:
    assert (at in _Within(spans)) == any(low <= at < high for low, high in spans)


@given(_spans, st.integers(-2, 85), st.integers(-2, 85))
def test_the_marks_opening_in_a_range_are_those_a_filter_keeps(
    spans: list[tuple[int, int]], low: int, high: int
) -> None:
    marks = sorted({(start, start + 1, end, end + 1) for start, end in spans})
    kept = [mark for mark in marks if low <= mark[0] < high]
    assert _marks_opening(marks, low, high) == kept
