"""Chinese news reports of a court, a prosecution, two delegations' talks, a bill and markets, from
the twenty-fifth development folder and an audit of unlabelled VOA texts (docs/IMPORT-RULES.md, "The
twenty-fifth folder's round"): the reporter's note of what a source left unsaid, a charge counted
as a noun, a second source's report between two quotations, a document cited as someone's, the
words a document is said to use, a pronoun after the reports of its own paragraph, a clause of
time before a lead-in, verbs of calling, prison terms, a level an index passes and rounds of
talks. Each shape with a near shape that must not be taken (the sentences here are written for
the tests)."""

from __future__ import annotations

from .helpers import figures, near_linear, quotes, said_each_time

# --- where a report ends ------------------------------------------------------------------------


def test_a_report_ends_before_what_the_source_left_unsaid() -> None:
    assert quotes("以色列军方称此次袭击是“有针对性的”，但未提供更多细节。") == [
        ("indirect", "以色列军方", "此次袭击是“有针对性的”")
    ]
    assert quotes("美国国务院说，该部门正在审查相关申请，但没有透露具体时间。") == [
        ("indirect", "美国国务院", "该部门正在审查相关申请")
    ]


def test_a_but_clause_of_the_sources_own_stays_in_the_report() -> None:
    assert quotes("美国国务院说，该部门正在审查相关申请，但没有人员受到影响。") == [
        ("indirect", "美国国务院", "该部门正在审查相关申请，但没有人员受到影响。")
    ]


def test_a_charge_counted_is_a_noun_not_a_verb_of_saying() -> None:
    assert quotes("卢建旺被判有罪。这两项指控与他在纽约经办海外警务站有关。") == []
    assert quotes("这些指控与他在纽约经办海外警务站有关。") == []
    # the verb with its comma still reports
    assert quotes("人权组织指控，北京在海外设立了秘密警察站。") == [
        ("indirect", "人权组织", "北京在海外设立了秘密警察站。")
    ]


# --- who speaks ---------------------------------------------------------------------------------


def test_a_quotation_after_another_sources_report_is_not_the_earlier_speakers() -> None:
    # an unnamed official's report, then `并说：“…”`: no quote, and not the Prime Minister's
    # (named whole, a transliterated name of five characters: docs/IMPORT-RULES.md, "Since the ninth
    # round of Chinese subjects")
    assert quotes(
        "内塔尼亚胡在一份声明中说，“我们展开了行动。”华盛顿一位美国官员对路透社说，会谈正按计划进行，"
        "并说：“唯一途径是直接谈判。”"
    ) == [("direct", "内塔尼亚胡", "我们展开了行动。")]


def test_the_parts_of_one_quotation_split_by_one_attribution_are_one_speakers() -> None:
    assert quotes("“问题在于真主党，”卢比奥对记者说，“只要武装的真主党存在，就很难实现和平。”") == [
        ("direct", "卢比奥", "问题在于真主党，"),
        ("direct", "卢比奥", "只要武装的真主党存在，就很难实现和平。"),
    ]


def test_a_document_cited_as_someones_speaks_for_them() -> None:
    assert quotes(
        "根据联邦调查局的宣誓书，普罗珀承认他帮助策划了袭击。宣誓书说，这个计划要求举行示威活动。"
        "人群疏散时，组织成员将打击与会者和宣誓书中所称“高价值目标”的富人。"
        "宣誓书称，他因几位政客支持以色列而将他们列为目标。"
    ) == [
        ("indirect", "联邦调查局", "普罗珀承认他帮助策划了袭击。"),
        ("indirect", "联邦调查局", "这个计划要求举行示威活动。"),
        ("direct", "联邦调查局", "高价值目标"),
        ("indirect", "联邦调查局", "他因几位政客支持以色列而将他们列为目标。"),
    ]


def test_a_document_no_one_is_said_to_have_written_has_no_source() -> None:
    assert (
        quotes("星期二解封的法庭文件显示，一名男子被控犯罪。宣誓书说，这个计划要求举行示威活动。")
        == []
    )
    # `所称` is no `称` of the words before it
    assert quotes("组织成员将打击与会者和他们所称“高价值目标”的富人。") == []


def test_a_pronoun_after_the_reports_of_its_own_paragraph_names_their_source() -> None:
    assert quotes(
        "“北京已经表明，香港自治已死。”共和党参议员丹·沙利文在声明中说。",
        "倡导协调员许颖婷在一份声明中表示，参议员重推法案是对判决的回应。"
        "她在声明中说，“我们联同50多个组织发出了公开信。”",
    ) == [
        ("direct", "丹·沙利文", "北京已经表明，香港自治已死。"),
        ("indirect", "许颖婷", "参议员重推法案是对判决的回应。"),
        ("direct", "许颖婷", "我们联同50多个组织发出了公开信。"),
    ]


def test_a_pronoun_opening_its_paragraph_still_names_the_latest_speaker() -> None:
    assert quotes(
        "“北京已经表明，香港自治已死。”共和党参议员丹·沙利文在声明中说。",
        "他在声明中说，“本议案将修正这个问题。”",
    ) == [
        ("direct", "丹·沙利文", "北京已经表明，香港自治已死。"),
        ("direct", "丹·沙利文", "本议案将修正这个问题。"),
    ]


def test_a_clause_of_time_before_a_lead_in_is_no_source() -> None:
    assert quotes("两人被定罪时，倡导人权和自由的组织发表声明说：“这是里程碑。”") == []
    assert quotes("两人被定罪后，香港监察组织发表声明说：“这是里程碑。”") == [
        ("direct", "香港监察组织", "这是里程碑。")
    ]
    # `比利时` is a country, not a clause of time
    assert quotes("比利时政府发表声明说：“这是里程碑。”") == [
        ("direct", "比利时政府", "这是里程碑。")
    ]


