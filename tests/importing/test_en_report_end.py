"""A report in the third person ends before a clause of the one reporting in the first person
(docs/IMPORT-RULES.md, "What it finds": the enend round; ANNOTATING.md, "Fortieth folder"): a clause
joined by `, and`, `, but`, `, so`, `, or`, `— or` or `;` whose subject is `we` or `I` (or whose
object a few words on is `us`), a closing `, which …` comment holding the first person, a
participle with the reporter's own `our`. Each with a near shape that must stay whole (the
sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_TURN = "MS. ROE: "
_SENATOR = "Senator Jane Smith spoke on Tuesday."


def _reports(*paragraphs: str) -> list[tuple[str, str]]:
    return [(speaker, text) for kind, speaker, text in quotes(*paragraphs) if kind == "indirect"]


def test_a_joined_clause_whose_subject_is_the_one_reporting() -> None:
    for joined in (
        ", and we’ve reiterated it since.",
        ", and then we’ve seen it continue to persist.",
        ", but certainly I’m going to leave that to her.",
        " — or we’ll leave it to her if she wants to raise it.",
        "; we are still reviewing it.",
        ", so we’re asking her again to act.",
    ):
        assert _reports(
            _SENATOR, _TURN + "Senator Smith said that the bill would pass this week" + joined
        ) == [("Jane Smith", "the bill would pass this week")], joined


def test_an_object_a_few_words_on_and_a_closing_comment() -> None:
    assert _reports(
        _SENATOR,
        "Q Senator Smith said that she will not run again, but Tom had a briefing with us on "
        "Monday. Is that right?",
    ) == [("Jane Smith", "she will not run again")]
    assert _reports(
        _SENATOR,
        _TURN + "Senator Smith made clear that the tariffs hurt farmers, which is something we "
        "certainly convey to other countries.",
    ) == [("Jane Smith", "the tariffs hurt farmers")]
    # `which I think …` with commas after it: the comment still runs to the sentence's end
    assert _reports(
        _SENATOR,
        _TURN + "Senator Smith said that the talks will be short, which I think is a change from "
        "before, which is welcome.",
    ) == [("Jane Smith", "the talks will be short")]


def test_a_participle_with_the_reporters_own_our() -> None:
    assert _reports(
        "Travel: Senator Jane Smith announced that she will travel to Kenya in 2025, "
        "demonstrating our commitment to the region.",
    ) == [("Jane Smith", "she will travel to Kenya in 2025")]


def test_after_as_x_said() -> None:
    assert _reports(
        _SENATOR,
        _TURN + "As Senator Smith has said, the country is more than ready to join, and we "
        "certainly look forward to it.",
    ) == [("Jane Smith", "the country is more than ready to join")]


def test_a_report_in_the_first_person_keeps_its_later_we() -> None:
    # the report's own `we`, `us` or `our`: the source's voice, carried on
    for report in (
        "we support the return to those talks, and we’re prepared to take steps.",
        "her caucus is not joining us in voting, so we’re asking her again.",
        "our allies are a great strength, and we must work with them.",
    ):
        assert _reports(_SENATOR, _TURN + "Senator Smith has made clear that " + report) == [
            ("Jane Smith", report)
        ], report


def test_near_shapes_stay_whole() -> None:
    for report in (
        # a second clause of the report (`, and that we …`)
        "the plan is sound, and that we should support it.",
        # the first person inside a clause within the joined one, or far into it
        "the aid includes money, weapons, or intelligence that we have been providing.",
        "there is a foreign policy section, and she is going to talk about what our values are.",
        # a dash that closes an aside, and an aside inside the report
        "she wants to lift it — that is a new forum — and to ensure that we work together.",
        "she would — and I am quoting here — end the program.",
        # an aside the report goes on past (`, which I signed, is …`)
        "the law, which we passed last year, is working.",
    ):
        assert _reports(_SENATOR, _TURN + "Senator Smith said that " + report) == [
            ("Jane Smith", report)
        ], report
    # a gerund opening the clause after a phrase of its own
    assert _reports(
        _SENATOR,
        _TURN + "Senator Smith made clear that, to her, respecting our diversity is a principle.",
    ) == [("Jane Smith", "to her, respecting our diversity is a principle.")]
