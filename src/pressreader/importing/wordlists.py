"""Word lists made into patterns that a regular expression scans quickly.

A pattern `\\b(?:said|says|stated|…)\\b` of a hundred words makes the regular expression
engine try every word at every position. The same words as a tree of their letters
(`s(?:a(?:id|ys)|tated)`) try one branch per letter, which scans a text several times
faster and matches exactly the same words. The lists stay plain Python sets and tuples,
readable and testable; `alternation` turns one into a pattern once, at import.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from typing import Any, cast, overload

from pressreader.importing import precompiled

# The days of the week and the months, as a text writes them: a time, never a name nor what a
# figure counts.
DAYS_AND_MONTHS = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip


# The words that open a clause of time, reason or concession before its subject (`When Jane
# Roe arrived, …`, `Although Tom Lee lost the vote, …`): the clause's subject is not the
# sentence's, and the word is no part of a name.
CLAUSE_OPENERS = (
    "When", "While", "After", "Before", "Since", "Although", "Though", "Even though", "Because",
    "Once", "Until", "As", "Whereas", "Unless", "If",
)  # fmt: skip


def alternation(words: Iterable[str]) -> str:
    """A non-capturing pattern that matches any of `words` (literally), shaped as a tree of
    their letters. Put word boundaries around it where they are wanted."""
    distinct = sorted({word for word in words if word})
    return _pattern(distinct, 0) if distinct else ""


def _pattern(words: list[str], depth: int) -> str:
    """The tree of `words` (sorted, distinct, sharing their first `depth` letters) from letter
    `depth` on: `(?:a|b…)` over the letters that may come next, `?` after it when a word ends
    here. A run of letters with one way on and no word ending is written as it stands, in one
    step (the words are read by slices, not a node a letter: a quarter of the time)."""
    start = depth
    # Sorted: when the first and last words hold the same letter here, every word does.
    while len(words[0]) > depth and words[0][depth] == words[-1][depth]:
        depth += 1
    run = re.escape(words[0][start:depth])  # (escaping is letter by letter)
    ends_here = len(words[0]) == depth  # (the shortest word sorts first)
    branches = []
    low = 1 if ends_here else 0
    while low < len(words):
        letter = words[low][depth]
        high = low + 1
        while high < len(words) and words[high][depth] == letter:
            high += 1
        branches.append(re.escape(letter) + _pattern(words[low:high], depth + 1))
        low = high
    if not branches:
        return run
    body = "(?:" + "|".join(branches) + ")"
    return run + (body + "?" if ends_here else body)


class _LazyPattern:
    """A pattern compiled on its first use; its methods are then the compiled pattern's own,
    so later calls cost nothing more."""

    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self._arguments = (pattern, flags)
        MADE.append(self._arguments)

    def __getattr__(self, name: str) -> Any:
        compiled = precompiled.compile(*self._arguments)
        for method in ("search", "match", "fullmatch", "finditer", "findall", "sub", "split"):
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


@overload
def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]: ...
@overload
def lazy(pattern: bytes, flags: int = 0) -> re.Pattern[bytes]: ...
def lazy(pattern: str | bytes, flags: int = 0) -> re.Pattern[str] | re.Pattern[bytes]:
    """`re.compile(pattern, flags)`, done when the pattern is first used: rules for a
    language an article does not hold (the Chinese ones in an English text), and rules only
    some texts reach (a title before a name, a speaker before the quote), cost no compiling."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))


class Gated:
    """A pattern tried only where one of the words every match of it holds stands in the
    text searched (between `pos` and `endpos`): elsewhere it cannot match, so its answer is
    given without compiling or running it. `tests/importing/test_gated_patterns.py` holds each
    one's words to its matches over the development, synthetic and generated texts."""

    def __init__(self, pattern: str, needs: tuple[str, ...], flags: int = 0) -> None:
        self.pattern = lazy(pattern, flags)
        self.needs = needs
        GATED.append(self)

    def admits(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        # (a loop, not `any` of a generator: asked thousands of times an article, most often
        # of one word, a generator made and closed each time cost more than the search)
        for word in self.needs:  # noqa: SIM110
            if text.find(word, pos, endpos) >= 0:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if self.admits(text, pos, endpos) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos) if self.admits(text, pos, endpos) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self.admits(text, pos, endpos):
            return None
        return self.pattern.fullmatch(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if not self.admits(text, pos, endpos):
            return iter(())
        return self.pattern.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if not self.admits(text, pos, endpos):
            return []
        return self.pattern.findall(text, pos, endpos)

    def sub(self, repl: str, text: str, count: int = 0) -> str:
        # (no match: the text as it stands, which is what `sub` gives then)
        return self.pattern.sub(repl, text, count) if self.admits(text) else text


class Ending(Gated):
    """A pattern that ends at the end of the text searched (`\\Z`), tried only where that text
    (between `pos` and `endpos`) ends with one of the words every match ends with: one
    `endswith`, where `Gated` reads the text once a word."""

    def admits(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        return text.endswith(self.needs, pos, endpos)


GATED: list[Gated] = []
# The pattern and flags of every `lazy` pattern made, in order: what the shipped table of
# compiled patterns holds (`precompiled`).
MADE: list[tuple[str | bytes, int]] = []
