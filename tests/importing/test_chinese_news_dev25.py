"""Chinese news reports of a court, a prosecution, two delegations' talks, a bill and markets, from
the twenty-fifth development folder and an audit of unlabelled VOA texts (docs/IMPORT.md, "The
twenty-fifth folder's round"): prison terms, a level an index passes and rounds of talks. Each
shape with a near shape that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import figures

# --- figures ------------------------------------------------------------------------------------


def test_a_prison_term_is_a_figure() -> None:
    assert figures(
        "两人分别被法庭判处八年及十年监禁。他被判监四年，与六年刑期分期执行，共被判十年。"
    ) == [
        (8, None, "年", "八年"),
        (10, None, "年", "十年监禁"),
        (4, None, "年", "四年"),
        (6, None, "年", "六年刑期"),
        (10, None, "年", "十年"),
    ]
    assert figures("他被判处27个月监禁，最高可面临三年监禁。") == [
        (27, None, "个月", "27个月监禁"),
        (3, None, "年", "三年监禁"),
    ]


def test_years_that_set_a_time_are_no_prison_term() -> None:
    assert figures("判刑三年后，他获释出狱。过去十年，他一直在国外。") == []


def test_a_level_an_index_passes_is_a_figure() -> None:
    assert figures("道琼斯指数上涨0.7%，至51032.46点，首次突破51000点大关。") == [
        (0.7, None, "%", "0.7%"),
        (51032.46, None, "点", "至51032.46点"),
        (51000, None, "点", "51000点"),
    ]
    assert figures("他提出了28点和平计划。") == []


def test_rounds_of_talks_are_counted() -> None:
    assert figures("美国斡旋了三轮和平谈判--两轮在阿布扎比，一轮在日内瓦。") == [
        (3, None, "和平谈判", "三轮和平谈判")
    ]
    assert figures("包括4月14日以来在华盛顿举行的三轮大使级会谈。") == [
        (3, None, "大使级会谈", "三轮大使级会谈")
    ]
