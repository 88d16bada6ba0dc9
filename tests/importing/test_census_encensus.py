"""English shapes taken with the recall census of 1,036 unlabelled White House texts
(docs/IMPORT-RULES.md, "The recall census"): a question's `You said you …` (a clause whose subject
is `you`, no `that`), the asker's own question after it ending the report (`…, but can you say …?`),
`what X said: A` (a clause after the colon), and a lawmaker's label with party and state in brackets
(`Sen. Jane Roe (R-TN): “…”`). Each with the near shapes that must not be taken (the sentences here
are written for the tests)."""

from __future__ import annotations

import pytest

from pressreader.importing.annotate import annotate

from .helpers import quotes


def _titled(title: str, *paragraphs: str) -> list[tuple[str, str, str]]:
    found = annotate([(None, list(paragraphs))], title=title)
    return [(quote.kind, quote.speaker, quote.text) for quote in found.quotes]


INTRO_BIDEN = "President Joe Biden spoke in Ohio."
TITLE = "Press Briefing by Press Secretary Jane Roe"


# --- `You said you …` in a question -------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "report"),
    [
        (
            "Q You said you needed more time to look at it. Is there any update?",
            "you needed more time to look at it.",
        ),
        (
            "Q When you said you didn’t expect any changes, did you mean the rule?",
            "you didn’t expect any changes",
        ),
        ("Q Earlier, you said you would go to Ohio. When?", "you would go to Ohio."),
    ],
)
def test_a_questions_you_said_you_reports_the_one_asked(question: str, report: str) -> None:
    found = _titled(TITLE, "MS. ROE: Good afternoon.", question, "MS. ROE: We are looking at it.")
    assert found == [("indirect", "Jane Roe", report)]


@pytest.mark.parametrize(
    "question",
    [
        "Q I think you know the answer. Is there any update?",  # no verb of saying
        "Q As I said you know, the plan is late. Is there any update?",  # the filler
        "Q Did you say you would go?",  # asks and reports nothing
        "Q You said it exactly right. Is there any update?",  # `it` the object
    ],
)
def test_the_near_shapes_of_you_said_report_nothing(question: str) -> None:
    found = _titled(TITLE, "MS. ROE: Good afternoon.", question, "MS. ROE: We are looking at it.")
    assert found == []


def test_the_askers_own_question_ends_the_report() -> None:
    question = (
        "Q I know you said you can’t get into details here, but can you say if there are "
        "concessions on the table?"
    )
    found = _titled(TITLE, "MS. ROE: Good afternoon.", question, "MS. ROE: No.")
    assert found == [("indirect", "Jane Roe", "you can’t get into details here")]
    question = "Q You said that the talks went well, but could you tell us more?"
    found = _titled(TITLE, "MS. ROE: Good afternoon.", question, "MS. ROE: No.")
    assert found == [("indirect", "Jane Roe", "the talks went well")]


# --- `what X said: A` ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        (
            "MS. ROE: I would point you back to what the President said: They had a good talk.",
            "They had a good talk.",
        ),
        (
            "MS. ROE: It is pretty much what the President has said: All Americans can protest.",
            "All Americans can protest.",
        ),
    ],
)
def test_what_x_said_then_a_clause_after_the_colon_reports_x(sentence: str, report: str) -> None:
    found = _titled(TITLE, "President Joe Biden met the Prime Minister.", sentence)
    assert found == [("indirect", "Joe Biden", report)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Q Just following up on what the President said: How will you pay for it?",  # a question
        "MS. ROE: The President said: “They had a good talk.”",  # marks: a direct quote's lead-in
        "MS. ROE: The view from Park Avenue says: The rich will do well.",  # no `what`
        "MS. ROE: What the President said: they had a good talk.",  # no capital after the colon
    ],
)
def test_the_near_shapes_of_what_x_said_give_no_indirect_quote(sentence: str) -> None:
    found = _titled(TITLE, "President Joe Biden met the Prime Minister.", sentence)
    assert [quote for quote in found if quote[0] == "indirect"] == []


# --- a label with party and state ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Sen. Jane Roe (R-TN)", "Jane Roe"),
        ("Rep. Jane Roe (D-NY)", "Jane Roe"),
        ("Rep. Jane Roe (D-Calif.)", "Jane Roe"),
        ("Rep. Jane Roe (R-NY-21)", "Jane Roe"),
        ("Chairwoman Jane Roe (R-MI)", "Jane Roe"),
    ],
)
def test_a_label_with_party_and_state_names_the_lawmaker(label: str, name: str) -> None:
    found = quotes("Lawmakers praised the plan.", f"{label}: “The plan puts workers first.”")
    assert found == [("direct", name, "The plan puts workers first.")]


@pytest.mark.parametrize(
    "label",
    [
        "On trade (R-TN)",  # a topic, not a name
        "Republicans (R-TN)",  # a group, no name
    ],
)
def test_a_bracket_that_is_no_party_leaves_the_label_alone(label: str) -> None:
    found = quotes("Lawmakers praised the plan.", f"{label}: “The plan puts workers first.”")
    assert found == []


# --- a body's one-word name as a label ----------------------------------------------------------


