"""One test of what may follow a `that` clause's closing mark (`_closes_clause`), shared by a
plain `that “…”` and one after a briefing's spoken `quote`, and the carry-on rule reading the
paragraph's parsed quotation marks (docs/ANNOTATING.md, "Thirty-eighth folder", "Forty-second
folder", "Forty-fourth folder"; the sentences are written for the tests). The shapes whose
output the merge changed, and the near shapes it leaves alone."""

from __future__ import annotations

from .helpers import quotes

_MET = "Governor Jane Roe spoke on Monday."


def test_any_participle_after_the_comma_ends_the_clause() -> None:
    # (`being`, `going`: a stem of two letters, as after a spoken `quote`)
    assert quotes(
        _MET, "Roe proclaimed that “the other party cannot rest,” being the first to speak."
    ) == [("direct", "Jane Roe", "the other party cannot rest,")]


def test_a_conjunctions_clause_after_the_comma_inside_the_marks() -> None:
    assert quotes(_MET, "Roe said that “the other party cannot rest,” when she spoke in Ohio.") == [
        ("direct", "Jane Roe", "the other party cannot rest,")
    ]
    assert quotes(
        _MET, "Roe said that “the other party cannot rest,” but polls show otherwise."
    ) == [("direct", "Jane Roe", "the other party cannot rest,")]


def test_a_clause_going_on_past_the_marks_stays_one_indirect_quote() -> None:
    assert quotes(_MET, "Roe said that “the other party cannot rest” when she spoke in Ohio.") == [
        ("indirect", "Jane Roe", "“the other party cannot rest” when she spoke in Ohio.")
    ]
    assert quotes(
        _MET, "Roe said that “the other party cannot rest,” and that taxes must fall."
    ) == [("indirect", "Jane Roe", "“the other party cannot rest,” and that taxes must fall.")]


def test_including_goes_on_with_the_report_after_a_spoken_quote_too() -> None:
    assert quotes(_MET, "Roe said that “the other party cannot rest,” including the senators.") == [
        ("indirect", "Jane Roe", "“the other party cannot rest,” including the senators.")
    ]
    assert quotes(
        _MET, "Roe said that, quote, “the other party cannot rest,” including the senators."
    ) == [("indirect", "Jane Roe", "quote, “the other party cannot rest,” including the senators.")]


def test_a_question_mark_after_a_spoken_quotes_marks() -> None:
    assert quotes(_MET, "Roe said that, quote, “the other party cannot rest”?") == [
        ("direct", "Jane Roe", "the other party cannot rest")
    ]


def test_a_sentence_begun_again_after_the_participle_is_a_report() -> None:
    assert quotes(
        _MET,
        "Roe said that “the other party cannot rest,” urging crowds — she said they must march.",
    ) == [
        ("direct", "Jane Roe", "the other party cannot rest,"),
        ("indirect", "Jane Roe", "they must march."),
    ]


def test_a_first_person_in_guillemets_carries_no_report_on() -> None:
    found = quotes(
        _MET,
        "Roe said that the party cannot rest. Later the crowd chanted «we must change» and left.",
    )
    assert found == [("indirect", "Jane Roe", "the party cannot rest.")]


def test_a_straight_mark_closing_a_quotation_begun_before_closes_it() -> None:
    # (the words after the closing `"` are the sentence's own, not a quotation opened there)
    assert quotes(_MET, 'Roe said that protesters chanted "Enough. Done," and we left.') == [
        ("indirect", "Jane Roe", 'protesters chanted "Enough. Done," and we left.')
    ]


def test_a_quotation_begun_in_the_report_goes_on_with_it() -> None:
    # (a sentence cut inside the marks: the report's words, its first person counted as before)
    assert quotes(
        _MET, "Roe said that protesters carried signs reading “Enough. We are done.”"
    ) == [("indirect", "Jane Roe", "protesters carried signs reading “Enough. We are done.”")]
