"""Folders that cannot be listed, for tests.

The tests run as root, and root lists a folder whatever its mode, so `chmod 000` proves
nothing there. `deny_listing` makes `os.scandir` and `os.open` of a folder fail with
`PermissionError` in this process, as they do for a user without read permission;
`as_nobody` runs a command as an unprivileged user, where `chmod 000` really denies.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

NOBODY = 65534
SETPRIV = shutil.which("setpriv")


def _where(path: Any, dir_fd: int | None = None) -> str:
    """The real path of what `path` (a path, or an open folder's descriptor) names."""
    if isinstance(path, int):
        return os.path.realpath(f"/proc/self/fd/{path}")
    text = os.fsdecode(path)
    if dir_fd is not None and not os.path.isabs(text):
        text = os.path.join(os.readlink(f"/proc/self/fd/{dir_fd}"), text)
    return os.path.realpath(text)


def deny_listing(monkeypatch: pytest.MonkeyPatch, *folders: Path) -> None:
    """Listing or opening any of `folders` fails with EACCES (until the test ends)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("finds open folders through /proc/self/fd")
    denied = {os.path.realpath(folder) for folder in folders}
    real_open, real_scandir = os.open, os.scandir

    def refuse(path: Any) -> PermissionError:
        return PermissionError(errno.EACCES, os.strerror(errno.EACCES), path)

    def fake_open(path: Any, flags: int, mode: int = 0o777, *, dir_fd: int | None = None) -> int:
        if flags & os.O_DIRECTORY and _where(path, dir_fd) in denied:
            raise refuse(path)
        return real_open(path, flags, mode, dir_fd=dir_fd)

    def fake_scandir(path: Any = ".") -> Any:
        if _where(path) in denied:
            raise refuse(path)
        return real_scandir(path)

    monkeypatch.setattr(os, "open", fake_open)
    monkeypatch.setattr(os, "scandir", fake_scandir)


def nobody_can_run_python(folder: Path) -> str | None:
    """Why `as_nobody` cannot be used here, or None when it can."""
    if os.name != "posix" or os.geteuid() != 0:
        return "needs root, to become an unprivileged user"
    if SETPRIV is None:
        return "needs setpriv"
    probe = as_nobody([sys.executable, "-c", "import pressreader"], folder)
    if probe.returncode != 0:
        return f"the unprivileged user cannot run this Python: {probe.stderr.strip()[-200:]}"
    return None


def as_nobody(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run `command` as the unprivileged user `nobody` (no groups, no capabilities)."""
    assert SETPRIV is not None
    return subprocess.run(
        [SETPRIV, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "HOME": str(cwd), "XDG_CACHE_HOME": str(cwd / "cache")},
        timeout=120,
    )
