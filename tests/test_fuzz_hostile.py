"""Hostile files, queries and settings against the real commands.

Generated article files (huge numbers, deep nesting, control and bidirectional characters in
every field, anchors and aliases, many documents, long lines, broken encodings), queries
(deep parentheses, many terms, operators, quotes, fields) and settings files go through
`check`, `check --format json`, `index`, `search` and `search --json`. Whatever the input:
no traceback, an exit status of 0, 1 or 2, and no raw control character on stdout or stderr.

The commands run in this process through `cli.main` (a subprocess per run would allow only a
handful of examples in the time), with stdout and stderr encoded strictly as UTF-8, as on a
UTF-8 terminal; a few examples also run the installed command in a subprocess. Hypothesis
runs with a fixed seed (`derandomize=True`) and a stated number of examples, so a CI run is
repeatable. A run that hangs is stopped after HANG_SECONDS and fails; normal runs are never
timed.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from pressreader.cli import main
from pressreader.tui.config import MAX_REPORTED, load_config
from tests.strategies import joined
from tests.streams import strict_stream, written
from tests.terminal_safety import raw_controls

HANG_SECONDS = 60
MAX_PROBLEMS = 1000  # per file, as FORMAT.md promises


def _settings(examples: int) -> settings:
    return settings(
        max_examples=examples,
        # No shrinking: a failing case is reported as generated, in seconds, not minutes.
        phases=[Phase.explicit, Phase.reuse, Phase.generate],
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.function_scoped_fixture,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )


# --- running the commands ----------------------------------------------------------------


class Hung(Exception):
    pass


@dataclass(frozen=True)
class Run:
    args: tuple[str, ...]
    status: int | None
    out: str
    err: str
    crash: str | None  # the exception that escaped, as a traceback would name it


def _stream() -> io.TextIOWrapper:
    # Strict UTF-8, as sys.stdout on a UTF-8 terminal: a lone surrogate cannot be written.
    return strict_stream()


@contextlib.contextmanager
def _watchdog() -> Iterator[None]:
    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise Hung(f"still running after {HANG_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_cli(*args: str) -> Run:
    out, err = _stream(), _stream()
    status: int | None = None
    crash = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            with _watchdog():
                status = main(list(args))
        except SystemExit as exit:  # argparse's usage errors
            status = exit.code if isinstance(exit.code, int) else 2
        except BaseException as error:  # what would have been a traceback
            crash = f"{type(error).__name__}: {str(error)[:200]}"
    return Run(tuple(args), status, written(out), written(err), crash)


def check_run(run: Run, statuses: tuple[int, ...] = (0, 1, 2)) -> None:
    where = " ".join(a[:40] for a in run.args)
    assert run.crash is None, f"{where}: {run.crash}"
    assert "Traceback" not in run.err, f"{where}: {run.err[-2000:]}"
    # The loader's last resort: a case it failed to anticipate, as good as a traceback.
    assert "internal error" not in run.out + run.err, f"{where}: {run.out[-500:]}"
    assert run.status in statuses, f"{where}: exit {run.status}: {run.err[-500:]}"
    assert raw_controls(run.out) == [], f"{where}: raw on stdout: {raw_controls(run.out)[:5]}"
    assert raw_controls(run.err) == [], f"{where}: raw on stderr: {raw_controls(run.err)[:5]}"


def run_every_command(data: bytes, query: str = "bridges") -> None:
    with tempfile.TemporaryDirectory() as base:
        folder = Path(base) / "lib"
        folder.mkdir()
        (folder / "hostile.yaml").write_bytes(data)
        (folder / "plain.yaml").write_bytes(VALID_ARTICLE.encode())
        index = str(Path(base) / "index.sqlite")
        lib = str(folder)
        check_run(run_cli("check", lib))
        report = run_cli("check", "--format", "json", lib)
        check_run(report)
        # FORMAT.md: at most 1,000 problems per file, then one saying it stopped there.
        per_file = Counter(problem["path"] for problem in json.loads(report.out)["problems"])
        assert max(per_file.values(), default=0) <= MAX_PROBLEMS + 1, per_file
        check_run(run_cli("index", "--index", index, lib), (0, 2))
        check_run(run_cli("search", "--index", index, query, lib))
        check_run(run_cli("search", "--json", "--index", index, query, lib))


@pytest.fixture(autouse=True)
def _private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    monkeypatch.delenv("NO_COLOR", raising=False)


# --- hostile pieces ----------------------------------------------------------------------

# Characters a file should never get onto a terminal, and others that stress the rules.
HOSTILE_CHARS = [
    *(chr(code) for code in range(0x00, 0x20)),
    "\x7f",
    *(chr(code) for code in range(0x80, 0xA0)),
    *"\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\u200b",
    "\ud800",
    "\udcff",
    "\U000f0000",
]
HOSTILE_PIECES = [
    "\x1b]2;pwned\x07",
    "\x1b]52;c;SGVsbG8=\x07",
    "\x1b[2J",
    "\x9b31m",
    "\x9d0;title\x9c",
    "evil\u202etxt.exe",
    "[bold red]markup[/]",
    "[link=https://x]y[/link]",
    "中文外交部",
    "e\u0301",
    "👩\u200d👧",
    "%s%n{0}",
]
WORDS = ["bridges", "trade", "we will build", "Ann", "Laos", "railway", "2022"]


_SURROGATE = re.compile("[\ud800-\udfff]")


def _quoted(text: str) -> str:
    """`text` as a YAML double-quoted scalar; unsafe characters as YAML escapes."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif code < 0x20 or 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF or code > 0xFFFF:
            out.append(f"\\U{code:08x}" if code > 0xFFFF else f"\\u{code:04x}")
        elif ch in "\u061c\u200e\u200f\u2028\u2029\ufeff" or 0x202A <= code <= 0x2069:
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


