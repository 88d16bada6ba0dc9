"""Reported speech in readouts of calls, meetings and travel and in Chinese news reports of
several sources: another source's report joined by `but`, unnamed representatives, two officials
together, `agreed` as an adjective, `that U.S. …`, a titled name's possessive, and the look-alikes
that must not be taken (benchmarks/devset/dev8 showed the need; the sentences here are written
for the tests)."""

from __future__ import annotations

from .helpers import quotes


def test_a_report_ends_where_another_source_reports_after_but() -> None:
    assert quotes(
        "The delegation of Canada met officials in Ottawa. Local representatives indicated that "
        "the plan was domestic, but the Canadian delegation noted there are risks for the region.",
    ) == [("indirect", "Canadian delegation", "there are risks for the region.")]


def test_but_before_a_noun_phrase_does_not_end_a_report() -> None:
    assert quotes(
        "Secretary Jane Roe said that the plan was ready, but the Senate Budget Committee had "
        "questions.",
    ) == [
        (
            "indirect",
            "Jane Roe",
            "the plan was ready, but the Senate Budget Committee had questions.",
        )
    ]


def test_unnamed_representatives_are_no_source_but_a_delegation_met_before_is() -> None:
    assert quotes("Fiji representatives said that the pact had no military purpose.") == []
    assert quotes(
        "The Ukrainian delegation said that the talks were useful.",
        "Ukrainian representatives stated that the draft reflects their interests.",
    ) == [
        ("indirect", "Ukrainian delegation", "the talks were useful."),
        ("indirect", "Ukrainian delegation", "the draft reflects their interests."),
    ]


def test_two_officials_together_are_no_source() -> None:
    assert (
        quotes(
            "Both Under Secretary Jane Roe and Advisor John McCarthy emphasized that the program "
            "will focus on equity.",
        )
        == []
    )
    assert quotes(
        "Advisor John McCarthy emphasized that the program will focus on equity.",
    ) == [("indirect", "John McCarthy", "the program will focus on equity.")]


def test_agreed_before_a_noun_is_an_adjective_not_the_narration() -> None:
    assert quotes(
        "Mr. John Roe underscored that any attempt to undermine the spirit and agreed benchmarks "
        "of the declaration would have consequences.",
    ) == [
        (
            "indirect",
            "John Roe",
            "any attempt to undermine the spirit and agreed benchmarks of the declaration "
            "would have consequences.",
        )
    ]
    assert quotes(
        "Secretary Jane Roe said that the talks were useful and agreed to meet again.",
    ) == [("indirect", "Jane Roe", "the talks were useful")]


def test_a_sentence_does_not_end_on_that_us() -> None:
    assert quotes(
        "Secretary Jane Roe highlighted that U.S. Special Envoy John Doe will travel to Sudan.",
    ) == [("indirect", "Jane Roe", "U.S. Special Envoy John Doe will travel to Sudan.")]
    # `the U.S.` still ends a sentence.
    assert quotes(
        "Secretary Jane Roe said that the plan came from the U.S. Officials were surprised.",
    ) == [("indirect", "Jane Roe", "the plan came from the U.S.")]


def test_a_titled_name_is_registered_without_its_possessive_and_what_follows() -> None:
    assert quotes(
        "The advisor recalled President Biden’s January 2021 Executive Order, in which the "
        "President emphasized that farmers can help lead the fight against climate change.",
    ) == [("indirect", "Biden", "farmers can help lead the fight against climate change.")]


