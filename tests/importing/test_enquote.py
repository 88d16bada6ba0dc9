"""The enquote round (a speech's spoken quotation markers; docs/IMPORT-RULES.md, "The enquote
round"): a spoken `and I quote` set off right after the verb before a clause that opens outside the
marks (`Putin asserted — and I quote — Ukraine was “created by Russia” and never had, quote, “…”`:
the clause, indirect, and the words after the second `quote`, direct), and one word said between a
spoken `quote` and the marks (`Johnson said, and I quote, nothing “…”`: the words in marks only, a
direct quote). Each with the near shapes that must not be taken (the sentences here are written for
the tests)."""

from __future__ import annotations

from .helpers import quotes

# --- `X asserted — and I quote — A` -----------------------------------------------------------


def test_a_spoken_aside_after_the_verb_leaves_the_clause_the_report() -> None:
    found = quotes(
        "Just before he invaded, Putin asserted — and I quote — Ukraine was “created by Russia” "
        "and never had, quote, “real statehood.”"
    )
    assert found == [
        ("indirect", "Putin", "Ukraine was “created by Russia” and never had"),
        ("direct", "Putin", "real statehood."),
    ]


def test_a_spoken_aside_between_commas_leaves_the_clause_the_report() -> None:
    found = quotes(
        "In Moscow, Putin asserted, and I quote, Ukraine was “created by Russia” and never "
        "had real statehood."
    )
    assert found == [
        (
            "indirect",
            "Putin",
            "Ukraine was “created by Russia” and never had real statehood.",
        )
    ]


def test_a_spoken_aside_before_a_clause_with_no_marks() -> None:
    found = quotes(
        "Senator Jane Roe said — and I quote — the bill will pass by the end of the month."
    )
    assert found == [("indirect", "Jane Roe", "the bill will pass by the end of the month.")]


def test_the_aside_before_the_marks_is_still_a_direct_quote() -> None:
    found = quotes("Putin asserted — and I quote — “Ukraine was created by Russia.”")
    assert found == [("direct", "Putin", "Ukraine was created by Russia.")]


def test_a_verb_with_no_spoken_aside_is_unchanged() -> None:
    found = quotes("Putin asserted Ukraine was “created by Russia” and never had real statehood.")
    assert found == [
        (
            "indirect",
            "Putin",
            "Ukraine was “created by Russia” and never had real statehood.",
        )
    ]


def test_an_aside_that_is_no_spoken_quote_gives_no_report() -> None:
    # (`— and I agree —`: the speaker's own aside, not the spoken quotation mark)
    found = quotes("Putin asserted — and I disagree — Ukraine was “created by Russia” and more.")
    assert all(quote[2] != "Ukraine was “created by Russia” and more." for quote in found)


# --- `X said, and I quote, nothing “…”` -------------------------------------------------------


def test_one_word_after_and_i_quote_gives_the_words_in_marks() -> None:
    found = quotes(
        "In his first address after the tragedy, President Johnson said, and I quote, nothing "
        "“could more eloquently honor President Kennedy’s memory than the passage of the bill.”"
    )
    assert found == [
        (
            "direct",
            "Johnson",
            "could more eloquently honor President Kennedy’s memory than the passage of the bill.",
        )
    ]


def test_one_word_after_a_bare_spoken_quote_gives_the_words_in_marks() -> None:
    found = quotes("Truman said, quote, nothing “could more eloquently honor his memory.”")
    assert found == [("direct", "Truman", "could more eloquently honor his memory.")]


def test_a_pronoun_after_the_spoken_quote_is_no_such_word() -> None:
    # (`it “…”`: a clause's subject, not a word broken off; no direct quote of the marks alone)
    found = quotes("Truman said, and I quote, it “could more eloquently honor his memory.”")
    assert ("direct", "Truman", "could more eloquently honor his memory.") not in found


def test_that_after_the_spoken_quote_is_read_as_before() -> None:
    found = quotes("Truman said, and I quote, that “more eloquently honor him.”")
    # (a `that` clause wholly in marks: a direct quote, as before this round)
    assert found == [("direct", "Truman", "more eloquently honor him.")]


def test_the_spoken_quote_right_before_the_marks_is_unchanged() -> None:
    found = quotes("Truman said, and I quote, “Nothing could more eloquently honor his memory.”")
    assert found == [("direct", "Truman", "Nothing could more eloquently honor his memory.")]


def test_a_word_with_no_spoken_quote_before_it_gives_nothing() -> None:
    # (`said, nothing “…”`: no spoken quotation mark, no reading of the word as broken off)
    found = quotes("Truman said, nothing “could more eloquently honor his memory.”")
    assert ("direct", "Truman", "could more eloquently honor his memory.") not in found


