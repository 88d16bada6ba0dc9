"""Fixtures for the terminal UI tests: small article libraries (XDG folders: tests/conftest.py)."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "pressreader" / "samples"
READER_DATA = Path(__file__).resolve().parents[1] / "data" / "reader"


def article_yaml(
    title: str,
    *,
    outlet: str = "Daily Example",
    published: str | None = "2024-01-01",
    tags: tuple[str, ...] = (),
    speaker: str = "Ann Lee",
    paragraphs: tuple[str, ...] = ("Ann Lee said “we will build more bridges” on Monday.",),
    quote: str | None = "we will build more bridges",
    heading: str | None = None,
) -> str:
    """A small valid article as YAML (values are JSON strings, so any text is safe)."""
    import json

    lines = [f"title: {json.dumps(title)}", f"outlet: {json.dumps(outlet)}"]
    if published:
        lines.append(f"published: {published}")
    if tags:
        lines.append(f"tags: {json.dumps(list(tags))}")
    lines.append(f"speakers:\n  - name: {json.dumps(speaker)}\n    role: Minister")
    lines.append("sections:")
    lines.append("  - paragraphs:")
    lines.extend(f"      - {json.dumps(p)}" for p in paragraphs)
    if heading:
        lines.append(f"  - heading: {json.dumps(heading)}")
        lines.append("    paragraphs:")
        lines.append(f"      - {json.dumps('More text under ' + heading + '.')}")
    if quote:
        lines.append("quotes:")
        lines.append(f"  - speaker: {json.dumps(speaker)}\n    text: {json.dumps(quote)}")
    return "\n".join(lines) + "\n"


BROKEN = textwrap.dedent(
    """\
    title: Broken [b]article[/b]
    sections:
      - paragraphs: [one, two
    """
)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """Three good articles with different dates and one broken file."""
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "old.yaml").write_text(
        article_yaml("Old bridges", published="2020-05-01", tags=("infrastructure",)),
        encoding="utf-8",
    )
    (folder / "new.yaml").write_text(
        article_yaml(
            "New harbour opens",
            published="2024-03-02",
            outlet="Harbour Times",
            speaker="Bo Chen",
            paragraphs=("Bo Chen said “the harbour is open” today.",),
            quote="the harbour is open",
        ),
        encoding="utf-8",
    )
    (folder / "mid.yaml").write_text(
        article_yaml("Middle of the road", published="2022-07-15", tags=("roads",)),
        encoding="utf-8",
    )
    (folder / "zz-broken.yaml").write_text(BROKEN, encoding="utf-8")
    return folder


@pytest.fixture
def sample_dir() -> Iterator[Path]:
    if not any(SAMPLE.glob("*.yaml")):
        pytest.fail("the bundled sample article is missing")
    yield SAMPLE
