"""Chinese news reports of markets, bills, courts and directives, from the twenty-second
development folder and an audit of unlabelled VOA texts (docs/IMPORT.md, "The twenty-second
folder's round"): a stock index's points, a price with the one before an event as `previous`.
Each shape with a near shape that must not be taken (the sentences here are written for the
tests)."""

from __future__ import annotations

from .helpers import figures

# --- a stock index's points ----------------------------------------------------------------------


def test_an_index_level_in_points_is_a_figure() -> None:
    assert figures("纳斯达克指数上涨0.42%，至27,086.81点。") == [
        (0.42, None, "%", "0.42%"),
        (27086.81, None, "点", "至27,086.81点"),
    ]
    assert figures("香港恒生指数微涨0.3%，收报25080.86点。") == [
        (0.3, None, "%", "0.3%"),
        (25080.86, None, "点", "25080.86点"),
    ]
    # whole points where the clause names an index or a close
    assert figures("道琼斯工业平均指数上涨294点。德国DAX指数收于24961点。") == [
        (294, None, "点", "294点"),
        (24961, None, "点", "24961点"),
    ]


def test_a_time_or_a_plans_points_is_no_index_level() -> None:
    assert figures("会议于下午3点开始，8点半休息，10点30分散会。") == []
    assert figures("他提出了28点和平计划。标普500指数在下午3点下跌。") == []


# --- a price with the one before an event ------------------------------------------------------


def test_the_price_before_an_event_is_the_previous_value() -> None:
    assert figures("全美普通汽油平均价格为每加仑4.40美元，而冲突爆发前不到3美元。") == [
        (4.4, 3, "$", "4.40美元")
    ]
    assert figures("汽油的平均价格为4.53美元，而冲突前的价格不到3美元。") == [
        (4.53, 3, "$", "4.53美元")
    ]


def test_the_present_beside_a_forecast_is_no_previous_value() -> None:
    assert figures("中国到2030年可能部署多达1000枚核弹头，而目前约为620枚。") == [
        (1000, None, "核弹头", "多达1000枚核弹头"),
        (620, None, "枚", "620枚"),
    ]
