"""What the quotes and statistics panels share: an article, the item under the cursor, and
the items the find bar lights up."""

from __future__ import annotations

from collections.abc import Iterable

from pressreader.model import Article
from pressreader.tui.widgets.panel_list import PanelList


class AnnotationPanel(PanelList):
    """A side panel listing one kind of annotation of an article; rows are keyed by the
    annotation's index in the article's list."""

    def __init__(
        self,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self._article: Article | None = None
        self._hits: frozenset[int] = frozenset()

    @property
    def article(self) -> Article | None:
        return self._article

    @property
    def selected_index(self) -> int | None:
        """The index (in the article's list) of the item under the cursor, or None."""
        return self.cursor_key

    @selected_index.setter
    def selected_index(self, index: int | None) -> None:
        self.select_index(index)

    def select_index(self, index: int | None) -> bool:
        """Put the cursor on item `index`; False when there is no such row."""
        return self.move_cursor_to_key(index)

    @property
    def find_hits(self) -> frozenset[int]:
        return self._hits

    def set_find_hits(self, indices: Iterable[int]) -> None:
        """Light up the items (indices in the article's list) that hold a match of the find
        bar; an empty collection clears them."""
        hits = frozenset(indices)
        if hits == self._hits:
            return
        self._hits = hits
        self._update_title()
        self.set_hit_keys(hits)

    def _clear_hits(self) -> None:
        self._hits = frozenset()
        self.set_hit_keys(self._hits)

    def _update_title(self) -> None:
        """Show the panel's counts (and how many items the find bar lit) in its border."""
        raise NotImplementedError
