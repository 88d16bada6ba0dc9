"""Chinese reported speech from a third sample of the census of 134 unlabelled VOA texts
(docs/IMPORT-RULES.md, "Since the census of Chinese reported speech"): each shape with a near shape
that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

# --- a report, a post or a study that speaks is the source that issued it ------------------------


def test_a_report_after_an_outlets_bare_report_is_the_outlets() -> None:
    text = (
        "新华社星期六报道，中国交通运输部组织多个部门展开执法行动。报道称，这是针对日本的必要行动。"
    )
    assert quotes(text) == [
        ("indirect", "新华社", "中国交通运输部组织多个部门展开执法行动。"),
        ("indirect", "新华社", "这是针对日本的必要行动。"),
    ]


def test_a_report_after_an_outlet_citing_others_is_the_outlets() -> None:
    found = quotes(
        "同一天，彭博社援引知情人士消息称，台湾当局正考虑出台更严格的管制措施。",
        "报道称，此举旨在与美国监管措施保持一致。",
    )
    assert found == [
        ("indirect", "彭博社", "台湾当局正考虑出台更严格的管制措施。"),
        ("indirect", "彭博社", "此举旨在与美国监管措施保持一致。"),
    ]


def test_a_report_no_outlet_gave_names_no_one() -> None:
    assert quotes("报道称，此举旨在与美国监管措施保持一致。") == []
    found = quotes(
        "美国国务卿马尔科·卢比奥星期三说，停火协议仍然有效。",
        "报道称，此举旨在与美国监管措施保持一致。",
    )
    assert found == [("indirect", "马尔科·卢比奥", "停火协议仍然有效。")]


def test_a_post_after_its_author_posted_is_the_authors() -> None:
    text = (
        "早些时候，以色列国防军在X平台上发帖说，以色列境内多个地区接到警报。"
        "这则帖文说，目前，空军正在执行拦截和打击任务。"
    )
    assert quotes(text) == [
        ("indirect", "以色列国防军", "以色列境内多个地区接到警报。"),
        ("indirect", "以色列国防军", "目前，空军正在执行拦截和打击任务。"),
    ]


def test_a_post_no_one_was_said_to_write_names_no_one() -> None:
    assert quotes("这则帖文说，目前，空军正在执行拦截和打击任务。") == []


def test_a_study_a_source_issued_is_the_sources() -> None:
    text = (
        "美国咨询公司博思艾伦汉密尔顿(Booz Allen Hamilton)发布的一项新研究显示，"
        "中国模型生成的代码中存在更多安全漏洞。"
    )
    assert quotes(text) == [
        ("indirect", "博思艾伦汉密尔顿", "中国模型生成的代码中存在更多安全漏洞。")
    ]
    text = "美国国务院本月发布的《2026年人权报告》显示，香港的新闻自由明显萎缩。"
    assert quotes(text) == [("indirect", "美国国务院", "香港的新闻自由明显萎缩。")]


def test_a_study_no_source_issued_or_one_cited_is_not_the_issuers() -> None:
    assert quotes("星期四公布的一份最新通胀报告显示，美国消费者物价已升至三年来的最高水平。") == []
    assert quotes("美国一项最新民调显示，约八成美国人对中国构成的威胁表示担忧。") == []


def test_an_index_a_body_glossed_before_its_kind_issued_is_the_bodys() -> None:
    text = "无国界记者(RSF)组织本月发布的《2026年世界新闻自由指数》显示，香港信息空间明显萎缩。"
    assert quotes(text) == [("indirect", "无国界记者组织", "香港信息空间明显萎缩。")]
    text = "无国界记者(RSF)组织星期二表示，香港信息空间明显萎缩。"
    assert quotes(text) == [("indirect", "无国界记者组织", "香港信息空间明显萎缩。")]


# --- 宣布 with a verb phrase: an effort under way, or what the source gives another -------------


def test_announcing_an_effort_or_a_gift_reports_it() -> None:
    text = "美国星期一宣布向委内瑞拉提供额外的救灾资金，使其承诺提供的总金额达到3亿美元。"
    assert quotes(text) == [("indirect", "美国", "向委内瑞拉提供额外的救灾资金")]
    text = "星链宣布正在努力向这个地区部署其互联网服务终端，并将提供一个月的免费服务。"
    assert quotes(text) == [("indirect", "星链", "正在努力向这个地区部署其互联网服务终端")]
    text = "美国国务院最近宣布努力为国际应对这场疫情提供援助，拨款1300万美元用于人道主义援助。"
    assert quotes(text) == [("indirect", "美国国务院", "努力为国际应对这场疫情提供援助")]


def test_announcing_a_noun_or_by_several_reports_nothing() -> None:
    assert quotes("美国国务院星期四宣布了向委内瑞拉提供的援助。") == []
    assert quotes("美国国务院星期四宣布向委内瑞拉的援助。") == []
    assert quotes("双方将宣布一项关于无人水下航行器的合作项目。") == []
    text = "美国职业棒球大联盟(MLB)及其球员宣布向红十字会捐款100万美元。"
    assert quotes(text) == []


# --- 宣布 with a clause that has a subject of its own ---------------------------------------------


def test_announcing_a_clause_with_its_own_subject_reports_it() -> None:
    text = "美国司法部宣布阿卡迪亚市市长王爱琳(Eileen Wang)被控非法充当外国代理人，且她已同意认罪。"
    assert quotes(text) == [
        (
            "indirect",
            "美国司法部",
            "阿卡迪亚市市长王爱琳(Eileen Wang)被控非法充当外国代理人，且她已同意认罪。",
        )
    ]
    text = "罗马尼亚总统尼库绍尔·达恩星期五宣布罗马尼亚关闭了俄罗斯的领事馆，并驱逐了俄罗斯总领事。"
    assert quotes(text) == [
        ("indirect", "尼库绍尔·达恩", "罗马尼亚关闭了俄罗斯的领事馆，并驱逐了俄罗斯总领事。")
    ]


def test_announcing_with_no_subject_of_its_own_or_in_a_clause_of_time_reports_no_clause() -> None:
    assert quotes("项目竣工宣布不到两周，观察人士就发现池底的油漆开始剥落。") == []
    assert quotes("美国国务院星期四宣布了与该病毒有关的新航班限制。") == []
    text = "在尼库绍尔·达恩宣布罗马尼亚关闭了俄罗斯的领事馆后，俄罗斯召回了大使。"
    assert quotes(text) == []
