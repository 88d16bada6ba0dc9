"""A wire story's person described, then named between commas, her age after the name when it
is given, speaks under her name (ANNOTATING.md, "The speaker": the name in full): `“…,” one
resident, Maria Lopez, 54, said.`, `“…,” said one resident, Maria Lopez.`, `A local farmer,
John Doe, told reporters that …`. A description with no name is no speaker (`said one
resident, who asked not to be named`, `one resident said`)."""

from __future__ import annotations

import pytest

from .helpers import quotes


@pytest.mark.parametrize(
    ("paragraph", "kind", "text"),
    [
        ("“It’s a disaster,” one resident, Maria Lopez, 54, said.", "direct", "It’s a disaster,"),
        ("“It’s a disaster,” one resident, Maria Lopez, said.", "direct", "It’s a disaster,"),
        ("“It’s a disaster,” said one resident, Maria Lopez.", "direct", "It’s a disaster,"),
        ("“It’s a disaster,” said one resident, Maria Lopez, 54.", "direct", "It’s a disaster,"),
        ("“We lost everything,” another neighbour, Maria Lopez, told reporters.", "direct",
         "We lost everything,"),
        ("“Prices are up,” an economist with the Urban Institute, Maria Lopez, said.", "direct",
         "Prices are up,"),
        ("One resident, Maria Lopez, said the water had reached her door.", "indirect",
         "the water had reached her door."),
        ("A retired teacher, Maria Lopez, 54, told reporters that the town was flooded.",
         "indirect", "the town was flooded."),
    ],
)  # fmt: skip
def test_a_person_described_then_named_speaks_under_her_name(
    paragraph: str, kind: str, text: str
) -> None:
    assert quotes(paragraph) == [(kind, "Maria Lopez", text)]


def test_her_later_pronoun_and_surname_are_hers() -> None:
    found = quotes(
        "“It’s a disaster,” one resident, Maria Lopez, 54, said.",
        "Lopez, a retired teacher, said she had lived in the town for 30 years. “I have never "
        "seen anything like it,” she said.",
    )
    assert [speaker for _, speaker, _ in found] == ["Maria Lopez"] * 3


@pytest.mark.parametrize(
    "paragraph",
    [
        "“It’s a disaster,” said one resident, who asked not to be named.",
        "“It’s a disaster,” one resident said.",
        "“It’s a disaster,” said a resident of the town.",
        "One resident said the water had reached her door.",
    ],
)
def test_a_description_without_a_name_is_no_speaker(paragraph: str) -> None:
    assert quotes(paragraph) == []
