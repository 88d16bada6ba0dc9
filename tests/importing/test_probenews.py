"""Shapes of international-broadcaster news stories (courts, Congress, defense, the economy),
found by a probe of hand-written sentences of the genre (docs/IMPORT-RULES.md, "What it finds"): a
lawmaker described after the surname by an indefinite article (`Wicks, a Mississippi Republican,
said`), a spokesperson named with a rank after the office (`A spokesman for the Pentagon, Major
General Pat Ryder, told reporters`), how or for whom it was said between the verb and `that`
(`said through an interpreter that`, `wrote for the majority that`), an adverb after the subject
of a clause without `that` (`said Beijing firmly opposed …`), prison terms as figures (`sentenced
to 12 years in prison`), a name joined by an ampersand (`Johnson & Johnson said`, `according to
S&P Global`), and a body whose name holds `U.S.` or `and` (`According to U.S. Customs and Border
Protection, A`, `Immigration and Customs Enforcement said A`). The sentences are written for the
tests."""

from __future__ import annotations

import pytest

from .helpers import figures, found, quotes

_WICKS = "Senator Roger Wicks spoke on Monday."


@pytest.mark.parametrize(
    "description",
    [
        "a Mississippi Republican",
        "a Florida Democrat",
        "a Texas Republican",
        "a New Hampshire Democrat",
        "an Armed Services Committee member",
        "a Republican",
        "a former Navy officer",
    ],
)
def test_a_surname_described_by_an_indefinite_article(description: str) -> None:
    assert quotes(_WICKS, f"Wicks, {description}, has said that the Pentagon must act.") == [
        ("indirect", "Roger Wicks", "the Pentagon must act.")
    ]


def test_a_full_name_described_by_an_indefinite_article() -> None:
    assert quotes("Roger Wicks, a Mississippi Republican, said the Pentagon must act.") == [
        ("indirect", "Roger Wicks", "the Pentagon must act.")
    ]


def test_an_office_then_the_name_still_names_the_person() -> None:
    # (near shapes: the name after the description speaks, as before)
    assert quotes("The agency's director, Jane Roe, said the plan would fail.") == [
        ("indirect", "Jane Roe", "the plan would fail.")
    ]
    assert quotes("Roe's spokeswoman, Mary Major, said the plan would fail.") == [
        ("indirect", "Mary Major", "the plan would fail.")
    ]


@pytest.mark.parametrize(
    "subject",
    [
        "A spokesman for the Pentagon, Major General Pat Ryder,",
        "A Pentagon spokesman, Major General Pat Ryder,",
        "The Pentagon's press secretary, Maj. Gen. Pat Ryder,",
        "A spokesman for the Pentagon, Pat Ryder,",
    ],
)
def test_a_spokesperson_named_with_a_rank(subject: str) -> None:
    assert quotes(f"{subject} told reporters the strike was carried out in self-defense.") == [
        ("indirect", "Pat Ryder", "the strike was carried out in self-defense.")
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Wen, 56, said through an interpreter that he was innocent.",
            "Wen",
            "he was innocent.",
        ),
        (
            "Jane Roe said through her lawyer that she was innocent.",
            "Jane Roe",
            "she was innocent.",
        ),
        (
            "Jane Roe said through a spokesperson that she would appeal.",
            "Jane Roe",
            "she would appeal.",
        ),
        (
            "Judge Ann Lee wrote for the majority that the rule was unlawful.",
            "Ann Lee",
            "the rule was unlawful.",
        ),
        (
            "Judge Ann Lee wrote for a unanimous court that the law was void.",
            "Ann Lee",
            "the law was void.",
        ),
    ],
)
def test_how_or_for_whom_before_that(sentence: str, speaker: str, text: str) -> None:
    assert quotes(sentence) == [("indirect", speaker, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        # (no verb of saying: `through` and `for` open no report)
        "He spoke through an interpreter that the court provided.",
        "The nation voted for the party that won.",
    ],
)
def test_no_report_through_or_for(sentence: str) -> None:
    assert quotes(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "Lin Wei said Beijing firmly opposed the deployment.",
            "Beijing firmly opposed the deployment.",
        ),
        (
            "Lin Wei said China strongly condemned the attack.",
            "China strongly condemned the attack.",
        ),
        (
            "Lin Wei said Moscow deliberately targeted the energy grid.",
            "Moscow deliberately targeted the energy grid.",
        ),
    ],
)
def test_an_adverb_after_the_subject_of_a_clause(sentence: str, text: str) -> None:
    assert quotes(sentence) == [("indirect", "Lin Wei", text)]


