"""Quote patterns met in news text beyond the first development articles (ANNOTATING.md,
"Quotes"): a pronoun naming the person a sentence of the same paragraph opened with, a quote
split by an attribution holding an abbreviation, a label with a comma before its verb; and
words that must not be taken for quotes. Each case is a sentence or two."""

from __future__ import annotations

from pressreader.importing.annotate import FoundQuote, annotate

from .helpers import quotes

# --- English -----------------------------------------------------------------------------


def test_a_pronoun_names_the_titled_person_an_earlier_sentence_of_the_paragraph_opens_with() -> (
    None
):
    assert quotes(
        "In 1962, when the landing was still years away, President Kennedy spoke to students. "
        "“We choose to go to the Moon,” he said, “not because it is easy.” And he continued, "
        "“That challenge is one we accept.”"
    ) == [
        ("direct", "Kennedy", "We choose to go to the Moon,"),
        ("direct", "Kennedy", "not because it is easy."),
        ("direct", "Kennedy", "That challenge is one we accept."),
    ]


def test_a_quote_split_by_an_attribution_with_an_abbreviation_keeps_its_speaker() -> None:
    assert quotes(
        "“We are saving lives,” said Director Sara Carter in the U.S. National Statement. "
        "“This forum is an opportunity.”"
    ) == [
        ("direct", "Sara Carter", "We are saving lives,"),
        ("direct", "Sara Carter", "This forum is an opportunity."),
    ]


def test_a_label_with_a_comma_before_its_verb_and_a_colon_introduces_a_quote() -> None:
    assert quotes("Senator Ted Cruz, commented: “Life can change instantly.”") == [
        ("direct", "Ted Cruz", "Life can change instantly.")
    ]


def test_marked_words_after_a_titled_person_without_a_verb_of_saying_are_not_quotes() -> None:
    assert quotes("President Kennedy named the programme “Apollo” in 1961.") == []
    # A pronoun with no person before it names nobody.
    assert quotes("The lander touched down. “It is a milestone,” he said.") == []


def test_a_short_phrase_after_a_verb_of_calling_of_the_sources_own_is_a_direct_quote() -> None:
    assert quotes(
        "Senator Jane Smith spoke on Monday. "
        "She called the plan “reckless” and said it would fail.",
        "Smith dismissed what she called “misleading descriptions” of the deal.",
    ) == [
        ("direct", "Jane Smith", "reckless"),
        ("indirect", "Jane Smith", "it would fail."),
        ("direct", "Jane Smith", "misleading descriptions"),
    ]


def test_a_name_given_with_called_is_not_a_quote() -> None:
    assert (
        quotes(
            "Senator Jane Smith visited a programme called “Safe Streets” in May.",
            "The agency calls the effort “Operation Dawn”.",
        )
        == []
    )


def test_a_label_with_a_titled_surname_and_a_place_and_a_first_lady_named_in_full() -> None:
    assert quotes(
        "Governor Ned Lamont of Connecticut highlighted the plan.",
        "Governor Lamont of Connecticut: “It has been a lifeline.”",
        "First Lady Melania Trump visited the Inn. “Love reveals itself,” said Mrs. Trump.",
    ) == [
        ("direct", "Ned Lamont", "It has been a lifeline."),
        ("direct", "Melania Trump", "Love reveals itself,"),
    ]


def test_wire_style_adding_that_after_a_quote_and_said_on_a_weekday_that() -> None:
    assert quotes(
        "“This is a good deal,” Secretary of State Marco Rubio said, adding that talks would "
        "continue.",
        "The White House said Monday that the President would travel to Ohio.",
    ) == [
        ("direct", "Marco Rubio", "This is a good deal,"),
        ("indirect", "Marco Rubio", "talks would continue."),
        ("indirect", "White House", "the President would travel to Ohio."),
    ]


def test_he_or_she_never_names_a_body() -> None:
    assert quotes(
        "Prices rose 3% in May, according to the Labor Department.",
        "“We are ready,” she added.",
    ) == [("indirect", "Labor Department", "Prices rose 3% in May")]


def test_a_body_named_by_its_acronym_speaks() -> None:
    assert quotes(
        "In a statement, USPS said that the new vehicles would arrive by 2028.",
        "“This rule saves lives,” the EPA said in a statement.",
    ) == [
        ("indirect", "USPS", "the new vehicles would arrive by 2028."),
        ("direct", "EPA", "This rule saves lives,"),
    ]
    # An acronym that is no subject of a verb of saying is no speaker.
    assert quotes("The programme is called “AI Ready” and NASA runs it.") == []


def test_an_appositive_before_said_a_place_after_wrote_and_a_source_after_a_dash() -> None:
    assert quotes(
        "Jane Roe, the agency's director, said: “We are ready.”",
        "President Donald J. Trump wrote on Truth Social: “The deal is done.”",
        "“The plan works.” — Secretary Jennifer Granholm",
    ) == [
        ("direct", "Jane Roe", "We are ready."),
        ("direct", "Donald J. Trump", "The deal is done."),
        ("direct", "Jennifer Granholm", "The plan works."),
    ]
    # A dash inside the sentence that names nobody gives no speaker.
    assert quotes("The motto was “Never again” — a phrase of the era.") == []


def test_in_the_words_of_as_x_put_it_and_has_repeatedly_said() -> None:
    assert quotes(
        "In the words of President Biden, “We are a nation of immigrants.”",
        "Vice President Kamala Harris spoke in Munich. As the Vice President put it, “hate has "
        "no safe harbor.” The Vice President has repeatedly said that democracy is at stake.",
    ) == [
        ("direct", "Biden", "We are a nation of immigrants."),
        ("direct", "Kamala Harris", "hate has no safe harbor."),
        ("indirect", "Kamala Harris", "democracy is at stake."),
    ]
    # Words of nobody named are no quote.
    assert quotes("In the words of the old song, “the times they are a-changin’.”") == []


def test_an_office_of_several_words_before_a_full_name_keeps_the_first_name() -> None:
    assert quotes(
        "The delegation included Secretary of Commerce Gina Raimondo and Secretary of External "
        "Relations Marcelo Ebrard.",
        "“The more we trade, the better,” Secretary Raimondo stated. Secretary Ebrard said, "
        "“We agree.”",
    ) == [
        ("direct", "Gina Raimondo", "The more we trade, the better,"),
        ("direct", "Marcelo Ebrard", "We agree."),
    ]
    # A portfolio's last word is not a first name: `Minister of Foreign Affairs Wang` stays
    # a surname after the office.
    assert quotes("Minister of Foreign Affairs Wang met the press.", "“We agree,” Wang said.") == [
        ("direct", "Wang", "We agree,")
    ]


def test_an_attribution_between_two_quoted_sentences_introduces_the_second() -> None:
    assert quotes(
        "Vice President Kamala Harris remarked, “I am confident in our partnership.” "
        "Secretary Marcelo Ebrard added, “this dialogue defines our common vision.”"
    ) == [
        ("direct", "Kamala Harris", "I am confident in our partnership."),
        ("direct", "Marcelo Ebrard", "this dialogue defines our common vision."),
    ]
    # With nothing before the first, the attribution names both (`“A.” X said, “B.”`).
    assert quotes("“We are ready.” Secretary Marcelo Ebrard said, “We will sign.”") == [
        ("direct", "Marcelo Ebrard", "We are ready."),
        ("direct", "Marcelo Ebrard", "We will sign."),
    ]


