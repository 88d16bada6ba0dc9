"""A line alone that names a speaker as a label does (`Senator Jane Roe (D-RI)`, `Jane Roe,
Executive Director, Sierra Club`), a short paragraph or a heading with no colon, names the
speaker of the quotation that makes up the paragraph right after it, a release's citation after
its closing mark (`[Statement, 1/6/2025]`) no part of it (docs/ANNOTATING.md, "Hard cases":
excerpts under a label naming their speaker; "Forty-fifth folder"). A place line, a line without a
title's word, two people joined by `and`, and a quotation one paragraph further on are left alone
(the sentences are written for the tests)."""

from __future__ import annotations

from pressreader.importing.annotate import annotate
from pressreader.importing.quotes import primes_closed

from .helpers import quotes

_QUOTATION = "“This action protects our coast for generations.” [Statement, 1/6/2025]"


def test_a_lawmakers_label_line_names_the_quotation_after_it() -> None:
    assert quotes("Senator Jane Roe (D-RI)", _QUOTATION) == [
        ("direct", "Jane Roe", "This action protects our coast for generations.")
    ]


def test_a_label_line_of_name_title_and_body() -> None:
    assert quotes("Jane Roe, Executive Director, Sierra Club", "“We applaud this decision.”") == [
        ("direct", "Jane Roe", "We applaud this decision.")
    ]


def test_an_abbreviated_title_in_the_label_line() -> None:
    assert quotes("Rep. John Doe (D-CA-02)", _QUOTATION) == [
        ("direct", "John Doe", "This action protects our coast for generations.")
    ]


def test_a_heading_that_is_a_label_line() -> None:
    found = annotate([("Jane Roe, Executive Director, Sierra Club", [_QUOTATION])])
    assert [(quote.kind, quote.speaker, quote.text) for quote in found.quotes] == [
        ("direct", "Jane Roe", "This action protects our coast for generations.")
    ]


def test_a_place_line_names_no_one() -> None:
    assert quotes("The Rose Garden", "“Tell her where you are.”") == []


def test_two_people_joined_by_and_are_no_source() -> None:
    label = "Jane Roe, CEO, and John Doe, Executive Director of the Roe Foundation"
    assert quotes(label, "“Today’s meeting marked an important show of commitment.”") == []


def test_only_the_paragraph_right_after_the_label_line() -> None:
    assert quotes("Senator Jane Roe (D-RI)", "The bill passed.", _QUOTATION) == []


def test_a_double_prime_typed_for_a_closing_mark_closes_the_quotation() -> None:
    # (ANNOTATING.md, "Forty-fifth folder": the prime read as the closing mark, the text as written)
    assert quotes(
        "Energy Secretary Jane Roe spoke on Tuesday.",
        "“We are laser-focused on lowering prices at the pump,″ Roe said in a statement.",
    ) == [("direct", "Jane Roe", "We are laser-focused on lowering prices at the pump,")]


def test_a_double_prime_after_a_number_with_no_quotation_open_stays() -> None:
    assert primes_closed("The new model has a 10″ screen, Roe said.") == (
        "The new model has a 10″ screen, Roe said."
    )
    assert primes_closed("“It has a 10″ screen,″ Roe said.") == "“It has a 10″ screen,” Roe said."


def test_said_in_a_statement_names_no_one_after_the_verb() -> None:
    # `“A,” X, the press secretary, said in a statement.` after an excerpt's `[…]`: the direct
    # quote, not a report whose source is `in a statement`.
    assert quotes(
        "The sky is blue.",
        "[…] “This builds on other actions,” Jane Roe, the White House press secretary, said in a"
        " statement.",
    ) == [("direct", "Jane Roe", "This builds on other actions,")]


def test_said_then_its_source_after_the_report_still_names_it() -> None:
    report = "The plan will lower costs for families, said Jane Roe, the press secretary."
    assert quotes(report) == [("indirect", "Jane Roe", "The plan will lower costs for families")]
    assert quotes(
        "The plan will lower costs, Jane Roe, the press secretary, said in a statement."
    ) == [("indirect", "Jane Roe", "The plan will lower costs")]


def test_two_leaders_the_second_with_his_country_are_no_source() -> None:
    assert (
        quotes(
            "President Jane Roe and President John Doe of Egypt announced that the two countries"
            " will partner on adaptation."
        )
        == []
    )


def test_one_leader_with_his_country_is_the_source() -> None:
    assert quotes("President John Doe of Egypt announced that Egypt will host the summit.") == [
        ("indirect", "John Doe", "Egypt will host the summit.")
    ]


def test_a_move_the_reporter_names_ends_the_report() -> None:
    assert quotes(
        "Jane Roe announced on Tuesday that the agency would sell off its reserve, a move it said"
        " was designed to keep prices in check."
    ) == [("indirect", "Jane Roe", "the agency would sell off its reserve")]


def test_a_move_inside_the_report_without_the_apposition_stays() -> None:
    assert quotes("Jane Roe said the agency would make a move toward lower prices.") == [
        ("indirect", "Jane Roe", "the agency would make a move toward lower prices.")
    ]
