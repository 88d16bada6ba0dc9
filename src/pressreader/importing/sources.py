"""Reading a source to import: which kind it is, and its text.

A source's kind comes from its suffix (`.txt`, `.text` plain text; `.md`, `.markdown`
Markdown; `.html`, `.htm`, `.xhtml` HTML), else from `--from`; a file of another suffix that
begins like a web page (`<!DOCTYPE html`, `<html`) is HTML. What is not text is refused with a
clear message before it is decoded: PDF, Word, OpenDocument, images and archives, told by
their suffix or by their first bytes. Text is UTF-8 (a byte order mark is fine); UTF-16 and
UTF-32 (told by their byte order mark) are refused; another encoding is detected with
charset-normalizer among the encodings news text is commonly saved in, and a text whose
encoding cannot be told with confidence is refused, naming the line and column of the first
byte that is not UTF-8. A web page's own `charset` declaration is followed first.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from pressreader.text.positions import byte_position

TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown"}
HTML_SUFFIXES = {".html": "html", ".htm": "html", ".xhtml": "html"}
SOURCE_SUFFIXES = {**TEXT_SUFFIXES, **HTML_SUFFIXES}
ARTICLE_SUFFIXES = (".yaml", ".yml")
NOT_SUPPORTED = {
    ".pdf": "a PDF file",
    ".doc": "a Word file",
    ".docx": "a Word file",
    ".odt": "an OpenDocument file",
    ".rtf": "an RTF file",
    ".epub": "an EPUB book",
    ".png": "an image",
    ".jpg": "an image",
    ".jpeg": "an image",
    ".gif": "an image",
    ".webp": "an image",
    ".tif": "an image",
    ".tiff": "an image",
    ".zip": "an archive",
    ".gz": "an archive",
}
MAGIC = (
    (b"%PDF-", "a PDF file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Word (or other Office) file"),
    (b"PK\x03\x04", "a Word, OpenDocument or ZIP file"),
    (b"{\\rtf", "an RTF file"),
    (b"\x89PNG\r\n\x1a\n", "an image (PNG)"),
    (b"\xff\xd8\xff", "an image (JPEG)"),
    (b"GIF87a", "an image (GIF)"),
    (b"GIF89a", "an image (GIF)"),
    (b"II*\x00", "an image (TIFF)"),
    (b"MM\x00*", "an image (TIFF)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
)
WIDE = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


class SourceError(Exception):
    """A source that cannot be imported; the message says why, for a person. `warnings` are
    the lines said about the source before it was refused (escaped, one line each)."""

    warnings: tuple[str, ...] = ()


def kind_of(name: str, given: str | None) -> str:
    """`text`, `markdown` or `html` for a source named `name` (`-` for standard input);
    `given` is `--from`. SourceError for what is not text."""
    suffix = Path(name).suffix.lower() if name != "-" else ""
    if suffix in ARTICLE_SUFFIXES:
        # Read as text it became an article of YAML lines (`format: 1`, `sections:`...).
        raise SourceError(
            "a .yaml file is an article already, not a source: copy it into the library "
            "(`pressreader check FILE` checks it)"
        )
    if suffix in NOT_SUPPORTED:
        raise SourceError(
            f"{NOT_SUPPORTED[suffix]} is not supported; expected text, Markdown or HTML"
        )
    if given is not None:
        return given
    if suffix in SOURCE_SUFFIXES:
        return SOURCE_SUFFIXES[suffix]
    if name == "-":
        raise SourceError(
            "give --from text, --from markdown or --from html to say what standard input holds"
        )
    return "text"


def sniff(data: bytes) -> None:
    """SourceError when `data` begins like a binary format."""
    for magic, what in MAGIC:
        if data.startswith(magic):
            raise SourceError(f"{what} is not supported; expected text, Markdown or HTML")


def looks_like_html(data: bytes) -> bool:
    """Whether `data` begins like a web page (`<!DOCTYPE html`, `<html`)."""
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


# The encodings a text that is not UTF-8 may be read as: those news text is commonly saved
# in (Windows and ISO code pages of Western and Central Europe, Cyrillic, Greek, Turkish,
# Hebrew, Arabic, Baltic, Thai; the Chinese, Japanese and Korean ones). Rarer code pages
# (DOS, EBCDIC, Mac) are left out: charset-normalizer would pick them for some Windows
# texts, and a wrong encoding gives text that looks read but is not.
COMMON_ENCODINGS = (
    "cp1252",
    "iso8859_15",
    "cp1250",
    "iso8859_2",
    "cp1251",
    "koi8_r",
    "iso8859_5",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "cp874",
    "gb18030",
    "big5",
    "cp932",
    "euc_jp",
    "iso2022_jp",
    "cp949",
    "euc_kr",
)
# Below this coherence (charset-normalizer's measure of how much the text reads as a known
# language), an encoding is taken only when every candidate reads the bytes the same.
_COHERENT = 0.05


def detect(data: bytes) -> tuple[str, str] | None:
    """The text of `data` (not UTF-8) and the encoding it was read as, detected among
    COMMON_ENCODINGS; None when no encoding fits or the candidates disagree and none reads
    as a language (a short text, most often)."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data, cp_isolation=list(COMMON_ENCODINGS))
    best = matches.best()
    if best is None:
        return None
    text = str(best)
    if best.coherence < _COHERENT and any(str(other) != text for other in matches):
        return None
    return text, best.encoding


