"""A quotation after a lead-in whose verb of saying has an addressee, a time, a place or a manner
before the comma (`Jane Roe told CNN, “…”`, `Roe said Tuesday, “…”`, `Lomell yelled back with
every ounce of strength he had in him, “…”`) is the subject's, never the words after the verb's;
verbs of the manner of speaking (`yelled`, `urged`, `testified`) attribute quotations as `said`
does; one of a group (`another Ranger`, `one Republican`) is nobody named; a quotation that ends
its sentence after a verb of saying of its own is not the next sentence's speaker's; a body named
as a gathering of its members (`the U.S. Conference of Catholic Bishops`) is named whole
(docs/ANNOTATING.md, "The speaker"; the sentences are written for the tests)."""

from __future__ import annotations

import pytest

from pressreader.importing.speakers import parse_phrase

from .helpers import quotes

_MET = "Governor Jane Roe came on Monday. Senator John Doe came later."


@pytest.mark.parametrize(
    "lead",
    [
        "Jane Roe told CNN, ",
        "Jane Roe told John Doe, ",
        "Jane Roe told reporters at the White House on Tuesday, ",
        "Jane Roe told The New York Times in March, ",
        "Jane Roe told the crowd in Ohio, ",
        "Jane Roe said on Tuesday, ",
        "Jane Roe said Tuesday, ",
        "Jane Roe said in a statement on Tuesday, ",
        "Jane Roe wrote to the mother of a soldier, ",
        "Jane Roe yelled back with every ounce of strength she had, ",
        "And Roe yelled back with all her strength, ",
    ],
)
def test_the_subject_of_the_lead_in_speaks(lead: str) -> None:
    assert quotes(_MET, lead + "“We act.”") == [("direct", "Jane Roe", "We act.")]


def test_a_name_after_said_still_speaks() -> None:
    assert quotes(_MET, "Then said John Doe, “We act.”") == [("direct", "John Doe", "We act.")]


@pytest.mark.parametrize(
    "lead",
    [
        # a clause after the verb: the quotation is no lead-in's
        "Jane Roe told reporters that the agency, which she called, ",
        # another's saying inside the phrase
        "As Jane Roe said my mother would say to me, ",
    ],
)
def test_a_clause_or_another_saying_is_no_lead_in(lead: str) -> None:
    assert ("direct", "Jane Roe", "We act.") not in quotes(_MET, lead + "“We act.”")


@pytest.mark.parametrize(
    "verb", ["yelled", "shouted", "whispered", "screamed", "quipped", "pleaded", "testified"]
)
def test_verbs_of_the_manner_of_speaking(verb: str) -> None:
    assert quotes(_MET, f"Jane Roe {verb}, “We act.”") == [("direct", "Jane Roe", "We act.")]
    assert quotes(_MET, f"“We act,” Jane Roe {verb}.") == [("direct", "Jane Roe", "We act,")]


def test_urged_after_a_quotation() -> None:
    assert quotes(_MET, "“Act now,” Jane Roe urged.") == [("direct", "Jane Roe", "Act now,")]


@pytest.mark.parametrize("one", ["another Ranger", "a Ranger", "one Republican"])
def test_one_of_a_group_is_nobody_named(one: str) -> None:
    assert quotes(_MET, f"At one point, {one} said, “I am not sure I can make it.”") == []


def test_a_quote_with_its_own_attribution_is_not_the_next_speakers() -> None:
    # The first quotation's lead-in names no one; the next sentence's attribution introduces
    # the second quotation only.
    assert quotes(
        _MET,
        "At one point, another Ranger yelled, “I am not sure I can make it.” And Doe yelled"
        " back with every ounce of strength he had in him, “You have got to hold on.”",
    ) == [("direct", "John Doe", "You have got to hold on.")]
    assert quotes(_MET, "A reporter asked, “Is it over?” Roe said, “It is not.”") == [
        ("direct", "Jane Roe", "It is not.")
    ]


def test_a_quotation_before_an_attribution_is_still_its() -> None:
    assert quotes(_MET, "“It is over.” Roe said it twice.") == [
        ("direct", "Jane Roe", "It is over.")
    ]


@pytest.mark.parametrize(
    "phrase, body",
    [
        ("the U.S. Conference of Catholic Bishops", "U.S. Conference of Catholic Bishops"),
        (
            "the National Conference of State Legislatures",
            "National Conference of State Legislatures",
        ),
        ("the Council of Economic Advisers", "Council of Economic Advisers"),
        ("the Union of Concerned Scientists", "Union of Concerned Scientists"),
    ],
)
def test_a_gathering_of_members_is_one_body(phrase: str, body: str) -> None:
    reference = parse_phrase(phrase)
    assert reference is not None and (reference.kind, reference.text) == ("body", body)


def test_a_title_after_such_a_body_is_a_persons() -> None:
    reference = parse_phrase("Council of Economic Advisers Chair Jared Bernstein")
    assert reference is not None and (reference.kind, reference.text) == ("name", "Jared Bernstein")


@pytest.mark.parametrize(
    "sentence",
    [
        "“We act,” Roe, a Democrat, said in a statement.",
        "“We act,” Roe, the governor, said.",
        "“We act,” Roe, the state's first female governor, told reporters.",
        "“We act,” Roe, a former prosecutor, said Tuesday.",
    ],
)
def test_a_surname_described_after_a_quotation_names_the_person(sentence: str) -> None:
    assert quotes(_MET, sentence) == [("direct", "Jane Roe", "We act,")]


def test_a_described_word_the_text_never_named_is_no_speaker() -> None:
    assert quotes(_MET, "“We act,” Washington, a city of contrasts, said.") == []


def test_a_quotation_after_a_report_with_its_attribution_after_it_is_the_sources() -> None:
    # An op-ed's excerpt right after the paragraph reporting it (`A, writes X in …`): one
    # quotation over three paragraphs, opened in the first and closed in the last.
    assert quotes(
        "The industry will be “reinvigorated” by the tariffs, writes Association President"
        " Philip K. Bell in today’s Post-Gazette — describing how the action will help.",
        "“The industry is going in reverse.",
        "The harm does not depend on where it comes from.",
        "A stable supply matters more than ever.”",
    ) == [
        ("indirect", "Philip K. Bell", "The industry will be “reinvigorated” by the tariffs"),
        ("direct", "Philip K. Bell", "The industry is going in reverse."),
        ("direct", "Philip K. Bell", "The harm does not depend on where it comes from."),
        ("direct", "Philip K. Bell", "A stable supply matters more than ever."),
    ]


def test_a_quotation_after_narration_is_nobodys() -> None:
    assert (
        quotes(
            "The industry will be reinvigorated by the tariffs, the report finds in its summary,"
            " and the markets rose.",
            "“The industry is going in reverse.”",
        )
        == []
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "“I am not sure I can make it,” said another Ranger.",
        "“I am not sure I can make it,” another Ranger said.",
        "According to one Republican, the bill is dead.",
        "Every administration says it will use the law.",
    ],
)
def test_one_of_a_group_is_nobody_named_wherever_it_stands(sentence: str) -> None:
    # (after a quotation, after `according to`, before a report: the phrase is read as
    # nobody named however the rules reach it)
    assert quotes(_MET, sentence) == []
