"""A body named after what it is (`The utility, Florida Power & Light, said`), and a body's name
with words before its ampersand (`Florida Power & Light`, `Pacific Gas & Electric`), found testing
wire stories by hand (docs/IMPORT-RULES.md, "What it finds"): the body speaks, by its name as
written, never a person's name with the sign dropped (`Florida Power Light`, role `utility`). The
sentences are written for the tests."""

from __future__ import annotations

import pytest

from .helpers import found


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The utility, Florida Power & Light, said crews would work all night.",
            "Florida Power & Light",
        ),
        ("Florida Power & Light said crews would work all night.", "Florida Power & Light"),
        ("Pacific Gas & Electric said the lines were shut off.", "Pacific Gas & Electric"),
        ("Barnes & Noble said sales rose.", "Barnes & Noble"),
        ("Texas A&M University said classes would resume.", "Texas A&M University"),
        ("The company, Acme Corp., said the recall was voluntary.", "Acme Corp."),
        ("In a statement, the retailer, Barnes & Noble, said sales rose.", "Barnes & Noble"),
        (
            "The state’s largest utility, Florida Power & Light, said crews were ready.",
            "Florida Power & Light",
        ),
        # (already read: unchanged)
        ("Johnson & Johnson said the recall was voluntary.", "Johnson & Johnson"),
        ("AT&T said the outage was over.", "AT&T"),
    ],
)
def test_a_body_with_an_ampersand_or_named_after_what_it_is_speaks(
    sentence: str, speaker: str
) -> None:
    annotations = found(sentence)
    assert [quote.speaker for quote in annotations.quotes] == [speaker]
    assert annotations.speakers == [(speaker, None, None)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        # a person named after what they are: the person, the words before the role
        ("The mayor, Jane Roe, said the roads were closed.", "Jane Roe", "mayor"),
        (
            "The utility’s spokesman, Peter Lang, said power would be back by Friday.",
            "Peter Lang",
            None,
        ),
        ("Its chief executive, Tim Cook, said sales rose.", "Tim Cook", "chief executive"),
    ],
)
def test_a_person_named_after_a_description_is_still_the_person(
    sentence: str, speaker: str, role: str | None
) -> None:
    annotations = found(sentence)
    assert [quote.speaker for quote in annotations.quotes] == [speaker]
    if role is not None:
        assert annotations.speakers[0][1] == role


@pytest.mark.parametrize(
    "sentence",
    [
        # a description that is no body's (several people, a place), or words that begin no
        # clause: not a body named after what it is
        "Residents of the town, Florida Power & Light customers, said the lines were down.",
        "Officials in the county, Miami-Dade, said the roads were closed.",
    ],
)
def test_a_description_of_people_or_a_place_is_no_body(sentence: str) -> None:
    speakers = [quote.speaker for quote in found(sentence).quotes]
    assert "Florida Power & Light" not in speakers and "Miami-Dade" not in speakers
