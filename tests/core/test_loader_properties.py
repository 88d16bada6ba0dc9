"""Property tests: whatever the input, the loader returns problems and never raises.

No input may reach the last-resort handler ("internal error"): that would be a bug the
loader failed to anticipate, even though the caller would still get a problem.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressreader.format.loader import load_bytes, load_text
from pressreader.model import LoadResult
from pressreader.text.sanitize import has_controls
from tests.strategies import any_text

DATA = Path(__file__).resolve().parent.parent / "data"
CORPUS = sorted((DATA / "valid").glob("*.yaml")) + sorted((DATA / "invalid").glob("*.yaml"))
SEEDS = [path.read_bytes() for path in CORPUS]
PATH = Path("fuzz.yaml")

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_well_formed(result: LoadResult) -> None:
    assert isinstance(result, LoadResult)
    for problem in result.problems:
        assert problem.severity in ("error", "warning")
        assert problem.path == str(PATH)
        assert problem.message.strip()
        assert "internal error" not in problem.message, problem.message
        # One line, and nothing a terminal would act on.
        assert "\n" not in problem.message and not has_controls(problem.message)
        assert problem.line is None or problem.line >= 1
        assert problem.column is None or problem.column >= 1
    if result.articles and not result.errors:
        for article in result.articles:
            assert article.sections and all(s.id for s in article.sections)
            for annotation in [*article.quotes, *article.statistics]:
                assert annotation.text is None or annotation.anchor is not None


@SETTINGS
@given(any_text(max_size=300))
def test_random_text(text: str) -> None:
    assert_well_formed(load_text(text, PATH))


@SETTINGS
@given(st.text(st.characters(exclude_categories=()), max_size=100))
def test_random_text_with_surrogates(text: str) -> None:
    assert_well_formed(load_text(text, PATH))


@SETTINGS
@given(st.binary(max_size=300))
def test_random_bytes(data: bytes) -> None:
    assert_well_formed(load_bytes(data, PATH))


_KEYS = st.sampled_from(
    [
        "title",
        "sections",
        "paragraphs",
        "heading",
        "id",
        "quotes",
        "statistics",
        "speakers",
        "speaker",
        "text",
        "kind",
        "section",
        "label",
        "value",
        "previous",
        "format",
        "published",
        "authors",
        "tags",
        "name",
        "<<",
        "qoutes",
        "x",
    ]
)
_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True)
    | any_text(max_size=20)
    | st.dates()
)
_VALUES = st.recursive(
    _SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_KEYS, children, max_size=5),
    max_leaves=25,
)


@SETTINGS
@given(st.dictionaries(_KEYS, _VALUES, max_size=8))
def test_random_yaml_mappings(document: dict[str, object]) -> None:
    text = yaml.safe_dump(document, allow_unicode=True)
    assert_well_formed(load_text(text, PATH))


@SETTINGS
@given(st.lists(_VALUES, min_size=1, max_size=3))
def test_random_yaml_streams(documents: list[object]) -> None:
    text = yaml.safe_dump_all(documents, allow_unicode=True)
    assert_well_formed(load_text(text, PATH))


@SETTINGS
@given(st.sampled_from(SEEDS), st.data())
def test_truncated_files(seed: bytes, data: st.DataObject) -> None:
    cut = data.draw(st.integers(0, len(seed)))
    assert_well_formed(load_bytes(seed[:cut], PATH))


@SETTINGS
@given(st.sampled_from(SEEDS), st.data())
def test_byte_flips_and_insertions(seed: bytes, data: st.DataObject) -> None:
    corrupted = bytearray(seed)
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, max(0, len(corrupted) - 1)))
        action = data.draw(st.sampled_from(["flip", "insert", "delete"]))
        byte = data.draw(
            st.sampled_from(
                [
                    0,
                    9,
                    10,
                    13,
                    27,
                    0x85,
                    0x9B,
                    0xFF,
                    ord(":"),
                    ord("-"),
                    ord("&"),
                    ord("*"),
                    ord("!"),
                    ord("["),
                ]
            )
        )
        if action == "flip" and corrupted:
            corrupted[position] ^= data.draw(st.integers(1, 255))
        elif action == "insert":
            corrupted.insert(position, byte)
        elif corrupted:
            del corrupted[position]
    assert_well_formed(load_bytes(bytes(corrupted), PATH))


@SETTINGS
@given(st.sampled_from(SEEDS), any_text(max_size=30), st.data())
def test_text_spliced_into_valid_files(seed: bytes, insert: str, data: st.DataObject) -> None:
    text = seed.decode("utf-8", "replace")
    position = data.draw(st.integers(0, len(text)))
    assert_well_formed(load_text(text[:position] + insert + text[position:], PATH))
