"""English rules taken with the thirtieth development folder (docs/IMPORT-RULES.md, "The thirtieth
development folder"): what officials in a transcript report of others' words. `made it clear
that`, `made very clear that`; words of time before the verb (`has always said`, `today said`);
the cleft `What he said was that A`, `One of the things that X told Y was A`; `the President` of a
text whose title names its President, never a Vice President met before (the one named
later, even after her); `shared that with` no
report; `X and administration officials` several people; a question's report ending before the
question after `given that` or `since`. Each with the near shapes that must not be taken (the
sentences here are written for the tests)."""

from __future__ import annotations

from pressreader.importing.annotate import annotate

from .helpers import near_linear, quotes, said_each_time


def _titled(title: str, *paragraphs: str) -> list[tuple[str, str, str]]:
    found = annotate([(None, list(paragraphs))], title=title)
    return [(quote.kind, quote.speaker, quote.text) for quote in found.quotes]


# --- `made it clear that` ------------------------------------------------------------------------


def test_made_it_clear_after_a_name_reports_it() -> None:
    found = quotes(
        "MR. POE: Secretary Jane Roe made it clear to the Minister that the aid will flow."
    )
    assert found == [("indirect", "Jane Roe", "the aid will flow.")]
    found = quotes("MR. POE: Governor Jane Roe has made very clear that the roads stay open.")
    assert found == [("indirect", "Jane Roe", "the roads stay open.")]


def test_made_it_clear_after_a_pronoun_or_the_speakers_own_we_reports_no_one() -> None:
    # (a transcript's `he` and `they` may name someone its turns met only in passing)
    assert quotes("MR. POE: We’ve made it clear that the aid will flow.") == []
    assert quotes("MR. POE: They made very clear that the aid will flow.") == []
    assert quotes("MR. POE: Have made very clear that the aid will flow.") == []
    found = quotes("Q Ukraine’s foreign minister at NATO made very clear that it needs more aid.")
    assert found == []


def test_made_it_clear_in_a_question_reports_the_one_asked() -> None:
    found = quotes(
        "Q Secretary Jane Roe, is the aid ready?",
        "SECRETARY ROE: It is.",
        "Q You’ve made it very clear that his position hasn’t changed. Will it?",
    )
    assert found == [("indirect", "Jane Roe", "his position hasn’t changed.")]


# --- words of time before the verb ---------------------------------------------------------------


def test_always_today_or_yesterday_between_a_name_and_its_verb_reports_it() -> None:
    found = quotes("Q Senator Jane Roe today said that the bill will pass.")
    assert found == [("indirect", "Jane Roe", "the bill will pass.")]
    found = quotes("Q Secretary Jane Roe yesterday said “gaps are narrowing.”")
    assert found == [("direct", "Jane Roe", "gaps are narrowing.")]
    found = quotes("MR. POE: Governor Jane Roe has always said that the roads stay open.")
    assert found == [("indirect", "Jane Roe", "the roads stay open.")]


def test_always_after_a_pronoun_or_a_title_named_in_passing_reports_no_one() -> None:
    assert quotes("MR. POE: So, Jen, he basically has always said that this should be paid.") == []
    found = quotes(
        "Q What did President Roe of Freedonia say?",
        "MS. POE: And the President has always said he’s going to take action.",
    )
    assert found == []


# --- clefts --------------------------------------------------------------------------------------


def test_what_x_said_was_that_a_reports_a() -> None:
    found = quotes(
        "MR. POE: Governor Jane Roe is open to it. What she said was that, as leaders, "
        "the two governors should direct their teams."
    )
    assert found == [
        ("indirect", "Jane Roe", "as leaders, the two governors should direct their teams.")
    ]
    found = quotes(
        "MR. POE: One of the things that Governor Jane Roe told Governor Doe yesterday was "
        "she doesn’t want to see another school closed. So she is committed."
    )
    assert found == [("indirect", "Jane Roe", "she doesn’t want to see another school closed.")]


def test_a_cleft_of_ones_own_words_or_of_an_adjective_reports_nothing() -> None:
    assert quotes("MR. POE: What I said was that we’re going to examine our policy.") == []
    found = quotes("MR. POE: Governor Jane Roe spoke on Friday. And what she said was plain.")
    assert found == []
    assert quotes("MR. POE: Governor Jane Roe did what she said she would do.") == []


