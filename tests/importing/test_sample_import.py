"""The bundled sample's text, imported, against its own hand annotation: the issue's hard case
(a translated state-media report, most speech indirect and carried on over several sentences).

The raw text as published lives outside the repository (`benchmarks/eval_import.py --sample`
reads it); here the sample's own title, date, headings and paragraphs are written out as plain
text, so every quote rule meets the sample's sentences in every run. A rule that cut its reports
short (a first-person sentence taken for the publisher's, 5 December) lowered the import from 16
of 17 gold quotes matched to 14 without any other test noticing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pressreader.format.loader import load_file, load_text
from pressreader.importing.pipeline import Options, prepare
from pressreader.model import Article

SAMPLE = (
    Path(__file__).resolve().parents[2]
    / "src"
    / "pressreader"
    / "samples"
    / "join-hands-better-future.yaml"
)
# Matched today at 80% both ways (docs/IMPORT-RULES.md, "The sample article re-checked"): 16 of 17;
# the 17th is a report over several sentences cut after its first.
MATCHED_AT_LEAST = 16
COVERAGE = 0.8


def _plain_text(article: Article) -> str:
    blocks = [article.title, str(article.published)]
    for section in article.sections:
        if section.heading:
            blocks.append(section.heading)
        blocks.extend(section.paragraphs)
    return "\n\n".join(blocks) + "\n"


def _spans(article: Article) -> list[tuple[str, int, int, str]]:
    """Each quote as (its paragraph's text, start, end, speaker)."""
    out = []
    for quote in article.quotes:
        anchor = quote.anchor
        assert anchor is not None
        paragraph = article.sections[anchor.section_index].paragraphs[anchor.paragraph]
        out.append((paragraph, anchor.start, anchor.end, quote.speaker))
    return out


def _covers(gold: tuple[str, int, int, str], found: tuple[str, int, int, str]) -> bool:
    if gold[0] != found[0]:
        return False
    common = max(0, min(gold[2], found[2]) - max(gold[1], found[1]))
    return common >= COVERAGE * (gold[2] - gold[1]) and common >= COVERAGE * (found[2] - found[1])


def test_the_samples_text_imports_with_its_quotes_found() -> None:
    gold_result = load_file(SAMPLE)
    assert gold_result.problems == []
    (gold,) = gold_result.articles
    text = _plain_text(gold)
    prepared = prepare("sample.txt", text.encode(), Options(), dt.date(2026, 1, 1))
    result = load_text(prepared.text, Path("sample.yaml"))
    assert result.problems == []
    (imported,) = result.articles
    found = _spans(imported)
    unused = list(found)
    matched = []
    for quote in _spans(gold):
        partner = next((each for each in unused if _covers(quote, each)), None)
        if partner is not None:
            unused.remove(partner)
            matched.append((quote, partner))
    assert len(matched) >= MATCHED_AT_LEAST, [q[0][q[1] : q[2]][:60] for q in found]
    # Every matched quote names the gold's speaker.
    assert [q[3] for q, _ in matched] == [f[3] for _, f in matched]
    # At most one quote found that matches no gold one.
    assert len(unused) <= 1
