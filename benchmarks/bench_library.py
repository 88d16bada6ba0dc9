"""Library index and search at scale: 10,000 synthetic articles, about 120 MB of YAML.

    python benchmarks/bench_library.py [--articles 10000] [--pairs 9] [--word WORD ...]

Generates the library once into a temporary folder (reused on later runs with the same
parameters), then measures, side by side in this run:

- cold `pressreader index` (a new index) against bare libyaml parsing of the same files
  (a Python process doing only `yaml.load(data, Loader=yaml.CSafeLoader)` on each file);
  target: at most 2x;
- warm `pressreader search WORD` (nothing changed) against `grep -rliw WORD` (in the C locale,
  grep's fastest), whole processes, --pairs alternating pairs, the median of the pairs'
  ratios, in CPU time (user + system of the child: the machine may be busy) and in wall time;
  target: at most 0.5x; for a rare word (in 5 articles: grep reads every file), a word in
  about 2% of the articles and one in about 40%; and checks that every file grep lists is
  among the search hits.

The articles come from `benchmarks/synth.py` (sections, quotes and statistics anchored to the
text), with a few words from a larger vocabulary added to some paragraphs so that words have
realistic frequencies: the searched word is one that a few percent of the articles contain.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synth import make_article  # noqa: E402

GENERATOR_VERSION = 2
PARAGRAPHS = (12, 30)  # per article, uniformly: about 12 KB of YAML on average
RARE_WORDS = 4000


def _rare_vocabulary() -> list[str]:
    rng = random.Random(7)
    consonants, vowels = "bdfgklmnprstvz", "aeiou"
    words: set[str] = set()
    while len(words) < RARE_WORDS:
        length = rng.randint(2, 4)
        words.add("".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(length)))
    return sorted(words)


def _zipf_choice(rng: random.Random, vocabulary: list[str]) -> str:
    # Rank r is chosen with probability proportional to 1/r.
    index = int(len(vocabulary) ** rng.random()) - 1
    return vocabulary[min(index, len(vocabulary) - 1)]


def make_library(folder: Path, articles: int) -> None:
    vocabulary = _rare_vocabulary()
    dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    for number in range(articles):
        rng = random.Random(number)
        data = make_article(rng.randint(*PARAGRAPHS), seed=number)
        data["id"] = f"bench-{number:05}"
        data["title"] = " ".join(_zipf_choice(rng, vocabulary) for _ in range(4)).capitalize()
        for section in data["sections"]:
            paragraphs = section["paragraphs"]
            for index in range(len(paragraphs)):
                if rng.random() < 0.3:
                    extra = " ".join(_zipf_choice(rng, vocabulary) for _ in range(5))
                    # Appending keeps every anchored quote and statistic in place.
                    paragraphs[index] += f" {extra.capitalize()}."
        folder_for = folder / f"{number // 1000:02}"
        folder_for.mkdir(parents=True, exist_ok=True)
        text = yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100)
        (folder_for / f"article-{number:05}.yaml").write_text(text, encoding="utf-8")


def library_folder(articles: int) -> Path:
    key = hashlib.sha256(f"{GENERATOR_VERSION}-{articles}-{PARAGRAPHS}".encode()).hexdigest()
    folder = Path(tempfile.gettempdir()) / "pressreader-bench" / f"library-{key[:12]}"
    done = folder / ".complete"
    if not done.exists():
        if folder.exists():
            shutil.rmtree(folder)
        print(f"generating {articles:,} articles in {folder} ...", flush=True)
        make_library(folder, articles)
        done.write_text("ok\n")
    return folder


BARE_PARSE = """
import os, sys, yaml
for root, dirs, files in os.walk(sys.argv[1]):
    dirs[:] = [d for d in dirs if not d.startswith(".")]
    for name in files:
        if name.endswith((".yaml", ".yml")):
            with open(os.path.join(root, name), "rb") as stream:
                yaml.load(stream.read(), Loader=yaml.CSafeLoader)
