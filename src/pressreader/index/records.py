"""Turn a loaded file into plain rows for the index.

This runs in worker processes during a build, so it returns only tuples, strings and numbers
(cheap to send between processes), never model objects.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pressreader.index.query import has_cjk
from pressreader.index.schema import HEADING, META, PARAGRAPH, QUOTE, SOURCE, STATISTIC, TITLE
from pressreader.model import SEP, Anchor, Article, LoadResult, Speaker, Statistic
from pressreader.text.cells import csv_cells, number_cell, text_cell
from pressreader.text.citation import cite_quote, cite_statistic
from pressreader.text.numbers import to_float
from pressreader.text.sanitize import escape_line
from pressreader.text.sections import section_title

# (kind, section_index, section_id, heading, paragraph, line, cjk, speaker, text, start, end):
# `start` and `end` are a quote's or statistic's anchor in its paragraph, else None.
PassageRow = tuple[
    int,
    int | None,
    str | None,
    str | None,
    int | None,
    int,
    int,
    str | None,
    str,
    int | None,
    int | None,
]
ProblemRow = tuple[str, int | None, int | None, str]


def number_text(value: float | int) -> str:
    """A figure as written in the article file: `172`, `4.6` (not `172.0`)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, int) and not -(10**15) < value < 10**15:
        return repr(to_float(value))  # never thousands of digits
    return str(value)


def statistic_text(stat: Statistic) -> str:
    parts = [f"{stat.label}: {number_text(stat.value)}"]
    if stat.unit:
        parts.append(stat.unit)
    if stat.previous is not None:
        parts.append(f"(previously {number_text(stat.previous)})")
    if stat.period:
        parts.append(f"[{stat.period}]")
    text = " ".join(parts)
    if stat.text:
        text += f" — {stat.text}"
    if stat.note:
        text += f" (note: {stat.note})"
    return text


def _meta_text(article: Article) -> str:
    """Every searchable metadata value except the title, one per line."""
    values: list[str] = [article.id]
    for value in (
        article.subtitle,
        article.outlet,
        article.url,
        article.dateline,
        article.language,
        article.summary,
    ):
        if value:
            values.append(value)
    if article.published is not None:
        values.append(article.published.isoformat())
    values.extend(article.authors)
    values.extend(article.tags)
    for speaker in article.speakers:
        values.append(" — ".join(v for v in (speaker.name, speaker.role, speaker.affiliation) if v))
    return "\n".join(values)


def _no_cjk(text: str) -> bool:
    return False


def _passages(article: Article, has_cjk: Callable[[str], bool]) -> list[PassageRow]:
    rows: list[PassageRow] = []
    line = article.line
    rows.append(
        (
            TITLE,
            None,
            None,
            None,
            None,
            line,
            int(has_cjk(article.title)),
            None,
            article.title,
            None,
            None,
        )
    )
    meta = _meta_text(article)
    rows.append((META, None, None, None, None, line, int(has_cjk(meta)), None, meta, None, None))
    for s_index, section in enumerate(article.sections):
        heading = section.heading
        if heading:
            rows.append(
                (
                    HEADING,
                    s_index,
                    section.id,
                    heading,
                    None,
                    section.line,
                    int(has_cjk(heading)),
                    None,
                    heading,
                    None,
                    None,
                )
            )
        lines = section.paragraph_lines
        for p_index, text in enumerate(section.paragraphs):
            p_line = lines[p_index] if p_index < len(lines) else section.line
            rows.append(
                (
                    PARAGRAPH,
                    s_index,
                    section.id,
                    heading,
                    p_index,
                    p_line,
                    int(has_cjk(text)),
                    None,
                    text,
                    None,
                    None,
                )
            )

    def placed(
        kind: int, anchor: Anchor | None, row_line: int, speaker: str | None, text: str
    ) -> None:
        """A quote's or statistic's passage, placed at its anchor's section and paragraph."""
        where = anchor.section_index if anchor else None
        rows.append(
            (
                kind,
                where,
                anchor.section_id if anchor else None,
                article.sections[where].heading if where is not None else None,
                anchor.paragraph if anchor else None,
                row_line or line,
                int(has_cjk(text) or (speaker is not None and has_cjk(speaker))),
                speaker,
                text,
                anchor.start if anchor else None,
                anchor.end if anchor else None,
            )
        )

    for quote in article.quotes:
        text = quote.text if not quote.note else f"{quote.text} (note: {quote.note})"
        placed(QUOTE, quote.anchor, quote.line, quote.speaker, text)
    for stat in article.statistics:
        placed(STATISTIC, stat.anchor, stat.line, None, statistic_text(stat))
    return rows


