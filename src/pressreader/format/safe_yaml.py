"""YAML from untrusted files, safely: the libyaml plumbing under the article loader.

Safety: the YAML is only *composed* into a node tree (never constructed), so no tag can run
code. Before composing, the parser's events are counted whenever the file could hold more
values than its size allows, and brackets nested too deep are refused, so no file can make
composing take many times its size in memory, or minutes. libyaml bounds block nesting
itself; the pure-Python fallback's RecursionError becomes a problem too.

Speed: libyaml's C parser composes the nodes (the pure-Python parser is used only when PyYAML
lacks libyaml); the nodes carry their line and column, so problems point at file:line:column.

Also here: telling the encodings that are not UTF-8, and reading text that holds characters
YAML forbids raw (through private-use stand-ins, restored in the values).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple

import yaml
from yaml.events import MappingEndEvent, MappingStartEvent, SequenceEndEvent, SequenceStartEvent
from yaml.nodes import Node, ScalarNode, SequenceNode

from pressreader.model import Problem
from pressreader.text.positions import byte_position
from pressreader.text.sanitize import escape_line

YAML_TAG = "tag:yaml.org,2002:"
STR, INT, FLOAT, BOOL, NULL = (
    YAML_TAG + "str",
    YAML_TAG + "int",
    YAML_TAG + "float",
    YAML_TAG + "bool",
    YAML_TAG + "null",
)
TIMESTAMP, MAP, SEQ, MERGE = (
    YAML_TAG + "timestamp",
    YAML_TAG + "map",
    YAML_TAG + "seq",
    YAML_TAG + "merge",
)

_BaseLoader: type[yaml.SafeLoader] | type[yaml.CSafeLoader]
try:
    _BaseLoader = yaml.CSafeLoader
    USING_LIBYAML = True
except AttributeError:  # PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader
    USING_LIBYAML = False

_WILDCARD = tuple(yaml.resolver.Resolver.yaml_implicit_resolvers.get(None, ()))
_IMPLICIT = {
    first: tuple(resolvers) + _WILDCARD
    for first, resolvers in yaml.resolver.Resolver.yaml_implicit_resolvers.items()
    if first is not None
}


class SafeLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    """The safe loader, with PyYAML's tag resolution trimmed to what the safe schema needs.

    Composing calls `resolve` for every node; the stock version also walks path resolvers,
    which the safe schema never registers. Same tags, about a sixth less composing time.
    """

    def resolve(self, kind: type[Node], value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is ScalarNode:
            if implicit[0]:
                for tag, regexp in _IMPLICIT.get(value[:1], _WILDCARD):
                    if regexp.match(value):
                        return str(tag)
            return STR
        return SEQ if kind is SequenceNode else MAP

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


# Characters YAML forbids raw in a file. An article may still hold them (pasted from a web
# page); they are swapped for private-use stand-ins of the same length for parsing, swapped
# back in the values, and reported as warnings instead of making the whole file unreadable.
# Compiled on first use (2 ms): only files with such characters need it.
_UNPRINTABLE = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]"
_STAND_IN_BASE = 0xF0000
_STAND_IN = re.compile("[\U000f0000-\U000fffff]")

# Node visits allowed per character of the file (plus a floor for tiny files). A file without
# aliases uses well under one visit per character; shared nodes reached again count again.
BUDGET_PER_CHAR = 4
BUDGET_FLOOR = 10_000
# YAML values (parser events) allowed in one file, in proportion to its size: composing costs
# about 370-480 bytes per value (a node and its two marks), so a file packed with tiny values
# (`- a` is 4 bytes) would otherwise take 100 times its size. A floor of EVENTS_FLOOR values
# plus one per BYTES_PER_EVENT bytes keeps that under 8 times the size plus 25 MB. Articles
# hold far fewer: the bundled sample, densely annotated, one value per 47 bytes (and its
# 23 KB are far under the floor); a long synthetic article one per 150. The 64 MiB default
# size limit allows MAX_EVENTS.
EVENTS_FLOOR = 50_000
BYTES_PER_EVENT = 64
MAX_EVENTS = 1_000_000


def max_events(size: int) -> int:
    """The number of YAML values a file of `size` bytes may hold."""
    return min(MAX_EVENTS, EVENTS_FLOOR + size // BYTES_PER_EVENT)


# Every value but a document's first is started by one of these marks (`- `, `key:`, `? `,
# `,`, `[`, `{`, `*alias`, `...`), and each mark starts at most four parser events (`[a: b]`:
# a list, a mapping, a key, a value). Counting the marks is fast (bytes.count, in C), so only
# a file with enough marks to hold more values than its cap (over a quarter of the cap) is
# parsed once more to count them exactly, whatever its shape: many lines, or thousands of
# values nested on one line.
_VALUE_MARKS = (b"\n", b",", b"-", b":", b"?", b"[", b"{", b"*", b"...")
_EVENTS_PER_MARK = 4
# Lists and mappings in brackets (`[...]`, `{...}`) may nest this deep. libyaml's work per
# value grows with the bracket depth (at 1,000 levels a file parses 20 times slower), and
# no article needs more than a few levels. Only a file with more brackets than this can
# nest deeper, so only such a file has its events walked to check.
MAX_FLOW_DEPTH = 100

CONSTRUCTOR: Any = yaml.constructor.SafeConstructor()


def _stand_in(match: re.Match[str]) -> str:
    return chr(_STAND_IN_BASE + ord(match.group()))


def _restore(match: re.Match[str]) -> str:
    code = ord(match.group()) - _STAND_IN_BASE
    original = chr(code)
    return original if re.match(_UNPRINTABLE, original) else match.group()


def _position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of the byte at `offset` of UTF-8 `data`."""
    return byte_position(data, offset)


