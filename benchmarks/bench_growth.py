"""How the index grows with the library: cold `pressreader index` time, peak memory and size
on disk, at several library sizes.

    python benchmarks/bench_growth.py [--articles 10000 50000]

For each size, the synthetic library of `bench_library.py` (generated once; 50,000 articles
take about 700 MB: check `df -h /tmp` first), then in one run:

- bare libyaml parsing of every file (one process), before and after the index: the
  baseline, and its self-check (the second against the first; the row counts when it is
  within 1 +- 0.05);
- cold `pressreader index` in a fresh cache folder: wall and CPU time (the process and its
  workers), and peak memory sampled every 20 ms from /proc: the main process's resident size, and
  every process of the command together, as proportional sizes (pages a worker shares with
  the process it was forked from count once); target: under 200 MB at any size;
- the index's size on disk against the YAML's (target: no larger).

Prints one row per size, so the curve is seen. Timings are for reading, never pass/fail.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_library import BARE_PARSE, library_folder, pressreader_command  # noqa: E402

PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def _rss_kb(pid: int) -> int:
    with contextlib.suppress(OSError, IndexError, ValueError):
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_KB
    return 0


def _pss_kb(pid: int) -> int:
    """The process's proportional share of memory: pages shared with the process it was
    forked from count half to each (a sum of resident sizes would count them twice)."""
    with contextlib.suppress(OSError, IndexError, ValueError):
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    return 0


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                stat = Path(f"/proc/{entry}/stat").read_text()
                if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry))
    return found


class Sampler:
    """Peak memory, sampled: the process's resident size, and the proportional sizes of it
    and its children together."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.main_kb = 0
        self.total_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            main = _rss_kb(self.pid)
            total = _pss_kb(self.pid) + sum(_pss_kb(child) for child in _children(self.pid))
            self.main_kb = max(self.main_kb, main)
            self.total_kb = max(self.total_kb, total)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def timed(
    command: list[str], env: dict[str, str], sample: bool = False
) -> tuple[float, float, Sampler | None]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = Sampler(process.pid) if sample else None
    _, error = process.communicate()
    wall = time.perf_counter() - started
    if sampler is not None:
        sampler.stop()
    assert process.returncode == 0, error
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu, sampler


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[10_000])
    args = parser.parse_args()
    command = pressreader_command()
    rows = []
    for articles in args.articles:
        folder = library_folder(articles)
        files = list(folder.rglob("*.yaml"))
        yaml_mb = sum(p.stat().st_size for p in files) / 1e6
        work = Path(tempfile.mkdtemp(prefix="pressreader-bench-growth-"))
        env = dict(os.environ, XDG_CACHE_HOME=str(work))
        try:
            subprocess.run(["grep", "-rlq", "zzzz", str(folder)], capture_output=True, check=False)
            load = os.getloadavg()[0]
            bare, bare_cpu, _ = timed([sys.executable, "-c", BARE_PARSE, str(folder)], env)
            cold, cold_cpu, sampler = timed([*command, "index", str(folder)], env, sample=True)
            again, again_cpu, _ = timed([sys.executable, "-c", BARE_PARSE, str(folder)], env)
            assert sampler is not None
            index_mb = sum(p.stat().st_size for p in (work / "pressreader").iterdir()) / 1e6
            rows.append(
                (
                    articles,
                    len(files),
                    yaml_mb,
                    bare,
                    again,
                    cold,
                    bare_cpu,
                    again_cpu,
                    cold_cpu,
                    sampler.main_kb / 1024,
                    sampler.total_kb / 1024,
                    index_mb,
                    load,
                )
            )
        finally:
            shutil.rmtree(work, ignore_errors=True)
        print(f"{articles:,} articles done", flush=True)
    print(f"cores: {os.cpu_count()}")
    print(
        "articles | YAML MB | bare parse s (self-check) | cold index s wall, CPU | ratio wall, CPU"
        " | peak MB main (RSS), all processes (PSS) | index MB (x YAML) | load before"
    )
    for (
        articles,
        _files,
        yaml_mb,
        bare,
        again,
        cold,
        bare_cpu,
        again_cpu,
        cold_cpu,
        main_mb,
        total_mb,
        index_mb,
        load,
    ) in rows:
        check = again / bare
        counted = "counted" if abs(check - 1) <= 0.05 else "not counted"
        base, base_cpu = (bare + again) / 2, (bare_cpu + again_cpu) / 2
        print(
            f"{articles:>8,} | {yaml_mb:7.1f} | {bare:5.2f}, {again:5.2f} ({check:.2f}x, {counted})"
            f" | {cold:6.2f}, {cold_cpu:6.2f} | {cold / base:.2f}x, {cold_cpu / base_cpu:.2f}x"
            f" | {main_mb:5.0f}, {total_mb:5.0f} | {index_mb:7.1f} ({index_mb / yaml_mb:.2f}x)"
            f" | {load:.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
