"""Chinese reports of economic and defence policy, from the thirty-sixth development folder and an
audit of unlabelled VOA texts (docs/IMPORT-RULES.md, "The thirty-sixth development folder"): words
that are no source before a verb of saying (an occasion after a role and `的`, people counted,
`之前`). Each shape with a near shape that must not be taken (the sentences here are written for the
tests)."""

from __future__ import annotations

from .helpers import quotes

# --- an occasion after a role and 的 -------------------------------------------------------------


def test_an_occasion_after_a_role_and_de_is_where_it_was_said() -> None:
    text = "中国国家主席习近平出席峰会。习近平在与特朗普总统的峰会上警告说，两国处置失当就会冲突。"
    assert quotes(text) == [("indirect", "习近平", "两国处置失当就会冲突。")]
    text = "中国国家主席习近平出席会议。习近平在同马克龙总统的通话中表示，双方应加强合作。"
    assert quotes(text) == [("indirect", "习近平", "双方应加强合作。")]


def test_a_name_after_a_description_and_de_is_still_the_source() -> None:
    text = "相当于美国驻台湾首席外交代表的谷立言在仪式中说，美台关系稳固。"
    assert quotes(text) == [("indirect", "谷立言", "美台关系稳固。")]


# --- people counted -----------------------------------------------------------------------------


def test_people_counted_as_they_speak_are_several_sources() -> None:
    assert quotes("三位部长在星期六的联合声明中确认，第一支柱仍按计划进行。") == []
    assert quotes("会议结束后，三名部长说，合作将继续。") == []


def test_a_name_or_body_after_a_count_word_that_counts_no_one_still_speaks() -> None:
    assert quotes("总部位于伦敦的国际战略研究所(IISS)表示，核风险正在上升。") == [
        ("indirect", "国际战略研究所", "核风险正在上升。")
    ]
    assert quotes("名誉主席王大明说，合作将继续。") == [("indirect", "王大明", "合作将继续。")]


# --- 之前 between a source and its verb ---------------------------------------------------------


def test_zhiqian_after_unnamed_officials_leaves_no_source() -> None:
    assert quotes("美国官员之前表示，军事行动打断了伊朗的计划。") == []


def test_zhiqian_after_a_named_source_leaves_the_source() -> None:
    assert quotes("北约秘书长马克·吕特之前表示，北约准备好保卫其领土。") == [
        ("indirect", "马克·吕特", "北约准备好保卫其领土。")
    ]


# --- a Latin abbreviation written after a body's Chinese name -------------------------------------


def test_an_abbreviation_speaking_is_the_body_it_was_written_after() -> None:
    text = "七国集团(G7)领导人星期三发表宣言。在资金方面，G7表示，已有195个项目宣布落地。"
    assert quotes(text) == [("indirect", "七国集团", "已有195个项目宣布落地。")]
    text = "此外，美国联邦航空管理局(FAA)发布了禁令。FAA说，惩罚可包括罚款。"
    assert quotes(text) == [("indirect", "美国联邦航空管理局", "惩罚可包括罚款。")]


def test_an_abbreviation_after_a_name_that_is_no_bodys_stays_as_written() -> None:
    text = "这场由终极格斗冠军赛(UFC)主办的比赛吸引了观众。UFC说，比赛很成功。"
    assert quotes(text) == [("indirect", "UFC", "比赛很成功。")]
    # (no name written with it: the abbreviation alone, its digit kept)
    assert quotes("峰会结束了。G20表示，各国将加强合作。") == [
        ("indirect", "G20", "各国将加强合作。")
    ]


# --- a call or a condemnation joined to a report -------------------------------------------------


def test_a_call_or_condemnation_after_a_report_is_the_sources_act() -> None:
    text = "世界粮食计划署表示，当地民众急需食物和住所，并呼吁筹集5000万美元资金。"
    assert quotes(text) == [("indirect", "世界粮食计划署", "当地民众急需食物和住所")]
    text = (
        "美国驻北约大使马修·惠特克表示，美国与罗马尼亚站在一起，并谴责他所称的俄罗斯的“鲁莽入侵”。"
    )
    assert quotes(text) == [
        ("indirect", "马修·惠特克", "美国与罗马尼亚站在一起"),
        ("direct", "马修·惠特克", "鲁莽入侵"),
    ]


