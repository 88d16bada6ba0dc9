"""A report without `that` whose clause's subject is a bare singular noun and whose verb an
auxiliary or a verb of state in the present (`said inflation would fall`, `said trade is
important`), read as `said inflation remained high` (a plain past) already was. Not a word of
the narration's own (`said today is …`, `said recently …`), a question's word (`said who was
to blame`), nor the things said themselves (`said goodbye`)."""

from __future__ import annotations

import pytest

from .helpers import quotes


@pytest.mark.parametrize(
    "clause",
    [
        "inflation would fall.",
        "unemployment had risen.",
        "growth was slowing.",
        "trade is important.",
        "inflation remains high.",
        "cooperation was not optional.",
        "nothing would change.",
    ],
)
def test_a_bare_singular_subject_and_its_auxiliary_make_a_clause(clause: str) -> None:
    assert quotes(f"Jane Roe said {clause}") == [("indirect", "Jane Roe", clause)]
    assert quotes(f"On Monday, Jane Roe said {clause}") == [("indirect", "Jane Roe", clause)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Jane Roe said who was to blame.",
        "Jane Roe never said why it was late.",
        "Jane Roe said today is a good day.",
        "Jane Roe said goodbye was hard.",
        "Jane Roe said grace was said before dinner.",
    ],
)
def test_no_clause_after_a_narration_word_or_a_question_word(paragraph: str) -> None:
    assert quotes(paragraph) == []
