"""The search query language, shared by `pressreader search` and the library screen.

    trade "free trade" export* china OR laos -taiwan speaker:"Ma Zhaoxu" after:2022-01-01

- plain words must all match (anywhere in the same article);
- `"exact phrase"` matches the words in that order;
- `prefix*` matches every word that starts with `prefix`;
- `a OR b` matches either; `OR` binds tighter than the implicit AND; `( )` group;
- `-word` (or `-"phrase"`, `-field:value`, `-( ... )`) excludes the articles that match it;
- field filters: `speaker:`, `outlet:`, `tag:`, `title:`, `author:` take a word or a quoted
  value; `after:DATE` (on or after) and `before:DATE` (strictly before) take `YYYY`, `YYYY-MM`
  or `YYYY-MM-DD`. Filters choose articles; `speaker:` also narrows the hits to that
  speaker's quotes (see `pressreader.index.search`).

Chinese and Japanese text has no spaces between words, so a term holding Han or kana characters
matches as a substring (of two or more characters) rather than as a word.

A query is bounded (MAX_QUERY_LENGTH characters, MAX_TERMS terms, MAX_DEPTH levels of
parentheses): the tokenizer refuses the first bound passed, reading from the left, before
the recursive parser runs, so parsing is linear in the query's length and never deep.

`parse()` turns the text into a small tree; it never produces engine syntax itself. The index
compiles the tree: every term reaches SQLite only as a quoted FTS5 string or a bound parameter,
so no query can inject FTS5 operators or SQL.
"""

from __future__ import annotations

import re

# `typing` and `datetime` cost start-up time on every search; type checkers see them here.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as dt
    from typing import Literal

    TermKind = Literal["word", "prefix", "phrase"]
    _Kind = Literal["word", "phrase", "field", "or", "lparen", "rparen", "neg"]

# Bounds on a query (see docs/LIBRARY.md). A query is untrusted text (pasted, scripted): past
# these it is refused with the column where the bound was passed, before any work that grows
# with it. Far beyond what anyone types: a screenful of text, a hundred words, phrases and
# filters, sixteen levels of parentheses.
MAX_QUERY_LENGTH = 4_000  # characters
MAX_TERMS = 100  # words, phrases, prefixes and field filters (AND, OR and ( ) do not count)
MAX_DEPTH = 16  # nested ( ... ), counting those after `-`

TEXT_FIELDS = ("speaker", "outlet", "tag", "title", "author")
DATE_FIELDS = ("after", "before")
FIELDS = TEXT_FIELDS + DATE_FIELDS

# Scripts written without spaces between words, searched by substring: kana, CJK ideographs
# (with extensions and compatibility forms) and half-width katakana.
_CJK_RANGES = (
    (0x3040, 0x30FF),
    (0x31F0, 0x31FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFF66, 0xFF9F),
    (0x20000, 0x3134F),
)
_cjk_pattern: re.Pattern[str] | None = None
# What the word tokenizer keeps: letters and digits of any script.
_WORDCHAR = re.compile(r"[^\W_]")


def has_cjk(text: str) -> bool:
    """True when `text` holds Han or kana characters (searched by substring, not by word)."""
    global _cjk_pattern
    if text.isascii():
        return False
    if len(text) < 64:
        # Short text (query terms): a loop costs less than compiling the expression, which
        # a search that reads no file would do only for this.
        for char in text:
            code = ord(char)
            if code >= 0x3040 and any(low <= code <= high for low, high in _CJK_RANGES):
                return True
        return False
    if _cjk_pattern is None:
        _cjk_pattern = re.compile(
            "[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _CJK_RANGES) + "]"
        )
    return _cjk_pattern.search(text) is not None


class QueryError(ValueError):
    """A query the parser cannot read. `column` is 1-based; str() says what and where."""

    def __init__(self, message: str, column: int) -> None:
        super().__init__(f"column {column}: {message}")
        self.message = message
        self.column = column


