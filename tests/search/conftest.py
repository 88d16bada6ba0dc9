"""Helpers for the index and search tests: small article files written on the fly."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from pressreader.index import LibraryIndex


def article(
    title: str,
    paragraphs: list[str] | list[list[str]],
    **meta: Any,
) -> dict[str, Any]:
    """An article mapping: `paragraphs` is one section's paragraphs or a list of sections."""
    sections: list[dict[str, Any]] = []
    groups = paragraphs if paragraphs and isinstance(paragraphs[0], list) else [paragraphs]
    for number, group in enumerate(groups):
        section: dict[str, Any] = {"paragraphs": list(group)}
        if number:
            section["heading"] = f"Section {number + 1}"
        sections.append(section)
    data: dict[str, Any] = {"title": title}
    data.update(meta)
    data["sections"] = sections
    return data


def write(path: Path, *articles: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        yaml.safe_dump_all(list(articles), allow_unicode=True, sort_keys=False, width=1000),
        encoding="utf-8",
    )
    return path


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's cache folder."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    return folder


@pytest.fixture
def open_index(tmp_path: Path) -> Iterator[Any]:
    """`open_index(lib)` → an updated LibraryIndex, closed after the test."""
    opened: list[LibraryIndex] = []

    def make(folder: Path, **kwargs: Any) -> LibraryIndex:
        index = LibraryIndex([folder], tmp_path / "index.sqlite", **kwargs)
        opened.append(index)
        index.update(workers=1)
        return index

    yield make
    for index in opened:
        index.close()
