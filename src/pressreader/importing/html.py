"""A saved web page made into a draft article, with trafilatura (the optional `html` extra).

trafilatura finds the article in the page (leaving out navigation, scripts, comments and
other boilerplate) and its metadata: title, authors, date, site name (the outlet) and
canonical address. Its headings start sections; its paragraphs, list items and block quotes
are paragraphs. The language is the page's `lang` (or its Content-Language); the byline,
date and debris rules of plain text then apply to the first and last paragraphs, as for
Markdown. trafilatura (which imports lxml) is imported only when a page is imported, so no
other command pays for it, and its log messages never reach the terminal.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import TYPE_CHECKING, Any

from pressreader.importing.parse import Block, Draft, assemble, clean
from pressreader.importing.sources import SourceError

if TYPE_CHECKING:
    from types import ModuleType

INSTALL = "HTML import needs the html extra: pip install 'pressreader[html]'"
# Elements of trafilatura's output whose text is one paragraph each.
_PARAGRAPHS = {"p", "item", "code", "quote", "cell"}
_CONTAINERS = {"list", "div", "table", "row"}
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3}\Z")
_WINDOW = 100_000  # how far on in the source a block's words are looked for
_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")


def extractor() -> ModuleType:
    """The trafilatura module, imported on first use. SourceError saying how to install it
    when it (or one of its parts) is missing."""
    try:
        import trafilatura
    except ImportError as error:
        missing = f" ({error.name} is missing)" if error.name else ""
        raise SourceError(f"{INSTALL}{missing}") from None
    for name in _LOGGERS:
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
        logger.propagate = False
    return trafilatura


def _text(element: Any) -> str:
    """The text of an element of trafilatura's output, a line break (`lb`) as a space."""
    for node in element.iter("lb"):
        node.text = " "
    return clean(" ".join("".join(element.itertext()).split()))


def _blocks(body: Any, source: str) -> list[Block]:
    """The headings and paragraphs of trafilatura's output, in order; each block's line is
    where its first words stand in the source (else the line of the one before)."""
    blocks: list[Block] = []
    position, line = 0, 1
    pending = list(reversed(list(body)))
    while pending:
        element = pending.pop()
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _CONTAINERS or (tag == "quote" and len(element) and element[0].tag == "p"):
            lead = clean(" ".join((element.text or "").split()))
            if lead and tag != "table":
                blocks.append(Block([lead], line))
            pending.extend(reversed(list(element)))
            continue
        if tag not in _PARAGRAPHS and tag != "head":
            continue
        text = _text(element)
        if not text:
            continue
        found = source.find(text[:24], position, position + _WINDOW)
        if found >= 0:
            line += source.count("\n", position, found)
            position = found
        blocks.append(Block([text], line, heading=tag == "head"))
    return blocks


def page_language(tree: Any) -> str | None:
    """The page's language: `<html lang>` (or `xml:lang`), else a Content-Language meta
    element; the first tag of a list; None when it is not a language tag."""
    candidates = [
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
    ]
    for meta in tree.iterfind(".//meta[@http-equiv]"):
        if str(meta.get("http-equiv", "")).lower() == "content-language":
            candidates.append(meta.get("content"))
    for candidate in candidates:
        if not isinstance(candidate, str):
            continue
        tag = candidate.split(",")[0].strip().replace("_", "-")
        if _LANGUAGE.match(tag):
            return tag
    return None


# libxml2's HTML parser stops at this depth of elements and leaves out what lies deeper.
PARSER_DEPTH = 256


def _depth(tree: Any) -> int:
    """The deepest element's depth in `tree` (the root is 1), without recursion."""
    deepest = 0
    stack = [(tree, 1)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest


def _nothing_found(tree: Any) -> str:
    """Why a page gave no article: when its elements reach the parser's depth, that is why."""
    if _depth(tree) >= PARSER_DEPTH:
        return (
            "no article text found in the page: its elements nest deeper than the "
            f"{PARSER_DEPTH - 1} levels the HTML parser reads"
        )
    return "no article text found in the page"


def parse_html(text: str, max_bytes: int, today: dt.date) -> Draft:
    """A web page's article. SourceError when trafilatura is not installed or finds no
    article in the page."""
    trafilatura = extractor()
    from trafilatura.settings import use_config
    from trafilatura.utils import load_html

    config = use_config()
    config.set("DEFAULT", "MAX_FILE_SIZE", str(max_bytes))
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    tree = load_html(text, max_bytes)
    if tree is None:
        raise SourceError("the page could not be read as HTML")
    language = page_language(tree)
    document = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_formatting=False,
        include_links=False,
        deduplicate=False,
        config=config,
        # Dates from the page's metadata, its <time> elements and its address only: a date
        # guessed from the running text is too often another day's.
        date_extraction_params={
            "original_date": True,
            "extensive_search": False,
            "max_date": today.isoformat(),
        },
    )
    if document is None or document.body is None:
        raise SourceError(_nothing_found(tree))
    draft = Draft()
    blocks = _blocks(document.body, text)
    draft.title = clean(document.title or "")
    if not draft.title and blocks and blocks[0].heading:
        draft.title = blocks.pop(0).text
    while blocks and blocks[0].heading and blocks[0].text.casefold() == draft.title.casefold():
        blocks.pop(0)  # the title repeated as the first heading
    draft.authors = [clean(name) for name in (document.author or "").split(";") if clean(name)]
    for key, value in (
        ("outlet", document.sitename),
        ("url", document.url),
        ("published", document.date),
        ("language", language),
    ):
        if isinstance(value, str) and clean(value):
            draft.metadata[key] = clean(value)
            draft.notes.append(f"{key}: {clean(value)}")
    if draft.authors:
        draft.notes.append(f"authors: {', '.join(draft.authors)}")
    if not draft.title and not blocks:
        raise SourceError(_nothing_found(tree))
    assemble(draft, blocks)
    return draft
