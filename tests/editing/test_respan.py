"""Moving a quote's or statistic's words (`Respan`): what is written, byte for byte, and what
is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressreader.editing.apply import apply, apply_checked
from pressreader.editing.errors import EditRefused, NewProblems
from pressreader.editing.ops import AnnotationRef, Respan, Span
from pressreader.format.loader import load_text
from pressreader.model import Anchor, Article
from tests.editing.fixtures import BLOCK, CRLF_BOM, FLOW, MULTI, QUOTED


def _article(text: str, document: int = 0) -> Article:
    result = load_text(text, Path("a.yaml"))
    assert result.problems == [], [str(p) for p in result.problems]
    return next(a for a in result.articles if a.document == document)


def _ref(text: str, kind: str, number: int, document: int = 0) -> AnnotationRef:
    article = _article(text, document)
    item = (article.quotes if kind == "quote" else article.statistics)[number]
    return AnnotationRef("quote" if kind == "quote" else "statistic", item.line, item.column)


def _span(text: str, words: str, *, section: int = 0, paragraph: int = 0, nth: int = 1) -> Span:
    """The `nth` place of `words` in a paragraph, as the reader's selection gives it."""
    article = _article(text)
    body = article.sections[section].paragraphs[paragraph]
    start = -1
    for _ in range(nth):
        start = body.index(words, start + 1)
    return Span(article.sections[section].id, paragraph, start, start + len(words))


def _anchor(text: str, span: Span) -> Anchor:
    article = _article(text)
    index = [s.id for s in article.sections].index(span.section_id)
    return Anchor(index, span.section_id, span.paragraph, span.start, span.end)


def test_a_block_quote_gets_its_new_words_and_only_that_line_changes() -> None:
    span = _span(BLOCK, "The harbour is open again")
    after = apply(BLOCK, Respan(_ref(BLOCK, "quote", 0), span))
    # The comment after the words stays; `reviewed: false` goes (moving reviews it).
    assert after == BLOCK.replace(
        "    text: The harbour is open   # the first time\n    reviewed: false\n",
        '    text: "The harbour is open again"   # the first time\n',
    )
    quote = _article(after).quotes[0]
    assert (quote.text, quote.anchor, quote.reviewed) == (
        "The harbour is open again",
        _anchor(BLOCK, span),
        True,
    )
    # Everything else of it stays.
    assert (quote.speaker, quote.kind, quote.note) == ("Ann Lee", "direct", None)


def test_a_reviewed_statistic_cut_too_late_is_cut_back_and_keeps_its_fields() -> None:
    text = BLOCK.replace("    text: 4.6 percent\n", "    text: 4.6 percent, Bo Chen said\n")
    span = _span(text, "4.6 percent", section=1)
    after = apply(text, Respan(_ref(text, "statistic", 1), span))
    assert after == text.replace("text: 4.6 percent, Bo Chen said\n", 'text: "4.6 percent"\n')
    statistic = _article(after).statistics[1]
    assert (statistic.label, statistic.value, statistic.unit) == ("Trade growth", 4.6, "%")
    assert statistic.note == "A folded note: with a colon, 'quotes' and # no comment."


def test_flow_style_keeps_its_brackets_and_comments() -> None:
    span = _span(FLOW, "the port is open.")
    after = apply(FLOW, Respan(_ref(FLOW, "quote", 0), span))
    assert after == FLOW.replace(
        "text: the port is open, reviewed: false},  # the first",
        'text: "the port is open."},  # the first',
    )
    span = _span(FLOW, "12 cranes", nth=1)
    span = Span(span.section_id, 0, span.start - len("with "), span.end)
    after = apply(FLOW, Respan(_ref(FLOW, "statistic", 0), span))
    assert after == FLOW.replace(
        "{label: Cranes, value: 12, text: 12 cranes, reviewed: false}",
        '{label: Cranes, value: 12, text: "with 12 cranes"}',
    )


def test_crlf_and_the_byte_order_mark_stay() -> None:
    span = _span(CRLF_BOM, "300 metres long")
    after = apply(CRLF_BOM, Respan(_ref(CRLF_BOM, "statistic", 0), span))
    assert after == CRLF_BOM.replace(
        "    text: 300 metres\r\n    reviewed: false\r\n", '    text: "300 metres long"\r\n'
    )
    assert after.startswith("\ufeff") and after.count("\n") == after.count("\r\n")


def test_chinese_words_and_a_section_the_quote_names() -> None:
    text = """\
title: 外交
speakers: [{name: 马朝旭}]
sections:
  - id: 导语
    paragraphs:
      - 马朝旭表示，中国外交是人民的外交。他说，中国坚持和平发展道路。
  - heading: 对外开放 新篇章
    paragraphs:
      - "马朝旭说：“开放的大门只会越开越大。”"
quotes:
  - speaker: 马朝旭   # 导语
    text: 中国外交
    kind: indirect
    section: 导语
"""
    ref = _ref(text, "quote", 0)
    # Longer, in the same section: only the words change.
    span = _span(text, "中国外交是人民的外交")
    after = apply_checked(text, Respan(ref, span)).text
    assert after == text.replace("text: 中国外交\n", 'text: "中国外交是人民的外交"\n')
    # Into the other section: the section it names follows the words.
    span = _span(text, "开放的大门只会越开越大。", section=1)
    applied = apply_checked(text, Respan(ref, span))
    assert applied.text == text.replace(
        "    text: 中国外交\n    kind: indirect\n    section: 导语\n",
        '    text: "开放的大门只会越开越大。"\n    kind: indirect\n'
        '    section: "对外开放-新篇章"\n',
    )
    quote = applied.result.articles[0].quotes[0]
    assert quote.anchor == _anchor(text, span) and quote.section == "对外开放-新篇章"


