"""What no output of pressreader may hold raw, defined here independently of the code under
test: C0 controls other than newline and tab, DEL, C1 controls, the Unicode bidirectional
controls (Bidi_Control: embeddings, overrides, isolates and the directional marks), the line
and paragraph separators, and lone surrogates (which no output encoding accepts)."""

from __future__ import annotations

import re

RAW_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)


def raw_controls(text: str) -> list[str]:
    """The forbidden characters in `text`, as `U+XXXX`, in order."""
    return [f"U+{ord(match.group()):04X}" for match in RAW_CONTROL.finditer(text)]
