"""A Chinese report carried on by a sentence that opens by pointing back at the year or the place
the report named (`…2024年申请量超过180万件。同年，…`, `…遭到无人机袭击。该处地点发生火灾，…`),
inside its paragraph as at its start (docs/IMPORT-RULES.md, "What it finds"; ANNOTATING.md, "It runs
to the end of the report in that paragraph" and the eighth folder's sentence that points back at a
report), and the near shapes that stay the reporter's: the same day (`同日，`), a pronoun after
`同年，`, the region (`该地区`), a source of its own after `该处`, and a sentence with no word
pointing back inside a paragraph (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_DATA = "国际能源署的数据显示，2023年全球电动车销量超过1400万辆。"
_BEFORE = "乌克兰空军说，敌方发动了新一轮袭击。"
_STRIKE = "此外，扎波罗热州军事管理局说，一座仓库星期三夜间遭到无人机袭击。"


def _texts(text: str) -> list[str]:
    return [quoted for _, _, quoted in quotes(text)]


# --- the year the report named ------------------------------------------------------------------


def test_the_same_year_carries_a_reports_figures_on_inside_a_paragraph() -> None:
    found = quotes("这项法案的背景是各方的关切。" + _DATA + "同年，中国的销量约占全球总量的60%。")
    assert found == [
        (
            "indirect",
            "国际能源署",
            "2023年全球电动车销量超过1400万辆。同年，中国的销量约占全球总量的60%。",
        )
    ]


def test_the_same_year_carries_a_report_that_opens_its_paragraph_on() -> None:
    assert _texts(_DATA + "同年，中国的销量约占全球总量的60%。") == [
        "2023年全球电动车销量超过1400万辆。同年，中国的销量约占全球总量的60%。"
    ]


def test_a_pronoun_after_the_same_year_is_the_reporters_narration() -> None:
    assert _texts(_DATA + "同年，他加入了该机构。") == ["2023年全球电动车销量超过1400万辆。"]


def test_the_same_day_is_the_reporters_narration() -> None:
    assert _texts(_DATA + "同日，中国公布了自己的数字。") == ["2023年全球电动车销量超过1400万辆。"]


# --- the place the report named -----------------------------------------------------------------


def test_the_place_carries_a_report_inside_a_paragraph_on() -> None:
    found = quotes(_BEFORE + _STRIKE + "该处发生火灾，建筑物受损，但没有人员伤亡报告。")
    assert found[-1] == (
        "indirect",
        "扎波罗热州军事管理局",
        "一座仓库星期三夜间遭到无人机袭击。该处发生火灾，建筑物受损，但没有人员伤亡报告。",
    )


def test_the_region_is_the_reporters_narration() -> None:
    found = _texts(_BEFORE + _STRIKE + "该地区的电力供应随后中断。")
    assert found[-1] == "一座仓库星期三夜间遭到无人机袭击。"


def test_a_source_of_its_own_after_the_place_ends_the_report() -> None:
    found = _texts(_BEFORE + _STRIKE + "该处发生火灾，消防部门说火势已得到控制。")
    assert found[-1] == "一座仓库星期三夜间遭到无人机袭击。"


def test_nothing_reported_with_no_word_pointing_back_ends_a_report_inside_a_paragraph() -> None:
    found = _texts(_BEFORE + _STRIKE + "建筑物受损，但没有人员伤亡报告。")
    assert found[-1] == "一座仓库星期三夜间遭到无人机袭击。"
