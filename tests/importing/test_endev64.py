"""Causes found when a fresh folder of short White House texts was scored at first sight (the
endev64 round, docs/IMPORT-RULES.md "What it finds"): a news outlet's headline standing as a
paragraph of its own in a release's list of its news coverage (`OUTLET: HEADLINE`, a byline in
brackets after it or none) is the title of a work: its `says` reports no one and its numbers are no
figures (ANNOTATING.md, "Sixty-fourth folder"). Near shapes (sentence-case and title-case
headlines, an abbreviation's dots, a second colon, a byline) and shapes that must not be taken (a
sentence after a label, a transcript's turn, a list's short item, a label in quotation marks).
The sentences here are written for the tests."""

from __future__ import annotations

from .helpers import figures, quotes

LEAD = "Read the coverage of the new plant:"


def test_a_headline_s_says_reports_no_one() -> None:
    assert (
        quotes(
            LEAD,
            "Metro Daily: Acme will build a battery plant in Ohio as Governor Roe says jobs "
            "will follow",
        )
        == []
    )
    # a headline with a byline in brackets after it
    assert (
        quotes(
            LEAD,
            "The River Times: Governor Jane Roe says the new plant will open next spring "
            "[John Doe, 3/4/25]",
        )
        == []
    )
    # a headline ending in a quotation in single marks
    assert (
        quotes(
            LEAD, "Valley Public Radio: Jane Roe says the award belongs to all who ‘gave so much’"
        )
        == []
    )


def test_a_headline_s_numbers_are_no_figures() -> None:
    assert (
        figures(LEAD, "Channel Five News: Acme to invest $500 million in new battery plant") == []
    )
    # title-case, an abbreviation's dots inside and at its end
    assert (
        figures(
            LEAD, "The Capital Post: Acme Announces $2 Billion Plant in U.S. Heartland Deal in U.S."
        )
        == []
    )
    # a second colon inside the headline
    assert figures(LEAD, "Daily Ledger: Big Win: Acme To Hire 4,000 Workers In Two States") == []
    # a byline after it
    assert (
        figures(
            LEAD,
            "Harbor Herald: Port to receive 12 million dollars for new cranes [John Doe, 5/6/24]",
        )
        == []
    )


def test_a_sentence_after_a_label_is_read() -> None:
    # a sentence's stop at its end: a paragraph of text, its report and figures read
    assert quotes("Governor Jane Roe: Governor Roe said that the plant will hire 300 workers.") == [
        ("indirect", "Jane Roe", "the plant will hire 300 workers.")
    ]
    assert figures("Investing in Ohio: Acme will invest $500 million in a new battery plant.") != []
    # two sentences after the colon
    assert (
        figures(
            "Jobs: Acme will hire 4,000 workers in Ohio. The plant opens next spring in the state"
        )
        != []
    )


def test_a_short_list_item_keeps_its_figure() -> None:
    assert figures("Wind power: 30 gigawatts by 2030") != []


def test_a_transcript_turn_is_no_headline() -> None:
    assert (
        quotes(
            "MR. DOE: Secretary Jane Roe told me that the plant will open next spring and "
            "hire workers"
        )
        != []
    )


def test_a_label_before_a_quotation_still_names_its_speaker() -> None:
    assert quotes(LEAD, "Senator Jane Roe: “This plant will bring 4,000 jobs to our state”") == [
        ("direct", "Jane Roe", "This plant will bring 4,000 jobs to our state")
    ]
