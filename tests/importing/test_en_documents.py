"""An issuer's analysis, report or study that shows what it found, a forecast's `anticipates
that` and a court's `ruling that` (the endoc round; docs/ANNOTATING.md, "Forty-seventh folder"):
the issuer's indirect quotes. Each with near shapes that must not be taken (the sentences here
are written for the tests)."""

from __future__ import annotations

from .helpers import quotes


def test_a_released_document_showing_is_its_issuer() -> None:
    assert quotes(
        "Coinciding with the visit, the Department of Energy released a new analysis showing that"
        " wind investments are going to rural communities."
    ) == [("indirect", "Department of Energy", "wind investments are going to rural communities.")]
    # (no article before the document, and a finding's participle)
    assert quotes(
        "The Department of Energy published new analysis finding that wind jobs doubled last year."
    ) == [("indirect", "Department of Energy", "wind jobs doubled last year.")]


def test_a_later_document_shows_for_its_issuer() -> None:
    # the sentence before names the issuer; the same document speaks on after it
    assert quotes(
        "The Department of Energy released a new analysis on wind. The analysis shows that wind"
        " jobs doubled last year. The analysis also finds that solar jobs grew too."
    ) == [
        ("indirect", "Department of Energy", "wind jobs doubled last year."),
        ("indirect", "Department of Energy", "solar jobs grew too."),
    ]
    # a paragraph that opens with the document after the paragraph that named its issuer
    assert quotes(
        "The Department of Energy released a new analysis showing that wind jobs doubled.",
        "The analysis shows that 99% of the investments are in rural counties.",
    ) == [
        ("indirect", "Department of Energy", "wind jobs doubled."),
        ("indirect", "Department of Energy", "99% of the investments are in rural counties."),
    ]


def test_a_possessive_issuer_before_the_document() -> None:
    assert quotes(
        "Treasury’s new analysis shows that clean energy investments are benefiting rural areas."
    ) == [("indirect", "Treasury", "clean energy investments are benefiting rural areas.")]


def test_an_issuer_before_the_documents_noun() -> None:
    assert quotes("So, a new Fox News poll shows that only 36 percent of voters approve.") == [
        ("indirect", "Fox News", "only 36 percent of voters approve.")
    ]
    assert quotes("The Census Bureau data showed that incomes rose in every state.") == [
        ("indirect", "Census Bureau", "incomes rose in every state.")
    ]
    # the speaker's own report, a possessive after an article, no issuer
    for sentence in (
        "Our latest Kids Count report shows that child poverty fell.",
        "A Moody’s analysis showed that 6 million jobs could be lost.",
        "A recent poll showed that most voters approve.",
    ):
        assert quotes(sentence) == [], sentence


def test_a_document_with_no_issuer_shows_for_no_one() -> None:
    for paragraphs in (
        # no issuer named: a study, research, data (ANNOTATING.md, "Hard cases")
        ("A recent study found that wind jobs doubled last year.",),
        ("Research shows that “wind jobs doubled last year.”",),
        ("The analysis shows that wind jobs doubled last year.",),
        ("Jane Roe spoke in Ohio.", "The analysis shows that wind jobs doubled last year."),
        # when, not who: `Today’s report`; an article before the possessive (read as before)
        ("Today’s report shows that wind jobs doubled last year.",),
        # the speaker's own release, and the data in a briefing
        ("In January, we released a report showing that wind jobs doubled.",),
        ("MS. ROE: And the data shows that wind jobs doubled last year.",),
        # a relative clause whose object is the study's finding
        ("Trees, which a recent study by the Forest Service shows can support jobs, grow.",),
        # a thought, no report
        ("The President recognizes that wind jobs doubled last year.",),
    ):
        assert quotes(*paragraphs) == [], paragraphs


def test_anticipates_that_is_a_forecast_reported() -> None:
    assert quotes("NOAA anticipates that the new data will fill gaps in ocean science.") == [
        ("indirect", "NOAA", "the new data will fill gaps in ocean science.")
    ]
    # the speaker's own, and no clause
    for sentence in (
        "We anticipated that China might take steps like this.",
        "The company anticipated strong demand for its products.",
    ):
        assert quotes(sentence) == [], sentence


def test_a_ruling_that_after_a_comma() -> None:
    # (a judge; `The Supreme Court upheld …, ruling that …` of dev47 alike, when the court
    # reads as the sentence's subject)
    assert quotes(
        "Judge Jane Roe upheld the travel restrictions, ruling that they are squarely within"
        " the scope of Presidential authority."
    ) == [("indirect", "Jane Roe", "they are squarely within the scope of Presidential authority.")]
    # the noun: `the ruling that …`
    for paragraphs in (
        ("I don’t think you challenged the Supreme Court ruling that struck down the mandate.",),
        ("Judge Jane Roe denied the motion.", "Critics of the ruling that she issued were loud."),
        ("Judge Jane Roe spoke.", "Another question on the abortion pill ruling that is pending."),
    ):
        assert quotes(*paragraphs) == [], paragraphs
