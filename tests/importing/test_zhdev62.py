"""Chinese reported speech and figures from the zhdev62 round's cause table (docs/IMPORT-RULES.md,
"Citing bodies, fact sheets, joined second reports and categories given"): an outlet or an
office citing a person's words (`X援引Y的话说，A`) is the source of A; a fact sheet speaks
for the body that issued it; `，并提到` with another's report retold and `，并警告` with a
clause of what may or must be start a second report of the same source; `定性为“…”和“…”`
gives the subject's words in marks, each term; `，后来称为“…”` attributes nothing to the
words before it; people counted as they speak or act together in a statement, or after
where they come from, are no figure. The sentences here are written for the tests."""

from __future__ import annotations

from .helpers import figures, quotes

# --- one citing a person's words ---------------------------------------------------------------


def test_an_agency_citing_a_named_persons_words_is_the_source() -> None:
    text = "法新社引述经济学家约翰·史密斯(John Smith)的话说，明年的出口增速可能放缓。"
    assert quotes(text) == [("indirect", "法新社", "明年的出口增速可能放缓。")]
    text = "总统办公室援引总理陈明的话说，政府不会提高税率。"
    assert quotes(text) == [("indirect", "总统办公室", "政府不会提高税率。")]
    # (near: an unnamed person cited, the one citing speaks, as before; must not: the person's
    # own words, with no one citing them)
    assert quotes("美联社援引一位匿名官员的话报道称，谈判已经结束。") == [
        ("indirect", "美联社", "谈判已经结束。")
    ]
    assert quotes("约翰·史密斯(John Smith)说，出口可能放缓。") == [
        ("indirect", "约翰·史密斯", "出口可能放缓。")
    ]


# --- a fact sheet --------------------------------------------------------------------------------


def test_a_fact_sheet_speaks_for_the_body_that_issued_it() -> None:
    text = "白宫情况说明书称，联邦政府今年已向电网升级投入40亿美元。"
    assert quotes(text) == [("indirect", "白宫", "联邦政府今年已向电网升级投入40亿美元。")]
    text = "国务院事实清单称，该项目已覆盖12个国家。"
    assert quotes(text) == [("indirect", "国务院", "该项目已覆盖12个国家。")]
    # (must not: 说明 is no verb of saying; the body's own 说 is read as before)
    assert quotes("财政部说明了预算的情况。") == []
    assert quotes("白宫说，该项目已覆盖12个国家。") == [
        ("indirect", "白宫", "该项目已覆盖12个国家。")
    ]


# --- a second report joined to the first -------------------------------------------------------


def test_mentioning_anothers_report_is_a_second_report() -> None:
    assert quotes("农业部说，今年收成良好，并提到气象局上周宣布，雨季将提前结束。") == [
        ("indirect", "农业部", "今年收成良好"),
        ("indirect", "农业部", "气象局上周宣布，雨季将提前结束。"),
    ]
    assert quotes("交通部声明称，港口已恢复运营，并提到海关上周宣布，进口手续将被简化。") == [
        ("indirect", "交通部", "港口已恢复运营"),
        ("indirect", "交通部", "海关上周宣布，进口手续将被简化。"),
    ]
    # (must not: what else the source spoke of, a topic with no report in it)
    assert quotes("农业部说，今年收成良好，并提到去年的洪水灾害。") == [
        ("indirect", "农业部", "今年收成良好")
    ]


def test_a_warning_with_a_clause_of_what_may_be_is_a_second_report() -> None:
    assert quotes("外交部表示，该计划破坏地区稳定，并警告这一做法可能引发冲突。") == [
        ("indirect", "外交部", "该计划破坏地区稳定"),
        ("indirect", "外交部", "这一做法可能引发冲突。"),
    ]
    assert quotes("陈明说，谈判进展顺利，并警告伊朗必须在月底前作出决定。") == [
        ("indirect", "陈明", "谈判进展顺利"),
        ("indirect", "陈明", "伊朗必须在月底前作出决定。"),
    ]
    # (must not: a warning with an object and a directive, no clause of what may be)
    assert quotes("外交部表示，该计划破坏地区稳定，并警告邻国不要干涉。") == [
        ("indirect", "外交部", "该计划破坏地区稳定")
    ]


# --- a category given in marks ------------------------------------------------------------------


def test_each_term_of_a_category_given_is_the_subjects_words() -> None:
    text = "警方将这起事件定性为“有组织的破坏”和“蓄意纵火”，随后展开调查。"
    assert quotes(text) == [
        ("direct", "警方", "有组织的破坏"),
        ("direct", "警方", "蓄意纵火"),
    ]
    # (must not: a category given by no one in particular)
    assert quotes("这起事件被定性为“有组织的破坏”。") == []


def test_a_name_given_later_attributes_nothing_to_the_words_before() -> None:
    text = "警方将这场骚乱定性为“暴力冲突”和“非法集会”，后来称为“那次事件”。"
    assert quotes(text) == [
        ("direct", "警方", "暴力冲突"),
        ("direct", "警方", "非法集会"),
        ("direct", "警方", "那次事件"),
    ]
    # (must not: the words before an attribution of their own are still its speaker's)
    assert quotes("“我们会继续努力，”王立称。") == [("direct", "王立", "我们会继续努力，")]


# --- people counted as they speak or act together -------------------------------------------------


def test_ministers_speaking_in_their_joint_statement_are_no_figure() -> None:
    assert figures("四位部长在星期五的联合声明中确认，合作将继续。") == []
    assert figures("两名来自两党的联邦众议员星期二(3月3日)敦促政府加强监管。") == []
    assert figures("两位来自东部各州的官员在记者会上呼吁加强合作。") == []
    # (must not: what happened to them, not a joint act, with where they come from or a setting)
    assert [figure[0] for figure in figures("两名来自加州的议员星期三在车祸中受伤。")] == [2]
    assert figures("三名官员在会议中被捕。") == [(3, None, "官员", "三名官员")]
