"""Figures (statistics) found in a paragraph's words, by rule (ANNOTATING.md, "Figures").

A figure is a number the text reports about the world: a count with what it counts (`181
countries`), money with its currency and scale word (`$3.4 billion`, `£2bn`: the scale goes
into the value), a percentage, a fraction in words (`nearly two-thirds`), a number in words
before a counted noun (`seven major utilities`). A qualifier (`more than`, `nearly` …) is kept
at the start of the anchored text. A change (`increased from 172 to 181`, `2 million loans, a
62 percent increase from the 1.2 million`) gives the new value with `previous`; a range
(`between $25 million and $65 million`, `17 to 25 storms`) gives its lower end.

Not figures: years, dates, times, ordinals, phone numbers, street addresses, list numbering,
numbers glued to letters (`COVID-19`, `G20`), numbers after a label (`EO 14409`, `Section 3`)
and numbers that name a part of something (`a 47-year period`).

Every pattern is linear (no nested repetition, bounded look-around), and each paragraph is
scanned a fixed number of times, so the work is linear in the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from pressreader.importing.figure_words import SMALL_NUMBERS, TENS, word_figures
from pressreader.importing.headline_lines import news_headline_line
from pressreader.importing.spans import Within
from pressreader.importing.wordlists import Gated, alternation, lazy

if TYPE_CHECKING:
    from pressreader.text.numbers import Number
from pressreader.importing.figure_labels import (
    _CHANGE_NOUNS,
    _COMMON_SUBJECTS,
    _CURRENCY_WORDS,
    _OBJECT_NOUNS,
    _STOP,
    _TIME_UNITS,
    _TO_AFTER_CHANGE,
    _capitalised,
    _changed_subject,
    _label,
    _label_from_before,
)


@dataclass(slots=True)
class Figure:
    """One figure in a paragraph: `start`/`end` index the anchored text in the paragraph."""

    value: Number
    start: int
    end: int
    unit: str | None
    label: str
    previous: Number | None = None
    money: bool = False
    measure: str | None = None  # a Chinese count's measure word (`12艘船`: 艘)


_NUMBER = r"\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,9})?|\d{1,15}(?:\.\d{1,9})?"

_CURRENCY = r"US\$|HK\$|A\$|C\$|NZ\$|S\$|R\$|\$|£|€|¥|₹|(?:USD|EUR|GBP|JPY|CNY|RMB)\s?"

# The scale words in lower case and, as headlines and titles write them, capitalised (`$100
# Billion`): `_value` reads either.
_SCALE = (
    r"\s?(?:[tT]rillion|[bB]illion|[mM]illion|[tT]housand|tn|bn|mn|m|k|K)(?![\w-])"
    r"|\s(?:[hH]undred)(?![\w-])"
)

_PERCENT = r"\s?%|\s?(?:percent|per\s?cent)(?!\w)|\s?percentage points?(?!\w)"

_FIGURE = lazy(
    # The look-ahead (the first characters the figure can begin with) lets the engine skip
    # quickly to the next candidate; it changes no match.
    r"(?=[\d$£€¥₹UHACNSREGJ])"
    rf"(?P<currency>{_CURRENCY})?(?P<number>{_NUMBER})(?P<scale>{_SCALE})?(?P<percent>{_PERCENT})?"
)

_SCALES = {
    "trillion": 10**12,
    "tn": 10**12,
    "billion": 10**9,
    "bn": 10**9,
    "million": 10**6,
    "mn": 10**6,
    "m": 10**6,
    "thousand": 1000,
    "k": 1000,
    "hundred": 100,
}

_CURRENCY_CODES = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥", "RMB": "¥"}

# Number words a count may be written with (`two dozen`, `fifty million`): from two (`one` is
# as often no count), the tens, `hundred` and `dozen`.
_WORD_NUMBERS = {
    **{word: value for word, value in SMALL_NUMBERS.items() if value >= 2},
    **TENS,
    "hundred": 100,
    "dozen": 12,
}

_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

# (what a paragraph opening with a number begins with)
_WORD_NUMBER_WORDS = (*_WORD_NUMBERS, "one ")

_FRACTIONS = {
    "half": 0.5,
    "one-third": 0.3333,
    "two-thirds": 0.6667,
    "one-quarter": 0.25,
    "one-fourth": 0.25,
    "three-quarters": 0.75,
    "three-fourths": 0.75,
    "one-fifth": 0.2,
    "two-fifths": 0.4,
    "three-fifths": 0.6,
    "four-fifths": 0.8,
}

# Numbers and fractions in words are searched in the lower-cased paragraph (`_lowered`),
# and must begin a word (`_starts_word`). A number in words counts only after a space or a
# bracket (`_word_figure`): the patterns begin with that character, so that the scan skips
# ahead to each one instead of trying the words at every letter (`_word_figures`).
# A number of several words (`twenty-five`, `two hundred`, `two hundred and twenty-five`) is one
# figure, its value their sum (`_word_value`); an ordinal's last word (`forty-ninth`) is none.
_WORD_FIGURE_WORDS = (
    # (`one` only before a scale word, where it is always a count: `one million jobs`, `one
    # hundred thousand doses`; alone it is as often no count)
    rf"(?P<word>{alternation(_WORD_NUMBERS)}|one(?=\s(?:hundred|thousand|million|billion)\b))"
    rf"(?P<more>-{alternation(_ONES)}|\shundred(?:\sand\s{alternation(_WORD_NUMBERS)}"
    rf"(?:-{alternation(_ONES)})?)?"
    # (`a hundred and thirty thousand dollars`: `hundred` with what it goes on with)
    rf"|(?<=hundred)\sand\s{alternation(_WORD_NUMBERS)}(?:-{alternation(_ONES)})?)?"
    r"(?P<scale> (?:thousand|million|billion|dozen))?(?![\w-])"
)

_WORD_FIGURE = lazy(" " + _WORD_FIGURE_WORDS)

# The same at the paragraph's start (`Two hundred and twenty-five American Rangers arrived …`).
_WORD_FIGURE_START = lazy(_WORD_FIGURE_WORDS)

_WORD_FIGURE_BRACKET = lazy(r"\(" + _WORD_FIGURE_WORDS)

_FRACTION = lazy(
    rf"(?P<fraction>{alternation(word for word in _FRACTIONS if word != 'half')})(?![\w-])"
    r"|by (?P<by>(?:more than |nearly |almost |about )?(?P<half>half))(?![\w-])(?! an? )"
    # (`less than half the prices proposed`: a share below half, endev63 round)
    r"|(?P<over>(?:over|more than|less than|nearly|almost|roughly|about) half)(?![\w-])(?! an? )"
    # (`half of the money`, `on half of small business owners`: not `the first half of 2022`)
    r"|(?P<of>half)(?= of )"
)

# The words before `half of` that make it a part of a time or a thing, no share: `the first half
# of 2022`, `the other half of the team`, `the lower half of the income distribution`.
_HALF_OF_AFTER = frozenset(
    ["first", "second", "the", "a", "other", "latter", "back", "front", "top", "bottom", "last",
     "lower", "upper", "better", "next", "and", "every"]
)  # fmt: skip

# A fraction written without its hyphen (`nearly two thirds of small businesses`, `three
# quarters`): the value of the hyphened one; `one third` and the other singulars only before
# `of` (`one quarter` alone is as often a time).
_SPACED_FRACTION = Gated(
    r"(?<![\w-])(?P<fraction>(?:two|three|four) (?:thirds|quarters|fourths|fifths)"
    r"|(?P<one>one|a) (?:third|quarter|fourth|fifth)(?= of (?!an? )))(?![\w-])",
    (" third", " quarter", " fourth", " fifth"),
)

# A fraction of a year is a time, no share (`in the three-quarters of 2021`, `the first three
# quarters`); not a share of a year's things (`Nearly two-thirds of 2021 PPP loans`).
_FRACTION_OF_TIME = lazy(
    r" of (?:the )?(?:(?:19|20)\d\d(?! [A-Za-z])|this year|last year|the year|"
    r"(?:the )?fiscal year)\b"
)

_FRACTION_TIME_BEFORE = frozenset(["first", "last", "past", "next"])

# One of them stands in every fraction.
_FRACTION_HINT = lazy(r"half|-(?:th|qu|fo|fi)")

# A scale word with `a` for its number: `a million people`, `another half a million`.
_A_SCALE = lazy(r"(?P<lead>half a|a) (?P<scale>thousand|million|billion|trillion)(?![\w-])")

_FACTOR = lazy(r"\bby a factor of (?P<number>\d{1,6}(?:\.\d{1,6})?)(?!\w)")

# `two to three times as much`, `3 times more`, `four times the rate`: a comparison by a factor
# (unit `factor`, a range at its lower end), not `three times a week` (how often).
_TIMES_NUMBER = rf"(?:\d{{1,4}}(?:\.\d{{1,3}})?|{alternation(_WORD_NUMBERS)})"

# (` times ` and the word after it are found first, then the number in the words before it: the
# numbers' alternation is not tried at every letter of a paragraph that says `times` often.)
_TIMES_AS = lazy(
    r" times (?=(?:as|more|higher|larger|greater|bigger|what|the|faster|less|lower|cheaper)\b)"
)

_TIMES_NUMBER_BEFORE = lazy(
    rf"(?<![\w.,-])(?P<number>{_TIMES_NUMBER})(?:\s(?:to|or)\s{_TIMES_NUMBER})?\Z"
)

# (what its match ends with, unless a digit: a number's word)
_NUMBER_WORD_ENDS = tuple(_WORD_NUMBERS)

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)

_AFTER_MONTH = lazy(rf"(?:{_MONTHS})\.?\s?\Z")

_BEFORE_MONTH = lazy(rf"\s?(?:of\s)?(?:{_MONTHS})\b")

_TIME_AFTER = lazy(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|A\.M\.|P\.M\.|GMT|UTC|EST|EDT)")

_PHONE = lazy(r"(?=[\d(])\(?\d{3}\)?[\s.\-]\d{3}[\s.\-]\d{4}")

_ADDRESS_AFTER = lazy(
    r"\s(?:[A-Z][\w.'’]*\s){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|"
    r"Lane|Way|Place|Square|Court|Highway|Parkway)"
)

# A number after one of these words is a name or a reference, not a quantity.
_LABELS = frozenset(
    [
        "no",
        "no.",
        "number",
        "section",
        "sections",
        "article",
        "articles",
        "title",
        "chapter",
        "room",
        "suite",
        "phase",
        "part",
        "round",
        "line",
        "route",
        "highway",
        "flight",
        "resolution",
        "act",
        "rule",
        "form",
        "level",
        "tier",
        "grade",
        "class",
        # (`type 2 diabetes`, `a Category 4 hurricane`, `stage 3 cancer`: a kind's number, its
        # name; endev63 round)
        "type",
        "category",
        "stage",
        "item",
        "step",
        "day",
        "week",
        "episode",
        "vol",
        "vol.",
        "volume",
        "page",
        "p.",
        "pp.",
        "order",
        "eo",
        "e.o.",
        "covid-19",
        "model",
        "version",
        "windows",
        "iphone",
        "appendix",
        "annex",
        "figure",
        "table",
        "exhibit",
        "amendment",
        "district",
        "ward",
        "precinct",
        "unit",
        "lot",
        "box",
        "gate",
        "platform",
        "pier",
        "terminal",
        "building",
        "floor",
        "station",
        "channel",
        "interstate",
        "i-",
        "hr",
        "h.r.",
        "s.",
        "bill",
        # (an index's or a list's name: `the Nikkei 225`, `the Stoxx 600`, `Fortune 500 companies`)
        "nikkei",
        "stoxx",
        "russell",
        "fortune",
    ]
)

_QUALIFIERS = lazy(
    r"(?:(?:more|fewer|less|greater|higher|lower) than|over|under|nearly|almost|about|around|"
    r"approximately|roughly|some|at least|at most|up to|just over|just under|an estimated|"
    r"as many as|as much as|close to|upwards of|all|all but|a total of|a record|an additional|"
    r"additional|another)\s\Z",
    re.IGNORECASE,
)

_QUALIFIER_TAIL = 24

# A verb whose `up` makes `up to` no qualifier (`ticked up to 3.9%`, `edged up to`, `was revised up
# to 3.1%`): the figwire round, from wire stories of jobs and inflation.
_MOVED_UP = lazy(
    r"\b(?:ticked|ticks|tick|edged|edges|inched|inches|crept|creeps|went|goes|moved|moves|shot|"
    r"revised|rounded|bumped|notched|ratcheted|jumped|climbed|rose|picked|ramped|stepped) \Z",
    re.IGNORECASE,
)

# The last letter of every qualifier above, in lower case: a figure whose words before do not
# end with one (and a space) has no qualifier, and the pattern is not searched.
_QUALIFIER_LAST = frozenset("nrytdeosfl")

# The qualifiers above, each as the pattern spells it (ignoring case): the words before a
# figure, when ASCII, end with one of them (and a space) or the pattern is not searched.
_QUALIFIER_PHRASES = (
    *(f"{word} than" for word in ("more", "fewer", "less", "greater", "higher", "lower")),
    *("over", "under", "nearly", "almost", "about", "around", "approximately", "roughly"),
    "some",
    *("at least", "at most", "up to", "just over", "just under", "an estimated"),
    *("as many as", "as much as", "close to", "upwards of", "all", "all but", "a total of"),
    *("a record", "an additional", "additional", "another"),
)

_QUALIFIER_LONGEST = max(map(len, _QUALIFIER_PHRASES))

# A word of a counted phrase; an abbreviation of initials before a common noun is one word (`600
# U.S. firefighters`, `two U.K. nationals`), not `U` and a sentence's end. (Before a name,
# `three U.S. Army Corps of Engineers … teams`, the counted noun is further on: left as it was.)
_UNIT_WORD = lazy(r"(?:[A-Z]\.){2,3}(?=\s[a-z])|[A-Za-z][A-Za-z'’\-]*")

# Nouns that end what is counted (`5.1 million people`, not `people nationally fall`).
_HEAD_NOUNS = frozenset(
    [
        "people",
        "persons",
        "children",
        "men",
        "women",
        "staff",
        "personnel",
        "employees",
        "workers",
        "residents",
        "students",
    ]
)

_CURRENCY_SIGNS = frozenset(_CURRENCY_WORDS.values())

# Countries and places named in the plural, no counted noun (`the Philippines`).
_PLURAL_PLACES = frozenset(["Emirates", "Philippines", "Netherlands", "Bahamas", "Islands"])

_NOT_COUNTED = frozenset(
    [
        "questions",
        "notes",  # (`Two more short notes — hopefully helpful.`: a briefing's own items)
        "things",
        "reasons",
        "comments",
        "remarks",
        "times",
        "ways",
        "aspects",
        "parts",
        "points",
        "leaders",
        "sides",
        "representatives",
        "of",
        # A plan's or a text's own parts (`three pillars – A, B, and C –`, `four key objectives:`),
        # like `aspects`: the parts the text goes on to list, not a count of the world.
        "pillars",
        "priorities",
        "principles",
        "objectives",
        "goals",
        "themes",
        "workstreams",
        # The same for a call's, a speech's or a plan's own parts in words (`two main topics`,
        # `three steps:`, `four key areas:`, `Two subjects for questions`, `proceeds in three
        # phases`, `three bold reforms`, `three priority work strands`): the gold takes none of
        # them (11 in 9 folders). (Not `sessions`: `held three listening sessions` counts events.)
        "topics",
        "steps",
        "areas",
        "subjects",
        "phases",
        "reforms",
        "strands",
    ]
)

# `three challenges: (1) …` lists the text's own parts; `survived three challenges before the
# Supreme Court` counts lawsuits: only before a colon. So do a speaker's `two red lines: A and B`
# (the lines the sentence goes on to state, endev66 round).
_PARTS_BEFORE_COLON = frozenset(["challenges", "lines"])

_CHANGE_VERB = lazy(
    r"(?:increased|increase|increases|rose|rise|rises|grew|grow|grows|climbed|jumped|"
    r"surged|soared|fell|fall|falls|dropped|drop|declined|decline|decreased|decrease|"
    r"went up|went down|was up|was down|were up|were down|up|down|tripled|doubled|"
    r"quadrupled|halved|changed|expanded|shrank|reduced)\s\Z"
)

_CHANGE_CUE = lazy(
    r"\b(?:increase|increased|rise|rose|up|down|decrease|decreased|fell|drop|dropped|grew|"
    r"growth|jump|jumped|tripled|doubled|quadrupled|higher|lower|decline|declined|more|less)\b"
)

# An earlier figure named as such between `from` and its value (`up from an earlier estimate of
# $800 million`, `down from a previous forecast of 2.1%`: found testing wire stories, thirteenth
# session).
_EARLIER_FIGURE = (
    r"(?:(?:an?|the|its|their) )?(?:earlier|previous|prior|initial|original|revised) "
    r"(?:estimate|forecast|projection|figure|count|tally|reading|level|total|record) of "
)

_UP_DOWN_FROM = lazy(
    rf", (?:up|down) from (?:{_EARLIER_FIGURE})?(?:(?:more than|nearly|almost|about|roughly) )?\Z"
)

_YEAR = lazy(r"(?:1[89]|20|21)\d\d\Z")

_FROM = lazy(
    rf"\bfrom (?:the )?(?:{_EARLIER_FIGURE})?(?:an average of )?"
    r"(?:(?:more than|nearly|almost|about|roughly|around|over|above|below|under) )?\Z"
)

# (the time of the new value may stand before `from`: `fell to 3.9% in May from 4.1%`, `eased to
# 2.4% in September, down from 2.5%`)
_TO_FROM_GAP = lazy(
    r"(?:\s(?:in|during)\s(?:[A-Z][a-z]{2,8}\.?(?:\s\d{4})?|the\s(?:first|second|third|fourth|last)\s"
    r"(?:quarter|half)|(?:19|20)\d\d)|\s(?:last|this)\s(?:week|month|year|quarter))?"
    r",?\s(?:(?:up|down)\s)?from\s(?:the\s)?(?:(?:more than|nearly|almost|about|roughly|"
    r"around|over)\s)?"
)

# `3.8% in May, compared with 3.5% in April`: the earlier value, said to be earlier.
_COMPARED_GAP = lazy(
    r"[^.;!?]{0,40}?,?\s(?:compared with|compared to|versus|vs\.?|against)\s(?:the\s)?"
    r"(?:(?:more than|nearly|almost|about|roughly|around)\s)?\Z"
)

_EARLIER = lazy(
    r"\s?(?:in (?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|(?:1[89]|20)\d\d|the (?:previous|prior|same) \w+)|a (?:year|month|week|"
    r"quarter) (?:earlier|ago|before)|last (?:year|month|week|quarter)|the (?:previous|prior) "
    r"(?:year|month|week|quarter|day)|(?:the )?(?:year|month|week|quarter) (?:earlier|before)|"
    r"previously|earlier)\b"
)

_BETWEEN = lazy(r"\b[Bb]etween (?:a |an )?(?:(?:more than|nearly|about|roughly) )?\Z")

_FROM_TO_GAP = lazy(
    r"(?:\s(?:in|at) (?:1[89]|20)\d\d)?"  # `from 172 in 2012 to 181`
    # (a rate after the old value, `from 6,000 tests per week to …`, `from $1,086 per month to
    # an average of $346`: endev63 round)
    r"(?:\s(?:per|an?|each) (?:day|week|month|year|hour|dose|pen|person|household|gallon|"
    r"barrel|unit|cycle))?"
    r",? to (?:an average of )?"
    r"(?:(?:more than|nearly|almost|about|roughly|around|over|above|below|under) )?\Z"
)

_RANGE_GAP = lazy(r"\s?(?:to|-|–|—|and|or)\s?(?:(?:more than|nearly|about|roughly) )?\Z")

# A threshold that defines a category: `businesses with less than 20 employees`; with
# `more than`, only before what sizes a body (`firms with more than 500 employees`), not
# before what is counted (`ties with more than 600 political parties`).
_THRESHOLD_BEFORE = lazy(r"\b(?:with|under|have|has|had|of less|of fewer) (?:less |fewer )?than \Z")

_MORE_THAN_BEFORE = lazy(r"\b(?:with|have|has|had) more than \Z")

# An income that names a group of people (`Americans who make under $400,000`, `anyone making less
# than $400,000`, `families earning over $1 million`): a threshold that defines a category, not
# an amount reported (dev37's and dev66's gold; endev66 round).
_INCOME_THRESHOLD = lazy(
    r"\b(?:making|earning|(?:who|that)\s(?:make|makes|made|earn|earns|earned))\s"
    r"(?:less\sthan|more\sthan|under|over|below|above|up\sto)\s(?:[$£€]\s?)?\Z"
)

_SIZE_NOUNS = frozenset(
    ["employees", "workers", "staff", "residents", "members", "people", "students", "beds"]
)

# A duration that is the quantity reported, not the time of something else: `its lifespan is
# 100 years`, `a life expectancy of 80 years`.
_DURATION_STATED = lazy(
    r"\b(?:is|are|was|were|lifespan of|life span of|life expectancy of|lifetime of|lasts|"
    r"lasted|last for) \Z"
)

# `for` and a qualifier right before a duration: how long something lasted (`served in the Senate
# for 36 years`, `for more than 35 years`); not `for the past 70 years` (a period: the words
# between are no qualifier).
_DURATION_FOR = lazy(
    r"\b[Ff]or (?:(?:nearly|almost|about|around|roughly|over|more than|at least|only|just) )?\Z"
)

# A person's experience or service after its length (`more than 25 years of experience`, `over
# four decades of experience`, `nearly 50 years of service`, `20 years of government service`): the
# quantity reported, as a person's years in an office are (endev63 round); the words up to
# `experience` or `service` are the figure's. So is the length of talks before what was held
# (`more than eight hours of meetings`, `two days of talks`): a meeting's length, the quantity
# reported (ANNOTATING.md, "Thirtieth folder"), as after `lasted` (endev66 round).
_OF_EXPERIENCE = lazy(
    r"\sof\s(?:[a-z]+\s){0,2}?(?:experience|service|meetings|talks|negotiations|discussions|"
    r"consultations|conversations)\b"
)

# How long a meeting or a call lasted, with a qualifier (`The meeting lasted about 45 minutes`,
# `The call lasted nearly two hours`): a meeting's length, the quantity reported (ANNOTATING.md,
# "Eighth folder"; probe of readouts), as after `for` (`met for ninety minutes`).
_LASTED = lazy(
    r"\blast(?:ed|s)\s(?:(?:nearly|almost|about|around|roughly|over|more\sthan|at\sleast|only|"
    r"just|under|less\sthan)\s)\Z"
)

# A prison term (probenews round; the English of the Chinese `_CJK_TERM`, ANNOTATING.md, "Ninth
# folder": the quantity reported): a time after a verb of sentencing or `a sentence of`
# (`sentenced Wen to 12 years`, `was sentenced Tuesday to seven years`, `a sentence of at least 20
# years`, `faces up to 30 years`), or one served where (`18 months in jail`, `10 years in prison`,
# `five years of probation`); not `years after he left prison` (no place after the unit).
_PRISON_WORDS = ("prison", "jail", "sentenc", "behind bars", "probation")

_PRISON_TERM_BEFORE = lazy(
    r"\b(?:sentenced(?:\s[\w.’'\-]+){0,4}?\sto|sentence\sof|faces?|facing)\s"
    r"(?:(?:up\sto|at\sleast|more\sthan|nearly|about|no\smore\sthan|a\smaximum\sof|"
    r"a\sminimum\sof)\s)?\Z"
)

_PRISON_TERM_AFTER = lazy(
    r"(?:\sand\s[\w\-]+\s(?:months?|days?|weeks?))?"
    r"\s(?:in\s(?:federal\s|state\s)?(?:prison|jail)|behind\sbars|of\s(?:probation|"
    r"imprisonment|house\sarrest))\b"
)


def _prison_term(paragraph: str, start: int, unit_end: int) -> bool:
    """Whether the time between `start` and `unit_end` is a prison term (see above)."""
    # (the words looked for near the figure only: a paragraph's thousands of times would each
    # scan all of it)
    window = paragraph[max(0, start - 60) : unit_end + 60]
    if not any(word in window for word in _PRISON_WORDS):
        return False
    return bool(
        _PRISON_TERM_AFTER.match(paragraph, unit_end)
        or _PRISON_TERM_BEFORE.search(paragraph, max(0, start - 50), start)
    )


# An age as a time reference (ANNOTATING.md: `when I was about seven`, `Just 18 years old, he
# deployed …`): after `was`, `were`, `be`, `at`, `just`, `turned` (and the second of two, `5 and 6
# years old`); `The new sapling is 12 years old` states an age, a figure.
_AGE_AS_TIME = lazy(
    r"\b(?:was|were|be|been|at|just|and|turned)\s(?:only\s|about\s|almost\s|nearly\s|barely\s)?\Z",
    re.IGNORECASE,
)

# The words of a streak before its time unit (`12 straight months`, `14 consecutive years`).
_STREAK_WORDS = frozenset(["straight", "consecutive"])

# A temperature in degrees Celsius or Fahrenheit (`the 1.5 °C global warming limit`, `80°F`): a
# measure, its unit the sign and the scale's letter.
_DEGREES = Gated(r"\s?°\s?(?P<scale>[CF])(?![\w-])", ("°",))

# A percentage as emphasis (`100% committed`, `100 percent sure`): rhetorical, not a figure.
_EMPHASIS_AFTER = lazy(
    r" (?:committed|sure|certain|behind|confident|convinced|focused|dedicated|right|wrong|"
    r"supportive|clear|on board|true|honest|serious)\b"
)


def _value(number: str, scale: str | None, currency: str | None = None) -> Number:
    digits = number.replace(",", "")
    value: Number = float(digits) if "." in digits else int(digits)
    if scale:
        word = scale.strip()
        factor = _SCALES.get(word.lower(), 1)
        if word == "m" and not currency:
            return value  # "5 m" without a currency is metres
        value = _scaled(digits, factor)
    return value


def _scaled(digits: str, factor: int) -> Number:
    """`digits` times `factor`, exactly: `2.18` trillion is 2180000000000, where the float
    product is 2180000000000.0002."""
    from decimal import Decimal  # (here: most imports scale no figure, and `decimal` costs ~1 ms)

    product = Decimal(digits) * factor
    if product == product.to_integral_value():
        return int(product)
    return float(product)


def _is_masked(spans: list[tuple[int, int]], start: int) -> bool:
    return any(low <= start < high for low, high in spans)


def _excluded(paragraph: str) -> list[tuple[int, int]]:
    """Spans that hold no figure: phone numbers."""
    if paragraph.isascii() and sum(map(paragraph.count, _ASCII_DIGITS)) < _PHONE_DIGITS:
        return []  # (quick) too few digits for one: counted, not scanned
    return [match.span() for match in _PHONE.finditer(paragraph)]


_ASCII_DIGITS = "0123456789"

_PHONE_DIGITS = 10  # the `\d`s of `_PHONE`: a phone number holds at least these

# The longest currency `_FIGURE` reads before a number in ASCII text (`USD `): a figure
# begins at most this many characters before its first digit.
_CURRENCY_WIDTH = 4

# Every ASCII digit made `0`, every other byte a space: the digits of an ASCII text found by
# `bytes.find` (a quick search for one byte) instead of a pattern's scan.
_DIGIT_BYTES = bytes(48 if 48 <= byte <= 57 else 32 for byte in range(256))


def _figure_matches(paragraph: str) -> Iterator[re.Match[str]]:
    """The matches of `_FIGURE.finditer(paragraph)`. In ASCII text each figure holds a digit
    at most `_CURRENCY_WIDTH` characters after its start, so the pattern is tried only at
    the few places before each digit, not at every character."""
    if not paragraph.isascii():
        yield from _FIGURE.finditer(paragraph)
        return
    digits = paragraph.encode("ascii").translate(_DIGIT_BYTES)
    position = 0
    while (digit := digits.find(b"0", position)) >= 0:
        for start in range(max(position, digit - _CURRENCY_WIDTH), digit + 1):
            match = _FIGURE.match(paragraph, start)
            if match is not None:
                yield match
                position = match.end()
                break
        else:
            position = digit + 1


def _unit_after(paragraph: str, end: int) -> tuple[str | None, int]:
    """The counted noun phrase after a number ending at `end`: its words and where it ends."""
    words: list[str] = []
    position = end
    unit_end = end
    for _ in range(5):
        if position >= len(paragraph) or paragraph[position] != " ":
            break
        match = _UNIT_WORD.match(paragraph, position + 1)
        if match is None:
            break
        word = match.group()
        lower = word.lower()
        if lower in _STOP or (lower.endswith("ed") and len(lower) > 4 and words):
            break
        if word[0].isupper() and words and not words[-1][0].isupper():
            break
        words.append(word)
        position = unit_end = match.end()
        if (len(words) >= 3 and lower.endswith("s")) or lower in _HEAD_NOUNS:
            break
        if (
            len(words) == 2
            and words[0][-1] == "."
            and lower.endswith("s")
            and not lower.endswith(("ss", "us", "is"))
        ):
            break  # `6,000 U.S. institutions self-report …`: the plural after the abbreviation
    # A counted phrase ends on its noun: drop a trailing capitalised name or adjective run; a
    # phrase of capitalised words only whose last is a plural is the noun with its adjective
    # (`225 American Rangers`, `two Democratic Senators`), kept.
    if len(words) > 1 and words[-1][0].isupper() and not _capitalised_plural(words):
        while words[-1][0].isupper() and len(words) > 1:
            unit_end -= len(words[-1]) + 1
            words.pop()
    if not words:
        return None, end
    if words[0] == "U.S." and len(words) == 2 and words[1].lower() in _CURRENCY_WORDS:
        words = words[1:]  # `2 billion U.S. dollars`: dollars
    if len(words) == 1 and words[0].lower() in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[words[0].lower()], unit_end
    return " ".join(words), unit_end


def _capitalised_plural(words: list[str]) -> bool:
    """Capitalised words only, the last a plural noun (`American Rangers`), not a place."""
    last = words[-1]
    return (
        last[-1:] == "s"
        and not last.endswith(("ss", "us", "is"))  # (`Consensus`, `Congress`, `Paris`)
        and "United" not in words  # (`90,000 United States Armed Forces personnel`: a country)
        and last not in _PLURAL_PLACES
        and all(word[0].isupper() for word in words)
    )


class _Raw(NamedTuple):
    figure: Figure
    number_start: int  # where the number (or currency) begins, before any qualifier
    bare: bool  # no currency, scale, percent or unit
    kind: str  # "money:$", "percent", "count"
    scale: int = 1  # the scale word's factor (`$500 million`: 10**6), 1 when none is written


def find_figures(paragraph: str) -> list[Figure]:
    """The figures of one English paragraph, in reading order."""
    digits = _has_digit(paragraph)
    if digits and news_headline_line(paragraph):
        return []  # an outlet's headline, a title's numbers (ANNOTATING.md, "Sixty-fourth folder")
    lowered = _lowered(paragraph)
    masked = _excluded(paragraph) if digits else []
    raws: list[_Raw] = []
    for match in _figure_matches(paragraph) if digits else ():
        raw = _digit_figure(paragraph, match, masked)
        if raw is not None:
            raws.append(raw)
    for match in _word_figures(lowered):
        raw = _word_figure(paragraph, match)
        if raw is not None:
            raws.append(raw)
    if "-" in paragraph:
        raws.extend(_hyphened_measures(paragraph, lowered))
    half = "half" in lowered  # (asked once: ` and a half ` below holds it too)
    fractions = (half or "-" in lowered) and _FRACTION_HINT.search(lowered) is not None
    for match in _FRACTION.finditer(lowered) if fractions else ():
        if not _starts_word(lowered, match.start()):
            continue
        group = (
            "fraction"
            if match.group("fraction")
            else "by"
            if match.group("by")
            else "over"
            if match.group("over")
            else "of"
        )
        begin = match.start(group)
        word_before = _word_before(lowered, begin)
        if group == "of" and word_before in _HALF_OF_AFTER:
            continue
        word = match.group("fraction") or "half"
        if _fraction_of_time(lowered, word_before, match.end()):
            continue
        start = _with_qualifier(paragraph, begin)
        label = _share_of(paragraph, match.end())
        figure = Figure(_FRACTIONS[word], start, match.end(), "fraction", label)
        raws.append(_Raw(figure, begin, False, "fraction"))
    if _SPACED_FRACTION.admits(lowered):
        spaced: list[_Raw] = []
        spaced_starts: set[int] = set()
        for match in _SPACED_FRACTION.pattern.finditer(lowered):
            word = match.group("fraction").replace(" ", "-")
            if match.group("one") == "a":
                word = "one" + word[1:]  # (`a third of small businesses`, the figwire round)
            if word not in _FRACTIONS:
                continue
            begin = match.start()
            # (`two thirds` no count of thirds; `the first three quarters` no count either: a time)
            spaced_starts.add(begin)
            if _fraction_of_time(lowered, _word_before(lowered, begin), match.end()):
                continue
            start = _with_qualifier(paragraph, begin)
            label = _share_of(paragraph, match.end())
            figure = Figure(_FRACTIONS[word], start, match.end(), "fraction", label)
            spaced.append(_Raw(figure, begin, False, "fraction"))
        if spaced_starts:
            # (one pass: a paragraph of thousands of them is read in time near its length)
            raws = [raw for raw in raws if raw.number_start not in spaced_starts] + spaced
    one_in = "one in " in lowered or (digits and "1 in " in lowered)
    for match in _ONE_IN.finditer(lowered) if one_in else ():
        raws = [raw for raw in raws if raw.number_start != match.start("n")]
        raws.append(_one_in(paragraph, match))
    some_in = list(_SOME_IN.finditer(lowered))
    if digits and _digit_in(lowered):
        some_in += _SOME_IN_DIGITS.finditer(lowered)
    if some_in:
        for match in some_in:
            share = _some_in(paragraph, match)
            if share is not None:
                taken = (match.start("k"), match.start("n"))
                raws = [raw for raw in raws if raw.number_start not in taken]
                raws.append(share)
    scales = "illion" in lowered or "thousand" in lowered
    for match in _A_SCALE.finditer(lowered) if scales else ():
        if _starts_word(lowered, match.start()):
            raws.append(_a_scale_figure(paragraph, match))
    if " times " in lowered:
        raws = _with_factors(paragraph, lowered, raws)
    if (
        " percent" in lowered
        or " per cent" in lowered
        or "twice " in lowered
        or (half and " and a half " in lowered)
    ):
        raws = _with_word_figures(paragraph, lowered, raws)
    for match in _FACTOR.finditer(paragraph) if "factor" in paragraph else ():
        number = match.group("number")
        raws = [raw for raw in raws if raw.number_start != match.start("number")]
        figure = Figure(_value(number, None), match.start(), match.end(), "factor", "Factor")
        raws.append(_Raw(figure, match.start(), False, "factor"))
    if not raws:
        return []
    raws.sort(key=lambda raw: raw.number_start)
    return _combine(paragraph, raws)


# A number joined by a hyphen to a unit before a noun (`a five-year investigation`, `a 1,900-acre
# solar field`, `a 34-year veteran`, `the 50-nation coalition`, `a three-term mayor`, `a
# two-hour call`): the measure of the thing named, a figure whose unit is the unit's plural.
# The unit and the noun after it are found first, then the number in the words before.
_HYPHENED_UNIT = lazy(
    r"-(?P<unit>year|month|week|day|hour|minute|acre|mile|gallon|degree|term|page|nation)s?"
    r"(?![\w-]) (?P<noun>[a-z][a-z’'-]*)"
)

_HYPHENED_NUMBER = lazy(rf"(?<![\w$.,-])(?P<number>{_NUMBER}|{alternation(_WORD_NUMBERS)}|one)\Z")

# Nouns after which the measure names a time or a kind, no quantity: `a 50-year low`, `the
# one-year anniversary`, `a four-year degree`, `a 47-year period` (ANNOTATING.md), `the 10-year
# yield`, `a five-year plan` (a plan's or a budget's period), `a two-state solution` (no unit).
_HYPHENED_NOT = frozenset(
    ["low", "lows", "high", "highs", "anniversary", "mark", "degree", "degrees", "period",
     "periods", "record", "span", "window", "horizon", "average", "yield", "yields", "bond",
     "bonds", "note", "notes", "treasury", "mortgage", "mortgages", "cycle", "plan", "plans",
     "budget", "budgets", "strategy", "framework", "agenda", "roadmap", "time", "old", "olds",
     "ago", "later", "earlier", "before", "after", "long", "institution", "institutions",
     "college", "colleges", "university", "universities", "school", "schools", "moving",
     "annualized", "daily", "weekly", "monthly", "historical", "peak", "milestone", "kind",
     "interim", "total", "work", "progress", "public", "private"]
)  # fmt: skip

# A superlative before the measure makes it a record's time (`the largest one-month drop`, `the
# highest seven-day total`), no quantity.
_SUPERLATIVE_BEFORE = lazy(
    r"\b(?:largest|biggest|highest|lowest|strongest|smallest|longest|shortest|fastest|steepest|"
    r"sharpest|greatest|best|worst|most) (?:[a-z]+ )?\Z"
)

# The words after the noun that make the measure an average's or a record's time (`the 30-year
# historical average`, `a four-week moving average`); not `period` (`the 180-day registration
# period` is a time limit, a figure in the gold).
_HYPHENED_NOT_AFTER = frozenset(
    ["average", "averages", "total", "low", "high", "record", "anniversary", "mark", "rate",
     "rates"]
)  # fmt: skip

_DEGREE_SCALES = {"celsius": "C", "c": "C", "fahrenheit": "F", "f": "F"}


def _hyphened_measures(paragraph: str, lowered: str) -> list[_Raw]:
    """The measures joined to their unit by a hyphen before a noun (`_HYPHENED_UNIT`)."""
    found: list[_Raw] = []
    for hit in _HYPHENED_UNIT.finditer(lowered):
        noun = hit.group("noun")
        scale = _DEGREE_SCALES.get(noun) if hit.group("unit") == "degree" else None
        if noun in _HYPHENED_NOT or (paragraph[hit.start("noun")].isupper() and scale is None):
            continue  # (`the 90-day Trucking Action Plan`: a name)
        number = _HYPHENED_NUMBER.search(lowered, max(0, hit.start() - 24), hit.start())
        if number is None:
            continue
        after = lowered[hit.end() : hit.end() + 24].split(" ")[1:3]
        if any(
            word.strip(",.;:") in _HYPHENED_NOT_AFTER for word in after
        ) or _SUPERLATIVE_BEFORE.search(lowered, max(0, number.start() - 24), number.start()):
            continue  # (`a five-year study period`, `the largest one-month drop`)
        digits = number.group("number")
        if digits[0].isdigit():
            value: Number = _value(digits, None)
        else:
            value = _WORD_NUMBERS.get(digits, 1)
        unit = f"°{scale}" if scale else hit.group("unit") + "s"
        start = _with_qualifier(paragraph, number.start())
        figure = Figure(value, start, hit.end(), unit, _capitalised(unit))
        found.append(_Raw(figure, number.start(), False, "measure"))
    return found


def _word_before(lowered: str, start: int) -> str:
    """The word right before `start` (the text up to it, its last word), or an empty text."""
    words = lowered[max(0, start - 16) : start].split()
    return words[-1] if words else ""


def _fraction_of_time(lowered: str, word_before: str, end: int) -> bool:
    """A fraction ending at `end` that is a part of a year, a time (`the first three quarters`,
    `three-quarters of 2021`)."""
    return word_before in _FRACTION_TIME_BEFORE or (
        lowered.startswith(" of ", end) and _FRACTION_OF_TIME.match(lowered, end) is not None
    )


def _with_word_figures(paragraph: str, lowered: str, raws: list[_Raw]) -> list[_Raw]:
    """`raws` with the shares, factors and halves written in words (`figure_words`), a number
    inside one no figure of its own."""
    found = word_figures(lowered)
    if not found:
        return raws
    # (asked of their spans in logarithmic time: a scan of every word figure per number made
    # a paragraph of thousands of both cost the square of them)
    spans = Within([(figure.start, figure.end) for figure in found])
    kept = [raw for raw in raws if raw.number_start not in spans]
    for figure in found:
        start = _with_qualifier(paragraph, figure.start)
        if figure.kind == "percent":
            label = _label("%", paragraph, figure.start, figure.end, False, True)
            made = Figure(figure.value, start, figure.end, "%", label)
        elif figure.kind == "factor":
            made = Figure(figure.value, start, figure.end, "factor", "Factor")
        else:
            unit, unit_end = _unit_after(paragraph, figure.end)
            money = _money_word(unit)
            if unit is not None and money is not None:
                # `three and a half million taxpayer dollars exploring …`: money, its text and
                # label ending on the currency's word
                unit_end = (
                    figure.end + paragraph[figure.end : unit_end].index(money[1]) + len(money[1])
                )
                unit = paragraph[figure.end + 1 : unit_end]
            label = _capitalised(unit) if unit else "Figure"
            if money is not None:
                unit = money[0]
            elif unit in _CURRENCY_WORDS.values():
                label = "Amount"  # (`two and a half billion dollars`: the unit `$`)
            made = Figure(figure.value, start, max(unit_end, figure.end), unit, label)
        kept.append(_Raw(made, figure.start, False, figure.kind))
    return kept


def _money_word(unit: str | None) -> tuple[str, str] | None:
    """The currency's symbol and its word when the counted phrase holds one (`taxpayer dollars`)."""
    for word in (unit or "").split(" ")[:2]:
        if word.lower() in _CURRENCY_WORDS:
            return _CURRENCY_WORDS[word.lower()], word
    return None


