"""English rule taken with the thirty-seventh development folder (docs/IMPORT-RULES.md, "The
thirty-seventh development folder"): `was clear` and `has been clear` with any adverb of degree
before `clear` (`has been pretty clear that A`, `has been really clear: A`, `was absolutely clear
that A`) report like `has been very clear that A`. Each with the near shapes that must not be
taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes


def test_been_clear_with_an_adverb_of_degree_reports_the_clause() -> None:
    found = quotes(
        "MS. POE: President Jane Roe is here.",
        "MS. POE: But she’s been pretty clear that she will be swift and decisive.",
    )
    assert found == [("indirect", "Jane Roe", "she will be swift and decisive.")]
    found = quotes(
        "MS. POE: President Jane Roe is here.",
        "MS. POE: The President has been really clear: She needs more authorities at the border.",
    )
    assert found == [("indirect", "Jane Roe", "She needs more authorities at the border.")]
    found = quotes(
        "MS. POE: President Jane Roe is here.",
        "MS. POE: The President was absolutely clear that the bill is a must.",
    )
    assert found == [("indirect", "Jane Roe", "the bill is a must.")]
    found = quotes(
        "MS. POE: Senator Jane Roe has been crystal clear that the vote will come in July.",
    )
    assert found == [("indirect", "Jane Roe", "the vote will come in July.")]


def test_been_clear_with_an_adverb_of_degree_and_no_source_or_no_clause_is_no_quote() -> None:
    # the speaker's own `we`, several together, a noun phrase after `about`, a thing that is clear
    assert quotes("MS. POE: We’ve been pretty clear that we will be swift and decisive.") == []
    assert (
        quotes("MS. POE: President Jane Roe and I have been really clear: We need the money.") == []
    )
    assert (
        quotes(
            "MS. POE: President Jane Roe is here.",
            "MS. POE: She has been really clear about the importance of the alliance.",
        )
        == []
    )
    assert quotes("MS. POE: The picture was pretty clear that morning to everyone there.") == []


def test_as_x_just_said_reports_x_also_after_a_filler() -> None:
    found = quotes(
        "MS. POE: President Jane Roe is here.",
        "MS. POE: So, as the President just said, this is an important place for us.",
    )
    assert found == [("indirect", "Jane Roe", "this is an important place for us.")]
    found = quotes(
        "MS. POE: President Jane Roe is here.",
        "MS. POE: We ask Congress to act. But, you know, as the President just said a few moments "
        "ago, she’s open to serious talks on the border.",
    )
    assert found == [("indirect", "Jane Roe", "she’s open to serious talks on the border.")]


def test_as_i_or_you_just_said_after_a_filler_is_no_quote() -> None:
    assert quotes("MS. POE: So, as I just said, the ships will sail on Monday.") == []
    assert quotes("MS. POE: But, you know, as you just mentioned, the ships will sail.") == []
    assert quotes("MS. POE: So, you know, as I said, the ships will sail on Monday.") == []
