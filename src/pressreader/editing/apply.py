"""Apply one change (`editing.ops`) to an article file's text, touching only the edited node.

The text is composed with the loader's own parser (`format.safe_yaml.parse`), so every node
has the marks the loader gave the reader (an `AnnotationRef` is a mapping's line and
column), and each mark's `index` is a character offset into the text (after a byte order
mark, which libyaml does not count). A change replaces, removes or inserts characters at
those offsets; every other character of the file stays as it was: comments, key order,
quoting and flow or block style, line endings (new lines take the file's own: CRLF when its
first line ends so), blank lines, a byte order mark, the other documents of the file.

What each change writes:
- Accept removes the annotation's `reviewed: false` (absent means reviewed, as in a file
  written by hand, FORMAT.md "Review"); an annotation already reviewed is left as it is.
- Delete removes the list item: its lines in a block list (from its `-` to the end of its
  last line; comment lines before and after it stay), the item and one comma in a `[...]`.
  When list order anchored a later annotation after the deleted one and it would now
  anchor elsewhere, `apply_checked` gives it `occurrence: N` so that it keeps its place.
- EditQuote/EditStatistic set only the fields whose value differs, add a missing key in the
  mapping's own style (a line at the keys' indentation, or `, key: value` before `}`),
  remove a field set to None, and review the annotation.
- AddQuote/AddStatistic/AddSpeaker insert a mapping in the list's own style (block items at
  the list's indentation, a `{...}` item in a block list of them, or into `[...]`), creating
  the list at the end of the article's mapping when it has none (a key with no value, as
  `quotes:`, takes block items in a block mapping, as a new key's list does). A `speakers`
  list created so lists the speakers the quotes already name first (a quote whose speaker
  the list lacks is a warning).
- SetTags writes only the tags that differ: an added tag is one item written (a line, or
  `, "tag"` in `[...]`), a removed one its item taken out, the others left with their quoting
  and the comments between them; a list it cannot read item by item (a tag over several
  lines, an empty item) is written whole.
- Respan (`editing/respan.py`) gives an annotation other words: its `text`, and its
  `section` and `occurrence` as anchoring needs; it reviews it too.
- Every new text is a double-quoted scalar (`format.scalars.quoted`), every number one that
  reads back as the same type (`format.scalars.number`): no input can inject YAML.

A new annotation anchors to exactly the chosen words and leaves every other annotation's
anchor as it was: it is put in its list after the last annotation anchored before it (the
loader anchors lists in order, FORMAT.md "Which occurrence"); when that does not give the
chosen occurrence, it also gets `occurrence: N`. Either way the text is loaded again and the
anchors compared before it is returned.

A node shared through an alias (`*name`) or a merge key (`<<`) is never edited in place: the
change would alter every place that shares it. `EditRefused` says so.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from pressreader.editing.errors import EditRefused, NewProblems
from pressreader.editing.ops import (
    Accept,
    AddQuote,
    AddSpeaker,
    AddStatistic,
    AnnotationRef,
    Delete,
    EditQuote,
    EditStatistic,
    Operation,
    Respan,
    SetSummary,
    SetTags,
    Span,
)
from pressreader.format.anchoring import TextIndex
from pressreader.format.loader import load_text
from pressreader.format.safe_yaml import (
    BOOL,
    CONSTRUCTOR,
    FLOAT,
    INT,
    MERGE,
    NULL,
    STR,
    USING_LIBYAML,
    parse,
)
from pressreader.format.scalars import number, quoted
from pressreader.model import Anchor, Article, LoadResult, Problem, Quote, Statistic
from pressreader.text.sanitize import escape_line

_LIST_KEYS = {"quote": "quotes", "statistic": "statistics"}


@dataclass(frozen=True, slots=True)
class Applied:
    """A text and what loading it gave (after a change: the new text, checked), with its
    composed YAML documents, from which the next change can be made without composing the
    text again."""

    text: str
    result: LoadResult
    documents: list[Node]


def load(text: str, path: str) -> Applied:
    """`text` loaded, keeping its composed documents."""
    documents: list[Node] = []
    result = load_text(text, Path(path), nodes=documents)
    return Applied(text, result, documents)


class _Source:
    """The text being edited, composed, with the edits collected so far."""

    def __init__(self, text: str, path: str, documents: list[Node] | None = None) -> None:
        self.text = text
        self.path = path
        if documents is None:
            data = text.encode("utf-8", "surrogatepass")
            parsed = parse(text, data, path)
            if parsed.problem is not None:
                raise EditRefused(f"the file cannot be read: {parsed.problem.message}")
            documents = parsed.documents
        # libyaml's marks do not count a byte order mark; the pure-Python parser's do.
        self.shift = 1 if USING_LIBYAML and text.startswith("\ufeff") else 0
        self.articles = [
            node for node in documents if not (isinstance(node, ScalarNode) and node.tag == NULL)
        ]
        first_break = text.find("\n")
        self.newline = "\r\n" if first_break > 0 and text[first_break - 1] == "\r" else "\n"
        self.edits: list[tuple[int, int, str]] = []
        self._shared: set[int] | None = None

    # -- positions ---------------------------------------------------------------------------

    def start(self, node: Node) -> int:
        return int(node.start_mark.index) + self.shift

    def end(self, node: Node) -> int:
        return int(node.end_mark.index) + self.shift

    def content_end(self, node: Node) -> int:
        """Where the last character written for `node` ends (not the next token, which is
        where a block collection's or block scalar's end mark stands)."""
        if isinstance(node, ScalarNode):
            end = self.end(node)
            if node.style in ("|", ">"):
                start = self.start(node)
                header = self.text[start : self.line_end(start)]
                if "+" in header.partition("#")[0]:
                    # Kept trailing line breaks are the value's: it ends at its last break.
                    return end - 1 if self.text[end - 1 : end] == "\n" else end
                while end > start and self.text[end - 1] in " \t\r\n":
                    end -= 1
            return end
        if isinstance(node, MappingNode | SequenceNode) and node.flow_style:
            return self.end(node)
        if isinstance(node, MappingNode) and node.value:
            key, value = node.value[-1]
            if self.is_empty(value):
                return self.colon_after(key) + 1
            return self.content_end(value)
        if isinstance(node, SequenceNode) and node.value:
            last = node.value[-1]
            if self.is_empty(last):
                return self.start(last)
            return self.content_end(last)
        return self.end(node)

    def is_empty(self, node: Node) -> bool:
        return (
            isinstance(node, ScalarNode)
            and node.tag == NULL
            and node.value == ""
            and node.start_mark.index == node.end_mark.index
        )

    def colon_after(self, key: Node) -> int:
        found = self.text.find(":", self.content_end(key))
        if found < 0:
            raise EditRefused("cannot find the `:` after a key; edit this one in the editor")
        return found

    def line_start(self, offset: int) -> int:
        return self.text.rfind("\n", 0, offset) + 1

    def line_end(self, offset: int) -> int:
        """The offset just after the line break ending the line that holds `offset`."""
        found = self.text.find("\n", offset)
        return len(self.text) if found < 0 else found + 1

    def starts_line(self, offset: int) -> bool:
        return self.text[self.line_start(offset) : offset].strip(" ") == ""

    # -- sharing -----------------------------------------------------------------------------

    def shared(self) -> set[int]:
        """Ids of the nodes an alias reaches a second time (each once more than written)."""
        if self._shared is None:
            shared: set[int] = set()
            if "*" in self.text:
                seen: set[int] = set()
                stack: list[Node] = list(self.articles)
                while stack:
                    node = stack.pop()
                    if id(node) in seen:
                        shared.add(id(node))
                        continue
                    seen.add(id(node))
                    if isinstance(node, SequenceNode):
                        stack.extend(node.value)
                    elif isinstance(node, MappingNode):
                        for key, value in node.value:
                            stack.append(key)
                            stack.append(value)
            self._shared = shared
        return self._shared

    def own(self, nodes: Iterable[Node], what: str) -> None:
        """Refuse to edit `nodes` (a path from a document down) if any is shared or merged."""
        shared = self.shared()
        for node in nodes:
            if id(node) in shared:
                raise EditRefused(
                    f"{what} is shared through a YAML alias (`*name`), so changing it here "
                    "would change it everywhere it is used; edit the file in the editor"
                )
            if isinstance(node, MappingNode) and any(key.tag == MERGE for key, _ in node.value):
                raise EditRefused(
                    f"{what} takes keys from another mapping through a merge key (`<<`), "
                    "which the change would alter; edit the file in the editor"
                )

    def own_all(self, node: Node, what: str) -> None:
        """Refuse to remove or rewrite `node` if anything in it is used elsewhere through an
        alias (removing the anchor would leave the alias undefined)."""
        shared = self.shared()
        if not shared:
            return
        stack, seen = [node], set()
        while stack:
            current = stack.pop()
            if id(current) in seen:
                continue
            seen.add(id(current))
            if id(current) in shared:
                raise EditRefused(
                    f"{what} holds a value used elsewhere through a YAML alias (`*name`); "
                    "edit the file in the editor"
                )
            if isinstance(current, SequenceNode):
                stack.extend(current.value)
            elif isinstance(current, MappingNode):
                for key, value in current.value:
                    stack.extend((key, value))

    # -- edits -------------------------------------------------------------------------------

    def replace(self, start: int, end: int, new: str) -> None:
        self.edits.append((start, end, new))

    def result(self) -> str:
        pieces: list[str] = []
        at = len(self.text)
        ordered = sorted(self.edits, key=lambda edit: (edit[0], edit[1]))
        for start, end, new in reversed(ordered):
            if end > at:
                raise EditRefused("the change overlaps itself; edit the file in the editor")
            pieces.append(self.text[end:at])
            pieces.append(new)
            at = start
        pieces.append(self.text[:at])
        return "".join(reversed(pieces))

    # -- mappings ----------------------------------------------------------------------------

    def pair_index(self, mapping: MappingNode, key: str) -> int | None:
        for index, (key_node, _) in enumerate(mapping.value):
            if isinstance(key_node, ScalarNode) and key_node.tag == STR and key_node.value == key:
                return index
        return None

    def remove_pair(self, mapping: MappingNode, index: int) -> None:
        pairs = mapping.value
        key, value = pairs[index]
        key_start = self.start(key)
        end = self.content_end(value) if not self.is_empty(value) else self.colon_after(key) + 1
        if mapping.flow_style:
            if index + 1 < len(pairs):
                self.replace(key_start, self.start(pairs[index + 1][0]), "")
            elif index > 0:
                self.replace(self.pair_end(pairs[index - 1]), end, "")
            else:
                self.replace(key_start, end, "")
            return
        if index > 0 and self.starts_line(key_start):
            self.remove_lines(key_start, end)
            return
        if index + 1 < len(pairs):
            following = self.start(pairs[index + 1][0])
            between = self.text[self.line_end(end) : self.line_start(following)]
            if self.starts_line(following) and not between.strip(" \t\r\n"):
                # The next key moves up to where this one stood (after a `- `, say).
                self.replace(key_start, following, "")
            else:
                self.replace(key_start, self.line_end(end), "")
            return
        raise EditRefused("the only key of a mapping cannot be removed; edit it in the editor")

    def remove_lines(self, first: int, last: int) -> None:
        """Remove the whole lines from the one holding offset `first` to the one holding
        `last`, their line breaks with them."""
        start, stop = self.line_start(first), self.line_end(last)
        if stop == len(self.text) and not self.text.endswith("\n") and start > 0:
            # The file's last line, without a line break: the one before it goes, so
            # that lines added at the end (insert_lines) follow the line above.
            start -= 2 if self.text[start - 2 : start] == "\r\n" else 1
        self.replace(start, stop, "")

    def item_dash(self, item: Node) -> int | None:
        """The offset of the `-` a block list's `item` stands after, when that dash begins
        its line and only spaces come between them; None otherwise."""
        dash = self.text.rfind("-", 0, self.start(item))
        if (
            dash < 0
            or not self.starts_line(dash)
            or self.text[dash + 1 : self.start(item)].strip(" ")
        ):
            return None
        return dash

    def pair_end(self, pair: tuple[Node, Node]) -> int:
        key, value = pair
        return self.colon_after(key) + 1 if self.is_empty(value) else self.content_end(value)

    def set_value(self, mapping: MappingNode, key: str, written: str) -> None:
        """Set `key` to the already-written scalar or flow value `written`."""
        index = self.pair_index(mapping, key)
        if index is not None:
            key_node, value = mapping.value[index]
            if self.is_empty(value):
                self.replace(self.colon_after(key_node) + 1, self.start(value), f" {written}")
            else:
                self.replace(self.start(value), self.content_end(value), written)
            return
        self.add_pair(mapping, key, written)

    def add_pair(self, mapping: MappingNode, key: str, written: str) -> None:
        if mapping.flow_style:
            if mapping.value:  # right after the last pair: before any comma or comment
                end = self.pair_end(mapping.value[-1])
                self.replace(end, end, f", {key}: {written}")
            else:
                closing = self.closing(mapping, "}")
                self.replace(closing, closing, f"{key}: {written}")
            return
        if not mapping.value:
            raise EditRefused("cannot add a key to an empty mapping; edit it in the editor")
        first_key = mapping.value[0][0]
        indent = " " * int(first_key.start_mark.column)
        self.insert_lines(self.pair_end(mapping.value[-1]), [f"{indent}{key}: {written}"])

    def closing(self, node: Node, bracket: str) -> int:
        """The offset of a flow collection's closing bracket."""
        at = self.end(node) - 1
        if self.text[at : at + 1] != bracket:
            raise EditRefused("cannot find the end of a bracketed list; edit it in the editor")
        return at

    def insert_lines(self, after: int, lines: Sequence[str]) -> None:
        """Insert whole lines after the line holding offset `after`."""
        at = self.line_end(after)
        nl = self.newline
        block = nl.join(lines)
        if at == len(self.text) and not self.text.endswith("\n"):
            self.replace(at, at, nl + block)  # the file's last line has no line break
        else:
            self.replace(at, at, block + nl)


