"""Reports that run over several sentences (ANNOTATING.md, "Indirect quotes": "Sentences that
carry on the same report, with no new source and no return to the reporter's own narration,
belong to it"); docs/IMPORT-RULES.md "The twelfth round". Each rule with the look-alikes that must
not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import near_linear, quotes


def test_a_chinese_report_opening_its_paragraph_runs_on_over_the_source_account() -> None:
    assert quotes(
        "AIT的新闻稿说，这个活动是今年最大的庆祝活动。活动得到多个部门的支持，民众可以前往观赏。"
    ) == [
        (
            "indirect",
            "AIT",
            "这个活动是今年最大的庆祝活动。活动得到多个部门的支持，民众可以前往观赏。",
        )
    ]


def test_a_report_runs_on_past_an_agreement_named_in_it() -> None:
    found = quotes(
        "路透社(Reuters)5月的报道称，两国将在明年举行会谈。这是在上个会谈中确定的安排。"
        "根据协议，双方将各派十名代表参加。"
    )
    assert found == [
        (
            "indirect",
            "路透社",
            "两国将在明年举行会谈。这是在上个会谈中确定的安排。根据协议，双方将各派十名代表参加。",
        )
    ]


def test_a_chinese_report_stops_at_the_reporters_narration() -> None:
    # a pronoun, a time of the narration, another source, background after `，这是`
    for after in (
        "他星期三还会见了日本官员。",
        "会谈星期二在日内瓦举行。",
        "据路透社报道，会谈将推迟。",
        "日本外务省也表示欢迎。",
        "印太地区包括中国和东亚大部分地区，这是美国防务规划的核心。",
        "此外，两国还签署了贸易协议。",
        "“我们很高兴。”",
    ):
        found = quotes(f"路透社(Reuters)5月的报道称，两国将在明年举行会谈。{after}")
        assert ("indirect", "路透社", "两国将在明年举行会谈。") in found, after


def test_a_report_inside_its_paragraph_is_not_carried_on() -> None:
    # the attribution does not open the paragraph, or a person's words are carried on: the
    # sentences after them are the reporter's as often as not
    assert quotes(
        "两国关系近来紧张。路透社(Reuters)5月的报道称，两国将在明年举行会谈。双方的分歧依然很大。"
    ) == [("indirect", "路透社", "两国将在明年举行会谈。")]
    assert quotes("美国国务院发言人马克·李说，两国将在明年举行会谈。双方的分歧依然很大。") == [
        ("indirect", "马克·李", "两国将在明年举行会谈。")
    ]


def test_a_chinese_report_ends_at_a_new_attribution_with_its_time_and_place() -> None:
    assert quotes(
        "特朗普总统强调，美国没有提供资金，他在星期三在帖文中写道，“我们将把资金发放给农民。”"
    )[:1] == [("indirect", "特朗普", "美国没有提供资金")]


def test_a_pronoun_inside_the_report_with_no_attribution_does_not_end_it() -> None:
    # `他说` inside the clause with no comma after it, and a pronoun with another verb
    assert quotes("美国国务院发言人马克·李说，两国将举行会谈，他希望会谈取得成果。") == [
        ("indirect", "马克·李", "两国将举行会谈，他希望会谈取得成果。")
    ]


def test_a_body_that_spoke_carries_its_report_on_with_what_it_will_do() -> None:
    assert quotes(
        "In the talks, the United States reiterated that it will deepen its ties with the "
        "region. The United States will do so by keeping its commitments in the region."
    ) == [
        (
            "indirect",
            "United States",
            "it will deepen its ties with the region. The United States will do so by keeping "
            "its commitments in the region.",
        )
    ]


def test_a_body_whose_next_sentence_is_narration_is_not_carried_on() -> None:
    for after in (
        "The United States will host the next round in June.",
        "The United States has donated ten boats to the region.",
        "The United States will then travel to Fiji.",
    ):
        assert quotes(
            f"In the talks, the United States reiterated that it will deepen its ties. {after}"
        ) == [("indirect", "United States", "it will deepen its ties.")], after


def test_a_person_who_will_do_something_is_the_narration() -> None:
    assert quotes(
        "Secretary Jane Roe said that the talks went well. Jane Roe will work in Tokyo next."
    ) == [("indirect", "Jane Roe", "the talks went well.")]


def test_a_report_carried_on_over_many_sentences_stays_linear() -> None:
    small, large = near_linear(
        lambda n: quotes("路透社(Reuters)5月的报道称，两国将举行会谈。" + "双方将派代表参加。" * n),
        500,
    )
    assert small == [("indirect", "路透社", "两国将举行会谈。" + "双方将派代表参加。" * 500)]
    assert large == [("indirect", "路透社", "两国将举行会谈。" + "双方将派代表参加。" * 2000)]
    # a pronoun naming no one: no report, however many attributions follow
    assert near_linear(lambda n: quotes("他说，" + "，他在会上写道，我们" * n), 500) == ([], [])
