"""Chinese news reports of meetings, statements and economic figures, from the eighteenth
development folder and an audit of unlabelled VOA texts (docs/IMPORT.md, "The eighteenth
folder's round"): shares written in words, a change whose old value follows a phrase ending in
的, ranges of one unit, people counted after what befell them. Each shape with a near shape that
must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import figures

# --- shares written in words ------------------------------------------------------------------


def test_a_percentage_written_with_bai_fen_zhi_is_a_percentage() -> None:
    assert figures("有百分之66的受访者认为台湾的安全至关重要。") == [(66, None, "%", "百分之66")]
    assert figures("该党的支持率为百分之二十五。") == [(25, None, "%", "百分之二十五")]
    # `百分之百` is emphasis, no figure
    assert figures("我百分之百支持你。") == []


def test_a_fraction_in_words_is_a_fraction_with_its_qualifier() -> None:
    assert figures("国防预算遭删减约三分之一。") == [(0.3333, None, "fraction", "约三分之一")]
    assert figures("四分之一的选民没有投票。") == [(0.25, None, "fraction", "四分之一")]
    # a round's name
    assert figures("他们在四分之一决赛中被淘汰。") == []


# --- a change whose old value follows a phrase ending in 的 ---------------------------------------


def test_a_change_from_a_phrase_ending_in_de_has_its_old_value() -> None:
    assert figures("美国的份额已从2015年的48%降至约37%。") == [
        (37, 48, "%", "从2015年的48%降至约37%")
    ]
    assert figures("政府希望将国防预算从目前GDP的百分之三提高到百分之五。") == [
        (5, 3, "%", "从目前GDP的百分之三提高到百分之五")
    ]
    # the phrase holds a verb of change: the 从 is not the change's
    assert figures("从去年下降的10%回升了，今年达到20%。") == [
        (10, None, "%", "10%"),
        (20, None, "%", "20%"),
    ]


# --- a range of one unit ------------------------------------------------------------------------


def test_two_figures_of_one_unit_joined_by_zhi_are_one_range() -> None:
    assert figures("拟对这些商品征收最高10%至12.5%的关税。") == [(10, None, "%", "10%至12.5%")]
    assert figures("原油的交易价格在每桶105美元至108美元之间。") == [
        (105, None, "$", "105美元至108美元")
    ]
    # after a verb of change: the change and the new level are two figures
    assert figures("利率上调0.25%至5.5%。") == [
        (0.25, None, "%", "0.25%"),
        (5.5, None, "%", "至5.5%"),
    ]


# --- people counted after what befell them ------------------------------------------------------


def test_people_counted_after_what_befell_them() -> None:
    assert figures("俄军投掷炸弹，另外炸伤四人。") == [(4, None, "人", "四人")]
    assert figures("袭击造成的死亡人数星期四上升至五人。") == [(5, None, "人", "五人")]
    # people named by a noun after 人 (`四人小组`) are not counted this way
    assert figures("袭击炸伤四人小组的成员。") == []
