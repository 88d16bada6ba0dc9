"""A reporter's question opened by an auxiliary (`Q Has Israel announced it yet?`, `Q Have
indicated that “…”`, words read back) reports nobody: the auxiliary and its subject are no
speaker (docs/ANNOTATING.md, "Thirty-seventh folder"). Names that are auxiliaries too (`Will`,
`May`) still speak (the sentences are written for the tests)."""

from __future__ import annotations

from .helpers import quotes


def test_a_question_opened_by_has_reports_nobody() -> None:
    question = "Q Has Israel announced it officially yet — since we don’t have Wi-Fi?"
    assert quotes(question, "MS. ROE: No.") == []


def test_a_question_read_back_after_have_reports_nobody() -> None:
    assert (
        quotes("Q Have indicated that “if the talks fail, the ships will sail.”", "MR. DOE: Yes.")
        == []
    )


def test_did_and_does_open_questions_too() -> None:
    assert quotes("Q Did the Ministry say that the talks will resume?", "MS. ROE: No.") == []
    assert quotes("Q Does Congress agree that the deal is fair?", "MS. ROE: No.") == []


def test_a_name_that_is_an_auxiliary_still_speaks() -> None:
    assert quotes("Will Hurd said that the border needs more agents.") == [
        ("indirect", "Will Hurd", "the border needs more agents.")
    ]


def test_the_same_report_without_the_question_is_found() -> None:
    assert quotes("Israel announced that the crossing will open on Monday.") == [
        ("indirect", "Israel", "the crossing will open on Monday.")
    ]
