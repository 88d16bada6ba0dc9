"""The importer's quick paths give exactly what the plain ones they stand for give (the scans
find what the plain patterns find, the check of an article reports what loading its text
reports): the speed-ups of PERFORMANCE.md ("Import with annotations") change no annotation."""

from __future__ import annotations

import datetime
import random
import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from pressreader.format import scalars
from pressreader.format.loader import load_text
from pressreader.format.provenance import source_sha256
from pressreader.importing import annotate as annotate_module
from pressreader.importing import chinese_figures, figures, parse, speakers
from pressreader.importing import sources as sources_module
from pressreader.importing.emit import verify
from pressreader.importing.pipeline import Options, read_draft
from pressreader.importing.quotes import (
    chinese,
    chinese_sources,
    clauses,
    direct,
    finder,
    marks,
    reported,
    sentence_ends,
    speech,
    state,
    subjects,
)
from pressreader.text.textnorm import WHITESPACE_CHANGE

# Text where a word boundary is not a space: the start, a letter beyond ASCII or a Han
# character before a word, `_`, digits, dashes, brackets, a verb of two words.
TRICKY = [
    "said the minister, who said that",
    "ésaid éstated noted—said (said) “said” _said said_ 2said said2 he said.",
    "他said 他 said; pointed out, pointed outward, pointed out·later, points out",
    "It was (two thirds) two-thirds half; in two years, (ten) days, 12 ten hundred",
    "(two (three) four (five million (six billion people) seven) (eight",
    "Ten million tons, two million, twenty-two people, sixty two dozen eggs, a dozen",
    "١٢ people, ٣ days, ² squared, ½ cup, 7 items, Ⅻ",
    "",
    "s",
]


def test_speech_verbs_are_the_matches_of_the_plain_pattern() -> None:
    plain = re.compile(rf"\b(?:{speech._SPEECH})\b")
    for text in TRICKY:
        expected = [(match.start(), match.end(), match.group()) for match in plain.finditer(text)]
        assert speech._speech_verbs(text) == expected, text


def test_a_digit_is_found_as_the_plain_pattern_finds_it() -> None:
    for text in [*TRICKY, "no digit here", "٣", "²", "½ only", "x9", "7 days", "page 0", "a-b"]:
        assert figures._has_digit(text) == (re.search(r"\d", text) is not None), text


def test_numbers_in_words_are_found_after_a_space_or_bracket_as_before() -> None:
    # (and at the paragraph's start: `Two hundred and twenty-five American Rangers arrived …`)
    plain = re.compile(figures._WORD_FIGURE_WORDS)
    for text in [*TRICKY, "Twenty-five Rangers, two hundred and five (two) x-two twenty-first"]:
        lowered = figures._lowered(text)
        expected = [
            (match.start("word"), match.end())
            for match in plain.finditer(lowered)
            if figures._starts_word(lowered, match.start())
            and (match.start() == 0 or lowered[match.start() - 1] in " (")
        ]
        found = [(m.start("word"), m.end()) for m in figures._word_figures(lowered)]
        assert found == expected, text


def test_a_quotation_mark_is_found_as_the_plain_pattern_finds_it() -> None:
    for text in [*TRICKY, 'He said "yes".', "“Yes,” he said.", "it‘s", "«oui»", "no mark"]:
        assert marks._has_mark(text) == (marks._MARK.search(text) is not None), text


def test_a_quotation_mark_is_found_where_the_plain_pattern_finds_it() -> None:
    # The wrong-way `”` before a capital after a space, `…`, `(` or at the start, and not
    # elsewhere; bounds that cut the look-ahead or stand after the character looked behind.
    pieces = [
        "”",
        "“",
        "‘",
        '"',
        "«",
        "„",
        "「",
        "『",
        " ",
        "\t",
        "\u3000",
        "…",
        "(",
        "A",
        "a",
        "Z",
    ]
    pieces += ["x", "é", "他", ",", "—"]
    texts = [*TRICKY, "”The", "a ”The", "a”The", "(”The", "…”A", "\u3000”Z", " ”a", "”"]
    texts += _joined(pieces, 3000, 7, 0, 11)
    for text in texts:
        for pos in range(len(text) + 1):
            for endpos in (None, *range(pos, len(text) + 2)):
                match = (
                    marks._MARK.search(text, pos)
                    if endpos is None
                    else marks._MARK.search(text, pos, endpos)
                )
                expected = match.start() if match is not None else -1
                assert marks._find_mark(text, pos, endpos) == expected, (text, pos, endpos)


