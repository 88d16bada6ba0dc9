"""The dev48 round (interviews of officials in which the host and the guest report others;
docs/IMPORT-RULES.md, "The dev48 round"): a town hall's moderator introduces voters from the floor
(`AUDIENCE MEMBER:`) between his questions, and is still the interviewer; a question put before
anyone has answered (an excerpt opening with `Q … you said A`) is put to the one interviewed.
A streak (`24 straight hours`, `14 consecutive years`) is the quantity reported, a figure
(ANNOTATING.md, "Thirty-first folder"), where a duration alone sets a period. The sentences here
are written for the tests."""

from __future__ import annotations

from pressreader.importing.annotate import annotate
from pressreader.importing.quotes.finder import QuoteFinder

from .helpers import figures, quotes

# A town hall: the moderator's questions, and the voters he introduces asking from the floor.
TOWN_HALL = (
    "MR. COOPER: Welcome back. We are live with President Joe Biden.",
    "Last month, you said you were anxious to see if the senators would stand up. Did they?",
    "THE PRESIDENT: I am not going to call names out.",
    "MR. COOPER: Senator Jane Roe said the vote was a disgrace. Would you agree?",
    "THE PRESIDENT: I made my views clear.",
    "MR. COOPER: I want you to meet Joel, a professor from the city.",
    "AUDIENCE MEMBER: Thank you. What can you do about extremism?",
    "THE PRESIDENT: A great deal, and we will.",
    "MR. COOPER: I want you to meet James, a lawyer.",
    "AUDIENCE MEMBER: Thank you. What about wages?",
    "THE PRESIDENT: They will rise.",
)


def _turns(*paragraphs: str) -> tuple[str, str]:
    finder = QuoteFinder()
    finder.read_turns(None, paragraphs)
    return finder._interviewer, finder._interviewee


def test_a_moderator_who_introduces_voters_is_the_interviewer() -> None:
    assert _turns(*TOWN_HALL) == ("MR. COOPER", "THE PRESIDENT")
    assert quotes(*TOWN_HALL) == [
        ("indirect", "Joe Biden", "you were anxious to see if the senators would stand up."),
        ("indirect", "Jane Roe", "the vote was a disgrace."),
    ]


def test_a_question_from_the_floor_before_any_answer_is_put_to_the_one_interviewed() -> None:
    paragraphs = (
        "Q Thank you. Last week, you said the plan was, quote, “the best in our history,” end "
        "quote. Is it?",
        "THE PRESIDENT: It is.",
        "MR. LEMON: But what about the cost?",
        "THE PRESIDENT: It is paid for.",
        "MR. LEMON: And the Senate?",
        "THE PRESIDENT: It will pass.",
        "MR. LEMON: And the House?",
        "THE PRESIDENT: It will pass there too.",
    )
    # (the one interviewed named by the title alone, `THE PRESIDENT:` its President)
    found = annotate([(None, list(paragraphs))], title="Remarks by President Biden in a Town Hall")
    said = [(quote.kind, quote.speaker, quote.text) for quote in found.quotes]
    assert ("indirect", "Biden", "the plan was") in said
    assert ("direct", "Biden", "the best in our history,") in said
    assert _turns(*paragraphs) == ("MR. LEMON", "THE PRESIDENT")


def test_a_panel_of_voters_without_a_moderators_questions_is_no_interview() -> None:
    # (the moderator only introduces, the voters ask and several answer: no two who alternate)
    paragraphs = (
        "MR. DOE: Let me introduce the panel.",
        "AUDIENCE MEMBER: You said the plan would fail. Why?",
        "SENATOR ROE: Because it is not paid for.",
        "AUDIENCE MEMBER: You said it would cost more.",
        "SENATOR POE: It would.",
        "MR. DOE: Next.",
        "AUDIENCE MEMBER: And the House?",
        "SENATOR ROE: It will not pass.",
    )
    assert _turns(*paragraphs) == ("", "")
    assert quotes(*paragraphs) == []


def test_a_streak_of_time_is_a_figure_a_duration_alone_is_not() -> None:
    assert figures(
        "Strom set the record at 24 straight hours.",
        "Inflation has fallen for 12 straight months, and prices for 14 consecutive years.",
    ) == [
        (24, None, "hours", "24 straight hours"),
        (12, None, "months", "12 straight months"),
        (14, None, "years", "14 consecutive years"),
    ]
    # (a duration that sets the time of something else, and a streak of no time unit's; how long
    # something lasted after `for`, `held the floor for 6 hours`, is a figure since the enfig
    # round: the development gold takes 32 such lengths and leaves 7, tests/importing/test_enfig.py)
    assert figures("Over the past 10 years, it held the floor for 6 hours.") == [
        (6, None, "hours", "6 hours")
    ]
    assert figures("It fell for two consecutive quarters.") == [
        (2, None, "consecutive quarters", "two consecutive quarters")
    ]
