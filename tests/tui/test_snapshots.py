"""Snapshot tests (pytest-textual-snapshot): update with `pytest --snapshot-update` after
checking the new pictures by eye."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from . import snapshot_apps as apps

SnapCompare = Callable[..., bool]


def test_library(snap_compare: SnapCompare, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(apps.ROOT)  # the title bar shows the library's paths as given
    assert snap_compare(apps.library_app(), terminal_size=(100, 24), run_before=apps.settle)


def test_article_120x36(snap_compare: SnapCompare) -> None:
    assert snap_compare(apps.article_app(), terminal_size=(120, 36), run_before=apps.next_section)


def test_article_80x24(snap_compare: SnapCompare) -> None:
    assert snap_compare(apps.article_app(), terminal_size=(80, 24), run_before=apps.settle)


def test_article_80x24_quotes_focused(snap_compare: SnapCompare) -> None:
    async def quotes(pilot: Any) -> None:
        await apps.settle(pilot)
        await pilot.press("tab")  # to the quotes: the strip grows, the quote shows whole
        await apps.settle(pilot)

    assert snap_compare(apps.article_app(), terminal_size=(80, 24), run_before=quotes)


def test_article_80x24_sections(snap_compare: SnapCompare) -> None:
    async def sections(pilot: Any) -> None:
        await apps.settle(pilot)
        await pilot.press("t")  # the sections' pop-up list
        await apps.settle(pilot)

    assert snap_compare(apps.article_app(), terminal_size=(80, 24), run_before=sections)


def test_article_150x40(snap_compare: SnapCompare) -> None:
    assert snap_compare(apps.article_app(), terminal_size=(150, 40), run_before=apps.settle)


def test_find_bar_with_matches(snap_compare: SnapCompare) -> None:
    assert snap_compare(apps.article_app(), terminal_size=(120, 36), run_before=apps.find_diplomacy)


def test_help_screen(snap_compare: SnapCompare) -> None:
    assert snap_compare(apps.article_app(), terminal_size=(100, 30), run_before=apps.open_help)


def test_too_small(snap_compare: SnapCompare) -> None:
    assert snap_compare(apps.article_app(), terminal_size=(30, 8), run_before=apps.settle)
