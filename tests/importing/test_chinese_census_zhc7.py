"""Chinese reported speech from a fourth sample of the census of 134 unlabelled VOA texts
(docs/IMPORT-RULES.md, "Since the census of Chinese reported speech"): `宣布` with no comma before a
clause of its own subject whose verb states where that subject stands, and `宣布` before an act
whose adverb holds 时; each with a near shape that must not be taken (the sentences here are
written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_VANCE = "美国副总统JD·万斯星期一在伊斯兰堡与伊朗代表团举行会谈。"


# --- `宣布` with a clause of its own subject: 达成, 构成, 进入, 成为, 处于 ------------------


def test_an_announcement_that_two_sides_reached_a_deal_is_a_report() -> None:
    found = quotes(_VANCE, "会谈结束后，万斯宣布双方达成协议，允许核查人员重返伊朗。")
    assert found[-1:] == [("indirect", "JD·万斯", "双方达成协议，允许核查人员重返伊朗。")]


def test_a_body_declaring_a_country_in_a_state_is_a_report() -> None:
    found = quotes("世界卫生组织5月17日宣布刚果民主共和国进入公共卫生紧急状态。")
    assert found == [("indirect", "世界卫生组织", "刚果民主共和国进入公共卫生紧急状态。")]


def test_a_body_declaring_what_an_outbreak_constitutes_is_a_report() -> None:
    found = quotes("世界卫生组织宣布刚果民主共和国的疫情构成国际关注的突发公共卫生事件。")
    assert found == [
        ("indirect", "世界卫生组织", "刚果民主共和国的疫情构成国际关注的突发公共卫生事件。")
    ]


def test_an_announcement_in_a_clause_of_time_is_none() -> None:
    found = quotes(_VANCE, "万斯在宣布双方达成协议后返回华盛顿。")
    assert found == []


def test_an_announced_noun_is_none() -> None:
    assert quotes(_VANCE, "万斯宣布一项新的合作计划。") == []


def test_an_act_with_another_party_stays_an_act_up_to_its_comma() -> None:
    found = quotes(_VANCE, "万斯宣布与伊朗达成协议，这是数月来的首次突破。")
    assert found[-1:] == [("indirect", "JD·万斯", "与伊朗达成协议")]


# --- an act whose adverb holds 时 is no clause of time ------------------------------------------


def test_an_act_announced_for_a_time_is_a_report() -> None:
    text = "美国财政部长斯科特·贝森特(Scott Bessent)在社交平台X上发贴文宣布临时放宽制裁。"
    assert quotes(text) == [("indirect", "斯科特·贝森特", "临时放宽制裁。")]


def test_an_act_announced_at_a_time_is_none() -> None:
    text = "美国财政部长斯科特·贝森特(Scott Bessent)宣布放宽制裁时，油价应声下跌。"
    assert quotes(text) == []
