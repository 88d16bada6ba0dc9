"""Chinese speakers that are no name, from the eleventh round over 134 unlabelled VOA texts
(docs/IMPORT-RULES.md, "Since the eleventh round of Chinese speakers"): 称 after 原, 改, 旧 or a
person's `位人`, `名人` right before a short term in marks gives a name (`首长原称“噶伦赤巴”`,
`这一职务改称 “司政”`, `这位人称“卢蒙巴·韦阿”的男子`: what a post or a person is called), not a
quotation of a speaker `首长原`, `职务改` or `这位人`, as `昵称`, `简称` and `俗称` were not. Each
with a near shape that must stay a quote; and what a person is where the report finds them, a
visitor or a player's position (`游客埃隆说`, `巴尔的摩游客马尼说`, `后卫泰勒·亚当斯说`), read as a
title before the name (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_OPENING = "流亡政府在2011年更名为“藏人行政中央”。"


# --- a name given ---------------------------------------------------------------------------


def test_a_former_name_in_marks_is_no_quote() -> None:
    assert quotes(_OPENING + "流亡政府内阁首长原称“噶伦赤巴”，从2001年起由直选产生。") == []


def test_a_new_name_in_marks_is_no_quote() -> None:
    assert quotes(_OPENING + "2012年这一职务改称“司政”。") == []


def test_an_old_name_in_marks_with_wei_is_no_quote() -> None:
    assert quotes(_OPENING + "这座城市旧称为“西贡”，后来改名。") == []


def test_a_person_known_as_a_name_in_marks_is_no_quote() -> None:
    text = "他是刚果足球队的一位狂热球迷。这位人称“卢蒙巴·韦阿”的男子会在比赛期间登上高台。"
    assert quotes(text) == []


# --- near shapes: still quotes ----------------------------------------------------------------


def test_a_spokesperson_saying_words_in_marks_is_still_a_quote() -> None:
    found = quotes("中国外交部发言人毛宁星期一举行记者会。一位发言人称“这不是事实”。")
    assert [kind for kind, _, _ in found] == ["direct"]
    assert found[0][2] == "这不是事实"


def test_a_changed_account_in_a_sentence_of_marks_is_still_a_quote() -> None:
    # (a sentence in marks: words said, not a name; its speaker, read as `随后改` before as
    # now, is a gap left, docs/IMPORT-RULES.md)
    found = quotes("白宫发言人莱维特星期一举行记者会。莱维特随后改称“这是一个误会，我们会纠正。”")
    assert [(kind, text) for kind, _, text in found] == [("direct", "这是一个误会，我们会纠正。")]


def test_and_said_before_marks_is_still_a_quote() -> None:
    text = "台湾总统赖清德星期三视察部队。赖清德对此表达肯定，并称“这是强化防卫能力的一步”。"
    found = quotes(text)
    assert found == [("direct", "赖清德", "这是强化防卫能力的一步")]


# --- what a person is, written before the name like a title -----------------------------------

_FLOWERS = "一群刚毕业的大学生兴奋地寻找着家乡州的州花。"


def test_a_visitor_before_a_short_name_is_a_role() -> None:
    found = quotes(_FLOWERS + "游客埃隆说：“我们马里兰州的州花是黑眼苏珊。”")
    assert found == [("direct", "埃隆", "我们马里兰州的州花是黑眼苏珊。")]


def test_a_visitor_after_a_place_is_a_role_not_part_of_the_name() -> None:
    found = quotes(_FLOWERS + "马里兰州巴尔的摩游客马尼说：“我非常热爱自己的国家。”")
    assert found == [("direct", "马尼", "我非常热爱自己的国家。")]


def test_a_players_position_before_a_dotted_name_is_a_role() -> None:
    found = quotes("美国队将迎战澳大利亚。美国队后卫泰勒·亚当斯说：“这是最重要的一点。”")
    assert found == [("direct", "泰勒·亚当斯", "这是最重要的一点。")]


def test_an_unnamed_visitor_is_still_no_source() -> None:
    assert quotes(_FLOWERS + "一名美国游客表示，这里的花很美。") == []


def test_a_body_named_with_the_word_keeps_its_officials_name() -> None:
    found = quotes("游客中心主任王明说：“今年人很多。”")
    assert found == [("direct", "王明", "今年人很多。")]
