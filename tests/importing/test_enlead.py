"""A quotation after the subject's own main clause (docs/IMPORT-RULES.md, "What it finds"): the
subject behind a phrase or an apposition before its verb, a surname the narration gave one
full name, a description referring back, an adverb before the participle, and more participles
of saying. Each shape with a near shape that must not be taken (sentences written for the
tests)."""

from __future__ import annotations

from .helpers import quotes

_WORDS = "I will continue to fight for lower costs for families every day."


def _speakers(*paragraphs: str) -> list[str]:
    return [speaker for kind, speaker, _ in quotes(*paragraphs) if kind == "direct"]


def test_a_phrase_between_the_subject_and_its_verb_before_and_said() -> None:
    assert _speakers(
        "President Joe Biden spoke on Tuesday.",
        f"Biden in his statement credited some of his own policies, and said: “{_WORDS}”",
    ) == ["Joe Biden"]
    assert _speakers(
        "President Joe Biden spoke on Tuesday.",
        f"Biden on Tuesday credited some of his own policies, saying “{_WORDS}”",
    ) == ["Joe Biden"]
    # an opener of place or time is no subject: the subject after its comma speaks
    assert _speakers(
        "President Joe Biden spoke on Tuesday.",
        f"In his statement, Biden credited some of his own policies, and said: “{_WORDS}”",
    ) == ["Joe Biden"]


def test_an_unknown_capitalised_word_before_a_phrase_names_no_one() -> None:
    assert (
        _speakers(f"Acme in its statement credited some of its own policies, and said: “{_WORDS}”")
        == []
    )


def test_an_adverb_may_stand_before_the_participle() -> None:
    assert _speakers(
        "Representative Jane Roe, who represents Clemson, voted against the bill, falsely "
        "claiming “only $1 out of every $4 in this bill goes towards roads and bridges.”"
    ) == ["Jane Roe"]
    # a participle that is no verb of saying gives no quote
    assert (
        _speakers(
            "Representative Jane Roe voted against the bill, falsely building “only $1 out of "
            "every $4 in this bill goes towards roads and bridges.”"
        )
        == []
    )


def test_urging_then_a_reason_in_marks() -> None:
    found = quotes(
        "Belarusian democratic leader Sviatlana Roeskaya spoke first.",
        "Roeskaya implored democratic governments to stand up to the regime, urging solidarity "
        "and more forceful action because “the fight for our freedom is the fight for your own "
        "freedom too.”",
    )
    assert (
        "direct",
        "Sviatlana Roeskaya",
        "the fight for our freedom is the fight for your own freedom too.",
    ) in found
    # `because` after no participle of urging: no quote of hers
    assert (
        _speakers(
            "Belarusian democratic leader Sviatlana Roeskaya spoke first.",
            "Roeskaya implored democratic governments to stand up to the regime, and all this "
            "because “the fight for our freedom is the fight for your own freedom too.”",
        )
        == []
    )


def test_a_surname_the_narration_gave_one_full_name() -> None:
    assert _speakers(
        "Belarusian democratic leader Sviatlana Roeskaya spoke first.",
        "Roeskaya implored the governments to stand up, saying “we must act together now.”",
    ) == ["Sviatlana Roeskaya"]
    # a surname the text never gave in full names no one
    assert (
        _speakers(
            "Roeskaya implored the governments to stand up, saying “we must act together now.”"
        )
        == []
    )


def test_a_description_then_the_name_set_off_before_the_verb() -> None:
    assert _speakers(
        "Now, the former commander of Redstone Arsenal in Huntsville, Alabama, Retired General "
        "Jim Roe, highlighted that the base lacks a commander, saying, “I am very concerned our "
        "senator does not understand the full impact.”"
    ) == ["Jim Roe"]


def test_a_description_referring_back_to_the_last_speaker() -> None:
    found = quotes(
        "“We saw new and encouraging evidence today,” Lael Roe said. The former Federal Reserve "
        "board member took a shot at economists who said fighting inflation would crush the "
        "jobs market, saying “the economy is defying predictions that inflation wouldn’t fall.”"
    )
    assert (
        "direct",
        "Lael Roe",
        "the economy is defying predictions that inflation wouldn’t fall.",
    ) in found
    # the description in a paragraph that named no speaker before: no one
    assert (
        _speakers(
            "The former Federal Reserve board member took a shot at economists, saying “the "
            "economy is defying predictions that inflation wouldn’t fall.”"
        )
        == []
    )
