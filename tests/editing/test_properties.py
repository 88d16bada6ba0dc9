"""Random sequences of changes on hand-written articles in every YAML style: every character
outside the edited node stays, the result passes `check --strict`, and it loads to the model
the changes describe (every annotation not changed keeps its values and its anchor)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from yaml.nodes import MappingNode, SequenceNode

from pressreader.editing.apply import _Source, apply_checked
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
from pressreader.format.loader import load_text
from pressreader.model import Article, LoadResult, Quote, Statistic
from tests.editing.fixtures import FIXTURES

PATH = "article.yaml"

# Text a person could type into a form: YAML's own marks, quotes, line breaks and tabs,
# other scripts; no control characters (a warning, which the re-check refuses).
_TYPED = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Co", "Cn"))
    | st.sampled_from(list("\n\t:#-\"'[]{}&*!|>%@`\\,?")),
    max_size=12,
)
_NAME = _TYPED.filter(lambda text: text.strip() != "")
_NUMBER = st.integers(-(10**12), 10**12) | st.floats(
    min_value=-1e29, max_value=1e29, allow_nan=False, allow_infinity=False
)


def _quote_key(quote: Quote) -> tuple[Any, ...]:
    return (
        quote.speaker,
        quote.text,
        quote.kind,
        quote.note,
        quote.section,
        quote.reviewed,
        quote.anchor,
    )


def _statistic_key(statistic: Statistic) -> tuple[Any, ...]:
    return (
        statistic.label,
        statistic.value,
        statistic.previous,
        statistic.unit,
        statistic.period,
        statistic.note,
        statistic.text,
        statistic.section,
        statistic.reviewed,
        statistic.anchor,
    )


def _model(result: LoadResult) -> dict[int, tuple[Counter[Any], Counter[Any], tuple[Any, ...]]]:
    return {
        article.document: (
            Counter(map(_quote_key, article.quotes)),
            Counter(map(_statistic_key, article.statistics)),
            tuple(speaker.name for speaker in article.speakers),
        )
        for article in result.articles
    }


def _item_extent(text: str, ref: AnnotationRef) -> tuple[int, int]:
    """From the start of the line of the annotation's `-` (or its `{`) to the end of its last
    line: the most a change of that annotation may touch."""
    source = _Source(text, PATH)
    for root in source.articles:
        assert isinstance(root, MappingNode)
        for _key, value in root.value:
            if not isinstance(value, SequenceNode):
                continue
            items = value.value
            for index, item in enumerate(items):
                mark = item.start_mark
                if (mark.line + 1, mark.column + 1) == (ref.line, ref.column):
                    start = source.start(item)
                    end = source.content_end(item)
                    if value.flow_style:  # from the item before to the item after
                        low = source.content_end(items[index - 1]) if index else start
                        high = source.start(items[index + 1]) if index + 1 < len(items) else end
                        return low, high
                    return source.line_start(start), source.line_end(end)
    raise AssertionError(f"no annotation at {ref}")


def _changed(before: str, after: str) -> tuple[int, int]:
    """A region of `before` that differs from `after` (common prefix and suffix aside)."""
    prefix = 0
    limit = min(len(before), len(after))
    while prefix < limit and before[prefix] == after[prefix]:
        prefix += 1
    suffix = 0
    while (
        suffix < limit - prefix
        and before[len(before) - 1 - suffix] == after[len(after) - 1 - suffix]
    ):
        suffix += 1
    return prefix, len(before) - suffix


def _words(article: Article) -> list[tuple[str, int, int, int]]:
    """(section id, paragraph, start, end) of each word of the article."""
    found = []
    for section in article.sections:
        for number, paragraph in enumerate(section.paragraphs):
            for match in re.finditer(r"\w+", paragraph):
                found.append((section.id, number, match.start(), match.end()))
    return found


def _check_layout(original: str, text: str) -> None:
    if "\r\n" in original:
        assert text.count("\n") == text.count("\r\n"), "a line ending other than the file's"
    assert text.startswith("\ufeff") == original.startswith("\ufeff")


def _step(data: st.DataObject, text: str, result: LoadResult, expected: dict[Any, Any]) -> str:
    articles = result.articles
    article = articles[data.draw(st.integers(0, len(articles) - 1), label="article")]
    quotes_, statistics_, speakers = expected[article.document]
    choices = ["add-quote", "add-statistic", "add-speaker"]
    if article.quotes or article.statistics:
        choices += ["accept", "delete", "edit", "respan"]
    action = data.draw(st.sampled_from(choices), label="action")
    op: Operation
    if action == "respan":
        return _respan(data, text, result, article, expected)
    if action in ("accept", "delete", "edit"):
        pool: list[Quote | Statistic] = [*article.quotes, *article.statistics]
        target = data.draw(st.sampled_from(pool), label="target")
        kind = "quote" if isinstance(target, Quote) else "statistic"
        ref = AnnotationRef(kind, target.line, target.column)
        counter = quotes_ if isinstance(target, Quote) else statistics_
        old_key = _quote_key(target) if isinstance(target, Quote) else _statistic_key(target)
        counter[old_key] -= 1
        if action == "accept":
            op = Accept(ref)
            counter[(*old_key[:-2], True, old_key[-1])] += 1
        elif action == "delete":
            op = Delete(ref)
        elif isinstance(target, Quote):
            speaker = data.draw(st.sampled_from(speakers) if speakers else _NAME)
            quote_kind = data.draw(st.sampled_from(["direct", "indirect"]))
            note = data.draw(st.none() | _TYPED)
            op = EditQuote(ref, speaker, quote_kind, note)
            counter[
                (speaker, target.text, quote_kind, note, target.section, True, target.anchor)
            ] += 1
        else:
            label = data.draw(_NAME)
            value = data.draw(_NUMBER)
            previous = data.draw(st.none() | _NUMBER)
            unit, period, note = (data.draw(st.none() | _TYPED) for _ in range(3))
            op = EditStatistic(ref, label, value, previous, unit, period, note)
            counter[
                (
                    label,
                    value,
                    previous,
                    unit,
                    period,
                    note,
                    target.text,
                    target.section,
                    True,
                    target.anchor,
                )
            ] += 1
        extent = _item_extent(text, ref)
    elif action == "add-speaker":
        name = data.draw(_NAME.filter(lambda text: text not in speakers))
        role = data.draw(st.none() | _TYPED)
        op = AddSpeaker(article.document, name, role, None)
        if not speakers:  # a new list names the speakers already quoted first
            quoted = dict.fromkeys(quote.speaker for quote in article.quotes)
            speakers = tuple(speaker for speaker in quoted if speaker != name)
        expected[article.document] = (quotes_, statistics_, (*speakers, name))
        extent = None
    else:
        words = _words(article)
        first = data.draw(st.integers(0, len(words) - 1), label="first word")
        last = data.draw(st.integers(first, min(first + 4, len(words) - 1)), label="last word")
        section_id, paragraph, start, _ = words[first]
        if words[last][:2] != (section_id, paragraph):
            last = first
        end = words[last][3]
        span = Span(section_id, paragraph, start, end)
        section_index = [s.id for s in article.sections].index(section_id)
        section = article.sections[section_index]
        anchor = (section_index, section_id, paragraph, start, end)
        chosen = section.paragraphs[paragraph][start:end]
        note = data.draw(st.none() | _TYPED)
        if action == "add-quote":
            speaker = data.draw(st.sampled_from(speakers) if speakers else _NAME)
            op = AddQuote(article.document, span, speaker, "direct", note)
            quotes_[(speaker, chosen, "direct", note, None, True, anchor)] += 1
        else:
            label, value = data.draw(_NAME), data.draw(_NUMBER)
            op = AddStatistic(article.document, span, label, value, None, None, None, note)
            statistics_[(label, value, None, None, None, note, chosen, None, True, anchor)] += 1
        extent = None
    applied = apply_checked(text, op, path=PATH, before=result)
    after = applied.text
    if extent is not None:
        low, high = extent
        if action == "delete":
            # The item's lines; after them, at most `occurrence` given to one that moved.
            high = len(text)
        tail = len(text) - high
        assert after[:low] == text[:low], "a character before the edited item changed"
        assert after[len(after) - tail :] == text[high:], "a character after it changed"
    else:
        prefix, end = _changed(text, after)
        assert prefix == end, "an addition only inserts"
    return applied.text


# An `occurrence` pair, as the editing core writes it in a block or a flow mapping.
_OCCURRENCE = re.compile(r"(?m)^[ \t]*occurrence: \d+[ \t]*\r?\n|,[ \t]*occurrence: \d+")


def _respan(
    data: st.DataObject, text: str, result: LoadResult, article: Article, expected: dict[Any, Any]
) -> str:
    """Move an annotation's words: the bytes before it stay, its own mapping changes, and
    after it at most `occurrence` given to the annotations list order would move."""
    quotes_, statistics_, _ = expected[article.document]
    pool: list[Quote | Statistic] = [*article.quotes, *article.statistics]
    target = data.draw(st.sampled_from(pool), label="target")
    kind = "quote" if isinstance(target, Quote) else "statistic"
    ref = AnnotationRef(kind, target.line, target.column)
    words = _words(article)
    first = data.draw(st.integers(0, len(words) - 1), label="first word")
    last = data.draw(st.integers(first, min(first + 6, len(words) - 1)), label="last word")
    section_id, paragraph, start, _ = words[first]
    if words[last][:2] != (section_id, paragraph):
        last = first
    end = words[last][3]
    section_index = [s.id for s in article.sections].index(section_id)
    chosen = article.sections[section_index].paragraphs[paragraph][start:end]
    anchor = (section_index, section_id, paragraph, start, end)
    section = None if target.section is None else section_id
    applied = apply_checked(text, Respan(ref, Span(section_id, paragraph, start, end)), path=PATH)
    if isinstance(target, Quote):
        key = _quote_key(target)
        quotes_[key] -= 1
        quotes_[(key[0], chosen, key[2], key[3], section, True, anchor)] += 1
    else:
        key = _statistic_key(target)
        statistics_[key] -= 1
        statistics_[(*key[:6], chosen, section, True, anchor)] += 1
    after = applied.text
    low, high = _item_extent(text, ref)
    assert after[:low] == text[:low], "a character before the moved annotation changed"
    tail = _OCCURRENCE.sub("", text[high:])
    assert _OCCURRENCE.sub("", after[low:]).endswith(tail), "more than pins after it"
    return after


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.sampled_from(sorted(FIXTURES)), st.data())
def test_random_changes_keep_every_other_byte_and_load_as_described(
    name: str, data: st.DataObject
) -> None:
    original = FIXTURES[name]
    text = original
    result = load_text(text, Path(PATH))
    assert result.problems == []
    expected = _model(result)
    for _ in range(data.draw(st.integers(1, 5), label="changes")):
        text = _step(data, text, result, expected)
        result = load_text(text, Path(PATH))
        _check_layout(original, text)
        assert result.problems == [], [str(p) for p in result.problems]
        got = _model(result)
        for document, (quotes_, statistics_, speakers) in expected.items():
            assert +got[document][0] == +quotes_
            assert +got[document][1] == +statistics_
            assert got[document][2] == speakers
