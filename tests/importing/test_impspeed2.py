"""The impspeed2 round's cheap tests before patterns (docs/PERFORMANCE.md, "The import's cost back
under the session's start"): each pattern is tried only where a character or word every match of
it holds stands, so over every development text, the synthetic text of the import benchmark and
generated texts, every match is one its test lets through, and the annotations cannot change."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from pressreader.importing import figures, speakers
from pressreader.importing.quotes import chinese_sources, finder, reported, state

from .test_gated_patterns import _paragraphs


def _generated(pieces: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(count)]


def _tails(extra: list[str]) -> Iterator[str]:
    """Every line, and the words after each of its spaces (where a verb's words begin)."""
    for text in _paragraphs(extra):
        yield text
        for space in re.finditer(r"\s", text[:600]):
            yield text[space.start() : space.start() + 120]


def test_the_time_of_saying_is_sought_only_after_one_of_its_first_letters() -> None:
    pieces = [" ", "\u00a0", "late ", "on ", "Monday", "today", "in a statement ", "in the past"]
    pieces += ["time and again", "he ", "that ", "Jane ", "said ", "x", ",", "instead", "the "]
    found = 0
    for rest in _tails(_generated(pieces, 4000, 61)):
        if reported._WHEN_AFTER_VERB.match(rest) is not None:
            found += 1
            assert rest[1:2] in reported._WHEN_AFTER_VERB_LETTERS, rest
    assert found > 300
    assert " Biden said"[1:2] not in reported._WHEN_AFTER_VERB_LETTERS


def test_when_it_was_said_before_a_colon_is_sought_only_where_a_colon_stands() -> None:
    pieces = [" ", "before", "earlier today", " this morning", ":", " :", "x", "again", "A"]
    found = 0
    for rest in _tails(_generated(pieces, 4000, 62)):
        if reported._WHEN_BEFORE_COLON.match(rest) is not None:
            found += 1
            assert ":" in rest, rest
    assert found > 300


def test_an_opening_adverbial_is_sought_only_in_a_sentence_with_a_comma() -> None:
    pieces = ["On Tuesday", "In 1962", "Speaking at the summit", "Last night", "This week", " "]
    pieces += [",", ", ", "the President", "said", "x", "Building on that"]
    found = 0
    for sentence in _paragraphs(_generated(pieces, 4000, 63)):
        if state._OPENING_ADVERBIAL.match(sentence) is not None:
            found += 1
            assert "," in sentence, sentence
    assert found > 300
    assert state._OPENING_ADVERBIAL.match("On Tuesday the President spoke") is None


def test_two_and_names_listed_are_sought_only_where_their_words_stand() -> None:
    pieces = ["two", "Two", "Both", "both", " ", ",", ", ", "and ", "Jane Roe", "John Doe", "x"]
    pieces += [" are", " were", " all", "the", "twofold"]
    found_two = found_after = 0
    for text in _paragraphs(_generated(pieces, 4000, 64)):
        if state._TWO.search(text) is not None:
            found_two += 1
            assert "two" in text or "Both" in text, text
        for comma in range(min(len(text), 200) + 1):
            after = state._JOINED_AFTER.match(text, comma) or state._LISTED_AFTER.match(text, comma)
            if after is not None:
                found_after += 1
                assert text.startswith(",", comma), text
    assert found_two > 100
    assert found_after > 100


def test_a_threshold_before_a_number_is_sought_only_after_than() -> None:
    pieces = ["with ", "under ", "has ", "of less ", "more ", "less ", "fewer ", "than ", "x"]
    pieces += ["20", " ", "businesses ", "than"]
    found = 0
    for text in _paragraphs(_generated(pieces, 4000, 65)):
        for end in range(min(len(text), 300) + 1):
            start = max(0, end - 24)
            if (
                figures._THRESHOLD_BEFORE.search(text, start, end) is not None
                or figures._MORE_THAN_BEFORE.search(text, start, end) is not None
            ):
                found += 1
                assert text.endswith("than ", 0, end), text
    assert found > 300


def test_the_number_before_times_is_sought_only_after_a_digit_or_a_numbers_word() -> None:
    pieces = ["two", "twenty", "1", "2.5", "٣", " to ", " or ", "dozen", "x", " ", "-", "often"]
    found = 0
    for text in _paragraphs(_generated(pieces, 4000, 66)):
        lowered = text.lower()
        for end in range(min(len(lowered), 300) + 1):
            hit = figures._TIMES_NUMBER_BEFORE.search(lowered, max(0, end - 24), end)
            if hit is not None:
                found += 1
                assert lowered[end - 1 : end].isdecimal() or lowered.endswith(
                    figures._NUMBER_WORD_ENDS, 0, end
                ), lowered[:end]
    assert found > 300


def test_counted_chinese_subjects_and_attributed_reports_are_sought_after_their_first_mark() -> (
    None
):
    pieces = [
        "也",
        "有",
        "百分之",
        "66",
        "６",
        "%",
        "％",
        "的",
        "受访者",
        "认为",
        "他",
        "x",
        "不少",
    ]
    found_counted = 0
    for text in _paragraphs(_generated(pieces, 4000, 67)):
        for start in range(min(len(text), 60)):
            clause = text[start:]
            if chinese_sources._ZH_COUNTED_SUBJECT.match(clause) is not None:
                found_counted += 1
                assert clause[:1] in chinese_sources._ZH_COUNTED_FIRST, clause
    assert found_counted > 300
    pieces = [",", ", ", " ", "Jane Roe", "said", "he ", "that ", "x", "added", "“"]
    found_attributed = 0
    for text in _paragraphs(_generated(pieces, 4000, 68)):
        for start in range(min(len(text), 60)):
            after = text[start:]
            if finder._REPORT_ATTRIBUTED.match(after) is not None:
                found_attributed += 1
                assert "," in after, after
    assert found_attributed > 200


def test_an_unnamed_person_is_sought_only_in_a_phrase_of_several_words() -> None:
    pieces = ["A", "a", "An", "One", "another", " ", "\u00a0", "local ", "resident", "woman", "x"]
    made = [  # (the shapes themselves: few drawn texts are one whole phrase)
        f"{article}{space}{words}{noun}{after}"
        for article in ("A", "a", "An", "One", "another", "Abroad")
        for space in (" ", "\u00a0", "\t", "")
        for words in ("", "local ", "longtime local ")
        for noun in ("resident", "woman", "voter", "x")
        for after in ("", " of Portland", ",")
    ]
    found = 0
    for phrase in _paragraphs([*_generated(pieces, 6000, 69), *made]):
        if speakers._UNNAMED_PERSON.fullmatch(phrase) is not None:
            found += 1
            assert not phrase.isalpha(), phrase
    assert found > 200
