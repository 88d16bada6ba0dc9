"""A publication's line with its headline in marks (the enheadline round; docs/ANNOTATING.md,
"Forty-sixth folder"): `PBS (2018): “…”` is a title, no quote, and the paragraph wholly in marks
after it is the publication's direct quote. Each with near shapes that must not be taken (the
sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

EXCERPT = "“The announcement on Thursday raised fears of a trade war among the allies.”"


def test_a_headline_line_is_no_quote_and_the_excerpt_after_it_is_the_publication() -> None:
    # a year in brackets, a headline's capitals
    assert quotes("NPR (2018): “Plan To Impose Tariffs Raises Trade War Fears”", EXCERPT) == [
        ("direct", "NPR", EXCERPT.strip("“”"))
    ]
    # a headline in lower case with no full stop, a publication's longer name
    assert quotes(
        "The Daily Ledger: “Tariffs may imperil a delicate global economic rebound”", EXCERPT
    ) == [("direct", "The Daily Ledger", EXCERPT.strip("“”"))]
    # a headline alone, no excerpt after it: no quote at all
    assert (
        quotes(
            "The Hill: “The tariffs keep working, to the consternation of many economists”",
            "Steel imports fell by a third.",
        )
        == []
    )
    # a headline in capitals that ends with a full stop is still a headline
    assert (
        quotes("The Free Ledger: “Agency Misallocates Funds. This Lawmaker Wants Answers.”") == []
    )


def test_a_persons_label_line_keeps_its_quote() -> None:
    # a person's label: a title's word, their words (no full stop at the end)
    assert quotes("Rep. Jane Roe: “Peace through strength live from the Oval”") == [
        ("direct", "Jane Roe", "Peace through strength live from the Oval")
    ]
    # a person's name with no title, their words a sentence
    assert quotes("Jane Roe: “I think prioritization is just default by another name.”") == [
        ("direct", "Jane Roe", "I think prioritization is just default by another name.")
    ]
    # a person's name with no title, their words with no full stop: a person's, not a title
    assert quotes("Jane Roe: “Prioritization is unworkable and harmful to the world”") == [
        ("direct", "Jane Roe", "Prioritization is unworkable and harmful to the world")
    ]
    # an outlet's line whose quotation is a sentence it wrote: the outlet's quote
    assert quotes("Politico: “The labor market is bouncing back after a slow winter.”") == [
        ("direct", "Politico", "The labor market is bouncing back after a slow winter.")
    ]


def test_a_title_in_marks_inside_a_sentence_names_no_speaker_for_the_next_paragraph() -> None:
    # a headline named inside a sentence is no publication's line: the paragraph after it in
    # marks is not given to the publication
    found = quotes(
        "The Ledger ran a story titled “Tariffs Are Keeping Steel Strong” in May.", EXCERPT
    )
    assert all(speaker != "Ledger" and speaker != "The Ledger" for _, speaker, _ in found)
    # a rubric's line (`ICYMI: “…”`) gives its excerpt no speaker
    found = quotes("ICYMI: “The Administration Is Moving To Fix Permitting”", EXCERPT)
    assert all(speaker != "ICYMI" for _, speaker, _ in found)