def test_the_quick_path_of_a_yaml_scalar_skips_no_unsafe_character() -> None:
    every = "".join(map(chr, range(0x110000)))
    unsafe = {match.group() for match in re.finditer(scalars._UNSAFE, every)}
    assert {char for char in unsafe if char.isprintable()} == {'"', "\\"}


def _plain_with_qualifier(paragraph: str, start: int) -> int:
    before = paragraph[max(0, start - figures._QUALIFIER_TAIL) : start]
    found = figures._QUALIFIERS.search(before)
    if found is None:
        return start
    qualifier_start = start - len(before) + found.start()
    if qualifier_start > 0 and paragraph[qualifier_start - 1].isalnum():
        return start
    return qualifier_start


def test_every_qualifier_ends_with_a_letter_the_quick_test_knows() -> None:
    words = figures._QUALIFIERS.pattern.removesuffix(r"\s\Z")
    assert words.startswith("(?:") and words.endswith(")")
    # The alternatives, one level of nesting written out: `(?:more|fewer|…) than`.
    flat = re.sub(
        r"\(\?:([^()]*)\) (\w+)",
        lambda match: "|".join(f"{word} {match.group(2)}" for word in match.group(1).split("|")),
        words[3:-1],
    )
    assert "(" not in flat and "more than" in flat and "another" in flat
    for word in flat.split("|"):
        assert word[-1] in figures._QUALIFIER_LAST, word
    assert sorted(flat.split("|")) == sorted(figures._QUALIFIER_PHRASES)
    texts = ["more than ", "About ", "up to ", "all but ", "ALMOST ", "almoſt ", "the ", "x"]
    texts += ["close to\t", "xabout ", "to ", "Up To\n", "an  estimated ", "\u2003", "all\xa0"]
    texts += [f"{word}{end}" for word in figures._QUALIFIER_PHRASES for end in (" ", "", "s ")]
    for text in texts:
        for paragraph in (text + "5 people", "In " + text + "12 cases", "é" + text + "3"):
            start = paragraph.index(text) + len(text)
            expected = _plain_with_qualifier(paragraph, start)
            assert figures._with_qualifier(paragraph, start) == expected, paragraph


def test_the_check_of_an_article_reports_what_loading_its_text_reports() -> None:
    texts = [
        'format: 1\ntitle: "T"\nsections:\n  - paragraphs:\n      - "One."\n',
        'format: 1\nsections:\n  - paragraphs:\n      - "No title."\n',
        'format: 1\ntitle: "T"\nsections:\n  - paragraphs:\n      - "\ud800"\n',
        'format: 1\ntitle: "T\u00e9"\nsections: [\n',
        "title: caf\u00e9\nquotes: 3\n",
    ]
    for text in texts:
        loaded = load_text(text, Path("a.txt"))
        expected = [f"{problem.severity}: {problem.message}" for problem in loaded.problems]
        assert verify(text, "a.txt") == expected, text
    assert verify(texts[0], "a.txt") == []
    assert verify(texts[1], "a.txt") and verify(texts[2], "a.txt")


def test_sentences_of_a_paragraph_with_periods_only_end_where_the_plain_pattern_says() -> None:
    assert sentence_ends._SENTENCE_END_AT_PERIOD.pattern != sentence_ends._SENTENCE_END.pattern
    texts = [
        "Mr. Smith met Dr. Jones. U.S. officials said so... “Quite.” Then (it ended.) End.",
        "One. Two.” Three.’ Four.) Five.\u3000Six.\tSeven.",
        "No mark at all",
        "...",
    ]
    for text in texts:
        assert not any(mark in text for mark in sentence_ends._OTHER_MARKS)
        plain = [(m.span(), m.span("mark")) for m in sentence_ends._SENTENCE_END.finditer(text)]
        quick = [
            (m.span(), m.span("mark")) for m in sentence_ends._SENTENCE_END_AT_PERIOD.finditer(text)
        ]
        assert quick == plain, text


def test_the_first_two_words_of_a_sentence_are_those_of_its_opening_words() -> None:
    long = "A" + "b" * 60
    sentences = [
        "President Joe Biden of the United States said",
        "He said it.",
        f"{long} Word two three",
        f"One {long} three",
        "Two  spaces here",
        "Tab\tseparated words",
        "Jean-Pierre O’Neil’s Dr. A.B. Smith-Jones went",
        "“Quoted” start",
        "Single",
        "Ünïcödé Wörds and more",
        "",
    ]
    for sentence in sentences:
        whole = state._LEADING.match(sentence)
        two = state._LEADING_TWO.match(sentence)
        assert (whole is None) == (two is None), sentence
        if whole is not None and two is not None:
            assert two.group().split() == whole.group().split()[:2], sentence


