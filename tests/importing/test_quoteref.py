"""The quoteref round (a spoken `quote,` / `and I quote,` whose speaker the frame's own words
do not name; docs/IMPORT-RULES.md, "The quoteref round"): `I’ll also quote X, …. And I quote, “…”`
gives X; a `He`/`She` sentence with `told …, and I quote,` right after a report of that pronoun's
gives the report's speaker. Each with the near shapes that must not be taken (the sentences
here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

# --- `I’ll also quote X, …. And I quote, “…”` --------------------------------------------


def test_and_i_quote_after_a_sentence_that_will_quote_a_named_person() -> None:
    found = quotes(
        "I’ll also quote Jane Roe, another veteran, who described herself as a conservative. "
        "And I quote, “I just don’t think that is right.”"
    )
    assert found == [("direct", "Jane Roe", "I just don’t think that is right.")]


def test_i_quote_after_let_me_quote_a_name() -> None:
    found = quotes("Let me quote Senator John Doe on this. I quote, “We need the vote now.”")
    assert found == [("direct", "John Doe", "We need the vote now.")]


def test_and_i_quote_after_a_sentence_that_quotes_no_name() -> None:
    # (`the opening words of …`: no person named after `quote`)
    found = quotes(
        "I’ll also quote the opening words of the charter. And I quote, “All are equal.”"
    )
    assert found == []


def test_and_i_quote_two_sentences_after_the_name_is_not_taken() -> None:
    found = quotes(
        "I’ll also quote Jane Roe, another veteran. She lives in Ohio. "
        "And I quote, “I just don’t think that is right.”"
    )
    assert all(speaker != "Jane Roe" for _, speaker, _ in found)


def test_and_i_quote_with_no_quoting_sentence_before_is_not_taken() -> None:
    found = quotes("We talked to families. And I quote, “It was a hard year for us all.”")
    assert found == []


# --- `He …. He has already told X, and I quote, “…”` after a report -------------------------


def test_pronoun_spoken_quote_after_the_pronouns_report() -> None:
    found = quotes(
        "Meanwhile, Senator John Doe has made it clear he has no interest in the treaty. "
        "He has already told Putin, and I quote, “do whatever you want.”"
    )
    assert ("direct", "John Doe", "do whatever you want.") in found


def test_pronoun_spoken_quote_with_no_report_before_is_not_taken() -> None:
    found = quotes(
        "The weather was bad all week. He has already told Putin, and I quote, "
        "“do whatever you want.”"
    )
    assert found == []


def test_pronoun_spoken_quote_after_another_pronouns_report_is_not_taken() -> None:
    # (`She` after a report of a man's: the pronoun names someone else)
    found = quotes(
        "Mr. Doe has made it clear that he has no interest in the treaty. "
        "She has already told Putin, and I quote, “do whatever you want.”"
    )
    assert all(text != "do whatever you want." for _, _, text in found)


def test_they_spoken_quote_after_a_report_is_not_taken() -> None:
    found = quotes(
        "Senator John Doe has made it clear he has no interest in the treaty. "
        "They have already told Putin, and I quote, “do whatever you want.”"
    )
    assert all(text != "do whatever you want." for _, _, text in found)
