"""Loading benchmark: pressreader's load + validate + anchor against a bare libyaml parse.

Usage: python benchmarks/bench_load.py [--paragraphs 5000] [--repeat 9] [--runs 7]

Generates a synthetic article (5,000 paragraphs, about 2.6 MB, with quotes and statistics
anchored to its text, see `synth.py`) in a temporary folder and measures, in the same run:

1. in one process, best and median of `--repeat` runs:
   - bare: `yaml.load(data, Loader=yaml.CSafeLoader)` of the file's bytes;
   - pressreader: `loader.load_bytes(data)` (parse, build, validate, anchor every annotation);
   the target is a ratio of at most 1.4;
2. whole processes, best and median of `--runs` runs:
   - bare: a Python process that reads the file and does only that `yaml.load`;
   - pressreader: `pressreader check BIG.yaml` (the installed script; else `python -m`);
   the target is a ratio of at most 1.5.

Timings go to the screen only; nothing here is a pass/fail test.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pressreader.format.loader import load_bytes
from synth import make_article_yaml

BARE_PROCESS = (
    "import sys, yaml\n"
    "with open(sys.argv[1], 'rb') as stream:\n"
    "    yaml.load(stream.read(), Loader=yaml.CSafeLoader)\n"
)


def timings(action: Callable[[], object], repeat: int) -> list[float]:
    results = []
    for _ in range(repeat):
        gc.collect()  # neither side pays for the other's garbage
        start = time.perf_counter()
        action()
        results.append(time.perf_counter() - start)
    return results


def interleaved(
    first: Callable[[], object], second: Callable[[], object], repeat: int
) -> tuple[list[float], list[float]]:
    """Alternate the two so that machine noise hits both alike."""
    a: list[float] = []
    b: list[float] = []
    for _ in range(repeat):
        a.extend(timings(first, 1))
        b.extend(timings(second, 1))
    return a, b


def report(name: str, bare: list[float], ours: list[float], target: float) -> float:
    best = min(ours) / min(bare)
    median = statistics.median(ours) / statistics.median(bare)
    verdict = "meets" if best <= target else "MISSES"
    print(name)
    for label, values in (("bare", bare), ("pressreader", ours)):
        best_ms, median_ms = min(values) * 1000, statistics.median(values) * 1000
        print(f"  {label:<11} best {best_ms:8.1f} ms   median {median_ms:8.1f} ms")
    print(
        f"  ratio       best {best:8.2f}x     median {median:8.2f}x   ({verdict} target {target}x)"
    )
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=9, help="in-process repetitions")
    parser.add_argument("--runs", type=int, default=7, help="whole-process repetitions")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="pressreader-bench-") as folder:
        path = Path(folder) / "BIG.yaml"
        path.write_text(make_article_yaml(args.paragraphs, args.seed), encoding="utf-8")
        data = path.read_bytes()

        result = load_bytes(data, path)
        article = result.articles[0]
        anchored = sum(a.anchor is not None for a in [*article.quotes, *article.statistics])
        print(
            f"{path.name}: {len(data) / 1e6:.2f} MB, {args.paragraphs} paragraphs, "
            f"{len(article.sections)} sections, {len(article.quotes)} quotes, "
            f"{len(article.statistics)} statistics, {anchored} anchored, "
            f"{len(result.problems)} problems; libyaml: {yaml.__with_libyaml__}"
        )
        if result.problems or anchored != len(article.quotes) + len(article.statistics):
            print("the synthetic article should load without problems", file=sys.stderr)
            return 1

        bare, ours = interleaved(
            lambda: yaml.load(data, Loader=yaml.CSafeLoader),
            lambda: load_bytes(data, path),
            args.repeat,
        )
        report("load + validate + anchor, in process", bare, ours, 1.4)

        bare_command = [sys.executable, "-c", BARE_PROCESS, str(path)]
        # The installed `pressreader` script when there is one (as a user runs it).
        script = shutil.which("pressreader", path=str(Path(sys.executable).parent))
        launcher = [script] if script else [sys.executable, "-m", "pressreader"]
        check_command = [*launcher, "check", str(path)]
        # As after a normal install, modules load from cached bytecode: the warm-up runs may
        # write it even where PYTHONDONTWRITEBYTECODE is set in the environment.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        for command in (bare_command, check_command):  # warm the file and module caches
            subprocess.run(command, check=True, capture_output=True, env=env)
        bare, ours = interleaved(
            lambda: subprocess.run(bare_command, check=True, capture_output=True, env=env),
            lambda: subprocess.run(check_command, check=True, capture_output=True, env=env),
            args.runs,
        )
        report("`pressreader check BIG.yaml` process vs a bare-parse process", bare, ours, 1.5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
