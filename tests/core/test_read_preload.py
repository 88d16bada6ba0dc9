"""`pressreader FILE` reads the file in a forked child while Textual is imported."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pressreader.commands.read import Preload
from pressreader.loader import load_file
from pressreader.paths import bundled_articles

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork on this platform")


def _sample() -> Path:
    return bundled_articles() / "join-hands-better-future.yaml"


@needs_fork
def test_the_child_sends_the_same_result_as_loading_in_process() -> None:
    path = _sample()
    preload = Preload.start(path, 64 * 1024 * 1024)
    assert preload is not None
    assert preload.result() == load_file(path)


@needs_fork
def test_problems_come_back_too(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("title: [unclosed\n", encoding="utf-8")
    preload = Preload.start(path, 64 * 1024 * 1024)
    assert preload is not None
    result = preload.result()
    assert result is not None and not result.articles
    assert result == load_file(path)


@needs_fork
def test_a_result_for_another_file_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("title: x\n", encoding="utf-8")
    preload = Preload.start(path, 64 * 1024 * 1024)
    assert preload is not None
    preload.path = tmp_path / "another.yaml"  # a result for another file is not used
    assert preload.result() is None