def _anchor_cols(anchor: Any) -> tuple[int | None, str | None, int | None, int | None, int | None]:
    if anchor is None:
        return (None, None, None, None, None)
    return (anchor.section_index, anchor.section_id, anchor.paragraph, anchor.start, anchor.end)


def article_record(article: Article, warnings: int, cjk: bool = True) -> tuple[Any, ...]:
    """One article as (fields, passages, quotes, statistics, speakers) rows."""
    speakers = dict.fromkeys(s.name for s in article.speakers)
    speakers.update(dict.fromkeys(q.speaker for q in article.quotes))
    published = article.published.isoformat() if article.published else None
    # The export's CSV cells of the article's fields that head each of its rows.
    head = (article.id, article.title, article.outlet, published, article.url)
    fields = (
        article.document,
        article.id,
        article.title,
        article.outlet,
        published,
        article.url,
        article.language,
        csv_cells([text_cell(v, False) for v in head]),
        article.line,
        SEP.join(article.tags),
        SEP.join(speakers),
        SEP.join(article.authors),
        len(article.quotes),
        len(article.statistics),
        sum(not q.reviewed for q in article.quotes)
        + sum(not s.reviewed for s in article.statistics),
        warnings,
    )
    listed: dict[str, Speaker] = {}
    for listed_speaker in article.speakers:
        listed.setdefault(
            listed_speaker.name, listed_speaker
        )  # the first, as `Article.speaker` finds

    def section(anchor: Anchor | None) -> str | None:
        """The section the anchor stands in, as the reader names it."""
        if anchor is None:
            return None
        return section_title(article.sections[anchor.section_index].heading, anchor.section_index)

    quotes = []
    for q in article.quotes:
        person = listed.get(q.speaker)
        role = person.role if person is not None else None
        affiliation = person.affiliation if person is not None else None
        citation = cite_quote(article, q)
        where = section(q.anchor)
        # The export's CSV cells, in the order of its quote fields (exporting.records).
        cells = [
            text_cell(where, False),
            number_cell(q.anchor.paragraph + 1 if q.anchor is not None else None),
            *(text_cell(v, False) for v in (q.speaker, role, affiliation, q.kind, q.text)),
            text_cell(q.note, False),
            text_cell(q.reviewed, False),
            text_cell(citation, False),
        ]
        quotes.append(
            (
                q.speaker,
                q.kind,
                q.text,
                q.note,
                *_anchor_cols(q.anchor),
                q.line or article.line,
                int(q.reviewed),
                where,
                role,
                affiliation,
                citation,
                csv_cells(cells),
            )
        )
    stats = [
        (
            s.label,
            # The loader refuses values past 1e30; whatever a caller built, never raise.
            to_float(s.value),
            None if s.previous is None else to_float(s.previous),
            s.unit,
            s.period,
            s.text,
            s.note,
            *_anchor_cols(s.anchor),
            s.line or article.line,
            int(s.reviewed),
            section(s.anchor),
            cite_statistic(article, s),
        )
        for s in article.statistics
    ]
    people = [(s.name, s.role, s.affiliation) for s in article.speakers]
    people.extend((name, None, None) for name in speakers if name not in listed)
    return (fields, _passages(article, has_cjk if cjk else _no_cjk), quotes, stats, people)


FileRecord = tuple[int, list[ProblemRow], list[tuple[Any, ...]]]


_COMMENT = re.compile(r"(?:^|\s)#(.*)")


def _comments(data: bytes) -> list[tuple[int, str]]:
    """(line, text) of each YAML comment (roughly: `#` at a line start or after a space)."""
    if b"#" not in data:
        return []
    found = []
    for number, line in enumerate(data.decode("utf-8", "replace").split("\n"), 1):
        if "#" in line:
            match = _COMMENT.search(line)
            if match is not None and match.group(1).strip():
                found.append((number, match.group(1).strip()))
    return found


def _keys(article: Article) -> list[str]:
    """The YAML keys the article's file uses for it, as far as its values tell (a key given
    as null is not seen; a few that may be implicit are listed anyway)."""
    keys = ["format", "id", "title", "sections", "paragraphs"]
    for key in ("subtitle", "outlet", "url", "dateline", "language", "summary", "published"):
        if getattr(article, key) is not None:
            keys.append(key)
    keys.extend(key for key in ("authors", "tags") if getattr(article, key))
    if any(section.heading for section in article.sections):
        keys.append("heading")
    if article.speakers:
        keys.extend(("speakers", "name"))
        keys.extend(
            k for k in ("role", "affiliation") if any(getattr(s, k) for s in article.speakers)
        )
    if article.quotes:
        keys.extend(("quotes", "speaker", "text", "kind"))
        if any(q.note for q in article.quotes):
            keys.append("note")
    if article.statistics:
        keys.extend(("statistics", "label", "value"))
        for key in ("previous", "unit", "period", "text"):
            if any(getattr(stat, key) is not None for stat in article.statistics):
                keys.append(key)
    if any(q.section for q in article.quotes) or any(s.section for s in article.statistics):
        keys.append("section")
    return keys


