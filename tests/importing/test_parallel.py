"""A folder imported by worker processes gives what one process gives: the same files, the
same lines in the same order, the same exit status; and the progress line of a terminal."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from pressreader.cli import main

PAGE = (Path(__file__).parent / "pages" / "harbour.html").read_bytes()


def sources(folder: Path) -> Path:
    """A folder of sources of every kind, with the cases decided across sources: a text given
    twice, two articles of one title, sources that fail."""
    folder.mkdir()
    (folder / "a.txt").write_text("Harbour reopens\n\nBy Ann Lee\n\nShips came.\n", "utf-8")
    (folder / "b.md").write_text(
        "---\ntitle: Notes\npublished: someday\ntags: {a: 1}\n---\nFirst.\n\nSecond.\n", "utf-8"
    )
    (folder / "c.html").write_bytes(PAGE)
    (folder / "d-again.txt").write_text("Harbour reopens\n\nBy Ann Lee\n\nShips came.\n", "utf-8")
    (folder / "e-same-title.txt").write_text("Harbour reopens\n\nOther words.\n", "utf-8")
    (folder / "f-disguised.txt").write_bytes(b"%PDF-1.7\n")
    (folder / "g-latin.txt").write_bytes(b"Caf\xe9\n\nx\n")
    (folder / "h-empty.md").write_text("\n", "utf-8")
    deep = folder / "deep"
    deep.mkdir()
    for index in range(6):
        (deep / f"n{index}.txt").write_text(f"Note {index}\n\nText {index}.\n", "utf-8")
    return folder


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["import", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_parallel_equals_serial(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = sources(tmp_path / "in")
    runs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        status, _, err = run(capsys, str(folder), "-o", str(out), "-j", jobs, "--verbose")
        files = {path.name: path.read_text("utf-8") for path in sorted(out.iterdir())}
        runs[jobs] = (status, err.replace(str(out), "OUT"), files)
    assert runs["1"] == runs["2"]
    status, err, files = runs["1"]
    assert status == 1
    assert "d-again.txt: error: the same text was imported a moment ago" in err
    assert "warning" in err  # the front matter's
    assert {"harbour-reopens.yaml", "harbour-reopens-2.yaml", "notes.yaml"} <= set(files)
    assert len(files) == 10
    # To standard output, the same stream.
    streams = [run(capsys, str(folder), "-o", "-", "-j", jobs) for jobs in ("1", "2")]
    assert streams[0] == streams[1]
    assert streams[0][1].count("\n---\n") == 10  # no refusal of a text twice on stdout


def test_standard_input_among_files_in_parallel(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = sources(tmp_path / "in")
    stdin = b"From the pipe\n\nPiped text.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    args = (str(folder / "a.txt"), "-", str(folder / "c.html"), "--from", "text", "-o", "-")
    status, out, err = run(capsys, *args, "-j", "2")
    assert status == 0, err
    assert 'title: "From the pipe"' in out
    assert out.index("From the pipe") > out.index("Harbour reopens")
    assert "c.html" in out  # --from text applies to the page too: read as text


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_line_only_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for index in range(2):
        (folder / f"t{index}.txt").write_text(f"T{index}\x07\n\nText \x1b[2J.\n", "utf-8")
    # Refused (a PDF), its name escaped in the error line.
    (folder / "evil\x1b[2J.txt").write_text("%PDF-1.7\n", "utf-8")
    status, _, err = run(capsys, str(folder), "-o", str(tmp_path / "plain"))
    assert status == 1 and "\r" not in err and "importing" not in err
    screen = Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    status = main(["import", str(folder), "-o", str(tmp_path / "tty")])
    shown = screen.getvalue()
    assert status == 1
    assert "\rimporting 0 of 3\r" in shown
    assert "\rimporting 3 of 3\r" in shown
    assert shown.endswith("\r" + " " * len("importing 3 of 3") + "\r")  # erased at the end
    assert "\x1b" not in shown and "\x07" not in shown
    lines = [line for line in shown.split("\n") if line]
    assert all(line.lstrip("\r ").startswith((str(folder), "importing")) for line in lines)
    assert "evil\\x1b[2J.txt: error:" in shown


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_jobs_must_be_a_positive_number(capsys: pytest.CaptureFixture[str], value: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["import", "a.txt", "-j", value])
    assert exit_info.value.code == 2


def test_ctrl_c_during_a_parallel_import_prints_no_traceback(tmp_path: Path) -> None:
    # Ctrl+C reaches every process of the terminal's foreground group: a worker waiting
    # for work (the others done, one long source left) printed a KeyboardInterrupt
    # traceback.
    import os
    import signal
    import subprocess

    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(4):
        (folder / f"a{n}.txt").write_text(f"Story {n}\n\nShort text.\n", encoding="utf-8")
    body = " ".join(f'"we said so {i}," Ann Lee said.' for i in range(60_000))
    (folder / "z.txt").write_text(f"Long story\n\n{body}\n", encoding="utf-8")
    command = [sys.executable, "-m", "pressreader", "import", str(folder), "-j", "2"]
    # Ctrl+C at its default, as in a terminal's foreground job, whatever this test inherited:
    # a test run started in the background (`cmd &`) has it ignored, and so would the import.
    default_ctrl_c = (
        "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
        "os.execv(sys.executable, sys.argv[1:])"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", default_ctrl_c, *command, "-o", str(tmp_path / "out/")],
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # a process group of its own, as a terminal's job is
    )
    assert process.stderr is not None
    for _ in range(4):  # the short ones written: one worker is idle, one on the long one
        assert "imported as" in process.stderr.readline()
    os.killpg(process.pid, signal.SIGINT)
    rest = process.stderr.read()
    assert process.wait(timeout=60) == 130
    assert "Traceback" not in rest and "KeyboardInterrupt" not in rest
    assert not (tmp_path / "out" / "long-story.yaml").exists()
