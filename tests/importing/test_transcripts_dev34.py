"""English rules taken with the thirty-fourth development folder (docs/IMPORT-RULES.md, "The
thirty-fourth development folder" and "The thirty-fourth and thirtieth folders: reports at a turn's
head"): `So, as X said, A` after a turn's opening word, a second `as X said,` aside before the
clause, and `said clearly that A`; `the President` of a text with one President at a turn's head,
`has been very clear he’s …`, the cleft `What he said was Name was …`, `Governor Roe saying that A`,
`will say that …`, a noun's relative clause after the verb, `you said yesterday he believes that A`
and a gaggle title's `En Route`. Each with the near shapes that must not be taken (the sentences
here are written for the tests)."""

from __future__ import annotations

from pressreader.importing.annotate import annotate

from .helpers import quotes

# --- `So, as X said, A` --------------------------------------------------------------------------


def test_as_x_said_after_a_turns_opening_word_reports_x() -> None:
    found = quotes("MS. POE: So, as Secretary Jane Roe said last month, she has no plans to leave.")
    assert found == [("indirect", "Jane Roe", "she has no plans to leave.")]
    found = quotes("MS. POE: Well, as Leader Jane Roe has said, the vote will come in July.")
    assert found == [("indirect", "Jane Roe", "the vote will come in July.")]
    found = quotes("MR. DOE: And, as Dr. Jane Roe said, it is more than all the others combined.")
    assert found == [("indirect", "Jane Roe", "it is more than all the others combined.")]


def test_as_x_said_after_an_opening_word_with_no_source_or_the_speakers_own_words_is_no_quote() -> (
    None
):
    assert quotes("MS. POE: So, as I said, the ships will sail on Monday.") == []
    assert quotes("MS. POE: So, as a result, the ships will sail on Monday.") == []
    assert quotes("Q Senator Jane Roe spoke today.", "MS. POE: So, as she said, we will act.") == []
    # several together, an aside of the speaker's own, a conjunction, the speaker's first person
    assert quotes("MS. POE: So, as Dr. Jane Roe and Dr. John Doe said, cases will rise.") == []
    assert (
        quotes(
            "MS. POE: Well, as Jane Roe noted — you may have seen the readout, but just in case "
            "you didn’t — the President spoke today."
        )
        == []
    )
    assert quotes("MS. POE: So, as Jane Roe said, and I’ll reiterate, get vaccinated.") == []
    assert quotes("MS. POE: Now, as Jane Roe said, this was a priority of mine as governor.") == []


def test_as_the_president_said_after_an_opening_word_of_a_briefing_naming_one_in_passing() -> None:
    # `the President` of a briefing whose turns name President Roe of Freedonia in passing: no
    # one plainly, and a later `He` still names the one it named before
    found = quotes(
        "MS. POE: President John Doe signed the bill today.",
        "MS. POE: It pads the pockets of President Roe of Freedonia, which we do not want.",
        "MS. POE: So, as the President has said, we carved out payments for energy.",
        "Q The President has braced people for this, right? He said that liberty has a cost.",
    )
    assert ("indirect", "John Doe", "liberty has a cost.") in found
    assert all(quote[2] != "we carved out payments for energy." for quote in found)


# --- a second aside ------------------------------------------------------------------------------


def test_a_second_as_x_said_aside_is_no_part_of_the_report() -> None:
    found = quotes(
        "MS. POE: Look, as Senator Jane Roe said last night, as she said this morning, when the "
        "House gets back, we’ll make decisions."
    )
    assert found == [("indirect", "Jane Roe", "when the House gets back, we’ll make decisions.")]


def test_an_as_clause_that_is_no_aside_stays_in_the_report() -> None:
    found = quotes("MS. POE: As Dr. Jane Roe said, as the variant spreads, we will see more cases.")
    assert found == [("indirect", "Jane Roe", "as the variant spreads, we will see more cases.")]


# --- `said clearly that` -------------------------------------------------------------------------


def test_said_clearly_that_reports_like_said_that() -> None:
    found = quotes("Q Senator Jane Roe said pretty clearly that she has no authority to do it.")
    assert found == [("indirect", "Jane Roe", "she has no authority to do it.")]
    found = quotes(
        "MS. POE: Senator Jane Roe, as you know, said very clearly that she is committed."
    )
    assert found == [("indirect", "Jane Roe", "she is committed.")]


