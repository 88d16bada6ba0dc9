"""`对外` inside an office's name (`对外事务`, `中共中央对外联络部`) is part of the role, not the
words after the source where the one spoken to begins (`他对记者说`): the name after the
office is the speaker. An institution whose name ends in 所 (`研究所`, `交易所`) speaks with 说 or
表示 after it, while 所 before a verb (`他所说的`) is still what someone says (the sentences are
written for the tests)."""

from __future__ import annotations

import pytest

from .helpers import found, near_linear, quotes


def test_an_office_holding_dui_wai_is_part_of_the_role() -> None:
    assert quotes("香港大学文化及对外事务协理副校长孔德立说：“中国比以往任何时候都更强大。”") == [
        ("direct", "孔德立", "中国比以往任何时候都更强大。")
    ]
    assert quotes("中共中央对外联络部部长刘建超表示，中方愿与各国政党加强交流。") == [
        ("indirect", "刘建超", "中方愿与各国政党加强交流。")
    ]


def test_dui_before_the_one_spoken_to_still_ends_the_source() -> None:
    assert quotes("王毅对记者说，中方愿与各方加强沟通。") == [
        ("indirect", "王毅", "中方愿与各方加强沟通。")
    ]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("里根研究所说，美国民众对北约的支持仍然很高。", "里根研究所"),
        ("斯德哥尔摩国际和平研究所表示，全球军费开支继续上升。", "斯德哥尔摩国际和平研究所"),
        ("纽约证券交易所说，交易将于周一恢复。", "纽约证券交易所"),
    ],
)
def test_an_institution_ending_in_suo_speaks(paragraph: str, speaker: str) -> None:
    assert [(kind, who) for kind, who, _text in quotes(paragraph)] == [("indirect", speaker)]


@pytest.mark.parametrize(
    "paragraph",
    ["他所说的“和平”并不存在。", "中方对他所表示的关切作出回应。", "他们所称的改革没有实现。"],
)
def test_suo_before_a_verb_is_still_what_is_said(paragraph: str) -> None:
    assert quotes(paragraph) == []


def test_a_given_name_opening_with_a_title_character_stays_whole() -> None:
    # (`理` also ends `总理`: `理查德` is Richard, after a title or alone)
    for paragraph in (
        "澳大利亚副总理兼国防部长理查德·马尔斯(Richard Marles)表示，澳大利亚将继续支持该协议。",
        "理查德·马尔斯表示，澳大利亚将继续支持该协议。",
    ):
        assert quotes(paragraph) == [("indirect", "理查德·马尔斯", "澳大利亚将继续支持该协议。")]
    # (the title before another name is cut as before)
    assert quotes("总理安东尼·阿尔巴尼斯表示，澳大利亚将继续支持该协议。") == [
        ("indirect", "安东尼·阿尔巴尼斯", "澳大利亚将继续支持该协议。")
    ]


def test_a_countrys_title_names_its_holder_met_before() -> None:
    # (`美国国务卿还表示` after `美国国务卿马尔科·卢比奥表示`; not another country's holder)
    assert quotes(
        "澳大利亚副总理兼国防部长理查德·马尔斯表示，澳大利亚将继续支持该协议。",
        "澳大利亚国防部长还表示，澳大利亚将加强合作。",
    ) == [
        ("indirect", "理查德·马尔斯", "澳大利亚将继续支持该协议。"),
        ("indirect", "理查德·马尔斯", "澳大利亚将加强合作。"),
    ]
    assert quotes(
        "美国国务卿马尔科·卢比奥表示，美国将继续支持该地区。",
        "英国外交大臣还表示，英国将加强合作。",
        "中国国务卿表示，中方将加强合作。",
    ) == [("indirect", "马尔科·卢比奥", "美国将继续支持该地区。")]


def test_many_people_and_country_titles_cost_near_linear_work() -> None:
    # (thousands of people met, then as many country titles looked for: each looks among the
    # latest people only)
    pool = "克里斯汀娜贝尔卡罗琳达莎伯特森曼尼罗杰斯威廉姆沃德哈珀勒"
    k = len(pool)

    def text(n: int) -> list[str]:
        names = [
            f"{pool[i % k]}{pool[i // k % k]}{pool[i // k // k % k]}·{pool[i % 7]}{pool[i % 11]}"
            for i in range(n)
        ]
        people = [f"美国国务卿{name}表示，美国将继续支持该地区。" for name in names]
        return people + [f"澳大利亚国防部长还表示，澳大利亚将加强合作{i}。" for i in range(n)]

    near_linear(lambda n: len(found(*text(n)).quotes), 100)