def test_a_clause_without_that_opening_with_a_contracted_auxiliary() -> None:
    assert quotes(
        "Q Mr. President, Donald Trump said he’s ready to debate you right now. Do you accept?",
        "Governor Jane Smith said they’ll sign the bill next week.",
    ) == [
        ("indirect", "Donald Trump", "he’s ready to debate you right now."),
        ("indirect", "Jane Smith", "they’ll sign the bill next week."),
    ]
    # A possessive is no auxiliary: `said the plan’s cost` is a noun phrase.
    assert quotes("Governor Jane Smith praised the plan’s cost.") == []


def test_more_verbs_of_saying_take_a_clause_with_or_without_that() -> None:
    assert quotes(
        "Senator Jane Smith denied that the committee had seen the report.",
        "Smith testified the agency will need more staff.",
        "Smith acknowledged the rules were too complex.",
        "Smith tweeted that the vote would be held on Friday.",
    ) == [
        ("indirect", "Jane Smith", "the committee had seen the report."),
        ("indirect", "Jane Smith", "the agency will need more staff."),
        ("indirect", "Jane Smith", "the rules were too complex."),
        ("indirect", "Jane Smith", "the vote would be held on Friday."),
    ]
    # A verb of saying with a noun phrase is the reporter's summary.
    assert quotes("Senator Jane Smith denied the allegations on Friday.") == []


def test_a_transcript_turn_that_is_a_quotation_is_the_labelled_persons() -> None:
    assert quotes(
        "Treasury Secretary Janet Yellen was interviewed on Sunday.",
        "YELLEN: “We are not in a recession. Job growth is strong.”",
    ) == [("direct", "Janet Yellen", "We are not in a recession. Job growth is strong.")]
    # A turn without marks is no quote; the questioner and a label naming no one met are
    # nobody.
    assert (
        quotes(
            "Treasury Secretary Janet Yellen was interviewed on Sunday.",
            "YELLEN: Well, we are not in a recession.",
            "Q “Are we in a recession?”",
            "AIDE: “Thanks, everybody.”",
        )
        == []
    )


def test_a_quote_over_three_paragraphs_gives_one_entry_per_paragraph() -> None:
    assert quotes(
        "Secretary Janet Yellen said: “We are not in a recession.",
        "“Job growth is strong.",
        "“Consumers are still spending.”",
        "Markets fell on Monday.",
    ) == [
        ("direct", "Janet Yellen", "We are not in a recession."),
        ("direct", "Janet Yellen", "Job growth is strong."),
        ("direct", "Janet Yellen", "Consumers are still spending."),
    ]


def test_a_quoted_paragraph_after_a_quote_whose_attribution_ends_its_paragraph() -> None:
    assert quotes(
        "“We will find a solution,” Secretary of State Marco Rubio said.",
        "“The talks go on. We have raised the matter.”",
        "“A third paragraph is not carried on.”",
    ) == [
        ("direct", "Marco Rubio", "We will find a solution,"),
        ("direct", "Marco Rubio", "The talks go on. We have raised the matter."),
    ]
    # A paragraph after one whose quote had no attribution at its end is not carried on.
    assert quotes(
        "Secretary of State Marco Rubio said, “We will find a solution.” Talks resume Monday.",
        "“The talks go on.”",
    ) == [("direct", "Marco Rubio", "We will find a solution.")]


def test_excerpts_under_a_label_naming_their_speaker() -> None:
    assert annotate(
        [
            (None, ["Here is what you missed:", "Border Czar Tom Homan on This Week"]),
            (None, ["On the border: “We use the laws on the books.”"]),
            (
                "Attorney General Pam Bondi on Fox News Sunday",
                ["On judges: “We are going to follow the law.”", "On crime: “Crime is down.”"],
            ),
        ]
    ).quotes == [
        FoundQuote("Tom Homan", "We use the laws on the books.", "direct"),
        FoundQuote("Pam Bondi", "We are going to follow the law.", "direct"),
        FoundQuote("Pam Bondi", "Crime is down.", "direct"),
    ]
    # A label that names no one (`Senator Jane Smith spoke on Tuesday`) and an excerpt after
    # a paragraph of narration are nobody's.
    assert quotes("Senator Jane Smith spoke on Tuesday", "On taxes: “Not hers.”") == []
    assert (
        quotes(
            "Attorney General Pam Bondi on Fox News Sunday",
            "The week was busy.",
            "On other things: “Not hers.”",
        )
        == []
    )


def test_according_to_a_document_from_a_body_names_the_body() -> None:
    assert quotes(
        "According to a statement from the Department of Energy, prices will fall.",
        "Output will rise next year, according to data from the Department of Energy.",
    ) == [
        ("indirect", "Department of Energy", "prices will fall."),
        ("indirect", "Department of Energy", "Output will rise next year"),
    ]


# --- Chinese -----------------------------------------------------------------------------


def test_chinese_name_with_latin_initials_and_a_pronoun_after_a_sentence_that_is_no_report() -> (
    None
):
    assert quotes(
        "美国副总统JD·万斯(JD Vance)进一步介绍了协议的细节。"
        "他说，伊朗获得的制裁减免取决于条款的落实情况。",
        "万斯副总统说，伊朗将获得制裁减免。",
    ) == [
        ("indirect", "JD·万斯", "伊朗获得的制裁减免取决于条款的落实情况。"),
        ("indirect", "JD·万斯", "伊朗将获得制裁减免。"),
    ]


def test_chinese_pronoun_before_a_quote_names_the_person_of_an_earlier_sentence() -> None:
    assert quotes(
        "德国总理弗里德里希·默茨表示，德国将提高国防开支。",
        "美国驻北约大使马修·惠特克说，峰会将很重要。他说：“这将是第一份成绩单。”",
    ) == [
        ("indirect", "弗里德里希·默茨", "德国将提高国防开支。"),
        ("indirect", "马修·惠特克", "峰会将很重要。"),
        ("direct", "马修·惠特克", "这将是第一份成绩单。"),
    ]


def test_chinese_body_named_with_its_owner_confirms_and_according_to_its_pictures() -> None:
    assert quotes(
        "菲律宾政府的南中国海工作小组星期二说，该国外交部已采取了外交行动。",
        "工作小组证实，他们发现了一个浮动结构物。",
        "根据菲律宾武装部队的图片，浮动结构物上有人员活动。",
    ) == [
        ("indirect", "南中国海工作小组", "该国外交部已采取了外交行动。"),
        ("indirect", "南中国海工作小组", "他们发现了一个浮动结构物。"),
        ("indirect", "菲律宾武装部队", "浮动结构物上有人员活动。"),
    ]


def test_chinese_verb_joined_to_a_report_and_an_aside_after_a_dash() -> None:
    assert quotes(
        "南中国海工作小组说，它正在密切注意情势发展，强调斯卡伯勒浅滩是菲律宾的一部分。",
        "德国总理弗里德里希·默茨表示，德国将把开支提高到3.5%--这是去年商定的目标。",
    ) == [
        ("indirect", "南中国海工作小组", "它正在密切注意情势发展"),
        ("indirect", "南中国海工作小组", "斯卡伯勒浅滩是菲律宾的一部分。"),
        ("indirect", "弗里德里希·默茨", "德国将把开支提高到3.5%"),
    ]


def test_chinese_words_that_are_not_reports() -> None:
    # A name given in brackets, a second action joined by 并, a verb with an attitude or a
    # noun after it.
    assert quotes("他们在斯卡伯勒浅滩(Scarborough Shoal，中国称黄岩岛)发现了一个结构物。") == []
    assert quotes("中国自2012年起实际上控制了该浅滩并宣称对其拥有主权，经常在此部署海警。") == []
    assert quotes(
        "南中国海工作小组说，它正在注意情势发展，强调了合作的重要性。",
        "国际足联说，比赛将照常进行，并表示欢迎各国球迷。",
    ) == [
        ("indirect", "南中国海工作小组", "它正在注意情势发展"),
        ("indirect", "国际足联", "比赛将照常进行"),
    ]


