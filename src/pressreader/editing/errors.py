"""Why a change or a save did not happen: the editing core's exceptions, each with a message
fit to show a person (text from the file in it is escaped: no control character)."""

from __future__ import annotations

from collections.abc import Sequence

from pressreader.model import Problem


class EditError(Exception):
    """A change was not made, or not saved; the file is as it was."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class EditRefused(EditError):
    """The change cannot be made in place in the file's text (a node shared through an alias
    or a merge key, a layout the editor does not rewrite, an annotation no longer where it
    was): the reason says which; an editor can still make it."""


class NewProblems(EditRefused):
    """The changed text would have problems the file did not have: nothing was changed."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        listed = "; ".join(
            f"{problem.severity}: {problem.message}"
            + (f" (line {problem.line})" if problem.line is not None else "")
            for problem in problems[:3]
        )
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        super().__init__(f"the change would add a problem to the file: {listed}{more}")
        self.problems = list(problems)


class SaveError(EditError):
    """The file was not written (read-only, disk full, folder gone ...); it is untouched and
    the changes are still in the session."""


class SaveConflict(SaveError):
    """The file changed on disk since it was loaded (another editor, a `git pull`), or went
    (`gone`): it was not overwritten."""

    def __init__(self, reason: str, *, gone: bool = False) -> None:
        super().__init__(reason)
        self.gone = gone
