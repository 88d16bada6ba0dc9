"""Reports missed on unseen text, from a third recall audit of the White House texts (the
enrecall3 round, docs/IMPORT-RULES.md "What it finds"): a label whose colon alone is set in
Markdown's emphasis (`Jane Roe**:** “…”`, `Jane Roe*:* “…”`, left when the name was a link in
bold), or whose name is in emphasis with the colon after the marks (`**Jane Roe**: “…”`), names
the quotation's speaker as the bare label (`Jane Roe: “…”`) and the label wholly in emphasis
(`**Jane Roe:** “…”`, tests/importing/test_emphasised_labels.py) do; so does a label with a title
in brackets after the name (`Jane Roe (President and CEO): “…”`) or a state's postal code in
brackets after a place (`Springfield (IL) Mayor Jane Roe: “…”`); and `states` a plural noun before
its relative clause (`Equipping states that have …`) is no report. Each with near shapes and
shapes that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

LEAD = "Here is what they are saying:"


def test_a_colon_alone_in_strong_emphasis_ends_a_label() -> None:
    assert quotes(
        LEAD, "Acme Bank Chief Economist Jane Roe**:** “The consumer is carrying less of the cost.”"
    ) == [("direct", "Jane Roe", "The consumer is carrying less of the cost.")]
    # an outlet's possessive before the name, as `CNBC’s Jane Roe: “…”` is read
    assert quotes(LEAD, "Channel Nine’s John Doe**:** “That is a real surprise, Bill.”") == [
        ("direct", "John Doe", "That is a real surprise, Bill.")
    ]
    # a name with its title after a comma
    assert quotes(LEAD, "Jane Roe, Mayor of Springfield**:** “This is a good day for us.”") == [
        ("direct", "Jane Roe", "This is a good day for us.")
    ]


def test_a_colon_alone_in_single_emphasis_ends_a_label() -> None:
    assert quotes(
        LEAD,
        "State Speaker of the House Jane Roe*:* “I understand why the Governor would choose "
        "him for the post.”",
    ) == [("direct", "Jane Roe", "I understand why the Governor would choose him for the post.")]
    assert quotes(LEAD, "Lt. Gov. John Doe*:* “He has always been a strong voice for us.”") == [
        ("direct", "John Doe", "He has always been a strong voice for us.")
    ]


def test_a_name_in_emphasis_before_its_colon() -> None:
    assert quotes(LEAD, "**Mayor Jane Roe**: “I offer my congratulations to the Senator.”") == [
        ("direct", "Jane Roe", "I offer my congratulations to the Senator.")
    ]
    assert quotes(LEAD, "__John Doe__: “I offer my congratulations to the Senator.”") == [
        ("direct", "John Doe", "I offer my congratulations to the Senator.")
    ]


def test_a_body_under_an_emphasised_colon() -> None:
    # a body's whole name, as `Port Workers Association: “…”` is read
    assert quotes(
        LEAD, "Port Workers Association**:** “We welcome this agreement and thank the negotiators.”"
    ) == [
        (
            "direct",
            "Port Workers Association",
            "We welcome this agreement and thank the negotiators.",
        )
    ]


def test_labels_read_as_before_and_what_is_no_label() -> None:
    # found: the colon alone in emphasis after a titled name
    assert quotes(LEAD, "Senator Jane Roe**:** “This is a good day.”") == [
        ("direct", "Jane Roe", "This is a good day.")
    ]
    # the labels read before this round, read as before
    for paragraph in (
        "**Jane Roe:** “This is a good day.”",
        "*Jane Roe, Director, Clean Air Council: *“This is a good day.”",
        "Jane Roe: “This is a good day.”",
    ):
        assert quotes(LEAD, paragraph) == [("direct", "Jane Roe", "This is a good day.")]
    # what an emphasised colon does not make a label of
    for paragraph in (
        # a topic, no one's name
        "On trade**:** “Nobody has been tougher on unfair trade than this Administration.”",
        # lower-case words, no name
        "The bottom line*:* “This is a good day for workers.”",
        # a fact sheet's heading and its text, no quotation after the colon
        "Lowering the Cost of Child Care**:** Calling on Congress to invest in care for families.",
    ):
        assert quotes(LEAD, paragraph) == [], paragraph


def test_a_title_in_brackets_after_the_name_in_a_label() -> None:
    assert quotes(
        LEAD, "Jane Roe (President): “This is the first time in years that we have a fair deal.”"
    ) == [("direct", "Jane Roe", "This is the first time in years that we have a fair deal.")]
    assert quotes(LEAD, "John Doe (President and CEO): “We support the new rules on steel.”") == [
        ("direct", "John Doe", "We support the new rules on steel.")
    ]
    assert quotes(LEAD, "Jane Roe (Vice President): “Our orders rose by a quarter.”") == [
        ("direct", "Jane Roe", "Our orders rose by a quarter.")
    ]
    # the brackets read before this round: a party and state, a day
    assert quotes(LEAD, "Sen. Jane Roe (R-IN): “This is a good day.”") == [
        ("direct", "Jane Roe", "This is a good day.")
    ]
    assert quotes(LEAD, "Secretary Jane Roe (March 13): “This is a good day.”") == [
        ("direct", "Jane Roe", "This is a good day.")
    ]
    # not a title: a place, a company, a name in the brackets
    for paragraph in (
        "Acme Tool (Springfield): “This is a good day.”",
        "Jane Roe (Acme Corp.): “This is a good day.”",
        "Vice President (Jane Roe): “This is a good day.”",
    ):
        assert quotes(LEAD, paragraph) == [], paragraph


def test_a_state_code_in_brackets_inside_a_label() -> None:
    assert quotes(
        LEAD, "Springfield (IL) Mayor Jane Roe: “I offer my congratulations to the Senator.”"
    ) == [("direct", "Jane Roe", "I offer my congratulations to the Senator.")]
    assert quotes(
        LEAD, "Adams County (OH) Commissioner John Doe: “He is always a phone call away.”"
    ) == [("direct", "John Doe", "He is always a phone call away.")]
    # a body's name with its state's code
    assert quotes(LEAD, "Kansas City (MO) Council: “We welcome the decision.”") == [
        ("direct", "Kansas City Council", "We welcome the decision.")
    ]
    # a body's short form ending the label is read as before, and a code not in brackets
    # after a place is no label
    assert quotes(LEAD, "Center for Clean Air (CCA): “We welcome the decision.”") == [
        ("direct", "Center for Clean Air", "We welcome the decision.")
    ]
    assert quotes(LEAD, "On the (IL) ballot measure: “We welcome the decision.”") == []


def test_states_a_plural_noun_before_its_relative_clause() -> None:
    # a fact sheet's item opening with a gerund, and a place's adjective before `states`: the
    # noun and its relative clause (`that`, then a verb with no subject), no report
    for sentence in (
        "Equipping states that have their own licensing systems with data from inspections.",
        "The plan will build capacity in other Pacific states that are at grave climate risk.",
        "Supporting Western states that face severe drought this summer.",
        "Helping states that want to expand their programs for young children.",
    ):
        assert quotes(sentence) == [], sentence
    # `states that` with a clause's subject is a report, as before
    assert quotes("Governor Jane Roe states that the program has grown.") == [
        ("indirect", "Jane Roe", "the program has grown.")
    ]
    assert quotes("Senator Jane Roe states that her bill will pass in May.") == [
        ("indirect", "Jane Roe", "her bill will pass in May.")
    ]
