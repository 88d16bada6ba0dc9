"""Shapes of state-media reports (Xinhua, CGTN, China Daily in English; 新华社 in Chinese),
found by a probe of hand-written sentences of the genre (docs/IMPORT-RULES.md, "What it finds"): a
participle after a wire's attribution that closes its report (`A, Xi said, calling for …`), a
state administration's name (`the General Administration of Customs`), the departments whose
Chinese names hold 和 (`文化和旅游部`), a ministry's unnamed press spokesperson
(`商务部新闻发言人表示`), and an official's report carried on by his side's stance
(`王毅指出，A。中方愿…。`). The sentences are written for the tests."""

from __future__ import annotations

import pytest

from .helpers import quotes

_XI = "Chinese President Xi Jinping spoke on Monday."


@pytest.mark.parametrize(
    "tail",
    [
        "calling for joint efforts to build an open world economy.",
        "urging the two countries to deepen ties.",
        "stressing the importance of dialogue.",
        "expressing the hope that the two sides will deepen ties.",
        "pledging further support.",
    ],
)
def test_a_participle_after_the_closing_attribution(tail: str) -> None:
    found = quotes(_XI, f"The two sides should uphold multilateralism, Xi said, {tail}")
    assert found[0] == ("indirect", "Xi Jinping", "The two sides should uphold multilateralism")
    # (what the participle does is no report of its own, save a clause after its own verb)
    assert all(not text.startswith(tail.split(" ", 1)[0]) for _, _, text in found)


def test_a_participle_after_the_place_of_saying() -> None:
    assert quotes(
        _XI,
        "The two sides should uphold multilateralism, Xi said at the meeting, calling for "
        "joint efforts.",
    ) == [("indirect", "Xi Jinping", "The two sides should uphold multilateralism")]


def test_the_name_after_said_then_a_participle() -> None:
    assert quotes(
        "Chinese Foreign Minister Wang Yi met his counterpart.",
        "The talks were constructive, said Wang Yi, calling for more dialogue.",
    ) == [("indirect", "Wang Yi", "The talks were constructive")]


def test_noting_that_still_gives_two_reports() -> None:
    assert quotes(_XI, "China will open wider, Xi said, noting that the economy is strong.") == [
        ("indirect", "Xi Jinping", "China will open wider"),
        ("indirect", "Xi Jinping", "the economy is strong."),
    ]


def test_an_attribution_inside_its_report_still_goes_on() -> None:
    # (a report going on after the verb's comma, no participle: `The minister, Roe said, would …`)
    assert quotes("Jane Roe spoke.", "The minister, Roe said, would travel to Paris.") == [
        ("indirect", "Jane Roe", "would travel to Paris.")
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The General Administration of Customs said exports rose 5 percent.",
            "General Administration of Customs",
            "exports rose 5 percent.",
        ),
        (
            "Exports rose 5 percent, the General Administration of Customs said on Friday.",
            "General Administration of Customs",
            "Exports rose 5 percent",
        ),
        (
            "The State Administration of Taxation said revenue rose.",
            "State Administration of Taxation",
            "revenue rose.",
        ),
    ],
)
def test_a_state_administration_is_one_body(sentence: str, speaker: str, text: str) -> None:
    assert quotes(sentence) == [("indirect", speaker, text)]


def test_general_before_a_name_stays_a_title() -> None:
    assert quotes("General Mark Milley said the troops will stay.") == [
        ("indirect", "Mark Milley", "the troops will stay.")
    ]


@pytest.mark.parametrize(
    "body", ["文化和旅游部", "工业和信息化部", "住房和城乡建设部", "人力资源和社会保障部"]
)
def test_a_department_whose_name_holds_he(body: str) -> None:
    assert quotes(f"{body}表示，今年将新增就业1200万人。") == [
        ("indirect", body, "今年将新增就业1200万人。")
    ]


def test_data_of_a_department_whose_name_holds_he() -> None:
    assert quotes("文化和旅游部数据显示，2023年国内出游人次48.91亿。") == [
        ("indirect", "文化和旅游部", "2023年国内出游人次48.91亿。")
    ]


@pytest.mark.parametrize(
    "several", ["美国和日本政府表示，将加强合作。", "外交部和商务部表示，将加强合作。"]
)
def test_two_bodies_joined_stay_several(several: str) -> None:
    assert quotes(several) == []


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("商务部新闻发言人表示，中方坚决反对。", "商务部"),
        ("工业和信息化部新闻发言人表示，今年将加快5G建设。", "工业和信息化部"),
        ("商务部发言人表示，中方坚决反对。", "商务部"),
    ],
)
def test_a_ministrys_unnamed_press_spokesperson(sentence: str, body: str) -> None:
    assert [speaker for _, speaker, _ in quotes(sentence)] == [body]


def test_the_press_spokesperson_later() -> None:
    assert quotes(
        "国家统计局新闻发言人在发布会上表示，经济回升向好。该发言人还说，基础仍需巩固。"
    ) == [
        ("indirect", "国家统计局", "经济回升向好。"),
        ("indirect", "国家统计局", "基础仍需巩固。"),
    ]


def test_a_named_press_spokesperson_is_the_person() -> None:
    assert [speaker for _, speaker, _ in quotes("商务部新闻发言人高峰表示，中方坚决反对。")] == [
        "高峰"
    ]


def test_unnamed_press_spokesperson_alone_names_no_one() -> None:
    assert quotes("新闻发言人表示，中方坚决反对。") == []


@pytest.mark.parametrize(
    "stance",
    [
        "中方愿同欧方一道，落实好双方领导人达成的共识。",
        "双方应加强战略沟通。",
        "中方坚决反对任何形式的“脱钩断链”。",
        "中方始终支持多边主义。",
    ],
)
def test_an_officials_report_carried_on_by_his_sides_stance(stance: str) -> None:
    assert quotes(f"王毅指出，今年是中欧建交50周年。{stance}") == [
        ("indirect", "王毅", f"今年是中欧建交50周年。{stance}")
    ]


@pytest.mark.parametrize(
    "narration",
    [
        "双方还签署了多项合作文件。",
        "中方将于下月举办论坛。",
        "中方尚未对此作出回应。",
    ],
)
def test_the_reporters_narration_after_the_report(narration: str) -> None:
    assert quotes(f"王毅表示，中欧关系健康发展。{narration}") == [
        ("indirect", "王毅", "中欧关系健康发展。")
    ]


def test_a_stance_with_no_chinese_side_in_the_report() -> None:
    # (the report says nothing of China: `中方…` after it is the reporter's narration)
    assert quotes("布林肯表示，美国将继续支持盟友。中方反对美方的做法。") == [
        ("indirect", "布林肯", "美国将继续支持盟友。")
    ]
