"""A clause of time, reason or concession that opens a sentence and names one person as its subject,
then a pronoun as the subject of the main clause's verb of saying (`When Thomas Edison opened the
station in 1882, he predicted that A`): the pronoun names that person, even one the text has not
met (docs/IMPORT-RULES.md, "What it finds", the subclause round; ANNOTATING.md, a pronoun whose
sentence opens with a person doing something else names that person). The clause's opening word is
no part of a speaker's name (`Although Tom Lee said …`). Near shapes that stay as they were: a name
after another word of the clause, two people, a possessive, a place, the pronoun's person as the
clause's object, a title that says otherwise. The sentences here are written for the tests."""

from __future__ import annotations

import pytest

from pressreader.importing.speakers import parse_phrase

from .helpers import quotes

_BEFORE = "Tom Lee spoke to reporters on Monday."


def _speakers(*paragraphs: str) -> list[str]:
    return [speaker for _, speaker, _ in quotes(*paragraphs)]


# --- the clause's subject names the pronoun -------------------------------------------------------


def test_a_clause_of_time_names_a_person_the_text_has_not_met() -> None:
    assert quotes(
        "When Thomas Edison opened the Pearl Street Station in 1882, he predicted that "
        "electricity would one day be cheap."
    ) == [("indirect", "Thomas Edison", "electricity would one day be cheap.")]


def test_the_clause_names_the_pronoun_rather_than_the_byline_author() -> None:
    found = quotes(
        "By Anna Berg",
        "Anna Berg is a professor of engineering.",
        "When Thomas Edison opened the Pearl Street Station in 1882, he predicted that "
        "electricity would one day be cheap.",
    )
    assert [(speaker, text) for _, speaker, text in found] == [
        ("Thomas Edison", "electricity would one day be cheap.")
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "After Mark Stone took over the company in 2019, he said that costs would fall.",
            "Mark Stone",
        ),
        ("While Maria Lopez was mayor, she argued that the city needed more buses.", "Maria Lopez"),
        (
            "Since Senator Jane Roe joined the committee, she has said repeatedly that the rules "
            "must change.",
            "Jane Roe",
        ),
        ("Before Governor Jane Roe left office, she said the state was in good shape.", "Jane Roe"),
        (
            "As Prime Minister Rishi Sunak left Downing Street, he said the country was in better "
            "shape.",
            "Rishi Sunak",
        ),
        (
            "When former President Barack Obama spoke in Berlin in 2008, he said that walls must "
            "come down.",
            "Barack Obama",
        ),
        (
            "After Elena Petrova was released from prison, she told reporters that she had been "
            "tortured.",
            "Elena Petrova",
        ),
    ],
)
def test_any_clause_of_time_names_its_subject(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [speaker]


def test_the_clauses_subject_is_the_one_a_later_pronoun_names() -> None:
    assert quotes(
        "The company struggled for years.",
        "When Mark Stone took over in 2019, he said that costs would fall. He also said that the "
        "board would shrink.",
    ) == [
        ("indirect", "Mark Stone", "costs would fall."),
        ("indirect", "Mark Stone", "the board would shrink."),
    ]


def test_the_clauses_subject_over_one_met_before() -> None:
    assert _speakers(
        "Jane Roe and Tom Lee met on Monday.",
        "After Tom Lee left the room, he said that no deal was near.",
    ) == ["Tom Lee"]


# --- the opening word is no part of the name -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Although Tom Lee lost the vote, he insisted that the fight would go on.", "Tom Lee"),
        ("Though Jane Roe lost the primary, she said she would run again.", "Jane Roe"),
        (
            "Because Ahmed Khan had seen the report, he warned that the dam could fail.",
            "Ahmed Khan",
        ),
        ("Once John Doe saw the figures, he conceded that the plan had failed.", "John Doe"),
        (
            "Until Mark Stone resigned, he insisted that the company had done nothing wrong.",
            "Mark Stone",
        ),
        ("Although Tom Lee said the fight would go on, few believed him.", "Tom Lee"),
        ("Because Jane Roe said the deal was dead, markets fell.", "Jane Roe"),
    ],
)
def test_a_clauses_opening_word_is_no_part_of_the_speakers_name(
    sentence: str, speaker: str
) -> None:
    assert _speakers(sentence) == [speaker]


