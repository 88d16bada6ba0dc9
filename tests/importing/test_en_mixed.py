"""English reports without `that` whose clause holds the source's words in marks, opened by a
shape the clause reader left (docs/IMPORT-RULES.md, "What it finds": the enmixed round): a pronoun
right before the marks, a gerund's phrase as the subject, a plural without -s after a verb of
claiming, `said instead`. Each with a near shape that must be left as it was (the sentences
here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_LEAD = "Representative Jane Roe visited the plant on Monday."


def test_a_pronoun_before_the_marks() -> None:
    assert quotes(_LEAD, "Roe said she “love[d] to see jobs coming back,” yet voted no.") == [
        ("indirect", "Jane Roe", "she “love[d] to see jobs coming back,”")
    ]
    assert quotes(_LEAD, "Roe said they “will never stop fighting” for the plant.") == [
        ("indirect", "Jane Roe", "they “will never stop fighting” for the plant.")
    ]
    # a clause wholly in marks after the verb stays the direct quote of the marks
    assert quotes(_LEAD, "Roe said “we will never stop fighting.”") == [
        ("direct", "Jane Roe", "we will never stop fighting.")
    ]
    # a title in marks after `said` opens no clause: the marks alone, as before
    assert quotes(_LEAD, "Roe said “Amazing Grace” at the service.") == [
        ("direct", "Jane Roe", "Amazing Grace")
    ]


def test_a_gerund_as_the_subject() -> None:
    assert quotes(
        _LEAD, "Roe said voting against the Inflation Reduction Act would be “the easiest no vote.”"
    ) == [
        (
            "indirect",
            "Jane Roe",
            "voting against the Inflation Reduction Act would be “the easiest no vote.”",
        )
    ]
    assert quotes(_LEAD, "Roe has said tackling inflation is her top priority.") == [
        ("indirect", "Jane Roe", "tackling inflation is her top priority.")
    ]
    # a preposition in -ing, the thing said, a pronoun before the auxiliary: no gerund's clause
    for sentence in (
        "Roe said nothing as the vote was taken.",
        "Roe said something to the effect of a delay.",
        "Roe spoke during the hearing and left.",
    ):
        assert quotes(_LEAD, sentence) == [], sentence
    # a verb whose object is a noun phrase: `stressed ensuring …` is what was stressed
    assert quotes(_LEAD, "Roe stressed ensuring the plant has the workers it needs.") == []


def test_a_plural_without_s_after_a_verb_of_claiming() -> None:
    assert quotes(_LEAD, "Roe claimed people were “dying because of fear” caused by the law.") == [
        ("indirect", "Jane Roe", "people were “dying because of fear” caused by the law.")
    ]
    assert quotes(_LEAD, "Roe argued families would pay more under the plan.") == [
        ("indirect", "Jane Roe", "families would pay more under the plan.")
    ]
    assert quotes(_LEAD, "Roe said children are safer now.") == [
        ("indirect", "Jane Roe", "children are safer now.")
    ]
    # the ones warned to do a thing are no clause's subject; after `said`, a plural's `to` is
    # a preposition and the clause is read as before
    assert quotes(_LEAD, "Roe warned people to stay inside as roads could flood.") == []
    assert quotes(_LEAD, "Roe warned local residents to stay inside as roads could flood.") == []
    assert quotes(_LEAD, "Roe said cuts to Social Security are on the table.") == [
        ("indirect", "Jane Roe", "cuts to Social Security are on the table.")
    ]
    # a verb of answering keeps its object (`answered the question asked by …`)
    assert quotes(_LEAD, "Roe answered the question asked by a reporter.") == []


def test_said_instead() -> None:
    sentence = "Roe voted against the bill and said instead it was a “spending spree.”"
    assert quotes(_LEAD, sentence) == [("indirect", "Jane Roe", "it was a “spending spree.”")]
    # `said instead of …`: no clause
    assert quotes(_LEAD, "Roe said instead of voting she would abstain.") == []


def test_near_shapes_left_as_they_were() -> None:
    # a determiner and a name in marks: the clause is read as before
    assert quotes(_LEAD, "Roe said the “Build Back Better” program will create jobs.") == [
        ("indirect", "Jane Roe", "the “Build Back Better” program will create jobs.")
    ]
    # scare quotes with no source
    assert quotes(_LEAD, "The plan is “defying predictions,” and voting is open.") == []


def test_a_clause_begun_in_marks_that_goes_on() -> None:
    sentence = "Roe said “heads do need to roll” inside the agency."
    assert quotes(_LEAD, sentence) == [
        ("indirect", "Jane Roe", "“heads do need to roll” inside the agency.")
    ]
    # the marks alone: a conjunction, where or when it was said, the one told, a comma inside
    # the marks, the sentence's end, no clause in the marks (a title, a greeting)
    for sentence in (
        "Roe said “heads do need to roll” and left.",
        "Roe said “heads do need to roll” in a speech.",
        "Roe said “heads do need to roll” on Monday.",
        "Roe said “heads do need to roll” to reporters.",
        "Roe said “heads do need to roll,” adding more.",
        "Roe said “heads do need to roll.”",
    ):
        assert [kind for kind, _, _ in quotes(_LEAD, sentence)] == ["direct"], sentence
    assert quotes(_LEAD, "Roe said “thank you” to the workers.") == [
        ("direct", "Jane Roe", "thank you")
    ]


def test_a_report_ends_before_and_celebrated() -> None:
    sentence = "Roe said the announcement was “exciting news” and celebrated the fact that it came."
    assert quotes(_LEAD, sentence) == [
        ("indirect", "Jane Roe", "the announcement was “exciting news”")
    ]
    # `celebrated` as the clause's own verb, not joined by `and`: the report runs on
    assert quotes(_LEAD, "Roe said the workers celebrated the news on Monday.") == [
        ("indirect", "Jane Roe", "the workers celebrated the news on Monday.")
    ]
