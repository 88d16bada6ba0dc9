"""A short phrase in marks that a named source called, praised or defended something as, or
that `as X says` gives (the enphrase round; docs/ANNOTATING.md, "A phrase after the source's own
verb of calling" and "Direct quotes"): the words in marks are the source's direct quote. Each
with a near shape that must be left alone (a name after `known as`, a name inside the report, a
passive with no source). The sentences here are written for the tests."""

from __future__ import annotations

from .helpers import quotes


def test_praised_defended_touted_as_is_a_verb_of_calling() -> None:
    assert quotes("Senator Jane Roe praised the governor’s proposal as a “clear plan.”") == [
        ("direct", "Jane Roe", "clear plan.")
    ]
    assert quotes("Jane Roe hailed the deal as a “breakthrough” for the region.") == [
        ("direct", "Jane Roe", "breakthrough")
    ]
    assert quotes("The markets rose, and Jane Roe touted it as “progress in action.”") == [
        ("direct", "Jane Roe", "progress in action.")
    ]
    # a briefing's spoken `quote` after the verb, read as if unsaid
    assert quotes(
        "MS. ROE: Jane Doe defended the cut at the time as, quote, “the right thing.”"
    ) == [("direct", "Jane Doe", "the right thing.")]


def test_a_name_after_known_as_and_a_passive_are_no_calling() -> None:
    assert quotes("Jane Roe praised the program known as “Fresh Start.”") == []
    assert quotes("Jane Roe defended the measure, also known as the “Fair Act.”") == []
    assert quotes("The deal was hailed as a “breakthrough.”") == []


def test_a_calling_after_an_aside_in_a_relative_which_clause() -> None:
    # (the `including` of an earlier clause names no group the source is one of)
    assert quotes(
        "Our predecessor withheld aid, including missiles, which Mr. Roe, who was critical of us,"
        " defended at the time as, quote, “the right thing to do” because he said so."
    ) == [("direct", "Roe", "the right thing to do")]
    # one of a group after `including` names no source, as before
    assert (
        quotes(
            "Several lawmakers, including Senator Jane Roe, who chairs the panel, defended the"
            " bill as “fair.”"
        )
        == []
    )


def test_as_x_says_before_an_article_and_a_short_phrase() -> None:
    assert quotes(
        "These are narrow measures. They are not, as Beijing says, a “technology blockade.”"
    ) == [("direct", "Beijing", "technology blockade.")]
    assert quotes("Could it become, as Chris Murphy has said, the “next Afghanistan”?") == [
        ("direct", "Chris Murphy", "next Afghanistan")
    ]
    assert quotes("It wasn’t just, as Jane Roe once said, a “Joe here, Joe there.”") == [
        ("direct", "Jane Roe", "Joe here, Joe there.")
    ]


def test_a_name_inside_the_report_after_as_x_said_is_no_phrase_of_its_own() -> None:
    assert quotes("And as the President said, the “Fair Act” will lower costs.") == [
        ("indirect", "President", "the “Fair Act” will lower costs.")
    ]
    # a title in marks after `so-called` and a programme's name are left alone
    assert quotes("They are not the so-called “technology blockade.”") == []
    assert quotes("The agency runs a program called “Fresh Start.”") == []


def test_a_calling_joined_by_and_is_the_sentences_subjects() -> None:
    assert quotes(
        "Representative Jane Roe—who represents the district, said the law was passed “to the"
        " detriment of families” and called it a “waste” of money."
    ) == [
        ("indirect", "Jane Roe", "the law was passed “to the detriment of families”"),
        ("direct", "Jane Roe", "waste"),
    ]
    # an object with a list's commas and an acronym in brackets before `as`
    assert quotes(
        "Acme Corporation has run stories defending the merger and has described its diversity,"
        " equity, and inclusion (DEI) practices as “inseparable” from its work."
    ) == [("direct", "Acme Corporation", "inseparable")]


def test_a_joined_calling_in_a_passive_a_name_or_a_question_is_no_quote() -> None:
    assert quotes("The plan was unveiled Monday and described by critics as a “giveaway.”") == []
    assert quotes("Jane Roe founded a charity and called the “Fresh Start” fund its heart.") == []
    assert quotes("Q Jane Roe met voters and called the plan a “failure.” Is it?") == []
