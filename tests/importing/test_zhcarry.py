"""A Chinese report carried over several sentences by the source's own continuation
(docs/IMPORT-RULES.md, "What it finds"; ANNOTATING.md, "It runs to the end of the report in that
paragraph" and the thirty-sixth folder's `他说，A。但不是以“…”。美国的重点在于“…”。`): the
source's contrast with `但` and no subject of its own, a sentence whose words in marks hold the
source's first person, the people the report counted spoken of as `他们` with what will be done,
and a subject the source's reports named saying what it will do after a second report of the
sentence inside its paragraph; and the near shapes that stay the reporter's (the sentences here
are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_EARLIER = "美国战争部长皮特·海格塞斯说，任何国家都不能强加霸权。"
_HE_SAID = "他说，美国战争部正全力以赴防止此类局面的发生。"
_SENTENCED = (
    "美国司法部联邦检察官办公室星期四宣布，六名涉贩运毒品罪行的中国公民在认罪之后被判处监禁。"
)
_STRATEGY = (
    "这番讲话与五角大楼发布的《国家防务战略》相一致。"
    "《国防战略》说，美国不会与中国对立，但同时表示，不能让中国主导印太。"
)


def _texts(*paragraphs: str) -> list[str]:
    return [text for _, _, text in quotes(*paragraphs)]


# --- `但` with no subject of its own: the source's contrast ---------------------------------------


def test_but_with_no_subject_carries_the_speech_on() -> None:
    found = quotes(
        _EARLIER, _HE_SAID + "但不是以“不必要的对抗来应对这一挑战，而是采取审慎的姿态”。"
    )
    assert found[-1] == (
        "indirect",
        "皮特·海格塞斯",
        "美国战争部正全力以赴防止此类局面的发生。但不是以“不必要的对抗来应对这一挑战，而是采取审慎的姿态”。",
    )


def test_but_with_a_modal_carries_the_speech_on() -> None:
    assert _texts(_EARLIER, _HE_SAID + "但也不会放弃与北京的沟通。")[-1] == (
        "美国战争部正全力以赴防止此类局面的发生。但也不会放弃与北京的沟通。"
    )


def test_but_with_a_subject_of_its_own_is_the_reporters() -> None:
    assert _texts(_EARLIER, _HE_SAID + "但美国政府已经削减了部分防务预算。")[-1] == (
        "美国战争部正全力以赴防止此类局面的发生。"
    )


def test_but_before_a_noun_that_opens_like_a_modal_is_the_reporters() -> None:
    assert _texts(_EARLIER, _HE_SAID + "但会议将于下个月在东京举行。")[-1] == (
        "美国战争部正全力以赴防止此类局面的发生。"
    )
    assert _texts(_EARLIER, _HE_SAID + "但不少国家仍然持怀疑态度。")[-1] == (
        "美国战争部正全力以赴防止此类局面的发生。"
    )


def test_but_with_a_verb_of_saying_is_a_report_of_its_own() -> None:
    found = _texts(_EARLIER, _HE_SAID + "但也有分析人士认为，这一目标难以实现。")
    assert "美国战争部正全力以赴防止此类局面的发生。" in found
    assert not any(text.startswith("美国战争部正全力以赴防止此类局面的发生。但") for text in found)


# --- words in marks that hold the source's first person -----------------------------------------


def test_words_in_marks_in_the_first_person_carry_the_speech_on() -> None:
    found = _texts(_EARLIER, _HE_SAID + "美国的重点在于“清晰地阐明我们的意图和优先事项。”")
    assert found[-1] == (
        "美国战争部正全力以赴防止此类局面的发生。美国的重点在于“清晰地阐明我们的意图和优先事项。”"
    )


def test_the_whole_chain_of_a_speech_is_one_report() -> None:
    found = _texts(
        _EARLIER,
        _HE_SAID
        + "但不是以“不必要的对抗”。"
        + "美国的重点在于“坚定、沉稳和清晰”“清晰地阐明我们的意图。”",
    )
    assert found[-1] == (
        "美国战争部正全力以赴防止此类局面的发生。但不是以“不必要的对抗”。"
        "美国的重点在于“坚定、沉稳和清晰”“清晰地阐明我们的意图。”"
    )


def test_words_in_marks_with_no_first_person_are_not_the_speech() -> None:
    found = _texts(_EARLIER, _HE_SAID + "美国的重点在于“坚定、沉稳和清晰地阐明意图和优先事项”。")
    assert "美国战争部正全力以赴防止此类局面的发生。" in found


def test_a_sentence_wholly_in_marks_is_not_carried_into_the_report() -> None:
    found = _texts(_EARLIER, _HE_SAID + "“我们始终致力于维护台湾海峡的和平与稳定。”")
    assert "美国战争部正全力以赴防止此类局面的发生。" in found


def test_first_person_marks_after_a_subject_the_report_did_not_name_are_the_reporters() -> None:
    found = _texts(_EARLIER, _HE_SAID + "北约的秘书长则回应“我们会认真考虑这个要求。”")
    assert "美国战争部正全力以赴防止此类局面的发生。" in found


# --- `他们` for the people the report counted, with what will be done --------------------------


def test_they_for_the_people_counted_with_will_carries_the_report_on() -> None:
    assert _texts(_SENTENCED + "他们在服刑期满后将被驱逐出境。") == [
        "六名涉贩运毒品罪行的中国公民在认罪之后被判处监禁。他们在服刑期满后将被驱逐出境。"
    ]


def test_they_with_no_will_is_the_reporters() -> None:
    assert _texts(_SENTENCED + "他们援引了内战后通过的一项法律。") == [
        "六名涉贩运毒品罪行的中国公民在认罪之后被判处监禁。"
    ]


def test_they_with_will_when_the_report_counted_no_one_is_the_reporters() -> None:
    assert _texts(
        "美国司法部星期四宣布，涉案的中国公民在认罪之后被判处监禁。他们在服刑期满后将被驱逐出境。"
    ) == ["涉案的中国公民在认罪之后被判处监禁。"]


def test_he_with_will_is_the_reporters() -> None:
    assert _texts(_SENTENCED + "他将在下个月前往华盛顿。") == [
        "六名涉贩运毒品罪行的中国公民在认罪之后被判处监禁。"
    ]


# --- a second report of the sentence inside its paragraph, then a subject it named with `将` -----


def test_a_subject_the_reports_named_saying_what_it_will_do_carries_the_second_report_on() -> None:
    found = _texts(_STRATEGY + "美国将通过实力而非对抗，威慑中国在印太地区的行动。")
    assert found == [
        "美国不会与中国对立",
        "不能让中国主导印太。美国将通过实力而非对抗，威慑中国在印太地区的行动。",
    ]


def test_a_subject_the_reports_did_not_name_with_will_is_the_reporters() -> None:
    found = _texts(_STRATEGY + "日本将在下个月公布新的防务预算。")
    assert found == ["美国不会与中国对立", "不能让中国主导印太。"]


def test_a_subject_the_reports_named_with_no_will_is_the_reporters() -> None:
    found = _texts(_STRATEGY + "美国已经在该地区部署了更多的舰艇。")
    assert found == ["美国不会与中国对立", "不能让中国主导印太。"]


def test_will_of_a_time_is_not_a_plan() -> None:
    found = _texts(_STRATEGY + "美国将于下个月举行大选。")
    assert found == ["美国不会与中国对立", "不能让中国主导印太。"]