# Pieces of text that meet at every kind of boundary: verbs of one and two words, the
# characters a space stands for in the spaced text, currencies and numbers of every shape,
# phone numbers, characters beyond ASCII.
_PIECES = [
    *("said", "says", "pointing", "out", "pointing out", "noted", "told", "adding", "that"),
    *(" ", " ", ",", ".", "-", "_", "'", '"', "(", ")", "\n", "\t", "\x1c", "\x0b", ":", "x", "S"),
    *("A", "2", "US$", "USD", "USD ", "EUR\t", "HK$", "$", "1", "12", "123", "1,234", "5.5"),
    *("555-123-4567", "(555) 123 4567", "%", " percent", " million", "m", "k", "é", "“", "٣", "£"),
]


def _joined(pieces: Sequence[str], count: int, seed: int, low: int, high: int) -> list[str]:
    """`count` texts, each `low` to `high` pieces drawn at random (the same texts for a seed)."""
    rng = random.Random(seed)
    return [
        "".join(rng.choice(pieces) for _ in range(rng.randint(low, high))) for _ in range(count)
    ]


def _generated(count: int, seed: int) -> list[str]:
    return _joined(_PIECES, count, seed, 0, 24)


def test_speech_verbs_of_an_ascii_text_are_the_matches_of_the_scan() -> None:
    texts = [*TRICKY, "pointing,out said_ x", "pointing-out, pointing out.", *_generated(3000, 1)]
    plain = re.compile(rf"\b(?:{speech._SPEECH})\b")
    for text in texts:
        expected = [(match.start(), match.end(), match.group()) for match in plain.finditer(text)]
        assert speech._speech_verbs(text) == expected, repr(text)
        if text.isascii():
            scan = speech._SPEECH_VERB_AFTER.finditer(" " + text)
            scanned = [(match.start(), match.end() - 1, match.group(1)) for match in scan]
            assert speech._scanned_speech_verbs(" " + text) == scanned, repr(text)
    assert any(text.isascii() and speech._speech_verbs(text) for text in texts)


def test_speech_verbs_beyond_ascii_are_the_matches_of_the_plain_pattern() -> None:
    # Letters, marks, spaces and Han beyond ASCII before and after verbs of one and two words.
    pieces = [*_PIECES, "é", "ß", "他", "”", "’", "—", "\u3000", "\u00a0", "Ⅻ", "ǅ", "\ud800"]
    texts = _joined(pieces, 4000, 4, 0, 24)
    texts += [
        "ésaid said é said—said said”ésaid 他said said他 said\u00a0",
        "saidé, pointing\u3000out",
    ]
    plain = re.compile(rf"\b(?:{speech._SPEECH})\b")
    for text in texts:
        expected = [(match.start(), match.end(), match.group()) for match in plain.finditer(text)]
        assert speech._speech_verbs(text) == expected, repr(text)
    assert sum(not text.isascii() and bool(speech._speech_verbs(text)) for text in texts) > 500


def test_figures_are_the_matches_of_the_plain_scan() -> None:
    texts = [*TRICKY, "USD 5, US$5, USD5, EUR\t12.5 million, $1,234,567.89 and 2024", "£5 or 5%"]
    texts += _generated(3000, 2)
    for text in texts:
        expected = [match.span() for match in figures._FIGURE.finditer(text)]
        assert [match.span() for match in figures._figure_matches(text)] == expected, repr(text)
        phones = [match.span() for match in figures._PHONE.finditer(text)]
        assert figures._excluded(text) == phones, repr(text)
    assert any(figures._excluded(text) for text in texts if text.isascii())


def test_the_widest_currency_before_a_number_is_the_one_the_quick_scan_allows() -> None:
    assert re._parser.parse(figures._CURRENCY).getwidth()[1] == figures._CURRENCY_WIDTH
    assert figures._PHONE.pattern.count(r"\d{3}") == 2 and r"\d{4}" in figures._PHONE.pattern