def test_a_report_joined_to_a_quotation_by_bing_is_its_speakers() -> None:
    assert quotes(
        "美国特勤局副局长马修·奎因星期二在记者会上说，特勤局主导了调查。"
        "奎因说，“他们计划袭击自由250车队，”并指出仍有嫌疑人在逃。"
    ) == [
        ("indirect", "马修·奎因", "特勤局主导了调查。"),
        ("direct", "马修·奎因", "他们计划袭击自由250车队，"),
        ("indirect", "马修·奎因", "仍有嫌疑人在逃。"),
    ]
    # an attitude after the verb is no report
    assert quotes("卢比奥说：“我们欢迎这个建议，”并表示乐观。") == [
        ("direct", "卢比奥", "我们欢迎这个建议，")
    ]


def test_a_pronoun_before_a_clause_of_time_is_the_source() -> None:
    assert quotes(
        "美国国务卿马尔科·卢比奥(Marco Rubio)星期二出席了听证会。"
        "他在回答墨菲参议员的问题时说：“不，我们还没有讨论过这个问题。”"
    ) == [("direct", "马尔科·卢比奥", "不，我们还没有讨论过这个问题。")]
    # several people before the clause: no one
    assert quotes("他们在回答墨菲参议员的问题时说：“不，我们还没有讨论过这个问题。”") == []


# --- verbs of calling ---------------------------------------------------------------------------


def test_what_a_source_describes_something_as_is_its_direct_quote() -> None:
    assert quotes("法官鲍比·奇玛-格鲁布宣布量刑时将两人的行为描述为“蓄意的且严重的”。") == [
        ("direct", "鲍比·奇玛-格鲁布", "蓄意的且严重的")
    ]
    # a description given by no one in particular
    assert quotes("一名目击者看到一个发光物体，它被描述为“类似等离子体的球体”。") == []


def test_the_name_a_source_gives_what_it_condemns_is_its_direct_quote() -> None:
    assert quotes(
        "中国外交部驻港公署1月17日指责这部法案是“涉港恶法”，表示“坚决反对和强烈谴责”。"
    ) == [
        ("direct", "中国外交部驻港公署", "涉港恶法"),
        ("direct", "中国外交部驻港公署", "坚决反对和强烈谴责"),
    ]
    assert quotes("这部法案被指责是“涉港恶法”。") == []


# --- figures ------------------------------------------------------------------------------------


def test_a_prison_term_is_a_figure() -> None:
    assert figures(
        "两人分别被法庭判处八年及十年监禁。他被判监四年，与六年刑期分期执行，共被判十年。"
    ) == [
        (8, None, "年", "八年"),
        (10, None, "年", "十年监禁"),
        (4, None, "年", "四年"),
        (6, None, "年", "六年刑期"),
        (10, None, "年", "十年"),
    ]
    assert figures("他被判处27个月监禁，最高可面临三年监禁。") == [
        (27, None, "个月", "27个月监禁"),
        (3, None, "年", "三年监禁"),
    ]


def test_years_that_set_a_time_are_no_prison_term() -> None:
    assert figures("判刑三年后，他获释出狱。过去十年，他一直在国外。") == []


def test_a_level_an_index_passes_is_a_figure() -> None:
    assert figures("道琼斯指数上涨0.7%，至51032.46点，首次突破51000点大关。") == [
        (0.7, None, "%", "0.7%"),
        (51032.46, None, "点", "至51032.46点"),
        (51000, None, "点", "51000点"),
    ]
    assert figures("他提出了28点和平计划。") == []


def test_rounds_of_talks_are_counted() -> None:
    assert figures("美国斡旋了三轮和平谈判--两轮在阿布扎比，一轮在日内瓦。") == [
        (3, None, "轮", "三轮和平谈判")
    ]
    assert figures("包括4月14日以来在华盛顿举行的三轮大使级会谈。") == [
        (3, None, "轮", "三轮大使级会谈")
    ]


# --- bounded time -------------------------------------------------------------------------------


def test_the_new_shapes_stay_linear_on_hostile_text() -> None:
    said = ("direct", "许颖婷", "我们发出了公开信。")
    small, large = near_linear(
        lambda n: quotes("许颖婷表示，A。" + "她在声明中说，“我们发出了公开信。”" * n), 100
    )
    assert small[0] == large[0] == ("indirect", "许颖婷", "A。")
    said_each_time(small[1:], large[1:], said, 100)
    small, large = near_linear(
        lambda n: quotes(
            "根据联邦调查局的宣誓书，A。"
            + "宣誓书说，B。组织成员将打击宣誓书中所称“目标”的富人。" * n
        ),
        100,
    )
    for run, n in ((small, 100), (large, 400)):
        assert [text for _, _, text in run] == ["A。", *["B。", "目标"] * n]
    # the first quotation's source, however many attributions follow (an official the text
    # does not name: no source, of the quotation before as of the report after; test_probezh)
    small, large = near_linear(
        lambda n: quotes("“问题在于真主党，”" + "一位官员说，会谈正按计划进行，并说：“C”" * n), 50
    )
    assert small == large == []
    details = near_linear(
        lambda n: quotes("以色列军方称，A" + "，但未提供更多细节" * n + "。"), 300
    )
    assert details == ([], [])
    small, large = near_linear(
        lambda n: figures("两人分别被判处" + "八年及十年监禁，判监四年，" * n + "。"), 300
    )
    for run, n in ((small, 300), (large, 1200)):  # each sentence's ten and four years
        assert [value for value, _, _, _ in run].count(10) == n
        assert [value for value, _, _, _ in run].count(4) == n
