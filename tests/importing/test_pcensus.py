"""`the President` of a transcript with questions is the President of the United States it names in
office, even where it names a foreign President first, more often or last (docs/IMPORT-RULES.md,
"What it finds"; ANNOTATING.md, "Thirtieth folder": `the President` in these transcripts is the
text's own President). Found by the pcensus round's sample of the importer's quotes, where a
briefing's `the President also said that …` went to Zelenskyy and a call's `as the President said,
…` to a foreign President named once. The paragraphs here are written for the tests."""

from __future__ import annotations

from pressreader.importing.annotate import annotate
from pressreader.importing.speakers import american_president

_TITLE = "Press Briefing by Press Secretary Jen Psaki, February 9, 2022"


def quotes(*paragraphs: str) -> list[tuple[str, str, str]]:
    """The quotes of a briefing under its title (a title is what reads the text's own President)."""
    found = annotate([(None, list(paragraphs))], title=_TITLE)
    return [(quote.kind, quote.speaker, quote.text) for quote in found.quotes]


_PUTIN_WEEK = [
    "Q Has President Putin answered the offer? President Putin said on Monday he wanted talks.",
    "MS. PSAKI: I would point you to President Putin. He has made his choices, and President Putin"
    " will have to explain them.",
    "Q Will the allies hear from President Biden? And will President Putin meet President Macron"
    " again?",
    "MS. PSAKI: President Biden spoke with them this morning. President Putin has not called.",
]
_REPORT = "Q And yesterday the President also said that combat troops are off the table. Why?"


def _speakers(*paragraphs: str) -> list[str]:
    return [speaker for _, speaker, _ in quotes(*paragraphs)]


def _report_speaker(*paragraphs: str) -> str:
    found = [
        speaker for _, speaker, text in quotes(*paragraphs) if text.startswith("combat troops")
    ]
    assert len(found) == 1, quotes(*paragraphs)
    return found[0]


# --- the shape: a foreign President named first and more often -----------------------------------


def test_a_foreign_president_named_more_often_is_not_the_briefings_president() -> None:
    assert _report_speaker(*_PUTIN_WEEK, _REPORT) == "Biden"


def test_a_foreign_president_named_last_is_not_the_briefings_president() -> None:
    assert (
        _report_speaker(
            "Q On the trade deal, did it come up with President Biden?",
            "MS. JEAN-PIERRE: He did. And he will see President Zelenskyy next week.",
            "Q And President Lula? Will he visit?",
            "MS. JEAN-PIERRE: I don’t have anything to share on that.",
            _REPORT,
        )
        == "Biden"
    )


def test_the_president_made_clear_in_an_answer() -> None:
    found = quotes(
        *_PUTIN_WEEK,
        "MS. PSAKI: The President has made clear that the sanctions are just the beginning.",
    )
    assert ("indirect", "Biden", "the sanctions are just the beginning.") in found


def test_the_other_american_president_of_another_administration() -> None:
    assert (
        _report_speaker(
            "Q Has President Xi answered? President Xi said he wanted a call.",
            "MS. LEAVITT: President Xi will have to speak for himself, and President Xi knows it.",
            "Q Will he hear from President Trump?",
            "MS. LEAVITT: President Trump will decide.",
            _REPORT,
        )
        == "Trump"
    )


# --- near shapes and what is not taken ----------------------------------------------------------


def test_two_american_presidents_in_office_leave_the_reading_before() -> None:
    # `President Trump` written bare beside `President Biden`: either may be meant, and the rule
    # gives none (the reading before it: the President named last).
    paragraphs = [
        "Q On the call with President Biden today: has there been a word from President Trump?",
        "MS. JEAN-PIERRE: President Trump can speak for himself.",
    ]
    assert american_president(paragraphs) is None
    assert _report_speaker(*paragraphs, _REPORT) != "Biden"


def test_a_former_president_is_no_own_president() -> None:
    assert (
        american_president(
            ["Q Former President Trump said he would run. Will President Macron come?"]
        )
        is None
    )
    assert american_president(["Q Did President Macron speak with President Biden?"]) == "Biden"


def test_a_text_naming_only_foreign_presidents_names_no_american_one() -> None:
    assert american_president(["Q Will President Zelenskyy visit?", "MS. PSAKI: Yes."]) is None


def test_a_text_without_questions_keeps_its_reading() -> None:
    # A readout (no `Q` turns): the rule does not read it; `President Putin` named last is not
    # turned into President Biden by it.
    found = _speakers(
        "President Biden spoke with President Macron of France today.",
        "President Putin said that Russia would respond.",
    )
    assert found == ["Putin"]


def test_a_union_president_is_no_american_president() -> None:
    assert american_president(["Q Did SMART-TD President Jeremy Ferguson speak?"]) is None


# --- a hedged rendering of what the President said: no quote ------------------------------------


def test_a_reporters_hedged_rendering_is_no_quote() -> None:
    found = quotes(
        *_PUTIN_WEEK,
        "Q The President seems to have said to — to the Prime Minister today, you know, “Make"
        " these concrete changes or else.” Is he threatening to withhold aid?",
    )
    assert [text for _, _, text in found if "concrete" in text] == []


def test_sort_of_said_is_no_quote() -> None:
    found = quotes(*_PUTIN_WEEK, "Q The President sort of said, “We will see.” Will he?")
    assert [text for _, _, text in found if "We will see" in text] == []


def test_said_without_a_hedge_is_a_quote() -> None:
    found = quotes(*_PUTIN_WEEK, "Q The President said to the Prime Minister today, “We will see.”")
    assert ("direct", "Biden", "We will see.") in found


def test_a_hedge_in_an_earlier_sentence_leaves_the_next_quote() -> None:
    found = quotes(
        *_PUTIN_WEEK,
        "Q He seems to have said little else. But the President said today, “We will see.”",
    )
    assert ("direct", "Biden", "We will see.") in found
