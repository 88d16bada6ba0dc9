"""What each change writes, in the file's own style, and what is refused."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pressreader.editing.apply import apply, apply_checked
from pressreader.editing.errors import EditRefused, NewProblems
from pressreader.editing.ops import (
    Accept,
    AddQuote,
    AddSpeaker,
    AddStatistic,
    AnnotationRef,
    Delete,
    EditQuote,
    EditStatistic,
    SetSummary,
    SetTags,
    Span,
)
from pressreader.format.loader import load_text
from pressreader.model import Article
from tests.editing.fixtures import BARE, BLOCK, CRLF_BOM, FLOW, MULTI, QUOTED


def _article(text: str, document: int = 0) -> Article:
    result = load_text(text, Path("a.yaml"))
    assert result.problems == [], [str(p) for p in result.problems]
    return next(a for a in result.articles if a.document == document)


def _quote(text: str, number: int, document: int = 0) -> AnnotationRef:
    quote = _article(text, document).quotes[number]
    return AnnotationRef("quote", quote.line, quote.column)


def _statistic(text: str, number: int) -> AnnotationRef:
    statistic = _article(text).statistics[number]
    return AnnotationRef("statistic", statistic.line, statistic.column)


def test_accept_removes_the_reviewed_false_line_only() -> None:
    after = apply(BLOCK, Accept(_quote(BLOCK, 0)))
    assert after == BLOCK.replace(
        "    text: The harbour is open   # the first time\n    reviewed: false\n",
        "    text: The harbour is open   # the first time\n",
    )
    assert _article(after).quotes[0].reviewed


def test_accept_of_a_first_key_moves_the_next_key_up_to_the_dash() -> None:
    after = apply(BLOCK, Accept(_statistic(BLOCK, 0)))
    assert "  - label: Ships\n    value: 181\n" in after
    assert after.replace("  - label: Ships\n", "  - reviewed: false\n    label: Ships\n") == BLOCK


def test_accept_in_flow_style_removes_the_pair_and_one_comma() -> None:
    after = apply(FLOW, Accept(_quote(FLOW, 0)))
    assert "{speaker: Ann Lee, text: the port is open}," in after
    assert after.replace("open}", "open, reviewed: false}") == FLOW


def test_accept_keeps_crlf_and_the_byte_order_mark() -> None:
    after = apply(CRLF_BOM, Accept(_quote(CRLF_BOM, 0)))
    assert after == CRLF_BOM.replace("    reviewed: false\r\nstatistics", "statistics")


def test_accept_of_a_reviewed_annotation_changes_nothing() -> None:
    after = apply(BLOCK, Accept(_statistic(BLOCK, 1)))
    assert after == BLOCK


def test_delete_removes_the_item_lines_and_keeps_the_comments_around_it() -> None:
    after = apply(BLOCK, Delete(_quote(BLOCK, 1)))
    assert "  # a comment between items\n\nstatistics:" in after
    assert "Bo Chen\n    text: trade" not in after
    assert [q.text for q in _article(after).quotes] == ["The harbour is open"]


def test_delete_in_a_flow_list_and_in_a_block_list_of_flow_mappings() -> None:
    after = apply(FLOW, Delete(_quote(FLOW, 0)))
    assert ' quotes: [{speaker: "Bo Chen"' in after
    after = apply(QUOTED, Delete(_quote(QUOTED, 0)))
    assert (
        "quotes:\n- {speaker: 'Bo Chen', text: we are ready, kind: direct, occurrence: 2}\n"
        in after
    )


def test_delete_the_first_of_two_equal_quotes_leaves_the_pinned_second_in_its_place() -> None:
    # Ann Lee's and Bo Chen's quotes have the same words, Bo Chen's pinned to their second
    # place: the deleted one is told by where it stood, not by its words, so Bo Chen's is
    # neither taken for it nor given another `occurrence`.
    was = _article(QUOTED).quotes[1].anchor
    applied = apply_checked(QUOTED, Delete(_quote(QUOTED, 0)))
    assert applied.text == QUOTED.replace(
        '- {speaker: Ann Lee, text: "we are ready", reviewed: false}\n', ""
    )
    (quote,) = applied.result.articles[0].quotes
    assert quote.speaker == "Bo Chen" and quote.anchor == was


def test_delete_in_the_first_document_leaves_the_second_byte_for_byte() -> None:
    after = apply(MULTI, Delete(_quote(MULTI, 0)))
    assert after.split("---\n")[1] == MULTI.split("---\n")[1]


def test_edit_quote_sets_only_what_changed_and_adds_keys_in_the_mapping_style() -> None:
    after = apply(
        BLOCK, EditQuote(_quote(BLOCK, 0), "Bo Chen", "indirect", 'a "note"\n# not a comment')
    )
    assert '  - speaker: "Bo Chen"\n    text: The harbour is open   # the first time\n' in after
    assert (
        '    kind: "indirect"\n    note: "a \\"note\\"\\n# not a comment"\n  # a comment' in after
    )
    quote = _article(after).quotes[0]
    assert (quote.speaker, quote.kind, quote.note, quote.reviewed) == (
        "Bo Chen",
        "indirect",
        'a "note"\n# not a comment',
        True,
    )
    after = apply(FLOW, EditQuote(_quote(FLOW, 1), "Bo Chen", "direct", "n"))
    assert '{speaker: "Bo Chen", text: \'the port is busy\', note: "n"}]' in after


def test_edit_removes_a_field_set_to_none() -> None:
    after = apply(BLOCK, EditQuote(_quote(BLOCK, 1), "Bo Chen", "indirect", None))
    assert "note:" not in after.split("statistics:")[0].split("Bo Chen\n")[1]
    assert _article(after).quotes[1].note is None


def test_edit_statistic_writes_numbers_that_read_back_as_the_same_type() -> None:
    ref = _statistic(BLOCK, 0)
    after = apply(BLOCK, EditStatistic(ref, "Ships", 1e20, 172, "ships", "2026", "a note"))
    statistic = _article(after).statistics[0]
    assert statistic.value == 1e20 and isinstance(statistic.value, float)
    assert (statistic.previous, statistic.period, statistic.note) == (172, "2026", "a note")
    assert "    previous: 172\n" in after  # unchanged, not rewritten


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_an_edit_at_the_end_of_a_file_without_a_final_line_break_adds_no_blank_line(
    newline: str,
) -> None:
    # Many editors leave the last line without a line break: the `reviewed: false` there is
    # replaced by the new keys, not by an empty line before them.
    head = (
        "title: T\nsections:\n  - id: lead\n    paragraphs:\n      - 40% cheered.\n"
        "statistics:\n  - label: Cheer\n    value: 40\n    text: 40%\n"
    ).replace("\n", newline)
    text = head + "    reviewed: false"
    after = apply(text, EditStatistic(_statistic(text, 0), "Cheer", 41, 40, None, None, None))
    assert after == head.replace("value: 40", "value: 41") + "    previous: 40"
    # The file still ends without one.
    assert apply(text, Accept(_statistic(text, 0))) == head.removesuffix(newline)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("last", ["    text: 40%", "    text: 40%  # the figure"])
def test_deleting_the_last_item_of_a_file_without_a_final_line_break_adds_none(
    newline: str, last: str
) -> None:
    # The last item's lines go with the line break before them: the file still ends
    # without one, and every other byte is as it was.
    head = (
        "title: T\nsections:\n  - id: lead\n    paragraphs:\n      - 40% cheered; 60% did.\n"
        "statistics:\n  - label: Most\n    value: 60\n    text: 60%"
    ).replace("\n", newline)
    text = head + newline + ("  - label: Cheer\n    value: 40\n" + last).replace("\n", newline)
    assert apply(text, Delete(_statistic(text, 1))) == head


def test_new_text_cannot_inject_yaml() -> None:
    hostile = 'x\n---\ntitle: injected\n# c: ["{'
    after = apply_checked(BLOCK, EditQuote(_quote(BLOCK, 0), "Ann Lee", "direct", hostile))
    assert len(after.result.articles) == 1
    assert after.result.articles[0].quotes[0].note == hostile


def test_add_quote_in_reading_order_needs_no_occurrence() -> None:
    article = _article(BLOCK)
    paragraph = article.sections[0].paragraphs[0]
    start = paragraph.index("Ann Lee said")
    span = Span("lead", 0, start, start + len("Ann Lee said"))
    applied = apply_checked(BLOCK, AddQuote(0, span, "Ann Lee", "indirect", None))
    assert "occurrence" not in applied.text
    quotes = applied.result.articles[0].quotes
    assert [q.text for q in quotes] == ["The harbour is open", "Ann Lee said", "trade"]
    assert quotes[1].anchor is not None and quotes[1].anchor.start == start
    assert [q.anchor for q in quotes[::2]] == [q.anchor for q in article.quotes]


def test_add_quote_on_a_repeated_phrase_list_order_cannot_reach_gets_occurrence() -> None:
    article = _article(BLOCK)
    paragraph = article.sections[0].paragraphs[0]
    second = paragraph.index("The harbour is open", 1)
    span = Span("lead", 0, second, second + len("The harbour is open"))
    # The first quote already stands on the first "The harbour is open": list order would
    # give the new one the same place.
    applied = apply_checked(BLOCK, AddQuote(0, span, "Ann Lee", "direct", None))
    assert "    occurrence: 2\n" in applied.text
    quotes = applied.result.articles[0].quotes
    assert quotes[1].anchor is not None and quotes[1].anchor.start == second
    assert quotes[0].anchor == article.quotes[0].anchor
    assert quotes[2].anchor == article.quotes[1].anchor


def test_add_quote_where_the_one_before_stands_is_pinned_when_its_words_stand_again() -> None:
    # `The harbour` stands twice; the first quote (`The harbour is open`) starts on the first.
    # List order would give a new quote of `The harbour` there too, where it was chosen, but
    # `check` warns of two annotations at one place whose words stand elsewhere too (the
    # slip of a list that repeats equal words): the new one gets `occurrence: 1` instead.
    article = _article(BLOCK)
    paragraph = article.sections[0].paragraphs[0]
    first = paragraph.index("The harbour")
    assert paragraph.count("The harbour") == 2 and article.quotes[0].anchor is not None
    assert article.quotes[0].anchor.start == first
    span = Span("lead", 0, first, first + len("The harbour"))
    applied = apply_checked(BLOCK, AddQuote(0, span, "Ann Lee", "direct", None))
    assert "    occurrence: 1\n" in applied.text
    assert applied.result.problems == []
    quotes = applied.result.articles[0].quotes
    assert quotes[1].text == "The harbour" and quotes[1].anchor is not None
    assert quotes[1].anchor.start == first
    assert [q.anchor for q in quotes[::2]] == [q.anchor for q in article.quotes]


def test_add_statistic_creates_the_list_in_block_style() -> None:
    paragraph = _article(BARE).sections[0].paragraphs[0]
    start = paragraph.index("40 ferries")
    op = AddStatistic(
        0, Span("section-1", 0, start, start + 10), "Ferries", 40, None, None, None, None
    )
    after = apply(BARE, op)
    assert after == BARE + (
        'statistics:\n  - label: "Ferries"\n    value: 40\n    text: "40 ferries"\n'
    )
    assert _article(after).statistics[0].anchor is not None


def test_add_into_a_flow_list_and_a_document_ended_by_dots() -> None:
    paragraph = _article(FLOW).sections[0].paragraphs[0]
    start = paragraph.index("12 cranes")
    op = AddStatistic(0, Span("only", 0, start, start + 9), "Cranes", 12, None, None, None, None)
    applied = apply_checked(FLOW, op)
    assert applied.text.count("12 cranes") == 3  # the paragraph, the old one and the new one
    span = Span("section-1", 0, 0, len("Bo Chen"))
    after = apply_checked(MULTI, AddQuote(1, span, "Bo Chen", "direct", None))
    assert after.text.startswith(MULTI.split("...")[0])
    assert after.text.endswith("...\n")


def test_add_speaker_to_an_article_without_a_list_lists_those_quoted_first() -> None:
    text = MULTI
    after = apply_checked(text, AddSpeaker(0, "Bo Chen", "analyst", None))
    names = [s.name for s in after.result.articles[0].speakers]
    assert names == ["Ann Lee", "Bo Chen"]
    article = after.result.articles[1]
    assert article.speakers == []


def test_tags_and_summary() -> None:
    after = apply(BARE, SetTags(0, ("ferries", "summer: yes")))
    assert after.endswith('tags:\n  - ferries\n  - "summer: yes"\n')
    assert _article(after).tags == ["ferries", "summer: yes"]
    after = apply(after, SetSummary(0, "A summary."))
    assert _article(after).summary == "A summary."
    after = apply(after, SetSummary(0, None))
    assert _article(after).summary is None
    assert apply(BARE, SetTags(0, ())).endswith("daily in summer.\n")


ALIASED = """\
title: Aliases
speakers: [{name: Ann Lee}]
sections:
  - paragraphs: [Ann Lee said hello.]
