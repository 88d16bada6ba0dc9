"""Where a report's span ends (spanend round): a report inside a clause of time, cause or
concession ends with that clause (before the main clause's comma when the clause opens the
sentence, at the closing dash when dashes set it off); a question's main clause after a
quotation the report closes is the asker's; `, and I quote,` inside a report is no clause of the
one reporting; a word of saying right before a dash (`mapping and observing—`) is a noun, no
verb that ends the report."""

from __future__ import annotations

from .helpers import quotes


def test_a_report_in_a_fronted_clause_ends_before_the_main_clause() -> None:
    text = (
        "So, we are here today. Because even after Speaker McCarthy said that the bipartisan "
        "budget agreement would help Congress work again, he chose a different path."
    )
    assert quotes(text) == [
        ("indirect", "McCarthy", "the bipartisan budget agreement would help Congress work again")
    ]
    text = (
        "When the FAO says that over 300 million people may be suffering from hunger, we see "
        "how urgent peace is."
    )
    assert quotes(text) == [
        ("indirect", "FAO", "over 300 million people may be suffering from hunger")
    ]
    text = "Because after Secretary Roe said that the plan would work, she left the room."
    assert quotes(text) == [("indirect", "Roe", "the plan would work")]


def test_a_report_in_a_fronted_clause_keeps_its_own_inner_clauses() -> None:
    # the attribution after the opening clause's comma: the main clause's report, whole
    text = (
        "And while the initial phase is six weeks, President Biden said that if the parties "
        "are at the table, that first phase could be extended."
    )
    clause = "if the parties are at the table, that first phase could be extended."
    assert quotes(text) == [("indirect", "Biden", clause)]
    # no opening clause: the report's own `when …, they …`
    assert quotes("Governor Roe said that when prices rise, they fall later.") == [
        ("indirect", "Roe", "when prices rise, they fall later.")
    ]
    # a comma after the opening clause's first words: no report inside it
    text = "After the meeting, Speaker McCarthy said that the deal would help, and the House voted."
    assert quotes(text)[0][2].startswith("the deal would help")
    assert quotes(text)[0][2] != "the deal would help"


def test_a_report_in_a_dashed_clause_ends_at_the_closing_dash() -> None:
    text = (
        "Senator Scott—after saying the bill would “put the American Dream further out of reach "
        "for families”—said he was “excited to see the work begin” on the plant."
    )
    found = quotes(text)
    assert found[0] == (
        "indirect",
        "Scott",
        "the bill would “put the American Dream further out of reach for families”",
    )
    text = (
        "So, since then — since the Texas law banned most abortions and President Biden said "
        "that there was going to be a whole-of-government response to that — so, mostly, it’s "
        "just the things that you just read."
    )
    assert quotes(text) == [
        ("indirect", "Biden", "there was going to be a whole-of-government response to that")
    ]


def test_a_dash_inside_a_report_not_in_such_a_clause_stays() -> None:
    # a speaker's self-correction after a dash, the attribution in no clause of time
    text = "President Biden has said that the system is — the immigration system is broken."
    assert quotes(text) == [
        ("indirect", "Biden", "the system is — the immigration system is broken.")
    ]


def test_a_questions_main_clause_after_a_closing_mark_is_the_askers() -> None:
    text = (
        "Q In your readout, when you say President Biden made clear that the U.S. policy would "
        "be “determined by Israel’s immediate action,” could you decode that for us?"
    )
    assert quotes(text) == [
        (
            "indirect",
            "Biden",
            "the U.S. policy would be “determined by Israel’s immediate action,”",
        )
    ]


def test_and_i_quote_inside_a_report_goes_on() -> None:
    text = (
        "In his final message to the nation, Bob said that whenever he started a new journey, "
        "the first thing he would do, and I quote, is “sit back and watch for a few days,” then "
        "start standing up for what he thought was right."
    )
    found = quotes(text)
    assert found[0][2].startswith("whenever he started a new journey")
    assert found[0][2].endswith("what he thought was right.")
    # the one reporting back in the first person still ends it
    text = "Secretary Roe said that the plan would work, and I think it will."
    assert quotes(text) == [("indirect", "Roe", "the plan would work")]


def test_a_word_of_saying_before_a_dash_is_no_verb() -> None:
    text = (
        "NOAA anticipates that the data will fill gaps in ocean science, particularly in ocean "
        "mapping and observing—in service of NOAA’s mission to advance climate adaptation."
    )
    assert quotes(text)[0][2].endswith("to advance climate adaptation.")
    # the verb of saying before its clause still ends the report
    text = "NOAA said that the data will fill gaps, and noted that the survey will begin in May."
    assert quotes(text)[0][2] == "the data will fill gaps"
