"""English rules taken with the twenty-first development folder (docs/IMPORT.md, "The
twenty-first development folder"): releases and fact sheets that quote several officials one
after another. Each with the look-alikes that must not be taken (the sentences here are written
for the tests)."""

from __future__ import annotations

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