"""


def timed(
    command: list[str], env: dict[str, str]
) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Wall time, CPU time (user + system, the process and its workers), and the result."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu, result


def pressreader_command() -> list[str]:
    executable = shutil.which("pressreader")
    if executable is not None and Path(executable).parent == Path(sys.executable).parent:
        return [executable]
    return [sys.executable, "-m", "pressreader"]


def word_counts(folder: Path) -> dict[str, int]:
    """How many articles hold each word of the added vocabulary (counted once, kept beside
    the library: a file inside it would be searched by grep)."""
    cache = folder.with_name(folder.name + "-words.json")
    if cache.exists():
        counts: dict[str, int] = json.loads(cache.read_text())
        return counts
    vocabulary = set(_rare_vocabulary())
    counts = {}
    for path in sorted(folder.rglob("*.yaml")):
        text = path.read_text(encoding="utf-8").lower()
        for word in {w.strip(".,:;\"'-") for w in text.split()} & vocabulary:
            counts[word] = counts.get(word, 0) + 1
    cache.write_text(json.dumps(counts))
    return counts


def pick_word(counts: dict[str, int], articles: int) -> str:
    """A word of the added vocabulary held by about `articles` articles."""
    return min(counts, key=lambda word: (abs(counts[word] - articles), word))


def compare(command: list[str], folder: Path, word: str, pairs: int, env: dict[str, str]) -> bool:
    """Alternating pairs of `grep -rliw` and `pressreader search`; print the medians and the
    median ratios; return whether every file grep lists is among the hits."""
    grep_env = dict(env, LC_ALL="C")
    grep_wall, grep_cpu, search_wall, search_cpu, wall_ratio, cpu_ratio = ([] for _ in range(6))
    grep_files: set[str] = set()
    for _ in range(pairs):
        g_wall, g_cpu, grep = timed(["grep", "-rliw", word, str(folder)], grep_env)
        s_wall, s_cpu, search = timed([*command, "search", word, str(folder)], env)
        assert search.returncode in (0, 1), search.stderr
        grep_files = set(grep.stdout.splitlines())
        grep_wall.append(g_wall)
        grep_cpu.append(g_cpu)
        search_wall.append(s_wall)
        search_cpu.append(s_cpu)
        wall_ratio.append(s_wall / g_wall)
        cpu_ratio.append(s_cpu / g_cpu)
    hits = json.loads(
        subprocess.run(
            [*command, "search", "--json", word, str(folder)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        ).stdout
    )["hits"]
    hit_files = {h["path"] for h in hits}
    missing = grep_files - hit_files
    median = statistics.median
    print(
        f"word {word!r}: grep lists {len(grep_files):,} files; search: {len(hits):,} hits "
        f"in {len(hit_files):,} files; every file grep lists is among the hits: "
        + ("yes" if not missing else f"NO, {len(missing)} missing")
    )
    print(
        f"  CPU:  grep {median(grep_cpu) * 1e3:6.1f} ms, search {median(search_cpu) * 1e3:6.1f} ms,"
        f" median ratio {median(cpu_ratio):.2f}x (target <= 0.5x)"
    )
    print(
        f"  wall: grep {median(grep_wall) * 1e3:6.1f} ms, search {median(search_wall) * 1e3:6.1f}"
        f" ms, median ratio {median(wall_ratio):.2f}x"
    )
    return not missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--pairs", type=int, default=9, help="alternating pairs per word")
    parser.add_argument("--word", action="append", help="a word to search (default: picked)")
    args = parser.parse_args()

    folder = library_folder(args.articles)
    files = sorted(folder.rglob("*.yaml"))
    size = sum(p.stat().st_size for p in files)
    print(f"library: {len(files):,} files, {size / 1e6:.1f} MB in {folder}")
    work = Path(tempfile.mkdtemp(prefix="pressreader-bench-index-"))
    env = dict(os.environ)
    env.setdefault("LC_ALL", "C.UTF-8")
    # The index goes where it goes for users (the cache folder), here a fresh one.
    env["XDG_CACHE_HOME"] = str(work)
    command = pressreader_command()
    try:
        # Warm the page cache so both sides read from memory.
        subprocess.run(["grep", "-rlq", "zzzz", str(folder)], capture_output=True, check=False)

        bare, bare_cpu, result = timed([sys.executable, "-c", BARE_PARSE, str(folder)], env)
        assert result.returncode == 0, result.stderr
        cold, cold_cpu, result = timed([*command, "index", str(folder)], env)
        assert result.returncode == 0, result.stderr
        index_files = list((work / "pressreader").glob("index-*.sqlite"))
        print(f"cores: {os.cpu_count()}, load average before: {os.getloadavg()[0]:.2f}")
        print(f"bare libyaml parse (one process): {bare:7.2f} s wall, {bare_cpu:6.2f} s CPU")
        print(
            f"cold `pressreader index`:         {cold:7.2f} s wall, {cold_cpu:6.2f} s CPU"
            f"   ratio {cold / bare:.2f}x wall, {cold_cpu / bare_cpu:.2f}x CPU (target <= 2x)"
        )
        print(f"  {result.stdout.strip()}")
        print(f"  index size: {sum(p.stat().st_size for p in index_files) / 1e6:.1f} MB")

        if args.word:
            words = args.word
        else:
            counts = word_counts(folder)
            words = [pick_word(counts, n) for n in (5, len(files) // 50, len(files) * 2 // 5)]
        print(f"load average before the searches: {os.getloadavg()[0]:.2f}")
        complete = [compare(command, folder, word, args.pairs, env) for word in words]
        print(f"load average after: {os.getloadavg()[0]:.2f}")
        return 0 if all(complete) else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
