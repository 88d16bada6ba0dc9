"""A report carried on by a sentence that opens with `It` or `They` (carry round;
docs/IMPORT-RULES.md, "A report carried on by a sentence that opens with `It` or `They`"): the
report's subject or its people spoken of again in the source's words, and the sentences after a
report that stay the narration's or the speaker's own (the sentences here are written for the
tests)."""

from __future__ import annotations

from .helpers import quotes

# --- carried on ------------------------------------------------------------------------------


def test_they_after_an_admission_carries_it_on() -> None:
    text = (
        "Zelenskyy admits that half of the money we sent them is missing. "
        "They don’t know where the money is."
    )
    assert quotes(text) == [
        (
            "indirect",
            "Zelenskyy",
            "half of the money we sent them is missing. They don’t know where the money is.",
        )
    ]


def test_it_after_a_report_in_a_transcript_turn_carries_it_on() -> None:
    found = quotes(
        "MS. ROE: Good morning.",
        "MS. ROE: The President said that he came to this decision this weekend. "
        "It was not an easy decision to make.",
    )
    assert [text for _, _, text in found] == [
        "he came to this decision this weekend. It was not an easy decision to make."
    ]


def test_they_are_after_an_as_said_report_carries_it_on() -> None:
    found = quotes(
        "MR. DOE: And as President Biden said, those are going to be difficult talks. "
        "They’re going to require a lot of give and take."
    )
    assert [text for _, _, text in found] == [
        "those are going to be difficult talks. They’re going to require a lot of give and take."
    ]


def test_it_is_carries_a_body_report_on() -> None:
    found = quotes(
        "The Congressional Budget Office said that default is not an option. It is off the table."
    )
    assert found == [
        (
            "indirect",
            "Congressional Budget Office",
            "default is not an option. It is off the table.",
        )
    ]


# --- not carried on --------------------------------------------------------------------------


def test_they_and_a_verb_in_the_past_is_the_readout_event() -> None:
    found = quotes(
        "The President noted that a shared commitment to democratic values is the bedrock of "
        "the relationship. They further resolved that the rule of law must be upheld in Burma."
    )
    assert found[0][2] == (
        "a shared commitment to democratic values is the bedrock of the relationship."
    )


def test_they_with_a_verb_of_the_narration_is_not_carried() -> None:
    found = quotes(
        "Secretary Rubio said that the United States stands with its allies. "
        "They also held talks on trade and energy."
    )
    assert found == [("indirect", "Rubio", "the United States stands with its allies.")]


def test_it_with_the_speaker_in_the_third_person_is_the_narration() -> None:
    found = quotes(
        "Today, President Biden announced that a record 21 million Americans have enrolled. "
        "It’s another milestone in his work to expand access to healthcare."
    )
    assert [text for _, _, text in found] == ["a record 21 million Americans have enrolled."]


def test_it_naming_the_president_again_is_not_carried() -> None:
    found = quotes(
        "MS. ROE: Good morning.",
        "MS. ROE: You heard the President say this is not about politics. "
        "It doesn’t matter if it’s a red state, the President is going to show up.",
    )
    assert [text for _, _, text in found] == ["this is not about politics."]


def test_it_with_me_is_the_one_speaking() -> None:
    found = quotes(
        "Q Karine, the President said that he wants to see Roe restored. "
        "It’s still not clear to me what that means."
    )
    assert [text for _, _, text in found] == ["he wants to see Roe restored."]


def test_it_with_we_in_a_transcript_is_the_one_speaking() -> None:
    found = quotes(
        "MR. DOE: Good morning.",
        "Q Novavax said that it will file in the second quarter. "
        "It seems like we’re going to have a glut of vaccines.",
    )
    assert [text for _, _, text in found] == ["it will file in the second quarter."]


def test_it_after_a_questions_you_said_is_the_askers() -> None:
    found = quotes(
        "Press Briefing by Press Secretary Karine Jean-Pierre",
        "MS. JEAN-PIERRE: Good afternoon.",
        "Q You said that the bill is going to be a priority. "
        "It includes $650 million in funding for the wall.",
    )
    assert found == [("indirect", "Karine Jean-Pierre", "the bill is going to be a priority.")]


def test_what_it_includes_is_the_narration() -> None:
    found = quotes(
        "The Department of Energy announced that the new grant program is open. "
        "It includes $40 million for rural clinics."
    )
    assert [text for _, _, text in found] == ["the new grant program is open."]


def test_it_with_a_verb_of_saying_is_not_carried() -> None:
    found = quotes(
        "The agency said that the program will expand next year. It said costs would fall."
    )
    assert all(not text.endswith("next year. It said costs would fall.") for _, _, text in found)


def test_he_after_a_report_still_stops_it() -> None:
    found = quotes(
        "Secretary Rubio said that the talks are going well. He will travel to Paris on Friday."
    )
    assert found == [("indirect", "Rubio", "the talks are going well.")]