def error_excerpt(text: str, column: int, width: int = 72) -> tuple[str, str]:
    """What to show of `text` above a caret at `column`: (the part before it, the rest).

    A long query is cut to about `width` characters around the column, `…` marking a cut,
    so the caret stays on one terminal line however long the query.
    """
    at = max(0, min(column - 1, len(text)))
    start = max(0, at - width * 2 // 3)
    end = min(len(text), start + width)
    before = ("…" if start > 0 else "") + text[start:at]
    return before, text[at:end] + ("…" if end < len(text) else "")


class Record:
    """Value semantics for the small classes below (equality, hashing, repr).

    Plain slotted classes rather than dataclasses: `pressreader search` imports this module
    on every run, and creating dataclasses costs more start-up time than the search itself.
    """

    __slots__: tuple[str, ...] = ()

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Record)
            and type(self) is type(other)
            and (self._values() == other._values())
        )

    def __hash__(self) -> int:
        return hash((type(self).__name__, *self._values()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"


class Term(Record):
    """Text to find: a word, a word prefix, or an exact phrase."""

    __slots__ = ("column", "kind", "text")
    text: str
    kind: TermKind
    column: int

    def __init__(self, text: str, kind: TermKind, column: int = 0) -> None:
        self.text, self.kind, self.column = text, kind, column

    @property
    def cjk(self) -> bool:
        return has_cjk(self.text)


class Field(Record):
    """A filter on article metadata: `name:value`."""

    __slots__ = ("column", "date", "name", "value")
    name: str
    value: str
    column: int
    date: dt.date | None  # parsed value of `after:` / `before:`

    def __init__(self, name: str, value: str, column: int = 0, date: dt.date | None = None) -> None:
        self.name, self.value, self.column, self.date = name, value, column, date


class Not(Record):
    __slots__ = ("column", "operand")
    operand: Node
    column: int

    def __init__(self, operand: Node, column: int = 0) -> None:
        self.operand, self.column = operand, column


class And(Record):
    __slots__ = ("operands",)
    operands: tuple[Node, ...]

    def __init__(self, operands: tuple[Node, ...]) -> None:
        self.operands = operands


class Or(Record):
    __slots__ = ("operands",)
    operands: tuple[Node, ...]

    def __init__(self, operands: tuple[Node, ...]) -> None:
        self.operands = operands


Node = Term | Field | Not | And | Or


class Query(Record):
    """A parsed query: the tree and the original text."""

    __slots__ = ("root", "text")
    text: str
    root: Node

    def __init__(self, text: str, root: Node) -> None:
        self.text, self.root = text, root

    def terms(self) -> list[Term]:
        """The text terms that are not excluded: what hits show and highlight."""
        return positive(self.root, Term)

    def fields(self, name: str | None = None) -> list[Field]:
        """The field filters that are not excluded, optionally only those named `name`."""
        return [f for f in positive(self.root, Field) if name is None or f.name == name]


if TYPE_CHECKING:
    from typing import TypeVar

    Leaf = TypeVar("Leaf", Term, Field)


def positive(node: Node, kind: type[Leaf]) -> list[Leaf]:
    """The terms or field filters (`kind`) under `node` that the query does not exclude."""
    if isinstance(node, kind):
        return [node]
    if isinstance(node, And | Or):
        return [leaf for child in node.operands for leaf in positive(child, kind)]
    return []


# --- tokenizer ---------------------------------------------------------------------------


class _Token:
    __slots__ = ("column", "field", "kind", "prefix", "text", "value_column")

    def __init__(
        self,
        kind: _Kind,
        text: str,
        column: int,  # 1-based
        field: str = "",  # for "field": the field name; text holds the value
        prefix: bool = False,  # a word or phrase followed by `*`
        value_column: int = 0,
    ) -> None:
        self.kind, self.text, self.column = kind, text, column
        self.field, self.prefix, self.value_column = field, prefix, value_column


_SPACE = frozenset(" \t\r\n\f\v\u3000")
_CONTROLS_TO_SPACE = {code: " " for code in [*range(32), 0x7F]}
_STOP = _SPACE | frozenset('()"')
_FIELD_NAME = re.compile(r"[A-Za-z]+")


def _read_quoted(text: str, start: int) -> tuple[str, int]:
    """Read a quoted string starting at text[start] == '"'; return (value, index after it)."""
    end = text.find('"', start + 1)
    if end < 0:
        raise QueryError('unclosed quote: add a closing " to end the phrase', start + 1)
    return text[start + 1 : end], end + 1


def _too_long() -> QueryError:
    return QueryError(
        f"query too long: at most {MAX_QUERY_LENGTH:,} characters", MAX_QUERY_LENGTH + 1
    )


def _tokenize(text: str) -> list[_Token]:
    """The tokens of `text`; refuses nesting deeper than MAX_DEPTH and more than MAX_TERMS
    terms here, so the recursive parser below never goes deeper than MAX_DEPTH."""
    tokens: list[_Token] = []
    i, n = 0, len(text)
    depth = terms = 0

    def add_term(token: _Token) -> None:
        nonlocal terms
        terms += 1
        if terms > MAX_TERMS:
            raise QueryError(
                f"too many terms: at most {MAX_TERMS} words, phrases and filters", token.column
            )
        tokens.append(token)

    while i < n:
        if i >= MAX_QUERY_LENGTH:
            # Whichever bound comes first, left to right, is the one reported.
            raise _too_long()
        char = text[i]
        if char in _SPACE:
            i += 1
            continue
        column = i + 1
        if char == "(":
            depth += 1
            if depth > MAX_DEPTH:
                raise QueryError(f"( ) nested too deep: at most {MAX_DEPTH} levels", column)
            tokens.append(_Token("lparen", char, column))
            i += 1
            continue
        if char == ")":
            depth = max(0, depth - 1)  # an unmatched `)` is the parser's to report
            tokens.append(_Token("rparen", char, column))
            i += 1
            continue
        if char == "-" and i + 1 < n and text[i + 1] not in _SPACE and text[i + 1] != ")":
            # `-` before a term excludes; inside a word (`anti-china`) it is just text.
            tokens.append(_Token("neg", char, column))
            i += 1
            continue
        if char == '"':
            value, i = _read_quoted(text, i)
            prefix = i < n and text[i] == "*"
            if prefix:
                i += 1
            add_term(_Token("phrase", value, column, prefix=prefix))
            continue
        j = i
        while j < n and text[j] not in _STOP:
            j += 1
        word = text[i:j]
        colon = word.find(":")
        name = word[:colon]
        if colon > 0 and _FIELD_NAME.fullmatch(name) and not word[colon + 1 :].startswith("//"):
            field = name.lower()
            if field not in FIELDS:
                import difflib

                close = difflib.get_close_matches(field, FIELDS, n=1)
                hint = f"; did you mean `{close[0]}:`?" if close else ""
                known = ", ".join(f"{f}:" for f in FIELDS)
                raise QueryError(f"unknown field `{name}:`{hint} (known: {known})", column)
            value_start = i + colon + 1
            if j == value_start and j < n and text[j] == '"':
                value, j = _read_quoted(text, j)
            else:
                value = word[colon + 1 :]
            if not value.strip():
                raise QueryError(f"`{field}:` needs a value, e.g. {_example(field)}", column)
            add_term(_Token("field", value, column, field=field, value_column=value_start + 1))
            i = j
            continue
        if word == "OR":
            tokens.append(_Token("or", word, column))
        elif word == "AND":
            pass  # AND is implicit between terms; accept it written out
        else:
            prefix = word.endswith("*")
            stem = word.rstrip("*")
            if "*" in stem:
                # The caret goes under the misplaced `*`, not at the word's start.
                raise QueryError(
                    "`*` only goes at the end of a word (prefix*)", column + stem.index("*")
                )
            if not stem:
                raise QueryError("`*` needs a word before it, e.g. export*", column)
            add_term(_Token("word", stem, column, prefix=prefix))
        i = j
    return tokens


def _shown(value: str) -> str:
    """A value of the query in an error, as typed (repr would double a backslash), with a
    character that does not show (a zero-width space) escaped."""
    from pressreader.text.sanitize import escape_char

    return "`" + "".join(ch if ch.isprintable() else escape_char(ch) for ch in value) + "`"


def _example(field: str) -> str:
    if field in DATE_FIELDS:
        return f"{field}:2022-01-01"
    return {"speaker": 'speaker:"Ma Zhaoxu"', "tag": "tag:diplomacy"}.get(field, f"{field}:word")


_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def parse_date(value: str, column: int) -> dt.date:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` → the first day it names."""
    match = _DATE.fullmatch(value.strip())
    if match is None:
        raise QueryError(
            f"not a date: {_shown(value)} (expected YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2022-01-31)",
            column,
        )
    import datetime

    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        return datetime.date(year, month, day)
    except ValueError as error:
        raise QueryError(f"not a date: {_shown(value)} ({error})", column) from None


# --- parser ------------------------------------------------------------------------------


class _Parser:
    def __init__(self, text: str, tokens: list[_Token]) -> None:
        self.text = text
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def next(self) -> _Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def end_column(self) -> int:
        return len(self.text) + 1

    def parse_and(self, depth: int) -> Node:
        operands: list[Node] = []
        while True:
            token = self.peek()
            if token is None:
                break
            if token.kind == "rparen":
                if depth == 0:
                    raise QueryError("`)` without a matching `(`", token.column)
                break
            operands.append(self.parse_or(depth))
        if not operands:
            token = self.peek()
            column = token.column if token else self.end_column()
            raise QueryError("nothing to search for" if depth == 0 else "empty ( )", column)
        if all(isinstance(op, Not) for op in operands) and depth == 0:
            raise QueryError(
                "only exclusions: add a word or a field to search for, e.g. `trade -china`",
                1,
            )
        return operands[0] if len(operands) == 1 else And(tuple(operands))

    def parse_or(self, depth: int) -> Node:
        first = self.parse_unary(depth)
        operands = [first]
        while (token := self.peek()) is not None and token.kind == "or":
            self.next()
            following = self.peek()
            if following is None or following.kind in ("or", "rparen"):
                raise QueryError(
                    "`OR` needs a term on both sides, e.g. `china OR laos`", token.column
                )
            operands.append(self.parse_unary(depth))
        if len(operands) > 1 and any(isinstance(op, Not) for op in operands):
            column = next(op.column for op in operands if isinstance(op, Not))
            raise QueryError("an exclusion cannot be one side of OR; write `-a -b`", column)
        return first if len(operands) == 1 else Or(tuple(operands))

    def parse_unary(self, depth: int) -> Node:
        token = self.next()
        if token.kind == "neg":
            following = self.peek()
            if following is None:
                raise QueryError("`-` needs a term to exclude", token.column)
            if following.kind == "neg":
                raise QueryError("`--`: exclude once, e.g. `-word`", following.column)
            if following.kind == "or":
                raise QueryError("`-` needs a term to exclude, not OR", following.column)
            return Not(self.parse_unary(depth), token.column)
        if token.kind == "or":
            raise QueryError("`OR` needs a term on both sides, e.g. `china OR laos`", token.column)
        if token.kind == "lparen":
            inner = self.parse_and(depth + 1)
            close = self.peek()
            if close is None or close.kind != "rparen":
                raise QueryError("unclosed `(`: add a `)`", token.column)
            self.next()
            return inner
        if token.kind == "rparen":  # pragma: no cover - parse_and stops before `)`
            raise QueryError("unexpected `)`", token.column)
        if token.kind == "field":
            date = None
            if token.field in DATE_FIELDS:
                date = parse_date(token.text, token.value_column)
            value = token.text.strip()
            if token.field in TEXT_FIELDS:
                if not _searchable(value):
                    raise QueryError(
                        f"`{token.field}:` value {_shown(value)} has no letters or digits",
                        token.column,
                    )
                value = _cjk_trimmed(value)
            return Field(token.field, value, token.column, date)
        text = token.text
        if token.kind == "phrase":
            if not text.strip():
                raise QueryError('empty phrase ""', token.column)
            if not _searchable(text):
                raise QueryError(f"phrase {_shown(text)} has no letters or digits", token.column)
            text = _cjk_trimmed(text)
            return Term(text, "prefix" if token.prefix else "phrase", token.column)
        if not _searchable(text):
            raise QueryError(f"{_shown(text)} has no letters or digits to search for", token.column)
        text = _cjk_trimmed(text)
        if token.prefix:
            return Term(text, "prefix", token.column)
        # A word holding punctuation (`U.S.`, `covid-19`) is searched as the phrase of its parts.
        return Term(text, "word", token.column)


def _cjk_trimmed(text: str) -> str:
    """A CJK term without the punctuation, symbols and spaces at its ends (`北约：`, `「北约」`):
    it is found by substring, where they would have to stand in the text too, while the
    word tokenizer leaves them out of every other term. Those inside it stay (a substring).
    `text` holds a letter or digit."""
    if not has_cjk(text):
        return text
    start = _WORDCHAR.search(text)
    assert start is not None
    end = len(text)
    while not _WORDCHAR.match(text, end - 1):
        end -= 1
    return text[start.start() : end]


def _searchable(text: str) -> bool:
    return _WORDCHAR.search(text) is not None


def parse(text: str) -> Query:
    """Parse a query; raise `QueryError` saying what is wrong and at which column."""
    for index, char in enumerate(text):
        if "\ud800" <= char <= "\udfff":
            # Bytes that were not UTF-8 (a command-line argument in another encoding).
            raise QueryError("the query is not valid UTF-8 text", index + 1)
    # Control characters are never part of a word, and a NUL would end the engine's string
    # early: they become spaces (one for one, so columns stay right).
    tokens = _tokenize(text.translate(_CONTROLS_TO_SPACE))
    if len(text) > MAX_QUERY_LENGTH:
        raise _too_long()
    parser = _Parser(text, tokens)
    root = parser.parse_and(0)
    return Query(text, root)


# --- helpers the index uses -----------------------------------------------------------------


def fts_string(text: str) -> str:
    """`text` as an FTS5 string literal: the only way user text enters a MATCH expression."""
    return '"' + text.replace('"', '""') + '"'


def fts_term(term: Term) -> str:
    """The FTS5 expression for one term (word tokenizer): a quoted string, `*` for prefixes."""
    literal = fts_string(term.text)
    return literal + " *" if term.kind == "prefix" else literal


def words(text: str) -> list[str]:
    """The word tokens of `text` as the word tokenizer sees them (letters and digits)."""
    return re.findall(r"[^\W_]+", text.casefold())
