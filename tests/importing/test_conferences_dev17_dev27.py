"""English rules taken again with the seventeenth and twenty-seventh development folders (press
conferences, a moderated conversation, briefings, gaggles; docs/IMPORT-RULES.md, "Press conferences
and briefings again"): `mentioned that` as a verb of saying; a question's opening words naming
the one asked; a leader named only by a country's title; the same words in marks said again in
the paragraph. Each with the near shapes that must not be taken (the sentences here are written
for the tests)."""

from __future__ import annotations

from .helpers import near_linear, quotes, said_each_time

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


# --- a leader the text names only by a country's title -------------------------------------------


def test_a_leader_named_only_by_a_countrys_title_is_named_by_it() -> None:
    found = quotes(
        "PRESIDENT DOE: And I said, “We are back.” And the French leader looked at me, and he "
        "said, “For how long?”",
        "And then the German Chancellor looked at me. He said, “What would you think at home?”",
    )
    assert found == [
        ("direct", "French leader", "For how long?"),
        ("direct", "German Chancellor", "What would you think at home?"),
    ]
    found = quotes("Q The German Chancellor said today that the alliance is not on the agenda.")
    assert found == [("indirect", "German Chancellor", "the alliance is not on the agenda.")]


def test_a_countrys_title_the_text_gives_to_a_name_or_an_officials_title_is_no_holder() -> None:
    # (the text names a Chancellor: the title may be his; the adjective written elsewhere:
    # the leader may be one named with it; an ambassador is an official, no source unnamed)
    found = quotes(
        "Q Chancellor Roe arrived today. The German Chancellor said that the talks went well."
    )
    assert found == [("indirect", "Roe", "the talks went well.")]
    assert quotes("Q The French leader said that the talks went well. French President Roe…") == []
    assert quotes("Q The Peruvian Ambassador told me the other day that ports are busy.") == []


def test_a_subjects_pronoun_after_a_comma_and_and_says_the_short_words_in_marks() -> None:
    found = quotes("Chancellor Jane Roe smiled, and she said, “For how long?”")
    assert found == [("direct", "Jane Roe", "For how long?")]
    # (not a pronoun of another: `I`, nor a group's)
    assert quotes("MS. DOE: People smiled, and they said, “For how long?”") == []


# --- the same words in marks again ---------------------------------------------------------------


def test_the_same_words_in_marks_again_in_the_paragraph_are_the_same_sources() -> None:
    found = quotes(
        "Chancellor Jane Roe looked at me and said, “For how long?” (Laughter.) It was not "
        "humorous. She was serious. “For how long?”"
    )
    assert found == [("direct", "Jane Roe", "For how long?")] * 2


def test_other_words_in_marks_later_in_the_paragraph_are_no_quote() -> None:
    found = quotes(
        "Chancellor Jane Roe looked at me and said, “For how long?” (Laughter.) It was not "
        "humorous. She said for — she was serious. “How long, then?”"
    )
    assert found == [("direct", "Jane Roe", "For how long?")]


# --- hostile text ---------------------------------------------------------------------------------


def _adjective(number: int) -> str:
    """A country's adjective of its own for each number (`Bcdan`, …)."""
    letters = ""
    while True:
        letters += "bcdfghklmnprstvz"[number % 16]
        number //= 16
        if not number:
            return f"B{letters}an"


def test_many_leaders_by_many_countries_titles_are_read_in_time_near_linear() -> None:
    def run(n: int) -> list[tuple[str, str, str]]:
        return quotes(
            "".join(
                f"The {_adjective(number)} Chancellor looked at me. He said, “We will act now.” "
                for number in range(n)
            )
        )

    small, large = near_linear(run, 100)
    # (a few titles are read a text, each its own leader; the others name no one of their own)
    assert [speaker for _, speaker, _ in small[:16]] == [
        f"{_adjective(number)} Chancellor" for number in range(16)
    ]
    assert {text for _, _, text in small + large} == {"We will act now."}


def test_many_quotes_said_again_and_questions_mentioning_are_read_in_time_near_linear() -> None:
    again = "Chancellor Jane Roe said, “For how long now?” (Laughter.) “For how long now?” "
    small, large = near_linear(lambda n: quotes(again * n), 50)
    said = ("direct", "Jane Roe", "For how long now?")
    said_each_time(small, large, said, 100)
    asked = "You mentioned that the talks went well. "
    small, large = near_linear(lambda n: quotes("Q Secretary Jane Roe, welcome. " + asked * n), 100)
    said_each_time(small, large, ("indirect", "Jane Roe", "the talks went well."), 100)
