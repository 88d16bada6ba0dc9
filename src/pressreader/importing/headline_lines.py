"""A news outlet's headline standing as a paragraph of its own (`CBS News: Trump, Apple announce
new $100 billion commitment to manufacturing in U.S.`, a byline in brackets after it or none), as
a release listing its news coverage gives one an item (ANNOTATING.md, "Forty-fifth folder",
"Sixty-fourth folder"): the title of a work, whose `says` reports no one and whose numbers are
no figures."""

from __future__ import annotations

from pressreader.importing.wordlists import Gated, lazy

# A news excerpt's byline and date in brackets (`[Nicole Goodkind, 7/12/23]`): the one pattern
# for it, ending a headline here and read by the quote rules (`finder`, `sentence_ends`).
NEWS_BYLINE = r"\[[^\[\]]{1,120}?, \d{1,2}/\d{1,2}/\d{2,4}\]"

# The outlet's name and the colon, the headline after it: one to six words of the name, each
# capitalised (or `of`, `the`, `and`, `&` inside), no comma (`Jane Roe, Director, X:` labels a
# person), then the headline, not opened by a quotation mark (`PBS (2018): “…”` is a line of
# its own, `direct._headline_source`), and the byline in brackets that may close it (one white
# space before it at most: the paragraph's runs are collapsed, and `\s*` would be tried again at
# each character of a run, in time quadratic in its length).
_LINE = Gated(
    r"(?P<outlet>[A-Z][\w.&’'-]*(?:\s(?:[A-Z][\w.&’'-]*|of|the|and|&)){0,5}):[ ]"
    r"(?P<headline>[^“\"\s][^\n]*?)"
    rf"(?:\s?{NEWS_BYLINE})?",
    (": ",),
)
# A sentence's end inside the headline, and then another sentence: a paragraph of text, not a
# headline.
_SENTENCE_BREAK = lazy(r"[.!?][”’\"']?\s[A-Z“\"]")
# An abbreviation's dots (`U.S.`, `D.C.`): no sentence's end.
_DOTTED = lazy(r"\b(?:[A-Z]\.){2,}")
# A transcript's turn labels in capitals (`MR. COOPER:`, `THE PRESIDENT:`, `MODERATOR:`).
_TURN_WORDS = frozenset(
    {
        "MR.", "MS.", "MRS.", "DR.", "THE", "PRESIDENT", "VICE", "SECRETARY", "MODERATOR",
        "SENATOR", "GOVERNOR", "OFFICIAL", "SPOKESPERSON", "SPEAKER", "Q", "Q.", "AMBASSADOR",
        "GENERAL", "ADMIRAL",
    }
)  # fmt: skip
_MIN_WORDS = 6  # a headline's words, at least (`Wind: 30 gigawatts by 2030` a list's item)
_MAX_WORDS = 35
_MAX_OUTLET = 40


def news_headline_line(paragraph: str) -> bool:
    """Whether a paragraph is an outlet's name, a colon and a headline of one sentence with no
    closing stop, its byline in brackets after it or none (ANNOTATING.md, "Sixty-fourth
    folder"): `Fox News: White House says Apple to announce $100B US investment commitment`."""
    if ": " not in paragraph[: _MAX_OUTLET + 2]:
        return False  # (quick) no outlet's colon near its start
    match = _LINE.fullmatch(paragraph)
    if match is None or len(match.group("outlet")) > _MAX_OUTLET:
        return False
    outlet = match.group("outlet")
    if outlet.isupper() and (
        "." in outlet or len(outlet) > 12 or any(word in _TURN_WORDS for word in outlet.split())
    ):
        return False  # a transcript's turn (`MR. COOPER: …`), not an outlet's name
    headline = match.group("headline")
    if "." in headline:
        headline = _DOTTED.sub("A", headline)
    words = headline.split()
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS:
        return False
    # no sentence ended in it: not a paragraph of text, a question or a cut-off turn
    return headline[-1] not in '.?!:;”")—–-' and _SENTENCE_BREAK.search(headline) is None
