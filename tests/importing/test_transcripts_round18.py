"""Rules for the reports inside transcripts' turns (docs/IMPORT-RULES.md, "The eighteenth round"),
each with the look-alikes that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from pressreader.importing.annotate import annotate

from .helpers import near_linear, quotes


def _titled(title: str, *paragraphs: str) -> list[tuple[str, str, str]]:
    found = annotate([(None, list(paragraphs))], title=title)
    return [(quote.kind, quote.speaker, quote.text) for quote in found.quotes]


def test_a_question_reports_what_someone_just_said() -> None:
    # In a transcript, `X just said that …` is the news a question asks about: X's words.
    assert quotes(
        "MS. ROE: Go ahead.",
        "Q Karine, Vladimir Putin just said that he is willing to restart a dialogue.",
    ) == [("indirect", "Vladimir Putin", "he is willing to restart a dialogue.")]
    # Outside a transcript `just` stays a speech's news of the day, and the one asked's
    # `you just said` names no one when the answer's label names no one.
    assert quotes("Vladimir Putin just said that he is willing to restart a dialogue.") == []
    assert quotes("MS. ROE: Go ahead.", "Q Karine, you just said that the plan is dead.") == []


def test_said_that_before_a_place_or_time_of_saying_reports_nothing() -> None:
    # `He just said that on radio.`: `that` is what was said, no clause follows.
    assert quotes(
        "Q Mr. President, Senator John Roe said he is ready to debate you.",
        "Q He just said that on radio.",
        "He said that yesterday.",
    ) == [("indirect", "John Roe", "he is ready to debate you.")]
    # A clause that opens with a place or a time is still one.
    assert quotes("Senator John Roe said that in 2020 the economy grew.") == [
        ("indirect", "John Roe", "in 2020 the economy grew.")
    ]


def test_the_president_of_a_question_is_the_one_the_title_names() -> None:
    # `you said that …` put to `THE PRESIDENT:`, whom only the title names.
    turns = (
        "THE PRESIDENT: We discussed energy.",
        "Q On gas prices, you said that we will see relief soon.",
    )
    assert _titled("Remarks by President Jones on His Meetings in Jeddah", *turns) == [
        ("indirect", "Jones", "we will see relief soon.")
    ]
    # Two Presidents in the title, or a Vice President only: the label does not say who.
    assert _titled("Remarks by President Jones and President Smith", *turns) == []
    assert _titled("Remarks by Vice President Jones in Jeddah", *turns) == []


def test_a_turns_first_sentence_names_a_later_pronouns_person() -> None:
    # The label is blanked; the sentence after it still opens with its subject.
    assert quotes(
        "Q How was the meeting?",
        "MS. ROE: Senator John Roe is a good man. He said that the plan is dead.",
    ) == [("indirect", "John Roe", "the plan is dead.")]
    # The label itself is no one's name for the pronoun.
    assert (
        quotes(
            "Q How was the meeting?",
            "SENATOR JOHN ROE: It is a good plan. He said that the plan is dead.",
        )
        == []
    )


def test_a_turns_address_or_greeting_is_no_pronouns_person() -> None:
    # `Mr. President, you …` speaks to the one asked; `Merry Christmas Eve …` greets: neither
    # is the one a later pronoun or participle names.
    assert (
        quotes(
            "Former President John Roe spoke.",
            "THE PRESIDENT: Thank you.",
            "Q Mr. President, you started today by saying it was good news.",
        )
        == []
    )
    assert quotes(
        "Senator Jane Doe spoke on Monday.",
        "MS. ROE: Merry Christmas Eve eve for those who celebrate.",
        "As she said last night, we may not have to go to that.",
    ) == [("indirect", "Jane Doe", "we may not have to go to that.")]
    # A turn that opens with a subject before its participle still names it.
    assert quotes(
        "MS. ROE: Go ahead.",
        "Q Senator John Roe has responded, essentially saying that the plan should go.",
    ) == [("indirect", "John Roe", "the plan should go.")]


def test_what_someone_said_is_no_report() -> None:
    # `He did what he said he’d do.`: the thing said, not a clause reported.
    assert quotes("Senator John Roe spoke. He did what he said he’d do.") == []
    assert quotes("Senator John Roe spoke. He said he’d do it.") == [
        ("indirect", "John Roe", "he’d do it.")
    ]


def test_a_questions_opening_is_no_name() -> None:
    # `Is Egypt going to help?`: no person called `Is Egypt`; the pronoun keeps its person.
    assert quotes(
        "Senator John Roe spoke on Monday.",
        "MS. ROE: Go ahead.",
        "Q Is Egypt going to help?",
        "MS. ROE: He said that the plan is dead.",
    ) == [("indirect", "John Roe", "the plan is dead.")]


def test_long_hostile_turns_stay_linear() -> None:
    # The round's patterns on turns that repeat their shapes by the thousand: none reports.
    def turns(n: int) -> list[tuple[str, str, str]]:
        return quotes(
            "MS. ROE: Hello.",
            "Q " + "Mr. President, Jane Roe just said that on radio. " * n,
            "Q " + "Is Egypt, you just said that what he said he said " * n,
            "THE PRESIDENT: " + "Merry Christmas " * (2 * n) + "He just said that yesterday.",
            "Q " + " ".join(["Aaaa,"] * (8 * n)) + " you said that it is.",
        )

    assert near_linear(turns, 250) == ([], [])
