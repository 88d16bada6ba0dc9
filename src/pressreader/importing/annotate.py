"""The annotations `pressreader import` writes: speakers, quotes and figures found by rule in
the paragraphs of a draft (`quotes`, `figures`, `speakers`), each marked `reviewed: false`.

Annotations are listed in reading order, and each one is kept only when the loader's
anchoring (FORMAT.md, "Which occurrence": the first occurrence at or after the previous
annotation of its list) finds it at the very place it was found. A figure that would anchor
elsewhere (its words stand earlier, between the previous annotation and it) takes in the
words around it (in Chinese, characters of its clause) until it anchors in place; a quote is
written with `occurrence: N`, the Nth place its words stand in the article (a `“Yes.”` said
twice, a phrase quoted inside an earlier quote), which stands outside the list's order: the
next quote's search starts where the last quote without one was found, as the loader's does.
The same search as the loader's, over the same normalised text, so the check is linear too.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from importlib import import_module
from itertools import islice
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from pressreader.importing import ahead, hant
from pressreader.importing.datelines import dateline_end
from pressreader.importing.quotes import (
    Found,
    QuoteFinder,
    Scanned,
    contents,
    continued_quotations,
    primes_closed,
    scan,
)
from pressreader.importing.speakers import HONORIFICS
from pressreader.importing.wordlists import lazy
from pressreader.text.textnorm import WHITESPACE_CHANGE, normalise

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from pressreader.importing.quotes.reported import Contents
    from pressreader.text.numbers import Number

T = TypeVar("T")

_SEPARATOR = "\x00"
_HAN = lazy(r"[\u4e00-\u9fff]")  # compiled at the first paragraph beyond ASCII
# Values the format accepts are written with at most 64 characters and lie within ±1e30.
_LARGEST = 1e15


class FoundQuote(NamedTuple):
    speaker: str
    text: str
    kind: str
    occurrence: int | None = None  # which place `text` stands, when list order misses it


class FoundFigure(NamedTuple):
    label: str
    value: Number
    text: str
    unit: str | None = None
    previous: Number | None = None


@dataclass
class Annotations:
    """What was found in a draft, ready to be written."""

    speakers: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    quotes: list[FoundQuote] = field(default_factory=list)
    statistics: list[FoundFigure] = field(default_factory=list)
    # The paragraphs read and each one normalised (`textnorm.normalise`), as anchoring them
    # made them: the check of the written article anchors the annotations in them again
    # without normalising the text once more (the loader's `normalised`). Not written.
    normalised: tuple[list[str], list[str]] | None = field(default=None, repr=False, compare=False)
    # False when the annotating stopped early (`annotate`'s `most_values`). Not written.
    complete: bool = field(default=True, repr=False, compare=False)
    # Where each quote and each statistic was found (paragraph, offset), in their lists'
    # order: what `first` keeps in reading order. Not written.
    places: tuple[list[tuple[int, int]], list[tuple[int, int]]] | None = field(
        default=None, repr=False, compare=False
    )

    @property
    def count(self) -> int:
        """The quotes and statistics (the speakers follow from the quotes)."""
        return len(self.quotes) + len(self.statistics)


def reading_order(annotations: Annotations) -> Iterator[tuple[int, bool]]:
    """Each quote and statistic of `annotations` in reading order, as (its paragraph, 0-based,
    whether it is a quote); each list's own order kept."""
    from heapq import merge  # (only for an article past the limits: not at every start)

    places = annotations.places
    if places is None:
        raise ValueError("annotations without their places")
    quote_places, statistic_places = places
    for paragraph, _, quote in merge(
        [(*place, True) for place in quote_places],
        [(*place, False) for place in statistic_places],
        key=lambda item: item[:2],
    ):
        yield paragraph, quote