quotes:
  - &first
    speaker: Ann Lee
    text: hello
    reviewed: false
  - *first
  - <<: {speaker: Ann Lee, kind: indirect}
    text: said hello
    reviewed: false
"""


def test_a_node_shared_through_an_alias_is_refused() -> None:
    quotes = _article(ALIASED).quotes
    ref = AnnotationRef("quote", quotes[0].line, quotes[0].column)
    for op in (Accept(ref), Delete(ref), EditQuote(ref, "Ann Lee", "direct", None)):
        with pytest.raises(EditRefused, match="alias"):
            apply(ALIASED, op)


def test_a_mapping_with_a_merge_key_is_refused() -> None:
    quote = _article(ALIASED).quotes[2]
    ref = AnnotationRef("quote", quote.line, quote.column)
    with pytest.raises(EditRefused, match="merge key"):
        apply(ALIASED, Accept(ref))


def test_a_stale_reference_is_refused() -> None:
    with pytest.raises(EditRefused, match="no longer there"):
        apply(BLOCK, Accept(AnnotationRef("quote", 3, 1)))


def test_a_change_that_adds_a_problem_is_refused_and_names_it() -> None:
    # A speaker not listed under `speakers` is a warning the file did not have.
    with pytest.raises(NewProblems, match="not listed under `speakers`") as raised:
        apply_checked(BLOCK, EditQuote(_quote(BLOCK, 0), "Nobody", "direct", None))
    assert raised.value.problems


def test_a_deletion_that_would_move_another_annotation_pins_it() -> None:
    text = """\
