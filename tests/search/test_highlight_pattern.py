"""The highlighting pattern of a term begins with the term's first letter (so the regular
expression engine skips to it) and matches exactly where the plain form matches: the
look-behind "not after a letter or digit" first, then the words."""

from __future__ import annotations

import random
import re

from pressreader.index.query import Term
from pressreader.index.search import term_pattern


def _plain(term: Term) -> str:
    words = [re.escape(w) for w in re.findall(r"[^\W_]+", term.text.lower())]
    tail = r"[^\W_]*" if term.kind == "prefix" else r"(?![^\W_])"
    return r"(?<![^\W_])" + r"[\W_]+".join(words) + tail


def test_the_pattern_matches_where_the_plain_form_matches() -> None:
    rng = random.Random(11)
    alphabet = "abcXYZ éÉß1_-.\nİıK"
    for _ in range(800):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        query = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6)))
        for kind in ("word", "prefix", "phrase"):
            term = Term(query, kind)  # type: ignore[arg-type]
            found = [m.span() for m in re.finditer(term_pattern(term), text, re.IGNORECASE)]
            plain = [m.span() for m in re.finditer(_plain(term), text, re.IGNORECASE)]
            assert found == plain, (query, kind, text)


def test_a_term_pattern_begins_with_its_first_letter() -> None:
    assert term_pattern(Term("Trade deal", "phrase")).startswith("t(?<![^\\W_].)rade")
    assert re.search(term_pattern(Term("trade", "word")), "free-trade area", re.IGNORECASE)
    assert not re.search(term_pattern(Term("trade", "word")), "freetrade", re.IGNORECASE)
