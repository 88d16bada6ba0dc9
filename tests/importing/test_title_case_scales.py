"""A scale word written capitalised, as headlines and titles write it (`$100 Billion`, `2.5
Million`), scales the figure as the lower-case word does (ANNOTATING.md, "Figures": the scale goes
into the value); a capitalised word that is no scale after the number (`Millionaires`), or a scale
word before no number (`the Million Man March`), is not read as one. The endev64 round met `$100
Billion` read as 100. The sentences here are written for the tests."""

from __future__ import annotations

import pytest

from pressreader.importing.figures import find_figures


def _values(paragraph: str) -> list[tuple[object, str]]:
    return [(f.value, paragraph[f.start : f.end]) for f in find_figures(paragraph)]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Acme Commits $100 Billion To New Plants In Ohio", [(100_000_000_000, "$100 Billion")]),
        ("The City Sets Aside $2.5 Million For Parks.", [(2_500_000, "$2.5 Million")]),
        ("A $20 Trillion Economy Within Reach", [(20_000_000_000_000, "$20 Trillion")]),
        ("Volunteers planted 3 Thousand trees.", [(3000, "3 Thousand trees")]),
        ("About 2 Hundred people came.", [(200, "About 2 Hundred people")]),
    ],
)
def test_a_capitalised_scale_word_scales_the_figure(
    paragraph: str, expected: list[tuple[object, str]]
) -> None:
    assert _values(paragraph) == expected


def test_the_lower_case_scale_is_read_as_before() -> None:
    assert _values("The city set aside $2.5 million for parks.") == [(2_500_000, "$2.5 million")]


def test_a_capitalised_word_that_is_no_scale_is_not_one() -> None:
    # (a word that begins like a scale word; a scale word with no number before it)
    assert _values("The club counted 5 Millionaires among its members.") == [(5, "5 Millionaires")]
    assert _values("The Million Acre Project drew 400 volunteers.") == [(400, "400 volunteers")]
