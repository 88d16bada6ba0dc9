"""Every private Textual or Rich name the reader relies on, each behind one small function.

Textual and Rich change their private names without notice: gathered here, each has a test
(tests/tui/test_compat.py) that fails with a clear message when a new version renames or
changes it, and nothing else in the package reaches past their public API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual._compositor import Compositor
from textual.app import App
from textual.binding import BindingsMap, Keymap
from textual.dom import DOMNode
from textual.geometry import Region, Size
from textual.widget import Widget
from textual.widgets import Footer, OptionList

if TYPE_CHECKING:
    from textual.scroll_view import ScrollView
    from textual.types import AnimationLevel, CallbackType, EasingFunction


def divide_line(text: str, width: int) -> list[int]:
    """The offsets where Rich would break `text` into lines of at most `width` cells,
    folding words longer than a line (Rich has no public call that gives the offsets)."""
    from rich._wrap import divide_line as rich_divide_line

    return rich_divide_line(text, width, fold=True)


def footer_key(
    key: str,
    key_display: str,
    description: str,
    action: str,
    *,
    disabled: bool = False,
    tooltip: str = "",
    classes: str = "",
    compact: bool = False,
) -> Widget:
    """One key of the footer, drawn as Textual's own footer draws it (its key widget is not
    exported).

    The key is made in its final `compact` state: Textual's key starts compact and its footer
    then binds it to the footer's own, so every key restyled itself twice each time the footer
    was rebuilt (on every change of focus)."""
    from textual.widgets._footer import FooterKey

    made = FooterKey(
        key,
        key_display,
        description,
        action,
        disabled=disabled,
        tooltip=tooltip,
        classes=classes,
    )
    made.set_reactive(FooterKey.compact, compact)
    made.set_class(compact, "-compact", update=False)
    return made


def footer_bindings_ready(footer: Footer) -> bool:
    """Whether the footer has the screen's bindings yet (it composes nothing before)."""
    return bool(footer._bindings_ready)


def node_bindings(node: DOMNode) -> BindingsMap:
    """The bindings a node declares (its own and inherited, before any keymap); copy them
    before changing them."""
    return node._bindings


def app_keymap(app: App[object]) -> Keymap:
    """The keymap the app applies to bindings (set with `App.set_keymap`)."""
    return app._keymap


def update_scrollbars(widget: Widget, virtual_size: Size) -> None:
    """Size the scrollbars for `virtual_size` now, not after the next layout, so that a
    scroll asked for in the same step is not clamped to the old size."""
    widget._scroll_update(virtual_size)


def scroll_view_to(
    view: ScrollView,
    x: float | None,
    y: float | None,
    *,
    animate: bool,
    speed: float | None,
    duration: float | None,
    easing: EasingFunction | str | None,
    force: bool,
    on_complete: CallbackType | None,
    level: AnimationLevel,
    release_anchor: bool,
) -> None:
    """`ScrollView.scroll_to`, keeping the anchor when asked to: Textual's own scroll_to
    releases it whatever `release_anchor` says."""
    view._scroll_to(
        x,
        y,
        animate=animate,
        speed=speed,
        duration=duration,
        easing=easing,
        force=force,
        on_complete=on_complete,
        level=level,
        release_anchor=release_anchor,
    )


def option_line(option_list: OptionList, y: int) -> tuple[int, int] | None:
    """(option index, line within the option) of the list's content line `y`, or None
    below the last option."""
    try:
        option_index, line_offset = option_list._lines[y]
    except IndexError:
        return None
    return option_index, line_offset


class GutteredOptionList(OptionList):
    """An option list that draws its options `gutter_width` cells narrower, leaving the
    cells before them for a marker (as Textual's SelectionList does)."""

    gutter_width = 0

    def _get_left_gutter_width(self) -> int:
        return self.gutter_width


# Textual's own, kept before keep_wide_characters_whole replaces it (for its tests).
TEXTUAL_CUTS = Compositor.__dict__["cuts"]


def _uncovered_cuts(compositor: Compositor) -> list[list[int]]:
    """Textual's `Compositor.cuts`, less the edges that a widget in front covers on both
    sides: the cells either side of such an edge are that widget's, so the line needs no
    cut there. Widgets come front to back. A widget's right edge goes where one taken
    before it reaches over it; its left edge only where one taken before it holds it
    whole on that line, for the compositor pairs the pieces of a widget's line with the
    cuts from its left edge on (rectangles are compared first: most edges have none)."""
    if compositor._cuts is not None:
        return compositor._cuts
    width, height = compositor.size
    cuts = [[0, width] for _ in range(height)]
    in_front: list[tuple[int, int, int, int]] = []  # left, top, right, bottom
    intersection = Region.intersection
    for region, clip in compositor.visible_widgets.values():
        x, y, region_width, region_height = intersection(region, clip)
        if not (region_width and region_height):
            continue
        right, bottom = x + region_width, y + region_height
        holding: list[tuple[int, int]] = []
        over: list[tuple[int, int]] = []
        for left, top, end, low in in_front:
            if top < bottom and low > y and left < right <= end:
                if right < end:
                    over.append((top, low))
                if left <= x:
                    holding.append((top, low))
        for edge, covers in ((x, holding), (right, over)):
            if not covers:
                for line_cuts in cuts[y:bottom]:
                    line_cuts.append(edge)
                continue
            for line in range(y, min(bottom, height)):
                if not any(top <= line < low for top, low in covers):
                    cuts[line].append(edge)
        in_front.append((x, y, right, bottom))
    compositor._cuts = [sorted(set(line_cuts)) for line_cuts in cuts]
    return compositor._cuts


def keep_wide_characters_whole() -> None:
    """Have Textual's compositor cut a screen line only where what is drawn changes widget.

    The compositor divides every line at every widget's edge, those under an overlay too,
    and a double-width character astride a cut becomes two spaces (textual#6357, open in
    8.2.8): a notice over the footer's keys lost the CJK characters that fell on a key's
    edge. Dropping the cuts a widget in front covers on both sides changes nothing else:
    each piece of a line is still drawn by the widget in front there. Idempotent."""
    Compositor.cuts = property(_uncovered_cuts)  # type: ignore[method-assign,assignment]


def measure_anew(widget: Widget) -> None:
    """Have the next layout measure `widget` from its content again.

    Textual keeps a widget's box model under a count of its layout requests, and
    `refresh(layout=True)` adds to that count only when no request is pending: content
    changed while one was (just after mounting, say) kept the size measured for the old
    content for good, a long refusal in the import dialog cut to its first row (textual
    8.2.8). Called after the content changes; a layout request follows it anyway."""
    widget.clear_cached_dimensions()
    widget._layout_cache.clear()
    widget._layout_updates += 1
