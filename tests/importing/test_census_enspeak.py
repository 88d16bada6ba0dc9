"""English labels whose parts are set off by commas, taken with the speaker census of news-shaped
White House texts (docs/IMPORT-RULES.md, "What it finds"): the part that is a person's name speaks,
a titled name (`Chair, Senate Budget Committee, Iowa Senator Jane Roe: “…”`, `Alphabet, Inc., and
Acme CEO Jane Roe:`), or a full name after a role (`President and CEO of the Harbor Pilots
Association, John Doe:`); the parts beside it are its role and affiliation, never the speaker. With
the near shapes that must not change (the sentences here are written for the tests)."""

from __future__ import annotations

import pytest

from pressreader.importing.quotes.clauses import _comma_label_person

from .helpers import found, quotes

QUOTATION = "“We will bring fast internet to every county this year.”"
WORDS = "We will bring fast internet to every county this year."


@pytest.mark.parametrize(
    ("label", "speaker"),
    [
        # a title and a body before a titled name
        ("Chair, Senate Budget Committee, Iowa Senator Jane Roe", "Jane Roe"),
        (
            "Ranking Member, House Homeland Security Committee, Ohio Representative John Doe",
            "John Doe",
        ),
        ("Vice Chair, Senate Indian Affairs Committee, Alaska Senator Jane Roe", "Jane Roe"),
        # the body's own commas (`Health, Education, Labor and Pensions`)
        (
            "Chair, Senate Health, Education, Labor and Pensions Committee, Vermont Senator Jane "
            "Roe",
            "Jane Roe",
        ),
        ("Chair, Senate Select Committee on Intelligence, Virginia Senator John Doe", "John Doe"),
        # a company's name with commas before the titled name
        ("Alphabet, Inc., and Acme CEO Jane Roe", "Jane Roe"),
        # several titles, the last with `of` a body's words, before the name
        (
            "Acme Chief Corporate Officer, Chief Sustainability Officer, and Head of Government "
            "Affairs Jane Roe",
            "Jane Roe",
        ),
        # a full name after a role
        ("President and CEO of the Harbor Pilots Association, John Doe", "John Doe"),
        ("The Prime Minister of Freedonia, Jane Roe", "Jane Roe"),
        # a place before the titled name, and the name's suffix after a comma
        ("Little Rock, Arkansas Mayor John Doe, Jr.", "John Doe, Jr."),
    ],
)
def test_the_part_of_a_label_that_is_a_persons_name_speaks(label: str, speaker: str) -> None:
    assert quotes(f"{label}: {QUOTATION}") == [("direct", speaker, WORDS)]


def test_the_parts_beside_the_name_are_its_role_and_affiliation() -> None:
    annotations = found(f"Chair, Senate Budget Committee, Iowa Senator Jane Roe: {QUOTATION}")
    assert annotations.speakers == [
        ("Jane Roe", "Chair, Senate Budget Committee, Iowa Senator", "Senate Budget Committee")
    ]


@pytest.mark.parametrize(
    ("label", "speaker"),
    [
        # the name opening the label, its role and body after it (read as before)
        ("Jane Roe, President, League of Conservation Voters", "Jane Roe"),
        (
            "Senator Jane Roe, Chairman, Homeland Security and Governmental Affairs Committee",
            "Jane Roe",
        ),
        ("Jane Roe, CEO of Acme and Alphabet Inc.", "Jane Roe"),
        # a body's name after `of` in the role is no person's (`World Wildlife Foundation`)
        ("John Doe, President and CEO of World Wildlife Foundation-U.S.", "John Doe"),
        ("Jane Roe, Smith Tomato Farm (Steele, AL)", "Jane Roe"),
        # a body's label names the whole body
        ("Alliance for Electric School Buses", "Alliance for Electric School Buses"),
    ],
)
def test_near_shapes_keep_their_speaker(label: str, speaker: str) -> None:
    assert quotes(f"{label}: {QUOTATION}") == [("direct", speaker, WORDS)]


def test_the_role_of_a_name_opening_the_label_is_unchanged() -> None:
    annotations = found(f"Jane Roe, President, League of Conservation Voters: {QUOTATION}")
    assert annotations.speakers == [("Jane Roe", "President", None)]


@pytest.mark.parametrize(
    "label",
    [
        # a topic of parts set off by commas names no one
        "Health, Education and Labor",
        "On taxes, tariffs and trade",
    ],
)
def test_a_topic_with_commas_gives_no_quote(label: str) -> None:
    assert quotes(f"{label}: {QUOTATION}") == []


@pytest.mark.parametrize(
    "label",
    [
        # two people: no one part names the speaker (a quote has one; ANNOTATING.md)
        "Chair, Iowa Senator Jane Roe, Ohio Senator John Doe",
        "Jane Roe, John Doe",
        # no commas: not a label of parts
        "Jane Roe and John Doe",
        # a topic, and a body's name with a comma
        "Energy, Jobs and Climate",
        "Alphabet, Inc.",
    ],
)
def test_the_rule_reads_no_person_from_these_labels(label: str) -> None:
    assert _comma_label_person(label) is None


def test_a_lead_in_sentence_with_commas_is_no_label() -> None:
    # The commas of a sentence before the colon, not a label's parts: its subject speaks.
    assert quotes(f"In Ohio, Senator Jane Roe welcomed the funding: {QUOTATION}") == [
        ("direct", "Jane Roe", WORDS)
    ]
