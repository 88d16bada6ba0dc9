"""The settings file, `config.toml` in the config folder: read within bounds, never raising.

The reader's settings (theme, text width, keymap) are parsed in `tui/config.py`; the part
every command needs, the library folder (`library = "PATH"`), is read here, so `index` and
`search` find the user's library without importing the terminal UI.

Reading never raises and never waits: a file that cannot be a settings file (not a regular
file, larger than MAX_CONFIG_BYTES, not UTF-8, nested too deeply to parse) gives a message
and no settings. Messages name the file, and the line (and column) when it is known:
`~/.config/pressreader/config.toml:3:9: Expected '=' after a key ...`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pressreader.limits import read_regular
from pressreader.paths import config_dir
from pressreader.text.positions import byte_position
from pressreader.text.sanitize import escape_line

# A settings file is a few hundred bytes; parsing 1 MB takes well under a second.
MAX_CONFIG_BYTES = 1024 * 1024
# tomllib's messages end with the place of the mistake.
_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)\Z")
_AT_END = re.compile(r"\s*\(at end of document\)\Z")


def config_path() -> Path:
    return config_dir() / "config.toml"


class Refused(Exception):
    """A file that is not read as settings, and why."""


def read_bounded(path: Path) -> str:
    """The file's text, read only when it is a regular file of at most MAX_CONFIG_BYTES.
    Opened without blocking (a FIFO swapped in after the check would wait for a writer)."""
    data = read_regular(path, MAX_CONFIG_BYTES)
    if data is None:
        raise Refused("not a regular file")
    if len(data) > MAX_CONFIG_BYTES:
        raise Refused(f"larger than {MAX_CONFIG_BYTES // 1024:,} KB: not read")
    return data.decode("utf-8")


def parse_toml(text: str, path: Path) -> tuple[dict[str, Any] | None, str | None]:
    """The settings as a table, or None and the message saying why they cannot be read."""
    import tomllib  # only when there is a settings file (2 ms of every start otherwise)

    where = escape_line(str(path))
    try:
        return tomllib.loads(text), None
    except RecursionError:
        return None, f"{where}: arrays or tables nested too deeply"
    except ValueError as error:  # TOMLDecodeError, or a number too long to convert
        message = str(error)
        at = _AT.search(message)
        if at is not None:
            message = message[: at.start()]
            where += f":{at.group(1)}:{at.group(2)}"
        elif _AT_END.search(message):
            message = _AT_END.sub("", message)
            where += f":{text.count(chr(10)) + 1}"
        return None, f"{where}: {escape_line(message)}"


@dataclass(slots=True)
class ConfigFile:
    """What the settings file holds: its table (empty when there is no file), its text, and
    the message that says why it could not be read (then `data` is empty)."""

    path: Path
    data: dict[str, Any] = field(default_factory=dict)
    text: str = ""
    error: str | None = None


_last: list[tuple[Path, str, ConfigFile]] = []


def read_config(path: Path | None = None) -> ConfigFile:
    """Read and parse the settings file; a missing file gives an empty table. A file read
    again unchanged (the library's folder, then the reader's settings) is parsed once."""
    path = path or config_path()
    try:
        text = read_bounded(path)
    except FileNotFoundError:
        return ConfigFile(path)
    except UnicodeDecodeError as error:
        return ConfigFile(path, error=f"{escape_line(str(path))}:{_not_utf8(error)}")
    except (Refused, OSError) as error:
        return ConfigFile(path, error=f"{escape_line(str(path))}: {escape_line(str(error))}")
    if _last and _last[0][0] == path and _last[0][1] == text:
        return _last[0][2]
    data, problem = parse_toml(text, path)
    config = ConfigFile(path, data or {}, text, problem)
    _last[:] = [(path, text, config)]
    return config


def _not_utf8(error: UnicodeDecodeError) -> str:
    """`LINE:COLUMN: …` of the first byte that is not UTF-8, as other mistakes are said."""
    line, column = byte_position(error.object, error.start)
    byte = error.object[error.start]
    fault = f"the file is not UTF-8 (byte 0x{byte:02x})"
    return f"{line}:{column}: {fault}; save it as UTF-8 (it is not used)"


def key_line(text: str, key: str, table: str | None = None) -> int | None:
    """The 1-based line where `key = ...` stands, at the top level or in `[table]`, for
    messages; None if not found (a key written in a way this simple scan does not
    recognise)."""
    place = key_place(text, key, table)
    return None if place is None else place[0]


def key_place(text: str, key: str, table: str | None = None) -> tuple[int, int] | None:
    """The 1-based line and column (in characters) where `key = ...` begins, as `key_line`
    finds it."""
    pattern = re.compile(rf"""\s*(?:{re.escape(key)}|"{re.escape(key)}"|'{re.escape(key)}')\s*=""")
    inside = table is None
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith("["):
            if inside:
                return None  # the next table begins: the keys sought are above it
            inside = line.split("#", 1)[0].strip() == f"[{table}]"
            continue
        if inside and pattern.match(line):
            return number, len(line) - len(line.lstrip()) + 1
    return None


@dataclass(slots=True)
class LibrarySetting:
    """The `library` setting: the folder (`~` expanded; a relative path is relative to the
    folder of config.toml), where it was set, or the message saying why it is not used."""

    path: Path | None = None
    origin: str = ""  # `library` in /home/me/.config/pressreader/config.toml:3
    error: str | None = None


def library_setting(config: ConfigFile) -> LibrarySetting:
    """The library folder config.toml sets, if any (the file itself may be unreadable:
    then its message is this setting's error too, as the folder it names is unknown)."""
    if config.error is not None:
        return LibrarySetting(error=config.error)
    if "library" not in config.data:
        return LibrarySetting()
    value = config.data["library"]
    line = key_line(config.text, "library")
    where = escape_line(str(config.path)) + (f":{line}" if line is not None else "")
    if not isinstance(value, str) or not value.strip() or "\x00" in value:
        return LibrarySetting(
            error=f"{where}: library must be the path of a folder, in quotes "
            '(library = "~/news"); the setting is not used'
        )
    folder = Path(os.path.expanduser(value))
    if not folder.is_absolute():
        folder = config.path.parent / folder
    return LibrarySetting(folder, f"`library` in {where}")
