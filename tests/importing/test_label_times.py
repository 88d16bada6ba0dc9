"""A label read from the noun after money stops before a day or a month: `a $3.4 billion budget
on Monday` is a budget, not a `Budget on Monday`; the phrase that says what the money is for
stays (`budget for schools`)."""

from __future__ import annotations

import pytest

from .helpers import found


def _labels(paragraph: str) -> list[str]:
    return [statistic.label for statistic in found(paragraph).statistics]


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("The city council approved a $3.4 billion budget on Monday.", "Budget"),
        ("The state received a $40 million grant on Tuesday from the agency.", "Grant"),
        ("The program got $250 million rent and utility assistance through December.",
         "Rent and utility assistance"),
        ("Officials secured a $1.4 trillion investment commitment in March.",
         "Investment commitment"),
    ],
)  # fmt: skip
def test_a_day_or_a_month_is_left_out_of_the_label(paragraph: str, label: str) -> None:
    assert _labels(paragraph) == [label]


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("It approved a $3.4 billion budget for schools on Monday.", "Budget for schools"),
        ("The bill provides $700 million investment in rural broadband.",
         "Investment in rural broadband"),
    ],
)  # fmt: skip
def test_the_phrase_saying_what_it_is_for_stays(paragraph: str, label: str) -> None:
    assert _labels(paragraph) == [label]
