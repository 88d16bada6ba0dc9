"""Reported speech of mechanisms the recall audit of every development folder found recurring
(benchmarks/devset, docs/IMPORT-RULES.md "The tenth round"): verbs that only report speech before or
after a quotation, a name in marks before the noun it qualifies, and a Chinese verb of saying
right before a clause with a subject of its own; each with the look-alikes that must not be taken
(the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes


def test_asserted_before_a_quotation_attributes_it() -> None:
    assert quotes(
        "During the meeting, Mayor Jane Roe asserted, “We will keep the parks open.” She left.",
    ) == [("direct", "Jane Roe", "We will keep the parks open.")]
    assert quotes("“We will keep the parks open,” Mayor Jane Roe countered.") == [
        ("direct", "Jane Roe", "We will keep the parks open,")
    ]


def test_asserted_with_a_noun_phrase_is_no_quote() -> None:
    assert quotes("Mayor Jane Roe asserted her right to speak at the meeting.") == []


def test_a_name_in_marks_before_its_noun_is_no_quote() -> None:
    assert quotes("The “Safe Streets” programme stressed the need for safety.") == []
    assert quotes("The city’s “Safe Streets” plan asserts its aims in three pages.") == []


def test_a_short_quotation_before_a_pronoun_and_its_verb_is_still_a_quote() -> None:
    assert quotes("Jane Roe spoke to reporters. “Enough” she said.") == [
        ("direct", "Jane Roe", "Enough")
    ]


def test_a_chinese_verb_right_before_a_clause_with_its_own_subject() -> None:
    assert quotes("北约秘书长马克·吕特星期四说，北约很团结。吕特承认美国对北约感到失望。") == [
        ("indirect", "马克·吕特", "北约很团结。"),
        ("indirect", "马克·吕特", "美国对北约感到失望。"),
    ]
    assert quotes("众议员克里斯·史密斯强调了每一个致力于维护自由的国家都应该支持藏人。") == [
        ("indirect", "克里斯·史密斯", "每一个致力于维护自由的国家都应该支持藏人。")
    ]


def test_a_chinese_verb_with_an_attitude_a_verb_phrase_or_a_noun_is_no_quote() -> None:
    for sentence in (
        "国务卿马尔科·卢比奥表示乐观。",
        "国务卿马尔科·卢比奥强调了两国合作的重要性。",
        "国务卿马尔科·卢比奥承认错误。",
        "国务卿马尔科·卢比奥宣布了这一举措。",
        "黎巴嫩驻华盛顿大使馆证实了这项协议的存在。",  # 存在 after 的: a noun
        "新西兰总理杰辛达·阿德恩承认北京是代表中国的唯一政府。",  # recognition, not speech
    ):
        assert quotes(sentence) == [], sentence


def test_a_description_given_as_no_title_refers_back_to_the_person_just_quoted() -> None:
    assert quotes(
        "北约秘书长马克·吕特(Mark Rutte)表示，盟友进展顺利。",
        "这位北约领导人表示，这一目标并非随意设定。",
    ) == [
        ("indirect", "马克·吕特", "盟友进展顺利。"),
        ("indirect", "马克·吕特", "这一目标并非随意设定。"),
    ]


def test_a_description_with_nobody_quoted_before_is_no_source() -> None:
    assert quotes("北约峰会星期四开幕。", "这位北约领导人表示，这一目标并非随意设定。") == []


def test_a_short_form_before_a_clause_of_time_is_the_source() -> None:
    assert quotes(
        "美国国务卿马尔科·卢比奥(Marco Rubio)星期二说，美国不会收费。"
        "卢比奥抵达阿拉伯联合酋长国后对记者说，国际法不允许收费。"
    ) == [
        ("indirect", "马尔科·卢比奥", "美国不会收费。"),
        ("indirect", "马尔科·卢比奥", "国际法不允许收费。"),
    ]


def test_a_report_ends_before_background_on_a_place_and_before_a_directive() -> None:
    assert quotes("市长约翰·史密斯说，导弹击中了北部城市阿卡，该市居住超过2万名居民。") == [
        ("indirect", "约翰·史密斯", "导弹击中了北部城市阿卡")
    ]
    assert quotes("总统约翰·史密斯强调，台湾问题最重要，他要求对方谨慎处理此事。") == [
        ("indirect", "约翰·史密斯", "台湾问题最重要")
    ]


def test_a_report_goes_on_through_the_place_it_names_and_a_hope() -> None:
    assert quotes("市长约翰·史密斯说，该市是安全的，他希望游客回来。") == [
        ("indirect", "约翰·史密斯", "该市是安全的，他希望游客回来。")
    ]


def test_a_dotted_name_with_another_form_of_its_first_name_in_brackets() -> None:
    assert quotes(
        "以色列驻美国大使耶希尔(迈克尔)·莱特(Yechiel (Michael) Leiter)在社媒平台X上发文称，"
        "真主党发射了火箭弹。",
        "莱特说，以色列将作出回应。",
    ) == [
        ("indirect", "耶希尔(迈克尔)·莱特", "真主党发射了火箭弹。"),
        ("indirect", "耶希尔(迈克尔)·莱特", "以色列将作出回应。"),
    ]


def test_a_dotted_name_after_a_verb_with_yu_is_registered_without_the_verb() -> None:
    assert quotes(
        "部长海格塞斯说，测试很成功。"
        "海格塞斯将资金的来源归功于唐纳德·特朗普(Donald Trump)总统签署的立法。",
        "特朗普总统去年1月下令启动该项目，并指出威胁仍是美国面临的“最具灾难性的威胁”。",
    ) == [
        ("indirect", "海格塞斯", "测试很成功。"),
        ("indirect", "唐纳德·特朗普", "威胁仍是美国面临的“最具灾难性的威胁”。"),
    ]


def test_per_a_source_opening_a_sentence_is_according_to_it() -> None:
    assert quotes(
        "The National Park Service (NPS) manages the grounds.",
        "Per NPS: The grounds are part of the park system.",
    ) == [("indirect", "National Park Service", "The grounds are part of the park system.")]
    assert quotes("Per the National Park Service, the grounds are part of the park system.") == [
        ("indirect", "National Park Service", "the grounds are part of the park system.")
    ]


def test_a_source_named_after_a_sentence_without_one_is_still_read() -> None:
    # (`_indirect` tests the sentences for a source only when the paragraph names one.)
    assert quotes(
        "The National Park Service (NPS) manages the grounds.",
        "The grounds were quiet.  Per NPS: The grounds are part of the park system.",
    ) == [("indirect", "National Park Service", "The grounds are part of the park system.")]
    assert quotes(
        "The grounds were quiet. According to the National Park Service, the grounds are part "
        "of the park system."
    ) == [("indirect", "National Park Service", "the grounds are part of the park system.")]


def test_per_a_unit_is_no_source() -> None:
    assert quotes("Per capita, incomes rose by a third.", "Per Year: the fee is paid.") == []


def test_an_acronym_spelt_out_before_names_the_body_in_full() -> None:
    assert quotes(
        "Officials of the Environmental Protection Agency (EPA) visited the plant.",
        "The EPA said that the water was safe.",
    ) == [("indirect", "Environmental Protection Agency", "the water was safe.")]
    # Initials that do not spell the acronym: the acronym stays the name.
    assert quotes(
        "Officials of the Water Office (EPA) visited the plant.",
        "The EPA said that the water was safe.",
    ) == [("indirect", "EPA", "the water was safe.")]
