"""`pressreader [read] [PATH...]`, `pressreader check PATH...` and `pressreader search [--json]
[--limit N] QUERY [PATH...]` skip the argument parser: their arguments must be exactly the
parser's."""

from __future__ import annotations

import pytest

from pressreader.cli import build_parser, plain_command, search_arguments


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
        (["search", "--json", "word"], ["search", "--json", "word"]),
        (["search", "word", "--limit", "5"], ["search", "--limit", "5", "word"]),
        (["search", "word", "lib", "--limit=50"], ["search", "--limit", "50", "word", "lib"]),
        (["search", "--limit", "007", "w", "--json"], ["search", "--json", "--limit=7", "w"]),
        (["search", "--limit", "0", "word"], ["search", "--limit", "0", "word"]),
        (
            ["search", "--json", "a", "--limit", "3", "b"],
            ["search", "--json", "--limit=3", "a", "b"],
        ),
        (["import", "a.txt"], ["import", "a.txt"]),
        (["import", "a.txt", "b.md", "-"], ["import", "a.txt", "b.md", "-"]),
        (
            ["import", "a.txt", "-o", "out.yaml", "--force"],
            ["import", "a.txt", "--output=out.yaml", "--force"],
        ),
        (["import", "--force", "-o", "-", "a.txt"], ["import", "--force", "-o", "-", "a.txt"]),
        (
            ["import", "-o", "out", "a", "b", "--force"],
            ["import", "-o", "out", "a", "b", "--force"],
        ),
        (["import", "--output", "o", "a"], ["import", "--output", "o", "a"]),
    ],
)
def test_plain_commands_give_what_the_parser_gives(argv: list[str], parsed: list[str]) -> None:
    plain = plain_command(argv)
    assert plain is not None
    assert vars(plain) == vars(build_parser().parse_args(parsed))


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "word", "--json", "lib", "--limit", "12", "lib2"],
        ["search", "--limit=1", "two words", "--json"],
        ["search", "--json", "--limit", "40", "x"],
    ],
)
def test_a_plain_search_is_what_the_command_line_gives_the_parser(argv: list[str]) -> None:
    """As `main` hands a search to the parser: its options first (`search_arguments`)."""
    plain = plain_command(argv)
    assert plain is not None
    parsed = build_parser().parse_args(["search", *search_arguments(argv[1:])])
    assert vars(plain) == vars(parsed)


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
        ["search", "--json", "--json", "word"],
        ["search", "word", "--limit", "5", "--limit", "6"],
        ["search", "word", "--limit"],
        ["search", "word", "--limit", "-5"],
        ["search", "word", "--limit", "+5"],
        ["search", "word", "--limit", " 5"],
        ["search", "word", "--limit", "5_0"],
        ["search", "word", "--limit", "\u0665"],  # an Arabic-Indic five: int() reads it
        ["search", "word", "--limit=", "x"],
        ["search", "word", "--limit", "--json"],
        ["search", "word", "--lim", "5"],
        ["search", "word", "--limits", "5"],
        ["search", "--json"],
        ["search", "--limit", "5"],
        ["search", "word", "--index", "x.sqlite"],
        ["search", "word", "--max-bytes", "1K"],
        ["search", "--", "word"],
        ["search", "word", "-"],
        ["search", "-h"],
        ["index"],
        ["import"],  # the parser reports the missing source
        ["import", "a.txt", "-o"],
        ["import", "a.txt", "-o", "x", "-o", "y"],
        ["import", "a.txt", "--force", "--force"],
        ["import", "a.txt", "--forc"],
        ["import", "a.txt", "--output=x"],
        ["import", "a.txt", "-ox"],
        ["import", "a.txt", "-o", "--force"],
        ["import", "a.txt", "--", "-b"],
        ["import", "a.txt", "--force", "b.txt"],  # the parser refuses a source after an option
        ["import", "a.txt", "-o", "x", "b.txt"],
        ["import", "-5"],
        ["import", "a.txt", "--no-annotate"],
        ["import", "a.txt", "-j", "2"],
    ],
)
def test_anything_else_goes_through_the_parser(argv: list[str]) -> None:
    assert plain_command(argv) is None


@pytest.mark.parametrize(
    "argv",
    [["import", "a.txt", "--force", "b.txt"], ["import", "a.txt", "-o", "x", "b.txt"], ["import"]],
)
def test_an_import_the_parser_refuses_is_left_to_it(argv: list[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(argv)
    assert plain_command(argv) is None


def test_main_builds_the_parser_once_and_each_call_gets_lists_of_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pressreader import cli

    built: list[object] = []

    def counting() -> object:
        parser = build_parser()
        built.append(parser)
        return parser

    monkeypatch.setattr(cli, "build_parser", counting)
    monkeypatch.setattr(cli, "_PARSERS", [])
    calls: list[object] = []
    monkeypatch.setattr(cli, "_run", lambda _command, args: calls.append(args) or 0)
    for _ in range(3):
        assert cli.main(["index"]) == 0  # not a plain command: parsed
    assert len(built) == 1
    first, second, third = (vars(args) for args in calls)
    assert first == second and first["paths"] == []
    first["paths"].append("changed")  # as a command may: the next call does not see it
    assert second["paths"] == [] and third["paths"] == []
