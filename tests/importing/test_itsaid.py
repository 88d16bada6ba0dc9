"""The itsaid round (docs/IMPORT-RULES.md, "`It said` after a body"): `it` names a body, and `it` or
`they` right after a sentence that opens with a body by its proper name names that body
(ANNOTATING.md: a pronoun after a sentence that is no attribution names the one that sentence
opens with; `they` after a body just named is the body); with the near shapes that must give no
quote or keep their speaker (the sentences are written for the tests, after wire stories)."""

from __future__ import annotations

import pytest

from .helpers import quotes

CLAUSE = "the visit was a serious provocation."

# --- `it` or `they` after a sentence that opens with a body --------------------------------------


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("The Chinese Foreign Ministry issued a statement on Monday.", "Chinese Foreign Ministry"),
        ("Acme Corp. released its results on Monday.", "Acme Corp."),
        ("The European Commission proposed new rules on Wednesday.", "European Commission"),
        ("The World Health Organization published new guidance.", "World Health Organization"),
        ("The Pentagon released a statement late on Friday.", "Pentagon"),
        ("The Kremlin released a readout of the call.", "Kremlin"),
        ("The State Department approved the sale.", "State Department"),
    ],
)
@pytest.mark.parametrize("verb", ["It said", "It also announced that", "They said that"])
def test_a_pronoun_after_a_body_opening_the_sentence(opening: str, speaker: str, verb: str) -> None:
    assert quotes(f"{opening} {verb} {CLAUSE}") == [("indirect", speaker, CLAUSE)]


def test_a_pronoun_opening_the_next_paragraph() -> None:
    assert quotes(
        "The Kremlin released a readout on Tuesday.", "They say that the call was useful."
    ) == [("indirect", "Kremlin", "the call was useful.")]
    assert quotes(
        "The Chinese Foreign Ministry issued a statement on Monday.", f"It said {CLAUSE}"
    ) == [("indirect", "Chinese Foreign Ministry", CLAUSE)]


def test_it_after_a_quotation() -> None:
    assert quotes(
        "The Chinese Foreign Ministry issued a statement. “The visit is a provocation,” it said."
    ) == [("direct", "Chinese Foreign Ministry", "The visit is a provocation,")]


def test_it_after_the_body_s_own_attribution() -> None:
    assert quotes(
        "The Chinese Foreign Ministry said the visit was a provocation.",
        "It added that China would respond.",
    ) == [
        ("indirect", "Chinese Foreign Ministry", "the visit was a provocation."),
        ("indirect", "Chinese Foreign Ministry", "China would respond."),
    ]


# --- near shapes: no quote, or the speaker kept ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"Jane Roe spoke on Monday. It said that {CLAUSE}",  # (a person is never `it`)
        f"President Biden spoke to reporters. It said that {CLAUSE}",
        f"The bill passed the Senate on Tuesday. It says that {CLAUSE}",  # (a bill's text)
        f"The law took effect in January. It says that {CLAUSE}",
        f"The order was signed on Friday. It says that {CLAUSE}",
        f"The storm hit the coast on Sunday. It said that {CLAUSE}",
        f"It is said that {CLAUSE}",
        f"It was said that {CLAUSE}",
        "The Chinese Foreign Ministry issued a statement. It said nothing about the visit.",
        f"Jane Roe and Tom Lee met on Monday. They said that {CLAUSE}",  # (several people)
        f"The two leaders met in Geneva. They said that {CLAUSE}",
        f"The protesters gathered outside the ministry. They said that {CLAUSE}",
    ],
)
def test_no_source(text: str) -> None:
    assert quotes(text) == []


def test_it_names_no_body_met_further_back() -> None:
    # (`it` after a sentence about a thing is that thing, not the body of the report before it)
    assert quotes(
        "Acme Corp. said sales rose. The plan was approved by the board.",
        "It said that costs would fall.",
    ) == [("indirect", "Acme Corp.", "sales rose.")]


def test_it_after_a_thing_leaves_the_next_pronoun_as_it_was() -> None:
    # (a caption's `It said, “…”`: no one's; the `he` after it still the man named before)
    assert quotes(
        "John Doe showed me a photograph. Know what the caption read? It said, “Doe lies.”",
        "And he said, “We know it is going to be mean, but you have to run.”",
    ) == [("direct", "John Doe", "We know it is going to be mean, but you have to run.")]


@pytest.mark.parametrize(
    "text",
    [
        # (several: a country and a group; a people's adjective)
        "The United States and the Nordic countries agreed to cooperate. They noted that A is B.",
        "The Israeli — Israelis today have again ruled out a ceasefire. They’ve said that A is B.",
    ],
)
def test_they_after_several_is_no_source(text: str) -> None:
    assert quotes(text) == []


def test_a_report_s_it_is_its_issuer_s_or_no_one_s() -> None:
    assert quotes(f"The report came out on Monday. It said that {CLAUSE}") == []


def test_she_after_a_person_still_hers() -> None:
    assert quotes(f"Jane Roe spoke on Monday. She said that {CLAUSE}") == [
        ("indirect", "Jane Roe", CLAUSE)
    ]
