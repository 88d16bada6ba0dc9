"""Text from files reaches the terminal only with its unsafe characters escaped."""

from __future__ import annotations

import pytest

from pressreader.text.sanitize import (
    CONTROL_CHARS,
    escape_controls,
    escape_line,
    has_controls,
    json_text,
)
from tests.terminal_safety import raw_controls


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("title\x1b]0;PWNED\x07", "title\\x1b]0;PWNED\\x07"),  # sets the terminal title
        ("\x1b]52;c;SGVsbG8=\x07", "\\x1b]52;c;SGVsbG8=\\x07"),  # writes the clipboard
        ("a\x9bb", "a\\x9bb"),  # C1 CSI
        ("del\x7f", "del\\x7f"),
        ("evil\u202etxt.exe", "evil\\u202etxt.exe"),  # right-to-left override
        ("x\u2066y\u2069", "x\\u2066y\\u2069"),  # isolates
        ("line\u2028sep", "line\\u2028sep"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),  # kept in text
        ("plain [bold]text[/]", "plain [bold]text[/]"),
    ],
)
def test_escape_controls(raw: str, shown: str) -> None:
    assert escape_controls(raw) == shown
    assert has_controls(raw) is (raw != shown)


def test_escape_line_escapes_newlines_and_tabs_too() -> None:
    assert escape_line("a\nb\tc\x1b") == "a\\x0ab\\x09c\\x1b"


def test_letters_marks_and_directional_marks_are_left_alone_in_prose() -> None:
    # Right-to-left prose uses the plain marks (U+200E, U+200F, U+061C): the reader shows it.
    text = "مرحبا \u200f שלום e\u0301 中文 👩\u200d👧 \u061c"
    assert escape_controls(text) == text
    assert not has_controls(text)


def test_one_line_output_escapes_the_directional_marks_too() -> None:
    # On a line of output a mark can flip how a terminal that reorders shows the whole line.
    assert escape_line("a\u200eb\u200fc\u061cd") == "a\\u200eb\\u200fc\\u061cd"


def test_one_line_output_shows_undecodable_file_name_bytes() -> None:
    # A file name that is not UTF-8 reaches Python with surrogate escapes; print() would fail.
    name = b"n\xff\x1b.yaml".decode("utf-8", "surrogateescape")
    assert escape_line(name) == "n\\xff\\x1b.yaml"
    assert escape_line("lone \ud800") == "lone \\ud800"


def test_json_text_holds_the_true_strings_and_nothing_raw() -> None:
    import json

    every = "".join(sorted(CONTROL_CHARS)) + "\u061c\u200e\u200f\udcff\ud800 \n\t é 中"
    text = json_text({"text": every, "n": [1, 2]})
    assert raw_controls(text) == []
    assert "é 中" in text  # non-ASCII text stays readable
    assert json.loads(text) == {"text": every, "n": [1, 2]}
    assert "\n" not in json_text({"a": [1, 2]})  # one line unless indented
    assert json_text({"a": 1}, indent=2) == '{\n  "a": 1\n}'


def test_no_unsafe_character_survives() -> None:
    every = "".join(sorted(CONTROL_CHARS))
    assert not has_controls(escape_controls(every))
    assert all(ch not in CONTROL_CHARS for ch in escape_line(every))
    assert raw_controls(escape_line(every + "\u061c\u200e\u200f\udcff\n\t")) == []


def test_every_character_escape_line_replaces_is_unprintable_to_python() -> None:
    # escape_line returns printable text as it is, without its pattern: that is right only
    # while every character the pattern matches is one `str.isprintable` refuses.
    from pressreader.text import sanitize

    ranges = sanitize._UNSAFE + sanitize._MARKS + sanitize._SURROGATES
    chars = ["\n", "\t", *(chr(c) for low, high in ranges for c in range(low, high + 1))]
    assert all(not ch.isprintable() for ch in chars)
    assert all(sanitize.escape_line(f"a{ch}b") != f"a{ch}b" for ch in chars)
