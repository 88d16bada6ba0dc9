"""What the rules find in a few paragraphs of one section, in the shapes the rules' tests
compare: quotes as (kind, speaker, text), figures as (value, previous, unit, text)."""

from __future__ import annotations

from pressreader.importing.annotate import Annotations, annotate


def found(*paragraphs: str) -> Annotations:
    return annotate([(None, list(paragraphs))])


def quotes(*paragraphs: str) -> list[tuple[str, str, str]]:
    return [(quote.kind, quote.speaker, quote.text) for quote in found(*paragraphs).quotes]


def figures(*paragraphs: str) -> list[tuple[float, float | None, str | None, str]]:
    return [
        (figure.value, figure.previous, figure.unit, figure.text)
        for figure in found(*paragraphs).statistics
    ]
