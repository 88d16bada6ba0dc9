"""The annotations `pressreader import` finds by rule (IMPORT-RULES.md, "What it finds"): speakers
with role and affiliation, direct and indirect quotes, figures; what must not be taken for a
quote or a figure; Chinese; hostile text. Each case is a few short paragraphs."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from pressreader.cli import main
from pressreader.format.loader import load_file
from pressreader.importing.pipeline import Options, prepare

from .helpers import figures, found, quotes

# --- speakers ---------------------------------------------------------------------------


def test_speaker_after_the_verb_with_title_and_later_surname_and_pronoun() -> None:
    result = found(
        "“The season will be busy,” said NOAA Administrator Rick Spinrad.",
        "Spinrad said that forecasters expect a busy year.",
        "“It only takes one storm,” he added.",
    )
    assert result.speakers == [("Rick Spinrad", "NOAA Administrator", "NOAA")]
    assert [quote.speaker for quote in result.quotes] == ["Rick Spinrad"] * 3


def test_speaker_in_an_appositive_and_a_later_title() -> None:
    result = found(
        "Ma Zhaoxu, Vice Minister of the Ministry of Foreign Affairs, said that China will "
        "keep opening up.",
        "The minister stressed that partnerships grew in every region.",
    )
    assert result.speakers == [
        (
            "Ma Zhaoxu",
            "Vice Minister of the Ministry of Foreign Affairs",
            "Ministry of Foreign Affairs",
        )
    ]
    assert [(q.kind, q.speaker) for q in result.quotes] == [("indirect", "Ma Zhaoxu")] * 2


def test_role_before_the_name_in_commas() -> None:
    result = found("The agency’s director, Jane Roe, said the plan will cost less.")
    assert result.speakers == [("Jane Roe", "agency’s director", None)]
    assert result.quotes[0].text == "the plan will cost less."


def test_one_person_one_speaker_across_forms_of_the_name() -> None:
    result = found(
        "President Joseph R. Biden, Jr. met the premier.",
        "President Biden explained that the talks will go on.",
        "The President noted that trade has grown.",
    )
    assert [quote.speaker for quote in result.quotes] == ["Joseph R. Biden, Jr."] * 2
    assert [name for name, _, _ in result.speakers] == ["Joseph R. Biden, Jr."]


def test_a_pronoun_with_nobody_named_before_is_not_annotated() -> None:
    assert quotes("“We will,” she said, “keep going.”") == []


# --- direct quotes ----------------------------------------------------------------------


def test_split_quote_gives_one_quote_per_part_without_the_marks() -> None:
    assert quotes("Jane Roe met the press.", "“We will,” she said, “keep going.”") == [
        ("direct", "Jane Roe", "We will,"),
        ("direct", "Jane Roe", "keep going."),
    ]


def test_attribution_before_the_quote_and_a_label() -> None:
    assert quotes(
        "Jane Roe said: “The harbour is open.”", "Sen. Jim Banks: “A great pick for the job.”"
    ) == [
        ("direct", "Jane Roe", "The harbour is open."),
        ("direct", "Jim Banks", "A great pick for the job."),
    ]


def test_quote_over_two_paragraphs_gives_one_per_paragraph() -> None:
    assert quotes(
        "“This is the first part,” said Jane Roe. “And it goes on", "“to the second part.”"
    ) == [
        ("direct", "Jane Roe", "This is the first part,"),
        ("direct", "Jane Roe", "And it goes on"),
        ("direct", "Jane Roe", "to the second part."),
    ]


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        ('"Straight marks work too," said Jane Roe.', "Straight marks work too,"),
        ("Jane Roe said: « Nous allons continuer. »", "Nous allons continuer."),
        ("Jane Roe said: 「We go on.」", "We go on."),
        ("Jane Roe said: 『We go on.』", "We go on."),
    ],
)
def test_quotation_marks(paragraph: str, text: str | None) -> None:
    texts = [quote.text for quote in found(paragraph).quotes if quote.kind == "direct"]
    assert texts == ([text] if text else [])


@pytest.mark.parametrize(
    "paragraph",
    [
        "The film “Gone with the Wind” was shown again on Friday.",
        "Officials called the scheme a “reset” in the report.",
        "The joint construction of the “Belt and Road” attracted many countries.",
        "Le ministre a déclaré: « Nous allons continuer. »",  # a speaker nobody named
        "Newsweek: “Republicans Complain About the Budget”",  # a headline, not a person
    ],
)
def test_titles_scare_quotes_and_unattributed_marks_are_not_quotes(paragraph: str) -> None:
    assert quotes(paragraph) == []


# --- indirect quotes --------------------------------------------------------------------


def test_indirect_said_that_and_without_that_and_according_to() -> None:
    assert quotes(
        "Jane Roe said that the port will reopen in May.",
        "She noted the repairs are on schedule.",
        "According to Roe, the dredging is finished.",
        "Roe stressed that no ship was harmed and emphasized that the crews were paid.",
    ) == [
        ("indirect", "Jane Roe", "the port will reopen in May."),
        ("indirect", "Jane Roe", "the repairs are on schedule."),
        ("indirect", "Jane Roe", "the dredging is finished."),
        ("indirect", "Jane Roe", "no ship was harmed"),
        ("indirect", "Jane Roe", "the crews were paid."),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Jane Roe underscored the importance of the harbour to the region.",  # a noun phrase
        "Jane Roe declined to comment.",
        "Jane Roe held a press conference and answered questions.",
        "The two leaders agreed that the talks will go on.",  # a group, not one speaker
    ],
)
def test_what_is_not_reported_speech(paragraph: str) -> None:
    assert quotes("Jane Roe arrived.", paragraph) == []


def test_reported_speech_stops_at_the_reporters_narration() -> None:
    assert quotes("Jane Roe said that the port will reopen. The harbour was closed in May.") == [
        ("indirect", "Jane Roe", "the port will reopen.")
    ]


def test_announced_paragraphs_are_the_speakers_reported_speech() -> None:
    result = found(
        "Ma Zhaoxu introduced the progress made from two aspects.",
        "Over the past 10 years, the layout has been improved.",
        "In the past 10 years, the service has become more effective.",
        "The weather was fine.",
    )
    assert [(q.speaker, q.text[:17]) for q in result.quotes] == [
        ("Ma Zhaoxu", "Over the past 10 "),
        ("Ma Zhaoxu", "In the past 10 ye"),
    ]


# --- hard cases (ANNOTATING.md, "Hard cases") ------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Jane Roe reaffirmed support for the people of the port.",  # a noun phrase
        "Jane Roe called for restraint in the region.",
        "Jane Roe outlined how the dredging would cut costs for shippers.",  # a `how` clause
        "As we have previously stated, the port will reopen.",  # the publisher's own voice
        "Jane Roe and John Doe agreed that the port will reopen.",  # several people together
    ],
)
def test_a_verb_without_a_clause_of_content_or_several_speakers_give_no_quote(
    paragraph: str,
) -> None:
    assert quotes("Jane Roe arrived.", paragraph) == []


def test_verbs_of_saying_with_an_object_or_a_phrase() -> None:
    assert quotes(
        "Jane Roe informed the council that the port will reopen in May.",
        "Roe made clear that no fee will rise.",
    ) == [
        ("indirect", "Jane Roe", "the port will reopen in May."),
        ("indirect", "Jane Roe", "no fee will rise."),
    ]


def test_two_attributions_in_one_sentence_give_two_quotes() -> None:
    assert quotes(
        "Jane Roe emphasized that the port is safe, noting that traffic has doubled.",
        "Roe said that the crews were paid and expressed sympathy for the families.",
    ) == [
        ("indirect", "Jane Roe", "the port is safe"),
        ("indirect", "Jane Roe", "traffic has doubled."),
        ("indirect", "Jane Roe", "the crews were paid"),  # ends at the narration's verb
    ]


def test_an_office_speaks_for_its_unnamed_spokesperson_and_in_its_own_release() -> None:
    assert quotes(
        "WASHINGTON, D.C. — The White House announced today that the port will reopen.",
        "A White House spokesperson said that the crews were paid.",
    ) == [
        ("indirect", "White House", "the port will reopen."),
        ("indirect", "White House", "the crews were paid."),
    ]


def test_a_label_before_a_colon_attributes_the_quote() -> None:
    assert quotes("Sen. Jim Banks: “This bill is a disaster for the port.”") == [
        ("direct", "Jim Banks", "This bill is a disaster for the port.")
    ]


def test_transcript_turns_are_not_quotes_but_quotes_inside_them_are() -> None:
    assert quotes(
        "President Joe Biden spoke in Ohio on Monday.",
        "MS. JEAN-PIERRE: Good afternoon. The President said, “We will not back down.”",
        "Q Is that what he said? “We will not back down”?",
        "MS. JEAN-PIERRE: Yes. And he said that he will keep going.",
    ) == [
        ("direct", "Joe Biden", "We will not back down."),
        ("indirect", "Joe Biden", "he will keep going."),
    ]


def test_hard_case_figures_fractions_scales_and_thresholds() -> None:
    assert figures(
        "Nearly two-thirds of voters agreed, sales fell by more than half, over half of the "
        "funds went out, and costs rose by a factor of 6.",
        "It brought another half a million people in, and 25 or 30 percent of income.",
        "The release of more than 100 hostages, and a lifespan of 100 years.",
    ) == [
        (0.6667, None, "fraction", "Nearly two-thirds"),
        (0.5, None, "fraction", "more than half"),
        (0.5, None, "fraction", "over half"),
        (6, None, "factor", "by a factor of 6"),
        (500000, None, "people", "another half a million people"),
        (25, None, "%", "25 or 30 percent"),
        (100, None, "hostages", "more than 100 hostages"),
        (100, None, "years", "100 years"),
    ]


def test_a_report_runs_on_through_the_speakers_stance_and_first_person() -> None:
    result = quotes(
        "Ma Zhaoxu said that China adheres to peace. The Chinese people are willing to join "
        "hands with the world for a shared future. My country has maintained its course.",
        "Ma Zhaoxu said that the port will reopen. The harbour was closed in May.",
    )
    assert [(kind, speaker, text[:24], text[-16:]) for kind, speaker, text in result] == [
        ("indirect", "Ma Zhaoxu", "China adheres to peace. ", "ined its course."),
        ("indirect", "Ma Zhaoxu", "the port will reopen.", "ort will reopen."),
    ]


def test_more_than_is_a_threshold_only_before_what_sizes_a_body() -> None:
    assert figures(
        "It keeps ties with more than 600 political parties, and firms with more than 500 "
        "employees pay more."
    ) == [(600, None, "political parties", "more than 600 political parties")]


def test_units_end_on_the_counted_noun_and_money_words_are_currencies() -> None:
    assert figures("It found 5.1 million people nationally fall short, and 3 million dollars.") == [
        (5100000, None, "people", "5.1 million people"),
        (3000000, None, "$", "3 million dollars"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Most borrowers have less than 20 employees.",  # a threshold that defines a category
        "When I was about seven, my family moved to the port.",  # an age as a time
        "We did what others should have done during a 47-year period.",  # sets a time
        "We are 100% committed to the port, and 100 percent sure.",  # emphasis
        "I have two questions and three things to say.",  # the event's own parts
    ],
)
def test_hard_case_numbers_that_are_not_figures(paragraph: str) -> None:
    assert figures(paragraph) == []


# --- figures ----------------------------------------------------------------------------


def test_counts_money_and_scale_words() -> None:
    assert figures(
        "It has relations with 181 countries and a budget of $3.4 billion.",
        "The UK plans £2bn, helped 4.6 million citizens and shared 1.2K doses.",
    ) == [
        (181, None, "countries", "181 countries"),
        (3400000000, None, "$", "$3.4 billion"),
        (2000000000, None, "£", "£2bn"),
        (4600000, None, "citizens", "4.6 million citizens"),
        (1200, None, "doses", "1.2K doses"),
    ]


def test_changes_ranges_and_qualifiers() -> None:
    assert figures(
        "The number of countries increased from 172 to 181.",
        "Forecasters expect 17 to 25 named storms, and between $25 million and $65 million.",
        "Traffic was up 5% to 1,200 ships, and more than 600 parties joined.",
        "In 2021 it made 2 million loans, a 62 percent increase from the 1.2 million loans.",
    ) == [
        (181, 172, None, "increased from 172 to 181"),
        (17, None, "named storms", "17 to 25 named storms"),
        (25000000, None, "$", "between $25 million and $65 million"),
        (5, None, "%", "5%"),
        (1200, None, "ships", "1,200 ships"),
        (600, None, "parties", "more than 600 parties"),
        (2000000, 1200000, "loans", "2 million loans"),
        (62, None, "%", "62 percent"),
    ]


def test_numbers_in_words_and_fractions() -> None:
    assert figures(
        "Seven days later, seven major utilities agreed, and nearly two-thirds of loans went out."
    ) == [
        (7, None, "major utilities", "seven major utilities"),
        (0.6667, None, "fraction", "nearly two-thirds"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The 20th National Congress met on October 20, 2022 at 3:30 p.m.",
        "It was the fourth press conference since 2012, on 20 October.",
        "Call 202-456-1111 or write to 1600 Pennsylvania Avenue.",
        "1. The G20 discussed COVID-19 under EO 14409 and Section 3.",
        "It acted under E.O. 14017 and Executive Order 14008, the agency said.",
        "Over the past 10 years, a 47-year period, millions of people moved.",
        "Businesses with less than 20 employees applied.",
        "The two leaders met from five aspects.",
    ],
)
def test_what_is_not_a_figure(paragraph: str) -> None:
    assert figures(paragraph) == []


def test_a_repeated_figure_widens_its_text_to_anchor_in_place() -> None:
    result = figures("It got 92% of funds.", "The city got 92% of funds out by July.")
    assert [text for *_, text in result] == ["92%", "92% of funds out"]


# --- Chinese ----------------------------------------------------------------------------


def test_chinese_dotted_names_split_quotes_and_verbs_of_saying() -> None:
    assert quotes(
        "世卫组织非洲区域紧急事务主任玛丽·罗丝琳·贝利泽尔星期二抵达。",
        "贝利泽尔说：“这次疫情非常严重。”",
        "“它做得非常好，”首席创新官罗杰·曼恩说，“只需要一两秒钟。”",
        "奥特曼写道：“我们正在进入第三阶段。”",
        "联想总裁阿什利·戈瓦克普瓦拉(Ashley Gorakhpurwalla)在一份声明中说，“我们运行人工智能。”",
        "他告诉美国之音：“我们会继续努力。”",
        "其与联想共同开发的名为“足球AI Pro”的工具将使裁判受益。",
    ) == [
        ("direct", "玛丽·罗丝琳·贝利泽尔", "这次疫情非常严重。"),
        ("direct", "罗杰·曼恩", "它做得非常好，"),
        ("direct", "罗杰·曼恩", "只需要一两秒钟。"),
        ("direct", "奥特曼", "我们正在进入第三阶段。"),
        ("direct", "阿什利·戈瓦克普瓦拉", "我们运行人工智能。"),
        ("direct", "阿什利·戈瓦克普瓦拉", "我们会继续努力。"),
    ]


def test_chinese_figures_count_the_noun_after_a_measure_word_and_money_in_dollars() -> None:
    assert figures(
        "我们已部署了逾52名专家，启用了一个拥有70张床位的中心。",
        "估值约为8520亿美元，每日超过1400万桶的产量受阻，油价下跌2.96%。",
    ) == [
        (52, None, "专家", "逾52名专家"),
        (70, None, "床位", "70张床位"),
        (852000000000, None, "$", "8520亿美元"),
        (14000000, None, "桶", "超过1400万桶"),
        (2.96, None, "%", "2.96%"),
    ]


def test_chinese_quotes_and_figures() -> None:
    result = found(
        "外交部发言人汪文斌表示：“中国愿同各方一道努力。”",
        "“我们会继续努力。”王毅说。",
        "进出口总额达到31.1万亿元，同比增长9.9%，新增就业1000万人。2022年10月20日，第20次会议召开。",
    )
    assert [(q.speaker, q.text) for q in result.quotes] == [
        ("汪文斌", "中国愿同各方一道努力。"),
        ("王毅", "我们会继续努力。"),
    ]
    assert result.speakers[0] == ("汪文斌", "外交部发言人", None)
    assert [(f.value, f.unit, f.text) for f in result.statistics] == [
        (31100000000000, "元", "31.1万亿元"),
        (9.9, "%", "9.9%"),
        (10000000, "人", "1000万人"),
    ]


def test_chinese_reported_speech_with_a_named_source() -> None:
    assert quotes(
        "世界银行首席经济学家英德米特·吉尔星期四在华盛顿说，全球经济增长将放缓。",
        "吉尔博士指出，发展中国家的债务负担正在加重；他还警告称贸易壁垒会增加。",
        "他对记者表示，各国应当加强合作，并补充说，“时间不多了”。",
        "亚洲开发银行(ADB)周二发表报告称今年地区经济将增长4.8%，股市随之上涨。",
        "ADB估计，通胀率将回落到3%左右。",
        "据新华社报道，救援队已抵达灾区。",
        "该行宣布了新的贷款计划，称将提供50亿美元。",
    ) == [
        ("indirect", "英德米特·吉尔", "全球经济增长将放缓。"),
        ("indirect", "英德米特·吉尔", "发展中国家的债务负担正在加重"),
        ("indirect", "英德米特·吉尔", "贸易壁垒会增加。"),
        ("indirect", "英德米特·吉尔", "各国应当加强合作"),
        ("direct", "英德米特·吉尔", "时间不多了"),
        ("indirect", "亚洲开发银行", "今年地区经济将增长4.8%，股市随之上涨。"),
        ("indirect", "亚洲开发银行", "通胀率将回落到3%左右。"),
        ("indirect", "新华社", "救援队已抵达灾区。"),
        ("indirect", "亚洲开发银行", "将提供50亿美元。"),
    ]


def test_chinese_reports_that_are_not_quotes() -> None:
    assert (
        quotes(
            "卫生官员表示，疫苗研发进展迅速。",
            "许多经济学家认为，利率还会上升。",
            "“绿色和平”等组织表示，他们将继续抗议。",
            "世卫组织和红十字会指出，援助仍然不足。",
            "部长对这项计划表示欢迎。",
            "该公司承诺采用新的安全系统。",
            "数据显示，出口增长了5%。",
            "他描述了他所称的第三阶段，据悉计划已经完成。",
            "在车站，说外语的旅客可以使用翻译工具。",
        )
        == []
    )


def test_changes_in_words_give_previous_only_where_the_old_value_is_said() -> None:
    assert [
        (value, previous)
        for value, previous, _, _ in figures(
            "The agency handled 113 cases, up from 41 last year.",
            "Unemployment was 3.8% in May, compared with 3.5% in April.",
            "Membership fell to 12 from 15 a year earlier.",
            "Shelters were cut down to 12 from 15.",
            "Exports grew to $4.2 billion, up from $3.1 billion in 2021.",
        )
    ] == [(113, 41), (3.8, 3.5), (12, 15), (12, 15), (4200000000, 3100000000)]
    # No old value said: two figures, or one with none.
    assert figures(
        "Women hold 25% of seats, compared with 30% for men.",
        "Sales rose 5% to 1,200 units.",
        "The company employs 500 people and 30 contractors.",
    ) == [
        (25, None, "%", "25%"),
        (30, None, "%", "30%"),
        (5, None, "%", "5%"),
        (1200, None, "units", "1,200 units"),
        (500, None, "people", "500 people"),
        (30, None, "contractors", "30 contractors"),
    ]


def test_chinese_changes_in_words_give_previous() -> None:
    assert figures(
        "失业率从3.5%升至4.2%。",
        "企业数量由120家降至95家。",
        "通胀率升至4.2%，高于上月的3.8%。",
        "出口额为500亿美元，较上年的450亿美元有所增长。",
        "消费价格环比上涨0.2%，而4月份的涨幅为0.4%。",
    ) == [
        (4.2, 3.5, "%", "从3.5%升至4.2%"),
        (95, 120, "家", "由120家降至95家"),
        (4.2, 3.8, "%", "至4.2%"),
        (50000000000, 45000000000, "$", "500亿美元"),
        (0.2, 0.4, "%", "0.2%"),
    ]
    # Two values side by side, neither said to be the earlier: no previous.
    assert [
        (value, previous)
        for value, previous, _, _ in figures("男性失业率为4.1%，女性为3.9%。从3家企业中选出2家。")
    ] == [(4.1, None), (3.9, None), (3, None), (2, None)]


# --- the import -------------------------------------------------------------------------


def _run(args: list[str]) -> int:
    with contextlib.redirect_stderr(io.StringIO()):
        return main(args)


def test_imported_annotations_are_unreviewed_and_pass_check_strict(tmp_path: Path) -> None:
    source = tmp_path / "story.txt"
    source.write_text(
        "Harbour reopens\n\n“The harbour is open,” said Port Director Ann Lee.\n\n"
        "Lee said that 181 ships came in, up from 172.\n",
        encoding="utf-8",
    )
    out = tmp_path / "story.yaml"
    assert _run(["import", str(source), "-o", str(out)]) == 0
    article = load_file(out).articles[0]
    assert [(q.speaker, q.kind, q.reviewed) for q in article.quotes] == [
        ("Ann Lee", "direct", False),
        ("Ann Lee", "indirect", False),
    ]
    assert [(s.value, s.reviewed) for s in article.statistics] == [(181, False)]
    assert article.speakers[0].role == "Port Director"
    assert _run(["check", "--strict", str(out)]) == 0
    plain = tmp_path / "plain.yaml"
    assert _run(["import", str(source), "-o", str(plain), "--no-annotate", "--force"]) == 0
    bare = load_file(plain).articles[0]
    assert (bare.quotes, bare.statistics, bare.speakers) == ([], [], [])


@pytest.mark.parametrize(
    "text",
    [
        "“" * 20000,
        "”“" * 10000,
        ("said " * 4000) + "that",
        ("1," * 10000) + "000",
        ("$1 to " * 3000) + "$2 billion",
        "Jane Roe, " * 3000 + "said that it is so.",
        ("A" * 30000) + " said that " + ("b " * 5000),
        "“" + "a" * 20000 + "” said " + "B " * 3000 + ".",
        "从" * 5000 + "表示：“" + "好" * 5000,
        "9" * 5000 + "% " + "9" * 400 + " billion",
        "He said it. " * 5000,
        "Ann Lee said that we go. They noted the plan, and he added that it works. " * 1500,
        " ”A" * 10000,  # wrong-way opening marks
        "，并表示" * 3000 + "已好。",  # verbs of saying joined to one sentence
        "七国集团，" * 3000 + "该集团表示，好。",
        "(“a”) " * 5000,
    ],
    ids=range(16),
)
def test_hostile_text_is_annotated_in_bounded_time_and_loads(text: str) -> None:
    prepared = prepare("hostile.txt", f"Title\n\n{text}\n".encode(), Options(), _today())
    assert "format: 1" in prepared.text


def _today():
    import datetime as dt

    return dt.date(2026, 1, 1)