def test_chinese_phrase_after_suo_cheng_de_and_a_report_after_a_quotes_attribution() -> None:
    assert quotes(
        "美国副总统JD·万斯(JD Vance)说，协议很好。他同时驳斥了他所称的对该协议的“误导性描述”。",
        "菲律宾政府的南中国海工作小组说，局势紧张。“菲律宾将持续采取行动，”该小组在一个声明中说，"
        "主权“依旧是最重要的考量。”工作小组证实，他们发现了一个结构物。",
    ) == [
        ("indirect", "JD·万斯", "协议很好。"),
        ("direct", "JD·万斯", "误导性描述"),
        ("indirect", "南中国海工作小组", "局势紧张。"),
        ("direct", "南中国海工作小组", "菲律宾将持续采取行动，"),
        ("indirect", "南中国海工作小组", "主权“依旧是最重要的考量。”"),
        ("indirect", "南中国海工作小组", "他们发现了一个结构物。"),
    ]


def test_chinese_double_surnames_titles_before_names_and_a_report_before_its_attribution() -> None:
    assert quotes(
        "美国劳工部部长洛丽·查韦斯-德雷默星期二表示，就业市场依然强劲。",
        "“我们不会让步，”她补充说。白宫新闻秘书卡罗琳·莱维特指出：“总统对此非常关注。”",
        "财政部长斯科特·贝森特说，关税有效。关税收入将继续增加，贝森特说。贝森特认为通胀将回落。",
    ) == [
        ("indirect", "洛丽·查韦斯-德雷默", "就业市场依然强劲。"),
        ("direct", "洛丽·查韦斯-德雷默", "我们不会让步，"),
        ("direct", "卡罗琳·莱维特", "总统对此非常关注。"),
        ("indirect", "斯科特·贝森特", "关税有效。"),
        ("indirect", "斯科特·贝森特", "关税收入将继续增加"),
        ("indirect", "斯科特·贝森特", "通胀将回落。"),
    ]


def test_chinese_a_dash_between_words_and_an_attitude_are_not_a_name_nor_a_report() -> None:
    assert quotes("作为合作伙伴的公司之一--联想正在部署服务器。") == []
    assert quotes("“这是好协议，”他说。", "外界普遍认为通胀将回落。") == []


def test_chinese_data_that_show_and_according_to_with_cheng() -> None:
    assert quotes(
        "美国劳工部公布的数据显示，5月份消费者价格指数上涨了0.2%。",
        "据白宫称，特朗普总统将于下周访问英国。",
    ) == [
        ("indirect", "美国劳工部", "5月份消费者价格指数上涨了0.2%。"),
        ("indirect", "白宫", "特朗普总统将于下周访问英国。"),
    ]
    # `据称` and `据说` (it is said) name no source.
    assert quotes("据称，特朗普总统将于下周访问英国。", "据说这项计划已经完成。") == []


def test_chinese_quote_sources_read_past_time_place_and_titles() -> None:
    assert quotes(
        "美国国务卿马尔科·卢比奥(Marco Rubio)星期二在国会听证会上对两党议员表示，"
        "“这种平衡非常微妙。”",
        "参议院多数党领袖约翰·图恩(John Thune)表示：“本周没有会议安排。”"
        "来自南达科塔州的共和党人图恩在国会山说：“我当然支持。”图恩回应称，他支持这些措施。",
    ) == [
        ("direct", "马尔科·卢比奥", "这种平衡非常微妙。"),
        ("direct", "约翰·图恩", "本周没有会议安排。"),
        ("direct", "约翰·图恩", "我当然支持。"),
        ("indirect", "约翰·图恩", "他支持这些措施。"),
    ]
    # Two sources together are no speaker.
    assert quotes("美国和日本表示，双方将加强合作。") == []


# --- Chinese: more verbs of saying, titles and sources --------------------------------------


def test_chinese_more_verbs_of_saying_introduce_reports() -> None:
    assert quotes(
        "欧盟外交事务高级代表卡娅·卡拉斯(Kaja Kallas)星期二重申，欧盟对乌克兰的支持不会改变。",
        "卡拉斯坦言，制裁的效果需要时间才能显现。",
        "卡拉斯坚称俄罗斯必须为这场战争付出代价。",
        "卡拉斯否认，欧盟内部在这个问题上存在分歧。",
    ) == [
        ("indirect", "卡娅·卡拉斯", "欧盟对乌克兰的支持不会改变。"),
        ("indirect", "卡娅·卡拉斯", "制裁的效果需要时间才能显现。"),
        ("indirect", "卡娅·卡拉斯", "俄罗斯必须为这场战争付出代价。"),
        ("indirect", "卡娅·卡拉斯", "欧盟内部在这个问题上存在分歧。"),
    ]
    # `否认了这一指控` and `承认错误` (a noun phrase, no comma): no clause of content.
    assert quotes("卡娅·卡拉斯否认了这一指控。", "卡娅·卡拉斯承认错误。") == []


def test_chinese_told_someone_and_added_introduce_reports_of_the_named_speaker() -> None:
    assert quotes(
        "美国国防部长皮特·赫格塞斯(Pete Hegseth)星期一告诉福克斯新闻，这项计划分为三个阶段。",
        "赫格塞斯部长补充表示，第一阶段将于下个月开始。",
        "赫格塞斯进一步指出，盟国将分担部分费用。",
    ) == [
        ("indirect", "皮特·赫格塞斯", "这项计划分为三个阶段。"),
        ("indirect", "皮特·赫格塞斯", "第一阶段将于下个月开始。"),
        ("indirect", "皮特·赫格塞斯", "盟国将分担部分费用。"),
    ]


def test_chinese_a_body_confirms_and_insists_two_reports_in_one_sentence() -> None:
    assert quotes("与此同时，日本证实，外相将于下周访问北京，并坚称两国关系没有恶化。") == [
        ("indirect", "日本", "外相将于下周访问北京"),
        ("indirect", "日本", "两国关系没有恶化。"),
    ]


def test_chinese_another_source_joined_by_er_ends_a_report() -> None:
    assert quotes(
        "加拿大总理马克·卡尼(Mark Carney)说，谈判已经取得进展，而美国商务部已宣布暂停加征关税。"
    ) == [("indirect", "马克·卡尼", "谈判已经取得进展")]
    # `而` with no source after it carries the report on.
    assert quotes("马克·卡尼说，谈判已经取得进展，而关税问题仍需讨论。") == [
        ("indirect", "马克·卡尼", "谈判已经取得进展，而关税问题仍需讨论。")
    ]


def test_chinese_a_prime_minister_before_a_dotted_name_and_a_long_last_part_later() -> None:
    assert quotes(
        "新西兰总理克里斯托弗·拉克森(Christopher Luxon)星期五发表讲话。",
        "英国首相基尔·斯塔默说：“我们欢迎这一进展。”",
        "拉克森说：“我们希望这项协议能够持久。”",
    ) == [
        ("direct", "基尔·斯塔默", "我们欢迎这一进展。"),
        ("direct", "克里斯托弗·拉克森", "我们希望这项协议能够持久。"),
    ]


def test_chinese_this_title_names_the_person_given_that_title() -> None:
    assert quotes(
        "美国总统唐纳德·特朗普星期一发表讲话。美国副总统JD·万斯说，会谈将在本周举行。",
        "这位美国副总统说：“我们对结果感到乐观。”",
    ) == [
        ("indirect", "JD·万斯", "会谈将在本周举行。"),
        ("direct", "JD·万斯", "我们对结果感到乐观。"),
    ]
    # A title no one named was given is nobody.
    assert quotes("会议星期一举行。", "这位美国副总统说：“我们对结果感到乐观。”") == []


