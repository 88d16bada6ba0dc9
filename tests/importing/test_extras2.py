"""Extras closed by the extras2 round (docs/IMPORT-RULES.md, "`they` after one person, and `this` as
the thing said"): `they` names one person only when that person was named with companions, and
`this` right after a verb of saying with no clause after it is the thing said (the sentences here
are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

# --- `they` after one person -------------------------------------------------------------------


def test_they_after_one_person_names_no_one() -> None:
    assert (
        quotes(
            "Vice President Harris met President Castro today. Vice President Harris stressed the "
            "importance of the talks. They also committed that agencies will start a dialogue."
        )
        == []
    )


def test_they_after_a_team_is_not_its_leader() -> None:
    assert (
        quotes(
            "President Biden was updated by his national security team. "
            "They reaffirmed that Russia could launch an attack at any time."
        )
        == []
    )


def test_they_after_a_person_with_his_team_names_him() -> None:
    assert quotes(
        "Secretary Rubio and his team reiterated the commitment to Ukraine. "
        "They emphasized that this work is driven by the goal of ending a war."
    ) == [("indirect", "Rubio", "this work is driven by the goal of ending a war.")]


def test_they_after_a_person_with_her_delegation_in_the_paragraph_before() -> None:
    found = quotes(
        "Ambassador Jane Roe and her delegation met the Prime Minister.",
        "They underscored that the partnership remains strong.",
    )
    assert found == [("indirect", "Jane Roe", "the partnership remains strong.")]


def test_she_after_one_person_still_names_her() -> None:
    found = quotes(
        "Vice President Harris met President Castro today. Vice President Harris stressed the "
        "importance of the talks. She also noted that agencies will start a dialogue."
    )
    assert [(kind, text) for kind, _, text in found] == [
        ("indirect", "agencies will start a dialogue.")
    ]


# --- `this` as the thing said ------------------------------------------------------------------


def test_wrote_this_when_is_no_report() -> None:
    assert (
        quotes("Bob Dole wrote a letter. He wrote this when he knew his days were numbered.") == []
    )


def test_said_this_dash_without_a_clause_is_no_report() -> None:
    assert (
        quotes("Bob Dole spoke today. He has said this — wherever he is, wherever he travels.")
        == []
    )


def test_said_this_on_is_no_report() -> None:
    assert (
        quotes(
            "Bob Dole spoke today. He has said this on almost every speech that you’ve heard "
            "him give about gas prices."
        )
        == []
    )


def test_said_this_comma_is_no_report() -> None:
    assert quotes("Bob Dole spoke today. He said this, and he meant it.") == []


def test_this_as_the_clause_subject_is_still_a_report() -> None:
    assert quotes("Bob Dole spoke today. He said this is a good deal.") == [
        ("indirect", "Bob Dole", "this is a good deal.")
    ]


def test_said_this_colon_is_still_a_report() -> None:
    assert quotes("Bob Dole spoke today. He said this: It is a good deal.") == [
        ("indirect", "Bob Dole", "It is a good deal.")
    ]


def test_said_this_dash_then_a_clause_is_still_a_report() -> None:
    found = quotes("Bob Dole spoke today. He said this — the plan would cut costs.")
    assert [text for _, _, text in found] == ["this — the plan would cut costs."]


def test_said_this_dash_said_this_again_is_still_a_report() -> None:
    found = quotes(
        "MS. ROE: So, look — and Jake Sullivan said this — said this yesterday as well — is "
        "that we have had private conversations."
    )
    assert [speaker for _, speaker, _ in found] == ["Jake Sullivan"]
