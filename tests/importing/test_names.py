"""Speakers named by the whole title or body before them (docs/IMPORT-RULES.md, "What it finds";
ANNOTATING.md, "The speaker": the name in full without titles, the title as written for `role`,
a body by its name as the article gives it): an envoy's title with `to` and a place
(`Ambassador to China Nicholas Burns`), an office's title or a body's name with `of the`, `on
the`, `to the` inside (`Secretary of the Treasury Janet Yellen`, `the Department of the
Interior`), a full name after a title that follows a body's name with `of` (`National Institutes
of Health Director Jay Bhattacharya`), a name that only an article opens (`The United Arab
Emirates`), and a group's name for a title's word (`Families for Justice Reform`); and the near
shapes read as before (the sentences are written for the tests)."""

from __future__ import annotations

import pytest

from pressreader.importing.quotes.state import _person_name
from pressreader.importing.speakers import Reference, parse_phrase

from .helpers import found, quotes

_USEFUL = "the talks were useful."


def _speaker(*paragraphs: str) -> list[str]:
    return [speaker for _, speaker, _ in quotes(*paragraphs)]


# --- an envoy's title with `to` and its place ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Ambassador to China Nicholas Burns said " + _USEFUL,
            "Nicholas Burns",
            "Ambassador to China",
        ),
        ("U.S. Ambassador to Japan Rahm Emanuel said " + _USEFUL, "Rahm Emanuel", None),
        (
            "Ambassador to the United Nations Linda Thomas-Greenfield said " + _USEFUL,
            "Linda Thomas-Greenfield",
            "Ambassador to the United Nations",
        ),
        (
            "“We will not back down,” said Ambassador to China Nicholas Burns.",
            "Nicholas Burns",
            "Ambassador to China",
        ),
        (
            "“We will not back down,” said U.S. Ambassador to the United Nations Linda "
            "Thomas-Greenfield.",
            "Linda Thomas-Greenfield",
            "U.S. Ambassador to the United Nations",
        ),
    ],
)
def test_an_envoys_title_with_to_and_its_place(sentence: str, name: str, role: str | None) -> None:
    annotations = found(sentence)
    assert [quote.speaker for quote in annotations.quotes] == [name]
    if role is not None:
        assert annotations.speakers[0][:2] == (name, role)


def test_to_after_no_title_still_ends_the_speaker() -> None:
    # `said Roe to reporters`: whom she spoke to is no part of the name
    assert quotes("“We will not back down,” said Jane Roe to reporters.") == [
        ("direct", "Jane Roe", "We will not back down,")
    ]


def test_a_place_after_to_is_never_the_speaker() -> None:
    assert _speaker("Ambassador to Japan Rahm Emanuel said " + _USEFUL) == ["Rahm Emanuel"]


# --- `of the`, `on the` inside a title or a body's name --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The Department of the Interior said the land was protected.",
            "Department of the Interior",
        ),
        (
            "“The land is protected,” the Department of the Interior said.",
            "Department of the Interior",
        ),
        (
            "The House Select Subcommittee on the Coronavirus Crisis said the banks would limit "
            "their lending.",
            "House Select Subcommittee on the Coronavirus Crisis",
        ),
        (
            "The Ministry of Foreign Affairs said the land was protected.",
            "Ministry of Foreign Affairs",
        ),
    ],
)
def test_a_bodys_name_with_the_inside(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == [speaker]


def test_an_offices_title_with_the_inside_is_the_role() -> None:
    annotations = found("Secretary of the Treasury Janet Yellen said the economy was strong.")
    assert annotations.speakers[0][:2] == ("Janet Yellen", "Secretary of the Treasury")


def test_the_after_a_lower_case_word_still_opens_the_phrase() -> None:
    # `a letter to the Senate`: the article after a word in lower case opens the body's name
    assert _speaker("In a letter to the Senate, Jane Roe said " + _USEFUL) == ["Jane Roe"]


# --- a full name after a title that follows a body's name with `of` --------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "National Institutes of Health Director Jay Bhattacharya",
        "National Institutes of Health Director Dr. Jay Bhattacharya",
    ],
)
def test_a_full_name_after_a_bodys_title(phrase: str) -> None:
    assert parse_phrase(phrase) == Reference(
        "name", "Jay Bhattacharya", "National Institutes of Health Director"
    )


