"""Chinese in traditional characters (`importing.hant`): the rules read a simplified copy of
each paragraph that holds characters only traditional Chinese writes, one character for one,
so a traditional text gives the quotes and figures of its simplified form, with the texts,
names, roles and labels in its own characters (docs/IMPORT.md, "Language"). The sentences
are written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pressreader.importing import annotate as annotate_module
from pressreader.importing import hant
from pressreader.importing.datelines import dateline, dateline_end
from pressreader.importing.language import guess_language
from pressreader.importing.parse import parse_text
from pressreader.importing.pipeline import Options, prepare
from pressreader.text.numbers import format_value

from .helpers import found, near_linear

TRADITIONAL = [
    "中央社台北10月20日電 外交部長林佳龍20日表示，台灣將持續與理念相近國家合作。",
    "林佳龍說：「台灣不會屈服於壓力，我們會說『不』。」",
    "總統賴清德強調，國防預算將增加到國內生產總值的3%。",
    "行政院發言人指出，政府已撥款新台幣50億元。",
]
SIMPLIFIED = [
    "中央社台北10月20日电 外交部长林佳龙20日表示，台湾将持续与理念相近国家合作。",
    "林佳龙说：“台湾不会屈服于压力，我们会说‘不’。”",
    "总统赖清德强调，国防预算将增加到国内生产总值的3%。",
    "行政院发言人指出，政府已拨款新台币50亿元。",
]


def _quotes(paragraphs: list[str]) -> list[tuple[str, str, str]]:
    return [(quote.kind, quote.speaker, quote.text) for quote in found(*paragraphs).quotes]


def _figures(paragraphs: list[str]) -> list[tuple[str, float, str | None, str]]:
    return [
        (figure.label, float(figure.value), figure.unit, figure.text)
        for figure in found(*paragraphs).statistics
    ]


def test_the_reading_copy_is_the_simplified_text_of_the_same_length() -> None:
    copies = hant.reading_copies(TRADITIONAL)
    assert copies == SIMPLIFIED
    assert [len(copy) for copy in copies] == [len(paragraph) for paragraph in TRADITIONAL]


def test_a_traditional_text_gives_its_simplified_forms_quotes_in_its_own_characters() -> None:
    assert _quotes(SIMPLIFIED) == [
        ("indirect", "林佳龙", "台湾将持续与理念相近国家合作。"),
        ("direct", "林佳龙", "台湾不会屈服于压力，我们会说‘不’。"),
        ("indirect", "赖清德", "国防预算将增加到国内生产总值的3%。"),
        ("indirect", "行政院", "政府已拨款新台币50亿元。"),
    ]
    assert _quotes(TRADITIONAL) == [
        ("indirect", "林佳龍", "台灣將持續與理念相近國家合作。"),
        ("direct", "林佳龍", "台灣不會屈服於壓力，我們會說『不』。"),
        ("indirect", "賴清德", "國防預算將增加到國內生產總值的3%。"),
        ("indirect", "行政院", "政府已撥款新台幣50億元。"),
    ]


def test_speakers_and_roles_are_in_the_texts_characters() -> None:
    assert found(*TRADITIONAL).speakers == [
        ("林佳龍", "外交部長", None),
        ("賴清德", "總統", None),
        ("行政院", None, None),
    ]


def test_figures_with_labels_and_units_in_the_texts_characters() -> None:
    assert _figures(SIMPLIFIED) == [
        ("国防预算将增加到国内生产总值", 3.0, "%", "3%"),
        ("政府已拨款", 5e9, "新台币", "新台币50亿元"),
    ]
    assert _figures(TRADITIONAL) == [
        ("國防預算將增加到國內生產總值", 3.0, "%", "3%"),
        ("政府已撥款", 5e9, "新台幣", "新台幣50億元"),
    ]


def test_a_label_the_rules_compose_is_put_into_traditional_characters() -> None:
    # (`死亡人数` stands nowhere in the text: each character as OpenCC writes it first, or
    # as the text writes it)
    assert _figures(["俄羅斯的空襲造成12人死亡，另有30人受傷。"]) == [
        ("死亡人數", 12.0, "人", "12人"),
        ("受傷人數", 30.0, "人", "30人"),
    ]


def test_the_restorer_keeps_a_character_the_text_writes_in_simplified_form() -> None:
    restore = hant.Restorer(["臺北的台灣人數"], ["台北的台湾人数"])
    assert restore("台北") == "臺北"  # (found in the copy: the same span of the text)
    assert restore("台湾数") == "台灣數"  # (made: `台` written so in the text itself)
    assert restore("Taipei") == "Taipei"


def test_corner_marks_read_as_curly_ones() -> None:
    text = "部長表示：「我們不會接受『一國兩制』。」"
    assert _quotes([text]) == [("direct", "部長", "我們不會接受『一國兩制』。")]
    assert _quotes([hant.to_simplified(text)]) == [("direct", "部长", "我们不会接受‘一国两制’。")]


def test_a_traditional_dateline() -> None:
    paragraph = TRADITIONAL[0]
    assert dateline(paragraph) == "台北"
    assert paragraph[dateline_end(paragraph) :].startswith("外交部長")
    assert dateline("新華社北京10月20日電（記者張三）外交部說") == "北京"


def test_the_whole_import_anchors_and_checks() -> None:
    data = ("測試\n\n" + "\n\n".join(TRADITIONAL) + "\n").encode()
    text = prepare("tw.txt", data, Options(), dt.date(2026, 12, 6)).text
    assert 'speaker: "林佳龍"' in text
    assert 'text: "台灣不會屈服於壓力，我們會說『不』。"' in text
    assert 'label: "政府已撥款"' in text
    assert "林佳龙" not in text


def test_the_read_ahead_path_gives_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    alone = found(*TRADITIONAL)
    # (the read-ahead's work without its child: this process scans each reading copy)
    monkeypatch.setattr(annotate_module.ahead, "worth_it", lambda paragraphs: True)
    monkeypatch.setattr(annotate_module.ahead._Child, "start", lambda *args: None)
    assert found(*TRADITIONAL) == alone


def test_a_simplified_text_is_not_copied(monkeypatch: pytest.MonkeyPatch) -> None:
    assert hant.reading_copies(SIMPLIFIED) is None

    def refused(text: str) -> str:
        raise AssertionError(text)

    monkeypatch.setattr(hant, "to_simplified", refused)
    assert _quotes(SIMPLIFIED)[0] == ("indirect", "林佳龙", "台湾将持续与理念相近国家合作。")


def test_characters_simplified_text_writes_too_do_not_make_it_traditional() -> None:
    # (`著名`, the surname `於`, `乾隆`, `後` never written in simplified but `后`, `皇后`)
    assert hant.reading_copies(["著名学者於先生在乾隆年间的皇后研究中指出，干部要注意。"]) is None
    assert hant.reading_copies(["The minister said “no”.", "Plain ASCII."]) is None


def test_a_mixed_text_copies_only_its_traditional_paragraphs() -> None:
    paragraphs = [SIMPLIFIED[0], TRADITIONAL[1]]
    copies = hant.reading_copies(paragraphs)
    assert copies is not None
    assert copies[0] is paragraphs[0]
    assert copies[1] == SIMPLIFIED[1]
    assert _quotes(paragraphs) == [
        ("indirect", "林佳龙", "台湾将持续与理念相近国家合作。"),
        ("direct", "林佳龙", "台灣不會屈服於壓力，我們會說『不』。"),
    ]


def test_the_table() -> None:
    assert len(hant.TRADITIONAL) == len(hant.SIMPLIFIED) == len(set(hant.TRADITIONAL))
    assert set(hant.TRADITIONAL_ONLY) <= set(hant.TRADITIONAL)
    assert set(hant.FREQUENT) <= set(hant.TRADITIONAL_ONLY)
    assert set("說們國會這個為強調億電臺") <= set(hant.TRADITIONAL_ONLY)
    # simplified characters, and traditional ones simplified text writes too, tell nothing
    assert not set("说们国着于干后里发台著於乾") & set(hant.TRADITIONAL_ONLY)
    assert hant.to_simplified("啟動暱稱") == "启动昵称"  # (Taiwan's variant; OpenCC's `暱`)


def test_a_long_traditional_text_is_read_in_linear_work() -> None:
    def run(n: int) -> int:
        paragraphs = [f"林佳龍第{i}次說：「台灣將撥款{i}億元。」" for i in range(n)]
        return len(found(*paragraphs).quotes)

    small, large = near_linear(run, 60)
    assert small == 60 and large == 240


def test_a_traditional_text_is_tagged_zh_hant_and_shows_its_scales() -> None:
    traditional = parse_text("測試\n\n" + "\n\n".join(TRADITIONAL * 3) + "\n")
    simplified = parse_text("测试\n\n" + "\n\n".join(SIMPLIFIED * 3) + "\n")
    # (a simplified text holding a stray traditional character, `來`, in a name)
    stray = parse_text(
        "测试\n\n" + "\n\n".join([*SIMPLIFIED * 3, "王來说，会议将在明天举行。"]) + "\n"
    )
    assert guess_language(traditional) == "zh-Hant"
    assert guess_language(simplified) == "zh"
    assert guess_language(stray) == "zh"
    # (what the tag is for: the reader writes 億 and 萬 for such an article's figures)
    assert format_value(5_000_000_000, "新台幣", language="zh-Hant") == "50億新台幣"


def test_the_restorer_looks_back_a_bounded_way() -> None:
    # (thousands of strings a long text does not hold, each sought near its paragraph only:
    # the work grows with their number, not with it times the text's length)
    paragraphs = [f"第{number}段的文字說明了很多東西。" * 20 for number in range(2000)]
    copies = [hant.to_simplified(paragraph) for paragraph in paragraphs]
    restore = hant.Restorer(paragraphs, copies)
    for number in range(0, 2000, 2):
        assert restore(f"标签{number}号", number) == f"標籤{number}號"
    assert restore.searched <= 1000 * (hant._REACH + len(copies[0]))
    # (the whole text each time would be 1,000 times its length)
    assert restore.searched < 1000 * sum(map(len, copies)) / 4
    # (a name written a few paragraphs before its quote is found there, in its own characters)
    restore = hant.Restorer(["林佳龍說", "他說", "他又說"], ["林佳龙说", "他说", "他又说"])
    assert restore("林佳龙", 2) == "林佳龍"
