"""A briefing's own President when no President is named far the most (`first_president`):
the one named first, first in the answers and at least as often as any other, as the
development folders' gaggles name `President Biden` once and `President Putin` once
(docs/IMPORT-RULES.md, "What it finds"), with the near shapes it must leave alone (the sentences
here are written for the tests)."""

from __future__ import annotations

from pressreader.importing.annotate import annotate
from pressreader.importing.speakers import first_president

_TITLE = "Press Gaggle by Press Secretary Jane Roe"


def _gaggle(*paragraphs: str) -> list[tuple[str, str, str]]:
    found = annotate([(None, list(paragraphs))], title=_TITLE)
    return [(quote.kind, quote.speaker, quote.text) for quote in found.quotes]


def test_the_president_named_first_and_as_often_is_the_gaggles_own() -> None:
    # Each named once, the own President first (in an answer): `As the President has said, A`
    # at a turn's head is his, not the one named last, and is no longer left to no one.
    assert _gaggle(
        "Q Does the President plan to call the new chancellor?",
        "MS. ROE: President Jones thanks the chancellor for her work.",
        "Q Will there be sanctions? President Smith warned again today.",
        "MS. ROE: As the President has said before, the sanctions will come.",
    ) == [("indirect", "Jones", "the sanctions will come.")]
    assert _gaggle(
        "Q Does the President plan to call the new chancellor?",
        "MS. ROE: President Jones thanks the chancellor for her work.",
        "Q Will there be sanctions? President Smith warned again today.",
        "MS. ROE: So, as the President has made clear, the sanctions will come.",
    ) == [("indirect", "Jones", "the sanctions will come.")]


def test_first_president_reads_the_names_in_order() -> None:
    answers = [
        "Q Does the President plan to call?",
        "MS. ROE: President Jones thanks the chancellor.",
        "Q What of President Smith?",
    ]
    assert first_president(answers) == "Jones"
    # A past holder is no one's own President (`Former President Brown`), even named first.
    assert (
        first_president(
            [
                "MS. ROE: President Brown cried here.",
                "Q Former President Brown said so. And President Jones?",
                "MS. ROE: President Jones agrees. President Smith does not.",
            ]
        )
        == "Jones"
    )


def test_no_own_president_when_a_question_names_another_first() -> None:
    # A question names President Smith before any answer names a President: the answers'
    # first (Jones) is not the text's first, so neither is its own.
    assert (
        first_president(
            [
                "Q And will President Smith come to the summit?",
                "MS. ROE: President Jones will be there. President Smith made his choice.",
            ]
        )
        is None
    )


def test_no_own_president_named_less_often_or_only_in_full() -> None:
    # Named first but less often than another: none.
    assert (
        first_president(
            [
                "MS. ROE: President Jones will travel.",
                "Q What of President Smith? President Smith spoke again.",
            ]
        )
        is None
    )
    # A President named only with a given name (`In 1777, President George Washington
    # required …`, a story told) is no one the turns speak of as `the President`.
    assert (
        first_president(
            [
                "MS. ROE: In 1777, President George Washington required it.",
                "Q President Jones said so?",
            ]
        )
        is None
    )
    # Written bare more often than with the title (`as Smith has claimed`, `Smith’s war`).
    assert (
        first_president(
            [
                "MS. ROE: President Smith will not come. Smith has claimed it. Smith’s war "
                "goes on.",
                "Q President Jones said so?",
            ]
        )
        is None
    )
    # One President in office named: `named_president`'s, not this rule's.
    assert first_president(["MS. ROE: President Jones will travel.", "Q Where?"]) is None


def test_one_president_named_beside_another_countrys_by_its_adjective() -> None:
    # `Russian President Putin` (another country's, named by its adjective) leaves the title to
    # more than one person, but the one President named in office is the briefing's own.
    assert (
        first_president(
            [
                "MS. ROE: President Jones will travel.",
                "Q What of Russian President Smith’s visit?",
                "MS. ROE: President Jones will not comment.",
            ]
        )
        == "Jones"
    )
    assert _gaggle(
        "MS. ROE: President Jones will travel.",
        "Q Where to?",
        "MS. ROE: To Ohio.",
        "Q What of Russian President Smith’s visit? Will the President respond?",
        "MS. ROE: Look, the President has always said he wants to talk.",
    ) == [("indirect", "Jones", "he wants to talk.")]
