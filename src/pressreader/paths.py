"""Where pressreader keeps its files, following the XDG base directory convention."""

from __future__ import annotations

import os
from pathlib import Path

APP = "pressreader"


def _base(variable: str, fallback: str) -> Path:
    value = os.environ.get(variable, "")
    # The spec says relative paths are invalid and must be ignored.
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / fallback


def config_dir() -> Path:
    """User configuration (the keymap and settings file), `$XDG_CONFIG_HOME/pressreader`."""
    return _base("XDG_CONFIG_HOME", ".config") / APP


def cache_dir() -> Path:
    """Rebuildable data (the search index), `$XDG_CACHE_HOME/pressreader`."""
    return _base("XDG_CACHE_HOME", ".cache") / APP


def data_dir() -> Path:
    """Data worth keeping (reading positions, bookmarks), `$XDG_DATA_HOME/pressreader`."""
    return _base("XDG_DATA_HOME", ".local/share") / APP


def bundled_articles() -> Path:
    """The sample articles shipped inside the package."""
    return Path(__file__).resolve().parent / "samples"
