"""A keyboard selection of words in a paragraph, and what a new annotation's form starts with."""

from __future__ import annotations

from pressreader.article import selection as sel
from pressreader.model import Article, Section, Speaker
from pressreader.text.numbers import ParsedNumber, parse_number

PARAGRAPH = "“We will rebuild the pier,” said Ann Lee. Trade rose 4.6% to 1,200 ships! Lee left."


def _article() -> Article:
    return Article(
        id="a",
        title="T",
        sections=[Section("lead", None, ["First.", PARAGRAPH])],
        speakers=[Speaker("Ann Lee"), Speaker("Bo Chan")],
    )


def test_a_selection_starts_on_a_word_and_grows_by_words_and_sentences() -> None:
    article = _article()
    start = sel.start_selection(article, 0, 1, 1)
    assert start is not None
    assert PARAGRAPH[start.start : start.end] == "“We"
    two = sel.extend_word(PARAGRAPH, start)
    assert PARAGRAPH[two.start : two.end] == "“We will"
    assert sel.shrink_word(PARAGRAPH, two) == start
    assert sel.shrink_word(PARAGRAPH, start) == start  # never fewer than one word
    sentence = sel.extend_sentence(PARAGRAPH, start)
    assert PARAGRAPH[sentence.start : sentence.end] == "“We will rebuild the pier,” said Ann Lee."
    second = sel.extend_sentence(PARAGRAPH, sentence)
    assert PARAGRAPH[second.start : second.end].endswith("1,200 ships!")
    moved = sel.move_start(PARAGRAPH, start, 1)
    assert PARAGRAPH[moved.start : moved.end] == "will"
    assert sel.move_start(PARAGRAPH, start, -1) == start
    assert sel.extend_to(start, 26).end == 26
    assert sel.extend_to(two, 1) == two
    assert start.anchor().section_id == "lead"


def test_the_words_of_a_quote_lose_their_quotation_marks_and_the_speaker_is_the_nearest() -> None:
    article = _article()
    start = sel.start_selection(article, 0, 1, 0)
    assert start is not None
    words = start
    for _ in range(4):
        words = sel.extend_word(PARAGRAPH, words)
    trimmed = sel.quote_words(PARAGRAPH, words)
    # The comma inside the closing mark is the quote's (ANNOTATING.md: `We will,`).
    assert PARAGRAPH[trimmed.start : trimmed.end] == "We will rebuild the pier,"
    assert sel.likely_speaker(article, trimmed) == "Ann Lee"
    # Reported words without marks lose the comma after them (`said that A, adding …`).
    reported = "Lee said that the pier will reopen, adding that trade rose."
    start = reported.index("the pier")
    indirect = sel.Selection(0, "lead", 1, start, reported.index(" adding"))
    words_of = sel.quote_words(reported, indirect)
    assert reported[words_of.start : words_of.end] == "the pier will reopen"
    # A selection ending right before the closing mark keeps the comma too.
    inside = sel.Selection(0, "lead", 1, 1, PARAGRAPH.index("”"))
    assert _words(sel.quote_words(PARAGRAPH, inside)) == "We will rebuild the pier,"
    only_marks = sel.Selection(0, "lead", 1, 0, 1)
    assert sel.quote_words(PARAGRAPH, only_marks) == only_marks
    other = sel.start_selection(article, 0, 0, 0)
    assert other is not None
    assert sel.likely_speaker(article, other) is None
    assert sel.likely_speaker(article, other, last="Bo Chan") == "Bo Chan"
    assert sel.likely_speaker(article, other, last="Nobody") is None


def _words(selection: sel.Selection) -> str:
    return PARAGRAPH[selection.start : selection.end]


def test_an_annotations_words_are_selected_exactly_and_adjusted_at_either_end() -> None:
    # A quote's words start after its opening mark, inside the first "word".
    start = PARAGRAPH.index("We")
    quote = sel.of_anchor(sel.Selection(0, "lead", 1, start, start + 7).anchor())
    assert _words(quote) == "We will"
    assert _words(sel.shrink_word(PARAGRAPH, quote)) == "We"
    assert _words(sel.extend_word(PARAGRAPH, quote)) == "We will rebuild"
    # The start moves alone: a word earlier or later, the end kept.
    later = sel.shift_start(PARAGRAPH, sel.extend_word(PARAGRAPH, quote), 1)
    assert _words(later) == "will rebuild"
    assert _words(sel.shift_start(PARAGRAPH, later, -1)) == "“We will rebuild"
    assert sel.shift_start(PARAGRAPH, quote, -1).start == 0  # the first word: its mark
    one = sel.shift_start(PARAGRAPH, later, 1)
    assert _words(one) == "rebuild"
    assert sel.shift_start(PARAGRAPH, one, 1) == one  # never fewer than one word
    said = PARAGRAPH.index("said")
    lee = sel.Selection(0, "lead", 1, said, said + 4)
    assert _words(sel.shift_start(PARAGRAPH, lee, -1)) == "pier,” said"


