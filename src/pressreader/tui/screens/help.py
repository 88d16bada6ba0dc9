"""The help screen: every binding in force, generated from the bindings themselves.

It reads each node's bindings and applies the user's keymap the way Textual does when it
dispatches keys, so the keys listed are the keys that work.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from pressreader.tui.compat import app_keymap, node_bindings
from pressreader.tui.screens.base import STYLES, ReaderModal


@dataclass(frozen=True, slots=True)
class HelpRow:
    keys: tuple[str, ...]  # as displayed, e.g. ("?", "f1")
    description: str
    binding_id: str | None


_BUILTIN_NAMES = {
    "Input": "Text field",
    "DataTable": "Table",
    "VerticalScroll": "Scrolling",
    "OptionList": "List",
    "ListView": "List",
    "ArticleView": "Article text",
    "FindBar": "Find bar",
    "TocPanel": "Sections",
    "QuotesPanel": "Quotes",
    "StatisticsPanel": "Statistics",
}


def group_name(node: DOMNode) -> str:
    name = getattr(node, "HELP_GROUP", None)
    if isinstance(name, str):
        return name
    if isinstance(node, App):
        return "Everywhere"
    return _BUILTIN_NAMES.get(type(node).__name__, type(node).__name__)


def _in_force(widget: Widget) -> bool:
    """A widget's bindings apply only while it or a descendant has focus, and only when
    it is shown."""
    if not widget.display or not all(
        getattr(a, "display", True) for a in widget.ancestors if isinstance(a, Widget)
    ):
        return False
    if widget.can_focus:
        return True
    return any(child.can_focus for child in widget.walk_children(Widget))


def node_rows(node: DOMNode, app: App[object]) -> list[HelpRow]:
    """The bindings of one node with the keymap applied, one row per binding."""
    bindings = node_bindings(node).copy()
    keymap = app_keymap(app)
    if keymap:
        bindings.apply_keymap(keymap)
    keys_of: dict[tuple[str | None, str, str], list[str]] = {}
    for key, key_bindings in bindings.key_to_bindings.items():
        for binding in key_bindings:
            # A binding's tooltip, when it has one, is its full description (the footer's
            # label is kept short).
            ident = (binding.id, binding.action, binding.tooltip or binding.description)
            shown = app.get_key_display(Binding(key, binding.action, key_display=None))
            keys = keys_of.setdefault(ident, [])
            if binding.key_display and not keys:
                shown = binding.key_display
            if shown not in keys:
                keys.append(shown)
    rows = []
    for (binding_id, action, description), keys in keys_of.items():
        rows.append(HelpRow(tuple(keys), description or action, binding_id))
    return rows


def collect_bindings(screen: Screen[object], app: App[object]) -> list[tuple[str, list[HelpRow]]]:
    """Groups of bindings: each region of `screen` (in layout order), the screen, the app."""
    nodes: list[DOMNode] = [screen]
    for widget in screen.walk_children(Widget, with_self=False):
        if node_bindings(widget).key_to_bindings and _in_force(widget):
            nodes.append(widget)
    nodes.append(app)
    groups: dict[str, list[HelpRow]] = {}
    for node in nodes:
        rows = groups.setdefault(group_name(node), [])
        for row in node_rows(node, app):
            if row not in rows:
                rows.append(row)
    return [(name, rows) for name, rows in groups.items() if rows]


def help_text(groups: list[tuple[str, list[HelpRow]]]) -> Group:
    """One heading and one key table per group; a long description wraps inside its own
    column, so the keys column stays clear at 80 columns."""
    key_width = max((len(", ".join(row.keys)) for _, rows in groups for row in rows), default=8)
    key_width = min(key_width, 24)
    parts: list[RenderableType] = []
    for number, (name, rows) in enumerate(groups):
        if number:
            parts.append(Text())
        parts.append(Text(name, "bold underline"))
        table = Table.grid(padding=(0, 2))
        table.add_column(width=key_width, no_wrap=True, style="bold")
        table.add_column(ratio=1)
        for row in rows:
            description = Text(row.description)
            if row.binding_id:
                description.append(f"  ({row.binding_id})", "dim")
            table.add_row(Text(", ".join(row.keys)), description)
        parts.append(Padding(table, (0, 0, 0, 2)))
    return Group(*parts)


class HelpScreen(ReaderModal):
    """`?` or F1: the keys in force on the screen below, grouped by region."""

    CSS_PATH = STYLES / "dialogs.tcss"

    HELP_GROUP = "Help"
    BINDINGS: ClassVar[list[BindingType]] = [
        # A modal screen takes no keys from the app's bindings: its own close it.
        Binding("escape,q,question_mark,f1", "close", "Close", id="help.close"),
        Binding("j", "scroll_down", "Scroll down", id="help.down", show=False),
        Binding("k", "scroll_up", "Scroll up", id="help.up", show=False),
        Binding("space", "page_down", "Page down", id="help.page-down", show=False),
        Binding("b", "page_up", "Page up", id="help.page-up", show=False),
        Binding("g", "scroll_home", "Top", id="help.top", show=False),
        Binding("G", "scroll_end", "Bottom", id="help.bottom", show=False),
    ]

    def __init__(self, below: Screen[object]) -> None:
        super().__init__()
        self.below = below

    def compose(self) -> ComposeResult:
        groups = collect_bindings(self.below, self.app)
        with Vertical(id="help-dialog"):
            yield Static(
                Text("Keys  (remap by id in config.toml [keymap]; Escape closes)", "bold"),
                id="help-title",
            )
            with VerticalScroll(id="help-body"):
                yield Static(help_text(groups), id="help-text")
        yield from self.compose_too_small()

    @property
    def body(self) -> VerticalScroll:
        return self.query_one("#help-body", VerticalScroll)

    def on_mount(self) -> None:
        self.body.focus()

    def action_close(self) -> None:
        self.dismiss()

    def action_scroll_down(self) -> None:
        self.body.scroll_down()

    def action_scroll_up(self) -> None:
        self.body.scroll_up()

    def action_page_down(self) -> None:
        self.body.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.body.scroll_page_up(animate=False)

    def action_scroll_home(self) -> None:
        self.body.scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        self.body.scroll_end(animate=False)
