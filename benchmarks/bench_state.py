"""Reading state: how long a save and an open take, against the obvious crash-safe baselines.

    save   `StateStore.save_position` (one WAL transaction, fsync'd: synchronous=FULL)
           against writing the same record as a JSON file the crash-safe way (temporary
           file, fsync, rename, fsync of the folder)
    open   `StateStore(path)` on a large state (10,000 positions, 2,000 bookmarks, a full
           recent list): connect, quick_check, schema check and a write probe, against a bare
           `sqlite3.connect` plus one query on the same file
    read   `StateStore.position` against the same SELECT on a bare connection

Each pair runs alternately in the same process and folder; medians and the ratio are printed.

    python benchmarks/bench_state.py [-n 200]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pressreader.store.reading import Bookmark, Position, StateKey, StateStore


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def compare(
    name: str, subject: Callable[[], object], baseline: Callable[[], object], n: int
) -> None:
    subject_times: list[float] = []
    baseline_times: list[float] = []
    for _ in range(n):
        baseline_times.append(timed(baseline))
        subject_times.append(timed(subject))
    s, b = statistics.median(subject_times), statistics.median(baseline_times)
    p95 = sorted(subject_times)[int(len(subject_times) * 0.95)]
    print(
        f"{name:5}  pressreader {s * 1000:7.2f} ms (p95 {p95 * 1000:6.2f} ms)"
        f"   baseline {b * 1000:7.2f} ms   ratio {s / b:5.2f}x"
    )


def json_save(folder: Path, record: dict[str, object]) -> None:
    target = folder / "position.json"
    temporary = folder / "position.json.tmp"
    with open(temporary, "w") as handle:
        json.dump(record, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def fill(db: Path) -> None:
    with StateStore(db) as store:
        conn = store._conn  # bulk loading through the API would time fsyncs, not the open
        now = time.time()
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO positions VALUES (?, ?, 's', ?, NULL, ?)",
            [(f"a{i}", f"/library/{i % 500}/{i}.yaml", i % 40, now) for i in range(10_000)],
        )
        conn.executemany(
            "INSERT INTO bookmarks (article_id, path, section_id, paragraph, note, created)"
            " VALUES (?, ?, 's', ?, ?, ?)",
            [
                (f"a{i}", f"/library/{i % 500}/{i}.yaml", i, f"note {i} " * 8, now)
                for i in range(2_000)
            ],
        )
        conn.execute("COMMIT")
        for i in range(50):
            store.record_open(StateKey(f"a{i}", f"/library/{i % 500}/{i}.yaml"), f"Title {i}")
        store.add_bookmark(StateKey("a1", "/library/1/1.yaml"), Bookmark("s", 1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="runs of each (default 200)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pressreader-state-", dir=Path.cwd()) as tmp:
        folder = Path(tmp)
        db = folder / "state.sqlite"
        fill(db)
        print(f"state file: {db.stat().st_size / 1e6:.1f} MB, on the current folder's disk")
        key = StateKey("a77", "/library/77/77.yaml")

        store = StateStore(db)
        counter = iter(range(10**9))
        compare(
            "save",
            lambda: store.save_position(key, Position("s", next(counter), 3)),
            lambda: json_save(folder, {"id": key.article_id, "path": key.path, "p": 1}),
            args.n,
        )

        bare = sqlite3.connect(db)

        def bare_read() -> object:
            return bare.execute(
                "SELECT section_id, paragraph, char_offset FROM positions"
                " WHERE article_id = ? AND path = ?",
                (key.article_id, key.path),
            ).fetchone()

        compare("read", lambda: store.position(key), bare_read, args.n)
        bare.close()
        store.close()

        def bare_open() -> None:
            conn = sqlite3.connect(db)
            conn.execute("SELECT count(*) FROM recent").fetchone()
            conn.close()

        compare("open", lambda: StateStore(db).close(), bare_open, max(10, args.n // 4))


if __name__ == "__main__":
    main()
