"""What the state store's multi-process tests run in their child processes.

A spawned child imports the module its function lives in: this one loads only the store,
not pytest and the test module (about 0.2 s of CPU a child, for a dozen children).
"""

from __future__ import annotations

import threading
from typing import Any

from pressreader.store.reading import Bookmark, Position, StateKey, StateStore

WRITES_PER_PROCESS = 300


def write_many(db: str, worker: int, barrier: threading.Barrier) -> list[str]:
    barrier.wait(timeout=60)  # all processes create the file and write at the same time
    s = StateStore(db)
    for i in range(WRITES_PER_PROCESS):
        k = StateKey(f"w{worker}-{i % 10}", f"/lib/{worker}.yaml")
        if i % 3 == 0:
            s.add_bookmark(k, Bookmark("s", i, note=f"{worker}:{i}"))
        elif i % 3 == 1:
            s.save_position(k, Position("s", i))
        else:
            s.record_open(k, f"{worker}:{i}")
        if i % 25 == 0:
            s.all_bookmarks()
            s.recent()
    warnings = s.take_warnings()
    s.close()
    return warnings


def burn(stop: Any) -> None:
    """Keep a core busy until told to stop (a loaded machine)."""
    while not stop.is_set():
        for _ in range(100_000):
            pass


def open_and_save(db: str, worker: int, barrier: threading.Barrier) -> tuple[bool, list[str]]:
    barrier.wait(timeout=60)
    with StateStore(db) as s:
        s.save_position(StateKey(f"w{worker}", "/lib/a.yaml"), Position("s", worker))
        return s.persistent, s.take_warnings()
