"""Build one article from one composed YAML document: validate, build, report problems.

The model is built straight from the nodes (never from constructed Python objects), walking
them with a budget of visits derived from the file size: aliases are shared nodes, so a
"billion laughs" file runs out of budget at once instead of expanding. Every problem names
the node's line and column; file text in messages goes through one rule (`display`).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path
from typing import Final

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from pressreader.format.anchoring import TextIndex
from pressreader.format.safe_yaml import (
    BOOL,
    CONSTRUCTOR,
    FLOAT,
    INT,
    MAP,
    MERGE,
    NULL,
    SEQ,
    STR,
    TIMESTAMP,
    YAML_TAG,
)
from pressreader.model import (
    Anchor,
    Article,
    Imported,
    Problem,
    Quote,
    QuoteKind,
    Section,
    Severity,
    Speaker,
    Statistic,
)
from pressreader.text.sanitize import escape_line, has_controls
from pressreader.text.textnorm import slugify

SUPPORTED_FORMAT: Final = 1

ARTICLE_KEYS: Final = (
    "format",
    "id",
    "title",
    "subtitle",
    "outlet",
    "url",
    "dateline",
    "language",
    "summary",
    "published",
    "authors",
    "tags",
    "sections",
    "speakers",
    "quotes",
    "statistics",
    "imported",
)
SECTION_KEYS: Final = ("heading", "id", "paragraphs")
SPEAKER_KEYS: Final = ("name", "role", "affiliation")
QUOTE_KEYS: Final = ("speaker", "text", "kind", "section", "occurrence", "note", "reviewed")
STATISTIC_KEYS: Final = (
    "label",
    "value",
    "previous",
    "unit",
    "period",
    "text",
    "section",
    "occurrence",
    "note",
    "reviewed",
)
IMPORTED_KEYS: Final = ("source", "date", "version", "sha256")
QUOTE_KINDS: Final = ("direct", "indirect")
# Quotation marks, opening to closing: a direct quote's text wrapped in a pair of them
# shows them twice, since the reader adds its own.
QUOTATION_MARKS: Final = {
    "“": "”",
    "”": "”",
    "„": "“",
    '"': '"',
    "‘": "’",
    "'": "'",
    "«": "»",
    "»": "«",
    "‹": "›",
    "「": "」",
    "『": "』",
    "＂": "＂",
}
_KNOWN_SETS: Final[dict[tuple[str, ...], frozenset[str]]] = {
    keys: frozenset(keys)
    for keys in (
        ARTICLE_KEYS,
        SECTION_KEYS,
        SPEAKER_KEYS,
        QUOTE_KEYS,
        STATISTIC_KEYS,
        IMPORTED_KEYS,
    )
}


# Problems reported per file before the rest of it is skipped, as compilers stop after so
# many errors: past that, more messages help nobody, and a hostile file could ask for millions.
MAX_PROBLEMS = 1000
_HINTED_FAILURES = 50
# Annotations of one document checked for standing where the one before them stands (each
# check scans the text; a file of thousands such is told of its first few).
_SAME_PLACE_CHECKS = 10
# The largest magnitude a number may have, and the most characters it may be written with.
# Every value then fits a float with room to spare (the index, the panel and its bars compute
# with floats), and no literal of thousands of digits reaches Python's int parser.
MAX_NUMBER: Final = 1e30
MAX_NUMBER_CHARS: Final = 64
# "Did you mean" suggestions compare a word with every known one, which costs up to the
# product of their lengths (difflib). Words are compared by at most 40 characters, and each
# file gets this many character pairs of comparisons in all (about half a second at worst):
# a file of thousands of near-miss ids stays fast, and simply gets no more suggestions.
SUGGESTION_BUDGET = 5_000_000
_SUGGESTION_CHARS = 40
# The shape of a BCP-47 tag: a 2-3 letter language (or `x-` / `i-` for private and legacy
# tags), then subtags of 1-8 letters or digits: en, zh-Hant, pt-BR, x-klingon.
_LANGUAGE_TAG = re.compile(r"(?:[A-Za-z]{2,3}|[xXiI])(?:-[A-Za-z0-9]{1,8})*\Z")
# The booleans every YAML version reads alike: YAML 1.1 (PyYAML) also reads yes/no/on/off
# as booleans, which YAML 1.2 tools (an editor's language server) read as text.
_BOOLEANS: Final = {"true": True, "True": True, "TRUE": True}
_BOOLEANS_FALSE: Final = ("false", "False", "FALSE")
_SHA256 = re.compile(r"[0-9a-fA-F]{64}\Z")


class BudgetExceeded(Exception):
    pass


class TooManyProblems(Exception):
    pass


def _describe(node: Node, restore: Callable[[str], str] | None = None) -> str:
    """What a node holds, in words, for 'expected X, got Y' messages."""
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    tag = node.tag
    value = str(node.value)
    value = display(restore(value) if restore is not None else value, 40)
    if tag == STR:
        return f"the text '{value}'"
    if tag == INT:
        return f"the integer {value}"
    if tag == FLOAT:
        return f"the number {value}"
    if tag == BOOL:
        return f"the boolean {value}"
    if tag == NULL:
        return "nothing (null)"
    if tag == TIMESTAMP:
        return f"the date {value}"
    return f"a value tagged {escape_line(tag).replace(YAML_TAG, '!!')}"


def display(text: str, limit: int = 60) -> str:
    """An article string shown inside a message: one line, control characters escaped.

    The one rule for article text in messages; put it in quotes with `'...'`, never with
    repr(), which would double the backslash of each escape.
    """
    text = escape_line(text[: limit + 1] if len(text) > 4 * limit else text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _listing(words: Iterable[str], limit: int) -> str:
    """`a, b, c…` for a message: joins only as many words as the limit shows."""
    shown: list[str] = []
    length = 0
    for word in words:
        shown.append(word)
        length += len(word) + 2
        if length > limit:
            break
    return display(", ".join(shown), limit)


def _suggestion_key(word: str) -> str:
    """The part of a word compared for suggestions: its start and end, if it is long."""
    if len(word) <= _SUGGESTION_CHARS:
        return word
    half = _SUGGESTION_CHARS // 2
    return word[:half] + word[-half:]


class Document:
    """Builds one article from one composed YAML document, collecting problems."""

    def __init__(
        self,
        path: str,
        problems: list[Problem],
        budget: list[int],
        restore: Callable[[str], str] | None,
        escapes: bool,
        suggestions: list[int],
        normalised: tuple[Sequence[str], Sequence[str]] | None = None,
    ) -> None:
        self.path = path
        self.problems = problems
        self.budget = budget  # shared across a file's documents: one mutable counter
        self.restore = restore
        # Control characters reach a value only through stand-ins (`restore`) or through
        # escapes such as "\e" in double-quoted text; other values need no check.
        self.escapes = escapes
        self.errors = 0
        self.not_found = 0
        self.same_places = 0  # annotations checked for standing where the one before stands
        # The YAML entries of each quote and statistic, to point problems at their keys.
        self.nodes: dict[int, dict[str, tuple[Node, Node]]] = {}
        self.suggestions_left = suggestions
        # Paragraphs normalised already, for the text index (`TextIndex`'s `normalised`).
        self.normalised = normalised

    # -- showing file text in messages -------------------------------------------------------

    def show(self, text: str, limit: int = 60) -> str:
        """Text from the file inside a message: stand-ins back to what they stand for, then
        every control character escaped the one way (`display`)."""
        if self.restore is not None:
            text = self.restore(text)
        return display(text, limit)

    def describe(self, node: Node) -> str:
        return _describe(node, self.restore)

    def suggest(self, word: str, known: Collection[str]) -> str:
        """`; did you mean `x`?` for a known word close to `word`, or nothing.

        Each comparison is of at most `_SUGGESTION_CHARS` characters a side, and a file
        gets `SUGGESTION_BUDGET` character pairs in all: past that, no suggestion.
        """
        word = _suggestion_key(word)
        cost = len(known) * len(word) * _SUGGESTION_CHARS  # checked before touching `known`
        if cost > self.suggestions_left[0]:
            return ""
        self.suggestions_left[0] -= cost
        import difflib  # only files with problems pay for it

        keys: dict[str, str] = {}
        for candidate in known:
            keys.setdefault(_suggestion_key(candidate), candidate)
        close = difflib.get_close_matches(word, keys, n=1, cutoff=0.6)
        return f"; did you mean `{self.show(keys[close[0]])}`?" if close else ""

    # -- reporting ---------------------------------------------------------------------------

    def report(self, severity: Severity, node: Node | None, message: str) -> None:
        if len(self.problems) >= MAX_PROBLEMS:
            raise TooManyProblems
        if severity == "error":
            self.errors += 1
        if node is None:
            self.problems.append(Problem(severity, self.path, None, None, message))
            return
        mark = node.start_mark
        self.problems.append(Problem(severity, self.path, mark.line + 1, mark.column + 1, message))

    def error(self, node: Node | None, message: str) -> None:
        self.report("error", node, message)

    def warning(self, node: Node | None, message: str) -> None:
        self.report("warning", node, message)

    def visit(self, node: Node, cost: int = 1) -> None:
        self.budget[0] -= cost
        if self.budget[0] < 0:
            raise BudgetExceeded

    # -- generic readers ---------------------------------------------------------------------

    def tag_ok(self, node: Node, what: str) -> bool:
        """False (after an error) for a tag that is not plain YAML data."""
        tag = node.tag
        if tag in (STR, MAP, SEQ, INT, FLOAT, BOOL, NULL, TIMESTAMP):
            return True
        shown = escape_line(tag).replace(YAML_TAG, "!!")
        if tag.startswith(YAML_TAG + "python/"):
            self.error(
                node,
                f"{what}: the tag {shown} would create a Python object; articles hold only "
                "plain YAML data (text, numbers, lists, mappings), and nothing was executed",
            )
        else:
            self.error(
                node,
                f"{what}: unsupported tag {shown}; expected plain YAML data "
                "(text, numbers, dates, lists, mappings) without tags",
            )
        return False

    def mapping(
        self, node: Node, what: str, known: tuple[str, ...]
    ) -> dict[str, tuple[Node, Node]] | None:
        """The mapping's entries by key, with merge keys applied; unknown keys are warned."""
        if node.__class__ is MappingNode and node.tag == MAP:
            # The common case, inlined: known text keys, each once, no merge keys.
            allowed = _KNOWN_SETS[known]
            entries: dict[str, tuple[Node, Node]] = {}
            for key_node, value_node in node.value:
                if key_node.__class__ is not ScalarNode or key_node.tag != STR:
                    break
                key = key_node.value
                if key not in allowed or key in entries:
                    break
                entries[key] = (key_node, value_node)
            else:
                self.budget[0] -= 1 + len(entries)
                if self.budget[0] < 0:
                    raise BudgetExceeded
                return entries
        self.visit(node)
        if not isinstance(node, MappingNode):
            self.error(
                node, f"{what}: expected a mapping (`key: value` lines), got {self.describe(node)}"
            )
            return None
        if not self.tag_ok(node, what):
            return None
        entries = {}
        self._collect(node, what, entries, explicit=True, depth=0)
        for key, (key_node, value_node) in entries.items():
            if key not in known:
                self.warning(
                    key_node,
                    f"{what}: unknown key `{self.show(key)}`{self.suggest(key, known)} "
                    f"(expected one of: {', '.join(known)})",
                )
                self.scan_tags(value_node, what)
        return entries

    def _collect(
        self,
        node: MappingNode,
        what: str,
        entries: dict[str, tuple[Node, Node]],
        *,
        explicit: bool,
        depth: int,
    ) -> None:
        merges: list[Node] = []
        for key_node, value_node in node.value:
            self.visit(key_node)
            if key_node.tag == MERGE:
                merges.append(value_node)
                continue
            if not isinstance(key_node, ScalarNode) or key_node.tag != STR:
                if explicit:
                    self.warning(
                        key_node,
                        f"{what}: ignored key {self.describe(key_node)}; expected a text key",
                    )
                continue
            key = key_node.value
            if key in entries:
                if explicit:
                    first = entries[key][0].start_mark.line + 1
                    self.error(
                        key_node,
                        f"{what}: duplicate key `{self.show(key)}` (first given on line {first}); "
                        "expected each key once",
                    )
                continue
            entries[key] = (key_node, value_node)
        # `<<: *defaults` merges another mapping's keys; keys given here win.
        for merged in merges:
            sources = merged.value if isinstance(merged, SequenceNode) else [merged]
            for source in sources:
                self.visit(source)
                if not isinstance(source, MappingNode) or depth > 20:
                    self.error(source, f"{what}: `<<` expects a mapping or a list of mappings")
                    continue
                self._collect(source, what, entries, explicit=False, depth=depth + 1)

    def scan_tags(self, node: Node, what: str) -> None:
        """Report Python tags inside a value that is otherwise ignored (each node once)."""
        seen: set[int] = set()
        stack = [node]
        while stack:
            current = stack.pop()
            if id(current) in seen:
                continue
            seen.add(id(current))
            self.visit(current)
            if current.tag.startswith(YAML_TAG + "python/"):
                self.tag_ok(current, what)
            if isinstance(current, SequenceNode):
                stack.extend(current.value)
            elif isinstance(current, MappingNode):
                for pair in current.value:
                    stack.extend(pair)

    def text(self, node: Node, what: str, *, required: bool = False) -> str | None:
        """A string value; null means absent."""
        if node.__class__ is ScalarNode and node.tag == STR:
            value: str = node.value
            self.budget[0] -= 1 + (len(value) >> 4)
            if self.budget[0] < 0:
                raise BudgetExceeded
            if self.restore is not None:
                value = self.restore(value)
            elif not (self.escapes and node.style == '"'):
                return value
            if has_controls(value):
                self.warning(
                    node,
                    f"{what}: control character in the text, shown escaped: "
                    f"{self.show(value, 80)}; expected printable text",
                )
            return value
        self.visit(node)
        if isinstance(node, ScalarNode):
            tag = node.tag
            if tag == NULL:
                if required:
                    self.error(node, f"{what}: expected text, got nothing")
                return None
            if tag in (INT, FLOAT, BOOL, TIMESTAMP):
                self.error(
                    node,
                    f"{what}: expected text, got {self.describe(node)} "
                    f'(write it in quotes to make it text: "{self.show(node.value)}")',
                )
                return None
        if self.tag_ok(node, what):
            self.error(node, f"{what}: expected text, got {self.describe(node)}")
        return None

    def required_text(
        self, entries: dict[str, tuple[Node, Node]], key: str, where: Node, what: str
    ) -> str | None:
        if key not in entries:
            self.error(where, f"{what}: missing required key `{key}`")
            return None
        value = self.text(entries[key][1], f"{what} `{key}`", required=True)
        if value is not None and (not value or value.isspace()):
            self.error(entries[key][1], f"{what} `{key}`: expected non-empty text")
            return None
        return value

    def optional_text(
        self, entries: dict[str, tuple[Node, Node]], key: str, what: str
    ) -> str | None:
        if key not in entries:
            return None
        return self.text(entries[key][1], f"{what} `{key}`")

    def sequence(self, node: Node, what: str) -> list[Node] | None:
        self.visit(node)
        if isinstance(node, SequenceNode):
            return node.value if self.tag_ok(node, what) else None
        if isinstance(node, ScalarNode) and node.tag == NULL:
            return None
        if self.tag_ok(node, what):
            self.error(
                node,
                f"{what}: expected a list (lines starting with `- `), got {self.describe(node)}",
            )
        return None

    def text_list(self, entries: dict[str, tuple[Node, Node]], key: str, what: str) -> list[str]:
        if key not in entries:
            return []
        items = self.sequence(entries[key][1], f"{what} `{key}`")
        if items is None:
            return []
        values = []
        for index, item in enumerate(items, 1):
            value = self.text(item, f"{what} `{key}` item {index}", required=True)
            if value is not None:
                values.append(value)
        return values

    def number(self, node: Node, what: str, *, required: bool = False) -> int | float | None:
        self.visit(node)
        if isinstance(node, ScalarNode):
            tag = node.tag
            if tag in (INT, FLOAT):
                return self.in_range(node, what)
            if tag == NULL:
                if required:
                    self.error(node, f"{what}: expected a number, got nothing")
                return None
            if tag == STR:
                hint = ""
                plain = node.value.replace(",", "").replace(" ", "").rstrip("%")
                if plain and _looks_numeric(plain):
                    hint = " (write digits only, without quotes, thousands separators or units)"
                self.error(node, f"{what}: expected a number, got {self.describe(node)}{hint}")
                return None
        if self.tag_ok(node, what):
            self.error(node, f"{what}: expected a number, got {self.describe(node)}")
        return None

    def boolean(self, node: Node, what: str) -> bool | None:
        """`true` or `false`; null means absent. YAML 1.1's other booleans (`yes`, `off`...)
        are an error: YAML 1.2 tools read them as text, so a file would mean two things."""
        self.visit(node)
        expected = "expected true or false"
        if isinstance(node, ScalarNode):
            if node.tag == NULL:
                return None
            if node.tag == BOOL:
                if node.value in _BOOLEANS:
                    return True
                if node.value in _BOOLEANS_FALSE:
                    return False
                word = "true" if CONSTRUCTOR.construct_yaml_bool(node) else "false"
                self.error(
                    node,
                    f"{what}: {expected}, got `{self.show(node.value)}`, which some YAML tools "
                    f"read as text: write `{word}`",
                )
                return None
            if node.tag in (STR, INT, FLOAT, TIMESTAMP):
                self.error(node, f"{what}: {expected}, got {self.describe(node)}")
                return None
        if self.tag_ok(node, what):
            self.error(node, f"{what}: {expected}, got {self.describe(node)}")
        return None

    def reviewed(self, fields: dict[str, tuple[Node, Node]], what: str) -> bool:
        """An annotation's `reviewed`: absent (or null) means a person made or confirmed it."""
        if "reviewed" not in fields:
            return True
        value = self.boolean(fields["reviewed"][1], f"{what} `reviewed`")
        return True if value is None else value

    def in_range(self, node: ScalarNode, what: str) -> int | float | None:
        """The number a node holds, or None (after an error) outside the one valid range."""
        if len(node.value) > MAX_NUMBER_CHARS:
            self.error(
                node,
                f"{what}: expected a number of at most {MAX_NUMBER_CHARS} characters, "
                f"got {len(node.value):,} characters ({self.describe(node)})",
            )
            return None
        value: int | float = (
            CONSTRUCTOR.construct_yaml_int(node)
            if node.tag == INT
            else CONSTRUCTOR.construct_yaml_float(node)
        )
        try:
            magnitude = abs(float(value))
        except OverflowError:
            magnitude = math.inf
        if not magnitude <= MAX_NUMBER:  # NaN too
            self.error(
                node,
                f"{what}: expected a number between -{MAX_NUMBER:.0e} and {MAX_NUMBER:.0e}, "
                f"got {self.describe(node)}",
            )
            return None
        return value

    # -- the article -------------------------------------------------------------------------

    def article(self, root: Node, default_id: str, document: int, path: Path) -> Article | None:
        what = "article"
        if isinstance(root, ScalarNode) and root.tag == NULL:
            self.error(
                root,
                "the document is empty; expected an article (a mapping with "
                "`title` and `sections`)",
            )
            return None
        if not isinstance(root, MappingNode):
            self.error(
                root,
                f"{what}: expected a mapping with `title` and `sections` at the top "
                f"of the document, got {self.describe(root)}",
            )
            return None
        entries = self.mapping(root, what, ARTICLE_KEYS)
        if entries is None:
            return None

        format_version = SUPPORTED_FORMAT
        if "format" in entries:
            node = entries["format"][1]
            value = self.number(node, "article `format`")
            if value is not None:
                if value != SUPPORTED_FORMAT or not isinstance(value, int):
                    self.error(
                        node,
                        f"unsupported format {value}; expected {SUPPORTED_FORMAT} "
                        "(or no `format` key)",
                    )
                    return None
            elif not (isinstance(node, ScalarNode) and node.tag == NULL):
                return None

        article_id = self.optional_text(entries, "id", what)
        if article_id is not None and not article_id.strip():
            self.error(entries["id"][1], "article `id`: expected non-empty text")
        title = self.required_text(entries, "title", root, what)
        meta = {
            key: self.optional_text(entries, key, what)
            for key in ("subtitle", "outlet", "url", "dateline", "language", "summary")
        }
        language = meta["language"]
        if language is not None and not _LANGUAGE_TAG.match(language):
            self.warning(
                entries["language"][1],
                f"article `language`: '{self.show(language)}' is not a BCP-47 language tag; "
                "expected a tag such as en, zh, zh-Hant or pt-BR",
            )
        published = self.published(entries)
        authors = self.text_list(entries, "authors", what)
        tags = self.text_list(entries, "tags", what)
        sections = self.sections(entries, root)
        speakers = self.speakers(entries)
        quotes = self.quotes(entries)
        statistics = self.statistics(entries)
        imported = self.imported(entries)

        if sections:
            self.check_references(sections, speakers, quotes, statistics, entries)
        if title is None or not sections:
            return None
        return Article(
            id=article_id or default_id,
            title=title,
            sections=sections,
            path=path,
            document=document,
            line=root.start_mark.line + 1,
            format=format_version,
            subtitle=meta["subtitle"],
            outlet=meta["outlet"],
            url=meta["url"],
            dateline=meta["dateline"],
            language=meta["language"],
            summary=meta["summary"],
            published=published,
            authors=authors,
            tags=tags,
            speakers=speakers,
            quotes=quotes,
            statistics=statistics,
            imported=imported,
        )

    def published(self, entries: dict[str, tuple[Node, Node]]) -> dt.date | None:
        if "published" not in entries:
            return None
        return self.date(entries["published"][1], "article `published`")

    def imported(self, entries: dict[str, tuple[Node, Node]]) -> Imported | None:
        """Where an imported article came from; None when the key is absent or null."""
        if "imported" not in entries:
            return None
        node = entries["imported"][1]
        what = "article `imported`"
        if isinstance(node, ScalarNode) and node.tag == NULL:
            self.visit(node)
            return None
        fields = self.mapping(node, what, IMPORTED_KEYS)
        if fields is None:
            return None
        what = "imported"
        source = self.optional_text(fields, "source", what)
        if source is not None and not source.strip():
            self.error(fields["source"][1], f"{what} `source`: expected a file name or URL")
            source = None
        date = self.date(fields["date"][1], f"{what} `date`") if "date" in fields else None
        version = self.optional_text(fields, "version", what)
        sha256 = self.optional_text(fields, "sha256", what)
        if sha256 is not None:
            if _SHA256.match(sha256):
                sha256 = sha256.lower()
            else:
                self.error(
                    fields["sha256"][1],
                    f"{what} `sha256`: expected 64 hexadecimal digits (a SHA-256 hash), "
                    f"got '{self.show(sha256)}'",
                )
                sha256 = None
        return Imported(source, date, version, sha256)

    def date(self, node: Node, what: str) -> dt.date | None:
        """A YAML date or an ISO-8601 text (a time is dropped); null means absent."""
        self.visit(node)
        expected = "expected a date such as 2022-10-20 (ISO 8601)"
        if isinstance(node, ScalarNode):
            if node.tag == NULL:
                return None
            if node.tag in (TIMESTAMP, STR):
                raw = node.value.strip()
                try:
                    if node.tag == TIMESTAMP:
                        value = CONSTRUCTOR.construct_yaml_timestamp(node)
                    else:
                        value = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
                except ValueError:
                    try:
                        value = dt.date.fromisoformat(raw)
                    except ValueError:
                        shown = self.show(raw)
                        self.error(node, f"{what}: not a valid date: '{shown}'; {expected}")
                        return None
                return value.date() if isinstance(value, dt.datetime) else value
        if self.tag_ok(node, what):
            self.error(node, f"{what}: {expected}, got {self.describe(node)}")
        return None

    def sections(self, entries: dict[str, tuple[Node, Node]], root: Node) -> list[Section]:
        if "sections" not in entries:
            self.error(
                root,
                "article: missing required key `sections` (a list of sections, "
                "each with `paragraphs`)",
            )
            return []
        node = entries["sections"][1]
        items = self.sequence(node, "article `sections`")
        if items is None:
            if isinstance(node, ScalarNode) and node.tag == NULL:
                self.error(
                    node, "article `sections`: expected a list of at least one section, got nothing"
                )
            return []
        if not items:
            self.error(node, "article `sections`: expected at least one section, got an empty list")
            return []
        sections: list[Section] = []
        explicit: dict[str, Node] = {}
        pending: list[tuple[Section, Node | None, str | None]] = []
        for number, item in enumerate(items, 1):
            what = f"section {number}"
            fields = self.mapping(item, what, SECTION_KEYS)
            if fields is None:
                continue
            heading = self.optional_text(fields, "heading", what)
            section_id = self.optional_text(fields, "id", what)
            id_node = fields["id"][1] if "id" in fields else None
            if section_id is not None:
                if not section_id.strip():
                    self.error(id_node, f"{what} `id`: expected non-empty text")
                    section_id = None
                elif section_id in explicit:
                    first = explicit[section_id].start_mark.line + 1
                    self.error(
                        id_node,
                        f"{what}: duplicate section id `{self.show(section_id)}` "
                        f"(first given on line {first}); expected unique ids",
                    )
                else:
                    explicit[section_id] = id_node  # type: ignore[assignment]
            paragraphs, lines = self.paragraphs(fields, item, what)
            section = Section(
                id=section_id or "",
                heading=heading,
                paragraphs=paragraphs,
                line=item.start_mark.line + 1,
                paragraph_lines=lines,
            )
            sections.append(section)
            pending.append((section, id_node, section_id))
        # Derived ids avoid every explicit id and each other: `-2`, `-3`... on collision.
        # Each base remembers the suffix it reached (every lower one is taken), so thousands
        # of sections with one heading cost linear time, not quadratic.
        used = set(explicit)
        next_suffix: dict[str, int] = {}
        for number, (section, _node, section_id) in enumerate(pending, 1):
            if section_id is not None:
                continue
            base = (slugify(section.heading) if section.heading else "") or f"section-{number}"
            candidate = base
            if candidate in used:
                suffix = next_suffix.get(base, 2)
                candidate = f"{base}-{suffix}"
                while candidate in used:
                    suffix += 1
                    candidate = f"{base}-{suffix}"
                next_suffix[base] = suffix + 1
            used.add(candidate)
            section.id = candidate
        return sections

    def paragraphs(
        self, fields: dict[str, tuple[Node, Node]], item: Node, what: str
    ) -> tuple[list[str], list[int]]:
        if "paragraphs" not in fields:
            self.error(item, f"{what}: missing required key `paragraphs` (a list of texts)")
            return [], []
        node = fields["paragraphs"][1]
        items = self.sequence(node, f"{what} `paragraphs`")
        if not items:
            if items is not None or (isinstance(node, ScalarNode) and node.tag == NULL):
                self.error(
                    node,
                    f"{what} `paragraphs`: expected a list of at least one paragraph, got nothing",
                )
            return [], []
        paragraphs: list[str] = []
        lines: list[int] = []
        plain = self.restore is None and not self.escapes
        for index, paragraph_node in enumerate(items, 1):
            if plain and paragraph_node.__class__ is ScalarNode and paragraph_node.tag == STR:
                # The common case, inlined: plain text that cannot hold control characters.
                value = paragraph_node.value
                self.budget[0] -= 1 + (len(value) >> 4)
                if value and not value.isspace():
                    paragraphs.append(value)
                    lines.append(paragraph_node.start_mark.line + 1)
                    continue
            label = f"{what} paragraph {index}"
            value = self.text(paragraph_node, label, required=True)
            if value is None:
                continue
            if not value.strip():
                self.warning(paragraph_node, f"{label}: the paragraph is empty")
            paragraphs.append(value)
            lines.append(paragraph_node.start_mark.line + 1)
        if self.budget[0] < 0:
            raise BudgetExceeded
        return paragraphs, lines

    def records(
        self, entries: dict[str, tuple[Node, Node]], key: str, label: str, known: tuple[str, ...]
    ) -> list[tuple[str, Node, dict[str, tuple[Node, Node]]]]:
        if key not in entries:
            return []
        items = self.sequence(entries[key][1], f"article `{key}`")
        if items is None:
            return []
        out = []
        for number, item in enumerate(items, 1):
            what = f"{label} {number}"
            fields = self.mapping(item, what, known)
            if fields is not None:
                out.append((what, item, fields))
        return out

    def speakers(self, entries: dict[str, tuple[Node, Node]]) -> list[Speaker]:
        speakers: list[Speaker] = []
        names: dict[str, int] = {}
        for what, item, fields in self.records(entries, "speakers", "speaker", SPEAKER_KEYS):
            name = self.required_text(fields, "name", item, what)
            role = self.optional_text(fields, "role", what)
            affiliation = self.optional_text(fields, "affiliation", what)
            if name is None:
                continue
            if name in names:
                self.warning(
                    fields["name"][1],
                    f"{what}: speaker `{self.show(name)}` is listed "
                    f"twice (first on line {names[name]})",
                )
                continue
            names[name] = item.start_mark.line + 1
            speakers.append(Speaker(name, role, affiliation))
        return speakers

    def quotes(self, entries: dict[str, tuple[Node, Node]]) -> list[Quote]:
        quotes: list[Quote] = []
        for what, item, fields in self.records(entries, "quotes", "quote", QUOTE_KEYS):
            speaker = self.required_text(fields, "speaker", item, what)
            text = self.required_text(fields, "text", item, what)
            kind_text = self.optional_text(fields, "kind", what)
            kind: QuoteKind = "direct"
            if kind_text == "indirect":
                kind = "indirect"
            elif kind_text not in (None, "direct"):
                self.error(
                    fields["kind"][1],
                    f"{what} `kind`: unknown kind "
                    f"`{self.show(kind_text or '')}`{self.suggest(kind_text or '', QUOTE_KINDS)} "
                    "(expected `direct` or `indirect`)",
                )
            section = self.optional_text(fields, "section", what)
            note = self.optional_text(fields, "note", what)
            reviewed = self.reviewed(fields, what)
            if speaker is None or text is None:
                continue
            if kind == "direct":
                self.check_quotation_marks(fields["text"][1], what, text)
            mark = item.start_mark
            quote = Quote(
                speaker, text, kind, section, note, None, mark.line + 1, reviewed, mark.column + 1
            )
            self.nodes[id(quote)] = fields
            quotes.append(quote)
        return quotes

    def check_quotation_marks(self, node: Node, what: str, text: str) -> None:
        """A warning when a direct quote's text is wrapped in one pair of quotation marks
        (the reader adds its own), suggesting the text without them."""
        words = text.strip()
        closing = QUOTATION_MARKS.get(words[:1])
        if closing is None or len(words) < 3 or words[-1] != closing:
            return
        inner = words[1:-1]
        # “A,” he said, “B.” is two quoted pieces, not one quote in marks.
        if words[0] in inner or closing in inner or not inner.strip():
            return
        self.warning(
            node,
            f"{what} `text`: the text is wrapped in its own quotation marks, and the reader "
            f"adds them: write `{self.show(inner.strip())}`",
        )

    def statistics(self, entries: dict[str, tuple[Node, Node]]) -> list[Statistic]:
        statistics: list[Statistic] = []
        for what, item, fields in self.records(entries, "statistics", "statistic", STATISTIC_KEYS):
            label = self.required_text(fields, "label", item, what)
            value: int | float | None = None
            if "value" not in fields:
                self.error(item, f"{what}: missing required key `value` (a number)")
            else:
                value = self.number(fields["value"][1], f"{what} `value`", required=True)
            previous = None
            if "previous" in fields:
                previous = self.number(fields["previous"][1], f"{what} `previous`")
            unit = self.optional_text(fields, "unit", what)
            period = self.optional_text(fields, "period", what)
            text = self.optional_text(fields, "text", what)
            if text is not None and (not text or text.isspace()):
                self.error(
                    fields["text"][1],
                    f"{what} `text`: expected the words of the article "
                    "that state the figure, got empty text",
                )
                text = None
            section = self.optional_text(fields, "section", what)
            note = self.optional_text(fields, "note", what)
            reviewed = self.reviewed(fields, what)
            if label is None or value is None:
                continue
            mark = item.start_mark
            statistic = Statistic(
                label,
                value,
                previous,
                unit,
                period,
                text,
                section,
                None,
                mark.line + 1,
                reviewed,
                mark.column + 1,
                note,
            )
            self.nodes[id(statistic)] = fields
            statistics.append(statistic)
        return statistics

    def check_references(
        self,
        sections: list[Section],
        speakers: list[Speaker],
        quotes: list[Quote],
        statistics: list[Statistic],
        entries: dict[str, tuple[Node, Node]],
    ) -> None:
        """Sections named by annotations exist, speakers are listed, and texts are found."""
        built: list[TextIndex] = []

        def index() -> TextIndex:
            # Built on the first lookup: it holds a normalised copy of the whole text, which an
            # article without annotations to anchor should not pay for.
            if not built:
                built.append(TextIndex(sections, self.normalised))
            return built[0]

        section_index = {section.id: number for number, section in enumerate(sections)}
        speaker_names = {speaker.name for speaker in speakers}
        for number, quote in enumerate(quotes, 1):
            fields = self.nodes[id(quote)]
            if "speakers" in entries and quote.speaker not in speaker_names:
                self.warning(
                    fields["speaker"][1],
                    f"quote {number}: speaker `{self.show(quote.speaker)}` is not listed under "
                    f"`speakers`{self.suggest(quote.speaker, speaker_names)}",
                )
            quote.anchor = self.anchor(
                index, section_index, fields, f"quote {number}", quote.text, quote.section
            )
        for number, statistic in enumerate(statistics, 1):
            fields = self.nodes[id(statistic)]
            statistic.anchor = self.anchor(
                index,
                section_index,
                fields,
                f"statistic {number}",
                statistic.text,
                statistic.section,
            )

    def occurrence(
        self, fields: dict[str, tuple[Node, Node]], what: str, text: str | None
    ) -> int | None:
        """An annotation's `occurrence` (None when absent or null, 0 when invalid)."""
        if "occurrence" not in fields:
            return None
        node = fields["occurrence"][1]
        if isinstance(node, ScalarNode) and node.tag == NULL:
            return None
        value = self.number(node, f"{what} `occurrence`")
        if value is None:
            return 0
        if not isinstance(value, int) or value < 1:
            self.error(node, f"{what} {_occurrence_expected(self.describe(node))}")
            return 0
        if text is None:
            self.warning(
                node,
                f"{what} `occurrence`: ignored without a `text` (it says which place "
                "the text stands)",
            )
            return None
        return value

    def anchor(
        self,
        text_index: Callable[[], TextIndex],
        section_index: dict[str, int],
        fields: dict[str, tuple[Node, Node]],
        what: str,
        text: str | None,
        section: str | None,
    ) -> Anchor | None:
        scope: int | None = None
        if section is not None:
            scope = section_index.get(section)
            if scope is None:
                ids = section_index.keys()
                self.error(
                    fields["section"][1],
                    f"{what} `section`: no section has the id `{self.show(section)}`"
                    f"{self.suggest(section, ids)} (expected one of: {_listing(ids, 200)})",
                )
                return None
        occurrence = self.occurrence(fields, what, text)
        if text is None or occurrence == 0:
            return None
        index = text_index()
        if occurrence is None:
            kind = what.partition(" ")[0]
            anchor = index.locate(text, scope, stream=kind)
            if (
                anchor is not None
                and index.found_where_previous
                and self.same_places < _SAME_PLACE_CHECKS
            ):
                self.same_places += 1
                if index.found_elsewhere_too():
                    where = f" of section `{self.show(section)}`" if section is not None else ""
                    self.warning(
                        fields["text"][1],
                        f"{what} `text`: anchored where the {kind} found before it in list "
                        f"order stands, though '{self.show(text)}' stands elsewhere too in the "
                        f"article text{where}; to anchor it at another place, add "
                        "`occurrence: N` (the Nth place the words stand)",
                    )
        else:
            anchor = index.nth(text, occurrence, scope)
            if anchor is None and not index.exhausted:
                count = index.count(text, scope)
                if count and not index.exhausted:
                    where = f" of section `{self.show(section)}`" if section is not None else ""
                    times = "once" if count == 1 else f"{count:,} times"
                    self.error(
                        fields["occurrence"][1],
                        f"{what} `occurrence`: '{self.show(text)}' stands only {times} in the "
                        f"article text{where}; expected `occurrence` from 1 to {count:,}",
                    )
                    return None
        if anchor is None and index.exhausted:
            self.error(
                fields["text"][1],
                f"{what} `text`: not looked up: checking this article's annotations stopped "
                "after scanning its text thousands of times; expected fewer annotations, "
                "listed in reading order",
            )
        elif anchor is None:
            where = f" of section `{self.show(section)}`" if section is not None else ""
            # Hints cost extra scans of the text: the first few failures get them.
            self.not_found += 1
            hint = (
                index.why_not_found(text, scope)
                if self.not_found <= _HINTED_FAILURES
                else "expected the exact words of the article"
            )
            self.error(
                fields["text"][1],
                f"{what} `text`: '{self.show(text)}' not found in the article text{where}: {hint}",
            )
        return anchor


def _occurrence_expected(got: str) -> str:
    return (
        f"`occurrence`: expected a whole number from 1 (which place the text stands, "
        f"counted from the start of the article, or of its `section`), got {got}"
    )


def _looks_numeric(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
