"""Output streams for running a command in process: strict UTF-8 text over bytes in memory,
as a pipe or a UTF-8 terminal gives them (a lone surrogate cannot be written), and what was
written, decoded."""

from __future__ import annotations

import io


def strict_stream(newline: str = "\n") -> io.TextIOWrapper:
    """A strict UTF-8 text stream over memory; `newline=""` keeps "\\r" as written (a pipe),
    "\\n" translates nothing either and is what `sys.stdout` has on a terminal."""
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", newline=newline)


def written(stream: io.TextIOWrapper) -> str:
    """Everything written to a `strict_stream`, decoded."""
    stream.flush()
    buffer = stream.buffer
    assert isinstance(buffer, io.BytesIO)
    return buffer.getvalue().decode("utf-8")
