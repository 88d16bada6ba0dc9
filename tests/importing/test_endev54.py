"""The endev54 round's rules (spoken White House texts in benchmarks/devset/dev54): `already`
between a speaker and the verb (`X has already said that …`, like `previously`); `what X has
said, which is that A` gives A, like `reiterate what X said: A`; `Because as X often says, A`
opening its sentence gives A, like `And as X says, A`. Each with its near shapes and the shapes
that must not be taken (the sentences are written for the tests after the dev54 texts)."""

from __future__ import annotations

from .helpers import quotes

_BIDEN = "President Joe Biden spoke to the leaders on Monday."


def test_already_between_the_speaker_and_the_verb() -> None:
    assert quotes(_BIDEN, "The President has already said that he will travel to the summit.") == [
        ("indirect", "Joe Biden", "he will travel to the summit.")
    ]


def test_previously_was_taken_before_already() -> None:
    assert quotes(_BIDEN, "The President has previously said that he will travel there.") == [
        ("indirect", "Joe Biden", "he will travel there.")
    ]


def test_what_the_president_has_said_which_is_that() -> None:
    assert quotes(
        _BIDEN,
        "But I have nothing to amend in what the President has already said, which is that he "
        "has no intention of sending American forces to fight abroad.",
    ) == [
        (
            "indirect",
            "Joe Biden",
            "he has no intention of sending American forces to fight abroad.",
        )
    ]


def test_what_the_president_said_which_is_that_without_an_adverb() -> None:
    assert quotes(
        _BIDEN,
        "I would point you to what the President said, which is that the sanctions will stay.",
    ) == [("indirect", "Joe Biden", "the sanctions will stay.")]


def test_which_is_that_in_a_question_asks() -> None:
    assert (
        quotes(
            _BIDEN,
            "Is that consistent with what the President said, which is that the sanctions will "
            "stay?",
        )
        == []
    )


def test_which_is_that_after_no_what_is_no_report() -> None:
    # (a noun's own relative: `the plan, which is that …` names no one's words)
    assert (
        quotes(
            _BIDEN,
            "We have a plan we discussed, which is that the sanctions will stay in place.",
        )
        == []
    )


def test_because_as_the_president_often_says() -> None:
    assert quotes(
        _BIDEN,
        "We will stand with you in the years ahead. Because as President Biden often says, "
        "there is nothing beyond our capacity if we do it together.",
    ) == [("indirect", "Joe Biden", "there is nothing beyond our capacity if we do it together.")]


def test_since_as_the_secretary_noted() -> None:
    assert quotes(
        "Secretary of State Antony Blinken met his counterparts.",
        "Since as Secretary Blinken noted, the alliance has never been stronger.",
    ) == [("indirect", "Antony Blinken", "the alliance has never been stronger.")]


def test_because_as_i_said_names_no_one() -> None:
    assert quotes(_BIDEN, "Because as I said, there is nothing beyond our capacity.") == []


def test_because_as_a_comparison_is_no_report() -> None:
    # (`as` of a comparison, no verb of saying after its noun phrase)
    assert (
        quotes(_BIDEN, "Because as prices rise, families will feel the strain of the winter.") == []
    )
