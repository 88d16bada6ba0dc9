"""Where an imported article came from: the hash that tells a source imported twice.

An imported article records its source in the `imported` mapping (FORMAT.md, "Imported
articles"). Its `sha256` is the hash of the source's *text*, not of its bytes, so the same
article saved with a byte order mark, with CRLF line endings or in another encoding is still
the same source: the text as decoded, without a byte order mark, with every CRLF and lone CR
made LF, encoded as UTF-8.
"""

from __future__ import annotations

import hashlib

from pressreader.model import Article


def normalise_source(text: str) -> str:
    """The source text as it is hashed: no byte order mark, LF line endings."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def source_sha256(text: str) -> str:
    """The `imported.sha256` of a source whose decoded text is `text` (64 lower-case hex
    digits)."""
    data = normalise_source(text).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()


def unreviewed(article: Article) -> tuple[int, int]:
    """How many of the article's quotes and statistics are not reviewed yet."""
    return (
        sum(1 for quote in article.quotes if not quote.reviewed),
        sum(1 for statistic in article.statistics if not statistic.reviewed),
    )