def _with_factors(paragraph: str, lowered: str, raws: list[_Raw]) -> list[_Raw]:
    """`raws` with each comparison by times (`two to three times as much`) a factor, the
    numbers inside it no figures of their own (the numbers are left out in one pass: a paragraph
    of thousands of comparisons is read in time near its length)."""
    factors: list[_Raw] = []
    for hit in _TIMES_AS.finditer(lowered):
        if not (
            lowered[hit.start() - 1 : hit.start()].isdecimal()
            or lowered.endswith(_NUMBER_WORD_ENDS, 0, hit.start())
        ):
            continue  # (every match ends with a digit or a number's word, right before it)
        before = _TIMES_NUMBER_BEFORE.search(lowered, max(0, hit.start() - 24), hit.start())
        if before is None:
            continue
        number, start, end = before.group("number"), before.start(), hit.end() - 1
        value = _WORD_NUMBERS[number] if number in _WORD_NUMBERS else _value(number, None)
        figure = Figure(value, _with_qualifier(paragraph, start), end, "factor", "Factor")
        factors.append(_Raw(figure, start, False, "factor"))
    if not factors:
        return raws
    starts = [factor.number_start for factor in factors]
    kept = []
    for raw in raws:
        index = bisect.bisect_right(starts, raw.number_start) - 1
        if index < 0 or raw.number_start >= factors[index].figure.end:
            kept.append(raw)
    return kept + factors


