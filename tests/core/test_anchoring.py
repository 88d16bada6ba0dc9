"""Normalisation, slugs and anchoring: offsets always index the original paragraph."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressreader.format.anchoring import TextIndex
from pressreader.model import Section
from pressreader.text.textnorm import WHITESPACE, normalise, slugify
from tests.strategies import any_text, joined

_RUNS = re.compile(r"\s+")
_ALPHABET = [*"ab c\t\n\u3000\xa0“”„«»‘’‚–—\"'-.x中", "  "]


def reference_normalise(text: str) -> str:
    text = _RUNS.sub(" ", text)
    for fancy in "“”„«»":
        text = text.replace(fancy, '"')
    for fancy in "‘’‚":
        text = text.replace(fancy, "'")
    return text.replace("–", "-").replace("—", "-")


def test_whitespace_table_is_complete() -> None:
    assert set(WHITESPACE) == {chr(code) for code in range(0x110000) if chr(code).isspace()}


@given(joined(_ALPHABET, max_size=400))
def test_normalise_matches_the_rules(text: str) -> None:
    assert normalise(text) == reference_normalise(text)


def test_normalise_examples() -> None:
    assert normalise("“It’s  a\n\ttest” — ok") == '"It\'s a test" - ok'
    assert normalise("a\u3000\u3000b") == "a b"


def reference_slug(heading: str) -> str:
    import unicodedata

    kept = [
        char if char.isalnum() or unicodedata.category(char)[0] == "M" else " "
        for char in heading.lower()
    ]
    return "-".join("".join(kept).split())


@given(any_text(max_size=60) | st.text(st.characters(max_codepoint=127), max_size=60))
def test_slugify_matches_the_rule(heading: str) -> None:
    assert slugify(heading) == reference_slug(heading)


def test_slugify() -> None:
    assert slugify("Opening up: a new chapter!") == "opening-up-a-new-chapter"
    assert slugify("  --Hello--  ") == "hello"
    assert slugify("对外开放 新篇章") == "对外开放-新篇章"
    assert slugify("हिन्दी समाचार") == "हिन्दी-समाचार"  # vowel signs stay with their letters
    assert slugify("!!!") == ""
    assert slugify("COVID-19 & 2022") == "covid-19-2022"


def sections(*paragraph_lists: list[str]) -> list[Section]:
    return [Section(f"s{i}", None, list(ps)) for i, ps in enumerate(paragraph_lists, 1)]


def test_locate_maps_back_through_collapsed_runs() -> None:
    paragraph = "Start.   He said:\n “we  will\topen up” —  now."
    index = TextIndex(sections([paragraph]))
    anchor = index.locate('"we will open up" - now')
    assert anchor is not None
    assert paragraph[anchor.start : anchor.end] == "“we  will\topen up” —  now"


@given(
    joined(_ALPHABET, min_size=1, max_size=60),
    st.integers(0, 59),
    st.integers(1, 20),
)
def test_any_found_span_normalises_to_the_needle(paragraph: str, start: int, length: int) -> None:
    needle = normalise(paragraph[start : start + length]).strip(" ")
    index = TextIndex(sections(["x", paragraph]))
    anchor = index.locate(needle)
    if not needle:
        assert anchor is None
        return
    assert anchor is not None
    found = ["x", paragraph][anchor.paragraph]
    assert normalise(found[anchor.start : anchor.end]) == needle


def test_scoped_lookup_and_hints() -> None:
    index = TextIndex(sections(["Alpha beta.", "Gamma delta."], ["Epsilon beta."]))
    whole = index.locate("beta")
    assert whole is not None and (whole.section_index, whole.paragraph) == (0, 0)
    scoped = index.locate("beta", 1)
    assert scoped is not None and (scoped.section_id, scoped.start) == ("s2", 8)
    assert index.locate("Gamma", 1) is None
    assert "stands in section `s1`" in index.why_not_found("Gamma", 1)
    assert "spans two paragraphs" in index.why_not_found("beta. Gamma")
    assert "letter case" in index.why_not_found("ALPHA")
    assert "exact words" in index.why_not_found("omega")


def test_streams_take_successive_occurrences() -> None:
    index = TextIndex(sections(["he said", "then he said", "and he said"]))
    first = index.locate("he said", stream="quotes")
    second = index.locate("said", stream="quotes")
    assert first is not None and second is not None
    assert (first.paragraph, second.paragraph) == (0, 0)
    third = index.locate("then", stream="quotes")
    fourth = index.locate("he said", stream="quotes")
    assert third is not None and fourth is not None
    assert (third.paragraph, fourth.paragraph) == (1, 1)
    # Out of order: the search wraps around to the start.
    assert index.locate("he said", stream="quotes") == fourth
    # Without a stream: always the first occurrence.
    assert index.locate("he said") == first


def test_empty_sections_and_nul_characters() -> None:
    index = TextIndex(sections([], ["a\x00b c"], []))
    anchor = index.locate("b c")
    assert anchor is not None and (anchor.section_index, anchor.start, anchor.end) == (1, 2, 5)
    assert index.locate("a\x00b") is None
    assert index.locate("x", 0) is None and index.locate("x", 2) is None


def test_many_paragraphs_and_annotations() -> None:
    paragraphs = [f"Paragraph {n} says “thing {n}”  twice." for n in range(5000)]
    index = TextIndex(sections(paragraphs))
    for n in range(0, 5000, 25):
        anchor = index.locate(f'says "thing {n}" twice', stream="q")
        assert anchor is not None and anchor.paragraph == n
        assert paragraphs[n][anchor.start : anchor.end] == f"says “thing {n}”  twice"


def test_lookups_stop_when_the_work_budget_is_spent(monkeypatch: pytest.MonkeyPatch) -> None:
    from pressreader.format import anchoring

    monkeypatch.setattr(anchoring, "_WORK_FLOOR", 0)
    monkeypatch.setattr(anchoring, "_WORK_PER_CHAR", 3)
    paragraphs = [f"paragraph number {n}" for n in range(100)]
    index = TextIndex(sections(paragraphs))
    results = [index.locate(f"number {n}", stream="q") for n in reversed(range(100))]
    assert results[0] is not None  # the first lookups are answered
    assert index.exhausted and results[-1] is None
    assert "too many annotations to check" in index.why_not_found("number 0")


def _emoji_text(paragraphs: int, quote: str = "“") -> list[str]:
    # One emoji makes CPython store a paragraph at 4 bytes a character.
    return [
        f"Paragraph {n} says {quote}thing {n} and more 🙂 " + "words " * 150
        for n in range(paragraphs)
    ]


@pytest.mark.parametrize(
    ("quote", "copies"),
    [
        # Nothing to normalise: the index's own text is the one copy (the old way: three).
        ('"', 1.5),
        # Normalised paragraphs, then their join (the old way: five).
        ("“", 2.5),
    ],
)
def test_index_keeps_no_whole_text_copies_besides_its_own(quote: str, copies: float) -> None:
    import tracemalloc

    paragraphs = _emoji_text(2000, quote)
    text_bytes = 4 * sum(len(text) + 1 for text in paragraphs)
    tracemalloc.start()
    try:
        index = TextIndex(sections(paragraphs))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < copies * text_bytes
    anchor = index.locate('says "thing 1999 and')
    assert anchor is not None and anchor.paragraph == 1999


def test_a_failed_lookups_hint_copies_no_whole_text(monkeypatch: pytest.MonkeyPatch) -> None:
    import tracemalloc

    from pressreader.format import anchoring

    monkeypatch.setattr(anchoring, "_WINDOW", 1 << 14, raising=False)
    paragraphs = _emoji_text(2000)
    text_bytes = 4 * sum(len(text) + 1 for text in paragraphs)
    index = TextIndex(sections(paragraphs))
    tracemalloc.start()
    try:
        hint = index.why_not_found("WORDS WORDS")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "letter case" in hint
    # The two texts a hint searches, as UTF-8: about a quarter of the string's size each.
    assert peak < 0.75 * text_bytes