# -- finding things ----------------------------------------------------------------------------


def _describe(ref: AnnotationRef) -> str:
    return f"the {ref.kind} at line {ref.line}, column {ref.column}"


def _root(source: _Source, document: int) -> MappingNode:
    if not 0 <= document < len(source.articles):
        raise EditRefused(f"the file has no article number {document + 1}; reload it")
    root = source.articles[document]
    if not isinstance(root, MappingNode):
        raise EditRefused("the document is not an article mapping; edit it in the editor")
    return root


def _find(source: _Source, ref: AnnotationRef) -> tuple[list[Node], SequenceNode, int]:
    """The path from the document down to the annotation, its list and its index in it."""
    key = _LIST_KEYS[ref.kind]
    for root in source.articles:
        if not isinstance(root, MappingNode):
            continue
        for key_node, value in root.value:
            if key_node.tag == MERGE:
                continue
            if not (isinstance(key_node, ScalarNode) and key_node.value == key):
                continue
            if not isinstance(value, SequenceNode):
                continue
            for index, item in enumerate(value.value):
                mark = item.start_mark
                if mark.line + 1 == ref.line and mark.column + 1 == ref.column:
                    if not isinstance(item, MappingNode):
                        break
                    return [root, value, item], value, index
    # It may live in a mapping merged in with `<<`: refuse for that reason if so.
    for root in source.articles:
        if isinstance(root, MappingNode) and any(k.tag == MERGE for k, _ in root.value):
            source.own([root], "the article")
    raise EditRefused(f"{_describe(ref)} is no longer there (the file changed?); reload it")


