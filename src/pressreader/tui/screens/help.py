"""The help screen: every binding in force, generated from the bindings themselves, and a
legend of the symbols the reader draws.

It reads each node's bindings and applies the user's keymap the way Textual does when it
dispatches keys, so the keys listed are the keys that work. The keys are grouped by where
they work (anywhere on the screen, in one region while it has the focus, everywhere); a key
the screen takes over from the app is listed once, with the screen; the nine section keys
share one row. The binding ids (for `config.toml [keymap]`) show on `i`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
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
from pressreader.tui.widgets.fitted import FittedStatic


@dataclass(frozen=True, slots=True)
class HelpRow:
    keys: tuple[str, ...]  # as displayed, e.g. ("?", "f1")
    description: str
    binding_id: str | None
    also: tuple[str, ...] = ()  # the ids of bindings folded into this row

    @property
    def ids(self) -> tuple[str, ...]:
        return ((self.binding_id,) if self.binding_id else ()) + self.also


EVERYWHERE = "Everywhere"
# Bindings declared by the screen that work in one region: listed with that region.
_REGION_OF_ID = {
    "article.find-submit": "FindBar",
    # Keys of a mode, in force only while words are being selected (`v`, `V`): their own group,
    # so they neither hide the app's keys they share (q) nor read as the screen's.
    **{
        f"article.selection-{name}": "Selection"
        for name in (
            "word",
            "fewer",
            "sentence",
            "match",
            "later",
            "earlier",
            "start-later",
            "start-earlier",
            "quote",
            "statistic",
            "move",
            "cancel",
        )
    },
}
# A run of bindings `scope.name-1` ... `scope.name-9` on the keys 1 to 9 is one row.
_NUMBERED_ID = re.compile(r"(.+)-([1-9])")


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
    "Selection": "Selection",
}


def region_name(node: DOMNode) -> str:
    name = getattr(node, "HELP_GROUP", None)
    if isinstance(name, str):
        return name
    return _BUILTIN_NAMES.get(type(node).__name__, type(node).__name__)


def group_name(node: DOMNode) -> str:
    """The heading of a node's keys: where they work."""
    if isinstance(node, App):
        return EVERYWHERE
    if isinstance(node, Screen):
        return f"Anywhere on the {_lower_first(region_name(node))}"
    return _region_heading(region_name(node))


# How a region gets the focus, when Tab is not the way.
_REACHED_BY = {"Find bar": "/ opens it", "Selection": "while selecting words (v or V starts)"}


def _region_heading(name: str) -> str:
    reached = _REACHED_BY.get(name, "when it has the focus (Tab)")
    return f"In the {_lower_first(name)}, {reached}"


def _lower_first(name: str) -> str:
    # "Article screen" -> "article screen"; a name that starts with an acronym keeps it.
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


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
    """Groups of bindings by where they work: the screen, each region of it (in layout
    order), then the app's."""
    nodes: list[DOMNode] = [screen]
    for widget in screen.walk_children(Widget, with_self=False):
        if node_bindings(widget).key_to_bindings and _in_force(widget):
            nodes.append(widget)
    nodes.append(app)
    groups: dict[str, list[HelpRow]] = {}
    for node in nodes:
        rows = groups.setdefault(group_name(node), [])
        for row in node_rows(node, app):
            region = _REGION_OF_ID.get(row.binding_id or "")
            target = (
                rows
                if region is None
                else groups.setdefault(_region_heading(_BUILTIN_NAMES.get(region, region)), [])
            )
            if row not in target:
                target.append(row)
    screen_rows = groups.get(group_name(screen), [])
    if EVERYWHERE in groups:
        groups[EVERYWHERE] = _fold_shadowed(groups[EVERYWHERE], screen_rows, app)
    return [(name, _join_numbered(rows)) for name, rows in groups.items() if rows]


def _fold_shadowed(
    app_rows: list[HelpRow], screen_rows: list[HelpRow], app: App[object]
) -> list[HelpRow]:
    """The app's rows without the keys the screen binds itself (the screen's binding runs
    first): a row left without keys is folded into the screen's row for that key, so it is
    listed once, with the screen's description (Ctrl+C)."""
    priority = {
        binding.id for _key, binding in node_bindings(app) if binding.priority and binding.id
    }
    kept: list[HelpRow] = []
    for row in app_rows:
        if row.binding_id in priority:
            kept.append(row)
            continue
        keys = tuple(key for key in row.keys if not any(key in s.keys for s in screen_rows))
        if keys == row.keys:
            kept.append(row)
            continue
        for i, screen_row in enumerate(screen_rows):
            if set(row.keys) & set(screen_row.keys):
                screen_rows[i] = replace(screen_row, also=screen_row.also + row.ids)
                break
        if keys:
            kept.append(replace(row, keys=keys))
    return kept


