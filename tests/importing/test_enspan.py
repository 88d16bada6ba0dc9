"""Where a report starts after a false start (docs/IMPORT-RULES.md, the enspan round): three words
or fewer broken off by a dash and begun again with a pronoun and its verb, a false start with the
speaker's aside before `— that`, and a lead-in ending `which is to —`. Not the same words said
again, a word broken off, an aside, nor a verb of saying after the pronoun."""

from __future__ import annotations

import pytest

from .helpers import quotes

_MET = "MS. JEAN-PIERRE: President Joe Biden went to Detroit on Monday."


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        (
            "He said that he seriously — he takes this seriously when it comes to documents.",
            "he takes this seriously when it comes to documents.",
        ),
        (
            "He said that you need — we need more police.",
            "we need more police.",
        ),
        (
            "He said it’s — he has a bipartisan group that’s been successful.",
            "he has a bipartisan group that’s been successful.",
        ),
        (
            "He said that they just — you know, they didn’t back up their emails.",
            "they didn’t back up their emails.",
        ),
        (
            "He said that you would accept — you would be willing to accept more migrants.",
            "you would be willing to accept more migrants.",
        ),
    ],
)
def test_false_start_before_a_pronoun(sentence: str, report: str) -> None:
    assert quotes(_MET, sentence) == [("indirect", "Joe Biden", report)]


@pytest.mark.parametrize(
    "report",
    [
        "he — he was not personally responsible for it.",  # (the pronoun said again)
        "we have — we have to continue our efforts.",  # (the words said again)
        "it doesn’t ma- — bother him to pay taxes.",  # (a word broken off)
        "he would — and I’m using a quotation — terminate the deal.",  # (an aside)
        "the federal government was — we were right to act.",  # (four words before the dash)
    ],
)
def test_kept_whole(report: str) -> None:
    assert quotes(_MET, f"He said that {report}") == [("indirect", "Joe Biden", report)]


def test_a_verb_of_saying_after_the_dash_is_its_own_report() -> None:
    # (`_DASH_SAID`: the sentence begun again with a verb of saying is read as any report)
    assert quotes(_MET, "He said this — he said he wanted recommendations by Friday.") == [
        ("indirect", "Joe Biden", "he wanted recommendations by Friday.")
    ]


def test_false_start_with_an_aside_before_that() -> None:
    assert quotes(
        "MS. PSAKI: Prime Minister Justin Trudeau spoke in Ottawa.",
        "And certainly, he made clear as well in his speech that he was — and this was not "
        "directed at any one country, but directed at any country that doesn’t meet the bar — "
        "that we will hold standards of democracy high.",
    ) == [("indirect", "Justin Trudeau", "we will hold standards of democracy high.")]


def test_an_aside_before_that_after_a_long_clause_stays() -> None:
    # (six words before the first dash: the report itself, its `— that` a restatement)
    report = (
        "the U.S. was willing to impose new sanctions — and this was new — that it has not "
        "imposed before."
    )
    assert quotes(_MET, f"He said {report}") == [("indirect", "Joe Biden", report)]


def test_which_is_to_dash() -> None:
    assert quotes(
        "MS. PSAKI: President Joe Biden spoke on Monday.",
        "What we have done here is done exactly what the President said we would do from the "
        "beginning, which is to — if they invaded, we would be providing security assistance.",
    ) == [("indirect", "Joe Biden", "if they invaded, we would be providing security assistance.")]


def test_which_is_without_a_dash_stays() -> None:
    # (a relative clause with no dash nor colon is the report's own)
    report = "we would fund the plan, which is to say we would pay for it."
    assert quotes(_MET, f"He said {report}") == [("indirect", "Joe Biden", report)]


_GAS = "the average price of regular gasoline fell 6.7 cents in the last week to $3.28"


def test_an_ellipsis_glued_to_a_capital_ends_the_report() -> None:
    # (a news excerpt: words left out, then the next excerpt's sentence)
    assert quotes(f"GasBuddy.com reported Monday that {_GAS}…National prices fell 9.3 cents.") == [
        ("indirect", "GasBuddy.com", _GAS)
    ]


def test_an_ellipsis_before_lower_case_stays() -> None:
    # (an ellipsis glued to the report's next words in lower case goes on with it)
    rest = "…and national prices fell 9.3 cents."
    assert quotes(f"GasBuddy.com reported Monday that {_GAS}{rest}") == [
        ("indirect", "GasBuddy.com", f"{_GAS}{rest}")
    ]