def test_chinese_a_title_with_he_inside_it_is_one_person_not_two_sources() -> None:
    assert quotes(
        "美国国务院负责欧洲和欧亚事务的助理国务卿迈克尔·安东(Michael Anton)星期四在听证会上"
        "重申，美国的立场没有改变。",
        "参议院外交关系委员会主席、来自爱达荷州的共和党参议员吉姆·里施(Jim Risch)表示，"
        "台湾是重要的伙伴。",
    ) == [
        ("indirect", "迈克尔·安东", "美国的立场没有改变。"),
        ("indirect", "吉姆·里施", "台湾是重要的伙伴。"),
    ]
    # Two people joined by 和 stay several sources.
    assert quotes("国务卿马尔科·卢比奥和财长斯科特·贝森特表示，谈判将继续。") == []


def test_chinese_a_later_clause_names_a_known_source_after_a_negated_verb() -> None:
    assert quotes(
        "美国贸易代表杰米森·格里尔(Jamieson Greer)星期三出席了听证会。",
        "不过，格里尔并未说明新关税何时生效，仅表示，该决定仍在审议之中。",
    ) == [("indirect", "杰米森·格里尔", "该决定仍在审议之中。")]


def test_chinese_a_phrase_the_subject_calls_something_is_a_direct_quote() -> None:
    assert quotes("德国总理弗里德里希·默茨星期二将这项计划称为“一个历史性的机会”。") == [
        ("direct", "弗里德里希·默茨", "一个历史性的机会")
    ]
    # A name given with 被称为 (passive) is no one's words; nor is 称为 read as 称 with a report.
    assert quotes("这支船队被称为“影子舰队”。") == []


def test_chinese_a_quoted_sentence_after_a_report_is_the_reporters_sources() -> None:
    assert quotes(
        "财政部长斯科特·贝森特在听证会上表示，政府的预算目标没有改变。“我们会继续削减赤字。”"
    ) == [
        ("indirect", "斯科特·贝森特", "政府的预算目标没有改变。"),
        ("direct", "斯科特·贝森特", "我们会继续削减赤字。"),
    ]
    # A term in marks after a report is not a sentence of the source's.
    assert quotes("斯科特·贝森特表示，预算目标没有改变。“大美丽法案”仍在审议中。") == [
        ("indirect", "斯科特·贝森特", "预算目标没有改变。")
    ]


def test_chinese_the_second_part_after_said_and_a_full_stop_and_a_verb_between_two_quotes() -> None:
    assert quotes(
        "“我们会继续支持台湾，”众议员金映玉说。“台湾的未来必须由台湾人民决定。”",
        "“每次会谈中方都会提出这个问题。”金映玉说，“但这不构成任何偏离。”",
    ) == [
        ("direct", "金映玉", "我们会继续支持台湾，"),
        ("direct", "金映玉", "台湾的未来必须由台湾人民决定。"),
        ("direct", "金映玉", "每次会谈中方都会提出这个问题。"),
        ("direct", "金映玉", "但这不构成任何偏离。"),
    ]


def test_chinese_a_reported_question_with_a_clause_and_not_with_a_noun_phrase() -> None:
    assert quotes(
        "民主党众议员约翰尼·奥尔谢夫斯基(Johnny Olszewski)追问，军售决定是否取决于中国。",
        "奥尔谢夫斯基随后询问特朗普与习近平会谈的情况。",
    ) == [("indirect", "约翰尼·奥尔谢夫斯基", "军售决定是否取决于中国。")]


def test_chinese_only_said_after_a_negated_verb_and_a_long_title_before_a_short_name() -> None:
    assert quotes(
        "美国贸易代表杰米森·格里尔(Jamieson Greer)星期三出席了听证会。",
        "不过，格里尔并未说明这项价值100亿美元的关税何时生效，仅表示该决定仍在审议之中。",
        "听证会上，来自加利福尼亚州的共和党联邦众议员金映玉(Young Kim)表示，台湾是重要的伙伴。",
    ) == [
        ("indirect", "杰米森·格里尔", "该决定仍在审议之中。"),
        ("indirect", "金映玉", "台湾是重要的伙伴。"),
    ]
    # 仅表示 with an attitude is no report.
    assert quotes("杰米森·格里尔未作评论，仅表示关注。") == []


def test_chinese_a_clause_of_place_before_the_verb_and_a_name_in_marks_inside_a_clause() -> None:
    assert quotes(
        "美国总统唐纳德·特朗普上个月访问了北京。",
        "特朗普总统上个月结束访问后，在返程途中于“空军一号”专机上向随行记者表示，他提及了这个案例。",
    ) == [("indirect", "唐纳德·特朗普", "他提及了这个案例。")]


def test_chinese_several_words_after_the_time_and_a_report_after_bing_biaoshi() -> None:
    assert quotes(
        "美国国务卿马尔科·卢比奥星期二出席了听证会。",
        "卢比奥星期二出席众议院拨款委员会和外交事务委员会听证会时表示，总统曾提出这个案子。",
        "在采访中，卢比奥将这项提议称为一个很好的“起点”，并表示该案目前处于“搁置”状态。",
    ) == [
        ("indirect", "马尔科·卢比奥", "总统曾提出这个案子。"),
        ("direct", "马尔科·卢比奥", "起点"),
        ("indirect", "马尔科·卢比奥", "该案目前处于“搁置”状态。"),
    ]
    # 并表示 with an attitude is no report.
    assert quotes("马克·卡尼访问了北京，并表示欢迎。") == []


def test_chinese_a_quoted_paragraph_after_a_quote_whose_attribution_ends_its_paragraph() -> None:
    assert quotes("“我们有信心，”美国国务卿马尔科·卢比奥说。", "“相关磋商仍在进行中。”") == [
        ("direct", "马尔科·卢比奥", "我们有信心，"),
        ("direct", "马尔科·卢比奥", "相关磋商仍在进行中。"),
    ]


def test_chinese_according_to_a_dotted_name_leaves_ju_out_of_the_name() -> None:
    assert quotes("据卡罗琳·莱维特介绍，会谈顺利。", "莱维特说，总统将于下周访问英国。") == [
        ("indirect", "卡罗琳·莱维特", "会谈顺利。"),
        ("indirect", "卡罗琳·莱维特", "总统将于下周访问英国。"),
    ]


# --- the third round (benchmarks/devset/dev3) ----------------------------------------------


def test_said_or_saying_then_a_subject_pronoun_opens_a_clause() -> None:
    assert quotes(
        "Mayor Ann Lee met the governor on Monday. Lee said she thanked him for the grant.",
    ) == [("indirect", "Ann Lee", "she thanked him for the grant.")]
    assert quotes(
        "President Joe Biden met the mayors. The President thanked them, saying he will keep "
        "working with them."
    ) == [("indirect", "Joe Biden", "he will keep working with them.")]
    # An object pronoun is no subject: "said it" is no clause.
    assert quotes("Mayor Ann Lee met the governor. Lee said it twice.") == []


def test_a_noun_phrase_then_and_that_after_a_participle_of_saying() -> None:
    assert quotes(
        "President Joe Biden opened the meeting with remarks noting progress on ports and that "
        "shortages have not come to pass."
    ) == [("indirect", "Joe Biden", "shortages have not come to pass.")]


