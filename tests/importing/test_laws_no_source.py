"""A law or a treaty by its name (`the Voting Rights Act says`, `according to the North Atlantic
Treaty`, `The Amendment provides`) is no source: what it says is no one's quote, as a bill's is
not (docs/ANNOTATING.md; the sentences are written for the tests)."""

from __future__ import annotations

import pytest

from .helpers import quotes


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Voting Rights Act says that every citizen may vote.",
        "According to the North Atlantic Treaty, NATO cannot respond there.",
        "The Amendment provides that the parties may exchange information.",
    ],
)
def test_a_law_or_a_treaty_is_no_source(paragraph: str) -> None:
    assert quotes(paragraph) == []


def test_a_body_or_a_person_named_with_such_a_word_elsewhere_still_speaks() -> None:
    assert quotes("Senator Jane Roe said that the Act would pass.") == [
        ("indirect", "Jane Roe", "the Act would pass.")
    ]
