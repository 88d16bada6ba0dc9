"""The encarry round: an English report carried on past its first sentence (ANNOTATING.md,
"Indirect quotes": "It runs to the end of the report in that paragraph"); docs/IMPORT-RULES.md "What
it finds". Each shape with the near shapes that must stay the narration's (the sentences here are
written for the tests)."""

from __future__ import annotations

from .helpers import quotes


def test_a_sentence_saying_what_the_report_includes_carries_it_on() -> None:
    assert quotes(
        "As the President has made clear, the United States will impose severe costs on the "
        "regime. That includes strong economic measures.",
        "A study by the Urban Institute found that 73 percent of voters backed the plan. This "
        "includes 57 percent of Republicans.",
    ) == [
        (
            "indirect",
            "President",
            "the United States will impose severe costs on the regime. That includes strong "
            "economic measures.",
        ),
        (
            "indirect",
            "Urban Institute",
            "73 percent of voters backed the plan. This includes 57 percent of Republicans.",
        ),
    ]


def test_what_a_thing_named_in_the_sentence_includes_is_the_narration() -> None:
    # `It includes` (the bill the narration names), a past `That included`, and `That includes`
    # with no report before it: none carries a report on.
    for after in (
        "It includes $650 million for the wall.",
        "That included a visit to the port.",
        "That is what the President wants.",
    ):
        assert quotes(f"The President said that the bill is a priority. {after}") == [
            ("indirect", "President", "the bill is a priority.")
        ], after
    assert quotes("The fund is open to states. That includes tribal nations.") == []


def test_a_country_that_spoke_carries_its_report_on_with_what_it_also_intends() -> None:
    assert quotes(
        "Canada announced that it intends to reach 60% EV sales by 2030. Canada also intends to "
        "provide $3.5 million to help Fiji.",
        "In the talks, the United States reiterated that it will deepen its ties. The United "
        "States plans to open two embassies.",
    ) == [
        (
            "indirect",
            "Canada",
            "it intends to reach 60% EV sales by 2030. Canada also intends to provide $3.5 million "
            "to help Fiji.",
        ),
        (
            "indirect",
            "United States",
            "it will deepen its ties. The United States plans to open two embassies.",
        ),
    ]


def test_another_s_plan_or_a_titled_person_s_is_the_narration() -> None:
    # Another company's plan after the agency's report, a person's (titled) plan, and the
    # country's narrated act (`will host`): each stops the report.
    assert quotes(
        "The Food and Drug Administration announced that Acme can export more formula. By July, "
        "Acme plans to bring 66 million bottles."
    ) == [("indirect", "Food and Drug Administration", "Acme can export more formula.")]
    assert quotes(
        "Secretary Jane Roe said that the talks went well. Jane Roe also plans to visit Tokyo."
    ) == [("indirect", "Jane Roe", "the talks went well.")]
    assert quotes(
        "Canada announced that it intends to cut methane. Canada will host the next meeting."
    ) == [("indirect", "Canada", "it intends to cut methane.")]