title: Pins
speakers: [{name: A}]
sections:
  - paragraphs: [one two one three]
quotes:
  - {speaker: A, text: two}
  - {speaker: A, text: one}
"""
    before = _article(text).quotes[1].anchor
    assert before is not None and before.start == 8  # the "one" after "two"
    applied = apply_checked(text, Delete(_quote(text, 0)))
    assert "{speaker: A, text: one, occurrence: 2}" in applied.text
    assert applied.result.articles[0].quotes[0].anchor == before


def test_a_value_or_an_item_holding_an_anchor_used_elsewhere_is_refused() -> None:
    text = """\
title: Anchors
speakers: [{name: Ann Lee}]
sections:
  - paragraphs: [Ann Lee said hello and goodbye.]
quotes:
  - speaker: &who Ann Lee
    text: hello
    note: &note checked
  - speaker: *who
    text: goodbye
    note: *note
"""
    quotes = _article(text).quotes
    first = AnnotationRef("quote", quotes[0].line, quotes[0].column)
    with pytest.raises(EditRefused, match="alias"):
        apply(text, Delete(first))
    with pytest.raises(EditRefused, match="alias"):
        apply(text, EditQuote(first, "Ann Lee", "direct", "changed"))
    # A field left as it is may be shared: setting only the kind is fine.
    after = apply_checked(text, EditQuote(first, "Ann Lee", "indirect", "checked"))
    assert after.result.articles[0].quotes[0].kind == "indirect"


def test_a_flow_mapping_with_a_trailing_comma_and_a_kept_block_scalar() -> None:
    text = """\
