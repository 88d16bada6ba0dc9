"""Every output of the commands follows one escaping rule: no control character, C1 control,
bidirectional control or lone surrogate is written raw, to stdout or stderr, in text or JSON;
JSON still holds the true strings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pressreader.cli import main
from tests.terminal_safety import raw_controls

# Text an attacker would put in an article: C1 CSI/ST/OSC, embeddings, overrides, isolates,
# the directional marks and a line separator.
HOSTILE = (
    "\x9b2J \x9c \x9d \u202a \u202b \u202c \u202d \u202e "
    "\u2066 \u2067 \u2068 \u2069 \u200e \u200f \u061c \u2028"
)


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "lib"
    folder.mkdir()
    text = json.dumps(f"The railway {HOSTILE} reached the port.")
    (folder / "evil.yaml").write_text(
        f"title: {json.dumps('Evil ' + HOSTILE)}\n"
        f"{json.dumps('key ' + HOSTILE)}: 1\n"
        f"sections:\n  - heading: {json.dumps('Head ' + HOSTILE)}\n"
        f"    paragraphs: [{text}]\n",
        encoding="utf-8",
    )
    return folder


def _main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        status = main(list(args))
    except SystemExit as exit:  # argparse's errors
        status = int(exit.code or 0)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_search_json_escapes_c1_and_bidi_controls(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _main(capsys, "search", "--json", "railway", str(library))
    assert status == 0, err
    assert raw_controls(out) == [] and raw_controls(err) == []
    # The JSON holds the true text: a script reading it gets the characters back.
    (hit,) = json.loads(out)["hits"]
    # (The snippet folds white space, the line separator included.)
    assert HOSTILE.removesuffix(" \u2028") in hit["snippet"]
    start, end = hit["matches"][0]
    assert hit["snippet"][start:end] == "railway"


def test_search_text_escapes_every_bidi_control(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _main(capsys, "search", "railway", str(library))
    assert status == 0, err
    assert raw_controls(out + err) == []
    assert "\\x9b2J" in out and "\\u202e" in out and "\\u200f" in out and "\\u061c" in out


def test_check_json_escapes_every_bidi_control(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _main(capsys, "check", "--format", "json", str(library))
    assert status == 0, err
    assert raw_controls(out + err) == []
    messages = [problem["message"] for problem in json.loads(out)["problems"]]
    assert any("unknown key" in message for message in messages)


@pytest.mark.parametrize(
    "args",
    [
        ["check", "lib", "--bogus", "evil\x1b]2;pwned\x07\u202e.yaml"],  # unrecognized
        ["search", "--json", "x", "--what\x9b\u200f"],
        ["check", "--format", "\x1b[2J", "lib"],  # invalid choice
        ["search", "--limit", "9\x1b]2;t\x07", "x"],  # invalid int
        ["index", "--max-bytes", "1\x1b]2;t\x07K", "lib"],  # a size it cannot read
        ["\x1b]2;t\x07", "--no-such-option"],  # the reader's arguments
        ["search"],  # a missing argument: nothing hostile, but the same path
    ],
)
def test_argument_errors_are_escaped(
    args: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, err = _main(capsys, *args)
    assert status == 2
    assert "error:" in err and "usage:" in err
    assert raw_controls(out + err) == []


def test_argument_errors_show_a_hostile_name_escaped(capsys: pytest.CaptureFixture[str]) -> None:
    _status, _out, err = _main(capsys, "check", "lib", "--bogus", "a\x1b]2;pwned\x07b")
    assert "unrecognized arguments: --bogus a\\x1b]2;pwned\\x07b" in err


def test_undecodable_file_names_in_argument_errors(tmp_path: Path) -> None:
    # Bytes that are not UTF-8 reach Python as surrogate escapes: shown as \xNN, never raw.
    name = os.fsencode(tmp_path) + b"/n\xff\x9b.yaml"
    status, _out, err = _run_bytes("check", "x", "--bogus", name)
    assert status == 2
    assert raw_controls(err) == []
    assert "n\\xff\\x9b.yaml" in err


def _run_bytes(*args: str | bytes | Path) -> tuple[int, str, str]:
    result = subprocess.run(
        [sys.executable, "-m", "pressreader", *args],
        capture_output=True,
        # Python writes undecodable names raw with surrogateescape: the worst case for us.
        env={**os.environ, "PYTHONIOENCODING": "utf-8:surrogateescape"},
        check=False,
        timeout=60,
    )
    # Decoded strictly: no undecodable byte was written.
    return result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")


def test_undecodable_names_in_index_and_missing_path_messages(
    library: Path, tmp_path: Path
) -> None:
    target = os.fsencode(tmp_path) + b"/i\xff.sqlite"
    status, out, err = _run_bytes("index", "--index", target, library)
    assert status == 0 and "Traceback" not in err
    assert raw_controls(out + err) == []
    assert "i\\xff.sqlite" in out
    status, out, err = _run_bytes("search", "x", os.fsencode(library) + b"/gone\xfe\x1b")
    assert status == 2 and raw_controls(out + err) == []
    assert "gone\\xfe\\x1b: no such file or folder" in err


def test_the_section_a_quote_stands_in_is_named_without_its_control_characters() -> None:
    # Found by the spliced-text property test: the hint named the other section's id raw.
    from pressreader.format.loader import load_bytes

    text = (
        "title: Quote in another section\nsections:\n  - id: lead\n    paragraphs: [The lead.]\n"
        '  - id: "\\x1flater"\n    paragraphs: [We will keep going.]\n'
        "quotes:\n  - speaker: Somebody\n    section: lead\n    text: keep going\n"
    )
    result = load_bytes(text.encode("utf-8"), "quote.yaml")
    (message,) = [p.message for p in result.problems if "stands in section" in p.message]
    assert "\x1f" not in message
    assert "later" in message