# -- scalars -----------------------------------------------------------------------------------


def _text_value(node: Node) -> str | None:
    if isinstance(node, ScalarNode) and node.tag == STR:
        return str(node.value)
    return None


def _number_value(node: Node) -> int | float | None:
    if isinstance(node, ScalarNode) and node.tag in (INT, FLOAT):
        try:
            value = CONSTRUCTOR.construct_object(node)
        except (ValueError, ArithmeticError):
            return None
        return value if isinstance(value, int | float) else None
    return None


def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == NULL


def _written_number(value: int | float, what: str) -> str:
    try:
        return number(value)
    except ValueError as error:
        raise EditRefused(f"{what}: {error}") from None


def _set_fields(
    source: _Source,
    item: MappingNode,
    fields: Sequence[tuple[str, str | int | float | None]],
    what: str,
) -> None:
    """Set each field to its value (None removes it), touching only those that differ."""
    removals: list[int] = []
    for key, wanted in fields:
        index = source.pair_index(item, key)
        value_node = item.value[index][1] if index is not None else None
        if wanted is None:
            if index is not None and value_node is not None:
                source.own_all(value_node, f"{what} `{key}`")
                removals.append(index)
            continue
        if isinstance(wanted, str):
            if value_node is not None and _text_value(value_node) == wanted:
                continue
            written = quoted(wanted)
        else:
            current = _number_value(value_node) if value_node is not None else None
            if current is not None and current == wanted and type(current) is type(wanted):
                continue
            written = _written_number(wanted, f"{what} `{key}`")
        if value_node is not None:
            source.own_all(value_node, f"{what} `{key}`")
        source.set_value(item, key, written)
    for index in removals:
        source.remove_pair(item, index)


