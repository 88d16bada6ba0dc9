"""The zhdev61 round (shapes of Chinese reporting the sixty-first development folder showed;
docs/IMPORT-RULES.md, "What it finds"): a report cut where the source's own statement is taken up
again (`…，声明表示，B`), a body named in marks after a description of it (`他创办的智库，“X”
(…)…，也证实A`), 披露 with a comma, 指 right after a document the source issued (`发布简报，指A`),
强调说 with no comma, a second verb of the same source where it said it next (`在白宫透露，随后又在
社交媒体上发文说，A`), titles joined by `、` then a name and a date (`院长、教授X6月16日告诉…`),
and figures: a length after 长达 (`长达六个小时的视频`), a noun counted in marks (`两轮“…”`)
and 道 as a measure word (`三道预警`). Each with near shapes that must not be taken. The
sentences are written for the tests."""

from __future__ import annotations

from .helpers import figures, quotes

# --- a statement taken up again inside a report --------------------------------------------------


def test_a_statement_taken_up_again_starts_a_report_of_its_own() -> None:
    found = quotes(
        "东亚研究所星期二发来声明，证实该学者是在开会时被带走的，声明表示，他们对此深感不安。"
    )
    assert found == [
        ("indirect", "东亚研究所", "该学者是在开会时被带走的"),
        ("indirect", "东亚研究所", "他们对此深感不安。"),
    ]
    # (a statement inside a report as a noun does not cut it)
    # (the statement a subject of the source's words, no verb of saying after it)
    found = quotes("东亚研究所说，该学者是在开会时被带走的，声明中的措辞十分克制。")
    assert found == [("indirect", "东亚研究所", "该学者是在开会时被带走的，声明中的措辞十分克制。")]


def test_a_report_taken_up_again_starts_a_report_of_its_own() -> None:
    found = quotes("环境保护协会在年度报告中说，今年的降雨偏少，报告还指出，水库的存量已经下降。")
    assert found == [
        ("indirect", "环境保护协会", "今年的降雨偏少"),
        ("indirect", "环境保护协会", "水库的存量已经下降。"),
    ]


# --- a body named in marks after a description of it ---------------------------------------------


def test_a_body_named_in_marks_after_its_description_is_the_source() -> None:
    found = quotes(
        "他创办的智库，“东亚政策研究所”(East Asia Policy Institute)星期三寄来了声明，"
        "也证实他是在开会时被带走的。"
    )
    assert found == [("indirect", "东亚政策研究所", "他是在开会时被带走的。")]
    # (a body named without a description reads as before)
    found = quotes(
        "东亚政策研究所(East Asia Policy Institute)星期三寄来了声明，也证实他是在开会时被带走的。"
    )
    assert found == [("indirect", "东亚政策研究所", "他是在开会时被带走的。")]
    # (a description with no name in marks after it stays the subject)
    # (no name glossed in brackets after the comma: the description is all the text gives)
    assert quotes("他创办的智库，星期三寄来了声明，也证实他是在开会时被带走的。") == []


# --- 披露 ----------------------------------------------------------------------------------------


def test_disclosed_with_a_comma_is_a_report() -> None:
    found = quotes("美国财政部星期一披露，这家公司多年来一直向伊朗出售石油。")
    assert found == [("indirect", "美国财政部", "这家公司多年来一直向伊朗出售石油。")]
    # (disclosed with no source or an object is no report)
    assert quotes("据披露，这家公司多年来一直向伊朗出售石油。") == []
    assert quotes("美国财政部披露了这家公司的交易记录。") == []
    assert quotes("美国财政部披露的交易记录显示了问题。") == []


def test_a_title_that_discloses_is_the_person_given_it() -> None:
    found = quotes(
        "唐纳德·特朗普总统星期三说，油价将会下降。据报道，该行动已经暂停。"
        "但总统披露，护航行动仍在继续。"
    )
    assert found == [
        ("indirect", "唐纳德·特朗普", "油价将会下降。"),
        ("indirect", "唐纳德·特朗普", "护航行动仍在继续。"),
    ]


# --- 指 after a document -------------------------------------------------------------------------


