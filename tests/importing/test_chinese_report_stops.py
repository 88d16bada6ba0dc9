"""Chinese reports cut and joined (docs/IMPORT-RULES.md, "Chinese reports cut and joined"): where a
report stops inside its sentence (a second verb after `但`, a colon quotation, `，并声称`), what
starts one (`批评` with a clause, a court's ruling, `表示反对…`, `说他要求…`), what carries it on
(a sentence pointing back) and what its speaker is not (`同日`, `站在…`, `尽管`). Each shape with a
near shape that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

# --- `，但他强调，…`: a second report of the same source --------------------------------------


def test_but_he_stressed_starts_a_second_report() -> None:
    assert quotes(
        "欧洲理事会主席安东尼奥·科斯塔说，他已与克里姆林宫接触，但他强调，他不是调解人。"
    ) == [
        ("indirect", "安东尼奥·科斯塔", "他已与克里姆林宫接触"),
        ("indirect", "安东尼奥·科斯塔", "他不是调解人。"),
    ]
    assert quotes("财长斯科特·贝森特表示，谈判仍在进行，而她指出，双方分歧很大。") == [
        ("indirect", "斯科特·贝森特", "谈判仍在进行"),
        ("indirect", "斯科特·贝森特", "双方分歧很大。"),
    ]


def test_but_he_with_no_verb_of_saying_goes_on() -> None:
    assert quotes("欧洲理事会主席安东尼奥·科斯塔说，他已与克里姆林宫接触，但他强烈反对调解。") == [
        ("indirect", "安东尼奥·科斯塔", "他已与克里姆林宫接触，但他强烈反对调解。")
    ]


# --- `，国务院表示：“…”`: a source's own words after a colon -----------------------------------


def test_a_colon_quotation_ends_the_report_before_it() -> None:
    assert quotes(
        "美国国务院在电邮中表示，国务院已经注意到有关报道，国务院表示：“美国公民的安全是重中之重。”"
    ) == [
        ("indirect", "美国国务院", "国务院已经注意到有关报道"),
        # (the short form of `美国国务院` named before is that body: dev32's gold, and the
        # zhdev53 round's `院` of a state)
        ("direct", "美国国务院", "美国公民的安全是重中之重。"),
    ]


def test_news_about_it_is_no_report() -> None:
    # `有关报道，`: the reports the source noticed, not a source that reports
    assert quotes("美国国务院表示，国务院已经注意到有关报道，正在了解情况。") == [
        ("indirect", "美国国务院", "国务院已经注意到有关报道，正在了解情况。")
    ]


def test_a_colon_with_no_verb_of_saying_goes_on() -> None:
    # (a title, not a source's words: the report goes on)
    assert quotes("美国国务院表示，国务院已经注意到一篇报道，其标题为：“美国公民被拘”。") == [
        ("indirect", "美国国务院", "国务院已经注意到一篇报道，其标题为：“美国公民被拘”。")
    ]


# --- `他说的…`: a thing the source calls so, inside the report ----------------------------------


def test_what_he_calls_does_not_end_the_report() -> None:
    assert quotes(
        "发言人德米特里·佩斯科夫说，俄罗斯愿意接触，但前提是欧洲停止他说的对莫斯科“说教”。"
    ) == [
        ("indirect", "德米特里·佩斯科夫", "俄罗斯愿意接触，但前提是欧洲停止他说的对莫斯科“说教”。")
    ]


def test_another_source_after_but_still_ends_the_report() -> None:
    assert quotes("发言人德米特里·佩斯科夫说，俄罗斯愿意接触，但乌克兰外交部说，这只是姿态。") == [
        ("indirect", "德米特里·佩斯科夫", "俄罗斯愿意接触"),
        ("indirect", "乌克兰外交部", "这只是姿态。"),
    ]


# --- `总统当时说`: the time is no part of the speaker -----------------------------------


def test_at_that_time_is_no_part_of_the_speaker() -> None:
    assert quotes("特朗普总统会见记者。总统当时说：“那将是一项伟大的协议。”") == [
        ("direct", "总统", "那将是一项伟大的协议。")
    ]


# --- `批评X没有…`: criticism with a clause of content ---------------------------------------


def test_criticism_with_a_clause_of_its_own_is_a_report() -> None:
    assert quotes("众议院议长迈克·约翰逊(Mike Johnson)批评民主党人没有投票支持延期。") == [
        ("indirect", "迈克·约翰逊", "民主党人没有投票支持延期。")
    ]
    assert quotes("美国国务院批评中国计划成立的调解院是推行反民主价值观的工具。") == [
        ("indirect", "美国国务院", "中国计划成立的调解院是推行反民主价值观的工具。")
    ]


def test_criticism_of_a_thing_or_the_noun_is_no_report() -> None:
    assert quotes("特朗普政府批评北京近年来限制香港公民自由的举措。") == []
    assert quotes("万斯批评了他所称的对这项协议的误导性描述。") == []
    assert quotes("参议员约翰·史密斯面对批评，仍然坚持立场。") == []


# --- `同日`, `站在…`: no part of the speaker --------------------------------------------------


def test_the_same_day_and_where_the_source_stands_end_the_speaker() -> None:
    assert quotes("是方电讯同日也发布消息说，其营运正常。") == [
        ("indirect", "是方电讯", "其营运正常。")
    ]
    assert quotes(
        "部长皮特·海格塞斯抵达基地。海格塞斯站在基地附近说，美国希望与古巴成为朋友。"
    ) == [("indirect", "皮特·海格塞斯", "美国希望与古巴成为朋友。")]


def test_a_description_that_opens_with_a_place_is_still_no_speaker() -> None:
    # (`站在…的士兵`: an unnamed soldier, the posture word opening his description)
    assert quotes("部长皮特·海格塞斯抵达基地。站在基地附近的士兵说，美国希望与古巴成为朋友。") == []


# --- `宣称A，反对B`: the source's stance after a clause taken without a comma -----------------


def test_a_stance_after_a_clause_without_a_comma_is_not_reported() -> None:
    assert quotes("中国政府宣称台湾是其领土一部分，反对任何国家损害其主权。") == [
        ("indirect", "中国政府", "台湾是其领土一部分")
    ]


def test_a_stance_after_a_comma_report_goes_on() -> None:
    # (after `宣称，` the clauses are all the source's words)
    assert quotes("中国政府宣称，台湾是其领土一部分，反对任何国家损害其主权。") == [
        ("indirect", "中国政府", "台湾是其领土一部分，反对任何国家损害其主权。")
    ]


# --- `陪审团裁定…`, `大法官…裁定，…`: a court's ruling -------------------------------------------


def test_a_courts_ruling_is_the_courts_report() -> None:
    assert quotes("最高法院大法官星期二(6月30日)裁定，任何在这个国家出生的人都是公民。") == [
        ("indirect", "最高法院", "任何在这个国家出生的人都是公民。")
    ]
    assert quotes("伦敦中央刑事法院的12人陪审团裁定两人通过监视协助外国情报机构。") == [
        ("indirect", "伦敦中央刑事法院", "两人通过监视协助外国情报机构。")
    ]
    assert quotes("美国纽约布鲁克林联邦法庭的陪审团裁决，卢建旺非法代理人的罪名成立。") == [
        ("indirect", "美国纽约布鲁克林联邦法庭", "卢建旺非法代理人的罪名成立。")
    ]


def test_a_ruling_inside_a_clause_or_a_name_given_is_no_report() -> None:
    assert quotes("这项申请是在美国一个陪审团5月裁定马斯克败诉数周之后提交的。") == []
    assert quotes("两名议员要求禁止被五角大楼认定与中国军方有关联的企业员工入境。") == []
    assert quotes("美国商务部正式认定为“外国对手”的国家包括伊朗。") == []
    assert quotes("依据这一认定，这些企业受到限制。") == []


# --- `北京表示反对…，同时声称…`: a stance with its object, then a second verb -----------------


def test_a_stated_stance_with_its_object_is_a_report() -> None:
    assert quotes("北京表示反对各种形式的单边关税措施，同时声称中国不存在强迫劳动。") == [
        ("indirect", "北京", "反对各种形式的单边关税措施"),
        ("indirect", "北京", "中国不存在强迫劳动。"),
    ]
    assert quotes("以色列外交部表示支持黎巴嫩政府解除真主党武装的努力。") == [
        ("indirect", "以色列外交部", "支持黎巴嫩政府解除真主党武装的努力。")
    ]


def test_a_stance_alone_or_a_noun_after_biao_shi_is_no_report() -> None:
    assert quotes("北京对此表示反对。") == []
    assert quotes("多国政府表示支持，并派出代表。") == []
    assert quotes("美国总统唐纳德·特朗普表示乐观。") == []
    # (`表示将…`, an intent the source states, is a report: tests/importing/test_zh_intent.py)


# --- `X指出，A。这种需求，…`: a report inside its paragraph carried on by a back reference -------


def test_a_sentence_pointing_back_carries_a_report_inside_its_paragraph_on() -> None:
    assert quotes(
        "证人安德鲁·罗森说，洗钱十分隐蔽。约翰·卡萨拉指出，中国国内对美元存在巨大的需求。"
        "这种需求促成了洗钱者与贩毒集团的同盟。"
    ) == [
        ("indirect", "安德鲁·罗森", "洗钱十分隐蔽。"),
        (
            "indirect",
            "约翰·卡萨拉",
            "中国国内对美元存在巨大的需求。这种需求促成了洗钱者与贩毒集团的同盟。",
        ),
    ]


def test_narration_after_a_report_inside_its_paragraph_is_not_carried_on() -> None:
    assert quotes(
        "证人安德鲁·罗森说，洗钱十分隐蔽。约翰·卡萨拉指出，中国国内对美元存在巨大的需求。"
        "执法当局收缴了大约1.5万美元。"
    ) == [
        ("indirect", "安德鲁·罗森", "洗钱十分隐蔽。"),
        ("indirect", "约翰·卡萨拉", "中国国内对美元存在巨大的需求。"),
    ]


# --- `，说他要求…`: a pronoun's clause with its verb, no comma ------------------------------------


def test_said_he_asked_is_a_report() -> None:
    assert quotes("唐纳德·特朗普总统为普尔特的任命辩护，说他要求普尔特缩减这个办公室的规模。") == [
        ("indirect", "唐纳德·特朗普", "他要求普尔特缩减这个办公室的规模。")
    ]


def test_speaking_of_him_is_no_report() -> None:
    assert quotes("唐纳德·特朗普总统常常说他的坏话。") == []


# --- `尽管有警告说，…`: a concession opens no source ------------------------------------------


def test_a_concession_is_no_part_of_the_speaker() -> None:
    assert quotes("尽管有警告说，这可能会危及安全，众议院还是否决了这项法案。") == []
    # (a named source after it still speaks)
    assert quotes("尽管唐纳德·特朗普总统说，谈判进展顺利。") == [
        ("indirect", "唐纳德·特朗普", "谈判进展顺利。")
    ]
