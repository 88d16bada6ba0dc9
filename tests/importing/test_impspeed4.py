"""The impspeed4 round: what the read-ahead child sends for a paragraph (`annotate`'s
`_figures_and_scan`) is a plain tuple of `Scanned`'s fields after the paragraph, and holds
whether two capitalised words stand in a row (`speakers.has_capitalised_pair`), the gate of
`register_mentions` that the finder no longer works out again for a paragraph given so."""

from __future__ import annotations

from pathlib import Path

from pressreader.importing.annotate import _figures, _figures_and_scan
from pressreader.importing.quotes import primes_closed, scan
from pressreader.importing.quotes.finder import Scanned
from pressreader.importing.speakers import Book, has_capitalised_pair, register_mentions

ROOT = Path(__file__).resolve().parents[2]


def _paragraphs() -> list[str]:
    texts = sorted(ROOT.glob("benchmarks/devset/dev*/*.txt"))
    assert len(texts) > 150
    return [
        line for path in texts for line in path.read_text(encoding="utf-8").splitlines() if line
    ]


def test_the_fields_sent_make_the_scan_of_the_paragraph() -> None:
    pairs = 0
    for paragraph in _paragraphs():
        figures, fields = _figures_and_scan(paragraph)
        assert isinstance(fields, tuple) and not isinstance(fields, Scanned)  # (a plain tuple)
        assert Scanned(paragraph, *fields) == scan(paragraph)._replace(paragraph=paragraph)
        assert figures == _figures(paragraph)
        pairs += bool(fields[2])
    assert pairs > 1000  # most paragraphs name someone


def test_the_capitalised_pair_sent_is_the_one_of_the_paragraph_read() -> None:
    # The finder reads each paragraph with its double primes closed (`primes_closed`), the
    # child scans it as written: the answer is the same for both.
    for paragraph in _paragraphs():
        expected = has_capitalised_pair(primes_closed(paragraph))
        assert scan(paragraph).capitalised is expected, paragraph[:80]
    assert scan("The board met on Tuesday.").capitalised is False
    assert scan("Jane Roe, the Port's Director, spoke.").capitalised is True
    assert scan("Said “Yes″ Jane Roe.").capitalised is True


def test_a_capitalised_pair_given_is_the_gate_used() -> None:
    paragraph = "Commerce Secretary Gina Raimondo visited the plant."
    found, skipped, worked_out = Book(), Book(), Book()
    register_mentions(found, paragraph, True)
    register_mentions(skipped, paragraph, False)  # (a wrong answer given: nothing read)
    register_mentions(worked_out, paragraph)
    assert [person.name for person in found.people] == ["Gina Raimondo"]
    assert [person.name for person in worked_out.people] == ["Gina Raimondo"]
    assert skipped.people == []
