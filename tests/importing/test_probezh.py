"""Shapes of Chinese news reports on courts, defence and the economy, found by a probe of
hand-written sentences of the genre (docs/IMPORT-RULES.md, "What it finds"): a person counted and
never named (`一位美国官员对美国之音说：“…”`, `一名受害者在法庭上说：“…”`) is no source, of a
quotation as of a report; a Chinese dateline (`新华社北京10月20日电（记者X）`, `华盛顿 — `) is the
article's `dateline` and no part of the first source's name or title. The sentences are written
for the tests."""

from __future__ import annotations

import pytest

from pressreader.importing.datelines import dateline, dateline_end
from pressreader.importing.parse import parse_text

from .helpers import found, quotes


@pytest.mark.parametrize(
    "sentence",
    [
        "一位美国官员对美国之音说：“谈判仍在进行。”",
        "“谈判仍在进行。”一位美国官员对美国之音说。",
        "一名高级官员星期二说：“我们不会让步。”",
        "一名受害者在法庭上说：“我失去了一生的积蓄。”",
        "一位居民对美国之音说：“我们很害怕。”",
        "两名目击者说：“爆炸声很大。”",
        "一位居民对美国之音说，他们很害怕。",
    ],
)
def test_a_person_counted_and_never_named_is_no_source(sentence: str) -> None:
    assert quotes(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # (an office's unnamed spokesperson speaks for the office; one citing a source is it)
        ("美国国务院一位发言人说：“我们不评论。”", "美国国务院"),
        ("Axios援引一位匿名消息人士的话报道称：“协议即将达成。”", "Axios"),
        # (a person named after the noun is named)
        ("受害者李四在法庭上说：“我失去了一生的积蓄。”", "李四"),
        ("居民玛丽亚·洛佩斯说：“我们很害怕。”", "玛丽亚·洛佩斯"),
    ],
)
def test_a_named_or_speaking_for_source_is_kept(sentence: str, speaker: str) -> None:
    said = quotes(sentence)
    assert len(said) == 1
    assert said[0][1] == speaker


@pytest.mark.parametrize(
    ("paragraph", "place", "after"),
    [
        ("新华社北京10月20日电（记者张三）外交部长王毅20日说，中方愿合作。", "北京", "外交部长"),
        ("新华社北京10月20日电 外交部长王毅20日说，中方愿合作。", "北京", "外交部长"),
        ("中新社香港5月3日电 香港特区政府说，将加强监管。", "香港", "香港特区"),
        ("本报华盛顿6月1日电 美国国务院说，将加强监管。", "华盛顿", "美国国务院"),
        ("华盛顿 — 美国国防部长赫格塞斯星期二说，盟国必须承担更多责任。", "华盛顿", "美国国防部长"),
        ("华盛顿 – 美国国防部长赫格塞斯星期二说，盟国必须承担更多责任。", "华盛顿", "美国国防部长"),
    ],
)
def test_a_chinese_dateline(paragraph: str, place: str, after: str) -> None:
    assert dateline(paragraph) == place
    assert paragraph[dateline_end(paragraph) :].startswith(after)


@pytest.mark.parametrize(
    "paragraph",
    [
        "拜登——这位总统——说，美国将继续支持乌克兰。",  # (an aside's two dashes)
        "美国 - 中国贸易谈判将在下周举行。",  # (a hyphen between two names)
        "电视台说，节目将推迟播出。",
        "新华社记者说，现场秩序良好。",  # (the agency, no place nor 电)
    ],
)
def test_no_chinese_dateline(paragraph: str) -> None:
    assert dateline(paragraph) is None
    assert dateline_end(paragraph) == 0


def test_a_dateline_is_no_part_of_the_first_sources_title() -> None:
    for opening in ("新华社北京10月20日电（记者张三）", "华盛顿 — "):
        people = found(f"{opening}外交部长王毅20日说，中方愿与各方合作。").speakers
        assert people == [("王毅", "外交部长", None)]
        assert quotes(f"{opening}外交部长王毅20日说，中方愿与各方合作。") == [
            ("indirect", "王毅", "中方愿与各方合作。")
        ]


def test_a_chinese_dateline_becomes_the_articles_dateline() -> None:
    draft = parse_text("标题\n\n新华社北京10月20日电（记者张三）外交部长王毅20日说，中方愿合作。\n")
    assert draft.metadata["dateline"] == "北京"


# --- Taiwan's press (a probe of CNA's shapes) ------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "（中央社記者張三台北20日電）總統賴清德今天表示，台灣將持續強化國防。",
        "（中央社记者张三台北20日电）总统赖清德今天表示，台湾将持续强化国防。",
        "（本报记者王五北京5月1日电）外交部长王毅表示，中方愿合作。",
    ],
)
def test_a_bracketed_dateline_with_its_reporter(paragraph: str) -> None:
    end = dateline_end(paragraph)
    assert paragraph[end - 1] == "）"
    assert dateline(paragraph) == paragraph[1 : end - 1]
    # (no figure from the reporter's name or the day, the source's title without the dateline)
    annotations = found(paragraph)
    assert annotations.statistics == []
    assert annotations.speakers[0][1] in ("總統", "总统", "外交部长")


def test_no_figure_in_an_agencys_dateline() -> None:
    assert found("新华社北京10月20日电 外交部长王毅20日说，中方愿与各方合作。").statistics == []
    # (a figure after it is read)
    assert [
        figure.value for figure in found("新华社北京10月20日电 中方已提供30亿元援助。").statistics
    ] == [3_000_000_000]


@pytest.mark.parametrize(
    "sentence",
    [
        "立法院长韩国瑜受访时则说，国会将支持国防特别预算。",
        "韩国瑜受访时表示，国会将支持国防特别预算。",
        "韩国瑜接受美国之音采访时表示，国会将支持国防特别预算。",
        "韩国瑜在接受采访时说，国会将支持国防特别预算。",
        "立法院長韓國瑜受訪時則說，國會將支持國防特別預算。",
    ],
)
def test_an_interview_with_no_zai_before_it(sentence: str) -> None:
    said = quotes(sentence)
    assert len(said) == 1
    assert said[0][1] in ("韩国瑜", "韓國瑜")


def test_an_unnamed_one_interviewed_is_still_no_source() -> None:
    assert quotes("接受采访的官员说，国会将支持预算。") == []


def test_an_editors_closing_credit_is_debris() -> None:
    draft = parse_text(
        "標題\n\n總統賴清德今天表示，台灣將持續強化國防。\n\n（編輯：李四）1140620\n"
    )
    assert draft.sections == [(None, ["總統賴清德今天表示，台灣將持續強化國防。"])]
    # (a sentence in brackets is kept)
    kept = parse_text(
        "标题\n\n总统今天表示，台湾将持续强化国防。\n\n（编辑认为这一说法值得商榷。）\n"
    )
    assert len(kept.sections[0][1]) == 2
