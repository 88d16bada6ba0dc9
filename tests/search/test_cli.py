"""`pressreader search` and `pressreader index` as users and scripts run them.

Most tests run the command in this process (`cli.main`, with the environment, folder and
output streams a child would have: output that is not a terminal, kept byte for byte); those
about the process itself start one: a pipe, a pseudo-terminal, the exit without teardown, the
modules a search loads.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import pty
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.search.conftest import article, write
from tests.streams import strict_stream, written


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    environment = dict(os.environ)
    environment["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    environment.pop("NO_COLOR", None)
    return environment


@pytest.fixture
def library(lib: Path) -> Path:
    write(
        lib / "trade.yaml",
        article(
            "Exports to Laos double",
            [["Exports of machinery to Laos doubled."], ["The railway carried the goods."]],
            published="2022-10-20",
        ),
    )
    write(lib / "evil.yaml", article("Evil \x1b[31mred", ["An \x1b]0;pwned\x07 railway escape."]))
    return lib


@pytest.fixture
def broken(library: Path) -> Path:
    """The library with a file that cannot be read as an article."""
    (library / "broken.yaml").write_text("title: [oops\n", encoding="utf-8")
    return library


@dataclass(frozen=True)
class Ran:
    returncode: int
    stdout: str
    stderr: str


def _stream() -> io.TextIOWrapper:
    # As a pipe: UTF-8, strict, not a terminal, and no newline translation ("\r" stays).
    return strict_stream(newline="")


def run(args: list[str], env: dict[str, str], cwd: Path | None = None) -> Ran:
    """`pressreader ARGS` in this process, with `env` as its environment and `cwd` its folder."""
    from pressreader.cli import main

    saved_env, saved_cwd = dict(os.environ), os.getcwd()
    out, err = _stream(), _stream()
    try:
        os.environ.clear()
        os.environ.update(env)
        if cwd is not None:
            os.chdir(cwd)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                status = main(args)
            except SystemExit as exit:  # argparse: --help, usage errors
                status = exit.code if isinstance(exit.code, int) else 2
    finally:
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)
    return Ran(status, written(out), written(err))


def run_process(args: list[str], env: dict[str, str], cwd: Path | None = None) -> Any:
    """`pressreader ARGS` as a child process, its output through pipes."""
    return subprocess.run(
        [sys.executable, "-m", "pressreader", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        check=False,
    )


def run_in_pty(args: list[str], env: dict[str, str], cwd: Path) -> tuple[int, str]:
    """Run with stdout and stderr on a pseudo-terminal; return (status, output)."""
    master, slave = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "pressreader", *args],
        stdin=subprocess.DEVNULL,
        stdout=slave,
        stderr=slave,
        env=env,
        cwd=cwd,
    )
    os.close(slave)
    chunks: list[bytes] = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return process.wait(), b"".join(chunks).decode("utf-8", "replace")


def test_piped_output_is_plain_path_line_heading_snippet(library: Path, env: Any) -> None:
    result = run_process(["search", "railway", "lib"], env, cwd=library.parent)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "\x1b" not in result.stdout
    trade = next(line for line in lines if line.startswith("lib/trade.yaml:"))
    _path, line, rest = trade.split(":", 2)
    assert rest == " [Section 2] The railway carried the goods."
    source = (library / "trade.yaml").read_text(encoding="utf-8").splitlines()
    assert "railway" in source[int(line) - 1]


def test_hits_name_sections_as_the_table_of_contents_does(library: Path, env: Any) -> None:
    # The untitled first section is "Lead", as in the reader, not its derived id.
    result = run(["search", "machinery", "lib"], env, cwd=library.parent)
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert line.split(":", 2)[2].startswith(" [Lead] Exports of machinery")


def test_terminal_output_highlights_matches(library: Path, env: Any) -> None:
    status, output = run_in_pty(["search", "railway", "lib"], env, library.parent)
    assert status == 0
    assert "\x1b[1;31mrailway\x1b[0m" in output
    assert "\x1b[35mlib/trade.yaml\x1b[0m" in output


def test_no_color_keeps_bold_matches_only(library: Path, env: Any) -> None:
    env["NO_COLOR"] = "1"
    status, output = run_in_pty(["search", "railway", "lib"], env, library.parent)
    assert status == 0
    assert "\x1b[1mrailway\x1b[0m" in output and "\x1b[35m" not in output


def test_control_characters_never_reach_the_terminal(library: Path, env: Any) -> None:
    for args in (["search", "escape", "lib"], ["search", "--json", "escape", "lib"]):
        result = run(args, env, cwd=library.parent)
        assert result.returncode == 0
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    plain = run(["search", "escape", "lib"], env, cwd=library.parent).stdout
    assert "\\x1b]0;pwned\\x07" in plain
    _status, output = run_in_pty(["search", "escape", "lib"], env, library.parent)
    assert "\x1b]0;" not in output and "\x07" not in output


def test_json_output(library: Path, env: Any) -> None:
    result = run(["search", "--json", "laos", str(library)], env)
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["query"] == "laos"
    hit = next(h for h in data["hits"] if h["kind"] == "paragraph")
    assert hit["path"] == str(library / "trade.yaml")
    assert hit["section_id"] == "section-1" and hit["paragraph"] == 0
    start, end = hit["matches"][0]
    assert hit["snippet"][start:end] == "Laos"
    assert {"line", "document", "article_id", "title", "heading", "score"} <= set(hit)


def test_limit(library: Path, env: Any) -> None:
    many = run(["search", "laos", str(library)], env).stdout.splitlines()
    assert len(many) > 1
    one = run(["search", "--limit", "1", "laos", str(library)], env).stdout.splitlines()
    assert one == many[:1]
    # A limit past what SQLite's integers hold is no limit: every hit, not an error that
    # blames the index ("datatype mismatch").
    for huge in ("99999999999999999999", str(2**63)):
        result = run(["search", "--limit", huge, "laos", str(library)], env)
        assert (result.returncode, result.stderr) == (0, "")
        assert result.stdout.splitlines() == many


def test_exit_status_follows_grep(library: Path, env: Any) -> None:
    assert run(["search", "laos", str(library)], env).returncode == 0
    nothing = run(["search", "zanzibar", str(library)], env)
    assert nothing.returncode == 1 and nothing.stdout == "" and nothing.stderr == ""
    missing = run(["search", "laos", str(library / "nope")], env)
    assert missing.returncode == 2 and "no such file or folder" in missing.stderr
    assert run(["search", "--limit", "0", "laos", str(library)], env).returncode == 2


def test_files_that_cannot_be_read_are_said_on_stderr_and_exit_2_as_grep_does(
    broken: Path, env: Any
) -> None:
    library = broken
    hostile = library / "hostile\x1b]0;x\x07.yaml"
    hostile.write_text("title: T\nsections: {" + "\x1b[2J" * 5000, encoding="utf-8")
    for args in (["search", "laos", str(library)], ["search", "--json", "laos", str(library)]):
        result = run(args, env)
        # The good files' hits, as without the broken ones; then status 2, as grep's.
        assert result.returncode == 2
        clean = run([*args[:-1], str(library / "trade.yaml")], env)
        assert clean.returncode == 0
        if "--json" in args:  # the same hits (their scores depend on the other files)
            hits = [h | {"score": 0} for h in json.loads(result.stdout)["hits"]]
            assert hits == [h | {"score": 0} for h in json.loads(clean.stdout)["hits"]]
        else:
            assert result.stdout == clean.stdout
        lines = result.stderr.splitlines()
        assert len(lines) == 2, lines  # one line per file that could not be read
        assert lines[0].startswith(f"{library / 'broken.yaml'}:2:1: error: invalid YAML")
        assert ": error: " in lines[0]
        assert lines[1].startswith(str(library / "hostile\\x1b]0;x\\x07.yaml") + ":")
        assert all(len(line) < 1000 for line in lines)
        assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    # Nothing found anywhere, and a file unreadable: 2 as well.
    assert run(["search", "zanzibar", str(library)], env).returncode == 2


def test_bad_query_prints_a_message_not_a_traceback(library: Path, env: Any) -> None:
    result = run(["search", 'trade "unclosed', str(library)], env)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert "column 7: unclosed quote" in result.stderr
    assert "\n        ^" in result.stderr  # a caret under the quote (after a two-space indent)
    suggestion = run(["search", "spaeker:Ma", str(library)], env)
    assert suggestion.returncode == 2 and "did you mean `speaker:`" in suggestion.stderr


def test_index_command_reports_and_updates_incrementally(
    broken: Path, env: Any, tmp_path: Path
) -> None:
    library = broken
    target = tmp_path / "explicit.sqlite"
    first = run(["index", "--index", str(target), str(library)], env)
    assert first.returncode == 0
    assert "2 articles in 3 files (3 added" in first.stdout
    assert "broken.yaml" in first.stderr and "error" in first.stderr
    assert target.exists()
    again = run(["index", "--index", str(target), str(library)], env)
    assert "(0 added, 0 changed, 0 removed, 3 unchanged)" in again.stdout
    # search uses the same index when told to, and the default one otherwise (2: the
    # broken file, said as `index` says it).
    searched = run(["search", "--index", str(target), "laos", str(library)], env)
    assert searched.returncode == 2 and "laos" in searched.stdout.casefold()
    assert searched.stderr.splitlines() == [
        line for line in first.stderr.splitlines() if "broken.yaml" in line
    ]
    assert not (tmp_path / "cache").exists()


def test_search_updates_the_index_on_the_way(library: Path, env: Any) -> None:
    assert run(["search", "zanzibar", str(library)], env).returncode == 1
    write(library / "new.yaml", article("Zanzibar port", ["Ships call at Zanzibar."]))
    assert run(["search", "zanzibar", str(library)], env).returncode == 0


def test_corrupt_index_is_rebuilt_with_a_notice_on_stderr(
    library: Path, env: Any, tmp_path: Path
) -> None:
    target = tmp_path / "i.sqlite"
    assert run(["index", "--index", str(target), str(library)], env).returncode == 0
    # Pressreader's header (and mark) kept, every page after it overwritten.
    data = target.read_bytes()
    target.write_bytes(data[:100] + b"garbage" * 1000)
    result = run(["search", "--index", str(target), "laos", str(library)], env)
    assert result.returncode == 0
    assert "note: rebuilding the search index" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_progress_line_when_stderr_is_not_a_terminal(library: Path, env: Any) -> None:
    env["PRESSREADER_PROGRESS_DELAY"] = "0"  # as on a terminal below: at once, were it one
    result = run(["index", str(library)], env)
    assert "indexing" not in result.stderr and "\r" not in result.stderr


def test_progress_line_on_a_terminal(tmp_path: Path, env: Any) -> None:
    lib = tmp_path / "big"
    for number in range(300):
        write(
            lib / f"a{number:03}.yaml",
            article(f"A {number}", [f"Paragraph {number} " + "word " * 200] * 5),
        )
    env["PRESSREADER_PROGRESS_DELAY"] = "0"
    status, output = run_in_pty(["index", str(lib)], env, tmp_path)
    assert status == 0
    assert "indexing " in output and "/300 files" in output


def test_search_does_not_import_textual(library: Path, env: Any) -> None:
    code = (
        "import sys\n"
        "from pressreader.cli import main\n"
        f"status = main(['search', 'laos', {str(library)!r}])\n"
        "print('TEXTUAL' if 'textual' in sys.modules else 'NO-TEXTUAL', status)\n"
        "print('YAML' if 'yaml' in sys.modules else 'NO-YAML')\n"
    )
    first = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert "NO-TEXTUAL 0" in first.stdout
    # With a fresh index and nothing changed, not even the YAML parser is loaded.
    second = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert "NO-TEXTUAL 0" in second.stdout and "NO-YAML" in second.stdout


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("(" * 340 + "trade" + ")" * 340, "nested"),
        (" ".join(f"word{i}" for i in range(10_000)), "too many terms"),
        ('"' + "railway " * 5_000 + '"', "too long"),
    ],
    ids=["nested", "terms", "length"],
)
def test_hostile_queries_exit_2_with_a_caret_under_the_bound(
    library: Path, env: Any, query: str, words: str
) -> None:
    result = run(["search", query, str(library)], env)
    assert result.returncode == 2, result.stderr[-500:]
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 3 and words in lines[0], lines[:1]
    # The query is shown around the column named, short enough for a terminal line.
    assert lines[2].strip() == "^" and len(lines[1]) <= 100
    column = int(lines[0].split("column ")[1].split(":")[0])
    shown, caret = lines[1], lines[2].index("^")
    assert query[column - 1] == shown[caret] or shown[caret] == "…"


# --- a query that begins with `-` ----------------------------------------------------------


def test_a_query_beginning_with_a_dash_is_the_query_not_an_option(library: Path, env: Any) -> None:
    # `-word` excludes: the README's syntax works as the first thing after `search`.
    result = run(["search", "-laos railway", str(library)], env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{library / 'evil.yaml'}:")
    assert "trade.yaml" not in result.stdout
    # Options before or after it keep working, and so does `--`.
    data = json.loads(run(["search", "-laos railway", "--json", str(library)], env).stdout)
    assert {Path(h["path"]).name for h in data["hits"]} == {"evil.yaml"}
    limited = run(["search", "--limit", "1", "-laos railway", str(library)], env)
    assert limited.returncode == 0 and len(limited.stdout.splitlines()) == 1
    dashed = run(["search", "--", "-laos railway", str(library)], env)
    assert dashed.returncode == 0 and dashed.stdout == result.stdout
    # A query of exclusions only is explained by the query parser, not refused as an option.
    alone = run(["search", "-laos", str(library)], env)
    assert alone.returncode == 2 and "only exclusions" in alone.stderr
    assert "unrecognized arguments" not in alone.stderr


def test_h_stays_help_and_the_help_says_how_to_search_for_it(library: Path, env: Any) -> None:
    result = run(["search", "-h"], env)
    assert result.returncode == 0
    assert "begins with '-'" in " ".join(result.stdout.split())
    assert run(["search", "-laos railway", "--help"], env).returncode == 0


def test_the_caret_points_at_the_misplaced_star(library: Path, env: Any) -> None:
    result = run(["search", "a*b", str(library)], env)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert "column 2:" in lines[0]
    assert lines[1][lines[2].index("^")] == "*"


def test_search_arguments_keep_options_and_take_dash_words_as_the_query() -> None:
    from pressreader.cli import SEARCH_FLAGS, SEARCH_VALUE_OPTIONS, build_parser, search_arguments

    assert search_arguments(["-n", "--lim", "2", "lib"]) == ["--lim", "2", "--", "-n", "lib"]
    assert search_arguments(["--index=x", "-a b", "-h"]) == ["--index=x", "-h", "--", "-a b"]
    assert search_arguments(["--json", "--", "--x"]) == ["--json", "--", "--x"]
    assert search_arguments(["--max-bytes", "-5", "q"]) == ["--max-bytes", "-5", "--", "q"]
    # The lists name the parser's options exactly.
    usage = build_parser().parse_args(["search", "q"])
    assert usage.query == "q"
    for option in SEARCH_VALUE_OPTIONS:
        parsed = build_parser().parse_args(["search", option, "7", "q"])
        assert getattr(parsed, option.removeprefix("--").replace("-", "_")) in (7, "7")
    assert build_parser().parse_args(["search", SEARCH_FLAGS[1], "q"]).json


def test_a_quote_and_its_paragraph_are_one_hit_in_text_and_json(lib: Path, env: Any) -> None:
    quoted = article(
        "Harbour",
        ["Ann Lee said “the harbour will reopen” on Monday."],
        quotes=[{"speaker": "Ann Lee", "text": "the harbour will reopen"}],
    )
    write(lib / "harbour.yaml", quoted)
    lines = run(["search", "harbour", str(lib)], env).stdout.splitlines()
    in_text = [line for line in lines if ": [Lead] " in line]  # not the title and id
    assert len(in_text) == 1 and in_text[0].endswith(": [Lead] Ann Lee: the harbour will reopen")
    data = json.loads(run(["search", "--json", "reopen", str(lib)], env).stdout)
    assert [(h["kind"], h["speaker"]) for h in data["hits"]] == [("quote", "Ann Lee")]


def test_a_search_that_ends_without_teardown_still_writes_all_its_output(
    lib: Path, env: Any
) -> None:
    # More output than a pipe holds (64 KiB), written before the process ends at once.
    paragraphs = [f"Paragraph {n} mentions the quokka and fills the line up." for n in range(900)]
    write(lib / "many.yaml", article("Many", paragraphs))
    plain = run_process(["search", "quokka", str(lib)], env)
    assert plain.returncode == 0, plain.stderr
    lines = plain.stdout.splitlines()
    assert len(plain.stdout) > 65536 and len(lines) == 900
    assert lines[-1].endswith("fills the line up.")
    as_json = run_process(["search", "--json", "quokka", str(lib)], env)
    assert as_json.returncode == 0 and len(json.loads(as_json.stdout)["hits"]) == 900
    nothing = run_process(["search", "wombat", str(lib)], env)
    assert (nothing.returncode, nothing.stdout, nothing.stderr) == (1, "", "")


def test_a_search_piped_into_a_reader_that_stops_ends_quietly(lib: Path, env: Any) -> None:
    paragraphs = [f"Paragraph {n} mentions the quokka and fills the line up." for n in range(900)]
    write(lib / "many.yaml", article("Many", paragraphs))
    run(["index", str(lib)], env)
    process = subprocess.Popen(
        [sys.executable, "-m", "pressreader", "search", "quokka", str(lib)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline().endswith(b"fills the line up.\n")
    process.stdout.close()  # as `| head -1` does
    error = process.stderr.read()
    assert process.wait() in (0, -13) and b"Traceback" not in error


def test_the_index_command_counts_articles_without_listing_them(
    broken: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    library = broken
    # Every article's entry in one list took memory in proportion to the library; the
    # report needs only the count, and the broken files.
    from pressreader import cli
    from pressreader.index import LibraryIndex

    def listed(self: LibraryIndex) -> None:
        raise AssertionError("every entry was listed")

    monkeypatch.setattr(LibraryIndex, "entries", listed)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert cli.main(["index", "--index", str(tmp_path / "i.sqlite"), str(library)]) == 0
    out, err = capsys.readouterr()
    assert "2 articles in 3 files (3 added" in out and "1 broken file" in out
    assert "broken.yaml" in err and "error" in err


def test_an_article_whose_id_is_its_title_is_listed_once_for_a_title_word(
    lib: Path, env: Any
) -> None:
    write(lib / "港口恢复通航.yaml", article("港口恢复通航", ["船只开始移动。"]))
    result = run(["search", "港口", "lib"], env, cwd=lib.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["lib/港口恢复通航.yaml:1: 港口恢复通航"]