class _Counting:
    """A pattern whose `match` calls are counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0

    def match(self, text: str, position: int = 0) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.match(text, position)


def test_the_quick_scans_try_each_place_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Hostile texts: digits everywhere, currencies with no number, two-word verbs broken by
    # commas at every place; the plain pattern is tried a few times per digit or candidate.
    figure = _Counting(figures._FIGURE.match.__self__)  # the compiled pattern
    monkeypatch.setattr(figures, "_FIGURE", figure)
    for text in ["1" * 20000, "USD" * 5000 + "1", "1 " * 10000, "US$ 9x" * 3000]:
        list(figures._figure_matches(text))
        digits = sum(char.isdigit() for char in text)
        assert figure.calls <= (figures._CURRENCY_WIDTH + 1) * digits, text[:20]
        figure.calls = 0
    confirmed = 0
    verb_in_text = speech._verb_in_text

    def counted(text: str, at: int, shown: str) -> str | None:
        nonlocal confirmed
        confirmed += 1
        return verb_in_text(text, at, shown)

    monkeypatch.setattr(speech, "_verb_in_text", counted)
    text = "pointing,out " * 5000
    assert speech._speech_verbs(text) == []  # `pointing` alone is no verb
    assert confirmed == 5000  # one candidate, `pointing out`, after each space
    found = speech._speech_verbs("pointing out " * 3)
    assert found == [(13 * n, 13 * n + 12, "pointing out") for n in range(3)]


def test_two_capitalised_words_are_found_where_the_plain_pattern_finds_them() -> None:
    pieces = [
        "A",
        "Bo",
        "c",
        " ",
        " ",
        ",",
        ", ",
        ".",
        "'",
        "-",
        "_",
        "9",
        "Mr.",
        "Smith",
        "(",
        '"',
    ]
    pieces += ["\n", "\t", "\x1f", "é", "’", "a" * 39, "b" * 41, "Z" * 40]
    texts = ["Joe Biden", "joe Biden", "x.Joe Biden", "Joe, Biden", "Joe ,Biden", "E.U. Leaders"]
    texts += _joined(pieces, 5000, 3, 0, 12)
    found = 0
    for text in texts:
        expected = speakers._CAPITALISED_PAIR.search(text) is not None
        assert speakers.has_capitalised_pair(text) == expected, repr(text)
        found += expected
    assert 50 < found < len(texts) - 50
    # Bounded: one scan of the classes, however many capitals stand in a row.
    assert not speakers.has_capitalised_pair("A" * 100000 + "a,b")


def test_a_text_is_printable_as_python_says() -> None:
    characters = [chr(code) for code in range(0x300)] + ["\u2028", "\u00ad", "\ufeff", "“", "中"]
    for char in characters:
        for text in (char, "ab" + char + "cd", "x" * 50 + char):
            assert scalars.printable(text) == text.isprintable(), repr(text)
    assert scalars.printable("") and scalars.printable("Plain ASCII text.")


def test_a_phrase_read_again_names_what_it_named_the_first_time() -> None:
    phrases = ["Secretary of the Treasury Scott Bessent", "he", "the Vice President", "", "x"]
    phrases += ["Jerry Norcia, DTE Energy president and CEO", "The minister", "A" * 400]
    phrases += [f"Minister Name{n} of Place" for n in range(speakers._READ_KEPT + 10)]
    for phrase in phrases + phrases[:20]:
        assert speakers.parse_phrase(phrase) == speakers._parse_phrase(phrase), phrase
        assert len(speakers._READ) <= speakers._READ_KEPT
    reference = speakers.parse_phrase("the Vice President")
    assert reference is not None
    with pytest.raises(AttributeError):
        reference.role = "changed"  # type: ignore[misc]


def test_a_contracted_auxiliary_is_told_as_the_pattern_tells_it() -> None:
    for word in [
        "he's",
        "he’s",
        "they’re",
        "i'm",
        "its",
        "hes",
        "he's'",
        "she'll",
        "",
        "'",
        "we’ve",
    ]:
        expected = subjects._CONTRACTED_AUX.fullmatch(word) is not None
        assert subjects._contracted(word) == expected, word


def test_the_hash_of_a_source_is_that_of_its_text_as_read() -> None:
    today = datetime.date(2026, 12, 3)
    sources = [
        "Title\n\nA paragraph.\n",
        "Título “quoted” — 中文\n\nUn párrafo.\n",
        "Title\r\n\r\nA paragraph.\r\n",
        "\ufeffTitle\n\nA paragraph.\n",
        "\ufeff\ufeffTitle\n\nA paragraph.\n",
        "Title\rOld Mac endings\r\rA paragraph.",
    ]
    for source in sources:
        for data in (source.encode("utf-8"), source.encode("utf-16") if "\r" in source else b""):
            if not data or b"\x00" in data[:4096]:
                continue
            text = sources_module.decode(data)[0]
            text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
            found = read_draft("a.txt", data, Options(), today)[1]
            assert found == source_sha256(text), source
    latin = "Caf\u00e9 title\n\nUn caf\u00e9, s'il vous pla\u00eet, tr\u00e8s cher.\n" * 20
    data = latin.encode("latin-1")
    text = sources_module.decode(data)[0]
    assert read_draft("a.txt", data, Options(), today)[1] == source_sha256(text)


def test_a_sentence_mark_is_the_first_group_of_both_patterns() -> None:
    assert sentence_ends._SENTENCE_END.groupindex["mark"] == 1
    assert sentence_ends._SENTENCE_END_AT_PERIOD.groupindex["mark"] == 1


def test_a_word_is_in_an_opening_phrase_as_before() -> None:
    words = ["The", "the", "of", "OF", "and", "minister", "Minister", "said", "", "é", "Étienne"]
    words += sorted(speakers.TITLE_WORDS)[:50]
    for word in words:
        expected = (
            word[:1].isupper()
            or word.lower() in ("of", "the", "and")
            or word.lower() in speakers.TITLE_WORDS
        )
        assert clauses._in_phrase(word) == expected, word


def test_dotted_chinese_names_are_the_matches_of_the_plain_scan() -> None:
    head = chinese._ZH_DOTTED.pattern.split("(?:·", 1)[0]
    assert re._parser.parse(head).getwidth()[1] == chinese._ZH_DOTTED_HEAD
    pieces = [
        "·",
        "-",
        "萨",
        "姆",
        "奥",
        "特",
        "曼",
        "A",
        "BC",
        "x",
        " ",
        "，",
        "说",
        "·" * 2,
        "(",
        ")",
    ]
    texts = _joined(pieces, 4000, 5, 0, 40)
    texts += ["萨姆·奥特曼星期一说", "国务卿马尔科·鲁比奥与阿卜杜勒-法塔赫·塞西", "一" * 30 + "·二"]
    texts += ["大使耶希尔(迈克尔)·莱特说", "一" * 30 + "(二二)·三"]
    for text in texts:
        assert chinese._zh_dotted(text) == chinese._ZH_DOTTED.findall(text), text
    assert sum(bool(chinese._zh_dotted(text)) for text in texts) > 500


def test_white_space_changed_before_a_place_is_found_as_the_plain_pattern_finds_it() -> None:
    pieces = [" ", "  ", "\n", "\t", "\u3000", "\xa0", "a", "b", "“", "—"]
    texts = _joined(pieces, 2000, 6, 0, 16)
    anchoring = annotate_module._Anchoring(texts)
    for number, text in enumerate(texts):
        for start in range(len(text) + 1):
            expected = WHITESPACE_CHANGE.search(text, 0, start) is not None
            assert anchoring._changed_before(number, start) == expected, (text, start)


def test_lines_cleaned_as_a_whole_are_cleaned_as_one_by_one() -> None:
    pieces = ["a", "b", " ", "  ", "\n", "\n\n", "\t", "\xa0", "\u3000", "\x1b[1m", "\x07", "é"]
    pieces += ["他", "\u2028", "\ufeff", "\u2003", "\x85", "\r", "\ud800"]
    texts = _joined(pieces, 4000, 8, 0, 20)
    for text in texts:
        cleaned = parse._clean_lines(text)
        if cleaned is not None:
            assert cleaned == [parse.clean(line) for line in text.split("\n")], repr(text)
    assert sum(parse._clean_lines(text) is not None for text in texts) > 300


def test_debris_and_dates_are_told_as_the_plain_patterns_tell_them() -> None:
    # Short lines made of the pieces each pattern needs (and lacks): labels, end marks,
    # `Click here`, credits, debris words, dates, digits beyond ASCII.
    pieces = [
        "Share",
        " | ",
        "print",
        "Photo: ",
        "Original title：",
        "# ",
        "-30-",
        "click here ",
        "Click Here",
        "Photos by Jane Roe",
        " courtesy of ",
        "BY ",
        "Oct. 20, ",
        "2022",
        "20 October ",
        "2022/10/20",
        "2022年10月20日",
        "١٢٣٤",
        "7",
        "Part 2: ",
        "Menu",
        "好。",
        "x",
        "a+",
        "tweet",
        " ",
    ]
    lines = _joined(pieces, 4000, 5, 1, 5)
    title = "Share | print"

    def plain_debris(line: str) -> bool:
        if len(line) > parse.SHORT:
            return False
        if parse._LABELLED.match(line) is not None or line == title:
            return True
        if (
            parse._END_MARK.fullmatch(line)
            or parse._CLICK_HERE.match(line)
            or parse._PHOTO_CREDIT.fullmatch(line)
        ):
            return True
        return parse._DEBRIS.fullmatch(line) is not None

    def plain_date(text: str) -> datetime.date | None:
        best: tuple[int, datetime.date] | None = None
        for pattern in parse._DATES:
            match = pattern.search(text)
            if match is None:
                continue
            groups = match.groupdict()
            month = (
                int(groups["mon"]) if groups.get("mon") else parse._MONTHS[groups["month"].lower()]
            )
            try:
                found = datetime.date(int(groups["year"]), month, int(groups["day"]))
            except ValueError:
                continue
            if best is None or match.start() < best[0]:
                best = (match.start(), found)
        return best[1] if best is not None else None

    for line in [*lines, title, "###", "- 30 -", "Click here", "１２３４"]:
        assert parse.is_debris(line, title) == plain_debris(line), repr(line)
        assert parse.find_date(line) == plain_date(line), repr(line)
    assert sum(map(plain_debris, lines)) > 100 and sum(bool(plain_date(x)) for x in lines) > 100


def test_turns_and_time_stamps_are_told_as_the_plain_patterns_tell_them() -> None:
    # A turn's label or a time stamp is looked for only in a line that holds a colon (or
    # opens with `Q`): the plain patterns find none anywhere else.
    pieces = ["Q", "Q.", " ", "MS. ROE", ":", " Yes", "10", ":30", " AM", " EST", "Part 2", "x"]
    lines = _joined(pieces, 3000, 6, 1, 6)

    def plain_heading(line: str) -> bool:
        if len(line) > parse.SHORT or len(line.split()) > parse.HEADING_WORDS:
            return False
        if line.endswith(parse._CLOSING) or line[0].islower() or line[0] in "-*•–—(\"'“‘":
            return False
        if line.endswith(parse._CUT_OFF) or parse._TIME_STAMP.fullmatch(line):
            return False
        return not parse._TURN.match(line) and not parse.is_date_line(line)

    for line in lines:
        assert parse.is_heading(parse.Block([line], 1)) == plain_heading(line), repr(line)
        if line[:1] != "Q" and ":" not in line:
            assert finder._TURN.match(line + " said it.") is None, repr(line)
            assert parse._TURN.match(line) is None and not parse._TIME_STAMP.fullmatch(line)
    assert sum(finder._TURN.match(line + " x") is not None for line in lines) > 100
    assert sum(parse.is_heading(parse.Block([line], 1)) for line in lines) > 100


def test_the_chinese_patterns_tried_after_a_character_test_match_nowhere_else() -> None:
    # Each pattern is tried only where the character it needs stands: elsewhere it finds
    # nothing, so the test changes no result.
    pieces = [
        "所称的",
        "所说的",
        "他",
        "据",
        "根据",
        "新华社",
        "报道，",
        "这位",
        "该名",
        "此位",
        "副总统",
    ]
    pieces += [
        "一名",
        "两位",
        "官员",
        "人士",
        "说",
        "，",
        "。",
        "所",
        "名",
        "位",
        "这",
        "x",
        "据外交部消息，",
    ]
    texts = _joined(pieces, 4000, 7, 1, 8)
    found = [0, 0, 0, 0]
    for text in texts:
        if direct._ZH_CALLED.search(text):
            found[0] += 1
            assert "所" in text
        if any(chinese._ZH_ACCORDING.finditer(text)):
            found[1] += 1
            assert "据" in text
        if chinese_sources._ZH_THIS_TITLE.match(text) or chinese_sources._ZH_THIS_TITLE.fullmatch(
            text
        ):
            found[2] += 1
            assert text[:1] in chinese_sources._ZH_THIS_FIRST
        if chinese_sources._ZH_ONE_OFFICIAL.search(text):
            found[3] += 1
            assert "名" in text or "位" in text
    assert min(found) > 30


def test_chinese_figures_tried_after_a_character_test_are_found_nowhere_else() -> None:
    pieces = [
        "两个",
        "三种",
        "十二名",
        "二十",
        "人死亡",
        "5",
        "1.2万",
        "3亿元",
        "５",
        "２０",
        "的",
        "。",
    ]
    texts = _joined(pieces, 3000, 8, 1, 6)
    numerals = digits = 0
    for text in texts:
        if any(chinese_figures._CJK_NUMERAL.finditer(text)):
            numerals += 1
            assert any(char in text for char in "十两二三四五六七八九"), text
        if any(chinese_figures._CJK_FIGURE.finditer(text)):
            digits += 1
            assert figures._has_digit(text), text
    assert numerals > 100 and digits > 100


def _attribution_windows() -> list[str]:
    """Text before a quotation mark as an attribution's window holds it: speakers, verbs of
    saying in both languages, their tails (`told reporters`, `，关于…`), white space of every
    kind, at every length up to the window's."""
    pieces = [
        "Jane Roe",
        " said",
        " says",
        " told",
        " reporters",
        " the press",
        " him",
        ",",
        ":",
        " ",
        "\t",
        "\n",
        "\u3000",
        "  ",
        "He",
        " also",
        " added",
        "explained",
        "said",
        "said.",
        "x",
        "王毅",
        "表示",
        "说",
        "称",
        "昵称",
        "告诉记者",
        "，",
        "：",
        "关于会面的问题",
        "在声明中",
        "(Wang Yi)",
        "·",
        "。",
        "“",
        "”",
        "他",
        "补充道",
        "强调",
        "，关于",
        "据称",
        "指出",
    ]
    rng = random.Random(7)
    windows = []
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 24)))
        windows.append(text[-chinese_sources._WINDOW :])
    return windows


