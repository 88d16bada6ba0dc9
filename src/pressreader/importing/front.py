"""A Markdown file's YAML front matter, read as untrusted input: composed with the loader's
bounds (`format.safe_yaml`), never constructed, so no tag can make an object; only text
values (and lists of texts for `authors` and `tags`) of the known keys are taken."""

from __future__ import annotations

from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from pressreader.format.safe_yaml import parse
from pressreader.importing.parse import clean

TEXT_KEYS = ("title", "subtitle", "outlet", "url", "dateline", "language", "summary")
LIST_KEYS = ("authors", "tags")
ALIASES = {"author": "authors", "date": "published", "source": "outlet", "site": "outlet"}
FRONT_MATTER_LIMIT = 256 * 1024


def front_matter_metadata(inner: str, path: str) -> tuple[dict[str, object], list[str]]:
    """The metadata a front matter gives, and messages about what was not taken."""
    if len(inner) > FRONT_MATTER_LIMIT:
        return {}, [f"the front matter is larger than {FRONT_MATTER_LIMIT:,} characters; not read"]
    data = inner.encode("utf-8", "surrogatepass")
    parsed = parse(inner, data, path)
    if parsed.problem is not None:
        return {}, [f"front matter: {parsed.problem.message}; not read"]
    if parsed.failure is not None or not parsed.documents:
        reason = "invalid YAML" if parsed.failure is not None else "empty"
        return {}, [f"front matter: {reason}; not read"]
    root = parsed.documents[0]
    if not isinstance(root, MappingNode):
        return {}, ["front matter: not a mapping; not read"]
    restore = parsed.restore or (lambda value: value)

    def text(value: object) -> str:
        # Cleaned as the body is: a YAML escape can hold any control character.
        return clean(restore(str(value)))

    found: dict[str, object] = {}
    messages: list[str] = []
    for key_node, value_node in root.value:
        if not isinstance(key_node, ScalarNode):
            continue
        key = str(key_node.value).strip().lower()
        key = ALIASES.get(key, key)
        if key in found:
            continue
        if isinstance(value_node, ScalarNode):
            value = text(value_node.value)
            if not value or value in ("~", "null"):
                continue
            if key in LIST_KEYS:
                found[key] = [value]
            elif key in TEXT_KEYS or key == "published":
                found[key] = value
        elif isinstance(value_node, SequenceNode) and key in LIST_KEYS:
            items = [
                cleaned
                for item in value_node.value
                if isinstance(item, ScalarNode) and (cleaned := text(item.value))
            ]
            if items:
                found[key] = items
        else:
            messages.append(f"front matter: `{key}` is not a text; not taken")
    return found, messages