# `One in three adults`, `1 in 5 children`: a share, the fraction one over the number (unit
# `fraction`, like `two-thirds`), with the noun it counts in its text; the number after `one in`
# is no count of its own (`three adults`).
_ONE_IN = lazy(
    r"(?<![\w-])(?:one|1) in (?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|[1-9]\d{1,2})"
    r"(?![\w,.%-])(?: (?!(?:of|in|on|at|the|a|an|who|that|is|are|was|were|will|has|have|and|or|to)"
    r"\b)(?P<noun>[a-z][a-z’'-]{1,30})\b)?"
)

# `six in ten saying …`, `Three in four Americans`, `3 in 10 Americans`: a share like `one in
# three`, the fraction the first number over the second (smaller over larger only: `ten in two`
# is none), in words or digits; the numbers are no counts of their own.
_SOME_IN_TAIL = (
    r" in (?P<n>three|four|five|six|seven|eight|nine|ten|[3-9]|10)(?![\w,.%-])"
    r"(?: (?!(?:of|in|on|at|the|a|an|who|that|is|are|was|were|will|has|have|and|or|to|say|"
    r"saying|said)\b)(?P<noun>[a-z][a-z’'-]{1,30})\b)?"
)

_SOME_IN = Gated(
    r"(?<![\w.,-])(?P<k>two|three|four|five|six|seven|eight|nine)" + _SOME_IN_TAIL,
    ("two in ", "three in ", "four in ", "five in ", "six in ", "seven in ", "eight in ",
     "nine in "),
)  # fmt: skip

