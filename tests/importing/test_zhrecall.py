"""A Chinese verb of saying whose subject is left out, after the source's own clause, when the
sentence opens with a phrase of time or place before the source (`在另一则帖文中，特朗普驳斥了…
的批评，称A`), and a report that opens with a verb of expectation (`，指出预期…的协商`;
docs/IMPORT.md, "What it finds"). Before, 强调 and 指出 there were not found, nor 称 after a
source named only by its short form (the phrase of time hid the source; 称 and 表示 after a
dotted name were found by another path, kept here), and the words up to `的协商` read as a noun
phrase. The sentences are written for the tests."""

from __future__ import annotations

import pytest

from .helpers import quotes

NAMED = "唐纳德·特朗普总统星期五在白宫讲话。"


@pytest.mark.parametrize(
    "setting", ["在另一则帖文中", "在星期五发布的帖文中", "在会谈后", "在记者会上"]
)
@pytest.mark.parametrize("verb", ["称", "表示", "强调", "指出"])
def test_a_setting_before_the_source_and_its_act(setting: str, verb: str) -> None:
    text = f"{NAMED}{setting}，特朗普驳斥了对这项协议的批评，{verb}美国的行动削弱了伊朗。"
    assert quotes(text) == [("indirect", "唐纳德·特朗普", "美国的行动削弱了伊朗。")]


def test_a_setting_before_the_source_words_in_marks() -> None:
    assert quotes(
        "特朗普总统表示，商船正从霍尔木兹海峡“蜂拥而出”。",
        "在星期五发布的另一则帖文中，特朗普驳斥了对这项协议的批评，称美国的军事行动“削弱了伊朗！”",
    ) == [
        ("indirect", "特朗普", "商船正从霍尔木兹海峡“蜂拥而出”。"),
        ("indirect", "特朗普", "美国的军事行动“削弱了伊朗！”"),
    ]


def test_without_a_setting_as_before() -> None:
    assert quotes(f"{NAMED}特朗普驳斥了对这项协议的批评，表示美国的行动削弱了伊朗。") == [
        ("indirect", "唐纳德·特朗普", "美国的行动削弱了伊朗。")
    ]


def test_a_setting_and_no_source_is_no_quote() -> None:
    # the setting's own comma before the verb: no clause of the source between
    assert quotes(f"{NAMED}在另一则帖文中，表示美国的行动削弱了伊朗。") == []


def test_a_setting_and_an_unnamed_source_is_no_quote() -> None:
    assert quotes("在会谈中，美国官员重申了立场，表示美国的军事行动削弱了伊朗。") == []


@pytest.mark.parametrize("after", ["强调民主的重要性。", "表示支持。", "表示遗憾。"])
def test_a_setting_then_a_summary_or_a_stance_is_no_quote(after: str) -> None:
    assert quotes(f"{NAMED}在会谈中，特朗普重申了立场，{after}") == []


@pytest.mark.parametrize("word", ["预期", "预计"])
def test_a_report_of_an_expectation_is_no_noun_phrase(word: str) -> None:
    assert quotes(
        f"{NAMED}特朗普总统在与阿联酋领导人进行双边会谈之前，指出{word}60天与伊朗进行第二阶段的协商。"
    ) == [("indirect", "唐纳德·特朗普", f"{word}60天与伊朗进行第二阶段的协商。")]


def test_a_noun_phrase_after_the_verb_stays_none() -> None:
    assert quotes(f"{NAMED}特朗普总统在会谈之前，指出与伊朗进行第二阶段的协商。") == []
