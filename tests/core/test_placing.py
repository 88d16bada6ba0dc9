"""`placing.new_file`: only a regular file is ever replaced (through a link, the file it
names); a stream (a character device, a named pipe) is written into; anything else is
refused. Renaming over `/dev/null` once put a regular file in place of the device."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from pressreader.placing import NotAFileError, TakenError, is_stream, new_file, taken

posix = pytest.mark.skipif(os.name != "posix", reason="devices, pipes and links")


@posix
def test_dev_null_is_written_into_never_replaced() -> None:
    before = os.stat("/dev/null")
    assert stat.S_ISCHR(before.st_mode) and is_stream(Path("/dev/null"))
    assert not taken(Path("/dev/null"))
    for overwrite in (False, True):
        with new_file(Path("/dev/null"), overwrite=overwrite, keep_mode=True) as stream:
            stream.write(b"gone")
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)
    assert not [name for name in os.listdir("/dev") if name.startswith(".null.")]


@posix
def test_a_named_pipe_is_written_into(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    with new_file(pipe) as stream:
        stream.write(b"through the pipe")
    reader.join(timeout=10)
    assert received == [b"through the pipe"]
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert os.listdir(tmp_path) == ["pipe"]


@posix
def test_through_a_link_the_file_it_names_is_replaced_and_the_link_stays(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "article.yaml"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.yaml"
    link.symlink_to(target)
    with pytest.raises(TakenError), new_file(link) as stream:
        stream.write(b"never")
    with new_file(link, overwrite=True, keep_mode=True) as stream:
        stream.write(b"new")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(os.listdir(tmp_path / "real")) == ["article.yaml"]


@posix
def test_a_folder_or_a_link_to_nothing_is_refused_and_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    dangling = tmp_path / "dangling.yaml"
    dangling.symlink_to(tmp_path / "nowhere.yaml")
    for path in (folder, dangling):
        assert taken(path)
        with pytest.raises(TakenError), new_file(path) as stream:
            stream.write(b"never")
        with pytest.raises(NotAFileError) as caught, new_file(path, overwrite=True) as stream:
            stream.write(b"never")
        assert caught.value.strerror == "not a regular file"
        assert caught.value.filename == str(path)
    assert folder.is_dir() and dangling.is_symlink()
    assert not (tmp_path / "nowhere.yaml").exists()
    assert sorted(os.listdir(tmp_path)) == ["dangling.yaml", "folder"]


def test_a_new_name_gets_a_new_file(tmp_path: Path) -> None:
    target = tmp_path / "new.yaml"
    assert not taken(target) and not is_stream(target)
    with new_file(target) as stream:
        stream.write(b"hello")
    assert target.read_bytes() == b"hello"
    assert os.listdir(tmp_path) == ["new.yaml"]


@posix
def test_a_name_that_stops_being_a_stream_before_the_open_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between the look (`is_stream`) and the open, the name became a regular file: it is
    neither truncated nor written into, and without `overwrite` it is refused as taken."""
    from pressreader import placing

    target = tmp_path / "was-a-pipe"
    target.write_text("keep me", encoding="utf-8")
    monkeypatch.setattr(placing, "is_stream", lambda path: True)
    with pytest.raises(TakenError), new_file(target) as stream:
        stream.write(b"never")
    assert target.read_text(encoding="utf-8") == "keep me"


def test_a_missing_folder_is_named_by_the_file_asked_for(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "x.csv"
    with pytest.raises(FileNotFoundError) as caught, new_file(target) as stream:
        stream.write(b"never")
    assert caught.value.filename == str(target)
    assert ".tmp" not in str(caught.value)
    assert not target.parent.exists()
