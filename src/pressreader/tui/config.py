"""The user's settings file, `config.toml` in the config folder.

```toml
theme = "textual-dark"
text_width = 88

[keymap]
"article.next-section" = "right_square_bracket,ctrl+n"
```

Reading it never raises: every mistake becomes a message the app shows as a notification.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pressreader.paths import config_dir
from pressreader.text.sanitize import escape_line

DEFAULT_TEXT_WIDTH = 88
MIN_TEXT_WIDTH = 20
MAX_TEXT_WIDTH = 400
KNOWN_KEYS = ("theme", "text_width", "keymap")


@dataclass(slots=True)
class Config:
    theme: str | None = None
    text_width: int = DEFAULT_TEXT_WIDTH
    keymap: dict[str, str] = field(default_factory=dict)
    path: Path | None = None
    errors: list[str] = field(default_factory=list)


def config_path() -> Path:
    return config_dir() / "config.toml"


def parse_config(text: str, path: Path) -> Config:
    """Parse the settings; a bad value is skipped with a message, the rest still applies."""
    import tomllib  # only when there is a settings file (2 ms of every start otherwise)

    config = Config(path=path)
    where = escape_line(str(path))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        config.errors.append(f"{where}: {escape_line(str(error))}")
        return config
    for key in data:
        if key not in KNOWN_KEYS:
            config.errors.append(f"{where}: unknown setting {escape_line(key)!r}")
    theme = data.get("theme")
    if theme is not None:
        if isinstance(theme, str) and theme:
            config.theme = theme
        else:
            config.errors.append(f"{where}: theme must be a theme name (a string)")
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
                f"{where}: text_width must be a whole number from {MIN_TEXT_WIDTH} "
                f"to {MAX_TEXT_WIDTH}"
            )
    keymap = data.get("keymap")
    if keymap is not None:
        if isinstance(keymap, dict):
            _parse_keymap(keymap, config, where)
        else:
            config.errors.append(f"{where}: [keymap] must be a table of binding id = keys")
    return config


def _parse_keymap(keymap: dict[str, object], config: Config, where: str) -> None:
    """Each binding id = keys the reader knows; a mistake leaves that binding's default keys."""
    from pressreader.tui.keymap import binding_id, is_key

    for name, keys in keymap.items():
        shown = escape_line(name)
        if isinstance(keys, str) and keys.strip():
            listed = keys.split(",")
        elif isinstance(keys, list) and keys and all(isinstance(k, str) for k in keys):
            listed = list(keys)
        else:
            config.errors.append(
                f"{where}: keymap.{shown} must be a key or a comma-separated list of keys"
            )
            continue
        ident = binding_id(name)
        if ident is None:
            config.errors.append(
                f"{where}: keymap: unknown binding id {shown!r} (the help, ? or F1, shows them)"
            )
            continue
        if ident != name and ident in keymap:
            continue  # the current spelling, also given, wins over the old one
        listed = [key.strip() for key in listed]
        bad = [key for key in listed if not is_key(key)]
        if bad:
            config.errors.append(
                f"{where}: keymap.{shown}: {escape_line(bad[0])!r} is not a key name "
                "(the default keys stay)"
            )
            continue
        config.keymap[ident] = ",".join(listed)


def load_config(path: Path | None = None) -> Config:
    """Read the settings file; a missing file gives the defaults."""
    path = path or config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Config(path=path)
    except (OSError, UnicodeDecodeError) as error:
        return Config(path=path, errors=[f"{escape_line(str(path))}: {escape_line(str(error))}"])
    return parse_config(text, path)
