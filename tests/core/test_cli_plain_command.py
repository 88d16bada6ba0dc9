"""`pressreader [read] [PATH...]`, `pressreader check PATH...` and `pressreader search QUERY
[PATH...]` skip the argument parser: their arguments must be exactly the parser's."""

from __future__ import annotations

import pytest

from pressreader.cli import build_parser, plain_command


@pytest.mark.parametrize(
    ("argv", "parsed"),
    [
        ([], ["read"]),
        (["a.yaml"], ["read", "a.yaml"]),
        (["a.yaml", "folder"], ["read", "a.yaml", "folder"]),
        (["read.yaml"], ["read", "read.yaml"]),
        (["read"], ["read"]),
        (["read", "a.yaml"], ["read", "a.yaml"]),
        (["check", "a.yaml"], ["check", "a.yaml"]),
        (["check", "a.yaml", "folder"], ["check", "a.yaml", "folder"]),
        (["search", "word"], ["search", "word"]),
        (["search", "word", "lib"], ["search", "word", "lib"]),
        (["search", "two words", "a.yaml", "lib"], ["search", "two words", "a.yaml", "lib"]),
        (["search", ""], ["search", ""]),
    ],
)
def test_plain_commands_give_what_the_parser_gives(argv: list[str], parsed: list[str]) -> None:
    plain = plain_command(argv)
    assert plain is not None
    assert vars(plain) == vars(build_parser().parse_args(parsed))


@pytest.mark.parametrize(
    "argv",
    [
        ["--index", "x.sqlite", "a.yaml"],
        ["a.yaml", "--max-bytes", "1K"],
        ["-h"],
        ["--version"],
        ["check"],  # the parser reports the missing path
        ["check", "--strict", "a.yaml"],
        ["check", "a.yaml", "--format", "json"],
        ["search"],  # the parser reports the missing query
        ["search", "-china", "lib"],
        ["search", "--json", "word"],
        ["search", "word", "--limit", "5"],
        ["index"],
    ],
)
def test_anything_else_goes_through_the_parser(argv: list[str]) -> None:
    assert plain_command(argv) is None
