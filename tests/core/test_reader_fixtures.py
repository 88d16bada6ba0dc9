"""The reader's fixtures under tests/data/reader load as they claim to.

Every file there is a valid article (warnings allowed) except `broken.yaml` (a YAML syntax
error) and `bad-anchor.yaml` (a quote whose words are not in the text). The checks below also
make sure each fixture still holds what it exists to test (hostile bytes, CJK, twelve sections),
so an edit cannot quietly defuse it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pressreader.format.loader import load_file
from pressreader.model import Article
from pressreader.text.metrics import article_metrics
from pressreader.text.sanitize import has_controls
from pressreader.text.textnorm import normalise

READER = Path(__file__).resolve().parents[1] / "data" / "reader"
BROKEN = {"broken.yaml", "bad-anchor.yaml"}
VALID = sorted(p for p in READER.glob("*.yaml") if p.name not in BROKEN)


def _load(name: str) -> Article:
    result = load_file(READER / name)
    assert result.errors == []
    assert len(result.articles) == 1
    return result.articles[0]


def test_the_valid_set_is_not_empty() -> None:
    names = {p.name for p in VALID}
    assert {"cjk.yaml", "japanese-emoji.yaml", "hostile.yaml", "many-sections.yaml"} <= names


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_fixture_loads_without_errors(path: Path) -> None:
    result = load_file(path)
    assert [p.format() for p in result.errors] == []
    assert result.articles
    for article in result.articles:
        annotations = [(q.text, q.anchor) for q in article.quotes]
        annotations += [(s.text, s.anchor) for s in article.statistics if s.text is not None]
        assert annotations
        for text, anchor in annotations:
            assert anchor is not None
            paragraph = article.sections[anchor.section_index].paragraphs[anchor.paragraph]
            assert normalise(paragraph[anchor.start : anchor.end]) == normalise(text).strip()


@pytest.mark.parametrize("name", ["cjk.yaml", "japanese-emoji.yaml", "many-sections.yaml"])
def test_clean_fixtures_have_no_warnings_either(name: str) -> None:
    assert [p.format() for p in load_file(READER / name).problems] == []


def test_broken_reports_the_syntax_error_where_it_is() -> None:
    result = load_file(READER / "broken.yaml")
    assert result.articles == []
    assert [(p.severity, p.line, p.column) for p in result.problems] == [("error", 8, 25)]
    assert "invalid YAML" in result.problems[0].message


def test_bad_anchor_reports_the_quote_not_in_the_text() -> None:
    result = load_file(READER / "bad-anchor.yaml")
    assert result.articles == []
    [error] = result.errors
    assert error.line == 22
    assert "not found in the article text" in error.message
    assert "We will never publish the minutes." in error.message


def test_cjk_fixture() -> None:
    article = _load("cjk.yaml")
    assert article.language == "zh"
    # Headings in Chinese give Chinese section ids; the lead has none.
    assert [s.id for s in article.sections] == [
        "section-1",
        "夜间阅览室座无虚席",
        "自助设备让借书更方便",
        "第二个客厅-的未来",
    ]
    # Each paragraph wraps at least four times at 40 columns (20 wide characters a line).
    assert all(len(p) >= 80 for s in article.sections for p in s.paragraphs)
    assert {q.speaker for q in article.quotes} == {"李明", "王芳", "张伟"}
    assert [s.previous for s in article.statistics if s.previous is not None] == [8500, 300000]
    metrics = article_metrics(article)
    assert metrics.words > 500  # one word per Han character
    assert list(metrics.quotes_by_speaker) == ["李明", "王芳", "张伟"]


def test_japanese_emoji_fixture() -> None:
    article = _load("japanese-emoji.yaml")
    text = "".join(p for s in article.sections for p in s.paragraphs)
    assert article.language == "ja"
    for needle in (
        "👨\u200d👩\u200d👧\u200d👦",
        "👋🏽",
        "1️⃣",
        "❤️",
        "🎆🎇",
        "ｲﾍﾞﾝﾄ",
        "か\u3099",
        "e\u0301",
    ):
        assert needle in text
    assert "Jose\u0301 Garci\u0301a" in {q.speaker for q in article.quotes}
    assert article.sections[2].id == "海外からの来場者-cafe\u0301-cre\u0300me"


def test_hostile_fixture_keeps_its_teeth() -> None:
    result = load_file(READER / "hostile.yaml")
    assert result.errors == []
    # Control characters are warnings; every one the file holds is reported.
    assert len(result.warnings) >= 20
    assert all("control character" in p.message for p in result.warnings)
    article = result.articles[0]
    assert "\x1b]0;PWNED\x07" in article.title
    assert "[@click=app.quit]" in article.title
    assert "\x1b]52;c;SGVsbG8=\x07" in (article.subtitle or "")
    text = "\n".join(p for s in article.sections for p in s.paragraphs)
    for needle in ("\x1b[2J", "\x1b[10;10H", "\x9b2J", "\x9d0;", "\x7f", "\x00", "\x1b[6n", "\r"):
        assert needle in text
    for markup in ("[bold red]x[/]", "[link=https://example.com]l[/link]", " [/] "):
        assert markup in text
    assert max(len(word) for word in text.split()) >= 500
    headings = [s.heading or "" for s in article.sections]
    assert any(has_controls(h) for h in headings)
    assert any("[" in h for h in headings)
    assert all(has_controls(s.name) or "[/]" in s.name for s in article.speakers)
    assert all(has_controls(s.label) or "[" in s.label for s in article.statistics)
    assert any(s.unit and has_controls(s.unit) for s in article.statistics)
    # The annotations anchor on raw text, controls and brackets included.
    assert all(q.anchor is not None for q in article.quotes)
    assert any(has_controls(q.text) for q in article.quotes)


def test_many_sections_fixture() -> None:
    article = _load("many-sections.yaml")
    assert len(article.sections) == 12
    assert article.sections[0].heading is None
    assert all(s.heading for s in article.sections[1:])
    changes = {
        (s.value > s.previous, s.value < s.previous, s.previous == 0)
        for s in article.statistics
        if s.previous is not None
    }
    # Increase, decrease, equal, and a rise from zero.
    assert {(True, False, False), (False, True, False), (False, False, False)} <= changes
    assert (True, False, True) in changes
    values = [s.value for s in article.statistics]
    assert 4_200_000 in values and 1_300_000_000 in values
    assert any(v < 0 for v in values)
    assert any(isinstance(v, float) for v in values)
