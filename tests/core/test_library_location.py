"""Which library a command reads when given no path, and where an import may write.

Precedence: PATH on the command line > PRESSREADER_LIBRARY > `library` in config.toml >
./articles > the library in pressreader's data folder (once made) > the bundled samples. An
import never writes inside the installed package."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from pressreader.cli import main
from pressreader.library.files import given_paths
from pressreader.library.location import (
    LibraryError,
    default_library,
    import_folder,
    package_folder,
    writable_folder,
)
from pressreader.paths import bundled_articles, config_dir, data_dir

ARTICLE = Path(__file__).resolve().parent.parent / "data" / "valid" / "imported-unreviewed.yaml"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty current folder (no ./articles)."""
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def write_config(text: str) -> Path:
    path = config_dir() / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def library_with_article(folder: Path) -> Path:
    folder.mkdir(parents=True)
    shutil.copy(ARTICLE, folder / "harbour.yaml")
    return folder


def test_bundled_samples_when_nothing_is_set(workdir: Path) -> None:
    library = default_library()
    assert library.path == bundled_articles() and not library.configured
    assert given_paths([]) == ([bundled_articles()], [])


def test_local_articles_beat_the_samples(workdir: Path) -> None:
    (workdir / "articles").mkdir()
    assert given_paths([]) == ([Path("articles")], [])


def test_config_beats_local_articles(workdir: Path, tmp_path: Path) -> None:
    (workdir / "articles").mkdir()
    mine = library_with_article(tmp_path / "mine")
    config = write_config(f'library = "{mine}"\n')
    library = default_library()
    assert library.path == mine and library.configured
    assert library.origin == f"`library` in {config}:1"
    assert given_paths([]) == ([mine], [])


