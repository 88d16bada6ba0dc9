"""The attributions of a wire story, shape by shape (the enwire round): each after a sentence
that introduces the person in full, with the verb before or after the name, a title, an age, an
apposition, a relative clause, `told X`, where and how it was said, `according to`, a
spokesperson, a body, a pronoun, direct quotes split by their attribution, partial quotes and a
quote after a colon; and the shapes that must stay no quote (docs/ANNOTATING.md: an unnamed
source, a verb with no clause of content, several people together). The sentences are written
for the tests."""

from __future__ import annotations

import pytest

from .helpers import quotes

INTRO = "Foreign Minister Jane Roe arrived in Paris on Monday."
NAME = "Jane Roe"
REPORT = "The plan would cut emissions by half"
CLAUSE = "the plan would cut emissions by half."
QUOTE = "We will not back down,"


# --- an attribution after its report -------------------------------------------------------


@pytest.mark.parametrize(
    "attribution",
    [
        "Roe said.",
        "said Roe.",
        "Roe said on Tuesday.",
        "Roe said Tuesday.",
        "the minister said.",
        "she said.",
        "Roe added.",
        "according to Roe.",
        "Roe told reporters.",
        "Roe told Reuters.",
        "Roe told The Associated Press.",
        "Roe told CNN on Sunday.",
        "Roe said in a statement.",
        "Roe said in an interview on Sunday.",
        "Roe said in a post on X.",
        "a spokesperson for Roe said.",
        # where, how or to whom it was said, up to the sentence's end
        "the minister told lawmakers.",
        "Roe told the BBC.",
        "Roe said in an interview with the BBC.",
        "the minister said in an interview with the BBC.",
        "Roe wrote on X.",
        "Roe wrote in a letter to lawmakers.",
        "Roe said at a news conference in Paris.",
        "Roe told reporters in Paris on Monday.",
        "Roe said in remarks broadcast on state television.",
        # an age, a relative clause, an apposition, a participle of the occasion
        "Roe, 54, said.",
        "Roe, who took office in March, said.",
        "Roe, who took office in March, told lawmakers.",
        "Roe, 54, said in an interview with the BBC.",
        "said Roe, who took office in March.",
        "said Roe, speaking in Paris.",
    ],
)
def test_an_attribution_after_its_report(attribution: str) -> None:
    assert quotes(f"{INTRO} {REPORT}, {attribution}") == [("indirect", NAME, REPORT)]


@pytest.mark.parametrize(
    "sentence",
    [
        f"{REPORT}, said Foreign Minister Jane Roe.",
        f"{REPORT}, said Jane Roe, the country's foreign minister.",
        f"{REPORT}, Jane Roe, the country's foreign minister, said.",
        f"{REPORT}, Jane Roe, who took office in March, said.",
    ],
)
def test_a_person_named_in_full_in_the_attribution(sentence: str) -> None:
    assert quotes(sentence) == [("indirect", NAME, REPORT)]


def test_other_sources_after_their_report() -> None:
    assert quotes(f"{REPORT}, said Sen. Jim Banks, a Republican from Indiana.") == [
        ("indirect", "Jim Banks", REPORT)
    ]
    assert quotes("Microsoft released new figures on Monday.", f"{REPORT}, Microsoft said.") == [
        ("indirect", "Microsoft", REPORT)
    ]
    assert quotes(f"{REPORT}, Reuters reported.") == [("indirect", "Reuters", REPORT)]


def test_the_person_named_in_the_paragraph_before() -> None:
    assert quotes(INTRO, f"{REPORT}, Roe said.") == [("indirect", NAME, REPORT)]
    assert quotes(INTRO, f"{REPORT}, she said.") == [("indirect", NAME, REPORT)]


def test_the_report_keeps_its_own_commas() -> None:
    # The report's apposition is no attribution's: the report runs to the attribution.
    assert quotes(
        "Microsoft released new figures on Monday.",
        "Sales rose 5%, the highest in a decade, Microsoft said in a filing.",
    ) == [("indirect", "Microsoft", "Sales rose 5%, the highest in a decade")]