# --- `the President` -----------------------------------------------------------------------------


def test_the_president_is_the_one_the_title_names() -> None:
    found = _titled(
        "Press Gaggle on President Roe’s Travel to Freedonia",
        "Q Did President Roe hear President Doe’s views?",
        "MS. POE: President Doe speaks for himself. The President made it clear that the aid "
        "will flow.",
    )
    assert found == [("indirect", "Roe", "the aid will flow.")]


def test_the_president_of_a_title_naming_none_stays_the_last_one_named() -> None:
    found = _titled(
        "Press Gaggle by Press Secretary Jane Poe",
        "Q What about President Doe’s views?",
        "MS. POE: President Doe spoke. The President said that the aid will flow.",
    )
    assert found == [("indirect", "Doe", "the aid will flow.")]
    # (a title's President the paragraphs never name so: `Op-Ed` is no surname)
    found = _titled(
        "ICYMI: President Jane Roe Op-Ed: Aid Will Flow",
        "President Jane Roe wrote of it. President Doe spoke. The President said that the aid will "
        "flow.",
    )
    assert found == [("indirect", "Doe", "the aid will flow.")]


def test_the_president_is_never_a_vice_president_met_before() -> None:
    found = quotes(
        "MR. POE: Vice President Jane Roe did dial in, yes.",
        "Q Can you say whether the President said that the aid would stop?",
    )
    assert [speaker for _, speaker, _ in found] != ["Jane Roe"]
    found = quotes(
        "MR. POE: Vice President Jane Roe did dial in, yes.",
        "Q Did she speak? The Vice President said that the aid would stop.",
    )
    assert found == [("indirect", "Jane Roe", "the aid would stop.")]


# --- `shared that with`, several officials, a question's cause -----------------------------------


def test_shared_that_with_someone_is_no_report() -> None:
    assert quotes("Q Did Governor Jane Roe say whether she shared that with the Mayor?") == []
    found = quotes("Q Governor Jane Roe shared that the roads will open.")
    assert found == [("indirect", "Jane Roe", "the roads will open.")]


def test_a_body_and_officials_together_are_several_people() -> None:
    found = quotes("Q The White House and administration officials said that the plan works.")
    assert found == []
    found = quotes("Q The White House said that the plan works.")
    assert found == [("indirect", "White House", "the plan works.")]


def test_a_report_after_given_that_ends_before_the_questions_own_words() -> None:
    found = quotes(
        "Q Secretary Jane Roe, is the aid ready?",
        "SECRETARY ROE: It is.",
        "Q Given that you say the aid will flow, is there a timeline for it?",
    )
    assert found == [("indirect", "Jane Roe", "the aid will flow")]


# --- time ----------------------------------------------------------------------------------------


def test_many_clefts_and_made_it_clear_in_one_turn_are_read_in_time_near_linear() -> None:
    both = (
        "What Governor Jane Roe said was that the plan works. "
        "Governor Jane Roe has always made it clear that the plan works. "
    )
    small, large = near_linear(lambda n: quotes("MR. POE: " + both * n), 50)
    said = ("indirect", "Jane Roe", "the plan works.")
    said_each_time(small, large, said, 2 * 50)


# --- `the President` after `Vice President Roe` ------------------------------------------------


def test_the_president_after_a_vice_president_is_the_one_president_named_later() -> None:
    # (a Vice President holds the title only as a part of hers: the President is still the
    # one the text names later, and `the Vice President` still names her)
    found = quotes(
        "Q But Vice President Jane Roe also dialed in?",
        "MR. LEE: The President made clear that he will act.",
        "MR. LEE: The Vice President said that she will act too.",
        "Q Is there frustration on the part of President John Smith?",
    )
    assert found == [
        ("indirect", "John Smith", "he will act."),
        ("indirect", "Jane Roe", "she will act too."),
    ]


def test_the_president_after_a_president_met_is_that_one_not_the_one_named_later() -> None:
    found = quotes(
        "Q President Jim Poe of Freedonia called?",
        "MR. LEE: The President made clear that he will act.",
        "Q Is there frustration on the part of President John Smith?",
    )
    assert ("indirect", "John Smith", "he will act.") not in found