def test_an_adverb_with_no_clause() -> None:
    assert quotes("Lin Wei said Beijing firmly.") == []


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "text"),
    [
        ("A judge sentenced Wen to 12 years in prison.", 12, "years", "12 years"),
        ("He was sentenced to seven years in prison.", 7, "years", "seven years"),
        ("He was sentenced on Tuesday to 30 months.", 30, "months", "30 months"),
        (
            "Prosecutors asked for a sentence of at least 20 years.",
            20,
            "years",
            "at least 20 years",
        ),
        ("She faces up to 30 years behind bars.", 30, "years", "up to 30 years"),
        ("The former mayor was sentenced to 18 months in jail.", 18, "months", "18 months"),
        ("The judge gave him five years of probation.", 5, "years", "five years"),
        ("Sentence: 120 months of imprisonment.", 120, "months", "120 months"),
    ],
)
def test_a_prison_term(sentence: str, value: int, unit: str, text: str) -> None:
    assert figures(sentence) == [(value, None, unit, text)]
    assert [figure.label for figure in found(sentence).statistics] == ["Prison term"]


def test_a_term_of_years_and_months() -> None:
    assert figures("He was sentenced to seven years and three months in prison.") == [
        (7, None, "years", "seven years"),
        (3, None, "months", "three months"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # (a time after or before a stay in prison, a period, a hearing's length: no term)
        "He was released 12 years after he left prison.",
        "In the past five years, prison populations fell.",
        "He was released from prison two years ago.",
        "He was sentenced on Monday, 12 years after the crime.",
    ],
)
def test_no_prison_term(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        ("Johnson & Johnson said sales rose in May.", "Johnson & Johnson", "sales rose in May."),
        ("AT&T said sales rose in May.", "AT&T", "sales rose in May."),
        (
            "Retail sales rose 0.3% in May, according to AT&T.",
            "AT&T",
            "Retail sales rose 0.3% in May",
        ),
        (
            "Home prices climbed 6.3%, according to data from S&P CoreLogic.",
            "S&P CoreLogic",
            "Home prices climbed 6.3%",
        ),
        (
            "Retail sales rose 0.3% in May, S&P Global said.",
            "S&P Global",
            "Retail sales rose 0.3% in May",
        ),
        (
            "Retail sales rose 0.3% in May, Procter & Gamble said on Tuesday.",
            "Procter & Gamble",
            "Retail sales rose 0.3% in May",
        ),
        ("“Sales rose,” Johnson & Johnson said.", "Johnson & Johnson", "Sales rose,"),
    ],
)
def test_a_name_with_an_ampersand(sentence: str, speaker: str, text: str) -> None:
    kind = "direct" if sentence.startswith("“") else "indirect"
    assert quotes(sentence) == [(kind, speaker, text)]


def test_two_people_joined_by_and_still_speak_together() -> None:
    # (near shape: `and` between two names is two people, no source; `&` joins one name)
    assert quotes("Jane Roe and John Doe said the plan would fail.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "According to U.S. Customs and Border Protection, arrests fell sharply in May.",
            "U.S. Customs and Border Protection",
            "arrests fell sharply in May.",
        ),
        (
            "Arrests fell sharply in May, according to U.S. Customs and Border Protection.",
            "U.S. Customs and Border Protection",
            "Arrests fell sharply in May",
        ),
        (
            "According to the U.N. refugee agency, more than 6 million people have fled.",
            "U.N. refugee agency",
            "more than 6 million people have fled.",
        ),
        (
            "Customs and Border Protection said arrests fell in May.",
            "Customs and Border Protection",
            "arrests fell in May.",
        ),
        (
            "Immigration and Customs Enforcement said it had detained 300 people.",
            "Immigration and Customs Enforcement",
            "it had detained 300 people.",
        ),
        (
            "The strike killed a senior militant leader, U.S. Central Command said in a statement.",
            "U.S. Central Command",
            "The strike killed a senior militant leader",
        ),
    ],
)
def test_a_body_with_an_abbreviation_or_and_in_its_name(
    sentence: str, speaker: str, text: str
) -> None:
    assert quotes(sentence) == [("indirect", speaker, text)]


def test_according_to_unnamed_officials_stays_no_quote() -> None:
    # (the dots of `U.S.` read inside a name change nothing for people the text does not name)
    assert quotes("According to U.S. officials, arrests fell sharply in May.") == []
