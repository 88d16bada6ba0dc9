"""A speaker's affiliation is a body the role names, not a title's own words (a probe of
agency press releases): `White House National Climate Advisor` is the White House's, `National
Security Advisor` names no body, `Deputy Chief of Staff` is no body named `Staff`, and
`Postmaster General` no body named `Postmaster`. The sentences are written for the tests."""

from __future__ import annotations

import pytest

from pressreader.importing.speakers import _affiliation

from .helpers import found


@pytest.mark.parametrize(
    ("role", "affiliation"),
    [
        ("White House National Climate Advisor", "White House"),
        ("White House National Security Advisor", "White House"),
        ("White House Deputy Chief of Staff", "White House"),
        ("National Security Advisor", None),
        ("National Climate Advisor", None),
        ("Chief of Staff", None),
        ("Postmaster General and Chief Executive Officer", None),
        # (bodies, as before)
        ("White House Press Secretary", "White House"),
        ("White House Domestic Policy Council Director", "White House Domestic Policy Council"),
        ("National Economic Council Director", "National Economic Council"),
        ("National Park Service Director", "National Park Service"),
        ("National Guard Commander", "National Guard"),
        ("DTE Energy President and CEO", "DTE Energy"),
        ("EPA Administrator", "EPA"),
        ("Vice Minister of the Ministry of Foreign Affairs", "Ministry of Foreign Affairs"),
    ],
)
def test_the_body_a_role_names(role: str, affiliation: str | None) -> None:
    assert _affiliation(role) == affiliation


def test_a_release_quoting_officials_gives_their_bodies() -> None:
    annotations = found(
        "“This is a historic investment,” said Postmaster General and Chief Executive Officer "
        "Louis DeJoy.",
        "“It shows what is possible,” said White House National Climate Advisor Ali Zaidi.",
    )
    assert annotations.speakers == [
        ("Louis DeJoy", "Postmaster General and Chief Executive Officer", None),
        ("Ali Zaidi", "White House National Climate Advisor", "White House"),
    ]
