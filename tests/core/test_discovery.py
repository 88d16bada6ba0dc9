"""Finding article files among the paths a user names."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pressreader.library.files import PathNotFound, discover, find_article_files, given_paths


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("title: x\n")
    return path


def test_recursive_sorted_yaml_and_yml(tmp_path: Path) -> None:
    b = touch(tmp_path / "b.yaml")
    a = touch(tmp_path / "sub" / "a.yml")
    upper = touch(tmp_path / "C.YAML")
    touch(tmp_path / "notes.txt")
    touch(tmp_path / ".hidden.yaml")
    touch(tmp_path / ".git" / "x.yaml")
    assert find_article_files([tmp_path]) == sorted([b, a, upper])


def test_named_files_are_kept_whatever_their_suffix(tmp_path: Path) -> None:
    text = touch(tmp_path / "article.txt")
    folder_file = touch(tmp_path / "d" / "z.yaml")
    assert find_article_files([text, tmp_path / "d"]) == [text, folder_file]


def test_order_of_arguments_and_no_duplicates(tmp_path: Path) -> None:
    one = touch(tmp_path / "x" / "one.yaml")
    two = touch(tmp_path / "y" / "two.yaml")
    assert find_article_files([tmp_path / "y", tmp_path / "x", one]) == [two, one]


def test_missing_paths_are_all_reported(tmp_path: Path) -> None:
    touch(tmp_path / "ok.yaml")
    with pytest.raises(PathNotFound) as caught:
        find_article_files([tmp_path / "ok.yaml", tmp_path / "gone", tmp_path / "lost.yaml"])
    assert caught.value.missing == [tmp_path / "gone", tmp_path / "lost.yaml"]
    assert "no such file or folder" in str(caught.value)
    found = discover([tmp_path / "ok.yaml", tmp_path / "gone"])
    assert found.files == [tmp_path / "ok.yaml"] and found.missing == [tmp_path / "gone"]


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_symlink_loop_does_not_hang(tmp_path: Path) -> None:
    article = touch(tmp_path / "a" / "article.yaml")
    (tmp_path / "a" / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert find_article_files([tmp_path]) == [article]


def test_without_paths_the_default_library_is_used() -> None:
    paths, missing = given_paths([])
    assert missing == [] and len(paths) == 1
    assert paths[0].name in ("articles", "samples")


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_path_is_missing_only_when_nothing_is_there(tmp_path: Path) -> None:
    (tmp_path / "loop.yaml").symlink_to("loop.yaml")
    (tmp_path / "gone.yaml").symlink_to("nowhere.yaml")
    raw = [str(tmp_path / name) for name in ("loop.yaml", "gone.yaml", "absent.yaml")]
    paths, missing = given_paths(raw)
    assert paths == [Path(name) for name in raw]
    assert missing == [raw[2]]
