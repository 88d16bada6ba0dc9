"""Chinese news reports of markets, a sentencing, a defence policy, a hearing and a diplomatic
dispute, from the twenty-eighth development folder and an audit of unlabelled VOA texts
(docs/IMPORT-RULES.md, "The twenty-eighth development folder"): a clause whose predicate is in marks
after a verb with no comma, `发出警告` as a noun, a `据X统计` inside a quotation, and a name written
again with another dot. Each shape with a near shape that must not be taken (the sentences here
are written for the tests)."""

from __future__ import annotations

from .helpers import near_linear, quotes

# --- a clause whose predicate is in marks -------------------------------------------------------


def test_a_clause_whose_predicate_is_in_marks_is_one_report() -> None:
    assert quotes("古巴武装部队证实了此次会晤，表示双方“同意保持两军之间的沟通”。") == [
        ("indirect", "古巴武装部队", "双方“同意保持两军之间的沟通”。")
    ]
    assert quotes("唐纳德·特朗普总统表示古巴政府“即将垮台”，并称其为“一个失败的国家”。") == [
        ("indirect", "唐纳德·特朗普", "古巴政府“即将垮台”"),
        ("direct", "唐纳德·特朗普", "一个失败的国家"),
    ]
    assert quotes("马尔科·卢比奥说他“非常失望”。") == [
        ("indirect", "马尔科·卢比奥", "他“非常失望”。")
    ]


def test_words_in_marks_after_a_verb_or_alone_are_no_such_clause() -> None:
    # a verb before the marks: no subject, no clause of content
    assert quotes("马尔科·卢比奥强调需要“全面遵守协议条款”。") == []
    assert quotes("马尔科·卢比奥表示支持“以实力求和平”。") == []
    # the words in marks alone are the source's own (a direct quote), as before
    assert quotes("马尔科·卢比奥表示“坚决反对和强烈谴责”。") == [
        ("direct", "马尔科·卢比奥", "坚决反对和强烈谴责")
    ]
    # a word that holds 说 is no verb of saying (`说明`)
    assert quotes("美国国务院说明中方“言行不一”。") == []
    # marks that do not end the clause name a term (`“一带一路”倡议`)
    assert quotes("马尔科·卢比奥强调中方“一带一路”倡议。") == []


# --- a warning given as a noun ------------------------------------------------------------------


def test_a_warning_given_is_a_noun_not_a_verb_of_saying() -> None:
    assert (
        quotes("通过向古巴供应燃料的国家征收关税发出警告，唐纳德·特朗普总统对古巴实施了封锁。")
        == []
    )
    assert quotes("众议员们就宇树科技构成的威胁提出警告，呼吁将其列入清单。") == []
    # the verb itself still reports
    assert quotes("古巴外交部长布鲁诺·罗德里格斯警告，任何军事行动都将导致一场屠杀。") == [
        ("indirect", "布鲁诺·罗德里格斯", "任何军事行动都将导致一场屠杀。")
    ]


# --- a report inside a quotation ----------------------------------------------------------------


def test_according_to_inside_a_quotation_is_the_quotations() -> None:
    assert quotes(
        "众议员詹姆斯·麦戈文说：“中国是最严重的国家。据自由之家统计，此类事件已累计发生319起。”"
    ) == [
        (
            "direct",
            "詹姆斯·麦戈文",
            "中国是最严重的国家。据自由之家统计，此类事件已累计发生319起。",
        )
    ]
    # outside marks it is the source's report, as before
    assert quotes("据自由之家统计，此类事件已累计发生319起。") == [
        ("indirect", "自由之家", "此类事件已累计发生319起。")
    ]


# --- a name written again with another dot ------------------------------------------------------


def test_a_name_written_before_with_the_middle_dot_keeps_its_speaker() -> None:
    assert quotes(
        "委员会共同主席、联邦众议员克里斯·史密斯星期四主持召开听证会。",
        "委员会共同主席克里斯•史密斯(Chris Smith)众议员提到，跨国镇压的现象已经扩张至外国。",
    ) == [("indirect", "克里斯·史密斯", "跨国镇压的现象已经扩张至外国。")]


def test_a_name_only_written_with_another_dot_keeps_it() -> None:
    assert quotes(
        "委员会主席约翰·史密斯星期四主持召开听证会。",
        "以色列国防军发言人埃菲‧德弗林(Effie Defrin)准将说，空军正在执行拦截任务。",
    ) == [("indirect", "埃菲‧德弗林", "空军正在执行拦截任务。")]


# --- bounded time -------------------------------------------------------------------------------


def test_the_new_shapes_stay_linear_on_hostile_text() -> None:
    small, large = near_linear(
        lambda n: quotes("古巴武装部队表示" + "双方“同意”，" * n + "。"), 200
    )
    assert small == [("indirect", "古巴武装部队", "双方“同意”，" * 200 + "。")]
    assert large == [("indirect", "古巴武装部队", "双方“同意”，" * 800 + "。")]
    small, large = near_linear(
        lambda n: quotes("克里斯·史密斯说，A。" + "克里斯•史密斯•史密斯" * n), 300
    )
    assert small == large == [("indirect", "克里斯·史密斯", "A。")]
    small, large = near_linear(
        lambda n: quotes("麦戈文说：“" + "据自由之家统计，A。" * n + "”"), 400
    )
    assert small == [("direct", "麦戈文", "据自由之家统计，A。" * 400)]
    assert large == [("direct", "麦戈文", "据自由之家统计，A。" * 1600)]
    assert near_linear(lambda n: quotes("各国" + "发出警告，" * n + "。"), 300) == ([], [])
