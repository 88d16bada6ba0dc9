"""Interviews and opinion pieces, probed by hand (the probeint round): a source named after an
office with its definite determiner (`“…,” the union president, Mark Ellis, said.`, `said the
union president, Mark Ellis.`, `The education commissioner, Dr. Alan Pierce, said that A`), a
clause after `said` whose last word is a name (`…, said the administration expected the gap to
shrink by March.`), the reporter's first-person question to one named (`When I asked Alvarez about
her critics, she laughed. “…,” she said.`), `said that` with `that` its object (`He said that,
and I take him at his word.`) and a noun phrase holding a `how` clause (`promised a review of how
reading is taught`). The sentences are written for the tests (docs/ANNOTATING.md, "The speaker",
"Indirect quotes" and "Hard cases")."""

from __future__ import annotations

import pytest

from .helpers import found, quotes

WORDS = "We cannot test our way out of this,"
QUOTED = f"“{WORDS}”"


# --- an office with `the` (or a possessive), then the name between commas -----------------------


@pytest.mark.parametrize(
    ("after", "name"),
    [
        (" the union president, Mark Ellis, said.", "Mark Ellis"),
        (" the state teachers’ union president, Mark Ellis, said in a statement.", "Mark Ellis"),
        (" the union’s president, Mark Ellis, said.", "Mark Ellis"),
        (" Tesla’s chief executive, Elon Musk, said.", "Elon Musk"),
        (" said the union president, Mark Ellis.", "Mark Ellis"),
        (" his lawyer, Jane Roe, said.", "Jane Roe"),
        # (the shape the rule joins: an office with `one`)
        (" one resident, Maria Lopez, 54, said.", "Maria Lopez"),
    ],
)
def test_office_then_name_after_a_quotation_names_the_person(after: str, name: str) -> None:
    assert quotes(QUOTED + after) == [("direct", name, WORDS)]


def test_office_then_name_gives_the_office_as_role() -> None:
    annotations = found(f"{QUOTED} the union president, Mark Ellis, said.")
    assert [speaker[:2] for speaker in annotations.speakers] == [("Mark Ellis", "union president")]


def test_office_then_name_is_met_again_by_surname() -> None:
    assert quotes(
        f"{QUOTED} the union president, Mark Ellis, said. Ellis argued that classes were too big."
    ) == [
        ("direct", "Mark Ellis", WORDS),
        ("indirect", "Mark Ellis", "classes were too big."),
    ]


@pytest.mark.parametrize(
    "after",
    [
        # a work's title after the noun of a work, no person
        " said the report, Moving Forward.",
        # no name after the office
        " the union president said.",
    ],
)
def test_office_without_a_person_named_is_not_a_name(after: str) -> None:
    assert all(speaker != "Moving Forward" for _, speaker, _ in quotes(QUOTED + after))


def test_office_then_name_with_an_honorific_before_the_verb() -> None:
    sentence = "The education commissioner, Dr. Alan Pierce, said that the decline was troubling."
    assert quotes(sentence) == [("indirect", "Alan Pierce", "the decline was troubling.")]


def test_office_then_name_with_an_honorific_after_a_quotation() -> None:
    assert quotes(f"{QUOTED} the state’s education commissioner, Dr. Alan Pierce, said.") == [
        ("direct", "Alan Pierce", WORDS)
    ]


# --- a clause after `said` is no name ---------------------------------------------------------


def test_clause_after_said_ending_in_a_capital_is_the_report() -> None:
    sentence = (
        "Deputy Mayor Tom Reyes, who sat in on the interview, said the administration expected "
        "the gap to shrink to about $30 million by March."
    )
    assert quotes(sentence) == [
        (
            "indirect",
            "Tom Reyes",
            "the administration expected the gap to shrink to about $30 million by March.",
        )
    ]


def test_clause_after_said_is_not_an_attribution_of_the_words_before() -> None:
    sentence = "The plan will work, said the administration expected the gap to shrink by March."
    assert all(speaker != "March" for _, speaker, _ in quotes(sentence))