def test_he_before_a_quote_names_a_person_named_with_a_role_before() -> None:
    assert quotes(
        "研究所高级研究员张俊华告诉美国之音(VOA)，情报机构能力很强。",
        "欧盟外交与安全政策高级代表卡娅·卡拉斯(Kaja Kallas)对媒体表示，欧盟已经证实了相关报道。",
        "张俊华表示，这对中欧贸易将带来重大影响。他说：“中国跟欧盟现在正处于贸易战中。”",
    ) == [
        ("indirect", "张俊华", "情报机构能力很强。"),
        ("indirect", "卡娅·卡拉斯", "欧盟已经证实了相关报道。"),
        ("indirect", "张俊华", "这对中欧贸易将带来重大影响。"),
        ("direct", "张俊华", "中国跟欧盟现在正处于贸易战中。"),
    ]
    # A name met for the first time, with no role, in a sentence that reports nothing, is not what
    # the 他 names (as before the rule).
    assert quotes(
        "欧盟外交与安全政策高级代表卡娅·卡拉斯(Kaja Kallas)对媒体表示，欧盟已经证实了相关报道。",
        "张俊华出席了会议，谈及中欧贸易。他说：“中国跟欧盟现在正处于贸易战中。”",
    )[-1] == ("direct", "卡娅·卡拉斯", "中国跟欧盟现在正处于贸易战中。")
    # Right after a sentence reporting his words it names him (the latest attribution's subject:
    # tests/importing/test_chinese_news_dev25.py).
    assert quotes(
        "欧盟外交与安全政策高级代表卡娅·卡拉斯(Kaja Kallas)对媒体表示，欧盟已经证实了相关报道。",
        "张俊华表示，这对中欧贸易将带来重大影响。他说：“中国跟欧盟现在正处于贸易战中。”",
    )[-1] == ("direct", "张俊华", "中国跟欧盟现在正处于贸易战中。")


def test_a_nickname_is_no_verb_of_saying() -> None:
    assert quotes(
        "唐纳德·特朗普(Donald Trump)总统星期一说，“我们会查看此事。”他说，“这个问题会得到解决的。”"
        "比比是以色列总理本雅明·内塔尼亚胡(Benjamin Netanyahu)的昵称。",
    ) == [
        ("direct", "唐纳德·特朗普", "我们会查看此事。"),
        ("direct", "唐纳德·特朗普", "这个问题会得到解决的。"),
    ]
    # 称 as a verb after a quote still attributes it.
    assert quotes("“这个问题会得到解决的。”以色列总理本雅明·内塔尼亚胡称。") == [
        ("direct", "本雅明·内塔尼亚胡", "这个问题会得到解决的。")
    ]


def test_the_unnamed_official_met_before_is_no_source() -> None:
    assert (
        quotes(
            "那位不透露姓名的美国官员向美国之音介绍说，会谈首先举行了联合会议。",
        )
        == []
    )
    # A named official's words still are.
    assert quotes("美国官员约翰·史密斯向美国之音介绍说，会谈首先举行了联合会议。") == [
        ("indirect", "约翰·史密斯", "会谈首先举行了联合会议。")
    ]


def test_a_quotation_after_a_quote_and_its_attribution_carries_those_words_on() -> None:
    # `“…。”这位官员补充说。“…”`: the second quotation is the unnamed official's too, not the
    # quote of the attribution after it, which introduces a report of its own.
    assert quotes(
        "一位美国官员说，会谈已经开始。“我们的共同目标是结束暴力。”这位官员补充说。“会谈将继续推进。”"
        "黎巴嫩总统约瑟夫·奥恩(Joseph Aoun)星期二说，他与美国国务卿进行了交谈。",
    ) == [("indirect", "约瑟夫·奥恩", "他与美国国务卿进行了交谈。")]
    # With no attribution before it, the attribution after it still names it.
    assert quotes(
        "“会谈将继续推进。”黎巴嫩总统约瑟夫·奥恩(Joseph Aoun)星期二说，他与美国国务卿进行了交谈。",
    ) == [
        ("direct", "约瑟夫·奥恩", "会谈将继续推进。"),
        ("indirect", "约瑟夫·奥恩", "他与美国国务卿进行了交谈。"),
    ]


def test_a_clause_of_time_after_the_comma_has_no_subject_of_its_own() -> None:
    assert quotes(
        "中国外交部发言人林剑在例行记者会上，回答德新社记者的相关提问时回答说：“有关说法没有依据。”",
    ) == [("direct", "林剑", "有关说法没有依据。")]
    # A clause that names a source after the comma is that source's.
    assert quotes(
        "在例行记者会上，中国外交部发言人林剑回答说：“有关说法没有依据。”",
    ) == [("direct", "林剑", "有关说法没有依据。")]


