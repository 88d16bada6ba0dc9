"""Load, validate and anchor article files (format v1) safely and fast: the entry points.

`safe_yaml` parses the file's YAML into nodes within bounds, `document` builds and checks
each article from them; this module reads the file, runs both, and gathers the problems.
Nothing here raises on bad input: every failure is a `Problem` in the `LoadResult`.
"""

from __future__ import annotations

import gc
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from pressreader.format.document import (
    MAX_PROBLEMS,
    SUGGESTION_BUDGET,
    BudgetExceeded,
    Document,
    TooManyProblems,
    display,
)
from pressreader.format.safe_yaml import (
    BUDGET_FLOOR,
    BUDGET_PER_CHAR,
    NULL,
    STR,
    parse,
    separator_line,
    utf8_bytes,
    yaml_problem,
)
from pressreader.limits import DEFAULT_MAX_BYTES
from pressreader.model import Article, LoadResult, Problem
from pressreader.text.sanitize import escape_line


@dataclass(frozen=True)
class Written:
    """What the writer of an article's text knows of it, so that loading it need not do that
    work again: the importer's check of the article it has just written (`emit`). `check`
    never gives one. The text given is in block style (nothing nests in brackets) and holds
    one article.

    `events`: its number of YAML parser events; the text is held to the limit of values for
    its size by it, not parsed once more to count them. `size`: the size in bytes of the text
    the given one stands for, when it holds placeholders (limits follow it). `paragraphs`:
    for each paragraph scalar of the article, in order, its value when the text given holds
    an empty placeholder (`""`) for it, None where it holds the paragraph itself. Each value
    put in place of a placeholder is one its writer wrote between double quotes verbatim
    (printable, no `"` or `\\`: `scalars.verbatim`), which YAML reads back as it stands.
    `normalised`: paragraphs and their normalised forms (`textnorm.normalise`), in which the
    annotations are anchored when those are the article's paragraphs, in order, instead of
    normalising the text once more."""

    events: int
    size: int | None = None
    paragraphs: Sequence[str | None] | None = None
    normalised: tuple[Sequence[str], Sequence[str]] | None = None


def _fill(documents: list[Node], values: Sequence[str | None]) -> bool:
    """Put each placeholder's value (`Written.paragraphs`) into the paragraph scalars of the
    one article of `documents`; False when the article's paragraphs are not as many as the
    values, or a placeholder is not an empty double-quoted text."""
    if len(documents) != 1 or not isinstance(documents[0], MappingNode):
        return False
    sections = [
        v for k, v in documents[0].value if isinstance(k, ScalarNode) and k.value == "sections"
    ]
    if len(sections) != 1 or not isinstance(sections[0], SequenceNode):
        return False
    index = 0
    for section in sections[0].value:
        if not isinstance(section, MappingNode):
            return False
        for key, node in section.value:
            if not (isinstance(key, ScalarNode) and key.value == "paragraphs"):
                continue
            if not isinstance(node, SequenceNode):
                continue  # null: no paragraph
            for item in node.value:
                if index >= len(values):
                    return False
                value = values[index]
                index += 1
                if value is None:
                    continue
                if not (
                    isinstance(item, ScalarNode)
                    and item.tag == STR
                    and item.style == '"'
                    and item.value == ""
                ):
                    return False
                item.value = value
    return index == len(values)


def _load(
    source: str | bytes,
    path: Path,
    nodes: list[Node] | None = None,
    written: Written | None = None,
) -> LoadResult:
    result = LoadResult(path=path)
    shown = str(path)
    data, unreadable = utf8_bytes(source, shown)
    if unreadable is not None:
        result.problems.append(unreadable)
        return result
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    if not body or body.isspace():
        result.problems.append(
            Problem(
                "error",
                shown,
                1,
                1,
                "the file is empty; expected an article (a mapping with `title` and `sections`)",
            )
        )
        return result
    size = len(data)
    events = normalised = None
    if written is not None:
        size = written.size if written.size is not None else size
        events, normalised = written.events, written.normalised
    documents, failure, restore, stopped_early = parse(source, data, shown, events, size)
    if stopped_early is not None:
        result.problems.append(stopped_early)
        return result
    if (
        written is not None
        and written.paragraphs is not None
        and (failure is not None or restore is not None or not _fill(documents, written.paragraphs))
    ):
        # (The writer checks its text itself then: this never passes it.)
        result.problems.append(
            Problem("error", shown, None, None, "the placeholders are not the paragraphs")
        )
        return result
    if nodes is not None:
        nodes.extend(documents)
    escapes = b"\\" in data
    budget = [max(BUDGET_FLOOR, size * BUDGET_PER_CHAR)]
    suggestions = [SUGGESTION_BUDGET]  # shared across a file's documents, like the budget
    # An empty document (a stray `---` at the end, say) is skipped, not numbered.
    articles: list[Node] = []
    lines: list[bytes] = []  # the file's lines, split only if an empty document needs them
    for node in documents:
        if isinstance(node, ScalarNode) and node.tag == NULL:
            if len(result.problems) > MAX_PROBLEMS:
                continue  # past the cap; counted as stopped below
            lines = lines or data.split(b"\n")
            result.problems.append(
                Problem(
                    "warning",
                    shown,
                    separator_line(lines, node),
                    1,
                    "empty YAML document (a stray `---`?) ignored",
                )
            )
        else:
            articles.append(node)
    several = len(articles) > 1 or (failure is not None and len(articles) > 0)
    stopped: Problem | None = None
    for number, root in enumerate(articles):
        default_id = f"{path.stem}-{number + 1}" if several else path.stem
        builder = Document(
            shown, result.problems, budget, restore, escapes, suggestions, normalised
        )
        try:
            article = builder.article(root, default_id, number, path)
        except BudgetExceeded:
            builder.error(
                root,
                "aliases expand this document far beyond the size of the file "
                '(a "billion laughs" file?); expected each alias to be used a few times at most',
            )
            break
        except RecursionError:
            builder.error(root, "the document nests too deeply; expected an article mapping")
            continue
        except TooManyProblems:
            stopped = Problem(
                "error",
                shown,
                None,
                None,
                f"stopped after {MAX_PROBLEMS} problems; the rest of the file was not checked",
            )
            break
        if article is not None and builder.errors == 0:
            result.articles.append(article)
    if failure is not None:
        result.problems.append(yaml_problem(shown, failure, data))
    elif not articles:
        result.problems.append(
            Problem(
                "error",
                shown,
                1,
                1,
                "the file holds no YAML document (only comments?); expected an article mapping",
            )
        )
    _refuse_repeated_ids(result)
    result.problems.sort(key=lambda problem: (problem.line or 0, problem.column or 0))
    _cap_problems(result, stopped)
    return result


