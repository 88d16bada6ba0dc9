"""Text from files reaches the terminal only with its unsafe characters escaped."""

from __future__ import annotations

import pytest

from pressreader.text.sanitize import CONTROL_CHARS, escape_controls, escape_line, has_controls


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


def test_letters_marks_and_directional_marks_are_left_alone() -> None:
    # Right-to-left scripts use the plain marks (U+200E, U+200F); they reorder nothing.
    text = "مرحبا \u200f שלום e\u0301 中文 👩\u200d👧"
    assert escape_controls(text) == text
    assert not has_controls(text)


def test_no_unsafe_character_survives() -> None:
    every = "".join(sorted(CONTROL_CHARS))
    assert not has_controls(escape_controls(every))
    assert all(ch not in CONTROL_CHARS for ch in escape_line(every))
