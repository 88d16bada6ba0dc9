"""English rules of the fifteenth round (docs/IMPORT-RULES.md, "The fifteenth round"), each with the
look-alikes that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import found, quotes


def test_a_title_after_a_body_of_the_role_is_no_affiliation() -> None:
    # `Board of Commissioners Chairman`: the body is `Board of Commissioners`, not the words
    # after `of` with the title (`Commissioners Chairman`).
    assert found(
        "Board of Commissioners Chairman Jane Roe said the county will grow."
    ).speakers == [("Jane Roe", "Board of Commissioners Chairman", "Board of Commissioners")]
    assert found(
        "“We will grow,” said Department of Homeland Security Secretary Jane Roe."
    ).speakers == [
        ("Jane Roe", "Department of Homeland Security Secretary", "Department of Homeland Security")
    ]
    # A title inside the body's name stays part of it; a title after words that name no body
    # gives no affiliation.
    assert found(
        "“We will grow,” said Director of the Office of the Vice President Jane Roe."
    ).speakers == [
        ("Jane Roe", "Director of the Office of the Vice President", "Office of the Vice President")
    ]
    assert found(
        "“We will grow,” said Vice Minister of the Ministry of Foreign Affairs Jane Roe."
    ).speakers == [
        (
            "Jane Roe",
            "Vice Minister of the Ministry of Foreign Affairs",
            "Ministry of Foreign Affairs",
        )
    ]
    for role, body in (
        (
            "Foundation for Defense of Democracies Senior Advisor",
            "Foundation for Defense of Democracies",
        ),
        # A plural title's word and `Justice` are words of the body's name.
        (
            "Association of County and City Health Officials CEO",
            "Association of County and City Health Officials",
        ),
        ("Board of Governors Chairman", "Board of Governors"),
        ("Director of the Center for Climate Justice", "Center for Climate Justice"),
    ):
        speakers = found(f"“We will grow,” said {role} Jane Roe.").speakers
        assert speakers == [("Jane Roe", role, body)], speakers
    speakers = found("“We will grow,” said Head of Tax Policy Director Jane Roe.").speakers
    assert [affiliation for _, _, affiliation in speakers] == [None], speakers


def test_a_company_named_general_and_one_word_is_no_title() -> None:
    assert quotes(
        "General Motors announced it will increase truck production at its Indiana plant. "
        "The company also announced it will move production of its SUV from China.",
        "General Mills said that it will remove artificial dyes from its cereals by 2027.",
    ) == [
        ("indirect", "General Motors", "it will increase truck production at its Indiana plant."),
        ("indirect", "General Motors", "it will move production of its SUV from China."),
        ("indirect", "General Mills", "it will remove artificial dyes from its cereals by 2027."),
    ]
    speakers = found("General Electric said that it will build turbines in Texas.").speakers
    assert speakers == [("General Electric", None, None)]


def test_general_before_a_surname_is_still_a_title() -> None:
    assert found("General Smith said the troops will stay.").speakers == [
        ("Smith", "General", None)
    ]
    assert quotes("“We will hold,” said General Milley.") == [("direct", "Milley", "We will hold,")]
    # A general opening the sentence before is no company.
    assert (
        quotes("General Milley visited the plant. The company said it will hire 300 workers.") == []
    )
