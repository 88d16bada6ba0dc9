"""Sentence ends: an abbreviation that opens a sentence after another sentence is read within
that sentence, not with the paragraph before it."""

from __future__ import annotations

from pressreader.importing.quotes.sentence_ends import sentences


def _split(paragraph: str) -> list[str]:
    return [paragraph[start:end].strip() for start, end in sentences(paragraph)]


def test_a_title_opening_a_later_sentence_ends_no_sentence() -> None:
    paragraph = "He spoke first. Mr. Smith said hello. Dr. Roe agreed. Sen. Poe left."
    assert _split(paragraph) == [
        "He spoke first.",
        "Mr. Smith said hello.",
        "Dr. Roe agreed.",
        "Sen. Poe left.",
    ]


def test_a_word_opening_a_later_sentence_still_ends_it_when_it_is_no_abbreviation() -> None:
    # Near shape: a short word of its own before a capital is a sentence's end, as at the
    # paragraph's start.
    assert _split("It rained. Then. Later it cleared.") == [
        "It rained.",
        "Then.",
        "Later it cleared.",
    ]
    assert _split("Go. Now we wait.") == ["Go.", "Now we wait."]


def test_a_reported_speaker_after_a_sentence_keeps_the_title() -> None:
    from tests.importing.helpers import quotes

    found = quotes("The briefing began late. Dr. Ann Roe said that the tests were ready.")
    assert found == [("indirect", "Ann Roe", "the tests were ready.")]
