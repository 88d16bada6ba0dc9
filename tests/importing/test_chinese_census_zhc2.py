"""Chinese documents that speak, from the second round of the census of Chinese reported speech
over 134 unlabelled VOA texts (docs/IMPORT.md, "Since the census of Chinese reported speech"):
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
    text = (
        "美国及其盟国星期三发出联合警告，称外国情报机构正利用求职网站招募人员。\n\n"
        "这份题为《保护机密》(Protecting Secrets)的警告公告由美国联邦调查局(FBI)和英国军情五处(MI5)"
        "联合发布。这是两国首次联合发出公开警告。\n\n"
        "公告指出：“外国情报机构正在利用职业社交网站。”"
    )
    assert all(not speaker.startswith("这份") for _, speaker, _ in quotes(text))
