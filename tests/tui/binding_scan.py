"""The keymap's scopes found by importing every module of the reader's UI, to hold
`pressreader.tui.binding_scopes.SCOPES` (the table the app reads, so that a keymap costs
no import of every screen at start-up) to the classes as they are.

`python -m tests.tui.binding_scan > src/pressreader/tui/binding_scopes.py` writes the table
again after a binding is added, removed or given other keys (then `ruff format` it).
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil

from textual.binding import Binding
from textual.dom import DOMNode

import pressreader.tui
from pressreader.tui.keymap import BINDING_IDS

Scope = tuple[tuple[str, str], ...]


def reader_classes() -> list[type[DOMNode]]:
    """Every screen, widget and app class the reader's UI modules define, in the order the
    modules and classes are met."""
    classes: list[type[DOMNode]] = []
    for module_info in pkgutil.walk_packages(pressreader.tui.__path__, "pressreader.tui."):
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            if (
                inspect.isclass(value)
                and issubclass(value, DOMNode)
                and value.__module__ == module.__name__
            ):
                classes.append(value)
    return classes


def scanned_scopes() -> tuple[Scope, ...]:
    """The (binding id, default keys) in force together in each of the reader's screens and
    widgets, as Textual merges a class's bindings with its bases', each scope once."""
    scopes: list[Scope] = []
    for cls in reader_classes():
        scope: list[tuple[str, str]] = []
        for base in reversed(cls.__mro__):
            if not (isinstance(base, type) and issubclass(base, DOMNode)):
                continue
            if not base.__dict__.get("inherit_bindings", True):
                scope.clear()
            for binding in base.__dict__.get("BINDINGS", []):
                if isinstance(binding, Binding) and binding.id in BINDING_IDS:
                    scope.append((binding.id, binding.key))
        if scope and tuple(scope) not in scopes:
            scopes.append(tuple(scope))
    return tuple(scopes)


def module_text(scopes: tuple[Scope, ...]) -> str:
    """The source of `pressreader/tui/binding_scopes.py` for `scopes`."""
    lines = [
        '"""The binding ids in force together in each of the reader\'s screens and widgets, with',
        "their default keys: the scopes in which a keymap's collisions are found",
        "(`keymap.settle`). Written by `python -m tests.tui.binding_scan`; a test holds it to",
        'the classes themselves."""',
        "",
        "SCOPES: tuple[tuple[tuple[str, str], ...], ...] = (",
    ]
    for scope in scopes:
        lines.append("    (")
        lines.extend(f"        ({json.dumps(ident)}, {json.dumps(keys)})," for ident, keys in scope)
        lines.append("    ),")
    lines.append(")")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(module_text(scanned_scopes()), end="")
