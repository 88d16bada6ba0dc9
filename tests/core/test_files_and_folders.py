"""Links that loop and folders that cannot be read: reported by `check` and the library, never
a traceback, never taken for "no such file" or for an empty folder."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from pressreader.cli import main
from pressreader.library.loading import load_entries, open_entry
from pressreader.text.sanitize import has_controls
from tests.unreadable import as_nobody, deny_listing, nobody_can_run_python

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links and permissions")

GOOD = "title: Good\nsections:\n  - paragraphs: [Some text.]\n"
ELOOP = os.strerror(40) if sys.platform.startswith("linux") else "symbolic links"


def check(capsys: pytest.CaptureFixture[str], *paths: Path) -> tuple[int, str, str]:
    status = main(["check", *map(str, paths)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    (folder / "locked").mkdir(parents=True)
    (folder / "a.yaml").write_text(GOOD, encoding="utf-8")
    (folder / "locked" / "b.yaml").write_text(GOOD, encoding="utf-8")
    return folder


def test_a_symlink_loop_inside_a_folder_is_reported_not_a_traceback(
    capsys: pytest.CaptureFixture[str], lib: Path
) -> None:
    (lib / "loop.yaml").symlink_to("loop.yaml")
    (lib / "one.yml").symlink_to("two.yml")
    (lib / "two.yml").symlink_to("one.yml")
    status, out, _ = check(capsys, lib)
    assert status == 1
    for name in ("loop.yaml", "one.yml", "two.yml"):
        assert f"{lib / name}: error: cannot read the file: {ELOOP}" in out.splitlines()
    assert out.splitlines()[-1] == "2 articles in 5 files: 3 errors, 0 warnings"


def test_a_looping_symlink_named_directly_is_unreadable_not_missing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    loop = tmp_path / "loop.yaml"
    loop.symlink_to("loop.yaml")
    status, out, err = check(capsys, loop)
    assert status == 1, err
    assert "no such file" not in err
    assert out.splitlines() == [
        f"{loop}: error: cannot read the file: {ELOOP}",
        "0 articles in 1 file: 1 error, 0 warnings",
    ]


def test_a_subfolder_that_cannot_be_read_is_an_error_not_empty(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, lib: Path
) -> None:
    deny_listing(monkeypatch, lib / "locked")
    status, out, _ = check(capsys, lib)
    assert status == 1
    assert out.splitlines() == [
        f"{lib / 'locked'}: error: cannot read the folder: Permission denied",
        "1 article in 1 file: 1 error, 0 warnings",
    ]


def test_a_folder_named_directly_that_cannot_be_read_is_an_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, lib: Path
) -> None:
    deny_listing(monkeypatch, lib / "locked")
    status, out, err = check(capsys, lib / "locked")
    assert status == 1
    assert out.splitlines() == [
        f"{lib / 'locked'}: error: cannot read the folder: Permission denied",
        "0 articles in 0 files: 1 error, 0 warnings",
    ]
    assert "no *.yaml or *.yml files found" not in err


def test_an_unreadable_folder_s_name_is_escaped(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, lib: Path
) -> None:
    hostile = lib / "x\x1b]2;owned\x07\x9b"
    hostile.mkdir()
    deny_listing(monkeypatch, hostile)
    status, out, _ = check(capsys, lib)
    assert status == 1
    assert not has_controls(out)
    assert f"{lib}/x\\x1b]2;owned\\x07\\x9b: error: cannot read the folder:" in out
    monkeypatch.setattr(sys, "argv", ["pressreader"])
    status = main(["check", "--format", "json", str(lib)])
    text = capsys.readouterr().out
    assert status == 1 and not has_controls(text)
    assert "x\\u001b]2;owned\\u0007\\u009b" in text


def test_the_library_lists_an_unreadable_folder_as_a_broken_entry(
    monkeypatch: pytest.MonkeyPatch, lib: Path
) -> None:
    deny_listing(monkeypatch, lib / "locked")
    entries = list(load_entries([lib]))
    assert sorted(e.title for e in entries) == ["Good", "locked"]
    (broken,) = [e for e in entries if e.broken]
    assert broken.path == lib / "locked" and broken.problem is not None
    assert broken.problem.message == "cannot read the folder: Permission denied"
    # Opening it says why it cannot be read, not that a folder is not an article file.
    opened = open_entry(broken)
    assert opened.article is None
    assert [p.message for p in opened.problems] == ["cannot read the folder: Permission denied"]


def test_the_library_lists_a_symlink_loop_as_a_broken_entry(lib: Path) -> None:
    (lib / "loop.yaml").symlink_to("loop.yaml")
    entries = {e.path.name: e for e in load_entries([lib])}
    assert entries["loop.yaml"].broken and entries["loop.yaml"].problem is not None
    assert ELOOP in entries["loop.yaml"].problem.message


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder another user can reach (pytest's own is private to root)."""
    with tempfile.TemporaryDirectory(prefix="pressreader-") as name:
        folder = Path(name)
        folder.chmod(0o755)
        yield folder


