"""The dateline that opens a paragraph (`WASHINGTON —`, `BEIJING, Oct. 20 (Xinhua) --`, in Chinese
`新华社北京10月20日电（记者X）` and `华盛顿 — `): read by the parser, which gives it to `dateline`,
and by the quote rules, whose reports and sources begin after it."""

from __future__ import annotations

import re

from pressreader.importing.wordlists import Gated

# (Tried only where its dash stands: most first paragraphs open with no dateline.)
_DATELINE = Gated(
    r"(?P<place>[A-Z][A-Z.'’]*(?:[ \-][A-Z][A-Z.'’]*){0,3}"
    r"(?:, [^—–\-()]{1,40}?)?(?: \([A-Za-z][^()]{0,30}\))?)\s*(?:—|–|--|-)\s+\S",
    ("—", "–", "-"),
)


# A Chinese agency's or paper's dateline: the agency, the place, the day, 电, and the
# reporters in brackets (`新华社北京10月20日电（记者张三）`, `中新社香港5月3日电`,
# `本报华盛顿6月1日电`, in traditional characters `中央社台北10月20日電`); and a place before
# one dash with a space each side (`华盛顿 — `), never the two dashes of a Chinese aside
# (`拜登——这位总统——说`), which stand with no spaces. And the agency's reporter and dateline in
# brackets, as Taiwan's CNA opens (`（中央社記者張三台北20日電）`), the whole of it the dateline
# (where the reporter's name ends and the place begins is not written).
_ZH_DATELINE = Gated(
    r"(?:(?:新华社|新華社|中新社|本报|本報|人民网|人民網|央视网|央視網|中央社)"
    r"(?P<agency_place>[\u4e00-\u9fff]{2,8}?)"
    r"(?:\d{1,2}月\d{1,2}日)?[电電](?:（[^（）]{0,40}）|\([^()]{0,40}\))?"
    r"|[（(](?P<bracketed>(?:新华社|新華社|中新社|中央社|本报|本報)(?:记者|記者)[\u4e00-\u9fff·]{2,16}?"
    r"(?:\d{1,2}月)?\d{1,2}日[电電])[）)]"
    r"|(?P<place>[\u4e00-\u9fff]{2,6}) (?:—|–) )\s*",
    ("电", "電", " — ", " – "),
)


def _zh_dateline(paragraph: str) -> re.Match[str] | None:
    first = paragraph[:1]
    if "\u4e00" <= first <= "\u9fff" or first in ("（", "("):
        return _ZH_DATELINE.match(paragraph[:80])
    return None


def dateline(paragraph: str) -> str | None:
    """The dateline that opens a paragraph (`WASHINGTON —`, `BEIJING, Oct. 20 (Xinhua) --`; the
    place of `新华社北京10月20日电…` and `华盛顿 — `)."""
    chinese = _zh_dateline(paragraph)
    if chinese is not None:
        return chinese.group("agency_place") or chinese.group("bracketed") or chinese.group("place")
    match = _DATELINE.match(paragraph[:80])
    if match is None:
        return None
    place = match.group("place").strip()
    letters = [char for char in place.split(",")[0] if char.isalpha()]
    if len(letters) < 2:
        return None
    return place


def dateline_end(paragraph: str) -> int:
    """Where the words after a paragraph's opening dateline begin (after its dash, or after a
    Chinese dateline and its reporters), or 0."""
    chinese = _zh_dateline(paragraph)
    if chinese is not None:
        return chinese.end()
    if dateline(paragraph) is None:
        return 0
    match = _DATELINE.match(paragraph[:80])
    return match.end() - 1 if match is not None else 0
