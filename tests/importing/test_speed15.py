"""The speed15 round (docs/PERFORMANCE.md, "The fifteenth session's rules paid back"): the words
before the verb cut from the tail's end only (`subjects._cut_before_the_verb`), the first word of
a subordinate opening tested before its pattern (`clauses._subordinate_first`), and the envoy's
title looked back at from ` to ` in `direct._SAID_NP`. Each answer is the one of the definition
it replaces, kept here."""

from __future__ import annotations

import random
import re

from pressreader.importing.quotes.clauses import (
    _SUBORDINATE_FIRST,
    _SUBORDINATE_OPENING,
    _before_main_clause,
    _subordinate_first,
)
from pressreader.importing.quotes.direct import _SAID_NP
from pressreader.importing.quotes.sentence_ends import sentences
from pressreader.importing.quotes.subjects import (
    _BEFORE_THE_VERB,
    _BEFORE_THE_VERB_WORDS,
    _cut_before_the_verb,
)

_WORDS = [
    "also", "again", "once", "long", "has", "had", "have", "’s", "'s", "’ve", "was", "were", "is",
    "pleased", "to", "went", "on", "in", "detail", "family", "only", "really", "earlier", "since",
    "subsequently", "extraordinarily", "Roe", "Jane", "he", "the", "President", "—", "(D-Ohio)",
]  # fmt: skip
_SPACES = [" ", " ", " ", "  ", "\t", "\xa0", "\n", ""]


def _tails(seed: int, count: int) -> list[str]:
    chance = random.Random(seed)
    tails = []
    for _ in range(count):
        words = chance.randint(0, 12)
        tail = "".join(chance.choice(_WORDS) + chance.choice(_SPACES) for _ in range(words))
        if chance.random() < 0.3:
            tail = " " * chance.randint(0, 60) + tail
        if chance.random() < 0.5:
            tail = tail.rstrip()
        tails.append(tail)
    return tails


def test_cut_before_the_verb_is_the_substitution() -> None:
    tails = _tails(15, 20000)
    cut = sum(_BEFORE_THE_VERB.sub("", tail) != tail for tail in tails)
    assert cut > 1000  # (the grid reaches the pattern)
    for tail in tails:
        assert _cut_before_the_verb(tail) == _BEFORE_THE_VERB.sub("", tail), repr(tail)


def test_cut_before_the_verb_long_white_space_and_long_words() -> None:
    # (the white space before the words taken whole, however long; the longest words the
    # pattern takes fit in the characters it is sought in)
    for tail in (
        "Jane Roe" + " " * 80 + "also",
        "The President" + "\xa0" * 50 + "were pleased to",
        "Roe " + "a" * 14 + "ly",
        "Roe has long",
        "Roe as long",
        "Roe’s long",
    ):
        assert _cut_before_the_verb(tail) == _BEFORE_THE_VERB.sub("", tail), repr(tail)
    assert _cut_before_the_verb("Roe has long") == "Roe has"
    assert _cut_before_the_verb("Roe as long") == "Roe as long"
    assert len("were pleased to") < _BEFORE_THE_VERB_WORDS
    assert len("a" * 14 + "ly") < _BEFORE_THE_VERB_WORDS


def test_subordinate_first_admits_every_opening() -> None:
    chance = random.Random(7)
    words = [*sorted(_SUBORDINATE_FIRST), "soon", "the", "X", "said", "ſo", "whıle", "İf", "AND"]
    seen = 0
    for _ in range(20000):
        lead = "".join(
            chance.choice(words) + chance.choice([" ", ", ", ",", "\xa0", "\t"])
            for _ in range(chance.randint(1, 8))
        )
        if _SUBORDINATE_OPENING.match(lead) is not None:
            seen += 1
            assert _subordinate_first(lead), repr(lead)
    assert seen > 1000
    # `re.I` takes `ſ` for `s` and `ı` for `i`: those leads are admitted too
    for lead in ("ſo while he said that ", "whıle he said that ", "WHEN he said that "):
        assert _SUBORDINATE_OPENING.match(lead) is not None
        assert _subordinate_first(lead)
    assert not _subordinate_first("Partnerships as and said in grown relations while that ")
    assert not _subordinate_first("")


def test_before_main_clause_still_reads_the_opening() -> None:
    sentence = "Because even after Roe said that the plan failed, he chose to go on."
    content = sentence.index("the plan")
    assert sentence[_before_main_clause(sentence, content, len(sentence)) - 1] == ","
    sentence = "Roe said while there that the plan failed, he chose to go on."
    content = sentence.index("the plan")
    assert _before_main_clause(sentence, content, len(sentence)) == len(sentence)


def _said_np_before(text: str) -> tuple[int, int] | None:
    old = re.compile(
        _SAID_NP.pattern.replace(
            r"\sto\s(?<!Ambassador\sto\s)(?<!ambassador\sto\s)(?<!Envoy\sto\s)(?<!envoy\sto\s)"
            r"(?<!Assistant\sto\s)(?<!Representative\sto\s)",
            r"(?<!Ambassador)(?<!ambassador)(?<!Envoy)(?<!envoy)(?<!Assistant)(?<!Representative)"
            r"\sto\s",
        )
    )
    assert old.pattern != _SAID_NP.pattern
    match = old.match(text)
    return match.span("np") if match else None


def test_said_np_envoy_title_as_before() -> None:
    chance = random.Random(3)
    words = ["Ambassador", "ambassador", "Envoy", "Assistant", "Representative", "to", "China",
             "Roe", "the", "President", "reporters", "xEnvoy", "Representatives"]  # fmt: skip
    for _ in range(5000):
        text = " said " + "".join(
            chance.choice(words) + chance.choice([" ", " ", "\t", "\xa0"])
            for _ in range(chance.randint(1, 10))
        )
        match = _SAID_NP.match(text)
        assert (match.span("np") if match else None) == _said_np_before(text), repr(text)
    match = _SAID_NP.match(" said Ambassador to China Nicholas Burns.")
    assert match is not None and match.group("np") == "Ambassador to China Nicholas Burns"
    match = _SAID_NP.match(" said Jane Roe to reporters.")
    assert match is not None and match.group("np") == "Jane Roe"


def test_sentences_marks_of_one_and_two_characters() -> None:
    text = "Senator Jane Roe (D-Calif.) said it. It rose (again.) Then it fell."
    assert [text[low:high] for low, high in sentences(text)] == [
        "Senator Jane Roe (D-Calif.) said it.",
        "It rose (again.)",
        "Then it fell.",
    ]
