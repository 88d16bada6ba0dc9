"""A label set in Markdown's emphasis (`*Jane Roe, Director, Clean Air Council: *“…”`,
`**Jane Roe:** “…”`), as text converted from a page keeps it, names the quotation's speaker
as the bare label does; a role held at a body (`Campaign Representative at Sierra Club`) is
no titled name; a rank before a title (`Senior Attorney`) is no body's name."""

from __future__ import annotations

from pressreader.importing.quotes.direct import _unemphasised
from pressreader.importing.speakers import parse_phrase

from .helpers import found, quotes

LEAD = "Here is what they are saying:"


def test_a_label_in_single_emphasis_names_its_person() -> None:
    assert quotes(
        LEAD,
        "*Ben Prochazka, Executive Director, Electrification Coalition: *“Global oil markets "
        "are controlled by bad actors.” \\[Statement, 10/26/22\\]",
    ) == [("direct", "Ben Prochazka", "Global oil markets are controlled by bad actors.")]


def test_a_label_in_strong_emphasis_names_its_person() -> None:
    assert quotes(LEAD, "**Jane Roe, Mayor of Springfield:** “This is a good day.”") == [
        ("direct", "Jane Roe", "This is a good day.")
    ]


def test_a_statement_label_in_emphasis_names_the_one_it_is_from() -> None:
    assert quotes(
        "*Statement from President Joe Biden: *“Ajay is uniquely equipped to lead the Bank.”"
    ) == [("direct", "Joe Biden", "Ajay is uniquely equipped to lead the Bank.")]


def test_a_body_label_in_emphasis_speaks_over_several_paragraphs() -> None:
    got = quotes(
        LEAD,
        "*Alliance for Electric School Buses: *“The Alliance is excited to see this program.",
        "These new buses will eliminate dangerous toxins.”",
    )
    assert [(kind, speaker) for kind, speaker, _ in got] == [
        ("direct", "Alliance for Electric School Buses"),
        ("direct", "Alliance for Electric School Buses"),
    ]


def test_a_rubric_in_emphasis_stays_a_rubric() -> None:
    assert quotes("*PROMISE MADE: *“We will make America safe again.” (11/4/24)") == []


def test_marks_that_do_not_pair_are_left_as_they_are() -> None:
    assert _unemphasised("*Jane Roe: **") == "*Jane Roe: **"
    assert _unemphasised("Jane Roe: *") == "Jane Roe: *"
    assert _unemphasised("***Jane Roe:***") == "***Jane Roe:***"
    assert _unemphasised("*Jane *Roe:*") == "*Jane *Roe:*"
    assert _unemphasised("**") == "**"
    assert _unemphasised("*Jane Roe: *") == "Jane Roe:"
    assert _unemphasised("_Jane Roe:_") == "Jane Roe:"
    # ...and such a label names no one.
    assert quotes(LEAD, "*Jane Roe: **“This is a good day.”") == []


def test_a_role_held_at_a_body_is_not_a_titled_name() -> None:
    annotations = found(
        LEAD,
        "Eric Willadsen, Campaign Representative at Sierra Club: “We are thrilled.”",
    )
    assert [(q.speaker, q.text) for q in annotations.quotes] == [
        ("Eric Willadsen", "We are thrilled.")
    ]
    assert annotations.speakers == [
        ("Eric Willadsen", "Campaign Representative at Sierra Club", "Sierra Club")
    ]


def test_a_rank_before_a_title_is_no_body() -> None:
    reference = parse_phrase("Adrian Martinez, Senior Attorney, Earthjustice")
    assert reference is not None
    assert (reference.text, reference.role, reference.affiliation) == (
        "Adrian Martinez",
        "Senior Attorney",
        None,
    )
    # (a body's name before a title is still its affiliation)
    reference = parse_phrase("DTE Energy President Jane Roe")
    assert reference is not None and reference.affiliation == "DTE Energy"