def _review(source: _Source, item: MappingNode) -> None:
    index = source.pair_index(item, "reviewed")
    if index is None:
        return
    value = item.value[index][1]
    if isinstance(value, ScalarNode) and value.tag == BOOL and value.value.lower() == "true":
        return
    if _is_null(value):
        return
    source.own_all(value, "its `reviewed`")
    source.remove_pair(item, index)


# -- the changes -------------------------------------------------------------------------------


def _accept(source: _Source, ref: AnnotationRef) -> None:
    path, _, _ = _find(source, ref)
    source.own(path, _describe(ref))
    item = path[-1]
    assert isinstance(item, MappingNode)
    _review(source, item)


def _delete(source: _Source, ref: AnnotationRef) -> None:
    path, sequence, index = _find(source, ref)
    source.own(path, _describe(ref))
    items = sequence.value
    item = items[index]
    source.own_all(item, _describe(ref))
    if sequence.flow_style:
        if index + 1 < len(items):
            source.replace(source.start(item), source.start(items[index + 1]), "")
        elif index > 0:
            source.replace(source.content_end(items[index - 1]), source.content_end(item), "")
        else:
            source.replace(source.start(item), source.content_end(item), "")
        return
    dash = source.item_dash(item)
    if dash is None:
        raise EditRefused(f"{_describe(ref)} is laid out in a way the reader does not rewrite")
    # Whole lines, so that the last item of a file without a final line break takes the
    # break before it along, and the file still ends without one.
    source.remove_lines(dash, source.content_end(item))


def _edit_quote(source: _Source, op: EditQuote) -> None:
    path, _, _ = _find(source, op.ref)
    source.own(path, _describe(op.ref))
    item = path[-1]
    assert isinstance(item, MappingNode)
    kind_index = source.pair_index(item, "kind")
    kind: str | None = op.kind
    if op.kind == "direct" and kind_index is None:
        kind = None  # the default: no key needed
    _set_fields(source, item, [("speaker", op.speaker), ("kind", kind), ("note", op.note)], "quote")
    _review(source, item)


def _edit_statistic(source: _Source, op: EditStatistic) -> None:
    path, _, _ = _find(source, op.ref)
    source.own(path, _describe(op.ref))
    item = path[-1]
    assert isinstance(item, MappingNode)
    _set_fields(
        source,
        item,
        [
            ("label", op.label),
            ("value", op.value),
            ("previous", op.previous),
            ("unit", op.unit),
            ("period", op.period),
            ("note", op.note),
        ],
        "statistic",
    )
    _review(source, item)


def _render(fields: Sequence[tuple[str, str | int | float | None]], what: str) -> list[str]:
    out = []
    for key, value in fields:
        if value is None:
            continue
        written = quoted(value) if isinstance(value, str) else _written_number(value, what)
        out.append(f"{key}: {written}")
    return out


def _block_item(pairs: Sequence[str], dash_column: int, key_column: int) -> list[str]:
    gap = " " * (key_column - dash_column - 1)
    lines = [f"{' ' * dash_column}-{gap}{pairs[0]}"]
    lines.extend(f"{' ' * key_column}{pair}" for pair in pairs[1:])
    return lines


