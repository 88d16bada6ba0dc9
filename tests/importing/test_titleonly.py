"""A source named only by the title of an office one person holds (`The Treasury Secretary told
reporters …`, `The Secretary-General reminded us …`, `the Fed chair`, `the Republican speaker of the
House`), in a text that gives the title to no name, is named by the title (ANNOTATING.md,
"Forty-third folder", "Fourteenth folder"); a text that names the holder gives the holder. A title
several people hold (`a senator`, `the minister`, `a former Chief Justice`, `the Prime Minister`
beside `the Prime Minister of Japan`) gives no source. A question's `You told CNBC in March, “…”`
and `You said in March, “…”` are the one asked's direct quotes (ANNOTATING.md, "Thirty-ninth
folder", "Recall census"). From the `titleonly` probe of news, briefings, interviews and speeches;
the sentences here are written for the tests (docs/IMPORT-RULES.md, "What it finds")."""

from __future__ import annotations

import pytest

from .helpers import quotes

_CLAUSE = "the government would not run out of cash before August."


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("The Treasury Secretary told reporters on Friday that", "Treasury Secretary"),
        ("The Treasury Secretary said", "Treasury Secretary"),
        ("the Treasury Secretary told reporters on Friday that", "Treasury Secretary"),
        ("The Fed chair told Congress last week that", "Fed chair"),
        ("The Federal Reserve chairman said", "Federal Reserve chairman"),
        ("The Secretary-General reminded us this morning that", "Secretary-General"),
        ("The Prime Minister told parliament on Wednesday that", "Prime Minister"),
        ("The Attorney General said on Monday that", "Attorney General"),
        ("The Speaker of the House said", "Speaker of the House"),
        ("The Speaker of the House told reporters on Friday that", "Speaker of the House"),
        ("The Secretary of State said yesterday that", "Secretary of State"),
        ("The Pope said on Sunday that", "Pope"),
        ("The Defense Secretary warned that", "Defense Secretary"),
    ],
)
def test_a_title_one_person_holds(lead: str, speaker: str) -> None:
    assert quotes(f"{lead} {_CLAUSE}") == [("indirect", speaker, _CLAUSE)]


def test_a_direct_quote_after_the_title() -> None:
    assert quotes(
        "The Secretary-General said, “We are running out of time.”",
        "“We are watching the data closely,” the Treasury Secretary said.",
    ) == [
        ("direct", "Secretary-General", "We are running out of time."),
        ("direct", "Treasury Secretary", "We are watching the data closely,"),
    ]


def test_the_republican_speaker_of_the_house() -> None:
    assert quotes(
        "As the press shouted to me, the Republican speaker of the House said, “Whatever he"
        " proposes is dead on arrival.” Well, I think his thinking is dead on arrival."
    ) == [("direct", "Speaker of the House", "Whatever he proposes is dead on arrival.")]


def test_the_holder_named_before_is_the_source() -> None:
    assert quotes(
        "Treasury Secretary Janet Yellen met bankers in New York on Monday.",
        f"Later, the Treasury Secretary said {_CLAUSE}",
    ) == [("indirect", "Janet Yellen", _CLAUSE)]


@pytest.mark.parametrize(
    ("before", "lead", "speaker"),
    [
        ("British Prime Minister Jane Roe spoke first.", "The Prime Minister said", "Jane Roe"),
        ("Secretary Roe met bankers in New York.", "The Treasury Secretary said", "Roe"),
    ],
)
def test_the_holder_the_text_names_not_the_title(before: str, lead: str, speaker: str) -> None:
    assert quotes(before, f"{lead} {_CLAUSE}") == [("indirect", speaker, _CLAUSE)]


def test_a_question_naming_the_one_asked_before_the_title() -> None:
    # (the Press Secretary addressed is not the Treasury's Secretary)
    assert quotes(
        "Press Briefing by Press Secretary Karine Jean-Pierre",
        "MS. JEAN-PIERRE: Good afternoon, everybody.",
        "Q Karine, the Treasury Secretary told reporters this morning that the debt ceiling"
        " talks were stalling. Is the President worried?",
        "MS. JEAN-PIERRE: The President has been very clear.",
    ) == [("indirect", "Treasury Secretary", "the debt ceiling talks were stalling.")]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # titles several people hold
        (f"A senator said {_CLAUSE}",),
        (f"A former Chief Justice said {_CLAUSE}",),
        (f"The minister said {_CLAUSE}",),
        (f"The Secretary said {_CLAUSE}",),
        (f"The chief executive told investors that {_CLAUSE}",),
        # a lower-case office the text gives to no one
        ("Ana Costa spoke.", f"The foreign minister said {_CLAUSE}"),
        # another holder of the title in the text
        (
            "The Prime Minister of India met the Prime Minister of Japan in Tokyo.",
            f"The Prime Minister said {_CLAUSE}",
        ),
        ("A former Attorney General spoke first.", f"The Attorney General said {_CLAUSE}"),
        # a holder the text names (`Pope Leo`) is not the title's made-up holder
        ("Pope Leo spoke in Rome.", f"The Pope said {_CLAUSE}"),
        # `the Speaker` alone: no holder named, no source
        (f"The Speaker said {_CLAUSE}",),
    ],
)
def test_titles_that_name_no_one(paragraphs: tuple[str, ...]) -> None:
    assert [q for q in quotes(*paragraphs) if q[2] == _CLAUSE] == []


_INTERVIEW = (
    "Vice President Kamala Harris took questions from voters at a town hall on Wednesday.",
    "MR. COOPER: Madam Vice President, welcome. Let us start with the economy.",
    "THE VICE PRESIDENT: Thank you, Anderson.",
    "MR. COOPER: And prices?",
    "THE VICE PRESIDENT: They will come down.",
)


@pytest.mark.parametrize(
    "question",
    [
        "You told CNBC in March, “We will not raise taxes.” Do you still believe that?",
        "Madam Vice President, you told CNBC in March, “We will not raise taxes.” Why?",
        "You said in March, “We will not raise taxes.” Was that a mistake?",
        "You told the New York Times last year, “We will not raise taxes.” Is that still so?",
        "You said in 2019, “We will not raise taxes.” What changed?",
        "You told reporters this morning, “We will not raise taxes.” Is that the plan?",
        "And you said back in October, “We will not raise taxes.” Why?",
    ],
)
def test_a_question_quotes_the_one_asked(question: str) -> None:
    assert quotes(*_INTERVIEW, f"MR. COOPER: {question}", "THE VICE PRESIDENT: No.") == [
        ("direct", "Kamala Harris", "We will not raise taxes.")
    ]


@pytest.mark.parametrize(
    "question",
    [
        # asks, reports nothing
        "Did you tell CNBC in March, “We will not raise taxes”?",
        # another's words
        "Your opponent told CNBC in March, “We will not raise taxes.” Your response?",
    ],
)
def test_a_question_that_quotes_no_one_asked(question: str) -> None:
    assert [
        q
        for q in quotes(*_INTERVIEW, f"MR. COOPER: {question}", "THE VICE PRESIDENT: No.")
        if q[1] == "Kamala Harris"
    ] == []
