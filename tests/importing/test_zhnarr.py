"""A 他 or 她 after a sentence of narration that opens with a dotted name not met before names
that person (ANNOTATING.md, "A pronoun after a sentence that is no attribution"), where the
name ends being read from the words after it (`迈克·福利特地带着…`: 迈克·福利); and a bare name
after a description and 的 that the text gives words to elsewhere is a source
(`同样来自马里兰州的西哈姆说，…` then `“…” 西哈姆说。`)."""

from __future__ import annotations

from .helpers import near_linear, quotes

_OFFICIAL = "美国植物园高级公关专员德文·多特森说：“这是一朵巨大的花。”"
_SAID = "他说：“今天我们听说尸花开了，于是我们就过来了。”"


def _speakers(*paragraphs: str) -> list[str]:
    return [speaker for _, speaker, _ in quotes(*paragraphs)]


def test_a_pronoun_after_narration_opening_with_a_new_dotted_name_is_that_person() -> None:
    narration = "迈克·福利特地带着家人从马里兰州开车赶来，就是为了看这次尸花盛开。"
    assert _speakers(_OFFICIAL, narration, _SAID) == ["德文·多特森", "迈克·福利"]
    # in the same paragraph, and with the Latin form after the name
    assert _speakers(_OFFICIAL, narration + _SAID) == ["德文·多特森", "迈克·福利"]
    glossed = "迈克·福利(Mike Foley)带着家人从马里兰州开车赶来。"
    assert _speakers(_OFFICIAL, glossed, _SAID) == ["德文·多特森", "迈克·福利"]
    # the name's end before a word of time or place (`在`, `星期六`)
    for narration in ("迈克·福利在星期六带着家人赶来。", "迈克·福利星期六带着家人赶来。"):
        assert _speakers(_OFFICIAL, narration, _SAID) == ["德文·多特森", "迈克·福利"]
    # after a title
    titled = "美国众议员迈克·福利特地从马里兰州赶来参观。"
    assert _speakers(_OFFICIAL, titled, _SAID)[1] == "迈克·福利"


def test_the_name_ends_where_the_text_writes_it_alone_elsewhere() -> None:
    narration = "迈克·福利开车赶来，就是为了看这次尸花盛开。"
    later = "“我本来就认为这会很酷，”福利说。"
    assert _speakers(_OFFICIAL, narration, _SAID, later) == [
        "德文·多特森",
        "迈克·福利",
        "迈克·福利",
    ]


def test_an_end_the_words_do_not_show_names_no_one_new() -> None:
    # (`福利开车赶来`: nothing says where the name ends, and the text writes it nowhere else)
    narration = "迈克·福利开车赶来，就是为了看这次尸花盛开。"
    assert _speakers(_OFFICIAL, narration, _SAID) == ["德文·多特森", "德文·多特森"]


def test_what_the_rule_does_not_take() -> None:
    # a narration opening with a body
    assert _speakers(_OFFICIAL, "美国植物园特地延长了开放时间。", _SAID) == [
        "德文·多特森",
        "德文·多特森",
    ]
    # a dotted name as an object, after 的
    narration = "游客们特地来看望植物园的迈克·福利。"
    assert _speakers(_OFFICIAL, narration, _SAID) == ["德文·多特森", "德文·多特森"]
    # a pronoun after an attribution names its source, not the name the sentence opens with
    reported = "迈克·福利特地带着家人赶来，多特森说，这让她很高兴。她说：“真的非常有意思。”"
    found = quotes(_OFFICIAL, reported)
    assert found[-1] == ("direct", "德文·多特森", "真的非常有意思。")
    # a dotted name met before, in narration again: as before (its short form named it)
    assert _speakers(_OFFICIAL, "德文·多特森特地带着家人赶来。", _SAID) == [
        "德文·多特森",
        "德文·多特森",
    ]


def test_a_bare_name_after_a_description_that_speaks_again_is_a_source() -> None:
    report = "同样来自马里兰州的西哈姆说，她在这种植物的生命周期里看到了诗意。"
    later = "“这朵花最让我喜欢的地方，是它结出的果实。” 西哈姆说。"
    assert quotes(_OFFICIAL, report, later)[1:] == [
        ("indirect", "西哈姆", "她在这种植物的生命周期里看到了诗意。"),
        ("direct", "西哈姆", "这朵花最让我喜欢的地方，是它结出的果实。"),
    ]


def test_a_description_whose_last_words_never_speak_again_stays_none() -> None:
    report = "同样来自马里兰州的西哈姆说，她在这种植物的生命周期里看到了诗意。"
    assert quotes(_OFFICIAL, report)[1:] == []
    # unnamed people after a description, however often they speak
    for text in (
        "研究欧中关系的学者表示，乌克兰战争一直是分歧。研究欧中关系的学者表示，分歧还在扩大。",
        "提出该项立法的国会议员表示，此举很重要。这些国会议员表示，此举很紧迫。",
    ):
        assert quotes(text) == [], text


def test_narration_inside_a_paragraph_about_others_names_no_one() -> None:
    # (the paragraph's later sentence, no 他, 她 nor quotation after it: the paragraph after may
    # go on about others, `…。她说：“…”` after a report of someone not yet resolved)
    paragraph = "植物园星期六延长了开放时间。迈克·福利特地带着家人从马里兰州开车赶来。"
    assert _speakers(_OFFICIAL, paragraph, _SAID) == ["德文·多特森", "德文·多特森"]
    # but followed by a pronoun in its paragraph
    assert _speakers(_OFFICIAL, paragraph + _SAID) == ["德文·多特森", "迈克·福利"]


def test_many_such_sentences_cost_linear_work() -> None:
    # (each name new and its end unsure, or each description's name counted: the text's names
    # are counted in its first paragraphs only)
    for paragraph in ("迈克·福利开车赶来。", "同样来自马里兰州的西哈姆说，她看到了诗意。"):
        near_linear(lambda n, paragraph=paragraph: quotes(*([paragraph] * n)), 200)