def test_zhi_right_after_a_document_the_source_issued_is_a_report() -> None:
    found = quotes("白宫在峰会结束后发布事实简报，指两国领导人同意加强合作。")
    assert found == [("indirect", "白宫", "两国领导人同意加强合作。")]
    found = quotes("美国国务院星期五发表声明，指中国违反了双方的协议。")
    assert found == [("indirect", "美国国务院", "中国违反了双方的协议。")]
    # (zhi in other words is no report)
    assert quotes("美国国务院星期五发表声明，指的是双方上个月的协议。") == []
    assert quotes("美国国务院星期五发表声明，指向双方上个月的协议。") == []
    assert quotes("美国国务院的官员用手指了指地图上的海峡。") == []


# --- 强调说 with no comma ------------------------------------------------------------------------


def test_emphasised_said_with_no_comma_takes_its_clause() -> None:
    found = quotes("东亚研究所强调说像他们这样的研究机构能够独立工作至关重要。")
    assert found == [("indirect", "东亚研究所", "像他们这样的研究机构能够独立工作至关重要。")]
    # (emphasised said with a comma reads as before)
    found = quotes("东亚研究所强调说，研究机构能够独立工作至关重要。")
    assert found == [("indirect", "东亚研究所", "研究机构能够独立工作至关重要。")]
    # (emphasised persuasion or explanation is no report)
    assert quotes("东亚研究所强调说服力对于政策研究的重要性。") == []


# --- a second verb of the same source ------------------------------------------------------------


def test_a_second_verb_where_the_source_said_it_next_holds_the_report() -> None:
    found = quotes(
        "唐纳德·特朗普总统星期三在白宫透露，随后又在社交媒体上发文说，一项秘密行动已使两百艘船通过海峡。"
    )
    assert found == [("indirect", "唐纳德·特朗普", "一项秘密行动已使两百艘船通过海峡。")]
    # (a report that goes on with a later time reads as before)
    # (`随后` inside the report, no verb of saying after the place: the source's words)
    found = quotes("唐纳德·特朗普总统星期三透露，油轮随后又在海峡口集结，准备离开。")
    assert found == [("indirect", "唐纳德·特朗普", "油轮随后又在海峡口集结，准备离开。")]


# --- titles joined by 、, a name and a date ------------------------------------------------------


def test_titles_a_name_and_a_date_before_the_verb_name_the_person() -> None:
    found = quotes("东亚大学文学院院长、历史学教授林文章6月16日告诉美国之音，这样的警告非同寻常。")
    assert found == [("indirect", "林文章", "这样的警告非同寻常。")]
    # (titles a name and a weekday still name the person)
    found = quotes("东亚大学文学院院长、历史学教授林文章星期二告诉美国之音，这样的警告非同寻常。")
    assert found == [("indirect", "林文章", "这样的警告非同寻常。")]


# --- figures -------------------------------------------------------------------------------------


def test_a_length_after_changda_is_a_figure() -> None:
    assert figures("网上流传出长达六个小时的庭审视频。") == [(6, None, "小时", "六个小时")]
    assert figures("这场长达两年的审判终于结束了。") == [(2, None, "年", "两年")]
    # (a period something happened in or a vague length is no figure)
    assert figures("在长达四年多的战争中，他们一直保持中立。") == []
    assert figures("审前羁押可能长达数月乃至数年。") == []


def test_a_noun_counted_in_marks_is_the_unit() -> None:
    assert figures("该项目已经发布了两轮“民意调查”的结果。") == [(2, None, "轮", "两轮“民意调查")]
    assert figures("以色列军队清除了两个“缓冲区”。") == [(2, None, "缓冲区", "两个“缓冲区")]
    # (words in marks that describe what follows them: no noun read, the measure word the unit)
    assert figures("该公告暂停了来自12个“高风险”国家的人员入境。") == [(12, None, "个", "12个")]


def test_dao_is_a_measure_word() -> None:
    assert figures("大使馆一日之内连发三道预警。") == [(3, None, "预警", "三道预警")]
    # (dao in other words is no figure)
    assert figures("他说道，这个问题很难回答。") == []
    assert figures("他们对香港的事务说三道四。") == []
    assert figures("两国通过外交渠道保持沟通。") == []
