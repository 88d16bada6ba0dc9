"""Chinese verbs of calling, criticising and praising before words in marks, from the tenth
census of 134 unlabelled VOA texts (docs/IMPORT-RULES.md, "Since the tenth census of Chinese
verbs"): `称赞X“…”`, `称赞X是“…”` (praise in the source's own words, as `批评X“…”` is criticism); a
clause of time or place between the source and the verb (`发言人在…声明后指责美国“抹黑”…`); and such
a sentence right after a closed quotation with its attribution before it
(`…说：“…。”她还指责X是“…”`), whose verb attributes nothing to the quotation before it; `而是说`
(said instead) with the sentence's subject; and 表示 before a verb phrase done with 了
(`表示拦截了…`), as before 已. Each with a near shape that must not be taken (the sentences here are
written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_MACRON = "法国总统埃马纽埃尔·马克龙(Emmanuel Macron)星期一抵达峰会。"
_RUBIO = "美国国务卿马尔科·卢比奥(Marco Rubio)发表书面声明。他在声明中说：“审查无法抹掉过去。”"


# --- praise in the source's words -------------------------------------------------------------


def test_praise_of_a_person_in_marks_is_a_direct_quote() -> None:
    found = quotes(_MACRON + "马克龙称赞这位总统“是一位伟大的领导人”。")
    assert found == [("direct", "埃马纽埃尔·马克龙", "是一位伟大的领导人")]


def test_praise_naming_the_deal_in_marks_is_a_direct_quote() -> None:
    found = quotes(_MACRON + "马克龙称赞该协议是“迈向和平的重要一步”。")
    assert found == [("direct", "埃马纽埃尔·马克龙", "迈向和平的重要一步")]


def test_praise_with_no_marks_is_no_quote() -> None:
    assert quotes(_MACRON + "马克龙称赞两国关系更加紧密了。") == []


def test_praise_of_a_term_in_marks_names_no_one() -> None:
    assert quotes(_MACRON + "马克龙称赞“一带一路”倡议。") == []


def test_praise_by_several_together_is_no_quote() -> None:
    assert quotes(_MACRON + "两国领导人在会谈中称赞该协议是“迈向和平的重要一步”。") == []


# --- a clause of time or place between the source and the verb --------------------------------


def test_a_setting_between_the_source_and_its_praise_leaves_it_the_sources() -> None:
    found = quotes(_MACRON + "马克龙在特朗普身边发表谈话时称赞该协议是“迈向和平的重要一步”。")
    assert found == [("direct", "埃马纽埃尔·马克龙", "迈向和平的重要一步")]


def test_an_offices_spokesperson_accusing_after_a_clause_of_time_is_the_office() -> None:
    found = quotes(
        "在北京，中国外交部发言人在美国国务卿发表声明后指责美国“抹黑”中国的政治制度，"
        "然而这段评论却从文字记录中被抹去。"
    )
    assert found == [("direct", "中国外交部", "抹黑")]


def test_a_setting_with_no_source_before_it_names_no_one() -> None:
    assert quotes("在国务卿发表声明后指责美国“抹黑”中国的政治制度的做法遭到批评。") == []


# --- right after a closed quotation -----------------------------------------------------------


def test_an_accusation_after_a_closed_quotation_is_its_speakers() -> None:
    found = quotes(
        _RUBIO,
        "中国外交部发言人毛宁在星期四的例行记者会上说：“中国政府早有明确结论。”"
        "她还指责卢比奥国务卿的声明是“歪曲历史事实，干涉中国内政”。",
    )
    assert found == [
        ("direct", "马尔科·卢比奥", "审查无法抹掉过去。"),
        ("direct", "毛宁", "中国政府早有明确结论。"),
        ("direct", "毛宁", "歪曲历史事实，干涉中国内政"),
    ]


def test_a_new_sentence_with_its_own_source_after_a_quotation_attributes_nothing() -> None:
    found = quotes(
        "唐纳德·特朗普(Donald Trump)星期四发帖。他说：“石油正在流通。”"
        "伊朗总统马苏德·佩泽希齐扬(Masoud Pezeshkian)称协议是“历史性的文件”。"
    )
    assert found[0] == ("direct", "唐纳德·特朗普", "石油正在流通。")


def test_an_attribution_after_a_quotation_with_none_before_still_names_its_speaker() -> None:
    found = quotes(_RUBIO, "“中国政府早有明确结论。”毛宁说。")
    assert found[-1] == ("direct", "毛宁", "中国政府早有明确结论。")


# --- `而是说`: said instead, the subject left out -----------------------------------------------


def test_said_instead_after_a_denial_is_the_subjects_report() -> None:
    found = quotes(
        "白宫发言人没有将此次行程延误与黎巴嫩的暴力事件联系起来，而是说行程延误是“后勤安排”原因。"
    )
    assert found == [("indirect", "白宫", "行程延误是“后勤安排”原因。")]


def test_said_instead_with_a_comma_is_the_subjects_report() -> None:
    found = quotes("唐纳德·特朗普(Donald Trump)没有回应，而是说，行程延误是后勤安排原因。")
    assert found == [("indirect", "唐纳德·特朗普", "行程延误是后勤安排原因。")]


def test_not_this_but_that_is_the_reporters_contrast() -> None:
    assert quotes("这不是说行程延误是后勤安排原因，而是说白宫没有准备好。") == []


def test_a_stance_instead_is_no_report() -> None:
    assert quotes("唐纳德·特朗普(Donald Trump)没有回应，而是表示欢迎。") == []


# --- `表示` before a verb phrase done with 了 ---------------------------------------------------


def test_said_before_an_act_done_is_a_report() -> None:
    found = quotes("约旦称击落了20枚伊朗导弹，而科威特则表示拦截了24架伊朗无人机。")
    assert found[-1] == ("indirect", "科威特", "拦截了24架伊朗无人机。")


def test_said_before_an_adverb_and_an_act_done_is_a_report() -> None:
    found = quotes("谷歌表示最终挫败了与该威胁行为者相关的恶意基础设施。")
    assert found == [("indirect", "谷歌", "最终挫败了与该威胁行为者相关的恶意基础设施。")]


def test_said_with_an_aspect_mark_and_a_noun_is_an_attitude() -> None:
    for text in ("谷歌表示了关切。", "谷歌表示充分了解这一情况。"):
        assert quotes(text) == [], text
