"""Rules for the quotes a speech makes of others (docs/IMPORT-RULES.md, "The speech round"), each
with a near shape that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_OPENING = "President Jane Roe spoke here last year."


def test_and_joins_two_clauses_of_the_one_pronoun() -> None:
    # The same pronoun the subject earlier in the clause: `and` joins two clauses of one person.
    for told in (
        "She appeared on screen and she said, “We will never give up.”",
        "And when she appeared on screen and she said, and I quote, “We will never give up.”",
        "She leaned across the table and she said, “We will never give up.”",
    ):
        assert quotes(_OPENING, told) == [("direct", "Jane Roe", "We will never give up.")], told
    # Another subject before `and`, or the pronoun in another clause: two people, no speaker.
    for two in (
        "Her husband and she said, “We will never give up.”",
        "Roe and she said, “We will never give up.”",
        "She met the Governor, and the Governor and she said, “We will never give up.”",
        "She came. The Governor and she said, “We will never give up.”",
    ):
        assert quotes(_OPENING, two) == [], two


def test_reminded_with_its_person_before_the_words() -> None:
    # `remind` with its person and a comma or colon before the words in marks: a verb of saying.
    for told in (
        "Roe reminded us, “We will never give up.”",
        "Roe reminded us, and I quote, “We will never give up.”",
        "Roe reminds me: “We will never give up.”",
    ):
        assert quotes(_OPENING, told) == [("direct", "Jane Roe", "We will never give up.")], told
    # What reminds of something is no one's saying.
    for reminding in (
        "The photo reminded him of “the old days at home.”",
        "“The Star-Spangled Banner” reminded me of home.",
        "Roe reminded us of “the old days at home.”",
    ):
        assert quotes(_OPENING, reminding) == [], reminding


def test_a_pronoun_looked_and_said_after_the_paragraph_before_names_him() -> None:
    # `He just looked at me and said, “…”`: an adverb before the verb, the person the paragraph
    # before names.
    found = quotes(
        "I called my professor, a guy named Dr. John Doe. And he said, “Of course.”",
        "I went down and sat with him. He just looked at me and said, “Remember what Plato said.”"
        " And I’m thinking, “What did Plato say?”",
    )
    assert found == [
        ("direct", "John Doe", "Of course."),
        ("direct", "John Doe", "Remember what Plato said."),
    ]
    # (the speech's own `I’m thinking, “…”` between is no one's quote; nor `I’m like, “…”`)
    assert quotes(
        "Dr. John Doe said, “Remember what Plato said.” And I’m like, “What did Plato say?”"
    ) == [("direct", "John Doe", "Remember what Plato said.")]
    # Named paragraphs before, no one.
    assert (
        quotes(
            "I called my professor, a guy named Dr. John Doe.",
            "We drove home.",
            "Then he just looked at me and said, “Remember what Plato said.”",
        )
        == []
    )


def test_a_second_verb_phrase_before_and_said() -> None:
    assert quotes(
        "But Donald Roe tanked it. He picked up the phone and called some friends in Congress"
        " and said, “Stop the bill.”"
    ) == [("direct", "Donald Roe", "Stop the bill.")]
    # The first person's verbs: no one named.
    assert quotes("I met Donald Roe at the station and waited and said, “Stop the bill.”") == []


def test_my_predecessor_is_named_by_the_title() -> None:
    # A President's `my predecessor`, given to no name: one person, named by the title.
    assert quotes(
        _OPENING, "Meanwhile, my predecessor has made it clear he has no commitment."
    ) == [("indirect", "predecessor", "he has no commitment.")]
    assert quotes(_OPENING, "My predecessor said, “Do whatever you want.”") == [
        ("direct", "predecessor", "Do whatever you want.")
    ]
    # Named in apposition, the name; another's predecessor, no one.
    assert quotes(_OPENING, "My predecessor, Donald Roe, said, “Do whatever you want.”") == [
        ("direct", "Donald Roe", "Do whatever you want.")
    ]
    assert quotes(_OPENING, "His predecessor said, “Do whatever you want.”") == []
