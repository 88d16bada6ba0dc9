"""Reports missed on unseen text, from a second recall audit of the White House texts (the
enrecall2 round, docs/IMPORT-RULES.md "What it finds"): `expressed that A` with no noun of stance
and `conveyed his hope that A`, a noun of feeling with its `that`, read as `expressed hope that A`
is (ANNOTATING.md, "Thirteenth folder"). Each with near shapes and shapes that must not be taken
(the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes


def test_expressed_that_with_a_clause() -> None:
    assert quotes(
        "President Jane Roe expressed that she looks forward to hosting the Chancellor in May."
    ) == [("indirect", "Jane Roe", "she looks forward to hosting the Chancellor in May.")]
    # a clause whose subject is a noun phrase, a name or a figure
    assert quotes("Governor Jane Roe expressed that the state would reopen its ports.") == [
        ("indirect", "Jane Roe", "the state would reopen its ports.")
    ]
    assert quotes("Minister Jane Roe expressed that Canada stands ready to help.") == [
        ("indirect", "Jane Roe", "Canada stands ready to help.")
    ]
    # a pronoun after the readout's first sentence names its subject
    assert quotes(
        "Mayor Jane Roe spoke today with the governor. She expressed that the city had done "
        "everything it could."
    ) == [("indirect", "Jane Roe", "the city had done everything it could.")]
    # `that` a determiner is no report
    for sentence in (
        "Mayor Jane Roe expressed that view to reporters on Monday.",
        "Mayor Jane Roe expressed that concern to the governor.",
        "Mayor Jane Roe expressed that sentiment again.",
        # several people together, and a noun of stance with a noun phrase
        "The two leaders expressed that the talks would resume in May.",
        "Mayor Jane Roe expressed support for the plan.",
    ):
        assert quotes(sentence) == [], sentence
    # the noun of stance with its clause is read as before
    assert quotes("Mayor Jane Roe expressed hope that the talks would resume.") == [
        ("indirect", "Jane Roe", "the talks would resume.")
    ]


def test_conveyed_a_feeling_and_its_clause() -> None:
    assert quotes(
        "President Jane Roe conveyed her hope that the agreement will open a new chapter."
    ) == [("indirect", "Jane Roe", "the agreement will open a new chapter.")]
    assert quotes(
        "Secretary Jane Roe conveyed her strong confidence that the alliance would hold."
    ) == [("indirect", "Jane Roe", "the alliance would hold.")]
    # `conveyed that A` is read as before, and one verb gives one quote
    assert quotes("Secretary Jane Roe conveyed that the alliance would hold.") == [
        ("indirect", "Jane Roe", "the alliance would hold.")
    ]
    # a thing conveyed is no report
    for sentence in (
        "Secretary Jane Roe conveyed her support for the ceasefire talks.",
        "Secretary Jane Roe conveyed condolences for the loss of the officers.",
        # a view held, as `reiterated his view that …` (ANNOTATING.md)
        "Secretary Jane Roe conveyed her view that the alliance would hold.",
        # several people together
        "The two ministers conveyed their hope that the talks would resume.",
    ):
        assert quotes(sentence) == [], sentence
