"""`pressreader export` at scale: every quote of 10,000 synthetic articles against grep.

    python benchmarks/bench_export.py [--articles 10000] [--pairs 7] [--format csv]

Uses the library of `bench_library.py` (generated once into a temporary folder, reused), builds
its index once (not timed), then in this run, whole processes, alternating pairs:

- `pressreader export quotes LIBRARY --format FORMAT` (every quote of the library, standard
  output to /dev/null) against `grep -rliw RAREWORD LIBRARY` (a word in 5 articles, so grep
  reads every file; the C locale, grep's fastest);
- the median of the pairs' ratios in wall-clock time and in CPU time (user + system of the
  child: the machine may be busy); target: at most 1.5x;
- the harness's self-check: grep against grep in the same pairs (near 1.00x);
- peak memory (maximum resident set size) of the export of every quote against that of an
  export of a handful of quotes (`-q RAREWORD`): a streamed export stays flat.

Prints the load average before and after: on a shared machine, give the CPU ratio more weight.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_library import library_folder, pick_word, pressreader_command, word_counts  # noqa: E402


def run(command: list[str], env: dict[str, str]) -> tuple[float, float, int, int]:
    """Wall time, CPU time (user + system), peak memory (KiB) and exit status of one child,
    its output thrown away."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    assert child.stderr is not None
    child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, child.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--pairs", type=int, default=7)
    parser.add_argument("--format", default="csv")
    args = parser.parse_args()

    folder = library_folder(args.articles)
    work = Path(tempfile.mkdtemp(prefix="pressreader-bench-export-"))
    # As after an install, pressreader's modules load from cached bytecode (pip compiles
    # them): the warm-up runs write it even where PYTHONDONTWRITEBYTECODE is set, which would
    # make every run compile them again (about 0.05 s of CPU), a cost no installed copy pays.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("LC_ALL", "C.UTF-8")
    env["XDG_CACHE_HOME"] = str(work)
    command = pressreader_command()
    built = subprocess.run(
        [*command, "index", str(folder)], capture_output=True, text=True, env=env
    )
    assert built.returncode == 0, built.stderr
    print(f"library: {folder}; {built.stdout.strip()}")
    word = pick_word(word_counts(folder), 5)
    export = [*command, "export", "quotes", str(folder), "--format", args.format]
    grep = ["grep", "-rliw", word, str(folder)]
    grep_env = dict(env, LC_ALL="C")
    # Warm the page cache and the index's pages for both sides.
    run(grep, grep_env)
    run(export, env)
    quotes = subprocess.run(
        [*command, "export", "quotes", str(folder), "--format", "jsonl"],
        capture_output=True,
        env=env,
    ).stdout.count(b"\n")
    print(f"cores: {os.cpu_count()}, load average before: {os.getloadavg()[0]:.2f}")
    print(f"export of {quotes:,} quotes as {args.format} against `grep -rliw {word}`")
    # The harness's self-check: grep against grep, in the same alternating pairs (1.00x when
    # the machine's load treats both sides alike).
    checks = []
    for _ in range(args.pairs):
        first, second = run(grep, grep_env), run(grep, grep_env)
        checks.append(second[1] / max(first[1], 1e-3))
    walls: list[float] = []
    cpus: list[float] = []
    rows: list[tuple[float, float, float, float]] = []
    peak = 0
    for _ in range(args.pairs):
        g_wall, g_cpu, _, g_status = run(grep, grep_env)
        e_wall, e_cpu, e_peak, e_status = run(export, env)
        assert g_status == 0 and e_status == 0, (g_status, e_status)
        peak = max(peak, e_peak)
        rows.append((g_wall, g_cpu, e_wall, e_cpu))
        walls.append(e_wall / g_wall)
        cpus.append(e_cpu / max(g_cpu, 1e-3))
    med = statistics.median
    print(
        f"  grep:   wall {med(r[0] for r in rows) * 1e3:7.1f} ms, "
        f"CPU {med(r[1] for r in rows) * 1e3:7.1f} ms"
    )
    print(
        f"  export: wall {med(r[2] for r in rows) * 1e3:7.1f} ms, "
        f"CPU {med(r[3] for r in rows) * 1e3:7.1f} ms"
    )
    print(
        f"  ratio (median of {args.pairs} pairs): wall {med(walls):.2f}x, "
        f"CPU {med(cpus):.2f}x (target <= 1.5x)"
    )
    print(f"  self-check, grep against grep: CPU {med(checks):.2f}x")
    few = run([*command, "export", "quotes", str(folder), "-q", word], env)
    print(
        f"  peak memory: every quote {peak / 1024:.1f} MiB; the quotes holding {word!r} "
        f"{few[2] / 1024:.1f} MiB"
    )
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
