"""A title of office written with `of` and the place or body it is of (`The Mayor of London said
…`, `The Secretary-General of the United Nations said …`, `the president of the European
Commission told reporters …`) is one title: in a text that gives it to no one it names, the
speaker is named by the whole title (ANNOTATING.md, "Forty-third folder", "Forty-fourth folder":
a title one person holds), never the place (`London`, role `Mayor of`) nor the body it is of
(`United Nations`); a text that names the holder gives the holder. So is a body's head by the
body's initials (`The NATO Secretary General`, `the EU foreign policy chief`). A body's own name
with `of` stays whole (`the Church of England`, `the City of London`); an unnamed resident or
member (`A resident of Chicago said …`) and an envoy (`The Ambassador of Peru said …`) give no
source. From the `titleof` probe; the sentences here are written for the tests
(docs/IMPORT-RULES.md, "What it finds")."""

from __future__ import annotations

import pytest

from .helpers import found, quotes

_CLAUSE = "the new bus routes would open in March."


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("The Mayor of London said", "Mayor of London"),
        ("LONDON — The Mayor of London said", "Mayor of London"),
        (
            "The Secretary-General of the United Nations said",
            "Secretary-General of the United Nations",
        ),
        ("The Prime Minister of Canada said", "Prime Minister of Canada"),
        ("The Minister of Finance said", "Minister of Finance"),
        ("The Foreign Minister of India said", "Foreign Minister of India"),
        ("The Secretary of Defense told Congress that", "Secretary of Defense"),
        ("The Director of National Intelligence said", "Director of National Intelligence"),
        ("The Chief of Staff of the Army said", "Chief of Staff of the Army"),
        ("The Archbishop of Canterbury said", "Archbishop of Canterbury"),
        ("The Duke of Sussex said", "Duke of Sussex"),
        ("The mayor of Houston said", "mayor of Houston"),
        ("The President of the European Commission said", "President of the European Commission"),
        (
            "The president of the European Commission told reporters that",
            "president of the European Commission",
        ),
        ("According to the Secretary-General of NATO,", "Secretary-General of NATO"),
        ("The NATO Secretary General told reporters that", "NATO Secretary General"),
        ("The EU foreign policy chief said", "EU foreign policy chief"),
    ],
)
def test_a_title_of_office_with_of_names_the_speaker(lead: str, speaker: str) -> None:
    assert quotes(f"{lead} {_CLAUSE}") == [("indirect", speaker, _CLAUSE)]


def test_direct_quotes_before_inside_and_after_the_title() -> None:
    assert quotes("“We will not back down,” the Mayor of Chicago said.") == [
        ("direct", "Mayor of Chicago", "We will not back down,")
    ]
    assert quotes("“The city is ready,” said the Mayor of Paris.") == [
        ("direct", "Mayor of Paris", "The city is ready,")
    ]
    assert quotes("The Prime Minister of Japan said, “We will respond calmly.”") == [
        ("direct", "Prime Minister of Japan", "We will respond calmly.")
    ]
    assert quotes("“We will,” the Mayor of London said, “keep the buses running.”") == [
        ("direct", "Mayor of London", "We will,"),
        ("direct", "Mayor of London", "keep the buses running."),
    ]
    assert quotes("“Allies must spend more,” the Secretary General of NATO told reporters.") == [
        ("direct", "Secretary General of NATO", "Allies must spend more,")
    ]


def test_a_report_before_the_title() -> None:
    assert quotes("The fares will be frozen next year, the Mayor of London said on Tuesday.") == [
        ("indirect", "Mayor of London", "The fares will be frozen next year")
    ]


def test_the_title_is_the_role() -> None:
    speakers = found("The Prime Minister of Canada said the border would stay open.").speakers
    assert [(name, role) for name, role, _ in speakers] == [
        ("Prime Minister of Canada", "Prime Minister of Canada")
    ]


def test_a_later_reference_by_the_titles_own_words() -> None:
    assert quotes(
        "The Prime Minister of Canada said the border would stay open. The prime minister added"
        " that trade would continue.",
        "“We will not back down,” the Mayor of Chicago said. He said the city would sue.",
    ) == [
        ("indirect", "Prime Minister of Canada", "the border would stay open."),
        ("indirect", "Prime Minister of Canada", "trade would continue."),
        ("direct", "Mayor of Chicago", "We will not back down,"),
        ("indirect", "Mayor of Chicago", "the city would sue."),
    ]


