"""`pressreader search` for a common word, against grep, as a user runs them: whole processes.

    python benchmarks/bench_search_common.py [--articles 10000] [--pairs 7] [--word WORD]
        [--baseline EXECUTABLE]

Uses the synthetic library of `bench_library.py` (generated once) and a fresh index of it,
then measures in one run, alternating the commands in each round (`--pairs` rounds):

- every hit: `pressreader search WORD LIB` against `grep -rniw WORD LIB`, both read to the
  end through a pipe: wall time, time to the first line, peak memory (the process's maximum
  resident set, by GNU time). grep runs in `C.UTF-8` (the user's locale; its `-i` costs
  about three times what it costs in the C locale) and in `C`; both ratios are printed.
- `--limit 50`: `pressreader search --limit 50 WORD LIB` against `grep -rliw WORD LIB`.
- the self-check: grep (C.UTF-8) run twice in each round, its second run against its first.
  A run counts when the self-check's median ratio is within 1 ± 0.05: otherwise the machine
  was too busy for the ratios to mean anything (they are printed all the same).

With `--baseline EXECUTABLE` (another installation's `pressreader`, of the same index schema:
both search the same index), that one's search and `--limit` search are run in the same
rounds, just before this one's, and each ratio is printed for both, with the CPU time (user +
system) of every process; its output must have as many lines.

It also checks that every file grep lists is among the files of the hits. The default word,
"cooperation", is in every article of the synthetic library (about 16 hits per article).
Timings are for reading, never pass/fail.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_library import library_folder, pressreader_command  # noqa: E402


class Run:
    """One process read to its end through a pipe."""

    def __init__(self, command: list[str], env: dict[str, str]) -> None:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, env=env)
        assert process.stdout is not None
        fd = process.stdout.fileno()
        self.first: float | None = None
        self.lines = 0
        self.files: set[bytes] = set()
        pending = b""
        while True:
            data = os.read(fd, 1 << 20)
            if not data:
                break
            if self.first is None and b"\n" in data:
                self.first = time.perf_counter() - started
            pending += data
            *complete, pending = pending.split(b"\n")
            self.lines += len(complete)
            for line in complete:
                self.files.add(line.split(b":", 1)[0])
        _, status, usage = os.wait4(process.pid, 0)
        self.wall = time.perf_counter() - started
        self.cpu = usage.ru_utime + usage.ru_stime
        self.status = os.waitstatus_to_exitcode(status)
        process.stdout.close()


def peak_mb(command: list[str], env: dict[str, str]) -> float:
    """The process's peak resident memory, by GNU time (a process forked from this one
    would count this one's memory from before its exec)."""
    result = subprocess.run(
        ["/usr/bin/time", "-f", "%M", *command],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        check=False,
    )
    return int(result.stderr.strip().splitlines()[-1]) / 1024


