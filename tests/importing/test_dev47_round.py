"""A document named with its issuer's acronym and given a short name in marks (`According to the
Fiscal Year 2024, Department of Homeland Security (DHS) Entry/Exit Overstay Report (“Overstay
Report”), A`) reports the issuer, and so does its short name later (`According to the Overstay
Report, A`), the commas inside the document's name no end of it (docs/ANNOTATING.md, "Forty-seventh
folder"). A short name no acronym ties to an issuer, and a document with no short name, are read as
before (the sentences are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_DHS = "Department of Homeland Security"
_NAMED = (
    "According to the Fiscal Year 2024, Department of Homeland Security (DHS) Entry/Exit Overstay "
    "Report (“Overstay Report”), Ruritania had a visa overstay rate of 9.16 percent."
)


def test_a_document_named_with_its_issuers_acronym() -> None:
    assert quotes(_NAMED) == [
        ("indirect", _DHS, "Ruritania had a visa overstay rate of 9.16 percent.")
    ]


def test_its_short_name_later_is_the_issuers() -> None:
    later = "According to the Overstay Report, Freedonia had an overstay rate of 28.34 percent."
    assert quotes(_NAMED, later)[1:] == [
        ("indirect", _DHS, "Freedonia had an overstay rate of 28.34 percent.")
    ]


def test_a_name_without_a_comma_and_a_second_short_name() -> None:
    named = (
        "According to the Fiscal Year 2023 Department of Homeland Security (DHS) Entry/Exit "
        "Overstay Report (“2023 Overstay Report”), Ruritania had a rate of 34.77 percent."
    )
    later = "According to the 2023 Overstay Report, Freedonia had a rate of 6.49 percent."
    assert [quote[1] for quote in quotes(named, later)] == [_DHS, _DHS]


def test_the_release_after_the_report_is_no_part_of_it() -> None:
    text = _NAMED + " Additionally, Ruritania has refused to accept back its nationals."
    assert quotes(text) == [
        ("indirect", _DHS, "Ruritania had a visa overstay rate of 9.16 percent.")
    ]


def test_a_short_name_with_no_issuers_acronym_is_read_as_before() -> None:
    named = (
        "According to the Annual Ruritania Travel Report (“Travel Report”), visitors stayed longer."
    )
    later = "According to the Travel Report, Freedonia had a rate of 6.49 percent."
    assert all(quote[1] != _DHS for quote in quotes(named, later))
    assert "Department" not in " ".join(quote[1] for quote in quotes(named, later))


# A document opening its sentence that speaks (`The study indicates A`, `The report found that A`)
# is the issuer the sentence before names in its paragraph (docs/ANNOTATING.md, "Twenty-first
# folder" and "Forty-seventh folder").


def test_a_report_that_speaks_after_the_sentence_naming_its_issuer() -> None:
    text = (
        "The Ruritanian Energy Council released a new report on jobs. The report found that "
        "employment grew in every province."
    )
    assert quotes(text) == [
        ("indirect", "Ruritanian Energy Council", "employment grew in every province.")
    ]


def test_a_study_from_a_firm_then_the_study_indicates() -> None:
    text = (
        "The agency is announcing a new area, which a recent study from Acme Analytics shows "
        "can support up to 25,000 jobs. The study indicates the area also has the potential "
        "to support up to 4,000 jobs."
    )
    assert quotes(text) == [
        (
            "indirect",
            "Acme Analytics",
            "the area also has the potential to support up to 4,000 jobs.",
        )
    ]


def test_an_issuer_with_a_in_its_name_before_a_comma() -> None:
    text = (
        "Today, independent analysts, the Alliance for a Greener Grid, issued a report on "
        "transmission. The report estimates that 20 projects are ready."
    )
    assert quotes(text) == [("indirect", "Alliance for a Greener Grid", "20 projects are ready.")]


def test_a_report_with_no_issuer_in_its_paragraph_is_left_alone() -> None:
    assert quotes("The report found that employment grew in every province.") == []
    assert (
        quotes(
            "The Ruritanian Energy Council met on Monday.",
            "The report found that employment grew in every province.",
        )
        == []
    )
