"""The rules' patterns, compiled ahead of time and shipped with the package.

`re.compile` parses a pattern and writes the regular expression engine's program in Python,
then hands that program to one call in C. For the importer's patterns (word lists written as
trees of their letters, classes of Han characters) the Python half costs 0.1–0.2 s of every
import process, on the path the user waits for, and again in the read-ahead child. The
program depends only on the pattern, its flags and the interpreter, so `precompiled.bin`
holds the program of each pattern the rules make (`wordlists.lazy`), written by this module
(`python -m pressreader.importing.precompiled PATH`) with the interpreter's own compiler, and
`compile` makes a pattern from it by the call in C alone.

The table is package data, as trusted as the code beside it: never a file of the cache
folder, which anyone may edit. It is read only by the interpreter it was written for (the
same Python version and the same engine: `_sre.MAGIC`, its word size); a pattern it does not
hold (a rule changed since it was written, a pattern made from a name) is compiled as
`re.compile` would. Either way the pattern is the same program.

CPython's private names (`_sre.compile`; `re._parser` and `re._compiler`, which write a
program) are used here and nowhere else. `tests/importing/test_precompiled.py` holds every
program in the table to what the interpreter's compiler makes of its pattern now, and the
table to every pattern the rules make: it fails when CPython changes them, or a rule changed
without the table being written again.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # (the engine `re` drives: loaded with it)
import marshal
import os
import re
import sys
from array import array
from typing import Any

# One entry: the pattern's flags as compiled (the inline ones and, for text, UNICODE added),
# its program as 32-bit words, the number of groups, the named groups and the group names.
_Entry = tuple[int, bytes, int, tuple[tuple[str, int], ...], tuple[str | None, ...]]
_Key = tuple["str | bytes", int]

TABLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "precompiled.bin")
_FORMAT = 1  # of the file: raised when what an entry holds changes
_MODULE = "pressreader.importing.precompiled"  # (this module's name, also when run as a script)

_loaded: list[dict[_Key, _Entry] | None] = []  # (read once per process: a fork inherits it)


def engine() -> tuple[Any, ...]:
    """What a program is valid for: this file's format, the Python version and the engine's
    own version and word size."""
    return (_FORMAT, tuple(sys.version_info[:2]), _sre.MAGIC, _sre.CODESIZE)


def table() -> dict[_Key, _Entry] | None:
    """The shipped programs by pattern and flags; None when there is no table for this
    interpreter (or it cannot be read)."""
    if not _loaded:
        _loaded.append(read(TABLE))
    return _loaded[0]


def read(path: str) -> dict[_Key, _Entry] | None:
    """The table at `path` when it was written for this interpreter, else None."""
    if array("I").itemsize != 4:  # (the programs are kept as 32-bit words)
        return None
    try:
        with open(path, "rb") as file:
            head, entries = marshal.loads(file.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if head != engine() or type(entries) is not dict:
        return None
    return entries


def compile(pattern: str | bytes, flags: int = 0) -> re.Pattern[Any]:
    """`re.compile(pattern, flags)`: the same program, from the table when it holds it."""
    entries = table()
    entry = entries.get((pattern, int(flags))) if entries is not None else None
    if entry is not None:
        try:
            final, code, groups, named, names = entry
            compiled: re.Pattern[Any] = _sre.compile(
                pattern, final, array("I", code).tolist(), groups, dict(named), names
            )
        except Exception:  # (an entry the engine refuses: compiled as any other)
            pass
        else:
            return compiled
    return re.compile(pattern, flags)


def program(pattern: str | bytes, flags: int) -> _Entry:
    """The entry of `pattern`: what `re.compile` gives the engine, as `re._compiler.compile`
    makes it."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    named = parsed.state.groupdict
    names: list[str | None] = [None] * parsed.state.groups
    for name, index in named.items():
        names[index] = name
    return (
        int(flags | parsed.state.flags),
        array("I", code).tobytes(),
        parsed.state.groups - 1,
        tuple(named.items()),
        tuple(names),
    )


def rules_patterns() -> list[_Key]:
    """Every pattern the rules make with `wordlists.lazy` as the importer's modules are
    imported, by pattern and flags: found by a fresh interpreter, where nothing else run
    before (a test) has made patterns of its own."""
    import subprocess

    found = subprocess.run(
        [sys.executable, "-c", f"import {_MODULE} as m; m._made_by_rules()"],
        capture_output=True,
        check=True,
    )
    keys: list[_Key] = marshal.loads(found.stdout)
    return keys


def _made_by_rules() -> None:
    import importlib
    import pkgutil

    import pressreader.importing as importing
    from pressreader.importing import wordlists

    for module in pkgutil.walk_packages(importing.__path__, "pressreader.importing."):
        importlib.import_module(module.name)  # (`html` imports its extractor only when used)
    made = {(pattern, int(flags)) for pattern, flags in wordlists.MADE}
    keys = sorted(made, key=lambda key: (type(key[0]) is bytes, key))
    sys.stdout.buffer.write(marshal.dumps(keys))


def build(keys: list[_Key]) -> dict[_Key, _Entry]:
    return {(pattern, int(flags)): program(pattern, int(flags)) for pattern, flags in keys}


def write(path: str) -> bool:
    """The table of every rule's pattern written at `path` (atomically), unless the file
    there already holds the same; whether it was written."""
    entries = build(rules_patterns())
    if read(path) == entries:
        return False
    data = marshal.dumps((engine(), entries))
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        with open(temporary, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return True


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(
            "usage: python -m pressreader.importing.precompiled "
            "src/pressreader/importing/precompiled.bin",
            file=sys.stderr,
        )
        return 2
    written = write(argv[0])
    print(f"{argv[0]}: {'written' if written else 'already up to date'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
