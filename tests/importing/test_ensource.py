"""English sources the importer did not recognise (docs/IMPORT-RULES.md, "What it finds", the
ensource round): a body named by a common noun after its proper modifier (`the Border Patrol union`,
`the Israeli military`, `Ukraine’s military`) and the `It` after it; a people after `the` speaking
as its state (`the French have said that A` is France's, `the Israelis` Israel's); a company's
unnamed executive (`NPR’s President and CEO admitted that A`) speaking for the company. Not a common
modifier (`the city council`), a kind alone (`the union`), a noun the head qualifies (`The Israeli
military operations`), a people with no `the` (`Americans say`), a title of state (`Ukraine’s
president`) nor a former executive. The sentences here are written for the tests."""

from __future__ import annotations

from .helpers import quotes


def test_a_union_named_by_its_proper_modifier() -> None:
    text = "The Border Patrol union said that we should move forward. It’s better than status quo."
    assert quotes(text) == [
        (
            "indirect",
            "Border Patrol union",
            "we should move forward. It’s better than status quo.",
        )
    ]


def test_a_military_named_by_its_country() -> None:
    assert quotes("The Israeli military said that it had struck targets in southern Lebanon.") == [
        ("indirect", "Israeli military", "it had struck targets in southern Lebanon.")
    ]
    assert quotes("Ukraine’s military said that it had shot down 20 drones overnight.") == [
        ("indirect", "Ukraine’s military", "it had shot down 20 drones overnight.")
    ]


def test_the_it_after_such_a_body_names_it() -> None:
    text = "The Border Patrol union rejected the offer. It said that the wages were too low."
    assert quotes(text) == [("indirect", "Border Patrol union", "the wages were too low.")]
    text = "The United Auto Workers union rejected the offer. It said that the wages were too low."
    assert quotes(text) == [("indirect", "United Auto Workers union", "the wages were too low.")]


def test_the_body_after_its_quotation_is_read_as_before() -> None:
    assert quotes("“We will not back down,” the Border Patrol union said in a statement.") == [
        ("direct", "Border Patrol union", "We will not back down,")
    ]


def test_a_noun_the_head_qualifies_opens_no_body() -> None:
    text = "The Israeli military operations ended in May. It said that two soldiers were hurt."
    assert quotes(text) == []


def test_a_common_modifier_or_a_kind_alone_names_no_body() -> None:
    assert quotes("The city council said that the budget would be balanced by June.") == []
    assert quotes("The union said that its members would strike on Monday.") == []
    text = "The National Security Council met on Monday. The city council said that A is true."
    assert quotes(text) == []


def test_a_people_after_the_speaks_as_its_state() -> None:
    text = (
        "The French have also said that this is undermining relations. And they said they were "
        "blindsided by this deal."
    )
    assert quotes(text) == [
        ("indirect", "France", "this is undermining relations."),
        ("indirect", "France", "they were blindsided by this deal."),
    ]
    assert quotes("The Israelis said that they needed locations along the corridor.") == [
        ("indirect", "Israel", "they needed locations along the corridor.")
    ]


def test_a_people_without_the_is_several_people() -> None:
    assert quotes("Americans say that the economy is getting worse.") == []
    assert quotes("Most Israelis said that the war should end.") == []


def test_a_companys_unnamed_executive_speaks_for_it() -> None:
    text = "NPR’s President and CEO admitted that she regards truth as a distraction."
    assert quotes(text) == [("indirect", "NPR", "she regards truth as a distraction.")]
    assert quotes("Acme Corp.’s chief executive said that profits would fall.") == [
        ("indirect", "Acme Corp.", "profits would fall.")
    ]


def test_a_named_former_or_state_executive_is_not_the_company() -> None:
    assert quotes("Acme’s CEO, Jane Roe, said that profits would fall.") == [
        ("indirect", "Jane Roe", "profits would fall.")
    ]
    assert quotes("Acme named a new CEO. Acme’s former CEO said that profits would fall.") == []
    assert quotes("Ukraine’s president said that the talks would go on.") == []