def ratio_line(label: str, subject: list[float], base: list[float], target: str) -> str:
    ratios = [s / b for s, b in zip(subject, base, strict=True)]
    median = statistics.median
    return (
        f"  {label}: {median(subject) * 1e3:7.1f} ms against {median(base) * 1e3:7.1f} ms, "
        f"median ratio {median(ratios):.2f}x (range {min(ratios):.2f}-{max(ratios):.2f}) "
        f"target {target}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--pairs", type=int, default=7, help="rounds of alternating runs")
    parser.add_argument("--word", default="cooperation")
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument(
        "--baseline", metavar="EXECUTABLE", help="another pressreader, timed in the same rounds"
    )
    args = parser.parse_args()

    folder = library_folder(args.articles)
    work = Path(tempfile.mkdtemp(prefix="pressreader-bench-common-"))
    env = dict(os.environ, LC_ALL="C.UTF-8", XDG_CACHE_HOME=str(work))
    env.pop("NO_COLOR", None)
    c_env = dict(env, LC_ALL="C")
    command = pressreader_command()
    word, lib = args.word, str(folder)
    try:
        subprocess.run([*command, "index", lib], env=env, check=True, capture_output=True)
        subprocess.run(["grep", "-rlq", "zzzz", lib], capture_output=True, check=False)
        print(f"library: {folder} ({args.articles:,} articles); word {word!r}")
        print(f"cores: {os.cpu_count()}, load average before: {os.getloadavg()[0]:.2f}")
        grep, grep_again, grep_c, search, limited, grep_l, grep_lc = ([] for _ in range(7))
        first: list[float] = []
        peaks: list[float] = []
        grep_peaks: list[float] = []
        hits = grep_lines = 0
        missing: set[bytes] = set()
        base_search: list[Run] = []
        base_limited: list[Run] = []
        mine_search: list[Run] = []
        mine_limited: list[Run] = []
        for _ in range(args.pairs):
            g = Run(["grep", "-rniw", word, lib], env)
            if args.baseline:
                base_search.append(Run([args.baseline, "search", word, lib], env))
            s = Run([*command, "search", word, lib], env)
            g2 = Run(["grep", "-rniw", word, lib], env)
            gc = Run(["grep", "-rniw", word, lib], c_env)
            if args.baseline:
                base_limited.append(
                    Run([args.baseline, "search", "--limit", str(args.limit), word, lib], env)
                )
            lim = Run([*command, "search", "--limit", str(args.limit), word, lib], env)
            mine_search.append(s)
            mine_limited.append(lim)
            gl = Run(["grep", "-rliw", word, lib], env)
            glc = Run(["grep", "-rliw", word, lib], c_env)
            assert s.status == 0 and lim.status == 0 and lim.lines == args.limit
            grep.append(g.wall)
            grep_again.append(g2.wall)
            grep_c.append(gc.wall)
            search.append(s.wall)
            limited.append(lim.wall)
            grep_l.append(gl.wall)
            grep_lc.append(glc.wall)
            assert s.first is not None
            first.append(s.first)
            peaks.append(peak_mb([*command, "search", word, lib], env))
            grep_peaks.append(peak_mb(["grep", "-rniw", word, lib], env))
            hits, grep_lines = s.lines, g.lines
            missing = g.files - s.files
        median = statistics.median
        print(f"load average after: {os.getloadavg()[0]:.2f}")
        print(
            f"every hit: {hits:,} lines (grep: {grep_lines:,} lines); every file grep lists is "
            "among the hits: " + ("yes" if not missing else f"NO, {len(missing)} missing")
        )
        self_check = median([b / a for a, b in zip(grep, grep_again, strict=True)])
        counted = abs(self_check - 1) <= 0.05
        print(
            f"self-check, grep against itself: median ratio {self_check:.3f}x "
            f"({'counted' if counted else 'NOT counted: outside 1 +- 0.05'})"
        )
        print(ratio_line("all hits vs grep -rniw (C.UTF-8)", search, grep, "<= 1x"))
        print(ratio_line("all hits vs grep -rniw (C)", search, grep_c, "<= 1x"))
        print(
            f"  first line: median {median(first) * 1e3:.0f} ms "
            f"(range {min(first) * 1e3:.0f}-{max(first) * 1e3:.0f}), target <= 200 ms"
        )
        print(
            f"  peak memory: search {max(peaks):.0f} MB (grep {max(grep_peaks):.0f} MB), "
            "target < 100 MB"
        )
        print(
            ratio_line(f"--limit {args.limit} vs grep -rliw (C.UTF-8)", limited, grep_l, "<= 0.5x")
        )
        print(ratio_line(f"--limit {args.limit} vs grep -rliw (C)", limited, grep_lc, "<= 0.5x"))
        print(
            f"  CPU: all hits {median(r.cpu for r in mine_search) * 1e3:.0f} ms, --limit "
            f"{median(r.cpu for r in mine_limited) * 1e3:.0f} ms"
        )
        if args.baseline:
            assert all(b.lines == hits for b in base_search), "the baseline's hits differ"
            print(f"baseline {args.baseline}, in the same rounds:")
            walls = [r.wall for r in base_search]
            print(ratio_line("all hits vs grep -rniw (C.UTF-8)", walls, grep, "<= 1x"))
            print(ratio_line("all hits vs grep -rniw (C)", walls, grep_c, "<= 1x"))
            lims = [r.wall for r in base_limited]
            print(ratio_line(f"--limit {args.limit} vs grep -rliw (C)", lims, grep_lc, "<= 0.5x"))
            print(
                f"  CPU: all hits {median(r.cpu for r in base_search) * 1e3:.0f} ms, --limit "
                f"{median(r.cpu for r in base_limited) * 1e3:.0f} ms"
            )
            print(ratio_line("this against the baseline, all hits (wall)", search, walls, ""))
            print(
                ratio_line(
                    "this against the baseline, all hits (CPU)",
                    [r.cpu for r in mine_search],
                    [r.cpu for r in base_search],
                    "",
                )
            )
            print(ratio_line(f"this against the baseline, --limit {args.limit}", limited, lims, ""))
        return 0 if not missing else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