def test_the_speakers_before_a_verb_are_searched_only_where_the_verb_ends_the_text() -> None:
    for text in _attribution_windows():
        plain = chinese._ZH_BEFORE.search(text)
        quick = chinese._zh_before(text)
        assert (quick and (quick.span(), quick.groups())) == (
            plain and (plain.span(), plain.groups())
        ), text
        if reported._BEFORE_SAID.search(text) is not None:
            assert direct._BEFORE_SAID_END.search(text) is not None, text


def test_an_appositive_found_from_its_capital_is_the_one_the_look_behind_found() -> None:
    plain = re.compile(
        speakers._APPOSITIVE._arguments[0].replace(  # type: ignore[attr-defined]
            "(?P<name>[A-Z](?<![\\w’'][A-Z])", "(?<![\\w’'])(?P<name>[A-Z]"
        )
    )
    assert plain.pattern != speakers._APPOSITIVE._arguments[0]  # type: ignore[attr-defined]
    rng = random.Random(3)
    words = ["Jane", "Roe", "the", "Port's", "Director", ",", " ", "’", "'", "a", "X.", "of"]
    words += ["Ab", "é", "1", "_", "-", "Q", "Minister", "and", "for"]
    for _ in range(20000):
        text = "".join(rng.choice(words) + rng.choice(["", " ", ", "]) for _ in range(14))
        found = [(m.span(), m.groups()) for m in speakers._APPOSITIVE.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in plain.finditer(text)], text


