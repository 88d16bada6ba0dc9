"""Navigation state of the reader, kept in plain objects rather than in widgets.

Widgets render this state. The reading position itself is kept by the article screen's
keeper in the reading-state store (`pressreader.store.reading.Position`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(slots=True)
class ArticleState:
    """The state of one open article."""

    path: Path | None
    document: int
    article_id: str
    # None: the layout decides (the contents fold below 70 columns, the sidebar below 100);
    # True/False: the reader chose.
    toc_open: bool | None = None
    sidebar_open: bool | None = None
    find_query: str = ""
    find_regex: bool = False


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
