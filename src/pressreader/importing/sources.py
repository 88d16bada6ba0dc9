"""Reading a source to import: which kind it is, and its text.

A source's kind comes from its suffix (`.txt`, `.text` plain text; `.md`, `.markdown`
Markdown), else from `--from`. What is not text is refused with a clear message before it is
decoded: HTML (not supported yet), and PDF, Word, OpenDocument, images and archives, told by
their suffix or by their first bytes. Text is UTF-8 (a byte order mark is fine); UTF-16 and
UTF-32 (told by their byte order mark) and any other encoding are refused, naming the line and
column of the first byte that is not UTF-8.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown"}
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
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
    """`text` or `markdown` for a source named `name` (`-` for standard input); `given` is
    `--from`. SourceError for HTML and for what is not text."""
    suffix = Path(name).suffix.lower() if name != "-" else ""
    if suffix in HTML_SUFFIXES or given == "html":
        raise SourceError("HTML import is not supported yet; save the page as text or Markdown")
    if suffix in NOT_SUPPORTED:
        raise SourceError(f"{NOT_SUPPORTED[suffix]} is not supported; expected text or Markdown")
    if given is not None:
        return given
    if suffix in TEXT_SUFFIXES:
        return TEXT_SUFFIXES[suffix]
    if name == "-":
        raise SourceError("give --from text or --from markdown to say what standard input holds")
    return "text"


def sniff(data: bytes) -> None:
    """SourceError when `data` begins like a binary format or HTML."""
    for magic, what in MAGIC:
        if data.startswith(magic):
            raise SourceError(f"{what} is not supported; expected text or Markdown")
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        raise SourceError("HTML import is not supported yet; save the page as text or Markdown")


def decode(data: bytes) -> str:
    """The text of a source: UTF-8, a byte order mark allowed. SourceError otherwise."""
    for mark, name in WIDE:
        if data.startswith(mark):
            raise SourceError(f"the text is {name}; convert it to UTF-8 (e.g. with iconv)")
    if b"\x00" in data[:4096]:
        raise SourceError("the file holds zero bytes: it is not text (or it is UTF-16/32)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise SourceError(
            f"{line}:{column}: the text is not UTF-8 (byte 0x{data[error.start]:02x}); "
            "convert it to UTF-8 (e.g. with iconv -f LATIN1 -t UTF-8)"
        ) from None


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
    (`.txt`, `.text`, `.md`, `.markdown`, any letter case), hidden names skipped, links to
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
            if Path(entry.name).suffix.lower() in TEXT_SUFFIXES:
                found.append(Path(entry.path))
    return sorted(found), failed
