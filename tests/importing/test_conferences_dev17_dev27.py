"""English rules taken again with the seventeenth and twenty-seventh development folders (press
conferences, a moderated conversation, briefings, gaggles; docs/IMPORT.md, "Press conferences
and briefings again"): `mentioned that` as a verb of saying. Each with the near shapes that must
not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

# --- `mentioned that` ----------------------------------------------------------------------------


def test_mentioned_that_reports_the_clause() -> None:
    found = quotes("Secretary Jane Roe mentioned that the budget would pass.")
    assert found == [("indirect", "Jane Roe", "the budget would pass.")]


def test_a_questions_you_mentioned_that_reports_the_one_asked() -> None:
    found = quotes(
        "PRESIDENT ROE: Thank you. It is good to be here.",
        "Q President Jane Roe, welcome. You mentioned earlier that you wanted to make this "
        "trip for a while now. Why now?",
        "PRESIDENT ROE: Thank you so much.",
    )
    assert found == [("indirect", "Jane Roe", "you wanted to make this trip for a while now.")]


def test_mentioned_with_a_noun_or_that_as_its_object_reports_nothing() -> None:
    assert quotes("Secretary Jane Roe mentioned the budget in her remarks.") == []
    assert quotes("Secretary Jane Roe mentioned several steps that the agency will take.") == []
    assert quotes("Secretary Jane Roe mentioned that yesterday.") == []
    assert quotes("MS. ROE: As I mentioned, the budget will pass. I mentioned that it would.") == []


def test_mentioned_that_before_a_word_that_opens_no_clause_reports_nothing() -> None:
    assert quotes("Q You just mentioned that dollar that people would feel. Is it real?") == []
    assert quotes("Q The President mentioned that as well. Should Americans prepare?") == []
    assert quotes("Q Senator Jane Roe mentioned that, over the past year, the bill grew.") == [
        ("indirect", "Jane Roe", "over the past year, the bill grew.")
    ]


def test_mentioned_after_a_pronoun_reports_no_one() -> None:
    # (a question's `he` may be anyone talked of: here Leader Doe, not the Senator met last)
    found = quotes(
        "Q Senator Jane Roe spoke today. And on Leader Doe, he mentioned that the President "
        "called him yesterday."
    )
    assert found == []


# --- a question's opening words name the one asked -----------------------------------------------


def test_a_questions_address_names_the_one_asked_before_anyone_answers() -> None:
    found = quotes(
        "Q President Jane Roe, again, welcome. You mentioned earlier that you wanted to make "
        "this trip for a while now. Why now?"
    )
    assert found == [("indirect", "Jane Roe", "you wanted to make this trip for a while now.")]


def test_a_questions_address_outweighs_the_turn_answered_before() -> None:
    found = quotes(
        "PRESIDENT DOE: Thank you. Go ahead.",
        "Q President Roe, you said that the talks would go on. Will they?",
    )
    assert found == [("indirect", "Roe", "the talks would go on.")]


def test_a_greeting_or_a_first_name_addresses_no_one_named() -> None:
    found = quotes(
        "Press Secretary Jane Doe met reporters.",
        "MS. DOE: Go ahead.",
        "Q Merry Christmas, Jane. You said that the talks would go on. Will they?",
    )
    assert found == [("indirect", "Jane Doe", "the talks would go on.")]
    assert quotes("Q Good Morning, everyone. You said that the talks would go on.") == []
