"""Hostile but small files: numbers out of range, quadratic shapes, caps that must hold.

Each test is built from a reproduction of a failure: it fails on the loader before the fix
for the reproduced reason. No test times a normal run; the few that guard against runaway
work run the load in a child process and only kill it past a generous limit.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from pressreader.cli import main
from pressreader.format.document import MAX_PROBLEMS
from pressreader.format.loader import load_bytes, load_text
from pressreader.format.safe_yaml import MAX_EVENTS, MAX_FLOW_DEPTH, SafeLoader, max_events
from pressreader.index.records import file_record
from pressreader.model import LoadResult, Statistic
from pressreader.paths import bundled_articles

STATISTIC = (
    "title: T\n"
    "sections:\n"
    "- paragraphs: [The figure is big.]\n"
    "statistics:\n"
    "- label: L\n"
    "  value: {value}\n"
)
HUGE_VALUES = [
    "1" + "0" * 309,  # a finite-looking integer that no float can hold
    "0x" + "f" * 5000,  # hex and binary: Python parses any number of digits
    "0b" + "1" * 20000,
    "1" * 5000,  # past Python's limit on converting digits to an int
    "1e300",  # a float outside the stated range
    "-1" + "0" * 40,
]


def load(text: str) -> LoadResult:
    return load_text(text, Path("hostile.yaml"))


# -- 1. one definition of a valid number --------------------------------------------------


@pytest.mark.parametrize("literal", HUGE_VALUES, ids=lambda v: f"{v[:6]}x{len(v)}")
def test_a_number_out_of_range_is_an_error_at_its_position(literal: str) -> None:
    result = load(STATISTIC.format(value=literal))
    assert result.articles == []
    assert [(p.severity, p.line, p.column) for p in result.problems] == [("error", 6, 10)]
    message = result.problems[0].message
    assert message.startswith("statistic 1 `value`: expected a number")
    assert "internal error" not in message
    assert len(message) < 300


def test_the_same_rule_holds_for_previous_and_format() -> None:
    text = STATISTIC.format(value="5") + "  previous: " + "9" * 400 + "\n"
    result = load(text)
    assert [(p.line, p.column) for p in result.problems] == [(7, 13)]
    assert result.problems[0].message.startswith("statistic 1 `previous`: expected a number")
    result = load("format: 0x" + "1" * 3000 + "\n" + STATISTIC.format(value="5"))
    assert [(p.line, p.column) for p in result.problems] == [(1, 9)]


@pytest.mark.parametrize(
    "literal", ["1.0e+30", "-1.0e+30", "1_000_000_000_000_000_000", "0x1F", "4.6"]
)
def test_numbers_within_range_still_load(literal: str) -> None:
    result = load(STATISTIC.format(value=literal))
    assert result.problems == []
    assert float(result.articles[0].statistics[0].value) == float(
        int(literal.replace("_", ""), 0) if "x" in literal or "_" in literal else float(literal)
    )


def test_an_index_record_never_fails_on_a_statistic_value() -> None:
    # Whatever a Statistic holds, flattening it for the index does not raise.
    article = load(STATISTIC.format(value="5")).articles[0]
    article.statistics[0] = Statistic("L", 10**400, -(10**400), None, None, None, None, None, 6)
    result = LoadResult(Path("hostile.yaml"), articles=[article])
    errors, _problems, records = file_record(result)
    assert errors == 0 and len(records) == 1


def test_one_bad_number_hides_nothing_else_in_the_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "library"
    library.mkdir()
    (library / "huge.yaml").write_text(STATISTIC.format(value=HUGE_VALUES[0]), encoding="utf-8")
    (library / "fine.yaml").write_text(
        STATISTIC.format(value="5").replace("big", "modest"), encoding="utf-8"
    )
    index = tmp_path / "index.sqlite"
    assert main(["check", str(library)]) == 1
    checked = capsys.readouterr().out
    assert "huge.yaml:6:10: error: statistic 1 `value`" in checked
    assert main(["index", "--index", str(index), str(library)]) == 0
    capsys.readouterr()
    # The hits of the other files; the bad one said on stderr and the status 2, as grep's.
    assert main(["search", "--index", str(index), "modest", str(library)]) == 2
    out, err = capsys.readouterr()
    assert "fine.yaml" in out and "huge.yaml:6:10: error: statistic 1 `value`" in err


# -- 2. near-linear checks: run in a child, killed only past a generous limit ---------------

_CHILD = (
    "import sys\n"
    "from pathlib import Path\n"
    "from pressreader.format.loader import load_bytes\n"
    "result = load_bytes(sys.stdin.buffer.read(), Path('hostile.yaml'))\n"
    "print(len(result.articles), len(result.problems))\n"
    "ids = [section.id for article in result.articles for section in article.sections]\n"
    "print(len(ids), len(set(ids)), flush=True)\n"
    # (the load is what is timed: freeing what it built is left to the system, as the
    # command-line tool's quick exit leaves it, so a loaded machine's slow teardown of
    # 80,000 sections is not counted against the limit)
    "import os\n"
    "os._exit(0)\n"
)
# A load that is near-linear takes well under a second for these files; the quadratic code
# took minutes. The child is killed only past this, to keep the suite from hanging.
_GENEROUS_SECONDS = 60


def load_in_child(text: str) -> tuple[int, int]:
    """Articles and problems of loading `text` in a child process."""
    return _run_child(text)[:2]


def _run_child(text: str) -> tuple[int, int, int, int]:
    """Articles, problems, sections and distinct section ids of loading `text` in a child."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD],
            input=text.encode("utf-8"),
            capture_output=True,
            timeout=_GENEROUS_SECONDS,
            check=True,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"loading did not end within {_GENEROUS_SECONDS} s")
    articles, problems, sections, distinct = map(int, done.stdout.split())
    return articles, problems, sections, distinct


