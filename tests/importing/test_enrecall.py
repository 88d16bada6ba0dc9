"""A document named by its issuer before its noun that shows or finds what it found, in the
other ways news writes it (the enrecall round, a recall audit of the White House texts;
ANNOTATING.md, "Forty-sixth folder" and "Forty-seventh folder": `A CFPB study found that A` and
`a new Fox News poll shows that A` are the issuer's). Each with near shapes and shapes that must
not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes


def test_an_acronym_issuer_needs_no_article() -> None:
    assert quotes("NOAA data showed that the summer was the hottest on record.") == [
        ("indirect", "NOAA", "the summer was the hottest on record.")
    ]
    # a sentence's `New`, an opening phrase and its comma, a fact sheet's label and its colon
    assert quotes("New USDA data shows that farm incomes rose in every region.") == [
        ("indirect", "USDA", "farm incomes rose in every region.")
    ]
    assert quotes("In March, EPA figures showed that emissions fell for a third year.") == [
        ("indirect", "EPA", "emissions fell for a third year.")
    ]
    assert quotes(
        "Clinics reopened: In May 2022, HRSA data showed that nine in ten clinics were open."
    ) == [("indirect", "HRSA", "nine in ten clinics were open.")]
    # not without an acronym or an article, nor an index's figures (no issuer)
    for sentence in (
        "Recent data shows that most households will get the credit.",
        "Survey data shows that most households saved money.",
        "PPI data showed that wholesale prices fell.",
        "CPI figures showed that prices fell in June.",
    ):
        assert quotes(sentence) == [], sentence
    # a report the document stands in is its source's, one quote holding the finding
    assert quotes("Sen. Jane Roe said that NOAA data showed that the summer was hot.") == [
        ("indirect", "Jane Roe", "NOAA data showed that the summer was hot.")
    ]


def test_most_recent_and_found_after_the_issuer() -> None:
    assert quotes(
        "The most recent Pew Research Center survey showed that trust in the courts has fallen."
    ) == [("indirect", "Pew Research Center", "trust in the courts has fallen.")]
    # `found`, `finds` as well as `shows` (a poll and a survey as a study and a report are)
    assert quotes("A Gallup poll found that most renters expect higher rents.") == [
        ("indirect", "Gallup", "most renters expect higher rents.")
    ]
    assert quotes("The NIH survey finds that most nurses plan to stay.") == [
        ("indirect", "NIH", "most nurses plan to stay.")
    ]
    # a document no issuer is named for stays no one's
    for sentence in (
        "One study found that most people moved.",
        "Studies have found that people of color face barriers.",
        "The most recent survey showed that trust in the courts has fallen.",
    ):
        assert quotes(sentence) == [], sentence
    assert quotes(
        "Sen. Jane Roe said that a CDC survey found that most adults were vaccinated."
    ) == [("indirect", "Jane Roe", "a CDC survey found that most adults were vaccinated.")]


def test_when_it_came_out_or_an_aside_after_its_noun() -> None:
    assert quotes("A new FDA report published Tuesday found that shortages eased.") == [
        ("indirect", "FDA", "shortages eased.")
    ]
    assert quotes(
        "A new FDA report, drawing on a decade of records, found that shortages eased."
    ) == [("indirect", "FDA", "shortages eased.")]


def test_today_s_report_from_an_issuer_and_a_report_that_found() -> None:
    assert quotes(
        "Today’s report from the Bureau of Labor Statistics shows that wages grew faster than"
        " prices."
    ) == [("indirect", "Bureau of Labor Statistics", "wages grew faster than prices.")]
    assert quotes("Today’s report shows that inflation is falling.") == []  # when, no issuer
    assert quotes(
        "Last year, the Treasury Department released a report that found that most credits went"
        " to small firms."
    ) == [("indirect", "Treasury Department", "most credits went to small firms.")]


def test_as_x_mentioned_and_the_other_verbs_of_saying_that_take_a_thing() -> None:
    # `As X mentioned, A` (ANNOTATING.md: `mentioned that A` is a verb of saying), and the
    # other verbs of saying of the guide told the same way
    assert quotes("As Jill Roe mentioned, the clinic will open in May.") == [
        ("indirect", "Jill Roe", "the clinic will open in May.")
    ]
    for verb in ("has mentioned", "announced", "indicated", "reiterated", "acknowledged"):
        sentence = f"As Jill Roe {verb}, the clinic will open in May."
        assert quotes(sentence) == [("indirect", "Jill Roe", "the clinic will open in May.")], (
            sentence
        )
    # with the day it was said, after a turn's opening word, after its report
    assert quotes("As Jill Roe mentioned on Tuesday morning, we are hiring more nurses.") == [
        ("indirect", "Jill Roe", "we are hiring more nurses.")
    ]
    assert quotes("So, as Senator Jill Roe underscored, the clinic will open in May.") == [
        ("indirect", "Jill Roe", "the clinic will open in May.")
    ]
    assert quotes(
        "The new clinics include a mobile van for rural towns, as Jill Roe mentioned."
    ) == [("indirect", "Jill Roe", "The new clinics include a mobile van for rural towns")]
    # not the time of an act (a thing after the verb), nor the speaker's own
    for sentence in (
        "As Jill Roe announced the deal, markets rose sharply.",
        "As Jill Roe mentioned the plan, the room went quiet.",
        "As I mentioned, the clinic will open in May.",
        "As we announced last week, the clinic will open in May.",
    ):
        assert quotes(sentence) == [], sentence


def test_a_second_aside_no_chain_reads_ends_the_report() -> None:
    # `— as X said, as I am saying now — for …`: the speaker's own aside, then the sentence's
    # own words; no report of X's
    assert (
        quotes(
            "We thank the city — as Jill Roe mentioned, as I am saying now — for hosting the talks."
        )
        == []
    )
    assert (
        quotes("We thank the city — as Jill Roe said, as I am saying now — for hosting the talks.")
        == []
    )
    # a clause of time opening the report is no aside: it stays in it
    assert quotes("As Jill Roe said, as the storm moves north, we will see more outages.") == [
        ("indirect", "Jill Roe", "as the storm moves north, we will see more outages.")
    ]
    # a chain of the same source's asides still gives the report after them
    assert quotes(
        "Jill Roe spoke twice. As she said last night, as she said this morning, the talks will go"
        " on."
    ) == [("indirect", "Jill Roe", "the talks will go on.")]


def test_as_x_said_after_the_topic_the_answer_turns_to() -> None:
    # a topic opening the sentence (`On X,`, `With respect to X,`, `When it comes to X,`) before
    # `as Y said,`: the clause after the comma is Y's, as after a turn's opening word
    assert quotes(
        "With respect to the new agreement between the two ports and their unions, as Jill Roe"
        " said on Friday, this is a step we welcome."
    ) == [("indirect", "Jill Roe", "this is a step we welcome.")]
    assert quotes("On the budget, as Jill Roe has said, the cuts will not pass.") == [
        ("indirect", "Jill Roe", "the cuts will not pass.")
    ]
    assert quotes("When it comes to tariffs, as Jill Roe noted, prices have not risen.") == [
        ("indirect", "Jill Roe", "prices have not risen.")
    ]
    assert quotes("And, by the way, as Jill Roe pointed out, the cuts will not pass.") == [
        ("indirect", "Jill Roe", "the cuts will not pass.")
    ]
    # not the speaker's own after it, nor the speaker's own `as I said`
    for sentence in (
        "On the budget, as Jill Roe has said, I think the cuts will not pass.",
        "On the budget, as Jill Roe has said, and I agree, the cuts will not pass.",
        "With regard to the strikes, as I said, we are watching closely.",
    ):
        assert quotes(sentence) == [], sentence


def test_a_longer_gerund_subject_and_a_mentioned_chain() -> None:
    # a clause whose subject is a gerund with its object (up to six words before the auxiliary)
    assert quotes("As Jill Roe said, rebuilding trust after a long strike will take time.") == [
        ("indirect", "Jill Roe", "rebuilding trust after a long strike will take time.")
    ]
    # a participle opening no clause stays none (a comma after it)
    assert quotes("As Jill Roe said, speaking to reporters in the lobby, the plan is ready.") == []
    # a chain of the same source's asides, the second with `mentioned`
    assert quotes(
        "Jill Roe spoke twice. As she said last night, as she mentioned this morning, the talks"
        " will go on."
    ) == [("indirect", "Jill Roe", "the talks will go on.")]
