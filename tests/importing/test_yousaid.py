"""A pronoun's verb of telling before a spoken `quote`, and a question broken off and begun
again as a report (docs/IMPORT-RULES.md, "What it finds", the yousaid round), with the near shapes
that must stay refused (the sentences here are written for the tests)."""

from __future__ import annotations

from pressreader.importing.annotate import annotate

from .helpers import quotes

_BRIEFING = "Press Briefing by Press Secretary Jane Roe"
_CONFERENCE = "Remarks by President Joe Roe in Press Conference"


def _titled(title: str, *paragraphs: str) -> list[tuple[str, str, str]]:
    found = annotate([(None, list(paragraphs))], title=title)
    return [(quote.kind, quote.speaker, quote.text) for quote in found.quotes]


def test_a_pronoun_told_someone_then_a_spoken_quote() -> None:
    # The one told, then `, quote,`: the words in marks are the pronoun's person's.
    assert quotes(
        "Senator John Doe has said terrible things. And then, on Sunday, he told CNN, quote, "
        "“At the end of the day, my biggest concern is the money.”"
    ) == [("direct", "John Doe", "At the end of the day, my biggest concern is the money.")]
    # An auxiliary and an adverb before the verb, `, and I quote,` after the one told.
    assert quotes(
        "Senator John Doe said terrible things. He has already told Putin, and I quote, "
        "“do whatever the hell you want.”"
    ) == [("direct", "John Doe", "do whatever the hell you want.")]
    # `she`, the one told and the time.
    assert quotes(
        "Governor Jane Poe spoke on Monday. She told reporters yesterday, quote, “We will "
        "not back down.”"
    ) == [("direct", "Jane Poe", "We will not back down.")]


def test_a_pronoun_before_a_spoken_quote_in_a_turn() -> None:
    # In a briefing's turn, the pronoun names the one the turn's sentence before names.
    assert _titled(
        _BRIEFING,
        "Q Thanks, Jane.",
        "MS. ROE: Senator John Doe has said terrible things. He told Fox News, quote, “The "
        "plan is dead.”",
    ) == [("direct", "John Doe", "The plan is dead.")]


def test_near_shapes_of_the_spoken_quote_are_left_alone() -> None:
    # Without the spoken `quote` a pronoun before `told X, “…”` stays refused.
    assert (
        quotes("Senator John Doe said terrible things. He told CNN, “I had seen no evidence.”")
        == []
    )
    # The spoken `quote` breaking into a clause after a dash: no direct quote of its own.
    assert not any(
        kind == "direct"
        for kind, _, _ in quotes(
            "Senator John Doe spoke. He said last year — and this is a direct quote — it, "
            "quote, “didn’t amount to a hill of beans.”"
        )
    )
    # A pronoun that names no one in the text: no speaker, no quote.
    assert quotes("He told me, and I quote, “Our survey data says there is less concern.”") == []
    # `they` (several people) is not read so.
    assert (
        quotes("Senators John Doe and Jane Poe spoke. They told CNN, quote, “The plan is dead.”")
        == []
    )


def test_a_question_broken_off_and_begun_again_reports() -> None:
    # `Did you — you say that A`: the asking `Did you` broken off, the report of the one asked.
    assert _titled(
        _CONFERENCE,
        "THE PRESIDENT: Thank you all.",
        "Q Thanks so much. Did you — you say that you didn’t issue any threats. Were there "
        "any ultimatums?",
        "THE PRESIDENT: No.",
    ) == [("indirect", "Joe Roe", "you didn’t issue any threats.")]


def test_questions_that_ask_stay_no_report() -> None:
    for question in (
        "Q Thanks so much. Did you say that you didn’t issue any threats?",
        "Q Thanks so much. Did you — did you say that you didn’t issue any threats?",
        "Q Thanks so much. Did you, you know, say that you didn’t issue any threats?",
    ):
        assert (
            _titled(
                _CONFERENCE,
                "THE PRESIDENT: Thank you all.",
                question,
                "THE PRESIDENT: No.",
            )
            == []
        ), question
