"""Reported speech whose speaker is named by title or pronoun after the first mention, and the
shapes that must not be taken for quotes (benchmarks/devset/dev5 showed the need; the sentences
here are written for the tests)."""

from __future__ import annotations

from pressreader.importing.annotate import annotate


def quotes(*paragraphs: str) -> list[tuple[str, str, str]]:
    return [
        (quote.kind, quote.speaker, quote.text)
        for quote in annotate([(None, list(paragraphs))]).quotes
    ]


def test_the_president_names_the_president_not_the_vice_president_named_after_him() -> None:
    assert quotes(
        "Today, President Jane Roe and Vice President John Doe met with the mayors.",
        "The President made clear that the budget must pass this week. He emphasized that "
        "cuts would hurt schools.",
        "The Vice President noted that the mayors had asked for more time.",
    ) == [
        ("indirect", "Jane Roe", "the budget must pass this week."),
        ("indirect", "Jane Roe", "cuts would hurt schools."),
        ("indirect", "John Doe", "the mayors had asked for more time."),
    ]


def test_the_minister_still_names_a_vice_minister_when_no_other_minister_is_named() -> None:
    assert quotes(
        "Vice Minister Ann Lee opened the meeting.",
        "The minister stressed that trade grew in every region.",
    ) == [("indirect", "Ann Lee", "trade grew in every region.")]