def test_chinese_patterns_tried_after_a_word_test_match_nowhere_else() -> None:
    # The spokesperson's office, a name before its setting, a company and a name with its Latin
    # form are tried only where what each needs stands (`发言人`, `在` or `当`, its first
    # character, a bracket): elsewhere each finds nothing.
    pieces = [
        "国务院",
        "发言人在",
        "发言人",
        "一位",
        "在",
        "当",
        "星期一",
        "该",
        "这家",
        "公司",
        "此",
    ]
    pieces += ["马丽怡", "(Beh Lih Yi)", "（Effie）", "(", "Yi", ")", "·", "该公司", "，", "x"]
    texts = _joined(pieces, 8000, 11, 1, 6)
    found = [0, 0, 0, 0]
    for text in texts:
        if chinese_sources._ZH_OFFICE_SPOKESPERSON.match(text):
            found[0] += 1
            assert "发言人" in text
        if chinese_sources._ZH_NAME_THEN_SETTING.match(text):
            found[1] += 1
            assert "在" in text or "当" in text
        if chinese_sources._ZH_COMPANY.match(text):
            found[2] += 1
            assert text[:1] in chinese_sources._ZH_COMPANY_FIRST
        if any(chinese_sources._ZH_LATIN_GLOSS.finditer(text)):
            found[3] += 1
            assert "(" in text or "（" in text
    assert min(found) > 30


