"""A title's word that is also a surname, ending a name after a given name (`Coretta Scott King`,
`Sen. Angus King`, `Dr. Martin Luther King Jr.`, `Jane Bishop`), is the surname: the name read
whole, where it had read as no one (or as the suffix `Jr.`); a title with no given name before it
(`Vice President King`, `the Dutch King`) reads as before."""

from __future__ import annotations

import pytest

from pressreader.importing.speakers import parse_phrase

from .helpers import quotes


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        ("Coretta Scott King", "Coretta Scott King", None),
        ("Stephen King", "Stephen King", None),
        ("Jane Bishop", "Jane Bishop", None),
        ("John Judge", "John Judge", None),
        ("Sen. Angus King", "Angus King", "Sen."),
        ("Martin Luther King Jr.", "Martin Luther King Jr.", None),
        ("Dr. Martin Luther King Jr.", "Martin Luther King Jr.", "Dr."),
    ],
)
def test_a_surname_that_is_a_titles_word(phrase: str, name: str, role: str | None) -> None:
    reference = parse_phrase(phrase)
    assert reference is not None
    assert (reference.kind, reference.text, reference.role) == ("name", name, role)


@pytest.mark.parametrize("phrase", ["Vice President King", "the Dutch King", "Spanish King"])
def test_a_title_with_no_given_name_stays_a_title(phrase: str) -> None:
    reference = parse_phrase(phrase)
    assert reference is None or reference.kind == "title"


def test_her_report_and_her_quotation_are_found() -> None:
    assert quotes(
        "Coretta Scott King said that freedom is never truly won.",
        "“You earn it and win it in every generation,” Dr. Martin Luther King Jr. said.",
    ) == [
        ("indirect", "Coretta Scott King", "freedom is never truly won."),
        ("direct", "Martin Luther King Jr.", "You earn it and win it in every generation,"),
    ]
