"""The library: one entry per article (or per broken file), light enough to list thousands.

An entry holds what the library screen shows, not the article body; the body is loaded
only when the article is opened.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from pressreader.model import Problem


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    path: Path
    document: int  # 0-based YAML document index in the file; 0 for a broken file
    article_id: str
    title: str  # for a broken file: the file name
    outlet: str | None = None
    published: dt.date | None = None
    quotes: int = 0
    statistics: int = 0
    tags: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    problem: Problem | None = None  # the first error, when the file or article is broken
    problems: int = 0  # how many problems of any severity
    unreviewed: int = 0  # quotes and statistics marked `reviewed: false`

    @property
    def broken(self) -> bool:
        return self.problem is not None and self.problem.severity == "error"
