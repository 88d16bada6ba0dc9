"""Which person `he` or `she` names after a sentence whose subject is no person but which names
one person in passing (docs/IMPORT-RULES.md, "The pronoun round"), each with a near shape that must
stay with the last subject (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_OPENING = "President John Doe spoke here last year."


def test_a_person_named_in_passing_right_before_the_pronoun() -> None:
    # The sentence right before names one person, and its subject is no person (a call, a
    # meeting, a guest list): the pronoun names the person it names.
    for told, name in (
        (
            "The first call I received was from Chancellor Anna Berg. She said, “We are with you.”",
            "Anna Berg",
        ),
        (
            "The first call I received was from Chancellor Berg. She said, “We are with you.”",
            "Berg",
        ),
        (
            "One of the first guests was Prime Minister Anna Berg. She said, “We are with you.”",
            "Anna Berg",
        ),
    ):
        assert quotes(_OPENING, told) == [("direct", name, "We are with you.")], told
    # A question about what one person said (`about something X said`, `on X’s comments`).
    for asked in (
        "Let me ask you about something Secretary Anna Berg said. She told the TV that “we are "
        "with you.”",
        "Just a follow-up on something Secretary Berg said. She was clear that “we are with you.”",
        "Just about Secretary Berg’s comments yesterday. She said that “we are with you.”",
    ):
        assert [speaker for _, speaker, _ in quotes(_OPENING, asked)] in (
            ["Anna Berg"],
            ["Berg"],
        ), asked
    assert quotes(
        _OPENING, "The meeting was with Prime Minister Anna Berg. “We are with you,” she said."
    ) == [("direct", "Anna Berg", "We are with you,")]
    assert quotes(
        _OPENING, "The call came from Chancellor Anna Berg. She said that they are with us."
    ) == [("indirect", "Anna Berg", "they are with us.")]


def test_a_named_subject_or_a_title_keeps_the_last_subject() -> None:
    # The sentence before names its subject: the pronoun names the subject, not the person the
    # sentence met (`Jane Roe met Prime Minister X. She said`).
    assert quotes("Jane Roe met Prime Minister John Doe. She said, “We are with you.”") == [
        ("direct", "Jane Roe", "We are with you.")
    ]
    # A title telling the other pronoun (`Mr.`, `Congressman`): not the one named in passing.
    assert quotes(
        "President Jane Roe spoke here last year.",
        "The first call came from Congressman John Doe. She said, “We are with you.”",
    ) == [("direct", "Jane Roe", "We are with you.")]
    # A subject the rules do not read as a person (a possessive, a pronoun): the last subject.
    for told in (
        "Her husband met Prime Minister Anna Berg. She said, “We are with you.”",
        "She met Prime Minister Anna Berg. She said, “We are with you.”",
    ):
        assert quotes("President Jane Roe spoke here last year.", told) == [
            ("direct", "Jane Roe", "We are with you.")
        ], told
    # A person named as the subject of a clause (`the plan that President X laid out`): perhaps
    # not the one the pronoun names (the subject before is another person the rules do not read).
    assert quotes(
        "President Jane Roe spoke here last year.",
        "A spokesperson today rejected the plan that Prime Minister Anna Berg laid out. She said "
        "that “we are with you.”",
    ) == [("direct", "Jane Roe", "we are with you.")]
    # Two people named in passing: no one of them.
    assert (
        quotes(
            _OPENING,
            "The first calls were from Chancellor Anna Berg and Prime Minister Eva Lund. "
            "She said, “We are with you.”",
        )[0][1]
        != "Anna Berg"
    )


def test_a_scene_of_we_between_the_name_and_the_pronoun() -> None:
    # `And so we’re sitting at the table …`, naming no one, between the sentence naming the one
    # person and the pronoun: passed over.
    told = (
        "One of the first leaders I invited was then-Chancellor Anna Berg. And so we’re sitting "
        "at the table, and we talked about a lot of things. And then at one point, she leaned "
        "across the table and she said, “Tell me what is going on.”"
    )
    assert quotes(_OPENING, told) == [("direct", "Anna Berg", "Tell me what is going on.")]
    # A sentence of someone else between them: the pronoun names no one named in passing.
    other = (
        "One of the first leaders I invited was then-Chancellor Anna Berg. And so the Governor "
        "sat at the table, and we talked about a lot of things. And then at one point, she leaned "
        "across the table and she said, “Tell me what is going on.”"
    )
    assert [speaker for _, speaker, _ in quotes(_OPENING, other)] != ["Anna Berg"]


def test_a_topic_opening_the_pronouns_own_sentence() -> None:
    # `on Senator X:`, `about Secretary X’s comments,` before the pronoun in its own sentence.
    for asked in (
        "And on the question about Senator Berg: She also said that no one has reached out.",
        "And then, on Senator Berg: Granting that you work with her, she said that no one has "
        "reached out.",
        "On Senator Berg’s comments, she said that no one has reached out.",
    ):
        assert [speaker for _, speaker, _ in quotes(_OPENING, asked)] == ["Berg"], asked
    # A meeting with someone in the opening phrase: the subject's own words.
    assert [
        speaker
        for _, speaker, _ in quotes(
            "President Jane Roe spoke here last year.",
            "During the meeting with Senator Berg, she said that no one has reached out.",
        )
    ] == ["Jane Roe"]
