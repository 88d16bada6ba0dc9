"""English rules taken with the thirty-first development folder (docs/IMPORT-RULES.md, "The
thirty-first development folder"): readouts and ICYMI releases that report officials' words.
A news excerpt's bracketed byline and date end a sentence; `, said that …` after a name and its
apposition is no attribution after a report; `“…,” Name, apposition, said` names the speaker;
`, and X made clear that …` starts a new source's report; a day between a name and its verb
(`on Tuesday said`); a noun with its relative clause after a dash ends a report; where and when
it was said before `that` (`said in a speech in New York today that`); an envoy named by the
place they are sent to is no speaker; a finding's `shows that` inside a clause without `that`;
a news excerpt among a transcript's turns read as an article. Each with the
near shapes that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from pressreader.importing.quotes.sentence_ends import sentences

from .helpers import quotes

# --- a byline and date in brackets ---------------------------------------------------------------


def test_a_bracketed_byline_and_date_end_a_sentence() -> None:
    text = "CNN: Growth holds [Jo Roe, 7/12/23] The economy grew."
    assert [text[low:high] for low, high in sentences(text)] == [
        "CNN: Growth holds [Jo Roe, 7/12/23]",
        "The economy grew.",
    ]
    found = quotes(
        "CNN: Growth holds, says adviser [Jo Roe, 7/12/23] In a speech on Wednesday, Jane Doe, "
        "the director of the Council, said that the United States economy grew."
    )
    assert found == [("indirect", "Jane Doe", "the United States economy grew.")]


def test_a_label_after_a_bracketed_date_names_the_next_quotes_speaker() -> None:
    found = quotes(
        "Jane Doe, Mayor, Ohio City: “We will act.” [Statement, 8/29/23]Mary Poe, Executive "
        "Director, Build Together: “The law works.”"
    )
    assert ("direct", "Mary Poe", "The law works.") in found


def test_a_bracket_without_a_date_ends_no_sentence() -> None:
    text = "The plan [Jo Roe, a friend] grew. It [the plan, 2023] grew too."
    assert [text[low:high] for low, high in sentences(text)] == [
        "The plan [Jo Roe, a friend] grew.",
        "It [the plan, 2023] grew too.",
    ]


# --- `, said that …` ----------------------------------------------------------------------------


def test_said_that_after_a_name_and_its_apposition_is_the_names_report() -> None:
    found = quotes(
        "Jane Doe, the director of the Council, said that the United States economy was "
        "outperforming other advanced nations."
    )
    assert found == [
        (
            "indirect",
            "Jane Doe",
            "the United States economy was outperforming other advanced nations.",
        )
    ]


def test_said_and_a_name_after_a_report_still_attribute_it() -> None:
    found = quotes(
        "The United States economy grew again this year, said Jane Doe, a senior adviser."
    )
    assert found == [("indirect", "Jane Doe", "The United States economy grew again this year")]


# --- `“…,” Name, apposition, said` ---------------------------------------------------------------


def test_a_name_with_an_apposition_before_said_names_the_quotes_speaker() -> None:
    found = quotes(
        "“The economy grew,” Jane Doe, the director of the Council, said. “It will again.”"
    )
    assert found == [
        ("direct", "Jane Doe", "The economy grew,"),
        ("direct", "Jane Doe", "It will again."),
    ]


def test_several_names_before_said_name_no_one() -> None:
    assert quotes("“The economy grew,” Jane Doe, John Roe, and Mary Poe said.") == []
    assert quotes("“The economy grew,” Jane Doe, John Roe and Mary Poe said.") == []


# --- `, and X made clear that …` -----------------------------------------------------------------


def test_and_a_named_source_with_its_verb_starts_a_report_of_its_own() -> None:
    found = quotes(
        "Adviser Jane Doe stressed that the plan is “working,” and EPA Administrator John Roe made "
        "clear that the agency will act."
    )
    assert found == [
        ("indirect", "Jane Doe", "the plan is “working,”"),
        ("indirect", "John Roe", "the agency will act."),
    ]
    found = quotes(
        "Adviser Jane Doe stressed that the plan works, and Secretary John Roe noted that it is "
        "cheap."
    )
    assert found == [
        ("indirect", "Jane Doe", "the plan works"),
        ("indirect", "John Roe", "it is cheap."),
    ]


def test_and_a_name_with_a_verb_of_the_narration_or_none_does_not_cut_a_report() -> None:
    found = quotes("Adviser Jane Doe stressed that the plan works, and Congress passed it.")
    assert found == [("indirect", "Jane Doe", "the plan works, and Congress passed it.")]


# --- `on Tuesday said` ---------------------------------------------------------------------------


def test_a_day_between_a_name_and_its_verb_is_no_speaker() -> None:
    found = quotes("Secretary Jane Roe on Tuesday said that the aid will flow.")
    assert found == [("indirect", "Jane Roe", "the aid will flow.")]
    found = quotes("The Department of Energy on Tuesday announced that the grants are ready.")
    assert found == [("indirect", "Department of Energy", "the grants are ready.")]


def test_a_day_after_a_pronoun_names_no_one() -> None:
    assert quotes("Secretary Jane Roe arrived. He on Tuesday said that the aid will flow.") == []


# --- a noun and its relative clause after a dash -------------------------------------------------


def test_a_noun_with_its_relative_clause_after_a_dash_ends_a_report() -> None:
    found = quotes(
        "Economist Jane Doe says some companies added to their margins — a trend that could soon "
        "be reversed."
    )
    assert found == [("indirect", "Jane Doe", "some companies added to their margins")]


def test_an_aside_closed_by_a_second_dash_stays_in_the_report() -> None:
    found = quotes(
        "Economist Jane Doe says that prices rose — a rise that was expected — and will fall soon."
    )
    assert found == [
        ("indirect", "Jane Doe", "prices rose — a rise that was expected — and will fall soon.")
    ]


# --- `said in a speech in New York today that` ---------------------------------------------------


def test_where_and_when_it_was_said_may_stand_before_that() -> None:
    text = "Jane Roe, director of the council, said in a speech in New York today that it is dead."
    assert quotes(text) == [("indirect", "Jane Roe", "it is dead.")]
    text = "Jane Roe said in an interview with the local press that the plan is dead."
    assert quotes(text) == [("indirect", "Jane Roe", "the plan is dead.")]
    # a longer phrase may end with a relative clause's `that`: no report is read past it
    assert quotes("Jane Roe said in a speech in New York today about the bill that passed.") == []


# --- an envoy named by where they are sent ------------------------------------------------------


def test_an_envoy_named_by_the_place_is_no_speaker() -> None:
    assert quotes("The Russian ambassador to South Korea said that he was ready to talk.") == []
    assert quotes("Our ambassador in Belarus has also conveyed that directly.") == []
    # a title before a name (capitalised) names the person
    text = (
        "U.S. Ambassador to the United Nations Linda Thomas-Greenfield said that the plan is dead."
    )
    assert quotes(text) == [("indirect", "Linda Thomas-Greenfield", "the plan is dead.")]


# --- `said the latest data shows that …` ---------------------------------------------------------


def test_a_finding_with_its_that_inside_a_clause_without_that_is_reported() -> None:
    text = "Jane Roe on Wednesday said the latest data shows that prices are receding."
    assert quotes(text) == [
        ("indirect", "Jane Roe", "the latest data shows that prices are receding.")
    ]
    text = "Jane Roe said the study found that prices are receding."
    assert quotes(text) == [("indirect", "Jane Roe", "the study found that prices are receding.")]
    # a verb that takes a noun phrase (`emphasized the data`) has no clause there
    assert quotes("Jane Roe emphasized the data shows that prices are receding.") == []


# --- a news excerpt among a transcript's turns ---------------------------------------------------

_TURNS = (
    "TUR: What is behind this fall in prices?",
    "BRAINARD: We see inflation now at 3%, down every month for 12 months.",
)


def test_a_news_excerpt_among_turns_is_read_as_an_article() -> None:
    excerpt = (
        "CNN: Prices cool again [Jane Doe, 7/12/23] Economist Lael Brainard says some companies "
        "added to their margins — a trend that could soon be reversed."
    )
    assert quotes(*_TURNS, excerpt) == [
        ("indirect", "Lael Brainard", "some companies added to their margins")
    ]
    # without the byline the label opens a turn: the speaker's words run on past the dash
    turn = excerpt.replace(" [Jane Doe, 7/12/23]", ".")
    assert [text for _, _, text in quotes(*_TURNS, turn)] == [
        "some companies added to their margins — a trend that could soon be reversed."
    ]
