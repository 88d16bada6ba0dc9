"""Reported speech whose speaker is named by title or pronoun after the first mention, and the
shapes that must not be taken for quotes (benchmarks/devset/dev5 showed the need; the sentences
here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes


def test_the_president_names_the_president_not_the_vice_president_named_after_him() -> None:
    assert quotes(
        "Today, President Jane Roe and Vice President John Doe met with the mayors.",
        "The President made clear that the budget must pass this week. He emphasized that "
        "cuts would hurt schools.",
        "The Vice President noted that the mayors had asked for more time.",
    ) == [
        ("indirect", "Jane Roe", "the budget must pass this week."),
        ("indirect", "Jane Roe", "cuts would hurt schools."),
        ("indirect", "John Doe", "the mayors had asked for more time."),
    ]


def test_the_minister_still_names_a_vice_minister_when_no_other_minister_is_named() -> None:
    assert quotes(
        "Vice Minister Ann Lee opened the meeting.",
        "The minister stressed that trade grew in every region.",
    ) == [("indirect", "Ann Lee", "trade grew in every region.")]


def test_chinese_name_after_a_military_rank_or_a_role_with_a_body_and_its_abbreviation() -> None:
    assert quotes(
        "美国空军准将约翰·史密斯(John Smith)说，无人机的成本正在下降。",
        "他补充说：“我们需要更多的试验。”",
        "国际航运协会(ISA)处长王立明(Wang Liming)说，航线已经恢复。",
        "相当于该协会首席代表的王立明在会上发表讲话时说，港口运转正常。他说，货运量持续增长。",
    ) == [
        ("indirect", "约翰·史密斯", "无人机的成本正在下降。"),
        ("direct", "约翰·史密斯", "我们需要更多的试验。"),
        ("indirect", "王立明", "航线已经恢复。"),
        ("indirect", "王立明", "港口运转正常。"),
        ("indirect", "王立明", "货运量持续增长。"),
    ]


def test_chinese_words_after_a_role_that_are_no_name() -> None:
    # A time after the role (`总统星期三`), a place (`在记者会上`) and a pronoun speaking for a
    # body (`他代表政府`) name the source they always named.
    assert quotes(
        "美国总统唐纳德·特朗普星期三说，谈判仍在进行。",
        "白宫新闻秘书卡罗琳·莱维特在记者会上说，总统将出席峰会。",
        "卡罗琳·莱维特还说，峰会将在下周举行。他代表政府说，细节尚未确定。",
    ) == [
        ("indirect", "唐纳德·特朗普", "谈判仍在进行。"),
        ("indirect", "卡罗琳·莱维特", "总统将出席峰会。"),
        ("indirect", "卡罗琳·莱维特", "峰会将在下周举行。"),
        ("indirect", "卡罗琳·莱维特", "细节尚未确定。"),
    ]


def test_chinese_pronoun_before_zhengbian_shuo_names_the_person_before() -> None:
    assert quotes(
        "众议员李华(Li Hua)说，军方必须更快行动。他争辩说，未来的作战必须依赖先进技术。",
    ) == [
        ("indirect", "李华", "军方必须更快行动。"),
        ("indirect", "李华", "未来的作战必须依赖先进技术。"),
    ]


def test_a_noun_phrase_with_a_to_or_an_adjective_before_need_is_no_clause() -> None:
    # Not quotes: the verb's object is a noun phrase whose `to` or `need` only looks like a
    # clause's verb.
    assert (
        quotes(
            "Governor Ann Lee met the mayors.",
            "The Governor also emphasized the urgent need for the state to continue funding "
            "schools as it recovers.",
            "Governor Lee reiterated her commitment to ensuring the agency continues to help "
            "farmers.",
            "She stressed the growing need for roads.",
        )
        == []
    )


def test_clauses_without_that_are_still_reports() -> None:
    assert quotes(
        "Governor Ann Lee met the mayors.",
        "The Governor noted the plan will continue. She emphasized their work will fill gaps.",
        "Lee said the effort to rebuild roads will take years.",
    ) == [
        ("indirect", "Ann Lee", "the plan will continue."),
        ("indirect", "Ann Lee", "their work will fill gaps."),
        ("indirect", "Ann Lee", "the effort to rebuild roads will take years."),
    ]


def test_a_title_with_the_countrys_adjective_names_the_person_given_the_title() -> None:
    assert quotes(
        "First Lady Jane Roe visited the school.",
        "The American First Lady stated, “Every child deserves a safe home.”",
        "She added, “We will keep working.”",
    ) == [
        ("direct", "Jane Roe", "Every child deserves a safe home."),
        ("direct", "Jane Roe", "We will keep working."),
    ]
    # With nobody given that title, a leader's title and the adjective name one person, by the
    # title (ANNOTATING.md, "Seventeenth and twenty-seventh folders again"); an official's none.
    assert quotes("The British Prime Minister stated, “Trade is growing fast.”") == [
        ("direct", "British Prime Minister", "Trade is growing fast.")
    ]
    assert quotes("The British Ambassador stated, “Trade is growing fast.”") == []


def test_the_emphatic_did_before_a_verb_of_saying() -> None:
    assert quotes(
        "President Joe Roe met the delegation.",
        "President Roe did caution that it is important to keep high standards.",
        "President Roe did underscore the importance of democracy.",
        "President Roe did mention the port.",
    ) == [("indirect", "Joe Roe", "it is important to keep high standards.")]


def test_chinese_report_ending_in_words_in_marks_runs_to_the_closing_mark() -> None:
    assert quotes(
        "处长王立明(Wang Liming)强调，这项合作不仅是一个协议，"
        "“更是伙伴关系的体现。这些关系将定义未来。”这次会议有五十人参加。",
        "他说：“我们会继续合作。我们不会放弃。”",
    ) == [
        (
            "indirect",
            "王立明",
            "这项合作不仅是一个协议，“更是伙伴关系的体现。这些关系将定义未来。”",
        ),
        ("direct", "王立明", "我们会继续合作。我们不会放弃。"),
    ]


def test_a_quotation_paragraph_after_a_paragraph_reporting_one_source_is_that_sources() -> None:
    assert quotes(
        "海军上校李华(Li Hua)说，海洋构成独特挑战。他提到所谓的“距离的暴政”。",
        "“我们要奔赴几千英里抵达任务区域。”",
        "“这是另一段话。”",
    ) == [
        ("indirect", "李华", "海洋构成独特挑战。"),
        ("direct", "李华", "我们要奔赴几千英里抵达任务区域。"),
    ]
    assert quotes(
        "Secretary Jane Roe said that the port is ready. She mentioned the depth of the harbor.",
        "“We are ready for the ships.”",
    ) == [
        ("indirect", "Jane Roe", "the port is ready."),
        ("direct", "Jane Roe", "We are ready for the ships."),
    ]


def test_a_quotation_paragraph_after_a_report_and_narration_or_another_paragraph_is_no_ones() -> (
    None
):
    # The report is followed by the reporter's narration, or the quotation comes two paragraphs
    # on: the quotation has no source the article gives.
    assert quotes(
        "Secretary Jane Roe said that the port is ready. The harbor opened in 1900.",
        "“We are ready for the ships.”",
    ) == [("indirect", "Jane Roe", "the port is ready.")]
    assert quotes(
        "Secretary Jane Roe said that the port is ready.",
        "The harbor opened in 1900.",
        "“We are ready for the ships.”",
    ) == [("indirect", "Jane Roe", "the port is ready.")]


def test_an_announced_paragraph_with_a_term_in_marks_is_still_the_speakers_report() -> None:
    assert quotes(
        "Minister Li Ming introduced the progress made from two aspects.",
        "Trade grew. The “Silk Road” plan drew 149 countries.",
        "Ties deepened. A “very long quotation of someone who is not the minister at all”.",
    ) == [("indirect", "Li Ming", "Trade grew. The “Silk Road” plan drew 149 countries.")]


def test_the_one_told_is_not_the_one_a_title_names() -> None:
    # `President Xi` names `Xi Jinping` (family name first); the President who tells him is
    # the other President named before, and `He` then names the same one.
    assert quotes(
        "President Joe Roe met President Xi Jinping in Lima.",
        "The President made clear to President Xi that the two countries must manage their "
        "competition. He added that the talks were candid.",
        "President Xi said that China wants stable ties.",
    ) == [
        ("indirect", "Joe Roe", "the two countries must manage their competition."),
        ("indirect", "Joe Roe", "the talks were candid."),
        ("indirect", "Xi Jinping", "China wants stable ties."),
    ]
    # Told someone else, the title names the nearest holder, as before.
    assert quotes(
        "President Joe Roe met President Xi Jinping in Lima.",
        "The President told reporters that the talks were candid.",
    ) == [("indirect", "Xi Jinping", "the talks were candid.")]


def test_a_title_with_its_field_and_a_secretary_general() -> None:
    assert quotes(
        "Commerce Secretary Ann Lee and Secretary of State John Doe visited the plant.",
        "The Commerce Secretary told reporters that chips are vital.",
        "NATO Secretary-General Mark Roe arrived later.",
        "The Secretary-General stressed that the alliance is united.",
    ) == [
        ("indirect", "Ann Lee", "chips are vital."),
        ("indirect", "Mark Roe", "the alliance is united."),
    ]
    # Nobody given the title: the one holder, named by the title (ANNOTATING.md, "Forty-third
    # folder"; the `titleonly` round, tests/importing/test_titleonly.py).
    assert quotes("The Secretary-General said that peace is possible.") == [
        ("indirect", "Secretary-General", "peace is possible.")
    ]


def test_support_and_need_after_a_determiner_or_an_ing_word_are_nouns() -> None:
    assert (
        quotes(
            "Governor Ann Lee met the mayors.",
            "The Governor reiterated our ongoing support for the farmers, and commended them.",
            "She reiterated her concern about the floods and the need to rebuild the roads.",
        )
        == []
    )
    assert quotes(
        "Governor Ann Lee met the mayors.",
        "The Governor noted the state supports the farmers. She noted their work needs funds.",
    ) == [
        ("indirect", "Ann Lee", "the state supports the farmers."),
        ("indirect", "Ann Lee", "their work needs funds."),
    ]


def test_chinese_he_after_a_sentence_opening_with_a_titled_name_and_a_source_after_a_clause() -> (
    None
):
    assert quotes(
        "国民党主席郑丽文表示，国民党并不反对军购。",
        "协会处长谷立言(Raymond Greene)多次在专访中表达支持。他说，预算反映出投资。",
        "总统赖清德说，他不会放弃。",
        "在看到攻击无人机后赖清德说，下个月将编成无人机中队。他还表示，台湾要持续精进训练。",
    ) == [
        ("indirect", "郑丽文", "国民党并不反对军购。"),
        ("indirect", "谷立言", "预算反映出投资。"),
        ("indirect", "赖清德", "他不会放弃。"),
        ("indirect", "赖清德", "下个月将编成无人机中队。"),
        ("indirect", "赖清德", "台湾要持续精进训练。"),
    ]
    # After a clause of time, a name the article has not given before is no source read.
    assert quotes("在会议结束后张三说，预算已经通过。") == []