def test_a_person_met_before_named_after_what_he_belongs_to() -> None:
    assert quotes(
        "研究所高级研究员张俊华告诉美国之音，情报很强。",
        '"全欧亚洲研究所"的张俊华告诉美国之音,欧盟和中国之间最大的心结就是乌克兰战争。',
    ) == [
        ("indirect", "张俊华", "情报很强。"),
        ("indirect", "张俊华", "欧盟和中国之间最大的心结就是乌克兰战争。"),
    ]
    # A name after 的 met for the first time is no source.
    assert quotes("研究所的张俊华告诉美国之音，欧盟和中国之间最大的心结就是乌克兰战争。") == []


def test_a_surname_and_title_after_a_description_name_a_dotted_name_given_before() -> None:
    assert quotes(
        "黎巴嫩总统约瑟夫·奥恩(Joseph Aoun)星期二说，"
        "他与美国国务卿马尔科·卢比奥(Marco Rubio)进行了交谈。"
        "身在中东的卢比奥国务卿证实，他和万斯一起与奥恩进行了交谈。",
    ) == [
        ("indirect", "约瑟夫·奥恩", "他与美国国务卿马尔科·卢比奥(Marco Rubio)进行了交谈。"),
        ("indirect", "马尔科·卢比奥", "他和万斯一起与奥恩进行了交谈。"),
    ]
    # Not someone else described by that name (`卢比奥家人`).
    assert quotes(
        "黎巴嫩总统约瑟夫·奥恩(Joseph Aoun)星期二说，"
        "他与美国国务卿马尔科·卢比奥(Marco Rubio)进行了交谈。"
        "身在中东的卢比奥家人证实，他和万斯一起与奥恩进行了交谈。",
    ) == [
        ("indirect", "约瑟夫·奥恩", "他与美国国务卿马尔科·卢比奥(Marco Rubio)进行了交谈。"),
    ]


def test_a_report_that_opens_a_sentence_is_the_report_of_its_source_before() -> None:
    assert quotes(
        "路透社5月的报道称，中国秘密训练了约200名俄罗斯军事人员。",
        "报道称中方提供的训练主要侧重于无人机使用。",
    ) == [
        ("indirect", "路透社", "中国秘密训练了约200名俄罗斯军事人员。"),
        ("indirect", "路透社", "中方提供的训练主要侧重于无人机使用。"),
    ]
    # With no report named before, nobody's.
    assert quotes("报道称中方提供的训练主要侧重于无人机使用。") == []


def test_a_full_name_in_the_title_names_the_surname_of_the_body() -> None:
    from pressreader.importing.annotate import annotate

    sections: list[tuple[str | None, list[str]]] = [
        (None, ["Mr. Sullivan underscored that the transition must go on."])
    ]
    found = annotate(sections, "Statement on National Security Advisor Jake Sullivan’s Call")
    assert [(q.speaker, q.text) for q in found.quotes] == [
        ("Jake Sullivan", "the transition must go on.")
    ]
    # The body's own first name wins over the title's form of it.
    sections = [
        (
            None,
            [
                "President Joseph R. Biden, Jr. met President Xi. President Biden emphasized "
                "that the talks must go on."
            ],
        )
    ]
    found = annotate(sections, "Readout of President Joe Biden’s Meeting with President Xi")
    assert [q.speaker for q in found.quotes] == ["Joseph R. Biden, Jr."]


def test_a_source_before_a_clause_of_place_that_names_a_dotted_name() -> None:
    assert quotes(
        "中国领导人习近平上个月在北京与美国总统唐纳德·特朗普(Donald Trump)的峰会中强调，"
        "台湾问题是最重要的问题。",
    ) == [("indirect", "习近平", "台湾问题是最重要的问题。")]
    # Words before the clause that name no one leave the dotted name as the source.
    assert quotes(
        "记者在北京峰会中见到美国总统唐纳德·特朗普(Donald Trump)强调，台湾问题是最重要的问题。",
    ) == [("indirect", "唐纳德·特朗普", "台湾问题是最重要的问题。")]


