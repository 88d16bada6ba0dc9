"""Where an imported article came from: the hash that tells a source imported twice.

An imported article records its source in the `imported` mapping (FORMAT.md, "Imported
articles"). Its `sha256` is the hash of the source's *text*, not of its bytes, so the same
article saved with a byte order mark, with CRLF line endings or in another encoding is still
the same source: the text as decoded, without a byte order mark, with every CRLF and lone CR
made LF, encoded as UTF-8.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator
from pathlib import Path

from pressreader.limits import DEFAULT_MAX_BYTES, read_regular
from pressreader.model import Article


def normalise_source(text: str) -> str:
    """The source text as it is hashed: no byte order mark, LF line endings."""
    text = text.removeprefix("\ufeff")
    if "\r" not in text:  # (a quick search for one character; most texts have LF endings)
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def source_sha256(text: str) -> str:
    """The `imported.sha256` of a source whose decoded text is `text` (64 lower-case hex
    digits)."""
    import hashlib  # (on first use: a long text is hashed by the import's read-ahead child)

    data = normalise_source(text).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()


def utf8_source_sha256(data: bytes) -> str | None:
    """`source_sha256` of the text that UTF-8 `data` decodes to, from the bytes themselves
    when normalising would leave them as they are (no byte order mark, no CR: the text's
    UTF-8 is `data`), without encoding the text again; None when it would not."""
    if b"\r" in data or data.startswith(codecs.BOM_UTF8):
        return None
    import hashlib  # (on first use: a long text is hashed by the import's read-ahead child)

    return hashlib.sha256(data).hexdigest()


def unreviewed(article: Article) -> tuple[int, int]:
    """How many of the article's quotes and statistics are not reviewed yet."""
    return (
        sum(1 for quote in article.quotes if not quote.reviewed),
        sum(1 for statistic in article.statistics if not statistic.reviewed),
    )


def regular_files(files: Iterable[Path], max_bytes: int) -> Iterator[tuple[Path, bytes]]:
    """Each of `files` with its bytes, when it is a regular file of at most `max_bytes` that
    can be read; the others are skipped. What is not a regular file is never opened."""
    for path in files:
        try:
            data = read_regular(path, max_bytes)
        except (OSError, ValueError):
            continue
        if data is not None and len(data) <= max_bytes:
            yield path, data


def imported_copies(
    files: Iterable[Path], sha256: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[tuple[Path, Article]]:
    """The articles among `files` imported from a source whose text hashes to `sha256`:
    the question an import asks before writing (a second import of one source is refused
    without --force). Each file is searched for the hash's digits first, without parsing,
    and only a file that holds them is loaded. What is not a regular file is never opened;
    a file that cannot be read, or is larger than `max_bytes`, is skipped."""
    import re

    from pressreader.format.loader import load_file

    wanted = sha256.lower()
    digits = re.compile(re.escape(wanted.encode("ascii")), re.IGNORECASE)
    found: list[tuple[Path, Article]] = []
    for path, data in regular_files(files, max_bytes):
        if digits.search(data) is None:
            continue
        for article in load_file(path, max_bytes=max_bytes).articles:
            if article.imported is not None and article.imported.sha256 == wanted:
                found.append((path, article))
    return found
