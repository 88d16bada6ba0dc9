"""Chinese reported speech from a second sample of the census of 134 unlabelled VOA texts
(docs/IMPORT-RULES.md, "Since the census of Chinese reported speech"): each shape with a near shape
that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

# --- 和 or 与 after a dotted name's time or verb: "with", not a second source --------------------


def test_a_pronoun_after_a_clause_where_the_name_acts_with_another() -> None:
    text = (
        "美国副总统JD·万斯星期一在瑞士结束和伊朗的新一轮谈判，他在返回美国之前强调，"
        "对伊朗不只是要听其言、还要观其行。"
    )
    assert quotes(text) == [("indirect", "JD·万斯", "对伊朗不只是要听其言、还要观其行。")]
    text = "国务卿马尔科·卢比奥星期二结束与以色列官员的会谈。他说，停火协议仍然有效。"
    assert quotes(text) == [("indirect", "马尔科·卢比奥", "停火协议仍然有效。")]


def test_a_name_that_acts_with_another_before_a_verb_of_saying() -> None:
    text = "美国副总统JD·万斯星期一结束和伊朗的谈判后表示，谈判取得了进展。"
    assert quotes(text) == [("indirect", "JD·万斯", "谈判取得了进展。")]


def test_two_sources_joined_before_the_time_stay_several() -> None:
    assert quotes("约翰·史密斯和玛丽星期一表示，谈判取得了进展。") == []
    text = "美国总统唐纳德·特朗普和法国总统埃马纽埃尔·马克龙星期一表示，谈判取得了进展。"
    assert quotes(text) == []
    assert quotes("约翰·史密斯星期一与玛丽共同宣布，谈判取得了进展。") == []


# --- 对X来说 ("for X") is no verb of saying ----------------------------------------------------


def test_for_someone_is_no_report() -> None:
    assert quotes("对梅西来说，这看起来是一个相对轻松的小组。") == []
    assert quotes("一般来说，这看起来是一个相对轻松的小组。") == []


def test_a_pronoun_after_for_someone_names_that_person_without_laishuo() -> None:
    text = "对梅根·豪威尔·史密斯来说，这正是博物馆希望达到的效果。她说：“我希望游客能看到历史。”"
    assert quotes(text) == [("direct", "梅根·豪威尔·史密斯", "我希望游客能看到历史。")]


def test_a_verb_before_laishuo_still_says() -> None:
    # (the speaker's name runs into 后来 as before, a gap of its own: only the report is held here)
    text = "国务卿马尔科·卢比奥后来说，这看起来是一个相对轻松的小组。"
    assert [(kind, said) for kind, _, said in quotes(text)] == [
        ("indirect", "这看起来是一个相对轻松的小组。")
    ]
    text = "国务卿马尔科·卢比奥星期二说，这看起来是一个相对轻松的小组。"
    assert quotes(text) == [("indirect", "马尔科·卢比奥", "这看起来是一个相对轻松的小组。")]
