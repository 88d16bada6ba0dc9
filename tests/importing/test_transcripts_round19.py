"""Rules for the reports inside transcripts' turns found on the seventeenth development folder
(docs/IMPORT-RULES.md, "The nineteenth round (English transcripts)"), each with a near shape that
must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from pressreader.importing.annotate import annotate
from pressreader.importing.speakers import sole_titles

from .helpers import near_linear, quotes


def _titled(title: str, *paragraphs: str) -> list[tuple[str, str, str]]:
    found = annotate([(None, list(paragraphs))], title=title)
    return [(quote.kind, quote.speaker, quote.text) for quote in found.quotes]


def test_a_title_the_text_gives_to_no_one_names_its_one_holder() -> None:
    # A gaggle that never names the President: `the president` is the one President.
    assert quotes(
        "MS. ROE: Go ahead.",
        "Q The president said that no pardon was coming. Is that a lie?",
    ) == [("indirect", "President", "no pardon was coming.")]
    # A text that names a President anywhere, before or after: the title names that holder,
    # even before the text names him (ANNOTATING.md, "Twenty-third folder"); never the bare title.
    assert quotes(
        "President Jones will travel tomorrow.",
        "MS. ROE: The president said that no pardon was coming.",
    ) == [("indirect", "Jones", "no pardon was coming.")]
    assert quotes(
        "MS. ROE: The president said that no pardon was coming.",
        "President Jones will travel tomorrow.",
    ) == [("indirect", "Jones", "no pardon was coming.")]
    # (not when the text names two Presidents: either may be meant)
    assert (
        quotes(
            "MS. ROE: The president said that no pardon was coming.",
            "President Jones will travel tomorrow with President Smith.",
        )
        == []
    )
    assert (
        quotes(
            "PRESIDENT JONES: Thank you.",
            "PRESIDENT SMITH: Thank you. The President said that the plan was good.",
        )
        == []
    )
    # Nor a President of another country, whom the title does not mean: he is named by his
    # country's title (ANNOTATING.md, "Seventeenth and twenty-seventh folders again").
    assert quotes("MS. ROE: The Mexican President said that the plan was good.") == [
        ("indirect", "Mexican President", "the plan was good.")
    ]
    # A title more than one holds in a text (`the Secretary`) is not named so.
    assert quotes("MS. ROE: The Secretary said that the plan was good.") == []


def test_which_titles_a_text_leaves_to_no_one() -> None:
    assert sole_titles(["The President spoke.", "Q Mr. President, what now?"]) == frozenset(
        ["president", "vice president"]
    )
    # `Vice President Harris` names a Vice President, not a President.
    assert sole_titles(["Vice President Harris spoke."]) == frozenset(["president"])
    assert "president" not in sole_titles(["PRESIDENT BIDEN: Thank you."])
    assert "president" not in sole_titles(["Presidents Obama and Clinton spoke."])
    # Another country's President in the text: `the President` may mean either.
    assert "president" not in sole_titles(["The Mexican President called."])
    assert "president" not in sole_titles(["He met the President of France."])
    assert "president" in sole_titles(["The President of the United States spoke."])


def test_a_pronouns_short_auxiliary_and_a_subjects_intensifier() -> None:
    assert quotes("Senator John Roe spoke. He’s also said that the plan is dead.") == [
        ("indirect", "John Roe", "the plan is dead.")
    ]
    assert quotes("Senator John Roe himself said yesterday that the plan is dead.") == [
        ("indirect", "John Roe", "the plan is dead.")
    ]
    # `it’s said that …` is no one's; `that` the object before a place of saying is no clause.
    assert quotes("Senator John Roe spoke. It’s said that the plan is dead.") == []
    assert quotes("Senator John Roe spoke. He’s conveyed that publicly; he agrees.") == []
    assert quotes("Senator John Roe has said that publicly and he has said it often.") == []
    # `publicly` before `that`: the clause follows.
    assert quotes("Senator John Roe has said publicly and often that the plan is dead.") == [
        ("indirect", "John Roe", "the plan is dead.")
    ]


def test_a_dash_after_that_is_no_part_of_the_report() -> None:
    assert quotes("Senator John Roe said that — with respect to Gaza, the plan is dead.") == [
        ("indirect", "John Roe", "with respect to Gaza, the plan is dead.")
    ]
    assert quotes("Senator John Roe says that — that the plan is dead.") == [
        ("indirect", "John Roe", "the plan is dead.")
    ]
    # A dash inside the report stays in it.
    assert quotes("Senator John Roe said that the plan — all of it — is dead.") == [
        ("indirect", "John Roe", "the plan — all of it — is dead.")
    ]


def test_how_long_a_source_has_said_it() -> None:
    assert quotes("Senator John Roe has said for months that the plan is dead.") == [
        ("indirect", "John Roe", "the plan is dead.")
    ]
    assert quotes("Senator John Roe has said for months the plan is dead.") == [
        ("indirect", "John Roe", "the plan is dead.")
    ]
    assert quotes("Senator John Roe has said many times that the plan is dead.") == [
        ("indirect", "John Roe", "the plan is dead.")
    ]
    # `asked for months for …`: a request, no clause.
    assert quotes("Senator John Roe has asked for months for a plan.") == []


def test_it_as_the_object_of_a_verb_of_saying() -> None:
    # `says it — …`: the words after the dash are the speaker's aside.
    assert (
        quotes(
            "Senator John Roe is here. And he says it — I’m going to pull out his statement — "
            "to your question."
        )
        == []
    )
    # `said it was …`: `it` opens the clause.
    assert quotes("Senator John Roe said it was dead.") == [
        ("indirect", "John Roe", "it was dead.")
    ]


def test_a_belief_is_no_report() -> None:
    # ANNOTATING.md: `believes` is no verb of saying (`Does the President believe that …?`).
    assert quotes("Senator John Roe believes that the plan is dead.") == []
    assert quotes("Q Does Senator John Roe believe that the plan is dead?") == []
    assert quotes("Senator John Roe argued that the plan is dead.") == [
        ("indirect", "John Roe", "the plan is dead.")
    ]


def test_a_report_in_a_questions_when_clause_ends_before_the_question() -> None:
    assert quotes(
        "MS. ROE: Go ahead.",
        "Q When Senator John Roe says that the plan is dead, how can you ensure it?",
    ) == [("indirect", "John Roe", "the plan is dead")]
    # A comma inside the report, before words that open no question, stays in it.
    assert quotes(
        "MS. ROE: Go ahead.",
        "Q When Senator John Roe says that the plan, in full, is dead, is that right?",
    ) == [("indirect", "John Roe", "the plan, in full, is dead")]
    # Not a question: the report inside the opening `when` clause ends before the main clause
    # all the same (spanend round, as dev37's gold has `Because even after X said that A, he
    # chose …`; the question's test alone used to leave `, we listen` in it).
    assert quotes(
        "MS. ROE: Go ahead.",
        "When Senator John Roe says that the plan is dead, we listen.",
    ) == [("indirect", "John Roe", "the plan is dead")]


def test_a_questions_when_you_say_reports_the_one_asked() -> None:
    turns = (
        "MR. JOHN KIRBY: Thank you.",
        "Q When you say that the U.S. requires Israel to obey the law, how can you ensure that?",
    )
    assert quotes(*turns) == [
        ("indirect", "John Kirby", "the U.S. requires Israel to obey the law")
    ]
    # `When did you say …?` asks when; it reports nothing.
    assert quotes(turns[0], "Q When did you say that the U.S. requires Israel to obey?") == []


def test_the_title_check_is_linear() -> None:
    # (each paragraph's search is one call: the count grows with the paragraphs; their length is
    # benchmarks/bench_hostile.py's to time)
    small, large = near_linear(lambda n: sole_titles(["The President spoke. " * 200] * n), 20)
    assert "president" in small and "president" in large
    assert _titled("Remarks by the President", "The president said that the plan is dead.") == [
        ("indirect", "President", "the plan is dead.")
    ]