def test_participants_are_several_people_together() -> None:
    assert quotes("Participants noted that the ports are working well.") == []
    assert quotes("Attendees said that the plan will work.") == []
    assert (
        quotes(
            "Surgeon General Vivek Murthy spoke first. Senior Administration officials outlined "
            "the plan. They explained that the Task Force will report within 180 days."
        )
        == []
    )


def test_a_report_ends_where_a_direct_quote_opens_after_an_ellipsis() -> None:
    assert quotes(
        "Jane Roe, the agency's director, told the Star that the agency had reached out to "
        "small towns…“ We tried to get a good cross-section,” she said."
    ) == [
        ("indirect", "Jane Roe", "the agency had reached out to small towns"),
        ("direct", "Jane Roe", "We tried to get a good cross-section,"),
    ]


def test_a_wrong_way_mark_glued_to_a_word_opens_a_quote() -> None:
    assert quotes(
        "Mayor Matt Tuerk visited the capital…”Through things like the rescue plan,” Tuerk said."
    ) == [("direct", "Matt Tuerk", "Through things like the rescue plan,")]


def test_a_statement_under_a_label_running_over_paragraphs() -> None:
    assert quotes(
        "Statement from President Joe Biden: “I am proud to announce the new team.",
        "“They bring experience and integrity.",
        "“I thank them for their service.”",
    ) == [
        ("direct", "Joe Biden", "I am proud to announce the new team."),
        ("direct", "Joe Biden", "They bring experience and integrity."),
        ("direct", "Joe Biden", "I thank them for their service."),
    ]


def test_chinese_bing_jinggao_shuo_keeps_the_source_of_the_first_report() -> None:
    assert quotes(
        "唐纳德·特朗普总统星期三表示，这份协议并非最终协议，并警告说，美国可能恢复行动。"
    ) == [
        ("indirect", "唐纳德·特朗普", "这份协议并非最终协议"),
        ("indirect", "唐纳德·特朗普", "美国可能恢复行动。"),
    ]


def test_chinese_a_dotted_name_with_a_hyphen_and_the_group_named_before() -> None:
    assert quotes(
        "埃及总统阿卜杜勒-法塔赫·塞西(Abdel Fattah El Sisi)会见了代表团。",
        "“我们表示热烈祝贺。”塞西说。",
    ) == [("direct", "阿卜杜勒-法塔赫·塞西", "我们表示热烈祝贺。")]
    assert quotes("七国集团发表声明，对协议表示欢迎。该集团表示，准备为协议的落实作出贡献。") == [
        ("indirect", "七国集团", "准备为协议的落实作出贡献。")
    ]


def test_chinese_biaoshi_without_a_comma_after_dan_or_bing_or_before_an_adverb() -> None:
    assert quotes(
        "在同一次会晤中，唐纳德·特朗普(Donald Trump)为这项协议辩护，并表示该协议将确保和平。",
        "本雅明·内塔尼亚胡(Benjamin Netanyahu)拒绝透露通话细节，但他表示两人的关系并未发生改变。",
        "黎巴嫩驻华盛顿大使馆证实了这项协议的存在，但也表示该协议并未彻底结束冲突。",
        "世界卫生组织表示已加强了检测能力。",
    ) == [
        ("indirect", "唐纳德·特朗普", "该协议将确保和平。"),
        ("indirect", "本雅明·内塔尼亚胡", "两人的关系并未发生改变。"),
        ("indirect", "黎巴嫩驻华盛顿大使馆", "该协议并未彻底结束冲突。"),
        ("indirect", "世界卫生组织", "已加强了检测能力。"),
    ]
    # 表示 with an attitude is still no report.
    assert quotes("世界卫生组织拒绝透露细节，但表示欢迎。") == []


def test_chinese_a_body_whose_name_holds_yu_and_x_fangmian() -> None:
    assert quotes(
        "美国疾病控制与预防中心(CDC)表示，美国公众面临的风险较低。",
        "以色列方面则表示，已有26名士兵遇难。",
    ) == [
        ("indirect", "美国疾病控制与预防中心", "美国公众面临的风险较低。"),
        ("indirect", "以色列", "已有26名士兵遇难。"),
    ]


def test_chinese_an_unnamed_official_of_a_body_is_no_source() -> None:
    assert quotes("世卫组织(WHO)的一名高级官员星期二说，这是首月记录到的最多病例。") == []


def test_chinese_a_report_ends_before_the_reporters_comparison_or_the_speakers_comment() -> None:
    assert quotes(
        "伊朗外交部发言人巴盖伊随后表示，目前并没有安排核查的计划，与美方说法明显不同。",
        "美国副总统万斯表示，伊朗已同意让核查人员重返伊朗，并将此视为重要突破。",
    ) == [
        ("indirect", "巴盖伊", "目前并没有安排核查的计划"),
        ("indirect", "万斯", "伊朗已同意让核查人员重返伊朗"),
    ]


def test_chinese_a_pronoun_after_a_quote_and_a_nickname_in_brackets() -> None:
    assert quotes(
        "美国总统唐纳德·特朗普(Donald Trump)与以色列总理本雅明·内塔尼亚胡(Benjamin Netanyahu)"
        "通了电话。",
        "特朗普在谈及与内塔尼亚胡(昵称为“比比”)的电话时说：“我感到有些不安。”"
        "“当时我说：‘比比，我们必须停下来。’”特朗普在采访中说。不过他补充说：“我非常喜欢比比。”"
        "内塔尼亚胡星期三在接受采访时，拒绝透露细节，但他表示两人的关系并未发生改变。",
    ) == [
        ("direct", "唐纳德·特朗普", "我感到有些不安。"),
        ("direct", "唐纳德·特朗普", "当时我说：‘比比，我们必须停下来。’"),
        ("direct", "唐纳德·特朗普", "我非常喜欢比比。"),
        ("indirect", "本雅明·内塔尼亚胡", "两人的关系并未发生改变。"),
    ]


def test_chinese_but_he_after_a_quote_starts_a_new_report() -> None:
    assert quotes(
        "以色列总理本雅明·内塔尼亚胡(Benjamin Netanyahu)谈到了谅解方案。"
        "他说：“实际上，已经形成了一种默契。”但他同时也补充指出，最终的改变必须是真主党解除武装。"
    ) == [
        ("direct", "本雅明·内塔尼亚胡", "实际上，已经形成了一种默契。"),
        ("indirect", "本雅明·内塔尼亚胡", "最终的改变必须是真主党解除武装。"),
    ]


def test_chinese_a_place_with_a_latin_letter_before_the_verb() -> None:
    assert quotes("世卫组织总干事谭德赛(Tedros)在社交媒体平台X上说，仍然需要更多的治疗中心。") == [
        ("indirect", "谭德赛", "仍然需要更多的治疗中心。")
    ]


def test_chinese_a_short_form_of_a_body_named_before() -> None:
    assert quotes(
        "世界卫生组织(WHO)表示，确诊病例已有超过1000例。",
        "美国疾病控制与预防中心表示，风险较低。",
        "世卫组织表示，已加强了检测能力。美国疾控中心表示，风险仍然较低。",
    ) == [
        ("indirect", "世界卫生组织", "确诊病例已有超过1000例。"),
        ("indirect", "美国疾病控制与预防中心", "风险较低。"),
        ("indirect", "世界卫生组织", "已加强了检测能力。"),
        ("indirect", "美国疾病控制与预防中心", "风险仍然较低。"),
    ]


def test_chinese_a_source_citing_an_unnamed_one_is_the_source() -> None:
    assert quotes("美国新闻网站Axios援引一位匿名消息人士的话报道称，特朗普曾指责对方。") == [
        ("indirect", "Axios", "特朗普曾指责对方。")
    ]


