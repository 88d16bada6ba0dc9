"""The listener round (docs/IMPORT-RULES.md, "What it finds", indirect quotes): a verb that takes
the one told (`told`, `informed`, `assured`, `reminded`; and `warned`, `cautioned`, `promised`,
whose first noun phrase is as often the clause's own subject), the one told (`reporters`,
`lawmakers`, `Reuters`, `The Associated Press`, `the BBC`, `him`, `a news conference`), at most two
phrases of time or place (`on Tuesday`, `Tuesday`, `last week`, `in an interview`, `at a briefing`,
`in Washington`), then a clause without `that`: the report is the clause only. Near shapes that are
no report: the one told then a noun phrase, `of`, `about`, `against` or `to`; nothing after the
time. The sentences are written for the tests (wire-story shapes)."""

from __future__ import annotations

import pytest

from .helpers import quotes

_WHO = "Mary Kay is the state treasurer."


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        # (before: `lawmakers the state could …`, the one told inside the report)
        (
            "Mary Kay warned lawmakers the state could lose its rating.",
            "the state could lose its rating.",
        ),
        # (before: `Tuesday the company would …`, the time inside the report)
        (
            "Mary Kay told Reuters on Tuesday the company would cut jobs.",
            "the company would cut jobs.",
        ),
        (
            "Mary Kay told reporters Tuesday the company would cut jobs.",
            "the company would cut jobs.",
        ),
        # (before: no quote)
        (
            "Mary Kay told reporters on Monday the state would borrow more.",
            "the state would borrow more.",
        ),
        ("Mary Kay told CNN last week she had no plans to resign.", "she had no plans to resign."),
        ("Mary Kay reminded reporters the deadline was Friday.", "the deadline was Friday."),
        ("Mary Kay assured investors the company was sound.", "the company was sound."),
        ("Mary Kay informed lawmakers the vote would be delayed.", "the vote would be delayed."),
        (
            "Mary Kay cautioned investors the recovery could take years.",
            "the recovery could take years.",
        ),
        (
            "Mary Kay told the BBC in an interview the government would not back down.",
            "the government would not back down.",
        ),
        (
            "Mary Kay warned reporters at a briefing the numbers were likely to rise.",
            "the numbers were likely to rise.",
        ),
        ("Mary Kay told reporters in Washington the talks had stalled.", "the talks had stalled."),
        (
            "Mary Kay told a news conference the ceasefire was holding.",
            "the ceasefire was holding.",
        ),
        ("Mary Kay warned the Senate the bill would fail.", "the bill would fail."),
        ("Mary Kay cautioned the public the storm was dangerous.", "the storm was dangerous."),
        ("Mary Kay warned Russia it would pay a heavy price.", "it would pay a heavy price."),
        ("Mary Kay warned lawmakers cuts would hurt schools.", "cuts would hurt schools."),
        ("Mary Kay promised voters the taxes would not rise.", "the taxes would not rise."),
        # (the `that` after a place: before, no quote; a White House text's shape)
        (
            "Mary Kay promised workers in Warren that the plant would stay open.",
            "the plant would stay open.",
        ),
        ("Mary Kay told reporters in Albany that the plan would fail.", "the plan would fail."),
    ],
)
def test_the_report_after_the_one_told_and_the_time_is_the_clause(
    sentence: str, report: str
) -> None:
    assert quotes(_WHO, sentence) == [("indirect", "Mary Kay", report)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mary Kay told reporters about the plan.",
        "Mary Kay told him to leave.",
        "Mary Kay warned lawmakers of the risk.",
        "Mary Kay reminded voters of her record.",
        "Mary Kay assured investors of her support.",
        "Mary Kay told the story of her father.",
        "Mary Kay told reporters Tuesday.",
        "Mary Kay told reporters on Monday.",
        "Mary Kay warned lawmakers against a shutdown.",
        "Mary Kay urged lawmakers to pass the bill.",
        "Mary Kay informed the committee of her decision.",
        "Mary Kay reminded reporters the deadline.",
        "Mary Kay told CNN the truth.",
        "Mary Kay promised voters a tax cut.",
    ],
)
def test_the_one_told_then_no_clause_is_no_report(sentence: str) -> None:
    assert quotes(_WHO, sentence) == []


def test_a_noun_told_of_before_a_relative_clause_is_no_one_told() -> None:
    # (`the deal the company struck`: a noun and its relative clause without `that`, no one
    # promised; before and after, no quote)
    assert quotes(_WHO, "Mary Kay promised the deal the company struck would hold.") == []


def test_after_warned_the_first_noun_phrase_may_be_the_subject() -> None:
    # (no one told: the clause from its subject, as before)
    assert quotes(_WHO, "Mary Kay warned the economy could shrink.") == [
        ("indirect", "Mary Kay", "the economy could shrink.")
    ]
    assert quotes(_WHO, "Mary Kay warned investors were fleeing the market.") == [
        ("indirect", "Mary Kay", "investors were fleeing the market.")
    ]


def test_a_possessive_day_is_the_subject_not_the_time() -> None:
    assert quotes(_WHO, "Mary Kay told reporters Tuesday's vote was a turning point.") == [
        ("indirect", "Mary Kay", "Tuesday's vote was a turning point.")
    ]
