"""Chinese news reports of markets, bills, courts and directives, from the twenty-second
development folder and an audit of unlabelled VOA texts (docs/IMPORT-RULES.md, "The twenty-second
folder's round"): a stock index's points, a price with the one before an event as `previous`; a
title written after a name and its Latin form, a verb's 了 before a dotted name, `本人` after a
name, a memo or post that speaks, a platform's Latin name before the verb, a body's `报告，`, and a
document whose source the text does not give. Each shape with a near shape that must not be taken
(the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import figures, quotes

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


# --- who speaks ---------------------------------------------------------------------------------


def test_a_title_after_a_name_and_its_latin_form_names_that_person() -> None:
    # in the same paragraph as the quotation, the name after a verb's 了
    assert quotes(
        "法院驳回了唐纳德·特朗普(Donald Trump)总统的命令。总统星期二在平台上说，“这太糟糕了。”"
    ) == [("direct", "唐纳德·特朗普", "这太糟糕了。")]
    # no name given that title before: no one
    assert quotes("总统星期二在平台上说，“这太糟糕了。”") != [
        ("direct", "唐纳德·特朗普", "这太糟糕了。")
    ]


def test_ben_ren_after_a_name_is_the_person() -> None:
    assert quotes(
        "唐纳德·特朗普总统签署了命令。特朗普总统本人3月30日也在平台上发文说，命令“并非关乎有钱人”。"
    ) == [("indirect", "唐纳德·特朗普", "命令“并非关乎有钱人”。")]
    # `日本人` is no name with 本人
    assert quotes("一些日本人说，这很好。") == []


def test_a_memo_or_a_post_that_speaks_is_its_senders() -> None:
    assert quotes(
        "科林·麦克唐纳在发给雇员的备忘录中说，检察官应优先办案。",
        "备忘录指示各办公室合作。备忘录说，执行办公室将提供额外资源。",
    ) == [
        ("indirect", "科林·麦克唐纳", "检察官应优先办案。"),
        ("indirect", "科林·麦克唐纳", "执行办公室将提供额外资源。"),
    ]
    assert quotes(
        "唐纳德·特朗普总统签署了命令。",
        "特朗普总统星期二在平台上就这一裁决发贴表达不满。“我想祝贺他们！”他的贴文写道。",
    ) == [("direct", "唐纳德·特朗普", "我想祝贺他们！")]
    # a memo, a post or a statement whose source the text does not give is no speaker
    assert quotes("备忘录说，执行办公室将提供额外资源。") == []
    assert quotes("“我很好。”贴文写道。“我们反对。”声明写道。") == []


def test_a_platforms_latin_name_is_no_part_of_the_speaker() -> None:
    assert quotes("约翰·史密斯说，这很好。玛丽·琼斯在X平台发文说：“好。”") == [
        ("indirect", "约翰·史密斯", "这很好。"),
        ("direct", "玛丽·琼斯", "好。"),
    ]


def test_a_bodys_report_with_a_comma_is_a_report() -> None:
    assert quotes("美国汽车协会(AAA)报告，本星期汽油平均价格为每加仑4.40美元。") == [
        ("indirect", "美国汽车协会", "本星期汽油平均价格为每加仑4.40美元。")
    ]
    assert quotes("新加坡港口当局星期四报告，一艘集装箱船被击中。") == [
        ("indirect", "新加坡港口当局", "一艘集装箱船被击中。")
    ]
    # the noun: reports written or sold
    assert (
        quotes("他们要求撰写研究报告，并使用加密应用程序联系。保肯出售报告，这些人意在搜集情报。")
        == []
    )
