"""A report whose verb is parted from its `that` by a longer aside between commas, found by the
census of press briefings and gaggles (docs/IMPORT-RULES.md, "What it finds"), with the near shapes
it must leave alone (the sentences here are written for the tests)."""

from __future__ import annotations

from pressreader.importing.annotate import annotate

from .helpers import quotes

_TITLE = "Press Briefing by Press Secretary Jane Roe"


def _titled(*paragraphs: str) -> list[tuple[str, str, str]]:
    found = annotate([(None, list(paragraphs))], title=_TITLE)
    return [(quote.kind, quote.speaker, quote.text) for quote in found.quotes]


def test_a_longer_aside_between_the_verb_and_that() -> None:
    # The time of saying, then an aside of more than six words.
    assert quotes(
        "MS. ROE: Good afternoon.",
        "Q Secretary Becerra said today, in terms of when things would be back to normal, "
        "that the plant would open in June.",
    ) == [("indirect", "Becerra", "the plant would open in June.")]
    # Several phrases, each between commas.
    assert quotes(
        "MS. ROE: Secretary Becerra has said, again, time and time again, that the plant "
        "would open in June.",
    ) == [("indirect", "Becerra", "the plant would open in June.")]
    # The speaker's own aside in the first person: the report is still the subject's.
    assert quotes(
        "MS. ROE: Secretary Becerra has said, and I’ve said many times from here, that the "
        "plant would open in June.",
    ) == [("indirect", "Becerra", "the plant would open in June.")]


def test_near_shapes_of_the_longer_aside_are_left_alone() -> None:
    # `that` after the aside is a subject (`that is the plan`), no clause's opening.
    assert quotes("MS. ROE: Secretary Becerra said today, in his remarks, that is the plan.") == []
    # What stands after the comma is the report itself, not an aside (`look, there are …`).
    assert (
        quotes("MS. ROE: Secretary Becerra said, look, there are things we can do, that we will.")
        == []
    )
    # The turn's own words (`I said`) are no quote, aside or not.
    assert (
        quotes("MS. ROE: I said, in terms of when things would be back to normal, that it opens.")
        == []
    )


def test_the_longer_aside_wants_a_subject_named_plainly() -> None:
    # `he` after a question naming a senator is the President, not the one named last: the
    # report a long aside parts from its verb is left to no one rather than to the senator.
    assert quotes(
        "MS. ROE: Good afternoon.",
        "Q Senator Sanders said the threshold was absurd.",
        "MS. ROE: He’s also said, and I’ve said many times from here, that the final plan "
        "will look different.",
    ) == [("indirect", "Sanders", "the threshold was absurd.")]
    # `the President` of a text naming two Presidents may be either.
    assert (
        quotes(
            "MS. ROE: President Jones spoke to President Smith.",
            "MS. ROE: The President has said, and I’ve said from here many times, that there "
            "needs to be an investigation.",
        )
        == []
    )
    # Of a text naming none, it is the one President.
    assert quotes(
        "MS. ROE: Good afternoon.",
        "MS. ROE: The President has said, and I’ve said from here many times, that there "
        "needs to be an investigation.",
    ) == [("indirect", "President", "there needs to be an investigation.")]


def _briefing(*paragraphs: str) -> list[tuple[str, str, str]]:
    return _titled(
        "MS. ROE: President Jones will travel tomorrow. President Jones will meet governors.",
        "Q Will President Jones meet President Smith?",
        "MS. ROE: President Jones has no plans to.",
        *paragraphs,
    )


def test_the_president_of_a_briefing_is_the_one_it_names_first_and_most() -> None:
    # A briefing (two `Q` turns) that names its own President first and three times, and a
    # foreign one once, last: `the President` is its own, not the one named last.
    assert _briefing(
        "Q President Smith spoke today. The President said that the talks would go on.",
    ) == [("indirect", "Jones", "the talks would go on.")]
    assert _briefing(
        "Q President Smith spoke today.",
        "MS. ROE: As the President has said, we will not send troops.",
    ) == [("indirect", "Jones", "we will not send troops.")]


def test_no_own_president_when_another_is_named_first_or_as_often() -> None:
    # Named first, the foreign President may be the one the text is about.
    assert (
        _titled(
            "MS. ROE: President Smith spoke today. President Jones will travel. President Jones "
            "will meet governors.",
            "Q Will President Jones go? President Jones said no.",
            "Q President Smith spoke today. The President said that the talks would go on.",
        )
        == [("indirect", "Smith", "the talks would go on.")]  # (read as before: the one named last)
    )
    # Named less often than another, neither is the text's own (named as often, first and
    # first in the answers, he is: tests/importing/test_briefings_president.py).
    assert _titled(
        "MS. ROE: President Jones will travel. President Jones will meet governors.",
        "Q Will President Jones meet President Smith? President Smith said no. President "
        "Smith is in Paris.",
        "Q President Smith spoke today. The President said that the talks would go on.",
    ) == [("indirect", "Smith", "the talks would go on.")]
