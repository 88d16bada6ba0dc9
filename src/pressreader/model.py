"""The article model: plain dataclasses shared by the loader, the index and the reader.

The immutable values (a problem, an anchor, a speaker) are `NamedTuple`s: this module loads
with every start of the reader, and defining a frozen dataclass (its methods generated and
compiled) costs about six times as much.

Nothing here imports Textual; the terminal UI builds on these types, never the reverse.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, NamedTuple

# Re-exported: what the reader calls a section lives apart, light to import.
from pressreader.text.sections import LEAD_LABEL as LEAD_LABEL
from pressreader.text.sections import SEP as SEP
from pressreader.text.sections import section_title as section_title

Severity = Literal["error", "warning"]
QuoteKind = Literal["direct", "indirect"]


class Problem(NamedTuple):
    """One thing wrong with a file, where it is, and what was expected."""

    severity: Severity
    path: str
    line: int | None  # 1-based, None when unknown
    column: int | None  # 1-based, None when unknown
    message: str

    def format(self) -> str:
        """`path:line:column: severity: message`, the compilers' convention."""
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.severity}: {self.message}"


class Anchor(NamedTuple):
    """Where an annotation's words stand in the article text.

    `start` and `end` index the paragraph's original string (Python str offsets).
    """

    section_index: int
    section_id: str
    paragraph: int  # index within the section
    start: int
    end: int


@dataclass(slots=True)
class Section:
    id: str
    heading: str | None
    paragraphs: list[str]
    line: int = 0  # 1-based line of the section's mapping in the file
    paragraph_lines: list[int] = field(default_factory=list)  # 1-based line of each paragraph


class Speaker(NamedTuple):
    name: str
    role: str | None = None
    affiliation: str | None = None


@dataclass(slots=True)
class Quote:
    speaker: str
    text: str
    kind: QuoteKind = "direct"
    section: str | None = None
    note: str | None = None
    anchor: Anchor | None = None
    line: int = 0
    # False for a quote a program made that no person has confirmed yet (`reviewed: false`).
    reviewed: bool = True
    column: int = 0  # 1-based column of the quote's mapping in the file


@dataclass(slots=True)
class Statistic:
    label: str
    value: int | float
    previous: int | float | None = None
    unit: str | None = None
    period: str | None = None
    text: str | None = None
    section: str | None = None
    anchor: Anchor | None = None
    line: int = 0
    # False for a figure a program found that no person has confirmed yet (`reviewed: false`).
    reviewed: bool = True
    column: int = 0  # 1-based column of the statistic's mapping in the file
    note: str | None = None  # the annotator's note


class Imported(NamedTuple):
    """Where an imported article came from (the article's `imported` mapping)."""

    source: str | None = None  # the source file's name or URL
    date: dt.date | None = None  # when it was imported
    version: str | None = None  # the pressreader version that imported it
    sha256: str | None = None  # SHA-256 of the source text (see `format.provenance`)


@dataclass(slots=True)
class Article:
    id: str
    title: str
    sections: list[Section]
    path: Path | None = None
    document: int = 0  # 0-based index of the YAML document in its file
    line: int = 1  # 1-based line where the article's mapping starts
    format: int = 1
    subtitle: str | None = None
    outlet: str | None = None
    url: str | None = None
    dateline: str | None = None
    language: str | None = None
    summary: str | None = None
    published: dt.date | None = None
    authors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    statistics: list[Statistic] = field(default_factory=list)
    imported: Imported | None = None

    def section_by_id(self, section_id: str) -> Section | None:
        for section in self.sections:
            if section.id == section_id:
                return section
        return None

    def speaker(self, name: str) -> Speaker | None:
        for speaker in self.speakers:
            if speaker.name == name:
                return speaker
        return None


@dataclass(slots=True)
class LoadResult:
    """Everything one file yielded: its good articles and every problem found."""

    path: Path
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors
