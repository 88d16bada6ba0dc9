"""Where a report starts after a false start (docs/IMPORT-RULES.md, the enspan round): three words
or fewer broken off by a dash and begun again with a pronoun and its verb, a false start with the
speaker's aside before `— that`, and a lead-in ending `which is to —`. Not the same words said
again, a word broken off, an aside, nor a verb of saying after the pronoun.

The second enspan round (a span audit of found indirect quotes in unlabelled White House texts):
a question's own words after the report it holds (`I know you said that A, but what’s the
strategy …?`, `Because the President said that A, can you …?`), another source's attribution
after `, but` (`…, but yesterday the President said B`, `…, but the Joint Committee on Taxation
says …`), and `that` as the subject of the clause said (`He said that was a lesson he learned.`).
Each shape with its near shapes and those that must stay as they are (the sentences here are
written for the tests)."""

from __future__ import annotations

import pytest

from .helpers import briefing_quotes, quotes

_MET = "MS. JEAN-PIERRE: President Joe Biden went to Detroit on Monday."


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        (
            "He said that he seriously — he takes this seriously when it comes to documents.",
            "he takes this seriously when it comes to documents.",
        ),
        (
            "He said that you need — we need more police.",
            "we need more police.",
        ),
        (
            "He said it’s — he has a bipartisan group that’s been successful.",
            "he has a bipartisan group that’s been successful.",
        ),
        (
            "He said that they just — you know, they didn’t back up their emails.",
            "they didn’t back up their emails.",
        ),
        (
            "He said that you would accept — you would be willing to accept more migrants.",
            "you would be willing to accept more migrants.",
        ),
    ],
)
def test_false_start_before_a_pronoun(sentence: str, report: str) -> None:
    assert quotes(_MET, sentence) == [("indirect", "Joe Biden", report)]


@pytest.mark.parametrize(
    "report",
    [
        "he — he was not personally responsible for it.",  # (the pronoun said again)
        "we have — we have to continue our efforts.",  # (the words said again)
        "it doesn’t ma- — bother him to pay taxes.",  # (a word broken off)
        "he would — and I’m using a quotation — terminate the deal.",  # (an aside)
        "the federal government was — we were right to act.",  # (four words before the dash)
    ],
)
def test_kept_whole(report: str) -> None:
    assert quotes(_MET, f"He said that {report}") == [("indirect", "Joe Biden", report)]


def test_a_verb_of_saying_after_the_dash_is_its_own_report() -> None:
    # (`_DASH_SAID`: the sentence begun again with a verb of saying is read as any report)
    assert quotes(_MET, "He said this — he said he wanted recommendations by Friday.") == [
        ("indirect", "Joe Biden", "he wanted recommendations by Friday.")
    ]


def test_false_start_with_an_aside_before_that() -> None:
    assert quotes(
        "MS. PSAKI: Prime Minister Justin Trudeau spoke in Ottawa.",
        "And certainly, he made clear as well in his speech that he was — and this was not "
        "directed at any one country, but directed at any country that doesn’t meet the bar — "
        "that we will hold standards of democracy high.",
    ) == [("indirect", "Justin Trudeau", "we will hold standards of democracy high.")]


def test_an_aside_before_that_after_a_long_clause_stays() -> None:
    # (six words before the first dash: the report itself, its `— that` a restatement)
    report = (
        "the U.S. was willing to impose new sanctions — and this was new — that it has not "
        "imposed before."
    )
    assert quotes(_MET, f"He said {report}") == [("indirect", "Joe Biden", report)]


def test_which_is_to_dash() -> None:
    assert quotes(
        "MS. PSAKI: President Joe Biden spoke on Monday.",
        "What we have done here is done exactly what the President said we would do from the "
        "beginning, which is to — if they invaded, we would be providing security assistance.",
    ) == [("indirect", "Joe Biden", "if they invaded, we would be providing security assistance.")]


def test_which_is_without_a_dash_stays() -> None:
    # (a relative clause with no dash nor colon is the report's own)
    report = "we would fund the plan, which is to say we would pay for it."
    assert quotes(_MET, f"He said {report}") == [("indirect", "Joe Biden", report)]


