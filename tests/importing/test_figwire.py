"""Figures in wire stories of the economy, polls, votes and public health, found testing the
importer by hand on such sentences (the figwire round; docs/IMPORT-RULES.md, "What it finds"): a
tally or a poll's lead (`52% to 45%`, `voted 220 to 207`) is one figure a side, no range; a rate per
a base (`32.6 per 100,000 residents`) is one figure whose unit holds the base; `a third of`, `a
quarter of` are fractions; `ticked up to 3.9% from 3.8%` is a change, its `up to` no qualifier; a
bare new level after a perfect tense (`has risen to 112`); a minus sign before a share; an index's
name (`S&P 500`) holds no figure; `twice the rate` is a factor; a currency's word after the number
is money labelled as money; a range opening a sentence with `Between`. The sentences are written for
the tests."""

from __future__ import annotations

import pytest

from .helpers import figures, found


def _values(sentence: str) -> list[tuple[float, float | None, str | None, str]]:
    return figures(sentence)


# --- a tally or a poll's lead: one figure a side ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Smith led Jones 52% to 45% in the poll of likely voters.", [52, 45]),
        ("The House voted 220 to 207 to approve the bill.", [220, 207]),
        ("The measure passed 62-38 in the Senate.", [62, 38]),
        ("The court ruled 6-3 that the law was unconstitutional.", [6, 3]),
        ("Garcia won 184,302 votes to 175,118 votes.", [184302, 175118]),
    ],
)
def test_a_tally_is_one_figure_a_side(sentence: str, values: list[float]) -> None:
    assert [figure[0] for figure in _values(sentence)] == values


@pytest.mark.parametrize(
    ("sentence", "value", "text"),
    [
        # (a range's lower end comes first: one figure)
        ("Forecasters expect 17 to 25 named storms this season.", 17, "17 to 25 named storms"),
        ("Rates will be 5.25% to 5.5% by the end of the year.", 5.25, "5.25% to 5.5%"),
        # (the gold's `a 15 to 0 vote`: the nought counts nothing, one figure)
        ("This was a 15 to 0 vote in the Security Council.", 15, "15 to 0 vote"),
    ],
)
def test_a_range_and_a_nought_tally_stay_one_figure(sentence: str, value: float, text: str) -> None:
    found_ = _values(sentence)
    assert len(found_) == 1
    assert found_[0][0] == value
    assert text in found_[0][3]


@pytest.mark.parametrize(
    ("sentence", "value", "previous"),
    [
        ("Weekly cases fell from 50 to 45 in the county.", 45, 50),
        ("The jobless rate fell to 3.9% from 4.1%.", 3.9, 4.1),
    ],
)
def test_a_fall_from_a_higher_number_is_a_change_not_a_tally(
    sentence: str, value: float, previous: float
) -> None:
    assert [(figure[0], figure[1]) for figure in _values(sentence)] == [(value, previous)]


@pytest.mark.parametrize(
    ("sentence", "value", "text"),
    [
        # (no tally: a model's or a law's number after a capitalised word)
        ("Qatar Airways bought ten Boeing 787-9 aircraft.", 787, "787-9 aircraft"),
        ("It was passed under Public Law 65-24 in 1917.", 65, "65-24"),
        # (no word of a tally in the sentence: read as before)
        ("China used to be, I think, 17 or 16.", 17, "17 or 16"),
    ],
)
def test_two_numbers_that_are_no_tally_stay_one(sentence: str, value: float, text: str) -> None:
    found_ = _values(sentence)
    assert [(figure[0], figure[3]) for figure in found_][-1:] == [(value, text)]


@pytest.mark.parametrize(
    ("sentence", "value", "previous"),
    [
        ("Unemployment has fallen from above 14 percent to under 6 percent.", 6, 14),
        ("The rule will cut late fees from an average of $32 to $8.", 8, 32),
    ],
)
def test_a_change_from_a_qualified_or_average_value(
    sentence: str, value: float, previous: float
) -> None:
    assert [(figure[0], figure[1]) for figure in _values(sentence)] == [(value, previous)]


# --- a rate per a base ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        (
            "The overdose death rate reached 32.6 per 100,000 residents last year.",
            32.6,
            "per 100,000 residents",
        ),
        (
            "There were 5.6 deaths per 1,000 live births in the state.",
            5.6,
            "deaths per 1,000 live births",
        ),
        ("The rate of 12 per 1,000 was the lowest since 2010.", 12, "per 1,000"),
    ],
)
def test_a_rate_per_a_base_is_one_figure(sentence: str, value: float, unit: str) -> None:
    assert [(figure[0], figure[2]) for figure in _values(sentence)] == [(value, unit)]


def test_a_rate_takes_the_subject_as_its_label() -> None:
    article = found("The overdose death rate reached 32.6 per 100,000 residents last year.")
    assert [statistic.label for statistic in article.statistics] == ["Overdose death rate"]


def test_money_per_a_unit_is_no_rate() -> None:
    # (`$4 per 1,000 gallons`: the price stays money; the base is read as before)
    found_ = _values("Water costs $4 per 1,000 gallons in the city.")
    assert found_[0][0] == 4
    assert found_[0][2] == "$"


