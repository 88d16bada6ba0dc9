"""The dateline that opens a paragraph (`WASHINGTON —`, `BEIJING, Oct. 20 (Xinhua) --`): read by
the parser, which gives it to `dateline`, and by the quote rules, whose reports begin after it."""

from __future__ import annotations

from pressreader.importing.wordlists import Gated

# (Tried only where its dash stands: most first paragraphs open with no dateline.)
_DATELINE = Gated(
    r"(?P<place>[A-Z][A-Z.'’]*(?:[ \-][A-Z][A-Z.'’]*){0,3}"
    r"(?:, [^—–\-()]{1,40}?)?(?: \([A-Za-z][^()]{0,30}\))?)\s*(?:—|–|--|-)\s+\S",
    ("—", "–", "-"),
)


def dateline(paragraph: str) -> str | None:
    """The dateline that opens a paragraph (`WASHINGTON —`, `BEIJING, Oct. 20 (Xinhua) --`)."""
    match = _DATELINE.match(paragraph[:80])
    if match is None:
        return None
    place = match.group("place").strip()
    letters = [char for char in place.split(",")[0] if char.isalpha()]
    if len(letters) < 2:
        return None
    return place


def dateline_end(paragraph: str) -> int:
    """Where the words after a paragraph's opening dateline begin (after its dash), or 0."""
    if dateline(paragraph) is None:
        return 0
    match = _DATELINE.match(paragraph[:80])
    return match.end() - 1 if match is not None else 0