def test_the_person_before_of_and_a_body_is_still_the_name() -> None:
    found_name = parse_phrase("Joshua Chaisson of the Restaurant Workers of America")
    assert found_name is not None and found_name.text == "Joshua Chaisson"


def test_a_title_alone_keeps_the_form_of_address() -> None:
    # `Mrs.` alone is what tells the pronoun: it stays the role
    found_name = parse_phrase("Mrs. Jane Roe")
    assert found_name is not None and found_name.role == "Mrs."


# --- a name that only an article opens --------------------------------------------------------


def test_a_long_name_after_the_article_is_whole() -> None:
    assert _speaker("The United Arab Emirates said it would host the talks.") == [
        "United Arab Emirates"
    ]


def test_a_bills_long_name_after_the_article_is_no_speaker() -> None:
    # (a bill is no speaker, ANNOTATING.md, "The speaker"; a given name `Bill` is no such run)
    assert parse_phrase("The One Big Beautiful Bill") is None
    assert parse_phrase("Bill Clinton") == Reference("name", "Bill Clinton")


def test_a_long_name_after_a_title_keeps_its_last_words() -> None:
    # `… Commission Ursula von der Leyen`: the body's words before, then the name
    found_name = parse_phrase("The European Commission President Ursula von der Leyen")
    assert found_name is not None and found_name.text == "Ursula von der Leyen"


# --- a group's name holding a title's word ---------------------------------------------------


def test_a_groups_name_for_a_titles_word() -> None:
    assert _speaker("Families for Justice Reform said the bill was a step forward.") == [
        "Families for Justice Reform"
    ]
    assert parse_phrase("Families for Justice Reform") == Reference(
        "body", "Families for Justice Reform"
    )


def test_a_title_after_a_groups_name_names_the_person() -> None:
    found_name = parse_phrase("Parents for Justice Chair Jane Roe")
    assert found_name is not None and (found_name.kind, found_name.text) == ("name", "Jane Roe")


def test_an_envoys_title_for_a_field_is_still_a_title() -> None:
    assert parse_phrase("Special Envoy for Climate John Kerry") == Reference(
        "name", "John Kerry", "Special Envoy for Climate"
    )


# --- a body's last word, from one list ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Thomas Edison", True),
        ("Goldman Sachs", False),
        ("Acme Foundation", False),  # (a body's word of `speakers.ORG_WORDS`)
        ("Acme Embassy", False),
        ("Wall Street", False),
    ],
)
def test_a_clause_subjects_last_word(name: str, person: bool) -> None:
    assert _person_name(Reference("name", name)) is person


# --- a party and state in brackets closing with an abbreviation ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Rep. Jane Roe (D-Calif.) said the bill would fail.",
        "Sen. Jane Roe (R-S.C.) said the bill would fail.",
        "Rep. Jane Roe (D-Ohio) said the bill would fail.",
    ],
)
def test_an_abbreviation_closing_a_bracket_ends_no_sentence(sentence: str) -> None:
    assert quotes(sentence) == [("indirect", "Jane Roe", "the bill would fail.")]


def test_a_bracket_closing_a_sentence_before_a_capital_still_ends_it() -> None:
    from pressreader.importing.quotes.sentence_ends import sentences

    text = "The vote failed (again.) Then Jane Roe spoke."
    assert len(sentences(text)) == 2
    assert len(sentences("Rep. Jane Roe (D-Calif.) said so.")) == 1


# --- one body by its two names -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "speaker"),
    [
        ("The U.S. Department of Energy", "The Energy Department", "U.S. Department of Energy"),
        ("The Department of the Interior", "The Interior Department", "Department of the Interior"),
        ("China's Ministry of Commerce", "The Commerce Ministry", "China's Ministry of Commerce"),
    ],
)
def test_a_field_and_its_head_name_the_body_met_before(
    first: str, second: str, speaker: str
) -> None:
    found_speakers = _speaker(
        f"{first} said the sale would help.", f"{second} said the bids were open."
    )
    assert found_speakers == [speaker, speaker]


def test_another_fields_department_is_another_body() -> None:
    assert _speaker(
        "The Department of Justice said the sale would help.",
        "The Energy Department said the bids were open.",
    ) == ["Department of Justice", "Energy Department"]
