"""A paragraph cut into sentences (English and Chinese stops, abbreviations and initials
kept whole), and where the sentence holding a place starts."""

from __future__ import annotations

from bisect import bisect_right

from pressreader.importing.headline_lines import NEWS_BYLINE
from pressreader.importing.wordlists import Gated, lazy

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "st",
        "no",
        "jr",
        "sr",
        "inc",
        "co",
        "corp",
        "ltd",
        "lt",
        "gen",
        "col",
        "capt",
        "prof",
        "rev",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "dept",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "p.m",
        "a.m",
    ]
)
# Abbreviations of a country or a union of them, which open names (`the U.S. Department of …`).
_COUNTRIES = frozenset(["u.s", "u.k", "u.n", "e.u"])
# A court's judge or the court after `U.S.` (`U.S. District Judge`, `U.S. Circuit Court`).
_COURT_TITLE = lazy(
    r"\s(?:District|Circuit|Magistrate|Bankruptcy|Claims|Appeals|Supreme|Tax)\s(?:[A-Z]\w+\s)?"
    r"(?:Judge|Court|Justice)\b"
)
# After one of them, the rest of a name: two words in capitals, or two joined by `of`, `for`,
# `to`, `on` or `and` (`Department of Health`, `Special Envoy`, `National Strategy`); not a
# sentence that opens with a word of its own kind (`The …`, `In 2023 …`) or a title before a
# name (`President Biden …`), nor one whose second word is lower case (`Nestlé will …`).
_NAME_GOES_ON = lazy(
    r"\s+(?!(?:The|This|These|That|Those|There|It|Its|In|On|At|As|For|From|By|To|With|And|But|"
    r"Or|So|If|When|While|After|Before|Since|Today|Now|Last|Next|He|She|We|They|I|Our|His|Her|"
    r"Their|A|An|President|Vice|Prime|Secretary|Senator|Governor|Mayor|Ambassador|Minister|"
    r"Chancellor|General|Chairman|Chair|Director|Representative|Leader|Speaker|Admiral|Judge|"
    r"Justice|Members?)\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s(?:(?:of|for|to|on|and)\s(?:the\s)?)?"
    r"[A-Z][a-z]"
)
# One word that names a body or a charter after `the U.S.`, `the U.N.` (`Charter`, `Congress`,
# `Embassy`), then no capital (a next sentence's subject would open with its own capital).
_ONE_WORD_NAME = lazy(
    r"\s+(?:Charter|Constitution|Congress|Embassy|Mission|Treasury|Navy|Army|Senate|Government)"
    r"(?=[\s,;:.][^A-Z])"
)
# A sentence's closing mark (with the quotation marks or bracket that close with it), then
# the white space before the next sentence.
# Written to begin with the mark itself, so that the scan skips ahead to each one.
_SENTENCE_END_PATTERN = (
    r"(?P<mark>[.!?。！？…](?:[.!?。！？…]*[”’\"»」』)]*(?=\s|$)|(?<=[。！？])|(?<=…)(?=[“«])))\s*"
)
_SENTENCE_END = lazy(_SENTENCE_END_PATTERN)
# In a paragraph whose only sentence mark is the period (most are), the same pattern beginning
# with the period itself: its scan skips ahead as the search for one character does.
_SENTENCE_END_AT_PERIOD = lazy(_SENTENCE_END_PATTERN.replace("[.!?。！？…]", r"\.", 1))
_OTHER_MARKS = tuple("!?。！？…")


