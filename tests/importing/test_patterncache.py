"""The cache of compiled patterns gives the patterns `re.compile` gives, and a cache file that
is missing, damaged, made by hand or unwritable changes nothing but the time."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pressreader.importing import figures, parse, patterncache, quotes, speakers, wordlists

TEXTS = [
    "“We will win,” she said. The number grew from 146 to 700 partners in ten years.",
    "萨姆·奥特曼星期一说，他表示支持。2024年3月5日，价格上涨了30%。",
    "MS. JEAN-PIERRE: According to the minister, about $5 million (USD 5m) was spent.",
    "",
]


def _importer_patterns() -> list[tuple[str | bytes, int]]:
    found = []
    for module in (figures, parse, quotes, speakers):
        for value in vars(module).values():
            if isinstance(value, wordlists._LazyPattern):
                found.append(value._arguments)
    return found


def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterncache, "_table", None)
    monkeypatch.setattr(patterncache, "_added", {})
    monkeypatch.setattr(patterncache, "_ours", True)


def _same(one: re.Pattern[str], other: re.Pattern[str]) -> None:
    assert (one.pattern, one.flags, one.groups, one.groupindex) == (
        other.pattern,
        other.flags,
        other.groups,
        other.groupindex,
    )
    for text in TEXTS:
        if isinstance(one.pattern, bytes):
            text = text.encode("utf-8")  # type: ignore[assignment]
        assert [m.span() for m in one.finditer(text)] == [m.span() for m in other.finditer(text)]


def test_the_importers_patterns_read_back_from_the_cache_are_those_re_compiles(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    patterns = _importer_patterns()
    assert len(patterns) > 100
    _fresh(monkeypatch)
    first = [patterncache.compile(*arguments) for arguments in patterns]
    patterncache.save()
    assert patterncache.cache_file().is_file()
    _fresh(monkeypatch)
    again = [patterncache.compile(*arguments) for arguments in patterns]
    assert not patterncache._added  # every one came from the file
    for arguments, one, other in zip(patterns, first, again, strict=True):
        expected = re.compile(*arguments)
        _same(one, expected)
        _same(other, expected)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short: the code runs out
        lambda data: data[:60],  # cut inside the header
        lambda data: data.replace(b'"version": "1|', b'"version": "0|', 1),
        lambda data: data.split(b"\n", 1)[0] + b"\n" + b"\xff" * len(data.split(b"\n", 1)[1]),
        lambda data: data.replace(b", 0, 30]", b', "0", 30]', 1),
        lambda data: data.split(b"\n", 1)[0][:-1] + b", []\n",  # a header that is no mapping
    ],
)
def test_a_damaged_cache_file_is_compiled_around_and_written_again(
    monkeypatch: pytest.MonkeyPatch, damage: object
) -> None:
    pattern = r"\((?P<inner>[^()]{3,120})\)"
    _fresh(monkeypatch)
    patterncache.compile(pattern)
    patterncache.compile(rb" (said|says)\b")
    patterncache.save()
    path = patterncache.cache_file()
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    _fresh(monkeypatch)
    compiled = patterncache.compile(pattern)
    assert compiled.search("a (bcd) e").group("inner") == "bcd"  # type: ignore[union-attr]
    spaced = patterncache.compile(rb" (said|says)\b")
    assert spaced.search(b"he said").span() == (2, 7)  # type: ignore[union-attr]
    patterncache.save()  # ours, damaged: written again whole, readable
    _fresh(monkeypatch)
    assert patterncache.compile(pattern).pattern == pattern
    assert not patterncache._added


@pytest.mark.parametrize("foreign", [b"", b"garbage\n\x00\x01", b'{"version": "1"}\n'])
def test_a_file_of_that_name_that_is_not_ours_is_left_alone(
    monkeypatch: pytest.MonkeyPatch, foreign: bytes
) -> None:
    path = patterncache.cache_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(foreign)
    _fresh(monkeypatch)
    assert patterncache.compile(r"c+").match("cc") is not None
    patterncache.save()
    assert path.read_bytes() == foreign


def test_a_link_in_the_place_of_the_cache_file_is_left_alone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "elsewhere"
    target.write_bytes(b"someone else's")
    path = patterncache.cache_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to(target)
    _fresh(monkeypatch)
    assert patterncache.compile(r"d+").match("dd") is not None
    patterncache.save()
    assert path.is_symlink() and target.read_bytes() == b"someone else's"


def test_a_cache_folder_that_cannot_be_written_only_costs_the_compiling(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    _fresh(monkeypatch)
    assert patterncache.compile(r"a+").match("aaa") is not None
    patterncache.save()  # no error
    _fresh(monkeypatch)
    assert patterncache.compile(r"a+").match("aaa") is not None
    assert patterncache._added


def test_a_cache_file_larger_than_the_bound_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    _fresh(monkeypatch)
    patterncache.compile(r"b+")
    patterncache.save()
    size = patterncache.cache_file().stat().st_size
    monkeypatch.setattr(patterncache, "_LARGEST", size - 1)
    _fresh(monkeypatch)
    assert patterncache.compile(r"b+").match("bb") is not None
    assert patterncache._added  # compiled, not read
