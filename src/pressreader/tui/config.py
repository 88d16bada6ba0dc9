"""The user's settings file, `config.toml` in the config folder.

```toml
theme = "textual-dark"
text_width = 88
library = "~/news"       # read by every command: see pressreader.settings

[keymap]
"article.next-section" = "right_square_bracket,ctrl+n"
```

Reading it never raises and never waits: every mistake becomes a message the app shows as
a notification, and a file that cannot be a settings file (not a regular file, larger than
MAX_CONFIG_BYTES, nested too deeply to parse) is reported and the defaults used. The report is
bounded: unknown settings in one message, at most MAX_REPORTED messages in all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pressreader.settings import (
    MAX_CONFIG_BYTES,
    ConfigFile,
    config_path,
    key_line,
    key_place,
    library_setting,
    parse_toml,
    read_config,
)
from pressreader.text.sanitize import escape_line
from pressreader.tui.keymap import binding_id

__all__ = ["MAX_CONFIG_BYTES", "Config", "config_path", "load_config", "parse_config"]

DEFAULT_TEXT_WIDTH = 88
MIN_TEXT_WIDTH = 20
MAX_TEXT_WIDTH = 400
KNOWN_KEYS = ("theme", "text_width", "keymap", "library")
# Messages shown at the start, each a notification; the rest are counted.
MAX_REPORTED = 5
# Unknown settings named in their message; the rest are counted.
UNKNOWN_NAMED = 3


@dataclass(slots=True)
class Config:
    theme: str | None = None
    text_width: int = DEFAULT_TEXT_WIDTH
    keymap: dict[str, str] = field(default_factory=dict)
    path: Path | None = None
    errors: list[str] = field(default_factory=list)
    theme_at: str = ""  # `path:line` of the theme setting, for the app's message about it
    # `path:line:column` of each binding id's entry in [keymap], for the messages about it.
    keymap_at: dict[str, str] = field(default_factory=dict)


def parse_config(text: str, path: Path) -> Config:
    """Parse the settings; a bad value is skipped with a message, the rest still applies."""
    data, error = parse_toml(text, path)
    return _settings(ConfigFile(path, data or {}, text, error))


def _settings(file: ConfigFile) -> Config:
    config = Config(path=file.path)
    if file.error is not None:
        config.errors.append(file.error)
        return config
    data = file.data
    where = escape_line(str(file.path))

    def at(key: str, table: str | None = None) -> str:
        # `path:line`, as every message about a file says where.
        line = key_line(file.text, key, table)
        return where if line is None else f"{where}:{line}"

    unknown = [key for key in data if key not in KNOWN_KEYS]
    if unknown:
        named = ", ".join(f"'{escape_line(key[:80])}'" for key in unknown[:UNKNOWN_NAMED])
        more = len(unknown) - UNKNOWN_NAMED
        config.errors.append(
            f"{at(unknown[0])}: unknown setting{'s' if len(unknown) > 1 else ''} {named}"
            + (f" and {more:,} more" if more > 0 else "")
        )
    theme = data.get("theme")
    if theme is not None:
        config.theme_at = at("theme")
        if isinstance(theme, str) and theme:
            config.theme = theme
        else:
            config.errors.append(f"{config.theme_at}: theme must be a theme name (a string)")
    width = data.get("text_width")
    if width is not None:
        if (
            isinstance(width, int)
            and not isinstance(width, bool)
            and (MIN_TEXT_WIDTH <= width <= MAX_TEXT_WIDTH)
        ):
            config.text_width = width
        else:
            config.errors.append(
                f"{at('text_width')}: text_width must be a whole number from {MIN_TEXT_WIDTH} "
                f"to {MAX_TEXT_WIDTH}"
            )
    library = library_setting(file)  # used by the commands; its mistakes are shown here too
    if library.error is not None:
        config.errors.append(library.error)
    keymap = data.get("keymap")
    if keymap is not None:
        if isinstance(keymap, dict):

            def place(name: str) -> str:
                found = key_place(file.text, name, "keymap")
                return where if found is None else f"{where}:{found[0]}:{found[1]}"

            _parse_keymap(keymap, config, lambda name: at(name, "keymap"))
            for name in keymap:
                ident = binding_id(name)
                if ident is not None and ident in config.keymap and ident not in config.keymap_at:
                    config.keymap_at[ident] = place(ident if ident in keymap else name)
        else:
            config.errors.append(f"{at('keymap')}: [keymap] must be a table of binding id = keys")
    if len(config.errors) > MAX_REPORTED:
        more = len(config.errors) - MAX_REPORTED
        del config.errors[MAX_REPORTED:]
        config.errors.append(f"{where}: … and {more:,} more mistake{'s' if more > 1 else ''}")
    return config


def _parse_keymap(keymap: dict[str, object], config: Config, at: Callable[[str], str]) -> None:
    """Each binding id = keys the reader knows; a mistake leaves that binding's default keys.
    `at(name)` is where the entry stands (`path:line`), for its message."""
    from textual.keys import key_to_character

    from pressreader.tui.keymap import binding_id, is_key

    unknown: list[tuple[int, str]] = []  # (index in config.errors, where and id shown)
    for name, keys in keymap.items():
        shown = escape_line(name)
        if isinstance(keys, str) and keys.strip():
            listed = keys.split(",")
        elif isinstance(keys, list) and keys and all(isinstance(k, str) for k in keys):
            listed = list(keys)
        else:
            config.errors.append(
                f"{at(name)}: keymap.{shown} must be a key or a comma-separated list of keys"
            )
            continue
        ident = binding_id(name)
        if ident is None:
            unknown.append(
                (len(config.errors), f"{at(name)}: keymap: unknown binding id '{shown}'")
            )
            config.errors.append("")
            continue
        if ident != name and ident in keymap:
            continue  # the current spelling, also given, wins over the old one
        listed = [key.strip() for key in listed]
        bad = [key for key in listed if not is_key(key)]
        if bad:
            config.errors.append(
                f"{at(name)}: keymap.{shown}: '{escape_line(bad[0])}' is not a key name "
                "(the default keys stay)"
            )
            continue
        config.keymap[ident] = ",".join(listed)
    # The help is named by the keys that open it in this keymap: `?` does not when remapped.
    remapped = config.keymap.get("app.help")
    keys = [key_to_character(k) or k for k in remapped.split(",")] if remapped else ["?", "F1"]
    opens = " or ".join(escape_line(k) for k in keys)
    for index, message in unknown:
        config.errors[index] = f"{message} (the help, {opens}, shows them)"


def load_config(path: Path | None = None) -> Config:
    """Read the settings file; a missing file gives the defaults."""
    return _settings(read_config(path or config_path()))