@pytest.mark.parametrize(
    "word", ["When", "After", "Although", "Though", "Because", "Once", "Until", "Whereas", "If"]
)
def test_parse_phrase_leaves_the_clauses_word_out(word: str) -> None:
    reference = parse_phrase(f"{word} Tom Lee")
    assert reference is not None
    assert (reference.kind, reference.text, reference.role) == ("name", "Tom Lee", None)


def test_parse_phrase_keeps_a_name_that_opens_with_no_such_word() -> None:
    reference = parse_phrase("Willa Cather")
    assert reference is not None
    assert reference.text == "Willa Cather"


# --- as before ------------------------------------------------------------------------------------


def test_a_title_and_name_after_the_clause_speaks_as_before() -> None:
    assert _speakers(
        "Before she left office, Governor Jane Roe said the state was in good shape."
    ) == ["Jane Roe"]


def test_a_surname_met_before_in_the_clause_names_a_direct_quote() -> None:
    assert quotes("Jane Roe spoke on Monday.", "When Roe arrived, she said, “We are ready.”") == [
        ("direct", "Jane Roe", "We are ready.")
    ]


# --- not the clause's subject ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "When reporters asked, he said the fight would go on.",
        "When asked about Jane Roe, he said the fight would go on.",
        "After the meeting with President Xi Jinping, he said that the fight would go on.",
        "When Jane Roe and Mark Stone arrived, he said the fight would go on.",
        "When Jane Roe’s plan failed, he said the fight would go on.",
        "Although Jane Roe’s critics disagreed, he insisted that the fight would go on.",
        "After New York passed the law, he said that the fight would go on.",
        "When Goldman Sachs cut its forecast, he said the fight would go on.",
        "After Jane Roe told him the news, he said the fight would go on.",
        "When Jane Roe called him, he said the fight would go on.",
    ],
)
def test_the_one_met_before_when_the_clause_names_no_subject_for_the_pronoun(
    sentence: str,
) -> None:
    assert _speakers(_BEFORE, sentence) == ["Tom Lee"]


def test_a_title_that_says_otherwise_keeps_the_one_met_before() -> None:
    assert _speakers(
        "Jane Roe spoke on Monday.", "After Mr. Stone took over, she said that costs would rise."
    ) == ["Jane Roe"]


def test_the_other_pronoun_after_the_verb_keeps_the_one_met_before() -> None:
    assert _speakers(_BEFORE, "While Jane Roe was speaking, he said that she was wrong.") == [
        "Tom Lee"
    ]


# --- a time after the verb, then its clause --------------------------------------------------


def test_a_time_after_the_verb_then_that_leaves_the_opening_clause_out() -> None:
    assert quotes(
        _BEFORE, "When the storm hit the town, he told reporters on Saturday that costs would fall."
    ) == [("indirect", "Tom Lee", "costs would fall.")]


def test_the_clauses_subject_with_a_time_after_the_verb() -> None:
    assert quotes(
        "While Warren Buffett has long praised the company, he warned on Saturday that its "
        "growth would slow."
    ) == [("indirect", "Warren Buffett", "its growth would slow.")]


def test_a_place_of_saying_after_the_report_is_still_read() -> None:
    assert quotes("Costs will fall, he told reporters at a news conference in Paris.") == []
    assert quotes(_BEFORE, "Costs will fall, he told reporters at a news conference in Paris.") == [
        ("indirect", "Tom Lee", "Costs will fall")
    ]


def test_a_clause_of_time_after_the_name_is_no_role() -> None:
    reference = parse_phrase("Jane Roe, when she ran")
    assert reference is not None
    assert (reference.text, reference.role) == ("Jane Roe", None)
    assert quotes("Jane Roe, when she ran, said, “Just fix the roads.”") == [
        ("direct", "Jane Roe", "Just fix the roads.")
    ]


def test_a_concession_word_with_its_comma_opens_no_clause() -> None:
    # `Although,` is a word of discourse (`however`), no clause's opening (a commencement
    # speech's `Although, Dr. Ingersoll is the one — …`: its `He said, “…”` after the next
    # person named was given to Ingersoll)
    from pressreader.importing.quotes.state import _OPENING_ADVERBIAL

    assert _OPENING_ADVERBIAL.match("Although, Dr. Ingersoll is the one, you know, here") is None
    assert _OPENING_ADVERBIAL.match("Although Tom Lee lost the vote, he insisted") is not None