def _insert_item(
    source: _Source,
    root: MappingNode,
    key: str,
    items: Sequence[Sequence[str]],
    position: int | None,
) -> None:
    """Insert mappings, each of `pairs` (`key: value` texts), into the article's list `key`,
    at `position` (None: at the end), in the list's own style."""
    flow_items = ["{" + ", ".join(pairs) + "}" for pairs in items]
    flow = ", ".join(flow_items)
    index = source.pair_index(root, key)
    if index is None:
        if root.flow_style:
            source.add_pair(root, key, f"[{flow}]")
            return
        if not root.value:
            raise EditRefused("the article mapping is empty; edit it in the editor")
        column = int(root.value[0][0].start_mark.column)
        lines = [f"{' ' * column}{key}:"]
        for pairs in items:
            lines.extend(_block_item(pairs, column + 2, column + 4))
        source.insert_lines(source.pair_end(root.value[-1]), lines)
        return
    key_node, sequence = root.value[index]
    source.own([root, sequence], f"the article's `{key}`")
    if _is_null(sequence):
        colon = source.colon_after(key_node)
        if not root.flow_style and source.starts_line(source.start(key_node)):
            # `quotes:` with nothing after it, in a block mapping: block items under the key,
            # as a list the article had no key for is written.
            column = int(key_node.start_mark.column)
            under = [line for pairs in items for line in _block_item(pairs, column + 2, column + 4)]
            if not source.is_empty(sequence):  # `~`, `null`, and the spaces before it
                start = source.start(sequence)
                if not source.text[colon + 1 : start].strip(" "):
                    start = colon + 1
                source.replace(start, source.end(sequence), "")
            source.insert_lines(colon, under)
        elif source.is_empty(sequence):
            source.replace(colon + 1, colon + 1, f" [{flow}]")
        else:
            source.replace(source.start(sequence), source.end(sequence), f"[{flow}]")
        return
    if not isinstance(sequence, SequenceNode):
        raise EditRefused(f"the article's `{key}` is not a list; edit it in the editor")
    present = sequence.value
    at = len(present) if position is None else max(0, min(position, len(present)))
    if sequence.flow_style:
        if at < len(present):
            start = source.start(present[at])
            source.replace(start, start, f"{flow}, ")
        elif present:
            end = source.content_end(present[-1])
            source.replace(end, end, f", {flow}")
        else:
            closing = source.closing(sequence, "]")
            source.replace(closing, closing, flow)
        return
    model = present[0]
    dash = source.text.rfind("-", 0, source.start(model))
    if dash < 0 or not source.starts_line(dash):
        raise EditRefused(f"the article's `{key}` is laid out in a way the reader does not rewrite")
    dash_column = dash - source.line_start(dash)
    lines = []
    if isinstance(model, MappingNode) and model.flow_style:
        lines = [f"{' ' * dash_column}- {item}" for item in flow_items]
    else:
        key_column = int(model.start_mark.column)
        if not isinstance(model, MappingNode) or key_column < dash_column + 2:
            key_column = dash_column + 2
        for pairs in items:
            lines.extend(_block_item(pairs, dash_column, key_column))
    if at == 0:
        start = source.line_start(dash)
        nl = source.newline
        source.replace(start, start, nl.join(lines) + nl)
    else:
        source.insert_lines(source.content_end(present[at - 1]), lines)


def _quoted_speakers(root: MappingNode) -> list[str]:
    """The speakers the article's quotes name, in order of first quote."""
    names: dict[str, None] = {}
    for key, value in root.value:
        if (
            isinstance(key, ScalarNode)
            and key.value == "quotes"
            and isinstance(value, SequenceNode)
        ):
            for item in value.value:
                if isinstance(item, MappingNode):
                    for field, name in item.value:
                        text = _text_value(name)
                        if isinstance(field, ScalarNode) and field.value == "speaker" and text:
                            names.setdefault(text, None)
    return list(names)


def _add_speaker(source: _Source, op: AddSpeaker) -> None:
    root = _root(source, op.document)
    source.own([root], "the article")
    pairs = _render(
        [("name", op.name), ("role", op.role), ("affiliation", op.affiliation)], "speaker"
    )
    items = [pairs]
    index = source.pair_index(root, "speakers")
    if index is None or _is_null(root.value[index][1]):
        # A new list names the speakers already quoted too: once there is a list, a quote
        # whose speaker it lacks is a warning (FORMAT.md "Quote").
        items[:0] = [
            [f"name: {quoted(name)}"] for name in _quoted_speakers(root) if name != op.name
        ]
    _insert_item(source, root, "speakers", items, None)


def _set_tags(source: _Source, op: SetTags) -> None:
    root = _root(source, op.document)
    source.own([root], "the article")
    written = "[" + ", ".join(quoted(tag) for tag in op.tags) + "]"
    index = source.pair_index(root, "tags")
    if index is None:
        if op.tags:
            source.add_pair(root, "tags", written)
        return
    value = root.value[index][1]
    source.own([value], "the article's `tags`")
    if not op.tags:
        source.remove_pair(root, index)
        return
    if isinstance(value, SequenceNode) and _retag(source, value, op.tags):
        return
    if isinstance(value, SequenceNode) and not value.flow_style and value.value:
        dash = source.text.rfind("-", 0, source.start(value.value[0]))
        if dash >= 0 and source.starts_line(dash):
            column = dash - source.line_start(dash)
            lines = [f"{' ' * column}- {quoted(tag)}" for tag in op.tags]
            end = source.content_end(value)
            source.replace(source.line_start(dash), end, source.newline.join(lines))
            return
    source.set_value(root, "tags", written)


