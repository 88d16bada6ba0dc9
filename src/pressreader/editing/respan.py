"""Move a quote's or statistic's words (`ops.Respan`): the annotation anchored again to
exactly the words chosen, everything else of it kept.

`pressreader import` sometimes cuts a report too early or too late; correcting that is
giving the annotation other words of its paragraph. What is written is only what anchoring
needs (FORMAT.md "Anchoring"):
- its `text`, the words (white space at either end left out);
- its `section`, only when it names one and the words stand in another: then that
  section's id;
- its `occurrence`: none when list order anchors the words where they were chosen (a stale
  one is removed), else the place they stand;
- its `reviewed: false` goes: moving the words reviews the annotation, as editing does.

The annotation keeps its place in its list, so the annotations after it that list order
anchors look from its new place (or, once it has `occurrence`, from the one before it).
Every other annotation keeps its words' place: when neither way leaves them all where they
were, those that would move are given `occurrence` too, as a deletion does. The text is
loaded again and every anchor compared before it is returned; the words of another
paragraph or section are handled the same way (a `Span` is one paragraph: words over a
paragraph break cannot be asked for).
"""

from __future__ import annotations

from collections.abc import Sequence

from yaml.nodes import MappingNode, Node

from pressreader.editing.apply import (
    Applied,
    _anchors,
    _describe,
    _find,
    _new_problems,
    _occurrence,
    _pin,
    _review,
    _set_fields,
    _Source,
    _target,
    load,
)
from pressreader.editing.errors import EditRefused, NewProblems
from pressreader.editing.ops import Respan
from pressreader.model import Anchor, Article, LoadResult, Quote, Statistic

# Rounds of giving `occurrence` to the annotations a move would shift: a pinned one leaves
# list order, which may shift one more after it (each round pins at least one).
_PIN_ROUNDS = 4


def _located(result: LoadResult, op: Respan) -> tuple[Article, int]:
    """The article holding the annotation `op` names, and its index in its list."""
    ref = op.ref
    for article in result.articles:
        items: Sequence[Quote | Statistic] = (
            article.quotes if ref.kind == "quote" else article.statistics
        )
        for index, item in enumerate(items):
            if (item.line, item.column) == (ref.line, ref.column):
                return article, index
    raise EditRefused(f"{_describe(ref)} is no longer there (the file changed?); reload it")


def _kept(item: Quote | Statistic) -> tuple[object, ...]:
    """What a move leaves as it was: every field but the words, their place and review."""
    if isinstance(item, Quote):
        return (item.speaker, item.kind, item.note)
    return (
        item.label,
        item.value,
        type(item.value),
        item.previous,
        item.unit,
        item.period,
        item.note,
    )


def _write(
    text: str,
    path: str,
    documents: list[Node] | None,
    op: Respan,
    fields: Sequence[tuple[str, str | int | None]],
) -> Applied:
    source = _Source(text, path, documents)
    node_path, _, _ = _find(source, op.ref)
    source.own(node_path, _describe(op.ref))
    item = node_path[-1]
    assert isinstance(item, MappingNode)
    _set_fields(source, item, fields, op.ref.kind)
    _review(source, item)
    return load(source.result(), path)


def _got(loaded: Applied, document: int, kind: str) -> tuple[Article | None, list[Anchor | None]]:
    article = next((a for a in loaded.result.articles if a.document == document), None)
    return article, ([] if article is None else _anchors(article, kind))


def respan(
    text: str, op: Respan, path: str, before: LoadResult, documents: list[Node] | None
) -> Applied:
    """`text` with the annotation `op.ref` names moved to the words of `op.span`, loaded and
    checked to anchor every annotation where it should (see the module); raises
    `EditRefused` with the reason otherwise."""
    kind = op.ref.kind
    article, index = _located(before, op)
    item = (article.quotes if kind == "quote" else article.statistics)[index]
    words, target = _target(article, op.span)
    section = item.section
    if section is not None and section != target.section_id:
        section = target.section_id  # the words stand in another section: it names that one
    scope = target.section_index if section is not None else None
    expected = _anchors(article, kind)
    expected[index] = target
    number = _occurrence(article, words, target, scope)

    def fields(occurrence: int | None) -> list[tuple[str, str | int | None]]:
        return [("text", words), ("section", section), ("occurrence", occurrence)]

    # List order first (no `occurrence`), then pinned: the fewest bytes that anchor it all.
    in_order = _write(text, path, documents, op, fields(None))
    _, got = _got(in_order, article.document, kind)
    # (not when list order puts the words where the annotation before stands while they
    # stand elsewhere too, which `check` warns of: pinned then)
    if got == expected and not _new_problems(before.problems, in_order.result.problems):
        return _checked(in_order, article, index, item)
    pinned = _write(text, path, documents, op, fields(number))
    if _got(pinned, article.document, kind)[1] == expected:
        return _checked(pinned, article, index, item)
    # Others shift either way: pin them, from the way that put this one in place (list
    # order when it did: this one then keeps no `occurrence`).
    loaded = in_order if got[index : index + 1] == [target] else pinned
    for _ in range(_PIN_ROUNDS):
        now, got = _got(loaded, article.document, kind)
        if got == expected:
            return _checked(loaded, article, index, item)
        if now is None or len(got) != len(expected) or got[index] != target:
            break
        items: Sequence[Quote | Statistic] = now.quotes if kind == "quote" else now.statistics
        pins = []
        for other, (was, shifted) in enumerate(zip(expected, got, strict=True)):
            if was == shifted or was is None:
                continue
            moved = items[other]
            scope_of = was.section_index if moved.section is not None else None
            assert moved.text is not None  # anchored: it has words
            number_ = _occurrence(now, moved.text, was, scope_of)
            pins.append((kind, moved.line, moved.column, number_))
        loaded = load(_pin(loaded.text, path, loaded.documents, pins), path)
    problems = _new_problems(before.problems, pinned.result.problems)
    if problems:
        raise NewProblems(problems)
    raise EditRefused(
        "the words could not be given to this annotation without moving another one; "
        "edit the file in the editor"
    )


def _checked(loaded: Applied, article: Article, index: int, item: Quote | Statistic) -> Applied:
    """`loaded`, once the moved annotation is seen to keep every field but its words."""
    now, _ = _got(loaded, article.document, "quote" if isinstance(item, Quote) else "statistic")
    assert now is not None
    moved = (now.quotes if isinstance(item, Quote) else now.statistics)[index]
    if _kept(moved) != _kept(item) or not moved.reviewed:
        raise EditRefused(
            "moving the words would also change the annotation's other fields; "
            "edit the file in the editor"
        )
    return loaded
