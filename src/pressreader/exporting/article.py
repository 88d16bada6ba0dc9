"""Export rows of an article loaded from its file (what the reader has open): the same
rows, in the same order of fields, as those read from the index (`exporting.library`), the
citations made by the same function (`text.citation`, what `y` copies)."""

from __future__ import annotations

from pressreader.exporting.records import Group, Row, statistic_row
from pressreader.model import Anchor, Article, Quote, Statistic
from pressreader.text.citation import cite_quote, cite_statistic
from pressreader.text.sections import section_title


def _section(article: Article, anchor: Anchor | None) -> str | None:
    """The section an anchor stands in, as the reader names it (None: not placed)."""
    if anchor is None or not 0 <= anchor.section_index < len(article.sections):
        return None
    return section_title(article.sections[anchor.section_index].heading, anchor.section_index)


def _head(article: Article) -> Row:
    published = article.published.isoformat() if article.published else None
    return (article.id, article.title, article.outlet, published, article.url)


def article_row(article: Article, path: str) -> Row:
    """The article's metadata and counts."""
    names = dict.fromkeys(s.name for s in article.speakers)
    names.update(dict.fromkeys(q.speaker for q in article.quotes))
    unreviewed = sum(not q.reviewed for q in article.quotes)
    unreviewed += sum(not s.reviewed for s in article.statistics)
    return (
        *_head(article),
        article.language,
        list(article.authors),
        list(article.tags),
        list(names),
        len(article.quotes),
        len(article.statistics),
        unreviewed,
        path,
        article.document,
    )


def quote_row(article: Article, quote: Quote, path: str) -> Row:
    """One quote of a loaded article, with its citation (what `y` copies)."""
    anchor = quote.anchor
    speaker = article.speaker(quote.speaker)
    return (
        *_head(article),
        _section(article, anchor),
        anchor.paragraph + 1 if anchor else None,
        quote.speaker,
        speaker.role if speaker else None,
        speaker.affiliation if speaker else None,
        quote.kind,
        quote.text,
        quote.note,
        quote.reviewed,
        cite_quote(article, quote),
        path,
        quote.line or article.line,
    )


def _statistic(article: Article, stat: Statistic, path: str) -> Row:
    anchor = stat.anchor
    return statistic_row(
        _head(article),
        _section(article, anchor),
        anchor.paragraph + 1 if anchor else None,
        (stat.label, stat.value, stat.previous, stat.unit, stat.period, stat.text, stat.note),
        stat.reviewed,
        cite_statistic(article, stat),
        path,
        stat.line or article.line,
    )


def article_group(article: Article, path: str, kind: str) -> Group:
    """An article open in the reader as one group: its quotes (or statistics) in order."""
    group = Group(article_row(article, path))
    if kind in ("quotes", "articles"):
        group.quotes = [quote_row(article, q, path) for q in article.quotes]
    if kind in ("statistics", "articles"):
        group.statistics = [_statistic(article, s, path) for s in article.statistics]
    return group
