"""English rules taken with the twenty-ninth development folder (docs/IMPORT-RULES.md, "The
twenty-ninth development folder"): a quotation after `X did something and said,`, a person a
speech brings in by `Americans like X.` named by a later pronoun, `As X put it, A`, no report
from `the U.S. position that A, and that B`, numbers of several words (`two hundred and
twenty-five`), at the paragraph's start too, with a capitalised plural counted, and temperatures
(`1.5 °C`). Each with the near shapes that must not be taken (the sentences here are written for
the tests)."""

from __future__ import annotations

from .helpers import figures, near_linear, quotes

# --- `X raised his hand and said, “…”` -----------------------------------------------------------


def test_a_quotation_after_a_verb_phrase_and_said_is_the_subjects() -> None:
    found = quotes("Colonel Jane Roe raised her hand and said, “My team can do the job.”")
    assert found == [("direct", "Jane Roe", "My team can do the job.")]
    # a pronoun, after a clause of time: the person the sentence before names
    found = quotes(
        "Senator Jane Roe came back to the floor. When the vote was called, she turned to the "
        "chair and said, “We are not done yet.”"
    )
    assert found == [("direct", "Jane Roe", "We are not done yet.")]


def test_a_title_with_of_before_and_said_is_the_speaker_not_the_one_before() -> None:
    # the second quotation is the Chancellor's, not carried on from the first speaker's
    found = quotes(
        "And President Jane Roe looked at me and said, “For how long?” And then the Chancellor of "
        "Germany looked at me and said, “We trust you.”"
    )
    assert found[0][1] == "Jane Roe"
    assert "Jane Roe" not in [speaker for _, speaker, text in found if text == "We trust you."]


def test_no_speaker_from_a_name_inside_the_verb_phrase_nor_from_a_verb_without_and_said() -> None:
    # the subject is the speaker, and `I` is none: `Jane Roe` is the one met
    assert quotes("I met Jane Roe at the station and said, “Welcome home.”") == []
    # `and` with a verb that says nothing (`smiled`): no lead-in of the subject's
    found = quotes("Jane Roe raised her hand and smiled, “a moment of calm” in the hall.")
    assert [speaker for _, speaker, _ in found if speaker == "Jane Roe"] == []


def test_a_first_name_before_and_said_is_the_speaker() -> None:
    found = quotes("And Jill turned to me and said, “What are you saying that for?”")
    assert found == [("direct", "Jill", "What are you saying that for?")]


def test_a_plural_noun_or_an_unnamed_relative_before_and_said_names_no_one() -> None:
    assert quotes("My dad sat down. Dad looked at me and said, “Get up, champ.”") == []
    assert quotes("People put in their order and said, “Prices are too high for us all.”") == []
    # (and after a sentence that made `People` a speaker the text knows)
    found = quotes(
        "People said, “Help us.”",
        "People put in their order and said, “Prices are too high for us all.”",
    )
    assert [text for _, _, text in found if text.startswith("Prices")] == []


def test_a_pronoun_before_and_said_names_no_one_from_paragraphs_before() -> None:
    # `he` after a story in the first person that names its man in passing, a speaker quoted
    # paragraphs before: not that speaker
    found = quotes(
        "Senator John Doe said that they would cut the program.",
        "And I sat down, and I was sitting next to the Prime Minister of France. He looked at me "
        "and said, “For how long?”",
    )
    assert found == [("indirect", "John Doe", "they would cut the program.")]


# --- `Americans like X.` then `he` ----------------------------------------------------------------


def test_a_pronoun_after_americans_like_x_names_x() -> None:
    found = quotes(
        "Americans like Sergeant John Doe of New Jersey. He was nineteen when he landed.",
        "And here is what he wrote home. He said, “We held the line.”",
    )
    assert found == [("direct", "John Doe", "We held the line.")]


def test_americans_like_x_with_a_verb_is_the_groups_speech() -> None:
    # `Republicans like X called …` is a group's speech (ANNOTATING.md, "Nineteenth folder"),
    # and `People like X have …` with a verb after the name opens no fragment naming X
    found = quotes(
        "People like Governor John Doe have been traveling the state. He said, “We will not quit.”"
    )
    assert found == []


# --- `As X put it, A` -----------------------------------------------------------------------------


def test_the_clause_after_as_x_put_it_is_xs_report() -> None:
    found = quotes(
        "As Chairman Jane Roe put it in today’s opinion piece, the reform reflects a simple "
        "truth: “The country must build again.”"
    )
    assert found == [
        ("indirect", "Jane Roe", "the reform reflects a simple truth"),
        ("direct", "Jane Roe", "The country must build again."),
    ]
    found = quotes("As Senator Jane Roe put it, the plan will lower costs for families.")
    assert found == [("indirect", "Jane Roe", "the plan will lower costs for families.")]


def test_put_it_elsewhere_reports_nothing() -> None:
    assert quotes("As you can see, Jane Roe put it on the table and the vote went ahead.") == []
    assert quotes("Senator Jane Roe put it on the agenda for the next meeting.") == []


# --- `the U.S. position that A, and that B` -------------------------------------------------------


def test_and_that_after_a_nouns_own_that_clause_is_no_report() -> None:
    found = quotes(
        "President Jane Roe reiterated the U.S. position that the city is the capital, and that "
        "it continues to be the policy that its borders must be agreed."
    )
    assert found == []


