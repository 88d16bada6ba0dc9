"""Navigation state of the reader, kept in plain objects rather than in widgets.

Widgets render this state; saving a reading position later means saving these objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(slots=True)
class Position:
    """Where the reader is in an article: a section and a paragraph, not a screen line,
    so the position survives another terminal size or text width."""

    section_index: int = 0
    section_id: str | None = None
    paragraph: int = 0


@dataclass(slots=True)
class ArticleState:
    """The state of one open article."""

    path: Path | None
    document: int
    article_id: str
    position: Position = field(default_factory=Position)
    # None: the layout decides (the contents fold below 70 columns, the sidebar below 100);
    # True/False: the reader chose.
    toc_open: bool | None = None
    sidebar_open: bool | None = None
    find_query: str = ""
    find_regex: bool = False
    find_index: int = -1  # the current match, -1 when none


@dataclass(slots=True)
class LibraryState:
    """The library list: its filter and the entry under the cursor."""

    filter_text: str = ""
    # (path, document, article id, broken) of the highlighted entry
    cursor_key: tuple[str, int, str, bool] | None = None


@dataclass(slots=True)
class ReaderState:
    """Everything the reader navigates: the library list and the open article."""

    library: LibraryState = field(default_factory=LibraryState)
    article: ArticleState | None = None
    history: list[tuple[str, int]] = field(default_factory=list)  # recently opened entries
