"""Chinese quotes the rules missed, from a recall audit of unlabelled news texts and the
development folders (docs/IMPORT-RULES.md, "The fifteenth round (Chinese)"). Each shape with the
near-misses that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import near_linear, quotes, said_each_time

# --- what a source calls something after 称 ------------------------------------------------


def test_what_a_source_calls_something_after_cheng_is_its_direct_quote() -> None:
    found = quotes("乌克兰总统李明称星期一的袭击“骇人听闻”，乌克兰同时袭击了一个通信中心。")
    assert found == [("direct", "李明", "骇人听闻")]
    found = quotes("北约秘书长王刚称俄罗斯的行为“鲁莽”，并表示北约准备好保卫其领土。")
    assert found == [
        ("direct", "王刚", "鲁莽"),
        ("indirect", "王刚", "北约准备好保卫其领土。"),
    ]
    # `称X为“Y”`, and a pronoun for the thing called
    found = quotes("高级专员张伟星期一称当前局势为“脆弱时刻”。")
    assert found == [("direct", "张伟", "脆弱时刻")]
    found = quotes("李明总统星期四批评这项决议，称其“毫无意义”。")
    assert found == [("direct", "李明", "毫无意义")]


def test_a_clause_after_cheng_with_words_in_marks_stays_a_report() -> None:
    for clause in (
        # a copula with an attribute: a clause (a name given wholly in marks, `称协议是“历史性的
        # 文件”。`, is the source's words: ANNOTATING.md, "Thirty-second folder")
        "此次袭击是“有针对性的”。",
        "他认为这样做“没有意义”。",  # a clause with a verb of its own
        "两人将在会晤中讨论“此前发生的事情”。",  # a modal and a verb
        "如果对方“表现不好”，美国可能会恢复军事行动。",  # the marks do not end the clause
        "这项计划“将会失败，而且代价高昂”。",  # longer words with a comma inside
    ):
        found = quotes(f"总统李明称{clause}")
        assert found == [("indirect", "李明", clause)], clause
    # not 宣称, 声称 (a clause of their own), nor 被称为 or 所称 (found by other rules or none)
    found = quotes("总统李明宣称两国关系进入“新的历史起点”。")
    assert [kind for kind, _, _ in found] == ["indirect"]
    assert quotes("这支被称为“花格尼军团”的球迷队伍来到了迈阿密。") == []


def test_what_a_source_calls_something_is_read_in_linear_time() -> None:
    small, large = near_linear(lambda n: quotes("总统李明称这件事“骇人听闻”，" * n + "。"), 100)
    said = ("direct", "李明", "骇人听闻")
    said_each_time(small, large, said, 100)


def test_a_predicate_in_marks_after_cheng_stays_a_report() -> None:
    for clause in ("美国的军事行动“削弱了伊朗”。", "这一决定“严重侵害中方权益”。"):
        found = quotes(f"李明总统星期四称{clause}")
        assert found == [("indirect", "李明", clause)], clause


# --- another named source's report after a clause of the first ------------------------------


def test_another_named_source_after_a_clause_of_a_report_ends_it() -> None:
    found = quotes(
        "美国财政部长斯科特·贝森特(Scott Bessent)表示，美国正朝着“打破垄断”迈进，"
        "美国财政部会后发表声明称，相关供应链已变得“高度集中”。"
    )
    assert found == [
        ("indirect", "斯科特·贝森特", "美国正朝着“打破垄断”迈进"),
        ("indirect", "美国财政部", "相关供应链已变得“高度集中”。"),
    ]
    # `会后` is no part of a body's name
    assert quotes("美国财政部会后发表声明称，相关供应链已变得高度集中。") == [
        ("indirect", "美国财政部", "相关供应链已变得高度集中。")
    ]


def test_a_report_inside_a_report_or_a_later_clause_of_the_same_source_goes_on() -> None:
    # the inner source right after the verb: one quote of the outer source
    found = quotes("美联社报道，美国财政部长斯科特·贝森特表示，美国正朝着目标迈进。")
    assert found == [("indirect", "美联社", "美国财政部长斯科特·贝森特表示，美国正朝着目标迈进。")]
    # `游说` is no verb of saying
    rest = "不断的游说，要议员不要见他。"
    found = quotes(f"Anthropic公司表示，已暂停所有用户的访问权限，{rest}")
    assert len(found) == 1 and found[0][2].endswith(rest), rest
    # the same source after a conjunction: no other source, a second report of its own (as
    # `承认X，但表示Y`)
    found = quotes("Anthropic公司表示，已暂停所有用户的访问权限，但同时指出，相关措施并无依据。")
    assert [(speaker, text) for _, speaker, text in found] == [
        ("Anthropic", "已暂停所有用户的访问权限"),
        ("Anthropic", "相关措施并无依据。"),
    ]
    # inside the source's words in marks
    found = quotes("郑丽文说，民进党“在国会不断造谣，美国国务院表示，要议员不要见我”，但她不在意。")
    assert [text for _, _, text in found] == [
        "民进党“在国会不断造谣，美国国务院表示，要议员不要见我”，但她不在意。"
    ]


# --- a description with 这位 before a report ------------------------------------------------


def test_a_description_of_a_person_before_a_report_names_the_person_just_named() -> None:
    found = quotes(
        "以色列前人质罗姆·布拉斯拉夫斯基说，他慢慢地走进办公室。这位前人质说，特朗普问他对局势有何看法。"
    )
    assert found == [
        ("indirect", "罗姆·布拉斯拉夫斯基", "他慢慢地走进办公室。"),
        ("indirect", "罗姆·布拉斯拉夫斯基", "特朗普问他对局势有何看法。"),
    ]
    found = quotes(
        "以色列总统罗姆·布拉斯拉夫斯基说，他慢慢地走进办公室。这位以色列人说，特朗普问他对局势有何看法。"
    )
    assert [speaker for _, speaker, _ in found] == ["罗姆·布拉斯拉夫斯基"] * 2


def test_a_description_of_someone_else_or_of_an_office_is_not_the_person_just_named() -> None:
    for other in ("这名目击者", "这位记者", "这位发言人"):
        found = quotes(
            f"以色列前人质罗姆·布拉斯拉夫斯基说，他慢慢地走进办公室。{other}说，他看到了火光。"
        )
        assert found == [("indirect", "罗姆·布拉斯拉夫斯基", "他慢慢地走进办公室。")], other


# --- a letter's sender, not its addressees --------------------------------------------------


def test_a_letters_sender_speaks_not_the_ones_it_is_addressed_to() -> None:
    for addressees in (
        "参议员蒂姆·斯科特(Tim Scott)和伊丽莎白·沃伦(Elizabeth Warren)",
        "参议员蒂姆·斯科特",
    ):
        found = quotes(f"Anthropic在6月10日致{addressees}的信中称，这项行动利用了虚假账户。")
        assert found == [("indirect", "Anthropic", "这项行动利用了虚假账户。")], addressees
    # a letter of several senders is still no quote
    assert quotes("沃伦和斯科特在致Anthropic的信中写道，这项行动利用了虚假账户。") == []


# --- a memorial hall or museum, and a body named in marks after its kind ---------------------


def test_a_memorial_hall_or_a_museum_is_a_body() -> None:
    assert quotes("六四纪念馆在发布的声明中指出，5月31日凌晨，不明人士闯入纪念馆。") == [
        ("indirect", "六四纪念馆", "5月31日凌晨，不明人士闯入纪念馆。")
    ]
    assert quotes("国家博物馆表示，展品没有受损。") == [
        ("indirect", "国家博物馆", "展品没有受损。")
    ]


def test_this_organisation_names_the_body_named_in_marks_after_its_kind() -> None:
    found = quotes(
        "六四纪念馆指出，有人闯入纪念馆。",
        "总部设在纽约的人权组织“人权观察”(Human Rights Watch)长期追踪跨国镇压案例。"
        "该机构认为，跨国镇压威胁民主制度。",
        "该组织曾记录数百起相关案例，并指出很多案件最初都被视为孤立事件。",
    )
    assert [(speaker, text) for _, speaker, text in found] == [
        ("六四纪念馆", "有人闯入纪念馆。"),
        ("人权观察", "跨国镇压威胁民主制度。"),
        ("人权观察", "很多案件最初都被视为孤立事件。"),
    ]
    # not a term in marks after another word: the latest body
    found = quotes(
        "六四纪念馆指出，有人闯入纪念馆。", "这是一次所谓“跨国镇压”。该机构认为，这威胁民主制度。"
    )
    assert found[-1] == ("indirect", "六四纪念馆", "这威胁民主制度。")


# --- `这是` after a verb with no comma; where a source is, before its name --------------------


def test_a_clause_with_zhe_shi_after_a_verb_with_no_comma_is_a_report() -> None:
    found = quotes("美国国会图书馆展览总监约翰·鲍威尔(John Powell)说这是第一次两国的文物合并展出。")
    assert found == [("indirect", "约翰·鲍威尔", "这是第一次两国的文物合并展出。")]
    # the subject's serial acts, then 指出 with `这是`
    found = quotes(
        "位于美国加州的六四纪念馆6月1日发表声明，谴责肇事者，指出这是针对海外民主运动的最新一例。"
    )
    assert found == [("indirect", "六四纪念馆", "这是针对海外民主运动的最新一例。")]
    # not `说明这是`, nor a verb with a noun (`强调这一点…的意义`; `表示这一点很重要`, a subject
    # with an adverb of degree, is a clause: tests/importing/test_zhclause.py)
    assert quotes("约翰·鲍威尔说明这是第一次展出。") == []
    assert quotes("约翰·鲍威尔强调这一点对两国的意义。") == []


def test_where_a_source_is_is_no_part_of_its_name() -> None:
    found = quotes("总部位于伦敦的国际战略研究所(IISS)表示，世界正处于新一轮核军备竞赛的边缘。")
    assert found == [("indirect", "国际战略研究所", "世界正处于新一轮核军备竞赛的边缘。")]


# --- `它还…` carrying an account on; a police department before a dotted name ----------------


def test_an_account_carried_on_by_ta_hai() -> None:
    found = quotes(
        "OpenAI表示，这一行动关注的议题包括关税和稀土。它还以中文和英文生成内容，试图影响国际受众。"
    )
    assert [text for _, _, text in found] == [
        "这一行动关注的议题包括关税和稀土。它还以中文和英文生成内容，试图影响国际受众。"
    ]
    # not with narration in it: a time, a verb of saying, a quotation
    for after in (
        "它还在星期三宣布了新的措施。",
        "它还表示将继续调查。",
        "它还发布声明：“我们将继续调查，绝不姑息。”",
    ):
        found = quotes(f"OpenAI表示，该公司已阻断两起行动。{after}")
        assert found[0][2] == "该公司已阻断两起行动。", after


def test_a_police_department_before_a_dotted_name_is_no_part_of_it() -> None:
    found = quotes(
        "埃尔蒙特警察局安德鲁·莫拉警长(Sergeant Andrew Mora)告诉美国之音，他们正在调查此案。"
    )
    assert found[0][1].startswith("安德鲁·莫拉")


# --- 表示很高兴能…: an attitude with its clause -------------------------------------------------


def test_glad_to_with_its_clause_after_biaoshi_is_a_report() -> None:
    found = quotes(
        "里克·斯科特参议员在声明中表示，全世界不能视而不见。"
        "他表示很高兴能与史密斯众议员一起，“共同追究中共的责任”。"
    )
    assert found[-1] == (
        "indirect",
        "里克·斯科特参议员",
        "很高兴能与史密斯众议员一起，“共同追究中共的责任”。",
    )
    # an attitude alone, or one about a noun, is the reporter's summary
    for sentence in ("里克·斯科特参议员表示高兴。", "里克·斯科特参议员对此表示非常高兴。"):
        assert quotes(sentence) == [], sentence


# --- a term in the same marks nested in a quotation ------------------------------------------


def test_a_term_in_the_same_marks_inside_a_quotation_does_not_close_it() -> None:
    found = quotes(
        "特朗普写道：“困在海峡的船只可以开始“回家!”程序。代我向你们的家人问好！”",
    )
    assert found == [
        ("direct", "特朗普", "困在海峡的船只可以开始“回家!”程序。代我向你们的家人问好！")
    ]
    found = quotes("代理副局长洛里·格莱兹说：“我们的“阿尔忒弥斯”宇航员将能够停留更长时间。 ”")
    assert [text for _, _, text in found] == ["我们的“阿尔忒弥斯”宇航员将能够停留更长时间。"]


def test_a_term_in_marks_that_no_later_mark_closes_around_stays_as_it_was() -> None:
    for paragraph, text in (
        # no closing mark after the term
        ("特朗普写道：“船只可以开始“回家”程序。", "船只可以开始“回家"),
        # (the words after the term ending with no stop before the next closing mark: since the
        # marks nest, read as nesting, test_nested_marks.py: `船只可以开始“回家”程序，代我问好`)
        # another quotation opens before the next closing mark
        ("特朗普写道：“船只可以开始“回家”程序。他说：“好。”", "船只可以开始“回家"),
    ):
        found = quotes(paragraph)
        assert found and found[0][2] == text, paragraph
    found = quotes("特朗普写道：“船只可以开始“回家”程序，代我问好”")
    assert [text for _, _, text in found] == ["船只可以开始“回家”程序，代我问好"]


def test_nested_marks_are_read_in_linear_time() -> None:
    # `他` naming no one before it: no source, however the marks nest
    nested = near_linear(lambda n: quotes("他说：“我们的“计划”很好。”" * n + "“" * (2 * n)), 200)
    assert nested == ([], [])


# --- a document its issuer published (`X发布的一份…报告称`) -----------------------------------


def test_a_document_a_body_published_is_the_bodys() -> None:
    found = quotes("美国国务院发布的一份关于此次会晤的会议纪要显示，卢比奥感谢巴基斯坦的作用。")
    assert found == [("indirect", "美国国务院", "卢比奥感谢巴基斯坦的作用。")]
    found = quotes("美国国务院发布的一份报告称，中国通过非法方式获取AI能力。")
    assert found == [("indirect", "美国国务院", "中国通过非法方式获取AI能力。")]
    # `该委员会` for the committee named before
    found = quotes(
        "美国众议院中国问题特设委员会说，中国正在获取芯片。"
        "该委员会发布的一份调查报告称，中国通过非法方式获取AI能力。"
    )
    assert [speaker for _, speaker, _ in found] == ["美国众议院中国问题特设委员会"] * 2


def test_a_report_of_no_issuer_or_several_sources_reporting_is_no_quote() -> None:
    # `这份报告称` with no issuer named: nobody (it was read as a source `这份`)
    assert quotes("这份报告称，中国通过非法方式获取AI能力。") == []
    # unnamed officials' `报告称` is theirs, not a report's
    assert quotes("黎巴嫩卫生官员还报告称，以色列空袭造成18人死亡。") == []
    assert quotes("世卫组织报告称，以色列空袭造成18人死亡。") == [
        ("indirect", "世卫组织", "以色列空袭造成18人死亡。")
    ]
