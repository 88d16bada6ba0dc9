"""The speakers of a wire story (the enwire2 round): who a later surname, description or
pronoun names after the people are introduced in full, and the shapes that must name no one
(docs/ANNOTATING.md, "The speaker": one person is one speaker, by the name the article gives in
full; when the article does not say who it is, the quote is not annotated). The sentences are
written for the tests."""

from __future__ import annotations

import pytest

from .helpers import quotes

QUOTE = "“We will not back down,”"
WORDS = "We will not back down,"
REPORT = "The plan would cut costs by half"
CLAUSE = "the plan would cut costs by half."


# --- a full name given only in the narration --------------------------------------------------


@pytest.mark.parametrize(
    "introduction",
    [
        "John Doe, the chief executive of Acme Corp., also spoke.",
        "John Doe spoke.",
        "John Doe, who heads the union, was at the meeting.",
        "The meeting was led by John Doe, the union's president.",
        "John Doe and Mary Major were at the meeting.",
        "Among the speakers was John Doe, a nurse from Ohio.",
        "John Doe, 54, lost his job in March.",
        "John Doe’s plan passed on Monday.",
    ],
)
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (f"{REPORT}, Doe said.", "indirect"),
        (f"Doe said {CLAUSE}", "indirect"),
        (f"{QUOTE} Doe said.", "direct"),
        (f"{QUOTE} said Doe.", "direct"),
    ],
)
def test_a_surname_takes_the_full_name_of_the_narration(
    introduction: str, sentence: str, kind: str
) -> None:
    found = quotes(introduction, sentence)
    assert [(k, speaker) for k, speaker, _ in found] == [(kind, "John Doe")]


def test_the_full_name_given_after_the_surname() -> None:
    assert quotes(f"{QUOTE} Doe said.", "John Doe, the chief executive, spoke later.") == [
        ("direct", "John Doe", WORDS)
    ]


@pytest.mark.parametrize(
    "introduction",
    [
        "Jane Doe and John Doe spoke.",  # two full names: the surname does not say which
        "Doe spoke.",  # no full name
        "John Doe-Smith spoke.",  # another surname
        "Mark Doe spoke about the mark he left.",  # a given name that is a word of the text
        "Fighting near the Doe River went on; the doe fled.",  # a surname that is a word
        "The Doe family spoke.",  # a determiner before it: no person
    ],
)
def test_a_surname_with_no_one_full_name_stays_as_written(introduction: str) -> None:
    assert quotes(introduction, f"{QUOTE} Doe said.") == [("direct", "Doe", WORDS)]


def test_places_and_groups_are_no_full_names() -> None:
    # `in Southern Gaza`, `our European Allies`: a place or a thing after `in` or a determiner.
    assert quotes("Fighting in Southern Gaza went on.", f"{QUOTE} Gaza said.") == [
        ("direct", "Gaza", WORDS)
    ]
    assert quotes("Our European Allies agreed.", f"{QUOTE} Allies said.") == [
        ("direct", "Allies", WORDS)
    ]
    # `Some Republicans`: a plural of people, and a word of the text's own before it.
    assert quotes("Some Republicans objected.", f"{QUOTE} some said.") == []


def test_a_titled_surname_keeps_its_own_reading() -> None:
    # `President Doe` registers the surname itself: a later `Doe` is the President.
    assert quotes("President Doe spoke. John Doe also spoke.", f"{QUOTE} Doe said.") == [
        ("direct", "Doe", WORDS)
    ]