# One to eight of the characters, pieces and words above, joined with spaces; each of the three
# lists a third of the draws (84 characters, 12 pieces 7 times, 7 words 12 times).
assert len(HOSTILE_CHARS) == 7 * len(HOSTILE_PIECES) == 12 * len(WORDS)
hostile_text = joined(
    [*HOSTILE_CHARS, *HOSTILE_PIECES * 7, *WORDS * 12], min_size=1, max_size=8, sep=" "
)

# A scalar as written in the file: escaped in quotes, or the characters raw in the file.
hostile_scalar = st.one_of(
    hostile_text.map(_quoted),
    hostile_text.map(lambda text: text.replace("\n", " ")),  # raw in the file, unquoted
    hostile_text.map(lambda text: "'" + text.replace("'", "''") + "'"),  # raw, single-quoted
)


@st.composite
def huge_numbers(draw: st.DrawFn) -> str:
    # Past a float's range (309 digits) and past int()'s default limit (4,300 digits).
    digits = draw(st.sampled_from([310, 1000, 4400]) | st.integers(1, 5000))
    sign = draw(st.sampled_from(["", "-", "+"]))
    return sign + draw(
        st.sampled_from(
            [
                "1" + "0" * digits,
                "0x" + "f" * digits,
                "0b" + "1" * digits,
                "0o" + "7" * digits,
                "1" + "0" * digits + ".5",
                f"1e{digits}",
                "1_" * min(digits, 500) + "0",
                ".inf",
                ".nan",
                "0x_ff",
            ]
        )
    )


# Ordinary figures; the huge ones have their own families (one bug there hid the others).
numbers = st.one_of(st.integers(-(10**20), 10**20).map(str), st.floats().map(repr))


@st.composite
def nested(draw: st.DrawFn) -> str:
    depth = draw(st.integers(1, 1500))
    return draw(
        st.sampled_from(
            [
                "[" * depth + "]" * depth,
                "{a: " * depth + "1" + "}" * depth,
                "[" * depth + "x" + "]" * depth,
            ]
        )
    )


@st.composite
def anchors(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 3))
    if kind == 0:  # a small "billion laughs"
        levels = draw(st.integers(1, 9))
        lines = ['a0: &a0 ["lol"]']
        lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, levels)]
        return "\n".join(lines)
    if kind == 1:
        return "x: *undefined"
    if kind == 2:
        return "x: &loop [*loop]"
    return "x: &a " + _quoted("text") + "\ny: [" + ", ".join(["*a"] * 1000) + "]"


