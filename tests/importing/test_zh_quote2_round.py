"""A Chinese quotation with no attribution of its own that opens the paragraph right after a
paragraph ending with one source's direct quote, its attribution before it (`白宫发言人…表示说，
“…。”`), or going on only about that source (`他说：“…。”他还称赞X。`), carries that source's words
on (ANNOTATING.md, "A quoted paragraph with no attribution"), whole or as the paragraph's first
sentence (`“…。”以色列总理…为…辩护`, VOA paragraphs run together)."""

from __future__ import annotations

from .helpers import quotes


def test_a_quotation_paragraph_after_a_direct_quote_that_goes_on_about_its_source() -> None:
    assert quotes(
        "特朗普总统星期五在白宫讲话。他说：“我们和以色列并肩作战，表现得非常好。”"
        "他还称赞以色列总理本雅明·内塔尼亚胡(Benjamin Netanyahu)。",
        "“他是一位斗士型总理，应该得到这样的认可。”",
        "“这是另一段话。”",  # (the paragraph after the next: no one's)
    ) == [
        ("direct", "特朗普", "我们和以色列并肩作战，表现得非常好。"),
        ("direct", "特朗普", "他是一位斗士型总理，应该得到这样的认可。"),
    ]


def test_a_quotation_opening_its_paragraph_after_a_paragraph_ending_with_a_quote() -> None:
    assert quotes(
        "美国和伊朗正准备进行技术会谈。白宫发言人星期四晚间在一份简短声明中表示说，"
        "“此类谈判的后勤安排从来都不简单。”",
        "“截至目前，副总统今晚不会启程。我们期待尽快开始技术会谈。”"
        "万斯副总统星期四在白宫举行的简报会上证实，60天期限于星期四正式开始。",
    ) == [
        ("direct", "白宫", "此类谈判的后勤安排从来都不简单。"),
        ("direct", "白宫", "截至目前，副总统今晚不会启程。我们期待尽快开始技术会谈。"),
        ("indirect", "万斯", "60天期限于星期四正式开始。"),
    ]


def test_an_attribution_after_the_quotation_is_its_own() -> None:
    # (two people together: no one's quote, not the source of the paragraph before)
    assert quotes(
        "白宫发言人在一份声明中表示说，“此类谈判的后勤安排从来都不简单。”",
        "“中国共产党绝不应获取有关美国驾驶员的敏感信息。”当时，这两位议员在声明中表示。",
    ) == [("direct", "白宫", "此类谈判的后勤安排从来都不简单。")]


def test_a_heading_in_marks_and_narration_after_a_report_carry_nothing() -> None:
    # (a subheading in marks ends no sentence; a quote after the reporter's narration has no
    # source)
    assert quotes(
        "白宫发言人在一份声明中表示说，“此类谈判的后勤安排从来都不简单。”",
        "“最不希望我们纪念六四的是中共”",
    ) == [("direct", "白宫", "此类谈判的后勤安排从来都不简单。")]
    assert quotes(
        "白宫发言人在一份声明中表示说，“此类谈判的后勤安排从来都不简单。”会谈原定星期五举行。",
        "“截至目前，副总统今晚不会启程。”",
    ) == [("direct", "白宫", "此类谈判的后勤安排从来都不简单。")]


def test_a_heading_in_marks_after_a_report_is_no_quote() -> None:
    # (dev11: the subheading after the museum's report, which the gold leaves alone)
    assert quotes(
        "六四纪念馆发表声明，谴责肇事者，指出这是跨国镇压行动的最新一例。",
        "“最不希望我们纪念六四的是中共”",
        "此次事件正值六四事件37周年纪念日到来之际。",
    ) == [("indirect", "六四纪念馆", "这是跨国镇压行动的最新一例。")]


def test_the_paragraph_after_the_next_carries_nothing() -> None:
    assert quotes(
        "白宫发言人在一份声明中表示说，“此类谈判的后勤安排从来都不简单。”",
        "万斯计划领导美国谈判团队。",
        "“截至目前，副总统今晚不会启程。”",
    ) == [("direct", "白宫", "此类谈判的后勤安排从来都不简单。")]