def test_he_after_a_quote_names_a_dotted_name_opening_a_sentence_by_its_short_form() -> None:
    assert quotes(
        "中国领导人习近平上个月在北京与美国总统唐纳德·特朗普(Donald Trump)的峰会中强调，"
        "台湾问题是最重要的问题。",
        "特朗普在离开北京前接受美国媒体的专访时说，他不希望见到台湾独立。"
        "他希望台海能维持现状，“这是中国应该可以接受的。”他说。",
    ) == [
        ("indirect", "习近平", "台湾问题是最重要的问题。"),
        # (`他希望…` carries the report on up to the quotation: ANNOTATING.md, "Eighth folder")
        ("indirect", "唐纳德·特朗普", "他不希望见到台湾独立。他希望台海能维持现状"),
        ("direct", "唐纳德·特朗普", "这是中国应该可以接受的。"),
    ]
    # A short form no dotted name gave is not taken for one: the 他 names the source before.
    assert quotes(
        "中国领导人习近平上个月在北京强调，台湾问题是最重要的问题。",
        "哈里斯在离开北京前说，她不希望见到台湾独立。“这是可以接受的。”他说。",
    )[-1] == ("direct", "习近平", "这是可以接受的。")


def test_thousands_grouped_by_commas_in_a_chinese_figure() -> None:
    from .helpers import figures

    assert [
        (value, text)
        for value, _, _, text in figures(
            "今年的台北电脑展有来自33个国家的1,500家厂商参加，另有一笔1,500.5万元的资金。"
        )
    ] == [(33, "33个国家"), (1500, "1,500家厂商参加"), (15005000, "1,500.5万元")]
    # A comma between numbers that are no group of thousands leaves them apart.
    assert [value for value, _, _, _ in figures("这次会议有来自各地的12,34家厂商参加。")] == [34]


def test_a_number_of_dozens_in_words() -> None:
    from .helpers import figures

    assert figures("The delegation met with more than two dozen members of his cabinet.") == [
        (24, None, "members", "more than two dozen members")
    ]
    assert figures("The delegation met with a dozen members of his cabinet.") == [
        (12, None, "members", "dozen members")
    ]


def test_a_clause_with_a_pronoun_and_an_auxiliary_right_after_the_verb() -> None:
    assert quotes(
        "研究所高级研究员张俊华告诉美国之音，情报很强。",
        "张俊华提到他曾经阅读到过俄媒正面报道过相关的消息，他说：“中国的AI比较发达。”",
    ) == [
        ("indirect", "张俊华", "情报很强。"),
        ("indirect", "张俊华", "他曾经阅读到过俄媒正面报道过相关的消息"),
        ("direct", "张俊华", "中国的AI比较发达。"),
    ]
    # A pronoun as the object (`提到他的父亲`) is no clause.
    assert quotes(
        "研究所高级研究员张俊华告诉美国之音，情报很强。",
        "张俊华提到他的父亲，他说：“中国的AI比较发达。”",
    ) == [("indirect", "张俊华", "情报很强。"), ("direct", "张俊华", "中国的AI比较发达。")]


def test_a_lower_case_body_names_one_that_spoke_before() -> None:
    assert quotes(
        "Fiji representatives said that the pact was domestic, but the U.S. delegation noted "
        "there are potential implications. If steps are taken, the delegation noted that the "
        "United States would then have significant concerns.",
    ) == [
        ("indirect", "U.S. delegation", "there are potential implications."),
        ("indirect", "U.S. delegation", "the United States would then have significant concerns."),
    ]
    # With no delegation that spoke before, `the delegation` names nobody.
    assert (
        quotes(
            "A U.S. delegation visited Honiara. The delegation noted that the United States would "
            "then have significant concerns.",
        )
        == []
    )


def test_a_minister_titled_daichen_is_no_part_of_the_name() -> None:
    assert quotes("英国外交大臣伊薇特·库珀(Yvette Cooper)说，冲突“不符合任何人的利益”。") == [
        ("indirect", "伊薇特·库珀", "冲突“不符合任何人的利益”。")
    ]


def test_both_x_and_y_before_the_verb_are_several_people() -> None:
    together = (
        "Vice President Kamala Harris spoke today with Dr. Tedros. Both the Director-General "
        "and the Vice President reiterated that they look forward to meeting in person."
    )
    assert quotes(together) == []
    # `both` inside the sentence before is no subject of the verb.
    assert quotes(
        "Vice President Kamala Harris spoke today with both leaders. The Vice President reiterated "
        "that they look forward to meeting in person.",
    ) == [("indirect", "Kamala Harris", "they look forward to meeting in person.")]
