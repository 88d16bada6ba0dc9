"""Chinese quote spans from a census of the quotes found on unlabelled VOA texts
(docs/IMPORT-RULES.md, "What it finds", "Since the census of Chinese spans"): each shape with the
near shapes it must leave alone (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_RUBIO = "美国国务卿马尔科·卢比奥(Marco Rubio)星期二说，"
_ZELENSKYY = "乌克兰总统弗拉基米尔·泽连斯基(Volodymyr Zelenskyy)说，"

# --- what another subject did meanwhile: `，X同时…` ---------------------------------------------


def test_a_clause_of_another_subject_doing_something_meanwhile_ends_a_report() -> None:
    # the lead's second piece of news, ongoing (正) or done (了)
    assert quotes(_RUBIO + "美国预计不会征收通行费，美国和伊朗官员同时正就结束冲突进行谈判。") == [
        ("indirect", "马尔科·卢比奥", "美国预计不会征收通行费")
    ]
    assert quotes(_ZELENSKYY + "俄罗斯的袭击造成五人死亡，乌克兰同时第二次袭击了通信中心。") == [
        ("indirect", "弗拉基米尔·泽连斯基", "俄罗斯的袭击造成五人死亡")
    ]


def test_meanwhile_inside_the_report_stays_in_it() -> None:
    # `在…的同时` (a phrase of the clause), `与此同时` and a plan (`同时也将`) are the source's
    assert quotes("中央司令部说，它将在支持当前停火的同时，继续保护我方部队。") == [
        ("indirect", "中央司令部", "它将在支持当前停火的同时，继续保护我方部队。")
    ]
    assert quotes(_ZELENSKYY + "俄罗斯的袭击造成五人死亡，与此同时乌克兰将继续抵抗。") == [
        ("indirect", "弗拉基米尔·泽连斯基", "俄罗斯的袭击造成五人死亡，与此同时乌克兰将继续抵抗。")
    ]
    assert quotes(_ZELENSKYY + "乌克兰正在加强防空，这些系统同时也将保护邻国。") == [
        ("indirect", "弗拉基米尔·泽连斯基", "乌克兰正在加强防空，这些系统同时也将保护邻国。")
    ]
    # a joining word before 同时 is no subject of its own
    assert quotes(_ZELENSKYY + "乌克兰加强了防空，而且同时扩大了无人机的生产。") == [
        ("indirect", "弗拉基米尔·泽连斯基", "乌克兰加强了防空，而且同时扩大了无人机的生产。")
    ]


# --- a term in marks after a colon that opens the report ----------------------------------------


def test_a_term_in_marks_after_a_colon_opens_a_report_that_goes_on() -> None:
    assert quotes("局长贾里德·艾萨克曼说：“月球基地一号”将成为第一个由私人出资的着陆器任务。") == [
        ("indirect", "贾里德·艾萨克曼", "“月球基地一号”将成为第一个由私人出资的着陆器任务。")
    ]
    assert quotes("创办人杜奕瑾表示：“模型蒸馏”在业界很常见，很多公司都在做。") == [
        ("indirect", "杜奕瑾", "“模型蒸馏”在业界很常见，很多公司都在做。")
    ]


def test_a_quotation_after_a_colon_stays_a_direct_quote() -> None:
    # a sentence in marks, marks with a comma after them, marks the attribution follows
    assert quotes("创办人杜奕瑾表示：“模型蒸馏很常见。”他还说，很多公司都在做。") == [
        ("direct", "杜奕瑾", "模型蒸馏很常见。"),
        ("indirect", "杜奕瑾", "很多公司都在做。"),
    ]
    assert quotes("创办人杜奕瑾表示：“模型蒸馏”，他说，“在业界很常见。”") == [
        ("direct", "杜奕瑾", "模型蒸馏"),
        ("direct", "杜奕瑾", "在业界很常见。"),
    ]
    assert quotes("创办人杜奕瑾说：“这是关键”他说。") == [("direct", "杜奕瑾", "这是关键")]


# --- words in marks closing a report, with an attribution of their own after them -------------

_SLOTKIN = "参议员埃莉萨·斯洛特金(Elissa Slotkin)说，中国汽车是威胁。"


def test_a_report_ends_before_marks_an_attribution_after_them_gives_their_own() -> None:
    assert quotes(
        _SLOTKIN,
        "斯洛特金说，新法案以她此前的法案为基础，“禁止中国整车进入美国，一天也不行。”她强调说。",
    )[1:] == [
        ("indirect", "埃莉萨·斯洛特金", "新法案以她此前的法案为基础"),
        ("direct", "埃莉萨·斯洛特金", "禁止中国整车进入美国，一天也不行。"),
    ]


def test_marks_closing_a_report_with_no_attribution_after_them_stay_in_it() -> None:
    # the sentence ends with the marks, or a report of its own follows them
    assert quotes(_SLOTKIN, "斯洛特金说，新法案以她此前的法案为基础，“禁止中国整车进入美国。”")[
        1:
    ] == [("indirect", "埃莉萨·斯洛特金", "新法案以她此前的法案为基础，“禁止中国整车进入美国。”")]
    assert quotes(
        _SLOTKIN, "斯洛特金说，新法案以她此前的法案为基础，“禁止中国整车进入美国。”她说，这是关键。"
    )[1:] == [
        ("indirect", "埃莉萨·斯洛特金", "新法案以她此前的法案为基础，“禁止中国整车进入美国。”"),
        ("indirect", "埃莉萨·斯洛特金", "这是关键。"),
    ]


# --- the source's act on what it said: `，并将其列为…` ------------------------------------------

_MACRON = "法国总统埃马纽埃尔·马克龙(Emmanuel Macron)强调，"


def test_a_report_ends_before_the_sources_act_of_listing_what_it_said() -> None:
    assert quotes(_MACRON + "全球经济失衡“威胁经济增长”，并将其列为峰会的主要议题之一。") == [
        ("indirect", "埃马纽埃尔·马克龙", "全球经济失衡“威胁经济增长”")
    ]


def test_the_reports_own_verbs_after_bing_jiang_qi_stay_in_it() -> None:
    assert quotes("司法部说，保肯搜集了关于美国目标的情报，并将其报告给他的联络员。") == [
        ("indirect", "司法部", "保肯搜集了关于美国目标的情报，并将其报告给他的联络员。")
    ]
    assert quotes("外交部说，真主党必须停止袭击，并将其人员撤出黎巴嫩南部地区。") == [
        ("indirect", "外交部", "真主党必须停止袭击，并将其人员撤出黎巴嫩南部地区。")
    ]
