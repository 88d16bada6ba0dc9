"""Chinese reported speech of officials, lawmakers and bodies, named once and then by a short
form, a title or a document of theirs, and the shapes that must not be taken for quotes
(benchmarks/devset/dev6 showed the need; the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import figures, quotes


def test_a_dotted_name_with_a_middle_initial() -> None:
    assert quotes(
        "商务部助理部长玛丽·K·史密斯(Mary K. Smith)表示，出口管制将收紧。",
        "史密斯说，企业需要提前准备。",
    ) == [
        ("indirect", "玛丽·K·史密斯", "出口管制将收紧。"),
        ("indirect", "玛丽·K·史密斯", "企业需要提前准备。"),
    ]


def test_a_verb_of_manner_before_said_is_no_part_of_the_name() -> None:
    assert quotes(
        "美国国务院发言人马修·米勒(Matthew Miller)星期二表示，美国将继续支持盟友。",
        "米勒批评说，北京的做法破坏稳定。米勒澄清说，美方立场没有变化。",
        "米勒辩称，制裁是必要的。米勒坦承，谈判遇到了困难。",
        "他警告说：“任何人都应保持警惕。”米勒感叹道，和平来之不易。",
    ) == [
        ("indirect", "马修·米勒", "美国将继续支持盟友。"),
        ("indirect", "马修·米勒", "北京的做法破坏稳定。"),
        ("indirect", "马修·米勒", "美方立场没有变化。"),
        ("indirect", "马修·米勒", "制裁是必要的。"),
        ("indirect", "马修·米勒", "谈判遇到了困难。"),
        ("direct", "马修·米勒", "任何人都应保持警惕。"),
        ("indirect", "马修·米勒", "和平来之不易。"),
    ]


def test_a_ministry_named_with_its_country_then_without_it_and_by_gai() -> None:
    # `美国商务部和财政部…表示` is two bodies together (no quote), but it names the ministry:
    # `商务部说` is 美国商务部, and `该部` the latest ministry named.
    assert quotes(
        "美国商务部和财政部星期三表示，新规将于下月生效。",
        "商务部说，这些企业规避了出口管制。",
        "5月1日至3日，中国海关总署在多个口岸开展了专项检查。该署宣布，检查已经结束。",
    ) == [
        ("indirect", "美国商务部", "这些企业规避了出口管制。"),
        ("indirect", "中国海关总署", "检查已经结束。"),
    ]


def test_an_alliance_named_in_marks_then_by_gai() -> None:
    assert quotes(
        "“北方联盟”包括五个国家。该联盟警告说，网络攻击正在增加。",
    ) == [("indirect", "北方联盟", "网络攻击正在增加。")]


def test_an_unnamed_spokesperson_speaks_for_the_office_and_the_statement_goes_on() -> None:
    assert quotes(
        "一位不愿透露姓名的美国商务部发言人在给美国之音的一份电邮声明中说：“我们对此表示关切。”",
        "声明还说：“我们敦促各方保持克制。”",
        "这份声明继续说，美国将与盟友协调。",
    ) == [
        ("direct", "美国商务部", "我们对此表示关切。"),
        ("direct", "美国商务部", "我们敦促各方保持克制。"),
        ("indirect", "美国商务部", "美国将与盟友协调。"),
    ]


def test_a_report_speaks_for_the_body_that_published_it() -> None:
    assert quotes(
        "美国能源部在本月公布的年度报告中没有调整预测。但是这份每年向国会提交的报告指出，"
        "电力需求将持续增长。",
        "报告说，“电网必须尽快升级。”",
        "能源部的这份报告还说：“投资不足是主要风险。”",
    ) == [
        ("indirect", "美国能源部", "电力需求将持续增长。"),
        ("direct", "美国能源部", "电网必须尽快升级。"),
        ("direct", "美国能源部", "投资不足是主要风险。"),
    ]


def test_a_joint_statement_or_letter_of_several_is_no_quote_nor_is_what_it_reports() -> None:
    assert (
        quotes(
            "英国、法国与德国的代表处星期三发表联合声明。",
            "这份联合声明说，这些行动威胁地区稳定。声明还说，航行自由至关重要。",
            "参议员张明和参议员李华在这封信中提到了证据。他们写道，中国认为压低汇率是合理的。",
            "信中提到，国际货币基金组织认为人民币被低估。",
            "“汇率干预是显而易见的。”来自纽约州的参议员张明和来自德州的参议员李华在信中写道。",
            "甲国总理王一与来访的乙国总统约翰·多伊(John Doe)共同宣布，两国将启动谈判。",
        )
        == []
    )


def test_a_several_word_inside_a_title_before_one_name_is_one_source() -> None:
    assert quotes(
        "联邦调查局纽约外勤办公室反恐和网络部门负责人艾米·琼斯(Amy Jones)说，威胁仍然存在。",
    ) == [("indirect", "艾米·琼斯", "威胁仍然存在。")]


def test_a_surname_then_a_title_names_the_full_name() -> None:
    assert quotes(
        "共和党众议员约翰·多伊(John Doe)星期二提出了一项法案。",
        "来自德州的共和党籍联邦众议员多伊众议员在一份新闻稿中表示，美国必须采取行动。",
        "多伊众议员强调“必须追究责任”。",
    ) == [
        ("indirect", "约翰·多伊", "美国必须采取行动。"),
        ("direct", "约翰·多伊", "必须追究责任"),
    ]


def test_a_description_refers_back_only_to_a_person_just_named() -> None:
    assert quotes(
        "美国商务部长吉娜·罗(Gina Roe)表示，出口管制将收紧。该官员还说，企业需要遵守规定。",
        "一名美国高级官员说，谈判取得进展。这名官员说，双方仍有分歧。",
    ) == [
        ("indirect", "吉娜·罗", "出口管制将收紧。"),
        ("indirect", "吉娜·罗", "企业需要遵守规定。"),
    ]


def test_adverbs_after_a_source_and_a_verb_after_de_are_no_part_of_it() -> None:
    # `中国官员` (unnamed, plural) is no source; `的指控` is a noun, and the 称 after it is the
    # government's.
    assert quotes(
        "中国随即表示不满，并称这一决定“严重侵害中方权益”。",
        "中国官员一再否认这些指控，称这些说法出于政治动机。",
        "中国政府一再否认美国有关中国企业支持军方的指控，称相关名单带有歧视性。",
        "中国大型生物科技公司康明药业本星期对美国政府提起诉讼，称这一决定武断。",
    ) == [
        ("indirect", "中国", "这一决定“严重侵害中方权益”。"),
        ("indirect", "中国政府", "相关名单带有歧视性。"),
        ("indirect", "康明药业", "这一决定武断。"),
    ]


def test_a_bill_is_no_source_and_a_clause_without_comma_ends_before_binqie() -> None:
    assert quotes(
        "法案文本说，相关人员将被视为不得入境。该法案还说，这些人将被驱逐。",
        "这项提案显示，议员们正在寻求扩大限制。",
        "甲国宣称乙岛是其领土，并且拒绝放弃使用武力。",
    ) == [("indirect", "甲国", "乙岛是其领土")]


def test_the_authority_a_sentence_opens_with_after_its_time() -> None:
    assert quotes(
        "6月6日至10日，中国交通运输部在东部海域执行了当局所说的“专项执法行动”。",
    ) == [("direct", "中国交通运输部", "专项执法行动")]


def test_a_clause_after_a_title_with_a_comma_and_then_bing_qiangdiao() -> None:
    # The first clause (`美国国务院负责…劳工事务`) names no one source: the name is in a later one.
    assert quotes(
        "美国国务院负责民主、人权和劳工事务，并身兼美国西藏事务特别协调员的助理国务卿莱利·罗"
        "(Riley Roe)同日发表祝贺声明，并强调：“美国将继续保持接触。”",
    ) == [("direct", "莱利·罗", "美国将继续保持接触。")]


def test_he_also_said_inside_a_sentence_starts_a_report_of_its_own() -> None:
    assert quotes(
        "美国财政部长约翰·罗(John Roe)在国会作证时指出，通胀正在下降，他还说，就业市场依然强劲。",
    ) == [
        ("indirect", "约翰·罗", "通胀正在下降"),
        ("indirect", "约翰·罗", "就业市场依然强劲。"),
    ]


def test_an_office_and_a_paper_in_title_marks() -> None:
    assert quotes(
        "美国贸易代表办公室发言人说，关税将于下月生效。",
        "《华尔街日报》援引一位官员的话说，协议即将达成。",
    ) == [
        ("indirect", "美国贸易代表办公室", "关税将于下月生效。"),
        ("indirect", "华尔街日报", "协议即将达成。"),
    ]


def test_an_opening_mark_before_a_stop_closes_the_words_in_marks() -> None:
    assert quotes(
        "美国财政部在报告中没有将中国列为“汇率操纵国“。但是这份报告指出，中国缺乏透明度。",
    ) == [("indirect", "美国财政部", "中国缺乏透明度。")]


def test_chinese_counts_that_are_no_figures() -> None:
    assert [
        value
        for value, *_ in figures(
            "两位参议员说，中国操纵汇率。",
            "两名共和党议员提出一项法案，适用于1286名单上的机构。三名议员受伤。",
        )
    ] == [3]


def test_prosecutors_speak_as_a_body_and_an_affidavit_of_no_named_source_is_no_quote() -> None:
    # What the affidavit says someone told the FBI is part of it: no quote of its own.
    assert quotes(
        "联邦检察官在起诉书中指控，被告向外国情报人员提供了机密信息。",
        "媒体报道说，他曾在海外工作。宣誓证词显示，被告对调查人员说，他的联系人对他父亲颇感兴趣。",
    ) == [("indirect", "联邦检察官", "被告向外国情报人员提供了机密信息。")]


def test_a_bare_title_names_its_holder_and_starts_a_report_inside_a_sentence() -> None:
    assert quotes(
        "美国国务卿约翰·多伊(John Doe)星期二表示，美国将继续施压。国务卿还说，谈判的大门仍然敞开。",
        "美国联邦调查局局长艾米·罗(Amy Roe)说，调查仍在进行中，局长还表示，更多嫌疑人可能被捕。",
        "部长说，这是一个好消息。",
    ) == [
        ("indirect", "约翰·多伊", "美国将继续施压。"),
        ("indirect", "约翰·多伊", "谈判的大门仍然敞开。"),
        ("indirect", "艾米·罗", "调查仍在进行中"),
        ("indirect", "艾米·罗", "更多嫌疑人可能被捕。"),
    ]


def test_a_report_after_a_quote_with_its_attribution_before_is_no_attribution_of_it() -> None:
    # `他还表示，…` after `卢比奥说：“…。”` is a report of its own; the quote is Doe's, not the
    # source of the paragraph before.
    assert quotes(
        "美国国务卿约翰·多伊(John Doe)星期二表示，美国将继续施压。",
        "据白宫透露，总统将于下周访问日本。",
        "多伊说：“我们不会让步。”他还表示，盟友的支持至关重要。",
    ) == [
        ("indirect", "约翰·多伊", "美国将继续施压。"),
        ("indirect", "白宫", "总统将于下周访问日本。"),
        ("direct", "约翰·多伊", "我们不会让步。"),
        ("indirect", "约翰·多伊", "盟友的支持至关重要。"),
    ]


def test_many_bodies_named_with_their_country_stay_linear() -> None:
    # Four hundred ministries named: each `该部` looks back over the latest few only.
    chars = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午申酉戌亥金木水火土风云雷电山"
    names = [f"美国{a}{b}部" for a in chars[:20] for b in chars[:20]]
    found = quotes(*(f"{name}说，这是测试。该部表示，这也是测试。" for name in names))
    assert [speaker for _, speaker, _ in found] == [name for name in names for _ in (1, 2)]
