"""A Chinese verb of saying whose subject is left out, after the source's own clause, when the
sentence opens with a phrase of time or place before the source (`在另一则帖文中，特朗普驳斥了…
的批评，称A`), and a report that opens with a verb of expectation (`，指出预期…的协商`;
docs/IMPORT-RULES.md, "What it finds"). Before, 强调 and 指出 there were not found, nor 称 after a
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


# === The second zhrecall round (docs/IMPORT-RULES.md, recall audit of 105 VOA Chinese texts) ===
# Chinese reported speech missed on the audit corpus's VOA texts: a digest's numbered items run
# into one paragraph, opening marks typed for closing ones, a source and 并 before its verb, a
# sentence that opens with 并 and the verb; and the sources these made visible that are none (a
# body counted and described, people who speak one after another, a thing acted on read as a
# name, 首次 read as one).

# --- a digest's numbered items ---------------------------------------------------------------


def test_each_item_of_a_digest_is_read_as_a_sentence_of_its_own() -> None:
    found = quotes(
        "本期要闻包括：1)美国国务卿卢比奥表示，美方将继续与盟友协商 2)美国联邦储备委员会"
        "维持利率不变 3)韩国外交部说，首尔将派特使前往东京 4)多国举行联合演习。"
    )
    assert found == [
        ("indirect", "卢比奥", "美方将继续与盟友协商"),
        ("indirect", "韩国外交部", "首尔将派特使前往东京"),
    ]


def test_an_item_opening_with_its_source_ends_the_report_before() -> None:
    found = quotes(
        "今天的新闻包括：1)美国财政部长贝森特说，经济将保持稳定 2)美国司法部宣布，已起诉五名"
        "涉嫌走私芯片的人 3)一场风暴袭击了佛罗里达州。"
    )
    assert found == [
        ("indirect", "贝森特", "经济将保持稳定"),
        ("indirect", "美国司法部", "已起诉五名涉嫌走私芯片的人"),
    ]


def test_numbers_in_brackets_inside_a_report_open_no_item() -> None:
    found = quotes(
        "今天的新闻包括：1)美国财政部长贝森特说，政府将(1)降低关税 (2)扩大出口 2)一场风暴"
        "袭击了佛罗里达州。",
        "世界卫生组织表示，疫情有两个特点：(1)传播快 (2)难以追踪。",
    )
    assert found == [
        ("indirect", "贝森特", "政府将(1)降低关税 (2)扩大出口"),
        ("indirect", "世界卫生组织", "疫情有两个特点：(1)传播快 (2)难以追踪。"),
    ]


# --- sources the items made visible that are none --------------------------------------------


def test_a_body_counted_and_described_is_no_source_unless_its_name_follows() -> None:
    found = quotes(
        "一家知名能源研究机构近日警告称，全球油价可能在年底前大幅上涨。",
        "两家欧洲银行表示，它们将暂停相关业务。",
        "一家研究机构兰德公司最近警告称，冲突可能升级。",
    )
    assert found == [("indirect", "兰德公司", "冲突可能升级。")]


def test_people_who_speak_one_after_another_are_no_source() -> None:
    found = quotes(
        "欧洲议会两党议员纷纷发声，表示这项协议损害了欧洲的利益。",
        "法国外交部说，协议不会生效。",
    )
    assert found == [("indirect", "法国外交部", "协议不会生效。")]


def test_a_bill_acted_on_is_no_name_after_a_title() -> None:
    found = quotes(
        "美参院推进年度国防授权法案，称中国是主要竞争对手。",
        "参议员权志安说，这项法案很重要。",
    )
    assert found == [("indirect", "权志安", "这项法案很重要。")]


def test_a_first_time_between_a_title_and_its_verb_is_no_name() -> None:
    found = quotes("特朗普总统首次透露，美国曾派出一支秘密小组护送油轮。")
    assert found == [("indirect", "特朗普", "美国曾派出一支秘密小组护送油轮。")]


# --- an opening mark typed for a closing one -------------------------------------------------


def test_a_quotation_closed_by_an_opening_mark_before_a_space() -> None:
    found = quotes(
        "美国副总统JD·万斯星期四在白宫举行记者会。",
        "万斯说：“汽油价格已经回落。” 万斯强调，美国不会提供任何资金。 “伊朗必须履行义务。"
        "如果伊朗履行义务，它将获得回报。“ 万斯表示，协议能否推进，取决于伊朗的行动。",
    )
    assert found[-2:] == [
        ("direct", "JD·万斯", "伊朗必须履行义务。如果伊朗履行义务，它将获得回报。"),
        ("indirect", "JD·万斯", "协议能否推进，取决于伊朗的行动。"),
    ]


def test_a_term_closed_by_an_opening_mark_leaves_the_next_quotation_whole() -> None:
    found = quotes(
        "球迷区是“自由250“(Freedom250)与球会的合作项目；“自由250“是负责筹备庆祝活动的组织。"
        " 球迷玛丽·史密斯说：“这里的气氛好极了。我明年还会再来！”"
    )
    assert found == [("direct", "玛丽·史密斯", "这里的气氛好极了。我明年还会再来！")]


def test_a_term_with_its_own_typed_mark_inside_a_quotation_is_no_close() -> None:
    # (the opening mark inside it is followed by words: the quotation is read as before)
    found = quotes(
        "美国国家航空航天局局长贾里德·艾萨克曼说：“我们的“阿尔忒弥斯“任务将在明年继续。”",
        "“登月计划“(Moon Plan)仍在进行。 艾萨克曼说：“我们会按时完成。”",
    )
    assert found[-1:] == [("direct", "贾里德·艾萨克曼", "我们会按时完成。")]
    assert all(quote[2] != "我们的" for quote in found)


# --- a source and 并 before its verb; a sentence opening with 并 and the verb ----------------


def test_a_source_met_before_then_and_takes_its_clause_without_a_comma() -> None:
    found = quotes(
        "美国国务卿马尔科·卢比奥星期二抵达新德里。",
        "卢比奥说：“印度是我们的重要伙伴。” 卢比奥并指出两国的贸易谈判已取得实质进展。",
        # (an act joined by 并 to a verb of claiming, and 并未 after the name: none)
        "卢比奥会见了印度总理并宣称两国关系处于历史最好水平。",
        "卢比奥并未说明他何时返回华盛顿。",
    )
    assert found[-1:] == [("indirect", "马尔科·卢比奥", "两国的贸易谈判已取得实质进展。")]


def test_a_sentence_opening_with_and_and_the_verb_goes_on_with_the_report_before() -> None:
    found = quotes(
        "一名白宫发言人对记者说，副总统不会出席这次会议。并表示，会议的日程仍在商定之中。",
        # (after the reporter's narration, a sentence opening with 并 names no one)
        "法国外交部说，会谈将如期举行。代表团星期五抵达日内瓦。并表示，他们已做好准备。",
        "中国海警船驶入该海域。并宣称，这是例行巡航。",
    )
    assert found == [
        ("indirect", "白宫", "副总统不会出席这次会议。"),
        ("indirect", "白宫", "会议的日程仍在商定之中。"),
        ("indirect", "法国外交部", "会谈将如期举行。"),
    ]
