"""An export as a Markdown brief: per article, its title and metadata, then its quotes
grouped by speaker, its figures as a table with their changes, or its search hits.

Every text from a file goes through `md`: white space runs become one space, unsafe
characters show as the reader's visible escapes, and what Markdown would read as markup
(`\\`, `` ` ``, `*`, `_`, `[`, `]`, `|`, `<`, `>`, `~`, `&`, a leading `#`, `-`, `+`, `=`)
is escaped with a backslash, so the text reads as it stands in the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TextIO

from pressreader.exporting.records import Group, Record, Value, as_record
from pressreader.text.numbers import with_unit
from pressreader.text.sanitize import escape_line

_MARKUP = re.compile(r"([\\`*_\[\]|<>~&])")
_LEADING = ("#", "-", "+", "=", ">")
_ORDERED = re.compile(r"^(\d+)([.)])")


def md(value: Value) -> str:
    """Text from a file, one line, safe to put anywhere in Markdown."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = ", ".join(value)
    text = escape_line(" ".join(str(value).split()))
    text = _MARKUP.sub(r"\\\1", text)
    if text.startswith(_LEADING):
        text = "\\" + text
    return _ORDERED.sub(r"\1\\\2", text)


def _number(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.12g}" if abs(value) >= 1000 else f"{value:.12g}"
    if isinstance(value, int):
        return f"{value:,}"
    return md(value)


def _change(record: Record) -> str:
    difference = record.get("change")
    if not isinstance(difference, int | float) or isinstance(difference, bool):
        return ""
    sign = "+" if difference > 0 else "−" if difference < 0 else "±"
    shown = f"{sign}{_number(abs(difference))}"
    percent = record.get("percent_change")
    if isinstance(percent, int | float) and not isinstance(percent, bool):
        shown += f" ({'+' if percent > 0 else '−' if percent < 0 else '±'}{abs(percent):.12g}%)"
    return shown


def _where(record: Record) -> str:
    section, paragraph = record.get("section"), record.get("paragraph")
    parts = [md(section)] if section else []
    if paragraph is not None:
        parts.append(f"¶{paragraph}")
    return " ".join(parts)


def _metadata(article: Record) -> list[str]:
    parts = [md(v) for v in (article.get("outlet"), article.get("published")) if v]
    authors = article.get("authors")
    if authors:
        parts.append("by " + md(authors))
    lines = [" · ".join(parts)] if parts else []
    if article.get("url"):
        lines.append(md(article["url"]))
    lines.append(f"Source: {md(article.get('path'))}")
    return lines


def _counts(article: Record) -> str:
    def plural(n: Value, noun: str) -> str:
        return f"{n} {noun}{'' if n == 1 else 's'}"

    text = (
        f"{plural(article.get('quotes'), 'quote')}, {plural(article.get('statistics'), 'figure')}"
    )
    unreviewed = article.get("unreviewed")
    return text + (f", {unreviewed} unreviewed" if unreviewed else "")


def _quotes(quotes: list[Record]) -> list[str]:
    lines = ["### Quotes", ""]
    speakers: dict[str, list[Record]] = {}
    for quote in quotes:
        speakers.setdefault(str(quote.get("speaker")), []).append(quote)
    for name, said in speakers.items():
        first = said[0]
        who = f"**{md(name)}**"
        detail = ", ".join(md(v) for v in (first.get("role"), first.get("affiliation")) if v)
        lines.append(f"{who}, {detail}" if detail else who)
        lines.append("")
        for quote in said:
            words = md(quote.get("text"))
            line = f"- (indirect) {words}" if quote.get("kind") == "indirect" else f"- “{words}”"
            where = _where(quote)
            if where:
                line += f" ({where})"
            if quote.get("note"):
                line += f" — note: {md(quote['note'])}"
            if quote.get("reviewed") is False:
                line += " — unreviewed"
            lines.append(line)
        lines.append("")
    return lines


def _figures(figures: list[Record]) -> list[str]:
    # A Note column only in the tables of articles whose figures have notes.
    notes = any(stat.get("note") for stat in figures)
    lines = [
        "### Figures",
        "",
        "| Figure | Value | Previous | Change | Period | Where |" + (" Note |" if notes else ""),
        "|---|---:|---:|---:|---|---|" + ("---|" if notes else ""),
    ]
    for stat in figures:
        value = _number(stat.get("value"))
        unit = str(stat.get("unit") or "").strip()
        if unit and value:
            # Where the reader puts it: "$3,000,000,000", "2.7%", "181 ships".
            value = with_unit(value, unit, md(unit))
        label = md(stat.get("label")) + (
            "" if stat.get("reviewed") is not False else " (unreviewed)"
        )
        note = f" {md(stat.get('note'))} |" if notes else ""
        lines.append(
            f"| {label} | {value} | {_number(stat.get('previous'))} "
            f"| {_change(stat)} | {md(stat.get('period'))} | {_where(stat)} |{note}"
        )
    lines.append("")
    return lines


def _hits(hits: list[Record]) -> list[str]:
    lines = ["### Hits", ""]
    for hit in hits:
        where = _where(hit)
        lead = f"{md(hit.get('kind'))}" + (f", {where}" if where else "")
        lines.append(f"- ({lead}) {md(hit.get('text'))}")
    lines.append("")
    return lines


def brief(kind: str, group: Group) -> str:
    """One article's part of the document."""
    article = as_record("articles", group.article)
    lines = [f"## {md(article.get('title'))}", ""]
    lines.extend(line + "  " for line in _metadata(article)[:-1])
    lines.extend([_metadata(article)[-1], ""])
    if kind == "articles":
        lines.extend([_counts(article), ""])
    if group.quotes and kind in ("quotes", "articles"):
        lines.extend(_quotes([as_record("quotes", row) for row in group.quotes]))
    if group.statistics and kind in ("statistics", "articles"):
        lines.extend(_figures([as_record("statistics", row) for row in group.statistics]))
    if group.hits and kind == "hits":
        lines.extend(_hits([as_record("hits", row) for row in group.hits]))
    return "\n".join(lines) + "\n"


TITLES = {
    "quotes": "Quotes",
    "statistics": "Figures",
    "articles": "Articles",
    "hits": "Search hits",
}


def write_markdown(kind: str, groups: Iterable[Group], out: TextIO, query: str | None) -> int:
    out.write(f"# {TITLES[kind]}\n\n")
    if query:
        out.write(f"Query: {md(query)}\n\n")
    count = 0
    for group in groups:
        out.write(brief(kind, group))
        count += len(group.rows(kind))
    return count
