"""Labels of figures say what is counted (ANNOTATING.md, "label"; IMPORT-RULES.md, "What it finds"):
money or a share labelled by the noun right after it (`a $55 billion investment in …`, `a 25%
increase in …`, `15%的关税`), people by what befell them (`两人死亡` → `死亡人数`); the near shapes
that keep their former label. The value, unit and text never change with the label."""

from __future__ import annotations

from pressreader.importing.chinese_figures import find_cjk_figures
from pressreader.importing.figures import find_figures


def _english(paragraph: str) -> list[tuple[str, str | None, str]]:
    return [
        (figure.label, figure.unit, paragraph[figure.start : figure.end])
        for figure in find_figures(paragraph)
    ]


def _chinese(paragraph: str) -> list[tuple[str, str | None]]:
    return [(figure.label, figure.unit) for figure in find_cjk_figures(paragraph)]


def test_money_before_a_noun_is_labelled_by_the_noun_and_its_phrase() -> None:
    assert _english("Apple announced a $500 billion investment in U.S.-based manufacturing.") == [
        ("Investment in U.S.-based manufacturing", "$", "$500 billion")
    ]
    assert _english("Clarios announced a $6 billion plan to expand its domestic operations.") == [
        ("Plan to expand its domestic operations", "$", "$6 billion")
    ]
    assert _english("So you got that $1,400 check in the mail.")[0][0] == "Check in the mail"


def test_the_phrase_ends_at_a_time_a_clause_or_the_next_figure() -> None:
    assert (
        _english("It announced a $55 billion investment in the United States over the years.")[0][0]
        == "Investment in the United States"
    )
    assert _english("a $100 million commitment with an additional $100 million")[0][0] == (
        "Commitment"
    )


def test_money_in_or_worth_of_a_noun_is_labelled_by_the_noun() -> None:
    assert _english("Companies have announced $5 billion in investments in Colorado.")[0][0] == (
        "Investments in Colorado"
    )
    assert _english("It is $827 million worth of weapons and equipment for Israel.")[0][0] == (
        "Weapons and equipment for Israel"
    )
    assert _english("They approved $40 billion in food security and humanitarian aid.")[0][0] == (
        "Food security and humanitarian aid"
    )


def test_money_before_no_noun_keeps_its_label() -> None:
    # a place, a time, an adverb, a qualifier or a name after the money names no thing it is
    assert _english("They invested $3 million in the U.S. last year.")[0][0] == ("Amount for the U")
    assert _english("These actions will save consumers $1 billion annually.")[0][0] == "Amount"
    assert _english("It spent $200 billion more than Europe.")[0][0] == "Amount"
    assert _english("the $1 billion Build Back Better Regional Challenge")[0][0] == "Amount"
    assert _english("prices of $799 per pair")[0][0] == "Amount"


def test_a_share_before_a_change_or_a_levy_is_labelled_by_it() -> None:
    assert _english("It led to an 860% increase in fentanyl seizures at ports.")[0][:2] == (
        "Increase in fentanyl seizures",
        "%",
    )
    assert _english("All other imports will still be subject to the 25% tariff.")[0][0] == (
        "Tariff"
    )


def test_a_share_before_other_words_keeps_its_label() -> None:
    assert _english("Delivery times are 26 percent faster than before.")[0][0] == "Share"
    assert _english("They had distributed 85% or more of their allocations.")[0][0] == "Share"
    assert _english("Prices rose 5 percent of the total.")[0][0] == "Share of the total"


def test_people_counted_before_what_befell_them_are_that_count() -> None:
    assert _chinese("无人机击中了一辆公交车，造成两人死亡、九人受伤。") == [
        ("死亡人数", "人"),
        ("受伤人数", "人"),
    ]
    assert _chinese("以色列发动攻击，导致100多万人流离失所。") == [("流离失所人数", "人")]
    assert _chinese("袭击造成12人遇难。") == [("死亡人数", "人")]


def test_people_counted_before_other_words_keep_their_label() -> None:
    assert _chinese("以色列已打死3000名真主党恐怖分子，其中包括过去一个月内打死的700人。")[-1] == (
        "人",
        "人",
    )


def test_a_chinese_share_or_amount_before_its_noun_is_labelled_by_it() -> None:
    assert _chinese("中国面临25%的关税。") == [("中国面临的关税", "%")]
    assert _chinese("他以超过61%的得票率，避免了决选。") == [("得票率", "%")]
    assert _chinese("该海峡是运送全球逾20%的石油的要道。") == [("石油的比例", "%")]
    assert _chinese("他们索赔50亿美元的损害赔偿金。")[0] == ("损害赔偿金", "$")


def test_a_chinese_share_with_no_noun_after_it_keeps_its_label() -> None:
    assert _chinese("交通量增长了40%，从12艘船增加到17艘。")[0] == ("交通量", "%")
    assert _chinese("该公司股价在市场开盘前上涨2%。") == [("比例", "%")]
    # the share a preposition's object: the noun after it runs into its verb, not read
    assert _chinese("美国将对10%的商品加税。") == [("比例", "%")]
