"""What the loader builds from valid files, and how it treats hostile and odd input."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from pressreader.format import document, loader, safe_yaml
from pressreader.format.loader import load_bytes, load_file, load_text
from pressreader.model import Article, LoadResult

DATA = Path(__file__).resolve().parent.parent / "data"
VALID = DATA / "valid"
INVALID = DATA / "invalid"


def only_article(path: Path) -> Article:
    result = load_file(path)
    assert result.problems == [], [p.format() for p in result.problems]
    assert len(result.articles) == 1
    return result.articles[0]


def test_uses_libyaml_when_pyyaml_has_it() -> None:
    import yaml

    assert bool(getattr(yaml, "__with_libyaml__", False)) == safe_yaml.USING_LIBYAML
    if safe_yaml.USING_LIBYAML:
        assert issubclass(safe_yaml.SafeLoader, yaml.CSafeLoader)


def test_complete_article_fields() -> None:
    article = only_article(VALID / "complete.yaml")
    assert article.id == "complete-example"
    assert article.title == "Ministers describe ten years of diplomacy"
    assert article.published == dt.date(2022, 10, 20)
    assert article.authors == ["Yin Xuemei", "Zheng Li"]
    assert article.tags == ["diplomacy", "press conference"]
    assert article.language == "en"
    assert [s.id for s in article.sections] == ["lead", "consular-protection"]
    assert article.sections[1].heading == "Consular protection"
    assert article.speaker("Ma Zhaoxu") is not None
    assert article.speaker("Ma Zhaoxu").role == "Vice Minister of Foreign Affairs"  # type: ignore[union-attr]
    assert article.path == VALID / "complete.yaml"
    # Lines point into the file, for editors and for `check`.
    text = (VALID / "complete.yaml").read_text(encoding="utf-8").splitlines()
    assert text[article.sections[0].line - 1].strip().startswith("- id: lead")
    assert "We will keep opening up" in text[article.sections[0].paragraph_lines[1] - 1]
    assert text[article.quotes[0].line - 1].strip() == "- speaker: Ma Zhaoxu"


def test_complete_article_anchors_index_the_original_paragraph() -> None:
    article = only_article(VALID / "complete.yaml")
    quote, indirect = article.quotes
    assert quote.kind == "direct" and indirect.kind == "indirect"
    assert quote.anchor is not None
    paragraph = article.sections[quote.anchor.section_index].paragraphs[quote.anchor.paragraph]
    assert paragraph[quote.anchor.start : quote.anchor.end] == "We will keep opening up,"
    assert indirect.anchor is not None and indirect.anchor.section_id == "consular-protection"
    figures = {s.label: s for s in article.statistics}
    countries = figures["Countries with diplomatic relations"]
    assert (countries.value, countries.previous, countries.unit) == (181, 172, "countries")
    assert countries.anchor is not None
    lead = article.sections[0].paragraphs[countries.anchor.paragraph]
    assert lead[countries.anchor.start : countries.anchor.end] == "from 172 to 181"
    assert figures["Consular protection cases"].anchor is None  # no `text`: nothing to anchor


def test_normalised_anchor_spans_the_original_characters() -> None:
    article = only_article(VALID / "normalised-anchors.yaml")
    (quote,) = article.quotes
    assert quote.anchor is not None
    paragraph = article.sections[0].paragraphs[quote.anchor.paragraph]
    assert paragraph[quote.anchor.start : quote.anchor.end] == "“It’s   time\nto act” — and left"
    (statistic,) = article.statistics
    assert statistic.anchor is not None and statistic.anchor.paragraph == 1
    second = article.sections[0].paragraphs[1]
    assert second[statistic.anchor.start : statistic.anchor.end] == "grew 5% – the fastest"


def test_null_optional_keys_are_absent() -> None:
    article = only_article(VALID / "null-optional-keys.yaml")
    assert article.id == "null-optional-keys"
    assert article.subtitle is None and article.published is None
    assert article.authors == [] and article.tags == [] and article.quotes == []
    assert article.sections[0].heading is None and article.sections[0].id == "section-1"


def test_derived_section_ids() -> None:
    article = only_article(VALID / "section-ids.yaml")
    assert [s.id for s in article.sections] == [
        "section-1",
        "opening-up-a-new-chapter",
        "opening-up-a-new-chapter-2",
        "对外开放-新篇章",
        "section-5",
        "taken",
        "taken-2",
        "ça-va-ünïcode",
    ]


def test_multi_document_ids_and_numbers() -> None:
    result = load_file(VALID / "multi-document.yaml")
    assert result.problems == []
    assert [a.id for a in result.articles] == ["multi-document-1", "multi-document-2", "named"]
    assert [a.document for a in result.articles] == [0, 1, 2]
    assert [a.line for a in result.articles] == [2, 6, 10]


def test_single_document_defaults() -> None:
    article = only_article(VALID / "minimal.yaml")
    assert article.id == "minimal"  # the file's stem
    assert article.format == 1
    assert article.quotes == [] and article.statistics == [] and article.speakers == []


def test_published_forms() -> None:
    result = load_file(VALID / "published-forms.yaml")
    assert result.problems == []
    assert [a.published for a in result.articles] == [
        dt.date(2022, 10, 20),
        dt.date(2022, 10, 21),
        dt.date(2022, 10, 22),
    ]


def test_merge_keys_and_aliases() -> None:
    article = only_article(VALID / "merge-keys.yaml")
    assert [(q.speaker, q.text, q.kind) for q in article.quotes] == [
        ("Ma Zhaoxu", "trade grew", "indirect"),
        ("Ma Zhaoxu", "trade grew", "direct"),
    ]


def test_cjk_anchor_and_section() -> None:
    article = only_article(VALID / "cjk.yaml")
    assert article.sections[0].id == "外交成就"
    (quote,) = article.quotes
    assert quote.anchor is not None
    paragraph = article.sections[0].paragraphs[0]
    assert paragraph[quote.anchor.start : quote.anchor.end] == "中国建交国从172个增加到181个"


def test_bom_is_accepted_and_positions_ignore_it() -> None:
    article = only_article(VALID / "bom.yaml")
    assert article.title == "With BOM"
    assert article.sections[0].paragraphs == ["Café au lait."]
    result = load_bytes(b"\xef\xbb\xbftitle: [x]\nsections: [{paragraphs: [a]}]\n", Path("b.yaml"))
    assert [(p.line, p.column) for p in result.errors] == [(1, 8)]


def test_load_text_and_load_bytes_agree_with_load_file() -> None:
    path = VALID / "complete.yaml"
    from_file = load_file(path)
    from_text = load_text(path.read_text(encoding="utf-8"), path)
    from_bytes = load_bytes(path.read_bytes(), path)
    assert from_file.articles == from_text.articles == from_bytes.articles


def test_crlf_line_endings() -> None:
    text = "title: Windows\r\nsections:\r\n  - paragraphs:\r\n      - One line.\r\n"
    result = load_text(text, Path("crlf.yaml"))
    assert result.problems == []
    assert result.articles[0].sections[0].paragraphs == ["One line."]
    assert result.articles[0].sections[0].paragraph_lines == [4]


def test_file_above_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("title: x\nsections: [{paragraphs: [" + "a" * 5000 + "]}]\n")
    result = load_file(path, max_bytes=1000)
    assert result.articles == []
    (problem,) = result.problems
    assert problem.severity == "error"
    assert "larger than the limit of 1,000 bytes" in problem.message
    assert "--max-bytes" in problem.message
    assert load_file(path, max_bytes=10_000).ok


def test_missing_file_folder_and_unreadable_file(tmp_path: Path) -> None:
    missing = load_file(tmp_path / "nope.yaml")
    assert "cannot read the file" in missing.problems[0].message
    folder = load_file(tmp_path)
    assert "is a folder" in folder.problems[0].message
    if os.name == "posix" and os.geteuid() != 0:
        locked = tmp_path / "locked.yaml"
        locked.write_text("title: x\n")
        locked.chmod(0)
        assert "cannot read the file" in load_file(locked).problems[0].message


def test_python_tags_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = (
        f"title: !!python/object/apply:os.system ['touch {marker}']\n"
        f"subtitle: !!python/object/new:pathlib.Path ['{marker}']\n"
        "sections: [{paragraphs: [a]}]\n"
    )
    result = load_text(text, tmp_path / "evil.yaml")
    assert not marker.exists()
    assert result.articles == []
    assert len(result.errors) == 2
    assert all("would create a Python object" in p.message for p in result.errors)


def test_classic_billion_laughs_under_unknown_keys_is_not_expanded() -> None:
    levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 12):
        name, previous = chr(ord("a") + level), chr(ord("a") + level - 1)
        levels.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    text = "title: Laughs\nsections: [{paragraphs: [x]}]\n" + "\n".join(levels) + "\n"
    result = load_text(text, Path("laughs.yaml"))
    # Nine to the twelfth nodes if expanded; each unknown key is only warned about.
    assert len(result.articles) == 1
    assert len(result.warnings) == 12 and not result.errors


def test_aliased_text_blows_the_budget() -> None:
    result = load_file(INVALID / "billion-laughs.yaml")
    assert result.articles == []
    assert any("billion laughs" in p.message for p in result.errors)


def test_recursive_alias_is_an_error_not_a_hang() -> None:
    text = "title: t\nsections: &s [{paragraphs: [a]}, *s]\n"
    result = load_text(text, Path("loop.yaml"))
    assert not result.ok


def test_deep_block_nesting_is_an_error() -> None:
    text = "title: t\nsections:\n" + "- " * 50_000 + "x\n"
    result = load_text(text, Path("deep.yaml"))
    assert result.errors and "nesting depth" in result.errors[0].message


def test_pure_python_fallback_reports_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    # Where PyYAML lacks libyaml the pure-Python safe parser is used; it must behave alike.
    import yaml

    class PythonLoader(yaml.SafeLoader):
        resolve = safe_yaml.SafeLoader.resolve
        descend_resolver = safe_yaml.SafeLoader.descend_resolver
        ascend_resolver = safe_yaml.SafeLoader.ascend_resolver

    monkeypatch.setattr(safe_yaml, "SafeLoader", PythonLoader)
    result = load_file(VALID / "complete.yaml")
    assert result.problems == [] and result.articles[0].quotes[0].anchor is not None
    assert load_file(INVALID / "quote-not-found.yaml").errors[0].line == 8
    deep = load_text("title: t\nsections: " + "[" * 20_000 + "\n", Path("deep.yaml"))
    assert deep.articles == []
    too_deep = f"nest more than {safe_yaml.MAX_FLOW_DEPTH} levels"
    assert any(too_deep in p.message for p in deep.errors)
    # Nesting in blocks, not brackets, reaches the parser's own recursion limit.
    blocks = "".join(f"{'  ' * level}k:\n" for level in range(2_000))
    deep = load_text("title: t\nsections:\n" + blocks, Path("deep.yaml"))
    assert any("nests too deeply" in p.message for p in deep.errors)


def test_unexpected_exception_becomes_a_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom \x1b[2J")

    monkeypatch.setattr(loader, "parse", explode)
    result = load_text("title: t\n", Path("x.yaml"))
    (problem,) = result.problems
    assert problem.severity == "error" and "internal error" in problem.message
    assert "\x1b" not in problem.message


def test_problems_are_sorted_by_position() -> None:
    text = "sections: [{paragraphs: [a]}]\nqoutes: []\ntitle: [x]\nspeakers: 3\n"
    result = load_text(text, Path("x.yaml"))
    positions = [(p.line or 0, p.column or 0) for p in result.problems]
    assert positions == sorted(positions) and len(positions) == 3


@pytest.mark.parametrize(
    "text",
    [
        "? !!str [a]\n: b\ntitle: x\nsections: [{paragraphs: [a]}]",
        "!!str [a]",
        "title: !!map x\nsections: !!str [{paragraphs: [a]}]",
        "{? !!str {a: b} : c}",
        "title: x\nsections: [{paragraphs: !!map [a]}]",
        "title: x\nsections: [{<<: [*undefined]}]",
        "title: x\nsections: [{<<: 3, paragraphs: [a]}]",
        "title: x\nsections: [{paragraphs: [a]}]\nstatistics: [{label: l, value: !!binary aGk=}]",
        "title: x\nsections: [{paragraphs: [a]}]\nstatistics: [{label: l, value: .nan}]",
        "title: x\nsections: [{paragraphs: [a]}]\nstatistics: [{label: l, value: 0x1F}]",
        "%YAML 1.1\n---\ntitle: x\nsections: [{paragraphs: [a]}]",
        "--- |\n  literal text\n",
    ],
)
def test_odd_yaml_gives_problems_not_exceptions(text: str) -> None:
    result = load_text(text, Path("odd.yaml"))
    assert all("internal error" not in problem.message for problem in result.problems)
    assert result.problems or result.articles


def test_lone_surrogate_in_text_is_an_error_at_its_place() -> None:
    result = load_text("title: x\nsections: [{paragraphs: [a\ud800]}]\n", Path("s.yaml"))
    (problem,) = result.problems
    assert (problem.severity, problem.line, problem.column) == ("error", 2, 27)
    assert "lone surrogate" in problem.message


def test_empty_documents_point_at_their_separator() -> None:
    text = "title: a\nsections: [{paragraphs: [a]}]\n---\n--- ~\n---\n# nothing\n---\n"
    result = load_text(text, Path("x.yaml"))
    assert [p.line for p in result.problems] == [3, 4, 5, 7]
    assert all("empty YAML document" in p.message for p in result.problems)
    assert [a.id for a in result.articles] == ["x"]


def test_problems_stop_at_the_limit() -> None:
    text = "title: t\nsections: [{paragraphs: [a]}]\n" + "".join(f"k{i}: v\n" for i in range(5000))
    result = load_text(text, Path("x.yaml"))
    assert len(result.problems) == document.MAX_PROBLEMS + 1
    assert result.problems[-1].message.startswith(f"stopped after {document.MAX_PROBLEMS} problems")
    assert result.articles == []


def test_files_with_millions_of_values_are_refused_without_composing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(safe_yaml, "EVENTS_FLOOR", 5000)
    monkeypatch.setattr(safe_yaml, "BYTES_PER_EVENT", 10**9)  # the floor alone, whatever the size
    head = "title: t\nsections: [{paragraphs: [a]}]\ntags:\n"
    result = load_text(head + "- a\n" * 6000, Path("x.yaml"))
    (problem,) = result.problems
    assert "more than 5,000 YAML values" in problem.message
    # Below the limit the same shape loads: counting is not refusing.
    assert load_text(head + "- a\n" * 3000, Path("x.yaml")).articles


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    import threading

    pipe = tmp_path / "article.yaml"
    os.mkfifo(pipe)
    results: list[LoadResult] = []
    reader = threading.Thread(target=lambda: results.append(load_file(pipe)), daemon=True)
    reader.start()
    reader.join(timeout=10)
    if not results:  # opening the pipe blocked: let the reader go, then fail
        with open(pipe, "wb"):
            pass
        pytest.fail("load_file waited for a writer on a named pipe")
    (problem,) = results[0].problems
    assert problem.severity == "error" and "not a regular file" in problem.message


def test_a_device_is_refused(tmp_path: Path) -> None:
    (problem,) = load_file(Path(os.devnull)).problems
    assert "not a regular file" in problem.message


def test_an_article_without_annotations_builds_no_text_index(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*_args: object) -> None:
        raise AssertionError("the text index was built")

    # Its copy of the whole text is for anchoring annotations only.
    monkeypatch.setattr(document, "TextIndex", refuse)
    text = "title: t\nsections:\n  - paragraphs: [Long text, of many words]\n"
    result = load_text(text, Path("plain.yaml"))
    assert result.problems == [] and len(result.articles) == 1