def first(annotations: Annotations, count: int) -> tuple[Annotations, int]:
    """The first `count` quotes and statistics of `annotations` in reading order, with the
    speakers of those quotes, and the paragraph (0-based) of the last of them (-1 for none).
    Each list keeps a prefix of its own, so every quote and statistic kept anchors where it
    did (the loader's search for one depends on those before it in its list only)."""
    quote_count = statistic_count = 0
    last = -1
    for paragraph, quote in islice(reading_order(annotations), count):
        quote_count += quote
        statistic_count += not quote
        last = paragraph
    quotes = annotations.quotes[:quote_count]
    statistics = annotations.statistics[:statistic_count]
    names = {quote.speaker for quote in quotes}
    assert annotations.places is not None  # (`reading_order` said so)
    quote_places, statistic_places = annotations.places
    kept = Annotations(
        speakers=[speaker for speaker in annotations.speakers if speaker[0] in names],
        quotes=quotes,
        statistics=statistics,
        normalised=annotations.normalised,
        complete=False,
        places=(quote_places[:quote_count], statistic_places[:statistic_count]),
    )
    return kept, last


_TITLE_READ = 400  # the most characters of a title read for the names it gives


def _is_chinese(paragraph: str) -> bool:
    if paragraph.isascii():
        return False  # no Han character (a quick test: most English paragraphs are ASCII)
    han = len(_HAN.findall(paragraph[:400]))
    return han > 0 and han * 3 >= min(len(paragraph), 400)


def annotate(
    sections: list[tuple[str | None, list[str]]],
    title: str | None = None,
    most_values: int | None = None,
    aside: ahead.Aside[str] | None = None,
) -> Annotations:
    """Speakers, quotes and figures of the paragraphs of `sections`, in reading order, each
    anchoring where it was found. The people the `title` names in full (`National Security
    Advisor Jake Sullivan’s Call with …`) are those a later surname names (`Mr. Sullivan`).

    With `most_values`, the annotating stops as soon as the annotations kept would add more
    than that many YAML values to the written article (`annotation_values`): those found
    by then are returned, marked not `complete`. Annotations are kept in reading order, each
    adding values, so all of them would add more still.

    The work `aside` (the source's hash) is done by the process that reads the paragraphs
    ahead, when there is one."""
    finder = QuoteFinder()
    paragraphs = [paragraph for _, ps in sections for paragraph in ps]
    # Text in traditional characters: the rules read a simplified copy of each paragraph, of
    # the same length; the texts and their anchoring are taken from the paragraphs themselves,
    # and the names and labels read put back into the text's characters (`hant`).
    copies = hant.reading_copies(paragraphs)
    restore: hant.Restorer | None = None
    if copies is not None:
        title = hant.to_simplified(title) if title else title
        sections = [
            (hant.to_simplified(heading) if heading else heading, ps) for heading, ps in sections
        ]
        restore = hant.Restorer(paragraphs, copies)
    reading = paragraphs if copies is None else copies
    # Each paragraph's figures, in order: found ahead by a second process when the text is
    # long and a core is free (`ahead`), with what its quotes' reading starts with (`scan`);
    # the same annotations either way.
    if ahead.worth_it(reading):
        read_ahead = ahead.each(
            reading, _figures_and_scan, fork=True, aside=aside, spare=_with_contents
        )
    else:
        read_ahead = ahead.each(reading, _figures_alone, fork=False)
    try:
        if title and not _is_chinese(title):
            finder.mention(title[:_TITLE_READ], reading)
        # (`the President` in a text that names no President: ANNOTATING.md, "Fourteenth folder")
        finder.book.read_sole_titles([title[:_TITLE_READ], *reading] if title else reading)
        finder.read_turns(title[:_TITLE_READ] if title else None, reading)
        finder.read_zh_text(reading)
        anchor = _Anchoring(paragraphs)
        out = Annotations(normalised=(paragraphs, anchor.parts))
        quote_keeper = _Keeper(anchor, pin=True)
        figure_keeper = _Keeper(anchor, grow=True, reading=copies)
        quotes_kept: list[tuple[int, int, int, Found, int | None]] = []
        statistic_places: list[tuple[int, int]] = []
        # The values the annotations kept add, at least (`annotation_values`): a quote's speaker
        # may be named more fully, or given a role, by a later paragraph, so its quotes and the
        # speakers are written from what they are at the end, and the speakers are counted as
        # one speaker without role or affiliation.
        values = 0
        number = 0
        for heading, section_paragraphs in sections:
            if heading:
                finder.label(heading)  # a heading may name the speaker of the excerpts under it
            if copies is not None:
                section_paragraphs = copies[number : number + len(section_paragraphs)]
            # (A double prime typed for a closing mark read as one: the same offsets.)
            marked = [primes_closed(paragraph) for paragraph in section_paragraphs]
            continued = continued_quotations(marked)
            for index in range(len(section_paragraphs)):
                found_figures, scanned = next(read_ahead)
                read = marked[index]
                given = Scanned(read, *scanned) if scanned is not None else None
                quotes = [
                    (number, quote.start, quote.end, quote)
                    for quote in finder.paragraph(read, continued.get(index), given)
                ]
                figures = [(number, figure[1], figure[2], figure) for figure in found_figures]
                # (Most paragraphs hold neither: no keeper is started for nothing.)
                for kept in quote_keeper.add(quotes) if quotes else ():
                    quotes_kept.append(kept)
                    values += _QUOTE_VALUES + _PAIR * (kept[4] is not None)
                    if len(quotes_kept) == 1:
                        values += 2 * _LIST_VALUES + speaker_values(("", None, None))
                    if most_values is not None and values > most_values:
                        return _finish(
                            out, paragraphs, quotes_kept, statistic_places, restore, complete=False
                        )
                for _, start, end, figure, _ in figure_keeper.add(figures) if figures else ():
                    value, _, _, unit, label, previous = figure
                    statistic = FoundFigure(
                        label, value, paragraphs[number][start:end], unit, previous
                    )
                    if restore is not None:
                        statistic = _restored(statistic, number, restore)
                    out.statistics.append(statistic)
                    statistic_places.append((number, start))
                    values += figure_values(statistic)
                    if len(out.statistics) == 1:
                        values += _LIST_VALUES
                    if most_values is not None and values > most_values:
                        return _finish(
                            out, paragraphs, quotes_kept, statistic_places, restore, complete=False
                        )
                number += 1
        return _finish(out, paragraphs, quotes_kept, statistic_places, restore, complete=True)
    finally:
        read_ahead.close()  # (ends the second process when the annotating stopped early)


