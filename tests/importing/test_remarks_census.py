"""The census of speeches, remarks and interviews (trremarks; docs/IMPORT-RULES.md, "What it finds",
"Since the census of speeches, remarks and interviews"): a speaker read past a spoken aside or a
predicate broken off between it and the verb, each with near shapes it must not take (the
sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

TURN = "THE PRESIDENT: Thank you all."


def test_an_aside_between_dashes_before_the_verb_is_read_past() -> None:
    # `The nonpartisan Congressional Budget Office — and it is nonpartisan — says that …`
    assert quotes(
        TURN,
        "The Budget Office — and it is nonpartisan — says that the bill will save money.",
    ) == [("indirect", "Budget Office", "the bill will save money.")]
    # an apposition in dashes, a clause without `that`
    assert quotes(
        TURN,
        "The Bureau of Labor Statistics — the BLS — says the economy is growing again.",
    ) == [("indirect", "Bureau of Labor Statistics", "the economy is growing again.")]
    # a relative clause in dashes after a name, after a clause of its own
    assert quotes(
        TURN,
        "When he was sentenced, Jane Roe — who at the time was the top prosecutor in the city"
        " — said that this was a man who had sold the rifles.",
    ) == [("indirect", "Jane Roe", "this was a man who had sold the rifles.")]


def test_a_predicate_broken_off_before_the_verb_is_read_past() -> None:
    # `Q Mr. President, Elon Musk has asked — has said that …`
    assert quotes(
        TURN,
        "Q Mr. President, John Doe has asked — has said that he has a “bad feeling” about it.",
    ) == [("indirect", "John Doe", "he has a “bad feeling” about it.")]
    # `President Xi had some sort of — had a sort of conciliatory — conciliatory tone — said …`
    assert quotes(
        TURN,
        "Overnight, President Xi had some sort of — had a sort of friendly — friendly tone —"
        " said the two countries should find ways to work together.",
    ) == [("indirect", "Xi", "the two countries should find ways to work together.")]


def test_no_speaker_is_read_past_a_dash_when_the_clause_names_no_one() -> None:
    # The first person and a pronoun begun again are the turn's own or read as before.
    assert quotes(TURN, "And I was — when I was in the Senate — told that the plan was good.") == []
    # `the President signed — say that one more time`: the speaker's own request, and a title
    # alone, which a briefing may give to a President named in passing, is not read past a dash.
    assert quotes("MS. ROE: So, the President signed — say that one more time.") == []
    assert quotes(TURN, "The President has said — has been clear that he intends to run.") == []
    # An aside that speaks of its own (`— I said —`) or joins a second speaker (`— and I —`).
    assert quotes(TURN, "Senator Roe — I said — said that the plan was good.") == []
    assert quotes(TURN, "Senator Roe — and I — said that the plan was good.") == []
    # Several people, as without the aside.
    assert quotes(TURN, "Some economists — left, right and center — say the plan will work.") == []
    # A group after several dashes with no predicate broken off (`the — the Persian — the poet
    # — Hafiz — excuse me — said`) is not read.
    assert quotes(TURN, "Senator Roe — Doe — excuse me — the plan — said that it works.") == []


def test_a_clause_opening_with_a_bare_plural_is_reported() -> None:
    # `Donald Trump said cuts to Social Security and Medicare are on the table.`
    assert quotes(TURN, "Just this week Jane Roe said cuts to the program are on the table.") == [
        ("indirect", "Jane Roe", "cuts to the program are on the table.")
    ]
    # `The Centers for Disease Control and Prevention — the CDC — says masks are critical, …`
    assert quotes(TURN, "The Bureau of Labor Statistics says wages are rising again.") == [
        ("indirect", "Bureau of Labor Statistics", "wages are rising again.")
    ]
    assert quotes(TURN, "In an interview, Jane Roe said states have the right to do it.") == [
        ("indirect", "Jane Roe", "states have the right to do it.")
    ]


def test_a_word_in_s_that_opens_no_clause_is_no_report() -> None:
    # thanks, a relative clause before the auxiliary, a word no plural noun
    assert quotes(TURN, "Jane Roe said thanks to all of you who are here.") == []
    assert quotes(TURN, "Jane Roe said prayers that will be remembered.") == []
    assert quotes(TURN, "Jane Roe said yes to the plan and we will see.") == []
    # the first person is the turn's own words, unnamed people no source
    assert quotes(TURN, "I said taxes are too high.") == []
    assert quotes(TURN, "Economists said prices will fall.") == []
    # only after `said`, `says`, `say`: `emphasized ties are …` keeps its reading
    assert quotes(TURN, "Jane Roe emphasized ties are strong.") == []
