"""Labels, units, values and anchored texts of Chinese figures (ANNOTATING.md, "Chinese text";
IMPORT-RULES.md, "Chinese figures: labels, units and anchoring"): each rule with the shape it takes
and a near shape it must not take."""

from __future__ import annotations

from pressreader.importing.chinese_figures import find_cjk_figures
from pressreader.importing.figures import find_figures

from .helpers import figures, found


def _labels(paragraph: str) -> list[tuple[str, str | None]]:
    return [(figure.label, figure.unit) for figure in find_cjk_figures(paragraph)]


def test_a_change_between_counts_of_one_measure_word_is_one_figure() -> None:
    assert figures("交通量增长了40%，从12艘船增加到17艘。", "产量从12艘增加到17艘船。") == [
        (40, None, "%", "40%"),
        (17, 12, "船", "从12艘船增加到17艘"),
        (17, 12, "船", "从12艘增加到17艘船"),
    ]
    assert _labels("交通量增长了40%，从12艘船增加到17艘。") == [("交通量", "%"), ("船", "船")]


def test_counts_of_two_measure_words_are_no_change() -> None:
    assert figures("港口从12艘船增加到17架飞机。") == [
        (12, None, "船", "12艘船"),
        (17, None, "飞机", "17架飞机"),
    ]


def test_the_counted_noun_ends_before_a_verb_of_change_saying_or_a_count() -> None:
    assert _labels("两名目击者称，16个主办城市有11个在美国，4000多名嘉宾包括四个盟国。") == [
        ("目击者", "目击者"),
        ("主办城市", "主办城市"),
        ("16个主办城市", "个"),  # (no noun opens with a preposition: `在美国`)
        ("嘉宾", "嘉宾"),
        ("盟国", "盟国"),
    ]


def test_nouns_holding_those_characters_are_kept_whole() -> None:
    # `直升机` holds 升, `被告` opens with 被, `说明` and `名称` are no verbs of saying.
    assert _labels("12架直升机，六名被告，两个名称，6名相关人员到案说明。") == [
        ("直升机", "直升机"),
        ("被告", "被告"),
        ("名称", "名称"),
        ("相关人员", "相关人员"),  # (`到案说明` is no noun: it ends in none of a noun's ends)
    ]


def test_a_noun_running_into_its_verb_ends_at_a_noun_ending() -> None:
    # (`两名民主党籍联邦议员星期二遇袭`: lawmakers to whom something happened; `…星期二提出` is
    # two acting together, no figure since the zhdev60 round)
    text = "四家美国企业授予合同，两名民主党籍联邦议员星期二遇袭，两名伊朗大使馆工作人员在场。"
    assert _labels(text) == [
        ("美国企业", "美国企业"),
        ("民主党籍联邦议员", "民主党籍联邦议员"),
        ("伊朗大使馆工作人员", "伊朗大使馆工作人员"),
    ]


def test_no_noun_ending_no_noun_and_no_country_before_more_words() -> None:
    # A verb opens the words after the measure word, a country names what follows it, one
    # character is no noun (`人质`), and `方面进行…` ends in none of a noun's ends: the measure
    # word is the unit; `省份` ends in one.
    text = (
        "两张给了南非队，两位美国民主党籍联邦众议员访台，两名人质获释后返回以色列，"
        "从三个方面进行非必要的审查，三个省份进行非必要旅行。"
    )
    assert [unit for _, unit in _labels(text)] == ["张", "位", "名", "个", "省份"]


def test_a_verb_of_change_is_peeled_off_the_label() -> None:
    assert [figure.label for figure in find_cjk_figures("交通量增长了40%，增长了4%。")] == [
        "交通量",
        "比例",  # (a verb alone is no label)
    ]


def test_a_verb_of_change_of_one_character_or_after_latin_letters_is_kept() -> None:
    assert [figure.label for figure in find_cjk_figures("价格窜升5%，GDP增长3%。")] == [
        "价格窜升",
        "GDP增长",
    ]


def test_a_verb_of_giving_or_having_is_no_label() -> None:
    text = "他获得82.5万美元，共售出5.556亿，目前有近2000艘。"
    assert [figure.label for figure in find_cjk_figures(text)] == ["金额", "数量", "艘"]


def test_a_verb_after_what_gives_or_has_stays_in_the_label() -> None:
    text = "美国已承诺提供超过3亿美元，卡塔尔持有60亿美元。"
    assert [figure.label for figure in find_cjk_figures(text)] == ["美国已承诺提供", "卡塔尔持有"]


def test_a_clause_ending_in_a_preposition_is_no_label() -> None:
    text = "美国将对10%的商品加税，美国对华关税10%。"
    assert [figure.label for figure in find_cjk_figures(text)] == ["比例", "美国对华关税"]


def test_a_scaled_value_is_exact() -> None:
    assert [figure.value for figure in find_cjk_figures("市值2.18万亿美元，收入1.77万亿元。")] == [
        2_180_000_000_000,
        1_770_000_000_000,
    ]
    assert [figure.value for figure in find_figures("It is worth $2.18 trillion.")] == [
        2_180_000_000_000
    ]
    assert [figure.value for figure in find_cjk_figures("增长了2.5%，达0.35万人。")] == [2.5, 3500]


def test_a_repeated_chinese_figure_anchors_by_its_whole_word_after_it() -> None:
    # (widened to anchor, it takes the noun after it whole, not one character: `10%关税`)
    paragraph = (
        "拟征收最高10%至12.5%的关税。政府临时实施了10%关税，距离到期还有一段时间。"
        "贸易代表格里尔(Jamieson Greer)说。"
    )
    texts = [statistic.text for statistic in found(paragraph).statistics]
    assert texts == ["10%至12.5%", "10%关税"]


def test_a_repeated_chinese_figure_does_not_widen_past_its_clause() -> None:
    # The figure's clause holds no words that anchor it in place: it is left out, not
    # stretched over the sentences after it.
    paragraph = "关税为10%，10%，此后贸易代表贾米森·格里尔(Jamieson Greer)大使说，这是不可接受的。"
    assert [statistic.text for statistic in found(paragraph).statistics] == ["10%"]


def test_a_repeated_english_figure_still_widens_by_words() -> None:
    # (a content word after a function word: `10% of goods`, not `10% of`)
    paragraph = "Tariffs of 10% took effect, and 10% of goods were exempt."
    texts = [statistic.text for statistic in found(paragraph).statistics]
    assert texts == ["10%", "10% of goods"]


def test_a_change_whose_old_value_has_a_qualifier_of_two_characters() -> None:
    assert figures("美国公司数量从接近1400家增加到1550家。", "公司数量接近800家。") == [
        (1550, 1400, "家", "从接近1400家增加到1550家"),
        (800, None, "家", "接近800家"),  # (not a change: no 从)
    ]


def test_a_relative_clause_before_de_counts_the_noun_after_it() -> None:
    # The label is then the words before the count, when they describe it (who made them).
    assert figures("涉案者创建了13个伪装成合法咨询公司的网站，并发布招聘信息。") == [
        (13, None, "网站", "13个伪装成合法咨询公司的网站")
    ]
    assert _labels("涉案者创建了13个伪装成合法咨询公司的网站，并发布招聘信息。") == [
        ("涉案者创建", "网站")
    ]


def test_a_noun_with_a_verb_before_de_is_counted_itself() -> None:
    # `提供的信息` is what the bodies gave: the bodies are counted.
    assert _labels("根据三个欧洲情报机构提供的信息和报道。") == [("欧洲情报机构", "欧洲情报机构")]
