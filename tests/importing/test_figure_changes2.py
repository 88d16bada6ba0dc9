"""A change to a new value, as a wire writes it: the time of the new value before `from`
(`fell to 3.9% in May from 4.1% in April`), `, down from` (`eased to 2.4%, down from 2.5%`),
the verbs of a slowing or an easing; the change labelled by what changed when its own label
says nothing (`Unemployment`, `Death toll`, not `Share`, `Figure`); a bare new level after a
definite subject (`The death toll rose to 45`); and a time after a figure's `in` said as when
(`Share in June`, `Amount in 2024`), not what it is of (`Share of June`)."""

from __future__ import annotations

import pytest

from .helpers import found


def _figures(paragraph: str) -> list[tuple[str, float, float | None, str]]:
    return [
        (statistic.label, statistic.value, statistic.previous, statistic.text)
        for statistic in found(paragraph).statistics
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Unemployment fell to 3.9% from 4.1%.",
         ("Unemployment", 3.9, 4.1, "fell to 3.9% from 4.1%")),
        ("Unemployment fell to 3.9% in May from 4.1% in April.",
         ("Unemployment", 3.9, 4.1, "fell to 3.9% in May from 4.1%")),
        ("Inflation eased to 2.4%, down from 2.5%.",
         ("Inflation", 2.4, 2.5, "eased to 2.4%, down from 2.5%")),
        ("Inflation eased to 2.4% in September, down from 2.5% in August.",
         ("Inflation", 2.4, 2.5, "eased to 2.4% in September, down from 2.5%")),
        ("The death toll rose from 30 to 45.", ("Death toll", 45, 30, "rose from 30 to 45")),
        ("Inflation is down from 9 percent to 3 percent.",
         ("Inflation", 3, 9, "down from 9 percent to 3 percent")),
        ("Black unemployment dropped from 9.2 to 5.9.",
         ("Black unemployment", 5.9, 9.2, "dropped from 9.2 to 5.9")),
    ],
)  # fmt: skip
def test_a_change_is_one_figure_labelled_by_what_changed(
    paragraph: str, expected: tuple[str, float, float | None, str]
) -> None:
    assert _figures(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The death toll rose to 45.", ("Death toll", 45, None, "45")),
        ("Our seven-day average of daily deaths has increased to 896 per day.",
         ("Seven-day average of daily deaths", 896, None, "896")),
    ],
)  # fmt: skip
def test_a_bare_new_level_of_a_named_thing(
    paragraph: str, expected: tuple[str, float, float | None, str]
) -> None:
    assert _figures(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The team climbed to 2 in the rankings.",
        "She rose to 3rd place.",
        "We saw a diminution dramatically down to 9.5 among those who are vaccinated.",
    ],
)
def test_no_bare_level_for_a_rank_or_an_indefinite_subject(paragraph: str) -> None:
    assert _figures(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("Prices rose 0.2% in June.", "Share in June"),
        # (the probefig round: the level a verb of standing gives is its subject's)
        ("Spending reached $93.5 billion in 2024.", "Spending"),
        ("It gave $8 million to 15 offshore wind research projects.",
         "Amount for 15 offshore wind research projects"),
        ("More than 95 percent of 2021 PPP loans went to these businesses.",
         "Share of 2021 PPP loans went to these businesses"),
    ],
)  # fmt: skip
def test_a_time_after_in_is_when(paragraph: str, label: str) -> None:
    assert _figures(paragraph)[0][0] == label


def test_a_new_price_is_not_what_the_share_is_of() -> None:
    # (the probefig round: the change and the level are the subject's, not `Share of $145.50`)
    assert [f[0] for f in _figures("Shares fell 3.2% to $145.50.")] == ["Fall in shares", "Shares"]


def test_a_change_by_then_the_new_level_is_two_figures() -> None:
    # (ANNOTATING.md: `up 5% to 1,200` is two figures; `grew by 1.2 million to 35 million` was
    # read as a range, its value the change)
    values = [v for _, v, _, _ in _figures("The population grew by 1.2 million to 35 million.")]
    assert values == [1200000, 35000000]
    # A range after `by` stays one: its ends are near each other.
    assert [v for _, v, _, _ in _figures("Prices rose by 2 to 3 percent.")] == [2]