def test_a_call_inside_a_reports_words_or_in_marks_stays_in_it() -> None:
    # (a call the report tells of, no verb of the source's after `，并`)
    text = "世界粮食计划署表示，该机构已向各国发出呼吁，并将继续提供援助。"
    assert quotes(text) == [
        ("indirect", "世界粮食计划署", "该机构已向各国发出呼吁，并将继续提供援助。")
    ]
    text = "马克·吕特说，“俄罗斯的战争必须结束，并呼吁各方停火。”"
    assert quotes(text) == [("direct", "马克·吕特", "俄罗斯的战争必须结束，并呼吁各方停火。")]


# --- 指责 with a clause of its own ---------------------------------------------------------------


def test_an_accusation_with_a_clause_of_its_own_is_a_report() -> None:
    text = "俄罗斯安全委员会主席德米特里·梅德韦杰夫发表声明。他同时指责欧盟领导人导致了这场战争。"
    assert quotes(text) == [("indirect", "德米特里·梅德韦杰夫", "欧盟领导人导致了这场战争。")]
    text = "美国总统唐纳德·特朗普星期五指责伊朗泄露了有关协议的不实细节。"
    assert quotes(text) == [("indirect", "唐纳德·特朗普", "伊朗泄露了有关协议的不实细节。")]


def test_an_accusation_of_a_thing_or_in_marks_or_by_both_sides_is_no_report() -> None:
    assert quotes("唐纳德·特朗普指责中国的做法。唐纳德·特朗普指责了中国。") == []
    assert quotes("中国外交部驻港公署1月17日指责这部法案是“涉港恶法”。") == [
        ("direct", "中国外交部驻港公署", "涉港恶法")
    ]
    assert quotes("停火多次延续，双方都指责对方违反了停火。") == []
    assert quotes("双方都表示，对方违反了停火。") == []


# --- words of manner where a subject would stand -------------------------------------------------


def test_words_of_manner_before_a_verb_are_no_source() -> None:
    text = "美国对此有着清醒的认识，并一致认为，“霸权国家主导的太平洋会破坏平衡。”"
    assert quotes(text) == []
    assert quotes("七国集团发表宣言，此举被广泛认为是针对中国。") == []


def test_a_source_before_words_of_manner_still_speaks() -> None:
    assert quotes("唐纳德·特朗普一再表示，中国是对手。") == [
        ("indirect", "唐纳德·特朗普", "中国是对手。")
    ]


# --- the reporter's background after a report ----------------------------------------------------


def test_a_report_ends_before_the_background_the_reporter_joins_to_it() -> None:
    text = "唐纳德·特朗普还表示，停火正处于危险之中，此前他拒绝了伊朗的提议，称该提议没有保证。"
    assert quotes(text) == [
        ("indirect", "唐纳德·特朗普", "停火正处于危险之中"),
        ("indirect", "唐纳德·特朗普", "该提议没有保证。"),
    ]


def test_an_earlier_time_inside_the_reports_own_clause_stays_in_it() -> None:
    assert quotes("唐纳德·特朗普表示，伊朗此前已经同意开放海峡。") == [
        ("indirect", "唐纳德·特朗普", "伊朗此前已经同意开放海峡。")
    ]
    assert quotes("唐纳德·特朗普说，“停火正在生效，此前的冲突已经结束。”") == [
        ("direct", "唐纳德·特朗普", "停火正在生效，此前的冲突已经结束。")
    ]


def test_people_pointed_at_but_not_named_are_no_source() -> None:
    text = "那些在后方打造武器的工人在信中写道：“现在的工资已无法养活家人。”"
    assert quotes(text) == []


def test_a_person_named_before_the_same_words_is_the_source() -> None:
    text = "工会主席王大明在信中写道：“现在的工资已无法养活家人。”"
    assert quotes(text) == [("direct", "王大明", "现在的工资已无法养活家人。")]
