"""A rule found on the forty-third development folder (speeches and remarks that quote and report
others; docs/IMPORT-RULES.md, "The forty-third development folder"), with the near shapes it must
leave alone (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes


def test_a_pronoun_after_the_speakers_own_words_names_the_one_spoken_to() -> None:
    # A story told in a speech: the speaker calls a person a first-person sentence names, says
    # something to him in marks (his own words, no quote), and `he` answers. The pronoun is the
    # one spoken to, not the source of a report in an earlier paragraph.
    assert quotes(
        "And this guy, Henry Roe, said he was from Ohio.",
        "And the next morning, I called my professor — a guy named Dr. Ingersoll. "
        "And I said, “Doctor, can I come see you?” And he said, “Of course.”",
    ) == [
        ("indirect", "Henry Roe", "he was from Ohio."),
        ("direct", "Ingersoll", "Of course."),
    ]
    # Several of the speaker's own lines in a row are passed over alike.
    assert quotes(
        "Senator John Doe said he would vote no.",
        "Then I met my neighbor, Mary Major. I said, “Hello.” I said, “Can you help?” "
        "She said, “Yes, I can.”",
    ) == [
        ("indirect", "John Doe", "he would vote no."),
        ("direct", "Mary Major", "Yes, I can."),
    ]


def test_the_speakers_own_words_pass_over_no_sentence_that_names_no_one() -> None:
    # The first-person sentence before the speaker's own words names no one (or a place):
    # `he` names the one it named before, as without them.
    assert quotes(
        "Senator John Doe said he would vote no.",
        "Then I went to New York. I said, “Hello.” He said, “Yes, I can.”",
    ) == [
        ("indirect", "John Doe", "he would vote no."),
        ("direct", "John Doe", "Yes, I can."),
    ]
    # Nor is a sentence of narration in the third person between them read so.
    assert quotes(
        "Senator John Doe said he would vote no.",
        "Then I met my neighbor, Mary Major. The room was full. I said, “Hello.” "
        "He said, “Yes, I can.”",
    ) == [
        ("indirect", "John Doe", "he would vote no."),
        ("direct", "John Doe", "Yes, I can."),
    ]


def test_im_quoting_him_again_gives_the_words_of_the_one_named_before() -> None:
    # A eulogy's lead-in naming the source by a possessive in the sentence before (`listen to Bob
    # Roe’s words`), then `I’m quoting him again:` and the quotation: his direct quote.
    assert quotes(
        "Senator Bob Roe served for years.",
        "Again, listen to Bob Roe’s words, not mine. I’m quoting him again: “I learned that it "
        "is difficult to get anything done.” End of quote.",
    ) == [("direct", "Bob Roe", "I learned that it is difficult to get anything done.")]
    # Not when the sentence before names no one: `him` is no one the lead-in names.
    assert (
        quotes(
            "Again, listen to these words, not mine. I’m quoting him again: “I learned that it "
            "is difficult to get anything done.”",
        )
        == []
    )


def test_look_at_what_he_said_next_names_the_one_the_paragraph_before_names() -> None:
    # A speech's lead-in opening its paragraph: `he` is the person the end of the paragraph
    # before names, as `This is what he had to say` reads the sentence before it.
    assert quotes(
        "President Roe was fond of saying that “a rising tide lifts all boats.”",
        "But President Roe was not speaking of the wealthy. He meant more.",
        "And look at what he said next: “If one part of the country is standing still, the "
        "tide drops.”",
    ) == [
        ("direct", "Roe", "a rising tide lifts all boats."),
        ("direct", "Roe", "If one part of the country is standing still, the tide drops."),
    ]
    # Not when the paragraph before names no one: `he` is no one written.
    assert (
        quotes(
            "The tide was high that year.",
            "And look at what he said next: “If one part of the country is standing still, the "
            "tide drops.”",
        )
        == []
    )
