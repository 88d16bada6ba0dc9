"""English rules taken with the twenty-sixth development folder (docs/IMPORT-RULES.md, "The
twenty-sixth development folder"): a briefing's spoken `and I quote,` after `As X said,`, a
report told `As X reported, A`, and a dotted abbreviation after `As` or a comma that ends no
sentence (`As U.N. Secretary General …`, a label's `…, U.S. PIRG:`). Each with the near shapes
that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import near_linear, quotes, said_each_time

# --- `As X said, and I quote, “…”` --------------------------------------------------------------


def test_the_words_after_as_x_said_and_i_quote_are_a_direct_quote() -> None:
    found = quotes(
        "As Secretary Jane Roe just said moments ago, and I quote, “Our adversaries would be "
        "happy to see this.”"
    )
    assert found == [("direct", "Jane Roe", "Our adversaries would be happy to see this.")]
    found = quotes("As Senator Jane Roe said, quote, “The plan will fail.”")
    assert found == [("direct", "Jane Roe", "The plan will fail.")]
    # a quotation of several sentences, its source named by a title given before: the whole
    # quotation, no more (the sentence after it is the speaker's own)
    found = quotes(
        "President Joe Biden spoke today. As the President said in a statement, and I quote, “The "
        "economy is strong. Jobs are back.” And prices fell."
    )
    assert found == [("direct", "Joe Biden", "The economy is strong. Jobs are back.")]


def test_a_clause_after_as_x_said_stays_a_report_even_when_it_quotes() -> None:
    # the clause after the comma, words in marks inside it: a report, as before
    found = quotes("As Senator Jane Roe said, the plan will “strike a blow” to families.")
    assert found == [("indirect", "Jane Roe", "the plan will “strike a blow” to families.")]
    # `quote` as a word of the clause (`quoted prices`): the clause, not a lead-in
    found = quotes("As Senator Jane Roe said, quoted prices rose again last month.")
    assert found == [("indirect", "Jane Roe", "quoted prices rose again last month.")]


# --- `As X reported, A` ---------------------------------------------------------------------------


def test_the_clause_after_as_x_reported_is_the_reports() -> None:
    found = quotes(
        "As CNN reported this morning, the senator’s own voters are speaking out against the hold."
    )
    assert found == [
        ("indirect", "CNN", "the senator’s own voters are speaking out against the hold.")
    ]
    found = quotes("As the Pentagon has reported, an explosion during the raid hurt four troops.")
    assert found == [("indirect", "Pentagon", "an explosion during the raid hurt four troops.")]


def test_no_report_after_as_has_been_reported_nor_as_many_of_you_reported() -> None:
    assert quotes("As has been reported, there was a delay in the flights.") == []
    assert quotes("As many of you have reported, the economy grew last year.") == []


# --- a dotted abbreviation after `As` or a comma --------------------------------------------------


def test_a_dotted_abbreviation_after_as_or_a_comma_ends_no_sentence() -> None:
    found = quotes(
        "As U.N. Secretary General Ana Lopes said, the attacks will strike a blow to the poor."
    )
    assert found == [("indirect", "Ana Lopes", "the attacks will strike a blow to the poor.")]
    found = quotes(
        "Here is what leaders said:",
        "Faye Park, President, U.S. PIRG: “The guidebook makes it clear: families can save.”",
    )
    assert found == [("direct", "Faye Park", "The guidebook makes it clear: families can save.")]


def test_a_dotted_abbreviation_after_other_words_still_ends_a_sentence() -> None:
    # `the U.S.` before a capital: a sentence's end, as before (the second sentence reports alone)
    found = quotes(
        "The plant will be built in the U.S. Governor Jane Roe said that it will open soon."
    )
    assert found == [("indirect", "Jane Roe", "it will open soon.")]


def test_the_new_shapes_stay_linear_on_hostile_text() -> None:
    for paragraph, said in (
        (
            "As Senator Jane Roe said, and I quote, “We will win.” ",
            ("direct", "Jane Roe", "We will win."),
        ),
        (
            "As CNN reported this morning, the vote failed. ",
            ("indirect", "CNN", "the vote failed."),
        ),
    ):
        small, large = near_linear(lambda n, paragraph=paragraph: quotes(paragraph * n), 100)
        said_each_time(small, large, said, 100)
    # a run of dotted abbreviations names no one
    assert near_linear(lambda n: quotes("As U.S. " * n + "officials said, it held."), 300) == (
        [],
        [],
    )
    assert near_linear(lambda n: quotes("Roe, U.S. PIRG, U.N. " * n + "said, it held."), 200) == (
        [],
        [],
    )
