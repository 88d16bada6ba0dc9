"""Chinese documents that speak, from the second round of the census of Chinese reported speech
over 134 unlabelled VOA texts (docs/IMPORT-RULES.md, "Since the census of Chinese reported speech"):
a connective before a document and a document named by its title are no owner of it (the
sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes


def test_a_connective_before_a_report_is_no_source() -> None:
    text = (
        "研究人员表示，目前尚无直接证据证明代码漏洞系蓄意植入。"
        "然而报告指出，这一现象已构成重大国家安全风险。"
    )
    assert all(speaker != "然而" for _, speaker, _ in quotes(text))


def test_a_report_of_its_owner_after_a_connective_still_speaks() -> None:
    text = "美国财政部星期三发布了报告。然而财政部的这份报告指出，中国没有操纵汇率。"
    assert ("indirect", "美国财政部", "中国没有操纵汇率。") in quotes(text)


def test_a_document_named_by_its_title_is_no_source() -> None:
    paragraphs = (
        "美国及其盟国星期三发出联合警告，称外国情报机构正利用求职网站招募人员。",
        "这份题为《保护机密》(Protecting Secrets)的警告公告由美国联邦调查局(FBI)和英国军情五处(MI5)"
        "联合发布。这是两国首次联合发出公开警告。",
        "公告指出：“外国情报机构正在利用职业社交网站。”",
    )
    assert all(not speaker.startswith("这份") for _, speaker, _ in quotes(*paragraphs))


# --- a bare document before a quotation, its owner named in a sentence before ----------------


def test_a_statement_after_its_owner_and_de_gives_the_quotation() -> None:
    text = (
        "国务卿马尔科·卢比奥星期五说，双方达成协议。卢比奥写道，“这项协议建立了一个清晰的程序。”"
        "卢比奥的声明说，协议创建了一个小组。声明说，“对黎巴嫩而言，该框架提供了一条途径。”"
        "以色列总理本杰明·内塔尼亚胡发表视频讲话，称其为“一项伟大的成就”。"
    )
    assert ("direct", "马尔科·卢比奥", "对黎巴嫩而言，该框架提供了一条途径。") in quotes(text)


def test_a_statement_its_source_issued_gives_the_quotation() -> None:
    text = "美国国务院星期五发表声明，对判决表示失望。声明还说：“香港的新闻自由正在消失。”"
    assert quotes(text) == [("direct", "美国国务院", "香港的新闻自由正在消失。")]


def test_a_statement_named_by_no_owner_stays_no_source() -> None:
    text = (
        "七国集团领导人星期二举行会议。在印太地区的部分，声明强调了和平的重要性。"
        "声明说，“我们重申反对任何单方面改变现状的企图。”"
    )
    assert quotes(text) == []
    text = "美国和英国星期五发表联合声明，对判决表示失望。声明还说：“香港的新闻自由正在消失。”"
    assert quotes(text) == []


# --- 介绍 with a comma and a clause -------------------------------------------------------------


def test_jieshao_with_a_comma_reports_a_clause() -> None:
    text = "代表团将出席开幕式。国务院介绍，卢比奥国务卿将在比赛间隙会见巴拉圭总统。"
    assert quotes(text) == [("indirect", "国务院", "卢比奥国务卿将在比赛间隙会见巴拉圭总统。")]
    text = "美国国务院在其官网介绍，该机构目前正在展开三个研究项目。"
    assert quotes(text) == [("indirect", "美国国务院", "该机构目前正在展开三个研究项目。")]


def test_jieshao_as_a_summary_or_with_no_source_is_no_quote() -> None:
    assert quotes("他向记者介绍了有关情况，并感谢各方的支持。") == []
    assert quotes("据介绍，该机构目前正在展开三个研究项目。") == []


# --- a joint statement quoted, then `这份声明还说` ------------------------------------------------


def test_a_joint_statement_after_another_source_s_statement_names_no_one() -> None:
    paragraphs = (
        "美国国务卿马尔科·卢比奥7月26日发表书面声明说：“美国谴责香港政府。”",
        "声明还说：“香港政府继续侵蚀自治权。”",
        "英国外交大臣戴维·拉米(David Lammy)和内政大臣伊薇特·库珀(Yvette Cooper)"
        "在7月25日的联合声明中说：“香港警方的行动是跨国镇压。”",
        "这份声明还说：“英国强烈反对这部法律。”",
    )
    assert quotes(*paragraphs) == [
        ("direct", "马尔科·卢比奥", "美国谴责香港政府。"),
        ("direct", "马尔科·卢比奥", "香港政府继续侵蚀自治权。"),
    ]
