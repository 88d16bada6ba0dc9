"""Sentence ends: an abbreviation that opens a sentence after another sentence is read within
that sentence, not with the paragraph before it."""

from __future__ import annotations

import random

import pytest

from pressreader.importing.quotes import sentence_ends
from pressreader.importing.quotes.sentence_ends import sentences

from .helpers import near_linear


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


def _split_by_every_cut(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The bylines' cuts tried against every sentence: what the single walk must give."""
    cuts = [match.end() for match in sentence_ends._BYLINE.finditer(paragraph)]
    result: list[tuple[int, int]] = []
    for low, high in spans:
        for cut in cuts:
            if low < cut < high:
                result.append((low, cut))
                low = cut + 1 if paragraph[cut : cut + 1] == " " else cut
        result.append((low, high))
    return result


def test_bylines_cut_sentences_as_every_cut_tried_would(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(5)
    pieces = ["Head ", "[Ann Lee, 7/12/23]", " ", "It rose.", " Next", "x", ". ", "[B, 1/2/2023]"]
    paragraphs = [
        "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(400)
    ]
    cut = [sentences(paragraph) for paragraph in paragraphs]
    monkeypatch.setattr(sentence_ends, "_split_after_bylines", lambda paragraph, spans: spans)
    uncut = [sentences(paragraph) for paragraph in paragraphs]
    assert any(a != b for a, b in zip(cut, uncut, strict=True))  # (bylines did cut some)
    for paragraph, made, plain in zip(paragraphs, cut, uncut, strict=True):
        assert made == _split_by_every_cut(paragraph, plain), paragraph


def test_many_bylines_in_a_paragraph_stay_linear() -> None:
    text = "Headline [Ann Lee, 7/12/23] It rose. "
    small, large = near_linear(lambda n: sentences(text * n), 200)
    assert len(small) == 400 and len(large) == 1_600
