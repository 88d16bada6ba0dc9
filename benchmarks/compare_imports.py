"""Whether two builds of `pressreader import` write the same articles: every source is
imported by each (one process per source, `-o FILE --force`) and the files written, the
messages and the exit statuses are compared byte for byte (the output folder's name aside).

Usage: python benchmarks/compare_imports.py BEFORE AFTER SOURCE_OR_FOLDER...

BEFORE and AFTER are `pressreader` executables (each installed without `-e` in its own
environment); a folder stands for the `.txt` files under it. Prints each
source that differs and a count; exit status 1 when any differs. Nothing is evaluated: only
the outputs are compared.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

SUFFIXES = (".txt",)


def sources(arguments: list[str]) -> list[Path]:
    found: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES))
        else:
            found.append(path)
    return found


def imported(command: str, source: Path, folder: Path, number: int) -> tuple[bytes, bytes, int]:
    """The file written, the messages (the folder's name taken out) and the exit status."""
    out = folder / f"{number:04}.yaml"
    done = subprocess.run(
        [command, "import", str(source), "-o", str(out), "--force"],
        capture_output=True,
        check=False,
    )
    messages = (done.stdout + done.stderr).replace(str(folder).encode(), b"OUT")
    return (out.read_bytes() if out.exists() else b""), messages, done.returncode


def main() -> int:
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    before, after = sys.argv[1], sys.argv[2]
    differ = 0
    found = sources(sys.argv[3:])
    with tempfile.TemporaryDirectory() as one, tempfile.TemporaryDirectory() as two:
        for number, source in enumerate(found):
            if imported(before, source, Path(one), number) != imported(
                after, source, Path(two), number
            ):
                differ += 1
                print(f"differs: {source}")
    print(f"{len(found)} sources imported by both: {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
