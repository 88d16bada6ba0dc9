"""YAML scalars written safely: what the importer and the editor put into a file.

Every text is written as a YAML double-quoted scalar in which everything but printable
characters is escaped (`\\n`, `\\"`, `\\\\`, `\\uXXXX`), so no input can close the scalar,
start a comment, a document (`---`) or a mapping, or reach the file as a raw control
character; line breaks YAML knows besides LF (U+0085, U+2028, U+2029) are escaped too.
Numbers are written so that YAML reads them back as the same number of the same type.
"""

from __future__ import annotations

import math
import re

# What is written raw inside double quotes: printable characters other than `"` and `\`,
# and none of YAML's extra line breaks or the byte order mark. The pattern names the rest
# (the characters outside \x20-\x21, \x23-\x5b, \x5d-\x7e, \u00a0-\u2027, \u202a-\ud7ff,
# \ue000-\ufefe, \uff00-\ufffd, \U00010000-\U0010ffff): its few short ranges compile in a
# fraction of the time that the wide ones take (and only once a scalar needs escaping).
_UNSAFE = r"[\x00-\x1f\x22\x5c\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]"
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r", '"': '\\"', "\\": "\\\\", "\x00": "\\0"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


# The printable ASCII characters: an ASCII text with nothing left once they are deleted is
# printable.
_PRINTABLE_ASCII = bytes(range(0x20, 0x7F))


def printable(text: str) -> bool:
    """`text.isprintable()`, quicker for ASCII text (most of it): its bytes with the
    printable ones deleted in one pass, instead of a lookup of each character's class."""
    if text.isascii():
        return not text.encode("ascii").translate(None, _PRINTABLE_ASCII)
    return text.isprintable()


def verbatim(text: str) -> bool:
    """Whether `quoted` writes `text` as it stands between the double quotes: printable, no
    `"` and no `\\` (in such a scalar YAML reads every character as itself)."""
    return printable(text) and '"' not in text and "\\" not in text


def quoted(text: str) -> str:
    """`text` as a YAML double-quoted scalar that reads back as exactly `text`."""
    if verbatim(text):
        # Quick (most text): every character `_UNSAFE` names but `"` and `\` is unprintable.
        return '"' + text + '"'
    return '"' + re.sub(_UNSAFE, _escape, text) + '"'


def number(value: int | float) -> str:
    """`value` as a YAML number that reads back as the same value and type.

    A float always has a dot before any exponent (`1.0e+20`): YAML 1.1 (PyYAML) reads
    `1e+20` as text. Raises ValueError for a boolean, infinity or NaN.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"expected a number, got {value!r}")
    if isinstance(value, int):
        return str(value)
    if not math.isfinite(value):
        raise ValueError(f"expected a finite number, got {value!r}")
    written = repr(value)
    mantissa, e, exponent = written.partition("e")
    if "." not in mantissa:
        mantissa += ".0"
    return mantissa + (e + exponent if e else "")
