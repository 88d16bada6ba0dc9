"""Text normalisation shared by anchoring and section ids.

Anchoring compares an annotation's words with the article text after normalising both the
same way, so that typing plain quotes or one space where the article has typographic quotes
or a line break still matches.
"""

from __future__ import annotations

import re
import unicodedata

# Typographic quotation marks, apostrophes and dashes, and the plain forms they match.
_PLAIN = str.maketrans(
    {
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
)
_TYPOGRAPHIC = re.compile("[“”„«»‘’‚–—]")
# Only white space that normalisation changes: a run of two or more, or one that is not " ".
WHITESPACE_CHANGE = re.compile(r"\s{2,}|[^\S ]")


def normalise(text: str) -> str:
    """Runs of white space become one space; typographic quotes and dashes become plain.

    Every step but the white-space one keeps the length, which keeps offsets easy to map back.
    """
    if _TYPOGRAPHIC.search(text) is not None:
        text = text.translate(_PLAIN)
    return WHITESPACE_CHANGE.sub(" ", text)


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
    out: list[str] = []
    pending_dash = False
    for char in heading.lower():
        if _keeps(char):
            if pending_dash and out:
                out.append("-")
            pending_dash = False
            out.append(char)
        else:
            pending_dash = True
    return "".join(out)