_FIGURE_RULES = "pressreader.importing.figures"
_CHINESE_FIGURE_RULES = "pressreader.importing.chinese_figures"
# A figure as the annotating needs it: value, start, end, unit, label, previous. A plain tuple,
# which the read-ahead child sends with `marshal` (a `Figure` it could not send).
_FigureFields = tuple["Number", int, int, str | None, str, "Number | None"]


def _figures(paragraph: str) -> list[_FigureFields]:
    """The figures of one paragraph the format can hold, none in its Chinese dateline (the day
    of `新华社北京10月20日电`, a reporter's name `（中央社記者張三台北20日電）` read as 3)."""
    # The figures' rules are imported by the process that finds figures, at its first
    # paragraph: a long text's read-ahead child alone, so the import's main process, on the
    # path the user waits for, never loads them (2-3 ms).
    chinese = _is_chinese(paragraph)
    name = _CHINESE_FIGURE_RULES if chinese else _FIGURE_RULES
    rules = sys.modules.get(name) or import_module(name)
    found = rules.find_cjk_figures(paragraph) if chinese else rules.find_figures(paragraph)
    opening = dateline_end(paragraph) if found and chinese else 0
    return [
        (figure.value, figure.start, figure.end, figure.unit, figure.label, figure.previous)
        for figure in found
        if abs(figure.value) < _LARGEST and figure.end > figure.start and figure.start >= opening
    ]


# A paragraph's `Scanned` without the paragraph, as the child sends it: a plain tuple, which
# is read back at a third of a named tuple's cost (and the receiver makes its `Scanned` once,
# where putting its paragraph into one read back would make a second).
_ScanFields = tuple[
    list[tuple[int, int, str]], list[tuple[int, int]] | None, bool | None, "Contents | None"
]


def _figures_alone(paragraph: str) -> tuple[list[_FigureFields], _ScanFields | None]:
    return _figures(paragraph), None  # (the quotes' scan is done as the finder needs it)


def _figures_and_scan(paragraph: str) -> tuple[list[_FigureFields], _ScanFields | None]:
    # (the quotes' scan of the paragraph as the finder reads it, its double primes closed)
    _, verbs, spans, capitalised, _ = scan(primes_closed(paragraph))
    return _figures(paragraph), (verbs, spans, capitalised, None)


