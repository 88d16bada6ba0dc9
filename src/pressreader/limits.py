"""Limits on reading untrusted article files, the same for every way of reading them."""

from __future__ import annotations

TYPE_CHECKING = False  # `typing` is not imported at run time: a search starts faster
if TYPE_CHECKING:
    from typing import Final

# Files larger than this are refused before they are read (see docs/FORMAT.md).
DEFAULT_MAX_BYTES: Final = 64 * 1024 * 1024
