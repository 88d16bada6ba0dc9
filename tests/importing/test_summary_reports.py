"""Releases that sum up what each speaker said (the ensummary round): a fact sheet's account of
what an executive order, a proclamation or a memorandum says. Such an instrument is no speaker,
as a law or a treaty is not (docs/ANNOTATING.md, "The speaker"): `This Executive Order reaffirms
that …` had been a quote of a speaker `Order`. The sentences are written for the tests."""

from __future__ import annotations

import pytest

from .helpers import quotes


@pytest.mark.parametrize(
    "sentence",
    [
        "This Executive Order reaffirms that the United States is strongest when its public "
        "servants reflect the American people.",
        "To enhance accountability, the Order clarifies that certain grant funds could be revoked "
        "for failure to comply.",
        "Additionally, the Executive Order warned that the United States may impose consequences "
        "on those who abuse rights.",
        "The Proclamation states that the tariffs will take effect on Monday.",
        "The Memorandum notes that agencies must report within 30 days.",
        "The Presidential Memorandum makes clear that agencies must report within 30 days.",
        "The Determination finds that these minerals are critical industrial resources.",
        "The Presidential Directive states that agencies must share the data.",
        # (the law's words the rule already knew)
        "The Inflation Reduction Act says that drug prices will fall.",
    ],
)
def test_an_instrument_is_no_speaker(sentence: str) -> None:
    assert quotes(sentence) == []


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # The one who signed it speaks of it: the signer's report.
        (
            (
                "President Jane Roe signed an executive order. She said that the order will help "
                "workers.",
            ),
            [("indirect", "Jane Roe", "the order will help workers.")],
        ),
        # The instrument inside a person's report is the report's words.
        (
            (
                "Jane Roe spoke on Monday. She noted that the Executive Order makes clear "
                "that funds could be revoked.",
            ),
            [
                (
                    "indirect",
                    "Jane Roe",
                    "the Executive Order makes clear that funds could be revoked.",
                )
            ],
        ),
    ],
)
def test_near_shapes_keep_their_speakers(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(*paragraphs) == expected


def test_a_body_whose_name_goes_on_with_of_still_speaks() -> None:
    # (its speaker is `Fraternal Order`, as on main: a body's name cut before `of`, left alone)
    found = quotes("The Fraternal Order of Police said that it will support the bill.")
    assert [(kind, text) for kind, _, text in found] == [("indirect", "it will support the bill.")]
    assert found[0][1].startswith("Fraternal Order")


# --- a person the text describes and never names ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "“We need help here,” says a resident of north Portland.",
        "“This is not okay,” said a woman whose vehicle has been vandalized seven times.",
        "“We have a rule on weekends,” said a pub owner and robbery victim.",
        "“It works,” said one woman.",
        "“We are scared,” said a Portland coffeeshop owner.",
        "“We need more police,” said another resident of the South Side.",
    ],
)
def test_an_unnamed_person_is_no_speaker(sentence: str) -> None:
    assert quotes(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a named person described so keeps the name
        ("“We will win,” said Jane Roe, a resident of Portland.", "Jane Roe"),
        ("“We will win,” said Mary Major, a nurse.", "Mary Major"),
        # a spokesperson speaks for the office; a report for its issuer
        (
            "“We will respond,” said a spokesperson for the Department of State.",
            "Department of State",
        ),
        ("“It is fine,” said an Acme spokesman.", "Acme"),
    ],
)
def test_named_and_spokespeople_keep_their_speakers(sentence: str, speaker: str) -> None:
    assert [found_speaker for _, found_speaker, _ in quotes(sentence)] == [speaker]


def test_a_report_from_a_body_is_still_the_body_s() -> None:
    found = quotes(
        "According to a report from the Congressional Budget Office, the deficit will grow."
    )
    assert [(kind, speaker) for kind, speaker, _ in found] == [
        ("indirect", "Congressional Budget Office")
    ]
