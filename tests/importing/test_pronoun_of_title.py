"""`she` or `he` against a title that says which (`Mr. Roe`, `Congresswoman Roe`): a pronoun
of the other kind never names that person, and the quote it attributes is left out rather
than given to them (docs/ANNOTATING.md, "The speaker"). The near shapes keep their
reading: a title that says nothing of it (`Senator`, `Secretary`), and the same pronoun (the
sentences are written for the tests)."""

from __future__ import annotations

import pytest

from pressreader.importing.speakers import pronoun_of_role

from .helpers import quotes

QUOTE = "“The talks will go on,” {pronoun} said."


@pytest.mark.parametrize(
    ("title", "pronoun"),
    [
        ("Mr.", "she"),
        ("Congressman", "she"),
        ("Spokesman", "she"),
        ("Ms.", "he"),
        ("Mrs.", "he"),
        ("Congresswoman", "he"),
        ("First Lady", "he"),
    ],
)
def test_a_pronoun_of_the_other_kind_names_no_one(title: str, pronoun: str) -> None:
    found = quotes(f"{title} John Roe said that the plan works.", QUOTE.format(pronoun=pronoun))
    assert found == [("indirect", "John Roe", "the plan works.")]


@pytest.mark.parametrize(
    ("title", "pronoun"),
    [
        ("Mr.", "he"),
        ("Congresswoman", "she"),
        ("Senator", "she"),
        ("Senator", "he"),
        ("Secretary", "she"),
        ("Chairman", "she"),  # (given to women and men alike)
    ],
)
def test_a_pronoun_a_title_allows_names_the_speaker(title: str, pronoun: str) -> None:
    found = quotes(f"{title} Jo Roe said that the plan works.", QUOTE.format(pronoun=pronoun))
    assert found == [
        ("indirect", "Jo Roe", "the plan works."),
        ("direct", "Jo Roe", "The talks will go on,"),
    ]


def test_a_surname_with_its_title_is_known_by_it_later() -> None:
    found = quotes(
        "Senator Jo Roe met reporters.",
        "Mr. Roe said that the plan works.",
        QUOTE.format(pronoun="she"),
    )
    assert found == [("indirect", "Jo Roe", "the plan works.")]


@pytest.mark.parametrize(
    ("role", "pronoun"),
    [
        ("Ms.", "she"),
        ("First Lady", "she"),
        ("Assemblywoman", "she"),
        ("Mr.", "he"),
        ("King", "he"),
        ("Senator", None),
        ("Press Secretary", None),
        ("Chairwoman and Mr.", None),  # (both: says nothing)
    ],
)
def test_the_pronoun_of_a_role(role: str, pronoun: str | None) -> None:
    assert pronoun_of_role(role) == pronoun
