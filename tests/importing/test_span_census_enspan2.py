"""The second English span census of indirect quotes (round enspan2): a sentence does not end
at a country's abbreviation that opens a name inside it (`facilitated by the U.S. Department of
Health …`), so a report runs on past it; a real sentence end after one is kept."""

from __future__ import annotations

from pressreader.importing.quotes.sentence_ends import sentences

from .helpers import quotes


def _split(paragraph: str) -> list[str]:
    return [paragraph[start:end] for start, end in sentences(paragraph)]


def test_a_name_after_the_abbreviation_keeps_the_sentence_whole() -> None:
    text = (
        "Today, President Biden is announcing that his Administration is sourcing a flight, "
        "facilitated by the U.S. Department of Health and Human Services (HHS), for Operation "
        "Fly Formula. This delivery will include formula."
    )
    assert len(_split(text)) == 2
    assert _split("He will appoint Jane Roe to be the U.S. Special Envoy to Advance Rights.") == [
        "He will appoint Jane Roe to be the U.S. Special Envoy to Advance Rights."
    ]
    assert len(_split("Texas officials blocked U.S. Border Patrol from helping.")) == 1


def test_a_sentence_after_the_abbreviation_still_starts() -> None:
    # the next sentence's own subject (a name and a verb), an opener, a title before a name
    for after in (
        "Nestlé will import more formula.",
        "The company will import more.",
        "In 2023 it grew.",
        "President Biden said so.",
    ):
        assert _split(f"Nestlé can export infant formula into the U.S. {after}") == [
            "Nestlé can export infant formula into the U.S.",
            after,
        ]


def test_a_label_opening_with_the_abbreviation_is_left_as_it_was() -> None:
    text = "U.S. Chamber of Commerce EVP Jane Roe: “We applaud it.”"
    assert _split(text)[0] == "U.S."


def test_a_report_runs_on_past_the_abbreviation_and_a_body_keeps_its_acronym() -> None:
    assert quotes(
        "Today, President John Doe is announcing that his Administration is sourcing a flight, "
        "facilitated by the U.S. Department of Health and Human Services (HHS), for Operation "
        "Fly Formula."
    ) == [
        (
            "indirect",
            "John Doe",
            "his Administration is sourcing a flight, facilitated by the U.S. Department of "
            "Health and Human Services (HHS), for Operation Fly Formula.",
        )
    ]
    assert quotes(
        "Today, the U.S. Environmental Protection Agency (EPA) announced it is strengthening "
        "its proposed standards."
    ) == [
        (
            "indirect",
            "Environmental Protection Agency",
            "it is strengthening its proposed standards.",
        )
    ]
