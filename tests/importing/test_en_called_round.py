"""A verb of calling after an apposition, an age, a relative clause or an aside between commas
(the encalled round; docs/ANNOTATING.md, "A phrase after the source's own verb of calling"):
the words in marks are the source's direct quote, the source the one named before the
apposition. Each with near shapes that must not be taken (the sentences here are written for
the tests)."""

from __future__ import annotations

from .helpers import quotes


def test_a_calling_after_an_apposition_is_the_named_source() -> None:
    # a lawmaker's party and a relative clause, a wire's way
    assert quotes(
        "Rep. Jane Roe, R-Ohio, who filed a motion to remove the speaker last month, called the"
        " plan “a betrayal.”"
    ) == [("direct", "Jane Roe", "a betrayal.")]
    # an apposition, an age, a relative clause, an aside
    for sentence in (
        "Sen. Jane Roe, a Democrat from Ohio, called the bill “a disaster.”",
        "Jane Roe, 54, called the bill “a disaster.”",
        "Jane Roe, who chairs the committee, called the bill “a disaster.”",
        "Jane Roe, however, called the bill “a disaster.”",
        "After the vote, Jane Roe, the chairwoman, has repeatedly called the bill “a disaster.”",
    ):
        assert quotes(sentence) == [("direct", "Jane Roe", "a disaster.")], sentence
    # the other verbs of calling: `described … as`, `accused … of …ing`
    assert quotes("Jane Roe, the chairwoman, described the bill as “a disaster.”") == [
        ("direct", "Jane Roe", "a disaster.")
    ]
    assert quotes("Jane Roe, the chairwoman, accused the agency of hiding a “secret list.”") == [
        ("direct", "Jane Roe", "secret list.")
    ]
    # a body, and a body's one word with its description
    assert quotes("The Labor Department, in a statement, called the report “deeply flawed.”") == [
        ("direct", "Labor Department", "deeply flawed.")
    ]
    assert quotes("Eurofer, the European steel association, called the plan “long overdue.”") == [
        ("direct", "Eurofer", "long overdue.")
    ]
    # a relative `who` with an aside of its own (a question's words)
    assert quotes("How do you respond to Sen. Ted Cruz who, overnight, called it “offensive”?") == [
        ("direct", "Ted Cruz", "offensive")
    ]


def test_a_name_or_a_group_after_commas_is_no_source() -> None:
    for paragraphs in (
        # the one calling is no one named (`critics`), or the phrase is a name
        ("The Senate passed the plan, which critics called “a betrayal,” on Tuesday.",),
        ("Jane Roe spoke.", "She backed a measure, called “the Fair Act,” last week."),
        ("Jane Roe spoke.", "The bill, called the “Fair Act,” passed."),
        ("Jane Roe spoke.", "The bill, dubbed by critics “the Betrayal Act,” passed."),
        ("Jane Roe spoke.", "The plan, described as “a betrayal,” passed."),
        # a group and some of its members (`including`, `all`): several people
        ("Several lawmakers, including Sen. Jane Roe, now the chairwoman, called it “a grab.”",),
        ("Jane Roe, Tom Doe and Ann Poe, all Democrats, called it “a power grab.”",),
        # an unnamed body before the apposition, as `The agency called …` gives none
        ("The agency, which was founded in 1990, called the report “deeply flawed.”",),
        # a participle of calling after a comma: the sentence's subject, read as before
        ("He complained about the dollar, calling it a “total disaster.”",),
    ):
        assert quotes(*paragraphs) == [], paragraphs
    # a title before the apposition is left as `The President called …` reads it (a briefing's
    # `The President` went to a union's president named before)
    assert quotes(
        "SMART Transportation Division President Jeremy Ferguson, this morning, said that there"
        " has been no real engagement.",
        "The President, a couple of months ago, called the tentative agreement a “big win.”",
    ) == [("indirect", "Jeremy Ferguson", "there has been no real engagement.")]