title: Edges
speakers: [{name: A}]
sections:
  - paragraphs: [one two three]
quotes:
  - speaker: A
    text: one
    note: |+
      kept

  - {speaker: A, text: three,}
"""
    second = _quote(text, 1)
    after = apply_checked(text, EditQuote(second, "A", "direct", "n")).text
    assert '  - {speaker: A, text: three, note: "n",}\n' in after
    span = Span("section-1", 0, 4, 7)  # "two", between the two quotes
    applied = apply_checked(text, AddQuote(0, span, "A", "direct", None))
    quotes = applied.result.articles[0].quotes
    assert [q.text for q in quotes] == ["one", "two", "three"]
    assert quotes[0].note == "kept\n\n"


def test_the_last_guard_names_what_a_change_altered_beyond_its_node() -> None:
    from pressreader.editing.apply import _changed_elsewhere

    before = load_text(BLOCK, Path("a.yaml"))
    ref = _quote(BLOCK, 0)
    altered = BLOCK.replace("      on two lines.\n", "      on three lines.\n")
    after = load_text(altered, Path("a.yaml"))
    assert _changed_elsewhere(before, after, Accept(ref)) == "the other quotes"
    assert (
        _changed_elsewhere(before, after, EditQuote(_quote(BLOCK, 1), "B", "direct", None)) is None
    )
    retitled = load_text(
        BLOCK.replace("title: Harbour reopens", "title: Harbour shut"), Path("a.yaml")
    )
    assert _changed_elsewhere(before, retitled, SetTags(0, ())) == "the article's metadata"


TAGGED = """\
title: Tags
sections:
  - paragraphs: [The ferry runs daily in summer.]
tags:
  - ferries   # the main one
  - 'harbour'
  # the season
  - summer
  - "news"
