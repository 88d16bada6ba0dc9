"""The probetrans round: transcripts and speeches written by hand and read as a user would. A
report that opens a turn with its attribution after it (`SECRETARY YELLEN: A, according to X.`)
begins after the turn's label; a form of address or a person's title before a surname that is
also a title (`Dr. King`, `Senator King`) names the surname; a `he` after a first-person sentence
that tells one named person (`I told President Xi, “…” And he said …`) names that person."""

from __future__ import annotations

import pytest

from .helpers import quotes

_TURN_OPENS = "MR. TODD: Good morning."


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "SECRETARY YELLEN: That would raise prices by $1,500 a year, according to the"
            " Peterson Institute.",
            [("indirect", "Peterson Institute", "That would raise prices by $1,500 a year")],
        ),
        (
            "SECRETARY YELLEN: Growth will be strong this year, the IMF said.",
            [("indirect", "IMF", "Growth will be strong this year")],
        ),
        # (a report inside the turn, not at its head, is read as before)
        (
            "SECRETARY YELLEN: Yes. Growth will be strong this year, the IMF said.",
            [("indirect", "IMF", "Growth will be strong this year")],
        ),
        # (a turn with no attribution is no quote)
        ("SECRETARY YELLEN: Growth will be strong this year.", []),
    ],
)
def test_report_opening_a_turn_leaves_the_label_out(
    paragraph: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(_TURN_OPENS, paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("As Dr. King said, “The arc of the moral universe is long.”", "King"),
        ("As Dr. King said, the arc of the moral universe is long.", "King"),
        ("Senator King said that the bill is fair.", "King"),
        ("Mrs. Bishop said that the bill is fair.", "Bishop"),
        ("As Dr. Murthy said, vaccines work.", "Murthy"),
    ],
)
def test_a_surname_that_is_a_title(paragraph: str, speaker: str) -> None:
    found = quotes(paragraph)
    assert [quote[1] for quote in found] == [speaker]


def test_the_king_is_still_a_title() -> None:
    # (`King Charles` and `the King` are the title, not a surname)
    found = quotes("King Charles III said that the Commonwealth is strong.")
    assert found and all(quote[1] != "King" for quote in found)


@pytest.mark.parametrize(
    "told",
    [
        "I told President Xi, “We seek competition, not conflict.” And he said he agreed.",
        "I told President Xi that we seek competition. He said he agreed.",
    ],
)
def test_he_after_telling_one_named(told: str) -> None:
    found = quotes("Chancellor Scholz said last week that Germany would double its aid.", told)
    assert found[-1] == ("indirect", "Xi", "he agreed.")


def test_he_after_telling_no_one_named() -> None:
    # (`I told them`: no one named; the pronoun names the subject of the latest attribution)
    found = quotes(
        "Chancellor Scholz said last week that Germany would double its aid.",
        "I told them, “We seek competition.” And he said he agreed.",
    )
    assert found[-1] == ("indirect", "Scholz", "he agreed.")
