"""The endev52 round (White House releases, statements, a fact sheet and a readout;
docs/IMPORT-RULES.md, "The endev52 round"): a verb's noun phrase long enough that its `, and that B`
lies past the first 120 characters after the verb (`reiterated, in the context of …, the need for …,
and that B`: B); a readout's `The two consulted …` (several people together, whom a later `They
noted that …` names: no quote); a share in words `six in ten` (a fraction, like `one in three`); a
number before an ordinal's suffix set in markup (`10,000<sup>th</sup>`: no figure). Each with the
near shapes that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import figures, quotes

# --- `reiterated, …, the need for …, and that B` ------------------------------------------------

_CALL = "President Joseph R. Biden, Jr. spoke today with Prime Minister Jane Roe of Utopia. "


def test_a_joined_that_past_the_first_120_characters_is_still_the_report() -> None:
    found = quotes(
        _CALL + "Finally, President Biden reiterated, in the context of the current debate in "
        "Utopia about judicial reform, the need for the broadest possible consensus, and that "
        "shared democratic values must remain a hallmark of the relationship."
    )
    assert found == [
        (
            "indirect",
            "Joseph R. Biden, Jr.",
            "shared democratic values must remain a hallmark of the relationship.",
        )
    ]


def test_a_short_joined_that_is_read_as_before() -> None:
    found = quotes(
        _CALL + "President Biden reiterated the need for consensus, and that shared values "
        "must remain a hallmark of the relationship."
    )
    assert found == [
        (
            "indirect",
            "Joseph R. Biden, Jr.",
            "shared values must remain a hallmark of the relationship.",
        )
    ]


def test_a_joined_that_after_a_nouns_own_that_is_still_no_report() -> None:
    # (`reiterated the U.S. position that A, and that B`: the noun's clauses, a noun phrase)
    found = quotes(
        _CALL + "President Biden reiterated, in the context of the current debate in Utopia "
        "about judicial reform and the elections, the U.S. position that the courts must stay "
        "independent, and that the reform must have the broadest possible consensus."
    )
    assert found == []


def test_a_noun_phrase_with_no_joined_that_gives_nothing() -> None:
    found = quotes(
        _CALL + "President Biden reiterated, in the context of the current debate in Utopia "
        "about judicial reform and the coming elections, the need for the broadest possible "
        "consensus among all the parties and that of the public."
    )
    assert found == []


def test_a_joined_that_beyond_the_reach_gives_nothing() -> None:
    # (more than 160 characters of noun phrase: `_JOINED_THAT`'s bound, as before)
    found = quotes(
        _CALL + "President Biden reiterated the need for the broadest possible consensus on the "
        "reform of the courts, of the electoral commission, of the central bank, of the public "
        "broadcaster and of every other independent institution of the state, and that the "
        "values must remain."
    )
    assert found == []


# --- `The two consulted …. They noted that …` ----------------------------------------------


def test_they_after_the_two_names_no_one() -> None:
    found = quotes(
        _CALL + "The President underscored his commitment to Utopia’s security. The two "
        "consulted on their close coordination. They noted that the partnership remains a "
        "cornerstone of peace."
    )
    assert found == []


def test_they_after_the_two_leaders_names_no_one() -> None:
    found = quotes(
        _CALL + "The two leaders consulted on the region. They noted that the partnership "
        "remains a cornerstone of peace."
    )
    assert found == []


def test_he_after_the_two_is_still_the_one_named_before() -> None:
    # (`the two` makes no one the subject a `he` names: he is still the President)
    found = quotes(
        _CALL + "The President underscored his commitment. He noted that the partnership "
        "remains a cornerstone of peace."
    )
    assert found == [
        ("indirect", "Joseph R. Biden, Jr.", "the partnership remains a cornerstone of peace.")
    ]


def test_a_named_subject_after_the_two_speaks_again() -> None:
    found = quotes(
        _CALL + "The two consulted on the region. President Biden noted that the partnership "
        "remains a cornerstone of peace."
    )
    assert found == [
        ("indirect", "Joseph R. Biden, Jr.", "the partnership remains a cornerstone of peace.")
    ]


def test_the_two_year_review_is_no_group() -> None:
    # (`The two-year review`: a noun phrase, no parties; the `He` after it is still the President)
    found = quotes(
        _CALL + "The President underscored his commitment. The two-year review ended in March. "
        "He noted that the partnership remains a cornerstone of peace."
    )
    assert found == [
        ("indirect", "Joseph R. Biden, Jr.", "the partnership remains a cornerstone of peace.")
    ]


# --- `six in ten` ---------------------------------------------------------------------------------


def test_six_in_ten_is_a_fraction() -> None:
    found = figures(
        "Patients are fed up – 95% deem price transparency a priority, with six in ten saying "
        "it should be a top priority."
    )
    assert found == [(95, None, "%", "95%"), (0.6, None, "fraction", "six in ten")]


def test_three_in_four_with_its_noun() -> None:
    assert figures("Three in four Americans support the plan.") == [
        (0.75, None, "fraction", "Three in four Americans")
    ]


def test_one_in_three_is_unchanged() -> None:
    assert figures("One in three adults struggle with medical bills.") == [
        (0.3333, None, "fraction", "One in three adults")
    ]


def test_a_larger_number_first_is_no_share() -> None:
    assert figures("The count rose to ten in four years.") == []


def test_a_number_in_a_place_is_no_share() -> None:
    # (`two in Ohio`: no second number; the count stays a count)
    assert figures("They opened two new plants in Ohio and three in Texas.") == [
        (2, None, "new plants", "two new plants")
    ]


# --- `10,000<sup>th</sup>` ------------------------------------------------------------------------


def test_a_superscript_ordinal_is_no_figure() -> None:
    assert figures("When I cast my 10,000<sup>th</sup> vote in the Senate, he came.") == []


def test_a_superscript_ordinal_of_a_century_is_no_figure() -> None:
    assert figures("We built the 21<sup>st</sup> century economy with 40 new plants.") == [
        (40, None, "new plants", "40 new plants")
    ]
