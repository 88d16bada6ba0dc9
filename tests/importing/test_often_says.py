"""What a source says again and again (`President Biden often says that A`, `As the President
often says, A`, `As Secretary Yellen likes to say, “…”`, `As X is fond of saying, “…”`) is reported
as what it said; `never said` is no report, `As my father used to say, “…”` names no one, and
`As you’ve heard many leaders … say, A` stays the heard group's, nobody (docs/ANNOTATING.md,
"Indirect quotes"; the sentences are written for the tests)."""

from __future__ import annotations

import pytest

from .helpers import quotes

_MET = "Treasury Secretary Janet Yellen spoke on Monday. President Joe Biden spoke too."


@pytest.mark.parametrize(
    "sentence",
    [
        "President Biden often says that we must act now.",
        "President Biden sometimes says that we must act now.",
        "President Biden often says we must act now.",
        "As President Biden often says, we must act now.",
        "As President Biden always says, we must act now.",
        "As President Biden likes to say, we must act now.",
    ],
)
def test_what_is_said_again_and_again(sentence: str) -> None:
    assert quotes(_MET, sentence) == [("indirect", "Joe Biden", "we must act now.")]


@pytest.mark.parametrize(
    "sentence",
    [
        "As President Biden often says, “we act.”",
        "As President Biden is fond of saying, “we act.”",
        "As President Biden likes to say, “we act.”",
    ],
)
def test_a_quotation_said_again_and_again(sentence: str) -> None:
    assert quotes(_MET, sentence) == [("direct", "Joe Biden", "we act.")]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Biden never said that we must act now.",
        "As my father used to say, “we act.”",
        "As I often say, we must act now.",
        "As you’ve heard many leaders across the administration say, we must act now.",
    ],
)
def test_no_source(sentence: str) -> None:
    assert quotes(_MET, sentence) == []
