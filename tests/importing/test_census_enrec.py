"""English shapes taken with the recall census of news-shaped White House texts (releases,
readouts, statements, fact sheets, articles; docs/IMPORT-RULES.md, "What it finds"): a list run into
one paragraph (`… neglect. - President Trump: “…” - On tariffs: “…”`), each item's head read as
a paragraph's head: a label, an excerpt under a label naming its speaker, a quotation after a
paragraph naming its source before a colon; and a lead-in of one sentence ending in a colon
whose subject, a titled or known person, follows a phrase with commas (`Following …, which …,
National Climate Advisor Jane Roe released the following statement:`). Each with the near shapes
that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

import pytest

from .helpers import quotes

# --- a label at the head of a list's item --------------------------------------------------------


def test_a_label_at_the_head_of_a_lists_item_names_the_speaker() -> None:
    assert quotes(
        "Agencies ended the programs in January. - President Jane Roe: “We will end every "
        "wasteful program.” - Secretary of Energy John Doe: “The savings are real.”"
    ) == [
        ("direct", "Jane Roe", "We will end every wasteful program."),
        ("direct", "John Doe", "The savings are real."),
    ]


def test_a_bodys_label_at_the_head_of_a_lists_item() -> None:
    assert quotes(
        "Companies are investing. - Harbor Pilots Association: “This is a 25% increase in "
        "investment.” - Acme: “We will build two plants in Ohio.”"
    ) == [
        ("direct", "Harbor Pilots Association", "This is a 25% increase in investment."),
        ("direct", "Acme", "We will build two plants in Ohio."),
    ]


def test_outlets_one_word_labels_in_a_list_run_into_one_paragraph() -> None:
    # Each item's label is read as at a paragraph's head: statements, not headlines.
    assert quotes(
        "Companies praised the plan.",
        "Axios: “A win for the plan.” - Reuters: “Another win for the plan.”",
    ) == [
        ("direct", "Axios", "A win for the plan."),
        ("direct", "Reuters", "Another win for the plan."),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a rubric in capitals names no one
        "Here are the promises. - PROMISE MADE: “We will close the border.” (10/12/24)",
        # a topic before the colon names no one, even in capitalised words joined by `and`
        "Here are the promises. - Seal the border: “We will close the border.”",
        "Here are the promises. - Deport Cartel Smugglers and Revoke Student Visas: “We will act.”",
        # an outlet's headline read out (no stop at its end) is the title of a work
        "Investment is booming. - Newsweek: “Chipmaker’s Promise Is a Sign of the Times”",
    ],
)
def test_near_shapes_of_a_lists_label_give_no_quote(paragraph: str) -> None:
    assert quotes(paragraph) == []


# --- excerpts under a label naming their speaker, run into one paragraph -------------------------


def test_excerpts_run_into_one_paragraph_are_the_labels_speakers() -> None:
    assert quotes(
        "Secretary Jane Roe on Face the Nation",
        "On the border: “We closed it.” - On tariffs: “Prices will fall.”",
    ) == [
        ("direct", "Jane Roe", "We closed it."),
        ("direct", "Jane Roe", "Prices will fall."),
    ]


def test_an_excerpts_topic_names_no_one_under_the_label() -> None:
    # `On Houthi attacks …:` is the topic: its capitalised words are no lead-in's subject.
    assert quotes(
        "Secretary Jane Roe on Face the Nation",
        "On Houthi attacks in the Red Sea: “They struck 174 times.” - On U.S. strikes against "
        "Houthi targets: “This was an overwhelming response.”",
        "On U.S. strikes against Houthi targets: “These were not pinprick attacks.”",
    ) == [
        ("direct", "Jane Roe", "They struck 174 times."),
        ("direct", "Jane Roe", "This was an overwhelming response."),
        ("direct", "Jane Roe", "These were not pinprick attacks."),
    ]
    # Not a time before a lead-in's subject (`On Monday, X said: “…”`), nor with no label.
    assert quotes(
        "Secretary Jane Roe on Face the Nation",
        "On Monday, Governor John Doe said: “We are ready.”",
    ) == [("direct", "John Doe", "We are ready.")]


def test_an_item_that_is_narration_or_no_label_takes_no_excerpt() -> None:
    # An item of another kind is nobody's excerpt; with no label before, none is anybody's.
    assert quotes(
        "Secretary Jane Roe on Face the Nation",
        "On the border: “We closed it.” - The Secretary visited Texas on Monday, the “Lone "
        "Star State.”",
    ) == [("direct", "Jane Roe", "We closed it.")]
    assert (
        quotes(
            "The week was busy.",
            "On the border: “We closed it.” - On tariffs: “Prices will fall.”",
        )
        == []
    )


# --- quotations after a paragraph naming their source, run into one paragraph --------------------


def test_quotations_run_into_one_paragraph_after_a_colon_naming_their_source() -> None:
    assert quotes(
        "Demand is “boosting some U.S.-made goods,” writes The Wall Street Journal.",
        "Here are a few examples from the story:",
        "“Two customers came back.” - “Sales were 20% higher, said Mike Tan.”",
    ) == [
        ("direct", "The Wall Street Journal", "boosting some U.S.-made goods,"),
        ("direct", "The Wall Street Journal", "Two customers came back."),
        ("direct", "The Wall Street Journal", "Sales were 20% higher, said Mike Tan."),
    ]


def test_an_item_that_is_not_one_quotation_is_not_the_sources() -> None:
    assert quotes(
        "Demand is “boosting some U.S.-made goods,” writes The Wall Street Journal.",
        "Here are a few examples from the story:",
        "“Two customers came back.” - Some plants now run “around the clock” all year.",
    ) == [
        ("direct", "The Wall Street Journal", "boosting some U.S.-made goods,"),
        ("direct", "The Wall Street Journal", "Two customers came back."),
    ]
    # A hyphen inside a sentence (no stop, colon or closing mark before it) opens no item.
    assert quotes(
        "Demand is “boosting some U.S.-made goods,” writes The Wall Street Journal.",
        "Here are a few examples from the story:",
        "Sales rose - “a record year for the whole firm.”",
    ) == [("direct", "The Wall Street Journal", "boosting some U.S.-made goods,")]


# --- a lead-in paragraph whose subject follows a phrase with commas ------------------------------


def test_a_lead_in_whose_subject_follows_a_long_phrase_names_the_quotations_speaker() -> None:
    assert quotes(
        # (`Versatile, Advanced Nuclear for …`: a name's words after a comma, no subject)
        "Following the signing of S. 870, which included the Deployment of Versatile, Advanced "
        "Nuclear for Clean Energy Act, National Climate Advisor Jane Roe released the following "
        "statement:",
        "“Today the President signed the Act. It is a win.",
        "“The law helps the agency hire engineers.”",
    ) == [
        ("direct", "Jane Roe", "Today the President signed the Act. It is a win."),
        ("direct", "Jane Roe", "The law helps the agency hire engineers."),
    ]
    assert quotes(
        "President Jane Roe visited Kerrville.",
        "During a roundtable discussion with first responders and Texas leaders, President Roe "
        "praised the volunteers, saying:",
        "“They have done a great job.”",
    ) == [("direct", "Jane Roe", "They have done a great job.")]


@pytest.mark.parametrize(
    "lead_in",
    [
        # several people together
        "Following the signing of the Act, which passed in May after a long debate in both "
        "chambers, Jane Roe and John Doe released a joint statement:",
        # a group, no one named
        "In a letter to Congress, which met on Monday after a long recess, the governors wrote:",
        # a person named in the phrase, not the subject
        "After a long meeting with the visiting delegation, which included Jane Roe, Governor "
        "of Ohio, the officials released a statement:",
    ],
)
def test_near_shapes_of_a_long_lead_in_name_no_speaker(lead_in: str) -> None:
    assert quotes(lead_in, "“The law helps the agency hire engineers.”") == []
