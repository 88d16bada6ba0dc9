"""A settings file cannot stop the reader: whatever `config.toml` is, reading it ends
promptly with the defaults and a bounded report, never an exception or a wait."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pressreader.tui.config import MAX_CONFIG_BYTES, MAX_REPORTED, load_config, parse_config


def test_deeply_nested_arrays_are_a_message_not_a_recursion_error(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('theme = "nord"\nx = ' + "[" * 1000 + "]" * 1000 + "\n", encoding="utf-8")
    config = load_config(path)
    assert config.theme is None and config.keymap == {}  # the defaults
    (error,) = config.errors
    assert error.startswith(f"{path}: ") and "nested too deeply" in error


def test_deeply_nested_tables_too() -> None:
    config = parse_config("x = " + "{a = " * 1000 + "1" + "}" * 1000 + "\n", Path("c.toml"))
    assert len(config.errors) == 1 and "nested too deeply" in config.errors[0]


def test_a_number_too_long_to_read_is_a_message() -> None:
    config = parse_config("text_width = " + "9" * 5000 + "\n", Path("c.toml"))
    assert config.text_width == 88
    assert len(config.errors) == 1 and config.errors[0].startswith("c.toml: ")


def _load_in_child(path: Path) -> str:
    """`load_config(path)` in a child process, whose output is returned: reading a FIFO
    nobody writes to, or /dev/zero, would otherwise block or fill this process."""
    code = (
        "import resource, sys; from pathlib import Path\n"
        "resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))\n"
        "from pressreader.tui.config import load_config\n"
        "config = load_config(Path(sys.argv[1]))\n"
        "print(config.theme, config.errors)\n"
    )
    try:
        result = subprocess.run(
            [sys.executable, "-c", code, str(path)],
            capture_output=True,
            text=True,
            timeout=60,  # generous: only a hang reaches it
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"reading {path} as config.toml hung")
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("kind", ["fifo", "folder", "device"])
def test_a_file_that_is_not_regular_is_refused_unread(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "config.toml"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    else:
        path.symlink_to("/dev/zero")  # endless
    shown = _load_in_child(path)
    assert shown.startswith("None [") and "not a regular file" in shown
    assert shown.count(str(path)) == 1  # one message


def test_a_file_over_the_size_cap_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('theme = "nord"\n' + "#" * MAX_CONFIG_BYTES + "\n", encoding="utf-8")
    config = load_config(path)
    assert config.theme is None
    (error,) = config.errors
    assert "larger than" in error


def test_unknown_keys_are_reported_in_bounded_form(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    lines = [f'unknown_{number} = "x"' for number in range(20_000)]
    path.write_text('theme = "nord"\n' + "\n".join(lines) + "\n", encoding="utf-8")
    assert path.stat().st_size < MAX_CONFIG_BYTES
    config = load_config(path)
    assert config.theme == "nord"  # the known settings still apply
    (error,) = config.errors
    assert "'unknown_0', 'unknown_1', 'unknown_2'" in error
    assert "and 19,997 more" in error
    assert len(error) < 300


def test_every_other_mistake_is_reported_in_bounded_form() -> None:
    entries = "\n".join(f'"app.x{number}" = {number}' for number in range(5_000))
    config = parse_config(f"text_width = 1\n[keymap]\n{entries}\n", Path("c.toml"))
    assert len(config.errors) == MAX_REPORTED + 1
    assert config.errors[-1] == f"c.toml: … and {5_001 - MAX_REPORTED:,} more mistakes"


def test_a_bad_library_setting_is_shown_in_the_reader_with_its_line() -> None:
    config = parse_config('theme = "nord"\nlibrary = 42\n', Path("c.toml"))
    assert config.theme == "nord"  # the rest applies
    assert config.errors == [
        'c.toml:2: library must be the path of a folder, in quotes (library = "~/news"); '
        "the setting is not used"
    ]
    assert parse_config('library = "~/news"\n', Path("c.toml")).errors == []


def test_each_mistake_names_its_line() -> None:
    # As every other message about a file: `path:line: message`, so it can be found at once.
    text = (
        'theme = 7\ntext_width = 5\nbogus = true\n\n[keymap]\n"article.top" = "ctrl+nothing"\n'
        '"no.such" = "x"\n"article.find" = 7\n'
    )
    errors = parse_config(text, Path("c.toml")).errors
    assert errors[0].startswith("c.toml:3: unknown setting 'bogus'")
    assert errors[1].startswith("c.toml:1: theme must be")
    assert errors[2].startswith("c.toml:2: text_width must be")
    assert errors[3].startswith("c.toml:6: keymap.article.top: 'ctrl+nothing'")
    assert errors[4].startswith("c.toml:7: keymap: unknown binding id 'no.such'")
    assert errors[5] == "c.toml: … and 1 more mistake"


def test_an_unknown_theme_is_said_with_the_file_and_line() -> None:
    from pressreader.tui.app import PressReaderApp

    config = parse_config('text_width = 80\ntheme = "nope"\n', Path("c.toml"))
    PressReaderApp([], config=config, use_user_config=False)
    assert config.errors == [
        "c.toml:2: unknown theme 'nope' (ctrl+p, \"Change theme\", lists them)"
    ]


def test_a_file_not_in_utf8_names_the_line_and_column_of_the_byte(tmp_path: Path) -> None:
    # As every other mistake is said (file:line:column), not as Python's codec message
    # with a byte offset ("'utf-8' codec can't decode byte 0xff in position 31").
    path = tmp_path / "config.toml"
    path.write_bytes(b'theme = "nord"\ntext_width = 60\xff\n')
    config = load_config(path)
    assert config.theme is None  # the file is not used
    assert config.errors == [
        f"{path}:2:16: the file is not UTF-8 (byte 0xff); save it as UTF-8 (it is not used)"
    ]
    # In characters, as the import and the loader count them (`é`, `北`: one column each).
    path.write_bytes('theme = "café 北'.encode() + b"\xff\n")
    assert load_config(path).errors == [
        f"{path}:1:16: the file is not UTF-8 (byte 0xff); save it as UTF-8 (it is not used)"
    ]
