"""People named only by their work or their side, in the plural (`Researchers found that …`,
`Scientists say …`, `Trump supporters said …`), are no named source: no quote is theirs
(docs/ANNOTATING.md, "Sources": unnamed plural sources are not named sources). Found testing an
opinion piece's sentences by hand (`Regulators have concluded that …` gave the speaker
`Regulators`). The sentences are written for the tests."""

from __future__ import annotations

import pytest

from .helpers import quotes

CLAUSE = "the old model no longer works."
PLURALS = [
    "Researchers", "Scientists", "Regulators", "Investors", "Doctors", "Witnesses", "Activists",
    "Diplomats", "Traders", "Executives", "Teachers", "Historians", "Engineers", "Forecasters",
    "Voters", "Officers", "Protesters", "Demonstrators", "Scholars", "Academics", "Advocates",
    "Opponents", "Supporters", "Skeptics", "Farmers", "Workers", "Parents", "Students",
    "Consumers", "Strategists", "Pollsters", "Authorities", "Investigators",
]  # fmt: skip


@pytest.mark.parametrize("plural", PLURALS)
def test_a_plural_of_people_names_no_source(plural: str) -> None:
    assert quotes(f"{plural} have concluded that {CLAUSE}") == []
    assert quotes(f"{plural} said the plan would fail.") == []


@pytest.mark.parametrize(
    "subject",
    ["Some researchers", "Many economists and scientists", "Senior executives", "Trump supporters"],
)
def test_a_described_plural_names_no_source(subject: str) -> None:
    assert quotes(f"{subject} said that {CLAUSE}") == []


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        # one person, or a body, stays a source
        ("Jane Roe, a researcher at the institute,", "Jane Roe"),
        ("The Union of Concerned Scientists", "Union of Concerned Scientists"),
        ("The National Association of Investors", "National Association of Investors"),
        ("Doctors Without Borders", "Doctors Without Borders"),
    ],
)
def test_a_name_holding_such_a_word_stays_a_source(subject: str, speaker: str) -> None:
    assert quotes(f"{subject} said that {CLAUSE}") == [("indirect", speaker, CLAUSE)]