# --- an attribution before its report ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        f"Roe said {CLAUSE}",
        f"Roe said that {CLAUSE}",
        f"Roe said on Tuesday that {CLAUSE}",
        f"Roe said Tuesday {CLAUSE}",
        f"Roe told reporters that {CLAUSE}",
        f"Roe told Reuters {CLAUSE}",
        f"In a statement, Roe said {CLAUSE}",
        f"In an interview with the BBC, Roe said {CLAUSE}",
        f"Speaking to reporters in Paris, Roe said {CLAUSE}",
        f"Roe, who took office in March, said {CLAUSE}",
        f"Roe, 54, said {CLAUSE}",
        f"Roe, speaking in Paris, said {CLAUSE}",
        f"The minister said {CLAUSE}",
        f"She said {CLAUSE}",
        f"A spokesperson for Roe said {CLAUSE}",
        f"Roe wrote on X that {CLAUSE}",
        f"On X, Roe wrote that {CLAUSE}",
        f"According to Roe, {CLAUSE}",
        f"Roe insisted {CLAUSE}",
        f"Roe warned that {CLAUSE}",
        f"Roe acknowledged that {CLAUSE}",
        f"Roe argued that {CLAUSE}",
    ],
)
def test_an_attribution_before_its_report(sentence: str) -> None:
    assert quotes(f"{INTRO} {sentence}") == [("indirect", NAME, CLAUSE)]


def test_a_person_named_in_full_before_the_report() -> None:
    assert quotes(f"Jane Roe, the country's foreign minister, said {CLAUSE}") == [
        ("indirect", NAME, CLAUSE)
    ]


# --- direct quotes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "attribution",
    [
        "Roe said.",
        "said Roe.",
        "Roe told reporters.",
        "Roe said in an interview with the BBC.",
        "Roe wrote on X.",
        "the minister said.",
        "said Roe, who took office in March.",
        # a surname with an age or a relative clause before the verb
        "Roe, 54, said.",
        "Roe, who took office in March, said.",
    ],
)
def test_a_quotation_before_its_attribution(attribution: str) -> None:
    assert quotes(f"{INTRO} “{QUOTE}” {attribution}") == [("direct", NAME, QUOTE)]


def test_a_quotation_with_a_full_name_after_it() -> None:
    assert quotes(f"“{QUOTE}” said Foreign Minister Jane Roe.") == [("direct", NAME, QUOTE)]


@pytest.mark.parametrize(
    "lead",
    [
        "Roe said:",
        "Roe said,",
        "Roe told the BBC:",
        "In a statement, Roe said:",
        "Roe wrote on X:",
    ],
)
def test_a_quotation_after_its_attribution(lead: str) -> None:
    assert quotes(f"{INTRO} {lead} “We will not back down.”") == [
        ("direct", NAME, "We will not back down.")
    ]


def test_a_quotation_split_or_carried_on() -> None:
    assert quotes(f"{INTRO} “We will,” Roe said, “keep going.”") == [
        ("direct", NAME, "We will,"),
        ("direct", NAME, "keep going."),
    ]
    assert quotes(f"{INTRO} “We will,” Roe told reporters, “keep going.”") == [
        ("direct", NAME, "We will,"),
        ("direct", NAME, "keep going."),
    ]
    assert quotes(f"{INTRO} “{QUOTE}” Roe said. “We have the votes.”") == [
        ("direct", NAME, QUOTE),
        ("direct", NAME, "We have the votes."),
    ]
    assert quotes(INTRO, f"“{QUOTE}” Roe said.", "“We have the votes.”") == [
        ("direct", NAME, QUOTE),
        ("direct", NAME, "We have the votes."),
    ]


def test_partial_quotes() -> None:
    assert quotes(f"{INTRO} Roe called the plan “reckless.”") == [("direct", NAME, "reckless.")]
    assert quotes(f"{INTRO} Roe said the plan was “a disaster” and would fail.") == [
        ("indirect", NAME, "the plan was “a disaster” and would fail.")
    ]


# --- no quote ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        f"{REPORT}, officials said.",
        "Officials said the plan would cut emissions by half.",
        f"{REPORT}, people familiar with the matter said.",
        f"{REPORT}, a senior official said.",
        f"{REPORT}, Roe and her deputy said.",
        "The plan, critics said, would fail.",
        "Roe declined to comment.",
        "Roe said so in a statement.",
        "In a statement, Roe thanked the workers.",
        "On X, Roe posted a photo of the summit.",
        # a relative clause's pronoun or a participle before the verb reports nothing
        "Nobody believed the story, which Roe told lawmakers.",
        "Nobody believed the story, which Roe said on Monday.",
        "USAID launched the academy, building upon the initiative announced at the summit.",
        "The plan, which the minister said would work, failed.",
    ],
)
def test_no_quote(sentence: str) -> None:
    assert quotes(f"{INTRO} {sentence}") == []


