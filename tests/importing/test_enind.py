"""English reported speech the importer found nowhere (docs/IMPORT-RULES.md, "What it finds", the
enind round): `A, as X said.` closing its sentence gives A, X's, as `As X said, A` does (a title, a
name, `stated`, where or when it was said after the verb; not the speaker's own `as I said`, `as you
know`, two together, nor a report of another verb before it); `has determined that A` and `charged
that A` are reports with their clause (not `is determined that`, `determined to`, `charged with`,
nor a question asking about one); `has long said that A` is said as `has repeatedly said` is. The
sentences here are written for the tests."""

from __future__ import annotations

from .helpers import quotes

BIDEN = "President Biden spoke in the Rose Garden today."


def test_a_title_after_its_report_closing_the_sentence() -> None:
    assert quotes(BIDEN, "Mental health is health, as the President said.") == [
        ("indirect", "Biden", "Mental health is health")
    ]


def test_the_narrators_and_and_the_time_of_saying_are_no_part_of_it() -> None:
    text = (
        "And if Republicans want a serious conversation, we are open to that discussion, as the "
        "President just said a few moments ago."
    )
    assert quotes(BIDEN, text) == [
        (
            "indirect",
            "Biden",
            "if Republicans want a serious conversation, we are open to that discussion",
        )
    ]


def test_stated_after_a_name() -> None:
    text = (
        "NPR and PBS have fueled partisanship with taxpayer dollars, as President Trump has stated."
    )
    assert quotes(text) == [
        ("indirect", "Trump", "NPR and PBS have fueled partisanship with taxpayer dollars")
    ]


def test_where_it_was_said_after_the_verb() -> None:
    text = "Taxes will rise next year for most families, as Senator Jane Roe noted in her speech."
    assert quotes(text) == [("indirect", "Jane Roe", "Taxes will rise next year for most families")]


def test_the_speakers_own_as_i_said_is_no_report() -> None:
    assert quotes("We are open to that discussion with the Congress, as I said.") == []
    assert (
        quotes("That has not happened yet in any of the states, as I’ve stated many times.") == []
    )


def test_as_you_know_and_as_expected_are_no_attribution() -> None:
    assert quotes("We are open to that discussion with the Congress, as you know.") == []
    assert quotes("Prices fell again in the second quarter, as expected.") == []


def test_two_together_are_no_one_source() -> None:
    text = (
        "We intend to cooperate with that review so that it can proceed, as both the Attorney "
        "General and Special Counsel have said."
    )
    assert quotes(text) == []


def test_a_report_of_its_own_verb_stays_that_sources() -> None:
    found = quotes(BIDEN, "Senator Jane Roe said that taxes will rise, as the President said.")
    assert [speaker for _, speaker, _ in found] == ["Jane Roe"]


def test_an_unknown_title_gives_no_source() -> None:
    assert quotes("We are open to that discussion with the Congress, as the Governor said.") == []


def test_a_determination_with_its_clause() -> None:
    text = (
        "In protecting these waters, President Biden has determined that the risks of drilling "
        "outweigh the resource potential."
    )
    assert quotes(text) == [
        ("indirect", "Biden", "the risks of drilling outweigh the resource potential.")
    ]


def test_an_accusation_with_its_clause() -> None:
    text = "In that case, the FTC charged that the company trapped small businesses with fees."
    assert quotes(text) == [("indirect", "FTC", "the company trapped small businesses with fees.")]


def test_determined_as_an_adjective_or_with_an_infinitive_is_none() -> None:
    assert quotes("The President is determined that the country will succeed.") == []
    assert quotes("The President and the Vice President are determined that we win.") == []
    assert quotes("President Biden was determined to pass the bill this year.") == []


def test_charged_with_a_crime_and_a_relative_that_are_none() -> None:
    assert quotes("Senator Jane Roe was charged with fraud in a federal court.") == []
    assert quotes("The fees charged that month were higher than in any other.") == []


def test_a_question_asking_about_a_determination_is_none() -> None:
    text = "So, has the White House determined that there is not enough time to invoke it?"
    assert quotes(text) == []


def test_has_long_said_that() -> None:
    assert quotes(BIDEN, "He’s long said that the middle class built America.") == [
        ("indirect", "Biden", "the middle class built America.")
    ]
    assert quotes("President Biden has long argued that unions built the middle class.") == [
        ("indirect", "Biden", "unions built the middle class.")
    ]


def test_never_said_stays_no_report() -> None:
    assert quotes("President Biden has never said that the middle class built America.") == []


def test_a_turns_fillers_before_the_report_are_no_part_of_it() -> None:
    text = (
        "And so, obviously, there’s more work to be done, as the President stated in the State "
        "of the Union just last week."
    )
    assert quotes(BIDEN, text) == [("indirect", "Biden", "there’s more work to be done")]


def test_so_opening_the_report_itself_stays() -> None:
    text = "So many people want to win this war, as the President has said."
    assert quotes(BIDEN, text) == [("indirect", "Biden", "So many people want to win this war")]


def test_the_report_begins_after_a_colon_before_it() -> None:
    text = (
        "It’s been pretty transparent and pretty clear: We want Ukraine to win, as the President "
        "has said."
    )
    assert quotes(BIDEN, text) == [("indirect", "Biden", "We want Ukraine to win")]


def test_a_view_held_long_is_no_report() -> None:
    text = "President Trump has long recognized that our strength depends on our industrial base."
    assert quotes(text) == []
