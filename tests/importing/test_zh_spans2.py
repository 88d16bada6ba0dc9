"""From the second census of Chinese spans (200 quotes of the unlabelled VOA texts,
docs/IMPORT.md, "Since a second census of Chinese spans"): a subject that opens with "there
are" and a count (`有百分之66的受访者认为`, `也有69%的人说`, `有多个报道说`), or a share as the
subject (`，百分之59认为…`), names no source; a name or a body that opens with 有 or a count
(`有田芳生`, `七国集团`) and a poll's issuer stay as they were (the sentences here are written
for the tests)."""

from __future__ import annotations

from .helpers import quotes

# --- "there are" so many people or reports: no source ----------------------------------------


def test_a_share_of_those_surveyed_is_no_source() -> None:
    text = "根据这个调查，有百分之66的受访者认为台湾的安全对美国安全与繁荣至关重要。"
    assert quotes(text) == []


def test_a_percentage_of_people_who_say_is_no_source() -> None:
    assert quotes("也有69%的人说，俄罗斯与乌克兰战争对美国安全繁荣极为重要。") == []


def test_several_reports_are_no_source() -> None:
    assert quotes("此前，有多个报道说，中国船只涉嫌破坏台湾周边海域的海底电缆。") == []


def test_a_share_of_them_after_a_comma_is_no_source() -> None:
    text = "调查显示，美国人重视盟友，百分之59认为美国应该公开施压中国释放所有政治犯。"
    assert quotes(text) == []


def test_a_percentage_as_the_subject_is_no_source() -> None:
    assert quotes("调查还发现，58%认为美国应该继续向乌克兰提供武器。") == []


def test_a_number_of_lawmakers_is_no_source() -> None:
    assert quotes("还有30多名议员表示，这项法案应该尽快通过。") == []


# --- near shapes: a name, a body or a source named after the count ---------------------------


def test_a_name_that_opens_with_you_is_its_speaker() -> None:
    found = quotes("日本立宪民主党参议员有田芳生说，政府应该公开相关文件。")
    assert found == [("indirect", "有田芳生", "政府应该公开相关文件。")]


def test_a_bare_name_that_opens_with_you_is_its_speaker() -> None:
    found = quotes("有田芳生星期二说，这项调查还没有结束。")
    assert found == [("indirect", "有田芳生", "这项调查还没有结束。")]


def test_a_body_whose_name_opens_with_a_count_is_its_speaker() -> None:
    found = quotes("七国集团星期三表示，霍尔木兹海峡必须保持开放。")
    assert found == [("indirect", "七国集团", "霍尔木兹海峡必须保持开放。")]


def test_a_survey_named_as_its_issuer_still_speaks() -> None:
    text = "皮尤研究中心(Pew Research Center)星期二说，有百分之66的受访者支持这项政策。"
    found = quotes(text)
    assert found == [("indirect", "皮尤研究中心", "有百分之66的受访者支持这项政策。")]