_GAS = "the average price of regular gasoline fell 6.7 cents in the last week to $3.28"


def test_an_ellipsis_glued_to_a_capital_ends_the_report() -> None:
    # (a news excerpt: words left out, then the next excerpt's sentence)
    assert quotes(f"GasBuddy.com reported Monday that {_GAS}…National prices fell 9.3 cents.") == [
        ("indirect", "GasBuddy.com", _GAS)
    ]


def test_an_ellipsis_before_lower_case_stays() -> None:
    # (an ellipsis glued to the report's next words in lower case goes on with it)
    rest = "…and national prices fell 9.3 cents."
    assert quotes(f"GasBuddy.com reported Monday that {_GAS}{rest}") == [
        ("indirect", "GasBuddy.com", f"{_GAS}{rest}")
    ]


# --- the asker's question after the report ---------------------------------------------------


@pytest.mark.parametrize(
    ("question", "report"),
    [
        (
            "Q Thanks, Jane. I know you said you don’t want to talk about the letters, but in "
            "general, is this a role the U.S. would play?",
            ("Jane Roe", "you don’t want to talk about the letters"),
        ),
        (
            "Q Thanks. The President said that he didn’t want to comment on the payment, but, "
            "just to put it more broadly, was the administration aware of it?",
            ("President", "he didn’t want to comment on the payment"),
        ),
        (
            "Q Jane, I know you said that the President is speaking to the senator, but what’s "
            "the strategy for the House?",
            ("Jane Roe", "the President is speaking to the senator"),
        ),
        (
            "Q The President said that the plan is working, but is it?",
            ("President", "the plan is working"),
        ),
        (
            "Q You said that the talks went well, but when the envoy arrived, was there any "
            "progress?",
            ("Jane Roe", "the talks went well"),
        ),
    ],
)
def test_the_askers_question_joined_after_the_report_ends_it(
    question: str, report: tuple[str, str]
) -> None:
    assert briefing_quotes(question, "MS. ROE: No.") == [("indirect", *report)]


@pytest.mark.parametrize(
    ("question", "report"),
    [
        (
            "Q Because the President said in his statement that job growth will rebound, can you "
            "give us a sense of the numbers?",
            ("President", "job growth will rebound"),
        ),
        (
            "Q Now that the Pentagon has shared that the Secretary had surgery, does the "
            "President believe he should have been told?",
            ("Pentagon", "the Secretary had surgery"),
        ),
        (
            "Q And when the President says he’s prepared to act on climate, what’s the timeframe "
            "for that?",
            ("President", "he’s prepared to act on climate"),
        ),
    ],
)
def test_a_report_in_a_clause_of_cause_or_time_before_a_question_ends_at_its_comma(
    question: str, report: tuple[str, str]
) -> None:
    assert briefing_quotes(question, "MS. ROE: No.") == [("indirect", *report)]


def test_a_report_whose_own_clauses_go_on_after_but_keeps_them() -> None:
    # `but that B` (the verb's second clause), a `but` clause with no question in a sentence
    # that asks none, and a question mark in the next sentence: the report goes on; a question
    # joined after it ends it.
    assert briefing_quotes(
        "Q The Governor, Jane Doe, said that the state is ready, but is it?"
    ) == [("indirect", "Jane Doe", "the state is ready")]
    assert briefing_quotes(
        "Q The President said that the economy is strong, but that inflation is too high. Does "
        "he still think so?",
        "MS. ROE: Yes.",
    ) == [("indirect", "President", "the economy is strong, but that inflation is too high.")]
    assert quotes("Governor Jane Roe said that the state is ready, but will need more help.") == [
        ("indirect", "Jane Roe", "the state is ready, but will need more help.")
    ]
    assert quotes(
        "Governor Jane Roe said that the state is ready, but how it pays is unclear. Is it?"
    ) == [("indirect", "Jane Roe", "the state is ready, but how it pays is unclear.")]


