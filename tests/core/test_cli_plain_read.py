"""`pressreader [PATH...]` skips the argument parser: its arguments must be the parser's."""

from __future__ import annotations

import pytest

from pressreader.cli import build_parser, plain_read


@pytest.mark.parametrize("argv", [[], ["a.yaml"], ["a.yaml", "folder"], ["read.yaml"]])
def test_plain_reading_gives_what_the_parser_gives(argv: list[str]) -> None:
    plain = plain_read(argv)
    assert plain is not None
    assert vars(plain) == vars(build_parser().parse_args(["read", *argv]))


@pytest.mark.parametrize(
    "argv",
    [
        ["--index", "x.sqlite", "a.yaml"],
        ["a.yaml", "--max-bytes", "1K"],
        ["-h"],
        ["--version"],
        ["check", "a.yaml"],
        ["read", "a.yaml"],
        ["search", "word"],
        ["index"],
    ],
)
def test_anything_else_goes_through_the_parser(argv: list[str]) -> None:
    assert plain_read(argv) is None
