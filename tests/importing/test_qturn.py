"""A question's own `, and there’s …` after the report it holds (the qturn round,
docs/IMPORT-RULES.md): in a question's turn a report ends before a comma, `and`, `but` or `if` and
`there` with its verb, the asker's own words (docs/ANNOTATING.md, "A question's own end"). The
same words in an answer's turn or outside a transcript run on. (The sentences are written for
the tests.)"""

from __future__ import annotations

import pytest

from .helpers import quotes

_TURN = "MS. ROE: Good afternoon, everyone. I have one thing at the top."


@pytest.mark.parametrize(
    ("question", "report"),
    [
        (
            "Q Jane Doe said last week that there would be a summit, and there’s been a summit"
            " every year since. Can we expect one tomorrow?",
            "there would be a summit",
        ),
        (
            "Q Reuters says that columns already are crossing the border, and there are reports"
            " of shelling on social media. Has the U.S. verified that?",
            "columns already are crossing the border",
        ),
        (
            "Q Jane Doe said that the vote would be held on Monday, but there is no sign of it"
            " on the calendar. Will it be held?",
            "the vote would be held on Monday",
        ),
        (
            "Q I wonder, if Jane Doe said that this was going to happen, if there’s a precedent"
            " of this happening, is the worry that you don’t want it?",
            "this was going to happen",
        ),
        (
            "Q Jane Doe said that the talks had stalled, and there were no new dates. Is that"
            " the case?",
            "the talks had stalled",
        ),
    ],
)
def test_a_question_report_ends_before_the_askers_there_clause(question: str, report: str) -> None:
    found = quotes(_TURN, question)
    assert [text for kind, _, text in found if kind == "indirect"] == [report]


def test_an_answer_report_runs_on_past_and_there() -> None:
    found = quotes(
        "Q What did the President say about prices?",
        "MS. ROE: Well, the President said that supply is going up, and there have not been any"
        " changes in the prices.",
    )
    assert [text for kind, _, text in found if kind == "indirect"] == [
        "supply is going up, and there have not been any changes in the prices."
    ]


def test_a_report_outside_a_transcript_runs_on_past_and_there() -> None:
    found = quotes(
        "Jane Doe said last week that there would be a summit, and there’s been a summit every"
        " year since."
    )
    assert [text for kind, _, text in found if kind == "indirect"] == [
        "there would be a summit, and there’s been a summit every year since."
    ]


@pytest.mark.parametrize(
    ("question", "report"),
    [
        # a second clause of the report (`and that there …`) stays in it
        (
            "Q Jane Doe said that the vote would be held on Monday, and that there would be a"
            " recount. Will it be held?",
            "the vote would be held on Monday, and that there would be a recount.",
        ),
        # `there` as a place, with no verb of being after it
        (
            "Q Jane Doe said that the troops would stay in the city, and there they would wait."
            " Is that the plan?",
            "the troops would stay in the city, and there they would wait.",
        ),
    ],
)
def test_near_shapes_that_are_not_cut(question: str, report: str) -> None:
    found = quotes(_TURN, question)
    assert [text for kind, _, text in found if kind == "indirect"] == [report]
