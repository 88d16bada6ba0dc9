"""A briefing's spoken `quote` in the shapes the older rules missed, found on the White House
briefings of the audit corpus and the thirty-seventh development folder (docs/IMPORT-RULES.md, "What
it finds"): after a verb of calling (`has called this, quote, a “…”`, `deemed it a, quote, “…”`),
before several parts in marks the speaker broke off between (`saying it would, quote, “A and”
provide — “B.”`), after a false start of a word or two (`said that Congress — quote, “…”`), and a
Press Secretary's `I’ll quote him: “…”`. Each shape with the near ones that must be left alone (the
sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

INTRO = "Press Secretary Jane Roe took questions."
ANSWER = "MS. ROE: We are working on it."


def test_a_spoken_quote_after_a_verb_of_calling() -> None:
    assert quotes(
        INTRO,
        ANSWER,
        "Q Senator John Doe has called this, quote, a “gift to our rivals,” saying it “endangers "
        "lives.” Your message?",
    ) == [
        ("direct", "John Doe", "gift to our rivals,"),
        ("indirect", "John Doe", "it “endangers lives.”"),
    ]
    assert quotes(
        INTRO, ANSWER, "Q Senator John Doe deemed it a, quote, “stab in the back.” Your reaction?"
    ) == [("direct", "John Doe", "stab in the back.")]
    assert quotes(
        INTRO,
        ANSWER,
        "Q And the White House has called it, quote, “mandatory resources for the police.” What "
        "does that mean?",
    ) == [("direct", "White House", "mandatory resources for the police.")]


def test_a_spoken_quote_after_no_calling_left_alone() -> None:
    for question in (
        # words banned, not said
        "Q The government barred the media from referring to it as, quote, a “war,” or, quote, "
        "an “invasion.”",
        # requests, not callings
        "Q Senator John Doe called upon his followers to, quote, “ambush” the doctor. Is it so?",
        "Q Senator John Doe called on Congress to, quote, “act now.” Is that right?",
    ):
        assert quotes(INTRO, ANSWER, question) == [], question


def test_parts_in_marks_the_speaker_broke_off_between() -> None:
    assert quotes(
        INTRO,
        "MS. ROE: Senator John Doe warned of the cost of failing to act, saying it would, quote, "
        "“produce an avoidable crisis and” provide — “and pose unacceptable risk to the economy.”",
    ) == [
        ("indirect", "John Doe", "it would"),
        ("direct", "John Doe", "produce an avoidable crisis and"),
        ("direct", "John Doe", "and pose unacceptable risk to the economy."),
    ]
    # (a false start before the spoken `quote` too: `not —`)
    assert quotes(
        INTRO,
        "MS. ROE: Senator John Doe said that not — quote, “Not every district” used — “has used "
        "it as well as it should.”",
    ) == [
        ("direct", "John Doe", "Not every district"),
        ("direct", "John Doe", "has used it as well as it should."),
    ]


def test_words_the_report_goes_on_with_stay_one_report() -> None:
    # more than a word or two between the marks: the clause goes on
    assert quotes(
        INTRO,
        "MS. ROE: Senator John Doe said that he was, quote, “troubled” by the new charges — “and "
        "by the arrests.”",
    ) == [
        (
            "indirect",
            "John Doe",
            "he was, quote, “troubled” by the new charges — “and by the arrests.”",
        )
    ]
    assert quotes(
        INTRO, "MS. ROE: Senator John Doe said that there was, quote, “no question” that it works."
    ) == [("indirect", "John Doe", "there was, quote, “no question” that it works.")]


def test_a_false_start_before_a_spoken_quote() -> None:
    assert quotes(
        INTRO, "MS. ROE: Senator John Doe said that Congress — quote, “Congress has the power.”"
    ) == [("direct", "John Doe", "Congress has the power.")]
    # A clause of its own before it stays a report (ANNOTATING.md, "Thirty-fourth folder"), and
    # so does a longer phrase.
    assert quotes(
        INTRO,
        "MS. ROE: According to Senator John Doe, the plan will help — quote — “cut costs for "
        "families.” End quote.",
    ) == [
        ("indirect", "John Doe", "the plan will help"),
        ("direct", "John Doe", "cut costs for families."),
    ]
    assert quotes(
        INTRO, "MS. ROE: Senator John Doe said that the whole Congress — quote, “must act now.”"
    ) == [
        ("indirect", "John Doe", "the whole Congress"),
        ("direct", "John Doe", "must act now."),
    ]


def test_ill_quote_him() -> None:
    assert (
        "direct",
        "Warren Buffett",
        "The wealthy are undertaxed relative to everyone else,",
    ) in quotes(
        INTRO,
        "MS. ROE: So, let me say a couple things that Warren Buffett said that we agree with, and "
        "I’ll quote him: “The wealthy are undertaxed relative to everyone else,” which is why we "
        "act.",
    )
    assert quotes(
        INTRO,
        "MS. ROE: So, I will quote Secretary Janet Yellen here, what she said yesterday, which "
        "is: “What we are seeing now is a soft landing.”",
    ) == [("direct", "Janet Yellen", "What we are seeing now is a soft landing.")]
    assert quotes(
        INTRO,
        "MS. ROE: And I just wanted to quote what National Security Advisor Jake Sullivan said "
        "yesterday at the start of the talks, which is, “We do not seek conflict.”",
    ) == [("direct", "Jake Sullivan", "We do not seek conflict.")]


def test_and_ill_quote_reads_as_and_i_quote() -> None:
    # `As X said, and I quote, “…”` (ANNOTATING.md, "Twenty-sixth folder"): the words in marks,
    # not an indirect quote holding the spoken lead-in
    assert quotes(
        INTRO,
        "MS. ROE: And as Secretary Lloyd Austin said, and I’ll quote, “a ripple effect through "
        "the force.”",
    ) == [("direct", "Lloyd Austin", "a ripple effect through the force.")]


def test_quoting_no_one_left_alone() -> None:
    # a document quoted gives no person; `quote me` is no lead-in
    assert quotes(INTRO, "MS. ROE: I’ll quote the report: “It is a good plan.”") == []
    assert quotes(INTRO, "MS. ROE: Please don’t quote me: “It is a good plan.”") == []
