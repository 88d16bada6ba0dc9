"""Chinese reported speech from the census of 134 unlabelled VOA texts, second part
(docs/IMPORT-RULES.md, "Since the census of Chinese reported speech"): each shape with a near shape
that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

# --- a quotation split by its attribution, the source a body whose name holds 与 -----------------


def test_a_body_holding_yu_speaks_after_a_quotation_split_by_a_colon() -> None:
    text = (
        "“美国国内发生埃博拉疫情的风险较低，”美国疾病控制与预防中心(CDC)星期四说："
        "“不过，入境筛查可以减缓疾病传入美国。”"
    )
    assert quotes(text) == [
        ("direct", "美国疾病控制与预防中心", "美国国内发生埃博拉疫情的风险较低，"),
        ("direct", "美国疾病控制与预防中心", "不过，入境筛查可以减缓疾病传入美国。"),
    ]


def test_a_body_holding_yu_speaks_after_a_quotation() -> None:
    text = "“美国国内发生埃博拉疫情的风险较低，”美国卫生与公众服务部星期四说。"
    assert quotes(text) == [
        ("direct", "美国卫生与公众服务部", "美国国内发生埃博拉疫情的风险较低，")
    ]


def test_two_bodies_joined_by_yu_after_a_quotation_are_no_source() -> None:
    assert quotes("“美国国内发生埃博拉疫情的风险较低，”国务院与财政部星期四说。") == []
    assert quotes("“风险较低，”国务院与美国疾病控制与预防中心星期四说。") == []
    assert quotes("“风险较低，”伊朗与美国星期四说。") == []


# --- a name in marks inside the attribution's clause (a platform, a programme, a ship) -----------


def test_a_platform_in_marks_is_no_start_of_the_attribution() -> None:
    text = (
        "美国总统唐纳德·特朗普星期一在“真相社交”平台发文说：“德黑兰确实想达成协议。”"
        "在回应外界的批评时，他写道：“大家只需坐下来放轻松。”"
    )
    assert quotes(text) == [
        ("direct", "唐纳德·特朗普", "德黑兰确实想达成协议。"),
        ("direct", "唐纳德·特朗普", "大家只需坐下来放轻松。"),
    ]
    text = "国务卿马尔科·卢比奥星期二在“福克斯新闻”节目中说：“我们将继续努力。”"
    assert quotes(text) == [("direct", "马尔科·卢比奥", "我们将继续努力。")]


def test_words_in_marks_of_a_clause_before_stay_the_sources_own() -> None:
    text = "国务卿马尔科·卢比奥星期二说，这是“历史性”的一天。“我们将继续努力，”他说。"
    assert quotes(text) == [
        ("indirect", "马尔科·卢比奥", "这是“历史性”的一天。"),
        ("direct", "马尔科·卢比奥", "我们将继续努力，"),
    ]
    # a quotation closing with its comma right before the attribution is the source's quote
    text = "“我们将继续努力，”国务卿马尔科·卢比奥在福克斯新闻节目中说，“这是“历史性”的一天。”"
    assert [speaker for _, speaker, _ in quotes(text)] == ["马尔科·卢比奥", "马尔科·卢比奥"]


# --- a subject and its setting, a comma, an adverb and the verb; 批评 with a clause done ---------


def test_a_setting_and_a_comma_before_the_verb_keep_the_subject() -> None:
    text = "特朗普总统在“真相社交”的发文中，再次批评台湾和其他地区夺走了美国的半导体工厂。"
    assert quotes(text) == [("indirect", "特朗普", "台湾和其他地区夺走了美国的半导体工厂。")]
    text = "国务卿马尔科·卢比奥在声明中，再次表示，美国希望伊朗遵守协议。"
    assert quotes(text) == [("indirect", "马尔科·卢比奥", "美国希望伊朗遵守协议。")]


def test_unnamed_subjects_or_a_thing_criticised_are_no_report() -> None:
    assert quotes("一些官员在声明中，再次表示，美国希望伊朗遵守协议。") == []
    assert quotes("特朗普总统再次批评了台湾的做法。") == []
    assert quotes("特朗普总统批评政府为了选举而推迟法案的做法。") == []
