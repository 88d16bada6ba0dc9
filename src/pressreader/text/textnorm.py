"""Text normalisation shared by anchoring and section ids.

Anchoring compares an annotation's words with the article text after normalising both the
same way, so that typing plain quotes or one space where the article has typographic quotes
or a line break still matches. Normalisation is built from `str.replace` calls (C speed on
megabytes of text) rather than a regular expression.
"""

from __future__ import annotations

import re
import unicodedata

# Typographic quotation marks, apostrophes and dashes, and the plain forms they match.
PLAIN_FORMS: dict[str, str] = {
    "“": '"',
    "”": '"',
    "„": '"',
    "«": '"',
    "»": '"',
    "‘": "'",
    "’": "'",
    "‚": "'",
    "–": "-",
    "—": "-",
}
# Every character `str.isspace()` holds (the same set as `\s` in `re`); a test keeps the list
# in step with the running Python's Unicode tables.
WHITESPACE: tuple[str, ...] = tuple(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_OTHER_WHITESPACE = tuple(char for char in WHITESPACE if char != " ")
# White space that normalisation changes: a run of two or more, or one that is not " ".
WHITESPACE_CHANGE = re.compile(r"\s{2,}|[^\S ]")


_ASCII_OTHER_WHITESPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"


def normalise(text: str) -> str:
    """Runs of white space become one space; typographic quotes and dashes become plain.

    Every step but the run collapsing keeps the length, which keeps offsets easy to map back.
    """
    if len(text) < 200:
        # Short text (an annotation's words): one regular-expression pass is cheapest.
        if not text.isascii():
            for fancy, plain in PLAIN_FORMS.items():
                if fancy in text:
                    text = text.replace(fancy, plain)
        if WHITESPACE_CHANGE.search(text) is None:
            return text
        return WHITESPACE_CHANGE.sub(" ", text)
    # Long text (a whole article): C-speed scans and replacements, one per character present.
    if text.isascii():
        others: tuple[str, ...] | str = _ASCII_OTHER_WHITESPACE
    else:
        for fancy, plain in PLAIN_FORMS.items():
            if fancy in text:
                text = text.replace(fancy, plain)
        others = _OTHER_WHITESPACE
    for char in others:
        if char in text:
            text = text.replace(char, " ")
    return collapse_spaces(text)


def collapse_spaces(text: str) -> str:
    """Each run of spaces becomes one space (other white space is left as it is)."""
    # Splitting on two spaces finds every run faster than a regular expression does: a run
    # of k spaces leaves k // 2 cuts, empty pieces between them, and for odd k one space at
    # the start of the next piece.
    pieces = text.split("  ")
    if len(pieces) == 1:
        return text
    kept = [pieces[0]]
    kept.extend(piece.lstrip(" ") for piece in pieces[1:-1] if piece)
    kept.append(pieces[-1].lstrip(" "))  # kept even when empty: the text ends with a run
    return " ".join(kept)


_ASCII_SEPARATORS = re.compile("[^a-z0-9]+")


def _keeps(char: str) -> bool:
    # Letters and digits of every script, and the combining marks that belong to their letters
    # (Devanagari vowel signs, for instance), stay in a slug.
    return char.isalnum() or unicodedata.category(char)[0] == "M"


def slugify(heading: str) -> str:
    """Lower case; each run of characters that are not letters or digits becomes one `-`.

    >>> slugify("Opening up: a new chapter!")
    'opening-up-a-new-chapter'
    >>> slugify("对外开放")
    '对外开放'
    """
    lowered = heading.lower()
    if lowered.isascii():
        return _ASCII_SEPARATORS.sub("-", lowered).strip("-")
    out: list[str] = []
    pending_dash = False
    for char in lowered:
        if _keeps(char):
            if pending_dash and out:
                out.append("-")
            pending_dash = False
            out.append(char)
        else:
            pending_dash = True
    return "".join(out)