@pytest.mark.slow
def test_an_unreadable_folder_as_an_unprivileged_user(shared_tmp: Path) -> None:
    """The real thing: `chmod 000` on a folder, checked by a user it denies."""
    why_not = nobody_can_run_python(shared_tmp)
    if why_not is not None:
        pytest.skip(why_not)
    lib = shared_tmp / "lib"
    (lib / "locked").mkdir(parents=True)
    (lib / "a.yaml").write_text(GOOD, encoding="utf-8")
    (lib / "locked" / "b.yaml").write_text(GOOD, encoding="utf-8")
    lib.chmod(0o755)
    (lib / "locked").chmod(0)
    try:
        checked = as_nobody([sys.executable, "-m", "pressreader", "check", "lib"], shared_tmp)
        (shared_tmp / "cache").mkdir(mode=0o777)
        (shared_tmp / "cache").chmod(0o777)
        indexed = as_nobody([sys.executable, "-m", "pressreader", "index", "lib"], shared_tmp)
    finally:
        (lib / "locked").chmod(0o755)
    assert checked.returncode == 1, checked.stderr
    assert checked.stdout.splitlines() == [
        "lib/locked: error: cannot read the folder: Permission denied",
        "1 article in 1 file: 1 error, 0 warnings",
    ]
    assert indexed.returncode == 0, indexed.stderr
    assert "lib/locked: error: cannot read the folder: Permission denied" in indexed.stderr


def test_folders_nested_deeper_than_the_recursion_limit(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from pressreader.index.walk import scan_root
    from pressreader.library.files import make_roots

    lib = tmp_path / "lib"
    deepest = lib.joinpath(*["a"] * (sys.getrecursionlimit() + 100))
    try:
        folder = lib
        for part in (lib, *deepest.relative_to(lib).parts):
            folder = folder / part if part != lib else lib
            folder.mkdir()
        (deepest / "x.yaml").write_text(GOOD, encoding="utf-8")
        status, out, _ = check(capsys, lib)
        assert status == 0 and out.splitlines() == ["1 article in 1 file: 0 errors, 0 warnings"]
        (root,) = make_roots([lib])
        assert [rel for rel, _, _ in scan_root(root)] == [
            (deepest / "x.yaml").relative_to(lib).as_posix()
        ]
    finally:
        # shutil.rmtree, which cleans pytest's folders, recurses once per level: too deep
        # here, so the tree goes now, bottom up.
        (deepest / "x.yaml").unlink(missing_ok=True)
        folder = deepest
        while folder != tmp_path:
            with contextlib.suppress(FileNotFoundError):
                folder.rmdir()
            folder = folder.parent


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_in_a_folder_is_refused_without_being_opened(lib: Path) -> None:
    os.mkfifo(lib / "pipe.yaml")
    # In a process with a time limit: opening the pipe would wait for a writer forever.
    done = subprocess.run(
        [sys.executable, "-m", "pressreader", "check", str(lib)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1, done.stderr
    assert f"{lib / 'pipe.yaml'}: error: is not a regular file" in done.stdout
