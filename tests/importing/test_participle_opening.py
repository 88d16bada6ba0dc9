"""A participle's phrase that opens a sentence (`Going all the way back to the campaign,
President Roe talked …`, `Speaking at the summit, …`) comes before the sentence's subject, who is
the one a later `he` or `she` names; a topic named that way (`Speaking of Secretary Roe, he was
…`) leaves the pronoun the topic's (docs/ANNOTATING.md, "Forty-fourth folder"; the sentences are
written for the tests)."""

from __future__ import annotations

from .helpers import quotes


def test_the_subject_after_a_participle_opening_is_the_pronouns() -> None:
    assert quotes(
        "Senator John Doe spoke first.",
        "Going all the way back to the campaign, President Jane Roe talked about the courts.",
        "She has made clear that the courts must decide on their own.",
    ) == [("indirect", "Jane Roe", "the courts must decide on their own.")]


def test_speaking_at_opens_a_sentence_too() -> None:
    assert quotes(
        "Senator John Doe spoke first.",
        "Speaking at the summit, President Jane Roe praised the hosts. She said that the talks "
        "went well.",
    ) == [("indirect", "Jane Roe", "the talks went well.")]


def test_speaking_of_names_the_topic_the_pronoun_names() -> None:
    found = quotes(
        "Secretary Jane Roe and Senator John Doe met.",
        "Q Speaking of Secretary Roe, she was at an event today and said she was cutting her trip "
        "short.",
        "MS. LEE: Yes.",
    )
    assert [speaker for _, speaker, _ in found] == ["Jane Roe"]
