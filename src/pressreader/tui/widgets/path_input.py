"""A text field for a file's path, completing file and folder names as they are typed.

The completion is Textual's suggestion (shown dim after the cursor): Tab or Right takes it.
A folder's entries are read off the UI thread, at most `MAX_ENTRIES` of them, and never
below the folder itself, so a huge folder costs no more than a small one.
"""

from __future__ import annotations

import asyncio
import os
from time import monotonic
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.suggester import Suggester
from textual.widgets import Input

# How many entries of one folder are read for completing a name in it.
MAX_ENTRIES = 500
# How long a folder's listing is used before it is read again: long enough for the letters
# of one name, short enough that a file saved meanwhile (from another terminal) is offered.
LISTING_SECONDS = 2.0


def folder_names(
    folder: str, limit: int = MAX_ENTRIES, suffixes: tuple[str, ...] = ()
) -> list[str]:
    """The names in `folder` (a folder's with `/` after it), at most `limit` of them read,
    folders and files ending in one of `suffixes` (lower-case) first, then by name, without
    names that hold a character that is not printable; [] when it cannot be listed."""
    names: list[tuple[bool, str]] = []
    try:
        with os.scandir(folder or ".") as entries:
            for count, entry in enumerate(entries):
                if count >= limit:
                    break
                if not entry.name.isprintable():
                    # A name with a control character (an escape sequence, a newline) is never
                    # drawn: it could reach the terminal through the suggestion.
                    continue
                try:
                    is_folder = entry.is_dir()
                except OSError:
                    is_folder = False
                name = entry.name + ("/" if is_folder else "")
                wanted = is_folder or entry.name.lower().endswith(suffixes)
                names.append((not wanted, name))
    except (OSError, ValueError):
        return []
    return [name for _, name in sorted(names, key=lambda item: (item[0], item[1].casefold()))]


class PathSuggester(Suggester):
    """Suggests the rest of a file or folder name for the path typed (`~` understood; a
    relative path is relative to the folder pressreader started in). Hidden names only
    when the typed name starts with a dot. Files ending in one of `suffixes` are offered
    before other files."""

    def __init__(self, suffixes: tuple[str, ...] = ()) -> None:
        # Case-sensitive: a path's letters are kept as typed. Listings are cached by folder,
        # with the time they were read.
        super().__init__(use_cache=False, case_sensitive=True)
        self._listings: dict[str, tuple[float, list[str]]] = {}
        self.suffixes = tuple(suffix.lower() for suffix in suffixes)

    async def get_suggestion(self, value: str) -> str | None:
        if "\x00" in value:
            return None
        head, _, typed = value.rpartition("/")
        folder = os.path.expanduser(head + "/" if head or value.startswith("/") else "")
        now = monotonic()
        listed = self._listings.get(folder)
        if listed is not None and now - listed[0] < LISTING_SECONDS:
            names = listed[1]
        else:
            names = await asyncio.to_thread(folder_names, folder, MAX_ENTRIES, self.suffixes)
            if len(self._listings) > 64:
                self._listings.clear()
            self._listings[folder] = (now, names)
        for name in names:
            if name.startswith(typed) and name != typed:
                if name.startswith(".") and not typed.startswith("."):
                    continue
                return value + name[len(typed) :]
        return None


class PathInput(Input):
    """An Input for a path, with file and folder names completed: Tab or Right accepts.
    Files ending in one of `suffixes` (those the caller reads) are offered first."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "complete", "Complete the name", id="import.complete", show=False),
    ]

    def __init__(
        self, *, placeholder: str = "", id: str | None = None, suffixes: tuple[str, ...] = ()
    ) -> None:
        super().__init__(placeholder=placeholder, id=id, suggester=PathSuggester(suffixes))

    def action_complete(self) -> None:
        """Take the suggestion shown (the cursor goes to the end first)."""
        self.cursor_position = len(self.value)
        self.action_cursor_right()