def test_name_after_said_still_attributes_the_words_before() -> None:
    sentence = "The plan will work, said Jane Roe, a Democrat who represents Ohio."
    assert quotes(sentence) == [("indirect", "Jane Roe", "The plan will work")]


# --- the reporter's question to one named -----------------------------------------------------

_MAYOR = "Mayor Karen Alvarez said the city would not raise taxes."
_CHEN = "“I have great respect for the mayor,” said Linda Chen, a resident."
_ENTITLED = "They’re entitled to their opinion,"


@pytest.mark.parametrize(
    "paragraph",
    [
        f"When I asked Alvarez about her critics, she laughed. “{_ENTITLED}” she said.",
        f"I asked Alvarez about her critics. “{_ENTITLED}” she said.",
        f"I asked Karen Alvarez whether she would run again. “{_ENTITLED}” she said.",
    ],
)
def test_pronoun_after_the_reporters_question_names_the_one_asked(paragraph: str) -> None:
    assert quotes(_MAYOR, _CHEN, paragraph)[-1] == ("direct", "Karen Alvarez", _ENTITLED)


def test_pronoun_after_a_question_to_no_one_named_keeps_the_last_speaker() -> None:
    paragraph = f"I asked about the critics. “{_ENTITLED}” she said."
    assert quotes(_MAYOR, _CHEN, paragraph)[-1] == ("direct", "Linda Chen", _ENTITLED)


# --- `said that` with `that` its object -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "He said that, and I take him at his word.",
        "We’ve said that, and we’ll continue to say that.",
        "She said that. I agree.",
        "He says that, but I am not sure.",
    ],
)
def test_that_as_the_object_reports_nothing(sentence: str) -> None:
    assert quotes("Jane Roe said the plan would work.", sentence) == [
        ("indirect", "Jane Roe", "the plan would work.")
    ]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Jane Roe said that, but for the storm, the plan would have worked.",
            "but for the storm, the plan would have worked.",
        ),
        (
            "Jane Roe noted that, under the old rules, the agency was slower.",
            "under the old rules, the agency was slower.",
        ),
        ("Jane Roe said that the plan would work.", "the plan would work."),
    ],
)
def test_that_before_an_aside_opens_the_clause(sentence: str, clause: str) -> None:
    assert quotes(sentence) == [("indirect", "Jane Roe", clause)]


def test_that_before_a_spoken_quote_is_no_object() -> None:
    assert quotes("Jane Roe said that, and I quote, “the period is finite.”") == [
        ("direct", "Jane Roe", "the period is finite.")
    ]


# --- a noun phrase holding a `how` clause -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Roe promised a review of how reading is taught.",
        "Jane Roe announced a study of why prices rose.",
        "Jane Roe called for an inquiry into how the money was spent.",
    ],
)
def test_noun_phrase_with_a_how_clause_is_no_report(sentence: str) -> None:
    assert quotes(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Jane Roe said the question of how to pay is settled.",
            "the question of how to pay is settled.",
        ),
        (
            "Jane Roe said the review of how reading is taught was overdue.",
            "the review of how reading is taught was overdue.",
        ),
    ],
)
def test_clause_holding_how_is_still_a_report(sentence: str, clause: str) -> None:
    assert quotes(sentence) == [("indirect", "Jane Roe", clause)]


# --- `As X has written, “…”` ------------------------------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "As the researcher Emily Hanford has written, ",
        "As Emily Hanford has written, ",
        "As the researcher Emily Hanford wrote, ",
    ],
)
def test_as_written_names_the_writer(lead: str) -> None:
    assert quotes(f"{lead}“The problem is not the kids.”") == [
        ("direct", "Emily Hanford", "The problem is not the kids.")
    ]


def test_as_i_have_written_is_the_authors_own() -> None:
    assert quotes("As I have written, “The problem is not the kids.”") == []
