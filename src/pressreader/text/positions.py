"""Where a byte of a file stands, said as every message about a file says it.

Lines and columns are 1-based and columns count characters, not bytes, so a place after
`é` or `北` is the same for the loader, the import and config.toml. The bytes before the
one sought are read as UTF-8, any that are not counting one character each (as an editor
shows them, one replacement character apiece).
"""

from __future__ import annotations


def byte_position(data: bytes, offset: int) -> tuple[int, int]:
    """The line and column (in characters) of the byte at `offset` of `data`."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", "replace")) + 1
    return data.count(b"\n", 0, offset) + 1, column