def _with_contents(
    paragraph: str, found: tuple[list[_FigureFields], _ScanFields | None]
) -> tuple[list[_FigureFields], _ScanFields | None]:
    """`found` with where the content after each speech verb begins (`quotes.contents`),
    work the reports' reading otherwise does itself: the read-ahead child's, while it is
    ahead (`ahead.each`'s `spare`)."""
    figures, scanned = found
    if scanned is None:
        return found
    verbs, spans, capitalised, _ = scanned
    if spans is None or not verbs:
        return found
    return figures, (verbs, spans, capitalised, contents(primes_closed(paragraph), verbs, spans))


def _restored(figure: FoundFigure, number: int, restore: hant.Restorer) -> FoundFigure:
    """A figure read from the reading copy of paragraph `number`, in traditional characters,
    its label and unit in the text's own characters (`restore`: as they stand in it, else as
    the text writes each character)."""
    label, unit = figure.label, figure.unit
    if label and not label.isascii():
        label = restore(label, number)
    if unit and not unit.isascii():
        unit = restore(unit, number)
    return figure._replace(label=label, unit=unit)


def _finish(
    out: Annotations,
    paragraphs: list[str],
    quotes_kept: list[tuple[int, int, int, Found, int | None]],
    statistic_places: list[tuple[int, int]],
    restore: hant.Restorer | None,
    complete: bool,
) -> Annotations:
    """`out` with the quotes kept, and their speakers, as they stand now (in the text's own
    characters, with `restore`, when the rules read a copy in simplified ones)."""
    speakers_used: dict[str, tuple[str, str | None, str | None]] = {}
    for number, start, end, quote, occurrence in quotes_kept:
        name = quote.speaker.name
        if restore is not None:
            name = restore(name, number)
        text = paragraphs[number][start:end]
        out.quotes.append(FoundQuote(name, text, quote.kind, occurrence))
        if name not in speakers_used:
            role = quote.speaker.role
            if role in HONORIFICS:
                role = None  # (`Dr.`, `Mrs.`: a form of address, which the name's reader knows)
            affiliation = quote.speaker.affiliation
            if restore is not None:
                role = restore(role, number) if role else role
                affiliation = restore(affiliation, number) if affiliation else affiliation
            speakers_used[name] = (name, role, affiliation)
    out.speakers = list(speakers_used.values())
    out.complete = complete
    out.places = ([(number, start) for number, start, *_ in quotes_kept], statistic_places)
    return out


# The YAML values (parser events) the annotations add to the written article (`emit`
# writes them, and its `event_count` counts them the same way): a list's key, start and end;
# each item a mapping's start and end and its first pair; each further pair two.
_LIST_VALUES = 3
_PAIR = 2
_QUOTE_VALUES = 4 + _PAIR * 3  # speaker, kind, text, reviewed (and `occurrence`: a pair more)


def speaker_values(speaker: tuple[str, str | None, str | None]) -> int:
    """The values of one item of `speakers:` (name, [role], [affiliation])."""
    _, role, affiliation = speaker
    return 4 + 2 * (bool(role) + bool(affiliation))


def quote_values(quote: FoundQuote) -> int:
    """The values of one item of `quotes:` (speaker, kind, text, [occurrence], reviewed)."""
    return _QUOTE_VALUES + _PAIR * (quote.occurrence is not None)


def figure_values(figure: FoundFigure) -> int:
    """The values of one item of `statistics:` (label, value, [previous], [unit], text,
    reviewed)."""
    return 4 + 2 * (3 + (figure.previous is not None) + bool(figure.unit))


def annotation_values(annotations: Annotations) -> int:
    """The YAML values the annotations add to the written article."""
    values = 0
    if annotations.speakers:
        values += _LIST_VALUES + sum(map(speaker_values, annotations.speakers))
    if annotations.quotes:
        values += _LIST_VALUES + sum(map(quote_values, annotations.quotes))
    if annotations.statistics:
        values += _LIST_VALUES + sum(map(figure_values, annotations.statistics))
    return values


