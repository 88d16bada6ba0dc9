"""The importer's compiled patterns, kept between runs.

Python's `re` compiles a pattern in Python code (parsing it, then optimising each character
class and alternation): the importer's rules, about 130 patterns, take 30-50 ms of every
import's start, the classes of CJK ranges the most (a range of 21,000 code points is set one
code point at a time). What compiling gives, a list of numbers run by the matching engine,
is the same in every run of the same Python, so it is kept in the cache folder
(`$XDG_CACHE_HOME/pressreader`, rebuildable data, as the search index is) and a later run
hands it to the engine, which checks it before use (`_sre.compile` refuses code that is not
well formed), instead of compiling again. Python keeps its own bytecode this way.

The file is named after the Python version and the engine's format (`_sre.MAGIC`), and each
pattern is found by its exact text and flags: a pattern changed, a rule added or another
Python compiles as before, and is added to the file when the run ends (`save`). Anything
unexpected (no such engine interface, a file unreadable, malformed or unwritable) falls back
to `re.compile`, silently: the cache only saves time. The file is read only up to 16 MB and
only when it begins with this program's mark; one of that name that does not (or a link, or
a folder) is left as it is and never replaced (SECURITY.md, "Files pressreader replaces").
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import sys
from array import array
from pathlib import Path
from typing import Any

try:  # the engine interface `re` itself uses (CPython's, stable since Python 3.7)
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another implementation of Python
    _sre = None

_FORMAT = 1
# The most patterns kept: a file that grows beyond it (rules changed many times) starts again.
_MOST = 2000
# The largest file read (the importer's patterns take about 170 kB): a larger one is not ours.
_LARGEST = 16 * 1024 * 1024
# The engine's code is numbers of this size (`_sre.CODESIZE` bytes, 4 in CPython).
_CODE_TYPE = "I"

Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

# How a cache file begins: a file there that does not is not ours, and is never replaced.
_MARK = '{"format": "pressreader compiled patterns"'

_table: dict[tuple[str | bytes, int], Entry] | None = None
_added: dict[tuple[str | bytes, int], Entry] = {}
_ours = True  # the cache file is absent or one this program wrote (damaged or not)


def _version() -> str:
    return "|".join(
        str(part)
        for part in (
            _FORMAT,
            sys.implementation.name,
            sys.version,
            getattr(_sre, "MAGIC", None),
            getattr(_sre, "CODESIZE", None),
            getattr(_sre, "MAXREPEAT", None),
            getattr(_sre, "MAXGROUPS", None),
            array(_CODE_TYPE).itemsize,
        )
    )


def cache_file() -> Path:
    """The file of this Python's compiled patterns."""
    from pressreader.paths import cache_dir

    key = hashlib.sha256(_version().encode()).hexdigest()[:16]
    return cache_dir() / f"patterns-{key}.bin"


def compile(pattern: str | bytes, flags: int = 0) -> re.Pattern[Any]:
    """`re.compile(pattern, flags)`, from the cache when it holds the pattern."""
    flags = int(flags)
    if _sre is None:
        return re.compile(pattern, flags)
    table = _load()
    key = (pattern, flags)
    entry = table.get(key)
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)  # type: ignore[no-any-return]
        except Exception:  # a file made by hand: compiled as usual
            table.pop(key, None)
    try:
        # What `re._compiler.compile` does, keeping the code it makes.
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = (
            flags | parsed.state.flags,
            code,
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        compiled = _sre.compile(pattern, *entry)
    except re.error:
        raise
    except Exception:  # an interface not as expected: no cache
        return re.compile(pattern, flags)
    _added[key] = entry
    return compiled  # type: ignore[no-any-return]


def _load() -> dict[tuple[str | bytes, int], Entry]:
    global _table, _ours
    if _table is None:
        _table = {}
        path = cache_file()
        try:
            info = path.lstat()
        except FileNotFoundError:
            return _table
        except OSError:
            _ours = False
            return _table
        if not stat.S_ISREG(info.st_mode) or info.st_size > _LARGEST:
            _ours = False  # a link, a folder, a file too large: not ours, left alone
            return _table
        try:
            with path.open("rb") as stream:
                data = stream.read(_LARGEST + 1)
        except OSError:
            _ours = False
            return _table
        _ours = data.startswith(_MARK.encode("ascii"))
        try:
            _table = _read(data) if _ours else {}
        except (ValueError, TypeError, KeyError, IndexError, OverflowError, AttributeError):
            _table = {}  # ours but damaged: written again whole by `save`
    return _table


def _read(data: bytes) -> dict[tuple[str | bytes, int], Entry]:
    """The patterns of a cache file: a line of JSON (the version, then each pattern's text,
    flags, groups and where its code lies), then the code of every pattern. ValueError (or
    another of `_load`'s) when it is not such a file."""
    import json  # (here: what an import does not load otherwise costs every start)

    header, _, body = data.partition(b"\n")
    head = json.loads(header)
    if head.get("version") != _version():
        return {}
    code = array(_CODE_TYPE)
    code.frombytes(body)
    table: dict[tuple[str | bytes, int], Entry] = {}
    for item in head["patterns"]:
        text, is_bytes, flags, final_flags, groups, groupindex, indexgroup, start, size = item
        if not (
            isinstance(text, str)
            and all(isinstance(n, int) for n in (flags, final_flags, groups, start, size))
            and isinstance(groupindex, dict)
            and all(isinstance(k, str) and isinstance(v, int) for k, v in groupindex.items())
            and isinstance(indexgroup, list)
            and all(name is None or isinstance(name, str) for name in indexgroup)
            and 0 <= start <= start + size <= len(code)
        ):
            raise ValueError("not a pattern")
        pattern: str | bytes = text.encode("latin-1") if is_bytes else text
        entry = (
            final_flags,
            code[start : start + size].tolist(),
            groups,
            groupindex,
            tuple(indexgroup),
        )
        table[(pattern, flags)] = entry
    return table


def save() -> None:
    """Add the patterns this run compiled to the cache file (written whole, then moved into
    place); nothing when none was compiled, or when it cannot be written."""
    if not _added:
        return
    table = dict(_load())
    if not _ours:
        return  # a file of that name that is not ours is never replaced
    if len(table) + len(_added) > _MOST:
        table = {}
    table.update(_added)
    _added.clear()
    code = array(_CODE_TYPE)
    patterns = []
    for (pattern, flags), (final_flags, numbers, groups, groupindex, indexgroup) in table.items():
        is_bytes = isinstance(pattern, bytes)
        text = pattern.decode("latin-1") if isinstance(pattern, bytes) else pattern
        patterns.append(
            [
                text,
                is_bytes,
                flags,
                final_flags,
                groups,
                groupindex,
                list(indexgroup),
                len(code),
                len(numbers),
            ]
        )
        code.extend(numbers)
    import json

    body = json.dumps({"version": _version(), "patterns": patterns}, ensure_ascii=True)
    header = _MARK + ", " + body[1:]
    path = cache_file()
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(header.encode("ascii") + b"\n" + code.tobytes())
            os.replace(temporary, path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    except (OSError, ValueError):
        pass  # a cache that cannot be written: the next run compiles again
