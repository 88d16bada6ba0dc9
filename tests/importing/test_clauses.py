"""Reports without `that` in news, briefings and fact sheets (docs/IMPORT-RULES.md, "What it finds":
the clauses probe): a singular's clause in the plain present after `said`, `says`, the one told
and the verbs of claiming, more of a plain past's shapes, a plural's present with more verbs,
the people told with no determiner, and a document where it was said. Each with near shapes that
must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_PARK = "Solicitor General Helen Park argued the case for the state."


def _said(sentence: str) -> list[tuple[str, str, str]]:
    return quotes(_PARK, sentence)


def test_a_singular_clause_in_the_plain_present() -> None:
    for sentence, clause in (
        ("Park said the state’s law regulates conduct, not speech.",
         "the state’s law regulates conduct, not speech."),
        ("Park said her client serves everyone who walks in.",
         "her client serves everyone who walks in."),
        ("Park says the plan works.", "the plan works."),
        ("Park said the investigation continues.", "the investigation continues."),
        ("Park said the new guidance applies to everyone over 65.",
         "the new guidance applies to everyone over 65."),
        ("Park said the recovery looks fragile.", "the recovery looks fragile."),
        ("Park said the agency’s budget grows every year.",
         "the agency’s budget grows every year."),
        # after the one told, a time, and the verbs of claiming
        ("Park told reporters the department takes every complaint seriously.",
         "the department takes every complaint seriously."),
        ("Park said Monday the company owes workers back pay.",
         "the company owes workers back pay."),
        ("Park argued the tariff hurts consumers.", "the tariff hurts consumers."),
        ("Park insisted the plan makes sense.", "the plan makes sense."),
        # (a verb whose object is often a person: only with a determiner after the verb)
        ("Park warned the economy faces a difficult year.", "the economy faces a difficult year."),
    ):  # fmt: skip
        assert _said(sentence) == [("indirect", "Helen Park", clause)], sentence


def test_the_things_said_are_no_clause() -> None:
    for sentence in (
        "Park said the names of the victims aloud.",
        "Park said the same things every week.",
        "Park said the last rites over the body.",
        "Park said the opening lines of the poem.",
        "Park said the Lord’s Prayer.",
        "Park said this many times before.",
        "Park said the word goodbye twice.",
        "Park said a prayer for the victims.",
        "Park said goodbye to the families.",
        "Park said it loudly.",
        "Park told the story of her own son.",
        "Park said the school’s motto twice.",
        "Park said the victims’ names one by one.",
        # (a verb whose object is a person or a thing: no bare word after the verb read)
        "Park warned the city’s residents about the heat.",
        "Park argued the company’s case before the board.",
        "Park added the finishing touches.",
        # noun phrases after the verbs that take one
        "Park emphasized the importance of community.",
        "Park reiterated the administration’s commitments to allies.",
        "Park stressed the plan’s benefits for families.",
        "Park noted the efforts of first responders.",
    ):
        assert _said(sentence) == [], sentence


def test_more_of_a_plain_past() -> None:
    for sentence, clause in (
        ("Park said the deal fell short of what workers needed.",
         "the deal fell short of what workers needed."),
        ("Park said the suspect fled on foot.", "the suspect fled on foot."),
        ("Park said management never responded.", "management never responded."),
        ("Park added the delay cost the company millions.", "the delay cost the company millions."),
        ("Park argues the President willfully retained materials.",
         "the President willfully retained materials."),
    ):  # fmt: skip
        assert _said(sentence) == [("indirect", "Helen Park", clause)], sentence
    # (a word in -ed with nothing a clause's verb takes after it; a time before it)
    for sentence in ("Park said the case involved", "Park said the day after the jury returned"):
        assert _said(sentence) == [], sentence


def test_a_plural_clause_with_more_verbs() -> None:
    assert _said("Park said his players deserve credit.") == [
        ("indirect", "Helen Park", "his players deserve credit.")
    ]
    assert _said("Park said the data show a clear trend.") == [
        ("indirect", "Helen Park", "the data show a clear trend.")
    ]
    assert _said("Park said the numbers of the dead.") == []


def test_the_people_told_and_where_it_was_said() -> None:
    assert _said("Park told companies it planned to publish a table.") == [
        ("indirect", "Helen Park", "it planned to publish a table.")
    ]
    assert _said("Park told investors the company expects growth.") == [
        ("indirect", "Helen Park", "the company expects growth.")
    ]
    assert _said("Park told stories about her father.") == []
    assert _said("Park said in a court filing the state would appeal.") == [
        ("indirect", "Helen Park", "the state would appeal.")
    ]
