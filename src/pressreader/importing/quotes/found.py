"""What a finder returns for a quote: its words, kind and speaker where they stand."""

from __future__ import annotations

from dataclasses import dataclass

from pressreader.importing.speakers import Person


@dataclass
class Found:
    """A quote in a paragraph: the span of its words, its kind and its speaker."""

    start: int
    end: int
    kind: str
    speaker: Person
