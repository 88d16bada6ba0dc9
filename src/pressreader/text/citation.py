"""The text `y` copies: a quote or a statistic with the source it comes from.

Plain text only. Everything comes from an untrusted file and ends up on the clipboard, where it
may be pasted into a terminal, so every unsafe character (C0, DEL, C1, bidirectional
overrides) is removed and runs of white space (line breaks included) become one space within
a line.
"""

from __future__ import annotations

import re

from pressreader.model import Article, Quote, Statistic
from pressreader.text.numbers import format_change, format_value
from pressreader.text.sanitize import strip_controls

_WHITESPACE = re.compile(r"\s+")


def clean(text: str | None) -> str:
    """One line of plain text: controls removed, white space collapsed, ends trimmed."""
    if not text:
        return ""
    # White space first: a carriage return or line separator is a space, not nothing.
    return strip_controls(_WHITESPACE.sub(" ", text)).strip()


def source_lines(article: Article) -> list[str]:
    """Where the words come from: "Title, Outlet, 2022-10-20", then the address if any."""
    parts = [clean(article.title), clean(article.outlet)]
    if article.published is not None:
        parts.append(article.published.isoformat())
    lines = [", ".join(part for part in parts if part)]
    url = clean(article.url)
    if url:
        lines.append(url)
    return lines


def _attribution(article: Article, name: str) -> str:
    speaker = article.speaker(name)
    who = clean(name)
    if speaker is not None:
        detail = clean(speaker.role) or clean(speaker.affiliation)
        if detail:
            who = f"{who}, {detail}"
    return f"— {who}"


def cite_quote(article: Article, quote: Quote) -> str:
    """The quote in typographic quotes (or marked `(indirect)`), who said it, and the source.

    “We will hold high the banner of peace.”
    — Ma Zhaoxu, Vice Minister of Foreign Affairs
    Join hands to create a better future for mankind, Workers' Daily, 2022-10-20
    """
    words = clean(quote.text)
    if quote.kind == "indirect":
        first = f"(indirect) {words}"
    else:
        # Words the file already wraps in quotation marks are not wrapped twice.
        wrapped = len(words) > 1 and words[0] in '“"' and words[-1] in '”"'
        first = words if wrapped else f"“{words}”"
    return "\n".join([first, _attribution(article, quote.speaker), *source_lines(article)])


def describe_statistic(stat: Statistic, language: str | None = None) -> str:
    """One line: label (period): value (change, from previous). Numbers are written for the
    article's `language` (Chinese and Japanese count in 万 and 亿)."""
    label = clean(stat.label)
    period = clean(stat.period)
    if period:
        label = f"{label} ({period})"
    unit = clean(stat.unit) or None
    value = format_value(stat.value, unit, language=language)
    if stat.previous is not None:
        change = format_change(stat.value, stat.previous, unit=unit, language=language)
        before = format_value(stat.previous, unit, language=language)
        value = f"{value} ({change}, from {before})" if change else f"{value} (from {before})"
    return f"{label}: {value}"


def cite_statistic(article: Article, stat: Statistic) -> str:
    """The statistic with its change, then the source.

    Countries with diplomatic relations: 181 (↑ 9 (+5.2%), from 172)
    Join hands to create a better future for mankind, Workers' Daily, 2022-10-20
    """
    return "\n".join([describe_statistic(stat, article.language), *source_lines(article)])