def test_many_sections_with_the_same_heading() -> None:
    # 80,000 sections deriving their ids from one heading: the quadratic loop took minutes.
    # The heading is long, as the value cap wants about 64 bytes of file per value (a
    # section is 8 values); a long heading also makes each step of a quadratic loop dearer.
    count = 80_000
    heading = "Same heading " + "and a long one " * 31
    text = "title: T\nsections:\n" + f"- heading: {heading}\n  paragraphs: [p]\n" * count
    assert 8 * count < max_events(len(text.encode("utf-8")))
    assert _run_child(text) == (1, 0, count, count)


def test_derived_ids_avoid_every_other_id() -> None:
    text = (
        "title: T\nsections:\n"
        "- {heading: Same, paragraphs: [p]}\n"
        "- {heading: Same, paragraphs: [p]}\n"
        "- {id: same-3, paragraphs: [p]}\n"
        "- {heading: Same, paragraphs: [p]}\n"
        "- {heading: Same 2, paragraphs: [p]}\n"
        "- {heading: Same, paragraphs: [p]}\n"
        "- {paragraphs: [p]}\n"
        "- {heading: Section 7, paragraphs: [p]}\n"
    )
    (article,) = load(text).articles
    assert [s.id for s in article.sections] == [
        "same",
        "same-2",
        "same-3",
        "same-4",
        "same-2-2",
        "same-5",
        "section-7",
        "section-7-2",
    ]


def _long_ids(kind: str, count: int) -> str:
    if kind == "section":
        parts = ["title: T\nsections:\n"]
        parts += [f"- id: {'s' * 200}{i}\n  paragraphs: [word]\n" for i in range(count)]
        parts.append("quotes:\n")
        parts += [f"- speaker: x\n  text: word\n  section: {'s' * 199}t{i}\n" for i in range(count)]
    else:
        parts = ["title: T\nsections:\n- paragraphs: [word]\nspeakers:\n"]
        parts += [f"- name: {'a' * 200}{i}\n" for i in range(count)]
        parts.append("quotes:\n")
        parts += [f"- speaker: {'a' * 199}b{i}\n  text: word\n" for i in range(count)]
    return "".join(parts)


