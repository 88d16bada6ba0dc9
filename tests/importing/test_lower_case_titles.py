"""A title with its office's field in a wire's lower case (`the defense secretary`, `the foreign
minister`: AP capitalises a title only before a name) names the person given that title, as
`the Defense Secretary` does; nobody when no one was given it."""

from __future__ import annotations

import pytest

from pressreader.importing.speakers import Reference, parse_phrase

from .helpers import quotes


@pytest.mark.parametrize(
    ("phrase", "title", "field"),
    [
        ("the defense secretary", "secretary", "defense"),
        ("the foreign minister", "minister", "foreign"),
        ("the Defense Secretary", "secretary", "Defense"),
    ],
)
def test_the_title_and_its_field_are_read(phrase: str, title: str, field: str) -> None:
    assert parse_phrase(phrase) == Reference("title", title, field)


@pytest.mark.parametrize(
    "attribution",
    ["the defense secretary said.", "said the defense secretary.", "the Defense Secretary said."],
)
def test_a_quote_after_the_lower_case_title_is_the_title_holder_s(attribution: str) -> None:
    found = quotes(f"Defense Secretary Lloyd Austin spoke. “This is unacceptable,” {attribution}")
    assert found == [("direct", "Lloyd Austin", "This is unacceptable,")]


def test_the_field_chooses_among_holders_of_the_title() -> None:
    found = quotes(
        "Foreign Minister Ana Costa met Defense Minister Luis Vega.",
        "“We are ready,” the foreign minister said.",
        "“So are we,” the defense minister said.",
    )
    assert found == [
        ("direct", "Ana Costa", "We are ready,"),
        ("direct", "Luis Vega", "So are we,"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ana Costa spoke. “This is unacceptable,” the foreign minister said.",
        "“This is unacceptable,” the best secretary said.",
    ],
)
def test_no_one_given_the_title_is_no_speaker(paragraph: str) -> None:
    assert quotes(paragraph) == []