def _retag(source: _Source, sequence: SequenceNode, tags: Sequence[str]) -> bool:
    """Make the list of tags `sequence` hold `tags` by rewriting only the items that differ
    (an added tag is one item written, a removed one an item taken out; the others, their
    quoting and the comments between them stay as they are). False, with nothing changed,
    when an item is not a plain one-line scalar after its own dash, or the lists are too
    long to compare item by item."""
    items = sequence.value
    if not items or len(items) * len(tags) > _RETAG_LIMIT:
        return False
    for item in items:
        if not isinstance(item, ScalarNode) or item.tag == NULL:
            return False
        if "\n" in source.text[source.start(item) : source.content_end(item)]:
            return False
    old = [str(item.value) for item in items]
    changes = [
        (i1, i2, [quoted(tag) for tag in tags[j1:j2]])
        for op, i1, i2, j1, j2 in SequenceMatcher(
            None, old, list(tags), autojunk=False
        ).get_opcodes()
        if op != "equal"
    ]
    if sequence.flow_style:
        for i1, i2, added in changes:
            written = ", ".join(added)
            if i1 < i2 and added:
                source.replace(source.start(items[i1]), source.content_end(items[i2 - 1]), written)
            elif added and i1 < len(items):
                source.replace(source.start(items[i1]), source.start(items[i1]), written + ", ")
            elif added:
                at = source.content_end(items[-1])
                source.replace(at, at, ", " + written)
            elif i2 < len(items):
                source.replace(source.start(items[i1]), source.start(items[i2]), "")
            else:
                source.replace(source.content_end(items[i1 - 1]), source.content_end(items[-1]), "")
        return True
    dashes = []
    for item in items:
        dash = source.item_dash(item)
        if dash is None:
            return False
        dashes.append(dash)
    column = dashes[0] - source.line_start(dashes[0])
    nl = source.newline
    for i1, i2, added in changes:
        lines = [f"{' ' * column}- {tag}" for tag in added]
        if i1 == i2:
            if i1 < len(items):
                at = source.line_start(dashes[i1])
                source.replace(at, at, "".join(line + nl for line in lines))
            else:
                source.insert_lines(source.content_end(items[-1]), lines)
            continue
        if not lines:
            source.remove_lines(dashes[i1], source.content_end(items[i2 - 1]))
            continue
        start = source.line_start(dashes[i1])
        end = source.line_end(source.content_end(items[i2 - 1]))
        if end == len(source.text) and not source.text.endswith("\n"):
            block = nl.join(lines)  # the file's last line has no line break
        else:
            block = "".join(line + nl for line in lines)
        source.replace(start, end, block)
    return True


# Items compared one by one in a tag edit (old times new) before it rewrites the whole list:
# thousands of tags, far past any article's, in a file made to be slow.
_RETAG_LIMIT = 250_000


def _set_summary(source: _Source, op: SetSummary) -> None:
    root = _root(source, op.document)
    source.own([root], "the article")
    _set_fields(source, root, [("summary", op.summary)], "article")


_HANDLERS = {
    Accept: lambda source, op: _accept(source, op.ref),
    Delete: lambda source, op: _delete(source, op.ref),
    EditQuote: _edit_quote,
    EditStatistic: _edit_statistic,
    AddSpeaker: _add_speaker,
    SetTags: _set_tags,
    SetSummary: _set_summary,
}


# -- adding an annotation anchored to chosen words ----------------------------------------------


def _article(result: LoadResult, document: int) -> Article:
    for article in result.articles:
        if article.document == document:
            return article
    raise EditRefused(
        f"article {document + 1} of the file does not load (it has errors); fix it in the editor"
    )


def _anchors(article: Article, kind: str) -> list[Anchor | None]:
    if kind == "quote":
        return [quote.anchor for quote in article.quotes]
    return [statistic.anchor for statistic in article.statistics]


def _order(anchor: Anchor) -> tuple[int, int, int]:
    return anchor.section_index, anchor.paragraph, anchor.start


def _target(article: Article, span: Span) -> tuple[str, Anchor]:
    """The chosen words (white space at either end left out) and where they stand."""
    for section_index, section in enumerate(article.sections):
        if section.id != span.section_id:
            continue
        if not 0 <= span.paragraph < len(section.paragraphs):
            break
        paragraph = section.paragraphs[span.paragraph]
        if not 0 <= span.start <= span.end <= len(paragraph):
            break
        start, end = span.start, span.end
        while start < end and paragraph[start].isspace():
            start += 1
        while end > start and paragraph[end - 1].isspace():
            end -= 1
        if start == end:
            raise EditRefused("no words were chosen: an annotation needs at least one word")
        anchor = Anchor(section_index, section.id, span.paragraph, start, end)
        return paragraph[start:end], anchor
    raise EditRefused("the chosen words are not in the article's text (it changed?); reload it")


def _occurrence(
    article: Article, words: str, target: Anchor, section_index: int | None = None
) -> int:
    """Which occurrence (1-based) of `words` in the article (or one section) `target` is."""
    index = TextIndex(article.sections)
    for number_, anchor in enumerate(index.occurrences(words, section_index), 1):
        if anchor == target:
            return number_
        if _order(anchor) > _order(target):
            break
    raise EditRefused(
        f"the words '{escape_line(words[:60])}' cannot be anchored where they were chosen "
        "(they hold a character the text lookup ignores?)"
    )


