"""The people of wire stories (courts, storms, business, politics), found by a probe of
hand-written sentences of the genre (docs/IMPORT-RULES.md, "What it finds"): the role a description
with `a`/`an` gives wherever it stands (`Jane Roe, a retired nurse, said`, `“…,” said Jane Roe,
67, a retired nurse.`, `A, said Jane Roe, a fellow at X.`), the body a spokesperson's office
names before the name (`A spokeswoman for the Labor Department, Carol Diaz,`) or a possessive
(`Acme’s chief financial officer`), no body in a title's own field (`Fire Chief`, `U.S. District
Judge`), no role from a relative clause (`said Roe, whose group …`), `U.S. District Judge`
opening a sentence, two given names of one letter (`Mark Johnson`, `Mike Johnson`) being two
people, and where it was said before `that` (`said outside the court that`). The sentences are
written for the tests."""

from __future__ import annotations

import pytest

from pressreader.importing.quotes.sentence_ends import sentences
from pressreader.importing.speakers import _affiliation, _compatible

from .helpers import found, quotes


def _people(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    return found(*paragraphs).speakers


@pytest.mark.parametrize(
    "paragraph",
    [
        # before the verb
        "Maria Gonzalez, a retired nurse, said she had lived there for 30 years.",
        # after a direct quote, with an age before the description
        "“It rose fast,” said Maria Gonzalez, 67, a retired nurse.",
        "“It rose fast,” said Maria Gonzalez, a retired nurse.",
        # after a report that opens the sentence
        "The water rose fast overnight, said Maria Gonzalez, a retired nurse.",
        "The water rose fast overnight, said Maria Gonzalez, 67, a retired nurse.",
    ],
)
def test_a_description_with_an_article_is_the_role_wherever_it_stands(paragraph: str) -> None:
    assert _people(paragraph) == [("Maria Gonzalez", "retired nurse", None)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Rachel Greszler, a senior research fellow at the Heritage Foundation, said the ruling "
        "was wrong.",
        "The ruling was wrong, said Rachel Greszler, a senior research fellow at the Heritage "
        "Foundation.",
        "“The ruling was wrong,” said Rachel Greszler, a senior research fellow at the Heritage "
        "Foundation.",
        "The ruling was wrong, said Rachel Greszler, senior research fellow at the Heritage "
        "Foundation.",
    ],
)
def test_a_role_and_its_body_agree_before_and_after_the_verb(paragraph: str) -> None:
    assert _people(paragraph) == [
        (
            "Rachel Greszler",
            "senior research fellow at the Heritage Foundation",
            "Heritage Foundation",
        )
    ]


def test_a_report_before_a_described_name_keeps_its_span() -> None:
    assert quotes(
        "The ruling was wrong, said Rachel Greszler, a senior research fellow at the Heritage "
        "Foundation."
    ) == [("indirect", "Rachel Greszler", "The ruling was wrong")]


@pytest.mark.parametrize(
    "paragraph",
    [
        # (not a relative clause, an occasion or a party and state: no role of theirs)
        "The ruling was wrong, said Rachel Greszler, who studies pensions.",
        "The ruling was wrong, said Rachel Greszler, speaking in Boston.",
        "The ruling was wrong, said Rachel Greszler, 54.",
        "“The ruling was wrong,” said Rachel Greszler, whose group brought the lawsuit.",
        "Rachel Greszler, whose group brought the lawsuit, said the ruling was wrong.",
        "Rachel Greszler, who studies pensions, said the ruling was wrong.",
    ],
)
def test_no_role_from_a_clause_or_an_age(paragraph: str) -> None:
    assert _people(paragraph) == [("Rachel Greszler", None, None)]


def test_a_title_the_name_holds_is_kept_before_a_description() -> None:
    # (the title as written is the role; the description does not replace it)
    assert _people("Sen. Roger Wicks, a Mississippi Republican, said the plan would fail.") == [
        ("Roger Wicks", "Sen.", None)
    ]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "A spokeswoman for the Labor Department, Carol Diaz, said the agency was reviewing "
            "the ruling.",
            ("Carol Diaz", "spokeswoman for the Labor Department", "Labor Department"),
        ),
        (
            "A spokesman for the United Auto Workers, Brian Rothenberg, said the union would "
            "fight the layoffs.",
            ("Brian Rothenberg", "spokesman for the United Auto Workers", "United Auto Workers"),
        ),
        (
            "Acme’s chief financial officer, Robert Lee, told analysts that sales would recover.",
            ("Robert Lee", "Acme’s chief financial officer", "Acme"),
        ),
        (
            # (no body named: a description of the body, none)
            "The company’s chief executive, Jane Smith, said sales would recover.",
            ("Jane Smith", "company’s chief executive", None),
        ),
    ],
)
def test_the_body_a_role_before_the_name_names(
    paragraph: str, speaker: tuple[str, str | None, str | None]
) -> None:
    assert _people(paragraph) == [speaker]


