"""The endev51 round's rules (White House readouts, interviews, ICYMI items and briefings in
benchmarks/devset/dev51): a number of one digit ends its sentence (`on October 7. The Vice
President underscored that …`), where a letter alone is an initial; the narration's `, and
denounced …` ends a report; `A, according to X, as …` gives A, X's, the clause after the
attribution the reporter's own. Each with its near shapes and the shapes that must not be taken
(the sentences are written for the tests after the dev51 texts)."""

from __future__ import annotations

from pressreader.importing.quotes.sentence_ends import sentences

from .helpers import quotes


def _split(paragraph: str) -> list[str]:
    return [paragraph[start:end].strip() for start, end in sentences(paragraph)]


def test_a_date_of_one_digit_ends_its_sentence() -> None:
    assert _split("Harris met the families on October 7. The Vice President spoke.") == [
        "Harris met the families on October 7.",
        "The Vice President spoke.",
    ]


def test_a_date_of_two_digits_ended_its_sentence_already() -> None:
    assert _split("Harris met the families on October 17. The Vice President spoke.") == [
        "Harris met the families on October 17.",
        "The Vice President spoke.",
    ]


def test_a_letter_alone_stays_an_initial() -> None:
    assert _split("John F. Kennedy spoke in Berlin. He was cheered.") == [
        "John F. Kennedy spoke in Berlin.",
        "He was cheered.",
    ]


def test_a_digit_before_a_lower_case_word_ends_no_sentence() -> None:
    assert _split("They bought 7. or so of them. Then they left.") == [
        "They bought 7. or so of them.",
        "Then they left.",
    ]


def test_a_title_after_a_sentence_ending_on_a_digit_names_the_one_met_before() -> None:
    assert quotes(
        "Vice President Kamala Harris met today with families of Americans taken hostage by "
        "Hamas on October 7. The Vice President underscored that President Biden and she have "
        "no higher priority than reuniting the hostages with their loved ones."
    ) == [
        (
            "indirect",
            "Kamala Harris",
            "President Biden and she have no higher priority than reuniting the hostages with "
            "their loved ones.",
        )
    ]


def test_a_report_no_longer_runs_into_the_next_sentence_after_a_digit() -> None:
    assert quotes(
        "John Kirby said that Hamas cannot conduct another October 7. We didn’t say that Israel "
        "should stop."
    ) == [("indirect", "John Kirby", "Hamas cannot conduct another October 7.")]


def test_and_denounced_after_a_report_is_the_narrations_next_verb() -> None:
    assert quotes(
        "Vice President Kamala Harris met the families. The Vice President again condemned "
        "Hamas, reaffirmed that the threat Hamas poses to Israel must be eliminated, and "
        "denounced the rise of antisemitism worldwide."
    ) == [("indirect", "Kamala Harris", "the threat Hamas poses to Israel must be eliminated")]


def test_and_applauded_after_a_report_ends_it_too() -> None:
    assert quotes(
        "Governor Jane Roe said that the bridge will open in May, and applauded the workers for "
        "their effort."
    ) == [("indirect", "Jane Roe", "the bridge will open in May")]


def test_denounced_with_its_own_clause_is_no_verb_of_saying() -> None:
    assert quotes("Governor Jane Roe denounced the attack on the bridge.") == []


def test_according_to_x_then_the_reporters_as_clause_gives_what_came_before() -> None:
    assert quotes(
        "The United States is on track to see negative net migration for the first time in at "
        "least five decades, according to CNN, as President Donald J. Trump fulfills his promise "
        "to end the migrant invasion."
    ) == [
        (
            "indirect",
            "CNN",
            "The United States is on track to see negative net migration for the first time in "
            "at least five decades",
        )
    ]


def test_according_to_a_poll_then_while_gives_what_came_before() -> None:
    assert ("indirect", "CBS", "76% of Americans approved of the speech") in quotes(
        "The address received widespread acclaim. 76% of Americans approved of the speech, "
        "according to a CBS poll, while a CNN poll showed 69% of Americans had a positive "
        "reaction."
    )


def test_according_to_x_at_the_sentences_end_gives_what_came_before_as_it_did() -> None:
    assert quotes(
        "The United States is on track to see negative net migration this year, according to CNN."
    ) == [
        (
            "indirect",
            "CNN",
            "The United States is on track to see negative net migration this year",
        )
    ]


def test_according_to_x_opening_a_sentence_gives_what_follows_as_it_did() -> None:
    assert quotes(
        "According to the Congressional Budget Office, the deficit will fall as spending slows."
    ) == [
        (
            "indirect",
            "Congressional Budget Office",
            "the deficit will fall as spending slows.",
        )
    ]


def test_according_to_x_then_a_clause_of_its_own_is_not_taken_as_the_reporters() -> None:
    # (`…, according to CBO, the bulk of which …`: the clause after the comma is the report)
    found = quotes(
        "The agency received $4 billion last year, according to CBO, the bulk of which had not "
        "been spent."
    )
    assert all(not text.startswith("The agency") for _, _, text in found)
