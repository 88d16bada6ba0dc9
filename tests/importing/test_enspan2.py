"""A second span audit of found indirect quotes on unseen White House texts (docs/IMPORT-RULES.md,
the enspan2 round): the one speaking's own opinion in the first person after a report ends it
(`…, you know, I think we should all believe him.`, `… — I think would be a way to put it.`, `…,
signaling, I suppose, that …`); `said that a couple of times.` and `said that in that very
interview.` say the thing said, no clause; and a sentence opening with a negative whose subject
is left out (`Can’t say I was disappointed.`, `Don’t say …`) or with `People` names no source.
Each test holds the shape with a near shape that must stay as it is, in one paragraph or
briefing (the sentences here are written for the tests)."""

from __future__ import annotations

import pytest

from .helpers import briefing_quotes, quotes

_MET = "MS. JEAN-PIERRE: President Joe Biden went to Detroit on Monday."

# --- the one speaking's opinion after the report ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        (
            "He said the plant would stay open, you know, I think we should all believe him.",
            "the plant would stay open",
        ),
        (
            "He said the plant would stay open, I think we can take him at his word.",
            "the plant would stay open",
        ),
        (
            "He said there is a shortage of nurses in rural counties — I think would be a fair "
            "way to put it.",
            "there is a shortage of nurses in rural counties",
        ),
        (
            "He said the vote would be put off until the spring, signaling, I suppose, that the "
            "votes are not there yet.",
            "the vote would be put off until the spring",
        ),
        (
            "He said the talks would go on, you know, I believe that is the right call.",
            "the talks would go on",
        ),
    ],
)
def test_the_one_speakings_opinion_ends_the_report(sentence: str, report: str) -> None:
    # (and the opinion as an aside the report goes on past, between commas or dashes)
    asides = [
        "the bill would pass the Senate, I think, by a wide margin.",
        "the vote would come — I think — next week.",
    ]
    assert quotes(_MET, f"{sentence} He said {asides[0]} He said {asides[1]}") == [
        ("indirect", "Joe Biden", report),
        ("indirect", "Joe Biden", asides[0]),
        ("indirect", "Joe Biden", asides[1]),
    ]


def test_an_opinion_in_a_question_ends_the_report() -> None:
    assert briefing_quotes(
        "Q Jane, Senator Jane Doe said this afternoon that the bill is going to be pushed until "
        "after the election, signaling, I suppose, that the votes are not there. Any comment?",
        "MS. ROE: No.",
    ) == [("indirect", "Jane Doe", "the bill is going to be pushed until after the election")]


def test_a_report_in_the_first_person_keeps_its_opinion() -> None:
    # (the report's own `I`: what follows is the source's, as the report before it is; with a
    # report in the third person after it that the opinion stops)
    assert quotes(
        _MET,
        "He said that when I was young, I think my father worked at the plant. He also said the "
        "plant would stay open, I think we can believe him.",
    ) == [
        ("indirect", "Joe Biden", "when I was young, I think my father worked at the plant."),
        ("indirect", "Joe Biden", "the plant would stay open"),
    ]


# --- `said that` and a count of times or the occasion, no clause -------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Q You said that a couple of times. What do you mean by it?",
        "Q You’ve said that a few times now. What do you mean by it?",
        "Q Senator Jane Doe wants a vote. She also said that in that very interview. Will the "
        "President meet her?",
        "Q Senator Jane Doe wants a vote. She said that in the same interview. Will the President "
        "meet her?",
    ],
)
def test_said_that_and_when_or_where_is_no_report(question: str) -> None:
    # (and the same words before a clause: `a couple of` counting things, `in the interview` the
    # clause's own opening)
    assert briefing_quotes(
        question,
        "MS. ROE: Look, the President said that a couple of senators will vote no.",
        "Q You said that in the interview the President would sign it?",
    ) == [
        ("indirect", "President", "a couple of senators will vote no."),
        ("indirect", "Jane Roe", "in the interview the President would sign it"),
    ]


# --- no source: a negative with its subject left out, `People` -------------------------------


def test_a_negative_opening_a_sentence_names_no_source() -> None:
    assert quotes(
        "THE PRESIDENT: Senator Jane Roe didn’t come to the dinner. Can’t say I was "
        "disappointed. She says she’s running again.",
        "So my message to them is: Use the money. Don’t say you can’t — you have the tools.",
    ) == [("indirect", "Jane Roe", "she’s running again.")]


def test_people_names_no_source() -> None:
    assert quotes(
        "THE PRESIDENT: We built the bridge in a year. People said it would take five years. "
        "Governor Jane Roe said it would take two.",
    ) == [("indirect", "Jane Roe", "it would take two.")]
