"""The dev46 round (officials' blog posts and the White House's opinion articles;
docs/IMPORT-RULES.md, "What it finds"): a clause without `that` after `said` or `says` whose subject
is a plural noun with one word qualifying it (`said trade deficits were to blame for …`), with near
shapes it must leave alone (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes


def test_a_plural_with_a_word_qualifying_it_opens_a_clause() -> None:
    # `former Federal Reserve Chairman Paul Volcker said trade deficits were to blame for …`
    assert quotes(
        "Deficits are dangerous; former Chairman Jane Roe said trade deficits were to blame for"
        " the recession."
    ) == [("indirect", "Jane Roe", "trade deficits were to blame for the recession.")]
    # `he says taxpayer dollars should not be funding …`, a word with a hyphen before the plural
    assert quotes("Senator John Doe says taxpayer dollars should not be funding the program.") == [
        ("indirect", "John Doe", "taxpayer dollars should not be funding the program.")
    ]
    assert quotes("Jane Roe said low-income families will pay less under the plan.") == [
        ("indirect", "Jane Roe", "low-income families will pay less under the plan.")
    ]


def test_a_word_of_the_narration_before_the_plural_opens_no_clause() -> None:
    # a time, an adverb, a greeting or a preposition before the plural is the narration's:
    # no word qualifying the plural (a time is when it was said, the clause the plural's own:
    # `tests/importing/test_wire_clauses.py`)
    assert quotes("Jane Roe said yesterday talks were going well.") == [
        ("indirect", "Jane Roe", "talks were going well.")
    ]
    assert quotes("Jane Roe said recently prices would fall.") == []
    assert quotes("Jane Roe said goodbye friends who were leaving.") == []
    assert quotes("Jane Roe said with tears that were real.") == []
    # a relative word or a pronoun before the auxiliary, as without the qualifying word
    assert quotes("Jane Roe said evening prayers that will be remembered.") == []
    # unnamed people are no source; only `said`, `says` and `say` take the clause
    assert quotes("Local economists said trade deficits were to blame.") == []
    assert quotes("Jane Roe emphasized trade ties are strong.") == []


def test_a_document_named_by_its_issuer_before_its_noun_is_the_issuer_s() -> None:
    # `A CFPB study found that …`, `According to a 2019 Bank of America survey, …`
    assert quotes("A CFPB study found that consumers paid more in late fees.") == [
        ("indirect", "CFPB", "consumers paid more in late fees.")
    ]
    assert quotes("According to a 2019 Bank of America survey, caregivers miss work.") == [
        ("indirect", "Bank of America", "caregivers miss work.")
    ]
    # `according to a November Gallup poll`: the month no part of the name
    assert quotes("According to a November Acme Research poll, most voters want a deal.") == [
        ("indirect", "Acme Research", "most voters want a deal.")
    ]


def test_a_document_with_no_issuer_names_no_source() -> None:
    # no issuer: no source (ANNOTATING.md, "Hard cases")
    assert quotes("One study found that consumers paid more in late fees.") == []
    assert quotes("A recent survey found that caregivers miss work.") == []


def test_an_adverb_before_the_participle_after_a_dash_ends_the_report() -> None:
    # `the CFPB issued guidance explaining that A – effectively banning both.`
    assert quotes(
        "The Bureau of Labor Statistics said that two fee practices are unlawful – effectively"
        " banning both."
    ) == [("indirect", "Bureau of Labor Statistics", "two fee practices are unlawful")]
    # without the dash the participle stays in the report
    assert quotes(
        "The Bureau of Labor Statistics said that two fee practices are unlawful, effectively"
        " banning both."
    ) == [
        (
            "indirect",
            "Bureau of Labor Statistics",
            "two fee practices are unlawful, effectively banning both.",
        )
    ]


def test_making_clear_in_the_progressive_reports() -> None:
    # `First, the CFPB is making clear that surprise overdraft fees are unlawful.`
    assert quotes(
        "First, the Consumer Financial Protection Bureau is making clear that surprise fees are"
        " unlawful."
    ) == [("indirect", "Consumer Financial Protection Bureau", "surprise fees are unlawful.")]
    assert quotes("The Bureau of Labor Statistics is making it clear that wages are rising.") == [
        ("indirect", "Bureau of Labor Statistics", "wages are rising.")
    ]
    # `clear` before a noun is no verb of saying; the first person is the author's own
    assert quotes("The Bureau of Labor Statistics is making clear progress on the survey.") == []
    assert quotes("We are making clear that the plan works.") == []
