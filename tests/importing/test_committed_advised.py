"""`committed that …` and `advised that …` are verbs of saying with a clause (docs/ANNOTATING.md,
"Thirty-third folder"), while the same words are as often deeds or states: `committed to …`,
`committed $5 billion`, `is committed to …`, `was advised that …` (the one advised), a
question's `is the President committed that …?`, `the crimes they committed that year`. And a
surname with its particles after a title (`President von der Leyen`) names the person the text
named in full (the sentences are written for the tests)."""

from __future__ import annotations

import pytest

from .helpers import quotes

INTRO = "Administrator Samantha Power opened the session."


@pytest.mark.parametrize("verb", ["committed", "advised", "has committed", "also advised"])
def test_the_verb_with_a_clause_is_a_report(verb: str) -> None:
    found = quotes(INTRO, f"Power {verb} that the agency will deliver the doses.")
    assert found == [("indirect", "Samantha Power", "the agency will deliver the doses.")]


def test_an_aside_after_that_stays_in_the_report() -> None:
    report = "by the end of the year, the doses will arrive."
    found = quotes(INTRO, f"Power advised that, {report}")
    assert found == [("indirect", "Samantha Power", report)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Power committed $5 billion to the fund that helps the poorest.",
        "Power committed to the plan that works.",
        "Power is firmly committed to making sure that the doses arrive.",
        "Power is committed that the doses arrive.",
        "Power was advised that the doses would arrive.",
        "Power has been advised that the doses would arrive.",
        "Power advised residents to leave the area that floods.",
        "Is Power committed that the doses will arrive?",
        "The crimes that Power committed that year were many.",
        "Power committed on Monday that the doses will arrive.",
    ],
)
def test_the_deed_or_the_state_is_no_report(sentence: str) -> None:
    assert quotes(INTRO, sentence) == []


@pytest.mark.parametrize(
    ("later", "name"),
    [
        ("President von der Leyen said that the plan works.", "Ursula von der Leyen"),
        ("Von der Leyen said that the plan works.", "Ursula von der Leyen"),
    ],
)
def test_a_surname_with_its_particles_names_the_person(later: str, name: str) -> None:
    found = quotes("European Commission President Ursula von der Leyen spoke first.", later)
    assert found == [("indirect", name, "the plan works.")]
