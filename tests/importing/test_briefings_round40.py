"""Rules for the reports in press briefings and calls found on the fortieth development folder
(docs/IMPORT-RULES.md, "The fortieth round (briefings and calls)"), each with a near shape that must
not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from pressreader.importing.annotate import annotate

from .helpers import quotes


def _titled(title: str, *paragraphs: str) -> list[tuple[str, str, str]]:
    found = annotate([(None, list(paragraphs))], title=title)
    return [(quote.kind, quote.speaker, quote.text) for quote in found.quotes]


def test_the_thing_said_then_only_when_or_how_often_is_no_clause() -> None:
    # `that` or `this` the thing said, then words of when, how often or how: no report.
    for said in (
        "Governor Jane Smith has said that multiple times.",
        "Governor Jane Smith says that all the time.",
        "Governor Jane Smith said that very clearly.",
        "Governor Jane Smith has said this many times before.",
        "You have heard Governor Jane Smith say that before as well — and we agree.",
    ):
        assert quotes("MS. ROE: Look, " + said) == [], said
    # A clause after them is a report as before: `that` a conjunction or the clause's subject,
    # the time of saying before a clause.
    assert quotes("MS. ROE: Governor Jane Smith said that a lot of progress was made.") == [
        ("indirect", "Jane Smith", "a lot of progress was made.")
    ]
    found = quotes("MS. ROE: Governor Jane Smith said this morning she wants a deal.")
    assert [(kind, speaker) for kind, speaker, _ in found] == [("indirect", "Jane Smith")]
    assert found[0][2].endswith("she wants a deal.")
    assert quotes("MS. ROE: Governor Jane Smith said that too many people were left out.") == [
        ("indirect", "Jane Smith", "too many people were left out.")
    ]


_CALL = "On-the-Record Press Gaggle by National Security Advisor Jane Roe"


def test_a_question_after_the_moderators_turn_reports_the_one_who_answers() -> None:
    # The moderator passes the floor on and answers nothing: a question's `you said that A`
    # is the official's whose turn answers it, even when she has not spoken before.
    assert _titled(
        _CALL,
        "MODERATOR: Thank you. Our next question will go to Sam with the Daily.",
        "Q Thanks. You said that the talks would resume next week. When?",
        "MS. ROE: Soon.",
        "MODERATOR: Our next question will go to Pat.",
        "Q You said earlier that the offer includes a pause. For how long?",
        "MS. ROE: I will not negotiate in public.",
    ) == [
        ("indirect", "Jane Roe", "the talks would resume next week."),
        ("indirect", "Jane Roe", "the offer includes a pause."),
    ]
    # Not when the turn that answers is someone the text does not name: the official who
    # spoke before is not the one asked.
    assert (
        _titled(
            _CALL,
            "MS. ROE: Thank you all.",
            "MODERATOR: We will now take questions on background.",
            "Q You said that the plan would cut the deficit. By how much?",
            "SENIOR ADMINISTRATION OFFICIAL: By a lot.",
        )
        == []
    )


def test_said_before_that_is_the_time_of_saying_before_a_clause() -> None:
    assert quotes("MS. ROE: Governor Jane Smith has said before that the plan works.") == [
        ("indirect", "Jane Smith", "the plan works.")
    ]
    # (`before that meeting`: the time of something else, no clause after `before`)
    said = "MS. ROE: Governor Jane Smith said before that meeting that the plan works."
    assert quotes(said) == []


def test_a_report_ends_where_the_one_reporting_speaks_in_the_first_person() -> None:
    # `, and I …` after a report: the `I` of an indirect report is the one reporting.
    assert quotes(
        "MS. ROE: Governor Jane Smith has said that the state needs security along the border,"
        " and I’d point you to what she is saying about it."
    ) == [("indirect", "Jane Smith", "the state needs security along the border")]
    assert quotes(
        "MS. ROE: Governor Jane Smith said that a message was delivered, and I need to leave it"
        " at that."
    ) == [("indirect", "Jane Smith", "a message was delivered")]
    # (a `we` goes on with a report that speaks in the first person itself: the source's own
    # first person, reported; after a report in the third person, a joined clause whose subject
    # is `we` is the one reporting's, tests/importing/test_en_report_end.py)
    assert quotes(
        "MS. ROE: Governor Jane Smith said that we will respond to that, and we will act."
    ) == [("indirect", "Jane Smith", "we will respond to that, and we will act.")]
