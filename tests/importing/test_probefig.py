"""The probefig round: statistics as wire and economic reports write them, labelled by what they
measure. A change is labelled by the clause's subject for every verb wires use (`Gasoline prices
jumped 2.8%` → Jump in gasoline prices, `The trade deficit narrowed 2.1%`, `rose` and `fell` as
well as `increased`), a level by that subject after a change and `to` (`Sales fell 4% to $90.8
billion` → Sales) or a verb of standing (`stood at 38%`, `totaled $1.12 trillion`); a change set
after a level (`…, down 8.5% from a year ago`) is the change of that level; `X%, up from Y%` is
one figure with `previous`; a counted noun's passive (`people have been displaced`) says what
is counted."""

from __future__ import annotations

import pytest

from .helpers import found


def _labels(paragraph: str) -> list[str]:
    return [s.label for s in found(paragraph).statistics]


@pytest.mark.parametrize(
    ("paragraph", "labels"),
    [
        (
            "The consumer price index rose 3.4% in the 12 months through April.",
            ["Rise in consumer price index"],
        ),
        ("Gasoline prices jumped 2.8% in April.", ["Jump in gasoline prices"]),
        ("Oil prices fell 1.2% on Monday.", ["Fall in oil prices"]),
        ("The trade deficit narrowed 2.1% in March.", ["Fall in trade deficit"]),
        ("Imports slipped 1.7% last month.", ["Fall in imports"]),
        ("Wages rose 4.1% over the past year.", ["Rise in wages"]),
        (
            "Japan’s economy shrank an annualized 2% in the first quarter.",
            ["Fall in Japan’s economy"],
        ),
        ("Exports to China rose 12 percent last year.", ["Rise in exports to China"]),
        (
            "Core inflation, which excludes food and energy prices, climbed 0.3% last month.",
            ["Rise in core inflation"],
        ),
        ("Nonfarm payrolls rose by 303,000 last month.", ["Rise in nonfarm payrolls"]),
    ],
)
def test_a_change_is_labelled_by_its_subject(paragraph: str, labels: list[str]) -> None:
    assert _labels(paragraph) == labels


@pytest.mark.parametrize(
    ("paragraph", "labels"),
    [
        ("Sales fell 4% to $90.8 billion in the quarter.", ["Fall in sales", "Sales"]),
        ("Oil prices fell 1.2% to $78.50 a barrel.", ["Fall in oil prices", "Oil prices"]),
        (
            "Initial claims fell by 22,000 to 209,000 in the week ended May 4.",
            ["Fall in initial claims", "Initial claims"],
        ),
        ("Profit rose 12% from a year earlier to $3.1 billion.", ["Rise in profit", "Profit"]),
        (
            "The yield on the 10-year Treasury note rose to 4.5%.",
            ["Yield on the 10-year Treasury note"],
        ),
        (
            "Unemployment among Black workers climbed to 5.6 percent.",
            ["Unemployment among Black workers"],
        ),
        ("The minimum wage will rise to $15 an hour by 2026.", ["Minimum wage"]),
        ("Biden’s approval rating stood at 38% in the poll.", ["Biden’s approval rating"]),
        ("Credit card balances totaled $1.12 trillion.", ["Credit card balances"]),
        ("Retail sales were flat at $705.2 billion last month.", ["Retail sales"]),
        ("Median household income was $74,580 in 2022.", ["Median household income"]),
        (
            "The federal budget deficit reached $1.7 trillion in fiscal 2023.",
            ["Federal budget deficit"],
        ),
    ],
)
def test_a_level_is_labelled_by_its_subject(paragraph: str, labels: list[str]) -> None:
    assert _labels(paragraph) == labels


@pytest.mark.parametrize(
    ("paragraph", "labels"),
    [
        (
            "Tesla delivered 386,810 vehicles in the first quarter, down 8.5% from a year ago.",
            ["Vehicles delivered", "Fall in vehicles delivered"],
        ),
        (
            "Median household income was $74,580 in 2022, down 2.3% from 2021.",
            ["Median household income", "Fall in median household income"],
        ),
        (
            "Biden’s approval rating stood at 38%, down 2 points from last month.",
            ["Biden’s approval rating", "Fall in Biden’s approval rating"],
        ),
        (
            "Average hourly earnings increased 0.2% from the previous month and 3.9% from a year"
            " earlier.",
            ["Increase in average hourly earnings", "Increase in average hourly earnings"],
        ),
    ],
)
def test_a_change_after_a_level_is_its_change(paragraph: str, labels: list[str]) -> None:
    assert _labels(paragraph) == labels


def test_up_from_a_share_is_its_previous_value() -> None:
    stats = found("Mortgage rates averaged 7.22% this week, up from 7.1% last week.").statistics
    assert [(s.label, s.value, s.previous) for s in stats] == [("Mortgage rates", 7.22, 7.1)]
    stats = found(
        "The index rose 3.4% in the year through April, down from 3.5% in March."
    ).statistics
    assert [(s.value, s.previous) for s in stats] == [(3.4, 3.5)]


def test_a_counted_noun_passive_says_what_is_counted() -> None:
    assert _labels("More than 300,000 people have been displaced by the flooding.") == [
        "People displaced by the flooding"
    ]


def test_a_context_stops_before_the_next_figure() -> None:
    assert _labels("It includes $61 billion for Ukraine and $26 billion for Israel.") == [
        "Amount for Ukraine",
        "Amount for Israel",
    ]


@pytest.mark.parametrize(
    ("paragraph", "labels"),
    [
        # a pronoun or a lone noun that says nothing is no subject
        ("It rose 3% last year.", ["Share"]),
        ("Prices rose 3% last year.", ["Share"]),
        # a change's `up 5%` after a change, not a level, carries nothing
        ("Exports rose 3%, up 5% from the year before.", ["Rise in exports", "Share"]),
        # a figure after `to` that is no level of the subject (`$8 million to 15 projects`)
        (
            "The agency gave $8 million to 15 offshore wind projects.",
            ["Amount for 15 offshore wind projects", "Offshore wind projects"],
        ),
        # a comparison after a copula is no level of the subject
        ("Black families are 9% less likely to have broadband.", ["Share"]),
        ("First-quarter sales were 20% higher from a year earlier.", ["Share"]),
        # a time is no subject; `adds up to` and `got down to` no change of one
        ("And the following year is $2,000.", ["Amount"]),
        ("This adds up to more than $400 for a lot of families.", ["Amount for a lot of families"]),
        ("That got down to 0.7 percent.", ["Share"]),
        ("I think the last number I saw was about 2 percent.", ["Share"]),
        # a time after `in` keeps the noun out: `in fiscal 2023` is when
        ("The state spent $2 billion in fiscal 2023.", ["Amount for fiscal 2023"]),
    ],
)
def test_shapes_not_taken(paragraph: str, labels: list[str]) -> None:
    assert _labels(paragraph) == labels


@pytest.mark.parametrize(
    ("paragraph", "labels"),
    [
        # a verb of reporting opens the clause whose subject changed
        ("The report reveals inflation fell to 2.4% in March.", ["Inflation"]),
        # `with` or `like` before the subject is no part of it
        ("Dinner cost less, with turkey prices down 6 percent.", ["Fall in turkey prices"]),
        # a second clause's own subject, after `as` or `and`
        (
            "Exports fell 1.5% to $257.6 billion and imports slipped 1.7% to $326.5 billion.",
            ["Fall in exports", "Exports", "Fall in imports", "Imports"],
        ),
    ],
)
def test_the_subject_is_the_clause_s_own(paragraph: str, labels: list[str]) -> None:
    assert _labels(paragraph) == labels
