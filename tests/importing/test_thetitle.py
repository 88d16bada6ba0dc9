"""A sentence's subject after an opener, as a later pronoun names it (docs/IMPORT-RULES.md, "What it
finds"; a probe of press gaggles, 7 December): `Well, the President spoke with Prime Minister X.
He reiterated that A` gives A to the President, as `The President spoke with …` did, where the
object named last (X) took it before; so after `And`, `But`, `So,`, `Okay, so`, `So, look,`,
and in a transcript's turn after a filler that is no address (`Okay, so the President …`).
Kept: an address to the one asked (`Karine, can you …`) names no subject. The sentences are
written for the tests."""

from __future__ import annotations

import pytest

from .helpers import quotes

_BEFORE = "Secretary of State Antony Blinken and President Joe Biden arrived."
_REPORT = "reiterated that the United States stands with Israel."


@pytest.mark.parametrize(
    "opener", ["Well, ", "So, ", "And ", "But ", "Now, ", "Okay, so ", "So, look, ", "Look, "]
)
@pytest.mark.parametrize(
    ("title", "person"), [("the President", "Joe Biden"), ("the Secretary", "Antony Blinken")]
)
def test_title_after_an_opener(opener: str, title: str, person: str) -> None:
    text = (
        f"{opener}{title} spoke with Prime Minister Benjamin Netanyahu this morning. He {_REPORT}"
    )
    assert quotes(_BEFORE, text) == [("indirect", person, "the United States stands with Israel.")]


def test_title_without_a_name_after_an_opener() -> None:
    text = f"Well, the President spoke with Prime Minister Netanyahu this morning. He {_REPORT}"
    assert quotes("Senator Chuck Schumer spoke.", text) == [
        ("indirect", "President", "the United States stands with Israel.")
    ]


@pytest.mark.parametrize(
    "opening", ["Okay, so the President", "Hi, everybody. Okay, so the President"]
)
def test_filler_in_a_turn_is_no_address(opening: str) -> None:
    text = (
        f"MS. JEAN-PIERRE: {opening} spoke with Prime Minister Netanyahu this morning. He {_REPORT}"
    )
    assert quotes(text) == [("indirect", "President", "the United States stands with Israel.")]


def test_object_named_last_still_named_without_a_subject() -> None:
    # (no subject opens the sentence before: the one named there, as before)
    text = f"Yesterday's call with Prime Minister Benjamin Netanyahu went well. He {_REPORT}"
    assert quotes(text) == [
        ("indirect", "Benjamin Netanyahu", "the United States stands with Israel.")
    ]


def test_the_and_a_common_noun_is_no_subject() -> None:
    # (`the` before a lower-case word: no title, the pronoun's reading unchanged)
    text = f"And the meeting with Prime Minister Benjamin Netanyahu went well. He {_REPORT}"
    assert quotes(text) == [
        ("indirect", "Benjamin Netanyahu", "the United States stands with Israel.")
    ]
