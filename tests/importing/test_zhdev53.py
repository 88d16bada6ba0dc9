"""Chinese reported speech from the zhdev53 round's misses on its new folder of VOA reports
(docs/IMPORT-RULES.md, "Since the zhdev53 round"): a body of a state ending in 院 named with its
country is named by its short form later, a report ends before the reporter's gloss of a virus
it names, and 总监 is a title before a name (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

# --- a 院 of a state, named with its country, then by its short form -----------------------------


def test_the_state_department_named_later_without_its_country() -> None:
    text = (
        "与此同时，美国国务院星期五宣布，美国的援助已超过1.62亿美元。"
        "国务院在一份声明中说，“美国的资金正用于开展关键工作。”"
    )
    assert quotes(text) == [
        ("indirect", "美国国务院", "美国的援助已超过1.62亿美元。"),
        ("direct", "美国国务院", "美国的资金正用于开展关键工作。"),
    ]


def test_an_unnamed_spokesperson_of_the_short_form_is_the_office() -> None:
    text = (
        "美国国务院强烈谴责香港当局的决定。"
        "一名国务院发言人在给美国之音的电邮中说：“美国强烈谴责这一决定。”"
        "发言人指出，黄之锋长期以来一直为自由而奋斗。"
    )
    assert quotes(text) == [
        ("direct", "美国国务院", "美国强烈谴责这一决定。"),
        ("indirect", "美国国务院", "黄之锋长期以来一直为自由而奋斗。"),
    ]


def test_other_courts_and_chambers_of_a_state() -> None:
    text = "中国国务院总理李强说，经济稳定。国务院表示，将出台新政策。"
    assert ("indirect", "中国国务院", "将出台新政策。") in quotes(text)
    text = "美国最高法院星期一受理了此案。最高法院裁定，该法律违宪。"
    assert quotes(text) == [("indirect", "美国最高法院", "该法律违宪。")]


def test_a_short_form_never_named_with_a_country_stays_as_written() -> None:
    assert quotes("国务院在一份声明中说，“美国的资金正用于开展关键工作。”") == [
        ("direct", "国务院", "美国的资金正用于开展关键工作。")
    ]


def test_a_hospital_or_a_college_is_no_body_of_a_state() -> None:
    text = "美国一家医院接收了病人。医院表示，病人情况稳定。"
    assert all(speaker != "美国一家医院" for _, speaker, _ in quotes(text))


# --- a report ends before the reporter's gloss of a virus it names -------------------------------


def test_a_report_ends_before_the_gloss_of_the_virus() -> None:
    text = (
        "美国生物科技公司莫德纳(Moderna)说，该公司计划“紧急”开发针对邦迪布焦(Bundibugyo)毒株的潜在疫苗，"
        "这种罕见的埃博拉病毒已在刚果民主共和国和乌干达造成40多人死亡。"
    )
    assert quotes(text) == [
        ("indirect", "莫德纳", "该公司计划“紧急”开发针对邦迪布焦(Bundibugyo)毒株的潜在疫苗")
    ]


def test_the_gloss_of_a_strain_ends_it_too() -> None:
    text = (
        "世卫组织说，已有五人从邦迪布焦(Bundibugyo)毒株中康复，"
        "这种罕见的埃博拉病毒毒株已在刚果民主共和国和乌干达造成40多人死亡。"
    )
    assert quotes(text) == [("indirect", "世卫组织", "已有五人从邦迪布焦(Bundibugyo)毒株中康复")]


def test_the_source_speaking_of_the_virus_goes_on() -> None:
    # (no description with 的, or no kind's name after it: the source's words may go on)
    text = "世卫组织说，病例在增加，这种病毒已经传播到三个国家。"
    assert quotes(text) == [("indirect", "世卫组织", "病例在增加，这种病毒已经传播到三个国家。")]
    text = "世卫组织说，病例在增加，这种新型的病毒在快速传播。"
    assert quotes(text) == [("indirect", "世卫组织", "病例在增加，这种新型的病毒在快速传播。")]


def test_a_report_that_opens_with_the_virus_is_whole() -> None:
    text = "世卫组织说，这种罕见的埃博拉病毒已在乌干达造成40多人死亡。"
    assert quotes(text) == [
        ("indirect", "世卫组织", "这种罕见的埃博拉病毒已在乌干达造成40多人死亡。")
    ]


# --- 总监 is a title before the name -------------------------------------------------------------


def test_a_director_named_after_her_body_and_title_speaks() -> None:
    text = (
        "国际特赦组织(Amnesty International)中国事务总监白舒然(Sarah Brooks)"
        "在该组织的网站上发表的声明中指出，当局的指控突显当局对异议人士的恐惧。"
    )
    assert quotes(text) == [("indirect", "白舒然", "当局的指控突显当局对异议人士的恐惧。")]


def test_a_director_with_a_dotted_name_keeps_it() -> None:
    text = "该公司创意总监约翰·史密斯说，演出很成功。"
    assert quotes(text) == [("indirect", "约翰·史密斯", "演出很成功。")]