def test_and_that_after_a_noun_phrase_without_that_still_reports() -> None:
    found = quotes(
        "President Jane Roe reiterated the interests of both sides and that the United States "
        "stands ready to help."
    )
    assert found == [("indirect", "Jane Roe", "the United States stands ready to help.")]


# --- numbers of several words, temperatures -------------------------------------------------------


def test_a_number_of_several_words_is_one_figure() -> None:
    found = figures(
        "Two hundred and twenty-five American Rangers arrived by ship, and forty-two medics "
        "followed with three hundred stretchers."
    )
    assert found == [
        (225, None, "American Rangers", "Two hundred and twenty-five American Rangers"),
        (42, None, "medics", "forty-two medics"),
        (300, None, "stretchers", "three hundred stretchers"),
    ]


def test_ordinals_durations_and_single_capitalised_runs_stay_as_they_were() -> None:
    # an ordinal's last word and a year in words give no figure; a duration after `for` (how long
    # something lasted) is one since the enfig round, its number of several words one figure
    assert figures("It was the two hundred and forty-ninth year of the republic.") == []
    assert figures("The plant ran for twenty-five years in the valley.") == [
        (25, None, "years", "twenty-five years")
    ]
    # a capitalised name after a count still ends the counted noun
    found = figures("The city hired 40 engineers Monday, and 12 Texas Rangers joined them.")
    assert (40, None, "engineers", "40 engineers") in found


def test_a_number_of_several_words_takes_its_scale_word() -> None:
    found = figures("Eighty thousand jobs came back, and twenty-eight million young kids.")
    assert [(value, unit) for value, _, unit, _ in found] == [
        (80000, "jobs"),
        (28000000, "young kids"),
    ]


def test_an_amount_in_words_is_money() -> None:
    found = figures("The plan saves seven hundred billion dollars over the decade.")
    assert found == [(700000000000, None, "$", "seven hundred billion dollars")]
    found = figures("The average salary is a hundred and thirty thousand dollars.")
    assert [(value, unit) for value, _, unit, _ in found] == [(130000, "$")]
    # vague: `several hundred billion dollars`, `a few hundred dollars`
    assert figures("The law attracted several hundred billion dollars here.") == []
    assert figures("It cost a few hundred dollars.") == []
    # `dollar` as a noun's modifier: a count of the noun, no money
    assert figures("The mint struck two dollar coins.") == [
        (2, None, "dollar coins", "two dollar coins")
    ]


def test_a_briefings_own_notes_and_a_country_are_not_counted() -> None:
    assert figures("Two more short notes — hopefully helpful.") == []
    found = figures("Approximately 90,000 United States Armed Forces personnel are assigned.")
    assert all(unit != "United States" for _, _, unit, _ in found)


def test_a_number_in_words_inside_a_name_is_no_figure() -> None:
    # a capital inside a sentence, and capitals going on past the noun at a paragraph's start
    assert figures("They urged the regime to implement the ASEAN Five Point Consensus now.") == []
    assert figures("He praised the deals with the Big Three automakers in Detroit.") == []
    assert figures("Four Bands Community Fund (South Dakota)") == []
    # a sentence's first word counts
    found = figures("The ship docked. Three hundred sailors came ashore.")
    assert found == [(300, None, "sailors", "Three hundred sailors")]


def test_a_temperature_in_degrees_is_a_figure() -> None:
    found = figures(
        "The plan keeps the 1.5 °C global warming limit within reach, and work stops above 80°F."
    )
    assert [(value, unit) for value, _, unit, _ in found] == [(1.5, "°C"), (80, "°F")]
    # a temperature inside a compound adjective defines a category (`1.5°C-aligned`)
    assert figures("Banks will fund 1.5°C-aligned pathways.") == []
    # a degree sign with no scale's letter: no temperature (the figure's own rules decide)
    assert all(unit not in ("°C", "°F") for _, _, unit, _ in figures("A 90° turn at 3 points."))


def test_the_new_shapes_stay_linear_on_hostile_text() -> None:
    # `He` naming no one before it: no source
    raised = near_linear(lambda n: quotes("He raised his hand and said, “Go.” " * n), 200)
    assert raised == ([], [])
    hand = near_linear(lambda n: quotes("He raised " + "his hand " * n + "and said, “Go.”"), 300)
    assert hand == ([], [])
    small, large = near_linear(
        lambda n: quotes("Americans like John Doe. " * n + "He said, “Go.”"), 200
    )
    assert small == large == [("direct", "John Doe", "Go.")]
    small, large = near_linear(lambda n: quotes("As Jane Roe put it, " * n + "the plan held."), 200)
    assert [(kind, speaker) for kind, speaker, _ in small + large] == [("indirect", "Jane Roe")] * 2
    position = near_linear(
        lambda n: quotes("Roe reiterated the position that " * n + "and that it held."), 200
    )
    assert position == ([], [])
    # the first figure, and no more than the widening budget lets anchor in place after it
    for run, first in (
        (
            lambda n: figures("two hundred and twenty-five Rangers, " * n),
            (225, None, "Rangers", "two hundred and twenty-five Rangers"),
        ),
        (lambda n: figures("1.5 °C, " * n), (1.5, None, "°C", "1.5 °C")),
    ):
        small, large = near_linear(run, 200)
        assert small[0] == first and len(large) == len(small) < 200