# The same in digits (`3 in 10 Americans`), tried only where `_digit_in` finds a digit before
# ` in ` and one after it: eight more words for the gate would each be a scan of every paragraph.
_SOME_IN_DIGITS = lazy(r"(?<![\w.,-])(?P<k>[2-9])" + _SOME_IN_TAIL)


def _digit_in(lowered: str) -> bool:
    """Whether ` in ` stands between a digit from 2 to 9 and a digit (`3 in 10`): one scan."""
    at = lowered.find(" in ")
    while at >= 0:
        if at > 0 and lowered[at - 1] in "23456789" and lowered[at + 4 : at + 5].isdigit():
            return True
        at = lowered.find(" in ", at + 4)
    return False


# What `2 in 3` counts when it is no share of people or things: games, attempts, a time.
_NOT_SHARE_NOUNS = frozenset(
    ["games", "matches", "races", "starts", "innings", "attempts", "tries", "shots", "seasons",
     "months", "years", "days", "weeks", "hours", "minutes", "seconds", "sets", "rounds"]
)  # fmt: skip

# A share's `of` and the noun phrase it is a share of (`two-thirds of respondents`, `half of
# the country’s counties`): up to four words, ending on the first plural (`respondents said`).
_SHARE_OF = lazy(r"\sof\s(?:the\s|all\s|its\s|their\s)?((?:[\w’'.\-]+\s){0,3}[\w’'.\-]+)")

