"""`pressreader check`: output format, exit status, JSON, escaping, in-process and as a process."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pressreader.cli import main
from pressreader.text.sanitize import has_controls

DATA = Path(__file__).resolve().parent.parent / "data"
VALID = DATA / "valid"
INVALID = DATA / "invalid"
PROBLEM_LINE = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+)(?::(?P<column>\d+))?: (error|warning): .+$"
)
SUMMARY = re.compile(r"^\d+ articles? in \d+ files?: \d+ errors?, \d+ warnings?( \(.*\))?$")


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "pressreader", "check", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="surrogateescape",
        cwd=cwd,
        env=env,
        timeout=60,
    )


def check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["check", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_valid_corpus_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = check(capsys, str(VALID))
    files = len(list(VALID.glob("*.yaml")))
    assert status == 0, out
    assert out.splitlines()[-1].startswith(f"{files + 4} articles in {files} files: 0 errors")
    assert SUMMARY.match(out.splitlines()[-1])


def test_errors_exit_1_with_compiler_style_lines(capsys: pytest.CaptureFixture[str]) -> None:
    path = INVALID / "quote-not-found.yaml"
    status, out, _ = check(capsys, str(path))
    assert status == 1
    lines = out.splitlines()
    assert lines[0].startswith(f"{path}:8:11: error: quote 1 `text`: 'We will never give up'")
    assert lines[-1] == "0 articles in 1 file: 1 error, 0 warnings"


def test_warnings_pass_unless_strict(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(INVALID / "unknown-keys.yaml")
    status, out, _ = check(capsys, path)
    assert status == 0
    assert out.splitlines()[-1] == "1 article in 1 file: 0 errors, 2 warnings"
    status, out, _ = check(capsys, "--strict", path)
    assert status == 1
    assert "(--strict: warnings count as errors)" in out.splitlines()[-1]


def test_missing_path_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, err = check(capsys, str(VALID), str(tmp_path / "missing"))
    assert status == 2
    assert out == ""
    assert "missing: no such file or folder" in err


def test_every_output_line_has_the_format(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = check(capsys, str(INVALID))
    assert status == 1
    *problems, summary = out.splitlines()
    assert SUMMARY.match(summary)
    assert len(problems) >= 40
    for line in problems:
        assert PROBLEM_LINE.match(line), line
        assert not has_controls(line)


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    path = INVALID / "statistic-not-found.yaml"
    status, out, _ = check(capsys, "--format", "json", str(path))
    assert status == 1
    report = json.loads(out)
    assert report["files"] == 1 and report["errors"] == 2 and report["ok"] is False
    first = report["problems"][0]
    assert first["path"] == str(path)
    assert (first["line"], first["column"], first["severity"]) == (8, 11, "error")
    assert "not found in the article text" in first["message"]


def test_json_holds_no_raw_control_character(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = check(capsys, "--format", "json", str(INVALID / "control-characters.yaml"))
    assert status == 0
    assert not has_controls(out.replace("\n", ""))
    report = json.loads(out)
    assert report["warnings"] == 2


def test_max_bytes_option(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = check(capsys, "--max-bytes", "100", str(VALID / "complete.yaml"))
    assert status == 1
    assert "larger than the limit of 100 bytes" in out


def test_control_characters_in_text_and_file_names_are_escaped(tmp_path: Path) -> None:
    evil = tmp_path / "evil\x1b[2J.yaml"
    evil.write_bytes(
        b'title: \x1b]0;owned\x07Title\nsections: [{paragraphs: ["\\e[31m"]}]\n'
        b'quotes: [{speaker: "\\x9b1m", text: "\\e[5m not there"}]\n'
    )
    result = run(str(tmp_path))
    assert result.returncode == 1
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert not has_controls(result.stdout + result.stderr)
    assert "evil\\x1b[2J.yaml:1:8: warning:" in result.stdout
    assert "\\x1b]0;owned\\x07Title" in result.stdout
    assert "not found in the article text" in result.stdout
    assert "Traceback" not in result.stderr


def test_subprocess_exit_codes_and_no_traceback(tmp_path: Path) -> None:
    assert run(str(VALID)).returncode == 0
    bad = run(str(INVALID))
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert run(str(tmp_path / "nothing-here")).returncode == 2
    usage = run()  # no PATH at all
    assert usage.returncode == 2 and "Traceback" not in usage.stderr


def test_empty_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, err = check(capsys, str(tmp_path))
    assert status == 0
    assert out.strip() == "0 articles in 0 files: 0 errors, 0 warnings"
    assert "no *.yaml or *.yml files found" in err


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="needs byte file names")
def test_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/bad\xff.yaml"
    with open(name, "wb") as stream:
        stream.write(b"title: [x]\nsections: [{paragraphs: [a]}]\n")
    text = run(str(tmp_path))
    assert text.returncode == 1 and "Traceback" not in text.stderr
    assert "bad\\xff.yaml:1:8: error:" in text.stdout
    as_json = run("--format", "json", str(tmp_path))
    assert as_json.returncode == 1
    assert json.loads(as_json.stdout)["problems"][0]["path"].endswith("bad\udcff.yaml")
