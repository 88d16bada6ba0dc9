"""The language of an imported article, when neither `--language` nor the source says it.

Rules, no model and no dependency, and only where they are sure (a wrong language is worse
than none): the script of the letters tells Chinese (Han characters without kana), Japanese
(Han with kana), Korean (Hangul), Greek and Thai; among texts in Latin letters, only English
is told, by the share of its commonest words (`the`, `of`, `and`, `said` …) when the
commonest words of other languages written in Latin letters are nearly absent. Anything
else (Russian or Ukrainian, French or Italian, a short text) is left without a language.
"""

from __future__ import annotations

import re
from collections import Counter

from pressreader.importing.hant import traditional_count
from pressreader.importing.parse import Draft

SAMPLE = 20_000  # characters looked at, from the title on
MIN_LETTERS = 40  # fewer letters than this say nothing
MIN_WORDS = 40  # English is told from at least this many words
DOMINANT = 0.6  # the share of the letters a script needs
LATIN_ONLY = 0.9
TRADITIONAL_SHARE = 0.05  # of the Han characters, only traditional: `zh-Hant`
ENGLISH_SHARE = 0.15  # of the words, at least, are among ENGLISH
OTHER_SHARE = 0.03  # of the words, at most, are among OTHERS

_WORD = re.compile(r"[^\W\d_]+")
ENGLISH = frozenset(
    str.split(
        "the of and to is that was for with said have has it be by are were this from which will "
        "not his they their would been had who its"
    )
)
# Frequent words of French, German, Spanish, Portuguese, Italian, Dutch, the Scandinavian
# languages, Polish, Czech, Indonesian and Turkish that are not English words.
OTHERS = frozenset(
    str.split(
        "de la le les des et est une du au aux qui pas sur pour dans avec der die und das ist ein "
        "eine nicht den dem mit sich auf zu el los las del que y por con para una es lo não "
        "uma com os da do em il di che della per sono het een van en niet zijn op och att är "
        "som ikke og er af til ich wir sie na za je się nie jest yang dan di itu ini ve bir bu"
    )
)


# The letters of each script, as ranges of characters. They are counted from the sample's
# count of each character (a pattern of wide ranges takes milliseconds to compile).
_RANGES = {
    "kana": (("\u3040", "\u30ff"), ("\u31f0", "\u31ff"), ("\uff66", "\uff9d")),
    "han": (
        ("\u4e00", "\u9fff"),
        ("\u3400", "\u4dbf"),
        ("\uf900", "\ufaff"),
        ("\U00020000", "\U0003134f"),
    ),
    "hangul": (("\uac00", "\ud7af"), ("\u1100", "\u11ff"), ("\u3130", "\u318f")),
    "latin": (("A", "Z"), ("a", "z"), ("\u00c0", "\u024f"), ("\u1e00", "\u1eff")),
    "greek": (("\u0370", "\u03ff"), ("\u1f00", "\u1fff")),
    "thai": (("\u0e00", "\u0e7f"),),
}


def _count(script: str, characters: Counter[str]) -> int:
    """How many letters of `script` the sample holds; `characters`: how many times it holds
    each character."""
    ranges = _RANGES[script]
    return sum(
        count
        for char, count in characters.items()
        if any(low <= char <= high for low, high in ranges)
    )


def guess_language(draft: Draft) -> str | None:
    """A BCP-47 tag for the draft's text when its letters say it surely; else None."""
    parts = [draft.title]
    size = len(draft.title)
    for heading, paragraphs in draft.sections:
        for text in ((heading,) if heading else ()) + tuple(paragraphs):
            if size >= SAMPLE:
                break
            parts.append(text)
            size += len(text)
    sample = "\n".join(parts)[:SAMPLE]
    letters = sum(map(len, _WORD.findall(sample)))
    characters = Counter(sample)
    counts = {script: _count(script, characters) for script in _RANGES}
    if letters < MIN_LETTERS:
        return None
    han, kana = counts.get("han", 0), counts.get("kana", 0)
    if (han + kana) / letters >= DOMINANT:
        if kana >= 0.05 * (han + kana):
            return "ja"
        # Traditional characters (`zh-Hant`, whose figures show 億 and 萬): one in twenty of
        # the Han characters or more only traditional Chinese writes (in such a text, about
        # one in four; a simplified text may hold a stray one, `來`, in a name or a quotation)
        return "zh-Hant" if traditional_count(sample) >= TRADITIONAL_SHARE * han else "zh"
    for script, tag in (("hangul", "ko"), ("greek", "el"), ("thai", "th")):
        if counts.get(script, 0) / letters >= DOMINANT:
            return tag
    if counts.get("latin", 0) / letters < LATIN_ONLY:
        return None
    words = [word.lower() for word in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return None
    english = sum(word in ENGLISH for word in words) / len(words)
    others = sum(word in OTHERS for word in words) / len(words)
    if english >= ENGLISH_SHARE and others <= OTHER_SHARE:
        return "en"
    return None