def _refuse_repeated_ids(result: LoadResult) -> None:
    """Ids must be unique within a file; a later article that repeats one is refused."""
    shown = str(result.path)
    kept: dict[str, Article] = {}
    for article in result.articles:
        if article.id in kept:
            result.problems.append(
                Problem(
                    "error",
                    shown,
                    article.line,
                    1,
                    f"duplicate article id `{display(article.id)}` (first on line "
                    f"{kept[article.id].line}); expected each article of a file to have its "
                    "own id",
                )
            )
        else:
            kept[article.id] = article
    result.articles = list(kept.values())


def _cap_problems(result: LoadResult, stopped: Problem | None) -> None:
    """The cap holds for every kind of problem, not only those the builder reports."""
    shown = str(result.path)
    if stopped is not None or len(result.problems) > MAX_PROBLEMS:
        del result.problems[MAX_PROBLEMS:]
        result.problems.append(
            stopped
            or Problem(
                "error",
                shown,
                None,
                None,
                f"stopped after {MAX_PROBLEMS} problems; the rest of the file was not checked",
            )
        )


def _load_safely(
    source: str | bytes, path: Path, nodes: list[Node] | None = None, written: Written | None = None
) -> LoadResult:
    # Loading makes a great many small objects and no reference cycles worth collecting
    # (the node tree is dropped as a whole afterwards), so the cycle collector is paused
    # meanwhile: it would otherwise rescan the growing tree again and again.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _load(source, path, nodes, written)
    except Exception as error:  # last resort: never raise on bad input
        return _internal_error(path, error)
    finally:
        if enabled:
            gc.enable()


def load_text(
    text: str, path: Path, *, nodes: list[Node] | None = None, written: Written | None = None
) -> LoadResult:
    """Load articles from text already in memory; `path` names it in problems and ids.

    With `nodes`, the composed YAML documents are added to it (the editing core edits the
    text where they stand, and so need not compose it again). `written`: see `Written`."""
    return _load_safely(text, Path(path), nodes, written)


def load_bytes(data: bytes, path: Path, *, written: Written | None = None) -> LoadResult:
    """Load articles from the bytes of a file (UTF-8, with or without BOM). `written`: see
    `Written` (`check` never gives it)."""
    return _load_safely(bytes(data), Path(path), written=written)


def load_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadResult:
    """Load every article of a file. Never raises on bad input.

    The size is checked before reading (and again while reading, for files that grow or
    do not report a size), so a huge file is refused without being read.
    """
    path = Path(path)

    def refused(message: str) -> LoadResult:
        return LoadResult(path, problems=[Problem("error", str(path), None, None, message)])

    limit = (
        f"the limit of {max_bytes:,} bytes; "
        "expected a smaller file (or raise the limit with --max-bytes)"
    )
    try:
        info = path.stat()
        if os.path.isdir(path):
            return refused("is a folder; expected an article file")
        if not stat.S_ISREG(info.st_mode):
            # Opening a pipe waits for a writer, and a device may never end: neither is read.
            return refused("is not a regular file (a pipe, a device or a socket)")
        if info.st_size > max_bytes:
            return refused(f"the file is {info.st_size:,} bytes, larger than {limit}")
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            return refused(f"the file is larger than {limit}")
    except OSError as error:
        return refused(f"cannot read the file: {escape_line(error.strerror or str(error))}")
    return load_bytes(data, path)


def _internal_error(path: Path, error: Exception) -> LoadResult:
    return LoadResult(
        path,
        problems=[
            Problem(
                "error",
                str(path),
                None,
                None,
                f"internal error while loading ({type(error).__name__}: "
                f"{escape_line(str(error))}); "
                "please report it with the file",
            )
        ],
    )