def test_a_quotation_closed_before_the_comma_of_its_attribution() -> None:
    # `“… Maybe someone helped them”, X told the BBC.`: the attribution of a quotation whose
    # opening mark stands in a sentence before, not a report of the words before it.
    assert quotes(
        f"{INTRO} “We have hearts. Our troops know … Maybe someone helped them”, Roe told the BBC."
    ) == [("direct", NAME, "We have hearts. Our troops know … Maybe someone helped them")]


# --- a body by its kind, a spokesperson ----------------------------------------------------

MINISTRY = "The Foreign Ministry published the plan on Monday."


@pytest.mark.parametrize(
    "sentence",
    [
        f"The ministry said {CLAUSE}",
        f"The ministry also said {CLAUSE}",
        f"In a statement, the ministry said {CLAUSE}",
        f"The ministry said in a statement that {CLAUSE}",
        f"In a statement, the foreign ministry said {CLAUSE}",
    ],
)
def test_the_ministry_named_before_in_full(sentence: str) -> None:
    assert quotes(MINISTRY, sentence) == [("indirect", "Foreign Ministry", CLAUSE)]


@pytest.mark.parametrize(
    "attribution",
    [
        "the ministry said.",
        "the ministry said in a statement.",
        "the foreign ministry said on Tuesday.",
        "a spokesperson for the ministry said.",
        "the ministry's spokeswoman said.",
    ],
)
def test_the_ministry_after_its_report(attribution: str) -> None:
    assert quotes(MINISTRY, f"{REPORT}, {attribution}") == [
        ("indirect", "Foreign Ministry", REPORT)
    ]


def test_other_kinds_named_before_in_full() -> None:
    assert quotes(
        "The Department of Labor released new data on Friday.",
        "The department said that wages rose in every state.",
    ) == [("indirect", "Department of Labor", "wages rose in every state.")]
    assert quotes(
        "The Environmental Protection Agency published the rule.",
        "In a statement, the agency said the rule would take effect in May.",
    ) == [("indirect", "Environmental Protection Agency", "the rule would take effect in May.")]


def test_a_kind_named_before_by_another_body_is_not_it() -> None:
    # `the defence ministry` is not the Foreign Ministry: no ministry of its words was named.
    assert quotes(MINISTRY, f"In a statement, the defence ministry said {CLAUSE}") == []
    # No ministry named before: `the ministry` opening a sentence names none.
    assert quotes(f"The ministry said {CLAUSE}") == []


@pytest.mark.parametrize(
    "sentence",
    [
        f"{REPORT}, Roe's spokesman said.",
        f"{REPORT}, a spokesman for Roe said.",
        f"{REPORT}, the minister's spokeswoman said.",
        f"Roe's spokesman said {CLAUSE}",
    ],
)
def test_a_spokesperson_of_a_person_speaks_for_that_person(sentence: str) -> None:
    found = quotes(f"{INTRO} {sentence}")
    assert [(kind, speaker) for kind, speaker, _ in found] == [("indirect", NAME)]


def test_an_unnamed_spokesperson_of_no_one_named_is_still_no_source() -> None:
    assert quotes(f"{INTRO} {REPORT}, a spokesperson said.") == []


# --- a surname with its particle and a hyphen ----------------------------------------------

ASSAD = "President Bashar al-Assad met the envoy on Monday."


@pytest.mark.parametrize(
    "sentence",
    [
        f"{REPORT}, al-Assad said.",
        f"{REPORT}, said Bashar al-Assad.",
        f"{REPORT}, Assad said.",
        "“We will not back down,” al-Assad said.",
        f"Al-Assad said {CLAUSE}",
        f"Bashar al-Assad said {CLAUSE}",
    ],
)
def test_a_surname_with_a_hyphened_particle(sentence: str) -> None:
    found = quotes(ASSAD, sentence)
    assert [speaker for _, speaker, _ in found] == ["Bashar al-Assad"]


def test_a_hyphened_particle_with_its_title_and_no_particle_word() -> None:
    assert quotes(f"Spokesman Basil al-Khateeb said {CLAUSE}") == [
        ("indirect", "Basil al-Khateeb", CLAUSE)
    ]
    # A lower-case word with a hyphen is no name (`so-called`, `well-known`).
    assert quotes(f"{INTRO} {REPORT}, so-called experts said.") == []


