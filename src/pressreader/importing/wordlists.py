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


def alternation(words: Iterable[str]) -> str:
    """A non-capturing pattern that matches any of `words` (literally), shaped as a tree of
    their letters. Put word boundaries around it where they are wanted."""
    tree = _Node()
    for word in words:
        if not word:
            continue
        node = tree
        for char in word:
            node = node.setdefault(char, _Node())
        node[""] = _Node()
    return _pattern(tree)


class _Node(dict[str, "_Node"]):
    """A letter of the tree: the letters that may follow, `""` when a word ends here."""


def _pattern(node: _Node) -> str:
    ends_here = "" in node
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends_here else body


class _LazyPattern:
    """A pattern compiled on its first use; its methods are then the compiled pattern's own,
    so later calls cost nothing more."""

    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self._arguments = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        compiled = re.compile(*cast("tuple[str, int]", self._arguments))  # or bytes: the same
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

    def __init__(self, pattern: str, needs: tuple[str, ...]) -> None:
        self.pattern = lazy(pattern)
        self.needs = needs
        GATED.append(self)

    def admits(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        return any(text.find(word, pos, endpos) >= 0 for word in self.needs)

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


GATED: list[Gated] = []
