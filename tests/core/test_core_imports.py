"""The headless core and `pressreader check` never import Textual."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pressreader

CORE_MODULES = [
    "pressreader",
    "pressreader.model",
    "pressreader.format.loader",
    "pressreader.format.anchoring",
    "pressreader.text.textnorm",
    "pressreader.library.files",
    "pressreader.text.sanitize",
    "pressreader.paths",
    "pressreader.cli",
    "pressreader.commands.check",
]
DATA = Path(__file__).resolve().parent.parent / "data"


def headless_modules() -> list[str]:
    """Every module of the package outside the terminal UI (and the command that opens it)."""
    found = pkgutil.walk_packages(pressreader.__path__, "pressreader.")
    return sorted(
        info.name
        for info in found
        if not info.name.startswith("pressreader.tui")
        and info.name != "pressreader.commands.read"
        and not info.name.startswith("pressreader.__main__")
    )


def python(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    return result.stdout.strip()


def test_core_modules_leave_textual_out() -> None:
    imports = "; ".join(f"import {name}" for name in CORE_MODULES)
    code = f"import sys; {imports}; print([m for m in sys.modules if m.startswith('textual')])"
    assert python(code) == "[]"


def test_every_headless_module_leaves_textual_out() -> None:
    modules = headless_modules()
    assert set(CORE_MODULES) - {"pressreader"} <= set(modules)
    # One fresh interpreter imports them in turn and names the first after which Textual is
    # loaded (an interpreter per module cost a second per six modules, to the same effect).
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "    if any(m == 'textual' or m.startswith('textual.') for m in sys.modules):\n"
        "        print(name); break\n"
        "else:\n"
        "    print('none')\n"
    )
    assert python(code) == "none", "this module imports Textual"


def test_check_command_does_not_import_textual() -> None:
    code = (
        "import sys, contextlib, io\n"
        "from pressreader.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    status = main(['check', {str(DATA / 'valid')!r}])\n"
        "print(status, 'textual' in sys.modules)"
    )
    assert python(code) == "0 False"