_PLURALS_WITHOUT_S = frozenset(["people", "women", "men", "children", "police", "staff"])

_SHARE_OF_STOPS = frozenset(
    ["said", "say", "says", "were", "was", "are", "is", "have", "has", "had", "will", "would",
     "could", "can", "do", "did", "who", "that", "which", "in", "on", "at", "for", "with", "to",
     "them", "us", "those", "these", "it", "you", "this", "what", "its", "their", "whom", "and",
     "or", "but", "last", "next", "throughout", "upon", "globally"]
)  # fmt: skip


def _share_of(paragraph: str, end: int) -> str:
    """The label of a share ending at `end`: `Share of respondents` after `of respondents`, else
    `Share`."""
    of = _SHARE_OF.match(paragraph, end)
    return "Share" if of is None else _share_phrase(of.group(1))


def _share_phrase(text: str) -> str:
    """`Share of` the words `text` opens with, up to the first plural, a verb or a stop."""
    words: list[str] = []
    for word in text.split(" ")[:4]:
        ends = word.endswith(".") and word not in ("U.S.", "U.K.", "U.N.")
        word = word[:-1] if ends else word  # (the sentence's stop: `of all workers.`)
        if word.lower() in _SHARE_OF_STOPS or word.endswith("ed") or not word[:1].isalpha():
            break
        words.append(word)
        if (
            ends
            or word.lower() in _PLURALS_WITHOUT_S
            or (word.endswith("s") and not word.endswith(("ss", "’s", "'s", "us", "is")))
        ):
            break  # (the counted plural ends the phrase: `respondents said`, `women live`)
    return f"Share of {' '.join(words)}" if words else "Share"


_WORDS_AT = lazy(r"(?:[\w’'.\-]+\s){0,3}[\w’'.\-]+")


def _share_noun(paragraph: str, match: re.Match[str]) -> str:
    """The label of `one in three adults`, `3 in 10 Americans`: `Share of adults`, the noun as
    the text writes it (the match is of the lowered text), else `Share`."""
    if match.group("noun") is None:
        return "Share"
    # (the words from the noun on, up to its plural: `one in five small businesses`)
    words = _WORDS_AT.match(paragraph, match.start("noun"))
    return _share_phrase(words.group()) if words is not None else "Share"


def _small_number(word: str) -> int:
    return int(word) if word.isdigit() else int(_WORD_NUMBERS[word])


def _some_in(paragraph: str, match: re.Match[str]) -> _Raw | None:
    if match.group("k").isdigit() and match.group("noun") in _NOT_SHARE_NOUNS:
        return None  # `scored 2 in 3 games`, `rose 5 in 10 months`: a count in a time or games
    share = _small_number(match.group("k")) / _small_number(match.group("n"))
    if share >= 1:
        return None
    start = _with_qualifier(paragraph, match.start())
    figure = Figure(round(share, 4), start, match.end(), "fraction", _share_noun(paragraph, match))
    return _Raw(figure, match.start(), False, "fraction")


def _one_in(paragraph: str, match: re.Match[str]) -> _Raw:
    count = match.group("n")
    denominator = int(count) if count.isdigit() else int(_WORD_NUMBERS[count])
    start = _with_qualifier(paragraph, match.start())
    figure = Figure(
        round(1 / denominator, 4), start, match.end(), "fraction", _share_noun(paragraph, match)
    )
    return _Raw(figure, match.start(), False, "fraction")


def _word_figures(lowered: str) -> list[re.Match[str]]:
    """The numbers in words after a space or `(`, in order: the matches of one pattern that
    begins with either (a scan after each space, then after each bracket if there is one)."""
    found = list(_WORD_FIGURE.finditer(lowered))
    first = _WORD_FIGURE_START.match(lowered) if lowered.startswith(_WORD_NUMBER_WORDS) else None
    if first is not None:  # (the words inside it, `twenty-five` after `and`, no match of their own)
        found = [first, *(match for match in found if match.start() >= first.end())]
    if "(" in lowered:
        found.extend(_WORD_FIGURE_BRACKET.finditer(lowered))
        found.sort(key=lambda match: match.start())
    return found


_DIGIT = lazy(r"\d")

_DIGITS_DELETED = b"0123456789"


def _has_digit(paragraph: str) -> bool:
    """Whether a digit stands in the paragraph: in ASCII text (most paragraphs), whether
    deleting the digits from its bytes shortens them (one pass, half the time of ten
    substring searches); else an ASCII digit by substring searches (much quicker than a
    pattern's scan), any other decimal digit (`\\d`) by one scan."""
    if paragraph.isascii():
        data = paragraph.encode("ascii")
        return len(data.translate(None, _DIGITS_DELETED)) != len(data)
    if any(map(paragraph.__contains__, "0123456789")):
        return True
    return _DIGIT.search(paragraph) is not None


def _lowered(paragraph: str) -> str:
    """The paragraph in lower case, each character in its place (one that lower-cases to
    more than one character is kept as it is)."""
    lowered = paragraph.lower()
    if len(lowered) == len(paragraph):
        return lowered
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in paragraph)