def sentences(paragraph: str) -> list[tuple[int, int]]:
    """The sentences of a paragraph as (start, end) spans, end after the closing mark."""
    spans: list[tuple[int, int]] = []
    start = 0
    ends = (
        _SENTENCE_END if any(map(paragraph.__contains__, _OTHER_MARKS)) else _SENTENCE_END_AT_PERIOD
    )
    for match in ends.finditer(paragraph):
        mark_start, end = match.span(1)  # the mark (by number: quicker than by name)
        if end - mark_start != 1:
            # (a mark of more than one character: most are one, a period, tested once below)
            if end - mark_start == 2 and paragraph[mark_start:end] == ".)":
                # `Senator Jane Roe (D-Calif.) said …`: an abbreviation's dot closing a bracket,
                # the sentence going on in lower case after it (probe of 7 December, names round)
                after = match.end()
                if paragraph[after : after + 1].islower():
                    continue
        elif paragraph[mark_start] == "." and not (
            # Quick: a word of five letters or more, without a dot, is no abbreviation.
            paragraph[mark_start - 5 : mark_start].isalpha()
            and (
                (dot := paragraph.rfind(".", start, mark_start)) < 0
                or paragraph.rfind(" ", dot, mark_start) >= 0
            )
        ):
            # The word before the dot, within this sentence: one that opens it (`Mr.` right
            # after the sentence before) starts where the sentence does.
            space = paragraph.rfind(" ", start, mark_start)
            word_start = space + 1 if space >= 0 else start
            word = paragraph[word_start:mark_start].lower()
            # One letter is an initial (`John F. Kennedy`); one digit is a number, which ends
            # its sentence when a capital follows (`taken hostage by Hamas on October 7. The
            # Vice President …`).
            initial = len(word) == 1 and not word.isdigit()
            if word in _ABBREVIATIONS or len(word) == 1 or "." in word:
                following = paragraph[end : end + 2].strip()
                if (
                    not following
                    or not following[0].isupper()
                    or word in ("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "st")
                    or initial
                    # `highlighted that U.S. Special Envoy …`: no sentence ends on `that U.S.`
                    or ("." in word and paragraph[max(0, word_start - 5) : word_start] == "that ")
                    # `As U.N. Secretary General António Guterres said, …`: nor on `As U.N.`, nor
                    # after a comma (`Faye Park, President, U.S. PIRG: “…”`, a label)
                    or (
                        "." in word
                        and paragraph[max(0, word_start - 3) : word_start].endswith(
                            ("As ", "as ", ", ")
                        )
                    )
                    or (
                        "." in word
                        and paragraph[max(0, word_start - 9) : word_start] == "that the "
                    )
                    # `facilitated by the U.S. Department of Health …`, `to be the U.S. Special
                    # Envoy to …`: a country's abbreviation opening a body's or an office's name
                    # within a sentence (one opening it is left as it was: a label's `U.S.
                    # Chamber of Commerce EVP Jane Roe:` is read from the name after it)
                    or (
                        word in _COUNTRIES
                        and word_start > start
                        and _NAME_GOES_ON.match(paragraph, end) is not None
                    )
                    # `the U.N. Charter — and I quote — is …`, `the U.S. Congress has …`: a
                    # country's abbreviation before one word of a body's or a charter's name
                    # (`_ONE_WORD_NAME`; assaid round)
                    or (
                        word in _COUNTRIES
                        and paragraph[max(0, word_start - 4) : word_start] == "the "
                        and _ONE_WORD_NAME.match(paragraph, end) is not None
                    )
                    # `U.S. District Judge Jane Roe wrote …` opening a sentence: a court's
                    # title, no sentence of its own (wireppl round)
                    or (word == "u.s" and _COURT_TITLE.match(paragraph, end) is not None)
                ):
                    continue
        spans.append((start, end))
        start = match.end()
    if start < len(paragraph):
        spans.append((start, len(paragraph)))
    if "]" in paragraph and _BYLINE.admits(paragraph):
        spans = _split_after_bylines(paragraph, spans)
    return spans


# A news excerpt's byline and date in brackets (`[Nicole Goodkind, 7/12/23]`), as a release
# quoting the press sets it between an outlet's headline and the excerpt on one line: the
# headline and its byline are a sentence of their own, not the start of the excerpt's first.
_BYLINE = Gated(rf"{NEWS_BYLINE}(?= *\S)", ("/",))


def _split_after_bylines(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    cuts = [match.end() for match in _BYLINE.finditer(paragraph)]
    if not cuts:
        return spans
    # (spans and cuts both in order: one walk over the two, not every cut per sentence)
    result: list[tuple[int, int]] = []
    index = 0
    for low, high in spans:
        while index < len(cuts) and cuts[index] < high:
            cut = cuts[index]
            index += 1
            if cut > low:
                result.append((low, cut))
                low = cut + 1 if paragraph[cut : cut + 1] == " " else cut
        result.append((low, high))
    return result


def _sentence_start(spans: list[tuple[int, int]], position: int) -> int:
    """The start of the sentence that holds `position`, 0 when none does; `spans` are
    `sentences`' (in order, none overlapping), so a bisection finds it: a paragraph of
    thousands of quotes is read in time near its length, not the square of it."""
    index = bisect_right(spans, position, key=lambda span: span[0]) - 1
    if index >= 0 and position < spans[index][1]:
        return spans[index][0]
    return 0
