"""Chinese reports of court cases and legislation, from the thirty-fifth development folder and
an audit of unlabelled VOA texts (docs/IMPORT-RULES.md, "The thirty-fifth development folder"):
`根据X，` with the source alone, a body whose name ends in 联盟, `在X发贴` between a pronoun and
its verb, `X称其为“…”` right after the name, `X另一份报告显示` and `宣布` with the act it
announces. Each shape with a near shape that must not be taken (the sentences here are written
for the tests)."""

from __future__ import annotations

from .helpers import quotes

# --- according to the source alone --------------------------------------------------------------


def test_according_to_a_person_or_a_body_alone_reports() -> None:
    assert quotes(
        "参议员埃莉萨·斯洛特金星期三宣布了这项立法。根据斯洛特金，该法案获得了汽车行业的支持。"
    ) == [("indirect", "埃莉萨·斯洛特金", "该法案获得了汽车行业的支持。")]
    assert quotes("根据美国战争部，海格塞斯星期五会晤了新加坡总理。") == [
        ("indirect", "美国战争部", "海格塞斯星期五会晤了新加坡总理。")
    ]
    assert quotes("防长再次缺席。根据中国官方的新华社，中国派出了代表团。") == [
        ("indirect", "新华社", "中国派出了代表团。")
    ]


def test_according_to_a_plan_a_law_a_document_or_unnamed_people_is_no_report() -> None:
    assert quotes("根据该协议，伊朗将开放海峡。根据法庭文件，他被判处监禁。") == []
    assert quotes("根据美国的立法程序，法案须经两院通过。据官员，该法案获得了支持。") == []
    assert quotes("根据新框架，双方将恢复会谈。据悉，他将访问北京。") == []


# --- a body whose name ends in 联盟 -------------------------------------------------------------


def test_a_body_whose_name_ends_in_alliance_speaks_by_its_whole_name() -> None:
    assert quotes("国际记者联盟(IFJ)表示，该组织呼吁立即取消所有控罪。") == [
        ("indirect", "国际记者联盟", "该组织呼吁立即取消所有控罪。")
    ]
    assert quotes("高科技发明家联盟对该法案表示支持，称实体已将专利武器化。") == [
        ("indirect", "高科技发明家联盟", "实体已将专利武器化。")
    ]


def test_a_person_titled_by_an_alliance_is_the_person() -> None:
    assert quotes("国际记者联盟主席张三表示，该组织呼吁立即取消控罪。") == [
        ("indirect", "张三", "该组织呼吁立即取消控罪。")
    ]


def test_this_alliance_names_the_alliance_that_spoke_last() -> None:
    assert quotes(
        "高科技发明家联盟表示，实体已将专利武器化。该联盟在声明中表示，此类实体滥用专利。"
    ) == [
        ("indirect", "高科技发明家联盟", "实体已将专利武器化。"),
        ("indirect", "高科技发明家联盟", "此类实体滥用专利。"),
    ]
    # (the body that spoke last is of another kind: no alliance is named)
    assert quotes(
        "五眼联盟星期三表示，特工伪装成顾问。美国国务院说，美方将回应。该联盟警告说，特工仍在活动。"
    ) == [
        ("indirect", "五眼联盟", "特工伪装成顾问。"),
        ("indirect", "美国国务院", "美方将回应。"),
    ]


# --- where a pronoun posted ---------------------------------------------------------------------


def test_a_pronoun_posting_on_a_platform_named_in_latin_speaks() -> None:
    assert quotes("许颖婷表示，订立条例是倒退。她在X发贴指出：“这意味着保释门槛更严。”") == [
        ("indirect", "许颖婷", "订立条例是倒退。"),
        ("direct", "许颖婷", "这意味着保释门槛更严。"),
    ]
    assert quotes("许颖婷表示，订立条例是倒退。她在X上发帖说：“这意味着保释门槛更严。”") == [
        ("indirect", "许颖婷", "订立条例是倒退。"),
        ("direct", "许颖婷", "这意味着保释门槛更严。"),
    ]


