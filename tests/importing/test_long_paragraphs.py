"""A paragraph of thousands of quotes, speakers or figures: every one found, and the lookups
that made such a text cost the square of its length (a scan of every sentence, mark, report or
person met per quote, a figure's widening to the rest of a Chinese paragraph) answer as the scans
they replace did, or stay within their budget."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressreader.importing import annotate as annotate_module
from pressreader.importing.quotes import sentences
from pressreader.importing.quotes.chinese_finder import _trimmed_end
from pressreader.importing.quotes.direct import _BETWEEN_MOST, _near_enough
from pressreader.importing.quotes.marks import _any_between, _marks_opening, _visible
from pressreader.importing.quotes.sentence_ends import _sentence_start
from pressreader.importing.spans import Within
from pressreader.importing.speakers import (
    _HEADLINE_WORDS,
    _SUFFIXES,
    Book,
    _family_first_of_three,
)

from .helpers import Watched, figures, near_linear, near_linear_reads, quotes

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


def test_the_work_on_a_long_english_paragraph_of_quotes_grows_with_it() -> None:
    # (each report is carried on over the sentences after it unless one holds a direct quote)
    def paragraph(n: int) -> list[tuple[str, str, str]]:
        return quotes(
            " ".join(
                f"“We will build bridge {i},” said Ann Lee. Bo Chen said that plan {i} would help."
                for i in range(n)
            )
        )

    small, large = near_linear(paragraph, 200)
    assert len(small) == 2 * 200 and large[: len(small)] == small and len(large) == 2 * 800


def test_the_work_on_a_paragraph_of_figures_in_words_and_in_digits_grows_with_it() -> None:
    # (a number inside a figure in words is no figure of its own: asked of each number)
    small, large = near_linear(
        lambda n: figures("Seventy percent of them came, and 12 schools opened. " * n), 200
    )
    pair = [(70, None, "%", "Seventy percent"), (12, None, "schools", "12 schools")]
    assert small == pair * 200 and large == pair * 800


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


@given(st.lists(st.integers(0, 40), max_size=12), st.integers(-2, 42), st.integers(0, 12))
def test_any_between_is_a_scan_of_the_starts(starts: list[int], low: int, size: int) -> None:
    high = low + size
    expected = any(low <= start < high for start in starts)
    assert _any_between(sorted(starts), low, high) == expected


@given(_spans, st.integers(-2, 85))
def test_within_is_any_span_holding_the_position(spans: list[tuple[int, int]], at: int) -> None:
    assert (at in Within(spans)) == any(low <= at < high for low, high in spans)
    ends = [high for low, high in spans if low <= at]
    assert Within(spans).reach(at) == (max(ends) if ends else None)


@given(_spans, _spans, st.integers(-2, 85), st.integers(1, 20))
def test_spans_added_to_a_within_answer_as_a_scan_of_them_all(
    spans: list[tuple[int, int]], more: list[tuple[int, int]], low: int, size: int
) -> None:
    # (added in any order: in reading order they are appended, else sorted in again)
    within = Within(spans)
    for start, end in more:
        within.add(start, end)
    every = spans + more
    high = low + size
    assert within.spans_any(low, high) == any(s < high and e > low for s, e in every)
    assert (low in within) == any(s <= low < e for s, e in every)


@given(_spans, st.integers(-2, 85), st.integers(-2, 85))
def test_the_marks_opening_in_a_range_are_those_a_filter_keeps(
    spans: list[tuple[int, int]], low: int, high: int
) -> None:
    marks = sorted({(start, start + 1, end, end + 1) for start, end in spans})
    kept = [mark for mark in marks if low <= mark[0] < high]
    assert _marks_opening(marks, low, high) == kept


def test_a_thousand_people_named_are_each_their_own_speaker() -> None:
    paragraph = " ".join(
        f"Minister Ann Lee{i} met President Bo Chen{i}. Chen{i} said that talk {i} went well."
        for i in range(1000)
    )
    found = quotes(paragraph)
    assert [speaker for _, speaker, _ in found] == [f"Bo Chen{i}" for i in range(1000)]


_NAMES = st.lists(
    st.builds(
        " ".join,
        st.lists(
            st.sampled_from(["Ann", "Lee", "Xi", "Jinping", "Bo,", "Jr.", "Chen", "III"]),
            min_size=1,
            max_size=3,
        ),
    ),
    max_size=12,
)


@given(_NAMES, st.sampled_from(["lee", "xi", "chen", "jinping", "jr.", "ann", "bo"]))
def test_a_surname_names_whom_a_scan_of_everyone_met_names(names: list[str], surname: str) -> None:
    book = Book()
    for name in names:
        if book._by_name.get(book._key(name)) is None:
            book._new_person(name)
    scanned = None
    for person in book.people:
        parts = [p for p in person.name.replace(",", "").lower().split(" ") if p not in _SUFFIXES]
        if parts and parts[-1] == surname:
            scanned = person
    if scanned is None:
        for person in book.people:
            parts = person.name.lower().split(" ")
            if (len(parts) == 2 or _family_first_of_three(parts)) and parts[0] == surname:
                scanned = person
    if scanned is None:
        # The first word of a longer name, when one person's name alone opens with it.
        opening = [
            person
            for person in book.people
            if len(parts := person.name.lower().split(" ")) >= 3
            and not _family_first_of_three(parts)
            and re.fullmatch(r"[a-z][a-z\-]{2,}", parts[0])
            and not (parts[1].endswith("s") and not parts[1].endswith("ss"))
            and not _HEADLINE_WORDS.intersection(parts)
            and not any(len(part) == 2 and part[1] == "." for part in parts)
            and parts[0] == surname
        ]
        if len({id(person) for person in opening}) == 1:
            scanned = opening[0]
    assert book._match_surname(surname) is scanned


def test_a_paragraph_repeating_one_figure_widens_within_a_budget(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Chinese text has no spaces: a widening's next "word" is the rest of the paragraph.
    read = [0]
    pattern = annotate_module._WORD_AFTER

    class Counting:
        def match(self, text: str, pos: int) -> re.Match[str] | None:
            found = pattern.match(text, pos)
            read[0] += found.end() - pos if found is not None else 0
            return found

    monkeypatch.setattr(annotate_module, "_WORD_AFTER", Counting())
    paragraph = "出口增长了5%，进口增长了5%。" * 3000
    found = figures(paragraph)
    assert found and found[0][0] == 5
    # (the budget is 8 times the text; without it, about 3,000 times)
    assert read[0] <= 10 * (len(paragraph) + 1)


# --- whole-paragraph scans at each sentence or quotation, inside one C call -----------------


def test_the_characters_read_for_a_long_chinese_paragraph_of_figures_grow_with_it() -> None:
    # (each sentence asked whether the paragraph holds 他 or 她: the whole paragraph read at
    # each, a count of lines seeing one line)
    def paragraph(n: int) -> list[tuple[float, float | None, str | None, str]]:
        sentences = (f"出口在第{i}季度增长了{i % 9 + 1}%，达到{i + 10}亿美元。" for i in range(n))
        return figures(Watched("".join(sentences)))

    small, large = near_linear_reads(paragraph, 200)
    assert len(small) == 2 * 200 and len(large) == 2 * 800
    assert large[:2] == [(1, None, "%", "1%"), (10 * 10**8, None, "$", "10亿美元")]
    assert large[-1] == ((800 + 9) * 10**8, None, "$", "809亿美元")


def test_the_characters_read_for_a_long_carried_chinese_report_grow_with_it() -> None:
    # (the report read again, from its opening, for what it named at each sentence after it)
    def paragraph(n: int) -> list[tuple[str, str, str]]:
        return quotes(
            Watched(
                "王明指出，两国应当对话。"
                + "".join(f"同时，还应加强第{i}项协作。" for i in range(n))
            )
        )

    small, large = near_linear_reads(paragraph, 200)
    for found, n in ((small, 200), (large, 800)):
        assert len(found) == 1 and found[0][:2] == ("indirect", "王明")
        assert found[0][2].startswith("两国应当对话。同时，还应加强第0项协作。")
        assert found[0][2].endswith(f"同时，还应加强第{n - 1}项协作。")


def test_the_characters_read_for_labelled_chinese_quotations_grow_with_them() -> None:
    # (whether each sentence opens its paragraph, and what follows it, read by copying the
    # paragraph before it and after it)
    def paragraph(n: int) -> list[tuple[str, str, str]]:
        labelled = (f"前大学足球运动员卡莱布·戴维斯：“第{i}次好。”" for i in range(n))
        return quotes(Watched("".join(labelled)))

    small, large = near_linear_reads(paragraph, 200)
    assert large == [("direct", "卡莱布·戴维斯", f"第{i}次好。") for i in range(800)]
    assert small == large[:200]


def test_the_characters_read_for_pronouns_naming_no_one_grow_with_them() -> None:
    # (the paragraph before each `他说：` copied to find the sentence it ends; no one is named,
    # so no quote is anyone's)
    def paragraph(n: int) -> list[tuple[str, str, str]]:
        return quotes(
            Watched("".join(f"他说：“我们的“计划{i}”很好。”" for i in range(n)) + "“" * n)
        )

    small, large = near_linear_reads(paragraph, 200)
    assert small == large == []


def test_the_characters_read_for_terms_in_marks_through_one_long_report_grow_with_them() -> None:
    # (the sentence before each term in marks read from its start for the narration it opens
    # with: one sentence, so from the paragraph's start at each)
    def terms(n: int) -> str:
        return "".join(f"双方“同意”第{i}项，" for i in range(n))

    def paragraph(n: int) -> list[tuple[str, str, str]]:
        return quotes(Watched("外交部表示，" + terms(n) + "。"))

    small, large = near_linear_reads(paragraph, 200)
    for found, n in ((small, 200), (large, 800)):
        assert found == [("indirect", "外交部", terms(n) + "。")]


# White space as `str.strip` reads it (the ideographic space, no-break space and the
# separators `\x1c`-`\x1f` among it), and a few other characters.
_SPACED = st.text(alphabet=" \t\n\u3000\xa0\x1c\x85a。“好", max_size=40)


@given(_SPACED, st.integers(-2, 45))
def test_where_white_space_ends_is_where_a_copy_stripped_says(text: str, at: int) -> None:
    at = max(0, min(at, len(text)))
    assert _visible(text, at) == len(text) - len(text[at:].lstrip())
    assert _trimmed_end(text, at) == len(text[:at].rstrip())


@given(_SPACED, st.integers(0, 40), st.integers(0, 260))
def test_near_enough_searched_answers_as_the_slice_stripped(
    text: str, start: int, size: int
) -> None:
    paragraph = "x" * 5 + " " * _BETWEEN_MOST + text  # (the test reaches past the bound)
    end = min(len(paragraph), start + size + _BETWEEN_MOST)
    sliced = end - start <= _BETWEEN_MOST or not paragraph[start + _BETWEEN_MOST : end].strip()
    assert _near_enough(paragraph, start, end) == sliced
