"""Saving: atomic, only over the version loaded, errors as messages, versions kept."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from pressreader.editing import save as saving
from pressreader.editing.errors import SaveConflict, SaveError
from pressreader.editing.save import KEEP, backups, read, restore, save
from pressreader.library.files import is_article_name
from tests.editing.fixtures import BARE, BLOCK


@pytest.fixture
def article(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    path = folder / "harbour.yaml"
    path.write_text(BLOCK, encoding="utf-8")
    path.chmod(0o640)
    return path


def test_save_replaces_the_file_keeps_its_mode_and_the_version_before(article: Path) -> None:
    data, stamp = read(article)
    new_stamp = save(article, BARE.encode(), stamp)
    assert article.read_text(encoding="utf-8") == BARE
    assert article.stat().st_mode & 0o777 == 0o640
    assert new_stamp == read(article)[1]
    assert os.listdir(article.parent) == ["harbour.yaml"]  # no temporary file left
    (kept,) = backups(article)
    assert kept.path.read_bytes() == data
    assert kept.path.stat().st_mode & 0o777 == 0o600


def test_the_temporary_file_is_never_an_article_name(
    article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    real_replace = os.replace

    def spy(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        seen.append(Path(source).name)
        real_replace(source, target)

    monkeypatch.setattr(saving.os, "replace", spy)
    save(article, BARE.encode(), read(article)[1])
    (name,) = seen
    assert name.startswith(".harbour.yaml.pressreader-save-") and not is_article_name(name)


def test_a_file_changed_since_it_was_loaded_is_not_overwritten(article: Path) -> None:
    _, stamp = read(article)
    article.write_text(BLOCK + "# another editor\n", encoding="utf-8")
    with pytest.raises(SaveConflict, match="changed on disk"):
        save(article, BARE.encode(), stamp)
    assert article.read_text(encoding="utf-8").endswith("# another editor\n")
    article.unlink()
    with pytest.raises(SaveConflict, match="deleted or moved"):
        save(article, BARE.encode(), stamp)
    assert not article.exists()


def test_a_read_only_file_is_reported_and_untouched(article: Path) -> None:
    _, stamp = read(article)
    article.chmod(0o444)
    with pytest.raises(SaveError, match="read-only"):
        save(article, BARE.encode(), stamp)
    assert article.read_text(encoding="utf-8") == BLOCK
    assert os.listdir(article.parent) == ["harbour.yaml"]


def test_a_full_disk_is_reported_and_the_file_untouched(
    article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, stamp = read(article)
    real_fsync = os.fsync

    def full(descriptor: int) -> None:
        if ".pressreader-save-" in os.readlink(f"/proc/self/fd/{descriptor}"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(descriptor)

    monkeypatch.setattr(saving.os, "fsync", full)
    with pytest.raises(SaveError, match="the disk is full"):
        save(article, BARE.encode(), stamp)
    assert article.read_text(encoding="utf-8") == BLOCK
    assert os.listdir(article.parent) == ["harbour.yaml"]


def test_a_vanished_folder_is_reported(article: Path) -> None:
    _, stamp = read(article)
    article.unlink()
    article.parent.rmdir()
    with pytest.raises(SaveError, match="folder no longer exists"):
        save(article, BARE.encode(), stamp)


def test_a_link_is_followed_and_kept(article: Path) -> None:
    link = article.parent / "link.yaml"
    link.symlink_to(article.name)
    save(link, BARE.encode(), read(link)[1])
    assert link.is_symlink() and article.read_text(encoding="utf-8") == BARE


def test_only_the_last_versions_are_kept_and_only_ours_are_ever_removed(
    article: Path, tmp_path: Path
) -> None:
    save(article, b"title: v0\n", read(article)[1])
    folder = backups(article)[0].path.parent
    foreign = [folder / "notes.txt", folder / "123.bak", folder / "00000000000000000001-0.bak.x"]
    for path in foreign:
        path.write_text("not ours")
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me")
    (folder / "00000000000000000000-0.bak").symlink_to(outside)  # named like ours, a link
    for number in range(1, KEEP + 3):
        save(article, f"title: v{number}\n".encode(), read(article)[1])
    kept = backups(article)
    assert len(kept) == KEEP
    assert [k.path.read_text() for k in kept][:2] == [f"title: v{KEEP + 1}\n", f"title: v{KEEP}\n"]
    assert all(path.exists() for path in foreign) and outside.read_text() == "keep me"
    assert (folder / "origin").read_text().strip() == str(article)


def test_restore_writes_a_kept_version_back_and_keeps_the_one_it_replaces(
    article: Path,
) -> None:
    save(article, BARE.encode(), read(article)[1])
    (original,) = backups(article)
    restore(article, original, read(article)[1])
    assert article.read_text(encoding="utf-8") == BLOCK
    assert backups(article)[0].path.read_text(encoding="utf-8") == BARE


def test_reading_something_that_is_not_a_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="cannot read"):
        read(tmp_path / "missing.yaml")
    os.mkfifo(tmp_path / "pipe.yaml")
    with pytest.raises(SaveError, match="not a regular file"):
        read(tmp_path / "pipe.yaml")
