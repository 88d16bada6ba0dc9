"""Reports without `that` in the wire's shapes (docs/IMPORT.md, "What it finds": a plain past
after `said`): a clause whose verb is a plain past, a participle of saying before a plural's
clause, and where or when it was said between the verb and its clause. Each with near shapes
that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_JUDGE = "U.S. District Judge Analisa Torres heard the case."


def test_a_clause_whose_verb_is_a_plain_past() -> None:
    assert quotes(_JUDGE, "Torres said the sentence reflected the scale of the fraud.") == [
        ("indirect", "Analisa Torres", "the sentence reflected the scale of the fraud.")
    ]
    # a name as the clause's subject, an irregular past, a verb joining a quality
    assert quotes(_JUDGE, "Torres said Guo defrauded thousands of his followers.") == [
        ("indirect", "Analisa Torres", "Guo defrauded thousands of his followers.")
    ]
    assert quotes(_JUDGE, "Torres said the verdict sent a message.") == [
        ("indirect", "Analisa Torres", "the verdict sent a message.")
    ]
    assert quotes(_JUDGE, "Torres said the court remained open.") == [
        ("indirect", "Analisa Torres", "the court remained open.")
    ]
    # told someone, then the clause
    assert quotes(_JUDGE, "Torres told reporters the jury reached its verdict quickly.") == [
        ("indirect", "Analisa Torres", "the jury reached its verdict quickly.")
    ]


def test_what_is_said_itself_is_no_clause() -> None:
    # the things said (`said a prayer`, `said the words`), a time or a conjunction before the
    # word in -ed, an adjective in -ed before its noun, no object after the word in -ed
    for sentence in (
        "Torres said a prayer dedicated to the victims.",
        "Torres said the words quietly and left.",
        "Torres said the day after the jury returned",
        "Torres said the armed guards outside.",
        "Torres said the case involved",
    ):
        assert quotes(_JUDGE, sentence) == [], sentence
    # a noun phrase after a verb that takes one (`noted`): no clause read into it
    assert quotes(_JUDGE, "Torres noted the progress made in the talks.") == []


def test_a_participle_of_saying_reads_a_plural_clause() -> None:
    rutte = "NATO Secretary-General Mark Rutte spoke in Brussels."
    assert quotes(rutte, "Rutte welcomed the review, saying allies were ready to spend more.") == [
        ("indirect", "Mark Rutte", "allies were ready to spend more.")
    ]
    assert quotes(rutte, "Rutte rejected the plan, arguing the costs rose too fast.") == [
        ("indirect", "Mark Rutte", "the costs rose too fast.")
    ]
    # not a participle that takes a noun phrase (`noting allies' contributions`)
    assert quotes(rutte, "Rutte closed the meeting, noting allies’ contributions.") == []


def test_where_or_when_it_was_said_before_the_clause() -> None:
    hegseth = "Defense Secretary Pete Hegseth spoke in Brussels."
    assert quotes(
        hegseth, "Hegseth said in a speech on Tuesday the United States would not leave."
    ) == [("indirect", "Pete Hegseth", "the United States would not leave.")]
    assert quotes(hegseth, "Hegseth said in an interview the talks would resume.") == [
        ("indirect", "Pete Hegseth", "the talks would resume.")
    ]
    # a name opening the clause after the time of saying is the clause's, not the time's
    assert quotes(hegseth, "Hegseth said Tuesday European allies must take the lead.") == [
        ("indirect", "Pete Hegseth", "European allies must take the lead.")
    ]
    assert quotes(hegseth, "Hegseth said last month European allies must take the lead.") == [
        ("indirect", "Pete Hegseth", "European allies must take the lead.")
    ]
    # where it was said with nothing reported after it
    assert quotes(hegseth, "Hegseth said in a speech on Tuesday in Brussels.") == []
