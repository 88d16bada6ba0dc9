"""The importer's quick paths give exactly what the plain ones they stand for give (the scans
find what the plain patterns find, the check of an article reports what loading its text
reports): the speed-ups of PERFORMANCE.md ("Import with annotations") change no annotation."""

from __future__ import annotations

import re
from pathlib import Path

from pressreader.format import scalars
from pressreader.format.loader import load_text
from pressreader.importing import figures, quotes
from pressreader.importing.emit import verify

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
    plain = re.compile(rf"\b(?:{quotes._SPEECH})\b")
    for text in TRICKY:
        expected = [(match.start(), match.end(), match.group()) for match in plain.finditer(text)]
        assert quotes._speech_verbs(text) == expected, text


def test_a_digit_is_found_as_the_plain_pattern_finds_it() -> None:
    for text in [*TRICKY, "no digit here", "٣", "²", "½ only", "x9"]:
        assert figures._has_digit(text) == (re.search(r"\d", text) is not None), text


def test_numbers_in_words_are_found_after_a_space_or_bracket_as_before() -> None:
    words = figures.alternation(figures._WORD_NUMBERS)
    plain = re.compile(rf"(?P<word>{words})(?P<scale> (?:million|billion))?(?![\w-])")
    for text in TRICKY:
        lowered = figures._lowered(text)
        expected = [
            (match.start("word"), match.end())
            for match in plain.finditer(lowered)
            if figures._starts_word(lowered, match.start())
            and match.start() > 0
            and lowered[match.start() - 1] in " ("
        ]
        found = [(m.start("word"), m.end()) for m in figures._word_figures(lowered)]
        assert found == expected, text


def test_a_quotation_mark_is_found_as_the_plain_pattern_finds_it() -> None:
    for text in [*TRICKY, 'He said "yes".', "“Yes,” he said.", "it‘s", "«oui»", "no mark"]:
        assert quotes._has_mark(text) == (quotes._MARK.search(text) is not None), text


def test_the_quick_path_of_a_yaml_scalar_skips_no_unsafe_character() -> None:
    every = "".join(map(chr, range(0x110000)))
    unsafe = {match.group() for match in scalars._UNSAFE.finditer(every)}
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
    for text in ["more than ", "About ", "up to ", "all but ", "ALMOST ", "almoſt ", "the ", "x"]:
        for paragraph in (text + "5 people", "In " + text + "12 cases"):
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
    assert quotes._SENTENCE_END_AT_PERIOD.pattern != quotes._SENTENCE_END.pattern
    texts = [
        "Mr. Smith met Dr. Jones. U.S. officials said so... “Quite.” Then (it ended.) End.",
        "One. Two.” Three.’ Four.) Five.\u3000Six.\tSeven.",
        "No mark at all",
        "...",
    ]
    for text in texts:
        assert not any(mark in text for mark in quotes._OTHER_MARKS)
        plain = [(m.span(), m.span("mark")) for m in quotes._SENTENCE_END.finditer(text)]
        quick = [(m.span(), m.span("mark")) for m in quotes._SENTENCE_END_AT_PERIOD.finditer(text)]
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
        whole = quotes._LEADING.match(sentence)
        two = quotes._LEADING_TWO.match(sentence)
        assert (whole is None) == (two is None), sentence
        if whole is not None and two is not None:
            assert two.group().split() == whole.group().split()[:2], sentence
