"""`表示将…`: an intent the source states is its report (ANNOTATING.md, "Tenth census of Chinese
verbs", as decided again on the seventh session: both hand-made golds holding the shape mark it,
as English `said it would …` is one); the reporter's `，此举引发了…` ends it; and `这位官员`
after an official the article does not name is that official, no one named before."""

from __future__ import annotations

from .helpers import quotes


def test_said_and_will_is_a_report_of_what_the_source_will_do() -> None:
    assert quotes("国务卿马尔科·卢比奥表示将继续努力。") == [
        ("indirect", "马尔科·卢比奥", "将继续努力。")
    ]
    assert quotes("特朗普总统表示将访问中国。") == [("indirect", "特朗普", "将访问中国。")]
    # a country speaking as one, its 表示 taking the verb phrase (ANNOTATING.md, "Eighth folder")
    found = quotes("法院暂停了计划。美国表示将利用这座设施来隔离美国人，而不是将他们送回国。")
    assert found == [("indirect", "美国", "将利用这座设施来隔离美国人，而不是将他们送回国。")]


def test_an_intent_with_no_verb_after_it_or_a_stance_stays_none() -> None:
    for text in (
        "北京对此表示反对。",
        "美国总统唐纳德·特朗普表示乐观。",
        "谷歌表示了关切。",
        "特朗普总统表示，将军们的建议很重要。",  # (the comma's report, not `表示将`)
    ):
        assert all(not text_.startswith("将访问") for _, _, text_ in quotes(text)), text
    assert quotes("北京对此表示反对。") == []
    assert quotes("美国总统唐纳德·特朗普表示乐观。") == []


def test_what_the_move_set_off_is_the_reporters() -> None:
    found = quotes("美国表示将利用这座设施来隔离美国人，而不是将他们送回国，此举引发了抗议。")
    assert found == [("indirect", "美国", "将利用这座设施来隔离美国人，而不是将他们送回国")]
    found = quotes("美国表示将在当地部署部队，此举也已经引起了担忧。")
    assert found == [("indirect", "美国", "将在当地部署部队")]


def test_what_the_move_will_do_is_the_sources_claim() -> None:
    found = quotes("美国表示将在当地部署部队，此举将招致对方的反制。")
    assert found == [("indirect", "美国", "将在当地部署部队，此举将招致对方的反制。")]
    found = quotes("外交部发言人毛宁说，美方针对中国的做法，此举只会加剧紧张局势。")
    assert found[0][2].endswith("此举只会加剧紧张局势。")


def test_this_official_after_an_unnamed_one_is_no_one_named_before() -> None:
    text = (
        "美国表示将利用这座设施来隔离美国人。一位美国政府官员星期二说，美国方面已经知晓法院的裁决。"
        "这位官员指出，该设施将有美国医生为美国公民提供治疗。"
    )
    assert quotes(text) == [("indirect", "美国", "将利用这座设施来隔离美国人。")]
    text = (
        "特朗普总统星期四说，美国期待全面停火。一位美国官员向美国之音证实，双方同意达成新的停火协议。"
        "这名官员还说，谈判代表促成了新的停火协议。"
    )
    assert [speaker for _, speaker, _ in quotes(text)] == ["特朗普"]


def test_this_official_after_a_named_one_is_that_person() -> None:
    text = "美国国务院官员约翰·史密斯星期二说，美国已经知晓裁决。这位官员指出，该设施将提供治疗。"
    assert [speaker for _, speaker, _ in quotes(text)] == ["约翰·史密斯", "约翰·史密斯"]
