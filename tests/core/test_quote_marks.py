"""A quote's text wrapped in its own quotation marks: the reader adds them, so `check` warns
and suggests the text without them."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressreader.format.loader import load_text

ARTICLE = """\
title: Marks
sections:
  - paragraphs:
      - "He said: “This is the way.” Then: «Non.» And: 「はい」. Also: “A,” he said, “B.”"
quotes:
  - speaker: Lee
    text: {text}
"""


def _problems(text: str) -> list[str]:
    result = load_text(ARTICLE.format(text=text), Path("marks.yaml"))
    assert result.articles, [p.format() for p in result.problems]
    return [p.format() for p in result.problems]


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("'“This is the way.”'", "This is the way."),
        ("'«Non.»'", "Non."),
        ("'「はい」'", "はい"),
    ],
)
def test_text_in_its_own_quotation_marks_is_a_warning_with_the_text_without(
    text: str, inner: str
) -> None:
    problems = _problems(text)
    assert len(problems) == 1, problems
    # The place of the text's value, as for every other warning.
    assert problems[0].startswith("marks.yaml:7:11: warning: quote 1 `text`:")
    assert "quotation marks" in problems[0]
    assert f"write `{inner}`" in problems[0]


def test_quotation_marks_inside_the_text_are_not_a_warning() -> None:
    assert _problems("'This is the way.'") == []
    # Two quoted pieces with words between: not one quote wrapped in marks.
    assert _problems("'“A,” he said, “B.”'") == []


def test_an_indirect_quote_is_not_wrapped_by_the_reader() -> None:
    result = load_text(
        ARTICLE.format(text="'“This is the way.”'\n    kind: indirect"), Path("marks.yaml")
    )
    assert result.articles and result.problems == []