def test_a_pronoun_before_a_time_of_posting_is_no_place_of_saying() -> None:
    # (`发帖前` names no one; since the zhpron round the 她 names the bare name the sentence
    # before opens with, 许颖婷, who speaks in it: ANNOTATING.md, "A pronoun")
    assert quotes("许颖婷表示，订立条例是倒退。她在发帖前说：“这意味着保释门槛更严。”") == [
        ("indirect", "许颖婷", "订立条例是倒退。"),
        ("direct", "许颖婷", "这意味着保释门槛更严。"),
    ]


# --- what a person named in full calls it -------------------------------------------------------


def test_a_phrase_a_person_calls_it_right_after_the_name_is_a_direct_quote() -> None:
    assert quotes("大使奥尔加·斯特凡尼什娜(Olha Stefanishyna)称其为“重要一步”，反映了支持。") == [
        ("direct", "奥尔加·斯特凡尼什娜", "重要一步")
    ]
    assert quotes("奥尔加·斯特凡尼什娜称之为“向前迈出的重要一步”。") == [
        ("direct", "奥尔加·斯特凡尼什娜", "向前迈出的重要一步")
    ]


def test_a_name_given_by_no_one_or_after_a_setting_is_no_quote() -> None:
    assert quotes("这项法案被称为“向前迈出的重要一步”。") == []
    assert quotes("在会上，奥尔加·斯特凡尼什娜称其为“重要一步”。") == []


# --- another report of a body -------------------------------------------------------------------


def test_another_report_of_a_body_is_the_bodys() -> None:
    assert quotes(
        "世界知识产权组织的数据显示，申请量超过180万件。世界知识产权组织另一份报告显示，专利族超过3.8万件。"
    ) == [
        ("indirect", "世界知识产权组织", "申请量超过180万件。"),
        ("indirect", "世界知识产权组织", "专利族超过3.8万件。"),
    ]
    assert quotes("美国国务院另一份声明说，美方将继续协助。") == [
        ("indirect", "美国国务院", "美方将继续协助。")
    ]


def test_another_report_of_no_one_named_is_no_quote() -> None:
    assert quotes("另一份报告显示，申请量超过180万件。") == []


# --- an act announced ---------------------------------------------------------------------------


def test_an_act_announced_is_reported_up_to_its_comma() -> None:
    assert quotes("唐纳德·特朗普总统星期四宣布提名检察官杰伊·克莱顿出任国家情报总监。") == [
        ("indirect", "唐纳德·特朗普", "提名检察官杰伊·克莱顿出任国家情报总监。")
    ]
    assert quotes(
        "约翰·穆勒纳尔(John Moolenaar)星期一宣布联署莫蒂推出的《阻止法案》，旨在禁止雷达。"
    ) == [("indirect", "约翰·穆勒纳尔", "联署莫蒂推出的《阻止法案》")]
    assert quotes("英国首相基尔·斯塔默宣布辞职，为英国推选新领导人拉开序幕。") == [
        ("indirect", "基尔·斯塔默", "辞职")
    ]


def test_an_announcement_in_a_clause_of_time_a_noun_or_the_reporters_words_is_no_report() -> None:
    assert quotes("唐纳德·特朗普总统在宣布与伊朗达成和平协议后抵达法国。") == []
    assert quotes("唐纳德·特朗普在X上发帖宣布提名时说明了理由。") == []
    assert quotes("唐纳德·特朗普宣布这项法案。唐纳德·特朗普宣布停火，以便谈判。") == []
    # (two people together, the second after titles joined by `、`)
    assert (
        quotes(
            "委员会主席约翰·穆勒纳尔(John Moolenaar)与委员会主席、众议员安德鲁·加巴里诺"
            "(Andrew Garbarino)今年4月29日宣布启动联合调查。"
        )
        == []
    )
    # (another source joined by 而 inside a report: the reporter's words)
    assert quotes("JD·万斯说，伊朗已同意邀请检查人员，而美国财政部已宣布批准销售伊朗石油。") == [
        ("indirect", "JD·万斯", "伊朗已同意邀请检查人员")
    ]
