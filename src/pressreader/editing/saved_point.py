"""How far the text being edited stands from the file's saved version, in undoable steps.

Undo and redo walk one line of steps; a change made after an undo replaces the steps undone.
The saved version is a point of that history: on the current line (`fork` steps from the
start), or on a line since replaced (`beyond` steps past `fork`). The distance from the text
to it, counted as editors count unsaved changes, is then the steps between the two along
the history: undoing past a save makes more changes to save, not fewer.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class SavedPoint:
    """The saved version's place in an undo history (see the module)."""

    depth: int = 0  # the steps applied now (the undo list's length)
    fork: int = 0  # where the saved version's line meets the current one (below 0: forgotten)
    beyond: int = 0  # steps from `fork` to the saved version, on a line since replaced

    @property
    def distance(self) -> int:
        """Steps between the text and the saved version."""
        return abs(self.depth - self.fork) + self.beyond

    @property
    def on_line(self) -> bool:
        """Whether the saved version is on the current line, at or before the text: the
        steps since it are then the undo list's last `distance` ones."""
        return self.beyond == 0 and 0 <= self.fork <= self.depth

    def applied(self) -> None:
        """A new step: the steps undone past the saved version leave the line."""
        if self.fork > self.depth:
            self.beyond += self.fork - self.depth
            self.fork = self.depth
        self.depth += 1

    def undone(self) -> None:
        self.depth -= 1

    def redone(self) -> None:
        self.depth += 1

    def forgot(self) -> None:
        """The oldest step left the history (bounded): every place moves one down."""
        self.depth -= 1
        self.fork -= 1

    def saved(self) -> None:
        self.fork = self.depth
        self.beyond = 0

    def reset(self, depth: int = 0) -> None:
        """The file read again, then `depth` steps applied to it."""
        self.depth = depth
        self.fork = 0
        self.beyond = 0