def test_a_quote_with_its_attribution_inside_brackets_is_still_a_quote() -> None:
    assert quotes(
        "Mayor Ann Lee spoke. (“We will win,” she said.) The nickname (“Bibi”) is not one."
    ) == [("direct", "Ann Lee", "We will win,")]


def test_chinese_reports_without_a_named_source_and_a_company_after_an_embassy() -> None:
    # `此前有报道称` (there were reports), `各机构` (the agencies, several): no source.
    assert quotes("此前有报道称美国官员已表达关切。", "各机构警告说，相关人员将面临后果。") == []
    # An attribution after a quote holds no comma: `，但X…，并称` is a new report.
    found = quotes(
        "她说访问台湾“是一个例行的访问”，但中国大使馆通知他们，对他们施加限制，并称，如果道歉就可以解禁。"
    )
    assert [quote for quote in found if quote[0] == "direct"] == []
    # `该公司` after an embassy spoke names the company named before, not the embassy.
    assert quotes(
        "OpenAI表示，它发现了这些账户。",
        "中国驻华盛顿大使馆表示，不了解这项研究。该公司警告说，类似行动可能继续。",
    ) == [
        ("indirect", "OpenAI", "它发现了这些账户。"),
        ("indirect", "中国驻华盛顿大使馆", "不了解这项研究。"),
        ("indirect", "OpenAI", "类似行动可能继续。"),
    ]


# --- the fourth round (benchmarks/devset/dev4) ----------------------------------------------


def test_a_wire_report_with_its_attribution_and_a_time_after_it() -> None:
    assert quotes(
        "The Swedish tissue maker could move more of its production into the U.S. if tariffs "
        "were introduced, CEO Maja Lund said on Jan. 23.",
        "The German carmaker is considering new production sites in the U.S., Die Zeitung "
        "reported on Jan. 29.",
        "The laptop maker may expand into the U.S., CEO Tony Baker said in January, "
        "adding that Texas was a leading candidate.",
        "The luxury group is “seriously considering” more production in the U.S., CEO Bruno "
        "Amari said Tuesday.",
    ) == [
        (
            "indirect",
            "Maja Lund",
            "The Swedish tissue maker could move more of its production into the U.S. if "
            "tariffs were introduced",
        ),
        (
            "indirect",
            "Die Zeitung",
            "The German carmaker is considering new production sites in the U.S.",
        ),
        ("indirect", "Tony Baker", "The laptop maker may expand into the U.S."),
        ("indirect", "Tony Baker", "Texas was a leading candidate."),
        (
            "indirect",
            "Bruno Amari",
            "The luxury group is “seriously considering” more production in the U.S.",
        ),
    ]


def test_an_attribution_after_a_report_names_no_one_when_its_source_is_unnamed() -> None:
    assert quotes(
        "Honda will build its hybrid in Indiana, three people familiar with the matter told "
        "Reuters in March.",
        "The electronics giant is considering a move to Tennessee, a South Korean newspaper "
        "reported on Jan. 21.",
        # A quotation's own attribution is the direct quote's, not a report's.
        "“We are moving our plant to Ohio,” Jane Roe said on Monday.",
    ) == [("direct", "Jane Roe", "We are moving our plant to Ohio,")]


def test_according_to_a_document_after_a_quotation_names_its_source() -> None:
    assert quotes(
        "More companies look at “setting up shop in the United States,” according to a new "
        "report from Reuters — a result of the tariffs.",
        "Crossings “plummeted,” according to data obtained by ABC News.",
        # Not a source: a tradition.
        "The phrase “Never Again,” according to tradition, is a promise.",
    ) == [
        ("direct", "Reuters", "setting up shop in the United States,"),
        ("direct", "ABC News", "plummeted,"),
    ]


def test_a_body_named_with_its_acronym_and_the_figure_report_carried_on() -> None:
    assert quotes(
        "According to newly released data from Customs and Border Protection (CBP), just 61,465 "
        "people were apprehended in January. That number includes 32,349 at ports of entry.",
        # The acronym must spell the name's initials.
        "According to Smith and Jones (SJX), the plan failed.",
    ) == [
        (
            "indirect",
            "Customs and Border Protection",
            "just 61,465 people were apprehended in January. That number includes 32,349 at "
            "ports of entry.",
        )
    ]


def test_a_report_inside_quotation_marks_is_the_quoted_words() -> None:
    # An excerpt in marks with no source: neither it nor the reports inside it are quotes.
    assert (
        quotes(
            "“Donny Chaplin, president of Grand River Rubber, said he has seen a rush of new "
            "orders. Michigan-based Whirlpool says its competitors have had an unfair advantage. "
            "The number of arrests dropped 85%, according to data obtained by ABC News.”"
        )
        == []
    )


def test_a_newspaper_keeps_the_of_its_masthead() -> None:
    assert quotes(
        "The plan is “boosting demand for U.S.-made goods,” writes The Wall Street Journal.",
        "The New York Times reported today that packages arrived on time.",
    ) == [
        # (the clause the marks carry on is one indirect quote: test_enmarks.py)
        (
            "indirect",
            "The Wall Street Journal",
            "The plan is “boosting demand for U.S.-made goods,”",
        ),
        ("indirect", "The New York Times", "packages arrived on time."),
    ]


def test_quotations_after_a_paragraph_naming_their_source_before_a_colon() -> None:
    assert quotes(
        "Demand is “boosting some U.S.-made goods,” writes The Wall Street Journal.",
        "Here are a few examples from the story:",
        "“Two customers came back. Jack Stone said his factories are busy.”",
        "“Sales were 20% higher, said Mike Tan.”",
        "Meanwhile, The Washington Post reports:",
        "“At the Excel Fan plant, the chief operating officer is unfazed.”",
    ) == [
        ("direct", "The Wall Street Journal", "boosting some U.S.-made goods,"),
        (
            "direct",
            "The Wall Street Journal",
            "Two customers came back. Jack Stone said his factories are busy.",
        ),
        ("direct", "The Wall Street Journal", "Sales were 20% higher, said Mike Tan."),
        (
            "direct",
            "The Washington Post",
            "At the Excel Fan plant, the chief operating officer is unfazed.",
        ),
    ]


def test_a_colon_paragraph_naming_no_source_and_a_paragraph_after_the_quotations() -> None:
    # No source named or quoted before: the quotations are no one's; the label lasts only
    # while the paragraphs after it are quotations.
    assert (
        quotes(
            "Here are a few examples from the story:",
            "“Two customers came back.”",
        )
        == []
    )
    assert (
        quotes(
            "Meanwhile, The Washington Post reports:",
            "The plant is busy.",
            "“The tariffs are good news.”",
        )
        == []
    )


def test_an_adverb_before_found_and_rest_assured_names_no_source() -> None:
    assert quotes(
        "The Anti-Defamation League similarly found that antisemitic incidents reached record "
        "levels.",
        "Rest assured that I am committed to the safety of the Jewish people.",
    ) == [
        (
            "indirect",
            "Anti-Defamation League",
            "antisemitic incidents reached record levels.",
        )
    ]


def test_chinese_a_body_with_its_abbreviation_holding_zai_and_its_press_release() -> None:
    assert quotes(
        "美国在台协会(AIT)星期三(7月1日)说，台湾将加入全球点灯活动。",
        "AIT的中文新闻稿说，这个活动是该协会欢庆系列的亮点。",
    ) == [
        ("indirect", "美国在台协会", "台湾将加入全球点灯活动。"),
        ("indirect", "美国在台协会", "这个活动是该协会欢庆系列的亮点。"),
    ]