def _source_rows(
    result: LoadResult, data: bytes | None, check: Callable[[str], bool]
) -> list[list[PassageRow]]:
    """Each article's SOURCE passages: keys, ids and kinds, then the comments near it."""
    comments = _comments(data) if data is not None else []
    rows: list[list[PassageRow]] = []
    starts = [article.line for article in result.articles]
    for number, article in enumerate(result.articles):
        words = [*_keys(article), str(article.format)]
        words.extend(section.id for section in article.sections)
        words.extend(dict.fromkeys(quote.kind for quote in article.quotes))
        text = " ".join(words)
        mine: list[PassageRow] = [
            (SOURCE, None, None, None, None, article.line, int(check(text)), None, text, None, None)
        ]
        end = starts[number + 1] if number + 1 < len(starts) else None
        for line, comment in comments:
            # A comment belongs to the article it stands in (those above the first, to it).
            if (number == 0 or line >= article.line) and (end is None or line < end):
                mine.append(
                    (
                        SOURCE,
                        None,
                        None,
                        None,
                        None,
                        line,
                        int(check(comment)),
                        None,
                        f"# {comment}",
                        None,
                        None,
                    )
                )
        rows.append(mine)
    return rows


def file_record(result: LoadResult, *, cjk: bool = True, data: bytes | None = None) -> FileRecord:
    """(errors, problems, article records) of one loaded file; `cjk=False` when the file is
    known to hold no CJK text; `data`, the file's bytes, adds its comments."""
    problems: list[ProblemRow] = [
        (p.severity, p.line, p.column, p.message) for p in result.problems
    ]
    warnings = len(result.warnings)
    errors = len(result.errors)
    records = [article_record(a, warnings, cjk) for a in result.articles]
    check = has_cjk if cjk else _no_cjk
    for record, extra in zip(records, _source_rows(result, data, check), strict=True):
        record[1].extend(extra)
    return (errors, problems, records)


# UTF-8 lead bytes of the Han and kana blocks (U+3040-U+9FFF), of compatibility ideographs and
# half-width kana (U+F900-U+FFEF), and of the supplementary planes, and YAML's escapes that can
# write those characters in ASCII (`"\u6e2f"`): a file holding none of them has no CJK text,
# which spares a character scan of every passage.
_CJK_SIGNS = (
    b"\xe3", b"\xe4", b"\xe5", b"\xe6", b"\xe7", b"\xe8", b"\xe9", b"\xef", b"\xf0", b"\\u", b"\\U"
)  # fmt: skip


def might_hold_cjk(data: bytes) -> bool:
    return any(lead in data for lead in _CJK_SIGNS)


def read_file(job: tuple[str, int, int]) -> FileRecord:
    """Load one file (path, size limit, size seen by the scan) and flatten it: the worker
    processes' task. One file never stops the build: a failure is that file's problem."""
    try:
        return _read_file(job)
    except Exception as error:  # last resort, as in the loader
        message = (
            f"internal error while indexing ({type(error).__name__}: "
            f"{escape_line(str(error))[:200]}); please report it with the file"
        )
        return (1, [("error", None, None, message)], [])


def _read_file(job: tuple[str, int, int]) -> FileRecord:
    from pressreader.format.loader import load_bytes, load_file

    name, max_bytes, size = job
    path = Path(name)
    if name.endswith("/"):
        # A folder the walk could not list (see `pressreader.library.files.Listing`).
        from pressreader.library.files import unreadable_folder

        return file_record(LoadResult(path, problems=[unreadable_folder(name[:-1] or name)]))
    if size > max_bytes or not os.path.isfile(path):
        # Too large, or not a regular file (opening a named pipe would wait for a writer):
        # the loader refuses it in its own words.
        return file_record(load_file(path, max_bytes=max_bytes))
    try:
        with open(path, "rb") as stream:
            data = stream.read(max_bytes + 1)
    except OSError:
        data = None
    if data is None or len(data) > max_bytes:
        # The loader reports unreadable and oversized files in its own words.
        return file_record(load_file(path, max_bytes=max_bytes))
    return file_record(load_bytes(data, path), cjk=might_hold_cjk(data), data=data)
