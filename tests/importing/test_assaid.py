"""The aside `As X said, A` (docs/IMPORT-RULES.md, "What it finds", the assaid round): a report's
own `, and that …` whose `that` is the subject of a verb of its own is no second report (`and that
will certainly continue`, `and that is why …`), and no `and that` clause is read after `As X said`
at all; a surname after a clause's first word (`As Roe said`) takes the one full name the narration
gives it, as `Roe said` does; a spoken `— and I quote —` a few words into A gives the words in marks
only, and no sentence ends after `the U.N.` before one word of a charter's or a body's name. Not the
speaker's own `As I said`, `As you know`, `As expected`. The sentences here are written for the
tests."""

from __future__ import annotations

from pressreader.importing.quotes.sentence_ends import sentences

from .helpers import quotes

ROE = "Jane Roe is the state's budget director."
BIDEN = "President Biden spoke today."


def test_a_demonstrative_that_after_the_aside_is_part_of_the_report() -> None:
    assert quotes(
        ROE,
        "As Roe said yesterday, we have a range of shared priorities, and that will certainly "
        "continue.",
    ) == [
        (
            "indirect",
            "Jane Roe",
            "we have a range of shared priorities, and that will certainly continue.",
        )
    ]
    assert quotes(
        BIDEN,
        "MS. JEAN-PIERRE: As the President said yesterday, we have a range of shared priorities "
        "in the Indo-Pacific, and that will certainly continue.",
    ) == [
        (
            "indirect",
            "Biden",
            "we have a range of shared priorities in the Indo-Pacific, and that will certainly "
            "continue.",
        )
    ]
    assert quotes(
        ROE, "As Roe said yesterday, the budget is balanced, and that is why the state can invest."
    ) == [("indirect", "Jane Roe", "the budget is balanced, and that is why the state can invest.")]


def test_no_and_that_clause_after_an_as_aside() -> None:
    # (the `as` is the verb's object: the clause after the comma is read whole)
    assert quotes(
        BIDEN, "As the President said, we are united, and that the alliance is strong."
    ) == [("indirect", "Biden", "we are united, and that the alliance is strong.")]


def test_a_demonstrative_that_after_a_verb_is_no_report() -> None:
    assert (
        quotes(
            BIDEN, "The President reaffirmed our shared priorities, and that is why we are here."
        )
        == []
    )
    assert (
        quotes(
            "Press Secretary Jane Roe took questions.",
            "MS. ROE: I would point you to the CDC. They’ve indicated their plans to appeal, "
            "and that has been the case for several weeks now.",
        )
        == []
    )


def test_a_joined_that_clause_is_still_read() -> None:
    # (a `that` with a subject after it: the verb's second clause, as before)
    assert quotes(
        "Foreign Minister Ann Smith met her counterpart.",
        "Smith reiterated the commitment of the government to the talks and that the ceasefire "
        "must hold.",
    ) == [("indirect", "Ann Smith", "the ceasefire must hold.")]


def test_a_surname_after_as_takes_the_narrated_full_name() -> None:
    assert quotes(ROE, "As Roe said yesterday, the plan would fail.") == [
        ("indirect", "Jane Roe", "the plan would fail.")
    ]
    assert quotes(ROE, "Roe said the plan would fail.") == [
        ("indirect", "Jane Roe", "the plan would fail.")
    ]
    assert quotes(
        "Abraham Lincoln led the Union.", "As Lincoln said, a house divided cannot stand."
    ) == [("indirect", "Abraham Lincoln", "a house divided cannot stand.")]
    assert quotes(
        ROE, "When Roe spoke on Monday, she was blunt. Roe said the plan would fail."
    ) == [("indirect", "Jane Roe", "the plan would fail.")]


def test_two_full_names_still_leave_the_surname_alone() -> None:
    found = quotes(
        "Jane Roe and John Roe run the firm.", "As Roe said yesterday, the plan would fail."
    )
    assert found == [("indirect", "Roe", "the plan would fail.")]


def test_a_spoken_quote_a_few_words_into_the_aside() -> None:
    assert quotes(
        "Remarks by the President.",
        "As President Truman said in 1945, the U.N. Charter — and I quote — is “a solid "
        "structure upon which we can build a better world.”",
    ) == [("direct", "Truman", "a solid structure upon which we can build a better world.")]
    # (right after the comma, as before)
    assert quotes(
        "Remarks by the President.", "As Secretary Austin said, and I quote, “We will not waver.”"
    ) == [("direct", "Austin", "We will not waver.")]


def test_no_sentence_ends_after_the_un_before_a_charter() -> None:
    text = "He cited the U.N. Charter — and its promise. China warned the U.S. Congress not to act."
    assert len(sentences(text)) == 2
    # (a capital after the name, or another word: the sentence ends as before)
    text = "Relations with the U.S. Analysts say talks will resume."
    assert len(sentences(text)) == 2


def test_the_speakers_own_and_no_source_are_not_taken() -> None:
    assert quotes(BIDEN, "THE PRESIDENT: As I said yesterday, we will not back down.") == []
    assert quotes(BIDEN, "As we said in our statement, the program will continue.") == []
    assert quotes("As you know, the Senate returns next week.") == []
    assert quotes("As expected, the Fed raised rates by a quarter point.") == []
    assert quotes(ROE, "As a former governor, Roe knows the budget well.") == []
    assert quotes(BIDEN, "As soon as the bill passes, the President will sign it.") == []
    assert quotes("As the storm approached, residents were told to leave.") == []