def _pin_moved(
    text: str, path: str, before: LoadResult, loaded: Applied, deleted: AnnotationRef
) -> str | None:
    """After a deletion: `text` with `occurrence` given to each annotation whose anchor the
    deletion moved (list order anchored it after the deleted one), so that every remaining
    annotation keeps its place; None when none moved. `deleted` names the annotation removed
    (where it stood in `before`)."""
    pins: list[tuple[str, int, int, int]] = []  # kind, line, column, occurrence
    after = loaded.result
    for old_article in before.articles:
        new_article = next((a for a in after.articles if a.document == old_article.document), None)
        if new_article is None:
            continue
        for kind in ("quote", "statistic"):
            old: list[Quote | Statistic] = [
                *(old_article.quotes if kind == "quote" else old_article.statistics)
            ]
            new: list[Quote | Statistic] = [
                *(new_article.quotes if kind == "quote" else new_article.statistics)
            ]
            if kind != deleted.kind or len(old) != len(new) + 1:
                continue
            # The deleted one, by where it stood (not by its words: two annotations of equal
            # words side by side would be told apart by their places, which the deletion moves).
            gone = next(
                (
                    i
                    for i, annotation in enumerate(old)
                    if (annotation.line, annotation.column) == (deleted.line, deleted.column)
                ),
                None,
            )
            if gone is None:
                continue  # (in another document of the file)
            kept = old[:gone] + old[gone + 1 :]
            for was, now in zip(kept, new, strict=True):
                if was.anchor == now.anchor or was.anchor is None or was.text is None:
                    continue
                scope = None
                if was.section is not None:
                    scope = next(
                        (i for i, s in enumerate(new_article.sections) if s.id == was.section),
                        None,
                    )
                number_ = _occurrence(new_article, was.text, was.anchor, scope)
                pins.append((kind, now.line, now.column, number_))
    if not pins:
        return None
    return _pin(text, path, loaded.documents, pins)


def _pin(
    text: str, path: str, documents: list[Node], pins: Sequence[tuple[str, int, int, int]]
) -> str:
    """`text` with each annotation of `pins` (kind, line, column, occurrence) given that
    `occurrence`, so that it stands where it stood, whatever list order now gives it."""
    source = _Source(text, path, documents)
    for kind, line, column, number_ in pins:
        ref = AnnotationRef("quote" if kind == "quote" else "statistic", line, column)
        node_path, _, _ = _find(source, ref)
        source.own(node_path, _describe(ref))
        item = node_path[-1]
        assert isinstance(item, MappingNode)
        source.set_value(item, "occurrence", str(number_))
    return source.result()


def _add_annotation(
    text: str,
    op: AddQuote | AddStatistic,
    path: str,
    before: LoadResult,
    documents: list[Node] | None,
) -> Applied:
    kind = "quote" if isinstance(op, AddQuote) else "statistic"
    article = _article(before, op.document)
    words, target = _target(article, op.span)
    anchors = _anchors(article, kind)
    position = 0
    for index, anchor in enumerate(anchors):
        if anchor is not None and _order(anchor) <= _order(target):
            position = index + 1
    occurrence: int | None = None
    for attempt in range(2):
        if isinstance(op, AddQuote):
            fields: list[tuple[str, str | int | float | None]] = [
                ("speaker", op.speaker),
                ("text", words),
                ("kind", op.kind),
                ("occurrence", occurrence),
                ("note", op.note),
            ]
        else:
            fields = [
                ("label", op.label),
                ("value", op.value),
                ("previous", op.previous),
                ("unit", op.unit),
                ("period", op.period),
                ("text", words),
                ("occurrence", occurrence),
                ("note", op.note),
            ]
        source = _Source(text, path, documents)
        root = _root(source, op.document)
        source.own([root], "the article")
        _insert_item(source, root, _LIST_KEYS[kind], [_render(fields, kind)], position)
        loaded = load(source.result(), path)
        result = loaded.result
        expected = [*anchors[:position], target, *anchors[position:]]
        try:
            got = _anchors(_article(result, op.document), kind)
        except EditRefused:
            got = []
        # (list order may reach the words yet put them where the annotation before stands
        # while they stand elsewhere too, which `check` warns of: then pinned, as when it
        # cannot reach them)
        if got == expected and not _new_problems(before.problems, result.problems):
            return loaded
        if attempt == 0:
            occurrence = _occurrence(article, words, target)
    problems = _new_problems(before.problems, result.problems)
    if problems:
        raise NewProblems(problems)
    raise EditRefused(
        "the new annotation could not be anchored to the chosen words without moving another "
        "one; edit the file in the editor"
    )


# -- checking ----------------------------------------------------------------------------------


def _annotation_key(annotation: Quote | Statistic) -> tuple[object, ...]:
    """What an annotation is, wherever it stands in the file (its line and column aside)."""
    if isinstance(annotation, Quote):
        return (
            annotation.speaker,
            annotation.text,
            annotation.kind,
            annotation.section,
            annotation.note,
            annotation.reviewed,
            annotation.anchor,
        )
    return (
        annotation.label,
        annotation.value,
        type(annotation.value),
        annotation.previous,
        annotation.unit,
        annotation.period,
        annotation.text,
        annotation.section,
        annotation.note,
        annotation.reviewed,
        annotation.anchor,
    )


def _parts(article: Article) -> dict[str, Any]:
    return {
        "metadata": (
            article.id,
            article.title,
            article.subtitle,
            article.outlet,
            article.url,
            article.dateline,
            article.language,
            article.published,
            article.authors,
            article.imported,
        ),
        "sections": [(s.id, s.heading, s.paragraphs) for s in article.sections],
        "summary": article.summary,
        "tags": article.tags,
        "speakers": article.speakers,
        "quotes": [_annotation_key(quote) for quote in article.quotes],
        "statistics": [_annotation_key(statistic) for statistic in article.statistics],
    }


