"""The zhsrc round (Chinese reports whose verb was matched and whose source was lost;
docs/IMPORT-RULES.md, "What it finds"): a ruling that speaks for its court
(`…法庭作出了…裁定，认定…`, `该裁决认定…`), a ruling after its basis (`国防部依据这一条款认定…`),
确认 after the source's clause of time, 提出 with a comma, a declaration under its title that
announces a plan (`宣言还宣布将…`), a body after a description (`倡导…的非盈利组织X`), a kinsman
after whose kin he is (`X的父亲Y`), the short form 港府, and what a source listed before a colon.
Each with the near shapes that must not be taken. The sentences are written for the tests."""

from __future__ import annotations

from .helpers import quotes

# --- rulings ---------------------------------------------------------------------------------


def test_a_ruling_made_in_the_clause_before_speaks_for_its_court() -> None:
    found = quotes(
        "尽管主权仍无明确归属，但2016年海牙国际仲裁法庭作出了对菲律宾有利的裁定，"
        "认定中国对此浅滩的封锁违反了国际法，并称此一海域是多个国家的传统渔场。"
    )
    assert found == [
        ("indirect", "海牙国际仲裁法庭", "中国对此浅滩的封锁违反了国际法"),
        ("indirect", "海牙国际仲裁法庭", "此一海域是多个国家的传统渔场。"),
    ]
    found = quotes("美国联邦法院星期三作出了有利于原告的裁决，裁定该公司违反了合同。")
    assert found == [("indirect", "美国联邦法院", "该公司违反了合同。")]


def test_a_ruling_verb_after_a_comma_with_no_court_ruling_is_no_report() -> None:
    # (a judge's ruling, no court; a grant of power; a company's finding: none taken)
    assert quotes("法官作出了有利于密苏里州的裁决，认定中国应赔偿该州损失。") == []
    assert (
        quotes("授权香港特首可以根据《国安法》发出证明书，认定某刑事罪行可构成危害国家安全罪行。")
        == []
    )
    assert quotes("该公司在审查后，认定这些产品存在缺陷。") == []


def test_a_ruling_referred_back_speaks_for_the_court_that_issued_it() -> None:
    found = quotes(
        "下级法院在一系列判决中援引最高法院1898年在黄金德案件的裁决，驳回了总统的行政命令。"
        "该裁决认定中国公民在美国出生的子女具有美国公民身份。"
    )
    assert ("indirect", "最高法院", "中国公民在美国出生的子女具有美国公民身份。") in found
    assert all(speaker != "下级法院" or "公民身份" not in text for _, speaker, text in found)


def test_a_ruling_referred_back_with_no_court_named_is_no_report() -> None:
    found = quotes(
        "他们援引了一项1898年的裁决。该裁决认定中国公民在美国出生的子女具有美国公民身份。"
    )
    assert found == []


def test_a_ruling_after_its_basis_is_the_ministrys_report() -> None:
    found = quotes(
        "美国国防部依据这一条款认定某些外国机构存在“有问题活动”，包括与未经授权技术转移有关的风险。"
    )
    assert found == [
        (
            "indirect",
            "美国国防部",
            "某些外国机构存在“有问题活动”，包括与未经授权技术转移有关的风险。",
        )
    ]
    # (`认定的…名单`: a noun phrase, no report)
    found = quotes("国防部依据《2021年国防授权法》第1260H条款认定的中国军事企业名单包括多家公司。")
    assert found == []


# --- 确认 after a clause of time, 提出 with a comma --------------------------------------------


def test_a_confirmation_after_the_sources_clause_of_time_is_a_report() -> None:
    found = quotes("检方在搜索及查扣相关物证后，确认三人涉及伪造文书等罪嫌，因此声请羁押禁见。")
    assert found == [("indirect", "检方", "三人涉及伪造文书等罪嫌，因此声请羁押禁见。")]


def test_a_confirmation_of_a_thing_or_after_an_act_is_no_report() -> None:
    assert quotes("检方在搜索后，确认了这一消息。") == []
    assert quotes("检方在搜索后，确认此事。") == []
    # (no clause of time before it: the act's comma, not taken here)
    assert quotes("检方搜索了相关公司，确认三人涉及伪造文书等罪嫌。") == []


