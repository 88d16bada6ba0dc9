"""People in wire stories, found testing them by hand (docs/IMPORT-RULES.md, "What it finds"): an
age after a name, between commas, is no title and no end of the apposition (`Maria Gonzalez, 67, a
retired nurse, said …` gave no quote, `said Maria Gonzalez, 67.` the role `67`), nor is the place
the person lives after it (`Jane Roe, 54, of Miami`); and a report whose verb is a plain past
followed by an adverb (`said the water rose fast`, `said prices fell sharply`) is a clause like
`said the verdict sent a message`. The sentences are written for the tests."""

from __future__ import annotations

import pytest

from .helpers import found, quotes


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "Maria Gonzalez, 67, a retired nurse, said the city would rebuild.",
            "the city would rebuild.",
        ),
        ("Maria Gonzalez, 67, said the city would rebuild.", "the city would rebuild."),
        ("Jane Roe, 54, of Miami, said the city would rebuild.", "the city would rebuild."),
        ("“It came in like a river,” said Maria Gonzalez, 67.", "It came in like a river,"),
        ("“It came in like a river,” said Jane Roe, 54, of Miami.", "It came in like a river,"),
    ],
)
def test_an_age_after_a_name_is_no_title(sentence: str, text: str) -> None:
    annotations = found(sentence)
    assert [(quote.speaker, quote.text) for quote in annotations.quotes] == [
        (annotations.speakers[0][0], text)
    ]
    name, role, _ = annotations.speakers[0]
    assert name in ("Maria Gonzalez", "Jane Roe")
    assert role is None or not any(char.isdigit() for char in role)
    assert role is None or not role.startswith("of ")


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Tom Lee said the water rose fast.", "the water rose fast."),
        ("Tom Lee said prices fell sharply in May.", "prices fell sharply in May."),
        ("Tom Lee said the team played well.", "the team played well."),
        ("Tom Lee said the storm weakened overnight.", "the storm weakened overnight."),
        # (already read: unchanged)
        ("Tom Lee said the plan worked.", "the plan worked."),
        ("Tom Lee said the verdict sent a message.", "the verdict sent a message."),
    ],
)
def test_a_plain_past_and_an_adverb_is_a_reported_clause(sentence: str, text: str) -> None:
    assert quotes(sentence) == [("indirect", "Tom Lee", text)]


@pytest.mark.parametrize(
    "sentence",
    [
        # the things said, or the manner of saying: no clause
        "Tom Lee said the word loudly.",
        "Tom Lee said it loudly.",
        "Tom Lee said a prayer quietly.",
        # a date, numbers, places: not an age
        "On May 5, 12 people said they were hurt.",
    ],
)
def test_the_things_said_and_numbers_that_are_no_age_are_not_taken(sentence: str) -> None:
    for _, speaker, _ in quotes(sentence):
        assert not any(char.isdigit() for char in speaker)
    if "Tom Lee" in sentence:
        assert quotes(sentence) == []
