"""What the quotes and statistics panels share: an article, the item under the cursor, and
the items the find bar lights up, and the mark of the items no person has confirmed yet."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.content import Content

from pressreader.model import Article
from pressreader.tui.widgets.marks import UNREVIEWED
from pressreader.tui.widgets.panel_list import PanelList

# The cells before an item's first line: the cursor marker's, the find hit's, and the third,
# the unreviewed mark's.
GUTTER = "   "


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
        self._unreviewed = 0  # how many of the items are `reviewed: false`

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

    # The component class of the unreviewed mark.
    UNREVIEWED_COMPONENT: ClassVar[str] = ""

    @property
    def unreviewed_count(self) -> int:
        """How many of the article's items (quotes or statistics) no person has confirmed."""
        return self._unreviewed

    def item_gutter(self, reviewed: bool) -> Content:
        """The cells before an item's first line: blank, but for the unreviewed mark (◌) in
        the third when no person has confirmed the item (drawn with the row, so the row's
        drawing, cached, holds it)."""
        if reviewed:
            return Content(GUTTER)
        mark = Content.styled(UNREVIEWED, self.component_style(self.UNREVIEWED_COMPONENT))
        return Content(GUTTER[:-1]) + mark

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
