"""The shipped JSON Schema agrees with the loader on the sample articles and the fixtures."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from pressreader.format.loader import load_file

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_PATH = ROOT / "src" / "pressreader" / "schema" / "article-v1.schema.json"
DATA = ROOT / "tests" / "data"
VALID_FILES = sorted(
    [
        *(ROOT / "src" / "pressreader" / "samples").glob("*.yaml"),
        *(ROOT / "articles").glob("*.yaml"),
        *(DATA / "valid").glob("*.yaml"),
    ]
)
# Invalid fixtures whose problem is one of structure or type, which the schema can express.
SCHEMA_REJECTS = [
    "format-unsupported.yaml",
    "format-not-number.yaml",
    "missing-title.yaml",
    "title-wrong-type.yaml",
    "title-blank.yaml",
    "metadata-boolean.yaml",
    "authors-not-list.yaml",
    "sections-missing.yaml",
    "sections-empty.yaml",
    "sections-not-list.yaml",
    "section-without-paragraphs.yaml",
    "paragraphs-empty.yaml",
    "paragraph-wrong-type.yaml",
    "speaker-missing-name.yaml",
    "quote-missing-keys.yaml",
    "quote-kind-invalid.yaml",
    "statistic-value-word.yaml",
    "statistic-value-out-of-range.yaml",
    "statistic-missing-keys.yaml",
    "unknown-keys.yaml",
    "top-level-list.yaml",
    "top-level-scalar.yaml",
    "reviewed-not-boolean.yaml",
    "imported-invalid.yaml",
]


def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def as_json(value: Any) -> Any:
    """What an editor's YAML language server sees: YAML 1.2 reads unquoted dates as text."""
    if isinstance(value, dict):
        return {str(key): as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def documents(path: Path) -> list[Any]:
    return [as_json(doc) for doc in yaml.safe_load_all(path.read_text(encoding="utf-8-sig"))]


def test_schema_ships_inside_the_package() -> None:
    import pressreader

    assert (Path(pressreader.__file__).parent / "schema" / "article-v1.schema.json").is_file()


def test_there_are_sample_articles() -> None:
    assert any(path.parent.name in ("samples", "articles") for path in VALID_FILES)


@pytest.mark.parametrize("path", VALID_FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_valid_files_satisfy_schema_and_loader(path: Path) -> None:
    check = validator()
    for document in documents(path):
        errors = [error.message for error in check.iter_errors(document)]
        assert errors == [], errors
    result = load_file(path)
    assert result.errors == [], [problem.format() for problem in result.errors]
    assert result.articles


@pytest.mark.parametrize("name", SCHEMA_REJECTS)
def test_schema_rejects_what_the_loader_rejects(name: str) -> None:
    path = DATA / "invalid" / name
    check = validator()
    assert any(list(check.iter_errors(document)) for document in documents(path)), name
    assert load_file(path).problems


def test_the_documented_example_is_valid() -> None:
    text = (ROOT / "docs" / "FORMAT.md").read_text(encoding="utf-8")
    example = text.split("```yaml\n", 1)[1].split("```", 1)[0]
    (document,) = [as_json(doc) for doc in yaml.safe_load_all(example)]
    assert list(validator().iter_errors(document)) == []
    path = ROOT / "docs" / "example.yaml"
    from pressreader.format.loader import load_text

    result = load_text(example, path)
    assert result.problems == [], [problem.format() for problem in result.problems]
    (article,) = result.articles
    assert [section.id for section in article.sections] == ["lead", "consular-protection"]
    assert all(q.anchor for q in article.quotes) and all(s.anchor for s in article.statistics)


def test_the_readme_example_is_valid() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    example = text.split("```yaml\n", 1)[1].split("```", 1)[0]
    (document,) = [as_json(doc) for doc in yaml.safe_load_all(example)]
    assert list(validator().iter_errors(document)) == []
    from pressreader.format.loader import load_text

    result = load_text(example, ROOT / "README.yaml")
    assert result.problems == [], [problem.format() for problem in result.problems]
    (article,) = result.articles
    assert all(q.anchor for q in article.quotes) and all(s.anchor for s in article.statistics)
