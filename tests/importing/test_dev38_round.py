"""An office's name joined by `and` inside a title before a person's name (the dev38 round, on
White House statements and releases that report officials in turn: docs/IMPORT-RULES.md, "What it
finds"): `Health and Human Services Secretary Xavier Becerra emphasized that …` is one person,
as `Secretary of Housing and Urban Development Scott Turner said …` is, while `and` before
another title or titled name still joins two people (several together, no quote). The sentences
here are written for the tests."""

from __future__ import annotations

from .helpers import quotes


def test_an_office_joined_by_and_before_the_title() -> None:
    for subject, name in (
        ("Health and Human Services Secretary Jane Roe", "Jane Roe"),
        ("Housing and Urban Development Deputy Secretary Mary Major", "Mary Major"),
        ("Ways and Means Committee Chair John Doe", "John Doe"),
        ("Office of Management and Budget Director Ann Poe", "Ann Poe"),
    ):
        assert quotes(f"{subject} emphasized that heat waves pose a severe threat.") == [
            ("indirect", name, "heat waves pose a severe threat.")
        ], subject


def test_an_office_joined_by_and_after_the_titles_of() -> None:
    for subject, name in (
        ("Secretary of Housing and Urban Development Jane Roe", "Jane Roe"),
        (
            "Acting Under Secretary of Defense for Acquisition and Sustainment Mary Major",
            "Mary Major",
        ),
    ):
        assert quotes(f"{subject} noted that the plan will help families.") == [
            ("indirect", name, "the plan will help families.")
        ], subject


def test_the_surname_after_such_a_title_and_its_pronoun() -> None:
    assert quotes(
        "Health and Human Services Secretary Roe announced that more than 500,000 Americans have "
        "signed up. She added that enrollment remains open."
    ) == [
        ("indirect", "Roe", "more than 500,000 Americans have signed up."),
        ("indirect", "Roe", "enrollment remains open."),
    ]


def test_two_people_joined_by_and_stay_several() -> None:
    for subject in (
        "National Security Advisor Jane Roe and National Economic Council Director John Doe",
        "Jane Roe and National Economic Council Director John Doe",
        "Roe and Director Doe",
        "President Roe and Prime Minister Doe",
        "Secretary of State Jane Roe and Homeland Security Secretary John Doe",
        "Secretary of State Jane Roe and John Doe",
        "Press Secretary Jane Roe and National Security Advisor John Doe",
    ):
        assert quotes(f"{subject} said that the talks were productive.") == [], subject


def test_two_titles_of_one_person_stay_one() -> None:
    assert quotes("Foundation President and CEO Jane Roe emphasized that action is needed.") == [
        ("indirect", "Jane Roe", "action is needed.")
    ]


# --- a report carried on by an example of its point, or its other side ----------------------


def test_an_example_or_the_other_side_carries_the_report_on() -> None:
    assert quotes(
        "Deputy Secretary Jane Roe noted that poor families are susceptible to heat. For example, "
        "public housing has not been built to withstand extreme temperatures."
    ) == [
        (
            "indirect",
            "Jane Roe",
            "poor families are susceptible to heat. For example, public housing has not been built "
            "to withstand extreme temperatures.",
        )
    ]
    assert quotes(
        "Under Secretary Mary Major emphasized that climate change is a destabilizing force. "
        "At the same time, extreme weather can affect readiness. For these reasons, the "
        "Department focused its plan on resilience."
    ) == [
        (
            "indirect",
            "Mary Major",
            "climate change is a destabilizing force. At the same time, extreme weather can affect "
            "readiness.",
        )
    ]


def test_an_example_with_a_source_or_narration_of_its_own_stops_it() -> None:
    assert quotes(
        "Jane Roe noted that poor families are at risk. For example, John Doe said that the "
        "plan works."
    ) == [
        ("indirect", "Jane Roe", "poor families are at risk."),
        ("indirect", "John Doe", "the plan works."),
    ]
    assert quotes(
        "Jane Roe noted that poor families are at risk. For example, the agency hosted a "
        "meeting on heat."
    ) == [("indirect", "Jane Roe", "poor families are at risk.")]
    # an example after narration with no report before it is no one's
    assert quotes("Jane Roe spoke about heat. For example, public housing is old.") == []