def test_the_words_an_annotation_is_moved_to() -> None:
    whole = sel.Selection(0, "lead", 1, 0, PARAGRAPH.index(" said"))
    assert _words(whole) == "“We will rebuild the pier,”"
    # A quote keeps the punctuation inside its marks; the marks go.
    quote = sel.moved_words(PARAGRAPH, whole, quote=True)
    assert quote is not None and _words(quote) == "We will rebuild the pier,"
    # A statistic's words lose the trailing punctuation, as `f` makes them.
    end = PARAGRAPH.index("! Lee") + 1
    figure = sel.Selection(0, "lead", 1, PARAGRAPH.index("1,200"), end)
    statistic = sel.moved_words(PARAGRAPH, figure, quote=False)
    assert statistic is not None and _words(statistic) == "1,200 ships"
    # Only marks: no words to move to.
    mark = sel.Selection(0, "lead", 1, 0, 1)
    assert sel.moved_words(PARAGRAPH, mark, quote=True) is None
    assert sel.moved_words(PARAGRAPH, mark, quote=False) is None


def test_a_selection_outside_the_article_or_a_blank_paragraph_is_none() -> None:
    article = _article()
    assert sel.start_selection(article, 3, 0) is None
    assert sel.start_selection(article, 0, 9) is None
    exact = sel.start_selection(article, 0, 1, 3, 7)
    assert exact is not None and (exact.start, exact.end) == (3, 7)


def test_numbers_are_parsed_as_articles_write_them() -> None:
    assert parse_number("rose 4.6% to") == ParsedNumber(4.6, "%")
    assert parse_number("1,200 ships") == ParsedNumber(1200, None)
    assert parse_number("$3bn") == ParsedNumber(3_000_000_000, "$")
    assert parse_number("4.6 million people") == ParsedNumber(4_600_000, None)
    assert parse_number("12 per cent") == ParsedNumber(12, "%")
    assert parse_number("no figure here") is None
    # Scaled in decimal, not binary floating point (2009999.9999999998).
    assert parse_number("2.01 million") == ParsedNumber(2_010_000, None)
    assert parse_number("$1.07 billion") == ParsedNumber(1_070_000_000, "$")
    assert parse_number("2.5 thousandths") == ParsedNumber(2.5, None)


def test_chinese_and_japanese_figures_take_their_scale_and_currency() -> None:
    # As the importer reads them (`1.2万人` is 12000): `f` on selected words must not offer
    # a value ten thousand times too small.
    assert parse_number("共有1.2万人参加") == ParsedNumber(12_000, None)
    assert parse_number("投资3亿美元") == ParsedNumber(300_000_000, "$")
    assert parse_number("2.3亿") == ParsedNumber(230_000_000, None)
    assert parse_number("5.2万亿元") == ParsedNumber(5_200_000_000_000, None)
    assert parse_number("13億円") == ParsedNumber(1_300_000_000, None)
    assert parse_number("增长４０％") == ParsedNumber(40, "%")
    assert parse_number("20万欧元") == ParsedNumber(200_000, "€")
    # A scale character that is part of a word is no scale: 千 in 千米 (kilometres).
    assert parse_number("5千米") == ParsedNumber(5, None)


def test_the_words_of_a_statistic_lose_a_closing_full_stop() -> None:
    text = "Up 40% of stalls reopened."
    words = sel.Selection(0, "lead", 0, 3, len(text))
    assert text[sel.trimmed(text, words).start : sel.trimmed(text, words).end].endswith(".")
    stat = sel.trimmed(text, words, keep_stop=False)
    assert text[stat.start : stat.end] == "40% of stalls reopened"


def test_chinese_is_selected_a_character_at_a_time_and_its_sentences_end_at_their_marks() -> None:
    # Chinese is written without spaces: a run of it is no one word, and a full stop (。)
    # ends a sentence with no space after it.
    text = "港口在关闭三天后于周四重新开放。市长王明说：“我们恢复营业了。”交通量增长了40%。"
    article = Article(id="a", title="T", sections=[Section("lead", None, [text])])
    start = sel.start_selection(article, 0, 0, 0)
    assert start is not None
    assert text[start.start : start.end] == "港"
    two = sel.extend_word(text, start)
    assert text[two.start : two.end] == "港口"
    assert sel.shrink_word(text, two) == start
    sentence = sel.extend_sentence(text, start)
    assert text[sentence.start : sentence.end] == "港口在关闭三天后于周四重新开放。"
    second = sel.extend_sentence(text, sentence)
    assert text[second.start : second.end].endswith("我们恢复营业了。”")
    assert text[sel.move_start(text, start, 1).start] == "口"
    # Latin text keeps its words whole, and a full stop inside a number ends nothing.
    latin = "Trade rose 4.6% to 1,200 ships. Lee left."
    first = sel.start_selection(
        Article(id="b", title="T", sections=[Section("lead", None, [latin])]), 0, 0, 0
    )
    assert first is not None
    assert latin[: sel.extend_sentence(latin, first).end] == "Trade rose 4.6% to 1,200 ships."