# --- an attribution inside its report ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        ("Next year, Roe said, the plan would cut emissions by half.", CLAUSE),
        ("To meet the goal, she said, the Administration needs to get “creative.”",
         "the Administration needs to get “creative.”"),
        # the report's subject before the attribution: what follows it, as after an adverbial
        ("The minister, Roe said, would travel to Berlin next week.",
         "would travel to Berlin next week."),
    ],
)  # fmt: skip
def test_an_attribution_inside_its_report(sentence: str, report: str) -> None:
    assert quotes(f"{INTRO} {sentence}") == [("indirect", NAME, report)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan will work, Roe said, because it is cheap.",  # a clause of its own after it
        "The plan will work, Roe said, and it is cheap.",
        "In March, officials said, the plan would cut emissions by half.",  # no one named
        "Now that Roe has announced, is the plan going to work?",  # a question's own words
    ],
)
def test_no_attribution_inside_a_report(sentence: str) -> None:
    assert quotes(f"{INTRO} {sentence}") == []


# --- a lead paragraph's dateline -------------------------------------------------------------


@pytest.mark.parametrize(
    "dateline", ["WASHINGTON (AP) — ", "BEIJING, April 4 (Reuters) - ", "PARIS — "]
)
def test_a_report_begins_after_its_paragraphs_dateline(dateline: str) -> None:
    assert quotes(f"{dateline}{REPORT}, Foreign Minister Jane Roe said on Tuesday.") == [
        ("indirect", NAME, REPORT)
    ]


def test_words_before_a_dash_that_are_no_dateline_stay_in_the_report() -> None:
    assert quotes(f"US-China talks - {REPORT}, Foreign Minister Jane Roe said on Tuesday.") == [
        ("indirect", NAME, f"US-China talks - {REPORT}")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        f"{REPORT}, the company said in a filing.",
        f"In a statement, the company said {CLAUSE}",
        f"The company said {CLAUSE}",
    ],
)
def test_the_company_named_before(sentence: str) -> None:
    found = quotes("Microsoft released new figures on Monday.", sentence)
    assert [(kind, speaker) for kind, speaker, _ in found] == [("indirect", "Microsoft")]


def test_the_company_with_no_company_named_before() -> None:
    # After its report it is the company as the text names it; opening a sentence, no one.
    assert quotes(f"{REPORT}, the company said.") == [("indirect", "company", REPORT)]
    assert quotes(f"In a statement, the company said {CLAUSE}") == []
    # `the parent company` is not the company named before.
    assert (
        quotes(
            "Microsoft released new figures on Monday.",
            f"In a statement, the parent company said {CLAUSE}",
        )
        == []
    )


@pytest.mark.parametrize(
    "sentence",
    [
        f"Roe's office said {CLAUSE}",
        f"In a statement, Roe's office said {CLAUSE}",
        f"{REPORT}, Roe's office said.",
    ],
)
def test_a_persons_office_speaks_as_a_body(sentence: str) -> None:
    # The office speaks as one, by its name as the article gives it (as after its report).
    found = quotes(f"{INTRO} {sentence}")
    assert [(kind, speaker) for kind, speaker, _ in found] == [("indirect", "Roe's office")]


def test_an_office_of_no_one_is_no_source() -> None:
    assert quotes(f"The office said {CLAUSE}") == []


def test_a_body_by_its_kind_after_a_quotation() -> None:
    assert quotes(MINISTRY, f"“{QUOTE}” the ministry said in a statement.") == [
        ("direct", "Foreign Ministry", QUOTE)
    ]
    assert quotes("Microsoft released new figures on Monday.", f"“{QUOTE}” the company said.") == [
        ("direct", "Microsoft", QUOTE)
    ]
    # No ministry named before: the ministry as the text names it.
    assert quotes(f"“{QUOTE}” the ministry said.") == [("direct", "ministry", QUOTE)]


# --- a clause without `that` whose subject counts ------------------------------------------------


@pytest.mark.parametrize(
    "clause",
    [
        "more than 100 people were killed.",
        "12 people were killed.",
        "at least 12 people were killed.",
        "about 12 people were killed.",
        "nearly a dozen countries are forming a new group.",
        "several people were hurt.",
        "nobody was hurt.",
    ],
)
def test_a_clause_whose_subject_counts(clause: str) -> None:
    assert quotes(f"Police Chief Jane Roe said {clause}") == [("indirect", NAME, clause)]


@pytest.mark.parametrize(
    "sentence",
    [
        "What Joe said 10 years ago was right: Love is love.",  # a time, no clause
        "Police Chief Jane Roe said two things in her speech.",  # a noun phrase
        "Police Chief Jane Roe said two consecutive — “two quarters is not a recession.”",
    ],
)
def test_a_number_after_said_that_opens_no_clause(sentence: str) -> None:
    assert quotes(sentence) == []