# --- another source after `, but` ---------------------------------------------------------------


def test_another_source_after_but_with_the_time_of_saying_ends_the_report() -> None:
    assert briefing_quotes(
        "Q So, today you’ve said that he is urging states, but yesterday the President said he’s "
        "directing states. Which is it?",
        "MS. ROE: Both.",
    ) == [
        ("indirect", "Jane Roe", "he is urging states"),
        ("indirect", "President", "he’s directing states."),
    ]


def test_a_body_named_with_on_or_of_after_but_ends_the_report() -> None:
    assert quotes(
        "Senator Jane Roe said that the bill would not raise taxes on families, but the Joint "
        "Committee on Taxation says that it would raise them.",
        "Mayor John Doe said that the fund is full, and the Department of Labor announced that "
        "it will add more.",
    ) == [
        ("indirect", "Jane Roe", "the bill would not raise taxes on families"),
        ("indirect", "Joint Committee on Taxation", "it would raise them."),
        ("indirect", "John Doe", "the fund is full"),
        ("indirect", "Department of Labor", "it will add more."),
    ]


def test_a_name_inside_the_report_without_a_verb_of_saying_stays_in_it() -> None:
    assert quotes(
        "Mayor John Doe said that the roads are open, but later the Port of Miami said that "
        "they are closed."
    ) == [
        ("indirect", "John Doe", "the roads are open"),
        ("indirect", "Port of Miami", "they are closed."),
    ]
    assert quotes(
        "Governor Jane Roe said that the plan is ready, and that the Department of Health will "
        "run it.",
        "Mayor John Doe said that the roads are open, but the Port of Miami is still closed.",
    ) == [
        (
            "indirect",
            "Jane Roe",
            "the plan is ready, and that the Department of Health will run it.",
        ),
        ("indirect", "John Doe", "the roads are open, but the Port of Miami is still closed."),
    ]


# --- `that` as the clause's subject --------------------------------------------------------------


def test_that_before_a_copula_right_after_the_verb_is_the_clauses_subject() -> None:
    assert quotes(
        "Governor Jane Roe says that is not true.",
        "Mayor John Doe said that was a lesson he learned.",
        "Senator Mary Major said that is why the state acted.",
    ) == [
        ("indirect", "Jane Roe", "that is not true."),
        ("indirect", "John Doe", "that was a lesson he learned."),
        ("indirect", "Mary Major", "that is why the state acted."),
    ]


def test_that_as_the_conjunction_stays_out_of_the_report() -> None:
    # (`that` the subject right after the verb, `that` the conjunction before a subject, and a
    # noun's relative clause, `a plan that is …`, no report of the clause's kind)
    assert quotes("Governor Jane Roe said that was a mistake.") == [
        ("indirect", "Jane Roe", "that was a mistake.")
    ]
    assert quotes(
        "Governor Jane Roe said that it is a mistake.",
        "Mayor John Doe said that isolation is a risk.",
        "Senator Mary Major said that the plan is a mistake.",
    ) == [
        ("indirect", "Jane Roe", "it is a mistake."),
        ("indirect", "John Doe", "isolation is a risk."),
        ("indirect", "Mary Major", "the plan is a mistake."),
    ]


# --- `It` judging the words in a transcript's turn ---------------------------------------------


def test_it_and_a_judgement_in_a_turn_is_the_speakers_not_the_report_carried_on() -> None:
    assert briefing_quotes(
        "MS. ROE: Acme Health announced today that it’s applying for full approval from the "
        "agency. It’s important to start with: nothing changes right now.",
        "Q The President said there are things the Justice Department can do to help women. It "
        "was a little unclear. What’s the plan?",
        "Q The President said he was “examining” ways to close the border. It’s a phrase that can "
        "mean lots of things.",
    ) == [
        ("indirect", "Acme Health", "it’s applying for full approval from the agency."),
        ("indirect", "President", "there are things the Justice Department can do to help women."),
        ("indirect", "President", "he was “examining” ways to close the border."),
    ]


