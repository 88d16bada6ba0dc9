"""`pressreader FILE` reads the file in a child process while Textual is imported."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from pressreader.article.preload import SPAWN_BELOW_BYTES, Preload
from pressreader.format.loader import load_file
from pressreader.paths import bundled_articles

WAYS = [
    pytest.param(
        True,
        id="spawned",
        marks=pytest.mark.skipif(not hasattr(os, "posix_spawn"), reason="no os.posix_spawn"),
    ),
    pytest.param(
        False, id="forked", marks=pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork")
    ),
]


def _sample() -> Path:
    return bundled_articles() / "join-hands-better-future.yaml"


@pytest.mark.parametrize("spawn", WAYS)
def test_the_child_sends_the_same_result_as_loading_in_process(spawn: bool) -> None:
    path = _sample()
    preload = Preload.start(path, 64 * 1024 * 1024, spawn=spawn)
    assert preload is not None
    assert preload.result() == load_file(path)


@pytest.mark.parametrize("spawn", WAYS)
def test_problems_come_back_too(tmp_path: Path, spawn: bool) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("title: [unclosed\n", encoding="utf-8")
    preload = Preload.start(path, 64 * 1024 * 1024, spawn=spawn)
    assert preload is not None
    result = preload.result()
    assert result is not None and not result.articles
    assert result == load_file(path)


@pytest.mark.parametrize("spawn", WAYS)
def test_a_result_for_another_file_is_not_used(tmp_path: Path, spawn: bool) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("title: x\n", encoding="utf-8")
    preload = Preload.start(path, 64 * 1024 * 1024, spawn=spawn)
    assert preload is not None
    preload.path = tmp_path / "another.yaml"  # a result for another file is not used
    assert preload.result() is None


def test_the_size_limit_reaches_the_child(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("title: " + "x" * 2000 + "\n", encoding="utf-8")
    preload = Preload.start(path, 1000)
    assert preload is not None
    result = preload.result()
    assert result is not None and not result.articles
    assert result == load_file(path, max_bytes=1000)


def test_the_spawned_child_imports_the_readers_own_pressreader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A `pressreader` package in the current folder must not be what the child runs.
    decoy = tmp_path / "pressreader"
    decoy.mkdir()
    (decoy / "__init__.py").write_text("raise SystemExit(7)\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    preload = Preload.start(_sample(), 64 * 1024 * 1024, spawn=True)
    assert preload is not None
    assert preload.result() == load_file(_sample())
    assert str(tmp_path) not in sys.path


def test_small_files_get_a_fresh_interpreter_and_large_ones_a_fork(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pressreader.article import preload as module

    small = tmp_path / "small.yaml"
    article = "title: x\nsections:\n  - paragraphs: [Some words.]\n"
    small.write_text(article, encoding="utf-8")
    large = tmp_path / "large.yaml"
    large.write_text(article + "# " + "y" * SPAWN_BELOW_BYTES + "\n", encoding="utf-8")
    ways: list[str] = []
    spawn, fork = module._spawn, module._fork
    monkeypatch.setattr(module, "_spawn", lambda *a: ways.append("spawn") or spawn(*a))
    monkeypatch.setattr(module, "_fork", lambda *a: ways.append("fork") or fork(*a))
    for path in (small, large):
        preload = Preload.start(path, 64 * 1024 * 1024)
        assert preload is not None
        result = preload.result()
        assert result is not None and [a.title for a in result.articles] == ["x"]
    assert ways == ["spawn", "fork"]
