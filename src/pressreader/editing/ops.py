"""The changes a person can make to an article, as plain values.

The reader builds these from keys and forms; the editing core applies one to a file's text
and gives the new text. An annotation is named by where its mapping stands in the file when
the text was loaded (`AnnotationRef`), which is unambiguous even when two quotes have the same
words; after every change the article is loaded again, so references are always fresh.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pressreader.model import QuoteKind

AnnotationKind = Literal["quote", "statistic"]


@dataclass(frozen=True, slots=True)
class AnnotationRef:
    """A quote's or statistic's mapping, by its 1-based line and column in the file."""

    kind: AnnotationKind
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Span:
    """Words chosen in the text: `paragraph`'s characters `start:end` in the section."""

    section_id: str
    paragraph: int  # index within the section
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Accept:
    """A person confirms an annotation a program made: it becomes reviewed."""

    ref: AnnotationRef


@dataclass(frozen=True, slots=True)
class Delete:
    """An annotation is removed from the file."""

    ref: AnnotationRef


@dataclass(frozen=True, slots=True)
class EditQuote:
    """A quote's speaker, kind and note are set; editing it also reviews it."""

    ref: AnnotationRef
    speaker: str
    kind: QuoteKind
    note: str | None


@dataclass(frozen=True, slots=True)
class EditStatistic:
    """A statistic's fields are set; editing it also reviews it."""

    ref: AnnotationRef
    label: str
    value: int | float
    previous: int | float | None
    unit: str | None
    period: str | None
    note: str | None


@dataclass(frozen=True, slots=True)
class AddSpeaker:
    """A speaker not yet in the article's `speakers` list."""

    document: int  # 0-based YAML document of the article in its file
    name: str
    role: str | None
    affiliation: str | None


@dataclass(frozen=True, slots=True)
class AddQuote:
    """A new quote anchored to exactly the words of `span` (a person made it: reviewed)."""

    document: int
    span: Span
    speaker: str
    kind: QuoteKind
    note: str | None


@dataclass(frozen=True, slots=True)
class AddStatistic:
    """A new statistic anchored to exactly the words of `span`."""

    document: int
    span: Span
    label: str
    value: int | float
    previous: int | float | None
    unit: str | None
    period: str | None
    note: str | None


@dataclass(frozen=True, slots=True)
class Respan:
    """An annotation's words moved to exactly those of `span` (a report cut too early or too
    late, say); everything else of it stays, and moving it reviews it."""

    ref: AnnotationRef
    span: Span


@dataclass(frozen=True, slots=True)
class SetTags:
    document: int
    tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SetSummary:
    document: int
    summary: str | None  # None removes it


Operation = (
    Accept
    | Delete
    | EditQuote
    | EditStatistic
    | AddSpeaker
    | AddQuote
    | AddStatistic
    | Respan
    | SetTags
    | SetSummary
)
