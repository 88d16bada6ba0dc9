"""A title that can mean one person only, given to no name, as the speaker (the entitle round;
docs/ANNOTATING.md, "Fourteenth", "Seventeenth", "Thirty-seventh" and "Forty-fourth folder"):
the head of one body named with it (`the chairwoman of the Russian central bank`), `the Crown
Prince`, a country's field minister (`the French Foreign Minister`), and the `he` or `she` after
a sentence naming one. The sentences are written for the tests."""

from __future__ import annotations

import pytest

from pressreader.importing.speakers import parse_phrase

from .helpers import quotes

CLAUSE = "the sanctions are starting to bite."


# --- the head of one body ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("The chairwoman of the Russian central bank", "chairwoman of the Russian central bank"),
        (
            "The Chairman of the House Oversight Committee",
            "Chairman of the House Oversight Committee",
        ),
        ("The head of US Steel", "head of US Steel"),
        ("The chair of the NATO Military Committee", "chair of the NATO Military Committee"),
        ("The CEO of Walmart", "CEO of Walmart"),
    ],
)
def test_the_head_of_a_body_speaks_under_the_title(subject: str, speaker: str) -> None:
    assert quotes(f"{subject} said that {CLAUSE}") == [("indirect", speaker, CLAUSE)]


def test_a_word_taken_back_before_a_dash_is_no_part_of_the_title() -> None:
    paragraph = (
        "One is by the chairwoman of the Russian national — central bank, who said these "
        "sanctions are — quote, “practically every product.”"
    )
    assert quotes(paragraph) == [
        ("direct", "chairwoman of the Russian central bank", "practically every product.")
    ]


def test_her_she_in_the_next_paragraph_names_her() -> None:
    found = quotes(
        "One is by the chairwoman of the Russian central bank, who said that the economy will "
        "suffer.",
        "She also said that, quote, “the period is finite,” meaning these are biting.",
    )
    assert [speaker for _, speaker, _ in found] == ["chairwoman of the Russian central bank"] * 2


def test_a_head_the_text_names_is_not_a_new_speaker() -> None:
    # (the title given to a name: the text says who holds it, no one is named by the title)
    found = quotes(
        "The Chairman of the House Oversight Committee, James Comer, spoke on Monday.",
        f"The Chairman of the House Oversight Committee said that {CLAUSE}",
    )
    assert all(speaker != "Chairman of the House Oversight Committee" for _, speaker, _ in found)


@pytest.mark.parametrize(
    "subject",
    [
        "The former chairman of the Joint Chiefs of Staff",  # a former holder
        "A member of the House Oversight Committee",  # a member, one of many
        "The Peruvian Ambassador",  # an official's title (ANNOTATING.md: no source)
    ],
)
def test_no_one_holder_is_not_named_by_a_title(subject: str) -> None:
    found = quotes(f"{subject} said that {CLAUSE}")
    assert all(" of the " not in speaker and "Ambassador" not in speaker for _, speaker, _ in found)


def test_the_head_is_a_title_not_a_surname() -> None:
    for phrase, title in [
        ("the head of US Steel", "head of us steel"),
        ("the Governor of the Bank of England", "governor of bank of england"),
    ]:
        reference = parse_phrase(phrase)
        assert reference is not None
        assert (reference.kind, reference.text) == ("title", title)


# --- the Crown Prince and a country's field minister ---------------------------------------------


def test_the_crown_prince_speaks_under_the_title() -> None:
    assert quotes(f"The Crown Prince said that {CLAUSE}") == [("indirect", "Crown Prince", CLAUSE)]


def test_a_named_crown_prince_is_not_the_title() -> None:
    found = quotes(
        "Crown Prince Mohammed bin Salman met the delegation.",
        f"The Crown Prince said that {CLAUSE}",
    )
    assert all(speaker != "Crown Prince" for _, speaker, _ in found)


def test_a_country_s_foreign_minister_speaks_under_the_title() -> None:
    paragraph = (
        "Q The other country reacting strongly to this is France. The French Foreign Minister "
        "deemed it a, quote, “stab in the back.” What about the French?"
    )
    assert quotes(paragraph) == [("direct", "French Foreign Minister", "stab in the back.")]


def test_the_adjective_before_another_title_still_bars_the_country_s_title() -> None:
    found = quotes(
        "French President Emmanuel Macron arrives tomorrow.",
        f"The French Foreign Minister said that {CLAUSE}",
    )
    assert all(speaker != "French Foreign Minister" for _, speaker, _ in found)


# --- the `he` or `she` after a sentence naming such a title -----------------------------------


def test_a_he_after_a_sentence_naming_the_head_names_him() -> None:
    found = quotes(
        "Just look at the Chairman of the House Oversight Committee. Yesterday, he actually told "
        "Fox News that he believed it."
    )
    assert found == [("indirect", "Chairman of the House Oversight Committee", "he believed it.")]


def test_an_answer_s_he_after_a_question_on_the_crown_prince_names_him() -> None:
    found = quotes(
        "Q What was the Crown Prince’s response to your comments about the journalist?",
        "THE PRESIDENT: He basically said that he was not personally responsible for it.",
    )
    assert found == [("indirect", "Crown Prince", "he was not personally responsible for it.")]


def test_a_he_does_not_name_a_chairwoman() -> None:
    found = quotes(
        "Q Just look at the chairwoman of the Russian central bank. He said that it was bad."
    )
    assert found == []


def test_a_sentence_naming_two_such_titles_names_neither() -> None:
    # (nor one title of both: `the Chairman of … and the Crown Prince`)
    found = quotes(
        "Q Just look at the Chairman of the House Oversight Committee and the Crown Prince. He "
        "said that it was bad."
    )
    assert found == []