class _Anchoring:
    """The loader's search for annotations in reading order, over the same normalised text."""

    def __init__(self, paragraphs: list[str]) -> None:
        self._paragraphs = paragraphs
        self._starts: list[int] = []
        self.parts: list[str] = []  # each paragraph normalised
        parts = self.parts
        position = 0
        self._plain: list[bool] = []
        self._first_change: dict[int, int] = {}  # `_changed_before`: each paragraph's first
        for paragraph in paragraphs:
            self._starts.append(position)
            norm = normalise(paragraph)
            parts.append(norm)
            self._plain.append(len(norm) == len(paragraph))
            position += len(norm) + 1
        self._joined = _SEPARATOR.join(parts)

    def _offset(self, number: int, start: int) -> int:
        paragraph = self._paragraphs[number]
        if self._plain[number] or not self._changed_before(number, start):
            local = start
        else:
            local = len(normalise(paragraph[:start]))
        return self._starts[number] + local

    def _changed_before(self, number: int, start: int) -> bool:
        """Whether `WHITESPACE_CHANGE.search(paragraph, 0, start)` finds white space that
        normalisation changes before `start`: the paragraph's first such place, found once
        (the pattern begins with a class, tried at every position), tells it for every
        `start`. A run of spaces there needs two of them before `start`, other white space
        one."""
        first = self._first_change.get(number)
        if first is None:
            match = WHITESPACE_CHANGE.search(self._paragraphs[number])
            first = self._first_change[number] = match.start() if match is not None else -1
        if first < 0 or start <= first:
            return False
        return self._paragraphs[number][first] != " " or start >= first + 2

    def _find(self, number: int, start: int, end: int, cursor: int) -> tuple[int | None, int]:
        text = self._paragraphs[number][start:end]
        needle = normalise(text).strip(" ")
        if not needle or _SEPARATOR in needle:
            return None, -1
        lead = len(text) - len(text.lstrip())
        intended = self._offset(number, start + lead)
        found = self._joined.find(needle, cursor, intended + len(needle))
        if found < 0 and cursor > 0:
            found = self._joined.find(needle, 0, cursor + len(needle))
        return found, intended


class _Keeper:
    """The items that anchor where they stand, given a paragraph at a time in reading order
    (the search's place and the widening budget carry on from one call to the next). With
    `grow`, an item whose words stand earlier too takes in the words around it (up to a few on
    each side) until they are found only where it stands. With `pin`, such an item is kept as
    it stands with the number of the place its words stand (`occurrence`), and the search's
    place does not move (the loader reads a pinned annotation outside the list's order)."""

    def __init__(
        self,
        anchor: _Anchoring,
        grow: bool = False,
        pin: bool = False,
        reading: list[str] | None = None,
    ) -> None:
        self._anchor = anchor
        # The paragraphs as the rules read them (`hant`'s copies, of the same lengths), whose
        # words the widening takes in; else the anchored paragraphs themselves.
        self._reading = reading if reading is not None else anchor._paragraphs
        self._grow = grow
        self._pin = pin
        self._cursor = 0
        self._last: tuple[int, int] | None = None
        # Characters of widened spans left to try. A word of text without spaces (Chinese)
        # runs to the paragraph's end, so each figure of a paragraph that repeats one would
        # take in and search for the rest of it: the square of its length. Past the budget,
        # an item is tried as it stands only. Real texts widen a few items by a few words.
        self._budget = _WIDENING_BUDGET * (len(anchor._joined) + 1)
        # Pinned items: the loader steps through N places for `occurrence: N`, scanning the
        # text up to the Nth, with an allowance linear in the text; these budgets keep the
        # written article well inside it (a text saying `“Yes.”` thousands of times).
        self._steps = _PIN_STEPS
        self._scan = _PIN_SCAN_FLOOR + _PIN_SCAN_PER_CHAR * len(anchor._joined)
        self._counted: dict[str, tuple[int, int]] = {}  # needle: (where to go on, places)

    def add(
        self, items: Sequence[tuple[int, int, int, T]]
    ) -> Iterator[tuple[int, int, int, T, int | None]]:
        """The items (paragraph number, start, end, payload), of paragraphs after those given
        before, that anchor where they stand, widened when `grow`, each with None, or with the
        occurrence their words stand at when `pin` keeps one found earlier."""
        anchor = self._anchor
        for item in sorted(items, key=lambda item: (item[0], item[1], item[2])):
            number, start, end, payload = item
            if (number, start) == self._last:
                continue
            for tried, (low, high) in enumerate(
                _widenings(self._reading[number], start, end, self._grow and self._budget >= 0)
            ):
                if tried:
                    self._budget -= high - low
                    if self._budget < 0:
                        break
                found, intended = anchor._find(number, low, high, self._cursor)
                if found is not None and found == intended:
                    self._cursor = found
                    self._last = (number, start)
                    yield number, low, high, payload, None
                    break
                if self._pin and found is not None and found >= 0:
                    place = self._place(anchor._paragraphs[number][low:high], intended)
                    if place is not None:
                        self._last = (number, start)
                        yield number, low, high, payload, place
                    break

    def _place(self, text: str, intended: int) -> int | None:
        """Which place (1-based, overlapping places counted) the words of `text` found at
        `intended` in the joined text stand in it, or None past the budgets. A needle met
        again is counted on from where it was counted to (items come in reading order)."""
        needle = normalise(text).strip(" ")
        self._scan -= intended + len(needle)
        if self._scan < 0 or self._steps < 0:
            return None
        joined = self._anchor._joined
        at, places = self._counted.get(needle, (0, 0))
        found = -1
        while at <= intended:
            found = joined.find(needle, at, intended + len(needle))
            if found < 0:
                break
            places += 1
            at = found + 1
            if places > self._steps:  # no more pins: stop counting
                self._steps = -1
                return None
        self._counted[needle] = (at, places)
        self._steps -= places
        if found != intended or self._steps < 0:
            return None
        return places