def yaml_problem(path: str, error: Exception, data: bytes) -> Problem:
    if isinstance(error, yaml.MarkedYAMLError) and error.problem_mark is not None:
        mark = error.problem_mark
        problem = escape_line(error.problem or "invalid YAML")
        context = f" ({escape_line(error.context)})" if error.context else ""
        lines = data.split(b"\n", mark.line + 1)
        text = lines[mark.line].decode("utf-8", "replace") if mark.line < len(lines) else ""
        if text[mark.column : mark.column + 1] == "\t" or "tab character" in problem:
            expected = "YAML indents with spaces, not tabs"
        else:
            expected = "expected a YAML mapping of article keys"
        return Problem(
            "error",
            path,
            mark.line + 1,
            mark.column + 1,
            f"invalid YAML: {problem}{context}; {expected}",
        )
    if isinstance(error, yaml.reader.ReaderError):
        line, column = _position(data, max(0, min(error.position, len(data))))
        character = escape_line(chr(error.character)) if error.character else "?"
        return Problem(
            "error",
            path,
            line,
            column,
            f"invalid character '{character}' ({error.reason}); expected UTF-8 text",
        )
    if isinstance(error, RecursionError):
        return Problem(
            "error", path, None, None, "the YAML nests too deeply; expected an article mapping"
        )
    return Problem(
        "error", path, None, None, f"invalid YAML: {escape_line(str(error))}; expected YAML"
    )


def compose(source: str | bytes) -> tuple[list[Node], Exception | None]:
    """Every document the stream holds, up to the first syntax error (and that error)."""
    documents: list[Node] = []
    loader = SafeLoader(source)
    try:
        while loader.check_node():
            node = loader.get_node()
            if node is not None:
                documents.append(node)
    except (yaml.YAMLError, RecursionError, ValueError) as error:
        return documents, error
    finally:
        loader.dispose()
    return documents, None


_TOO_MANY_VALUES = (
    "the file holds more than {:,} YAML values, the limit for its size ({:,} plus one per "
    "{} bytes); expected an article (even a long one holds far fewer)"
)


def shape_problem(source: str | bytes, data: bytes, path: str) -> Problem | None:
    """An error for a file with too many values for its size or brackets nested too deep,
    found without composing it (parser events are counted, not kept); None for every other
    file."""
    cap = max_events(len(data))
    brackets = data.count(b"[") + data.count(b"{")
    marks = sum(map(data.count, _VALUE_MARKS))
    if brackets > MAX_FLOW_DEPTH or marks > cap:
        return _walk_events(source, path, cap)  # may stop early, on depth or on count
    if marks > cap // _EVENTS_PER_MARK:
        # At most four times the cap in events, shallow: counted in C when libyaml is there.
        loader = SafeLoader(source)
        try:
            count = loader.raw_parse() if USING_LIBYAML else cap + 1
        except (yaml.YAMLError, RecursionError, ValueError):
            return None  # composing reports the syntax error
        finally:
            loader.dispose()
        if count > cap:
            return _walk_events(source, path, cap) if not USING_LIBYAML else _too_many(path, cap)
    return None


def too_many_values(size: int) -> str:
    """What the loader says of a file of `size` bytes holding more values than it may."""
    return _TOO_MANY_VALUES.format(max_events(size), EVENTS_FLOOR, BYTES_PER_EVENT)


def _too_many(path: str, cap: int) -> Problem:
    message = _TOO_MANY_VALUES.format(cap, EVENTS_FLOOR, BYTES_PER_EVENT)
    return Problem("error", path, None, None, message)


