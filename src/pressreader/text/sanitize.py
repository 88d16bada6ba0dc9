"""Make text from untrusted input safe to show on a terminal: the one escaping rule of every
output (the reader, and the commands' text and JSON).

Control characters (C0 except newline and tab, DEL, C1) could move the cursor, set the
terminal's title or write the clipboard; they are shown as visible escapes instead. So are
the bidirectional embedding, override and isolate controls, which make a terminal show
text in another order than it is stored ("Trojan Source"), and the Unicode line and
paragraph separators, which terminals break or drop in different ways.

One-line output (messages, the commands' lines, list rows, the footer) escapes newline and
tab too, the directional marks (U+200E, U+200F, U+061C: a terminal that reorders text may
flip a whole line on one), and lone surrogates: a file name that is not valid UTF-8 reaches
Python with one surrogate per undecodable byte, shown as that byte (`\\xff`). Article prose
in the reader keeps the marks, which right-to-left text needs and which move no other text.
JSON holds the true strings, with each of these characters written as a `\\u` escape.
"""

from __future__ import annotations

import re
from functools import cache

TYPE_CHECKING = False  # `typing` is not imported at run time: a search starts faster
if TYPE_CHECKING:
    from typing import Any

_UNSAFE = [(0x00, 0x08), (0x0B, 0x1F), (0x7F, 0x9F), (0x2028, 0x202E), (0x2066, 0x2069)]
# Legitimate in right-to-left prose; escaped on one-line output only.
_MARKS = [(0x061C, 0x061C), (0x200E, 0x200F)]
_SURROGATES = [(0xD800, 0xDFFF)]


def _class(ranges: list[tuple[int, int]]) -> str:
    return "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in ranges)


# The unsafe characters as the inside of a pattern's `[...]`: also for patterns that remove
# more than they (the importer's cleaning).
UNSAFE_CLASS = _class(_UNSAFE)
_LINE_CLASS = _class(_UNSAFE + _MARKS + _SURROGATES)


# The patterns are compiled when first needed (a few ms at start-up otherwise).
@cache
def _control() -> re.Pattern[str]:
    return re.compile(f"[{UNSAFE_CLASS}]")


@cache
def _control_or_newline() -> re.Pattern[str]:
    return re.compile(f"[\\n\\t{_LINE_CLASS}]")


@cache
def _json_raw() -> re.Pattern[str]:
    # In JSON, newline and tab are already escaped by `json` (as are all C0 controls).
    return re.compile(f"[{_LINE_CLASS}]")


#: Every character `escape_controls` replaces.
CONTROL_CHARS: frozenset[str] = frozenset(
    chr(code) for low, high in _UNSAFE for code in range(low, high + 1)
)


def escape_char(ch: str) -> str:
    """The visible escape of one character: `\\x1b`, `\\u202e`; the surrogate that stands
    for an undecodable byte of a file name shows that byte: `\\xff`."""
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _escape(match: re.Match[str]) -> str:
    return escape_char(match.group())


def has_controls(text: str) -> bool:
    """True when `text` holds a character that `escape_controls` would replace."""
    return _control().search(text) is not None


def escape_controls(text: str) -> str:
    """Replace each unsafe character (not newline or tab) with a visible escape."""
    return _control().sub(_escape, text)


def escape_line(text: str) -> str:
    """Like `escape_controls`, and newlines, tabs, the directional marks and lone surrogates
    too: for one-line output."""
    if text.isprintable():
        # Every character escaped is one Python deems unprintable (controls, line and
        # paragraph separators, format characters, surrogates): nothing to do.
        return text
    return _control_or_newline().sub(_escape, text)


def one_line(text: str | None) -> str:
    """Text from a file for one line: runs of white space (line breaks too) become one
    space, and unsafe characters are escaped."""
    return escape_line(" ".join((text or "").split()))


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_text(data: Any, indent: int | None = None) -> str:
    """`data` as JSON that keeps non-ASCII text readable but holds no character that
    `escape_line` would replace: each is a `\\u` escape, so a reader gets the true string."""
    import json  # only the JSON outputs pay for it

    return _json_raw().sub(_json_escape, json.dumps(data, ensure_ascii=False, indent=indent))


def strip_controls(text: str) -> str:
    """Remove the unsafe characters (not newline or tab): for text copied out, not shown."""
    return _control().sub("", text)