def test_put_forward_with_a_comma_is_a_report() -> None:
    found = quotes("司法部此前在为该行政命令辩护时曾提出，出生公民权助长了“生育旅游”现象。")
    assert found == [("indirect", "司法部", "出生公民权助长了“生育旅游”现象。")]


def test_put_forward_of_a_thing_is_no_report() -> None:
    assert quotes("司法部此前提出了一项新的规定。") == []
    assert quotes("议员提出的法案要求国防部提交报告。") == []


# --- a declaration under its title ----------------------------------------------------------

_ISSUED = "七国集团(G7)领导人星期三在峰会上发表《关于保障关键矿产供应链宣言》，承诺削减依赖。"


def test_a_declaration_that_puts_forward_is_its_issuers() -> None:
    found = quotes(_ISSUED, "宣言提出，G7及伙伴国将把稀土依赖度于2030年前降至60%以下。")
    assert found == [("indirect", "七国集团", "G7及伙伴国将把稀土依赖度于2030年前降至60%以下。")]


def test_a_declared_plan_runs_past_its_commas() -> None:
    found = quotes(
        _ISSUED,
        "宣言还宣布将建立一套透明度与可追溯性试点机制，首期涵盖锂和镍两种矿产，"
        "此后每年扩展至五种新矿产。",
    )
    assert found == [
        (
            "indirect",
            "七国集团",
            "将建立一套透明度与可追溯性试点机制，首期涵盖锂和镍两种矿产，此后每年扩展至五种新矿产。",
        )
    ]


def test_a_declaration_no_one_issued_is_no_source() -> None:
    assert quotes("宣言还宣布将建立一套试点机制，首期涵盖锂和镍两种矿产。") == []


def test_an_announced_act_still_ends_at_its_comma() -> None:
    found = quotes("港府在七周年之际宣布修订《国安法》附属条例，被人权组织视为倒退。")
    assert found == [("indirect", "香港政府", "修订《国安法》附属条例")]


def test_another_short_form_ending_in_fu_is_no_government() -> None:
    assert quotes("学府在七周年之际宣布修订校规。") == []


# --- sources after descriptions -------------------------------------------------------------


def test_a_body_after_a_description_and_its_kind_speaks() -> None:
    found = quotes(
        "两人被定罪时，总部设在华盛顿的倡导香港人权和自由的非盈利组织香港自由委员会基金会(CFHK)"
        "发表声明说：“这项定罪标志着英国首次成功起诉。”"
    )
    assert found == [("direct", "香港自由委员会基金会", "这项定罪标志着英国首次成功起诉。")]
    found = quotes(
        "倡导香港人权和自由的非盈利组织香港自由委员会基金会表示，这项定罪标志着英国首次成功起诉。"
    )
    assert found == [("indirect", "香港自由委员会基金会", "这项定罪标志着英国首次成功起诉。")]


def test_several_sources_joined_are_still_together() -> None:
    assert quotes("美国和英国的官员表示，这项定罪标志着英国首次成功起诉。") == []


def test_a_kinsman_named_after_whose_kin_he_is_speaks() -> None:
    found = quotes(
        "2026年冬奥会花样滑冰金牌得主刘美贤的父亲刘俊在听证会上讲述了自己跟女儿"
        "在美国受到中国滋扰的经验: “我接到了联邦调查局的电话。”"
    )
    assert found == [("direct", "刘俊", "我接到了联邦调查局的电话。")]
    found = quotes("刘美贤的父亲刘俊表示，他接到了联邦调查局的电话。")
    assert found == [("indirect", "刘俊", "他接到了联邦调查局的电话。")]


# --- what a source listed, before a colon ---------------------------------------------------


def test_what_a_source_listed_before_a_colon_is_its_words() -> None:
    found = quotes("特朗普列出的美国最后一项条件是：“在进一步通知之前，不会有金钱交易。”")
    assert found == [("direct", "特朗普", "在进一步通知之前，不会有金钱交易。")]
    found = quotes("特朗普在帖子中列出的前两个条件是：“伊朗必须同意他们永远也不会拥有核武器。”")
    assert found == [("direct", "特朗普", "伊朗必须同意他们永远也不会拥有核武器。")]


def test_what_no_source_listed_before_a_colon_is_no_quote() -> None:
    assert quotes("报告列出的最后一项条件是：“在进一步通知之前，不会有金钱交易。”") == []
    assert quotes("这项政策的目的是：“降低依赖。”") == []
