"""Rules for quotes inside transcripts' turns (docs/IMPORT-RULES.md, "The seventeenth round"), each
with the look-alikes that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import near_linear, quotes


def test_a_first_person_attribution_gives_no_quote() -> None:
    # The turn's speaker quoting himself (`I said, “…”`) is his own speech, and `I said` between
    # two quotations does not make the second a part of the first.
    assert quotes(
        "THE PRESIDENT: Yes. Senator John Roe called me on Monday. "
        "He said, “They want to split us.” I said, “Absolutely.”",
        "And I told him, “That is pretty amazing.”",
        "“We will win,” I said. “We always do.”",
    ) == [("direct", "John Roe", "They want to split us.")]
    # A source's own split quotation is still one quote a part, and a quotation after a full
    # stop is not taken for the attribution of the one before it.
    assert quotes(
        "Senator John Roe spoke on Monday. “We will win,” he said. “We always do.”",
        "He said, “They want to split us.” Then he added, “We will not let them.”",
    ) == [
        ("direct", "John Roe", "We will win,"),
        ("direct", "John Roe", "We always do."),
        ("direct", "John Roe", "They want to split us."),
        ("direct", "John Roe", "We will not let them."),
    ]


def test_a_contraction_of_the_first_person_names_no_one() -> None:
    # `I’d say that’s understandable`: the one speaking, not a person called `I’d`.
    assert (
        quotes("MS. ROE: So I would not call that irrational; I’d say that’s understandable.") == []
    )
    assert quotes("Senator John Roe would say that the delay is understandable.") == [
        ("indirect", "John Roe", "the delay is understandable.")
    ]


def test_a_place_line_is_no_pronouns_person() -> None:
    # A transcript's place and time lines under its title: no sentence about anyone, so a
    # later `he` does not name the place.
    assert (
        quotes(
            "Roosevelt Room",
            "11:48 A.M. EST",
            "THE PRESIDENT: It was a good day. He said, “You know they are trying.”",
        )
        == []
    )
    # A line naming a titled person still does; so does a sentence about a person.
    assert quotes(
        "Senator John Roe",
        "He said, “You know they are trying.”",
    ) == [("direct", "John Roe", "You know they are trying.")]
    assert quotes(
        "Senator John Roe visited the Roosevelt Room.",
        "He said, “You know they are trying.”",
    ) == [("direct", "John Roe", "You know they are trying.")]


def test_they_in_a_transcript_is_no_one_person() -> None:
    # In the turns of a transcript `they` is several people or a body, never the one person
    # named last.
    assert (
        quotes(
            "Q Yes. Senator John Roe spoke on Monday. And they said that the bill would fail.",
            "MS. ROE: They said the White House would not act.",
        )
        == []
    )
    # Outside a transcript a person's team carries his report on (`Secretary Rubio and his team
    # … They emphasized that …`), as before.
    assert quotes(
        "Secretary John Roe and his team met the delegation. They emphasized that the work "
        "goes on.",
    ) == [("indirect", "John Roe", "the work goes on.")]


def test_a_hedge_before_the_subject_in_a_turn() -> None:
    # `And I think the President was asked …`: the speaker's hedge, then the sentence's subject.
    assert quotes(
        "SENIOR ADMINISTRATION OFFICIAL: Senator John Roe met the Prime Minister.",
        "And I think Senator Jane Doe was asked today if she agreed. She said, “Yes, I do.”",
    ) == [("direct", "Jane Doe", "Yes, I do.")]
    # Outside a transcript the hedge is the article's own voice: nothing is read past it.
    assert quotes(
        "Senator John Roe met the Prime Minister.",
        "And I think Senator Jane Doe was asked today if she agreed. She said, “Yes, I do.”",
    ) == [("direct", "John Roe", "Yes, I do.")]


def test_was_clear_that_reports() -> None:
    # `was quite clear that …`, `has been very clear that …`: a report, as `made clear that`.
    assert quotes(
        "Q Senator John Roe was quite clear that the bill will pass. Is that right?",
        "MS. DOE: Senator Jane Doe has been very clear that the vote will be held.",
    ) == [
        ("indirect", "John Roe", "the bill will pass."),
        ("indirect", "Jane Doe", "the vote will be held."),
    ]
    # Not the speaker's own (`We’ve been very clear that`), nor `It was clear that` (no one),
    # nor `was clear about` with a noun phrase.
    assert (
        quotes(
            "MS. DOE: We have been very clear that the vote will be held.",
            "It was clear that the vote would be held.",
            "Senator Jane Doe was clear about the plan.",
        )
        == []
    )


def test_a_questions_you_said_is_the_one_who_answered() -> None:
    # `you said that …` in a question reports the one asked: the speaker of the turn before it
    # that is no question, by the name the text gives.
    assert quotes(
        "Press Secretary Jane Roe met reporters.",
        "MS. ROE: Good afternoon.",
        "Q Jane, you said that the talks are ongoing. Is that still the case?",
        "MS. ROE: It is.",
        "Q But you’ve said repeatedly that the deal is close?",
    ) == [
        ("indirect", "Jane Roe", "the talks are ongoing."),
        ("indirect", "Jane Roe", "the deal is close"),  # (the question mark is the asker's)
    ]
    # `THE PRESIDENT:` is the one President the text names, not another country's.
    assert quotes(
        "President John Roe welcomed President Jean Doe of France.",
        "THE PRESIDENT: Thank you all.",
        "Q Mr. President, you said that the talks are ongoing.",
    ) == [("indirect", "John Roe", "the talks are ongoing.")]
    # Not a question that asks what was said (`Did you say that …?`), not `you` outside a
    # question's turn, and not a label the text names no one by.
    assert (
        quotes(
            "Press Secretary Jane Roe met reporters.",
            "MS. ROE: Good afternoon.",
            "Q Did you say that the talks are ongoing?",
            "MS. ROE: Well, you said that the talks are ongoing.",
        )
        == []
    )
    assert (
        quotes(
            "President John Roe welcomed President Jean Doe.",
            "THE PRESIDENT: Thank you all.",
            "Q Mr. President, you said that the talks are ongoing.",
        )
        == []
    )


def test_in_a_turn_the_first_person_does_not_carry_a_report_on() -> None:
    # The next sentence in the first person is the one speaking in the turn, not the source.
    assert quotes(
        "MS. ROE: Good afternoon. Senator John Doe said that the talks are ongoing. We have "
        "been clear about our view.",
    ) == [("indirect", "John Doe", "the talks are ongoing.")]
    # Outside a transcript the source's first person carries the report on, as before.
    assert quotes(
        "Senator John Doe said that the talks are ongoing. We will not give up.",
    ) == [("indirect", "John Doe", "the talks are ongoing. We will not give up.")]


def test_long_hostile_turns_stay_linear() -> None:
    # The round's patterns on turns that repeat their shapes by the thousand.
    def turns(n: int) -> list[tuple[str, str, str]]:
        return quotes(
            "THE PRESIDENT: Hello.",
            "THE PRESIDENT: " + "I said, “Yes.” " * n,
            "Q " + "you said that you " * n,
            "Q " + "Did you you you " * n + "said that it is.",
            " ".join(["Aaaa"] * (4 * n)) + " b",
            "Q " + "They said that they " * n,
            "MS. ROE: " + "John Roe was very clear that " * n,
        )

    small, large = near_linear(turns, 200)
    # none the turns' own words; at most one report of the last turn's run
    assert len(small) == len(large) <= 1
