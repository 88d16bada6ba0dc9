"""The endev63 round's rules (the commonest White House texts in benchmarks/devset/dev63): a
body's name with its acronym in brackets whose letters are not its capitals' initials (`the
Department of Health and Human Services (HHS) said that …`, `the Centers for Disease Control and
Prevention (CDC)`) names the body, as `the Food and Drug Administration (FDA)` does; a body's
estimate with an object and `to be` (`X estimates the cost of the bill to be $40 billion`) gives
the object and what follows, X's indirect quote, as `estimates that …` does; `The Department`
capitalised alone names the department named before, as `the department` does, and a name that
runs over a sentence's end (`… for Students. The Department of Education`) is the words after it.
Each with its near
shapes and the shapes that must not be taken (the sentences are written for the tests after the
dev63 texts)."""

from __future__ import annotations

from .helpers import figures, quotes

_LEAD = "The agencies released their figures on Monday."


def test_acronym_skipping_the_first_capital() -> None:
    assert quotes(
        _LEAD,
        "The Department of Health and Human Services (HHS) said that the new rule will cut "
        "paperwork for clinics.",
    ) == [
        ("indirect", "Department of Health and Human Services", "the new rule will cut paperwork "
         "for clinics.")
    ]  # fmt: skip


def test_acronym_skipping_a_capital_after_and() -> None:
    assert quotes(
        _LEAD,
        "The Centers for Medicare and Medicaid Services (CMS) announced that premiums will fall "
        "next year.",
    ) == [
        ("indirect", "Centers for Medicare and Medicaid Services", "premiums will fall next year.")
    ]


def test_acronym_after_the_country_abbreviation() -> None:
    assert quotes(
        _LEAD,
        "The U.S. Department of Health and Human Services (HHS) warned that the shortage could "
        "last into the spring.",
    ) == [
        ("indirect", "Department of Health and Human Services", "the shortage could last into "
         "the spring.")
    ]  # fmt: skip


def test_acronym_of_another_body_names_no_one() -> None:
    # (the letters in brackets are not the name's: no body, no source)
    assert (
        quotes(
            _LEAD,
            "The Department of Health and Human Services (FBI) said that the rule will cut "
            "paperwork.",
        )
        == []
    )


def test_acronym_after_a_common_noun_names_no_one() -> None:
    assert quotes(_LEAD, "The new office (NOP) said that the rule will cut paperwork.") == []


def test_estimate_with_an_object_and_to_be() -> None:
    assert quotes(
        _LEAD,
        "The Congressional Budget Office estimates the cost of the bill to be $40 billion over "
        "ten years.",
    ) == [
        ("indirect", "Congressional Budget Office", "the cost of the bill to be $40 billion over "
         "ten years.")
    ]  # fmt: skip


def test_estimated_with_an_object_and_to_be() -> None:
    assert quotes(
        _LEAD, "The Energy Information Administration estimated the shortfall to be temporary."
    ) == [("indirect", "Energy Information Administration", "the shortfall to be temporary.")]


def test_plural_estimate_after_a_body_with_its_acronym() -> None:
    assert quotes(
        _LEAD,
        "The Centers for Disease Control and Prevention (CDC) estimate the share of adults "
        "with asthma to be 8%.",
    ) == [
        ("indirect", "Centers for Disease Control and Prevention", "the share of adults with "
         "asthma to be 8%.")
    ]  # fmt: skip


def test_estimate_that_is_read_as_before() -> None:
    assert quotes(
        _LEAD, "The Congressional Budget Office estimates that the cost will reach $40 billion."
    ) == [("indirect", "Congressional Budget Office", "the cost will reach $40 billion.")]


def test_passive_estimate_names_no_one() -> None:
    assert quotes(_LEAD, "The cost of the bill is estimated to be $40 billion.") == []
    assert (
        quotes(_LEAD, "The cost was estimated by the Congressional Budget Office to be $4 billion.")
        == []
    )


def test_the_noun_estimate_is_no_verb() -> None:
    assert (
        quotes(
            _LEAD,
            "The Congressional Budget Office released an estimate of the cost to be updated "
            "next month.",
        )
        == []
    )


def test_plural_estimate_without_to_be_is_no_report() -> None:
    # (`estimate` itself is read with an object and `to be` only: `estimate the costs` is a
    # deed, no content)
    assert (
        quotes(_LEAD, "Engineers at the Department of Energy estimate the costs every spring.")
        == []
    )


