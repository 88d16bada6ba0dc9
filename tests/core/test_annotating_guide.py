"""docs/ANNOTATING.md stays true to the sample it takes its examples from."""

from __future__ import annotations

import re
from pathlib import Path

from pressreader.format.loader import load_file
from pressreader.paths import bundled_articles

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "ANNOTATING.md"


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_every_example_passage_stands_in_the_sample() -> None:
    (article,) = load_file(bundled_articles() / "join-hands-better-future.yaml").articles
    body = words(" ".join(p for s in article.sections for p in s.paragraphs))
    blocks = re.findall(r"```text\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.DOTALL)
    assert len(blocks) >= 4
    for block in blocks:
        passage = words(block.replace("…", ""))
        assert passage and passage in body, passage


def test_the_sample_values_follow_the_guide() -> None:
    """The guide's worked values: scale words applied, qualifiers kept out of the value,
    a change gives value and previous."""
    (article,) = load_file(bundled_articles() / "join-hands-better-future.yaml").articles
    figures = {statistic.text: statistic for statistic in article.statistics}
    assert figures["more than 4.6 million overseas Chinese citizens"].value == 4_600_000
    assert figures["more than 600 political parties and political organizations"].value == 600
    change = figures["increased from 172 to 181"]
    assert (change.value, change.previous) == (181, 172)