def test_environment_beats_config(
    workdir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_config(f'library = "{tmp_path / "from-config"}"\n')
    monkeypatch.setenv("PRESSREADER_LIBRARY", str(tmp_path / "from-env"))
    library = default_library()
    assert library.path == tmp_path / "from-env" and library.origin == "PRESSREADER_LIBRARY"


def test_an_empty_environment_variable_counts_as_unset(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRESSREADER_LIBRARY", "")
    assert default_library().path == bundled_articles()


def test_a_path_given_beats_everything(
    workdir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRESSREADER_LIBRARY", str(tmp_path / "from-env"))
    assert given_paths(["given"]) == ([Path("given")], ["given"])


def test_tilde_is_expanded_in_both_settings(
    workdir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    write_config('library = "~/news"\n')
    assert default_library().path == tmp_path / "home" / "news"
    monkeypatch.setenv("PRESSREADER_LIBRARY", "~/other")
    assert default_library().path == tmp_path / "home" / "other"


def test_relative_paths(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In config.toml, relative to the folder of config.toml; in the variable, to the current
    folder (as a path on the command line)."""
    config = write_config('library = "news"\n')
    assert default_library().path == config.parent / "news"
    monkeypatch.setenv("PRESSREADER_LIBRARY", "here")
    assert default_library().path == Path("here")


def test_a_missing_configured_library_is_a_clear_error(
    workdir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "articles").mkdir()  # not a silent fall back to it
    config = write_config(f'\nlibrary = "{tmp_path / "gone"}"\n')
    paths, missing = given_paths([])
    assert paths == [tmp_path / "gone"]
    assert missing == [
        f"{tmp_path / 'gone'}: no such folder: the library set by `library` in {config}:2; "
        "create it (an import does), or change the setting"
    ]
    assert main(["index"]) == 2
    assert capsys.readouterr().err == f"pressreader: {missing[0]}\n"
    assert main(["search", "harbour"]) == 2
    assert not (tmp_path / "gone").exists()  # reading never creates it


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("library = 3\n", ":1: library must be the path of a folder, in quotes"),
        ('theme = "x"\nlibrary = ""\n', ":2: library must be the path of a folder"),
        ("library = [unclosed\n", ":1:12: "),
        ('library = "a\nb"\n', ":1:"),
    ],
)
def test_a_bad_setting_is_a_warning_with_its_line(
    workdir: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    (workdir / "articles").mkdir()
    config = write_config(text)
    library = default_library()
    assert library.path == Path("articles")  # the next step of the precedence
    (said,) = library.messages
    assert said.startswith(f"{config}{message}")
    assert main(["index", "--index", str(workdir / "index.db")]) == 0
    err = capsys.readouterr().err
    assert f"pressreader: warning: {config}{message}" in err and "Traceback" not in err


def test_search_and_index_use_the_configured_library(
    workdir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = library_with_article(tmp_path / "mine")
    write_config(f'library = "{mine}"\n')
    assert main(["search", "harbour"]) == 0
    assert f"{mine / 'harbour.yaml'}:13: " in capsys.readouterr().out


# -- where an import may write ---------------------------------------------------------------


def test_import_creates_the_configured_library(workdir: Path, tmp_path: Path) -> None:
    write_config(f'library = "{tmp_path / "new" / "library"}"\n')
    folder, messages = import_folder()
    assert folder == tmp_path / "new" / "library" and folder.is_dir() and messages == []


def test_import_writes_to_local_articles_else_to_the_data_folders_library(
    workdir: Path,
) -> None:
    """Nothing set up: the first import makes a library in the data folder, and reading
    without a path opens it from then on instead of the samples; ./articles comes first."""
    own = data_dir() / "articles"
    assert default_library().path == bundled_articles()
    assert not own.exists()
    assert import_folder() == (own, []) and own.is_dir()
    library = default_library()
    assert library.path == own and library.origin == "pressreader's data folder"
    assert given_paths([]) == ([own], [])
    (workdir / "articles").mkdir()
    assert import_folder() == (Path("articles"), [])
    assert default_library().path == Path("articles")


def test_import_with_nothing_set_up_works_and_reading_finds_it(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = workdir / "story.txt"
    source.write_text(
        "Harbour reopens\n\nThe harbour reopened on Monday, the mayor said.\n",
        encoding="utf-8",
    )
    assert main(["import", str(source)]) == 0
    written = data_dir() / "articles" / "harbour-reopens.yaml"
    assert written.is_file()
    capsys.readouterr()
    assert main(["index"]) == 0
    assert main(["search", "harbour"]) == 0
    assert str(written) in capsys.readouterr().out


def test_import_refuses_the_package_itself(workdir: Path) -> None:
    with pytest.raises(LibraryError, match="will not write inside the installed pressreader"):
        writable_folder(bundled_articles())
    with pytest.raises(LibraryError, match="will not write inside"):
        writable_folder(package_folder())


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_import_refuses_the_package_through_a_symbolic_link(
    workdir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a source checkout's `articles/`, which links to the bundled samples."""
    (workdir / "articles").symlink_to(bundled_articles(), target_is_directory=True)
    with pytest.raises(LibraryError, match="will not write inside the installed pressreader"):
        import_folder()
    link = tmp_path / "link"
    link.symlink_to(package_folder(), target_is_directory=True)
    monkeypatch.setenv("PRESSREADER_LIBRARY", str(link / "samples" / "new"))
    with pytest.raises(LibraryError, match="will not write inside"):
        import_folder()
    assert not (bundled_articles() / "new").exists()  # refused before creating anything
    with pytest.raises(LibraryError, match="will not write inside"):
        import_folder(link / "samples")


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_import_refuses_a_source_checkouts_package(workdir: Path, tmp_path: Path) -> None:
    """`pip install .` copies the package; the clone's `articles/` still links to its source's
    samples, which are not the installed package but must not be written either."""
    package = tmp_path / "clone" / "src" / "pressreader"
    (package / "samples").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (workdir / "articles").symlink_to(package / "samples", target_is_directory=True)
    with pytest.raises(LibraryError, match="will not write inside a copy of the pressreader"):
        import_folder()
    with pytest.raises(LibraryError, match="will not write inside a copy"):
        import_folder(package / "samples" / "new")
    assert not (package / "samples" / "new").exists()
    with pytest.raises(LibraryError, match=r"\(.*clone/src/pressreader\)"):
        writable_folder(package)
    # Not a package: a folder of that name without the module, or without the samples.
    without_module = tmp_path / "a" / "pressreader"
    (without_module / "samples").mkdir(parents=True)
    assert writable_folder(without_module) == without_module
    without_samples = tmp_path / "b" / "pressreader"
    without_samples.mkdir(parents=True)
    (without_samples / "__init__.py").write_text("", encoding="utf-8")
    assert writable_folder(without_samples) == without_samples


def test_the_import_command_refuses_a_checkouts_samples(
    workdir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = tmp_path / "clone" / "src" / "pressreader"
    (package / "samples").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (workdir / "articles").symlink_to(package / "samples", target_is_directory=True)
    source = tmp_path / "story.txt"
    source.write_text("Harbour reopens\n\nThe harbour reopened on Monday.\n", encoding="utf-8")
    assert main(["import", str(source)]) == 2  # the destination, as a bad -o is
    assert "will not write inside a copy of the pressreader package" in capsys.readouterr().err
    assert list((package / "samples").iterdir()) == []


def test_import_to_an_explicit_folder(workdir: Path, tmp_path: Path) -> None:
    assert import_folder(tmp_path / "out") == (tmp_path / "out", [])
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(LibraryError, match="not a folder"):
        writable_folder(tmp_path / "file", create=True)
    with pytest.raises(LibraryError, match="no such folder"):
        writable_folder(tmp_path / "absent")
