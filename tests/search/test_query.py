"""The query language: what it reads, and what it refuses with a useful message."""

from __future__ import annotations

import datetime as dt

import pytest

from pressreader.index.query import (
    And,
    Field,
    Not,
    Or,
    QueryError,
    Term,
    fts_string,
    fts_term,
    has_cjk,
    parse,
)


def test_plain_words_are_and() -> None:
    root = parse("trade  partners").root
    assert isinstance(root, And)
    assert [(t.text, t.kind) for t in root.operands if isinstance(t, Term)] == [
        ("trade", "word"),
        ("partners", "word"),
    ]


def test_phrase_prefix_or_and_exclusion() -> None:
    text = '"free trade" export* china OR laos -taiwan'
    root = parse(text).root
    assert isinstance(root, And)
    phrase, prefix, either, excluded = root.operands
    assert phrase == Term("free trade", "phrase", 1)
    assert prefix == Term("export", "prefix", text.index("export") + 1)
    assert isinstance(either, Or)
    assert [t.text for t in either.operands if isinstance(t, Term)] == ["china", "laos"]
    assert isinstance(excluded, Not) and excluded.operand == Term(
        "taiwan", "word", text.index("taiwan") + 1
    )


def test_fields_and_dates() -> None:
    query = parse(
        'speaker:"Ma Zhaoxu" outlet:Xinhua tag:trade title:summit after:2022-01-01 before:2023'
    )
    fields = {f.name: f for f in query.fields()}
    assert fields["speaker"].value == "Ma Zhaoxu"
    assert fields["outlet"].value == "Xinhua"
    assert fields["after"].date == dt.date(2022, 1, 1)
    assert fields["before"].date == dt.date(2023, 1, 1)
    assert parse("after:2022-03").fields()[0].date == dt.date(2022, 3, 1)
    assert query.terms() == []


def test_groups_and_written_out_and() -> None:
    root = parse("(trade OR export*) AND china").root
    assert isinstance(root, And)
    assert isinstance(root.operands[0], Or)
    assert root.operands[1] == Term("china", "word", 24)


def test_hyphenated_word_is_not_an_exclusion() -> None:
    root = parse("anti-china -dumping").root
    assert isinstance(root, And)
    assert root.operands[0] == Term("anti-china", "word", 1)
    assert isinstance(root.operands[1], Not)


def test_excluded_field_and_group() -> None:
    root = parse("trade -tag:sports -(laos OR vietnam)").root
    assert isinstance(root, And)
    assert isinstance(root.operands[1], Not) and isinstance(root.operands[1].operand, Field)
    assert isinstance(root.operands[2], Not) and isinstance(root.operands[2].operand, Or)


def test_terms_lists_only_what_is_searched_for() -> None:
    query = parse('a "b c" -d e OR f*')
    assert [t.text for t in query.terms()] == ["a", "b c", "e", "f"]


def test_cjk_detection() -> None:
    assert has_cjk("中国") and has_cjk("ひらがな") and has_cjk("カタカナ") and has_cjk("G20峰会")
    assert not has_cjk("“Quotes” — and café")
    assert parse("外交").terms()[0].cjk


@pytest.mark.parametrize(
    ("text", "column", "words"),
    [
        ('trade "free trade', 7, "unclosed quote"),
        ("trade OR", 7, "OR"),
        ("OR trade", 1, "OR"),
        ("a OR OR b", 3, "OR"),
        ("after:2022-13-01", 7, "not a date"),
        ("after:yesterday", 7, "not a date"),
        ("before:2022-02-30", 8, "not a date"),
        ("spaeker:Ma", 1, "did you mean `speaker:`"),
        ("titel:x", 1, "did you mean `title:`"),
        ("colour:red", 1, "unknown field"),
        ("speaker:", 1, "needs a value"),
        ('speaker:""', 1, "needs a value"),
        ("", 1, "nothing to search for"),
        ("   ", 4, "nothing to search for"),
        ("-trade", 1, "only exclusions"),
        ("trade -", 7, "has no letters"),
        ("(trade", 1, "unclosed `(`"),
        ("trade)", 6, "without a matching `(`"),
        ("()", 2, "empty ( )"),
        ("a OR -b", 6, "exclusion cannot be one side of OR"),
        ("ex*port", 3, "`*` only goes at the end"),
        ("trade a*b", 8, "`*` only goes at the end"),
        ("a**b*", 2, "`*` only goes at the end"),
        ("*", 1, "needs a word before it"),
        ('""', 1, "empty phrase"),
        ("!!!", 1, "no letters or digits"),
        ("--x", 2, "exclude once"),
        ("ok \udcff", 4, "not valid UTF-8"),
    ],
)
def test_unreadable_queries_say_what_and_where(text: str, column: int, words: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse(text)
    assert caught.value.column == column
    assert words in str(caught.value)
    assert str(caught.value).startswith(f"column {column}: ")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\\", "`\\`"),  # one backslash typed, one shown (not repr's two)
        ('title:"\\\\"', "`\\\\`"),  # two typed, two shown
        ("\u200b", "`\\u200b`"),  # an invisible character is shown escaped
        ("after:20x", "`20x`"),
    ],
)
def test_a_query_error_shows_the_value_as_typed(text: str, shown: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse(text)
    assert shown in str(caught.value)


def test_fts_strings_quote_everything() -> None:
    assert fts_string('say "hi"') == '"say ""hi"""'
    assert fts_term(Term("export", "prefix")) == '"export" *'
    assert fts_term(Term("NEAR(a b)", "word")) == '"NEAR(a b)"'
    assert fts_term(Term("col:x", "phrase")) == '"col:x"'


def test_control_characters_are_spaces_even_inside_quotes() -> None:
    assert parse('"free\x00trade"').root == Term("free trade", "phrase", 1)
    root = parse("a\x00b").root
    assert isinstance(root, And) and [t.text for t in root.operands if isinstance(t, Term)] == [
        "a",
        "b",
    ]


def test_a_chinese_term_or_value_loses_the_punctuation_at_its_ends() -> None:
    assert parse("「北约」").root == Term("北约", "word", 1)
    assert parse('"北约。" 峰会').terms() == [Term("北约", "phrase", 1), Term("峰会", "word", 7)]
    assert parse("北约：*").root == Term("北约", "prefix", 1)
    assert parse("speaker:（王毅）").root == Field("speaker", "王毅", 1)
    # Inside the term, and in a term with no Han or kana, nothing is taken out.
    assert parse("北约：峰会").root == Term("北约：峰会", "word", 1)
    assert parse("U.S.").root == Term("U.S.", "word", 1)
