"""A change made on one version of a file, made again on a version another program changed.

What a change names is noted when it is made (`landmarks`, from the text it is made on, at
the cost of a look over the article's annotations), so that making it again reads no old
version of the file. An annotation is found again by what it is (its kind, words and
speaker or label, and which of the same it was), not by its line, which the other program
may have moved. Words chosen for a new or moved annotation are found again the same way: in
the paragraph of the same text, or as their one occurrence in the paragraph at the same
place. When the words are gone, or could now be more than one place, the change is refused
rather than anchored to other words.
"""

from __future__ import annotations

from typing import NamedTuple

from pressreader.editing.errors import EditRefused
from pressreader.editing.ops import (
    Accept,
    AddQuote,
    AddSpeaker,
    AddStatistic,
    AnnotationRef,
    Delete,
    EditQuote,
    EditStatistic,
    Operation,
    Respan,
    Span,
)
from pressreader.model import Article, LoadResult, Quote, Statistic

_WithRef = Accept | Delete | EditQuote | EditStatistic | Respan


class Landmarks(NamedTuple):
    """What a change names, as the text it was made on had it."""

    signature: tuple[str, ...] | None = None  # the annotation it names; None: not found
    rank: int = 0  # which of the annotations with that signature it is
    paragraph: str | None = None  # the text of the paragraph its words were chosen in


def landmarks(op: Operation, result: LoadResult) -> Landmarks:
    """Note what `op`, about to be made on the text `result` was loaded from, names."""
    signature: tuple[str, ...] | None = None
    rank = 0
    document = getattr(op, "document", None)
    if isinstance(op, _WithRef):
        ref = op.ref
        annotations = _annotations(result, ref.kind)
        target = next(
            (a for a in annotations if (a.line, a.column) == (ref.line, ref.column)), None
        )
        if target is not None:
            signature = _signature(target)
            rank = [a for a in annotations if _signature(a) == signature].index(target)
            document = _document_of(result, target)
    span: Span | None = getattr(op, "span", None)
    paragraph = None
    if span is not None and document is not None:
        paragraph = _paragraph(_article(result, document), span)
    return Landmarks(signature, rank, paragraph)


def rebased(op: Operation, marks: Landmarks, new: LoadResult) -> Operation | None:
    """`op` with its annotation and words named where they stand in `new`, or None when
    `new` already has what it adds (a speaker of that name); raises EditRefused when its
    annotation or words are no longer there."""
    if isinstance(op, AddSpeaker):
        article = _article(new, op.document)
        known = article is not None and any(s.name == op.name for s in article.speakers)
        return None if known else op
    if isinstance(op, AddQuote | AddStatistic):
        span = _words_again(op.span, marks.paragraph, _article(new, op.document))
        return op if span == op.span else _with_span(op, span)
    if not isinstance(op, _WithRef):
        return op
    kind = op.ref.kind
    if marks.signature is None:
        raise EditRefused(f"the {kind} changed was not found again in the file")
    matches = [a for a in _annotations(new, kind) if _signature(a) == marks.signature]
    if marks.rank >= len(matches):
        raise EditRefused(f"the {kind} changed is no longer in the file")
    found = matches[marks.rank]
    new_ref = AnnotationRef(kind, found.line, found.column)
    if isinstance(op, Accept):
        return Accept(new_ref)
    if isinstance(op, Delete):
        return Delete(new_ref)
    if isinstance(op, EditQuote):
        return EditQuote(new_ref, op.speaker, op.kind, op.note)
    if isinstance(op, Respan):
        article = _article(new, _document_of(new, found))
        return Respan(new_ref, _words_again(op.span, marks.paragraph, article))
    return EditStatistic(new_ref, op.label, op.value, op.previous, op.unit, op.period, op.note)


def _with_span(op: AddQuote | AddStatistic, span: Span) -> AddQuote | AddStatistic:
    if isinstance(op, AddQuote):
        return AddQuote(op.document, span, op.speaker, op.kind, op.note)
    return AddStatistic(
        op.document, span, op.label, op.value, op.previous, op.unit, op.period, op.note
    )


def _paragraph(article: Article | None, span: Span) -> str | None:
    if article is None:
        return None
    section = next((s for s in article.sections if s.id == span.section_id), None)
    if section is None or not 0 <= span.paragraph < len(section.paragraphs):
        return None
    return section.paragraphs[span.paragraph]


def _words_again(span: Span, old_paragraph: str | None, new: Article | None) -> Span:
    """`span`, chosen in a paragraph whose text was `old_paragraph`, where the same words
    stand in `new` (see the module)."""
    if old_paragraph is None or new is None:
        return span  # applying it refuses it, with its own reason
    words = old_paragraph[span.start : span.end]
    section = next((s for s in new.sections if s.id == span.section_id), None)
    if section is None:
        raise EditRefused("the section of the words chosen is no longer in the file")
    paragraphs = section.paragraphs
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