def _walk_events(source: str | bytes, path: str, cap: int) -> Problem | None:
    """Walk the parser's events: an error past `cap` of them or past MAX_FLOW_DEPTH levels
    of brackets, at the first event beyond either."""
    loader = SafeLoader(source)
    count = 0
    flow = 0
    opened: list[bool] = []  # for each open collection: written in brackets?
    try:
        while loader.check_event():
            event = loader.get_event()
            count += 1
            if count > cap:
                return _too_many(path, cap)
            kind = event.__class__
            if kind is SequenceStartEvent or kind is MappingStartEvent:
                in_brackets = bool(event.flow_style)
                opened.append(in_brackets)
                flow += in_brackets
                if flow > MAX_FLOW_DEPTH:
                    mark = event.start_mark
                    return Problem(
                        "error",
                        path,
                        mark.line + 1,
                        mark.column + 1,
                        f"lists or mappings in brackets nest more than {MAX_FLOW_DEPTH} levels "
                        "deep here; expected an article (a few levels at most)",
                    )
            elif (kind is SequenceEndEvent or kind is MappingEndEvent) and opened:
                flow -= opened.pop()
    except (yaml.YAMLError, RecursionError, ValueError):
        return None  # composing reports the syntax error
    finally:
        loader.dispose()
    return None


def separator_line(lines: list[bytes], node: Node) -> int:
    """The 1-based line of the `---` that starts an empty document (its node has no text)."""
    mark = node.start_mark
    start = min(mark.line, len(lines) - 1)
    if mark.column == 0 and lines[start].startswith(b"---"):
        start -= 1  # the mark stands at the next document's `---`
    for index in range(start, -1, -1):
        if lines[index].startswith(b"---"):
            return index + 1
    return node.start_mark.line + 1


def utf8_bytes(source: str | bytes, path: str) -> tuple[bytes, Problem | None]:
    """The UTF-8 bytes of `source`, or the error that stops reading them: text in memory
    with a lone surrogate, or a file in UTF-16 or UTF-32."""
    if isinstance(source, bytes):
        data = source
    else:
        try:
            data = source.encode("utf-8")
        except UnicodeEncodeError as error:  # text in memory with a lone surrogate
            line_start = source.rfind("\n", 0, error.start) + 1
            return b"", Problem(
                "error",
                path,
                source.count("\n", 0, error.start) + 1,
                error.start - line_start + 1,
                f"invalid character U+{ord(source[error.start]):04X} (a lone surrogate); "
                "expected Unicode text",
            )
    wide = wide_encoding(data)
    if wide is not None:
        return data, Problem("error", path, 1, 1, f"the file is {wide} text; expected UTF-8")
    return data, None


def wide_encoding(data: bytes) -> str | None:
    """ "UTF-32" or "UTF-16" for a file in either, told by its byte order mark or, without
    one, by the zero bytes around its first (ASCII) characters, as the YAML spec detects
    encodings; None for anything else."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    if len(data) < 4:
        return None
    zero = [byte == 0 for byte in data[:4]]
    if zero in ([False, True, True, True], [True, True, True, False]):
        return "UTF-32"
    if zero in ([False, True, False, True], [True, False, True, False]):
        return "UTF-16"
    return None


def invalid_utf8(data: bytes, error: UnicodeDecodeError) -> Problem:
    line, column = _position(data, error.start)
    bad = data[error.start : error.end].hex(" ")
    return Problem(
        "error",
        "",
        line,
        column,
        f"invalid UTF-8 byte(s) 0x{bad} ({error.reason}); expected UTF-8 text "
        "(save the file as UTF-8)",
    )


class Parsed(NamedTuple):
    """What parsing a file gave: its documents up to the first syntax error (and that error),
    how to restore stand-ins in its values (None when there are none), or else the one
    problem that stopped it before composing."""

    documents: list[Node]
    failure: Exception | None
    restore: Callable[[str], str] | None
    problem: Problem | None


def parse(
    source: str | bytes,
    data: bytes,
    path: str,
    events: int | None = None,
    size: int | None = None,
) -> Parsed:
    """Compose every document of a file (`data` is `source` as UTF-8 bytes). `events`: the
    number of parser events of a text in block style only (nothing nests in brackets), when
    the caller knows it; the text is held to the limit for its size (`size`, when the text
    given stands for a longer one) by it, without the count."""
    if events is None:
        shape = shape_problem(source, data, path)
    else:
        cap = max_events(len(data) if size is None else size)
        shape = _too_many(path, cap) if events > cap else None
    if shape is not None:
        return Parsed([], None, None, shape)
    documents, failure = compose(source)
    restore: Callable[[str], str] | None = None
    if isinstance(failure, yaml.reader.ReaderError):
        # libyaml refuses bad UTF-8 and raw control characters. Name the bad byte exactly;
        # parse control characters through stand-ins and report them as warnings instead.
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            problem = invalid_utf8(data, error)
            located = Problem("error", path, problem.line, problem.column, problem.message)
            return Parsed([], None, None, located)
        if re.search(_UNPRINTABLE, text) is not None:
            stand_ins = _STAND_IN

            def restore(value: str) -> str:
                return stand_ins.sub(_restore, value) if stand_ins.search(value) else value

            documents, failure = compose(re.sub(_UNPRINTABLE, _stand_in, text))
    return Parsed(documents, failure, restore, None)
