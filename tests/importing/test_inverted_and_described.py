"""Two press-release and wire shapes: an inverted attribution before a colon (`Said Lee: “…”`,
`Added Mayor Ann Smith: “…”`) names the one after the verb, never `Said Lee`; and a sentence
opening with a person described, then named (`The mayor, Ann Smith, welcomed the news.`) makes
her the one a later pronoun names (ANNOTATING.md, "A pronoun after a sentence that is no
attribution")."""

from __future__ import annotations

import pytest

from .helpers import quotes


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (("Said Tom Lee: “We are just getting started.”",), "Tom Lee"),
        (("Chairman Tom Lee spoke.", "Said Lee: “We are just getting started.”"), "Tom Lee"),
        (("Added Mayor Ann Smith: “We are just getting started.”",), "Ann Smith"),
    ],
)
def test_an_inverted_attribution_names_the_one_after_the_verb(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert quotes(*paragraphs)[-1] == ("direct", speaker, "We are just getting started.")


def test_a_name_that_begins_like_the_verb_is_whole() -> None:
    assert quotes("Saidu Musa: “We are ready.”") == [("direct", "Saidu Musa", "We are ready.")]


def test_an_inverted_verb_before_no_one_known_is_no_speaker() -> None:
    assert quotes("Said the minister: “We are ready.”") == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("The mayor, Ann Smith, welcomed the news. “This is a great day,” she said.",),
        ("The mayor, Ann Smith, welcomed the news.", "“This is a great day,” she said."),
        ("A retired teacher, Ann Smith, 64, drove to the plant. “This is a great day,” she said.",),
    ],
)
def test_a_pronoun_after_a_person_described_then_named(paragraphs: tuple[str, ...]) -> None:
    assert quotes(*paragraphs) == [("direct", "Ann Smith", "This is a great day,")]


def test_a_body_described_then_named_is_no_person() -> None:
    paragraph = "The company, Acme Corp, welcomed the news. “This is a great day,” she said."
    assert quotes(paragraph) == []
