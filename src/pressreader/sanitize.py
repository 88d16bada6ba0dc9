"""Make text from untrusted files safe to show on a terminal.

Control characters (C0 except newline and tab, DEL, C1) could move the cursor, set the
terminal's title or write the clipboard; they are shown as visible escapes instead.
"""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL_OR_NEWLINE = re.compile("[\x00-\x1f\x7f-\x9f]")


def _escape(match: re.Match[str]) -> str:
    return f"\\x{ord(match.group()):02x}"


def has_controls(text: str) -> bool:
    """True when `text` holds a control character other than newline and tab."""
    return _CONTROL.search(text) is not None


def escape_controls(text: str) -> str:
    """Replace each control character (not newline or tab) with a visible `\\xNN` escape."""
    return _CONTROL.sub(_escape, text)


def escape_line(text: str) -> str:
    """Like `escape_controls`, and newlines and tabs too: for one-line messages."""
    return _CONTROL_OR_NEWLINE.sub(_escape, text)
