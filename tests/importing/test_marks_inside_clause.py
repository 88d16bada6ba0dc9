"""A clause reported without `that` may hold the source's own words in marks from its verb on
(`declared Democrats “are in an era …” against Republicans`): the opening mark does not hide the
clause's verb, and the report is one indirect quote with the marks inside (docs/ANNOTATING.md,
"Forty-second folder"; the sentences are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_MET = "Senator Jane Roe spoke on Monday."


def test_a_clause_whose_verb_opens_the_marks() -> None:
    assert quotes(_MET, "Roe declared Democrats “are at war, everywhere” against the bill.") == [
        ("indirect", "Jane Roe", "Democrats “are at war, everywhere” against the bill.")
    ]


def test_a_clause_whose_subject_and_verb_are_in_marks_after_its_start() -> None:
    assert quotes(_MET, "Roe alleged the agency and the Council “did not plan” for a closure.") == [
        ("indirect", "Jane Roe", "the agency and the Council “did not plan” for a closure.")
    ]


def test_the_same_clause_without_marks_is_found_alike() -> None:
    assert quotes(_MET, "Roe declared Democrats are at war against the bill.") == [
        ("indirect", "Jane Roe", "Democrats are at war against the bill.")
    ]


def test_a_noun_phrase_with_a_word_in_marks_is_no_clause() -> None:
    assert quotes(_MET, "Roe declared the “war on coal” over after the vote.") == []
