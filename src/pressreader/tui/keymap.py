"""The ids of the reader's key bindings, a public contract: `config.toml [keymap]` remaps
keys by id, and the help screen shows each binding's id.

Every id is spelled `scope.kebab-case` (`article.page-down`); a test checks that this list is
exactly the ids the screens and widgets declare. The ids once spelled with underscores
(`article.find_next`) keep working as aliases until version 0.2.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

ID_STYLE = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*\.[a-z][a-z0-9]*(-[a-z0-9]+)*")

BINDING_IDS = frozenset(
    (
        "app.back-or-quit",
        "app.command-palette",
        "app.help",
        "app.help-quit",
        "app.quit",
        "article.accept",
        "article.back",
        "article.bookmark",
        "article.bookmarks",
        "article.bottom",
        "article.copy",
        "article.delete",
        "article.edit",
        "article.export",
        "article.find",
        "article.find-next",
        "article.find-previous",
        "article.find-submit",
        "article.line-down",
        "article.line-up",
        "article.move-words",
        "article.narrow",
        "article.next-section",
        "article.next-unreviewed",
        "article.open-editor",
        "article.page-down",
        "article.page-up",
        "article.prev-section",
        "article.previous-unreviewed",
        "article.problems",
        "article.redo",
        "article.save",
        "article.section-1",
        "article.section-2",
        "article.section-3",
        "article.section-4",
        "article.section-5",
        "article.section-6",
        "article.section-7",
        "article.section-8",
        "article.section-9",
        "article.select",
        "article.selection-cancel",
        "article.selection-earlier",
        "article.selection-fewer",
        "article.selection-later",
        "article.selection-match",
        "article.selection-move",
        "article.selection-quote",
        "article.selection-sentence",
        "article.selection-start-earlier",
        "article.selection-start-later",
        "article.selection-statistic",
        "article.selection-word",
        "article.speakers",
        "article.statistics",
        "article.tags-summary",
        "article.toggle-sidebar",
        "article.toggle-toc",
        "article.top",
        "article.undo",
        "article.widen",
        "bookmark-note.cancel",
        "bookmarks.delete",
        "bookmarks.edit-note",
        "bookmarks.filter",
        "choice.cancel",
        "choices.down",
        "choices.up",
        "export.cancel",
        "find.close",
        "find.next",
        "find.previous",
        "find.toggle-regex",
        "form.cancel",
        "form.next-field",
        "form.previous-field",
        "form.submit",
        "form.toggle-kind",
        "help.bottom",
        "help.close",
        "help.down",
        "help.page-down",
        "help.page-up",
        "help.toggle-ids",
        "help.top",
        "help.up",
        "import.cancel",
        "import.complete",
        "library-statistics.export",
        "library-statistics.filter",
        "library.bookmarks",
        "library.clear-filter",
        "library.down",
        "library.filter",
        "library.first",
        "library.last",
        "library.open",
        "library.page-down",
        "library.page-up",
        "library.quit",
        "library.recent",
        "library.reload",
        "library.speakers",
        "library.statistics",
        "library.up",
        "list.back",
        "list.bottom",
        "list.down",
        "list.top",
        "list.up",
        "panel.down",
        "panel.first",
        "panel.last",
        "panel.page-down",
        "panel.page-up",
        "panel.up",
        "problems.close",
        "quotes.filter-next",
        "quotes.filter-previous",
        "quotes.select",
        "recent.filter",
        "screen.copy",
        "screen.focus-next",
        "screen.focus-previous",
        "search.edit",
        "search.export",
        "speaker-quotes.export",
        "speaker-quotes.filter",
        "speakers.export",
        "speakers.filter",
        "stats.select",
        "toc.select",
        "versions.cancel",
    )
)

# Old spelling -> id, accepted in [keymap] until version 0.2.
OLD_IDS = {
    "app.back_or_quit": "app.back-or-quit",
    "app.command_palette": "app.command-palette",
    "app.help_quit": "app.help-quit",
    "article.find_next": "article.find-next",
    "article.find_previous": "article.find-previous",
    "article.find_submit": "article.find-submit",
    "article.toggle_sidebar": "article.toggle-sidebar",
    "article.toggle_toc": "article.toggle-toc",
    "library.clear_filter": "library.clear-filter",
    "library.page_down": "library.page-down",
    "library.page_up": "library.page-up",
    "panel.page_down": "panel.page-down",
    "panel.page_up": "panel.page-up",
    "quotes.filter_next": "quotes.filter-next",
    "quotes.filter_previous": "quotes.filter-previous",
    "screen.focus_next": "screen.focus-next",
    "screen.focus_previous": "screen.focus-previous",
}

_MODIFIERS = frozenset(("ctrl", "shift", "alt", "meta", "super", "hyper"))


def binding_id(name: str) -> str | None:
    """The binding id `name` stands for in a keymap (an id, or an old spelling of one)."""
    if name in BINDING_IDS:
        return name
    return OLD_IDS.get(name)


def is_key(key: str) -> bool:
    """Whether Textual can match `key`: modifiers joined by `+` to one character or one key
    name (`ctrl+n`, `T`, `f1`, `pagedown`, `question_mark`, `right_square_bracket`)."""
    from textual.keys import KEY_NAME_REPLACEMENTS, Keys, key_to_character

    *modifiers, base = key.split("+")
    if not base or any(m not in _MODIFIERS for m in modifiers):
        return False
    if len(base) == 1:
        return base.isprintable() and not base.isspace()
    if base in KEY_NAME_REPLACEMENTS.values() or base in {k.value for k in Keys}:
        return not base.startswith("<")
    if key_to_character(base) is not None:
        return True
    try:
        return bool(unicodedata.lookup(base.replace("_", " ")))
    except KeyError:
        return False


class Collision(NamedTuple):
    """Two bindings in force together (in one scope: a screen's, a widget's; or one of the
    app's, in force on every screen, and a screen's or widget's) on one key, at least one of
    them put there by the keymap."""

    key: str
    winner: str  # the binding id that keeps the key
    loser: str  # the binding id that loses it: its remap dropped, or its default key taken
    loser_remapped: bool  # whether the loser's own remap is the one dropped
    with_app: bool = False  # one of the app's bindings and a screen's (or a widget's)


AppBinding = tuple[str, str, bool]  # (binding id, default keys, priority)


def _by_key(
    scope: Iterable[tuple[str, str]], remapped: Mapping[str, list[str]]
) -> dict[str, list[str]]:
    """Key -> the binding ids on it, in scope order, the keymap applied."""
    in_force: dict[str, list[str]] = {}
    for ident, default in scope:
        keys = remapped.get(ident) or [k.strip() for k in default.split(",")]
        in_force.setdefault(ident, keys)
    by_key: dict[str, list[str]] = {}
    for ident, keys in in_force.items():
        for key in keys:
            if ident not in by_key.setdefault(key, []):
                by_key[key].append(ident)
    return by_key


def collisions(
    scopes: Iterable[Sequence[tuple[str, str]]],
    keymap: Mapping[str, str],
    app: Sequence[AppBinding] = (),
) -> list[Collision]:
    """The keymap's collisions in `scopes` (each the (binding id, default keys) in force
    together) and between the `app`'s bindings and each scope, each once, in the keymap's
    order. Who wins, deterministically: in one scope, of two remaps onto one key, the one
    written first in config.toml (the other keeps its default keys), and a remap over a
    default key, the remap (the other binding keeps its other keys); the app's binding and a
    screen's, as Textual decides it: the screen's, unless the app's has priority."""
    order = {ident: number for number, ident in enumerate(keymap)}
    remapped = {ident: [k.strip() for k in keys.split(",")] for ident, keys in keymap.items()}
    app_keys = _by_key(((ident, keys) for ident, keys, _ in app), remapped)
    priority = {ident for ident, _, first in app if first}
    found: dict[tuple[str, str, str], Collision] = {}
    for scope in scopes:
        by_key = _by_key(scope, remapped)
        for key, idents in by_key.items():
            mine = sorted((i for i in idents if i in remapped), key=order.__getitem__)
            if len(idents) > 1 and mine:  # else the defaults' own sharing, by context
                winner = mine[0]
                for other in idents:
                    if other != winner:
                        collision = Collision(key, winner, other, other in remapped)
                        found.setdefault((key, winner, other), collision)
            for ours in app_keys.get(key, []):
                for other in idents:
                    if other in app_keys[key] or not (ours in remapped or other in remapped):
                        continue  # the app's own scope; or not the keymap's doing
                    winner, loser = (ours, other) if ours in priority else (other, ours)
                    collision = Collision(key, winner, loser, False, with_app=True)
                    found.setdefault((key, winner, loser), collision)

    def first(c: Collision) -> tuple[int, str, str]:
        return (
            min(order.get(c.winner, len(order)), order.get(c.loser, len(order))),
            c.key,
            c.loser,
        )

    return sorted(found.values(), key=first)


def resolved(keymap: Mapping[str, str], found: Iterable[Collision]) -> dict[str, str]:
    """`keymap` without the remaps that lost a collision (they keep their default keys)."""
    dropped = {c.loser for c in found if c.loser_remapped}
    return {ident: keys for ident, keys in keymap.items() if ident not in dropped}


def settle(
    scopes: Sequence[Sequence[tuple[str, str]]],
    keymap: Mapping[str, str],
    app: Sequence[AppBinding] = (),
) -> tuple[dict[str, str], list[Collision]]:
    """The keymap to apply, and every collision met on the way: a remap dropped gives its
    binding back its default keys, which a later remap may collide with in turn."""
    applied = dict(keymap)
    met: list[Collision] = []
    for _ in range(len(keymap) + 1):  # each round drops a remap, or ends
        found = [c for c in collisions(scopes, applied, app) if c not in met]
        met.extend(found)
        after = resolved(applied, found)
        if after == applied:
            break
        applied = after
    return applied, met
