"""Reports without `that` in the wire's shapes (docs/IMPORT-RULES.md, "What it finds": a plain past
after `said`): a clause whose verb is a plain past, a participle of saying before a plural's
clause, and where or when it was said between the verb and its clause. Each with near shapes
that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_JUDGE = "U.S. District Judge Analisa Torres heard the case."


def test_a_clause_whose_verb_is_a_plain_past() -> None:
    assert quotes(_JUDGE, "Torres said the sentence reflected the scale of the fraud.") == [
        ("indirect", "Analisa Torres", "the sentence reflected the scale of the fraud.")
    ]
    # a name as the clause's subject, an irregular past, a verb joining a quality
    assert quotes(_JUDGE, "Torres said Guo defrauded thousands of his followers.") == [
        ("indirect", "Analisa Torres", "Guo defrauded thousands of his followers.")
    ]
    assert quotes(_JUDGE, "Torres said the verdict sent a message.") == [
        ("indirect", "Analisa Torres", "the verdict sent a message.")
    ]
    assert quotes(_JUDGE, "Torres said the court remained open.") == [
        ("indirect", "Analisa Torres", "the court remained open.")
    ]
    # told someone, then the clause
    assert quotes(_JUDGE, "Torres told reporters the jury reached its verdict quickly.") == [
        ("indirect", "Analisa Torres", "the jury reached its verdict quickly.")
    ]


def test_what_is_said_itself_is_no_clause() -> None:
    # the things said (`said a prayer`, `said the words`), a time or a conjunction before the
    # word in -ed, an adjective in -ed before its noun, no object after the word in -ed
    for sentence in (
        "Torres said a prayer dedicated to the victims.",
        "Torres said the words quietly and left.",
        "Torres said the day after the jury returned",
        "Torres said the armed guards outside.",
        "Torres said the case involved",
    ):
        assert quotes(_JUDGE, sentence) == [], sentence
    # a noun phrase after a verb that takes one (`noted`): no clause read into it
    assert quotes(_JUDGE, "Torres noted the progress made in the talks.") == []


def test_a_participle_of_saying_reads_a_plural_clause() -> None:
    rutte = "NATO Secretary-General Mark Rutte spoke in Brussels."
    assert quotes(rutte, "Rutte welcomed the review, saying allies were ready to spend more.") == [
        ("indirect", "Mark Rutte", "allies were ready to spend more.")
    ]
    assert quotes(rutte, "Rutte rejected the plan, arguing the costs rose too fast.") == [
        ("indirect", "Mark Rutte", "the costs rose too fast.")
    ]
    # not a participle that takes a noun phrase (`noting allies' contributions`)
    assert quotes(rutte, "Rutte closed the meeting, noting allies’ contributions.") == []


def test_where_or_when_it_was_said_before_the_clause() -> None:
    hegseth = "Defense Secretary Pete Hegseth spoke in Brussels."
    assert quotes(
        hegseth, "Hegseth said in a speech on Tuesday the United States would not leave."
    ) == [("indirect", "Pete Hegseth", "the United States would not leave.")]
    assert quotes(hegseth, "Hegseth said in an interview the talks would resume.") == [
        ("indirect", "Pete Hegseth", "the talks would resume.")
    ]
    # a name opening the clause after the time of saying is the clause's, not the time's
    assert quotes(hegseth, "Hegseth said Tuesday European allies must take the lead.") == [
        ("indirect", "Pete Hegseth", "European allies must take the lead.")
    ]
    assert quotes(hegseth, "Hegseth said last month European allies must take the lead.") == [
        ("indirect", "Pete Hegseth", "European allies must take the lead.")
    ]
    # where it was said with nothing reported after it
    assert quotes(hegseth, "Hegseth said in a speech on Tuesday in Brussels.") == []


_YELLEN = "Treasury Secretary Janet Yellen spoke on Sunday."


def test_a_programme_in_marks_is_no_quote_and_no_bar_to_that() -> None:
    # a possessive right before the marks names a programme: no second part of the quote
    assert quotes(
        _YELLEN, "“This is not an economy in recession,” Yellen told NBC’s “Meet the Press.”"
    ) == [("direct", "Janet Yellen", "This is not an economy in recession,")]
    # (a quote split by its attribution keeps its second part)
    assert quotes(_YELLEN, "“We will,” Yellen said, “keep going.”") == [
        ("direct", "Janet Yellen", "We will,"),
        ("direct", "Janet Yellen", "keep going."),
    ]
    # the programme's title between the verb and `that`
    assert quotes(
        _YELLEN, "Yellen said on CBS’s “Face the Nation” that the economy was strong."
    ) == [("indirect", "Janet Yellen", "the economy was strong.")]
    assert quotes(_YELLEN, "Yellen told NBC’s “Meet the Press” that growth would slow.") == [
        ("indirect", "Janet Yellen", "growth would slow.")
    ]
    # not marks that open before `that` and close after it: a quotation, not a title
    assert quotes(_YELLEN, "Yellen said in a statement “the plan that we made” would work.") == []


def test_when_a_document_came_out_is_not_its_issuer() -> None:
    assert quotes(
        _YELLEN, "According to a CNN poll released Friday, 60% of Americans expect a recession."
    ) == [("indirect", "CNN", "60% of Americans expect a recession.")]
    assert quotes(
        _YELLEN,
        "According to data released Friday by the Labor Department, employers added 200,000 jobs.",
    ) == [("indirect", "Labor Department", "employers added 200,000 jobs.")]
    # a document with no issuer names no source (ANNOTATING.md: `according to one survey`)
    assert quotes(_YELLEN, "According to a report published Tuesday, prices rose.") == []
    assert quotes(_YELLEN, "According to figures released on Monday, prices rose.") == []


def test_a_knights_honorific_and_an_outlet_told() -> None:
    # `Sir`, `Dame` before a name: the name is the rest, and `Sir Keir` is that person
    for named, later, speaker in (
        ("Prime Minister Sir Keir Starmer spoke.", "Starmer", "Keir Starmer"),
        ("Sir Keir Starmer spoke.", "Sir Keir", "Keir Starmer"),
        ("Dame Sally Davies spoke.", "Davies", "Sally Davies"),
    ):
        assert quotes(named, f"{later} said the plan would work.") == [
            ("indirect", speaker, "the plan would work.")
        ]
    # told an outlet or a body named after `the`, then the clause
    assert quotes("Sir Keir Starmer spoke.", "He told the BBC the plan would take time.") == [
        ("indirect", "Keir Starmer", "the plan would take time.")
    ]
    assert quotes("Sir Keir Starmer spoke.", "He told the BBC about the plan.") == []


def test_a_chamber_is_a_body_and_a_group_with_members_is_no_one() -> None:
    newsom = "Gov. Gavin Newsom signed the bill."
    assert quotes(
        newsom, "The California Chamber of Commerce said it would raise costs for small firms."
    ) == [("indirect", "California Chamber of Commerce", "it would raise costs for small firms.")]
    assert quotes(newsom, "The American Cancer Society said the law would save lives.") == [
        ("indirect", "American Cancer Society", "the law would save lives.")
    ]
    # an unnamed group with some of its members named: neither the group nor a member speaks
    assert (
        quotes(
            newsom,
            "Critics, including Republican Assemblyman James Gallagher, said the bill was rushed.",
        )
        == []
    )
    # a named body with its parts: the body speaks
    assert quotes(
        newsom, "The Sierra Club, including its California chapter, said the bill was rushed."
    ) == [("indirect", "Sierra Club", "the bill was rushed.")]


def test_a_countrys_ministry_in_lower_case_and_an_issuers_numbers() -> None:
    sefcovic = "EU trade chief Maros Sefcovic spoke."
    assert quotes(sefcovic, "China’s commerce ministry said it firmly opposed the move.") == [
        ("indirect", "China’s commerce ministry", "it firmly opposed the move.")
    ]
    # (a ministry no country's possessive names is no source; `said it` with an adverb alone
    # reports nothing)
    assert quotes(sefcovic, "The foreign ministry said it would take measures.") == []
    assert quotes(sefcovic, "Sefcovic said it loudly.") == []
    # an issuer's data or figures: the issuer's report
    assert quotes(
        sefcovic, "According to Labor Department data, employers added 200,000 jobs."
    ) == [("indirect", "Labor Department", "employers added 200,000 jobs.")]
    assert quotes(sefcovic, "Employers added 200,000 jobs, according to Eurostat data.") == [
        ("indirect", "Eurostat", "Employers added 200,000 jobs")
    ]
    # numbers no issuer is named for (ANNOTATING.md: a study given no issuer names no source)
    assert quotes(sefcovic, "According to official figures, the population grew.") == []


def test_a_bare_nouns_plain_past_and_a_wires_party_and_state() -> None:
    nelson = "NASA Administrator Bill Nelson spoke."
    assert quotes(nelson, "Asked about the delays, Nelson said safety came first.") == [
        ("indirect", "Bill Nelson", "safety came first.")
    ]
    assert quotes(nelson, "Nelson said yesterday talks failed.") == [
        ("indirect", "Bill Nelson", "talks failed.")
    ]
    assert quotes(nelson, "Nelson told reporters inflation remained high.") == [
        ("indirect", "Bill Nelson", "inflation remained high.")
    ]
    # a word of the narration or an adverb before the word in -ed is no subject
    for sentence in ("Nelson said repeatedly asked questions.", "Nelson said goodbye and left."):
        assert quotes(nelson, sentence) == [], sentence
    # `has since said`: since then
    assert quotes(nelson, "Nelson has since said the launch would slip.") == [
        ("indirect", "Bill Nelson", "the launch would slip.")
    ]
    # a lawmaker's party and state between commas, then a role: the lawmaker
    assert quotes(
        nelson,
        "Rep. Frank Lucas, R-Okla., chairman of the House Science Committee, said NASA must "
        "do more.",
    ) == [("indirect", "Frank Lucas", "NASA must do more.")]


def test_a_time_and_a_place_of_saying_before_that_are_no_speaker() -> None:
    # `, said Thursday in a statement that …`: the name and its apposition before it speak, the
    # report is after `that` (was `Thursday`'s report of the name)
    assert quotes(
        "Transit riders waited.",
        "Gov. Kathy Hochul, a Democrat, said Thursday in a statement that she supported the plan.",
    ) == [("indirect", "Kathy Hochul", "she supported the plan.")]
    # a readout is the document of the body it is from, as a statement is
    assert quotes(
        "Secretary of State Marco Rubio met Foreign Minister Wang Yi.",
        "According to a readout from the White House, the leaders discussed trade.",
    ) == [("indirect", "White House", "the leaders discussed trade.")]


def test_a_name_given_by_its_first_word_and_a_figures_comma() -> None:
    tedros = "WHO Director-General Tedros Adhanom Ghebreyesus spoke."
    # the one person whose name of three words opens with the word
    assert quotes(tedros, "Tedros said the outbreak would grow.") == [
        ("indirect", "Tedros Adhanom Ghebreyesus", "the outbreak would grow.")
    ]
    # (not when two people's names open with it: the word stays the name it is)
    assert quotes(
        "Maria Elena Durazo and Maria Luisa Ruiz spoke.",
        "Officials met. Maria said the outbreak would grow.",
    ) == [("indirect", "Maria", "the outbreak would grow.")]
    # a thousands separator is no comma of the sentence
    assert quotes(tedros, "Tedros said more than 15,600 cases had been reported this year.") == [
        (
            "indirect",
            "Tedros Adhanom Ghebreyesus",
            "more than 15,600 cases had been reported this year.",
        )
    ]
