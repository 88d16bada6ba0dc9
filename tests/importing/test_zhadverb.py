"""A Chinese source with the means or the manner of its saying between its name and the verb
(`他透过翻译表示`, `陈朗升穿着…的黑色衣服在法院外说`, `她笑着说`, `王毅着重指出`): the source ends
where the means or the manner begins (docs/IMPORT-RULES.md, "What it finds"; ANNOTATING.md, the
Chinese speaker is the one named before the verb, without the words of time, place or manner), and
the near shapes that are no means of saying: what a body passed (`参议院通过的法案说`), the words
着手 and 着眼 (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes


def _found(text: str) -> list[tuple[str, str]]:
    return [(speaker, quoted) for _, speaker, quoted in quotes(text)]


def test_clothes_worn_then_a_place_is_no_part_of_the_source() -> None:
    text = "陈朗升穿着印有“新闻自由”的黑色衣服在法院外说，他做好了坐牢的心理准备。"
    assert _found(text) == [("陈朗升", "他做好了坐牢的心理准备。")]


def test_a_smile_is_no_part_of_the_source() -> None:
    text = "女演员张曼玉笑着说，这是她最快乐的一天。"
    assert _found(text) == [("张曼玉", "这是她最快乐的一天。")]


def test_an_interpreter_is_the_means_not_the_source() -> None:
    text = "新西兰议员米洛什·维斯特奇尔星期二发言。维斯特奇尔透过翻译表示，北京不喜欢这样。"
    assert _found(text) == [("米洛什·维斯特奇尔", "北京不喜欢这样。")]


def test_through_an_interpreter_in_simplified_words() -> None:
    text = "国务卿鲁比奥借助翻译表示，美国不会放弃盟友。"
    assert _found(text) == [("鲁比奥", "美国不会放弃盟友。")]


def test_a_video_link_is_the_means_not_the_source() -> None:
    text = "外交部长王毅通过视频表示，中方愿意同各方加强合作。"
    assert _found(text) == [("王毅", "中方愿意同各方加强合作。")]


def test_emphasis_is_no_part_of_the_source() -> None:
    text = "王毅着重指出，美方应停止干涉中国内政。"
    assert _found(text) == [("王毅", "美方应停止干涉中国内政。")]


def test_what_a_body_passed_is_not_its_means_of_saying() -> None:
    text = "参议院通过的法案说，美国将向台湾提供援助。"
    assert ("参议院", "美国将向台湾提供援助。") not in _found(text)


def test_setting_about_a_task_is_no_report() -> None:
    assert _found("他们随后着手调查。") == []


def test_a_body_passing_a_resolution_is_no_report() -> None:
    assert _found("国会通过决议，要求政府公布报告。") == []


def test_a_short_judgement_after_this_is_stays_in_the_report() -> None:
    text = "维斯特奇尔表示，北京是推动一个中国原则的国家，它不喜欢，这是很自然的。"
    assert [quoted for _, _, quoted in quotes(text)] == [
        "北京是推动一个中国原则的国家，它不喜欢，这是很自然的。"
    ]


def test_a_noun_after_this_is_ends_the_report() -> None:
    text = "鲁比奥说，伊朗将同意这些条件，这是上星期协议的一项关键条款。"
    found = [quoted for _, _, quoted in quotes(text)]
    assert len(found) == 1
    assert "关键条款" not in found[0]
