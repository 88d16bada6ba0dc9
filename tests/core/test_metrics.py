"""The article's own statistics: word counting (Latin and CJK), reading time, quoted share."""

from __future__ import annotations

import pytest
from hypothesis import given

from pressreader.model import Anchor, Article, Quote, Section
from pressreader.text import metrics
from pressreader.text.metrics import (
    ArticleMetrics,
    MetricsCount,
    article_metrics,
    count_words,
    format_reading_time,
    quotes_by_speaker,
    reading_minutes,
    word_spans,
)
from tests.strategies import any_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("   \n\t ", 0),
        ("one", 1),
        ("Over the past 10 years,", 5),
        ("a tit-for-tat, firm and powerful struggle", 6),
        ("more than 500,000 cases", 4),
        ("more than 4.6 million", 4),
        ("words – with an en dash — and em dash", 8),  # lone dashes are not words
        ("“China’s diplomacy is people’s diplomacy.”", 5),
        ("e\u0301te\u0301 cafe\u0301", 2),  # combining accents stay inside their word
        ("🎉 👩‍👩‍👧 ❤️", 0),  # emoji alone are not words
        ("party 🎉time", 2),
        ("snake_case_name", 1),
        ("__", 0),
        # Chinese: one word per Han character; punctuation is not a word.
        ("中国", 2),
        ("我们喜欢读书。", 6),
        ("中国2022年", 4),
        ("《人民日报》报道，", 6),
        # Japanese: kana count one each; the middle dot and brackets do not.
        ("ひらがなカタカナ", 8),
        ("コーヒー・ブレイク", 8),
        ("東京タワーは333メートル", 11),
        ("Tokyo東京", 3),
        # Hangul is written with spaces, so it counts like Latin text.
        ("한국어 문장 입니다", 3),
        # Extension B ideograph (outside the basic plane).
        ("\U00020000\U00020001", 2),
    ],
)
def test_count_words(text: str, expected: int) -> None:
    assert count_words(text) == expected
    assert len(word_spans(text)) == expected


def test_word_spans_slice_to_the_words() -> None:
    text = "At 10 o’clock, 中国 said: “yes”."
    words = [text[start:end] for start, end in word_spans(text)]
    assert words == ["At", "10", "o’clock,", "中", "国", "said:", "“yes”."]


