"""A people or a party named in the plural (`Americans say …`, `Most Americans`, `3 in 10
Americans`, `Democrats said`) is several people together, no one source (ANNOTATING.md); a
surname that ends like one (`Jane Evans`) is read as before, and a state's people with its article
as a briefing speaks of its government (`the Israelis said`) is the state (`Israel`: ANNOTATING.md,
"Seventeenth folder"; the ensource round)."""

from __future__ import annotations

import pytest

from .helpers import quotes


@pytest.mark.parametrize(
    "paragraph",
    [
        "About 3 in 10 Americans say they are worried.",
        "Most Americans say they are worried.",
        "Americans say they are worried.",
        "“We are ready,” Democrats said.",
    ],
)
def test_a_people_is_no_speaker(paragraph: str) -> None:
    assert quotes(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Jane Evans said the plan was sound.", "Jane Evans"),
        ("The Israelis said the talks would go on.", "Israel"),
    ],
)
def test_a_surname_or_a_states_people_with_its_article(paragraph: str, speaker: str) -> None:
    assert [s for _, s, _ in quotes(paragraph)] == [speaker]