@pytest.mark.parametrize("kind", ["section", "speaker"])
def test_suggestions_among_many_long_ids(kind: str) -> None:
    # Every quote has a problem, so the load ends at the problem cap, having made (and
    # refused) thousands of suggestions among thousands of 200-character ids.
    _articles, problems = load_in_child(_long_ids(kind, 3_000))
    assert problems == MAX_PROBLEMS + 1


def test_a_suggestion_is_still_made_when_one_is_close() -> None:
    text = _long_ids("section", 3).replace(f"{'s' * 199}t2", f"{'s' * 200}2x")
    messages = [p.message for p in load(text).problems]
    assert "did you mean" in messages[-1]


# -- 3. the value cap and the depth bound hold for every shape ------------------------------

HEAD = "title: T\nsections:\n- paragraphs: [p]\nx:\n"


@pytest.mark.parametrize(
    ("line", "column"),
    [
        ("- " + "[" * 999 + "]" * 999 + "\n", 3 + MAX_FLOW_DEPTH),
        ("- " + "{a: " * 500 + "b" + "}" * 500 + "\n", 3 + 4 * MAX_FLOW_DEPTH),
    ],
    ids=["lists", "mappings"],
)
def test_deep_brackets_on_every_line_are_refused_at_once(line: str, column: int) -> None:
    # About 2,000 values a line with one line break: the old line-based count never fired,
    # and a 16 MB file took 3.5 GB and was reported valid.
    result = load(HEAD + line * 600)
    assert result.articles == []
    (problem,) = result.problems
    assert (problem.line, problem.column) == (5, column)
    assert f"nest more than {MAX_FLOW_DEPTH} levels deep" in problem.message


def test_brackets_as_deep_as_allowed_still_load() -> None:
    line = "- " + "[" * MAX_FLOW_DEPTH + "]" * MAX_FLOW_DEPTH + "\n"
    result = load(HEAD + line * 3)
    assert len(result.articles) == 1
    assert [p.message[:22] for p in result.problems] == ["article: unknown key `"]


# Each document is built when its test runs, not when every worker collects the module.
@pytest.mark.parametrize(
    "build",
    [
        lambda: HEAD + ("- [" + "[]," * 700 + "[]]\n") * 800,
        lambda: HEAD + "- [" + "[], " * 600_000 + "]\n",
        lambda: HEAD + "".join(f"- k{i}: v\n" for i in range(600_000)),
    ],
    ids=["siblings-in-brackets", "one-line", "many-lines"],
)
def test_the_value_cap_counts_values_not_lines(build: Callable[[], str]) -> None:
    text = build()
    result = load(text)
    assert result.articles == []
    assert [p.message for p in result.problems] == [_too_many(text)]


def _too_many(text: str) -> str:
    return (
        f"the file holds more than {max_events(len(text.encode('utf-8'))):,} YAML values, "
        "the limit for its size (50,000 plus one per 64 bytes); expected an article "
        "(even a long one holds far fewer)"
    )


def test_the_value_cap_grows_with_the_file_up_to_a_million() -> None:
    assert max_events(0) == 50_000
    assert max_events(64 * 100_000) == 150_000
    assert max_events(64 * 2**20) == MAX_EVENTS == 1_000_000


def test_a_file_packed_with_tiny_values_is_refused() -> None:
    # 80,000 one-line sections, 2.7 MB, 640,000 values: composing them took 248 MB, twice
    # the memory bound (10 times the size plus 100 MB); the cap for that size is 92,500.
    text = "title: T\nsections:\n" + "- heading: Same\n  paragraphs: [p]\n" * 80_000
    result = load(text)
    assert result.articles == []
    assert [p.message for p in result.problems] == [_too_many(text)]
    assert "more than 92,500 YAML values" in result.problems[0].message


