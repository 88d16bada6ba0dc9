"""The rule found on the forty-second development folder (docs/IMPORT-RULES.md, "The forty-second
development folder"), with the near shapes it must leave alone (the sentences here are written
for the tests)."""

from __future__ import annotations

from .helpers import quotes


def test_an_attribution_saying_where_it_was_written_carries_the_quotation_on() -> None:
    # `“…,” X writes in The Wall Street Journal.` then a paragraph that is one quotation (or
    # opens one that runs over paragraphs): the same statement, as after `“…,” X said.`
    # (ANNOTATING.md, "Forty-second folder").
    assert quotes(
        "“The plan is good for workers,” Jane Roe writes in The Wall Street Journal.",
        "“It will build factories.",
        "It will create jobs.”",
    ) == [
        ("direct", "Jane Roe", "The plan is good for workers,"),
        ("direct", "Jane Roe", "It will build factories."),
        ("direct", "Jane Roe", "It will create jobs."),
    ]
    assert quotes(
        "“The plan is good for workers,” said Secretary John Doe on Tuesday.",
        "“It will build factories.”",
    ) == [
        ("direct", "John Doe", "The plan is good for workers,"),
        ("direct", "John Doe", "It will build factories."),
    ]
    assert quotes(
        "“The plan is good for workers,” Jane Roe wrote in a letter to the Guide’s readers.",
        "“It will build factories.”",
    ) == [
        ("direct", "Jane Roe", "The plan is good for workers,"),
        ("direct", "Jane Roe", "It will build factories."),
    ]


def test_a_tail_that_is_more_than_where_it_was_said_carries_nothing() -> None:
    # Words in marks or another sentence after the attribution: it does not end the paragraph,
    # and the quotation after it is no one's.
    found = quotes(
        "“The plan is good,” Jane Roe said in a letter on the “Build It Here Act.”",
        "“It will build factories.”",
    )
    assert ("direct", "Jane Roe", "It will build factories.") not in found
    found = quotes(
        "“The plan is good,” Jane Roe said in Ohio. The Senate voted on Tuesday.",
        "“It will build factories.”",
    )
    assert ("direct", "Jane Roe", "It will build factories.") not in found
    # (and a paragraph that is not one quotation is read as any other)
    assert quotes(
        "“The plan is good,” Jane Roe writes in The Wall Street Journal.",
        "The Senate will vote on the “Build It Here Act” next week.",
    ) == [("direct", "Jane Roe", "The plan is good,")]


def test_accused_of_a_deed_in_marks_is_the_accusers_words() -> None:
    # `accused X of <doing> “…”`: the words in marks are what the accuser calls the deed, each
    # phrase of a list a quote (ANNOTATING.md, "Forty-second folder").
    assert quotes(
        "Rep. John Larson accused the agency of deploying “the SS” and “the Gestapo” in America."
    ) == [("direct", "John Larson", "the SS"), ("direct", "John Larson", "the Gestapo")]
    assert quotes("Sen. Adam Schiff accused President Jones of using a “dictator playbook.”") == [
        ("direct", "Adam Schiff", "dictator playbook.")
    ]
    # Not the passive (`was accused of …`: the accuser is not named), nor a noun after `of`.
    assert quotes("Senator Jane Roe was accused of running a “shadow campaign.”") == []
    assert quotes("Senator Jane Roe accused the agency of the “worst abuses” in decades.") == []


def test_a_body_named_with_its_acronym_calls_as_its_name_does() -> None:
    # `the X Office (GAO) described Y as “…”`: the acronym in brackets between the body's name and
    # its verb of calling is no part of the name, as `the X Office described Y as “…”` reads.
    assert quotes(
        "In June 2024, the Government Accountability Office (GAO) described the Pentagon as "
        "“alarmingly slow” in fielding new technology."
    ) == [("direct", "Government Accountability Office", "alarmingly slow")]
    # (a programme's name after `called`, acronym or not, stays a name)
    assert quotes("The Department of Energy (DOE) runs a program called “Home Rebates.”") == []