def test_it_saying_more_of_the_point_in_a_turn_still_carries_the_report_on() -> None:
    assert briefing_quotes(
        "MS. ROE: The President has been very clear: A shutdown is unacceptable. It will hurt "
        "families across the country. It was a little unclear to some in Congress.",
    ) == [
        (
            "indirect",
            "President",
            "A shutdown is unacceptable. It will hurt families across the country.",
        ),
    ]


# --- the one speaking's link or point's number before `A, as X said.` --------------------------

_MET_OHIO = "President Joe Biden spoke in Ohio."


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        (
            "Third, we raise the standards for every mine, as CEO Jane Roe said.",
            "we raise the standards for every mine",
        ),
        (
            "Finally, the bridge will open in May, as Governor Jane Roe said.",
            "the bridge will open in May",
        ),
        (
            "And the bridge will open in May, as Governor Jane Roe said.",
            "the bridge will open in May",
        ),
        (
            "So, the bridge will open in May, as Governor Jane Roe has said.",
            "the bridge will open in May",
        ),
    ],
)
def test_a_link_or_a_points_number_before_a_report_closed_by_as_x_said_is_no_part_of_it(
    sentence: str, report: str
) -> None:
    assert quotes(f"{_MET_OHIO} {sentence}") == [("indirect", "Jane Roe", report)]


def test_a_title_opening_the_report_stays_in_it() -> None:
    # (`First Lady` is no point's number; `A, X said.` without `as` keeps its words as they are)
    assert quotes(
        f"{_MET_OHIO} Third, we raise the standards, as CEO Jane Roe said.",
        f"{_MET_OHIO} First Lady Jill Biden will travel to Ohio, as Governor Mary Major said.",
    ) == [
        ("indirect", "Jane Roe", "we raise the standards"),
        ("indirect", "Mary Major", "First Lady Jill Biden will travel to Ohio"),
    ]


# --- the one speaking's conclusion or correction after the report ------------------------------


def test_the_speakers_conclusion_after_so_ends_the_report() -> None:
    assert briefing_quotes(
        "MS. ROE: Well, the President said he intends to nominate a judge, so that is — it makes "
        "clear that this is a priority for him.",
        "MS. ROE: The President also said it is important to look into what happened, and so "
        "that’s something the regulators will do.",
        "MS. ROE: The President said he will act so that the price falls.",
    ) == [
        ("indirect", "President", "he intends to nominate a judge"),
        ("indirect", "President", "it is important to look into what happened"),
        ("indirect", "President", "he will act so that the price falls."),
    ]


def test_the_askers_correction_after_a_dash_ends_the_report() -> None:
    assert briefing_quotes(
        "Q I know that you said the Prime Minister will be coming to Washington in — I think you "
        "said late May.",
        "MS. ROE: Yes.",
    ) == [("indirect", "Jane Roe", "the Prime Minister will be coming to Washington in")]
    # (a dash with no one saying after it: the report goes on)
    assert briefing_quotes(
        "Q I know that you said the Prime Minister will be coming in — I think — late May.",
        "MS. ROE: Yes.",
    ) == [("indirect", "Jane Roe", "the Prime Minister will be coming in — I think — late May.")]


# --- a false start begun again with `that` and a determiner of quantity --------------------------


def test_a_false_start_begun_again_with_that_one_of_is_no_part_of_the_report() -> None:
    assert briefing_quotes(
        "MS. ROE: The Prime Minister said that one of the — that one of the things discussed was "
        "a meeting on the canal.",
        "MS. ROE: The Prime Minister said that one of the — that most of the talks went well.",
        # (a clause of more than five words before the dash: the report itself, `— that …` in it)
        "MS. ROE: The Prime Minister said that the ships were turned back at sea — that many were "
        "never found.",
    ) == [
        ("indirect", "Prime Minister", "one of the things discussed was a meeting on the canal."),
        ("indirect", "Prime Minister", "most of the talks went well."),
        (
            "indirect",
            "Prime Minister",
            "the ships were turned back at sea — that many were never found.",
        ),
    ]
