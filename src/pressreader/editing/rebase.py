"""A change made on one version of a file, made again on a version another program changed.

An annotation a change names is found again by what it is (its kind, words and speaker or
label, and which of the same it was), not by its line, which the other program may have
moved. Words chosen for a new or moved annotation are found again the same way: in the
paragraph of the same text, or as their one occurrence in the paragraph at the same place.
When the words are gone, or could now be more than one place, the change is refused rather
than anchored to other words.
"""

from __future__ import annotations

from pathlib import Path

from pressreader.editing.errors import EditRefused
from pressreader.editing.ops import (
    Accept,
    AddQuote,
    AddStatistic,
    AnnotationRef,
    Delete,
    EditQuote,
    EditStatistic,
    Operation,
    Respan,
    Span,
)
from pressreader.format.loader import load_text
from pressreader.model import Article, LoadResult, Quote, Statistic


def rebased(op: Operation, old_text: str, path: Path, new: LoadResult) -> Operation:
    """`op` (made on `old_text`) with its annotation and words named where they stand in
    `new`; raises EditRefused when either is no longer there."""
    if isinstance(op, AddQuote | AddStatistic):
        old = load_text(old_text, path)
        span = _words_again(op.span, _article(old, op.document), _article(new, op.document))
        return op if span == op.span else _with_span(op, span)
    if not isinstance(op, Accept | Delete | EditQuote | EditStatistic | Respan):
        return op
    old = load_text(old_text, path)
    ref = op.ref
    annotations = _annotations(old, ref.kind)
    target = next((a for a in annotations if (a.line, a.column) == (ref.line, ref.column)), None)
    if target is None:
        raise EditRefused(f"the {ref.kind} changed was not found again in the file")
    signature = _signature(target)
    rank = [a for a in annotations if _signature(a) == signature].index(target)
    matches = [a for a in _annotations(new, ref.kind) if _signature(a) == signature]
    if rank >= len(matches):
        raise EditRefused(f"the {ref.kind} changed is no longer in the file")
    found = matches[rank]
    new_ref = AnnotationRef(ref.kind, found.line, found.column)
    if isinstance(op, Accept):
        return Accept(new_ref)
    if isinstance(op, Delete):
        return Delete(new_ref)
    if isinstance(op, EditQuote):
        return EditQuote(new_ref, op.speaker, op.kind, op.note)
    if isinstance(op, Respan):
        document = _document_of(old, target)
        span = _words_again(op.span, _article(old, document), _article(new, document))
        return Respan(new_ref, span)
    return EditStatistic(new_ref, op.label, op.value, op.previous, op.unit, op.period, op.note)


def _with_span(op: AddQuote | AddStatistic, span: Span) -> AddQuote | AddStatistic:
    if isinstance(op, AddQuote):
        return AddQuote(op.document, span, op.speaker, op.kind, op.note)
    return AddStatistic(
        op.document, span, op.label, op.value, op.previous, op.unit, op.period, op.note
    )


def _words_again(span: Span, old: Article | None, new: Article | None) -> Span:
    """`span`, chosen in `old`, where the same words stand in `new` (see the module)."""
    if old is None or new is None:
        return span  # applying it refuses it, with its own reason
    old_section = next((s for s in old.sections if s.id == span.section_id), None)
    if old_section is None or not 0 <= span.paragraph < len(old_section.paragraphs):
        return span
    old_paragraph = old_section.paragraphs[span.paragraph]
    words = old_paragraph[span.start : span.end]
    new_section = next((s for s in new.sections if s.id == span.section_id), None)
    if new_section is None:
        raise EditRefused("the section of the words chosen is no longer in the file")
    paragraphs = new_section.paragraphs
    here = span.paragraph
    if here < len(paragraphs) and paragraphs[here] == old_paragraph:
        return span
    same = [index for index, text in enumerate(paragraphs) if text == old_paragraph]
    if len(same) == 1:
        return Span(span.section_id, same[0], span.start, span.end)
    if not same and here < len(paragraphs):
        text = paragraphs[here]
        first = text.find(words)
        if words and first >= 0 and text.find(words, first + 1) < 0:
            return Span(span.section_id, here, first, first + len(words))
    raise EditRefused("the words chosen were changed in the file, or stand there more than once")


def _article(result: LoadResult, document: int) -> Article | None:
    return next((a for a in result.articles if a.document == document), None)


def _document_of(result: LoadResult, annotation: Quote | Statistic) -> int:
    for article in result.articles:
        if any(a is annotation for a in (*article.quotes, *article.statistics)):
            return article.document
    return -1


def _signature(annotation: Quote | Statistic) -> tuple[str, ...]:
    if isinstance(annotation, Quote):
        return ("quote", annotation.speaker, annotation.text, annotation.section or "")
    return ("statistic", annotation.label, annotation.text or "", annotation.section or "")


def _annotations(result: LoadResult, kind: str) -> list[Quote | Statistic]:
    found: list[Quote | Statistic] = []
    for article in result.articles:
        found.extend(article.quotes if kind == "quote" else article.statistics)
    return found
