"""`pressreader import`: where articles go, what is refused, exit statuses; in-process, and
once as a process (no traceback)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pressreader.cli import main
from pressreader.format.loader import load_file, load_text
from pressreader.format.provenance import source_sha256
from pressreader.importing.output import file_stem, write_atomic
from pressreader.placing import TakenError

TEXT = "Harbour reopens\n\nBy Ann Lee\n\nThe harbour opened on Monday.\n\nShips\n\nMany came.\n"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["import", *args])
    out, err = capsys.readouterr()
    return status, out, err


def strict(path: Path) -> None:
    result = load_file(path)
    assert result.problems == []
    assert result.articles


def test_one_file_to_a_named_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "harbour.txt"
    source.write_text(TEXT, encoding="utf-8")
    target = tmp_path / "out.yaml"
    status, _, err = run(capsys, str(source), "-o", str(target), "--outlet", "Port News")
    assert status == 0, err
    strict(target)
    article = load_file(target).articles[0]
    assert article.title == "Harbour reopens"
    assert article.authors == ["Ann Lee"]
    assert article.outlet == "Port News"
    assert [section.heading for section in article.sections] == [None, "Ships"]
    assert article.imported is not None
    assert article.imported.source == str(source)
    assert article.imported.sha256 == source_sha256(TEXT)
    assert article.quotes == [] and article.statistics == []
    assert "imported as" in err
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".tmp")]


def test_never_overwrites_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    target = tmp_path / "out.yaml"
    target.write_text("keep me", encoding="utf-8")
    status, _, err = run(capsys, str(source), "-o", str(target))
    assert status == 1
    assert f"{source}: error: " in err and "--force" in err
    assert target.read_text(encoding="utf-8") == "keep me"
    status, _, _ = run(capsys, str(source), "-o", str(target), "--force")
    assert status == 0
    strict(target)


def test_the_library_by_title_and_a_second_import_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    library = tmp_path / "library"
    monkeypatch.setenv("PRESSREADER_LIBRARY", str(library))
    one = tmp_path / "one.txt"
    one.write_text(TEXT, encoding="utf-8")
    two = tmp_path / "two.md"
    two.write_text("# Harbour reopens\n\nAnother *text*.\n", encoding="utf-8")
    status, _, err = run(capsys, str(one), str(two))
    assert status == 0, err
    assert sorted(os.listdir(library)) == ["harbour-reopens-2.yaml", "harbour-reopens.yaml"]
    for name in os.listdir(library):
        strict(library / name)
    # The same text again (under another name, with CRLF line endings) is noticed.
    again = tmp_path / "again.txt"
    again.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))
    status, _, err = run(capsys, str(again))
    assert status == 1
    assert "already imported, as" in err and "harbour-reopens.yaml" in err
    status, _, _ = run(capsys, "--force", str(again))
    assert status == 0
    assert len(os.listdir(library)) == 2  # re-imported over its earlier copy


def test_a_folder_and_several_sources_to_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    (folder / "deep").mkdir(parents=True)
    (folder / "a.txt").write_text("First\n\nOne.\n", encoding="utf-8")
    (folder / "deep" / "b.md").write_text("# Second\n\nTwo.\n", encoding="utf-8")
    (folder / "c.yaml").write_text("not a source", encoding="utf-8")
    (folder / ".hidden.txt").write_text("Hidden\n\nNo.\n", encoding="utf-8")
    status, out, err = run(capsys, str(folder), "-o", "-")
    assert status == 0, err
    result = load_text(out, Path("stream.yaml"))
    assert result.problems == []
    assert [article.title for article in result.articles] == ["First", "Second"]


def test_a_folder_to_an_output_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("First\n\nOne.\n", encoding="utf-8")
    status, _, _ = run(capsys, str(folder), "-o", str(tmp_path / "out"))
    assert status == 0
    strict(tmp_path / "out" / "first.yaml")


def test_standard_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbfT\n\nBody.\n")))
    status, out, _ = run(capsys, "-", "--from", "text", "-o", "-", "--author", "A", "--author", "B")
    assert status == 0
    article = load_text(out, Path("x")).articles[0]
    assert (article.title, article.authors) == ("T", ["A", "B"])
    assert article.imported is not None and article.imported.source == "-"
    status, _, err = run(capsys, "-", "-o", "-")
    assert status == 1 and "--from" in err


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("page.html", b"<html><body>x</body></html>", "no article text found in the page"),
        ("page.txt", b"<!DOCTYPE html><html>", "no article text found in the page"),
        # By suffix or by the first bytes, said one way: what is read includes web pages.
        ("doc.pdf", b"%PDF-1.7", "PDF file is not supported; expected text, Markdown or HTML"),
        (
            "disguised.txt",
            b"%PDF-1.7\n",
            "PDF file is not supported; expected text, Markdown or HTML",
        ),
        ("report.docx", b"PK\x03\x04", "Word file is not supported"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n", "image (PNG) is not supported"),
        ("latin.txt", b"Caf\xe9\n\nx\n", "1:4: the text is not UTF-8"),
        # The column counts characters, as the loader's and config.toml's do: `é`, `à` and
        # `北` before the bad byte are one column each, not two or three.
        (
            "mixed.txt",
            "Title\n\nCafé déjà 北 ".encode() + b"\xff\x81\xfe\x80 x\n",
            "3:13: the text is not UTF-8 (byte 0xff)",
        ),
        ("wide.txt", "T\n\nx\n".encode("utf-16"), "UTF-16"),
        ("empty.txt", b"\n \n", "no text to import"),
        ("title.txt", b"Only a title\n", "nothing but a title"),
        # Bytes of a short Chinese text in GBK: the example is not only Latin-1, which would
        # turn them into other letters without an error.
        ("gbk.txt", "标题\n\n你好。\n".encode("gbk"), "-f GBK for Chinese"),
        ("binary.txt", b"Title\n\nBody\x00\x01\x02\n", "the file holds NUL bytes (0x00)"),
        # An article file is not read as text (its YAML lines became paragraphs).
        ("article.yaml", b"format: 1\ntitle: T\nsections: []\n", "is an article already"),
        ("article.YML", b"format: 1\n", "is an article already"),
    ],
)
def test_what_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes, message: str
) -> None:
    source = tmp_path / name
    source.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text("Good\n\nText.\n", encoding="utf-8")
    status, _, err = run(capsys, str(source), str(good), "-o", str(tmp_path / "out"))
    assert status == 1
    assert f"{source}: error: " in err and message in err
    strict(tmp_path / "out" / "good.yaml")  # the other source is imported


@pytest.mark.parametrize(
    "args",
    [
        ["a.txt", "--published", "2022-13-01"],
        ["a.txt", "--language", "English"],
        ["a.txt", "--from", "pdf"],
        ["-", "-", "--from", "text"],
        [],
    ],
)
def test_usage_errors(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    try:
        status = main(["import", *args])
    except SystemExit as exit_info:  # argparse's own usage errors
        status = int(str(exit_info.code))
    assert status == 2
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("title", ["", " \t\x1b "])
def test_a_title_flag_with_nothing_to_show_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], title: str
) -> None:
    # It would make an article without a title: said as the flag's fault (status 2), not
    # as "the source is empty" of a source that is not.
    source = tmp_path / "harbour.txt"
    source.write_text(TEXT, encoding="utf-8")
    status, out, err = run(capsys, str(source), "--title", title, "-o", "-")
    assert (status, out) == (2, "")
    assert "pressreader import: error: --title:" in err and "source is empty" not in err


@pytest.mark.parametrize("through_a_link", [False, True])
def test_the_source_itself_is_never_the_output_even_with_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], through_a_link: bool
) -> None:
    source = tmp_path / "story.md"
    source.write_text(TEXT, encoding="utf-8")
    output = source
    if through_a_link:
        output = tmp_path / "story.yaml"
        output.symlink_to(source.name)
    status, _, err = run(capsys, str(source), "-o", str(output), "--force")
    assert status == 2 and "the source itself" in err
    assert source.read_text(encoding="utf-8") == TEXT  # the text is not replaced by YAML


def test_never_into_the_installed_package(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pressreader.paths import bundled_articles

    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    status, _, err = run(capsys, str(source), "-o", str(bundled_articles()))
    assert status == 2
    assert "installed pressreader package" in err


def test_atomic_write_refuses_a_taken_name(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    write_atomic(target, "one", overwrite=False)
    with pytest.raises(TakenError):
        write_atomic(target, "two", overwrite=False)
    assert target.read_text(encoding="utf-8") == "one"
    write_atomic(target, "three", overwrite=True)
    assert target.read_text(encoding="utf-8") == "three"
    assert os.listdir(tmp_path) == ["a.yaml"]


def test_file_names() -> None:
    assert file_stem("Harbour reopens: at last!") == "harbour-reopens-at-last"
    assert file_stem("对外开放 新篇章") == "对外开放-新篇章"
    assert file_stem("!!!") == "article"
    assert len(file_stem("word " * 100)) <= 80


def test_as_a_process_no_traceback(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    pdf = tmp_path / "b.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}

    def process(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pressreader", "import", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=60,
        )

    done = process(str(source), str(pdf), "-o", str(tmp_path / "out"))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert f"{pdf}: error: a PDF file is not supported" in done.stderr
    check = subprocess.run(
        [sys.executable, "-m", "pressreader", "check", "--strict", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.returncode == 0, check.stdout
    done = process(str(source), "--published", "soon")
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_verbose_says_what_was_found_and_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.txt"
    source.write_text(
        "Title\n\nShare | Tweet\n\nOriginal title: \x1b[31mTitle\n\nBy Ann Lee\n\nText.\n",
        encoding="utf-8",
    )
    status, out, err = run(capsys, str(source), "-o", "-", "--verbose")
    assert status == 0
    assert f"{source}:3: note: left out as debris: 'Share | Tweet'" in err
    assert f"{source}:5: note: left out as debris: 'Original title: Title'" in err
    assert "byline: Ann Lee" in err
    assert "\x1b" not in err and "\x1b" not in out
    quiet = run(capsys, str(source), "-o", "-")[2]
    assert "note:" not in quiet
    assert run(capsys, str(source), "-o", "-", "-v")[2] == err  # the short spelling


def test_a_written_article_has_the_umask_mode_and_a_replaced_one_keeps_its_own(
    tmp_path: Path,
) -> None:
    # mkstemp makes 0600 files: an imported article must be as readable as any file made.
    import os
    import stat

    old = os.umask(0o022)
    try:
        target = tmp_path / "a.yaml"
        write_atomic(target, "one", overwrite=False)
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
        target.chmod(0o640)
        write_atomic(target, "two", overwrite=True)
        assert stat.S_IMODE(target.stat().st_mode) == 0o640
        assert target.read_text(encoding="utf-8") == "two"
    finally:
        os.umask(old)


_ENTRY = """
import atexit, sys
atexit.register(lambda: sys.stderr.write("teardown\\n"))
sys.argv = ["pressreader", *sys.argv[1:]]
from pressreader.cli import entry
entry()
"""


def test_an_import_ends_without_the_interpreters_teardown_once_all_is_written(
    tmp_path: Path,
) -> None:
    # The teardown frees the draft and every module one by one (30-40 ms of a large
    # import); the process ends once its files are written and its output flushed.
    source = tmp_path / "story.txt"
    source.write_text("A title\n\nOne paragraph, said Jane Roe.\n", encoding="utf-8")
    out = tmp_path / "story.yaml"
    done = subprocess.run(
        [sys.executable, "-c", _ENTRY, "import", str(source), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "teardown" not in done.stderr
    assert load_file(out).problems == []
    to_stdout = subprocess.run(
        [sys.executable, "-c", _ENTRY, "import", str(source), "-o", "-"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert to_stdout.returncode == 0 and "teardown" not in to_stdout.stderr
    assert to_stdout.stdout == out.read_text(encoding="utf-8")
    refused = subprocess.run(
        [sys.executable, "-c", _ENTRY, "import", str(source), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert refused.returncode == 1 and "teardown" not in refused.stderr
    # A command that is not a search or an import exits as usual.
    checked = subprocess.run(
        [sys.executable, "-c", _ENTRY, "check", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0 and "teardown" in checked.stderr


def test_annotations_past_the_files_value_limit_are_left_out_and_the_reason_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A paragraph of tens of thousands of quotes passes the number of values a file of its
    # size may hold; a lower floor makes a short text do the same.
    from pressreader.format import safe_yaml

    monkeypatch.setattr(safe_yaml, "EVENTS_FLOOR", 200)
    body = " ".join(f"“We will build bridge {i},” said Ann Lee." for i in range(60))
    source = tmp_path / "many.txt"
    source.write_text(f"Bridges\n\n{body}\n", encoding="utf-8")
    target = tmp_path / "out.yaml"
    status, _, err = run(capsys, str(source), "-o", str(target))
    assert status == 0, err
    assert "warning: the annotations found would not pass `check --strict` (error: " in err
    assert "YAML values" in err and "the article is written with the first " in err
    assert "(up to paragraph 1 of 1), the rest left out" in err
    loaded = load_file(target)
    assert loaded.problems == []
    article = loaded.articles[0]
    assert 0 < len(article.quotes) < 60 and article.sections[0].paragraphs == [body]
    assert [quote.text for quote in article.quotes] == [
        f"We will build bridge {i}," for i in range(len(article.quotes))
    ]


@pytest.mark.skipif(os.name != "posix", reason="/dev/null")
def test_an_import_to_dev_null_writes_into_it_and_leaves_the_device(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    before = os.stat("/dev/null")
    for flags in ([], ["--force"]):
        status, _, err = run(capsys, str(source), "-o", "/dev/null", *flags)
        assert status == 0, err
    after = os.stat("/dev/null")
    assert (after.st_mode, after.st_ino, after.st_rdev) == (
        before.st_mode,
        before.st_ino,
        before.st_rdev,
    )


def test_a_source_name_with_control_characters_is_recorded_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A name is not text the importer may clean: it is written as the terminal shows it, so
    # the article passes `check --strict` instead of the whole import being refused.
    source = tmp_path / "evil\x1bname\u202e.txt"
    source.write_text(TEXT, encoding="utf-8")
    target = tmp_path / "out.yaml"
    status, _, err = run(capsys, str(source), "-o", str(target))
    assert status == 0, err
    strict(target)
    imported = load_file(target).articles[0].imported
    assert imported is not None
    assert imported.source == str(tmp_path / "evil\\x1bname\\u202e.txt")


def test_the_import_loads_its_modules_with_the_cycle_collector_paused(tmp_path: Path) -> None:
    # No collection runs while the import's modules load; the collector is on again after
    # (each source is prepared with it paused, then resumed), or left off if it was off.
    source = tmp_path / "a.txt"
    source.write_text("A title\n\nHe said it went well.\n", encoding="utf-8")
    probe = (
        "import gc, sys\n"
        "collections = []\n"
        "gc.callbacks.append(lambda phase, info: collections.append(phase))\n"
        "from pressreader import cli\n"
        "before = len(collections)\n"
        "cli._command_module('import')\n"
        "print(len(collections) - before, gc.isenabled())\n"
        "gc.disable()\n"
        "cli._command_module('import')\n"
        "print(gc.isenabled())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["0", "True", "False"]
    # and the import itself still runs
    assert main(["import", str(source), "-o", str(tmp_path / "a.yaml")]) == 0
