"""Shapes of official readouts, joint statements and fact sheets found by a probe of the genre
(docs/IMPORT-RULES.md, "Readouts, joint statements and fact sheets, from a probe of the genre"): two
people joined before a verb of saying, a name ending with a generation's numeral, a meeting's
length after `lasted` with a qualifier, and a clause without `that` whose verb is a common verb
in the plain present. The sentences are written for the tests."""

from __future__ import annotations

from .helpers import figures, found, quotes

_MET = "President Biden spoke today with Prime Minister Kaito Morimura of Veridia."

# --- two people joined before the verb --------------------------------------------------------


def test_a_title_after_and_the_joined_to_a_subject_is_two_people_no_quote() -> None:
    assert (
        quotes(_MET, "The President and the Prime Minister reaffirmed that the alliance is strong.")
        == []
    )
    assert (
        quotes(_MET, "President Biden and the Prime Minister agreed that trade should grow.") == []
    )
    # after an opening phrase and its comma, and with a pronoun as the first subject
    assert (
        quotes(
            _MET, "During the call, the President and the Prime Minister agreed that talks go on."
        )
        == []
    )
    assert (
        quotes(_MET, "During the call, he and the Prime Minister agreed that trade should grow.")
        == []
    )
    # the same after another sentence of the paragraph
    assert quotes(
        "Secretary Blinken met Foreign Minister Amara Osei today. The Secretary and the Foreign"
        " Minister agreed that a settlement remains the only path. Foreign Minister Osei said"
        " Kintana was ready to host talks."
    ) == [("indirect", "Amara Osei", "Kintana was ready to host talks.")]


def test_a_title_after_and_joining_two_clauses_is_still_the_one_source() -> None:
    # `and` joins a clause to the one before (its subject's object before it), or a comma does
    said = ("indirect", "Kaito Morimura", "the alliance is strong.")
    assert quotes(
        _MET,
        "The President thanked Ms. Roe and the Prime Minister noted that the alliance is strong.",
    )[-1:] == [said]
    assert quotes(
        _MET, "The talks were long, and the Prime Minister noted that the alliance is strong."
    ) == [said]
    assert quotes(_MET, "The Prime Minister noted that the alliance is strong.") == [said]


# --- a generation's numeral after the surname -------------------------------------------------


def test_a_name_ending_with_a_numeral_after_an_office_with_of_is_the_whole_name() -> None:
    annotations = found(
        "Secretary of Defense Lloyd J. Austin III spoke today with Minister Helga Lindqvist.",
        "Secretary Austin told his counterpart that the United States will speed up deliveries.",
    )
    assert [(quote.speaker, quote.text) for quote in annotations.quotes] == [
        ("Lloyd J. Austin III", "the United States will speed up deliveries.")
    ]
    assert ("Lloyd J. Austin III", "Secretary of Defense", None) in annotations.speakers


def test_names_with_a_numeral_or_without_keep_their_reading() -> None:
    assert quotes(
        "Senator Joe Manchin III met the Governor.", "Senator Manchin said the bill is dead."
    ) == [("indirect", "Joe Manchin III", "the bill is dead.")]
    assert quotes(
        "Secretary of Homeland Security Alejandro N. Mayorkas met the Governor.",
        "Secretary Mayorkas said the border is closed.",
    ) == [("indirect", "Alejandro N. Mayorkas", "the border is closed.")]
    # a numeral alone after an office is no name (`Title III`)
    assert quotes("The Defense Production Act Title III authorities were used.") == []


# --- a meeting's length after `lasted` ---------------------------------------------------------


def test_a_meetings_length_after_lasted_and_a_qualifier_is_a_figure() -> None:
    assert figures("The meeting lasted about 45 minutes.") == [
        (45, None, "minutes", "about 45 minutes")
    ]
    assert figures("The call lasted nearly two hours.") == [(2, None, "hours", "nearly two hours")]
    assert figures("The meeting lasted 40 minutes.") == [(40, None, "minutes", "40 minutes")]


def test_a_period_or_a_time_of_something_else_stays_no_figure() -> None:
    assert figures("Over the last 20 months, the two sides have met often.") == []
    assert figures("The ceasefire has held for the past 10 years.") == []
    assert figures("At least 30 minutes later, the leaders met.") == []


# --- a clause in the plain present without `that` ----------------------------------------------


def test_a_determiners_plural_and_a_present_verb_after_said_is_a_report() -> None:
    assert quotes(
        "White House Press Secretary Karine Jean-Pierre said the actions reflect the President’s"
        " commitment to working families."
    ) == [
        (
            "indirect",
            "Karine Jean-Pierre",
            "the actions reflect the President’s commitment to working families.",
        )
    ]
    assert quotes("Secretary Jane Roe said the new rules protect consumers from fraud.") == [
        ("indirect", "Jane Roe", "the new rules protect consumers from fraud.")
    ]
    assert quotes("Mayor John Doe said these investments help families in every county.") == [
        ("indirect", "John Doe", "these investments help families in every county.")
    ]


def test_the_things_said_and_noun_phrases_stay_no_report() -> None:
    assert quotes("Jane Roe said the words many times.") == []
    assert quotes("Jane Roe said her prayers at night.") == []
    assert quotes("John Doe thanked the workers who make the trains run.") == []
    # a verb outside the list, a preposition inside the subject: left as before
    assert quotes("John Doe said the results of the vote show nothing.") == []
