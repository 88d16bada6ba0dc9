"""A promise with its clause (`He promised his administration would look like America`) is a
report, as `promised that …` was; `promised to fight`, `pledged support for …` and `promised $5
billion to …` have none. The speaker's own comment after it, a pronoun and an auxiliary alone
(`, and it does.`), is no part of the report (docs/ANNOTATING.md, "Twenty-fourth folder"; the
sentences are written for the tests)."""

from __future__ import annotations

import pytest

from .helpers import quotes

_MET = "President Joe Biden spoke on Monday."


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "He promised his administration would look like America, and it does.",
            "his administration would look like America",
        ),
        ("He vowed the plant would reopen.", "the plant would reopen."),
        (
            "He pledged the funds will reach every town, and they will.",
            "the funds will reach every town",
        ),
    ],
)
def test_a_promise_with_its_clause(sentence: str, text: str) -> None:
    assert quotes(_MET, sentence) == [("indirect", "Joe Biden", text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "He promised to fight for every worker.",
        "He pledged support for the workers who will lose their jobs.",
        "He promised $5 billion to the states, which will help.",
        "He vowed to return.",
    ],
)
def test_no_clause_no_report(sentence: str) -> None:
    assert quotes(_MET, sentence) == []


def test_a_comment_with_more_than_an_auxiliary_stays() -> None:
    assert quotes(_MET, "He said the plan will pass, and it will create jobs.") == [
        ("indirect", "Joe Biden", "the plan will pass, and it will create jobs.")
    ]