VALID_ARTICLE = """title: Bridges to the coast
published: 2024-01-01
speakers:
  - {name: Ann Lee, role: Minister}
sections:
  - paragraphs:
      - "Ann Lee said we will build bridges, and 181 of them."
quotes:
  - {speaker: Ann Lee, text: we will build bridges}
statistics:
  - {label: Bridges, value: 181, previous: 172, text: "181"}
"""


# Valid text with hostile characters (a lone surrogate, even escaped, is not valid YAML).
hostile_quoted = hostile_text.filter(lambda text: not _SURROGATE.search(text)).map(_quoted)


@st.composite
def hostile_article(
    draw: st.DrawFn,
    value: st.SearchStrategy[str] = hostile_scalar,
    number: st.SearchStrategy[str] = numbers,
) -> str:
    """An article whose every field may be hostile: `value` draws the text fields, `number`
    the figures. Quotes and figures anchor when their field draws the usual text, so many
    articles are valid and reach the index and the search."""
    speaker = draw(value)
    heading = draw(value)
    lines = [f"title: {draw(value)}", f"published: {draw(st.just('2024-01-01') | value)}"]
    lines += [f"tags: [{draw(value)}, {draw(value)}]"]
    if draw(st.booleans()):
        lines.append(f"{draw(hostile_scalar)}: {draw(value)}")  # an unknown key
    lines += ["speakers:", f"  - {{name: {speaker}, role: {draw(value)}}}", "sections:"]
    for _ in range(draw(st.integers(1, 4))):
        text = f"{draw(hostile_text)} we will build bridges, and 181 of them {draw(hostile_text)}"
        lines += [f"  - heading: {heading}", "    paragraphs:", f"      - {_quoted(text)}"]
        lines.append(f"      - {draw(value)}")
    quote = draw(st.just("we will build bridges") | value)
    lines += ["quotes:", f"  - {{speaker: {speaker}, text: {quote}}}"]
    lines += ["statistics:", f"  - label: {draw(value)}", f"    value: {draw(number)}"]
    lines += [f"    previous: {draw(number)}", f"    unit: {draw(value)}"]
    lines.append(f"    text: {draw(st.just(_quoted('181')) | value)}")
    return "\n".join(lines) + "\n"


def _encoded(text: str, encoding: str) -> bytes:
    boms = {
        "utf-8-sig": b"\xef\xbb\xbf",
        "utf-16-le": b"\xff\xfe",
        "utf-16-be": b"\xfe\xff",
        "utf-32-le": b"\xff\xfe\x00\x00",
        "utf-32-be": b"\x00\x00\xfe\xff",
    }
    if encoding == "utf-8":
        return text.encode("utf-8", "surrogatepass")
    if encoding == "utf-8-sig":
        return boms[encoding] + text.encode("utf-8", "surrogatepass")
    return boms[encoding] + text.encode(encoding, "surrogatepass")


