"""Documents as sources, from a probe of the genre (reports, studies, surveys, complaints,
indictments, lawsuits, rulings and memos that speak, with and without their issuers named): a
bare `the report`, `the study` speaks for the issuer of that document named earlier in the
article, and for no one when the article names none (docs/IMPORT-RULES.md, "What it finds";
ANNOTATING.md, "Hard cases", "Seventeenth folder"). The sentences are written for the tests."""

from __future__ import annotations

import pytest

from pressreader.importing.quotes.state import _documents_issued
from pressreader.importing.speakers import Book

from .helpers import found, near_linear, quotes


def _speakers(*paragraphs: str) -> list[str]:
    return [speaker for _, speaker, _ in quotes(*paragraphs)]


def test_special_counsel_report_speaks_for_the_special_counsel() -> None:
    found = quotes(
        "The Special Counsel report goes on at length about the cooperation of the company.",
        "On page 12, the report argues the executives knew about the scheme. Later, the report "
        "says, and I quote, “there is no evidence that the board approved the transfers.”",
    )
    assert found == [
        ("indirect", "Special Counsel", "the executives knew about the scheme."),
        (
            "direct",
            "Special Counsel",
            "there is no evidence that the board approved the transfers.",
        ),
    ]


@pytest.mark.parametrize(
    ("opening", "later", "speaker"),
    [
        # the issuer's name before the noun
        (
            "A CFPB study was released on Monday.",
            "Officials said the study found that fees cost families $7.7 billion a year.",
            None,  # (the officials speak, unnamed)
        ),
        (
            "A new report from the Government Accountability Office was released on Monday.",
            "“The agency did not have adequate controls,” the report said.",
            "Government Accountability Office",
        ),
        # the issuer's release of it
        (
            "The Justice Department filed a complaint against the landlord on Monday.",
            "The complaint alleges that the company overcharged tenants for repairs.",
            "Justice Department",
        ),
        (
            "The Supreme Court issued its ruling on Friday.",
            "The ruling states that the agency exceeded its authority.",
            "Supreme Court",
        ),
        (
            "The Treasury Department sent a memo to lenders last month.",
            "The memo warns that lenders who ignore the guidance could face penalties.",
            "Treasury Department",
        ),
        # a later sentence about the same kind, paragraphs after
        (
            "A Pew Research Center survey found that 62% of adults see housing as a problem.",
            "The survey also found that younger adults were the most worried.",
            "Pew Research Center",
        ),
    ],
)
def test_a_later_bare_document_speaks_for_its_issuer(
    opening: str, later: str, speaker: str | None
) -> None:
    speakers = _speakers(opening, "Rents rose again in May.", later)
    assert "report" not in speakers and "study" not in speakers
    if speaker is not None:
        assert speaker in speakers, speakers


@pytest.mark.parametrize(
    ("opening", "later"),
    [
        # a document named with no issuer: its later `the report` is no source
        (
            "One study found that eviction filings rose by 20% in 2023.",
            "The study said that the rise was sharpest in the South.",
        ),
        (
            "Prosecutors unsealed an indictment on Wednesday.",
            "The indictment says that two men laundered $12 million.",
        ),
        (
            "A group of tenants filed a lawsuit in federal court.",
            "The lawsuit claims that the rent increases violated state law.",
        ),
        (
            "A separate report was published on Friday.",
            "According to the report, about 1.2 million households pay too much.",
        ),
        # no document named at all before
        (
            "Rents rose again in May.",
            "On page 3, the report argues the executives knew about the scheme.",
        ),
    ],
)
def test_a_document_with_no_issuer_is_no_source(opening: str, later: str) -> None:
    found = quotes(opening, later)
    assert [q for q in found if q[2] != opening.split(" found that ", 1)[-1]] == [], found


def test_the_latest_document_of_a_kind_decides() -> None:
    # the Urban Institute's report, then one with no issuer: `the report` is no one's
    found = quotes(
        "The Urban Institute released a report on Tuesday about rental costs.",
        "A separate report was published by nobody in particular on Friday.",
        "On page 3, the report argues the rents rose faster than wages.",
    )
    assert "Urban Institute" not in [who for _, who, text in found if "faster" in text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Special Counsel report goes on.", [("report", "Special Counsel")]),
        ("A Pew Research Center survey found that", [("survey", "Pew Research Center")]),
        (
            "a new report from the Government Accountability Office found",
            [("report", "Government Accountability Office")],
        ),
        (
            "The Justice Department filed a complaint on Monday.",
            [("complaint", "Justice Department")],
        ),
        ("Treasury’s new analysis shows", [("analysis", "Treasury")]),
        ("One study found that", [("study", None)]),
        ("Prosecutors unsealed an indictment.", [("indictment", None)]),
        ("A group of tenants filed a lawsuit.", [("lawsuit", None)]),
        # no document named: a determiner, a document's verb only, a pronoun's
        ("This report is long.", []),
        ("She said the report was flawed.", []),
        ("It reported the figures.", []),
    ],
)
def test_documents_issued(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _documents_issued(text) == expected


def test_what_must_not_change() -> None:
    # a person who speaks about a report speaks; the report is no speaker
    assert quotes("Mayor Jane Roe said the study was badly flawed.") == [
        ("indirect", "Jane Roe", "the study was badly flawed.")
    ]
    # a named issuer's finding is the issuer's, as before
    assert quotes("A CFPB study found that overdraft fees cost families $7.7 billion a year.") == [
        ("indirect", "CFPB", "overdraft fees cost families $7.7 billion a year.")
    ]
    # a spokesman for the issuer is himself
    assert _speakers(
        "The Urban Institute released a report on Tuesday.",
        "“We stand by our findings,” said John Doe, a spokesman for the Urban Institute.",
    ) == ["John Doe"]


@pytest.mark.parametrize(
    "noun", ["report", "study", "survey", "complaint", "lawsuit", "ruling", "memo", "statement"]
)
def test_a_document_by_its_kind_alone_is_never_a_body_of_that_name(noun: str) -> None:
    # (whatever path asks the book: the speakers' `Book` makes no body called `report`)
    assert Book()._body(noun) is None
    assert Book()._body(noun.capitalize()) is None
    spoken = quotes(f"Officials met on Monday. The {noun} said the program had failed.")
    assert all(speaker.lower() != noun for _, speaker, _ in spoken)


def test_a_body_named_by_its_kind_is_still_one() -> None:
    # (`the agency` after no agency named: the body the text calls so, as before)
    assert Book()._body("agency") is not None


def _reports(n: int) -> list[str]:
    """`n` reports of a bare `the report` in one paragraph, and `n` paragraphs of one each,
    after the report's issuer is named: each resolved, the work linear."""
    one = " ".join(f"The report says that plan {i} would help." for i in range(n))
    many = [f"The report says that plan {i} would help." for i in range(n)]
    annotations = found("The Special Counsel report was released on Monday.", one, *many)
    return [quote.speaker for quote in annotations.quotes]


def test_bare_documents_are_resolved_in_linear_work() -> None:
    small, large = near_linear(_reports, 60)
    assert set(small) == set(large) == {"Special Counsel"}
    assert len(small) == 120 and len(large) == 480