def test_said_clearly_before_a_preposition_and_that_is_no_report() -> None:
    assert quotes("MS. POE: Senator Jane Roe said clearly in that statement what she wants.") == []


# --- `will say that …` ------------------------------------------------------------------------


def test_what_a_source_will_say_is_no_report() -> None:
    assert quotes("TUR: The President will say that the plan is part of what works.") == []
    assert quotes("Senator Jane Roe spoke.", "She is going to say that the bill is ready.") == []


def test_what_a_source_would_say_or_says_is_a_report() -> None:
    found = quotes("Senator Jane Roe spoke.", "She would say that the bill is ready.")
    assert found == [("indirect", "Jane Roe", "the bill is ready.")]


# --- `the President` of a text that gives the title to one person ------------------------------


def test_the_president_at_a_turns_head_is_the_one_president_the_text_names() -> None:
    # (before he is named, as later; a turn's label blanked before its sentence, `As …`, `So,
    # as …`, and `made clear that` read the same as after `Thanks.`)
    found = quotes(
        "MS. POE: As the President has said before, the vote was one of our darkest moments.",
        "MS. POE: So, as the President has made clear, if Freedonia chooses war, we will respond.",
        "MR. LEE: The President made it clear that our policy will depend on their steps.",
        "Q Is the trip of President John Smith still on?",
    )
    assert found == [
        ("indirect", "John Smith", "the vote was one of our darkest moments."),
        ("indirect", "John Smith", "if Freedonia chooses war, we will respond."),
        ("indirect", "John Smith", "our policy will depend on their steps."),
    ]
    found = quotes(
        "MS. POE: The President has always been clear: He is willing to work with them.",
        "MS. POE: I spoke to the President.",
    )
    assert found == [("indirect", "President", "He is willing to work with them.")]


def test_the_president_at_a_turns_head_of_a_text_naming_two_presidents_is_no_one() -> None:
    # (which of the two the turn means, the words do not say)
    found = quotes(
        "MS. POE: President John Smith spoke to President Jim Roe of Freedonia today.",
        "MS. POE: As the President has said before, the vote was one of our darkest moments.",
        "MR. LEE: The President made it clear that our policy will depend on their steps.",
    )
    assert found == []


# --- `has been very clear he’s …` --------------------------------------------------------------


def test_been_clear_before_a_contracted_subject_reports_its_clause() -> None:
    found = quotes("Senator Jane Roe has always been very clear she’s going to keep working.")
    assert found == [("indirect", "Jane Roe", "she’s going to keep working.")]
    found = quotes("Senator Jane Roe spoke.", "And she’s been very clear they’ll vote in June.")
    assert found == [("indirect", "Jane Roe", "they’ll vote in June.")]


def test_been_clear_before_no_clause_is_no_report() -> None:
    assert quotes("Senator Jane Roe has always been very clear about a couple of things.") == []
    assert quotes("Senator Jane Roe has been very clear with them on this point.") == []


# --- `What he said was Name was …` ------------------------------------------------------------


def test_a_cleft_before_a_name_and_its_verb_reports_the_clause() -> None:
    found = quotes("Senator Jane Roe spoke.", "What she said was Freedonia was a rational actor.")
    assert found == [("indirect", "Jane Roe", "Freedonia was a rational actor.")]


def test_a_cleft_before_a_name_without_a_verb_is_no_report() -> None:
    assert quotes("Senator Jane Roe spoke.", "What she said was Tuesday’s plan, not ours.") == []
    assert quotes("Senator Jane Roe spoke.", "What she said was Freedonia first.") == []


# --- `Governor Roe saying that A` -------------------------------------------------------------


def test_saying_that_right_after_a_name_is_the_names_report() -> None:
    found = quotes(
        "Q What about the response, particularly Governor Jane Roe saying that he was unfit?"
    )
    assert found == [("indirect", "Jane Roe", "he was unfit")]
    found = quotes("Q We had Senator Jane Roe saying that the bill would pass.")
    assert found == [("indirect", "Jane Roe", "the bill would pass.")]


