"""The reader's reading-state store: saves from the UI thread never wait a long lock out."""

from __future__ import annotations

from pathlib import Path

from pressreader.tui.session import UI_WRITE_PATIENCE_S, ReaderSession


def test_the_readers_store_tries_a_save_once_before_queuing_it(tmp_path: Path) -> None:
    session = ReaderSession([tmp_path], state_path=tmp_path / "state.sqlite")
    try:
        assert session.store.write_patience == UI_WRITE_PATIENCE_S
        assert UI_WRITE_PATIENCE_S < 1.0
    finally:
        session.close()
