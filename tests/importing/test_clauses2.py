"""Reports the importer missed in the development set (docs/IMPORT-RULES.md, "What it finds": the
clauses2 round): `continues to claim` with its clause, a clause without `that` whose subject has
no determiner after `noted` and verbs like it, `explained` with a clause, `to` and its noun in a
clause's subject, a relative clause without `that` after a noun, the narration's `while, at the
same time` after a report, and `The court` after a court named paragraphs before. Each with near
shapes that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_ROE = "Senator Jane Roe spoke in Ohio on Monday."


def _said(*paragraphs: str) -> list[tuple[str, str, str]]:
    return quotes(*paragraphs)


def test_continues_to_claim_with_a_clause() -> None:
    for sentence, speaker, clause in (
        ("Russia continues to claim it is ready for talks.", "Russia", "it is ready for talks."),
        ("Roe continued to insist the plan would work.", "Jane Roe", "the plan would work."),
        ("Russia continues to maintain that its troops are not in Ukraine.", "Russia",
         "its troops are not in Ukraine."),
    ):  # fmt: skip
        assert ("indirect", speaker, clause) in _said(_ROE, sentence), sentence


def test_continues_to_claim_without_a_clause_is_no_report() -> None:
    for sentence in (
        "The disease continues to claim victims across the region.",
        "The virus continued to claim lives in the north.",
        "Roe continues to insist on a vote.",
    ):
        assert [q for q in _said(_ROE, sentence) if q[0] == "indirect"] == [], sentence


def test_noted_a_clause_whose_subject_has_no_determiner() -> None:
    for sentence, clause in (
        ("Roe noted prices are already moderating.", "prices are already moderating."),
        ("Roe noted inflation is falling.", "inflation is falling."),
        ("Roe stressed wages will rise this year.", "wages will rise this year."),
        ("Roe explained costs have risen sharply.", "costs have risen sharply."),
    ):  # fmt: skip
        assert ("indirect", "Jane Roe", clause) in _said(_ROE, sentence), sentence


def test_explained_with_a_clause_and_a_subject_with_to() -> None:
    for sentence, clause in (
        ("Roe explained the path to recovery will only be through an equitable approach.",
         "the path to recovery will only be through an equitable approach."),
        ("Roe explained the state will pay for the repairs.",
         "the state will pay for the repairs."),
        ("Roe noted the road to peace is long.", "the road to peace is long."),
    ):  # fmt: skip
        assert ("indirect", "Jane Roe", clause) in _said(_ROE, sentence), sentence


def test_noted_and_explained_with_a_noun_phrase_are_no_report() -> None:
    for sentence in (
        "Roe noted the importance of trade.",
        "Roe explained the rules to reporters.",
        "Roe noted progress made in the talks.",
        "Roe explained how prices are set.",
        "Roe stressed the need to act now.",
        # (a noun with a relative clause without `that`: its verb is the relative's)
        "Roe noted the toll the pandemic has taken on the region.",
        "Roe noted the work the department has done for veterans.",
    ):
        assert [q for q in _said(_ROE, sentence) if q[0] == "indirect"] == [], sentence


def test_a_capital_before_a_determiner_is_no_relative_clause() -> None:
    # (a name's words, `the San the Juan …` a slip in a release: the clause is read as before)
    found = _said(
        _ROE, "Roe announced the Bay Area the Estuary Partnership will receive $4 million."
    )
    assert [q for q in found if q[0] == "indirect"], found


def test_the_narrations_contrast_ends_a_report() -> None:
    found = _said(
        _ROE,
        "Russia continues to claim it is ready for talks while, at the same time, it narrows the "
        "avenues for diplomacy.",
    )
    assert ("indirect", "Russia", "it is ready for talks") in found
    found = _said(_ROE, "Roe said the plan was working while others doubted it.")
    assert ("indirect", "Jane Roe", "the plan was working while others doubted it.") in found


def test_the_court_after_a_court_named_paragraphs_before() -> None:
    found = _said(
        "In 2013, the Supreme Court gutted the Voting Rights Act.",
        "We fought back in every state.",
        "We won some of those fights.",
        "We lost others.",
        "The court asserted it was making a ruling for the ages. That isn’t true.",
    )
    assert ("indirect", "Supreme Court", "it was making a ruling for the ages.") in found
    found = _said(
        "I convened a Commission on the Supreme Court of the United States.",
        "The Court said it would hear the case in the fall.",
    )
    assert ("indirect", "Supreme Court", "it would hear the case in the fall.") in found


def test_the_court_with_no_court_named_is_no_source() -> None:
    found = _said(_ROE, "The court said it would hear the case in the fall.")
    assert [q for q in found if q[0] == "indirect"] == [], found
    found = _said(_ROE, "The courts said it would take years.")
    assert [q for q in found if q[1] == "Supreme Court"] == [], found
