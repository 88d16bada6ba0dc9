"""How far a pronoun reaches back, and reports inside a condition (the pronoun round).

A `he` whose nearer referent is a person the text describes and never names (`how could this
man have gotten weapons? … he said that there are bombs`) names no one: no source, as
ANNOTATING.md says of a pronoun whose referent the text does not name; it no longer reaches back
paragraphs to a person merely mentioned (`The Attorney General is focused.`). A report whose
verb stands in a condition opening the sentence (`If he said he’d be there, he’d be there.`,
`If the investigation concluded that A, that I would …`) is no one's words, unless the sentence
is a question. The sentences are written for the tests after the Colleyville and COVID remarks
of the audit."""

from __future__ import annotations

import pytest

from .helpers import quotes

_MENTIONED = "THE PRESIDENT: The Attorney General is focused. I’m making sure that we deal with it."
_ANSWER = "THE PRESIDENT: And there were no bombs. You know, he said that there are bombs he has."


@pytest.mark.parametrize(
    "question",
    [
        "Q Mr. President, how could this man have gotten weapons? There’s reports that he’s only "
        "been in the country for a couple of weeks.",
        "Q Mr. President, how could the gunman have gotten weapons?",
        "Q Mr. President, what do you know of the suspect?",
        "Q Mr. President, how did this guy get into the building?",
    ],
)
def test_an_unnamed_actor_between_leaves_the_pronoun_unnamed(question: str) -> None:
    assert quotes(_MENTIONED, question, _ANSWER) == []


def test_without_the_unnamed_actor_the_mention_still_reaches() -> None:
    # (the older reach, kept: only a person described and unnamed stops it)
    found = quotes(_MENTIONED, "Q Mr. President, how could this have happened?", _ANSWER)
    assert [speaker for _, speaker, _ in found] == ["Attorney General"]


def test_a_she_passes_over_a_man() -> None:
    found = quotes(
        "Jane Roe said the plan would pass.",
        "The man at the door was angry. She said that the count was close.",
    )
    assert ("indirect", "Jane Roe", "the count was close.") in found


@pytest.mark.parametrize(
    ("middle", "speaker"),
    [
        # one named after the description: no unnamed person
        ("This guy, Richard Roe, was there.", None),
        # one a relative clause describes, the one the text speaks of
        ("The man who wrote the bill was there.", "John Doe"),
        # the description after the sentence's own `he`: the same one again
        ("He wants to win — this guy wants it all.", "John Doe"),
    ],
)
def test_descriptions_of_one_named_do_not_stop_the_pronoun(
    middle: str, speaker: str | None
) -> None:
    found = quotes(
        "John Doe said the plan would pass.", f"{middle} He said that the count was close."
    )
    texts = [text for _, _, text in found]
    assert "the count was close." in texts
    if speaker is not None:
        assert ("indirect", speaker, "the count was close.") in found


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Jane Roe said A would pass. She added that the vote was close.",),
        ("Jane Roe said the plan would pass.", "She added that the vote was close."),
        (
            "Jane Roe said the plan would pass.",
            "The vote is on Tuesday.",
            "The committee meets on Monday.",
            "She said that the vote was close.",
        ),
    ],
)
def test_a_pronoun_after_a_speaker_still_resolves(paragraphs: tuple[str, ...]) -> None:
    assert ("indirect", "Jane Roe", "the vote was close.") in quotes(*paragraphs)


@pytest.mark.parametrize(
    "paragraph",
    [
        "THE PRESIDENT: Look, what I said was: If the investigation of the Attorney General "
        "concluded that the allegations were correct, that I would recommend he resign.",
        "John Doe was always honest. If he said he’d be there, he’d be there.",
        "John Doe kept his word. If John Doe said he would do something, he did it.",
        "And if the Governor says that the road is open, we will drive.",
    ],
)
def test_a_report_inside_a_condition_is_no_quote(paragraph: str) -> None:
    assert quotes(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a question's condition: the report is the one asked of (ANNOTATING.md)
        (
            "Q And if Ronald Reagan said that we must trust but verify, what do you say to him?",
            ("indirect", "Ronald Reagan", "we must trust but verify"),
        ),
        # `if` for `since`, not opening the sentence
        (
            "John Doe said the plan would pass. There is no way to talk about it if he has said "
            "he doesn’t know what is in it.",
            ("indirect", "John Doe", "he doesn’t know what is in it."),
        ),
        # the condition closed by a comma before the verb's own clause
        (
            "If the vote fails, Jane Roe said that the bill will return.",
            ("indirect", "Jane Roe", "the bill will return."),
        ),
        (
            "Jane Roe said the plan would pass. If the vote fails, she said, the bill will return.",
            ("indirect", "Jane Roe", "the bill will return."),
        ),
    ],
)
def test_reports_near_a_condition_are_kept(paragraph: str, expected: tuple[str, str, str]) -> None:
    assert expected in quotes(paragraph)
