"""One article file being edited: its text, what loading it gives, undo and redo, saving.

A plain object the reader holds while a person reviews and annotates an article (no
Textual here). Each change is applied to the text (`editing.apply`), loaded again and
checked against the problems the text had; a change that would add one is refused and the
text stays as it was. A step is one or more changes that undo as one (a new speaker and the
quote that names them); a step refused part-way leaves the text, undo and redo as they were.
Undo and redo keep whole texts (a change touches a few lines, and a long article's text is
a few megabytes), bounded to `HISTORY` steps; the unsaved count is counted in steps too.
Saving writes the text with `editing.save` only over the version that was loaded; when
another program changed the file meanwhile, `reload` reads it again and applies the
session's unsaved steps to it once more, each annotation found again by what it is (its
kind, words and speaker or label), not by its line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from yaml.nodes import Node

from pressreader.editing.apply import apply_checked, load
from pressreader.editing.errors import EditError, EditRefused
from pressreader.editing.ops import Operation
from pressreader.editing.rebase import Landmarks, landmarks, rebased
from pressreader.editing.save import Backup, Stamp, backups, read, restore, save
from pressreader.editing.saved_point import SavedPoint
from pressreader.model import Article, LoadResult

HISTORY = 100


# A change of a step: an operation, or one made from the text as the step's earlier changes
# left it (an annotation they added, found where it now stands; None: nothing to do).
Change = Operation | Callable[[LoadResult], Operation | None]


@dataclass(frozen=True, slots=True)
class _Step:
    text: str  # the text before the step (in the undo list) or after it (in the redo list)
    # Each change with what it names, noted on the text it was made on (to make it again).
    changes: tuple[tuple[Operation, Landmarks], ...]

    @property
    def ops(self) -> list[Operation]:
        return [op for op, _ in self.changes]


def _decode(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise EditRefused(f"{path} is not UTF-8 text; it cannot be edited here") from None


class EditSession:
    """An article file open for changes (see the module)."""

    def __init__(
        self, path: Path, data: bytes, stamp: Stamp, *, backup_folder: Path | None = None
    ) -> None:
        self.path = Path(path)
        self.backup_folder = backup_folder
        self._saved_text = _decode(data, self.path)
        self.text = self._saved_text
        self.stamp = stamp
        loaded = load(self.text, str(self.path))
        self.result: LoadResult = loaded.result
        self._documents: list[Node] = loaded.documents  # the text's, composed
        self._past: list[_Step] = []
        self._future: list[_Step] = []
        self._saved = SavedPoint()  # where the file's version stands in the history

    @classmethod
    def open(cls, path: Path, *, backup_folder: Path | None = None) -> EditSession:
        """Read the file at `path` (raises EditError when it cannot be read)."""
        data, stamp = read(Path(path))
        return cls(path, data, stamp, backup_folder=backup_folder)

    # -- state -------------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        """Whether the text differs from the file as last loaded or saved."""
        return self.text != self._saved_text

    @property
    def can_undo(self) -> bool:
        return bool(self._past)

    @property
    def can_redo(self) -> bool:
        return bool(self._future)

    @property
    def articles(self) -> list[Article]:
        return self.result.articles

    @property
    def unsaved(self) -> int:
        """How many steps the text is from the file as last loaded or saved, counted as
        editors count them: a step undone past a save is one more, not one fewer."""
        return max(self._saved.distance, 1) if self.dirty else 0

    def _since_saved(self) -> list[_Step]:
        if not self._saved.on_line:
            return []
        return self._past[self._saved.fork :]

    @property
    def pending(self) -> list[Operation]:
        """The changes made since the file was loaded or saved, in order (empty when they
        are not a run of changes: undone past a save, or beyond the history)."""
        return [op for step in self._since_saved() for op in step.ops]

    @property
    def undoable(self) -> int:
        """How many steps undo can take back."""
        return len(self._past)

    # -- changes -----------------------------------------------------------------------------

    def apply(self, op: Operation) -> LoadResult:
        """Apply `op` as a step; the new text loaded. Raises EditRefused (NewProblems among
        them) and leaves everything as it was when the change cannot be made."""
        return self.apply_step([op])

    def apply_step(self, changes: Sequence[Change]) -> LoadResult:
        """Apply `changes` in order as one step (undone as one). When one is refused, the
        error is raised and nothing has changed: text, undo and redo are as they were."""
        text, result, documents = self.text, self.result, self._documents
        made: list[tuple[Operation, Landmarks]] = []
        for change in changes:
            op = change if not callable(change) else change(result)
            if op is None:
                continue
            applied = apply_checked(
                text, op, path=str(self.path), before=result, documents=documents
            )
            made.append((op, landmarks(op, result)))
            text, result, documents = applied.text, applied.result, applied.documents
        if not made:
            return self.result
        self._past.append(_Step(self.text, tuple(made)))
        self._saved.applied()
        if len(self._past) > HISTORY:
            del self._past[0]
            self._saved.forgot()
        self._future.clear()
        self.text, self.result, self._documents = text, result, documents
        return self.result

    def _set(self, text: str) -> None:
        loaded = load(text, str(self.path))
        self.text = text
        self.result = loaded.result
        self._documents = loaded.documents

    def undo(self) -> bool:
        """Undo the last step; False when there is none."""
        if not self._past:
            return False
        step = self._past.pop()
        self._saved.undone()
        self._future.append(_Step(self.text, step.changes))
        self._set(step.text)
        return True

    def redo(self) -> bool:
        """Redo the last step undone; False when there is none."""
        if not self._future:
            return False
        step = self._future.pop()
        self._saved.redone()
        self._past.append(_Step(self.text, step.changes))
        self._set(step.text)
        return True

    # -- the file ----------------------------------------------------------------------------

    def save(self) -> None:
        """Write the text to the file (raises SaveConflict or SaveError; the session keeps
        its changes either way)."""
        if not self.dirty:
            return
        data = self.text.encode("utf-8", "surrogatepass")
        self.stamp = save(self.path, data, self.stamp, backup_folder=self.backup_folder)
        self._saved_text = self.text
        self._saved.saved()

    def backups(self) -> list[Backup]:
        """The versions of the file kept before its saves, newest first."""
        return backups(self.path, backup_folder=self.backup_folder)

    def restore(self, backup: Backup) -> None:
        """Write `backup` back over the file (the version it replaces is kept; a file changed
        on disk since it was loaded raises SaveConflict) and start afresh from it: unsaved
        changes and the undo history are dropped."""
        self.stamp = restore(self.path, backup, self.stamp, backup_folder=self.backup_folder)
        self.reload(reapply=False)

    def reload(self, *, reapply: bool = True) -> list[tuple[Operation, EditError]]:
        """Read the file again (after a conflict, say) and, with `reapply`, apply the
        unsaved steps to it once more; for each step that could not be, the change that
        failed and why (the rest of that step is not applied either). Undo history starts
        afresh from the file as read."""
        pending = [step.changes for step in self._since_saved()]
        data, stamp = read(self.path)
        text = _decode(data, self.path)
        self.stamp = stamp
        self._saved_text = text
        self._set(text)
        self._past.clear()
        self._future.clear()
        self._saved.reset()
        failed: list[tuple[Operation, EditError]] = []
        if not reapply:
            return failed
        for changes in pending:
            tried: list[Operation] = []
            try:
                self.apply_step([self._found_again(op, marks, tried) for op, marks in changes])
            except EditError as error:
                failed.append((tried[-1], error))
        return failed

    @staticmethod
    def _found_again(op: Operation, marks: Landmarks, tried: list[Operation]) -> Change:
        """`op` with what it names found where it stands in the text the step has reached
        (`tried` records it, to say which one failed)."""

        def make(result: LoadResult) -> Operation | None:
            tried.append(op)
            return rebased(op, marks, result)

        return make
