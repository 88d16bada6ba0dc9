"""A briefing's `You heard him say he wants to …` reports the one heard, whom `him` names as `he`
would, as `As you heard him say, A` and `You heard the President say that A` did; not the thing
said (`heard him say this on the trip`, `say it this morning: …`, `say so`), nor a relative's
(`a commitment, which you heard him say he intends to deliver on`), nor the turn's own (`heard me
say`) (docs/ANNOTATING.md, "Twenty-fourth folder"; the turns are written for the tests)."""

from __future__ import annotations

import pytest

from .helpers import quotes

_TURNS = ("MS. POE: Hi, everybody.", "Q Hello.", "Q Hi, Mary.")
_MET = "MS. POE: The President spoke last night."


@pytest.mark.parametrize(
    "sentence",
    [
        "You heard him say he wants to finish the job.",
        "You’ve heard him say that he wants to finish the job.",
        "You’ve also heard him saying he wants to finish the job.",
    ],
)
def test_the_one_heard(sentence: str) -> None:
    assert quotes(*_TURNS, _MET, sentence) == [
        ("indirect", "President", "he wants to finish the job.")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "You heard him say this on the trip, to make sure he can look after our interests.",
        "You heard him say it this morning: Budgets are about values.",
        "You heard him say so.",
        "He made a commitment, which you heard him say he intends to deliver on.",
        "You heard me say that we want to finish the job.",
    ],
)
def test_no_report_of_the_one_heard(sentence: str) -> None:
    assert quotes(*_TURNS, _MET, sentence) == []
