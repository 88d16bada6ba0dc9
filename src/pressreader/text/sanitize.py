"""Make text from untrusted files safe to show on a terminal.

Control characters (C0 except newline and tab, DEL, C1) could move the cursor, set the
terminal's title or write the clipboard; they are shown as visible escapes instead. So are
the bidirectional embedding, override and isolate controls, which make a terminal show
text in another order than it is stored ("Trojan Source"), and the Unicode line and
paragraph separators, which terminals break or drop in different ways.
"""

from __future__ import annotations

import re

_UNSAFE = [(0x00, 0x08), (0x0B, 0x1F), (0x7F, 0x9F), (0x2028, 0x202E), (0x2066, 0x2069)]
_UNSAFE_CLASS = "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in _UNSAFE)
_CONTROL = re.compile(f"[{_UNSAFE_CLASS}]")
_CONTROL_OR_NEWLINE = re.compile(f"[\\n\\t{_UNSAFE_CLASS}]")

#: Every character `escape_controls` replaces.
CONTROL_CHARS: frozenset[str] = frozenset(
    chr(code) for low, high in _UNSAFE for code in range(low, high + 1)
)


def escape_char(ch: str) -> str:
    """The visible escape of one character: `\\x1b`, `\\u202e`."""
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _escape(match: re.Match[str]) -> str:
    return escape_char(match.group())


def has_controls(text: str) -> bool:
    """True when `text` holds a character that `escape_controls` would replace."""
    return _CONTROL.search(text) is not None


def escape_controls(text: str) -> str:
    """Replace each unsafe character (not newline or tab) with a visible escape."""
    return _CONTROL.sub(_escape, text)


def escape_line(text: str) -> str:
    """Like `escape_controls`, and newlines and tabs too: for one-line messages."""
    return _CONTROL_OR_NEWLINE.sub(_escape, text)


def one_line(text: str | None) -> str:
    """Text from a file for one line: runs of white space (line breaks too) become one
    space, and unsafe characters are escaped."""
    return escape_line(" ".join((text or "").split()))


def strip_controls(text: str) -> str:
    """Remove the unsafe characters (not newline or tab): for text copied out, not shown."""
    return _CONTROL.sub("", text)