_WORD_AFTER = re.compile(r"\s*[^\s]+")
# Words a figure's text does not end with when it takes in the words after it (`$650 million
# that`): the next word is tried first.
_FUNCTION_WORDS = frozenset(
    [
        "a", "an", "the", "and", "or", "but", "nor", "that", "which", "who", "whom", "whose",
        "to", "of", "in", "on", "at", "by", "for", "from", "with", "into", "as", "than", "is",
        "are", "was", "were", "be", "been", "this", "these", "those", "its", "their", "his",
        "her", "our", "your",
    ]
)  # fmt: skip
# Chinese widening (`_cjk_widenings`): characters taken after, then before, a span, none past
# a clause's mark.
_CJK_AFTER = 6
_CJK_BEFORE = 6
_CJK_CLAUSE_MARKS = frozenset("，。；：！？、（）()“”「」『』,;:!? \n")


def _cjk_at(paragraph: str, index: int) -> bool:
    """Whether a Han character or a full-width mark (`，`, `。`) stands at `index`."""
    if not 0 <= index < len(paragraph):
        return False
    char = paragraph[index]
    return "\u3000" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef"


def _cjk_widenings(paragraph: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The span with the words after it, then before it, in its clause: the shortest text of
    whole words that anchors in place (`20%液化天然气` after `20%以上石油`, `筹集了650亿美元`
    after `9650亿美元`); then, as a last resort, a character at a time (`10%关` after a range
    `10%至12.5%`), so that a figure anchors wherever it did."""
    tried: set[tuple[int, int]] = set()
    for span in _cjk_whole_widenings(paragraph, start, end):
        tried.add(span)
        yield span
    high = end
    while high < min(len(paragraph), end + _CJK_AFTER):
        if paragraph[high] in _CJK_CLAUSE_MARKS:
            break
        high += 1
        if (start, high) not in tried:
            yield start, high
    low = start
    while low > max(0, start - _CJK_BEFORE):
        if paragraph[low - 1] in _CJK_CLAUSE_MARKS:
            break
        low -= 1
        if (low, high) not in tried:
            yield low, high


# Chinese has no spaces: a run of Han characters is taken as a word up to a character that
# mostly stands alone (a particle, a conjunction, a preposition or an adverb before a verb:
# `20%液化天然气以及…` ends before `以及`), and a particle before a figure goes with the
# word before it (`筹集了650亿美元`).
_CJK_WORD_BREAKS = frozenset("的地得了着与及和或以在是将被也都等并而由已就又还均把对向从于有")
_CJK_PARTICLES = frozenset("的了着")
_CJK_WORD_LONGEST = 8


def _cjk_run_after(paragraph: str, at: int) -> int | None:
    """The end of the word of Han characters at `at` (none past a break, a clause's mark or
    `_CJK_WORD_LONGEST` characters), or None when no whole word ends in reach."""
    limit = min(len(paragraph), at + _CJK_WORD_LONGEST + 1)
    high = at
    while high < limit and "\u4e00" <= paragraph[high] <= "\u9fff":
        if paragraph[high] in _CJK_WORD_BREAKS:
            break
        high += 1
    if high == at or high - at > _CJK_WORD_LONGEST:
        return None
    return high


def _cjk_run_before(paragraph: str, at: int) -> int | None:
    """The start of the word of Han characters ending at `at`, with a particle after it
    (`筹集了`; of a run longer than `_CJK_WORD_LONGEST`, its last two characters), or None."""
    low = at
    if low > 0 and paragraph[low - 1] in _CJK_PARTICLES:
        low -= 1
    word_end = low
    limit = max(0, word_end - _CJK_WORD_LONGEST - 1)
    while low > limit and "\u4e00" <= paragraph[low - 1] <= "\u9fff":
        if paragraph[low - 1] in _CJK_WORD_BREAKS:
            break
        low -= 1
    if low == word_end:
        return None
    if low > 0 and paragraph[low - 1].isdigit() and paragraph[low] in "年月日号":
        low += 1  # (`30日亏损了`: the date's character is not the word's)
    if low >= word_end:
        return None
    if word_end - low > _CJK_WORD_LONGEST:
        return word_end - 2  # (a long run: its last two characters, most often a verb, `筹集`)
    return low


def _cjk_whole_widenings(paragraph: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The span with one or two whole words after it (a break between them taken in), then
    with one whole word before it too."""
    high = end
    ends = []
    for _ in range(2):
        if high < len(paragraph) and paragraph[high] in _CJK_WORD_BREAKS:
            high += 1  # (`140亿美元的军售案`: the particle, then the word)
        after = _cjk_run_after(paragraph, high)
        if after is None:
            break
        high = after
        ends.append(high)
        yield start, high
    low = _cjk_run_before(paragraph, start)
    if low is not None:
        yield low, end
        for high in ends[:1]:
            yield low, high


_WIDENING_BUDGET = 8  # times the text's length (see `_Keeper`)
# Pinned items (see `_Keeper`): the occurrence numbers written add up to at most this many
# steps (the loader allows 100,000 and more in a long text), and the text the loader scans
# to find them to at most a floor plus this many times the text's length (it allows 2,000).
_PIN_STEPS = 20_000
_PIN_SCAN_FLOOR = 1_000_000
_PIN_SCAN_PER_CHAR = 64


def _widenings(paragraph: str, start: int, end: int, grow: bool) -> Iterator[tuple[int, int]]:
    """The span, then (with `grow`) the span with up to four more words after it, then one or
    two words before it too; each made only when the one before did not anchor. Chinese text
    has no spaces between words: there the span grows by a character at a time, within its
    clause (a `word` would run to the next space, often the paragraph's end)."""
    yield start, end
    if not grow:
        return
    if _cjk_at(paragraph, end) or _cjk_at(paragraph, start - 1):
        yield from _cjk_widenings(paragraph, start, end)
        return
    high = end
    skipped: list[int] = []
    for _ in range(4):
        match = _WORD_AFTER.match(paragraph, high)
        if match is None:
            break
        high = match.end()
        while high > end and paragraph[high - 1] in ",.;:":
            high -= 1
        word = paragraph[match.start() : high].strip().casefold()
        if word in _FUNCTION_WORDS or not word[-1:].isalnum():
            skipped.append(high)  # (`$650 million that`: tried last, the next word first)
            continue
        yield start, high
    for at in skipped:
        yield start, at
    low = start
    for _ in range(2):
        space = paragraph.rfind(" ", 0, max(0, low - 1))
        low = space + 1 if space >= 0 else 0
        yield low, end
        if low == 0:
            break
