"""Chinese quotes and figures from the zhdev58 round's misses on its new folder of VOA reports
(docs/IMPORT-RULES.md, "Since the zhdev58 round"): a thing that never speaks is no source (a
picture, an agreement's or a bill's text, item or data, a summary issued at a time alone), and how
long a term being served or something lasting runs is a figure (the sentences here are written for
the tests)."""

from __future__ import annotations

from .helpers import figures, quotes

# --- a thing that never speaks -----------------------------------------------------------------


def test_a_picture_is_no_source() -> None:
    assert quotes("卫星图像显示，该区域建有逾80处发射坪。") == []
    assert quotes("这些卫星图像显示，该区域建有发射坪。") == []


def test_an_agreements_text_or_item_is_no_source() -> None:
    assert quotes("协议文本显示，实施该计划的具体机制将在最终协议中敲定。") == []
    assert quotes("该协议的条款显示，美国将解除封锁。") == []
    # (an item opening the clause: no one's words in marks, not the words before 重申)
    assert quotes("协议第8点要求伊朗重申“不采购或发展核武器”。") == []


def test_a_bill_citing_data_is_no_source() -> None:
    text = "议员们援引交易的快速增长。法案引用数据显示，相关交易规模约达1360亿美元。"
    assert quotes(text) == []


def test_a_summary_issued_at_a_time_alone_is_no_source() -> None:
    # (总结 is also a verb of saying: `…的主席` before it is no source either)
    assert quotes("会后发表的主席总结指出，中国的市场扭曲正破坏竞争秩序。") == []
    assert quotes("会后发表的主席总结指出，“中国的市场扭曲”正破坏竞争秩序。") == []


def test_a_body_whose_data_or_document_speaks_is_still_the_source() -> None:
    text = "中国海关数据显示，出口增长了5%。"
    assert quotes(text) == [("indirect", "中国海关", "出口增长了5%。")]
    assert quotes("七国集团发表的宣言说，各国将加强合作。") == [
        ("indirect", "七国集团", "各国将加强合作。")
    ]
    assert quotes("根据菲律宾武装部队的图片，该结构物长约20米。") == [
        ("indirect", "菲律宾武装部队", "该结构物长约20米。")
    ]


def test_a_person_speaking_after_a_meeting_still_speaks() -> None:
    # (`会后发表的` before a speech, or `在会后总结时`: a person named, the setting no source)
    for text in (
        "安东尼奥·古特雷斯在会后发表的讲话中说，各方应保持克制。",
        "安东尼奥·古特雷斯在会后总结时说，各方应保持克制。",
    ):
        assert quotes(text) == [("indirect", "安东尼奥·古特雷斯", "各方应保持克制。")], text


# --- a term served, a term in days ---------------------------------------------------------------


def test_a_term_being_served_is_a_figure() -> None:
    assert figures("他在法院驳回上诉后，开始入狱服刑五天。") == [(5, None, "天", "五天")]


def test_a_term_in_days_is_a_figure() -> None:
    assert figures("法官将其判处五天监禁，在上诉期间获准保释。") == [(5, None, "天", "五天监禁")]
    assert figures("他被判处20年监禁。") == [(20, None, "年", "20年监禁")]


def test_a_time_after_a_term_is_no_figure() -> None:
    assert figures("他服刑三年后获释。") == []
    assert figures("他判刑三年后才出狱。") == []


# --- how long something lasted -------------------------------------------------------------------


def test_a_wars_length_is_a_figure() -> None:
    assert figures("这次入侵引发了持续两年的以色列—哈马斯战争。") == [(2, None, "年", "两年")]
    assert figures("这场冲突已持续110天。") == [(110, None, "天", "110天")]


def test_a_length_with_more_than_is_a_figure() -> None:
    assert figures("这些攻击行动持续了一年多后才被发现。") == [(1, None, "年", "一年多")]


def test_an_exercise_lasting_days_is_a_figure() -> None:
    assert figures("台湾军方持续五天举行操演。") == [(5, None, "天", "五天")]


def test_a_vague_length_is_no_figure() -> None:
    assert figures("冲突持续数月。") == []
    assert figures("局势持续紧张。") == []


def test_a_length_counted_once_with_an_event_word() -> None:
    # (`已持续51天的停火`: the ceasefire's length, found once)
    assert figures("双方试图巩固已持续51天的停火局面。") == [(51, None, "天", "51天的停火")]
