"""English rules taken with the twenty-fourth development folder (docs/IMPORT-RULES.md, "The
twenty-fourth development folder"): an aside between a verb of saying and its `that`, a
statement with its clause after `has been clear:`, the clause after `As you heard him say,`, and
a surname met alone taking the full name given later; and a count's time after its noun (`260,000
jobs last month`). Each with the near shapes that must not be taken (the sentences here are written
for the tests)."""

from __future__ import annotations

from .helpers import figures, quotes

# --- an aside between the verb and `that` ------------------------------------------------------


def test_an_aside_between_commas_before_that_opens_the_report() -> None:
    found = quotes(
        "Senator Jane Roe met the governors. She reiterated, however, that she will not slow "
        "down work on the bill."
    )
    assert found == [("indirect", "Jane Roe", "she will not slow down work on the bill.")]
    found = quotes("Senator Jane Roe said, when she was in Ohio, that the plant would reopen.")
    assert found == [("indirect", "Jane Roe", "the plant would reopen.")]
    # (a phrasal verb's aside: `made clear, again, that`)
    found = quotes("Senator Jane Roe has made clear, again, that her caucus will vote no.")
    assert found == [("indirect", "Jane Roe", "her caucus will vote no.")]


def test_no_aside_before_a_relative_clause_nor_without_its_comma() -> None:
    # `, that is …`: a relative clause's `that` after a clause between commas, no report
    found = quotes(
        "Senator Jane Roe says, we do not want our country, that is already divided, to split."
    )
    assert all(not text.startswith("is already") for _, _, text in found)
    # no comma before `that`: the words are no aside (`said, the plan that …` names a plan)
    found = quotes("Senator Jane Roe said, the plan that failed was hers.")
    assert all(not text.startswith("failed") for _, _, text in found)
    # more than twelve words between the commas (up to twelve since the briefings census, when
    # the aside opens as one does: `in`, `again`, `as`, `and`): no aside either
    found = quotes(
        "Senator Jane Roe said, in the long meeting with the mayors of the three small towns "
        "along the river last week, that the plant would reopen."
    )
    assert found == []


# --- `has been clear:` and a clause -------------------------------------------------------------


def test_a_statement_with_its_clause_after_been_clear() -> None:
    found = quotes(
        "Governor Jane Roe spoke in Ohio. The Governor has been very clear: We will rebuild the "
        "bridge this year. Right?"
    )
    assert found == [("indirect", "Jane Roe", "We will rebuild the bridge this year.")]
    found = quotes("Governor Jane Roe was clear: There are ways to fund the plan.")
    assert found == [("indirect", "Jane Roe", "There are ways to fund the plan.")]


def test_no_report_after_been_clear_before_marks_a_noun_or_several_people() -> None:
    # before marks: the direct quote's lead-in, as before
    found = quotes("Governor Jane Roe was very clear: “We will rebuild the bridge.”")
    assert found == [("direct", "Jane Roe", "We will rebuild the bridge.")]
    # a lower-case phrase after the colon is no clause
    found = quotes("Governor Jane Roe was clear: no new taxes, no new debt.")
    assert found == []
    # several together (`have been clear`)
    found = quotes("Governor Jane Roe and I have been clear: We will rebuild the bridge.")
    assert found == []
    # the message, not a source
    found = quotes("The message was clear: We will rebuild the bridge.")
    assert found == []


# --- `As you heard him say, A` ----------------------------------------------------------------


def test_the_clause_after_as_you_heard_someone_say() -> None:
    found = quotes(
        "Governor Jane Roe toured the bridge. As you heard the Governor say on Tuesday, we will "
        "rebuild it this year."
    )
    assert found == [("indirect", "Jane Roe", "we will rebuild it this year.")]
    found = quotes(
        "Governor Jane Roe toured the bridge. And like you’ve also heard her say, the common "
        "theme of all forms of bigotry is that hate only hides."
    )
    assert found == [
        (
            "indirect",
            "Jane Roe",
            "the common theme of all forms of bigotry is that hate only hides.",
        )
    ]


def test_no_report_after_heard_me_say_nor_in_the_middle_of_a_sentence() -> None:
    # the speaker's own words (`heard me say`, `heard us say`)
    found = quotes(
        "MS. ROE: Governor Jane Roe toured the bridge. As you’ve heard me say, we will rebuild it."
    )
    assert found == []
    # an aside in the middle of a sentence: the sentence around it is no clause after a comma
    found = quotes(
        "Governor Jane Roe toured the bridge. Our hearts, as you heard her say, go out to the "
        "families."
    )
    assert found == []


# --- a surname met alone takes the full name given later ----------------------------------------


def test_a_titled_surname_takes_the_full_name_given_later_with_its_title() -> None:
    found = quotes(
        "Secretary Roe said that the talks would resume.",
        "Later, Secretary of State Jane Roe said that the ceasefire held.",
    )
    assert found == [
        ("indirect", "Jane Roe", "the talks would resume."),
        ("indirect", "Jane Roe", "the ceasefire held."),
    ]
    # a surname met with no title takes a full name given later too
    found = quotes(
        "Roe said that the talks would resume.", "Jane Roe said that the ceasefire held."
    )
    assert [speaker for _, speaker, _ in found] == ["Jane Roe", "Jane Roe"]


def test_a_titled_surname_keeps_its_name_before_another_of_that_surname() -> None:
    # no title of the surname's: another person of that surname (a son, a spouse)
    found = quotes(
        "President Roe said that the talks would resume.",
        "Hunter Roe said that the ceasefire held.",
    )
    assert found == [
        ("indirect", "Roe", "the talks would resume."),
        ("indirect", "Hunter Roe", "the ceasefire held."),
    ]
    found = quotes(
        "President Roe said that the talks would resume.",
        "First Lady Jill Roe said that the ceasefire held.",
    )
    assert [speaker for _, speaker, _ in found] == ["Roe", "Jill Roe"]
    # a nickname before the full name is no given name
    found = quotes(
        "Secretary Roe said that the talks would resume.",
        "Secretary Fightin’ Jane Roe said that the ceasefire held.",
    )
    assert found[0][1] == "Roe"


# --- a count's time after its noun --------------------------------------------------------------


def test_the_time_after_a_counted_noun_is_no_part_of_it() -> None:
    assert figures("The economy has created more than 260,000 jobs last month.") == [
        (260000, None, "jobs", "more than 260,000 jobs")
    ]
    assert figures("The state planted 6.5 million trees just last year.") == [
        (6500000, None, "trees", "6.5 million trees")
    ]


def test_a_word_beginning_with_last_and_a_duration_stay_as_they_were() -> None:
    # `last-minute` is one word of the counted phrase
    assert figures("The agency made 12 last-minute changes to the rule.") == [
        (12, None, "last-minute changes", "12 last-minute changes")
    ]
    # a duration after `for` is how long something lasted, a figure since the enfig round (the
    # development gold takes 32 such lengths and leaves 7), with a time after it or not
    assert figures("The program ran for 10 years last decade.") == [(10, None, "years", "10 years")]
