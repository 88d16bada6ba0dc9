"""The enfig round (English figures whose value or presence was wrong; docs/IMPORT-RULES.md,
"English figures: lengths, measures, fractions"): a fraction written without its hyphen (`nearly two
thirds`), a range whose scale word is written once after its higher end (`between $250 and $500
million`), a correction after a spaced dash that is no range (`23 — more than 20 million people`), a
length after `for` (`a senator for 36 years`), a measure joined to its unit by a hyphen (`a
five-year investigation`, `a 1,900-acre solar field`), `half of`, an age as a time reference (`when
I was 29 years old`), and a text's own parts in words (`two main topics`). Each with the near shapes
that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import figures


def _values(text: str) -> list[tuple[float, str | None]]:
    return [(value, unit) for value, _previous, unit, _text in figures(text)]


# --- fractions without a hyphen ------------------------------------------------------------


def test_a_fraction_without_its_hyphen_has_the_fractions_value() -> None:
    assert figures("Research shows nearly two thirds of small businesses favor a ban.") == [
        (0.6667, None, "fraction", "nearly two thirds")
    ]
    assert _values("We have seen a vast majority of that — nearly three quarters — from guns.") == [
        (0.75, "fraction")
    ]
    assert _values("One third of the county's wells ran dry.") == [(0.3333, "fraction")]


def test_a_lone_singular_or_a_part_of_a_year_is_no_fraction() -> None:
    # (`one quarter` alone is a time; the first three quarters of a year are a time)
    assert _values("Sales rose in one quarter and fell in the next.") == []
    assert _values("In the first three quarters of 2021, sales grew.") == []
    assert _values("And, in the three-quarters of 2021, small businesses created jobs.") == []
    assert _values("Two-thirds of voters agreed.") == [(0.6667, "fraction")]
    assert _values("Nearly two-thirds of 2021 PPP loans went to microbusinesses.") == [
        (0.6667, "fraction")
    ]


# --- `half of` -------------------------------------------------------------------------------


def test_half_of_is_a_share() -> None:
    assert figures("He admits that half of the money that we sent is missing.") == [
        (0.5, None, "fraction", "half")
    ]
    assert _values("The plan raises taxes on half of small business owners.") == [(0.5, "fraction")]


def test_the_first_or_other_half_of_something_is_no_share() -> None:
    assert _values("Seventy percent in the first half of 2022, as WHO recommends.") == [(70, "%")]
    assert _values("The other half of the team stayed home.") == []
    assert _values("She spoke on behalf of the workers.") == []
    assert _values("Households in the lower half of the income distribution gained.") == []


# --- ranges and corrections ----------------------------------------------------------------


def test_a_scale_written_once_after_a_range_scales_both_ends() -> None:
    assert figures("each representing an investment between $250 and $500 million.") == [
        (250000000, None, "$", "between $250 and $500 million")
    ]
    assert _values("The fund will grow to between 2 and 3 million people.") == [(2000000, "people")]


def test_a_change_with_one_scale_word_scales_the_old_value() -> None:
    assert figures("Exports rose from $2 to $3 billion.") == [
        (3000000000, 2000000000, "$", "rose from $2 to $3 billion")
    ]


def test_a_lower_end_larger_than_the_number_before_the_scale_is_left_as_it_is() -> None:
    # (`between 500 and 2 million`: 500 is no 500 million)
    assert _values("They expect between 500 and 2 million people.") == [(500, "people")]


def test_a_correction_after_a_spaced_dash_is_no_range() -> None:
    assert figures(
        "We’ve had about 20 — I don’t know, 23 — more than 20 million people sign up."
    ) == [(20000000, None, "people", "more than 20 million people")]
    assert _values("They expect 17–25 named storms this year.") == [(17, "named storms")]


# --- how long something lasted, after `for` --------------------------------------------------


def test_a_length_after_for_is_a_figure() -> None:
    assert figures("I was a senator for 36 years, and then Vice President.") == [
        (36, None, "years", "36 years")
    ]
    assert _values("For more than 35 years, Armenia and Azerbaijan have fought.") == [(35, "years")]
    assert figures("He has served the people of the state for over two decades statewide.") == [
        (2, None, "decades", "over two decades")
    ]
    assert _values("That they have worked on for two months now.") == [(2, "months")]


def test_a_period_or_a_duration_without_for_is_no_figure() -> None:
    assert _values("We have made progress over the past two years.") == []
    assert _values("It has been true for the past 70 years.") == []
    assert _values("The most significant legislation in nearly 30 years.") == []
    assert _values("It was introduced more than three years ago.") == []
    assert _values("We will do it over 5 years.") == []


# --- a measure joined to its unit by a hyphen ------------------------------------------------


def test_a_hyphened_measure_before_a_noun_is_a_figure() -> None:
    assert figures("After a five-year investigation, the facts were clear.") == [
        (5, None, "years", "five-year investigation")
    ]
    assert _values("Primergy will build a 1,900-acre solar field in Pueblo.") == [(1900, "acres")]
    assert _values("Dan Robinson, a 34-year veteran of Voice of America, said so.") == [
        (34, "years")
    ]
    assert _values("They are a key member of the 50-nation coalition.") == [(50, "nations")]
    assert _values("He was a three-term mayor of Columbia.") == [(3, "terms")]
    assert _values("It brought the world closer to a 1.5-degree Celsius limit.") == [(1.5, "°C")]


def test_a_hyphened_time_limit_before_a_period_is_a_figure() -> None:
    # (the gold's `the 180-day registration period`: a time limit, where `a 47-year period` is none)
    assert _values("They must apply within the 180-day registration period.") == [(180, "days")]


def test_a_hyphened_time_that_names_a_period_a_record_or_a_kind_is_no_figure() -> None:
    assert _values("He did it during a 47-year period of neglect.") == []
    assert _values("Unemployment is at a 50-year low.") == []
    assert _values("We marked the one-year anniversary of the attack.") == []
    assert _values("Jobs that don’t require a four-year degree.") == []
    assert _values("The 90-day Trucking Action Plan went on.") == []
    assert _values("The 10-year-old reserve will be sold.") == []
    assert _values("A negotiated two-state solution remains the path.") == []
    assert _values("It was the largest one-month drop in a decade.") == []
    assert _values("The four-week moving average is down.") == []
    assert _values("We are back to its 30-year historical average.") == []


# --- ages ------------------------------------------------------------------------------------


def test_an_age_as_a_time_reference_is_no_figure() -> None:
    assert _values("I was appointed when I was 29 years old to the Naval Academy.") == []
    assert _values("Just 18 years old, he deployed to this cliff.") == []
    assert _values("It says you have to be 30 years old to be sworn in.") == []
    assert _values("I had just been elected, at 29 years old, to the Senate.") == []


def test_an_age_stated_is_still_a_figure() -> None:
    assert _values("The new sapling is 12 years old and was grown at the nursery.") == [
        (12, "years")
    ]


# --- a text's own parts ------------------------------------------------------------------------


def test_a_texts_own_parts_in_words_are_no_figures() -> None:
    assert _values("There were two main topics in the President’s call today.") == []
    assert _values("We need to pursue three steps:") == []
    assert _values("We are focused on capability in four key areas:") == []
    assert _values("This is a deal that proceeds in three phases.") == []
    assert _values("Today I’m calling for three bold reforms to restore trust.") == []
    assert _values("The Taskforce will focus on three priority work strands:") == []


def test_counts_of_other_things_in_words_stay_figures() -> None:
    assert _values("The storm destroyed three bridges and nine homes.") == [
        (3, "bridges"),
        (9, "homes"),
    ]
