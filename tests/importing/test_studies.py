"""A document whose issuer its own noun phrase names (`a survey by X`, `data from X`, `reporting
in The X`) that finds, shows or estimates gives X's indirect quote; a released report's
participle takes a time and a clause without `that`; a possessive issuer stands before the
data's own name (docs/IMPORT-RULES.md, the studies round). Not a study with no issuer, by two
authors, after a relative pronoun, nor a finding with no clause or wholly in marks."""

from __future__ import annotations

import pytest

from .helpers import quotes

_CLAUSE = "households incurred overdraft fees at nearly twice the rate of other households."


@pytest.mark.parametrize(
    ("lead", "issuer"),
    [
        ("A survey by the Financial Health Network found", "Financial Health Network"),
        ("A survey by the Financial Health Network found that", "Financial Health Network"),
        ("A 2023 report by the Urban Institute found", "Urban Institute"),
        (
            "New data from the Labor Department released earlier in the day showed that",
            "Labor Department",
        ),
        ("A recent analysis from KFF estimated", "KFF"),
        (
            "A 2023 report by the U.S. International Trade Commission that analyzed the effects"
            " of tariffs on more than $300 billion of U.S. imports found that",
            "U.S. International Trade Commission",
        ),
        (
            "A 2023 report by the U.S. International Trade Commission — which analyzed the"
            " effects of tariffs on U.S. imports — found",
            "U.S. International Trade Commission",
        ),
        (
            "I was looking at an analysis from KFF on the so-called “family glitch” that estimated",
            "KFF",
        ),
        (
            "There’s new reporting in The Wall Street Journal that found that",
            "The Wall Street Journal",
        ),
    ],
)
def test_issued_document_finds(lead: str, issuer: str) -> None:
    assert quotes(f"{lead} {_CLAUSE}") == [("indirect", issuer, _CLAUSE)]


def test_a_counted_subject_with_a_present_verb() -> None:
    clause = "5.1 million people nationally fall into the family glitch."
    assert quotes(f"An analysis from KFF estimated {clause}") == [("indirect", "KFF", clause)]


@pytest.mark.parametrize(
    "sentence",
    [
        # no issuer named
        f"A 2024 study on the effects of tariffs found that {_CLAUSE}",
        f"Multiple studies show that {_CLAUSE}",
        f"New data showed {_CLAUSE}",
        # two authors, several people together
        f"An empirical study by Ellison and Ellison (2009) of online sales found that {_CLAUSE}",
        # a noun phrase after the verb, or a `how` clause: no finding reported
        "A study by the Urban Institute found no evidence of fraud in the program.",
        "A study by the Urban Institute estimated $5 billion in savings over ten years.",
        "A study by the Urban Institute found a rise in reported cases across the state.",
        # a month is no issuer
        f"A survey in May found {_CLAUSE}",
        # a place after `in` is no publication (only `in The X` is)
        f"A survey in Texas found {_CLAUSE}",
    ],
)
def test_not_an_issuers_finding(sentence: str) -> None:
    assert quotes(sentence) == []


def test_a_relative_pronoun_before_the_document() -> None:
    # (the document is the relative clause's subject, its verb after `shows`)
    assert (
        quotes(
            "BOEM is announcing a new Wind Energy Area—which a recent study from Wood Mackenzie"
            " shows can support up to 25,000 jobs from 2022 to 2030."
        )
        == []
    )


def test_a_finding_wholly_in_marks_stays_a_quotation() -> None:
    words = "tariffs would create new incentives for US consumers to buy US-made products."
    assert quotes(f"An analysis by the Atlantic Council found that “{words}”") == [
        ("direct", "Atlantic Council", words)
    ]


def test_inside_a_quotation_no_report_of_its_own() -> None:
    found = quotes(f"“A survey by the Financial Health Network found {_CLAUSE}” Jane Roe said.")
    assert [quote for quote in found if quote[1] == "Financial Health Network"] == []


def test_released_report_with_a_time_and_no_that() -> None:
    assert quotes(
        "And the Director of National Intelligence released a report last week indicating"
        " they’re back at that this year too. And we’re clear-eyed about it."
    ) == [("indirect", "Director of National Intelligence", "they’re back at that this year too.")]


def test_released_report_participle_needs_a_clause() -> None:
    assert (
        quotes(
            "Today, my Council of Economic Advisers released a report showing clearly how my"
            " plan will lower out-of-pocket expenses for families."
        )
        == []
    )


def test_possessive_issuer_before_the_datas_name() -> None:
    assert quotes(
        "The Center for Disease Control’s National Syndromic Surveillance Program data show that"
        " cases of heat related emergency room visits increased from 857 to 5313 – a six-fold"
        " increase."
    ) == [
        (
            "indirect",
            "Center for Disease Control",
            "cases of heat related emergency room visits increased from 857 to 5313",
        )
    ]


def test_a_time_possessive_is_no_issuer() -> None:
    assert quotes(f"Today’s Labor Statistics data show that {_CLAUSE}") == []
