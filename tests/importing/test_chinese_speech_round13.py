"""Chinese reported and direct speech of the common shapes in news texts, found by a recall audit
over many unlabelled VOA texts (docs/IMPORT-RULES.md, "The thirteenth round"): a person named after
a title that is no known role, before a rank or with the name's Latin form; the long last part of a
dotted name; a quotation after `他说：` whose attribution is read only with the paragraph's reports;
认定 and 誓言 with a clause; words in marks that open a report. Each shape with the near-misses that
must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import near_linear, quotes, said_each_time

# --- a person named after a title, before a rank, or with the Latin form of the name -------


def test_a_name_after_a_title_that_is_no_known_role() -> None:
    for title, name in (
        ("台湾海洋委员会主委", "管碧玲"),
        ("火箭连连长", "廖能政"),
        ("炮兵指挥官", "翁一铭"),
        ("人工智慧实验室创办人", "杜奕瑾"),
    ):
        assert quotes(f"{title}{name}说，演习提高了实战化的程度。") == [
            ("indirect", name, "演习提高了实战化的程度。")
        ], title


def test_a_rank_or_title_after_the_name() -> None:
    assert quotes("炮兵指挥官翁一铭上校表示，这次演习突破了以往的排列。") == [
        ("indirect", "翁一铭", "这次演习突破了以往的排列。")
    ]
    assert quotes("58炮指部火箭连连长廖能政中校说，此次直到前一天才进入阵地。") == [
        ("indirect", "廖能政", "此次直到前一天才进入阵地。")
    ]


def test_a_name_with_its_latin_form() -> None:
    assert quotes("CPJ亚太区主管马丽怡(Beh Lih Yi)指出，这场审判从头到尾就是一场闹剧。") == [
        ("indirect", "马丽怡", "这场审判从头到尾就是一场闹剧。")
    ]
    # a dotted name written with another dot, a rank after the Latin form
    assert quotes("以色列国防军发言人埃菲‧德弗林(Effie Defrin)准将说，空军正在执行拦截任务。") == [
        ("indirect", "埃菲‧德弗林", "空军正在执行拦截任务。")
    ]


def test_the_long_last_part_of_a_dotted_name_met_before() -> None:
    found = quotes(
        "22岁的罗姆·布拉斯拉夫斯基(Rom Braslavski)星期二在白宫会见了总统。",
        "布拉斯拉夫斯基说，他慢慢地走进椭圆形办公室。",
    )
    assert found == [("indirect", "罗姆·布拉斯拉夫斯基", "他慢慢地走进椭圆形办公室。")]
    found = quotes(
        "此次任务的指令长是美国人兰迪·布雷斯尼克(Randy Bresnik)。",
        "“阿尔忒弥斯三号”指令长布雷斯尼克说，每一次任务都更具挑战性。",
    )
    assert found == [("indirect", "兰迪·布雷斯尼克", "每一次任务都更具挑战性。")]


def test_no_name_where_the_words_after_a_title_are_no_name() -> None:
    for text in (
        "官方媒体说，演习提高了实战化的程度。",  # a body's kind, not a surname and a name
        "美国官员表示，演习提高了实战化的程度。",  # an unnamed official
        "外长会议表示，演习提高了实战化的程度。",  # a meeting
        "两位参议员说，演习提高了实战化的程度。",  # several together
        "研究所主任丁说，演习提高了实战化的程度。",  # one character: no name
        "研究所所长们说，演习提高了实战化的程度。",  # several people
    ):
        assert quotes(text) == [], text


def test_two_people_joined_before_a_glossed_name_are_no_source() -> None:
    assert quotes("美国总统特朗普和法国总统马克龙(Emmanuel Macron)表示，双方将共同努力。") == []
    # a body's Latin form is no person's: no name is read before it
    found = quotes("香港民主委员会执行长(Hong Kong Democracy Council)说，活动将继续。")
    assert all(speaker != "执行长" for _, speaker, _ in found)


# --- a quotation after `他说：`, read with the paragraph's reports ---------------------------


def test_a_pronoun_quotation_after_a_report_in_its_paragraph() -> None:
    found = quotes(
        "法国总统埃马纽埃尔·马克龙(Emmanuel Macron)表示，七国集团若不加强合作，相关产业可能停滞。"
        "他说：“中国在该领域已积累了相当可观的产能。”"
    )
    assert ("direct", "埃马纽埃尔·马克龙", "中国在该领域已积累了相当可观的产能。") in found
    found = quotes(
        "马来西亚交通部长陆兆福(Anthony Loke)表示，搜寻船只将于11月部署。"
        "陆兆福说，将向该公司支付7千万美元。他说：“这一决定体现了政府的承诺。”"
    )
    assert found[-1] == ("direct", "陆兆福", "这一决定体现了政府的承诺。")


def test_a_pronoun_quotation_opening_its_paragraph() -> None:
    # the previous paragraph's last sentence is no attribution: the person it opens with
    found = quotes(
        "在拉巴特的中世纪堡垒中，美国驻摩洛哥大使杜克·布坎(Duke Buchan)赞扬了两国的关系。",
        "他说：“两百五十年的努力。我们是盟友。”",
    )
    assert found == [("direct", "杜克·布坎", "两百五十年的努力。我们是盟友。")]
    found = quotes(
        "美国财政部长斯科特·贝森特(Scott Bessent)在社交平台X上发贴文宣布临时放宽制裁。",
        "他说：“伊朗已承诺保障海峡的自由通行。”",
    )
    # (`宣布临时放宽制裁` is the act he announces, reported as `宣布辞职` is: ANNOTATING.md,
    # "Thirty-fifth folder"; its 临时 is no clause of time)
    assert found == [
        ("indirect", "斯科特·贝森特", "临时放宽制裁。"),
        ("direct", "斯科特·贝森特", "伊朗已承诺保障海峡的自由通行。"),
    ]


def test_no_pronoun_quotation_without_a_person_before_it() -> None:
    assert quotes("他说：“伊朗已承诺保障海峡的自由通行。”") == []
    # a body's report before it: `他` names no body
    assert quotes("美国国务院表示，两国将在明年举行会谈。他说：“我们很高兴。”") == [
        ("indirect", "美国国务院", "两国将在明年举行会谈。")
    ]
    # a term in marks after the pronoun is no quotation of its own
    found = quotes("美国驻摩洛哥大使杜克·布坎(Duke Buchan)表示，两国是盟友。他称之为“友谊”。")
    assert all(kind != "direct" for kind, _, _ in found)


# --- 认定 and 誓言 with a clause ---------------------------------------------------------------


def test_found_and_vowed_with_a_clause() -> None:
    assert quotes(
        "真主党领导人纳伊姆·卡西姆(Naim Qassem)星期四发表讲话。他还誓言，抵抗将继续。"
    ) == [("indirect", "纳伊姆·卡西姆", "抵抗将继续。")]
    assert quotes("仲裁法庭还认定，中国的主张没有法律依据。") == [
        ("indirect", "仲裁法庭", "中国的主张没有法律依据。")
    ]


def test_found_and_vowed_as_nouns_are_no_report() -> None:
    for text in (
        "依据这一认定，任何由外国对手拥有的设备都被禁止。",
        "该认定，将于明年生效。",
        "他的誓言令人动容。",
        "他被认定为恐怖分子。",
    ):
        assert quotes(text) == [], text


# --- words in marks that open a report ------------------------------------------------------


def test_a_term_in_marks_opening_a_report_whose_later_clause_has_a_verb() -> None:
    assert quotes(
        "人工智慧实验室创办人杜奕瑾表示，“模型蒸馏”在业界很常见，但是这个事件显示阿里巴巴正在积极追赶。"
    ) == [
        (
            "indirect",
            "杜奕瑾",
            "“模型蒸馏”在业界很常见，但是这个事件显示阿里巴巴正在积极追赶。",
        )
    ]
    # an attribution right after the marks: the words in marks are a direct quote
    found = quotes("杜奕瑾表示，“模型蒸馏很常见”，他说。")
    assert all(kind != "indirect" for kind, _, _ in found)


# --- bounds --------------------------------------------------------------------------------


def test_long_hostile_titles_stay_linear() -> None:
    # a name after thousands of titles is past what a name holds: nothing is attributed
    titles = near_linear(
        lambda n: quotes("主委" * (2 * n) + "管碧玲说，演习提高了程度。" + "他说：“好。”" * n), 200
    )
    assert titles == ([], [])

    # names joined by the hundred before a glossed name, and colons before quotations
    def joined(n: int) -> list[tuple[str, str, str]]:
        names = "、".join(["主任马丽怡(Beh Lih Yi)"] * n) + "说，审判是一场闹剧。"
        colons = "前大学足球运动员卡莱布·戴维斯：“好。”" * n
        return quotes(names, colons, "美军" * n + "表示，演习开始。")

    small, large = near_linear(joined, 100)
    said = ("direct", "卡莱布·戴维斯", "好。")
    # (and the source of the last paragraph is past what a name holds)
    assert small[0] == large[0] == ("indirect", "马丽怡", "审判是一场闹剧。")
    said_each_time(small[1:], large[1:], said, 100)


# --- a body speaking as one that the other readings missed ----------------------------------


def test_a_states_army_or_side() -> None:
    assert quotes("美军表示，已开始对伊朗发动打击。") == [
        ("indirect", "美军", "已开始对伊朗发动打击。")
    ]
    assert quotes("美军方面表示，双方讨论了协议的推进路径。") == [
        ("indirect", "美军", "双方讨论了协议的推进路径。")
    ]
    # by the fuller form named before
    found = quotes("美国军方在星期二的一份声明说，名称将恢复。", "美军说，这是为了表明关联性。")
    assert found[-1] == ("indirect", "美国军方", "这是为了表明关联性。")


def test_a_body_by_its_long_name_or_after_what_it_is() -> None:
    for text, body in (
        ("美国司法部佐治亚南区联邦检察官办公室星期四(6月18日)宣布，六人被判处监禁。", None),
        ("第10军团说，这场演习将重炮与新式武器结合。", "第10军团"),
        ("流行病防范创新联盟还说，将向牛津大学提供资金。", "流行病防范创新联盟"),
        ("乌克兰国家紧急情况部门称，南部有一人死亡。", "乌克兰国家紧急情况部门"),
        (
            "乌克兰电网运营商乌克兰国家能源公司(Ukrenergo)说，八个地区失去电力。",
            "乌克兰国家能源公司",
        ),
        ("Anthropic公司星期五表示，已暂停所有用户的访问权限。", "Anthropic"),
        ("CISA当时警告说，这为恶意行为者提供了可乘之机。", "CISA"),
    ):
        found = quotes(text)
        assert len(found) == 1, text
        expected = body or "美国司法部佐治亚南区联邦检察官办公室"
        assert found[0][1] == expected, text


def test_no_body_where_the_words_name_none() -> None:
    for text in (
        "各国政府表示，将继续合作。",  # several
        "一些公司表示，将继续合作。",  # unnamed
        "美国和日本政府表示，将继续合作。",  # several together
        "该联盟表示，将继续合作。",  # no alliance named before
    ):
        assert quotes(text) == [], text
    # a body's name with a bracket inside a person's description is the person's, not a source
    found = quotes("陆军炮兵第58指挥部(58炮指部)参谋主任翁一铭上校说，此次训练与以往不同。")
    assert all("指挥部" not in speaker for _, speaker, _ in found)


# --- a title alone after the name written with it ---------------------------------------------


def test_a_title_alone_names_the_person_written_with_it_after_the_name() -> None:
    found = quotes(
        "美国总统唐纳德·特朗普星期一会见了记者。任何协议均需获得唐纳德·特朗普总统的批准。",
        "总统星期三表示，霍尔木兹海峡是谈判的一部分。",
    )
    assert found == [("indirect", "唐纳德·特朗普", "霍尔木兹海峡是谈判的一部分。")]


def test_a_title_alone_with_no_one_written_with_it_is_no_source() -> None:
    # `副总统` is no `总统`, and a title no name was written with names no one
    for before in (
        "美国副总统JD·万斯星期二会见了记者。",
        "美国国务卿马尔科·卢比奥星期二会见了记者。",
    ):
        assert quotes(before, "总统星期三表示，霍尔木兹海峡是谈判的一部分。") == [], before


# --- a quotation after a colon that ends a sentence opening with its source -----------------


def test_a_quotation_after_a_label_or_a_sentence_opening_with_its_source() -> None:
    for text, speaker in (
        ("前大学足球运动员卡莱布·戴维斯：“这是世界级的运动。”", "卡莱布·戴维斯"),
        ("魏京生基金会执行主任黄慈萍对中国的前景表示乐观：“希望就在前方。”", "黄慈萍"),
        ("华盛顿智库研究员孙韵告诉美国之音(VOA)：“这是前所未有的。”", "孙韵"),
        ("美国驻菲联合军事援助团团长丹尼尔·吴(Daniel Oh)上校说：“这将支持菲律宾。”", "丹尼尔·吴"),
    ):
        found = quotes(text)
        assert [(kind, who) for kind, who, _ in found] == [("direct", speaker)], text


def test_a_quotation_after_a_colon_of_no_single_source() -> None:
    for text in (
        "人权人士：“权利的存废将完全取决于中共的意愿。”",  # unnamed
        "宣言声明：“我们将与伙伴共同努力。”",  # a declaration of several
        "两国外长在7月26日的联合声明中说：“香港当局试图进行跨国镇压。”",  # together
        "李问道：“我一直想知道，伊朗的外交渠道在哪里？”",  # a surname alone, no name
        "这场听证会的主题是：“中国对美国人的威胁”",  # a title, no source
    ):
        assert [kind for kind, _, _ in quotes(text)] == [], text


# --- a verb of saying before a clause of its own with no comma ------------------------------


def test_a_clause_of_its_own_after_the_verb_without_a_comma() -> None:
    for text, span in (
        ("法国总统府顾问帕斯卡尔·孔法夫勒说本次峰会将公布具体措施。", "本次峰会将公布具体措施。"),
        ("特朗普总统强调和伊朗的协议不涉及任何金钱交易。", "和伊朗的协议不涉及任何金钱交易。"),
        ("中国外交部证实敏辛被中国当局拘押。", "敏辛被中国当局拘押。"),
        # the report ends before the source's next act (`，并誓言…`)
        (
            "俄罗斯总统弗拉基米尔·普京承认乌克兰无人机袭击对俄罗斯造成损失，并誓言加强防空。",
            "乌克兰无人机袭击对俄罗斯造成损失",
        ),
    ):
        assert [text for _, _, text in quotes(text)] == [span], text


def test_a_verb_with_a_noun_or_verb_phrase_is_no_report() -> None:
    for text in (
        "特朗普总统说明了协议的内容。",  # 说明: no verb of saying
        "特朗普总统强调了两国关系的重要性。",  # a noun phrase
        "特朗普总统说服了国会议员。",  # 说服
        "台湾的民选政府一直拒绝承认北京的主张。",  # no clause of content
    ):
        assert quotes(text) == [], text
