"""English rules taken with the twenty-first development folder (docs/IMPORT-RULES.md, "The
twenty-first development folder"): releases and fact sheets that quote several officials one
after another. Each with the look-alikes that must not be taken (the sentences here are written
for the tests)."""

from __future__ import annotations

from pressreader.importing.annotate import annotate
from pressreader.importing.speakers import parse_phrase

from .helpers import figures, quotes


def test_an_office_of_several_words_before_a_name_with_an_initial() -> None:
    # `said Secretary of Homeland Security Alejandro N. Mayorkas`: the office's words are the
    # role, the name opens one word before its initial.
    assert quotes("“We will act,” said Secretary of Homeland Security Jane Q. Roe.") == [
        ("direct", "Jane Q. Roe", "We will act,")
    ]
    assert quotes("“We will act,” said U.S. Secretary of Agriculture Jane Q. Roe. “Now.”") == [
        ("direct", "Jane Q. Roe", "We will act,"),
        ("direct", "Jane Q. Roe", "Now."),
    ]
    reference = parse_phrase("President of the United States Joseph R. Biden")
    assert reference is not None
    assert (reference.text, reference.role) == ("Joseph R. Biden", "President of the United States")
    # Not a name that opens with its initial, nor one right after the office's `of`, nor one
    # after a title's word (`Administrator`), which were read right before.
    assert quotes("“We will act,” said Secretary of Energy J. Robert Roe.") == [
        ("direct", "J. Robert Roe", "We will act,")
    ]
    assert quotes("“We will act,” said EPA Administrator Michael S. Regan.") == [
        ("direct", "Michael S. Regan", "We will act,")
    ]
    reference = parse_phrase("Secretary of Homeland Security Jane Roe")
    assert reference is not None
    assert (reference.text, reference.role) == ("Jane Roe", "Secretary of Homeland Security")
    # Without an office's `of` before it, a run with an initial is left as it was read.
    reference = parse_phrase("Jane Q. Roe")
    assert reference is not None and reference.text == "Jane Q. Roe"


def test_a_plans_own_parts_counted_in_words_are_no_figure() -> None:
    # `over 90 Federal policy actions across three pillars – A, B, and C –`: the plan's parts.
    plan = "The Plan identifies over 90 policy actions across three pillars – A, B, and C."
    assert figures(plan) == [(90, None, "policy actions", "over 90 policy actions")]
    assert figures("The Strategy focuses on four key objectives: jobs, safety and trade.") == []
    assert figures("The Taskforce will address three challenges: (1) fraud; (2) abuse.") == []
    assert figures("The roadmap focuses on four priorities and five guiding principles.") == []
    # Counts of the world in words are still figures, and so are parts counted in digits.
    assert figures("The Taskforce held three listening sessions with 40 experts.") == [
        (3, None, "listening sessions", "three listening sessions"),
        (40, None, "experts", "40 experts"),
    ]
    assert figures("New actions will be taken by four federal agencies.") == [
        (4, None, "federal agencies", "four federal agencies")
    ]


def test_a_body_named_with_on_before_a_title_after_said() -> None:
    # `said Council on Environmental Quality Chairman Katherine Scarlett`: `on` inside the
    # body's name does not end the speaker's phrase.
    assert quotes("“It has ended,” said Council on Environmental Quality Chairman Jane Roe.") == [
        ("direct", "Jane Roe", "It has ended,")
    ]
    # The body alone, by its whole name (`the White House Council on Environmental Quality`).
    assert quotes("“It has ended,” said the White House Council on Environmental Quality.") == [
        ("direct", "White House Council on Environmental Quality", "It has ended,")
    ]
    reference = parse_phrase("the Committee on Ways and Means")
    assert reference is not None
    assert (reference.kind, reference.text) == ("body", "Committee on Ways and Means")
    # `on` before a day, a month or a lower-case word still ends the phrase.
    assert quotes("“It has ended,” said Jane Roe on Tuesday.") == [
        ("direct", "Jane Roe", "It has ended,")
    ]
    assert quotes("“It has ended,” said Council Chair Jane Roe on Monday.") == [
        ("direct", "Jane Roe", "It has ended,")
    ]
    assert quotes("“It has ended,” said Mayor Jane Roe on behalf of the city.") == [
        ("direct", "Jane Roe", "It has ended,")
    ]


def test_challenges_are_parts_only_before_the_list() -> None:
    # `three challenges: (1) …` lists the text's parts; lawsuits counted are a figure.
    assert figures("The Taskforce will address three challenges: (1) fraud; (2) abuse.") == []
    assert figures("The law survived three challenges before the Supreme Court.") == [
        (3, None, "challenges", "three challenges")
    ]


def _titled(title: str, paragraph: str) -> list[tuple[str, str]]:
    return [(quote.speaker, quote.text) for quote in annotate([(None, [paragraph])], title).quotes]


def test_a_headlines_verb_after_a_surname_is_no_part_of_the_name() -> None:
    # `FACT SHEET: Vice President Harris Announces $5.5 Billion …`, then only `Vice President
    # Harris` in the paragraphs: the speaker is Harris, not `Harris Announces`.
    quote = "“We will build,” said Vice President Harris."
    assert _titled("FACT SHEET: Vice President Harris Announces $5 Billion for Housing", quote) == [
        ("Harris", "We will build,")
    ]
    assert _titled(
        "President Roe Reestablishes the Office of Partnerships", "“Go,” said President Roe."
    ) == [("Roe", "Go,")]
    # A full name the title alone gives is still the one a later surname names.
    assert _titled(
        "Readout of National Security Advisor Jake Sullivan’s Call",
        "Mr. Sullivan said that talks will go on.",
    ) == [("Jake Sullivan", "talks will go on.")]
    # And a two-word name the paragraphs also give whole stays whole.
    assert _titled(
        "Governor Jane Rogers Visits the Port",
        "“Go,” said Governor Jane Rogers.",
    ) == [("Jane Rogers", "Go,")]
