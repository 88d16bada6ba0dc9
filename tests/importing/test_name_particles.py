"""A name's particles (`de`, `von der`, `bin`, `da`) between its capitalised words: the whole
name speaks (`Charles de Gaulle said`, not `Gaulle`), a later `Von der Leyen` or `Lula da Silva`
is the same person, and a pronoun after the name names that person. A capitalised word that
qualifies a title (`Crown Prince`, `Former President`, `Senate Majority Leader`) is no body's
name (docs/ANNOTATING.md, "The speaker"; the sentences are written for the tests)."""

from __future__ import annotations

import pytest

from pressreader.importing.speakers import _affiliation

from .helpers import found, quotes


@pytest.mark.parametrize(
    "name",
    [
        "Charles de Gaulle",
        "Mohammed bin Salman",
        "Ursula von der Leyen",
        "Luiz Inácio Lula da Silva",
    ],
)
def test_the_particles_stay_in_the_name(name: str) -> None:
    assert quotes(f"{name} said that the talks would go on.") == [
        ("indirect", name, "the talks would go on.")
    ]


def test_a_later_surname_with_its_particles_is_the_same_person() -> None:
    assert quotes(
        "President Ursula von der Leyen said that the union would act.",
        "“This is a turning point,” Von der Leyen said on Tuesday.",
        "Luiz Inácio Lula da Silva said Brazil would join."
        " Lula da Silva added that talks would go on.",
    ) == [
        ("indirect", "Ursula von der Leyen", "the union would act."),
        ("direct", "Ursula von der Leyen", "This is a turning point,"),
        ("indirect", "Luiz Inácio Lula da Silva", "Brazil would join."),
        ("indirect", "Luiz Inácio Lula da Silva", "talks would go on."),
    ]
    assert [
        speaker[0]
        for speaker in found(
            "President Ursula von der Leyen said that the union would act.",
            "“This is a turning point,” Von der Leyen said on Tuesday.",
        ).speakers
    ] == ["Ursula von der Leyen"]


def test_a_pronoun_after_a_name_with_particles_names_it() -> None:
    assert quotes("Ursula de Roe said the union would act. “We are ready,” she said.") == [
        ("indirect", "Ursula de Roe", "the union would act."),
        ("direct", "Ursula de Roe", "We are ready,"),
    ]


def test_lower_case_words_that_are_no_particles_still_end_the_name() -> None:
    # (a particle with no name after it joins nothing)
    assert quotes("Roe said de facto that the plan works.") == []


@pytest.mark.parametrize(
    ("role", "affiliation"),
    [
        ("Crown Prince", None),
        ("Former President", None),
        ("Supreme Leader", None),
        ("Senate Majority Leader", "Senate"),
        ("House Minority Leader", "House"),
        # (a body's words before the title stay)
        ("Treasury Secretary", "Treasury"),
        ("White House Press Secretary", "White House"),
        ("Supreme Court Justice", "Supreme Court"),
    ],
)
def test_words_that_qualify_a_title_are_no_body(role: str, affiliation: str | None) -> None:
    assert _affiliation(role) == affiliation


def test_a_whip_is_a_title_before_the_name() -> None:
    # (`Majority Whip Tom Emmer`: the title, then the name that speaks)
    assert quotes("Majority Whip Tom Emmer said that the House would vote.") == [
        ("indirect", "Tom Emmer", "the House would vote.")
    ]
