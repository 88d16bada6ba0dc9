"""Quotation marks: where they are, the spans they enclose (nested, bracketed, left open at
a paragraph's end), a quotation carried on over paragraphs with no marks, and the first
person's own words."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from pressreader.importing.quotes.sentence_ends import _sentence_start
from pressreader.importing.wordlists import lazy

_MARK = lazy(r"[“«「『„\"‘]|(?:(?<=[\s…(])|^)”(?=[A-Z])")  # (a wrong-way `”Through …”`)
# The characters `_MARK` can match: a class its scan skips ahead to (`_find_mark`).
_MARK_CHARS = lazy(r"[“«「『„\"‘”]")
_OPEN_CLOSE = {"“": "”", "«": "»", "「": "」", "『": "』", "„": "“", '"': '"'}


def _has_mark(paragraph: str) -> bool:
    """Whether a quotation mark (`_MARK`) stands in the paragraph; in ASCII text the only one
    is `"`, found by a substring search (quicker than the pattern's scan)."""
    if paragraph.isascii():
        return '"' in paragraph
    return _find_mark(paragraph) >= 0


def _find_mark(text: str, pos: int = 0, endpos: int | None = None) -> int:
    """Where `_MARK.search(text, pos, endpos)` matches, or -1. The scan looks for the marks
    as one class (which skips ahead to each one); the wrong-way `”` is then tested here, as
    the pattern tests it (a look-behind that opens the pattern makes every position a try:
    three to four times slower)."""
    end = len(text) if endpos is None else min(endpos, len(text))
    while (found := _MARK_CHARS.search(text, pos, end)) is not None:
        index = found.start()
        if text[index] != "”" or _opens_wrong_way(text, index, end):
            return index
        pos = index + 1
    return -1


def _opens_wrong_way(text: str, index: int, end: int) -> bool:
    """Whether the `”` at `index` opens a quotation, typed the wrong way (`… ”Through …”`):
    after white space, `…` or `(` (or at the start) and before a capital, within `end`."""
    return (
        (index == 0 or text[index - 1].isspace() or text[index - 1] in "…(")
        and index + 1 < end
        and "A" <= text[index + 1] <= "Z"
    )


def _any_between(starts: list[int], low: int, high: int) -> bool:
    """Whether a position of `starts` (sorted) lies at or after `low` and before `high`: a
    bisection, where a scan of every direct quote per sentence made a paragraph of thousands of
    them cost the square of its length."""
    index = bisect_left(starts, low)
    return index < len(starts) and starts[index] < high


def _marks_opening(
    marks: list[tuple[int, int, int, int]], low: int, high: int
) -> list[tuple[int, int, int, int]]:
    """The quotations of `marks` (`_quote_spans`': in order of their opening) that open at or
    after `low` and before `high`."""
    if not marks:
        return []  # (most paragraphs': no bisection)
    first = bisect_left(marks, low, key=lambda mark: mark[0])
    return marks[first : bisect_left(marks, high, lo=first, key=lambda mark: mark[0])]


def _outside_marks(
    paragraph: str, low: int, high: int, marks: list[tuple[int, int, int, int]]
) -> str:
    """The sentence `paragraph[low:high]` with each quotation of `marks` that opens in it put as
    one space, marks and all (to the paragraph's end when the source left it open): the words
    quoted, not the sentence's own. Single marks at the top level are kept (often a quotation
    inside one whose marks an excerpt left out), and so are the words of a quotation opened in
    a sentence before (`… reading “Enough. We are done.”`: the sentence before's words, cut
    there when a sentence is)."""
    pieces: list[str] = []
    at = low
    for opening, _inner_start, _inner_end, close_end in _marks_opening(marks, low, high):
        if paragraph[opening] != "‘":
            pieces.append(paragraph[at:opening])
            pieces.append(" ")
            at = close_end
    if not pieces:
        return paragraph[low:high]  # (most sentences': no quotation of their own)
    pieces.append(paragraph[at:high])
    return "".join(pieces)


def _zh_nested_close(paragraph: str, opening: int, end: int) -> int:
    """Where a Chinese quotation that opens at `opening` and holds a term in the same marks
    (`他写道：“…可以开始“回家!”程序。代我…问好！”`, `说：“…我们的“阿尔忒弥斯”宇航员将…。 ”`) closes:
    the term's closing mark at `end` is followed, before the paragraph's next mark, by words and
    a stop that a closing mark ends; else `end`."""
    nested = paragraph.rfind("“", opening + 1, end)
    if nested < 0 or end - nested > 21 or not _HAN.search(paragraph, opening, end):
        return end
    later = paragraph.find("”", end + 1, end + 400)
    if later - end < 4 or "“" in paragraph[end + 1 : later]:
        return end
    if not re.search(r"[。！？!?]\s*\Z", paragraph[end + 1 : later]):
        return end
    return later


def _nested_closes(paragraph: str) -> dict[int, int]:
    """Where each outermost curly quotation closes when the paragraph's curly marks nest: every
    `“` closed by a `”` in order, one pair at least inside another (`说：“…我们如何使用这些库存，
    以及…“史诗狂怒行动”中如何使用。…”`); empty when they do not (marks mistyped by the source,
    `“自由250“`, or a wrong-way `”` opening a quotation), where the pairing below stays as it was.
    One pass over the paragraph's marks."""
    if paragraph.count("“") < 2 or "„" in paragraph:
        return {}  # (`„…“`: a German pair, whose closing mark is this opening one)
    closes: dict[int, int] = {}
    depth = deepest = 0
    opening = -1
    for found in _CURLY.finditer(paragraph):
        index = found.start()
        if found.group() == "“":
            if depth == 0:
                opening = index
            depth += 1
            deepest = max(deepest, depth)
            continue
        if depth == 0 or _opens_wrong_way(paragraph, index, len(paragraph)):
            return {}  # (a `”` with nothing open, or one opening a quotation the wrong way)
        depth -= 1
        if depth == 0:
            closes[opening] = index
    return closes if depth == 0 and deepest > 1 else {}


_CURLY = lazy(r"[“”]")


def _quote_spans(paragraph: str) -> list[tuple[int, int, int, int]]:
    """Top-level quotations: (open, inner start, inner end, close end); an unclosed one ends
    with the paragraph (close end = inner end = its length)."""
    out: list[tuple[int, int, int, int]] = []
    if paragraph.isascii() and '"' not in paragraph:
        return out  # the only mark ASCII has is `"` (a quick test, as `_has_mark`)
    nested = _nested_closes(paragraph) if "“" in paragraph else {}
    index = 0
    length = len(paragraph)
    # The first `”` after the last `“` searched from (-1: none), kept while it lies ahead: a
    # quotation closed by an opening mark typed for its closing one moves on only past that mark,
    # and the search is not made again for each (`“…“ “…“ …”` stays linear).
    curly_close = -2
    while index < length:
        index = _find_mark(paragraph, index)
        if index < 0:
            break
        char = paragraph[index]
        if (char in _OPEN_CLOSE or char == "”") and not (
            char == '"'
            and index > 0
            and paragraph[index - 1].isalnum()
            and index + 1 < length
            and not paragraph[index + 1].isalnum()
        ):
            close = _OPEN_CLOSE.get(char, "”")
            end = nested.get(index, -1) if nested else -1
            if end < 0 and close == "”" and (curly_close == -1 or curly_close > index):
                end = curly_close
            elif end < 0:
                end = paragraph.find(close, index + 1)
                if close == "”":
                    curly_close = end
            if char == "„":
                alternative = paragraph.find("”", index + 1)
                if alternative >= 0 and (end < 0 or alternative < end):
                    end = alternative
            if end < 0 and char == "“":
                # `列为“汇率操纵国“。`: an opening mark right before a stop, typed for the
                # closing one.
                typo = paragraph.find("“", index + 1, index + 40)
                if typo > index + 1 and paragraph[typo + 1 : typo + 2] in _ZH_STOPS_AFTER_CLOSE:
                    end = typo
            if char == "“" and not nested:
                typo = _zh_typed_close(paragraph, index, length if end < 0 else end)
                if typo > 0:
                    end = typo
            if end < 0:
                inner_end = len(paragraph.rstrip())
                if inner_end - index > 1:
                    out.append((index, index + 1, inner_end, inner_end))
                break
            if char == "“" and end - index > 2 and index not in nested:
                end = _zh_nested_close(paragraph, index, end)
            # (`玛格丽特·E·“梅格”·希普`: a nickname among a name's parts, no quotation)
            nickname = paragraph[index - 1 : index] == "·" and paragraph[end + 1 : end + 2] == "·"
            if end > index + 1 and not nickname:
                out.append((index, index + 1, end, end + 1))
            index = end + 1
            continue
        if char == "‘" and (index == 0 or not paragraph[index - 1].isalnum()):
            end = _single_close(paragraph, index + 1)
            if end > 0 and paragraph[index + 1 : end].count(" ") >= 3:
                out.append((index, index + 1, end, end + 1))
                index = end + 1
                continue
        index += 1
    return out


def _zh_typed_close(paragraph: str, opening: int, end: int) -> int:
    """Where a Chinese quotation that opens at `opening`, in a paragraph whose curly marks do not
    pair, closes with an opening mark typed for the closing one (`“…新关系。“ 万斯表示，…`,
    `“自由250“(Freedom250)与…；“自由250“是由…。 X说：“…”`, `“…无核化“的共同目标`): the first `“`
    before `end` (the closing mark found), when a stop, a space, a bracket, 的 or the paragraph's
    end follows it, or when a `“` after a colon (a quotation's own opening) stands after it
    before `end`; else -1."""
    typo = paragraph.find("“", opening + 2, end)
    if typo < 0 or not _HAN.search(paragraph, opening, typo):
        return -1
    after = paragraph[typo + 1 : typo + 2]
    if not after or after.isspace() or after in _ZH_STOPS_AFTER_CLOSE or after in "(（":
        return typo
    if after == "的" and paragraph[typo + 2 : typo + 3] not in _ZH_DE_WORDS:
        # (`实现“朝鲜半岛无核化“的共同目标`: a quotation opens with 的 only in a word, `“的确…`)
        return typo
    colon = paragraph.find("：“", typo + 1, end)
    return typo if colon >= 0 else -1


def _in_brackets(paragraph: str, opening: int, close_end: int) -> bool:
    """Whether the marks from `opening` to `close_end` are a short text that round brackets
    close right after (a name: `(昵称为“比比”)`; not `(“…,” he said)`)."""
    bracket = max(
        paragraph.rfind("(", max(0, opening - 20), opening),
        paragraph.rfind("（", max(0, opening - 20), opening),
    )
    if bracket < 0 or close_end - opening > 30:
        return False
    if any(char in paragraph[bracket:opening] for char in ")）"):
        return False
    return _BRACKET_CLOSES.match(paragraph, close_end) is not None


_BRACKET_CLOSES = lazy(r"[\s,.;，。；]{0,3}[)）]")

# 称 after a word that makes it a name given, not a verb of saying (`首长原称“噶伦赤巴”`, `这一职务
# 改称“司政”`, `旧称`, `这位人称“卢蒙巴·韦阿”的男子`: what a thing or a person was, is or is
# known to be called), as after 昵, 简 or 俗 (ANNOTATING.md, "Chinese text").
_ZH_NAME_GIVEN = lazy(r"(?:[原改旧]|(?<=[位名])人)称为?\s*\Z")
# A name in marks: a short term with no punctuation of a sentence.
_ZH_TERM = lazy(r"[^，。！？；：,.!?;:]{1,12}")


def _zh_name_given(paragraph: str, opening: int, start: int, end: int) -> bool:
    """Whether the marks at `opening` hold a name given right after `原称`, `改称`, `旧称` or
    `人称` (no comma between), not a quotation (`白宫随后改称“这是误会，…”` is one)."""
    return (
        paragraph[opening - 1 : opening] in ("称", "为", " ")
        and _ZH_TERM.fullmatch(paragraph, start, end) is not None
        and _ZH_NAME_GIVEN.search(paragraph, max(0, opening - 6), opening) is not None
    )


def _single_close(paragraph: str, start: int) -> int:
    position = start
    while True:
        end = paragraph.find("’", position)
        if end < 0:
            return -1
        after = paragraph[end + 1 : end + 2]
        if not after or not after.isalnum():
            return end
        position = end + 1


_HAN = lazy(r"[\u4e00-\u9fff]")
_ZH_STOPS_AFTER_CLOSE = "。，；！？、"
# The second characters of the words that open with 的 (`的确`, `的士`, `的话`): after an opening
# mark, 的 is the mark's own particle, a closing mark typed wrong (`“…无核化“的共同目标`), unless it
# begins one of them.
_ZH_DE_WORDS = frozenset("确士话哥")


# Speech over several paragraphs with no marks after the first (ANNOTATING.md, "Over several
# paragraphs"): a paragraph that leaves a quotation open, then paragraphs with no quotation mark at
# all, then one whose first mark closes it. The curly, angle and corner marks only: a straight `"`
# does not say whether it opens or closes.
_RUN_MARKS = lazy(r"[“”«»「」『』„\"]")
_RUN_CLOSES = {"“": "”", "«": "»", "「": "」", "『": "』", "„": "“"}
_RUN_MOST = 12  # the most paragraphs a quotation runs on over with no marks


def continued_quotations(paragraphs: Sequence[str]) -> dict[int, int]:
    """The paragraphs (by number) that carry on a quotation left open at the end of the
    paragraph before with no marks of their own, each with where the quotation ends in it: the
    paragraph's length, or the closing mark of the last one. Only runs that a closing mark ends
    within `_RUN_MOST` paragraphs count: with none, a mark left open is a typing error as often
    as not (`写道，“…` then the reporter's narration). One pass: each paragraph is read at
    most twice."""
    out: dict[int, int] = {}
    count = len(paragraphs)
    number = 0
    while number < count - 1:
        paragraph = paragraphs[number]
        opening = _left_open(paragraph)
        number += 1
        if opening is None:
            continue
        close = _RUN_CLOSES[opening]
        run = number
        while run < count and run - number < _RUN_MOST:
            following = paragraphs[run]
            mark = _RUN_MARKS.search(following)
            if mark is None:
                if not following.strip():
                    break
                run += 1
                continue
            at = mark.start()
            if (
                mark.group() == close
                and following[:at].strip()
                and not following[at - 1].isspace()  # (` ”Through`: a wrong-way opening mark)
            ):
                for inside in range(number, run):
                    out[inside] = len(paragraphs[inside])
                out[run] = at
            break
        number = max(number, run)
    return out


def primes_closed(paragraph: str) -> str:
    """The paragraph with each double prime that a source typed for a closing mark read as one
    (`“… summer driving season,″ Jane Roe said`): a `″` right after a word of a quotation opened
    with `“` and left open, before a space, a bracket, a stop or the paragraph's end. The same
    length, so that what is found in it is found in the paragraph as written (ANNOTATING.md,
    "Forty-fifth folder"); a prime after a number before a word (`a 10″ screen`) stays."""
    if "″" not in paragraph:
        return paragraph
    chars = list(paragraph)
    opened = False  # (a `“` read and not yet closed)
    for index, char in enumerate(chars):
        if char == "“":
            opened = True
        elif char == "”":
            opened = False
        elif char == "″" and opened and index > 0 and not chars[index - 1].isspace():
            after = chars[index + 1] if index + 1 < len(chars) else " "
            following = paragraph[index + 1 : index + 3].lstrip()[:1]
            if chars[index - 1].isdigit() and following.islower():
                continue  # `a 10″ screen`: a measure's prime inside the quotation
            if after.isspace() or after in "[(,.;:)":
                chars[index] = "”"
                opened = False
    return "".join(chars)


def _left_open(paragraph: str) -> str | None:
    """The opening mark of a quotation the paragraph leaves open at its end, if any."""
    if paragraph.isascii() or not any(
        paragraph.rfind(opening) > paragraph.rfind(close)
        for opening, close in (("“", "”"), ("«", "»"), ("「", "」"), ("『", "』"))
    ):
        return None  # (quick tests: no curly mark, no opening mark after the last closing one)
    marks = _quote_spans(paragraph)
    if not marks:
        return None
    opening, _start, end, close_end = marks[-1]
    if close_end != end or end < len(paragraph.rstrip()):
        return None
    char = paragraph[opening]
    return char if char in _RUN_CLOSES and char != "„" else None


# A first-person attribution: the words of the one who speaks or writes the text (`I said, “…”`,
# `And I told him, “…”`, `“…,” I said.`), in a transcript the turn's own speaker (ANNOTATING.md,
# "Ninth folder"): no quote, and not the attribution between a quotation's parts.
_OWN_SAID = (
    r"(?:I|[Ww]e)\s(?:(?:just|then|also|always|basically|simply|actually|once|even|finally|"
    r"literally|have|had|\w+ly)\s){0,2}(?:said|say|says|told|tell|asked|ask|replied|answered|"
    r"wrote|added|went|responded|goes)\b"
)
_OWN_BEFORE = lazy(rf"(?:\A|[\s(—–\-])(?:{_OWN_SAID})[^.!?“”\"]{{0,50}}?[,:]?\s*\Z")
_OWN_AFTER = lazy(rf"\s*(?:{_OWN_SAID})(?:[\s,.!?—–]|\Z)")


def _own_words(paragraph: str, opening: int, close_end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a quotation's attribution is in the first person, before it or after it."""
    before = paragraph[max(_sentence_start(spans, opening), opening - 80) : opening]
    if ("I " in before or "e " in before) and _OWN_BEFORE.search(before) is not None:
        return True
    # After it only when the quotation ends with a comma (`“…,” I said.`): after a full stop
    # the attribution opens the next sentence (`He said, “…” I said, “…”`).
    return (
        paragraph[max(0, close_end - 2) : close_end - 1] in (",", "—")
        and _starts_i_or_we(paragraph, close_end)
        and _OWN_AFTER.match(paragraph, close_end) is not None
    )


def _starts_i_or_we(paragraph: str, at: int) -> bool:
    """Whether `I`, `We` or `we` follows the white space at `at`: what `_OWN_AFTER` needs (it
    is not tried elsewhere). No slice of the paragraph's rest: a paragraph of many quotes."""
    return paragraph.startswith(("I", "We", "we"), _visible(paragraph, at))


def _visible(text: str, start: int) -> int:
    """Where the first character of `text` from `start` on that is not white space stands
    (the length of `text` when there is none): `text[start:].lstrip()` without the copy."""
    while start < len(text) and text[start].isspace():
        start += 1
    return start