@pytest.mark.parametrize("label", ["Palantir", "xAI", "EcoMadres", "Arm"])
def test_a_one_word_name_opening_the_paragraph_is_a_body(label: str) -> None:
    found = quotes(
        "Companies praised the plan.", f"{label}: “We commend the plan and its authors.”"
    )
    assert found == [("direct", label, "We commend the plan and its authors.")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Example: “We commend the plan and its authors.”",  # a rubric
        "AUDIENCE: “We commend the plan and its authors.”",  # a transcript's turn
        # a list run on of headlines (each item's label is read as a paragraph's head, and a
        # headline is the title of a work: test_census_enrec.py)
        "Axios: “A Win for the Plan” - Semafor: “Another Win for the Plan”",
    ],
)
def test_a_rubric_a_turn_or_a_list_is_no_one_word_body(paragraph: str) -> None:
    assert quotes("Companies praised the plan.", paragraph) == []


# --- a question's `you said, “…”` ---------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Q And you said yesterday, Jane, “The talks will go on.” Is that still true?",
        "Q When you were asked about it, you said, “The talks will go on.”",
        "Q And you said, you know, “The talks will go on.” What changed?",
        "Q You’ve said, “The talks will go on.” Why?",
    ],
)
def test_a_questions_you_said_quotation_is_the_one_askeds(question: str) -> None:
    found = _titled(TITLE, "MS. ROE: Good afternoon.", question, "MS. ROE: Yes.")
    assert found == [("direct", "Jane Roe", "The talks will go on.")]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # asks and reports nothing
        ("MS. ROE: Good afternoon.", "Q Did you say, “The talks will go on”?", "MS. ROE: Yes."),
        # not in a question: the speaker to a guest
        ("MS. ROE: Good afternoon. You said, “The talks will go on.”",),
    ],
)
def test_a_you_said_quotation_asked_or_outside_a_question_is_no_ones(
    paragraphs: tuple[str, ...],
) -> None:
    assert _titled(TITLE, *paragraphs) == []


# --- how often or how long ago, between the verb and `that` -----------------------------------


@pytest.mark.parametrize(
    "between",
    ["a few days ago", "a couple times just now", "a couple of times", "time and again",
     "two weeks ago", "a moment ago", "over and over again"],
)  # fmt: skip
def test_how_often_or_how_long_ago_before_that_keeps_the_report(between: str) -> None:
    found = quotes(INTRO_BIDEN, f"President Biden said {between} that the plan would pass.")
    assert found == [("indirect", "Joe Biden", "the plan would pass.")]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Biden said a few things that the aides liked.",  # a count of things
        "President Biden said two words that the aides liked.",
    ],
)
def test_a_count_of_things_before_that_is_no_time(sentence: str) -> None:
    assert quotes(INTRO_BIDEN, sentence) == []


# --- a place or a role set off before a label's titled name --------------------------------------


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Maine – Governor Jane Roe", "Jane Roe"),
        ("Superior, Arizona Mayor Jane Roe", "Jane Roe"),
        ("Assistant Democratic Leader, South Carolina Congressman John Poe", "John Poe"),
    ],
)
def test_a_place_or_role_before_a_labels_name_leaves_the_name(label: str, name: str) -> None:
    found = quotes("Leaders praised the grants.", f"{label}: “This funding is historic.”")
    assert found == [("direct", name, "This funding is historic.")]


@pytest.mark.parametrize(
    "label",
    [
        "Maine – Broadband",  # a place and a topic, no name
        "In Maine, the Governor",  # a title with no name
    ],
)
def test_a_place_before_no_name_gives_no_speaker(label: str) -> None:
    assert quotes("Leaders praised the grants.", f"{label}: “This funding is historic.”") == []


# --- `Speaker` is a title -----------------------------------------------------------------------


def test_speaker_is_a_title_not_part_of_the_name() -> None:
    found = quotes("Speaker Jane Roe said that the House will vote on Friday.")
    assert found == [("indirect", "Jane Roe", "the House will vote on Friday.")]
    found = quotes("Speaker Jane Roe (R-LA): “The House will vote on Friday.”")
    assert found == [("direct", "Jane Roe", "The House will vote on Friday.")]


def test_a_pronoun_after_a_speaker_no_one_holds_names_no_one() -> None:
    found = quotes(
        "Secretary John Poe said that the aid will flow.",
        "Q And the Speaker also said that he wants details. He says that he has no answers.",
    )
    assert found == [("indirect", "John Poe", "the aid will flow.")]


def test_a_headline_under_an_outlets_one_word_name_is_a_title() -> None:
    assert quotes("Newsweek: “Republicans Complain About the Budget”") == []


def test_the_speaker_before_the_text_names_its_one_holder_is_that_holder() -> None:
    found = quotes(
        "Q And the Speaker also said that he wants details. He says that he has no answers.",
        "MS. ROE: We have talked to Speaker Johnson about it.",
    )
    assert found == [
        ("indirect", "Johnson", "he wants details."),
        ("indirect", "Johnson", "he has no answers."),
    ]


def test_the_speaker_of_a_text_naming_two_holders_is_no_one() -> None:
    found = quotes(
        "Q And the Speaker also said that he wants details.",
        "MS. ROE: Speaker Pelosi and then Speaker McCarthy worked with us.",
    )
    assert found == []
