"""Found quotes that are no quote (extras round; docs/IMPORT-RULES.md, "Since the extras round"):
the thing said as the object of a relative clause (`something that he said he will do`, `what Hamas
says it wants`), and two people as one subject with the speaker among them (`President Biden and I
have agreed that …`). The sentences here are written for the tests."""

from __future__ import annotations

from .helpers import quotes

# --- the thing said as a relative clause's object ----------------------------------------------


def test_something_that_he_said_he_will_do_is_no_report() -> None:
    text = (
        "Joe Biden spoke on Monday. Taking action is something that he said he will do if "
        "Congress won’t."
    )
    assert quotes(text) == []


def test_what_a_body_says_it_wants_is_no_report() -> None:
    text = (
        "The talks are on the differences between what Hamas says it wants and what Israel needs."
    )
    assert quotes(text) == []


def test_a_commitment_that_the_president_said_that_he_would_move_on() -> None:
    text = (
        "President Joe Biden spoke on Monday. This is a commitment that the President said that "
        "he would move forward with."
    )
    assert quotes(text) == []


def test_what_he_has_said_he_was_going_to_do() -> None:
    text = "Joe Biden intends to do what he has said he was going to do, and go far beyond it."
    assert quotes(text) == []


def test_things_a_named_person_did_say_that_we_agree_with() -> None:
    text = (
        "Let me just say a couple things that Warren Buffett did say that we certainly agree with."
    )
    assert quotes(text) == []


# --- near shapes that stay reports -----------------------------------------------------------


def test_the_fact_that_he_said_keeps_his_report() -> None:
    text = "Given the fact that Senator Joe Manchin said he would oppose the bill, the vote failed."
    found = quotes(text)
    assert len(found) == 1
    assert found[0][2].startswith("he would oppose the bill")


def test_what_was_said_given_after_a_colon_is_the_source_s() -> None:
    text = (
        "Secretary Antony Blinken spoke on Monday. I am repeating what Secretary Blinken said: "
        "Our policy will be determined by the steps we see."
    )
    assert quotes(text) == [
        ("indirect", "Antony Blinken", "Our policy will be determined by the steps we see.")
    ]


def test_one_of_the_things_a_person_pointed_out_is_that_a() -> None:
    text = (
        "One of the things that Ro Khanna pointed out in that piece is that Congress needs to act."
    )
    assert quotes(text) == [("indirect", "Ro Khanna", "Congress needs to act.")]


def test_a_plain_report_after_that_a_verb_takes_stays() -> None:
    text = "I believe that the President has said he will veto the bill."
    assert [quote[2] for quote in quotes(text)] == ["he will veto the bill."]


# --- two people as one subject, the speaker among them ----------------------------------------


def test_a_name_and_i_have_agreed_that_is_no_quote() -> None:
    text = (
        "President Yoon spoke at the White House. President Biden and I have agreed that our two "
        "countries will work together."
    )
    assert quotes(text) == []


def test_a_name_alone_who_agreed_that_still_reports() -> None:
    text = "President Joe Biden said that our two countries will work together."
    assert quotes(text) == [("indirect", "Joe Biden", "our two countries will work together.")]
