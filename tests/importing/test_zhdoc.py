"""Chinese quotes from the zhdoc round (docs/IMPORT-RULES.md, "Since the zhdoc round"): a
document, a website or data cited as its issuer's (`根据X…公布的报告，`,
`但根据X援引的行业数据，`, `根据“X”在其官网的介绍，`, `该机构官网特别提到，`, `声明指出，`
after `根据X发布的新闻稿`), while a document no one is named for stays no source (the
sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

# --- according to a document its issuer published or cited ------------------------------------


def test_a_report_its_issuer_published_after_a_long_description() -> None:
    text = (
        "根据位于西班牙马德里的人权组织保护卫士(Safeguard Defenders)2023年公布的报告，"
        "中共在全球53个国家设立了102个秘密海外警察站。"
    )
    expected = "中共在全球53个国家设立了102个秘密海外警察站。"
    assert quotes(text) == [("indirect", "保护卫士", expected)]


def test_data_a_body_cites_after_a_turn() -> None:
    text = (
        "华为被禁止进入美国市场，但根据中国问题特设委员会援引的行业数据，"
        "华为在专利授权数量排名中位居第四。"
    )
    assert quotes(text) == [
        ("indirect", "中国问题特设委员会", "华为在专利授权数量排名中位居第四。")
    ]
    # (the short shape, after the same turn)
    text = "但根据中国问题特设委员会的数据，华为在专利授权数量排名中位居第四。"
    assert quotes(text) == [
        ("indirect", "中国问题特设委员会", "华为在专利授权数量排名中位居第四。")
    ]


def test_cited_data_goes_on_in_the_next_sentence() -> None:
    text = (
        "根据中国问题特设委员会援引的行业数据，华为在专利授权数量排名中位居第四。"
        "华为当年通过专利许可获得的收入超过6.3亿美元。"
    )
    assert quotes(text) == [
        (
            "indirect",
            "中国问题特设委员会",
            "华为在专利授权数量排名中位居第四。华为当年通过专利许可获得的收入超过6.3亿美元。",
        )
    ]
    # (not into the reporter's next turn)
    text = (
        "根据中国问题特设委员会援引的行业数据，华为在专利授权数量排名中位居第四。"
        "与此同时，华为当年的收入超过6.3亿美元。"
    )
    assert quotes(text) == [
        ("indirect", "中国问题特设委员会", "华为在专利授权数量排名中位居第四。")
    ]


def test_a_body_in_marks_on_its_website() -> None:
    text = "根据“缅甸战略与政策研究所”在其官网的介绍，该机构目前总部在泰国清迈。"
    assert quotes(text) == [("indirect", "缅甸战略与政策研究所", "该机构目前总部在泰国清迈。")]


def test_a_document_no_one_is_named_for_stays_no_source() -> None:
    assert quotes("根据法庭文件，今年50岁的保肯至少从2019年起在香港工作。") == []
    assert quotes("根据联调局特工今年2月向联邦法庭提交的宣誓证词，保肯大约在2010年移居中国。") == []
    # (two bodies' study: several sources together)
    text = (
        "根据移民政策研究所和宾夕法尼亚州立大学人口研究所的研究，美国每年有超过25万名新生儿受影响。"
    )
    assert quotes(text) == []
    # (a picture, an agreement's text: zhdev58's rule holds)
    assert quotes("卫星图像显示，该区域建有逾80处发射坪。") == []
    assert quotes("根据该协议，美国将解除封锁。") == []


# --- a website that speaks ------------------------------------------------------------------------


def test_a_bodys_website_speaks_for_the_body() -> None:
    first = "根据“缅甸战略与政策研究所”在其官网的介绍，该机构目前总部在泰国清迈。"
    second = "该机构官网特别提到，截至2024年，中国研究项目已发布了两轮研究成果。"
    assert quotes(first, second)[1] == (
        "indirect",
        "缅甸战略与政策研究所",
        "截至2024年，中国研究项目已发布了两轮研究成果。",
    )
    assert quotes("美国国务院网站上写道，签证申请人须提交社交媒体账号。") == [
        ("indirect", "美国国务院", "签证申请人须提交社交媒体账号。")
    ]


def test_a_website_no_one_runs_is_no_speaker() -> None:
    # (before: a speaker named `网站`)
    assert quotes("网站称，截至2024年，中国研究项目已发布了两轮研究成果。") == []


# --- a statement after its issuer's release ------------------------------------------------


def test_a_statement_after_a_release_is_the_release() -> None:
    first = "根据哈纳韦办公室星期一发布的新闻稿，大华公司是洛瑞思的前母公司。"
    second = "声明指出，洛瑞思的数据直接传输给大华公司。"
    assert quotes(first, second) == [
        ("indirect", "哈纳韦办公室", "大华公司是洛瑞思的前母公司。"),
        ("indirect", "哈纳韦办公室", "洛瑞思的数据直接传输给大华公司。"),
    ]


def test_a_statement_with_no_release_before_names_no_one() -> None:
    second = "声明指出，洛瑞思的数据直接传输给大华公司。"
    assert quotes("大华公司是洛瑞思的前母公司。", second) == []


def test_a_bare_website_after_the_body_cited_on_its_site() -> None:
    first = "根据“缅甸战略与政策研究所”在其官网的介绍，该机构目前总部在泰国清迈。"
    second = "该机构正在展开三个研究项目，网站称该项目“力求加深缅甸民众的理解”。"
    assert quotes(first, second)[1] == (
        "indirect",
        "缅甸战略与政策研究所",
        "该项目“力求加深缅甸民众的理解”。",
    )
