"""A share is labelled by what it is a share of (`two-thirds of respondents` → `Share of
respondents`, `1 in 4 children` → `Share of children`, `half of U.S. adults`), up to the counted
plural (`respondents said`, `women live`), never a pronoun (`half of them` → `Share`)."""

from __future__ import annotations

import pytest

from .helpers import found


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("About two-thirds of respondents said they were worried.", "Share of respondents"),
        ("Nearly 1 in 4 children lives in poverty.", "Share of children"),
        ("About 3 in 10 Americans say they are worried.", "Share of Americans"),
        ("One in five small businesses closed.", "Share of small businesses"),
        ("One in three women lives in poverty.", "Share of women"),
        ("Half of the country's counties reported cases.", "Share of country's counties"),
        ("Half of U.S. adults agree.", "Share of U.S. adults"),
        ("Two-thirds of all workers.", "Share of workers"),
        ("Half of them left.", "Share"),
        ("Half of what we spend goes to rent.", "Share"),
    ],
)
def test_a_share_is_labelled_by_what_it_is_of(paragraph: str, label: str) -> None:
    assert [s.label for s in found(paragraph).statistics] == [label]