@pytest.mark.parametrize(
    ("before", "lead", "speaker"),
    [
        ("Mayor of London Sadiq Khan spoke first.", "The Mayor of London said", "Sadiq Khan"),
        ("Sadiq Khan, the Mayor of London, arrived.", "The Mayor of London said", "Sadiq Khan"),
        (
            "The Secretary-General of the United Nations, António Guterres, said aid was near.",
            "The Secretary-General of the United Nations said",
            "António Guterres",
        ),
        (
            "NATO Secretary General Mark Rutte met ministers in Brussels.",
            "The NATO Secretary General said",
            "Mark Rutte",
        ),
        ("President Biden spoke in Ohio.", "The President of the United States said", "Biden"),
    ],
)
def test_the_holder_the_text_names(before: str, lead: str, speaker: str) -> None:
    assert quotes(before, f"{lead} {_CLAUSE}")[-1:] == [("indirect", speaker, _CLAUSE)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Governor of California, Gavin Newsom, said", "Gavin Newsom"),
        ("The Mayor of Chicago, Brandon Johnson, said", "Brandon Johnson"),
        ("Mayor of London Sadiq Khan said", "Sadiq Khan"),
        ("The Mayor of Chicago Brandon Johnson said", "Brandon Johnson"),
    ],
)
def test_a_holder_named_with_the_title_speaks(sentence: str, speaker: str) -> None:
    assert quotes(f"{sentence} {_CLAUSE}") == [("indirect", speaker, _CLAUSE)]


def test_a_text_that_names_a_holder_after_the_title_gives_no_title() -> None:
    # (the holder is named in the text: the title is not the speaker's name; ANNOTATING.md,
    # "The speaker")
    assert (
        quotes(
            f"The Mayor of Chicago said {_CLAUSE}",
            "Brandon Johnson, the Mayor of Chicago, spoke later.",
        )
        == []
    )


def test_an_opening_phrase_is_no_holder_named_before() -> None:
    assert quotes(
        "On Mexico, the President of Mexico has said that trade is strong.",
    ) == [("indirect", "President of Mexico", "trade is strong.")]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("The Bank of England said", "Bank of England"),
        ("The Department of Defense said", "Department of Defense"),
        ("The University of Chicago said", "University of Chicago"),
        ("The Church of England said", "Church of England"),
        ("The City of London said", "City of London"),
        ("The Port of Los Angeles said", "Port of Los Angeles"),
        ("The Governor of the Bank of England said", "Governor of the Bank of England"),
        ("The head of the World Health Organization said", "head of the World Health Organization"),
        ("The Speaker of the House said", "Speaker of the House"),
        ("The Secretary of State said", "Secretary of State"),
    ],
)
def test_a_bodys_own_name_and_the_older_titles_stay_whole(lead: str, speaker: str) -> None:
    assert quotes(f"{lead} {_CLAUSE}") == [("indirect", speaker, _CLAUSE)]


@pytest.mark.parametrize(
    "lead",
    [
        "The people of London said",
        "A resident of Chicago said",
        "A member of the Church of England said",
        "The Ambassador of Peru said",
    ],
)
def test_unnamed_people_of_a_place_and_an_envoy_are_no_source(lead: str) -> None:
    assert quotes(f"{lead} {_CLAUSE}") == []


def test_as_x_reminded_us_gives_the_clause() -> None:
    # (left alone by the titleof round; the opedprobe round reads it as `As X said, A`, `reminded`
    # being a verb of saying in ANNOTATING.md, `this soldier reminded us, and I quote, “A”`)
    assert quotes("As Lincoln reminded us, a house divided cannot stand.") == [
        ("indirect", "Lincoln", "a house divided cannot stand.")
    ]
    assert quotes("As Lincoln reminded the crowd of the war, a house divided cannot stand.") == []
    assert quotes("As Roe put it, the plan is dead.") == [("indirect", "Roe", "the plan is dead.")]
