"""A repeated figure's text, widened until it anchors in place, holds whole words: in Chinese
the word after it (`20%液化天然气`, not `20%液`) or before it (`筹集了650亿美元`, not
`了650亿美元`); in English not a function word at its end (`$650 million that`)."""

from __future__ import annotations

import pytest

from pressreader.importing.annotate import _cjk_widenings, _widenings

from .helpers import figures


def _texts(paragraph: str) -> list[str]:
    return [text for _, _, _, text in figures(paragraph)]


def test_a_chinese_share_repeated_takes_the_whole_noun_after_it() -> None:
    paragraph = "这条水道是全球20%以上石油、20%液化天然气以及其它关键资源运输的咽喉要道。"
    assert _texts(paragraph) == ["20%", "20%液化天然气"]


def test_the_noun_after_a_particle_is_taken_whole() -> None:
    paragraph = "总统说，140亿美元的对台军售案已获批准，这项140亿美元的军售案目前正由总统审议。"
    texts = _texts(paragraph)
    assert texts[1].startswith("140亿美元的军售案")
    assert "140亿美元的军" not in texts


def test_a_word_before_keeps_its_particle_and_its_verb() -> None:
    paragraph = "估值为9650亿美元。Anthropic在最近一轮融资中筹集了650亿美元。"
    assert _texts(paragraph) == ["9650亿美元", "筹集了650亿美元"]


def test_a_count_repeated_takes_the_fate_whole() -> None:
    paragraph = "俄罗斯对苏梅州的袭击造成两人死亡，两人受伤。"
    assert _texts(paragraph) == ["两人", "两人受伤"]


def test_a_word_stops_at_a_conjunction_or_a_particle() -> None:
    # (`以及`, `的`: words that stand alone end the word before them)
    paragraph = "abc 20%石油和20%液化天然气的运输"
    start = paragraph.rindex("20%")
    spans = list(_cjk_widenings(paragraph, start, start + 3))
    assert paragraph[slice(*spans[0])] == "20%液化天然气"


def test_a_word_too_long_is_not_cut_and_the_old_widening_is_the_last_resort() -> None:
    paragraph = "10%至12.5%，10%关税加上一项很长很长很长很长的名称"
    start = paragraph.index("10%关")
    spans = [paragraph[low:high] for low, high in _cjk_widenings(paragraph, start, start + 3)]
    assert spans[0] == "10%关"  # (no word of eight characters at most after it: a character)
    paragraph = "10%至12.5%，10%关税加上一项"
    spans = [paragraph[low:high] for low, high in _cjk_widenings(paragraph, start, start + 3)]
    assert spans[0] == "10%关税加上一项"
    assert "10%关" in spans  # (still tried, after every whole word)


def test_no_whole_word_is_made_past_a_clause_mark() -> None:
    paragraph = "涨了5%，5%。"
    spans = list(_cjk_widenings(paragraph, 5, 7))
    assert spans == []


def test_an_english_figure_repeated_does_not_end_on_a_function_word() -> None:
    paragraph = (
        "The $650 million was approved. He said the $650 million that was earmarked for "
        "the border is gone."
    )
    texts = _texts(paragraph)
    assert texts[1] == "$650 million that was earmarked"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("$100 million in funding went out, and $100 million in funding came in.", "funding"),
        ("Of 99% of them, 99% are in counties.", "counties"),
    ],
)
def test_english_widenings_try_the_content_word_first(paragraph: str, expected: str) -> None:
    figure = "99%" if "99" in paragraph else "$100 million"
    start = paragraph.rindex(figure)
    end = start + len(figure)
    first = next(span for span in _widenings(paragraph, start, end, True) if span != (start, end))
    assert paragraph[slice(*first)].endswith(expected)


def test_english_widenings_without_a_function_word_are_as_before() -> None:
    paragraph = "We gave 30 GW today and 30 GW tomorrow."
    start = paragraph.rindex("30 GW")
    spans = list(_widenings(paragraph, start, start + 5, True))
    assert paragraph[slice(*spans[1])] == "30 GW tomorrow"


def test_english_function_word_spans_are_still_tried_last() -> None:
    paragraph = "The 5 of them and 5 of"
    start = paragraph.rindex("5 of")
    spans = [paragraph[a:b] for a, b in _widenings(paragraph, start, start + 1, True)]
    assert spans[:2] == ["5", "5 of"]  # (nothing follows: the function word is all there is)
