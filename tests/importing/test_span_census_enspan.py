"""English span shapes taken with the span census of 220 quotes imported from 617 unlabelled
White House texts (docs/IMPORT-RULES.md, "What it finds", "Since the English span census"): a report
ends before the source's next act joined by `and` in the verb of saying's own form (`declared that
A and ordered …`, `is announcing that A and is calling …`), and a quotation whose closing mark the
source left out ends before the release's bracketed note of where it was given (`… \\[Tweet,
7.8.22\\]`). Each with the near shapes that must be left alone (the sentences here are written for
the tests)."""

from __future__ import annotations

import pytest

from .helpers import quotes

HARRIS = "Vice President Kamala Harris traveled to London."
ROE = "Secretary of Labor Jane Roe spoke in Ohio."


# --- the source's next act, in the verb of saying's own form -------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "report"),
    [
        (
            (
                "Today, President John Doe declared that an emergency exists in the State of "
                "Louisiana and ordered Federal assistance to supplement State and local efforts.",
            ),
            ("John Doe", "an emergency exists in the State of Louisiana"),
        ),
        (
            (
                "Today, President John Doe declared that a major disaster exists for the Navajo "
                "Nation and also ordered the release of federal funds to the Tribe.",
            ),
            ("John Doe", "a major disaster exists for the Navajo Nation"),
        ),
        (
            (
                HARRIS,
                "The Vice President is announcing that 31 nations have joined the United States "
                "in endorsing this Declaration and is calling on others to join.",
            ),
            (
                "Kamala Harris",
                "31 nations have joined the United States in endorsing this Declaration",
            ),
        ),
        (
            (
                ROE,
                "Secretary Roe has announced that the grants are open to every state and has "
                "directed her staff to process them quickly.",
            ),
            ("Jane Roe", "the grants are open to every state"),
        ),
    ],
)
def test_a_report_ends_before_the_sources_next_act_in_its_verbs_form(
    paragraphs: tuple[str, ...], report: tuple[str, str]
) -> None:
    assert quotes(*paragraphs) == [("indirect", *report)]


@pytest.mark.parametrize(
    ("paragraphs", "report"),
    [
        (  # a past in the clause: the joined verb may be the clause's
            (
                ROE,
                "Secretary Roe said that the state hired 500 nurses and opened three clinics in "
                "rural counties last year.",
            ),
            "the state hired 500 nurses and opened three clinics in rural counties last year.",
        ),
        (  # an adjective in -ed before the noun that ends the sentence
            (
                ROE,
                "Secretary Roe announced the state will invest $5 billion to deliver new trucks "
                "and advanced batteries.",
            ),
            "the state will invest $5 billion to deliver new trucks and advanced batteries.",
        ),
        (  # a participle after `and`, no object after it
            (ROE, "Secretary Roe said the report is final and embargoed until Monday morning."),
            "the report is final and embargoed until Monday morning.",
        ),
        (  # the words in marks: the quotation's, not the narration's
            (ROE, "Secretary Roe said the state is “ready to act and ordered the first doses.”"),
            "the state is “ready to act and ordered the first doses.”",
        ),
        (  # another form than the verb of saying's (`has promised`, `is acting`)
            (
                ROE,
                "Secretary Roe has promised that the state will be an arsenal of vaccines and is "
                "acting with the same urgency abroad.",
            ),
            "the state will be an arsenal of vaccines and is acting with the same urgency abroad.",
        ),
        (  # the clause's own `is … -ing` before the joined one
            (
                HARRIS,
                "The Vice President is announcing that the agency is hiring nurses and is opening "
                "clinics across the state.",
            ),
            "the agency is hiring nurses and is opening clinics across the state.",
        ),
    ],
)
def test_the_near_shapes_of_the_joined_act_keep_the_clause(
    paragraphs: tuple[str, ...], report: str
) -> None:
    found = quotes(*paragraphs)
    assert [quote[2] for quote in found] == [report]


# --- a release's bracketed note after a quotation left open -------------------------------------

LABEL = "Rep. Jane Roe: "
WORDS = "This order is an important step. Now we must pass the bill."


@pytest.mark.parametrize(
    "paragraph",
    [
        f"{LABEL}“{WORDS} \\[Tweet, 7.8.22\\]",
        f"{LABEL}“{WORDS} [Statement, 6/26/23]",
        f"{LABEL}“{WORDS}” \\[Tweet, 7.8.22\\]",
    ],
)
def test_a_quotation_left_open_ends_before_the_releases_note(paragraph: str) -> None:
    assert quotes(paragraph) == [("direct", "Jane Roe", WORDS)]


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        (  # brackets of the speaker's own, no date in them
            "Rep. Jane Roe: “This order is an important step. We thank \\[the President\\]",
            "This order is an important step. We thank \\[the President\\]",
        ),
        (  # a note in the middle of the paragraph, words of the quotation after it
            "Rep. Jane Roe: “This order is an important step [Tweet, 7.8.22] and more must come.",
            "This order is an important step [Tweet, 7.8.22] and more must come.",
        ),
    ],
)
def test_the_near_shapes_of_the_note_stay_in_the_quotation(paragraph: str, text: str) -> None:
    assert quotes(paragraph) == [("direct", "Jane Roe", text)]
