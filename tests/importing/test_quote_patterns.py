"""Quote patterns met in news text beyond the first development articles (ANNOTATING.md,
"Quotes"): a pronoun naming the person a sentence of the same paragraph opened with, a quote
split by an attribution holding an abbreviation, a label with a comma before its verb; and
words that must not be taken for quotes. Each case is a sentence or two."""

from __future__ import annotations

from pressreader.importing.annotate import annotate


def quotes(*paragraphs: str) -> list[tuple[str, str, str]]:
    found = annotate([(None, list(paragraphs))])
    return [(quote.kind, quote.speaker, quote.text) for quote in found.quotes]


# --- English -----------------------------------------------------------------------------


def test_a_pronoun_names_the_titled_person_an_earlier_sentence_of_the_paragraph_opens_with() -> (
    None
):
    assert quotes(
        "In 1962, when the landing was still years away, President Kennedy spoke to students. "
        "“We choose to go to the Moon,” he said, “not because it is easy.” And he continued, "
        "“That challenge is one we accept.”"
    ) == [
        ("direct", "Kennedy", "We choose to go to the Moon,"),
        ("direct", "Kennedy", "not because it is easy."),
        ("direct", "Kennedy", "That challenge is one we accept."),
    ]


def test_a_quote_split_by_an_attribution_with_an_abbreviation_keeps_its_speaker() -> None:
    assert quotes(
        "“We are saving lives,” said Director Sara Carter in the U.S. National Statement. "
        "“This forum is an opportunity.”"
    ) == [
        ("direct", "Sara Carter", "We are saving lives,"),
        ("direct", "Sara Carter", "This forum is an opportunity."),
    ]


def test_a_label_with_a_comma_before_its_verb_and_a_colon_introduces_a_quote() -> None:
    assert quotes("Senator Ted Cruz, commented: “Life can change instantly.”") == [
        ("direct", "Ted Cruz", "Life can change instantly.")
    ]


def test_marked_words_after_a_titled_person_without_a_verb_of_saying_are_not_quotes() -> None:
    assert quotes("President Kennedy named the programme “Apollo” in 1961.") == []
    # A pronoun with no person before it names nobody.
    assert quotes("The lander touched down. “It is a milestone,” he said.") == []