def test_a_line_of_names_is_tried_only_where_its_last_characters_allow() -> None:
    # `_may_be_line_of_names` is False only where the pattern cannot match the whole
    # sentence; and it lets through the lines the pattern takes.
    pieces = ["Roosevelt", " Room", " A.", "M.", " EST", " 11:48", " of", " the", " said"]
    pieces += [".", "?", "!", "”", '"', "’", ")", "»", "…", ",", " ", "\t", "x", "É", "B"]
    texts = [*_joined(pieces, 6000, 12, 0, 8), "", ".", "A.", " A. ", "Roosevelt Room\n"]
    allowed = 0
    for text in texts:
        matches = state._LINE_OF_NAMES.fullmatch(text) is not None
        if matches:
            allowed += 1
            assert state._may_be_line_of_names(text), text
    assert allowed > 100
    assert not state._may_be_line_of_names("The minister said so.")


def test_a_report_is_cut_where_the_pattern_with_three_verb_trees_cut_it() -> None:
    # `_CUT` holds the verb tree once after its three heads; only where a match starts is read,
    # and that is where the pattern written with a tree after each head starts one.
    speech_verbs, narration = reported._SPEECH, reported._NARRATION_VERBS
    plain = re.compile(
        r",\s(?:noting|adding|saying|stressing|emphasizing|underscoring|warning|explaining|"
        r"arguing|insisting|pointing out)\s(?:that\s)"
        r"|,\s(?:noting|adding|saying|stressing|emphasizing|warning|explaining|arguing|insisting)"
        r"[,:]?\s*[“\"«]|:\s*[“\"«]|…\s*[“\"«”]"
        r"|\s(?:and|but)\s(?:(?:he|she)\s)?(?:also\s|again\s|further\s)?"
        rf"(?:{speech_verbs}|{narration})\b"
        r"(?!(?<=\sagreed)\s(?!(?:to|that|on|upon|with|in|at|for|by|and|or)\b)[a-z])"
        r"|(?:,|(?<=,[”\"]))\s(?:but|while|whereas|and)\s(?:the\s)?(?:[A-Z][\w.'’\-]*\s){1,5}"
        rf"(?:[a-z]+\s)?(?:also\s)?(?:{speech_verbs})\b"
        r"|,\s(?:and|but)\s(?:they|both(?:\sleaders|\ssides)?|the\stwo(?:\sleaders|\ssides)?)\s"
        rf"(?:also\s|further\s)?(?:{speech_verbs}|{narration})\b"
    )
    pieces = [", but ", ", while ", " and ", " but ", ", and ", "the ", "The ", "U.S. ", "they "]
    pieces += ["Delegation ", "delegation ", "both leaders ", "the two sides ", "also ", "again "]
    pieces += ["he ", "called", "met", "said", "noted", "agreed", "agreed ", "benchmarks", "to "]
    pieces += ["recalled", "pointed out", "asked", "did say", "highlighted", " ", ",", "x", "“"]
    pieces += [",”", ',"', "EPA ", "Administrator ", "made clear"]
    texts = [*TRICKY, *_joined(pieces, 5000, 13, 1, 12)]
    texts += [", but the U.S. Delegation called", ", but the Delegation said", ", and they met"]
    starts = 0
    for text in texts:
        for position in (0, len(text) // 3):
            expected = plain.search(text, position)
            found = reported._CUT.search(text, position)
            assert (found and found.start()) == (expected and expected.start()), text
            starts += expected is not None
    assert starts > 500
    assert reported._CUT.search(", but the U.S. Delegation called") is None
    assert reported._CUT.search(", but the Delegation said") is not None


def test_text_too_long_for_an_attribution_between_parts_is_never_one() -> None:
    # `_near_enough` spares reading the text since the last attributed quotation at every
    # quotation of a long paragraph; it must refuse only what `_BETWEEN_PARTS` would refuse.
    from pressreader.importing.quotes import direct

    rng = random.Random(11)
    pieces = ["A.", "B. ", "U.S.", "Mr. ", "x", " ", "\n", "，", "说", ",", "said ", "。"]
    refused = 0
    for _ in range(4000):
        size = rng.randint(150, 330)
        text = "".join(rng.choice(pieces) for _ in range(size))[:size]
        if rng.random() < 0.3:
            text += " " * rng.randint(1, 200)
        if not direct._near_enough(text, 0, len(text)):
            refused += 1
            between = direct._ABBREVIATION_DOTS.sub("", text)
            assert direct._BETWEEN_PARTS.fullmatch(between) is None, text
    assert refused > 1000  # the guard is exercised, not passed over
    assert direct._near_enough("x" * 100 + " " * 5000, 0, 5100)  # white space at its end
