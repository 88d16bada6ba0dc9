"""English rules taken with the twenty-seventh development folder (docs/IMPORT-RULES.md, "The
twenty-seventh development folder"): `As X said, A` at the head of a transcript's turn and after
the dash of a sentence begun again; shares written in words (`Seventy percent`), `twice as
likely` and numbers with a half (`one and a half million people`, `two and a half times as
much`). Each with the near shapes that must not be taken (the sentences here are written for the
tests)."""

from __future__ import annotations

from .helpers import figures, near_linear, quotes, said_each_time

# --- `As X said, A` in a turn --------------------------------------------------------------------


def test_as_x_said_at_the_head_of_a_turn_reports_x() -> None:
    found = quotes(
        "Q And for President Jane Roe of Freedonia, what did you discuss?",
        "PRESIDENT ROE: We discussed the refugees.",
        "VICE PRESIDENT DOE: As the President said, we did discuss this issue. And I thanked her.",
    )
    assert found == [("indirect", "Jane Roe", "we did discuss this issue.")]
    found = quotes("MS. POE: As Secretary Jane Roe said, the ships will sail on Monday.")
    assert found == [("indirect", "Jane Roe", "the ships will sail on Monday.")]


def test_as_i_said_or_as_you_said_at_the_head_of_a_turn_reports_no_one() -> None:
    assert quotes("MS. POE: As I said, the ships will sail on Monday.") == []
    assert quotes("Q As you said, the ships will sail on Monday. When?") == []
    assert quotes("MS. POE: As we have said, the ships will sail on Monday.") == []


def test_as_x_said_after_the_dash_of_a_sentence_begun_again_reports_x() -> None:
    found = quotes(
        "Q Thanks. Secretary Jane Roe, what are the sanctions?",
        "SECRETARY ROE: They are new.",
        "MR. POE: And we’re — as the Secretary said, the sanctions are just the beginning.",
    )
    assert found == [("indirect", "Jane Roe", "the sanctions are just the beginning.")]
    # the conjunction spoken before a filler is left out, and the filler too (ANNOTATING.md,
    # "Thirty-seventh folder": a filler is no part of the report)
    found = quotes(
        "MR. POE: We came out and — as Senator Jane Roe said before, that, you know, the law must "
        "pass."
    )
    assert found == [("indirect", "Jane Roe", "the law must pass.")]


def test_at_a_turns_head_or_after_a_dash_a_pronoun_a_shared_title_or_a_question_report_no_one() -> (
    None
):
    # `she` in a turn, `the President` named only in passing (no turn of hers), the question's
    # own words
    found = quotes(
        "Q Senator Jane Roe spoke today.", "MR. POE: We are — as she said, there is work ahead."
    )
    assert found == []
    two = "Q President Joe Biden met President Jane Roe of Freedonia today."
    assert quotes(two, "MS. POE: As the President said, there will be news on vaccines.") == []
    assert quotes(two, "MS. POE: We are — as the President said, the sanctions are a start.") == []
    found = quotes(two, "MS. POE: As President Biden said, there will be news on vaccines.")
    assert found == [("indirect", "Joe Biden", "there will be news on vaccines.")]
    found = quotes(
        "Q And — as Senator Jane Roe stressed, are you willing to take the report into account?"
    )
    assert found == []


def test_after_a_dash_as_i_said_and_an_aside_without_its_comma_report_no_one() -> None:
    assert quotes("MR. POE: We are — as I said, the ships will sail on Monday.") == []
    assert quotes("MR. POE: We are — as you said, the ships will sail on Monday.") == []
    # an aside closed by a dash, no comma after the verb: no clause after it
    assert quotes("MR. POE: We are — as Senator Jane Roe said — going to sail on Monday.") == []


def test_the_source_of_an_aside_after_a_dash_names_no_later_pronoun() -> None:
    said = "President Joe Biden said that the economy is strong."
    found = quotes(
        said,
        "MR. POE: It’s totally — as Senator Jane Roe said, people mess up numbers all the time. "
        "And he said that the figures were wrong.",
    )
    assert found == [
        ("indirect", "Joe Biden", "the economy is strong."),
        ("indirect", "Jane Roe", "people mess up numbers all the time."),
        ("indirect", "Joe Biden", "the figures were wrong."),
    ]
    # at the head of a sentence, as before, X is the one a later `he` names
    found = quotes(
        said,
        "MR. POE: As Senator Jane Roe said, people mess up numbers all the time. And he said that "
        "the figures were wrong.",
    )
    assert found[-1] == ("indirect", "Jane Roe", "the figures were wrong.")


# --- figures in words ----------------------------------------------------------------------------


def test_a_share_written_in_words_is_a_percentage() -> None:
    found = figures("Seventy percent of the people who live there are poor.")
    assert [(value, unit, text) for value, _, unit, text in found] == [(70, "%", "Seventy percent")]
    found = figures("We know that more than sixty-four percent of seniors are vaccinated.")
    assert [(value, unit, text) for value, _, unit, text in found] == [
        (64, "%", "more than sixty-four percent")
    ]
    found = figures("Growth was one and a half per cent last year.")
    assert [(value, unit) for value, _, unit, _ in found] == [(1.5, "%")]


def test_emphasis_and_other_words_after_a_number_are_no_share() -> None:
    assert figures("I am a hundred percent sure of it, one hundred percent.") == []
    assert figures("Prices came down seventy percentage points in a year.") == []


def test_twice_as_and_a_half_times_as_are_factors() -> None:
    found = figures(
        "Native women are twice as likely to die. Rural women, one and a half times as likely."
    )
    assert [(value, unit, text) for value, _, unit, text in found] == [
        (2, "factor", "twice as likely"),
        (1.5, "factor", "one and a half times"),
    ]
    found = figures("China builds more than twice as many cars as the United States.")
    assert [(value, text) for value, _, _, text in found] == [(2, "more than twice as many")]


def test_twice_as_a_role_and_a_half_times_a_week_are_no_factors() -> None:
    assert figures("He served twice as a senator from the state.") == []
    assert figures("They meet two and a half times a week, on average.") == []


def test_a_number_with_a_half_and_a_scale_is_one_figure() -> None:
    found = figures("There were over one and a half million people coming within two weeks.")
    assert [(value, unit, text) for value, _, unit, text in found] == [
        (1500000, "people", "over one and a half million people")
    ]
    # money named by its word after a noun: the currency, the text ending on its word
    found = figures("He spent more than three and a half million taxpayer dollars exploring it.")
    assert [(value, unit, text) for value, _, unit, text in found] == [
        (3500000, "$", "more than three and a half million taxpayer dollars")
    ]


def test_a_half_without_a_scale_is_no_count() -> None:
    assert figures("The talks lasted one and a half hours and ended.") == []


def test_many_shares_in_words_are_read_in_time_near_linear() -> None:
    paragraph = "Seventy percent of them, twice as many, one and a half million people. "
    small, large = near_linear(lambda n: figures(paragraph * n), 200)
    assert [value for value, _, _, _ in small] == [70, 2, 1500000] * 200
    assert [value for value, _, _, _ in large] == [70, 2, 1500000] * 800


def test_many_asides_after_dashes_in_one_turn_are_read_in_time_near_linear() -> None:
    aside = "We are — as Senator Jane Roe said, the plan works. "
    small, large = near_linear(lambda n: quotes("MR. POE: " + aside * n), 100)
    said = ("indirect", "Jane Roe", "the plan works.")
    said_each_time(small, large, said, 100)