@given(any_text())
def test_word_spans_are_ordered_and_hold_no_space(text: str) -> None:
    spans = word_spans(text)
    assert len(spans) == count_words(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not any(char.isspace() for char in text[start:end])
        previous_end = end


@pytest.mark.parametrize(
    ("words", "minutes"),
    [(0, 1), (1, 1), (229, 1), (230, 1), (231, 2), (460, 2), (461, 3), (2300, 10)],
)
def test_reading_minutes(words: int, minutes: int) -> None:
    assert reading_minutes(words) == minutes


def test_reading_minutes_other_speed() -> None:
    assert reading_minutes(500, words_per_minute=100) == 5
    assert format_reading_time(3) == "3 min read"


def _anchor(section: int, paragraph: int, start: int, end: int) -> Anchor:
    return Anchor(section, f"s{section}", paragraph, start, end)


def _article() -> Article:
    lead = "Alice said that the plan works. Bob disagreed strongly."
    body = "“We will build it,” Alice said. Nobody else spoke."
    closing = "会议在北京举行。"
    sections = [
        Section("s0", None, [lead]),
        Section("s1", "Body", [body, closing]),
    ]
    quotes = [
        # "the plan works." (3 words)
        Quote("Alice", "the plan works.", "indirect", anchor=_anchor(0, 0, 16, 31)),
        # "plan works. Bob" overlaps the first quote: only "Bob" is new.
        Quote("Bob", "plan works. Bob", anchor=_anchor(0, 0, 20, 35)),
        # "We will build it," (4 words; the span cuts the opening mark off the first word).
        Quote("Alice", "We will build it,", anchor=_anchor(1, 0, 1, 18)),
        # 北京 (2 words)
        Quote("Carol", "北京", anchor=_anchor(1, 1, 2, 4)),
        # Not anchored: ignored by the quoted share, still counted per speaker.
        Quote("Bob", "missing"),
    ]
    return Article(id="a", title="Title words do not count", sections=sections, quotes=quotes)


def test_article_metrics() -> None:
    article = _article()
    metrics = article_metrics(article)
    # 9 + 9 + 7 (会议在北京举行, the full stop is not a word)
    assert metrics.words == 25
    assert metrics.paragraphs == 3
    assert metrics.sections == 2
    assert metrics.reading_minutes == 1
    assert metrics.quoted_words == 3 + 1 + 4 + 2
    assert metrics.quoted_share == pytest.approx(10 / 25)
    assert metrics.quotes == 5


def test_quotes_by_speaker_most_quoted_first_ties_in_order_of_appearance() -> None:
    counts = quotes_by_speaker(_article())
    assert list(counts.items()) == [("Alice", 2), ("Bob", 2), ("Carol", 1)]


def test_quoted_words_ignore_anchors_outside_the_text() -> None:
    article = _article()
    article.quotes = [
        Quote("X", "?", anchor=_anchor(5, 0, 0, 3)),
        Quote("X", "?", anchor=_anchor(0, 9, 0, 3)),
        Quote("X", "?", anchor=_anchor(0, 0, 4, 4)),
    ]
    assert article_metrics(article).quoted_words == 0


def test_identical_quotes_count_once() -> None:
    article = _article()
    whole = len(article.sections[0].paragraphs[0])
    article.quotes = [Quote("A", "x", anchor=_anchor(0, 0, 0, whole)) for _ in range(3)]
    assert article_metrics(article).quoted_words == 9


def test_empty_article() -> None:
    article = Article(id="e", title="t", sections=[Section("s", None, [""])])
    metrics = article_metrics(article)
    assert (metrics.words, metrics.quoted_words, metrics.quoted_share) == (0, 0, 0.0)
    assert metrics.reading_minutes == 1
    assert metrics.quotes_by_speaker == {}


@pytest.mark.parametrize("quotes_a_step", [1, 3, 250, 10_000])
def test_a_count_in_steps_gives_the_same_metrics(
    quotes_a_step: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`MetricsCount` (the reader's count of a long article: a few quotes' anchors or a
    paragraph a step) and `article_metrics` agree, and with every anchor read in one step,
    anchors outside the text, empty sections and overlapping quotes included."""
    article = _article()
    article.sections.insert(1, Section("empty", "Nothing here", []))
    whole = len(article.sections[0].paragraphs[0])
    article.quotes = [
        *article.quotes,
        Quote("X", "?", anchor=_anchor(5, 0, 0, 3)),
        Quote("X", "?", anchor=_anchor(0, 9, 0, 3)),
        Quote("X", "?", anchor=_anchor(-1, 0, 0, 3)),
        Quote("A", "x", anchor=_anchor(0, 0, 0, whole)),
    ]
    at_once: dict[str, ArticleMetrics] = {}
    monkeypatch.setattr(metrics, "_QUOTES_A_STEP", 10_000)
    empty = Article(id="e", title="t", sections=[Section("s", None, [""])])
    for subject in (article, empty):
        at_once[subject.id] = article_metrics(subject)
    monkeypatch.setattr(metrics, "_QUOTES_A_STEP", quotes_a_step)
    for subject in (article, empty):
        count = MetricsCount(subject)
        steps = 0
        while not count.done:
            count.step()
            steps += 1
        paragraphs = sum(len(section.paragraphs) for section in subject.sections)
        assert steps == paragraphs + -(-len(subject.quotes) // quotes_a_step)
        assert count.result() == at_once[subject.id]
        texts = [text for section in subject.sections for text in section.paragraphs]
        assert count.result().words == sum(map(count_words, texts))
        assert count.result().paragraphs == paragraphs
    assert at_once[article.id].quoted_words > 0
