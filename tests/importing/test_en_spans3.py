"""The third English span census (round enspan3, 220 quotes imported from the news-shaped White
House texts): its commonest group wrong the same way, a study, survey or report the text gives no
issuer for (`One study found that …`, `according to one survey, …`), named no source and was no
quote; a document whose issuer the text names stays that issuer's."""

from __future__ import annotations

import pytest

from pressreader.importing.speakers import parse_phrase

from .helpers import quotes


@pytest.mark.parametrize(
    "text",
    [
        "Investments in transit help people. One study found that a 10 percent increase in "
        "transit seats is associated with higher wages.",
        "Another study found that improved transit access increases labor force participation.",
        "One study estimates that lack of access explains nearly a third of the decline.",
        "They were operating on thin margins. According to one survey, as of December, about one "
        "in four providers were closed.",
        "The costs are enormous: according to one report, hotels collected billions in fees.",
        "Research also suggests that, despite depriving residents of care, such homes cost more.",
        "A recent study found that the program cut costs.",
    ],
)
def test_a_document_with_no_issuer_gives_no_quote(text: str) -> None:
    assert quotes(text) == []


def test_it_takes_no_speaker_from_the_sentence_before() -> None:
    assert quotes("Senator Jane Roe said that rents rose. One study found that wages fell.") == [
        ("indirect", "Jane Roe", "rents rose.")
    ]


def test_a_document_whose_issuer_is_named_is_the_issuers() -> None:
    assert quotes("One study by the Urban Institute found that rents rose.") == [
        ("indirect", "Urban Institute", "rents rose.")
    ]
    assert quotes("Another study from Harvard University found that rents rose.") == [
        ("indirect", "Harvard University", "rents rose.")
    ]
    # `one` and `another` before the document are taken off, as `a` and `the` were
    assert quotes("According to another report from the Census Bureau, rents rose.") == [
        ("indirect", "Census Bureau", "rents rose.")
    ]
    assert quotes("According to one survey by Gallup, rents rose.") == [
        ("indirect", "Gallup", "rents rose.")
    ]


def test_near_phrases_are_read_as_before() -> None:
    # a name holding the document's word, a named report, a body whose name opens with `Research`
    assert parse_phrase("a 2019 Bank of America survey") is not None
    assert parse_phrase("The Work Institute’s 2020 Retention Report") is not None
    assert parse_phrase("the Overstay Report") is not None
    assert parse_phrase("Research Triangle Institute") is not None
    assert parse_phrase("One study") is None
    assert parse_phrase("another study") is None
    assert parse_phrase("Research") is None


# The next group of the census, as common in its sample: two people reporting together, one of
# them a pronoun joined by `and` or both `they` after `Together,` (ANNOTATING.md, "Statements by
# several people together").


@pytest.mark.parametrize(
    "text",
    [
        "President Joe Biden spoke today. Today, he and Vice President Harris are announcing that "
        "their Administration will develop a strategy.",
        "Like President Joe Biden, Vice President Kamala Harris believes that care is a right. "
        "Together, they promised to ensure that every American has access to care.",
        "President Joe Biden met Mayor Jane Roe. He and the mayor agreed that the plan would go "
        "ahead.",
    ],
)
def test_a_pronoun_and_another_or_they_together_give_no_quote(text: str) -> None:
    assert quotes(text) == []


def test_one_subject_and_a_clause_joined_by_and_are_read_as_before() -> None:
    # the pronoun alone with its auxiliary, a body, a name after `, and` opening a clause of its own
    assert quotes(
        "President Joe Biden spoke today. Today, he is announcing that the plan will go ahead."
    ) == [("indirect", "Joe Biden", "the plan will go ahead.")]
    assert quotes(
        "President Joe Biden spoke today. Today, the White House is announcing that the plan "
        "will go ahead."
    ) == [("indirect", "White House", "the plan will go ahead.")]
    assert quotes(
        "Senator Jane Roe thanked the workers, and Governor John Doe said that the plan would go "
        "ahead."
    ) == [("indirect", "John Doe", "the plan would go ahead.")]
