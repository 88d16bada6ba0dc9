"""`he`/`she` before `made it clear that` reports as before `made clear that`; a list of reported
clauses ends before `; and, again, made the point that …` (docs/IMPORT-RULES.md, the enhe round).
Not after `they`, nor words of time after a pronoun, nor `long` before the verb (not kept)."""

from __future__ import annotations

import pytest

from .helpers import quotes

_MET = "MR. POE: President Joe Biden went to Detroit on Monday."
_CLAUSE = "the middle class built America."


@pytest.mark.parametrize(
    "lead",
    [
        "He’s made it clear that",
        "He made it clear that",
        "He has made it very clear that",
        "He made very clear that",
        "He made it clear to the Prime Minister that",
        "He made clear that",  # (as before)
    ],
)
def test_he_made_it_clear(lead: str) -> None:
    assert quotes(_MET, f"{lead} {_CLAUSE}") == [("indirect", "Joe Biden", _CLAUSE)]


def test_she_made_it_clear() -> None:
    assert quotes(
        "MR. POE: Governor Jane Roe spoke on Monday.", f"She’s made it clear that {_CLAUSE}"
    ) == [("indirect", "Jane Roe", _CLAUSE)]


@pytest.mark.parametrize(
    "lead",
    [
        "They’ve made it clear that",  # (several)
        "We’ve made it clear that",  # (the speaker's own)
        "He has always said that",  # (a word of time after a pronoun: still refused)
    ],
)
def test_not_taken(lead: str) -> None:
    assert quotes(_MET, f"{lead} {_CLAUSE}") == []


def test_long_before_the_verb_is_not_passed_over() -> None:
    # (`has long recognized that …`, a fact sheet's belief, came with `He’s long said that A`:
    # one gold quote gained against one wrong on new text; not kept)
    assert quotes(_MET, f"President Biden has long recognized that {_CLAUSE}") == []


def test_list_ends_before_the_subjects_next_verb() -> None:
    assert quotes(
        _MET,
        "He made it clear to President Xi that we don’t seek conflict; that there’s no change to "
        "our policy; and, again, made the point that we want no change by force.",
    ) == [("indirect", "Joe Biden", "we don’t seek conflict; that there’s no change to our policy")]


def test_a_list_with_no_word_between_commas_goes_on() -> None:
    found = quotes(
        _MET,
        "He made it clear that we don’t seek conflict; that there’s no change to our policy; and "
        "that we want no change by force.",
    )
    assert found == [
        (
            "indirect",
            "Joe Biden",
            "we don’t seek conflict; that there’s no change to our policy; and that we want no "
            "change by force.",
        )
    ]