"""


def _tags(text: str) -> list[str]:
    return _article(text).tags


def test_a_tag_added_or_removed_changes_its_own_line_only() -> None:
    # Added at the end: one line more, every other byte as it was.
    after = apply(TAGGED, SetTags(0, ("ferries", "harbour", "summer", "news", "ports")))
    assert after == TAGGED + '  - "ports"\n'
    # Removed from the middle: its line goes, the comments and quoting of the rest stay.
    after = apply(TAGGED, SetTags(0, ("ferries", "harbour", "news")))
    assert after == TAGGED.replace("  - summer\n", "")
    # Put first, and one replaced.
    after = apply(TAGGED, SetTags(0, ("local", "ferries", "harbour", "summer", "news")))
    assert after == TAGGED.replace("tags:\n", 'tags:\n  - "local"\n')
    after = apply(TAGGED, SetTags(0, ("ferries", "harbour", "autumn", "news")))
    assert after == TAGGED.replace("  - summer\n", '  - "autumn"\n')
    # The same tags: nothing changes.
    assert apply(TAGGED, SetTags(0, ("ferries", "harbour", "summer", "news"))) == TAGGED


def test_a_tag_edit_in_a_bracketed_list_keeps_the_rest() -> None:
    text = (
        "title: Tags\nsections:\n  - paragraphs: [The ferry runs.]\n"
        "tags: [ferries, 'harbour', news]  # kept\n"
    )
    assert apply(text, SetTags(0, ("ferries", "news"))) == text.replace("'harbour', ", "")
    assert apply(text, SetTags(0, ("ferries", "harbour"))) == text.replace(", news", "")
    assert apply(text, SetTags(0, ("ports", "ferries", "harbour", "news"))) == text.replace(
        "[ferries", '["ports", ferries'
    )
    assert apply(text, SetTags(0, ("ferries", "harbour", "news", "x"))) == text.replace(
        "news]", 'news, "x"]'
    )


def test_a_tag_edit_on_the_last_line_without_a_line_break() -> None:
    text = TAGGED.rstrip("\n")
    after = apply(text, SetTags(0, ("ferries", "harbour", "summer")))
    assert after == text.replace('\n  - "news"', "")
    assert _tags(after) == ["ferries", "harbour", "summer"]
    after = apply(text, SetTags(0, ("ferries", "harbour", "summer", "sea")))
    assert after == text.replace('  - "news"', '  - "sea"')
    crlf = TAGGED.replace("\n", "\r\n")
    after = apply(crlf, SetTags(0, ("ferries", "summer", "news", "sea")))
    assert after == crlf.replace("  - 'harbour'\r\n", "") + '  - "sea"\r\n'


@pytest.mark.parametrize("seed", range(40))
def test_any_tag_edit_gives_the_tags_asked_for(seed: int) -> None:
    rng = random.Random(seed)
    pool = ["ferries", "harbour", "summer", "news", "a: b", "x", "y", "港口"]
    flow = TAGGED[: TAGGED.index("tags:")] + "tags: [ferries, 'harbour', summer, news]  # kept\n"
    for text in (TAGGED, TAGGED.rstrip("\n"), TAGGED.replace("\n", "\r\n"), flow):
        wanted = tuple(rng.sample(pool, rng.randint(1, 5)))
        after = apply(text, SetTags(0, wanted))
        assert _tags(after) == list(wanted)
        # Everything before the list is as it was.
        assert after.startswith(text[: text.index("tags:")])


@pytest.mark.parametrize(
    "tail",
    ["speakers:\n", "speakers:   # none yet\n", "speakers: ~\n", "speakers: null", "speakers:"],
)
def test_an_empty_list_in_a_block_article_gets_block_items(tail: str) -> None:
    # Written as a list the article has no key for is: `[{...}]` after the key was the
    # only flow text in a block file.
    head = "title: T\nsections:\n  - paragraphs: [Ann Lee said hi.]\n"
    after = apply(head + tail, AddSpeaker(0, "Bo Chen", "analyst", None))
    key = tail.replace(" ~", "").replace(" null", "").rstrip("\n")
    items = '  - name: "Bo Chen"\n    role: "analyst"'
    assert after == head + key + "\n" + items + ("\n" if tail.endswith("\n") else "")
    assert [s.name for s in _article(after).speakers] == ["Bo Chen"]
    # A flow article keeps flow.
    flow = "{title: T, sections: [{paragraphs: [Ann said hi.]}], speakers: }\n"
    assert '[{name: "Bo Chen"' in apply(flow, AddSpeaker(0, "Bo Chen", None, None))
