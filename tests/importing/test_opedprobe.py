"""Shapes of the opinion piece (docs/IMPORT-RULES.md, "What it finds", the opedprobe round): the
author quoting others to argue. `As X observed, A`, `As X reminded us, A`, `As X argued, A` are told
like `As X said, A`, with only the one told or the time before the comma (not `As X observed the
parade, …`); `In the words of X, “…”` takes a name with an initial's or a suffix's dot (`Martin
Luther King Jr.`); a description in lower case before the one it names between commas (`Even the
bill’s sponsor, Senator Mark Daniels,`, `My colleague, Professor David Kim,`) names the person;
`Professor David Kim of Columbia University` is David Kim, not a body; `Some`, `Many`, `Others`
alone name no one. The sentences here are written for the tests."""

from __future__ import annotations

from .helpers import quotes

FEAR = "the only thing we have to fear is fear itself."
LUNCH = "there is no such thing as a free lunch."


def test_as_x_observed_argued_reminded_gives_the_clause() -> None:
    for verb in ("observed", "argued", "reminded us", "warned in 1933", "once observed"):
        assert quotes(f"As Franklin Roosevelt {verb}, {FEAR}") == [
            ("indirect", "Franklin Roosevelt", FEAR)
        ], verb
    assert quotes(f"As the late economist Milton Friedman observed, {LUNCH}") == [
        ("indirect", "Milton Friedman", LUNCH)
    ]
    assert quotes(f"As Milton Friedman famously argued, {LUNCH}") == [
        ("indirect", "Milton Friedman", LUNCH)
    ]


def test_as_x_said_still_gives_the_clause() -> None:
    assert quotes(f"As Franklin Roosevelt said, {FEAR}") == [
        ("indirect", "Franklin Roosevelt", FEAR)
    ]


def test_as_x_observed_a_thing_is_no_report() -> None:
    assert quotes("As Jane Roe observed the parade, she waved to the crowd.") == []
    assert quotes("As Senator Jane Roe argued the case, the room went quiet.") == []
    assert quotes("As Jane Roe warned the children about the storm, the wind rose.") == []


def test_the_authors_own_as_is_no_quote() -> None:
    assert quotes(f"As I have argued before, {FEAR}") == []
    assert quotes(f"As we observed last year, {FEAR}") == []


def test_in_the_words_of_a_name_with_a_dot() -> None:
    assert quotes(
        "In the words of Martin Luther King Jr., “The time is always right to do what is right.”"
    ) == [("direct", "Martin Luther King Jr.", "The time is always right to do what is right.")]
    assert quotes("In the words of John F. Kennedy, “Ask not what your country can do.”") == [
        ("direct", "John F. Kennedy", "Ask not what your country can do.")
    ]
    # (a sentence's end before it is no part of the name)
    assert quotes("We read it twice. In the words of the poem, “Hope is the thing.”") == []


def test_a_description_before_a_titled_name_between_commas() -> None:
    assert quotes(
        "Even the bill’s sponsor, Senator Mark Daniels, said that the measure will not lower "
        "prices overnight."
    ) == [("indirect", "Mark Daniels", "the measure will not lower prices overnight.")]
    assert quotes(
        "My colleague, Professor David Kim, told me that the numbers surprised even him."
    ) == [("indirect", "David Kim", "the numbers surprised even him.")]
    assert quotes(
        "My colleague, Professor David Kim of Columbia University, told me that the numbers "
        "surprised even him."
    ) == [("indirect", "David Kim", "the numbers surprised even him.")]
    # (a description of several is no one of them: `Critics, including X,` below; a plural
    # title before the commas names several too)
    assert (
        quotes("Two of the bill’s sponsors, Senators Mark Daniels and Jane Roe, said it will fail.")
        == []
    )
    # (near shapes read before already)
    assert quotes("Her lawyer, John Smith, said that the ruling was unjust.") == [
        ("indirect", "John Smith", "the ruling was unjust.")
    ]


def test_several_described_together_before_the_commas_name_no_one() -> None:
    assert quotes("Critics, including Senator Mark Daniels, said that the measure will fail.") == []


def test_a_titled_name_of_a_place_of_work_is_the_person() -> None:
    assert quotes(
        "Professor David Kim of Columbia University said that the numbers surprised him."
    ) == [("indirect", "David Kim", "the numbers surprised him.")]
    assert quotes(
        "Economist Jane Roe of the Brookings Institution has argued that zoning raises rents."
    ) == [("indirect", "Jane Roe", "zoning raises rents.")]
    assert quotes("The Bank of America said that rates would fall.") == [
        ("indirect", "Bank of America", "rates would fall.")
    ]


def test_some_many_others_alone_name_no_one() -> None:
    assert quotes("Some have called the proposal “socialism.” It is nothing of the kind.") == []
    assert quotes("Many argue that the plan is socialism.") == []
    assert quotes("Others have said that the plan will fail.") == []
    # (a group named with its word stays as before: `Some economists` is no one either)
    assert quotes("Some economists say that the plan will fail.") == []


def test_a_person_of_a_place_at_work_of_the_body_after_of_the() -> None:
    assert quotes("Jane Roe of the Brookings Institution said that rents will rise.") == [
        ("indirect", "Jane Roe", "rents will rise.")
    ]


def test_a_private_person_of_a_place_is_no_source() -> None:
    assert (
        quotes("As one tenant in Phoenix told me, “I work two jobs and I still can’t pay.”") == []
    )
    assert quotes("One homeowner in Ohio said that the taxes are too high.") == []
    # (near shapes: an unnamed spokesperson still speaks for the place, ANNOTATING.md)
    assert quotes("A spokesperson in Beijing said that the talks will go on.") == [
        ("indirect", "Beijing", "the talks will go on.")
    ]
    assert quotes("One tenant, Maria Lopez, told me, “I work two jobs.”") == [
        ("direct", "Maria Lopez", "I work two jobs.")
    ]