def _join_numbered(rows: list[HelpRow]) -> list[HelpRow]:
    """Rows `x-1` ... `x-9` on the keys 1 to 9 become one row, keys `1–9` ("Section N")."""
    joined: list[HelpRow] = []
    run: list[HelpRow] = []

    def flush() -> None:
        if len(run) > 2:
            first, last = run[0], run[-1]
            description = re.sub(r"\b1\b", "N", first.description)
            joined.append(
                HelpRow(
                    (f"{first.keys[0]}–{last.keys[0]}",),
                    description,
                    first.binding_id,
                    tuple(r.binding_id for r in run[1:] if r.binding_id),
                )
            )
        else:
            joined.extend(run)
        run.clear()

    for row in rows:
        match = _NUMBERED_ID.fullmatch(row.binding_id or "")
        number = match[2] if match else None
        if number is not None and row.keys == (number,) and match is not None:
            previous = _NUMBERED_ID.fullmatch(run[-1].binding_id or "") if run else None
            if (
                previous is not None
                and previous[1] == match[1]
                and int(previous[2]) + 1 == int(number)
            ):
                run.append(row)
                continue
            flush()
            run.append(row)
            continue
        flush()
        joined.append(row)
    flush()
    return joined


# What each symbol the reader draws means, where it is drawn. The quotes' kinds use the
# format's words (`kind: direct`, `kind: indirect`).
LEGEND: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "In the library",
        [
            ("!", "a broken file: Enter lists its problems (file:line:column)"),
            ("~", "an article with warnings"),
            ("Quotes", "column: the number of quotes"),
            ("Stats", "column: the number of statistics (the key T lists them all)"),
            ("◌", "column: quotes and statistics not yet reviewed (reviewed: false)"),
        ],
    ),
    (
        "In an article",
        [
            ("▶", "the section being read, in the sections"),
            ("“…”", "a direct quote: the speaker's own words"),
            ("≈", "indirect (reported) speech: what was said, not word for word"),
            ("note:", "the article's own note on a quote"),
            (
                "▌",
                "in the text's margin: the current match, the selected quote or statistic, "
                "or the words being selected (v)",
            ),
            ("•", "a quote or statistic holding a find match"),
            (
                "◌",
                "a quote or statistic a program made, not yet reviewed by a person (in the "
                "text's margin: a line holding its words; r goes to the next, a accepts)",
            ),
            ("was, now", "a statistic's previous value and its value, as bars"),
        ],
    ),
    (
        "In lists",
        [
            ("›", "the row under the cursor"),
            ("•", "a bookmark, a speaker or a figure of the article open"),
        ],
    ),
]


def help_text(groups: list[tuple[str, list[HelpRow]]], *, show_ids: bool = False) -> Group:
    """One heading and one key table per group, then the legend of symbols; a long
    description wraps inside its own column, so the keys column stays clear at 80 columns.
    With `show_ids`, each row ends with its binding ids, dim."""
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
            if show_ids and row.ids:
                description.append(f"  ({', '.join(row.ids)})", "dim")
            table.add_row(Text(", ".join(row.keys)), description)
        parts.append(Padding(table, (0, 0, 0, 2)))
    parts.append(Text())
    parts.append(Text("Symbols", "bold underline"))
    symbol_width = max(len(symbol) for _, items in LEGEND for symbol, _ in items)
    for place, items in LEGEND:
        table = Table.grid(padding=(0, 2))
        table.add_column(width=symbol_width, no_wrap=True, style="bold")
        table.add_column(ratio=1)
        for symbol, meaning in items:
            table.add_row(Text(symbol), Text(meaning))
        parts.append(Padding(Text(place, "italic"), (0, 0, 0, 2)))
        parts.append(Padding(table, (0, 0, 0, 4)))
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
        Binding(
            "i", "toggle_ids", "Show, hide the binding ids (to remap keys)", id="help.toggle-ids"
        ),
    ]
    TITLE_TEXT = "Keys and symbols · Escape closes · i: ids for config.toml [keymap]"

    def __init__(self, below: Screen[object]) -> None:
        super().__init__()
        self.below = below
        self.show_ids = False

    def compose(self) -> ComposeResult:
        self._groups = collect_bindings(self.below, self.app)
        with Vertical(id="help-dialog"):
            # It wraps (its height is auto) rather than lose its end in a narrow terminal.
            yield Static(Text(self.TITLE_TEXT, "bold"), id="help-title")
            with VerticalScroll(id="help-body"):
                yield FittedStatic(self.shown, id="help-text")
        yield from self.compose_too_small()

    @property
    def shown(self) -> Group:
        """What the body shows: the keys and the legend."""
        return help_text(self._groups, show_ids=self.show_ids)

    def action_toggle_ids(self) -> None:
        self.show_ids = not self.show_ids
        self.query_one("#help-text", Static).update(self.shown)

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
