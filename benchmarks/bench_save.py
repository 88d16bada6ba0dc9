"""Editing benchmark: one change to the 5,000-paragraph article and its save, against `check`.

Usage: python benchmarks/bench_save.py [--paragraphs 5000] [--repeat 7]

Generates the synthetic article (`synth.py`, about 2.6 MB, its quotes unreviewed) in a
temporary folder and measures, in the same run, best and median of `--repeat` runs:

- check (process): `pressreader check BIG.yaml` (the installed script; else `python -m`);
- check (in process): `loader.load_file` on it, what `check` does once started;
- accept / delete / edit: on an `EditSession` already open on the file (as the reader holds
  it), one change (`session.apply`: the text edited, loaded again and compared with the
  file's problems) and `session.save()` (conflict check, the version kept, temporary file,
  fsync, rename, folder fsync). Each run starts from the original file.

The target (issue 13): each change and its save at most 2x `pressreader check` on the file.
Both ratios of medians are printed; the rounds interleave all five, so that a busy machine
slows them alike. Timings go to the screen only; nothing here is a pass/fail test.
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
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pressreader.editing.ops import Accept, AnnotationRef, Delete, EditQuote, Operation
from pressreader.editing.session import EditSession
from pressreader.format.loader import load_file
from synth import make_article


def _article_yaml(paragraphs: int) -> str:
    data: dict[str, Any] = make_article(paragraphs, seed=13)
    for quote in data["quotes"]:
        quote["reviewed"] = False  # as an import leaves them
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text: str = yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100)
    return text


def _best_median(values: list[float]) -> str:
    return f"best {min(values) * 1000:7.1f} ms, median {statistics.median(values) * 1000:7.1f} ms"


def _timed(action: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="pressreader-bench-save-"))
    os.environ["XDG_DATA_HOME"] = str(folder / "data")  # kept versions go here, not home
    try:
        article = folder / "big.yaml"
        original = _article_yaml(args.paragraphs).encode()
        article.write_bytes(original)
        print(f"article: {args.paragraphs:,} paragraphs, {len(original):,} bytes")
        result = load_file(article)
        assert not result.problems, result.problems[:3]
        quotes = result.articles[0].quotes
        middle = quotes[len(quotes) // 2]
        ref = AnnotationRef("quote", middle.line, middle.column)
        print(f"{len(quotes)} quotes; the change is to quote {len(quotes) // 2 + 1}")

        script = shutil.which("pressreader")
        command = [script] if script else [sys.executable, "-m", "pressreader"]
        changes: dict[str, Operation] = {
            "accept": Accept(ref),
            "delete": Delete(ref),
            "edit": EditQuote(ref, middle.speaker, "indirect", "Checked against the video."),
        }
        times: dict[str, list[float]] = {"process": [], "inside": []}
        times.update((name, []) for name in changes)
        # Interleaved, one of each per round, so that a busy machine slows all alike.
        for _ in range(args.repeat):
            times["process"].append(
                _timed(
                    lambda: subprocess.run(
                        [*command, "check", str(article)], check=True, stdout=subprocess.DEVNULL
                    )
                )
            )
            times["inside"].append(_timed(lambda: load_file(article)))
            for name, op in changes.items():
                article.write_bytes(original)
                session = EditSession.open(article)

                def change(session: EditSession = session, op: Operation = op) -> None:
                    session.apply(op)
                    session.save()

                times[name].append(_timed(change))
        print(f"check (process):    {_best_median(times['process'])}")
        print(f"check (in process): {_best_median(times['inside'])}")
        for name in changes:
            ratio_process = statistics.median(times[name]) / statistics.median(times["process"])
            ratio_inside = statistics.median(times[name]) / statistics.median(times["inside"])
            print(
                f"{name + ' + save:':19} {_best_median(times[name])}   medians: "
                f"x{ratio_process:.2f} of check (process), x{ratio_inside:.2f} in process"
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
