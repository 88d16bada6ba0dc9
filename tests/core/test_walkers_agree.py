"""`check` and the library (`discover`) and the search index (`scan_root`) list the same files.

Random trees of nested folders, hidden names, article and other suffixes, links to files and
to folders, link loops, dangling links, named pipes and folders that cannot be read; both
walks must list exactly the files and unreadable folders that the rule in
`pressreader.library.files` names, computed here from the tree's description.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressreader.index.walk import scan_root
from pressreader.library.files import discover, make_roots
from tests.unreadable import deny_listing

pytestmark = pytest.mark.skipif(
    not hasattr(os, "mkfifo") or os.name != "posix", reason="symbolic links and named pipes"
)

NAMES = (
    "a.yaml",
    "b.yml",
    "C.YAML",
    "d.Yml",
    "e.txt",
    "f",
    ".h.yaml",
    ".git",
    "g.yaml.bak",
    "yaml",
    "x.yaml",
)
KINDS = ("file", "folder", "locked", "file-link", "folder-link", "loop", "dangling", "fifo")


@dataclass
class Node:
    rel: str
    kind: str


def build(root: Path, steps: list[tuple[int, str, str, int]]) -> list[Node]:
    """Make the tree; each step puts one entry of `kind` in an earlier folder."""
    folders = [""]
    files: list[str] = []
    nodes: list[Node] = []
    for parent_pick, name, kind, target_pick in steps:
        parent = folders[parent_pick % len(folders)]
        rel = f"{parent}{name}"
        path = root / rel
        if os.path.lexists(path):
            continue
        if kind in ("folder", "locked"):
            path.mkdir()
            folders.append(rel + "/")
        elif kind == "file":
            path.write_text("title: x\n", encoding="utf-8")
            files.append(rel)
        elif kind == "file-link":
            if not files:
                continue
            target = root / files[target_pick % len(files)]
            path.symlink_to(os.path.relpath(target, path.parent))
        elif kind == "folder-link":  # to any folder, its own ancestors included (loops)
            target = root / folders[target_pick % len(folders)]
            path.symlink_to(os.path.relpath(target, path.parent), target_is_directory=True)
        elif kind == "loop":
            path.symlink_to(name)
        elif kind == "dangling":
            path.symlink_to("nowhere-" + name)
        else:
            os.mkfifo(path)
        nodes.append(Node(rel, kind))
    return nodes


def expected(nodes: list[Node]) -> tuple[set[str], set[str]]:
    """(article files, unreadable folders) by the rule, from the tree's description."""
    kinds = {node.rel: node.kind for node in nodes}

    def reached(rel: str) -> bool:
        # Every folder above is a real, readable folder whose name is not hidden.
        parts = rel.split("/")[:-1]
        return all(
            kinds.get("/".join(parts[: n + 1])) == "folder" and not part.startswith(".")
            for n, part in enumerate(parts)
        )

    files, locked = set(), set()
    for node in nodes:
        name = node.rel.rsplit("/", 1)[-1]
        if not reached(node.rel) or name.startswith("."):
            continue
        if node.kind == "locked":
            locked.add(node.rel)
        elif node.kind not in ("folder", "folder-link") and name.lower().endswith(
            (".yaml", ".yml")
        ):
            files.add(node.rel)
    return files, locked


steps = st.lists(
    st.tuples(
        st.integers(0, 30), st.sampled_from(NAMES), st.sampled_from(KINDS), st.integers(0, 30)
    ),
    max_size=30,
)


@settings(
    max_examples=150,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(steps=steps)
def test_both_walks_list_what_the_rule_names(
    steps: list[tuple[int, str, str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    with tempfile.TemporaryDirectory() as name, monkeypatch.context() as patch:
        root = Path(name)
        nodes = build(root, steps)
        deny_listing(patch, *(root / node.rel for node in nodes if node.kind == "locked"))
        want_files, want_locked = expected(nodes)

        found = discover([root])
        assert not found.missing
        files = {path.relative_to(root).as_posix() for path in found.files}
        locked = {Path(p.path).relative_to(root).as_posix() for p in found.unreadable}

        (index_root,) = make_roots([root])
        listing = scan_root(index_root)
        index_files = {rel for rel, _, _ in listing if not rel.endswith("/")}
        index_locked = {rel.rstrip("/") for rel, _, _ in listing if rel.endswith("/")}

        assert files == index_files == want_files
        assert locked == index_locked == want_locked
        assert len(listing) == len(want_files) + len(want_locked)  # each listed once