def _starts_word(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_-")


def _with_qualifier(paragraph: str, start: int) -> int:
    before = paragraph[max(0, start - _QUALIFIER_TAIL) : start]
    last = before[-2:-1]
    if last.isascii() and last.lower() not in _QUALIFIER_LAST:
        return start  # (quick) beyond ASCII, a letter may match one of them ignoring case
    words = before[-1 - _QUALIFIER_LONGEST : -1]
    if words.isascii() and not (
        before[-1:].isspace() and words.lower().endswith(_QUALIFIER_PHRASES)
    ):
        return start  # (quick, as above: the pattern ends with a qualifier, then `\s`)
    found = _QUALIFIERS.search(before)
    if found is None:
        return start
    qualifier_start = start - len(before) + found.start()
    # Whole words only.
    if qualifier_start > 0 and paragraph[qualifier_start - 1].isalnum():
        return start
    if (
        found.group().lower().startswith("up ")
        and _MOVED_UP.search(paragraph, max(0, qualifier_start - 12), qualifier_start) is not None
    ):
        return start  # (`ticked up to 3.9% from 3.8%`: a verb's `up`, the change's `to`)
    return qualifier_start


# An ordinal's suffix set as a superscript in the source's markup (`10,000<sup>th</sup>`, `the
# 21<sup>st</sup> century`): the number before it is an ordinal, no figure.
_SUPERSCRIPT_ORDINAL = lazy(r"<sup>(?:st|nd|rd|th)</sup>")


def _digit_figure(
    paragraph: str, match: re.Match[str], masked: list[tuple[int, int]]
) -> _Raw | None:
    start, end = match.span()
    currency, number = match.group("currency"), match.group("number")
    scale, percent = match.group("scale"), match.group("percent")
    before = paragraph[start - 1] if start else " "
    after = paragraph[end] if end < len(paragraph) else " "
    hyphen_range = (  # `26-40 percent`: the upper end of a range, read as the en dash's
        before == "-"
        and start > 1
        and paragraph[start - 2].isdigit()
        and _range_dash(paragraph, start - 1)
        and not (end < len(paragraph) and paragraph[end] == "-")  # `2022-10-20`
    )
    # A minus sign before a share (`a -0.3% annual rate`, `−1.2%`) makes it negative: the figwire
    # round, from wire stories of output and prices (not `COVID-19`, `1-800`: a word's hyphen).
    minus = (
        before in "-\u2212"
        and match.group("percent") is not None
        and (start < 2 or paragraph[start - 2] in ' ("“')
    )
    if (
        before.isalnum()
        or (before in "-/.:_#@+" and not hyphen_range and not minus)
        or (before == "," and start > 1 and paragraph[start - 2].isdigit())
    ):
        return None
    if (
        after.isalnum()
        or after in "_@"
        or (
            after in "-/:–"
            and end + 1 < len(paragraph)
            and paragraph[end + 1].isalnum()
            and not _range_dash(paragraph, end)
        )
    ):
        return None
    if after in ".,:" and end + 1 < len(paragraph) and paragraph[end + 1].isdigit():
        return None
    if after == "<" and _SUPERSCRIPT_ORDINAL.match(paragraph, end):
        return None  # `my 10,000<sup>th</sup> vote`: an ordinal, its suffix set in markup
    if _is_masked(masked, start):
        return None
    if not currency and not scale and not percent:
        if _YEAR.match(number) or ("." in number and number.count(".") > 1):
            return None
        if _AFTER_MONTH.search(paragraph[max(0, start - 12) : start]):
            return None
        if _BEFORE_MONTH.match(paragraph, end):
            return None
        if _TIME_AFTER.match(paragraph, end):
            return None
        if _ADDRESS_AFTER.match(paragraph, end):
            return None
        previous_word = paragraph[max(0, start - 16) : start].split()
        if previous_word:
            word = previous_word[-1].strip("([{")
            if word.lower() in _LABELS or (
                # (`FTSE 100`, `S&P 500`: an index's name, the figwire round)
                word.isupper() and word.replace("&", "").isalpha() and len(word) <= 6
            ):
                return None
        # List numbering: "1." or "(2)" opening a paragraph.
        if start <= 1 and (after == "." or after == ")"):
            return None
    if currency and currency.strip() in _CURRENCY_CODES:
        unit_currency: str | None = _CURRENCY_CODES[currency.strip()]
    else:
        unit_currency = currency
    value = _value(number, scale, currency)
    if minus:
        value, start = -value, start - 1
    number_end = end
    if scale and scale.strip() == "m" and not currency:
        return None
    unit: str | None
    if percent:
        if value == 100 and _EMPHASIS_AFTER.match(paragraph, end):
            return None
        unit = "%"
        unit_end = end
    elif unit_currency:
        unit = unit_currency
        unit_end = end
    elif (degrees := _DEGREES.match(paragraph, end, end + 4)) is not None:
        unit, unit_end = "°" + degrees.group("scale"), degrees.end()  # (`1.5 °C`, `80°F`)
    else:
        unit, unit_end = _unit_after(paragraph, end)
        if unit in _CURRENCY_SIGNS:
            unit_currency = unit  # (`312 billion yuan`: money, labelled as money is; figwire)
        if unit is not None and _EARLIER.match(paragraph, end):
            unit, unit_end = None, end  # `up from 41 last year`: a time, not what is counted
        if unit is not None:
            head = unit.split(" ")[-1].lower()
            first = unit.split(" ")[0].lower()
            if head in _TIME_UNITS or first in _TIME_UNITS:
                # A duration sets a period; an age (`12 years old`) or a span stated as a
                # fact (`its lifespan is 100 years`) is a figure.
                aged = unit.split(" ")[-1].lower() == "old" or re.match(
                    r"\s(?:old|of age)\b", paragraph[unit_end : unit_end + 8]
                )
                stated = _DURATION_STATED.search(paragraph, max(0, start - 30), start)
                # A streak (`for 12 straight months`, `24 straight hours`, `14 consecutive
                # years`) is the quantity reported, not the time of something else
                # (ANNOTATING.md, "Thirty-first folder"): its unit is the time's.
                streak = first in _STREAK_WORDS and head in _TIME_UNITS and unit.count(" ") == 1
                if aged and _AGE_AS_TIME.search(paragraph, max(0, start - 24), start):
                    return None  # `when I was 29 years old`, `Just 18 years old, he …`: a time
                # How long something lasted, after `for` (`a senator for 36 years`, `For more
                # than 70 years, A and B have …`), is the quantity reported (the gold's reading).
                lasted = first in _TIME_UNITS and (
                    _DURATION_FOR.search(paragraph, max(0, start - 24), start)
                    or (
                        "last" in paragraph[max(0, start - 24) : start]
                        and _LASTED.search(paragraph, max(0, start - 24), start)
                    )
                )
                term = first in _TIME_UNITS and _prison_term(paragraph, start, end + 1 + len(first))
                served = (
                    _OF_EXPERIENCE.match(paragraph, end + 1 + len(first))
                    if first in _TIME_UNITS and not (aged or stated or streak or lasted or term)
                    else None
                )
                if served is not None:
                    unit, unit_end = first, served.end()
                elif not aged and not stated and not streak and not lasted and not term:
                    return None
                unit = head if streak else first if first in _TIME_UNITS else unit
                if term and not (aged or stated or streak or lasted):
                    unit_end = end + 1 + len(first)  # (`30 years behind bars`: the term only)
    bare = not (percent or unit_currency or scale) and unit is None and value < 1000
    # A threshold that defines a category (`businesses with less than 20 employees`, `50
    # employees or less`) is not a figure.
    if (
        not percent
        and not unit_currency
        and (
            # (both end with `than ` right before the number: where it does not stand, neither
            # is tried)
            (
                paragraph.endswith("than ", 0, start)
                and (
                    _THRESHOLD_BEFORE.search(paragraph, max(0, start - 24), start)
                    or (
                        _MORE_THAN_BEFORE.search(paragraph, max(0, start - 24), start)
                        and (unit or "").split(" ")[-1].lower() in _SIZE_NOUNS
                    )
                )
            )
            or re.match(r" or (?:less|fewer|more)\b", paragraph[unit_end : unit_end + 12])
        )
    ):
        return None
    if (
        unit_currency
        and any(word in paragraph[max(0, start - 40) : start] for word in ("mak", "earn"))
        and _INCOME_THRESHOLD.search(paragraph, max(0, start - 40), start)
    ):
        return None  # `Americans who make under $400,000`: a group's income, no figure
    figure_start = _with_qualifier(paragraph, start)
    kind = "percent" if percent else (f"money:{unit_currency}" if unit_currency else "count")
    label = _label(
        unit if not unit_currency else None,
        paragraph,
        start,
        unit_end,
        bool(unit_currency),
        bool(percent),
    )
    if unit in _TIME_UNITS and _prison_term(paragraph, start, unit_end):
        label = "Prison term"
    figure = Figure(
        value, figure_start, max(number_end, unit_end), unit, label, money=bool(unit_currency)
    )
    factor = _SCALES.get(scale.strip().lower(), 1) if scale else 1
    return _Raw(figure, start, bare, kind, factor)


def _range_dash(paragraph: str, end: int) -> bool:
    """A dash between two numbers ("17–25") is a range, not a compound ("47-year")."""
    return (
        end + 1 < len(paragraph)
        and paragraph[end] in "-–"
        and paragraph[end + 1].isdigit()
        and not _PHONE.match(paragraph, max(0, end - 3))
    )


_PLURALS_WITHOUT_S = frozenset(["people", "children", "men", "women"])

# Words before `of` that make the number after it a group a part is taken from.
_PART_OF = frozenset(
    ["one", "two", "three", "each", "all", "both", "none", "some", "any", "many", "most",
     "either", "neither", "first", "last", "out", "part", "half", "rest", "majority"]
)  # fmt: skip

# Words before a number in words that make it no count (a determiner, `to`, a vague quantity).
_NO_WORD_COUNT_AFTER = frozenset(
    [
        "the",
        "these",
        "those",
        "both",
        "our",
        "their",
        "its",
        "his",
        "her",
        "my",
        "your",
        "one",
        "every",
        "each",
        "to",
        "several",  # (`several hundred billion dollars`, `a few hundred`: vague)
        "few",
        "many",
    ]
)


def _word_figure(paragraph: str, match: re.Match[str]) -> _Raw | None:
    start, end = match.start("word"), match.end()  # the match begins with a space or `(`
    before = paragraph[max(0, start - 12) : start].lower().split()
    if (
        before
        and before[-1] in _NO_WORD_COUNT_AFTER
        and not (
            # (`sentenced to seven years`: a prison term, `_prison_term`)
            before[-1] == "to"
            and "sentenc" in paragraph[max(0, start - 50) : start]
            and _PRISON_TERM_BEFORE.search(paragraph, max(0, start - 50), start)
        )
    ):
        return None
    if before and before[-1] == "of" and (len(before) < 2 or before[-2] in _PART_OF):
        return None  # `one of three`, `each of two`: a part of a group, not a count
    if start > 0 and paragraph[start - 1] not in " (":
        return None
    if paragraph[start].isupper() and not _opens_sentence(paragraph, start):
        # `ASEAN’s Five Point Consensus`, `the Big Three automakers`: a capital inside a
        # sentence makes the number part of a name (at a sentence's start it counts)
        return None
    word, more = match.group("word"), match.group("more")  # (lower-cased: `_lowered`)
    value: Number = _word_value(word + more) if more else _WORD_NUMBERS.get(word, 1)
    if match.group("scale"):
        scale = match.group("scale").strip()
        value = value * (_WORD_NUMBERS[scale] if scale == "dozen" else _SCALES[scale])
    unit, unit_end = _unit_after(paragraph, end)
    time_unit = unit.split(" ")[0] if unit is not None else ""
    if (
        unit is not None
        and time_unit.lower() in _STREAK_WORDS
        and unit.count(" ") == 1
        and unit.split(" ")[1].lower() in _TIME_UNITS
    ):
        # `three straight days of attacks`, `seven consecutive weeks`: a streak is the quantity
        # reported, as in digits (`12 straight months`, `_digit_figure`), its unit the time's
        head = unit.split(" ")[1]
        figure = Figure(value, _with_qualifier(paragraph, start), unit_end, head, "Streak")
        return _Raw(figure, start, False, "count")
    if (
        time_unit.lower() in _TIME_UNITS
        and (
            _DURATION_FOR.search(paragraph, max(0, start - 24), start)
            # (`lasted nearly two hours`: a meeting's length, as in digits)
            or (
                "last" in paragraph[max(0, start - 24) : start]
                and _LASTED.search(paragraph, max(0, start - 24), start)
            )
        )
    ):
        # `for two months`, `for over two decades statewide`: how long something lasted (as
        # in digits, `_digit_figure`), its unit the time's
        unit_end = end + 1 + len(time_unit)
        figure = Figure(value, _with_qualifier(paragraph, start), unit_end, time_unit, "Duration")
        return _Raw(figure, start, False, "count")
    served = (
        _OF_EXPERIENCE.match(paragraph, end + 1 + len(time_unit))
        if time_unit.lower() in _TIME_UNITS
        else None
    )
    if served is not None:
        # `over four decades of experience`: a person's experience, as in digits
        figure = Figure(
            value, _with_qualifier(paragraph, start), served.end(), time_unit, "Experience"
        )
        return _Raw(figure, start, False, "count")
    if time_unit.lower() in _TIME_UNITS and _prison_term(
        paragraph, start, end + 1 + len(time_unit)
    ):
        # `sentenced to seven years in prison`: a prison term (`_prison_term`)
        unit_end = end + 1 + len(time_unit)
        term = Figure(value, _with_qualifier(paragraph, start), unit_end, time_unit, "Prison term")
        return _Raw(term, start, False, "count")
    if unit in _CURRENCY_SIGNS and paragraph[end:unit_end].lower().endswith("s"):
        # `seven hundred billion dollars`: money, in the currency the word names
        figure = Figure(value, _with_qualifier(paragraph, start), unit_end, unit, "Amount")
        return _Raw(figure, start, False, f"money:{unit}")
    if unit is None or not (
        unit.split(" ")[-1].lower().endswith("s")
        # `five million children`, `Thirty million people`: a plural without `s` after a scale
        # word is a count (without one, `two people`, `two men` are as often those who speak)
        or (match.group("scale") and unit.split(" ")[-1].lower() in _PLURALS_WITHOUT_S)
    ):
        return None
    words = unit.split(" ")
    if words[-1].lower() in _TIME_UNITS or words[-1].lower() in _NOT_COUNTED or len(words) > 3:
        return None
    if unit[0].isupper() and paragraph[unit_end : unit_end + 2][1:].isupper():
        return None  # `Four Bands Community Fund`: capitals going on past the noun, a name
    if words[-1].lower() in _PARTS_BEFORE_COLON and paragraph.startswith(":", unit_end):
        return None
    figure_start = _with_qualifier(paragraph, start)
    label = _capitalised(unit)
    return _Raw(Figure(value, figure_start, unit_end, unit, label), start, False, "count")


def _opens_sentence(paragraph: str, start: int) -> bool:
    """`start` opens a sentence: the paragraph's start, or a stop and white space before it
    (a closing mark or bracket between them)."""
    if start == 0:
        return True
    before = paragraph[max(0, start - 4) : start]
    trimmed = before.rstrip()
    return trimmed != before and trimmed.rstrip('”"’)')[-1:] in (".", "!", "?", "…", ":")


def _word_value(words: str) -> int:
    """The value of a number in words as `_WORD_FIGURE_WORDS` takes it: `twenty-five` 25,
    `two hundred` 200, `two hundred and twenty-five` 225."""
    total = 0
    for word in re.split(r"[\s-]+", words):
        if word == "hundred" and total:
            total *= 100
        elif word != "and":
            total += _WORD_NUMBERS[word] if word in _WORD_NUMBERS else _ONES.index(word) + 1
    return total


def _a_scale_figure(paragraph: str, match: re.Match[str]) -> _Raw:
    """`a million people` (1000000, people), `half a billion dollars` (500000000)."""
    factor = _SCALES[match.group("scale")]
    value: Number = factor // 2 if match.group("lead") == "half a" else factor
    unit, unit_end = _unit_after(paragraph, match.end())
    if unit is not None and unit.split(" ")[0].lower() in ("more", "times"):
        unit, unit_end = None, match.end()
    start = _with_qualifier(paragraph, match.start())
    label = _capitalised(unit) if unit else "Figure"
    figure = Figure(value, start, max(unit_end, match.end()), unit, label)
    return _Raw(figure, match.start(), False, "count")


def _combine(paragraph: str, raws: list[_Raw]) -> list[Figure]:
    """Changes and ranges made one figure; bare numbers that are neither dropped."""
    out: list[_Raw] = []
    index = 0
    while index < len(raws):
        raw = raws[index]
        following = raws[index + 1] if index + 1 < len(raws) else None
        if following is not None and following.figure.start >= raw.figure.end:
            gap = paragraph[raw.figure.end : following.figure.start]
            head = paragraph[max(0, raw.figure.start - 40) : raw.figure.start]
            compatible = raw.kind == following.kind or raw.bare
            if (
                compatible
                and _FROM.search(head)
                and _FROM_TO_GAP.match(gap + "")
                and _FROM_TO_GAP.fullmatch(gap)
            ):
                if ("rang" in head or "var" in head) and _RANGE_FROM.search(head):
                    out.append(_range_of(raw, following))  # `range from $2,000 to $8,000`
                    index += 2
                    continue
                # "increased from 172 to 181": one figure, the new value and the old.
                figure = following.figure
                verb = _CHANGE_VERB.search(
                    paragraph[max(0, raw.figure.start - 60) : raw.figure.start - 5]
                )
                text_start = head.rfind("from")
                start = raw.figure.start - len(head) + text_start
                if verb is not None and paragraph[
                    max(0, raw.figure.start - 60) : raw.figure.start
                ].rstrip().endswith(("from", "from the")):
                    verb_start = raw.figure.start - min(60, raw.figure.start) + verb.start()
                    if paragraph[verb_start:start].strip() == verb.group().strip():
                        start = verb_start
                merged = Figure(
                    figure.value,
                    start,
                    figure.end,
                    figure.unit or raw.figure.unit,
                    _changed_label(paragraph, start, figure.label) if verb else figure.label,
                    previous=_low_end(raw, following),
                    money=figure.money,
                )
                if merged.unit and raw.figure.unit and merged.unit == "%":
                    pass
                out.append(_Raw(merged, raw.number_start, False, following.kind))
                index += 2
                continue
            if (
                (compatible or following.bare)
                and _TO_FROM_GAP.fullmatch(gap)
                and _TO_AFTER_CHANGE.search(head)
            ):
                # "fell to 12 from 15": one figure, the new value first, the old one after.
                verb = _TO_AFTER_CHANGE.search(head)
                assert verb is not None
                start = raw.figure.start - len(head) + verb.start()
                new = raw.figure if not raw.bare or following.bare else following.figure
                merged = Figure(
                    raw.figure.value,
                    start,
                    following.figure.end,
                    raw.figure.unit or following.figure.unit,
                    _changed_label(paragraph, start, new.label),
                    previous=following.figure.value,
                    money=raw.figure.money or following.figure.money,
                )
                out.append(_Raw(merged, raw.number_start, False, following.kind))
                index += 2
                continue
            if (
                compatible
                and _RANGE_GAP.fullmatch(gap)
                and " — " not in gap  # (`23 — more than 20 million people`: a correction)
                and not _FROM.search(head)
                and (raw.bare or raw.kind == following.kind)
                and not _two_counts(raw.figure, following.figure)
                # (`grew by 1.2 million to 35 million`: the change, then the new level; two figures,
                # ANNOTATING.md's `up 5% to 1,200`; `by 2 to 3 percent` is a range)
                and not (
                    head.endswith(" by ")
                    and following.figure.value > 4 * raw.figure.value
                    and _CHANGE_VERB.search(head[:-3]) is not None
                )
                # (`a billion people — one billion people`: one amount said twice, no range)
                and raw.figure.value != following.figure.value
                and not _tally_gap(paragraph, raw, following)
            ):
                between = _BETWEEN.search(head)
                if between or "and" not in gap:
                    start = (
                        raw.figure.start - len(head) + between.start()
                        if between
                        else raw.figure.start
                    )
                    figure = following.figure
                    merged = Figure(
                        _low_end(raw, following),
                        start,
                        figure.end,
                        figure.unit,
                        figure.label,
                        money=figure.money,
                    )
                    out.append(_Raw(merged, raw.number_start, False, following.kind))
                    index += 2
                    continue
        if (
            following is not None
            and not raw.kind.startswith("money")
            and paragraph.startswith(" per ", raw.figure.end)
            and following.number_start == raw.figure.end + 5
            and following.kind == "count"
        ):
            out.append(_rate_per(paragraph, raw, following))
            index += 2
            continue
        if following is not None and _tally_gap(paragraph, raw, following):
            # (`voted 220 to 207`: a side of a tally, labelled as the other side)
            raw.figure.label = following.figure.label
            out.append(raw._replace(bare=False))
        elif not raw.bare:
            out.append(raw)
        elif (
            out and out[-1].number_start < raw.number_start and _tally_gap(paragraph, out[-1], raw)
        ):
            out.append(raw._replace(bare=False))
        elif (changed := _bare_change(paragraph, raw)) is not None:
            out.append(changed)  # `The death toll rose to 45`: the new level of what changed
        elif out and _FROM.search(paragraph[max(0, raw.figure.start - 40) : raw.figure.start]):
            # `113 cases, up from 41 last year`: a bare old value, taken below or dropped.
            out.append(_Raw(raw.figure, raw.number_start, True, out[-1].kind))
        index += 1
    _previous_from_change(paragraph, out)
    _previous_compared(paragraph, out)
    _labels_carried(paragraph, out)
    return [raw.figure for raw in out if not raw.bare]


# The probefig round: a change said after a level it changes (`Tesla delivered 386,810 vehicles,
# down 8.5% from a year ago`, `Median household income was $74,580, down 2.3%`) is the change of
# what that level measures; a second change joined by `and` (`increased 0.2% from the previous month
# and 3.9% from a year earlier`) measures what the first did.
_APPOSED_CHANGE = lazy(
    r"(?: (?:in|last|this|during|for|on) [^,;:.!?()—–]{1,40})?, (?P<way>up|down) (?:by )?"
    r"(?:(?:more than|nearly|almost|about|roughly) )?"
)

_JOINED_CHANGE = lazy(r"[^,;.!?]{0,40}? and (?:(?:more than|nearly|almost|about|roughly) )?")

_CHANGE_LABEL_HEADS = tuple(
    f"{noun} in " for noun in sorted(set(_CHANGE_NOUNS.values()) | set(_OBJECT_NOUNS.values()))
)

_POINTS = frozenset(["Points", "Percentage points"])


def _lowered_head(label: str) -> str:
    """A label set after `Fall in`: its first word in lower case unless a name's (`Vehicles
    delivered` → `vehicles delivered`; not `Biden’s approval rating`, `Dow Jones …`)."""
    words = label.split(" ")
    head = words[0]
    if head.endswith(("’s", "'s")) or not head[1:].islower():
        return label
    if (len(words) == 1 and head.lower() in _COMMON_SUBJECTS) or (
        len(words) > 1 and words[1].islower()
    ):
        return head.lower() + label[len(head) :]
    return label


def _labels_carried(paragraph: str, raws: list[_Raw]) -> None:
    """A generic label (`Share`, `Amount`, `Figure`, `Points`) given from the label of the figure
    before it, as `_APPOSED_CHANGE` and `_JOINED_CHANGE` say."""
    for index in range(1, len(raws)):
        figure, earlier = raws[index].figure, raws[index - 1].figure
        generic = figure.label.startswith(_GENERIC_LABELS) or figure.label in _POINTS
        if not generic or earlier.label.startswith(_GENERIC_LABELS):
            continue
        gap = paragraph[earlier.end : figure.start]
        way = _APPOSED_CHANGE.fullmatch(gap) if ", " in gap else None
        if way is not None:
            if earlier.label.startswith(_CHANGE_LABEL_HEADS):
                continue  # (`rose 3%, up from …`: the change of no level written before)
            what = _lowered_head(earlier.label)
            figure.label = f"{'Rise' if way.group('way') == 'up' else 'Fall'} in {what}"
        elif (
            " and " in gap
            and raws[index].kind == raws[index - 1].kind == "percent"
            and earlier.label.startswith(_CHANGE_LABEL_HEADS)
            and _JOINED_CHANGE.fullmatch(gap)
        ):
            figure.label = earlier.label


# Labels that say nothing of what is counted: a change's subject says more.
_GENERIC_LABELS = ("Share", "Amount", "Figure")


def _changed_label(paragraph: str, verb_start: int, label: str) -> str:
    """A change to a new value (`Unemployment fell to 3.9% from 4.1%`) is labelled by what
    changed, when its own label says nothing of it (`Share`, `Share of May`, `Amount`)."""
    if not label.startswith(_GENERIC_LABELS):
        return label
    return _changed_subject(paragraph, verb_start) or label


# A rank after the number (`climbed to 2 in the rankings`, `rose to 3rd place`): no quantity.
_RANK_AFTER = lazy(
    r"(?:st|nd|rd|th)?\s(?:in\sthe\s(?:rankings?|standings?|polls?|charts?)|place|spot|position)\b"
)


def _bare_change(paragraph: str, raw: _Raw) -> _Raw | None:
    """A bare number that is the new level of a named thing after a verb of change and `to`
    (`The death toll rose to 45`, `The index climbed to 39,000`): a figure labelled by it."""
    head = paragraph[max(0, raw.figure.start - 40) : raw.figure.start]
    verb = _TO_AFTER_CHANGE.search(head) if " to " in head[-16:] else None
    if verb is None or _RANK_AFTER.match(paragraph, raw.figure.end):
        return None
    verb_start = raw.figure.start - len(head) + verb.start()
    subject = _changed_subject(paragraph, verb_start, definite=True)
    if subject is None:
        return None
    figure = raw.figure
    labelled = Figure(figure.value, figure.start, figure.end, figure.unit, subject)
    return _Raw(labelled, raw.number_start, False, raw.kind)


def _rate_per(paragraph: str, raw: _Raw, base: _Raw) -> _Raw:
    """A rate per a base (`32.6 per 100,000 residents`, `5.6 deaths per 1,000 live births`): one
    figure, the rate, whose unit holds the base; the base is no figure of its own. The figwire
    round, from public-health wire stories."""
    figure = raw.figure
    per = paragraph[figure.end + 1 : base.figure.end]
    unit = f"{figure.unit} {per}" if figure.unit else per
    label = _label_from_before(paragraph, raw.number_start, False)
    if label is None:
        label = _capitalised(unit) if figure.unit else f"Rate {per}"
    merged = Figure(figure.value, figure.start, base.figure.end, unit, label)
    return _Raw(merged, raw.number_start, False, raw.kind)


def _tally(low: _Raw, high: _Raw) -> bool:
    """Two numbers of one thing joined by `to` or a dash, the second the smaller and not nought
    (`led Jones 52% to 45%`, `voted 220 to 207`, `passed 62-38`): a tally or a poll's lead, one
    figure a side (ANNOTATING.md, the thirty-second folder's `以50票对47票`), no range, whose lower
    end comes first (`17 to 25 named storms`). `a 15 to 0 vote` stays one figure (the gold's): the
    nought counts nothing. Found testing wire stories of polls and votes (the figwire round)."""
    second = high.figure.value
    return (
        0 < second < _low_end(low, high)
        and (low.figure.unit == high.figure.unit or low.figure.unit is None)
        and low.scale == high.scale
    )


# A word of a tally's sentence (`voted 220 to 207`, `passed 62-38`, `led Jones 52% to 45%`, `a 6-3
# ruling`): without one, two numbers joined so are read as before (`Boeing 787-9`, `8-1 — 8-point`).
_TALLY_WORDS = lazy(
    r"\b(?:vot(?:e|es|ed|ing)|passed|pass|ruled|ruling|decision|won|wins|win|lost|lose|beat|"
    r"defeated|led|leads|lead|leading|trailed|trails|margin|approved|confirmed|rejected|score|"
    r"scored|poll|polls|survey|ballots?|tally)\b",
    re.IGNORECASE,
)


def _tally_gap(paragraph: str, low: _Raw, high: _Raw) -> bool:
    """`low` and `high` a tally (`_tally`) joined by `to` or a dash alone, in a sentence that says
    what is tallied (`_TALLY_WORDS`), not after `from` (a change: `from 14 percent to 6`) nor,
    with a dash, after a capitalised word (a model's or a law's number: `Boeing 787-9`, `Public
    Law 65-24`)."""
    if high.figure.start < low.figure.end:
        return False
    gap = paragraph[low.figure.end : high.figure.start]
    if gap not in (" to ", "-", "–", " - ") or not _tally(low, high):
        return False
    head = paragraph[max(0, low.figure.start - 60) : low.figure.start]
    if "from " in head[-30:]:
        return False
    if gap != " to ":
        word = head.rsplit(" ", 2)[-2:-1]
        if word and word[0][:1].isupper() and not head.rstrip().endswith((".", ":")):
            return False
    window = paragraph[max(0, low.figure.start - 60) : high.figure.end + 30]
    return _TALLY_WORDS.search(window) is not None


def _low_end(low: _Raw, high: _Raw) -> Number:
    """The value of a range's lower end or a change's old value, `low`, with the scale word
    written once after the higher one (`between $250 and $500 million`: 250000000, `from 2 to 3
    billion`), when `low` has none and is smaller than the number before that scale word."""
    value = low.figure.value
    if low.scale == 1 and high.scale > 1 and value * high.scale < high.figure.value:
        return _scaled(str(value), high.scale)
    return value


def _two_counts(low: Figure, high: Figure) -> bool:
    """Two counts of different things joined by `to` (`160 million doses to 100 countries`,
    `125 trips to over 40 states`): each a figure, not a range, whose ends count one thing
    (`17 to 25 named storms`, `500,000 people to 50,000 people`). Times stay ranges (`6 months to
    2 years`)."""
    units = (low.unit or "", high.unit or "")
    return (
        all(unit[-1:].isalpha() for unit in units)
        and units[0].lower() != units[1].lower()
        and not any(unit.split(" ")[-1].lower() in _TIME_UNITS for unit in units)
    )


# `prices range from $2,000 to $8,000`, `ranging in price from $499.99 to $999.99`: a range,
# not a change; one figure whose value is its lower end (ANNOTATING.md, "The value").
_RANGE_FROM = lazy(
    r"\b(?:range|ranges|ranged|ranging|vary|varies|varied|varying)"
    r"(?:\sin\s(?:price|cost|size|value|age))?\sfrom\s(?:the\s)?\Z"
)


def _range_of(low: _Raw, high: _Raw) -> _Raw:
    """One figure for the range from `low` to `high`: the lower end, anchored on both."""
    figure = low.figure
    merged = Figure(
        _low_end(low, high),
        figure.start,
        high.figure.end,
        high.figure.unit or figure.unit,
        high.figure.label,
        money=figure.money or high.figure.money,
    )
    return _Raw(merged, low.number_start, False, high.kind)


def _previous_compared(paragraph: str, raws: list[_Raw]) -> None:
    """`3.8% in May, compared with 3.5% in April`: the second, said to be earlier, is the first
    one's previous value and not a figure of its own."""
    drop: set[int] = set()
    for index in range(1, len(raws)):
        raw, earlier = raws[index], raws[index - 1]
        if index - 1 in drop or earlier.figure.previous is not None or raw.bare:
            continue
        if earlier.kind != raw.kind or earlier.figure.unit != raw.figure.unit:
            continue
        gap = paragraph[earlier.figure.end : raw.figure.start]
        if not _COMPARED_GAP.fullmatch(gap):
            continue
        if not _EARLIER.match(paragraph, raw.figure.end, raw.figure.end + 30):
            continue
        earlier.figure.previous = raw.figure.value
        drop.add(index)
    for index in sorted(drop, reverse=True):
        del raws[index]


def _previous_from_change(paragraph: str, raws: list[_Raw]) -> None:
    """`A …, a 62 percent increase from the B` and `A. This was down 50 percent from the B`:
    B is A's previous value, and not a figure of its own."""
    drop: set[int] = set()
    for index, raw in enumerate(raws):
        if raw.figure.previous is not None:
            continue
        head = paragraph[max(0, raw.figure.start - 40) : raw.figure.start]
        if not _FROM.search(head):
            continue
        if (
            raw.kind in ("percent", "fraction", "factor")
            and not raw.bare
            # (`rose 3.4% in the year through April, down from 3.5% in March`, `averaged 7.22%
            # this week, up from 7.1%`: a share's level before, the probefig round)
            and not (raw.kind == "percent" and _UP_DOWN_FROM.search(head))
        ):
            continue
        # The figure changed: the nearest figure before it of the same kind, with a cue of
        # change between them.
        for earlier_index in range(index - 1, -1, -1):
            earlier = raws[earlier_index]
            if earlier_index in drop or earlier.kind != raw.kind:
                continue
            between = paragraph[earlier.figure.end : raw.figure.start]
            if len(between) > 160 or _CHANGE_CUE.search(between) is None:
                break
            if earlier.figure.previous is None:
                earlier.figure.previous = raw.figure.value
                drop.add(index)
            break
    for index in sorted(drop, reverse=True):
        del raws[index]