def test_a_repeated_phrase_list_order_cannot_reach_gets_occurrence() -> None:
    # The first quote stands on the first "The harbour is open": list order would give
    # the second the same place, so it is pinned to the second.
    span = _span(BLOCK, "The harbour is open", nth=2)
    applied = apply_checked(BLOCK, Respan(_ref(BLOCK, "quote", 1), span))
    assert applied.text == BLOCK.replace(
        "    text: trade\n", '    text: "The harbour is open"\n'
    ).replace("\n\n    reviewed: false\n\nstatistics", "\n\n    occurrence: 2\n\nstatistics")
    quotes = applied.result.articles[0].quotes
    assert quotes[1].anchor == _anchor(BLOCK, span)
    assert quotes[0].anchor == _article(BLOCK).quotes[0].anchor


def test_an_occurrence_no_longer_needed_is_removed_and_a_wrong_one_changed() -> None:
    text = """\
title: Occurrences
speakers: [{name: A}]
sections:
  - paragraphs: [aye nay aye maybe aye]
quotes:
  - {speaker: A, text: aye, occurrence: 2}   # the middle one
"""
    ref = _ref(text, "quote", 0)
    after = apply(text, Respan(ref, _span(text, "maybe")))
    assert after == text.replace("text: aye, occurrence: 2}", 'text: "maybe"}')
    after = apply(text, Respan(ref, _span(text, "aye", nth=3)))
    assert after == text.replace("occurrence: 2}", "occurrence: 3}")
    # The first "aye": list order reaches it, so the key goes.
    after = apply(text, Respan(ref, _span(text, "aye")))
    assert after == text.replace(", occurrence: 2}", "}")


def test_a_later_annotation_list_order_would_move_is_pinned_where_it_stood() -> None:
    text = """\
title: Pins
speakers: [{name: A}]
sections:
  - paragraphs: [one two one three one]
quotes:
  - {speaker: A, text: two}
  - {speaker: A, text: one}   # the one after "two"
"""
    before = _article(text).quotes[1].anchor
    assert before is not None and before.start == 8
    span = _span(text, "three")
    applied = apply_checked(text, Respan(_ref(text, "quote", 0), span))
    # This one keeps list order (no `occurrence`); the next, which would now look from
    # "three", keeps its place by one.
    assert applied.text == text.replace("text: two}", 'text: "three"}').replace(
        "text: one}", "text: one, occurrence: 2}"
    )
    quotes = applied.result.articles[0].quotes
    assert quotes[0].anchor == _anchor(text, span)
    assert quotes[1].anchor == before


def test_the_other_article_of_a_file_is_left_byte_for_byte() -> None:
    span = _span(MULTI, "hello again")
    after = apply(MULTI, Respan(_ref(MULTI, "quote", 0), span))
    assert after.split("---\n")[1] == MULTI.split("---\n")[1]
    assert after.split("---\n")[0] == MULTI.split("---\n")[0].replace(
        "    text: hello\n    reviewed: false\n", '    text: "hello again"\n'
    )


def test_empty_words_and_words_not_in_the_text_are_refused() -> None:
    ref = _ref(BLOCK, "quote", 0)
    body = _article(BLOCK).sections[0].paragraphs[0]
    space = body.index(" ")
    for span in (Span("lead", 0, space, space + 1), Span("lead", 0, 4, 4)):
        with pytest.raises(EditRefused, match="no words were chosen"):
            apply_checked(BLOCK, Respan(ref, span))
    for span in (
        Span("lead", 0, 0, len(body) + 1),
        Span("lead", 5, 0, 3),
        Span("nowhere", 0, 0, 3),
    ):
        with pytest.raises(EditRefused, match="not in the article's text"):
            apply_checked(BLOCK, Respan(ref, span))


def test_words_that_would_add_a_problem_are_refused() -> None:
    # A direct quote's words with their own quotation marks would show them twice.
    span = _span(QUOTED, "“we are ready”")
    with pytest.raises(NewProblems, match="quotation marks"):
        apply_checked(QUOTED, Respan(_ref(QUOTED, "quote", 0), span))


def test_an_annotation_shared_through_an_alias_or_gone_is_refused() -> None:
    text = """\
title: Aliases
speakers: [{name: Ann Lee}]
sections:
  - paragraphs: [Ann Lee said hello and goodbye.]
quotes:
  - speaker: Ann Lee
    text: &words hello
  - speaker: Ann Lee
    text: *words
"""
    span = _span(text, "goodbye")
    with pytest.raises(EditRefused, match="alias"):
        apply_checked(text, Respan(_ref(text, "quote", 0), span))
    with pytest.raises(EditRefused, match="no longer there"):
        apply_checked(BLOCK, Respan(AnnotationRef("quote", 3, 1), _span(BLOCK, "open")))
