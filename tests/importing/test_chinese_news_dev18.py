"""Chinese news reports of meetings, statements and economic figures, from the eighteenth
development folder and an audit of unlabelled VOA texts (docs/IMPORT-RULES.md, "The eighteenth
folder's round"): shares written in words, a change whose old value follows a phrase ending in
的, ranges of one unit, people counted after what befell them. Each shape with a near shape that
must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import figures, near_linear, quotes

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


# --- a body named by its kind alone -------------------------------------------------------------


def test_a_committee_named_by_its_kind_is_the_one_named_in_full_before() -> None:
    named = "众议院中国问题特设委员会主席约翰·穆勒纳尔众议员星期一致函五家公司。"
    found = quotes(named, "委员会在信函开头表示，美国正与中国展开激烈的竞争。")
    assert found == [("indirect", "众议院中国问题特设委员会", "美国正与中国展开激烈的竞争。")]
    found = quotes(named, "该委员会还指出，中国已成为成本最低的国家之一。")
    assert found == [("indirect", "众议院中国问题特设委员会", "中国已成为成本最低的国家之一。")]
    # no committee named before: no source
    assert quotes("委员会表示，美国正与中国展开激烈的竞争。") == []


def test_an_office_pointed_to_is_the_office_named_before() -> None:
    found = quotes(
        "美国贸易代表办公室说，将把能源排除在关税之外。该办公室还说，正在提议建立一项纺织品机制。"
    )
    assert found == [
        ("indirect", "美国贸易代表办公室", "将把能源排除在关税之外。"),
        ("indirect", "美国贸易代表办公室", "正在提议建立一项纺织品机制。"),
    ]
    # a committee named before is no office
    assert quotes("美国国会众议院外交委员会开会。该办公室还说，正在提议建立一项机制。") == []


# --- sources the article does not name ----------------------------------------------------------


def test_a_study_or_members_the_article_does_not_name_are_no_source() -> None:
    assert quotes("一项研究显示，美国的份额已降至约37%。") == []
    assert quotes("这项调查发现，美国的份额已降至约37%。") == []
    assert quotes("不过，欧洲议员表示，那种称欧洲的努力不如美国有效的说法并不属实。") == []
    # a study whose maker is named is that body's (`皮尤研究中心表示`)
    found = quotes("皮尤研究中心表示，美国人的看法已经改变。")
    assert found == [("indirect", "皮尤研究中心", "美国人的看法已经改变。")]
    # a member named after the words is that member
    found = quotes("民主党籍众议员史密斯表示，这项法案十分重要。")
    assert found == [("indirect", "史密斯", "这项法案十分重要。")]


# --- bounded time ---------------------------------------------------------------------------------


def test_long_hostile_shares_ranges_and_bodies_stay_linear() -> None:
    shares = "从目前GDP的百分之三提高到百分之五，约三分之一，10%至12.5%，炸伤四人。"
    small, large = near_linear(lambda n: figures(shares * n), 200)
    assert len(small) == 4 * 200 and large == small * 4  # each sentence's four figures

    def bodies(n: int) -> list[tuple[str, str, str]]:
        said = "委员会表示，美国正在竞争。该办公室还说，好。"
        return quotes("众议院美国国会中国问题特设" * (6 * n) + said * n)

    # every report is the committee's, however long the run before its name
    small, large = near_linear(bodies, 50)
    assert (
        set(small)
        == set(large)
        == {("indirect", "众议院美国国会中国问题特设委员会", "美国正在竞争。")}
    )
    assert len(large) > len(small) >= 50 - 1  # (the first may be past what a name holds)
