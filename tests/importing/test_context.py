"""The one President a text names, read from every `President X` in office (the context
round, docs/IMPORT-RULES.md): a sentence's opening word before the title (`And President Biden`,
`Under President Biden`, `Q Does President Trump`) names no body, and `President Pro Tempore`
is the Senate's title, no President named; `the President` as a sentence's subject before the
text names him is him, whom a later pronoun names. Another body's President (`SMART-TD President
…`, `Microsoft President …`) and a second President still make the title mean more than one."""

from __future__ import annotations

import pytest

from pressreader.importing.annotate import annotate
from pressreader.importing.speakers import dominant_president, named_president, sole_titles

from .helpers import quotes


@pytest.mark.parametrize(
    "sentence",
    [
        "Q And President Biden also — you know, yesterday, he said he may delay his trip.",
        "Under President Biden, unemployment has fallen.",
        "When President Biden took office, the economy was in crisis.",
        "As President Biden has said many times, we will not default.",
        "Q Does President Biden plan to veto it?",
        "Since President Biden signed the law, 800 projects have begun.",
    ],
)
def test_an_opening_word_before_the_title_names_no_body(sentence: str) -> None:
    assert named_president([sentence]) == "President Biden"


@pytest.mark.parametrize(
    "sentence",
    [
        "SMART-TD President Jeremy Ferguson welcomed the deal.",
        "Microsoft President Brad Smith welcomed the deal.",
        "NAACP President Derrick Johnson welcomed the deal.",
    ],
)
def test_another_bodys_president_is_still_no_president_in_office(sentence: str) -> None:
    assert named_president([sentence]) is None
    assert named_president(["President Biden spoke.", sentence]) == "President Biden"


def test_a_second_president_after_an_opening_word_is_a_second_president() -> None:
    # (before, `When President Putin` was read as a body's President and Biden was the one)
    texts = ["President Biden spoke today.", "When President Putin invaded Ukraine, we answered."]
    assert named_president(texts) is None


def test_the_president_named_first_and_most_counts_opening_words() -> None:
    texts = [
        "And President Biden said so.",
        "Under President Biden, jobs grew.",
        "As President Biden said, we will act.",
        "President Putin called.",
    ]
    assert dominant_president(texts) == "Biden"


def test_president_pro_tempore_is_a_title_not_a_president_named() -> None:
    murray = "President Pro Tempore of the Senate Patty Murray: “That was one heck of a speech.”"
    assert named_president([murray, "President Biden’s address"]) == "President Biden"
    assert named_president([murray]) is None
    assert "president" in sole_titles([murray, "The President spoke."])
    # (the title of another body's President still names one)
    assert "president" not in sole_titles(["President Biden spoke.", "The President spoke."])


_ADDRESS = (
    "Tuesday, the President was strong and energetic in his State of the Union address. He "
    "spoke clearly and directly to the American people. And, he said clearly that we need to "
    "finish the job."
)


def test_a_pronoun_after_the_president_named_later() -> None:
    later = "See below for what leaders are saying about President Biden’s address:"
    assert quotes(_ADDRESS, later) == [("indirect", "Biden", "we need to finish the job.")]


def test_a_pronoun_after_the_president_named_later_after_an_opening_word() -> None:
    later = "And President Biden’s address was a great success."
    assert quotes(_ADDRESS, later) == [("indirect", "Biden", "we need to finish the job.")]


def test_a_pronoun_after_the_president_of_a_text_naming_none() -> None:
    # (as before: the title's sole holder)
    later = "See below for what leaders are saying about the address:"
    assert quotes(_ADDRESS, later) == [("indirect", "President", "we need to finish the job.")]


def test_a_pronoun_after_the_president_of_a_text_naming_two_gives_no_one() -> None:
    later = "President Biden met President Macron of France after the address."
    assert quotes(_ADDRESS, later) == []


def test_a_pronoun_after_the_president_of_a_text_naming_another_bodys_president() -> None:
    # (as before: `Microsoft President Brad Smith` gives the title to someone, so `the President`
    # is no sole holder, and no President in office is named)
    later = "Microsoft President Brad Smith praised the address."
    assert quotes(_ADDRESS, later) == []


_GAGGLE_TITLE = "Press Gaggle by Press Secretary Karine Jean-Pierre En Route New York, NY"
_GAGGLE = [
    "MS. JEAN-PIERRE: Congress needs to take action. And it’s something that the President had"
    " also said: We have never defaulted in the 200-plus years of our history. So they need to"
    " act.",
    "Q Yeah.",
    "MS. JEAN-PIERRE: Thanks.",
]


def _gaggle(last: str) -> list[tuple[str, str, str]]:
    found = annotate([(None, [*_GAGGLE, last])], title=_GAGGLE_TITLE)
    return [(quote.kind, quote.speaker, quote.text) for quote in found.quotes]


def test_a_transcripts_president_named_only_after_an_opening_word() -> None:
    last = "Q And President Biden also — you know, yesterday, he said it. What has to happen?"
    assert _gaggle(last) == [
        ("indirect", "Biden", "We have never defaulted in the 200-plus years of our history.")
    ]


def test_a_transcripts_president_not_named_by_another_bodys_president() -> None:
    # (as before: a text naming a body's President only reads no President of its own)
    assert _gaggle("Q And Microsoft President Brad Smith also said it. What now?") == []
