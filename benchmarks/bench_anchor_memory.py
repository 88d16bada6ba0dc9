"""Peak memory of loading articles of long text, against the bound of 10x the size + 100 MB.

Usage: python benchmarks/bench_anchor_memory.py [--only NAME ...]

Each file is loaded (`loader.load_file`) in a child process of its own; its peak resident
memory is read from `os.wait4`. The shapes are those where long text is costly to anchor:
paragraphs holding an emoji (stored at 4 bytes per character), with and without a few
quotes and statistics anchored in them; text with typographic quotes (2 bytes per
character); and a file filling the value limit with tiny paragraphs besides long
quote-marked text. Figures go to the screen only; nothing here is a pass/fail test.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

MB = 1_000_000
CHILD = (
    "import sys\n"
    "from pathlib import Path\n"
    "from pressreader.format.loader import load_file\n"
    "result = load_file(Path(sys.argv[1]), max_bytes=200_000_000)\n"
    "errors = [p for p in result.problems if 'error' in str(p.severity).lower()]\n"
    "print(len(result.articles), len(result.problems), errors[:1])\n"
)
HEAD = "title: Long text\npublished: 2024-01-01\nspeakers:\n  - {name: Ann Lee, role: Minister}\n"
_WORDS = [
    "the",
    "council",
    "said",
    "bridges",
    "and",
    "roads",
    "would",
    "open",
    "before",
    "winter",
    "across",
    "the",
    "coast",
]


def _paragraph(number: int, size: int, mark: str) -> str:
    words = []
    length = 0
    while length < size:
        word = _WORDS[(number * 7 + len(words)) % len(_WORDS)]
        words.append(word)
        length += len(word) + 1
    words.insert(len(words) // 2, mark)
    return " ".join(words)


def _annotations(count: int, paragraphs: int, text_of: object) -> str:
    del text_of
    if not count:
        return ""
    step = max(paragraphs // count, 1)
    quotes = "".join(
        f"  - {{speaker: Ann Lee, text: 'marker {n} said bridges'}}\n"
        for n in range(0, paragraphs, step)
    )
    stats = "".join(
        f"  - {{label: Bridges {n}, value: {n + 1}, text: 'marker {n} said'}}\n"
        for n in range(0, paragraphs, step)
    )
    return f"quotes:\n{quotes}statistics:\n{stats}"


def missing(text: str) -> str:
    """`text` with one more quote, not found in it: the failure hint scans the text again."""
    return text.replace(
        "statistics:\n", "  - {speaker: Ann Lee, text: words not there}\nstatistics:\n"
    )


def long_text(size: int, mark: str, annotated: int) -> str:
    """About `size` bytes of 1,000-character paragraphs, each holding `mark` once."""
    lines = []
    total = 0
    number = 0
    while total < size:
        # A unique phrase per paragraph for annotations to find.
        text = f"marker {number} said bridges " + _paragraph(number, 1000, mark)
        line = f'      - "{text}"\n'
        lines.append(line)
        total += len(line.encode())
        number += 1
    body = HEAD + "sections:\n  - heading: Text\n    paragraphs:\n" + "".join(lines)
    return body + _annotations(annotated, number, None)


def mixed(size: int) -> str:
    """The value limit filled with tiny paragraphs; the rest quote-marked long text."""
    cap = min(50_000 + size // 64, 1_000_000)
    tiny = int(cap * 0.9)  # leaves room for the long paragraphs and annotations
    small = "      - a\n" * tiny
    text = long_text(size - len(small), "“bridges”", 20)
    head, _, rest = text.partition("    paragraphs:\n")
    return head + "    paragraphs:\n" + small + rest


SHAPES = {
    "emoji-2.5": lambda: long_text(int(2.5 * MB), "🙂", 0),
    "emoji-10": lambda: long_text(10 * MB, "🙂", 0),
    "emoji-20": lambda: long_text(20 * MB, "🙂", 0),
    "emoji-2.5-annotated": lambda: long_text(int(2.5 * MB), "🙂", 10),
    "emoji-10-annotated": lambda: long_text(10 * MB, "🙂", 10),
    "emoji-20-annotated": lambda: long_text(20 * MB, "🙂", 10),
    "emoji-20-missing": lambda: missing(long_text(20 * MB, "🙂", 10)),
    "quotes-60-missing": lambda: missing(long_text(60 * MB, "“bridges”", 10)),
    "quotes-20": lambda: long_text(20 * MB, "“bridges”", 10),
    "quotes-60": lambda: long_text(60 * MB, "“bridges”", 10),
    "mixed-20": lambda: mixed(20 * MB),
    "mixed-60": lambda: mixed(60 * MB),
    "mixed-60-missing": lambda: missing(mixed(60 * MB)),
}


def measure(path: Path) -> tuple[int, str]:
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    output = process.stdout.read().strip()
    _pid, _status, usage = os.wait4(process.pid, 0)
    return usage.ru_maxrss * 1024, output


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="*", choices=sorted(SHAPES))
    parser.add_argument("--write", nargs=2, metavar=("NAME", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write:
        Path(args.write[1]).write_text(SHAPES[args.write[0]](), encoding="utf-8")
        return 0
    with tempfile.TemporaryDirectory() as work:
        for name in args.only or SHAPES:
            path = Path(work) / f"{name}.yaml"
            # Written by a process of its own: Linux carries a parent's peak memory into the
            # peak reported for a child it starts, so this one stays small.
            subprocess.run([sys.executable, __file__, "--write", name, str(path)], check=True)
            size = path.stat().st_size
            peak, output = measure(path)
            path.unlink()
            bound = 10 * size + 100 * MB
            verdict = "ok" if peak < bound else "OVER"
            print(
                f"{name:22} {size / MB:6.1f} MB  peak {peak / MB:6.0f} MB  "
                f"bound {bound / MB:5.0f} MB  {verdict:4}  [{output}]",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
