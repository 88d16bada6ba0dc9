"""Verbs of calling before words in marks whose subject the older pattern did not take, found on
the thirty-ninth development folder (docs/IMPORT-RULES.md, "The thirty-ninth development folder"): a
question's `you` (`You called it a “…”`, `You’ve been calling this the “…”`, a list of marked
phrases after one verb), a relative clause's `who called him a “…”` and a participle's `X calling
Y a “…”`. Each shape with the near ones that must be left alone (the sentences here are written
for the tests)."""

from __future__ import annotations

from .helpers import quotes

INTRO = "Press Secretary Jane Roe took questions."
ANSWER = "MS. ROE: We are working on it."


def test_a_questions_you_called_is_the_one_asked() -> None:
    assert quotes(
        INTRO, ANSWER, "Q All right. You called it a “deadline.” I was using your words."
    ) == [("direct", "Jane Roe", "deadline.")]
    assert quotes(
        INTRO, ANSWER, "Q You’ve been calling this the “crisis of the decade.” Is it?"
    ) == [("direct", "Jane Roe", "crisis of the decade.")]


def test_each_phrase_of_a_list_after_one_verb_of_calling() -> None:
    assert quotes(
        INTRO,
        ANSWER,
        "Q You called it “stupid,” “useless,” and a “medieval vanity project.” Is it?",
    ) == [
        ("direct", "Jane Roe", "stupid,"),
        ("direct", "Jane Roe", "useless,"),
        ("direct", "Jane Roe", "medieval vanity project."),
    ]
    assert quotes(
        INTRO, ANSWER, "Q For weeks, you have been calling him “unstable,” “unhinged.”"
    ) == [
        ("direct", "Jane Roe", "unstable,"),
        ("direct", "Jane Roe", "unhinged."),
    ]


def test_a_relative_or_a_participle_of_calling_is_the_one_named() -> None:
    assert quotes(
        INTRO, ANSWER, "Q You quoted General Mark Milley recently, who called him a “fascist.”"
    ) == [("direct", "Mark Milley", "fascist.")]
    assert quotes(
        INTRO,
        ANSWER,
        "Q You’ve quoted General Mark Milley calling the former President a “fascist.”",
    ) == [("direct", "Mark Milley", "fascist.")]


def test_near_shapes_left_alone() -> None:
    for question in (
        "Q Do you regret calling the plan a “failure”?",  # asked, not said
        # one of a group
        "Q And you have people like Lee Merritt calling it “terrorism.” What do you say?",
        "Q He’s been called the “most dangerous man on the face of the Earth.” Is he?",  # passive
        "Q You referred to it as “Burma” in your statement. Why?",  # (read as before)
    ):
        assert quotes(INTRO, ANSWER, question) == [], question
    # A `you` outside a question is no one asked; several sources together are no source.
    assert quotes("You called it a “deadline.”") == []
    assert (
        quotes("What everyone in the Journal and the Financial Times have been calling “plans.”")
        == []
    )
