"""The user's settings file, `config.toml` in the config folder.

```toml
theme = "textual-dark"
text_width = 88

[keymap]
"article.next_section" = "right_square_bracket,ctrl+n"
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
            for binding_id, keys in keymap.items():
                if isinstance(keys, str) and keys.strip():
                    config.keymap[binding_id] = keys
                elif isinstance(keys, list) and keys and all(isinstance(k, str) for k in keys):
                    config.keymap[binding_id] = ",".join(keys)
                else:
                    config.errors.append(
                        f"{where}: keymap.{escape_line(binding_id)} must be a key or a "
                        "comma-separated list of keys"
                    )
        else:
            config.errors.append(f"{where}: [keymap] must be a table of binding id = keys")
    return config


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
