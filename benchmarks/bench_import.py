"""Import benchmark: `pressreader import` of a large plain text against `pressreader check` of
what it writes, and a folder imported by one worker against two.

Usage: python benchmarks/bench_import.py [--paragraphs 5000] [--runs 5] [--files 24]
       [--file-paragraphs 400]

1. The text of the synthetic article (`synth.py`, 5,000 paragraphs: the title, its section
   headings and its paragraphs, a blank line between them) is written to a file; then, in
   the same run, alternately, best and median of `--runs` whole processes:
   - `pressreader import TEXT -o OUT.yaml --force` (read, parse, write, and the `check
     --strict` of the written text the import does before writing);
   - `pressreader check OUT.yaml`, once more first, and once more right after each (the
     self-check: the check against itself, median against median; a run counts when the two
     are within 5%, as the other outside-in benchmarks count theirs, and when every import
     started with a core to spare by the import's own rule (`importing.ahead.idle_cores`): a check
     is slowed alike on both sides of the self-check, while an import with no core to spare
     runs in one process);
   the target is a ratio of at most 3, printed three ways: best against best, median against
   median, and the median of each import against the mean of the checks just before and after
   it (neighbours share the machine's drift in speed).
2. A folder of `--files` texts of `--file-paragraphs` paragraphs each (other seeds), imported
   into an empty folder with `--jobs 1` and with `--jobs 2`, alternately, best and median.

Timings go to the screen only; nothing here is a pass/fail test.
"""

from __future__ import annotations

import argparse
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pressreader.importing.ahead import SPARE, idle_cores
from synth import make_article_yaml


def article_text(paragraphs: int, seed: int) -> str:
    """The plain text of a synthetic article, as a copied article would read."""
    article = yaml.load(make_article_yaml(paragraphs, seed), Loader=yaml.CSafeLoader)
    blocks = [article["title"]]
    for section in article["sections"]:
        if section.get("heading"):
            blocks.append(section["heading"])
        blocks.extend(" ".join(text.split()) for text in section["paragraphs"])
    return "\n\n".join(blocks) + "\n"


def command() -> list[str]:
    script = shutil.which("pressreader")
    return [script] if script else [sys.executable, "-m", "pressreader"]


def timed(args: list[str], cpu: list[float] | None = None) -> float:
    """The wall time of a process; its CPU time (user and system) appended to `cpu`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(args, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"{' '.join(args)} failed: {done.stderr.decode(errors='replace')[:500]}")
    if cpu is not None:
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return elapsed


def _quartiles(values: list[float]) -> str:
    if len(values) < 2:
        return "-"
    low, _, high = statistics.quantiles(values, n=4)
    return f"{low:.2f}-{high:.2f}"


def show(label: str, values: list[float]) -> None:
    print(f"  {label:<34} best {min(values):7.3f} s   median {statistics.median(values):7.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--paragraphs", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--files", type=int, default=24)
    parser.add_argument("--file-paragraphs", type=int, default=400)
    args = parser.parse_args()
    pressreader = command()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        text = root / "article.txt"
        text.write_text(article_text(args.paragraphs, 1), encoding="utf-8")
        out = root / "article.yaml"
        print(
            f"{args.paragraphs:,} paragraphs, {text.stat().st_size / 1e6:.1f} MB of text; "
            f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}"
        )
        imports: list[float] = []
        checks: list[float] = []
        import_cpu: list[float] = []
        check_cpu: list[float] = []
        importing = [*pressreader, "import", str(text), "-o", str(out), "--force"]
        checking = [*pressreader, "check", str(out)]
        timed(importing)  # (the written file `check` reads, before the first check)
        checks.append(timed(checking, check_cpu))
        # The check once more right after each: the baseline against itself, which tells how
        # steady the machine was during the run (a run counts when within 5%).
        again: list[float] = []
        before = checks[-1]
        sandwiched: list[float] = []
        least_idle = math.inf  # the fewest idle cores as an import started
        for _ in range(args.runs):
            least_idle = min(least_idle, idle_cores())
            imports.append(timed(importing, import_cpu))
            checks.append(timed(checking, check_cpu))
            # Each import against the checks just before and after it: this machine's speed
            # drifts over seconds (the same check took 0.24 s and 0.44 s a minute apart), and
            # neighbours share the drift that the best or median of each side does not.
            sandwiched.append(imports[-1] / ((before + checks[-1]) / 2))
            again.append(timed(checking))
            before = again[-1]
        show("pressreader import TEXT", imports)
        show("pressreader check OUT.yaml", checks)
        print(
            f"  ratio import / check: best {min(imports) / min(checks):.2f}, median "
            f"{statistics.median(imports) / statistics.median(checks):.2f}, each import against "
            f"its neighbouring checks {statistics.median(sandwiched):.2f} (median; quartiles "
            f"{_quartiles(sandwiched)}) (target <= 3)"
        )
        steady = statistics.median(checks[1:]) / statistics.median(again)
        if abs(steady - 1) > 0.05:
            verdict = "not counted: over 5% apart"
        elif least_idle < SPARE:
            # A check takes one core and is slowed alike on both sides of the self-check, while
            # an import with no core to spare runs in one process (the import's own rule,
            # `importing.ahead`): not the machine the target is for.
            verdict = (
                f"not counted: {least_idle:.1f} idle cores as an import started, no core to spare"
            )
        else:
            verdict = "counted"
        print(f"  self-check, the check against itself just after: median {steady:.3f} ({verdict})")
        # CPU time moves less than wall time when other work shares the cores.
        show("CPU time of the import", import_cpu)
        show("CPU time of the check", check_cpu)
        print(
            f"  CPU ratio: best {min(import_cpu) / min(check_cpu):.2f}, median "
            f"{statistics.median(import_cpu) / statistics.median(check_cpu):.2f}"
        )

        if args.files < 1:
            return  # `--files 0`: the single text only
        sources = root / "sources"
        sources.mkdir()
        for index in range(args.files):
            body = article_text(args.file_paragraphs, 100 + index)
            (sources / f"story-{index:03}.txt").write_text(body, encoding="utf-8")
        size = sum(path.stat().st_size for path in sources.iterdir())
        print(f"\nA folder of {args.files} texts, {size / 1e6:.1f} MB:")
        by_jobs: dict[int, list[float]] = {1: [], 2: []}
        for run in range(args.runs):
            for jobs in by_jobs:
                target = root / f"out-{jobs}-{run}"
                folder_import = [*pressreader, "import", str(sources), "-o", str(target)]
                by_jobs[jobs].append(timed([*folder_import, "-j", str(jobs)]))
                shutil.rmtree(target)
        for jobs, values in by_jobs.items():
            show(f"pressreader import FOLDER -j {jobs}", values)
        print(
            f"  speed-up with 2 workers: best {min(by_jobs[1]) / min(by_jobs[2]):.2f}x, median "
            f"{statistics.median(by_jobs[1]) / statistics.median(by_jobs[2]):.2f}x; "
            f"load average now {os.getloadavg()[0]:.1f}"
        )


if __name__ == "__main__":
    main()