def _without_one(longer: list[Any], shorter: list[Any]) -> bool:
    """Whether `longer` is `shorter` with one entry inserted somewhere."""
    if len(longer) != len(shorter) + 1:
        return False
    at = next(
        (i for i, (a, b) in enumerate(zip(longer, shorter, strict=False)) if a != b), len(shorter)
    )
    return longer[:at] + longer[at + 1 :] == shorter


def _changed_elsewhere(before: LoadResult, after: LoadResult, op: Operation) -> str | None:
    """What the change altered beyond what `op` describes (a part of an article, named),
    or None: a last guard that everything the change did not mean to touch reads the same."""
    old = {article.document: article for article in before.articles}
    new = {article.document: article for article in after.articles}
    if old.keys() != new.keys():
        return "the articles the file holds"
    target_document: int | None = getattr(op, "document", None)
    ref: AnnotationRef | None = getattr(op, "ref", None)
    for document, article in old.items():
        was, now = _parts(article), _parts(new[document])
        skip: set[str] = set()
        if ref is not None:
            items: Sequence[Quote | Statistic] = (
                article.quotes if ref.kind == "quote" else article.statistics
            )
            index = next(
                (i for i, a in enumerate(items) if (a.line, a.column) == (ref.line, ref.column)),
                None,
            )
            if index is not None:
                key = _LIST_KEYS[ref.kind]
                old_list = list(was[key])
                new_list = list(now[key])
                if isinstance(op, Delete):
                    if old_list[:index] + old_list[index + 1 :] != new_list:
                        return f"the other {key}"
                elif len(old_list) != len(new_list) or any(
                    a != b
                    for i, (a, b) in enumerate(zip(old_list, new_list, strict=True))
                    if i != index
                ):
                    return f"the other {key}"
                skip.add(key)
        elif document == target_document:
            if isinstance(op, AddQuote | AddStatistic):
                key = "quotes" if isinstance(op, AddQuote) else "statistics"
                if not _without_one(list(now[key]), list(was[key])):
                    return f"the other {key}"
                skip.add(key)
            elif isinstance(op, AddSpeaker):
                skip.add("speakers")
            elif isinstance(op, SetTags):
                skip.add("tags")
            elif isinstance(op, SetSummary):
                skip.add("summary")
        for part, value in was.items():
            if part not in skip and now[part] != value:
                return f"the article's {part}"
    return None


_NUMBERED = re.compile(r"\b(quote|statistic|section|speaker|paragraph|article) \d+")
_LINE = re.compile(r"\b(line|lines) \d+")


def _problem_key(problem: Problem) -> tuple[str, str]:
    message = _NUMBERED.sub(r"\1 N", problem.message)
    return problem.severity, _LINE.sub(r"\1 N", message)


def _new_problems(before: Sequence[Problem], after: Sequence[Problem]) -> list[Problem]:
    """The problems of `after` that `before` did not have (numbers and lines aside: a change
    renumbers the annotations after it and moves the lines below it)."""
    had = Counter(_problem_key(problem) for problem in before)
    new = []
    for problem in after:
        key = _problem_key(problem)
        if had[key] > 0:
            had[key] -= 1
        else:
            new.append(problem)
    return new


def apply_checked(
    text: str,
    op: Operation,
    *,
    path: str = "<text>",
    before: LoadResult | None = None,
    documents: list[Node] | None = None,
) -> Applied:
    """`op` applied to `text`, and the new text loaded; raises `NewProblems` when the new text
    has a problem `text` did not have. `before` is `text` loaded and `documents` its composed
    documents, when the caller has them (`load` gives both): then `text` is not composed
    again, and a change costs about one load of the new text."""
    if before is None:
        loaded = load(text, path)
        before, documents = loaded.result, loaded.documents
    if isinstance(op, AddQuote | AddStatistic):
        after = _add_annotation(text, op, path, before, documents)
    elif isinstance(op, Respan):
        from pressreader.editing.respan import respan  # it builds on this module

        after = respan(text, op, path, before, documents)
    else:
        after = load(_applied(text, op, path, documents), path)
        if isinstance(op, Delete):
            pinned = _pin_moved(after.text, path, before, after, op.ref)
            if pinned is not None:
                after = load(pinned, path)
    problems = _new_problems(before.problems, after.result.problems)
    if problems:
        raise NewProblems(problems)
    altered = _changed_elsewhere(before, after.result, op)
    if altered is not None:
        raise EditRefused(
            f"the change would also alter {altered}, which it should leave as they are; "
            "nothing was changed: edit the file in the editor"
        )
    return after


def _applied(text: str, op: Operation, path: str, documents: list[Node] | None) -> str:
    source = _Source(text, path, documents)
    handler = _HANDLERS.get(type(op))
    if handler is None:
        raise EditRefused(f"unknown change {type(op).__name__}")
    handler(source, op)
    return source.result()


def apply(text: str, op: Operation, *, path: str = "<text>") -> str:
    """`text` with `op` applied where its node stands; every other character unchanged.

    Raises `EditRefused` (with the reason) when the change cannot be made in place. An
    added annotation is checked to anchor where it was chosen; nothing else is checked here
    (`apply_checked` also loads the result and compares its problems).
    """
    if isinstance(op, AddQuote | AddStatistic):
        return _add_annotation(text, op, path, load_text(text, Path(path)), None).text
    if isinstance(op, Respan):
        from pressreader.editing.respan import respan

        return respan(text, op, path, load_text(text, Path(path)), None).text
    return _applied(text, op, path, None)
