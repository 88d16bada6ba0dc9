"""Writes the table of `src/pressreader/importing/hant.py` (traditional to simplified Chinese,
one character for one) from OpenCC's character data.

Usage (OpenCC's data is not a dependency of pressreader: install it into a scratch venv):
    python -m venv /tmp/opencc && /tmp/opencc/bin/pip install opencc-python-reimplemented
    /tmp/opencc/bin/python benchmarks/make_hant.py

Taken from OpenCC's dictionaries (Apache License 2.0, https://github.com/BYVoid/OpenCC, as
packaged by `opencc-python-reimplemented`): `TSCharacters.txt` (traditional to simplified;
and the two characters its simplified to traditional table, `STCharacters.txt`, writes but
it leaves as they are, `暱` for `昵`), with the Taiwan and Hong Kong variants first brought to
OpenCC's traditional standard (`TWVariantsRev.txt`, `HKVariantsRev.txt`: `啟` → `啓` → `启`),
as its `tw2s` and `hk2s` conversions chain them. Each character's first candidate is kept,
and only where both are one character of the Basic Multilingual Plane and differ. The phrase
tables are left out: a character map keeps a text's length, which is what the importer needs
(its offsets).

Where several traditional characters have one simplified form, the one OpenCC's simplified to
traditional table (`STCharacters.txt`) names first comes first: the importer puts a string it
made itself (a label) back into traditional characters with it where the text does not say.

`TRADITIONAL_ONLY` (made in the module from `TRADITIONAL` less `WRITTEN_IN_SIMPLIFIED_TOO`, which
this script writes) holds the characters that tell a traditional text: those mapped whose
candidates do not include themselves, which are no simplified character (not a key of
`STCharacters.txt`) and not a regional variant alone, so that `于`/`於`, `干`/`乾` and `著`
(written in simplified text too) do not count. `FREQUENT` holds the 300 of them most frequent
in the Chinese texts of the development folders (`dev*/`, never `test/`) put into traditional
characters by OpenCC: a text is first tested for those alone.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import opencc  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src/pressreader/importing/hant.py"
DEVSET = ROOT / "benchmarks/devset"  # (its development folders only: never `test/`)
FREQUENT = 300
PER_LINE = 36


def read(name: str) -> dict[str, list[str]]:
    folder = Path(opencc.__file__).parent / "dictionary"
    table: dict[str, list[str]] = {}
    for line in (folder / name).read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if key and values:
            table[key] = values.split()
    return table


def single(char: str) -> bool:
    return len(char) == 1 and ord(char) <= 0xFFFF


def main() -> None:
    ts = read("TSCharacters.txt")
    st = read("STCharacters.txt")
    variants = read("TWVariantsRev.txt") | read("HKVariantsRev.txt")
    for simple, olds in st.items():  # (`暱`, which OpenCC writes for `昵` but leaves as it is)
        if single(simple) and olds[0] != simple and olds[0] not in ts:
            ts[olds[0]] = [simple]
    mapping: dict[str, str] = {}
    own: set[str] = set()  # characters that may stand in simplified text too
    for key in sorted(set(ts) | set(variants)):
        if not single(key):
            continue
        middle = variants[key][0] if key in variants else key
        candidates = ts.get(middle, [middle])
        value = candidates[0]
        if single(value) and value != key:
            mapping[key] = value
            if key in candidates or key not in ts:
                own.add(key)  # (a variant alone, as Taiwan's `著` for `着`, tells nothing)
    # The character a simplified one is put back into when the text does not say (`Restorer`):
    # OpenCC's first traditional candidate for it, so it comes first in the table.
    first = {key for key in mapping if st.get(mapping[key], [""])[0] == key}
    mapping = {key: mapping[key] for key in sorted(mapping, key=lambda key: key not in first)}
    # (mapped characters that simplified text may write too: `TRADITIONAL_ONLY` is the table's
    # traditional characters without them, made in the module)
    too = "".join(key for key in mapping if key in own or key in st)
    only = "".join(key for key in mapping if key not in own and key not in st)
    # The traditional-only characters most frequent in the development folders' Chinese
    # texts put into traditional characters (OpenCC's `s2t`): the first test of a text.
    convert = opencc.OpenCC("s2t")
    counts: Counter[str] = Counter()
    for path in sorted(DEVSET.glob("dev*/*.txt")):
        text = path.read_text(encoding="utf-8")
        if sum("\u4e00" <= char <= "\u9fff" for char in text) * 3 > len(text):
            counts.update(char for char in convert.convert(text) if char in only)
    frequent = "".join(sorted(char for char, _ in counts.most_common(FREQUENT)))
    lines = ["# BEGIN TABLE (written by benchmarks/make_hant.py; do not edit by hand)"]
    for name, text in (
        ("TRADITIONAL", "".join(mapping)),
        ("SIMPLIFIED", "".join(mapping.values())),
        ("WRITTEN_IN_SIMPLIFIED_TOO", too),
        ("FREQUENT", frequent),
    ):
        if len(text) <= PER_LINE:
            lines.append(f'{name} = "{text}"')  # (one line, as the formatter writes it)
            continue
        lines.append(f"{name} = (")
        for at in range(0, len(text), PER_LINE):
            lines.append(f'    "{text[at : at + PER_LINE]}"')
        lines.append(")")
    lines.append("# END TABLE")
    source = TARGET.read_text(encoding="utf-8")
    block = re.compile(r"# BEGIN TABLE.*?# END TABLE", re.S)
    if not block.search(source):
        sys.exit(f"{TARGET}: no table block")
    TARGET.write_text(block.sub(lambda _: "\n".join(lines), source), encoding="utf-8")
    print(f"{len(mapping)} characters, {len(only)} traditional only")


if __name__ == "__main__":
    main()
