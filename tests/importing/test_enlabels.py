"""Labels before quotations not read on unseen text, from an audit of the White House texts'
reaction lists (the enlabels round, docs/IMPORT-RULES.md "What it finds"): a line alone naming
an outlet's excerpt whose colon is set in Markdown's emphasis (`From The Daily Wire**:**`,
`**From CNBC:**`) names the quotations after it as the bare line (`From CNBC:`) does; and a
body's label opening with a country's abbreviation (`U.S. Cattlemen’s Association: “…”`) names
the body as a label without it does. Each with near shapes and shapes that must not be taken
(the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

LEAD = "Here is what they are saying:"
STORY = "The new rule drew notice across the country this week."
EXCERPT = "“A court order was lifted on Friday, clearing the way for the new tests.”"
EXCERPT_TEXT = "A court order was lifted on Friday, clearing the way for the new tests."


def test_an_outlet_line_whose_colon_is_in_emphasis() -> None:
    for line in (
        "From The Daily Planet**:**",
        "From The Daily Planet*:*",
        "**From The Daily Planet:**",
        "**From The Daily Planet**:",
        "*From The Daily Planet:*",
    ):
        assert quotes(STORY, line, EXCERPT) == [("direct", "Daily Planet", EXCERPT_TEXT)], line


def test_an_outlet_excerpt_over_paragraphs_under_an_emphasised_colon() -> None:
    assert quotes(
        STORY,
        "From The Morning Ledger**:**",
        "“Rates fell sharply on Tuesday, ahead of the bank’s meeting.",
        "The average rate dropped to its lowest level in three years.”",
    ) == [
        ("direct", "Morning Ledger", "Rates fell sharply on Tuesday, ahead of the bank’s meeting."),
        (
            "direct",
            "Morning Ledger",
            "The average rate dropped to its lowest level in three years.",
        ),
    ]


def test_a_person_label_alone_in_emphasis_with_a_space_before_its_marks() -> None:
    assert quotes(
        LEAD,
        "**Jane Roe, Senior Director, Acme Stores: **",
        "“We see great promise in the program and will help our customers use it.”",
    ) == [
        (
            "direct",
            "Jane Roe",
            "We see great promise in the program and will help our customers use it.",
        )
    ]


def test_emphasised_lines_that_name_no_source() -> None:
    # a heading ending in a colon before a list, a note, a date: no one speaks the words after
    for line in ("**Key facts:**", "**Note:**", "*March 4, 2025:*", "**Background**:"):
        assert quotes(STORY, line, EXCERPT) == [], line
    # an outlet's line with no colon is no label of the excerpt after it
    assert quotes(STORY, "**From The Daily Planet**", "Rates fell on Tuesday.") == []


def test_a_body_label_opening_with_a_country_abbreviation() -> None:
    assert quotes(LEAD, "U.S. Growers’ Council: “We welcome the new guidance on farm labour.”") == [
        ("direct", "U.S. Growers’ Council", "We welcome the new guidance on farm labour.")
    ]
    assert quotes(
        LEAD, "U.S. Trade-Finance Bank: “These loans will keep our exporters strong.”"
    ) == [("direct", "U.S. Trade-Finance Bank", "These loans will keep our exporters strong.")]
    # another country's abbreviation, and a body's name with `of` in it
    assert quotes(LEAD, "U.K. Board of Shipping: “We welcome the agreement.”") == [
        ("direct", "U.K. Board of Shipping", "We welcome the agreement.")
    ]


def test_a_body_label_with_a_country_abbreviation_in_emphasis() -> None:
    # the whole name, not the words after `U.S.`
    assert quotes(LEAD, "**U.S. Dairy Farmers**: “The council applauds the new guidelines.”") == [
        ("direct", "U.S. Dairy Farmers", "The council applauds the new guidelines.")
    ]
    assert quotes(LEAD, "**U.S. Dairy Farmers:** “The council applauds the new guidelines.”") == [
        ("direct", "U.S. Dairy Farmers", "The council applauds the new guidelines.")
    ]


def test_labels_with_a_country_abbreviation_read_as_before() -> None:
    # a titled person after the abbreviation is the person
    assert quotes(LEAD, "U.S. Senator Jane Roe: “We welcome the agreement.”") == [
        ("direct", "Jane Roe", "We welcome the agreement.")
    ]
    # a group in lower case names no one
    assert quotes(LEAD, "U.S. trade officials: “We welcome the agreement.”") == []
    # a headline read out after a body's name is the title of a work
    assert quotes(LEAD, "U.S. Farm Journal: “Growers Cheer New Rules”") == []
    # no colon, no label: the abbreviation ends no label
    assert quotes("U.S. Growers Council welcomed the guidance on Monday.") == []


def test_a_commentator_title_before_a_name_is_no_part_of_it() -> None:
    assert quotes(LEAD, "Commentator Jane Roe: “This is a strong and clear decision.”") == [
        ("direct", "Jane Roe", "This is a strong and clear decision.")
    ]
    assert quotes(LEAD, "Radio Commentator John Doe: “A strong and clear decision.”") == [
        ("direct", "John Doe", "A strong and clear decision.")
    ]
    assert quotes(LEAD, "Columnist Jane Roe: “This is a strong and clear decision.”") == [
        ("direct", "Jane Roe", "This is a strong and clear decision.")
    ]
    # in a sentence, as a report's subject
    assert quotes("Commentator John Doe said the decision was long overdue.") == [
        ("indirect", "John Doe", "the decision was long overdue.")
    ]


def test_a_commentators_label_that_names_no_one() -> None:
    # the title alone, with no name, and a heading name no one
    assert quotes(LEAD, "Commentator: “This is a strong and clear decision.”") == []
    assert quotes(STORY, "**Commentary:**", EXCERPT) == []
