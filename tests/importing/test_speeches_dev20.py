"""English rules taken with the twentieth development folder (docs/IMPORT-RULES.md, "The twentieth
development folder"): releases that report a speech, remarks or an interview, and ICYMI releases.
Each with the look-alikes that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from pressreader.importing.annotate import Annotations

from .helpers import figures, found, near_linear, quotes


def test_a_participle_of_saying_gives_the_quotation_to_the_sentence_subject() -> None:
    # `commended … for her work …, saying, “…”`, `ended his remarks by saying, “…”`.
    assert quotes(
        "In his remarks, President Jane Roe commended the team for its work to help pass the "
        "“CLEAN WATER” Act, saying, “I want to thank them for this.”"
    ) == [("direct", "Jane Roe", "I want to thank them for this.")]
    assert quotes(
        "President Jane Roe spoke in the garden. The President ended her remarks by saying, "
        "“working with our partners, we have shown that it is possible.”"
    ) == [("direct", "Jane Roe", "working with our partners, we have shown that it is possible.")]
    assert quotes(
        "Governor Jane Roe thanked the crews, adding: “They worked through the night.”"
    ) == [("direct", "Jane Roe", "They worked through the night.")]
    # Not a sign or a banner `saying “…”` (no comma: the sign's words, no speaker).
    assert quotes("Protesters held a sign saying “No more wars for oil.”") == []


def test_a_quotation_joined_by_a_comma_to_a_sentence_about_its_speaker() -> None:
    # `First Lady X spotlighted the role …, “…”`: the subject's words, a sentence of its own.
    assert quotes(
        "First Lady Jane Roe spotlighted the role women play in the economy, “the strength of "
        "America is closely tied to the work of women.”"
    ) == [("direct", "Jane Roe", "the strength of America is closely tied to the work of women.")]
    # Not a name given before the comma, nor a short name in marks without a stop.
    assert (
        quotes(
            "Today, First Lady Jane Roe sent a message to a workshop entitled, “The Attention "
            "Economy: How Big Tech Firms Exploit Children.”"
        )
        == []
    )
    assert quotes("President Jane Roe hosted the annual gala, “A Night of Stars”") == []
    # Nor when no person opens the sentence.
    unsigned = "The bill passed in June, “a victory for all of the families who are here.”"
    assert quotes(unsigned) == []


def test_a_titled_surname_names_the_holder_of_the_title_among_those_who_share_it() -> None:
    # `President Trump` after `First Lady Melania Trump` was met: the President; `Mrs. Trump`
    # the First Lady, and `She` after her the First Lady too.
    opening = "First Lady Mary Roe joined President John Roe. First Lady Mary Roe spoke first."
    assert quotes(opening, "President Roe said, “We won.”", "Mrs. Roe said, “We did.”") == [
        ("direct", "John Roe", "We won."),
        ("direct", "Mary Roe", "We did."),
    ]
    assert quotes(
        "President John Roe met First Lady Mary Roe.",
        "Mrs. Roe emphasized the benefits of being curious, “curiosity begets knowledge and opens "
        "doors.” She continued, “markets evolve.”",
    ) == [
        ("direct", "Mary Roe", "curiosity begets knowledge and opens doors."),
        ("direct", "Mary Roe", "markets evolve."),
    ]
    # One person of that surname: the surname names them, whatever the title.
    assert quotes("President John Roe spoke.", "Mr. Roe said, “We won.”") == [
        ("direct", "John Roe", "We won.")
    ]


def test_a_report_ends_before_a_participle_of_saying_and_its_quotation() -> None:
    # `also noted that A, saying “B”`: A indirect, B direct, the same source.
    assert quotes(
        "Secretary Jane Roe also noted that there are implications in not acting, saying "
        "“He’s playing politics with our security.”"
    ) == [
        ("indirect", "Jane Roe", "there are implications in not acting"),
        ("direct", "Jane Roe", "He’s playing politics with our security."),
    ]
    # `, saying that …` is a second report, as before (no marks: no direct quote).
    assert quotes(
        "Secretary Jane Roe noted that the plan works, saying that the costs are falling."
    ) == [
        ("indirect", "Jane Roe", "the plan works"),
        ("indirect", "Jane Roe", "the costs are falling."),
    ]


def test_a_lead_in_ending_with_a_colon_gives_the_quotations_after_it_to_its_subject() -> None:
    lead = (
        "Vice President Jane Roe shared powerful reflections about her friend — and emphasized "
        "the need for unity in the face of tragedy:"
    )
    assert quotes(
        lead, "“The last days have been hard for our country.” (Watch)", "“We owe him.” (Watch)"
    ) == [
        ("direct", "Jane Roe", "The last days have been hard for our country."),
        ("direct", "Jane Roe", "We owe him."),
    ]
    # The run ends at a paragraph that is no quotation.
    assert quotes(lead, "“We owe him.”", "The crowd stood.", "“Thank you all.”") == [
        ("direct", "Jane Roe", "We owe him.")
    ]
    # Not a group, nor a lead-in of several sentences.
    group = "Officials from across the Administration shared their stories:"
    assert quotes(group, "“We won.”") == []
    assert (
        quotes(
            "Vice President Jane Roe arrived at noon. The following statement was read:",
            "“We won.”",
        )
        == []
    )


def test_top_moments_after_a_paragraph_on_a_speech_are_the_speakers() -> None:
    speech = "President Jane Roe just wrapped up a major address in Riyadh on the region's future."
    assert quotes(speech, "Here are the top moments:", "“Peace is within our grasp.” (Watch)") == [
        ("direct", "Jane Roe", "Peace is within our grasp.")
    ]
    assert quotes(speech, "Here are the highlights:", "“Peace is within our grasp.”") == [
        ("direct", "Jane Roe", "Peace is within our grasp.")
    ]
    # Not a label that announces something else.
    assert quotes(speech, "Here are the details:", "“Peace is within our grasp.”") == []


def test_a_comparison_by_times_is_a_factor() -> None:
    # `two to three times as much` (a range, at its lower end), `3 times more`, `four times the`.
    assert figures("Americans pay two to three times as much for the same drugs.") == [
        (2, None, "factor", "two to three times")
    ]
    assert figures("Rents rose nearly four times the rate of wages.") == [
        (4, None, "factor", "nearly four times")
    ]
    assert figures("Costs rose 1.5 times as fast.") == [(1.5, None, "factor", "1.5 times")]
    # Not how often something happens.
    assert figures("The council met three times a week.") == []
    assert figures("He called 3 times in a row.") == [(3, None, "times", "3 times")]


def test_the_new_readings_stay_near_linear_on_hostile_text() -> None:
    # Thousands of participles, comma-joined quotations, lead-ins and `times` in a few paragraphs.
    def readings(n: int) -> Annotations:
        participles = " ".join(
            f"President Jane Roe thanked crew {i}, saying, “We worked all night long here.”"
            for i in range(n)
        )
        commas = "First Lady Mary Roe spoke" + ", “a b c d e f g.”" * (2 * n)
        lead_ins = ["Vice President Jane Roe shared reflections:", "“We won.”"] * n
        return found(participles, commas, *lead_ins, "prices rose two to three times as much " * n)

    small, large = near_linear(readings, 50)
    said = [(quote.kind, quote.speaker, quote.text) for quote in small.quotes]
    assert (
        said
        == [("direct", "Jane Roe", "We worked all night long here.")] * 50
        + [("direct", "Jane Roe", "We won.")] * 50
    )
    assert {(q.kind, q.speaker) for q in large.quotes} == {("direct", "Jane Roe")}
    assert len(large.quotes) > len(small.quotes)
    assert [figure.value for figure in small.statistics] == [2] * len(small.statistics)
