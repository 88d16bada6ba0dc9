"""A clause without `that` after a named source's `said` (the saidit round): the filler `, you
know,` right after `said` is no part of the report, whose clause is read after it as after `said`
(ANNOTATING.md: a clause without `that` is a clause of content; a filler is no part of it); a
number in words after a clause's plain past (`said it killed three hostages`) closes the clause
as a figure does. The sentences are written for the tests."""

from __future__ import annotations

from .helpers import quotes

_MET = "Jane Roe, the governor, spoke on Monday."


def test_you_know_after_said_is_left_out() -> None:
    assert quotes(_MET, "Yesterday, Roe said, you know, she is considering delaying her trip.") == [
        ("indirect", "Jane Roe", "she is considering delaying her trip.")
    ]


def test_you_know_after_says_before_it() -> None:
    assert quotes(_MET, "Roe says, you know, it would be a mistake to wait.") == [
        ("indirect", "Jane Roe", "it would be a mistake to wait.")
    ]


def test_you_know_after_said_before_a_determiners_subject() -> None:
    assert quotes(_MET, "Roe said, you know, the plan would cost too much.") == [
        ("indirect", "Jane Roe", "the plan would cost too much.")
    ]


def test_said_without_the_filler_is_read_as_before() -> None:
    assert quotes(_MET, "Roe said she is considering delaying her trip.") == [
        ("indirect", "Jane Roe", "she is considering delaying her trip.")
    ]


def test_you_know_before_no_clause_gives_nothing() -> None:
    assert quotes(_MET, "Roe said, you know, thanks.") == []
    assert quotes(_MET, "Roe said, you know, in the meeting, nothing at all.") == []


def test_other_fillers_after_said_are_not_taken() -> None:
    # (`said, look, …` often opens words said as they were, with no marks: left)
    assert quotes(_MET, "Roe said, look, she is considering delaying her trip.") == []


def test_as_said_with_the_filler_keeps_its_own_reading() -> None:
    assert quotes(_MET, "And as Roe said, you know, this is a serious virus.") == [
        ("indirect", "Jane Roe", "this is a serious virus.")
    ]


def test_a_number_in_words_after_the_plain_past() -> None:
    assert quotes("The IDF said it killed three hostages.") == [
        ("indirect", "IDF", "it killed three hostages.")
    ]
    assert quotes("The IDF said the strike killed twelve people.") == [
        ("indirect", "IDF", "the strike killed twelve people.")
    ]


def test_the_plain_past_with_a_figure_as_before() -> None:
    assert quotes("The IDF said it killed 3 hostages.") == [
        ("indirect", "IDF", "it killed 3 hostages.")
    ]


def test_a_word_that_only_begins_like_a_number_is_no_object() -> None:
    # (`ten` is a whole word: `tenf` after a plain past opens nothing; a plural with no
    # determiner is an object since the clauses probe, `it killed tendrils` a clause)
    assert quotes("The IDF said it killed tenfold.") == []
