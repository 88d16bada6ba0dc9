"""English rules of the fifteenth round (docs/IMPORT.md, "The fifteenth round"), each with the
look-alikes that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import found


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
    speakers = found("“We will grow,” said Head of Tax Policy Director Jane Roe.").speakers
    assert [affiliation for _, _, affiliation in speakers] == [None], speakers
