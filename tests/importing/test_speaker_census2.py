"""A body's name whose last words are the object of its own `of`, `on`, `for` or `and`, taken
with the second speaker census of news-shaped White House texts (docs/IMPORT-RULES.md, "What it
finds"): `the UN Office of Humanitarian Affairs warned that …` is the Office's, not a person
named `Humanitarian Affairs` with the role `UN Office of`; `The Senate Permanent Subcommittee on
Investigations described …`, `According to the 2020 National Survey on Drug Use and Health, …`
likewise. With the near shapes that must not change (the sentences here are written for the
tests)."""

from __future__ import annotations

import pytest

from pressreader.importing.speakers import Reference, parse_phrase

from .helpers import found, quotes

CLAUSE = "famine could return to the region this winter."


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("the UN Office of Humanitarian Affairs", "UN Office of Humanitarian Affairs"),
        (
            "The Senate Permanent Subcommittee on Investigations",
            "Senate Permanent Subcommittee on Investigations",
        ),
        ("the Joint Committee on Taxation", "Joint Committee on Taxation"),
        ("the Army Corps of Engineers", "Army Corps of Engineers"),
        ("The HHS Office for Civil Rights", "HHS Office for Civil Rights"),
        (
            "The Freedonia Union of Dock Workers and Harbor Pilots",
            "Freedonia Union of Dock Workers and Harbor Pilots",
        ),
    ],
)
def test_a_bodys_name_ending_in_its_object_speaks_whole(subject: str, speaker: str) -> None:
    assert quotes(f"Earlier this week, {subject} warned that {CLAUSE}") == [
        ("indirect", speaker, CLAUSE)
    ]


def test_a_survey_named_with_its_year_is_named_without_it() -> None:
    text = "According to the 2020 National Survey on Drug Use and Health, " + CLAUSE
    assert quotes(text) == [("indirect", "National Survey on Drug Use and Health", CLAUSE)]


def test_the_body_is_listed_without_a_role() -> None:
    annotations = found(
        f"Earlier this week, the UN Office of Humanitarian Affairs warned that {CLAUSE}"
    )
    assert annotations.speakers == [("UN Office of Humanitarian Affairs", None, None)]


def test_a_topic_label_naming_a_body_is_no_speaker() -> None:
    assert quotes("On the Board of Directors: “This is a great day.”") == []


def test_two_bodies_joined_by_and_are_no_one_speaker() -> None:
    assert (
        quotes("Acme Municipal League and Acme Association of Counties: “This is a great day.”")
        == []
    )


def test_two_offices_for_the_same_thing_are_two_speakers() -> None:
    first = "The HHS Office for Civil Rights is announcing that it will issue new guidance."
    second = (
        "The Department of Education’s Office for Civil Rights is announcing that it will hire "
        "a coordinator."
    )
    assert [speaker for _, speaker, _ in quotes(first, second)] == [
        "HHS Office for Civil Rights",
        "Department of Education’s Office for Civil Rights",
    ]


@pytest.mark.parametrize(
    ("phrase", "reference"),
    [
        # a person after a title that holds a body's name
        (
            "Office of Management and Budget Director Jane Roe",
            Reference(
                "name",
                "Jane Roe",
                "Office of Management and Budget Director",
                "Office of Management and Budget",
            ),
        ),
        (
            "Secretary of Homeland Security Jane Q. Roe",
            Reference("name", "Jane Q. Roe", "Secretary of Homeland Security", "Homeland Security"),
        ),
        # a place after a titled surname, a body after a name
        (
            "Governor Roe of Freedonia",
            Reference("surname", "Roe", "Governor of Freedonia", None),
        ),
        (
            "John Doe of the Harbor Workers of America",
            Reference("name", "John Doe", None, None),
        ),
    ],
)
def test_near_shapes_read_as_before(phrase: str, reference: Reference) -> None:
    assert parse_phrase(phrase) == reference


@pytest.mark.parametrize(
    "phrase",
    [
        # a person's title before the body (`Chair of …`) is not the body's own word
        "the Chair of the Senate Committee on Foreign Relations",
        # a word in lower case before `of` names no body (`the mother of Jane Roe`)
        "the mother of Jane Roe",
        # no body's word before `of` (`Friends of`)
        "the Friends of Jane Roe",
        # a topic or a time opened by a preposition
        "On the Board of Directors",
        "In the Office of Civil Rights",
    ],
)
def test_no_body_is_made_without_a_bodys_word_in_capitals(phrase: str) -> None:
    reference = parse_phrase(phrase)
    assert reference is None or reference.kind != "body"
