"""Figures written in words that the count patterns of `figures.py` do not read: a share in
words (`Seventy percent of the people`, `sixty-four percent`: speakers and transcribers write a
share that opens a sentence in words), `twice as likely`, and a number with a half (`one and a
half million people`, `two and a half times as much`).

Each finder reads the lower-cased paragraph and gives (value, number start, end, kind); the
caller adds the qualifier, the unit and the label. Every pattern is gated by a word its matches
hold, so paragraphs without it cost one substring search."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from pressreader.importing.wordlists import Gated

if TYPE_CHECKING:
    from pressreader.text.numbers import Number

SMALL_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_DIGIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_SMALL_WORDS = "|".join(sorted(SMALL_NUMBERS, key=len, reverse=True))
_TENS_WORDS = "|".join(TENS)
# `Seventy percent`, `sixty-four percent`, `one and a half percent` (not `a hundred percent`,
# emphasis, nor `one hundred percent`: no hundreds here).
_PERCENT_IN_WORDS = Gated(
    rf"(?<![\w-])(?P<number>(?:{_TENS_WORDS})(?:-(?:{_DIGIT_WORDS}))?|{_SMALL_WORDS})"
    r"(?P<half> and a half)? (?:percent|per cent)(?![\w-])",
    (" percent", " per cent"),
)
# `twice as likely to die`, `twice as many cars as`, `twice as much` (not `twice as a senator`,
# how often one served).
_TWICE_NOUNS = (
    r"(?:rate|size|share|number|amount|level|pace|cost|price|time|average|risk|odds|total|"
    r"target|population|contraction|growth)\b"
)
_TWICE_AS = Gated(
    r"(?<![\w-])twice (?:as (?:many|much|likely|often|[a-z]+(?= (?:as|than)\b))"
    # (`twice the Fed's 2% target`, `roughly twice the size of`: a factor, ANNOTATING.md's `nearly
    # twice the rate`; the figwire round)
    rf"|the (?:national |global |average |previous |current )?{_TWICE_NOUNS}"
    rf"|the(?= (?:[a-z][\w.]*[’']s )(?:\d[\d.]*% )?{_TWICE_NOUNS}))(?![\w-])",
    ("twice as ", "twice the "),
)
# `one and a half million people`, `two and a half billion dollars`: the number with its half,
# then the scale word.
_HALF_SCALE = Gated(
    rf"(?<![\w-])(?P<number>{_SMALL_WORDS}) and a half (?P<scale>thousand|million|billion|"
    r"trillion)(?![\w-])",
    (" and a half ",),
)
_SCALES = {"thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12}
# `two and a half times as much`, `one and a half times more`: a factor, as `three times as`.
_HALF_TIMES = Gated(
    rf"(?<![\w-])(?P<number>{_SMALL_WORDS}) and a half times(?= (?:as|more|higher|larger|greater|"
    r"bigger|faster|less|lower|the)\b)",
    (" and a half times",),
)


class WordFigure(NamedTuple):
    value: Number
    start: int  # where the number begins
    end: int  # where the figure's text ends
    kind: str  # "percent", "factor", "scale"


def _number(words: str) -> int:
    """`seventy` 70, `sixty-four` 64, `nineteen` 19."""
    tens, _, unit = words.partition("-")
    if tens in TENS:
        return TENS[tens] + (SMALL_NUMBERS[unit] if unit else 0)
    return SMALL_NUMBERS[tens]


def word_figures(lowered: str) -> list[WordFigure]:
    """The figures above in the lower-cased paragraph, in no particular order."""
    found: list[WordFigure] = []
    for match in _PERCENT_IN_WORDS.finditer(lowered):
        value: Number = _number(match.group("number"))
        if match.group("half"):
            value += 0.5
        found.append(WordFigure(value, match.start(), match.end(), "percent"))
    for match in _TWICE_AS.finditer(lowered):
        found.append(WordFigure(2, match.start(), match.end(), "factor"))
    for match in _HALF_SCALE.finditer(lowered):
        scale = _SCALES[match.group("scale")]
        value = (2 * SMALL_NUMBERS[match.group("number")] + 1) * scale // 2
        found.append(WordFigure(value, match.start(), match.end(), "scale"))
    for match in _HALF_TIMES.finditer(lowered):
        found.append(
            WordFigure(
                SMALL_NUMBERS[match.group("number")] + 0.5, match.start(), match.end(), "factor"
            )
        )
    return found
