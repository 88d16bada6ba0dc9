"""The places an article can be opened at: a search hit, a quote or a figure, or a saved
place (a bookmark). The views that open articles make them; the article screen's keeper
(`pressreader.tui.screens.reading_keeper`) goes there; the session holds the next one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pressreader.model import Anchor
from pressreader.store.reading import Position

if TYPE_CHECKING:
    from pressreader.index.query import Query


@dataclass(frozen=True, slots=True)
class AtMatch:
    """A search hit: its paragraph (or heading) at the top, the find bar holding the query."""

    section_index: int | None
    paragraph: int | None
    heading: bool = False  # the hit is the section's heading
    find_text: str = ""
    find_regex: bool = False


@dataclass(frozen=True, slots=True)
class AtAnchor:
    """A quote or a statistic: its words brought into view and highlighted."""

    anchor: Anchor
    kind: str = "quote"  # "quote" or "statistic": which panel selects it
    line: int = 0  # its line in the file, to tell apart annotations on the same words


@dataclass(frozen=True, slots=True)
class AtPosition:
    """A saved place (a bookmark)."""

    position: Position


Target = AtMatch | AtAnchor | AtPosition


def find_text_for(query: str | Query) -> tuple[str, bool]:
    """What the article's find bar should hold for a library query: (text, is a regex).

    One plain word or phrase stays literal text; several terms, or a prefix, become one
    regular expression of alternatives, so `n`/`N` step through every searched word.
    """
    from pressreader.index.query import QueryError, parse

    if isinstance(query, str):
        try:
            query = parse(query)
        except QueryError:
            return "", False
    terms = list(dict.fromkeys((t.text.lower(), t.kind) for t in query.terms()))
    if not terms:
        return "", False
    if len(terms) == 1 and terms[0][1] != "prefix":
        return terms[0][0], False
    parts = []
    for text, kind in terms:
        body = r"\s+".join(re.escape(word) for word in text.split())
        parts.append(body + r"\w*" if kind == "prefix" else body)
    return "|".join(parts), True