def decode(data: bytes) -> tuple[str, str | None]:
    """The text of a source and, when it is not UTF-8, the encoding it was detected to be
    (None for UTF-8; a byte order mark is allowed). SourceError when it is not text or its
    encoding cannot be told."""
    for mark, name in WIDE:
        if data.startswith(mark):
            raise SourceError(f"the text is {name}; convert it to UTF-8 (e.g. with iconv)")
    if b"\x00" in data[:4096]:
        # "zero bytes" read as "an empty file": the byte is named.
        raise SourceError(
            "the file holds NUL bytes (0x00): it is not text "
            "(or it is UTF-16/32 without a byte order mark)"
        )
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        found = detect(data)
        if found is not None:
            return found
        line, column = byte_position(data, error.start)  # in characters, as the loader's
        raise SourceError(
            f"{line}:{column}: the text is not UTF-8 (byte 0x{data[error.start]:02x}) and its "
            "encoding cannot be told; convert it to UTF-8 from its own encoding (e.g. "
            "iconv -f CP1252 -t UTF-8 for Western European text, -f GBK for Chinese)"
        ) from None


_CHARSET = rb"<meta[^>]{0,500}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})"  # (for a page only)


def decode_html(data: bytes) -> tuple[str, str | None]:
    """The text of a web page: as its `charset` declaration (in its first 4 KB) says when
    that is not UTF-8, else as `decode`. SourceError when the page is not in the encoding it
    declares."""
    import codecs

    declared = re.search(_CHARSET, data[:4096], re.I)
    if declared is not None and not data.startswith(b"\xef\xbb\xbf"):
        name = declared.group(1).decode("ascii").lower()
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            codec = "utf-8"
        if codec not in ("utf-8", "utf-16", "utf-32", "ascii") and not codec.startswith("utf"):
            if codec == "iso8859-1":
                codec = "cp1252"  # what browsers read a page declared Latin-1 as
            try:
                return data.decode(codec), None
            except UnicodeDecodeError as error:
                raise SourceError(
                    f"the page says it is {name} but byte {error.start:,} is not; convert it "
                    "to UTF-8 (e.g. with iconv)"
                ) from None
    return decode(data)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of a source file, at most `max_bytes`; never opens what is not a regular file."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise SourceError("is a folder")
        if not stat.S_ISREG(info.st_mode):
            raise SourceError("is not a regular file (a pipe, a device or a socket)")
        if info.st_size > max_bytes:
            raise SourceError(f"the file is {info.st_size:,} bytes, larger than {max_bytes:,}")
        with open(path, "rb") as stream:
            data = stream.read(max_bytes + 1)
    except OSError as error:
        raise SourceError(f"cannot read the file: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise SourceError(f"the file is larger than {max_bytes:,} bytes")
    return data


def folder_sources(folder: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The sources in a folder, recursively, sorted: files whose suffix is one import reads
    (`.txt`, `.text`, `.md`, `.markdown`, `.html`, `.htm`, `.xhtml`, any letter case), hidden
    names skipped, links to
    folders not followed; and the folders that could not be read, with why."""
    found: list[Path] = []
    failed: list[tuple[Path, str]] = []
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            entries = sorted(os.scandir(current), key=lambda entry: entry.name)
        except OSError as error:
            failed.append((current, f"cannot read the folder: {error.strerror or error}"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(Path(entry.path))
                    continue
            except OSError:
                continue
            if Path(entry.name).suffix.lower() in SOURCE_SUFFIXES:
                found.append(Path(entry.path))
    return sorted(found), failed