_EDUCATION = (
    "Expanding Support Services for Students. The Department of Education funded 264 grants to "
    "the states."
)


def test_the_department_capitalised_names_the_department_named_before() -> None:
    assert quotes(
        "The Department of Transportation (DOT) estimates that a million people were displaced.",
        _EDUCATION + " The Department estimates these grants will add 14,000 counselors.",
    ) == [
        ("indirect", "Department of Transportation", "a million people were displaced."),
        ("indirect", "Department of Education", "these grants will add 14,000 counselors."),
    ]


def test_the_ministry_capitalised_names_the_ministry_named_before() -> None:
    assert quotes(
        "The Ministry of Health and Welfare released its figures on Monday.",
        "In a statement, the Ministry said that the clinics would reopen.",
    ) == [("indirect", "Ministry of Health and Welfare", "the clinics would reopen.")]


def test_a_kind_named_after_a_sentence_end_is_the_words_after_it() -> None:
    assert quotes(
        _EDUCATION + " The department estimates these grants will add 14,000 counselors."
    ) == [("indirect", "Department of Education", "these grants will add 14,000 counselors.")]


def test_an_abbreviation_is_no_sentence_end_in_a_name() -> None:
    assert quotes(
        "The U.S. Department of Labor released its report on Friday. The department said that "
        "wages rose."
    ) == [("indirect", "U.S. Department of Labor", "wages rose.")]


def test_the_department_with_none_named_names_no_one() -> None:
    assert quotes(_LEAD, "The Department said that the grants will add 14,000 jobs.") == []


def test_change_with_a_rate_after_the_old_value() -> None:
    assert figures(
        "The agency expanded screening from 5,000 tests per week to over 70,000 tests per week."
    ) == [(70000, 5000, "tests", "from 5,000 tests per week to over 70,000 tests")]


def test_change_to_an_average_after_a_monthly_price() -> None:
    assert figures("The price will fall from $1,200 per month to an average of $410.") == [
        (410, 1200, "$", "fall from $1,200 per month to an average of $410")
    ]


def test_change_with_an_hourly_rate() -> None:
    assert figures("Wages rose from $15 an hour to $18.") == [
        (18, 15, "$", "rose from $15 an hour to $18")
    ]


def test_range_with_a_rate_stays_a_range() -> None:
    # (`ranged from A per year to B`: a range, its lower end, as before)
    assert figures("Fees ranged from $2,000 per year to $8,000.") == [
        (2000, None, "$", "$2,000 per year to $8,000")
    ]


def test_rate_without_to_is_no_change() -> None:
    assert figures("The plant went from 300 doses per day, then stopped.") == [
        (300, None, "doses", "300 doses")
    ]


def test_a_kinds_number_is_its_name() -> None:
    assert figures("Adults with type 2 diabetes pay more for insulin.") == []
    assert figures("A Category 4 hurricane struck 12 towns.") == [(12, None, "towns", "12 towns")]
    assert figures("Patients with stage 3 cancer waited for months.") == []


def test_a_count_of_types_is_a_figure() -> None:
    assert figures("The plant makes 5 types of vaccine.") == [(5, None, "types", "5 types")]


def test_years_of_experience_are_a_figure() -> None:
    assert figures("She has more than 30 years of experience in public health.") == [
        (30, None, "years", "more than 30 years of experience")
    ]


def test_decades_of_experience_in_words_are_a_figure() -> None:
    assert figures("Together they have over three decades of experience.") == [
        (3, None, "decades", "over three decades of experience")
    ]


def test_years_of_government_service_are_a_figure() -> None:
    assert figures("He retired after nearly 40 years of federal service.") == [
        (40, None, "years", "nearly 40 years of federal service")
    ]


def test_years_of_anything_else_set_a_period() -> None:
    assert figures("After 20 years of war, the troops left.") == []
    assert figures("Over 30 years of reforms, the plant grew.") == []


def test_decades_without_a_number_are_no_figure() -> None:
    assert figures("She brings decades of experience to the post.") == []


def test_less_than_half_the_price_is_a_fraction() -> None:
    assert figures("The firm now sells the drug for less than half the price it charged.") == [
        (0.5, None, "fraction", "less than half")
    ]


def test_less_than_half_an_hour_is_no_share() -> None:
    assert figures("The meeting took less than half an hour.") == []