@st.composite
def broken_encoding(draw: st.DrawFn) -> bytes:
    text = draw(hostile_article())
    encoding = draw(
        st.sampled_from(["utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
    )
    data = _encoded(text, encoding)
    damage = draw(
        st.sampled_from(
            [b"", b"\xff", b"\xc0\x80", b"\x80", b"\xe2\x82", b"\xed\xa0\x80", b"\x00", b"\xfe"]
        )
    )
    at = draw(st.integers(0, len(data)))
    if draw(st.booleans()):
        data = data[:at] + damage + data[at:]
    else:  # a BOM that lies about the rest
        data = draw(st.sampled_from([b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff"])) + data
    return data


@st.composite
def many_documents(draw: st.DrawFn) -> str:
    article = draw(hostile_article(hostile_quoted))  # valid YAML: the parser reads on
    copies = draw(st.integers(1, 60))
    stray = draw(st.sampled_from([0, 1200, 3000]) | st.integers(0, 3000))
    marker = draw(st.sampled_from(["---", "...", "--- !!str", "%YAML 1.1\n---"]))
    return "\n".join([article] * copies).replace("\ntitle:", "\n---\ntitle:") + (
        f"\n{marker}" * stray
    )


@st.composite
def long_lines(draw: st.DrawFn) -> str:
    length = draw(st.integers(1, 300_000))
    piece = draw(st.sampled_from(["word ", "x", "中", "\\u202e", "[", "- "]))
    body = (piece * (length // len(piece) + 1))[:length]
    return draw(hostile_article(st.just(_quoted(body)) | st.just(body)))


@st.composite
def nested_every_line(draw: st.DrawFn) -> str:
    depth = draw(st.integers(1, 1000))
    lines = draw(st.integers(1, 50))
    return "x:\n" + ("- " + "[" * depth + "]" * depth + "\n") * lines + VALID_ARTICLE


@st.composite
def same_headings(draw: st.DrawFn) -> str:
    count = draw(st.integers(1, 400))
    heading = draw(hostile_scalar)
    body = "".join(f"  - heading: {heading}\n    paragraphs: [text {n}]\n" for n in range(count))
    quotes = "".join(
        f"  - {{speaker: nobody{n}, text: missing {n}, section: s{n}x}}\n" for n in range(count)
    )
    return f"title: t\nsections:\n{body}quotes:\n{quotes}"


@st.composite
def valid_with_numbers(draw: st.DrawFn) -> str:
    """The valid article with huge figures: `check` accepts some; the index must too."""
    value, previous = draw(huge_numbers()), draw(huge_numbers() | st.just("172"))
    return VALID_ARTICLE.replace("value: 181", f"value: {value}").replace(
        "previous: 172", f"previous: {previous}"
    )


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")  # a lone surrogate: bytes that are not UTF-8


FAMILIES = {
    "fields": hostile_article().map(_utf8),
    "valid_fields": hostile_article(hostile_quoted).map(_utf8),
    "numbers": valid_with_numbers().map(_utf8),
    "numbers_in_fields": hostile_article(hostile_quoted, huge_numbers()).map(_utf8),
    "nesting": hostile_article(nested() | hostile_quoted).map(_utf8),
    "nesting_every_line": nested_every_line().map(_utf8),
    "anchors": st.tuples(anchors(), hostile_article()).map(lambda p: _utf8(p[1] + p[0])),
    "documents": many_documents().map(_utf8),
    "long_lines": long_lines().map(_utf8),
    "encodings": broken_encoding(),
    "same_headings": same_headings().map(_utf8),
}


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_hostile_files_through_every_command(family: str) -> None:
    @_settings(15)
    @given(FAMILIES[family], st.sampled_from(["bridges", "we will", "x*", "中文", "2022"]))
    def every_command(data: bytes, query: str) -> None:
        run_every_command(data, query)

    every_command()


# --- hostile queries ---------------------------------------------------------------------

QUERY_PIECES = [
    *WORDS,
    "OR",
    "AND",
    "NOT",
    "-",
    "*",
    '"',
    "(",
    ")",
    ":",
    "speaker:",
    'speaker:"Ann',
    "tag:",
    "outlet:",
    "title:",
    "author:",
    "after:",
    "before:2024",
    "after:9999-99-99",
    "before:0x10",
    "NEAR(",
    "^",
    "'); DROP TABLE x; --",
    *HOSTILE_PIECES,
    *HOSTILE_CHARS[:40:3],
]


@st.composite
def hostile_query(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 4))
    if kind == 0:  # deep parentheses
        depth = draw(st.integers(1, 1000))
        return "(" * depth + draw(st.sampled_from(WORDS)) + ")" * depth
    if kind == 1:  # many terms
        terms = draw(st.integers(1, 500))
        return " ".join(draw(st.sampled_from(WORDS)) for _ in range(terms))
    if kind == 2:  # a very long term
        return draw(st.sampled_from(["a", "中", "x*"])) * draw(st.integers(1, 100_000))
    if kind == 3:  # fields with hostile values
        field = draw(st.sampled_from(["speaker", "tag", "title", "outlet", "after", "before"]))
        return f"{field}:{_quoted(draw(hostile_text))} bridges"
    return draw(joined(QUERY_PIECES, min_size=1, max_size=12, sep=" "))


@pytest.fixture(scope="module")
def query_library(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    base = tmp_path_factory.mktemp("queries")
    folder = base / "lib"
    folder.mkdir()
    (folder / "plain.yaml").write_text(VALID_ARTICLE, encoding="utf-8")
    hostile = VALID_ARTICLE.replace("Bridges to the coast", _quoted("\x1b]2;t\x07 \u202e"))
    (folder / "hostile.yaml").write_text(hostile, encoding="utf-8")
    index = str(base / "index.sqlite")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(base / "cache"))
        check_run(run_cli("index", "--index", index, str(folder)), (0,))
    return index, str(folder)


@_settings(80)
@given(hostile_query())
def test_hostile_queries(query_library: tuple[str, str], query: str) -> None:
    index, folder = query_library
    check_run(run_cli("search", "--index", index, query, folder))
    check_run(run_cli("search", "--json", "--index", index, "--limit", "5", query, folder))


# --- hostile settings files --------------------------------------------------------------


@st.composite
def hostile_config(draw: st.DrawFn) -> bytes:
    lines = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.integers(0, 6))
        if kind == 0:
            lines.append(f"theme = {_quoted(draw(hostile_text))}")
        elif kind == 1:
            lines.append(f"text_width = {draw(numbers)}")
        elif kind == 2:
            lines.append(f"{_quoted(draw(hostile_text))} = 1")
        elif kind == 3:
            lines.append(f"deep = {draw(nested())}")
        elif kind == 4:  # unknown keys by the thousand
            lines += [f"unknown_{n} = {n}" for n in range(draw(st.integers(1, 5000)))]
        elif kind == 5:
            lines.append("[keymap]")
            lines += [
                f"{_quoted(draw(hostile_text))} = {_quoted(draw(hostile_text))}"
                for _ in range(draw(st.integers(1, 20)))
            ]
        else:
            lines.append(draw(st.sampled_from(QUERY_PIECES)))  # not TOML at all
    text = "\n".join(lines) + "\n"
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16-le", "utf-32-be"]))
    data = _encoded(text, encoding)
    if draw(st.booleans()):
        data += draw(st.sampled_from([b"\xff", b"\xed\xa0\x80", b"\x00", b"\xc0\x80"]))
    return data


@_settings(150)
@given(hostile_config())
def test_hostile_settings_files(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(data)
    with _watchdog():
        config = load_config(path)  # must not raise
    assert len(config.errors) <= MAX_REPORTED + 1
    for error in config.errors:
        assert raw_controls(error) == [] and "\n" not in error
        assert len(error) < 1000
    assert 20 <= config.text_width <= 400


# --- a few runs of the installed command -------------------------------------------------


def _subprocess(args: list[str], cwd: Path) -> Run:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}  # strict, as a UTF-8 terminal
    try:
        result = subprocess.run(
            [sys.executable, "-m", "pressreader", *args],
            capture_output=True,
            cwd=cwd,
            env=env,
            timeout=HANG_SECONDS,  # generous: only a hang reaches it
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{args[0]} hung for {HANG_SECONDS} s")
    return Run(
        tuple(args),
        result.returncode,
        result.stdout.decode("utf-8"),
        result.stderr.decode("utf-8"),
        None,
    )


@_settings(3)
@given(st.one_of(FAMILIES["fields"], FAMILIES["encodings"], FAMILIES["numbers"]), hostile_query())
def test_hostile_input_through_the_installed_command(
    tmp_path: Path, data: bytes, query: str
) -> None:
    with tempfile.TemporaryDirectory(dir=tmp_path) as base:
        folder = Path(base) / "lib"
        folder.mkdir()
        (folder / "hostile.yaml").write_bytes(data)
        index = str(Path(base) / "index.sqlite")
        check_run(_subprocess(["check", "lib"], Path(base)))
        check_run(_subprocess(["check", "--format", "json", "lib"], Path(base)))
        check_run(_subprocess(["index", "--index", index, "lib"], Path(base)), (0, 2))
        check_run(_subprocess(["search", "--index", index, query, "lib"], Path(base)))
        check_run(_subprocess(["search", "--json", "--index", index, query, "lib"], Path(base)))
