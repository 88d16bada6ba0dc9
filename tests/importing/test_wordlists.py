"""Word lists made into letter-tree patterns match exactly what a plain alternation does."""

from __future__ import annotations

import random
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


def test_the_tree_is_written_letter_by_letter_where_words_part() -> None:
    # A run of letters with one way on is written as it stands; `?` where a word ends.
    words = ["said", "says", "say", "stated", "pointed out", "points out"]
    assert alternation(words) == r"(?:point(?:ed\ out|s\ out)|s(?:a(?:id|y(?:s)?)|tated))"


def test_random_word_lists_match_exactly_their_words() -> None:
    rng = random.Random(5)
    for _ in range(3000):
        words = ["".join(rng.choice("ab.$ ’") for _ in range(rng.randint(0, 5))) for _ in range(8)]
        if not any(words):
            continue  # no word: the empty pattern (`test_no_words_match_nothing_more`)
        tree = re.compile(alternation(words))
        # every word, and strings near them (a letter more or less), match only if listed
        near = {word[:cut] for word in words for cut in range(len(word) + 1)}
        near |= {word + extra for word in words for extra in "ab."}
        for text in near:
            assert (tree.fullmatch(text) is not None) == (text in words and text != ""), words
