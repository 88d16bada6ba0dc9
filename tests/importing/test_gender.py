"""A pronoun whose gender the sentence's subject does not share names the one other person that
sentence names (docs/IMPORT-RULES.md, "What it finds"; a probe of 7 December): `Ms. Jane Roe met
President Joe Biden on Tuesday. He said that A` gives A to Biden, where before it gave nothing.
A subject known by the pronoun (from a title, `Ms.`, `Mr.`, or from an earlier `he said`) is
still the one named. Kept: two other persons, or none, name no one. The sentences are written
for the tests."""

from __future__ import annotations

import pytest

from .helpers import quotes

_REPORT = "said that the talks went well."
_WENT_WELL = "the talks went well."


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["Ms. Jane Roe met President Joe Biden on Tuesday. He " + _REPORT], "Joe Biden"),
        (["Ms. Jane Roe met Mr. John Doe on Tuesday. He " + _REPORT], "John Doe"),
        (["Mr. John Doe met Ms. Jane Roe on Tuesday. She " + _REPORT], "Jane Roe"),
        (
            [
                "President Joe Biden spoke in Ohio. He said that jobs were coming back.",
                "Biden met Jane Roe on Tuesday. She " + _REPORT,
            ],
            "Jane Roe",
        ),
    ],
)
def test_other_person_of_the_pronoun(paragraphs: list[str], speaker: str) -> None:
    assert quotes(*paragraphs)[-1] == ("indirect", speaker, _WENT_WELL)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the subject's pronoun not known: the subject, as before
        ("Jane Roe met President Joe Biden on Tuesday. He " + _REPORT, "Jane Roe"),
        # the subject known by the same pronoun
        ("Mr. John Doe met Ms. Jane Roe on Tuesday. He " + _REPORT, "John Doe"),
    ],
)
def test_subject_kept(sentence: str, speaker: str) -> None:
    assert quotes(sentence) == [("indirect", speaker, _WENT_WELL)]


@pytest.mark.parametrize(
    "sentence",
    [
        # two others of the pronoun: which, unsaid
        "Ms. Jane Roe met Mr. John Doe and Mr. Tom Lee on Tuesday. He " + _REPORT,
        # no other person, only a place
        "Ms. Jane Roe visited New York on Tuesday. He " + _REPORT,
        # the other known by the subject's pronoun too
        "Ms. Jane Roe met Ms. Mary Smith on Tuesday. He " + _REPORT,
    ],
)
def test_no_one(sentence: str) -> None:
    assert quotes(sentence) == []
