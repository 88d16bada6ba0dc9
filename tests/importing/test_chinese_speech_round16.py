"""Chinese reports whose span missed the gold's, found by a span audit of unlabelled texts
(docs/IMPORT-RULES.md, "The sixteenth round (spans)"): a term in marks that opens the clause after a
verb with no comma; a source's account carried on by `这一…` or by `同时，还应…`; the reporter's
word on what a report set off (`，这在台北引发了…`). Each shape with the near-misses that must
not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import near_linear, quotes

# --- a term in marks opening the clause after a verb with no comma ----------------------------


def test_a_term_in_marks_that_opens_a_clause_is_part_of_an_indirect_quote() -> None:
    found = quotes("王毅说，双方会谈顺利。他指出“一带一路”倡议取得了“丰硕成果”。")
    assert ("indirect", "王毅", "“一带一路”倡议取得了“丰硕成果”。") in found
    assert not any(text == "一带一路" for _kind, _speaker, text in found)
    # joined to the quotation before it: the quotation's speaker
    found = quotes("卢比奥说：“他们寻求的是安全区，”并指出“史诗狂怒行动”取得了“巨大成功”。")
    assert found == [
        ("direct", "卢比奥", "他们寻求的是安全区，"),
        ("indirect", "卢比奥", "“史诗狂怒行动”取得了“巨大成功”。"),
    ]


def test_a_term_in_marks_with_no_clause_after_it_stays_a_direct_quote() -> None:
    for sentence, words in (
        ("强调“一个中国”原则。", "一个中国"),  # only a noun after the term
        ("表示“严重关切”，并敦促各方克制。", "严重关切"),  # a comma after the marks
        ("说“谢谢”之后离开了。", "谢谢"),  # a word said, then narration
    ):
        found = quotes("王毅" + sentence)
        assert ("direct", "王毅", words) in found, sentence
        assert all(kind == "direct" for kind, _speaker, _text in found), sentence
    # `如果说` joins a clause: no one's words
    found = quotes("如果说“江流”寄托着他对生命韧性的理解，那么“开片”则承载着他对残缺的思考。")
    assert all(kind != "indirect" for kind, _speaker, _text in found)


# --- a source's account carried on ---------------------------------------------------------------


def test_an_account_carried_on_by_this_and_by_what_should_also_be_done() -> None:
    found = quotes("古特雷斯指出，今年是该战略通过二十周年。这一战略是国际社会共同的行动框架。")
    assert found == [
        ("indirect", "古特雷斯", "今年是该战略通过二十周年。这一战略是国际社会共同的行动框架。")
    ]
    found = quotes(
        "古特雷斯指出，通过深化国家间合作，可以弥补关键缺口。同时，还应加强与合作伙伴的协作。"
    )
    assert found == [
        (
            "indirect",
            "古特雷斯",
            "通过深化国家间合作，可以弥补关键缺口。同时，还应加强与合作伙伴的协作。",
        )
    ]


def test_an_account_not_carried_on_by_narration_after_same_time() -> None:
    for after in (
        "同时，全球补贴规模也超过9000亿美元。",  # a fact of its own, no `应`
        "同时，还应加强协作，他星期三说。",  # another attribution
        "与此同时，秘书长应邀访问了日本。",  # `应邀`: an invitation, not `应` (should)
        "这一决定星期三宣布。",  # a time of the narration
    ):
        found = quotes("古特雷斯指出，通过合作可以弥补关键缺口。" + after)
        assert ("indirect", "古特雷斯", "通过合作可以弥补关键缺口。") in found, after


# --- the reporter's word on what a report set off ---------------------------------------


def test_a_report_ends_before_what_it_set_off() -> None:
    found = quotes("特朗普在会晤后表示，他尚未决定是否批准该计划，这在台北引发了不确定性。")
    assert found == [("indirect", "特朗普", "他尚未决定是否批准该计划")]
    found = quotes("特朗普表示，他尚未作出决定，这引起了盟友的担忧。")
    assert found == [("indirect", "特朗普", "他尚未作出决定")]
    # not a clause that goes on with the report (`这在法律上没有问题`)
    found = quotes("特朗普表示，他有权作出决定，这在法律上没有问题。")
    assert found == [("indirect", "特朗普", "他有权作出决定，这在法律上没有问题。")]


def test_the_new_shapes_stay_linear_on_hostile_text() -> None:
    # a pronoun naming no one before it: no source for the terms in marks after it
    marks = near_linear(lambda n: quotes("他指出" + "“一带一路”倡议取得了“成果”，" * n + "。"), 200)
    assert marks == ([], [])
    # the account carried on over every `同时，还应…` sentence: one report holding them all
    small, large = near_linear(
        lambda n: quotes("古特雷斯指出，A。" + "同时，还应加强协作。" * n), 200
    )
    assert small == [("indirect", "古特雷斯", "A。" + "同时，还应加强协作。" * 200)]
    assert large == [("indirect", "古特雷斯", "A。" + "同时，还应加强协作。" * 800)]
    set_off = near_linear(lambda n: quotes("他表示，" + "这在台北引发了" * n + "。"), 300)
    assert set_off == ([], [])


# --- an attribution left inside a report ---------------------------------------------------------


def test_but_at_the_same_time_said_starts_a_second_report() -> None:
    found = quotes("Anthropic表示，已暂停所有用户的访问权限，但同时指出，政府的措施并无充分依据。")
    assert found == [
        ("indirect", "Anthropic", "已暂停所有用户的访问权限"),
        ("indirect", "Anthropic", "政府的措施并无充分依据。"),
    ]
    found = quotes("王毅说，双方会谈顺利，但也表示，分歧依然存在。")
    assert found == [
        ("indirect", "王毅", "双方会谈顺利"),
        ("indirect", "王毅", "分歧依然存在。"),
    ]
    # not `但同时` in the source's own clause with no verb of saying
    found = quotes("王毅说，双方会谈顺利，但同时分歧依然存在。")
    assert found == [("indirect", "王毅", "双方会谈顺利，但同时分歧依然存在。")]


def test_an_account_carried_on_by_what_it_means() -> None:
    found = quotes("古特雷斯强调，推进可持续发展对反恐至关重要。这意味着扩大经济机会。")
    assert found == [
        ("indirect", "古特雷斯", "推进可持续发展对反恐至关重要。这意味着扩大经济机会。")
    ]
    # not with a time of the narration or another source
    for after in ("这意味着星期三的会议将推迟。", "这意味着，外交部发言人说，会议将推迟。"):
        found = quotes("古特雷斯强调，推进可持续发展对反恐至关重要。" + after)
        assert ("indirect", "古特雷斯", "推进可持续发展对反恐至关重要。") in found, after
