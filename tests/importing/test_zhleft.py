"""Chinese shapes left by the seventh session's rounds (zhleft round; docs/IMPORT-RULES.md, "Since
the zhleft round"): a word of time between a source and its verb (`该部事后表示`), 指控 a noun after
的 and its kind (`提出新的国安指控`), `她呼吁“…”` after the sentence that reports her, `该公司` the
company its own sentence names, a report whose first clause opens with a list of bodies (their
`，强调` inside it), and `所谓的“…”` no one's (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

# --- a word of time between the source and its verb --------------------------------------------


def test_a_word_of_time_between_this_body_and_its_verb() -> None:
    text = "此后，中国交通运输部组织了海上专项执法行动。该部事后表示，行动期间点验过往船舶198艘次。"
    assert quotes(text) == [("indirect", "中国交通运输部", "行动期间点验过往船舶198艘次。")]


def test_this_after_between_a_name_and_its_verb() -> None:
    text = "外交部星期一发表声明。外交部此后表示，双方将继续沟通。"
    assert quotes(text) == [("indirect", "外交部", "双方将继续沟通。")]


# --- 指控 a noun after 的 and its kind ----------------------------------------------------------


def test_a_charge_brought_is_no_report_and_the_sentence_subject_speaks() -> None:
    text = (
        "美国国务院强烈谴责香港当局对黄之锋提出新的国安指控，称这一举动是对香港未来的悲剧性攻击。"
    )
    assert quotes(text) == [("indirect", "美国国务院", "这一举动是对香港未来的悲剧性攻击。")]


def test_a_formal_charge_faced_names_no_speaker() -> None:
    text = "黄之锋6月7日被押解至法院，首次面对《香港国安法》下罪名的正式指控。"
    assert quotes(text) == []


def test_a_person_named_after_de_who_accuses_still_reports() -> None:
    text = "黄之锋的律师李明指控警方滥用了权力。"
    assert quotes(text) == [("indirect", "李明", "警方滥用了权力。")]


def test_accuses_with_a_comma_after_a_source_still_reports() -> None:
    assert quotes("检方指控，三人涉嫌洗钱。") == [("indirect", "检方", "三人涉嫌洗钱。")]


# --- `她呼吁“…”` after the sentence that reports her -------------------------------------------


def test_she_calls_after_her_report_in_the_same_paragraph() -> None:
    text = (
        "黄之锋首次面对《香港国安法》下罪名的正式指控。\n\n"
        "国际特赦组织中国事务总监白舒然(Sarah Brooks)在声明中指出，"
        "当局的指控突显当局对异议人士的恐惧。"
        " 她呼吁“香港政府应该撤销这些指控。”"
    )
    found = quotes(text)
    assert ("direct", "白舒然", "香港政府应该撤销这些指控。") in found
    assert all(speaker != "首次面" for _, speaker, _ in found)


def test_he_warns_after_his_report_in_the_same_paragraph() -> None:
    text = (
        "美国战争部长皮特·海格塞斯(Pete Hegseth)说，测试非常成功。"
        "他警告说：“任何人都不应低估美国的决心。”"
    )
    assert ("direct", "皮特·海格塞斯", "任何人都不应低估美国的决心。") in quotes(text)


# --- `该公司` the company its own sentence names -----------------------------------------------


def test_this_company_is_the_company_its_sentence_opens_with() -> None:
    text = (
        "美国生物科技公司莫德纳(Moderna)说，该公司计划开发疫苗。"
        "流行病防范创新联盟星期一说，将向莫德纳公司拨款最多可达5000万美元。"
        "莫德纳公司因研发出首批新冠疫苗之一而闻名，该公司表示，其疫苗平台可能发挥关键作用。"
    )
    found = quotes(text)
    assert ("indirect", "莫德纳", "其疫苗平台可能发挥关键作用。") in found
    assert all(speaker != "将向莫德纳公司" for _, speaker, _ in found)


def test_this_company_named_in_its_sentence_for_the_first_time() -> None:
    text = "加拿大一家小型企业。远景科技公司因研发电池而闻名，该公司表示，新电池将于明年上市。"
    assert quotes(text) == [("indirect", "远景科技公司", "新电池将于明年上市。")]


# --- a report that opens with a list of bodies: their `，强调` inside it ------------------------


def test_listed_bodies_then_emphasised_is_one_report() -> None:
    text = (
        "李问表示，台湾外交部、海洋委员会及国防部等部门在推演中均坚定表达维护台湾主权的立场，"
        "强调非法登检已违反国际法。"
    )
    assert quotes(text) == [
        (
            "indirect",
            "李问",
            "台湾外交部、海洋委员会及国防部等部门在推演中均坚定表达维护台湾主权的立场，"
            "强调非法登检已违反国际法。",
        )
    ]


def test_the_source_itself_then_emphasised_still_gives_two() -> None:
    text = "菲律宾海岸警卫队说，它正在密切注意情势发展，强调斯卡伯勒浅滩是菲律宾领土。"
    assert len(quotes(text)) == 2


def test_a_single_word_ending_in_bu_is_no_list() -> None:
    text = "李问表示，内部在推演中均表达立场，强调非法登检已违反国际法。"
    assert len(quotes(text)) == 2


# --- `所谓的“…”`: the reporter's "so-called" -------------------------------------------------


def test_a_so_called_term_is_not_the_next_sentences_source() -> None:
    text = (
        "中国交通运输部组织了所谓的“海上交通专项执法和扫测行动”。"
        "该部事后表示，行动期间点验过往船舶198艘次。"
    )
    assert quotes(text) == [("indirect", "中国交通运输部", "行动期间点验过往船舶198艘次。")]


def test_a_term_without_so_called_keeps_the_attribution_after_it() -> None:
    text = "他把这称为“一场对香港未来的悲剧性攻击行动”。林剑说，这是错误的。"
    assert ("indirect", "林剑", "这是错误的。") in quotes(text)
