"""English rules taken with the residual misses of the weakest development folders
(docs/IMPORT-RULES.md, "Residual misses of the weakest folders"). Each with the near shapes that
must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from pressreader.importing.speakers import named_president

from .helpers import quotes

# --- `the President` before the text names him ---------------------------------------------------


def test_the_president_met_before_the_one_president_named_is_him() -> None:
    found = quotes(
        "As the President said in Ohio last week, Republicans in Congress should step up.",
        "In March, President Biden released an executive order on digital assets.",
    )
    assert found == [("indirect", "Biden", "Republicans in Congress should step up.")]
    # the fuller name given later is the name kept
    found = quotes(
        "MS. ROE: As the President has said from the beginning, a shutdown is unacceptable.",
        "Q And how did President Joe Biden react to the vote?",
    )
    assert found == [("indirect", "Joe Biden", "a shutdown is unacceptable.")]


def test_no_holder_when_the_text_names_two_presidents_or_a_former_one() -> None:
    # two Presidents named: `the President` may be either
    assert (
        quotes(
            "As the President said in Ohio last week, Republicans in Congress should step up.",
            "President Biden met President Macron in Paris on Monday.",
        )
        == []
    )
    # only `As the President said, A`: not a verb with the title as its subject (`laid out … that`
    # may be a relative clause), nor a title corrected after a dash
    assert (
        quotes(
            "Yesterday, the President laid out an investment in America that will meet our needs.",
            "President Biden met Senator Jane Roe on Monday.",
        )
        == []
    )
    assert (
        quotes(
            "Well, I don’t believe, as the President — former President said again yesterday, "
            "that immigrants are a threat.",
            "President Biden met Senator Jane Roe on Monday.",
        )
        == []
    )
    # a later `the President` outside the frame names no one until the text names him, as before
    found = quotes(
        "As the President said in Ohio last week, Republicans in Congress should step up.",
        "It is the bipartisanship that the President promised that he would bring to Washington.",
        "President Biden met Senator Jane Roe on Monday.",
    )
    assert found == [("indirect", "Biden", "Republicans in Congress should step up.")]
    # a former President holds the title no more; another country's President is another
    assert named_president(["As the President said,", "former President Trump spoke."]) is None
    assert (
        named_president(["As the President said,", "President Biden met the French President."])
        is None
    )
    assert named_president(["President Biden’s plan", "President Joe Biden"]) == "President Biden"
    # a union's or a company's President is not the one in office
    assert named_president(["As the President said,", "SMART-TD President Jo Roe said."]) is None
    union = ["SMART-TD President Jo Roe said.", "President Biden spoke."]
    assert named_president(union) == "President Biden"


# --- a question's end after the report it holds ------------------------------------------------


def test_a_question_mark_or_tag_after_a_report_is_not_the_reports() -> None:
    found = quotes(
        "President Jane Roe spoke on Monday.",
        "Q How can you say that when the President herself said yesterday that the strikes are "
        "indiscriminate?",
    )
    assert found == [("indirect", "Jane Roe", "the strikes are indiscriminate")]
    found = quotes(
        "President Jane Roe spoke on Monday.",
        "She also said that no reasonable person can reach any other conclusion, right? And we "
        "saw that.",
    )
    assert found == [
        ("indirect", "Jane Roe", "no reasonable person can reach any other conclusion")
    ]


def test_a_question_in_marks_and_a_report_without_one_keep_their_ends() -> None:
    # the words in marks are the source's own, question mark and all
    found = quotes("President Jane Roe spoke on Monday. She asked, “Will the plan work?”")
    assert found == [("direct", "Jane Roe", "Will the plan work?")]
    # `right` as a word of the report, no question: the report as before
    found = quotes("President Jane Roe said that the right plan will work.")
    assert found == [("indirect", "Jane Roe", "the right plan will work.")]


# --- a briefing's `here is what he said: Quote, “…”` --------------------------------------------


def test_a_what_he_said_lead_in_with_a_spoken_quote_gives_the_one_named_before() -> None:
    found = quotes(
        "This is what Senator John Roe said — a veteran who supported Senator Doe in 2020. This "
        "is what he had to say, and I quote, “When you start politicizing it, we are in trouble,” "
        "end quote."
    )
    assert found == [("direct", "John Roe", "When you start politicizing it, we are in trouble,")]
    found = quotes(
        "I want to read you something from Judge Ken Starr — who investigated former President "
        "Clinton. After that, here is what he said to Congress: Quote, “It is all over,” end quote."
    )
    assert found == [("direct", "Ken Starr", "It is all over,")]
    found = quotes("Senator Jane Roe tweeted this: Quote, “This is not okay.”")
    assert found == [("direct", "Jane Roe", "This is not okay.")]


def test_a_what_he_said_lead_in_with_no_one_named_before_gives_no_quote() -> None:
    # the sentences before name no one: `he` is no one the text gives
    found = quotes(
        "The weather was fine. This is what he had to say, and I quote, “We are in trouble.”"
    )
    assert found == []
    # `what I said`: the speaker's own words, no quote
    found = quotes("Senator Jane Roe spoke. That is what I said: Quote, “We are in trouble.”")
    assert found == []


# --- a report ending at words in marks a conjunction follows --------------------------------------


def test_a_report_ends_at_a_closing_mark_after_a_comma_a_conjunction_follows() -> None:
    found = quotes(
        "Representative Jane Roe of Ohio said we’re “hurting borrowers,” but more than 24,000 "
        "borrowers from Ohio stand to benefit from this relief."
    )
    assert found == [("indirect", "Jane Roe", "we’re “hurting borrowers,”")]


def test_a_second_that_clause_or_more_marks_after_the_conjunction_stay_in_the_report() -> None:
    found = quotes("Senator Jane Roe said the plan is “strong,” and that it will pass.")
    assert found == [("indirect", "Jane Roe", "the plan is “strong,” and that it will pass.")]
    found = quotes("Senator Jane Roe said we need “jobs,” and “growth” to win.")
    assert found == [("indirect", "Jane Roe", "we need “jobs,” and “growth” to win.")]
    # more words in marks after the conjunction: the report goes on
    found = quotes(
        "As Justice Jane Roe stated in her dissent today, the Act “represents the best of "
        "America,” while it “reminds us of the worst of America” because “it is necessary.”"
    )
    assert found == [
        (
            "indirect",
            "Jane Roe",
            "the Act “represents the best of America,” while it “reminds us of the worst of "
            "America” because “it is necessary.”",
        )
    ]
    # no marks: the report as before
    found = quotes("Senator Jane Roe said the plan is strong, and it will pass.")
    assert found == [("indirect", "Jane Roe", "the plan is strong, and it will pass.")]
