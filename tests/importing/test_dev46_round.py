"""The dev46 round (officials' blog posts and the White House's opinion articles; docs/IMPORT.md,
"What it finds"): a clause without `that` after `said` or `says` whose subject is a plural noun
with one word qualifying it (`said trade deficits were to blame for …`), with near shapes it must
leave alone (the sentences here are written for the tests)."""

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
    # a time, an adverb, a greeting or a preposition before the plural is the narration's
    assert quotes("Jane Roe said yesterday talks were going well.") == []
    assert quotes("Jane Roe said recently prices would fall.") == []
    assert quotes("Jane Roe said goodbye friends who were leaving.") == []
    assert quotes("Jane Roe said with tears that were real.") == []
    # a relative word or a pronoun before the auxiliary, as without the qualifying word
    assert quotes("Jane Roe said evening prayers that will be remembered.") == []
    # unnamed people are no source; only `said`, `says` and `say` take the clause
    assert quotes("Local economists said trade deficits were to blame.") == []
    assert quotes("Jane Roe emphasized trade ties are strong.") == []
