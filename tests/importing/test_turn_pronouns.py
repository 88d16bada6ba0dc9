"""A pronoun's lead-in in transcripts and speeches (`He said, “…”`, `And she wrote, “…”`) after a
sentence that is no attribution: the person that sentence opens with, after a speaker's word of
discourse (`Actually, Elon Musk called me.`), and the one person a sentence in the first person
names (`And we got a great question from our listener, Jane Roe (ph).`): docs/ANNOTATING.md, "A
pronoun after a sentence that is no attribution". The near shapes name no one: a place, a person
the sentence does not name, two people, a greeting, and a first-person sentence further back (the
sentences are written for the tests)."""

from __future__ import annotations

import pytest

from .helpers import quotes

Q = "Q How did it go?"
LEAD = " He said, “We will win.”"
LEAD_SHE = " And she wrote, “We will win.”"


@pytest.mark.parametrize(
    "sentence",
    [
        "Actually, Elon Musk called me.",
        "So, Elon Musk called me.",
        "Well, Elon Musk called me.",
        "Yeah, Elon Musk called me.",
    ],
)
def test_a_word_of_discourse_before_the_subject(sentence: str) -> None:
    found = quotes(Q, "THE PRESIDENT: Yes. " + sentence + LEAD)
    assert found == [("direct", "Elon Musk", "We will win.")]


@pytest.mark.parametrize(
    ("sentence", "speaker", "lead"),
    [
        ("And we got a great question from our listener, Jane Roe (ph).", "Jane Roe", LEAD_SHE),
        ("So, I got a phone call from my granddaughter Naomi Finn.", "Naomi Finn", LEAD_SHE),
        ("So, let us remember the words of the great Rosa Parks.", "Rosa Parks", LEAD_SHE),
        ("We were sitting in the Oval Office and President Obama turned to me.", "Obama", LEAD),
        ("And at that time, we were sending messages to President Putin.", "Putin", LEAD),
    ],
)
def test_the_one_person_a_first_person_sentence_names(
    sentence: str, speaker: str, lead: str
) -> None:
    found = quotes(Q, "DR. DOE: Sure. " + sentence + lead)
    assert found == [("direct", speaker, "We will win.")]


def test_a_person_met_before_named_again_in_the_first_person() -> None:
    found = quotes(
        "Q Jane Roe spoke today. What did she say?",
        "MS. DOE: I spoke with Jane Roe this morning. She said, “We will win.”",
    )
    assert found == [("direct", "Jane Roe", "We will win.")]


@pytest.mark.parametrize(
    "sentence",
    [
        "I was in New York last week.",  # a place
        "I called Elon Musk.",  # a name met first here, no title, no noun of a person before it
        "I spoke with my son about Jane Roe and Elon Musk.",  # two people
        "I asked my mom what she thought.",  # no name
    ],
)
def test_a_first_person_sentence_naming_no_one_plainly(sentence: str) -> None:
    assert quotes(Q, "THE PRESIDENT: Yes. " + sentence + LEAD) == []


def test_a_greeting_after_the_word_of_discourse_names_no_one() -> None:
    found = quotes(
        Q,
        "THE PRESIDENT: So, Merry Christmas. I said to her, “Thanks.”" + LEAD_SHE,
    )
    assert all(speaker != "Merry Christmas." for _, speaker, _ in found)


def test_only_the_sentence_right_before_is_read_in_the_first_person() -> None:
    found = quotes(
        Q,
        "PRESIDENT DOE: I can send messages to President Roe. We are at war. It is hard."
        " At that time," + LEAD,
    )
    assert found == []


def test_the_verbs_of_a_first_person_sentence_are_not_the_named_person_s() -> None:
    # (`we … made clear that A`: ours, not the mayor's)
    found = quotes(
        Q,
        "MS. DOE: So, we have been in close contact with officials — including Mayor Roe"
        " and the state — and made clear that the federal government stands ready to help.",
    )
    assert all(speaker != "Roe" for _, speaker, _ in found)