def test_saying_that_after_a_name_after_a_preposition_is_not_the_names() -> None:
    # (the letter to her, the statement: not hers)
    assert (
        quotes("Q We saw a letter to Governor Jane Roe saying that the funds would run out.") == []
    )
    found = quotes("Q Governor Jim Poe sent Jane Roe a letter saying that the funds would run out.")
    assert found == [("indirect", "Jim Poe", "the funds would run out.")]


def test_saying_that_after_a_name_in_a_question_of_what_is_meant_is_no_report() -> None:
    assert quotes("Q Is Senator Jim Roe saying that he will act?") == []
    # (`the President` of a text of two Presidents: which one, the words do not say)
    found = quotes(
        "Q The Guild tweeted out the President saying that he wants a fair deal.",
        "Q And President Jim Roe and President Jane Poe met?",
    )
    assert found == []


# --- a noun and its relative clause after `laid out` -------------------------------------------


def test_that_with_a_modal_after_an_object_is_a_relative_clause() -> None:
    found = quotes(
        "Yesterday, Senator Jane Roe laid out a capital investment in America that will meet "
        "our needs."
    )
    assert found == []


def test_that_with_a_modal_right_after_the_verb_is_the_clauses_subject() -> None:
    found = quotes("Senator Jane Roe says that will allow workers to rest.")
    assert found == [("indirect", "Jane Roe", "that will allow workers to rest.")]


# --- `he` of a text of two Presidents ----------------------------------------------------------


def test_he_in_the_new_shapes_of_a_text_of_two_presidents_is_no_one() -> None:
    # (`he’s been very clear he’s …`, `What he said was Name was …`: which President, unsaid)
    found = quotes(
        "MS. POE: President John Smith met President Jim Roe of Freedonia.",
        "MS. POE: And, you know, he’s been very clear he’s willing to work with them.",
        "MS. POE: What he said was Freedonia was a rational actor.",
    )
    assert found == []
    found = quotes(
        "MS. POE: Senator John Smith spoke.",
        "MS. POE: And, you know, he’s been very clear he’s willing to work with them.",
        "MS. POE: What he said was Freedonia was a rational actor.",
    )
    assert found == [
        ("indirect", "John Smith", "he’s willing to work with them."),
        ("indirect", "John Smith", "Freedonia was a rational actor."),
    ]


# --- a question's `you said yesterday he …`; a gaggle's title `… En Route Vail, CO` ------------


def test_said_and_a_time_before_a_pronouns_clause_reports_the_whole_clause() -> None:
    paragraphs = ["MS. POE: Sure.", "Q I know that you said yesterday he believes that it should."]
    found = annotate([(None, paragraphs)], "Press Gaggle by Press Secretary Jane Poe").quotes
    assert [(quote.speaker, quote.text) for quote in found] == [
        ("Jane Poe", "he believes that it should.")
    ]


def test_said_and_a_time_and_its_words_before_that_reports_after_that() -> None:
    found = quotes("Senator Jane Roe said in an interview on Tuesday that the bill should pass.")
    assert found == [("indirect", "Jane Roe", "the bill should pass.")]
    # (a pronoun further on is the time's own clause: `what X said yesterday when he said that A`)
    found = quotes(
        "Senator Jane Roe spoke.",
        "Senator Jim Poe said yesterday when he spoke that the bill should pass.",
    )
    assert found == [("indirect", "Jim Poe", "the bill should pass.")]


def test_a_trips_en_route_is_no_part_of_the_name_a_title_gives() -> None:
    found = annotate(
        [(None, ["MS. POE: Sure.", "Q You said on Monday that the bill should pass."])],
        "Press Gaggle by Press Secretary Jane Poe En Route Vail, CO",
    ).quotes
    assert [(quote.speaker, quote.text) for quote in found] == [
        ("Jane Poe", "the bill should pass.")
    ]
    found = annotate(
        [(None, ["MS. POE: Sure.", "Q You said on Monday that the bill should pass."])],
        "Press Gaggle by Press Secretary Jane Poe Aboard Air Force One",
    ).quotes
    assert [(quote.speaker, quote.text) for quote in found] == [
        ("Jane Poe", "the bill should pass.")
    ]
