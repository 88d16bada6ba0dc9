"""The bundled sample article: loads without a single problem and carries its annotations.

The figures asserted here are the ones the article states; each is also checked against the
anchored words, so an annotation cannot drift from the text it claims to quote.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pressreader.format.loader import load_file
from pressreader.model import Anchor, Article
from pressreader.paths import bundled_articles
from pressreader.text.metrics import article_metrics
from pressreader.text.numbers import format_number
from pressreader.text.textnorm import normalise

SAMPLE = bundled_articles() / "join-hands-better-future.yaml"
MA = "Ma Zhaoxu"
SHEN = "Shen Beili"


@pytest.fixture(scope="module")
def article() -> Article:
    result = load_file(SAMPLE)
    # `pressreader check --strict`: not a warning, let alone an error.
    assert [problem.format() for problem in result.problems] == []
    assert len(result.articles) == 1
    return result.articles[0]


def _slice(article: Article, anchor: Anchor) -> str:
    paragraph = article.sections[anchor.section_index].paragraphs[anchor.paragraph]
    return paragraph[anchor.start : anchor.end]


def _paragraphs(article: Article) -> list[str]:
    return [p for section in article.sections for p in section.paragraphs]


def test_check_strict_passes_on_the_bundled_samples() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pressreader", "check", "--strict", str(bundled_articles())],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().endswith(": 0 errors, 0 warnings")


def test_the_top_level_articles_folder_is_the_bundled_samples() -> None:
    top = Path(__file__).resolve().parents[2] / "articles"
    assert (top / SAMPLE.name).resolve() == SAMPLE.resolve()


def test_metadata(article: Article) -> None:
    assert article.id == "join-hands-better-future"
    assert article.title == "Join hands to create a better future for mankind"
    assert article.outlet == "Workers' Daily"
    assert article.authors == ["Yin Xuemei", "Zheng Li"]
    assert article.published == dt.date(2022, 10, 20)
    assert article.dateline == "Beijing"
    assert article.language == "en"
    assert article.tags and article.summary
    assert article.url is None or "chinagong.com" in article.url


def test_sections(article: Article) -> None:
    assert [s.heading is None for s in article.sections] == [True, False, False, False]
    headings = [s.heading for s in article.sections[1:]]
    assert headings == [
        "Major-country diplomacy with Chinese characteristics achieves all-round success, "
        "groundbreaking historical achievement",
        "China has always been committed to promoting the building of a community with a "
        "shared future for mankind",
        "Chinese diplomacy is the diplomacy of the people",
    ]
    assert [len(s.paragraphs) for s in article.sections] == [2, 6, 5, 4]
    assert len({s.id for s in article.sections}) == 4


def test_text_is_clean_of_scraping_debris(article: Article) -> None:
    text = "\n".join(_paragraphs(article))
    for debris in ("Original title", "Leave a Replay", "China Industrial Network", "chinagong"):
        assert debris not in text
    assert "successgroundbreaking" not in text
    assert article.sections[0].paragraphs[0].startswith("This morning, the Press Center")
    assert article.sections[-1].paragraphs[-1].endswith("” Ma Zhaoxu said.")
    # The source's typographic quotation marks and apostrophes are kept as published.
    assert '"' not in text
    assert "“" in text and "’" in text
    assert "China’s diplomacy is people’s diplomacy." in text


def test_speakers(article: Article) -> None:
    ma = article.speaker(MA)
    shen = article.speaker(SHEN)
    assert ma is not None and shen is not None
    assert ma.role == (
        "Member of the Party Committee and Vice Minister of the Ministry of Foreign Affairs"
    )
    assert ma.affiliation == "Ministry of Foreign Affairs"
    assert shen.role is not None and shen.role.startswith("Vice Minister of the International")
    assert shen.affiliation is not None and "International Liaison Department" in shen.affiliation
    assert {q.speaker for q in article.quotes} == {MA, SHEN}


def test_every_annotation_is_anchored_to_its_words(article: Article) -> None:
    annotations = [(q.text, q.section, q.anchor) for q in article.quotes]
    annotations += [(s.text, s.section, s.anchor) for s in article.statistics]
    for text, section, anchor in annotations:
        assert text is not None and anchor is not None
        assert normalise(_slice(article, anchor)) == normalise(text).strip()
        assert anchor.section_id == article.sections[anchor.section_index].id
        assert section is None or section == anchor.section_id


def test_every_direct_quote_of_a_speaker_is_annotated(article: Article) -> None:
    # The three paragraphs that open with a quotation in “…” quote Ma Zhaoxu.
    direct = {
        (q.anchor.section_index, q.anchor.paragraph, q.anchor.start)
        for q in article.quotes
        if q.kind == "direct" and q.anchor is not None and q.speaker == MA
    }
    openers = [
        (si, pi)
        for si, section in enumerate(article.sections)
        for pi, paragraph in enumerate(section.paragraphs)
        if paragraph.startswith("“")
    ]
    assert len(openers) == 3
    for si, pi in openers:
        assert (si, pi, 1) in direct
    texts = {q.text for q in article.quotes if q.kind == "direct"}
    assert "China’s diplomacy is people’s diplomacy." in texts
    assert (
        "Building a community with a shared future for mankind is the future of people all "
        "over the world." in texts
    )
    # Shen Beili's three characteristics (“wide”, “sincere”, “live”) and her “new cold war” are
    # terms in marks inside her indirect quote, which covers them: not annotated again
    # (docs/ANNOTATING.md, "A short phrase in marks inside reported speech").
    shen_direct = {q.text for q in article.quotes if q.kind == "direct" and q.speaker == SHEN}
    assert shen_direct == set()
    shen_report = next(
        q.text
        for q in article.quotes
        if q.speaker == SHEN and q.text.startswith("the CPC’s foreign exchanges")
    )
    for term in ("“wide”", "“sincere”", "“live”", "“new cold war”"):
        assert term in shen_report


_ATTRIBUTION = re.compile(r"(Ma Zhaoxu|Shen Beili) (?:emphasized|said|introduced) that ")


def test_every_attributed_indirect_statement_is_annotated(article: Article) -> None:
    indirect = {
        (q.speaker, q.anchor.section_index, q.anchor.paragraph, q.anchor.start)
        for q in article.quotes
        if q.kind == "indirect" and q.anchor is not None
    }
    found = 0
    for si, section in enumerate(article.sections):
        for pi, paragraph in enumerate(section.paragraphs):
            for match in _ATTRIBUTION.finditer(paragraph):
                found += 1
                assert (match.group(1), si, pi, match.end()) in indirect, paragraph[:60]
    assert found == 9
    # The five aspects of progress Ma Zhaoxu introduced are his, one paragraph each.
    aspects = [q for q in article.quotes if q.section == "achievements" and q.kind == "indirect"]
    assert [q.anchor.paragraph for q in aspects if q.anchor] == [1, 2, 3, 4, 5]
    assert all(q.speaker == MA for q in aspects)


# (value, previous, words the anchor must hold)
REQUIRED_STATISTICS = [
    (181, 172, "increased from 172 to 181"),
    (113, 41, "increased from 41 to 113"),
    (19, None, "19 free trade agreements"),
    (26, None, "26 countries and regions"),
    (149, None, "149 countries"),
    (32, None, "32 international organizations"),
    (600, None, "more than 600 political parties"),
    (170, None, "more than 170 countries"),
    (4_600_000, None, "more than 4.6 million"),
    (20, None, "nearly 20 emergency evacuation"),
    (500_000, None, "more than 500,000 consular protection cases"),
]


@pytest.mark.parametrize(("value", "previous", "words"), REQUIRED_STATISTICS)
def test_required_statistics(
    article: Article, value: int, previous: int | None, words: str
) -> None:
    matches = [s for s in article.statistics if s.value == value]
    assert len(matches) == 1
    statistic = matches[0]
    assert statistic.previous == previous
    assert statistic.anchor is not None and statistic.label and statistic.unit
    assert statistic.period
    assert words in _slice(article, statistic.anchor)


def test_each_statistic_states_its_figures_in_its_words(article: Article) -> None:
    for statistic in article.statistics:
        assert statistic.anchor is not None
        words = _slice(article, statistic.anchor)
        # The value as a reader sees it ("4.6 million", "500,000", "181") is in the text.
        assert format_number(statistic.value) in words
        if statistic.previous is not None:
            assert format_number(statistic.previous) in words


def test_article_statistics(article: Article) -> None:
    metrics = article_metrics(article)
    words = sum(len(p.split()) for p in _paragraphs(article))
    # The text has no CJK and no lone punctuation, so the count is the space-separated count.
    assert metrics.words == words
    assert metrics.paragraphs == 17
    assert metrics.reading_minutes == -(-words // 230)
    assert metrics.quotes_by_speaker == {
        MA: sum(q.speaker == MA for q in article.quotes),
        SHEN: sum(q.speaker == SHEN for q in article.quotes),
    }
    assert list(metrics.quotes_by_speaker) == [MA, SHEN]
    assert 0.5 < metrics.quoted_share < 1
