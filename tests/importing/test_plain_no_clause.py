"""The gates on the first two words after a verb (`_plain_words` in
importing/quotes/reported.py): two plain words that open no clause skip `_clause`,
`_said_clause` and `_noted_clause` (`_plain_no_clause`), and a plain first word that is no
pronoun nor time skips `_SUBJECT_PRONOUN` and `_WHEN_AFTER_VERB`. Each kind of word that lets
the readings run has a sentence here whose report the readings find (a gate that dropped one
would lose it), and a grid of words holds the gates to the readings themselves: where they skip
them, none finds a clause."""

from __future__ import annotations

import pytest

from pressreader.importing.quotes import reported
from pressreader.importing.quotes.finder import QuoteFinder
from pressreader.importing.quotes.reported import (
    _CLAUSE_START,
    _COUNTED_FIRST_WORDS,
    _PAST_WORDS,
    _PLURALS_WITHOUT_S,
    _SINGULAR_AUXILIARIES,
    _SUBJECT_PRONOUN,
    _SUBJECT_PRONOUN_WORDS,
    _WHEN_AFTER_VERB,
    _WHEN_AFTER_VERB_WORDS,
    ReportedQuotes,
    _noted_clause,
    _plain_no_clause,
    _plain_words,
    _said_clause,
)

from .helpers import quotes

_PARK = "Solicitor General Helen Park argued the case for the state."


def _skips(rest: str) -> bool:
    return _plain_no_clause(_plain_words(rest), rest)


def test_each_kind_of_word_lets_the_readings_run() -> None:
    for sentence, clause in (
        # the first word a clause's opening (`_CLAUSE_START`) or a count's
        ("Park said the plan works.", "the plan works."),
        ("Park said several people were hurt.", "several people were hurt."),
        ("Park said two soldiers were killed in the attack.",
         "two soldiers were killed in the attack."),
        # a gerund's phrase
        ("Park said voting against the bill would be a mistake.",
         "voting against the bill would be a mistake."),
        # a plural first or second, an auxiliary after it
        ("Park said cuts to the budget are on the table.", "cuts to the budget are on the table."),
        ("Park said trade deficits were to blame for the slump.",
         "trade deficits were to blame for the slump."),
        ("Park said people would not accept it.", "people would not accept it."),
        # the second word an auxiliary, a past (irregular or in -ed), an adverb before a past
        ("Park said inflation would fall next year.", "inflation would fall next year."),
        ("Park said safety came first.", "safety came first."),
        ("Park said management delayed the report.", "management delayed the report."),
        ("Park said management never responded to the letter.",
         "management never responded to the letter."),
        ("Park said management quickly dropped the plan.", "management quickly dropped the plan."),
        # after `noted`: a plural and its auxiliary
        ("Park noted prices are already moderating.", "prices are already moderating."),
    ):  # fmt: skip
        rest = " " + sentence.split(" ", 2)[2]
        assert not _skips(rest), sentence
        assert quotes(_PARK, sentence) == [("indirect", "Helen Park", clause)], sentence


def test_a_pronoun_or_a_time_first_is_read() -> None:
    for sentence, clause in (
        ("Park said she would appeal the ruling.", "she would appeal the ruling."),
        ("Park said they expected a decision soon.", "they expected a decision soon."),
        ("Park said it had lodged a protest.", "it had lodged a protest."),
        ("Park said you needed more time.", "you needed more time."),
        ("Park said today the state would appeal.", "the state would appeal."),
        ("Park said yesterday talks failed.", "talks failed."),
        ("Park said repeatedly the plan would work.", "the plan would work."),
        ("Park said in a statement the state would appeal.", "the state would appeal."),
    ):
        assert _plain_words(" " + sentence.split(" ", 2)[2]) is not None, sentence
        assert quotes(_PARK, sentence) == [("indirect", "Helen Park", clause)], sentence


def test_plain_words_skip_the_readings() -> None:
    for sentence in (
        "Park said growth abroad slowed.",
        "Park said trade abroad.",
        "Park said security abroad first.",
    ):
        rest = " " + sentence.split(" ", 2)[2]
        assert _skips(rest), sentence
        assert quotes(_PARK, sentence) == [], sentence
    # (not two plain words: the readings run)
    for rest in (" Growth reached", " growth, reached", " growth reached_ed the", " growth"):
        assert not _skips(rest), rest