@pytest.mark.parametrize(
    ("role", "affiliation"),
    [
        ("Fire Chief", None),
        ("Police Chief", None),
        ("U.S. District Judge", None),
        ("District Judge", None),
        ("U.S. Circuit Judge", None),
        ("Federal Judge", None),
        ("Acme’s chief financial officer", "Acme"),
        ("Fox News’s", "Fox News"),
        # (a title's possessive names no body: audit, a White House briefing)
        ("President’s own CIA Director", None),
        # (near shapes: a body's name before the field's word stays)
        ("Cal Fire Chief", "Cal Fire"),
        ("Chicago Police Superintendent", "Chicago Police"),
        ("Cal Fire spokesman", "Cal Fire"),
        ("National Weather Service meteorologist", "National Weather Service"),
        ("Federal Reserve Chair", "Federal Reserve"),
        ("U.S. Central Command Commander", "U.S. Central Command"),
    ],
)
def test_a_title_field_is_no_body(role: str, affiliation: str | None) -> None:
    assert _affiliation(role) == affiliation


@pytest.mark.parametrize(
    "opening",
    ["U.S. District Judge", "U.S. Circuit Judge", "U.S. Magistrate Judge", "U.S. Bankruptcy Judge"],
)
def test_a_court_title_opening_the_sentence(opening: str) -> None:
    paragraph = f"{opening} Amy Berman Jackson wrote that the law cannot stand."
    assert quotes(paragraph) == [("indirect", "Amy Berman Jackson", "the law cannot stand.")]
    assert _people(paragraph) == [("Amy Berman Jackson", opening, None)]


@pytest.mark.parametrize(
    ("paragraph", "count"),
    [
        ("U.S. District Judge Amy Jackson ruled. She left.", 2),
        ("The U.S. District Court ruled. She left.", 2),
        # (near shapes: `U.S.` ending a sentence before another opens, as before)
        ("Jobs moved to the U.S. District officials said so.", 2),
        ("They flew to the U.S. Judge Roe ruled.", 2),
    ],
)
def test_a_court_title_after_us_is_no_sentence_end(paragraph: str, count: int) -> None:
    assert len(sentences(paragraph)) == count


@pytest.mark.parametrize(
    ("known", "new", "same"),
    [
        ("Mark Johnson", "Mike Johnson", False),
        ("Mary Smith", "Megan Smith", False),
        ("Jane Smith", "Joan Smith", False),
        ("Joseph R. Biden", "Joe Biden", True),
        ("Michael Johnson", "Mike Johnson", True),
        ("Daniel Berlant", "Dan Berlant", True),
        ("Thomas Baker", "Tom Baker", True),
        ("James Landry", "Jim Landry", True),
        ("J. Smith", "Jane Smith", True),
        ("Jill Biden", "Joe Biden", False),
    ],
)
def test_given_names_of_one_person(known: str, new: str, same: bool) -> None:
    assert _compatible(known, new) is same


def test_two_people_sharing_a_surname_and_an_initial() -> None:
    assert quotes(
        "“The numbers just don’t add up,” said Mark Johnson, an analyst at Morgan Stanley.",
        "House Speaker Mike Johnson told reporters he expected a vote next week.",
    ) == [
        ("direct", "Mark Johnson", "The numbers just don’t add up,"),
        ("indirect", "Mike Johnson", "he expected a vote next week."),
    ]


def test_a_surname_names_the_latest_of_two_sharing_it() -> None:
    assert [
        speaker
        for _, speaker, _ in quotes(
            "“This was a difficult decision,” said Jane Smith, the company’s chief executive.",
            "The designer, Lorie Smith, said outside the court that she was hopeful.",
            "“I’m grateful the court heard my case,” said Smith, 38.",
        )
    ] == ["Jane Smith", "Lorie Smith", "Lorie Smith"]


@pytest.mark.parametrize(
    "where",
    ["outside the court", "outside the courthouse", "after the hearing", "following the vote"],
)
def test_where_or_after_what_before_that(where: str) -> None:
    assert quotes(f"Lorie Smith said {where} that she was hopeful.") == [
        ("indirect", "Lorie Smith", "she was hopeful.")
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        # (`that` no clause's: a pronoun the thing said, or a relative clause)
        "Lorie Smith said after that she left the court.",
        "Lorie Smith spoke outside the court that she had sued.",
    ],
)
def test_where_before_that_not_taken(paragraph: str) -> None:
    assert quotes(paragraph) == []


def test_a_surname_met_alone_takes_the_full_name_whatever_its_letters() -> None:
    # `Sen. McConnell`, then `Mitch McConnell`: the same person, by the fullest name (the given
    # name's first letter is the surname's, as `Johnson` and `Jane` are not).
    for given in ("Mitch", "Jane"):
        surname = "McConnell" if given == "Mitch" else "Johnson"
        assert [
            speaker
            for _, speaker, _ in quotes(
                f"Sen. {surname} said the bill would fail.",
                f"Sen. {given} {surname} said the vote would wait.",
            )
        ] == [f"{given} {surname}", f"{given} {surname}"]


def test_a_capitalised_description_before_the_name_gives_no_body() -> None:
    # (audit, a rally's remarks: the words before the name are no role in lower case or a
    # possessive, and name no body)
    assert _people(
        "Another Republican — another Republican, Vern Buchanan of Florida, said the plan "
        "was reckless."
    ) == [("Vern Buchanan", "Another Republican — another Republican", None)]
