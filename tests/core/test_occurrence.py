"""`occurrence: N`: an annotation pinned to the Nth place its text stands (FORMAT.md)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import yaml

from pressreader.format.loader import load_text
from pressreader.model import LoadResult

HEAD = """\
title: Occurrence
speakers: [{name: A}]
sections:
  - id: one
    paragraphs: [the cat and the cat and the cat]
  - id: two
    paragraphs: [the cat again]
"""


def _load(tail: str) -> LoadResult:
    return load_text(HEAD + tail, Path("o.yaml"))


def test_occurrence_takes_the_nth_place_and_leaves_list_order_alone() -> None:
    result = _load(
        "quotes:\n"
        "  - {speaker: A, text: the cat, occurrence: 3}\n"
        "  - {speaker: A, text: and the cat}\n"
        "  - {speaker: A, text: the cat, section: two, occurrence: 1}\n"
        "  - {speaker: A, text: the cat}\n"
    )
    assert result.problems == []
    anchors = [(q.anchor.section_id, q.anchor.start) for q in result.articles[0].quotes]  # type: ignore[union-attr]
    # The pinned ones neither start from nor move the list's place: the second quote looks
    # from the start, the fourth from where the second was found.
    assert anchors == [("one", 24), ("one", 8), ("two", 0), ("one", 12)]


def test_occurrence_past_the_last_place_is_an_error_giving_the_count() -> None:
    result = _load("quotes:\n  - {speaker: A, text: the cat, section: one, occurrence: 4}\n")
    (problem,) = result.problems
    assert problem.severity == "error"
    assert "stands only 3 times" in problem.message and "from 1 to 3" in problem.message
    assert (problem.line, problem.column) == (9, 59)  # at the number


def test_occurrence_must_be_a_whole_number_from_one() -> None:
    for bad in ("0", "-1", "1.5", '"2"', "yes"):
        result = _load(f"quotes:\n  - {{speaker: A, text: the cat, occurrence: {bad}}}\n")
        assert [p.severity for p in result.problems] == ["error"], bad
        assert "occurrence" in result.problems[0].message


def test_occurrence_without_text_is_a_warning_and_statistics_take_a_note() -> None:
    result = _load("statistics:\n  - {label: Cats, value: 3, occurrence: 2, note: counted}\n")
    assert [p.severity for p in result.problems] == ["warning"]
    assert result.articles[0].statistics[0].note == "counted"


def test_the_schema_knows_occurrence_and_a_statistic_note() -> None:
    schema = json.loads(
        resources.files("pressreader").joinpath("schema/article-v1.schema.json").read_text()
    )
    data = yaml.safe_load(
        HEAD
        + "quotes: [{speaker: A, text: the cat, occurrence: 2}]\n"
        + "statistics: [{label: C, value: 1, text: the cat, occurrence: 1, note: n}]\n"
    )
    jsonschema.validate(data, schema)
    data["quotes"][0]["occurrence"] = 0
    try:
        jsonschema.validate(data, schema)
    except jsonschema.ValidationError:
        pass
    else:
        raise AssertionError("occurrence 0 passed the schema")


def test_list_order_landing_on_the_place_before_is_a_warning_when_the_words_stand_again() -> None:
    # The slip of a list repeating equal words: the second `the cat` after a quote found at the
    # first place anchors there too (at or after it), never at the later places.
    result = _load(
        "quotes:\n  - {speaker: A, text: the cat and}\n  - {speaker: A, text: the cat}\n"
    )
    (problem,) = result.problems
    assert problem.severity == "warning"
    assert "quote 2 `text`" in problem.message
    assert "elsewhere too" in problem.message and "occurrence: N" in problem.message
    assert (problem.line, problem.column) == (10, 24)  # at the text


def test_no_warning_when_list_order_moves_on_or_the_words_stand_once() -> None:
    # In reading order each takes the next place; words that stand once may be shared on
    # purpose; `occurrence` stands outside the list order; another list has its own order.
    assert (
        _load(
            "quotes:\n"
            "  - {speaker: A, text: the cat and}\n"
            "  - {speaker: A, text: the cat, occurrence: 1}\n"
            "  - {speaker: A, text: and the cat}\n"
            "  - {speaker: A, text: the cat}\n"
            "  - {speaker: A, text: cat again}\n"
            "  - {speaker: A, text: cat again}\n"
            "statistics:\n"
            "  - {label: cats, value: 1, text: the cat and}\n"
        ).problems
        == []
    )


def test_the_warning_counts_within_a_named_section() -> None:
    result = _load(
        "statistics:\n"
        "  - {label: a, value: 1, text: the cat and, section: one}\n"
        "  - {label: b, value: 2, text: the cat, section: one}\n"
    )
    (problem,) = result.problems
    assert problem.severity == "warning"
    assert "statistic 2 `text`" in problem.message
    assert "elsewhere too" in problem.message and "section `one`" in problem.message


def test_a_file_of_thousands_at_one_place_is_told_of_its_first_few_and_loads() -> None:
    # Each check scans the text: a hostile list of the same words again and again is checked
    # for its first ten, and every entry still anchors (no allowance spent on the checks).
    entries = "".join("  - {speaker: A, text: the cat}\n" for _ in range(3000))
    result = _load("quotes:\n" + entries)
    assert [p.severity for p in result.problems] == ["warning"] * 10
    assert all(q.anchor is not None for q in result.articles[0].quotes)