_FIRST = sorted(
    _CLAUSE_START
    | _COUNTED_FIRST_WORDS
    | _PLURALS_WITHOUT_S
    | {"growth", "trade", "cuts", "deficits", "voting", "news", "process", "status", "crisis"}
    | {"today", "late", "instead", "items", "thus", "always", "yesterday", "prayers"}
    | _SUBJECT_PRONOUN_WORDS
    | {word for word in _WHEN_AFTER_VERB_WORDS if word.islower()}
)
_SECOND = sorted(
    _SINGULAR_AUXILIARIES
    | _PAST_WORDS
    | _PLURALS_WITHOUT_S
    | {"are", "were", "need", "cost", "deficits", "reached", "delayed", "quickly", "never"}
    | {"also", "early", "growth", "trade", "abroad", "the", "to", "of", "prices", "focus"}
    | {"week", "times", "past", "and", "a", "statement", "months", "thanked", "needed"}
)
_TAILS = (
    "", ".", ", the", " the plan.", " are on the table.", " were hurt.", " would fall.",
    " the company would", " on Tuesday the", " again the plan",
)  # fmt: skip


def test_the_gate_skips_no_clause_the_readings_find() -> None:
    clause = ReportedQuotes._clause
    for first in _FIRST:
        for second in _SECOND:
            for tail in _TAILS:
                rest = f" {first} {second}{tail}"
                if first not in _SUBJECT_PRONOUN_WORDS:
                    assert _SUBJECT_PRONOUN.match(rest) is None, rest
                if first not in _WHEN_AFTER_VERB_WORDS:
                    assert _WHEN_AFTER_VERB.match(rest) is None, rest
                if not _skips(rest):
                    continue
                assert clause(rest, 0, False) is None, rest
                assert clause(rest, 0, True) is None, rest
                assert not _said_clause(rest, True), rest
                assert not _said_clause(rest, False), rest
                assert not _noted_clause(rest), rest


def test_the_past_words_are_the_patterns_own() -> None:
    # (`_PAST_WORDS` are the words `_PAST_PREDICATE` is built from: each one reads a past)
    for word in _PAST_WORDS:
        assert reported._PAST_CLAUSE.match(f" safety {word} the plan") is not None, word
    # (`_COUNTED_FIRST_WORDS` open `_COUNTED_SUBJECT`'s matches, a number's qualifier or one)
    for word in _COUNTED_FIRST_WORDS:
        assert any(
            reported._COUNTED_SUBJECT.match(f"{word} {after}people were") is not None
            for after in ("", "two ", "than two ", "least two ", "to two ", "dozen ")
        ), word


_VERBS = (
    "said", "says", "told", "noted", "warned", "emphasized", "committed", "expressed", "saying",
    "added", "argued", "announced", "stressed", "reiterated", "made clear", "mentioned",
)  # fmt: skip
_RESTS = (
    " growth abroad.", " growth abroad: the plan works.", " trade abroad that the plan works.",
    " this week the plan works.", " thisisit abroad slowed.", " trade deficits were to blame.",
    " security concerns, and that the plan works.", " inflation would fall.", " she would go.",
    " today the plan works.", " reporters the plan works.", " growth abroad, you know, fell.",
    " it abroad", " items abroad", " voting abroad would fail.", " several people were hurt.",
)  # fmt: skip


def test_the_gates_change_no_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    # (`_content_start` against itself with no plain words found: none of the gates taken)
    finder = QuoteFinder()
    cases = [("Helen Park ", verb, rest) for verb in _VERBS for rest in _RESTS] + [
        # (a colon after two plain words: `said to the world: A`, the enheard round)
        ("Secretary Blinken went out and ", "said", " to the press: There is a way home."),
        # (`this` the thing said, `_SAID_THIS_OBJECT`: the extras2 round)
        ("He ", "wrote", " this when he knew his days were numbered."),
    ]
    for lead, verb, rest in cases:
        sentence = lead + verb + rest
        end = len(lead) + len(verb)
        gated = (finder._content_start(sentence, end, verb), finder._colon_sayer)
        with monkeypatch.context() as patch:
            patch.setattr(reported, "_plain_words", lambda rest: None)
            plain = (finder._content_start(sentence, end, verb), finder._colon_sayer)
        assert gated == plain, sentence
