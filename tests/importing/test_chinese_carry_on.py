"""A Chinese report that opens its paragraph, carried over the sentences after it when each opens
with a subject the report has named (docs/IMPORT-RULES.md, "What it finds"; ANNOTATING.md, "It runs
to the end of the report in that paragraph" and the thirty-sixth folder's `他提到，A。特朗普总统及其
政府致力于…。`), and the near shapes that stay the reporter's: a subject the report does not name, a
longer name that only begins with one of its words, a pronoun or a determiner, a dated sentence (the
sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_PROSECUTORS = "联邦检察官表示，在调查期间，当局在两处地产发现有人大规模种植大麻。"
_SPEECH = "美国国防部长皮特·海格塞斯提到，在特朗普总统的领导下，美中关系达到了多年来的最佳水平。"


# --- the next sentence's subject is a noun of the report ----------------------------------------


def test_a_subject_after_a_modifier_carries_the_report_on() -> None:
    found = quotes(_PROSECUTORS + "执法当局收缴了大约1.5万棵大麻植株。")
    assert found == [
        (
            "indirect",
            "联邦检察官",
            "在调查期间，当局在两处地产发现有人大规模种植大麻。执法当局收缴了大约1.5万棵大麻植株。",
        )
    ]


def test_the_report_goes_on_while_each_sentence_names_its_subject() -> None:
    found = quotes(_PROSECUTORS + "执法当局收缴了大麻植株。当局经追踪发现收益跨越国境。")
    assert [text for _, _, text in found] == [
        "在调查期间，当局在两处地产发现有人大规模种植大麻。执法当局收缴了大麻植株。"
        "当局经追踪发现收益跨越国境。"
    ]


def test_a_name_the_report_gave_carries_the_speech_on() -> None:
    found = quotes(_SPEECH + "特朗普总统及其政府致力于与中国建立稳定的关系。")
    assert [text for _, _, text in found] == [
        "在特朗普总统的领导下，美中关系达到了多年来的最佳水平。"
        "特朗普总统及其政府致力于与中国建立稳定的关系。"
    ]


# --- near shapes: the reporter's narration ------------------------------------------------------


def test_a_subject_the_report_does_not_name_ends_it() -> None:
    found = quotes(
        "卡尼则强调，两国已同意深化在国防等领域的合作。七国集团议程上的其它议题包括乌克兰战争。"
    )
    assert [text for _, _, text in found] == ["两国已同意深化在国防等领域的合作。"]


def test_a_longer_name_that_begins_with_a_word_of_the_report_ends_it() -> None:
    found = quotes(
        "特朗普总统说，美国现在能够重新对俄罗斯实施一些石油制裁。"
        "美国财政部发布了一项临时许可证，允许各国购买俄罗斯原油。"
    )
    assert [text for _, _, text in found] == ["美国现在能够重新对俄罗斯实施一些石油制裁。"]


def test_a_dated_sentence_is_the_reporters_background() -> None:
    found = quotes(_PROSECUTORS + "执法当局3月收缴了大约1.5万棵大麻植株。")
    assert [text for _, _, text in found] == ["在调查期间，当局在两处地产发现有人大规模种植大麻。"]


def test_a_determiner_before_the_subject_is_the_reporters_comment() -> None:
    found = quotes(
        "加拿大政府证实，一艘加拿大军舰上周末穿越了台湾海峡。此一军舰正是在敏感时刻穿越海峡。"
    )
    assert [text for _, _, text in found] == ["一艘加拿大军舰上周末穿越了台湾海峡。"]


def test_the_speaker_named_again_with_a_verb_of_saying_is_a_new_report() -> None:
    found = quotes(_SPEECH + "特朗普总统说，两国将继续对话。")
    assert [text for _, _, text in found] == [
        "在特朗普总统的领导下，美中关系达到了多年来的最佳水平。",
        "两国将继续对话。",
    ]


def test_a_report_inside_its_paragraph_is_not_carried_on_by_its_subject() -> None:
    found = quotes("会谈在北京举行。" + _PROSECUTORS + "执法当局收缴了大约1.5万棵大麻植株。")
    assert [text for _, _, text in found] == ["在调查期间，当局在两处地产发现有人大规模种植大麻。"]
