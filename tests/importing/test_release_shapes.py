"""Shapes of agency releases and wire stories found by a probe of 7 December (docs/IMPORT-RULES.md,
"What it finds"): a lawmaker's party and state in brackets closing with an abbreviation's dot
(`Senator Jane Roe (D-Calif.) said …`: no sentence ends there), a verb of calling after the
party and state (`Rep. X, R-Texas, called the bill “…”`, `Rep. X (R-Texas) called …`), more
participles of saying after a comma (`…, stating that A`, `declaring`, `asserting`), and a
quantifier's subject in a clause without `that` (`said every child deserves …`, `said all
children deserve …`). Near shapes that are no quote are checked beside them. The sentences are
written for the tests."""

from __future__ import annotations

import pytest

from pressreader.importing.quotes.sentence_ends import sentences

from .helpers import quotes


@pytest.mark.parametrize("party", ["(D-Calif.)", "(R-Tenn.)", "(D-N.Y.)", "(I-Vt.)"])
def test_party_bracket_with_a_dot_ends_no_sentence(party: str) -> None:
    text = f"Senator Jane Roe {party} said the measure was long overdue."
    assert sentences(text) == [(0, len(text))]
    assert quotes(text) == [("indirect", "Jane Roe", "the measure was long overdue.")]


def test_dot_and_bracket_before_a_capital_still_ends_a_sentence() -> None:
    text = "The vote was close (51-49, with Sen. Roe absent.) The bill passed."
    assert len(sentences(text)) == 2


@pytest.mark.parametrize(
    "name",
    [
        "Rep. John Doe, R-Texas,",
        "John Doe, R-Texas,",
        "Rep. John Doe (R-Texas)",
        "Sen. John Doe (D-Calif.)",
    ],
)
@pytest.mark.parametrize("verb", ["called the bill", "described the bill as"])
def test_calling_after_party_and_state(name: str, verb: str) -> None:
    assert quotes(f"{name} {verb} “a disaster for taxpayers.”") == [
        ("direct", "John Doe", "a disaster for taxpayers.")
    ]


def test_calling_after_a_party_and_another_aside() -> None:
    assert quotes("Rep. John Doe, R-Ga., who filed the motion, called the bill “a disaster.”") == [
        ("direct", "John Doe", "a disaster.")
    ]


def test_a_measure_named_after_a_comma_is_no_calling() -> None:
    assert (
        quotes("Rep. John Doe, R-Texas, sponsored a measure, called the “Fair Act,” last year.")
        == []
    )


@pytest.mark.parametrize(
    "participle", ["stating", "declaring", "asserting", "claiming", "contending"]
)
def test_participle_of_saying_with_that(participle: str) -> None:
    assert quotes(
        f"Vice President Kamala Harris announced new funding, {participle} that every child "
        "deserves safe drinking water."
    ) == [("indirect", "Kamala Harris", "every child deserves safe drinking water.")]


@pytest.mark.parametrize(
    "sentence",
    [
        # without `that`, these participles take no clause
        "Vice President Kamala Harris announced new funding, stating her case plainly.",
        "Vice President Kamala Harris announced new funding, declaring victory.",
        # a thing, not a person, before the participle
        "The index rose two points, highlighting that demand held up.",
        # a participle whose object is a noun's phrase
        "Vice President Kamala Harris met the leaders, highlighting his vision for how we must "
        "continue to build on these freedoms.",
    ],
)
def test_participle_without_a_report(sentence: str) -> None:
    assert quotes(sentence) == []


@pytest.mark.parametrize(
    ("clause"),
    [
        "every child deserves safe drinking water.",
        "each family deserves a fair shot.",
        "all children deserve safe drinking water.",
    ],
)
@pytest.mark.parametrize("lead", ["said", "announced new funding, saying"])
def test_quantifier_subject(clause: str, lead: str) -> None:
    assert quotes(f"Vice President Kamala Harris {lead} {clause}") == [
        ("indirect", "Kamala Harris", clause)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vice President Kamala Harris said every word of it.",
        "Vice President Kamala Harris said every morning she reads the news.",
        "Vice President Kamala Harris said each time it works.",
        "Vice President Kamala Harris said all the things she wanted.",
        "Vice President Kamala Harris said each of them.",
    ],
)
def test_quantifier_not_a_clause(sentence: str) -> None:
    assert quotes(sentence) == []
