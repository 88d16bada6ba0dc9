"""The enpron round (English sources named by a pronoun or a document in briefings and
transcripts; docs/IMPORT-RULES.md, "The enpron round"): a readout named with its issuer before the
noun (`the Kremlin readout said that A`); `They` after a sentence in the first person that names a
readout or a statement from a body (`We just got a readout from the Kremlin. They say that A`); and
`He said A` after a question's sentence that opens, past the one asked, with an unnamed spokesperson
of a body (`Q Jake, a Hamas spokesperson … rejected the plan. He said A`). Each with the near shapes
that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_ANSWER = "MR. SULLIVAN: Well, look, I would say this."


# --- `the X readout said that A` ---------------------------------------------------------------


def test_a_readout_with_its_issuer_before_it_is_the_issuers() -> None:
    found = quotes(
        "Q Jake, the Kremlin readout said that President Putin proposed that both sides lift "
        "all restrictions on diplomatic missions. Can you say whether that is on the table?",
        _ANSWER,
    )
    assert found == [
        (
            "indirect",
            "Kremlin",
            "President Putin proposed that both sides lift all restrictions on diplomatic "
            "missions.",
        )
    ]


def test_a_statement_with_its_issuer_before_it_is_the_issuers() -> None:
    found = quotes(
        "Q Karine, the White House statement said that the President would travel to Ohio "
        "next week. Is that still the plan?",
        "MS. JEAN-PIERRE: It is.",
    )
    assert found == [("indirect", "White House", "the President would travel to Ohio next week.")]


def test_a_readout_under_a_countrys_adjective_names_no_issuer() -> None:
    # (`The Chinese readout …`: the text does not say who issued it; ANNOTATING.md,
    # "Twenty-ninth folder")
    found = quotes(
        "Q Jake, the Chinese readout said that President Xi proposed that both sides lift all "
        "restrictions on diplomatic missions. Can you say whether that is on the table?",
        _ANSWER,
    )
    assert all(speaker != "Chinese" for _, speaker, _ in found)


# --- `We just got a readout from X. They say that A` -------------------------------------------


def test_they_after_a_readout_from_a_body_is_the_body() -> None:
    found = quotes(
        "Q And just another follow-up question. We just got a readout from the Kremlin. They "
        "say that they have received no formal request to assist with the attacks. What is the "
        "administration’s response?",
        _ANSWER,
    )
    assert found == [
        (
            "indirect",
            "Kremlin",
            "they have received no formal request to assist with the attacks.",
        )
    ]


def test_they_after_a_statement_from_a_body_is_the_body() -> None:
    found = quotes(
        "Q We just saw a statement from the Pentagon. They said that the strikes would go on "
        "through the weekend. Can you confirm that?",
        _ANSWER,
    )
    assert found == [("indirect", "Pentagon", "the strikes would go on through the weekend.")]


def test_they_after_a_first_person_sentence_naming_no_document_is_none() -> None:
    # (`a call from the Kremlin` is no document that speaks; `they` in a transcript is several
    # people the rules do not name)
    found = quotes(
        "Q We just got a call from the Kremlin. They say that they have received no formal "
        "request. What is the response?",
        _ANSWER,
    )
    assert found == []


def test_he_after_a_readout_from_a_body_is_none() -> None:
    # (`he` is a person, never the body whose readout the sentence before names)
    found = quotes(
        "Q We just got a readout from the Kremlin. He says that they have received no formal "
        "request. What is the response?",
        _ANSWER,
    )
    assert all(speaker != "Kremlin" for _, speaker, _ in found)


# --- `Q Jake, a Hamas spokesperson … He said A` ------------------------------------------------


def test_he_after_an_unnamed_spokesperson_in_a_question_is_the_body() -> None:
    found = quotes(
        "Q Jake, a Hamas spokesperson, this afternoon, essentially rejected the ceasefire plan "
        "that President Biden laid out. He said they would not agree to a plan until Israel laid "
        "out its terms. I mean, how disappointing is that for you?",
        _ANSWER,
    )
    assert found == [
        (
            "indirect",
            "Hamas",
            "they would not agree to a plan until Israel laid out its terms.",
        )
    ]


def test_she_after_an_unnamed_spokesperson_goes_on_naming_the_body() -> None:
    found = quotes(
        "Q Karine, the State Department spokeswoman rejected the report this morning. She said "
        "the embassy would stay open. She also said the staff were safe. Do you agree?",
        "MS. JEAN-PIERRE: I do.",
    )
    assert found == [
        ("indirect", "State Department", "the embassy would stay open."),
        ("indirect", "State Department", "the staff were safe."),
    ]


def test_they_after_the_spokespersons_words_is_not_the_body() -> None:
    # (dev34: `They have reaffirmed that …` after another's words is Israel's, not Hamas's)
    found = quotes(
        "Q Jake, a Hamas spokesperson rejected the plan that President Biden laid out. He said "
        "they would not agree to a plan until Israel laid out its terms. How disappointing is "
        "that?",
        "MR. SULLIVAN: The Prime Minister’s own advisor went out publicly and said they accepted "
        "the proposal. They have reaffirmed that they have accepted the proposal.",
    )
    assert ("indirect", "Hamas", "they have accepted the proposal.") not in found


def test_a_named_spokesperson_is_no_unnamed_one() -> None:
    # (`the State Department spokesman, Matthew Miller,`: the text names him; his words are his)
    found = quotes(
        "Q Karine, the State Department spokesman, Matthew Miller, rejected the report. He said "
        "the embassy would stay open. Do you agree?",
        "MS. JEAN-PIERRE: I do.",
    )
    assert all(speaker != "State Department" for _, speaker, _ in found)


def test_a_name_and_its_apposition_outside_a_question_is_no_address() -> None:
    # (a speech's `And Mary Barra, the Chairman of General Motors, was suing …` names Mary Barra:
    # the words before the comma are no one asked; an audit import this round first broke)
    found = quotes(
        "THE PRESIDENT: And Mary Barra, the Chairman of General Motors, was suing the state of "
        "California. And about two weeks later, she gave me a call. She said, “I dropped the "
        "suit.”",
    )
    assert found == [("direct", "Mary Barra", "I dropped the suit.")]


def test_so_before_a_title_is_no_address() -> None:
    # (`So, the President asked for …` opens with a discourse word, no one asked)
    found = quotes(
        "Q So, the President asked for a statement that would send a warning to the Houthis "
        "that they will bear full consequences. Is that right?",
        _ANSWER,
    )
    assert all(speaker != "President" for _, speaker, _ in found)
