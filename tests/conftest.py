"""Fixtures for every test: each one keeps its config, data and cache in its own folders.

The tests run in parallel (pytest-xdist), so nothing may be shared between them: not the
user's files, and not each other's reading-state store or search index.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# Hypothesis fails an example that takes over 200 ms by default: a timing in a pass/fail test,
# which a busy machine (the tests run in parallel) trips. Tests that set their own settings
# keep them; only the deadline's default changes.
settings.register_profile("pressreader", deadline=None)
settings.load_profile("pressreader")


@pytest.fixture(autouse=True)
def isolated_xdg(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep the user's own config, data, cache and library out of every test (and of its
    children)."""
    base = tmp_path_factory.mktemp("xdg")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        folder = base / name.lower()
        folder.mkdir()
        monkeypatch.setenv(name, str(folder))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("PRESSREADER_LIBRARY", raising=False)
    return base
