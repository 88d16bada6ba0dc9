"""Chinese attributions the VOA texts showed once each (docs/IMPORT-RULES.md, "What it finds"): a
space before the colon after the verb (`穆塞韦尼说 ：“…”`), a source's act in its own statement
before a colon (`X在一份声明中试图安抚公众：“…”`), a call-out (`X的广播喊话：“…”`, `X向Y喊话：“…”`)
and a dotted name's one-character last part (`李问道：“…”` after `迈克·李(Mike Lee)`); each with a
near shape left alone (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

# --- a space before the colon -------------------------------------------------------------------


def test_a_space_before_the_colon_or_the_comma_after_the_verb() -> None:
    # (the source the verb's own clause opens with, not the first clause's)
    assert quotes("乌干达已加强边境管控，穆塞韦尼说 ：“我们停止了巴士和客运车辆。”") == [
        ("direct", "穆塞韦尼", "我们停止了巴士和客运车辆。")
    ]
    assert quotes("穆塞韦尼说 ，“我们停止了巴士和客运车辆。”") == [
        ("direct", "穆塞韦尼", "我们停止了巴士和客运车辆。")
    ]


def test_a_space_before_a_colon_after_no_verb_and_a_stop_after_the_verb() -> None:
    assert quotes("乌干达总统穆塞韦尼的讲话标题 ：“我们停止了巴士和客运车辆。”") == []
    assert quotes("乌干达总统穆塞韦尼说 。“我们停止了巴士和客运车辆。”") == []


# --- an act in the source's own statement -------------------------------------------------------

_SPOKESPERSON = "内政部发言人随后表示：“我们正在清除藻类。”"


def test_an_act_in_the_sources_own_statement_before_a_colon() -> None:
    assert quotes(
        _SPOKESPERSON,
        "内政部发言人凯蒂·马丁(Katie Martin)在一份声明中试图安抚公众："
        "“你们看到的藻类是供水管道残留的。”",
    ) == [
        ("direct", "内政部", "我们正在清除藻类。"),
        ("direct", "凯蒂·马丁", "你们看到的藻类是供水管道残留的。"),
    ]


def test_a_joint_statement_and_a_document_quoted_in_one_are_no_ones() -> None:
    # (two sources together; the words of a report the statement quotes)
    assert (
        quotes(
            "凯蒂·马丁和约翰·史密斯在一份联合声明中试图安抚公众：“你们看到的藻类是供水管道残留的。”"
        )
        == []
    )
    assert quotes("凯蒂·马丁在一份声明中引用了报告：“藻类是残留的。”") == []


# --- a call-out ---------------------------------------------------------------------------------


def test_a_ships_broadcast_call_out_is_the_ships() -> None:
    assert quotes(
        "台湾海巡署公布了彼此在广播中的对话内容。",
        "台湾“高雄舰”的广播喊话：“中国在台湾东部海域不享有任何权利，请立即转向。”",
    ) == [("direct", "高雄舰", "中国在台湾东部海域不享有任何权利，请立即转向。")]
    assert quotes("特朗普星期五向伊朗喊话：“立即停火。”") == [("direct", "特朗普", "立即停火。")]


def test_a_call_out_of_no_one_named_and_one_with_no_marks_are_no_quotes() -> None:
    assert quotes("他们的喊话：“请立即转向。”") == []
    assert quotes("过程中双方相互喊话宣示主权。台湾海巡署公布了对话内容。") == []


# --- a one-character last part ------------------------------------------------------------------

_LEE = "共和党参议员迈克·李(Mike Lee)向卢比奥询问了伊朗政权的分裂状况。"


def test_a_dotted_names_one_character_last_part_names_the_person() -> None:
    assert quotes(_LEE + "李问道：“我一直想知道，这是为什么？”") == [
        ("direct", "迈克·李", "我一直想知道，这是为什么？")
    ]
    assert quotes(_LEE + "李说，伊朗政权已经分裂。") == [
        ("indirect", "迈克·李", "伊朗政权已经分裂。")
    ]


def test_a_one_character_surname_no_dotted_name_ends_with_names_no_one() -> None:
    # (the name's end not written, `迈克·李向…`; a one-character surname of its own)
    assert (
        quotes("共和党参议员迈克·李向卢比奥询问了伊朗政权的分裂状况。李问道：“这是为什么？”") == []
    )
    assert quotes("共和党参议员李(Mike Lee)向卢比奥询问了伊朗政权。李问道：“这是为什么？”") == []


# --- a pronoun after earlier clauses of its own sentence ----------------------------------------

_MARTIN = "凯蒂·马丁在一份声明中说：“藻类是残留的。”"


def test_a_pronoun_after_its_sentences_own_subject_is_that_subject() -> None:
    assert quotes(
        _MARTIN,
        "藻类一直是顽疾。就在上个月，特朗普在白宫强调了他的不满，他说：“我看着华盛顿纪念碑。”",
    ) == [("direct", "凯蒂·马丁", "藻类是残留的。"), ("direct", "特朗普", "我看着华盛顿纪念碑。")]
    assert quotes(
        "美国国会图书馆展览总监约翰·鲍威尔(John Powell)说这是第一次合并展出，"
        "他表示“现在正是推出这项展览的恰当时机。”"
    ) == [
        ("indirect", "约翰·鲍威尔", "这是第一次合并展出"),
        ("direct", "约翰·鲍威尔", "现在正是推出这项展览的恰当时机。"),
    ]


def test_a_pronoun_after_a_title_no_one_holds_names_no_one() -> None:
    assert quotes(
        _MARTIN, "就在上个月，总统在白宫强调了他的不满，他说：“我看着华盛顿纪念碑。”"
    ) == [("direct", "凯蒂·马丁", "藻类是残留的。")]


def test_a_pronoun_opening_its_sentence_or_after_a_quotation_is_read_as_before() -> None:
    assert quotes(_MARTIN, "他说：“我看着华盛顿纪念碑。”") == [
        ("direct", "凯蒂·马丁", "藻类是残留的。"),
        ("direct", "凯蒂·马丁", "我看着华盛顿纪念碑。"),
    ]
    # (the words in marks before the pronoun are no clause whose subject it names)
    found = quotes(
        "在午餐会上，阿尔特曼敦促各国政府掌握主导权。“不要将责任推给AI实验室，”他说，“我们负责开发技术。”"
    )
    assert "不要" not in [speaker for _, speaker, _ in found]
