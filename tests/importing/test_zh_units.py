"""Chinese figures with the units of length, area and weight, and the measure words of plants,
animals, cases, places and matches (`不足1000株`, `10到12英尺`, `319起`, `逾80处`, `104场比赛`);
floors and pages are themselves what is counted (`32层高的住宅楼`, `156页的报告`); `千` before
`米`, `克`, `瓦` is a unit's prefix, not a thousand. Not a law's section (`301条款`), a date's
`起` (`从…1日起`), `只有`, `处理`, `场所`."""

from __future__ import annotations

import pytest

from pressreader.importing.chinese_figures import find_cjk_figures

from .helpers import figures


def _found(paragraph: str) -> list[tuple[float, str | None, str, str]]:
    return [
        (figure.value, figure.unit, figure.label, paragraph[figure.start : figure.end])
        for figure in find_cjk_figures(paragraph)
    ]


@pytest.mark.parametrize(
    ("paragraph", "value", "unit", "text"),
    [
        ("全长5千米的道路已经开通。", 5, "千米", "5千米"),
        ("一个重达5千克的包裹被送到了。", 5, "千克", "5千克"),
        ("这座电站的功率为300千瓦。", 300, "千瓦", "300千瓦"),
        ("目前野外存活的尸花不足1000株。", 1000, "株", "不足1000株"),
        ("在野外，它们可以长到10到12英尺高。", 10, "英尺", "10到12英尺"),
        ("总统中心占地19.3英亩。", 19.3, "英亩", "19.3英亩"),
        ("搜寻范围为7400平方公里。", 7400, "平方公里", "7400平方公里"),
        ("面积达2.5万平方公里的保护区", 25000, "平方公里", "2.5万平方公里"),
        ("这块陨石重408公斤。", 408, "公斤", "408公斤"),
        ("自2014年以来累计发生319起案件。", 319, "案件", "319起案件"),
        ("卫星图像显示逾80处发射坪。", 80, "发射坪", "逾80处发射坪"),
        ("本届世界杯共有104场比赛。", 104, "比赛", "104场比赛"),
        ("该公司计划发射10万颗卫星。", 100000, "卫星", "10万颗卫星"),
    ],
)
def test_a_unit_or_measure_word_makes_a_figure(
    paragraph: str, value: float, unit: str, text: str
) -> None:
    assert [(v, u, t) for v, u, _, t in _found(paragraph)] == [(value, unit, text)]


def test_a_thousand_before_a_unit_prefix_is_no_scale() -> None:
    # (before: `5千米` was 5,000 米 and `5千克` 5,000 with no unit)
    assert [(v, u) for v, u, _, _ in _found("全长5千米，重5千克。")] == [(5, "千米"), (5, "千克")]
    assert [(v, u) for v, u, _, _ in _found("招募了5千名志愿者。")] == [(5000, "志愿者")]


@pytest.mark.parametrize(
    ("paragraph", "label", "text"),
    [
        ("大火烧毁了一栋32层高的住宅楼。", "住宅楼的层数", "32层"),
        ("这栋32层的大楼", "大楼的层数", "32层"),
        ("该智库发布了长达156页的报告。", "报告的页数", "156页"),
        ("法官在855页的裁决书中写道，他有罪。", "裁决书的页数", "855页"),
        ("这份文件有15页。", "页数", "15页"),
    ],
)
def test_floors_and_pages_are_what_is_counted(paragraph: str, label: str, text: str) -> None:
    [(_, unit, found_label, found_text)] = _found(paragraph)
    assert (found_label, found_text) == (label, text)
    assert unit == text[-1]


def test_a_count_before_a_modal_is_not_labelled_by_it() -> None:
    # (`可追溯至` is a verb phrase, not what the 210 cases are)
    [(value, unit, label, _)] = _found("研究了约210起可追溯至1945年6月的事件。")
    assert (value, unit) == (210, "起")
    assert "追溯" not in label


@pytest.mark.parametrize(
    "paragraph",
    [
        "印度表示正在就301条款程序与华盛顿沟通。",
        "美国贸易代表办公室启动了301条款调查。",
        "根据第5条规定，该法案从2026年1月1日起生效。",
        "该规定自10日起实施。",
        "该公司表示将依法处理此事。",
        "这种植物每三到五年才开花一次。",
    ],
)
def test_no_figure_in_a_section_a_date_or_a_verb(paragraph: str) -> None:
    assert _found(paragraph) == []


def test_the_unit_is_the_figure_s_in_a_whole_import() -> None:
    found = figures("在野外，它们可以长到10到12英尺高。据估计，目前野外存活的尸花不足1000株。")
    assert [(value, unit, text) for value, _, unit, text in found] == [
        (10, "英尺", "10到12英尺"),
        (1000, "株", "不足1000株"),
    ]