def _sample_many_times(copies: int) -> str:
    """The bundled sample article with its sections, quotes and statistics repeated, each
    copy's section ids (and the annotations naming them) made its own."""
    text = (bundled_articles() / "join-hands-better-future.yaml").read_text(encoding="utf-8")
    head, rest = text.split("\nsections:\n", 1)
    sections, rest = rest.split("\nquotes:\n", 1)
    quotes, statistics = rest.split("\nstatistics:\n", 1)
    named = re.compile(r"^(\s*(?:- )?(?:id|section): )(\S+)$", re.MULTILINE)

    def repeated(block: str) -> str:
        block = block.rstrip("\n") + "\n"
        return "".join(named.sub(rf"\g<1>\g<2>-{copy}", block) for copy in range(copies))

    return (
        f"{head}\nsections:\n{repeated(sections)}quotes:\n{repeated(quotes)}"
        f"statistics:\n{repeated(statistics)}"
    )


def test_a_long_annotated_article_is_within_the_cap() -> None:
    # The sample is denser in values than the synthetic articles (one per 47 bytes, with its
    # quotes and statistics); 170 copies, 3.7 MB, hold more values than the cap's floor.
    text = _sample_many_times(170)
    (article,) = load(text).articles
    assert len(article.sections) == 170 * 4
    assert all(quote.anchor is not None for quote in article.quotes)
    assert sum(1 for _event in yaml.parse(text, Loader=SafeLoader)) > 60_000


# -- 4. the problem cap holds for every kind of problem -----------------------------------


def test_stray_document_separators_stop_at_the_problem_cap() -> None:
    # 5,000 separators: 15,000 values, within the value cap; 5,000 problems, past the other.
    result = load("title: T\nsections:\n- paragraphs: [p]\n" + "---\n" * 5_000)
    assert len(result.problems) == MAX_PROBLEMS + 1
    assert result.problems[-1].message.startswith(f"stopped after {MAX_PROBLEMS} problems")


def test_duplicate_article_ids_stop_at_the_problem_cap() -> None:
    document = "id: same\ntitle: T\nsections:\n- paragraphs: [p]\n"
    result = load("---\n".join([document] * 2_000))
    assert len(result.problems) == MAX_PROBLEMS + 1
    assert result.problems[-1].message.startswith(f"stopped after {MAX_PROBLEMS} problems")
    assert len(result.articles) == 1


# -- 15. encodings and one escaping rule --------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("title: T\n".encode("utf-32"), "UTF-32"),
        ("\ufefftitle: T\n".encode("utf-32-be"), "UTF-32"),
        ("title: T\n".encode("utf-16"), "UTF-16"),
        ("\ufefftitle: T\n".encode("utf-16-be"), "UTF-16"),
        ("title: T\n".encode("utf-32-le"), "UTF-32"),
        ("title: T\n".encode("utf-16-le"), "UTF-16"),
    ],
    ids=["utf32", "utf32be", "utf16", "utf16be", "utf32le-no-bom", "utf16le-no-bom"],
)
def test_wide_encodings_are_named(data: bytes, encoding: str) -> None:
    result = load_bytes(data, Path("wide.yaml"))
    assert [p.message for p in result.problems] == [f"the file is {encoding} text; expected UTF-8"]


def test_control_characters_in_keys_are_escaped_not_stand_ins() -> None:
    text = "title: T\nsections:\n- paragraphs: [p]\nke\x1by: 1\nti\x07tle: again\n"
    messages = [p.message for p in load(text).problems]
    assert any("unknown key `ke\\x1by`" in message for message in messages), messages
    assert not any(any(0xF0000 <= ord(ch) <= 0xFFFFF for ch in message) for message in messages), (
        messages
    )


def test_one_escape_for_one_character_in_every_message() -> None:
    # The same control character in a text that is warned about and one that is not found:
    # both messages show it as \x1b, never with a doubled backslash.
    text = (
        'title: "T \\e]2;pwned\\a"\n'
        "sections:\n- paragraphs: [p]\n"
        'language: "e\\e]2;x"\n'
        'published: "2020\\e]2;"\n'
        'quotes:\n- {speaker: s, text: "\\e]2;x"}\n'
    )
    messages = [p.message for p in load(text).problems]
    assert len(messages) >= 4
    for message in messages:
        assert "\\\\" not in message, message
        assert "\x1b" not in message and "\x07" not in message
    assert all("\\x1b]2;" in message for message in messages), messages