def test_chinese_bing_before_the_verb_and_a_report_going_on_after_a_semicolon() -> None:
    assert quotes(
        "谢庆钦表示，若为渔船，海巡艇会驱离；若为公务船，海巡人员将全程伴航监控。",
        "谢庆钦并表示，台湾船只不必理会中国公务船的询问。他说，政府部门已告知台湾船只；"
        "情势危急时，海巡艇会介入。",
        # Before another source's report, the semicolon ends the first one.
        "美国政府宣布，将资助50家诊所；贝利泽尔表示，这一举措令人欢迎。",
    ) == [
        ("indirect", "谢庆钦", "若为渔船，海巡艇会驱离；若为公务船，海巡人员将全程伴航监控。"),
        ("indirect", "谢庆钦", "台湾船只不必理会中国公务船的询问。"),
        ("indirect", "谢庆钦", "政府部门已告知台湾船只；情势危急时，海巡艇会介入。"),
        ("indirect", "美国政府", "将资助50家诊所"),
        ("indirect", "贝利泽尔", "这一举措令人欢迎。"),
    ]


def test_chinese_a_news_agency_reports_what_an_official_said() -> None:
    # A report inside a report: the agency's, with the official's attribution in its span.
    assert quotes(
        "台湾国防部军事新闻社报道，台湾国防部长顾立雄在委员会备询时表示，台湾军方都有应对作为。",
        "这些国家驻台机构发表联合声明称，中国海警的行动威胁地区稳定。",
    ) == [
        (
            "indirect",
            "台湾国防部军事新闻社",
            "台湾国防部长顾立雄在委员会备询时表示，台湾军方都有应对作为。",
        )
    ]


def test_chinese_what_a_source_calls_or_says_and_the_authority_a_sentence_opens_with() -> None:
    assert quotes(
        "中国海警船上个月在台湾东部海域进行了两次北京方面所称的“执法巡查”。"
        "中国交通运输部6月6日至10日组织执行了当局所说的“海上交通专项执法和扫测行动”，"
        "此前两艘中国海警船已在同一海域进行“执法巡查”。",
    ) == [
        ("direct", "北京", "执法巡查"),
        ("direct", "中国交通运输部", "海上交通专项执法和扫测行动"),
    ]


def test_chinese_a_report_ends_at_a_semicolon_before_er() -> None:
    assert quotes("伊朗表示，只有获得批准的航线才能使用；而许多商船则一直通过南部航道航行。") == [
        ("indirect", "伊朗", "只有获得批准的航线才能使用")
    ]


def test_a_report_inside_single_marks_opened_after_its_source_stays_a_report() -> None:
    # Single marks at the top level are often a quotation inside one an excerpt left open.
    assert quotes(
        "The Council of Economic Advisers (CEA) released a report that said, ‘Taken as a "
        "whole, the CEA estimates that the tax cuts will boost investment.’"
    ) == [("indirect", "Council of Economic Advisers", "the tax cuts will boost investment.’")]
    # (the acronym spelt out before it names the body in full)


def test_the_time_of_saying_after_the_verb_then_a_clause_and_estimated_after_a_report() -> None:
    assert quotes(
        "The White House said late Monday it was reviewing the report.",
        "Mayor Karen Bass announced Thursday the city will hire 300 firefighters.",
        "The plan would cost $5 billion, the Congressional Budget Office estimated.",
        # A weekday that is the subject of the clause is no time of saying.
        "Senator Tim Kaine said Tuesday is a good day.",
    ) == [
        ("indirect", "White House", "it was reviewing the report."),
        ("indirect", "Karen Bass", "the city will hire 300 firefighters."),
        ("indirect", "Congressional Budget Office", "The plan would cost $5 billion"),
    ]


def test_chinese_an_agency_reported_and_a_report_with_no_source() -> None:
    assert quotes(
        "美联社报道说，至少有12人在袭击中丧生。",
        "据报道说，至少有12人在袭击中丧生。",
    ) == [("indirect", "美联社", "至少有12人在袭击中丧生。")]


def test_wire_attributions_an_interview_the_one_told_and_it_with_an_auxiliary() -> None:
    assert quotes(
        "The talks will resume Monday, said Ned Price, a State Department spokesman.",
        "Governor Gavin Newsom said in an interview with CNN that the state was prepared.",
        "The minister, Anna Berg, told Reuters the plan would go ahead.",
        "The European Commission said it had fined the company.",
    ) == [
        ("indirect", "Ned Price", "The talks will resume Monday"),
        ("indirect", "Gavin Newsom", "the state was prepared."),
        ("indirect", "Anna Berg", "the plan would go ahead."),
        ("indirect", "European Commission", "it had fined the company."),
    ]


def test_people_of_a_place_and_an_object_after_said_name_no_quote() -> None:
    assert (
        quotes(
            "Health officials in Ohio said Tuesday that five people had died.",
            "Acme said it in a letter.",
            "Jane Roe told the story of her family.",
        )
        == []
    )


def test_chinese_an_unnamed_spokesperson_speaks_for_the_office() -> None:
    assert quotes(
        "中国外交部发言人表示，中方对此坚决反对。",
        "白宫发言人说，总统将出席。",
        # A named one is the person; a spokesperson of no office named is no source.
        "克里姆林宫发言人佩斯科夫说，会谈仍在准备之中。",
        "新闻发言人表示，会议推迟。",
    ) == [
        ("indirect", "中国外交部", "中方对此坚决反对。"),
        ("indirect", "白宫", "总统将出席。"),
        ("indirect", "佩斯科夫", "会谈仍在准备之中。"),
    ]


def test_adding_that_after_a_quote_attributed_with_a_place_of_saying() -> None:
    assert quotes(
        "“The Fed will act,” Jerome Powell said at a news conference, adding that inflation "
        "remained too high."
    ) == [
        ("direct", "Jerome Powell", "The Fed will act,"),
        ("indirect", "Jerome Powell", "inflation remained too high."),
    ]


def test_a_department_named_by_its_field_is_a_body_that_speaks() -> None:
    assert quotes(
        "The Department of Fisheries announced that 40 boats were inspected in a week.",
        "The Office of Management and Budget said that the plan will cost less.",
        "In June, the Harbor Safety Administration (HSA) announced that the agency will "
        "extend the permits.",
        "The Port and Canal Administration announced that the locks will reopen.",
    ) == [
        ("indirect", "Department of Fisheries", "40 boats were inspected in a week."),
        ("indirect", "Office of Management and Budget", "the plan will cost less."),
        ("indirect", "Harbor Safety Administration", "the agency will extend the permits."),
        ("indirect", "Port and Canal Administration", "the locks will reopen."),
    ]


def test_a_department_is_not_a_person_and_two_sources_joined_by_and_are_none() -> None:
    # The first name after an office stays a person's; two people or two bodies name nobody.
    assert quotes(
        "Department of Fisheries Secretary Jane Roe said that the boats were inspected.",
        "Jane Roe and Bob Smith said that the boats were inspected.",
        "The Department of Fisheries announced the inspection of 40 boats.",
    ) == [("indirect", "Jane Roe", "the boats were inspected.")]


def test_a_body_or_a_person_with_a_lower_case_role_before_a_colon_labels_its_statement() -> None:
    assert quotes(
        "Harbor Pilots Association: “We welcome the new dredging plan.”",
        "Fish & Game Alliance: “It is a good day for the river.”",
        "Radio Marin host Jane Roe: “The speech was strong.”",
        "Former top Senate aide Bob Smith: “I think it went well.”",
    ) == [
        ("direct", "Harbor Pilots Association", "We welcome the new dredging plan."),
        ("direct", "Fish & Game Alliance", "It is a good day for the river."),
        ("direct", "Jane Roe", "The speech was strong."),
        ("direct", "Bob Smith", "I think it went well."),
    ]


