"""From the second census of Chinese spans (200 quotes of the unlabelled VOA texts,
docs/IMPORT-RULES.md, "Since a second census of Chinese spans"): a subject that opens with "there
are" and a count (`有百分之66的受访者认为`, `也有69%的人说`, `有多个报道说`), or a share as the
subject (`，百分之59认为…`), names no source; a name or a body that opens with 有 or a count
(`有田芳生`, `七国集团`) and a poll's issuer stay as they were; and the one before `在与` or a
setting (`特朗普在…峰会间隙与阿联酋总统谢赫·穆罕默德·本·扎耶德(…)举行双边会晤时说`) is the speaker,
not the dotted name inside the setting (the sentences here are written for the tests)."""

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


# --- the last part of a dotted name met before, then a setting holding another dotted name ----

_TRUMP = "唐纳德·特朗普(Donald Trump)总统星期二说，美国现在能够重新对俄罗斯实施一些石油制裁。"
_MEETING = (
    "特朗普在七国集团峰会间隙与阿联酋总统谢赫·穆罕默德·本·扎耶德(Sheikh Mohamed bin Zayed)"
    "举行双边会晤时说"
)


def test_the_one_meeting_another_named_in_full_is_the_speaker() -> None:
    found = quotes(_TRUMP, _MEETING + "，很快就能做到这一点。")
    assert found[-1:] == [("indirect", "唐纳德·特朗普", "很快就能做到这一点。")]


def test_the_one_meeting_another_is_the_speaker_of_a_quotation() -> None:
    found = quotes(_TRUMP, _MEETING + "，“很快我们就能做到这一点。”他说，“我们取消制裁。”")
    assert found[-2:] == [
        ("direct", "唐纳德·特朗普", "很快我们就能做到这一点。"),
        ("direct", "唐纳德·特朗普", "我们取消制裁。"),
    ]


def test_a_name_not_met_before_meeting_another_is_the_speaker() -> None:
    text = "威特科夫在与伊朗外长阿巴斯·阿拉格奇会谈后说，双方取得了进展。"
    assert quotes(_TRUMP, text)[-1:] == [("indirect", "威特科夫", "双方取得了进展。")]


def test_a_country_meeting_another_named_in_full_is_the_speaker() -> None:
    text = "美国在与伊朗外长阿巴斯·阿拉格奇会谈后说，双方取得了进展。"
    assert quotes(_TRUMP, text)[-1:] == [("indirect", "美国", "双方取得了进展。")]


def test_a_dotted_name_before_its_setting_stays_the_speaker() -> None:
    text = "美国特使史蒂夫·威特科夫星期二在多哈说，双方取得了进展。"
    assert quotes(_TRUMP, text)[-1:] == [("indirect", "史蒂夫·威特科夫", "双方取得了进展。")]
