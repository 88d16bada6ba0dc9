"""Word lists made into letter-tree patterns match exactly what a plain alternation does."""

from __future__ import annotations

import re

import pytest

from pressreader.importing.wordlists import alternation

WORDS = [
    "said",
    "says",
    "say",
    "stated",
    "pointed out",
    "points out",
    "a",
    "an",
    "and",
    "$",
    "U.S.",
]


def test_the_tree_pattern_matches_the_same_words_as_the_plain_alternation() -> None:
    text = (
        "She says, and he said: a plan. They say an end. It stated U.S. aims; "
        "saying, sayso, pointed outward, points out $5 and."
    )
    plain = re.compile(
        r"\b(?:" + "|".join(map(re.escape, sorted(WORDS, key=len, reverse=True))) + r")\b"
    )
    tree = re.compile(r"\b" + alternation(WORDS) + r"\b")
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("word", WORDS)
def test_each_word_matches_whole(word: str) -> None:
    assert re.fullmatch(alternation(WORDS), word)


def test_no_words_match_nothing_more() -> None:
    assert re.fullmatch(alternation(["ab", "abc"]), "abcd") is None
    assert alternation([]) == ""