# --- fractions with `a` --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "text"),
    [
        (
            "About a third of small businesses reported hiring difficulties.",
            0.3333,
            "About a third",
        ),
        ("A quarter of renters spend more than 40% of their income on rent.", 0.25, "A quarter"),
        ("Nearly a fifth of adults had no insurance.", 0.2, "Nearly a fifth"),
    ],
)
def test_a_fraction_with_a_is_a_share(sentence: str, value: float, text: str) -> None:
    shares = [figure for figure in _values(sentence) if figure[2] == "fraction"]
    assert [(figure[0], figure[3]) for figure in shares] == [(value, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The alliance celebrated a quarter of a century of cooperation.",
        "They met in a quarter of an hour.",
        "A third party will manage the fund.",
        "He was sworn in for a third term.",
        "Growth slowed in a third quarter marked by strikes.",
    ],
)
def test_a_fraction_of_a_time_or_an_ordinal_is_none(sentence: str) -> None:
    assert [figure for figure in _values(sentence) if figure[2] == "fraction"] == []


# --- `ticked up to`: a change, not the qualifier `up to` ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "previous"),
    [
        ("The jobless rate ticked up to 3.9% from 3.8%, the Labor Department said.", 3.9, 3.8),
        ("Inflation edged up to 3.2% in March from 3.1% in February.", 3.2, 3.1),
        ("Growth was revised up to 3.1% from 2.9%.", 3.1, 2.9),
    ],
)
def test_a_verbs_up_to_is_a_change(sentence: str, value: float, previous: float) -> None:
    assert [(figure[0], figure[1]) for figure in _values(sentence)] == [(value, previous)]


def test_up_to_as_a_qualifier_stays() -> None:
    found_ = _values("The storm could bring up to 10 inches of rain.")
    assert found_[0][0] == 10
    assert found_[0][3].startswith("up to")


# --- a perfect tense's new level ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The death toll has risen to 112, officials said.", 112),
        ("The number of cases has fallen to 340 this week.", 340),
        ("The jobless rate has fallen to 3.5% from 4%.", 3.5),
    ],
)
def test_a_perfect_tense_change_gives_the_new_level(sentence: str, value: float) -> None:
    assert value in [figure[0] for figure in _values(sentence)]


def test_a_rank_after_a_perfect_tense_is_none() -> None:
    assert _values("The team has risen to 3 in the rankings.") == []


# --- a minus sign --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "text"),
    [
        ("Output contracted at a -0.3% annual rate in the first quarter.", -0.3, "-0.3%"),
        ("Real wages changed by \u22121.2% over the year.", -1.2, "\u22121.2%"),
        ("Returns ranged (-2.5%) in the worst case.", -2.5, "-2.5%"),
    ],
)
def test_a_minus_sign_makes_a_share_negative(sentence: str, value: float, text: str) -> None:
    assert [(figure[0], figure[3]) for figure in _values(sentence)] == [(value, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Call 1-800-555-0199 for help.",
        "More than 1,000 COVID-19 patients were treated.",
    ],
)
def test_a_words_hyphen_is_no_minus(sentence: str) -> None:
    assert all(figure[0] >= 0 for figure in _values(sentence))


# --- an index's name -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The S&P 500 gained 1.2% on the week.",
        "The FTSE 100 fell 0.4% in London.",
        "The Nikkei 225 rose 2% in Tokyo.",
        "The Stoxx 600 slipped 0.3%.",
    ],
)
def test_an_index_name_holds_no_figure(sentence: str) -> None:
    assert [(figure[0], figure[2]) for figure in _values(sentence)] == [
        (figure[0], "%") for figure in _values(sentence)
    ]
    assert len(_values(sentence)) == 1


def test_a_count_after_capitals_with_another_sign_stays() -> None:
    # (`AT&T cut 500 jobs`: the count has its noun after it, not right after the name)
    assert [figure[0] for figure in _values("AT&T cut 500 jobs in March.")] == [500]


# --- `twice the` ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "Black families were denied at nearly twice the rate of white families.",
            "nearly twice the rate",
        ),
        ("That is roughly twice the size of the second-largest bank.", "roughly twice the size"),
        ("Inflation is running at twice the Fed's 2% target.", "twice the"),
    ],
)
def test_twice_the_is_a_factor(sentence: str, text: str) -> None:
    factors = [figure for figure in _values(sentence) if figure[2] == "factor"]
    assert [(figure[0], figure[3]) for figure in factors] == [(2, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "He visited twice the following year.",
        "She ran twice the race in one week.",
    ],
)
def test_twice_as_how_often_is_none(sentence: str) -> None:
    assert _values(sentence) == []


def test_the_target_inside_twice_the_stays() -> None:
    found_ = _values("Inflation is running at twice the Fed's 2% target.")
    assert (2, "%") in [(figure[0], figure[2]) for figure in found_]


# --- a currency's word -------------------------------------------------------------------------


def test_a_currency_word_is_money_labelled_as_money() -> None:
    article = found("Exports rose 5.4% from a year earlier to 312 billion yuan.")
    money = [statistic for statistic in article.statistics if statistic.unit == "¥"]
    assert [(statistic.value, statistic.label) for statistic in money] == [
        (312_000_000_000, "Exports")
    ]


def test_yen_and_rupees_are_currencies() -> None:
    units = [
        figure[2] for figure in _values("The firm earned 500 billion yen and 20 billion rupees.")
    ]
    assert units == ["¥", "₹"]


# --- `Between` opening a sentence --------------------------------------------------------------


def test_between_opening_a_sentence_is_a_range() -> None:
    assert _values("Between 8,000 and 10,000 jobs will be cut over the next two years.") == [
        (8000, None, "jobs", "Between 8,000 and 10,000 jobs")
    ]
