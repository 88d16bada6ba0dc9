"""A report of twenty characters or fewer before its attribution (`The ship had left, Kirby
said.`, `Talks failed, Kirby said.`, `…, according to Kirby.`) is a report as a longer one is:
a clause of three words or fewer before its verb; not a time, a greeting or an answer
(`On Tuesday, Kirby said.`, `Thank you, he said.`, `Not yet, Kirby said.`)."""

from __future__ import annotations

import pytest

from .helpers import quotes

NAMED = "White House spokesman John Kirby spoke."


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        ("The ship had left, Kirby said.", "The ship had left"),
        ("The ship had left, according to Kirby.", "The ship had left"),
        ("Talks failed, Kirby said.", "Talks failed"),
        ("Prices rose, Kirby told reporters.", "Prices rose"),
        ("The deal is close, Kirby said.", "The deal is close"),
        # (a clause opening with a word a time or an answer may open with is still a report)
        ("No one was hurt, Kirby said.", "No one was hurt"),
        ("In May it rose, Kirby said.", "In May it rose"),
    ],
)
def test_a_short_report_before_its_attribution(sentence: str, report: str) -> None:
    assert quotes(NAMED, sentence) == [("indirect", "John Kirby", report)]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday, Kirby said.",
        "Thank you, Kirby said.",
        "Not yet, Kirby said.",
        "Well, Kirby said.",
    ],
)
def test_no_report_in_a_time_a_greeting_or_an_answer(sentence: str) -> None:
    assert quotes(NAMED, sentence) == []
