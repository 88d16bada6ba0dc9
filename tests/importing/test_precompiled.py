"""The rules' patterns compiled ahead of time (`importing.precompiled`): the shipped table
holds, for the interpreter it was written for, exactly the program the interpreter's own
compiler makes of each pattern the rules make, and anything else is compiled as `re` would."""

from __future__ import annotations

import marshal
import re
import sys
from pathlib import Path

import pytest

from pressreader.importing import precompiled, wordlists

WRITE = (
    "the shipped table is out of date: run `python -m pressreader.importing.precompiled "
    "src/pressreader/importing/precompiled.bin` and commit the file"
)


def _shipped_head() -> tuple[object, ...]:
    head, _ = marshal.loads(Path(precompiled.TABLE).read_bytes())
    return tuple(head)


def test_the_table_is_written_for_the_projects_python() -> None:
    # CI runs Python 3.11 (`.ci/run`); the table is for it, and read by it only.
    head = _shipped_head()
    assert head[1] == (3, 11)
    if sys.version_info[:2] == (3, 11):
        assert head == precompiled.engine()
        assert precompiled.read(precompiled.TABLE) is not None
    else:
        assert precompiled.read(precompiled.TABLE) is None


def test_every_program_is_what_the_compiler_makes_of_its_pattern_now() -> None:
    entries = precompiled.read(precompiled.TABLE)
    if _shipped_head() != precompiled.engine():
        assert entries is None  # (another interpreter: the table is not used)
        return
    assert entries is not None
    changed = [key for key, entry in entries.items() if precompiled.program(*key) != entry]
    assert changed == [], f"{len(changed)} programs differ from the compiler's: {WRITE}"


def test_the_table_holds_every_pattern_the_rules_make_and_no_other() -> None:
    entries = precompiled.read(precompiled.TABLE)
    if _shipped_head() != precompiled.engine():
        assert entries is None
        return
    assert entries is not None
    made = set(precompiled.rules_patterns())
    assert len(made) > 500
    missing = sorted(repr(key)[:80] for key in made - set(entries))
    extra = sorted(repr(key)[:80] for key in set(entries) - made)
    assert missing == [], f"{len(missing)} patterns missing, first {missing[:3]}: {WRITE}"
    assert extra == [], f"{len(extra)} patterns no rule makes, first {extra[:3]}: {WRITE}"


def test_a_pattern_made_from_the_table_is_the_compiled_pattern() -> None:
    if precompiled.table() is None:
        assert sys.version_info[:2] != (3, 11)
        return
    texts = [
        "“We will not back down,” said Jane Roe, the ministry’s spokesperson, on Monday.",
        "The agency said that 4.6 million people, up 5% from 2023, had applied.",
        "外交部发言人毛宁表示，中方对此坚决反对。",
        "",
    ]
    entries = precompiled.table()
    assert entries is not None
    for pattern, flags in entries:
        made = precompiled.compile(pattern, flags)
        compiled = re.compile(pattern, flags)
        assert (made.pattern, made.flags, made.groups, made.groupindex) == (
            compiled.pattern,
            compiled.flags,
            compiled.groups,
            compiled.groupindex,
        )
        if isinstance(pattern, str):
            for text in texts:
                assert [m.span() for m in made.finditer(text)] == [
                    m.span() for m in compiled.finditer(text)
                ]


def test_the_rules_patterns_are_made_through_the_table(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str | bytes, int]] = []
    real = precompiled.compile

    def spy(pattern: str | bytes, flags: int = 0) -> re.Pattern[str]:
        asked.append((pattern, flags))
        return real(pattern, flags)

    monkeypatch.setattr(precompiled, "compile", spy)
    pattern = wordlists.lazy(r"\bsaid\b", re.IGNORECASE)
    assert (r"\bsaid\b", re.IGNORECASE) in wordlists.MADE
    assert pattern.search("She SAID so") is not None
    assert asked == [(r"\bsaid\b", re.IGNORECASE)]
    assert pattern.search("said") is not None  # (compiled once)
    assert len(asked) == 1


@pytest.mark.parametrize(
    "content",
    [
        b"",  # empty
        b"\x00\x01garbage",  # not marshal
        marshal.dumps(((1, (2, 7), 0, 4), {})),  # another interpreter's
        marshal.dumps("no head"),  # not a pair
        marshal.dumps((None, None)),
    ],
)
def test_a_table_that_is_not_this_interpreters_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "precompiled.bin"
    path.write_bytes(content)
    assert precompiled.read(str(path)) is None
    assert precompiled.read(str(tmp_path / "missing.bin")) is None


def test_a_table_of_this_interpreter_not_a_mapping_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "precompiled.bin"
    path.write_bytes(marshal.dumps((precompiled.engine(), [1, 2])))
    assert precompiled.read(str(path)) is None


def test_without_a_table_or_with_an_entry_refused_the_pattern_is_compiled_as_re(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(precompiled, "_loaded", [None])
    made = precompiled.compile(r"(?P<n>\d+) (people|persons)", re.IGNORECASE)
    assert made.fullmatch("12 PEOPLE") is not None
    assert made.groupindex == {"n": 1}
    # An entry whose program the engine refuses (the engine checks the program's form) is
    # compiled from its pattern instead.
    broken = (int(re.UNICODE), b"\x00\x00\x00\x00", 0, (), (None,))
    monkeypatch.setattr(precompiled, "_loaded", [{("abc", 0): broken}])
    made = precompiled.compile("abc")
    assert made.search("xxabc") is not None
    assert made.pattern == "abc"


def test_writing_a_table_is_atomic_and_skipped_when_it_holds_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys: list[tuple[str | bytes, int]] = [(r"\bsaid\b", 0), (rb"\d+", 0), ("x", re.I)]
    monkeypatch.setattr(precompiled, "rules_patterns", lambda: keys)
    path = tmp_path / "table.bin"
    assert precompiled.write(str(path)) is True
    entries = precompiled.read(str(path))
    assert entries is not None
    assert set(entries) == {(pattern, int(flags)) for pattern, flags in keys}
    written = path.stat().st_mtime_ns
    assert precompiled.write(str(path)) is False
    assert path.stat().st_mtime_ns == written
    assert sorted(p.name for p in tmp_path.iterdir()) == ["table.bin"]  # (no temporary left)