# --- `, quote, “A,” and, quote, “B.”` and three words broken off before `— quote` ---------------


def test_three_words_broken_off_and_a_second_spoken_quote_give_the_words_in_marks() -> None:
    found = quotes(
        "One is by Elvira Nabiullina, who said these sanctions are — quote, “will now begin to "
        "increasingly affect the real sectors of the economy,” and, quote, “practically every "
        "product.”"
    )
    assert found == [
        (
            "direct",
            "Elvira Nabiullina",
            "will now begin to increasingly affect the real sectors of the economy,",
        ),
        ("direct", "Elvira Nabiullina", "practically every product."),
    ]


def test_a_report_before_a_spoken_quote_read_out_twice_is_kept() -> None:
    found = quotes(
        "Nabiullina said that prices would rise, quote, “practically every product,” and, "
        "quote, “every sector.”"
    )
    assert found == [
        ("indirect", "Nabiullina", "prices would rise"),
        ("direct", "Nabiullina", "practically every product,"),
        ("direct", "Nabiullina", "every sector."),
    ]


def test_three_words_before_the_dash_with_no_verb_of_being_stay_a_report() -> None:
    # (`prices will soar — quote, “…”`: a clause of its own, not a start broken off)
    found = quotes("Nabiullina said prices will soar — quote, “in practically every product.”")
    assert found == [
        ("indirect", "Nabiullina", "prices will soar"),
        ("direct", "Nabiullina", "in practically every product."),
    ]


def test_three_words_ending_in_a_verb_of_being_before_the_dash_are_broken_off() -> None:
    found = quotes(
        "Nabiullina said these sanctions are — quote, “will hurt practically every product.”"
    )
    assert found == [("direct", "Nabiullina", "will hurt practically every product.")]


def test_words_in_marks_the_sentence_goes_on_past_after_a_second_quote_stay_one_report() -> None:
    found = quotes(
        "Nabiullina said that prices would rise, quote, “in every sector,” and, quote, "
        "“for every product” for the rest of the year."
    )
    assert [quote[0] for quote in found] == ["indirect"]


# --- `said he was, quote, “…”` ----------------------------------------------------------------


def test_a_pronoun_and_its_verb_before_a_spoken_quote_are_a_report() -> None:
    found = quotes(
        "Senator Mike Braun has said he was, quote, “glad Rick did it.” Congressman Matt Gaetz "
        "said he was, quote, “proud of Senator Rick Scott.”"
    )
    assert found == [
        ("indirect", "Mike Braun", "he was"),
        ("direct", "Mike Braun", "glad Rick did it."),
        ("indirect", "Matt Gaetz", "he was"),
        ("direct", "Matt Gaetz", "proud of Senator Rick Scott."),
    ]


def test_that_alone_before_a_spoken_quote_is_no_report() -> None:
    found = quotes("Senator Mike Braun has said that, quote, “he was glad Rick did it.”")
    assert found == [("direct", "Mike Braun", "he was glad Rick did it.")]


def test_a_pronoun_and_its_verb_the_marks_go_on_past_stay_one_report() -> None:
    found = quotes(
        "Senator Tommy Tuberville said he was, quote, “on board” with the Congressional GOP plan."
    )
    assert found == [
        (
            "indirect",
            "Tommy Tuberville",
            "he was, quote, “on board” with the Congressional GOP plan.",
        )
    ]


# --- a spoken `quote` before the marks names the source before them -----------------------------


def test_a_spoken_quote_after_calling_is_not_the_next_sentences() -> None:
    found = quotes(
        "Senator Ron Johnson has called the plan a, quote, “positive thing.” Senator Mike Braun "
        "said he was glad."
    )
    assert found == [
        ("direct", "Ron Johnson", "positive thing."),
        ("indirect", "Mike Braun", "he was glad."),
    ]


def test_a_spoken_quote_after_said_is_not_the_next_sentences() -> None:
    found = quotes(
        "Ron Johnson said, quote, “It is a positive thing.” Mike Braun said he was glad."
    )
    assert found == [
        ("direct", "Ron Johnson", "It is a positive thing."),
        ("indirect", "Mike Braun", "he was glad."),
    ]


def test_marks_with_no_spoken_quote_may_still_take_the_attribution_after_them() -> None:
    # (`“…” Mike Braun said.`: the attribution after the marks, as before this round)
    found = quotes("The plan is “a positive thing.” Mike Braun said.")
    assert ("direct", "Mike Braun", "a positive thing.") in found
