"""Watching an open article's file: changes, broken new versions, deleted files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pressreader.article import watch
from pressreader.article.watch import ArticleWatcher, FileSignature, FileWatcher
from pressreader.format.loader import load_file
from pressreader.model import Article, LoadResult, Problem


def article_yaml(article_id: str, *paragraphs: str, title: str = "Title") -> str:
    lines = [
        "format: 1",
        f"id: {article_id}",
        f"title: {title}",
        "sections:",
        "  - id: intro",
        "    paragraphs:",
    ]
    lines += [f"      - {p}" for p in paragraphs]
    return "\n".join(lines) + "\n"


BROKEN = "format: 1\nid: alpha\ntitle: [unclosed\nsections:\n"


def age(path: Path, seconds: int = 10) -> None:
    """Date the file in the past, as a file saved a while ago is."""
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns - seconds * 1_000_000_000))


def open_article(path: Path, article_id: str = "alpha") -> Article:
    result = load_file(path)
    [article] = [a for a in result.articles if a.id == article_id]
    return article


@pytest.fixture
def file(tmp_path: Path) -> Path:
    path = tmp_path / "article.yaml"
    path.write_text(article_yaml("alpha", "First.", "Second."))
    age(path)
    return path


# -- FileWatcher ----------------------------------------------------------------------------


def test_unchanged_file_is_not_reported(file: Path) -> None:
    watcher = FileWatcher(file)
    assert watcher.exists
    assert not watcher.changed()
    assert not watcher.changed()


def test_modification_is_reported_once(file: Path) -> None:
    watcher = FileWatcher(file)
    file.write_text(article_yaml("alpha", "Changed and longer."))
    assert watcher.changed()
    assert not watcher.changed()


def test_same_size_rewrite_with_an_older_time_is_reported(file: Path) -> None:
    watcher = FileWatcher(file)
    before = file.stat()
    file.write_text(file.read_text().replace("First.", "Fyrst."))
    os.utime(file, ns=(before.st_atime_ns, before.st_mtime_ns - 5_000_000_000))
    assert file.stat().st_size == before.st_size
    assert watcher.changed()


def test_replacing_the_file_by_rename_is_reported(file: Path, tmp_path: Path) -> None:
    watcher = FileWatcher(file)
    before = file.stat()
    replacement = tmp_path / "saved.tmp"
    replacement.write_text(file.read_text())  # same size, as an editor's atomic save
    os.utime(replacement, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(replacement, file)
    assert watcher.changed()


def test_same_size_rewrite_within_one_clock_tick_is_reported(
    file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file.write_text(article_yaml("alpha", "AAAA."))
    watcher = FileWatcher(file)  # taken right after a write: racy, so the content is hashed
    info = file.stat()
    file.write_text(article_yaml("alpha", "BBBB."))
    assert file.stat().st_size == info.st_size
    # Every stat field as before, as when both writes fall in one timestamp tick (ctime
    # included, which no utime call can reset).
    monkeypatch.setattr(FileSignature, "of", classmethod(lambda cls, path: watcher.signature))
    assert watcher.changed()
    assert not watcher.changed()


def test_racy_hash_is_dropped_once_the_time_has_settled(
    file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file.write_text(article_yaml("alpha", "AAAA."))
    watcher = FileWatcher(file)
    assert watcher._digest is not None
    monkeypatch.setattr(watch, "RACY_WINDOW_NS", 0)
    assert not watcher.changed()
    assert watcher._digest is None  # later polls are one stat each


def test_old_file_is_not_hashed(file: Path) -> None:
    assert FileWatcher(file)._digest is None


def test_deleted_and_recreated_file(file: Path) -> None:
    watcher = FileWatcher(file)
    file.unlink()
    assert watcher.changed()
    assert not watcher.exists
    assert not watcher.changed()
    file.write_text(article_yaml("alpha", "Back."))
    assert watcher.changed()
    assert watcher.exists


def test_watching_a_file_that_does_not_exist_yet(tmp_path: Path) -> None:
    watcher = FileWatcher(tmp_path / "later.yaml")
    assert not watcher.exists and not watcher.changed()
    (tmp_path / "later.yaml").write_text("x")
    assert watcher.changed()


# -- ArticleWatcher -------------------------------------------------------------------------


def test_good_new_version_is_reloaded(file: Path) -> None:
    watcher = ArticleWatcher(open_article(file))
    assert watcher.poll().status == "unchanged"
    file.write_text(article_yaml("alpha", "First, edited.", "Second.", "Third."))
    result = watcher.poll()
    assert result.status == "reloaded" and result.problems == []
    assert result.article.sections[0].paragraphs == ["First, edited.", "Second.", "Third."]
    assert watcher.article is result.article
    assert watcher.poll().status == "unchanged"


def test_broken_new_version_keeps_the_last_good_one(file: Path) -> None:
    watcher = ArticleWatcher(open_article(file))
    good = watcher.article
    file.write_text(BROKEN)
    result = watcher.poll()
    assert result.status == "broken"
    assert result.article is good
    assert result.problems and all(p.severity == "error" for p in result.problems)
    assert any(p.line is not None for p in result.problems)  # points into the file
    # The notice stays while the file stays broken.
    again = watcher.poll()
    assert again.status == "unchanged" and again.article is good
    assert again.problems == result.problems
    # Fixed: the new version is taken and the problems are gone.
    file.write_text(article_yaml("alpha", "Fixed."))
    fixed = watcher.poll()
    assert fixed.status == "reloaded" and fixed.problems == [] and watcher.problems == []
    assert fixed.article.sections[0].paragraphs == ["Fixed."]


def test_new_version_with_an_invalid_article_keeps_the_last_good_one(file: Path) -> None:
    watcher = ArticleWatcher(open_article(file))
    file.write_text(article_yaml("alpha", "Fine.").replace("format: 1", "format: 99"))
    result = watcher.poll()
    assert result.status == "broken" and result.article.sections[0].paragraphs[0] == "First."
    assert result.problems


def test_the_article_is_found_by_id_among_several(tmp_path: Path) -> None:
    path = tmp_path / "two.yaml"
    path.write_text(article_yaml("alpha", "A.") + "---\n" + article_yaml("beta", "B."))
    watcher = ArticleWatcher(open_article(path, "beta"))
    # Alpha is removed: beta is now the first document, and still found by its id.
    path.write_text(article_yaml("beta", "B, edited."))
    result = watcher.poll()
    assert result.status == "reloaded"
    assert result.article.id == "beta" and result.article.sections[0].paragraphs == ["B, edited."]


def test_an_edited_id_is_followed_in_a_good_file(file: Path) -> None:
    watcher = ArticleWatcher(open_article(file))
    file.write_text(article_yaml("alpha-renamed", "Same place."))
    result = watcher.poll()
    assert result.status == "reloaded" and result.article.id == "alpha-renamed"


def test_article_gone_from_its_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "two.yaml"
    path.write_text(article_yaml("alpha", "A.") + "---\n" + article_yaml("beta", "B."))
    watcher = ArticleWatcher(open_article(path, "beta"))
    path.write_text(article_yaml("alpha", "A only."))
    result = watcher.poll()
    assert result.status == "broken" and result.article.id == "beta"
    assert "no longer in the file" in result.problems[0].message


def test_deleted_file_keeps_the_article(file: Path) -> None:
    watcher = ArticleWatcher(open_article(file))
    good = watcher.article
    file.unlink()
    result = watcher.poll()
    assert result.status == "missing" and result.article is good
    assert "deleted" in result.problems[0].message
    assert watcher.poll().status == "unchanged"
    file.write_text(article_yaml("alpha", "Restored."))
    restored = watcher.poll()
    assert restored.status == "reloaded"
    assert restored.article.sections[0].paragraphs == ["Restored."]


def test_warnings_of_a_good_new_version_are_passed_on(file: Path) -> None:
    watcher = ArticleWatcher(
        open_article(file),
        load=lambda p: _with_warning(load_file(p)),
    )
    file.write_text(article_yaml("alpha", "New."))
    result = watcher.poll()
    assert result.status == "reloaded"
    assert [p.message for p in result.problems] == ["a warning"]


def _with_warning(result: LoadResult) -> LoadResult:
    result.problems.append(Problem("warning", str(result.path), 1, 1, "a warning"))
    return result


def test_max_bytes_applies_to_reloads(file: Path) -> None:
    watcher = ArticleWatcher(open_article(file), max_bytes=200)
    file.write_text(article_yaml("alpha", "x" * 500))
    result = watcher.poll()
    assert result.status == "broken" and "limit" in result.problems[0].message


def test_an_article_without_a_path_needs_one() -> None:
    with pytest.raises(ValueError):
        ArticleWatcher(Article(id="a", title="t", sections=[]))


def test_a_new_mode_or_time_with_the_same_article_is_no_change(file: Path) -> None:
    # `chmod` or `touch` changes what `stat` says, not the article: the reader must not say
    # that the file changed (nor offer to reload it over unsaved changes).
    watcher = ArticleWatcher(open_article(file))
    file.chmod(0o444)
    assert watcher.poll().status == "unchanged"
    file.chmod(0o644)
    os.utime(file)
    assert watcher.poll().status == "unchanged"
    file.write_text(article_yaml("alpha", "First, edited.", "Second."))
    assert watcher.poll().status == "reloaded"


def test_the_same_article_back_after_a_broken_version_is_reloaded(file: Path) -> None:
    # Its problems were shown: the good version, though the same, must clear them.
    good = file.read_text()
    watcher = ArticleWatcher(open_article(file))
    file.write_text(BROKEN)
    assert watcher.poll().status == "broken"
    file.write_text(good)
    result = watcher.poll()
    assert result.status == "reloaded" and watcher.problems == []
