"""A search sees every change made since the last update, even when the index proves that
nothing changed without walking the library (the evidence of `pressreader.index.walk`):
a file edited in place, replaced, added or deleted, in a nested folder, through a link.

Each library's folders are dated an hour back before it is indexed, as a library is that
nobody has touched for a while: their evidence is then trusted (a folder modified moments
before the walk is not), and each test first checks that the shortcut is taken.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from pressreader.index import LibraryIndex
from pressreader.index.walk import RACY_NS
from tests.search.conftest import article, write

HOUR_NS = 3600 * 10**9


def _age(*paths: Path) -> None:
    """Date paths (not what links lead to) an hour back."""
    old = time.time_ns() - HOUR_NS
    for path in paths:
        os.utime(path, ns=(old, old), follow_symlinks=False)


def _folders(lib: Path) -> list[Path]:
    return [lib, *(p for p in lib.rglob("*") if p.is_dir() and not p.is_symlink())]


@pytest.fixture
def nested(lib: Path) -> Path:
    write(lib / "a.yaml", article("A", ["Top level alpha."]))
    write(lib / "sub" / "b.yaml", article("B", ["Middle bravo."]))
    write(lib / "sub" / "deeper" / "c.yaml", article("C", ["Deep charlie words."]))
    return lib


def _indexed(lib: Path, tmp_path: Path) -> LibraryIndex:
    """The library's index, updated once with its folders an hour old, and shown to take the
    shortcut: an update with nothing changed walks no folder."""
    _age(*_folders(lib))
    index = LibraryIndex([lib], tmp_path / "i.sqlite")
    index.update(workers=1)
    report = index.update(workers=1)
    assert not report.walked and report.unchanged == report.files
    assert index._unchanged() == report.files  # the evidence holds
    return index


def _found(index: LibraryIndex, word: str) -> set[str]:
    index.update(workers=1)
    return {hit.path.name for hit in index.search(word)}


def test_nothing_changed_is_known_without_walking(
    nested: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with _indexed(nested, tmp_path) as index:
        walked: list[str] = []
        import pressreader.index as package

        real = package.scan_with_evidence
        monkeypatch.setattr(package, "scan_with_evidence", lambda r: walked.append(r) or real(r))
        assert _found(index, "charlie") == {"c.yaml"}
        assert walked == []


def test_a_file_edited_in_place_is_read_again(nested: Path, tmp_path: Path) -> None:
    target = nested / "sub" / "deeper" / "c.yaml"
    with _indexed(nested, tmp_path) as index:
        before = target.stat()
        # The same number of bytes, written into the file: its folder does not change.
        data = target.read_bytes()
        assert data.count(b"charlie") == 1
        with open(target, "r+b") as handle:
            handle.write(data.replace(b"charlie", b"delta__"))
        os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns + 10**9))
        assert target.stat().st_size == before.st_size
        assert (target.parent.stat().st_mtime_ns) < time.time_ns() - HOUR_NS / 2
        assert _found(index, "delta__") == {"c.yaml"}
        assert _found(index, "charlie") == set()


def test_a_file_replaced_by_another_renamed_over_it_is_read_again(
    nested: Path, tmp_path: Path
) -> None:
    target = nested / "sub" / "b.yaml"
    with _indexed(nested, tmp_path) as index:
        # As an editor saves: a new file beside it, renamed over it, dated as the old one
        # was plus a second (the same size as before, too).
        fresh = write(nested / "sub" / ".b.yaml.tmp", article("B", ["Middle delta."]))
        old = target.stat()
        assert fresh.stat().st_size == old.st_size
        os.utime(fresh, ns=(old.st_atime_ns, old.st_mtime_ns + 10**9))
        os.replace(fresh, target)
        assert _found(index, "delta") == {"b.yaml"}
        assert _found(index, "bravo") == set()


def test_a_file_added_in_a_nested_folder_is_found(nested: Path, tmp_path: Path) -> None:
    with _indexed(nested, tmp_path) as index:
        added = write(nested / "sub" / "deeper" / "new.yaml", article("N", ["Foxtrot."]))
        _age(added)  # dated like the others: only its folder shows that it came
        assert _found(index, "foxtrot") == {"new.yaml"}


def test_a_file_added_in_a_new_folder_is_found(nested: Path, tmp_path: Path) -> None:
    with _indexed(nested, tmp_path) as index:
        added = write(nested / "sub" / "newer" / "g.yaml", article("G", ["Golf."]))
        _age(added, added.parent)  # only the folder above shows that it came
        assert _found(index, "golf") == {"g.yaml"}


def test_a_deleted_file_is_no_longer_found(nested: Path, tmp_path: Path) -> None:
    with _indexed(nested, tmp_path) as index:
        (nested / "sub" / "deeper" / "c.yaml").unlink()
        assert _found(index, "charlie") == set()
        assert _found(index, "bravo") == {"b.yaml"}


def test_a_renamed_file_is_found_under_its_new_name(nested: Path, tmp_path: Path) -> None:
    with _indexed(nested, tmp_path) as index:
        os.rename(nested / "sub" / "b.yaml", nested / "sub" / "renamed.yaml")
        assert _found(index, "bravo") == {"renamed.yaml"}


def test_a_linked_file_whose_target_is_edited_is_read_again(nested: Path, tmp_path: Path) -> None:
    outside = write(tmp_path / "outside" / "t.yaml", article("T", ["Linked hotel."]))
    (nested / "link.yaml").symlink_to(outside)
    with _indexed(nested, tmp_path) as index:
        assert _found(index, "hotel") == {"link.yaml"}
        before = outside.stat()
        write(outside, article("T", ["Linked india."]))
        os.utime(outside, ns=(before.st_atime_ns, before.st_mtime_ns + 10**9))
        assert _found(index, "india") == {"link.yaml"}
        assert _found(index, "hotel") == set()


def test_a_root_link_pointed_at_another_folder_is_walked(tmp_path: Path) -> None:
    first = write(tmp_path / "one" / "a.yaml", article("A", ["Juliet."])).parent
    second = write(tmp_path / "two" / "a.yaml", article("A", ["Kilo."])).parent
    _age(first / "a.yaml", second / "a.yaml", first, second)
    root = tmp_path / "library"
    root.symlink_to(first)
    with _indexed(root, tmp_path) as index:
        root.unlink()
        root.symlink_to(second)
        assert _found(index, "kilo") == {"a.yaml"}
        assert _found(index, "juliet") == set()


def test_a_hidden_file_added_keeps_the_results_and_the_shortcut_comes_back(
    nested: Path, tmp_path: Path
) -> None:
    with _indexed(nested, tmp_path) as index:
        swap = nested / "sub" / ".b.yaml.swp"
        swap.write_text("editor state")
        assert index._unchanged() is None  # its folder's time changed
        _age(swap.parent)
        report = index.update(workers=1)
        assert report.walked and report.read == 0 and report.unchanged == 3
        assert index._unchanged() == 3  # the new evidence was recorded
        assert _found(index, "bravo") == {"b.yaml"}


def test_a_folder_modified_just_before_the_walk_is_walked_again(
    nested: Path, tmp_path: Path
) -> None:
    # The library's folders were just written: within RACY_NS of the update, a change in
    # the same tick of the clock might not move their time. No shortcut until they age.
    assert time.time_ns() - (nested / "sub").stat().st_mtime_ns < RACY_NS
    with LibraryIndex([nested], tmp_path / "i.sqlite") as index:
        index.update(workers=1)
        assert index._unchanged() is None
        report = index.update(workers=1)
        assert report.read == 0 and report.walked
        assert index._unchanged() is None
        added = write(nested / "sub" / "h.yaml", article("H", ["Lima."]))
        assert _found(index, "lima") == {"h.yaml"}
        added.unlink()
        assert _found(index, "lima") == set()


@pytest.mark.parametrize(
    "stored",
    [
        b"not json at all",
        b"[[",  # cut short
        b"[]",  # an empty list: no folder to check
        b"[null]",  # a folder that is None
        b'[["",1,2,3,"names","stats"]]',  # fields of the wrong kind
        b'[["",1,2,3,[1e999],[[1,2]]]]',  # a name that is a number
        b"\xff\xfe",  # not UTF-8
    ],
)
def test_evidence_that_is_not_what_an_update_wrote_is_not_trusted(
    nested: Path, tmp_path: Path, stored: bytes
) -> None:
    import sqlite3

    with _indexed(nested, tmp_path) as index:
        (nested / "sub" / "b.yaml").unlink()
        with sqlite3.connect(index.path) as db:
            db.execute("UPDATE roots SET evidence = ?", (stored,))
        assert index._unchanged() is None
        assert _found(index, "bravo") == set()