def test_the_day_in_brackets_after_a_labels_name_is_no_part_of_it() -> None:
    assert quotes(
        "Secretary of Fisheries Jane Roe (March 4): “The boats are safe.”",
        "Secretary Roe (March 13): “We will inspect them again.”",
    ) == [
        ("direct", "Jane Roe", "The boats are safe."),
        ("direct", "Jane Roe", "We will inspect them again."),
    ]


def test_a_topic_label_or_a_publications_headline_is_no_source_of_its_own() -> None:
    assert (
        quotes(
            "On ending the Harbor Shutdown: “We keep voting.”",
            "Valley State Daily: ‘What A Difference A Year Makes’",
            "23 Harbor Pilot Associations: “We welcome the plan.”",
        )
        == []
    )


def test_as_a_source_has_said_introduces_the_clause_after_the_comma() -> None:
    assert quotes(
        "As Governor Jane Roe has said many times, the port will stay open all winter.",
        "Mayor Bob Smith spoke last. And as the Mayor said in July, we are ready for the storm.",
        "As Jane Roe said, “The port is open.”",
    ) == [
        ("indirect", "Jane Roe", "the port will stay open all winter."),
        ("indirect", "Bob Smith", "we are ready for the storm."),
        ("direct", "Jane Roe", "The port is open."),
    ]


def test_as_i_said_as_expected_and_a_participle_after_as_x_said_are_no_reports() -> None:
    assert (
        quotes(
            "As I said, we are going to set up a trust fund.",
            "As expected, the rule was final.",
            "Governor Jane Roe spoke. As the Governor said, opening the port, the ships came in.",
        )
        == []
    )


def test_an_office_of_a_portfolio_is_a_persons_title_not_a_body() -> None:
    assert quotes(
        "Secretary of Fisheries Jane Roe met the crews.",
        "The Secretary of Fisheries said that the boats were safe.",
    ) == [("indirect", "Jane Roe", "the boats were safe.")]
    # (named by no one, the office is named by its title: the `titleof` round,
    # tests/importing/test_titleof.py)
    assert quotes("The Secretary of Fisheries said that the boats were safe.") == [
        ("indirect", "Secretary of Fisheries", "the boats were safe.")
    ]


def test_conveyed_or_relayed_with_a_that_clause_is_a_verb_of_saying() -> None:
    assert quotes(
        "President Jane Roe met Prime Minister Bob Smith. The President conveyed that she "
        "looks forward to working with the new government.",
        "Smith relayed to Roe that the ships had left the harbor.",
        "The President conveyed her condolences to the families.",
    ) == [
        ("indirect", "Jane Roe", "she looks forward to working with the new government."),
        ("indirect", "Bob Smith", "the ships had left the harbor."),
    ]


def test_from_a_source_or_its_statement_before_a_colon_names_the_quotations_after_it() -> None:
    assert quotes(
        "From the Harbor Foundation:",
        "“We estimate the rule will cut costs in every port.”",
        "A statement from Director Jane Roe on her confirmation follows:",
        "“I am honored to serve.",
        "Sunny weather followed.",
        "“Nobody is named for this one.”",
    ) == [
        ("direct", "Harbor Foundation", "We estimate the rule will cut costs in every port."),
        ("direct", "Jane Roe", "I am honored to serve."),
    ]


def test_quotations_alone_under_a_label_naming_their_speaker_are_that_persons() -> None:
    assert quotes(
        "Governor Jane Roe spoke on Sunday.",
        "Governor Roe on Morning Talk",
        "“This cuts spending.” (Watch)",
        "“It takes care of the port.”",
        "The week ended quietly.",
        "“No one is named for this one.”",
    ) == [
        ("direct", "Jane Roe", "This cuts spending."),
        ("direct", "Jane Roe", "It takes care of the port."),
    ]


def test_the_moments_you_missed_after_an_interview_are_the_interviewed_persons() -> None:
    assert quotes(
        "Governor Jane Roe, in an interview on Morning Talk, outlined her plans for the port.",
        "Here are the top moments you missed:",
        "On prices: “Prices are down.”",
        "“The port is open.”",
        "The week ended quietly.",
        "On taxes: “No one is named for this one.”",
    ) == [
        ("direct", "Jane Roe", "Prices are down."),
        ("direct", "Jane Roe", "The port is open."),
    ]
    # Several people, or none, before it: no one.
    assert (
        quotes(
            "This morning, members of the council joined Governor Jane Roe on the shows.",
            "Here’s what you missed:",
            "“Prices are down.”",
        )
        == []
    )


def test_a_rubric_in_capitals_before_a_quotation_names_no_one() -> None:
    assert quotes(
        "PROMISE MADE: “We will open the port.” (10/12/24)",
        "MYTH: “The port is closed.”",
        "JANE ROE: “The port is open.”",
    ) == [("direct", "Jane Roe", "The port is open.")]


def test_contractions_plural_parties_and_possessives_are_no_names() -> None:
    assert (
        quotes(
            "Q You’ve said that the talks are not the focus right now.",
            "What I’m saying is that the port is open.",
            "A poll showed that half of Republicans believe that the vote was fair.",
        )
        == []
    )
    assert quotes(
        "President Jane Roe’s plan was praised.",
        "Later, the President announced that the loans were forgiven.",
    ) == [("indirect", "Jane Roe", "the loans were forgiven.")]


def test_a_suffix_after_a_comma_before_the_verb_belongs_to_the_name() -> None:
    assert quotes(
        "Yesterday, President John Q. Roe, Jr. declared that a disaster exists in the State."
    ) == [("indirect", "John Q. Roe, Jr.", "a disaster exists in the State.")]


def test_a_lead_in_whose_subject_is_followed_by_a_comma_names_its_speaker() -> None:
    assert quotes(
        "Governor Jane Roe spoke first.",
        "Governor Roe exposed the long, willful neglect of the harbor: “The docks are failing.”",
        "Bob Smith, a pilot held at sea for a month, delivered moving remarks: “I am home.”",
    ) == [
        ("direct", "Jane Roe", "The docks are failing."),
        ("direct", "Bob Smith", "I am home."),
    ]


def test_a_phrase_of_time_or_a_body_before_a_comma_is_no_lead_ins_subject() -> None:
    assert (
        quotes(
            "On March 23, 1775, the third day of the meeting, the delegates answered: “We will.”",
            "The Governor spoke at the Harbor General Assembly, and it remains true — quote: "
            "“The docks stay open.”",
        )
        == []
    )


def test_the_first_lady_names_the_one_given_that_title() -> None:
    assert quotes(
        "First Lady Jane Roe hosted the harbor pilots.",
        "The First Lady closed with words to the pilots: “We can change lives together.”",
    ) == [("direct", "Jane Roe", "We can change lives together.")]
    assert quotes("The First Lady said that the program works.") == []


def test_a_phrase_in_marks_after_referred_to_smeared_likened_or_compared_is_the_sources() -> None:
    assert quotes(
        "Rep. Jane Roe referred to the harbor guards as “bullies.”",
        "Gov. Bob Smith likened the agency to “secret police,” calling it “reckless.”",
        "Sen. Ann Lee compared the dredging to “a slow disaster.”",
    ) == [
        ("direct", "Jane Roe", "bullies."),
        ("direct", "Bob Smith", "secret police,"),
        ("direct", "Bob Smith", "reckless."),
        ("direct", "Ann Lee", "a slow disaster."),
    ]
    # No source of its own: a document, or a name given by no one.
    assert (
        quotes(
            "The report described the plan as “a bold step.”",
            "A programme called “Harbor First” began in May.",
        )
        == []
    )
