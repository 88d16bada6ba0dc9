"""English reported speech of the shapes the fourteenth round's span and recall audit over the
development texts found (docs/IMPORT-RULES.md, "The fourteenth round"): a body named only by its
kind at a sentence's opening, `it` before a verb in the present as a clause's subject, `warned` with
the one warned and `that`, and a transcript's note opening a report; each with the look-alikes that
must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import near_linear, quotes, said_each_time


def test_the_company_is_the_company_named_before() -> None:
    assert quotes(
        "Today, Acme & Sons announced a new $5 billion investment in the United States.",
        "The company said it represents a “25% increase” over the previous four years.",
    ) == [
        ("indirect", "Acme & Sons", "it represents a “25% increase” over the previous four years.")
    ]
    assert quotes(
        "Roe Widgets Inc. opened a plant in Ohio. "
        "The company also said that it will hire 300 workers."
    ) == [("indirect", "Roe Widgets Inc.", "it will hire 300 workers.")]


def test_the_company_is_the_subject_of_the_sentence_before() -> None:
    assert quotes(
        "Just this month, Acmedyne released data on a new vaccine. The company also announced "
        "that it expects to release more data soon."
    ) == [("indirect", "Acmedyne", "it expects to release more data soon.")]
    for paragraphs in (
        ("Senator Jane Roe met Acmedyne. Roe visited the plant. The company said it will grow.",),
        ("President Roe visited the plant. The company said it will hire 300 workers.",),
        ("The workers visited the plant. The company said it will hire 300 workers.",),
    ):
        assert quotes(*paragraphs) == [], paragraphs


def test_the_company_is_never_one_named_sentences_before() -> None:
    assert (
        quotes(
            "Merck & Co. announced it will invest a total of $9 billion in the U.S.",
            "General Motors announced it will invest $4 billion in plants in Tonawanda, New York. "
            "The company also announced it will move production of its SUV from China.",
        )[2:]
        # Since the fifteenth round `General Motors` is read as a company's name: the one the
        # sentence before opens with, never `Merck & Co.` named items before.
        == [("indirect", "General Motors", "it will move production of its SUV from China.")]
    )


def test_a_subcommittee_by_its_kind_is_the_one_named_before() -> None:
    assert quotes(
        "A report issued by the House Select Subcommittee on the Coronavirus Crisis was long. "
        "The subcommittee also noted that, under the prior rules, the banks failed to lend."
    ) == [
        (
            "indirect",
            "House Select Subcommittee on the Coronavirus Crisis",
            "under the prior rules, the banks failed to lend.",
        )
    ]


def test_a_kind_with_no_name_before_or_not_opening_the_sentence_names_no_one() -> None:
    for paragraphs in (
        ("The company said it represents a “25% increase” over the previous four years.",),
        ("Jane Roe visited the plant.", "The company said it will hire 300 workers."),
        (
            "Acme & Sons opened a plant.",
            "Workers at the plant and the company said it will hire 300 workers.",
        ),
        ("Acme & Sons opened a plant.", "The company’s chief said it will hire 300 workers."),
        ("The House Ways and Means Committee met.", "The subcommittee noted that jobs grew."),
    ):
        assert quotes(*paragraphs) == [], paragraphs


def test_it_before_a_verb_in_the_present_is_a_clause() -> None:
    assert quotes("Senator Jane Roe said it remains a priority for the state.") == [
        ("indirect", "Jane Roe", "it remains a priority for the state.")
    ]
    for sentence in (
        "Senator Jane Roe said it again at the hearing in the state.",
        "Senator Jane Roe said it best at the hearing in the state.",
        "Senator Jane Roe told it plainly to the members of the press.",
    ):
        assert quotes(sentence) == [], sentence


def test_warned_with_the_one_warned_and_that() -> None:
    assert quotes("Secretary Jane Roe warned Iran that the window for diplomacy is closing.") == [
        ("indirect", "Jane Roe", "the window for diplomacy is closing.")
    ]
    assert quotes(
        "President Roe warned the companies that if they refuse to step up, we will act."
    ) == [("indirect", "Roe", "if they refuse to step up, we will act.")]
    assert quotes(
        "The Safety Commission has warned vape shops and other retailers that selling the "
        "products is against the law."
    ) == [("indirect", "Safety Commission", "selling the products is against the law.")]


def test_warned_of_or_a_relative_that_is_no_report() -> None:
    for sentence in (
        "Secretary Jane Roe warned of risks that the members of the group face.",
        "Secretary Jane Roe warned companies that break the rules about the penalties.",
        "Secretary Jane Roe warned against steps that would deepen the crisis.",
    ):
        assert quotes(sentence) == [], sentence


def test_a_transcripts_note_is_no_part_of_the_report() -> None:
    assert quotes(
        "Q Mr. President, Senator Jane Roe said she’s ready to debate you right now.",
        "Q She just said that on radio. (Inaudible) — wants to debate you immediately, she says.",
    )[-1] == ("indirect", "Jane Roe", "wants to debate you immediately")
    # A note in the report's middle, or a bracket of other words, stays.
    assert quotes(
        "Q Mr. President, Senator Jane Roe said she’s ready to debate you right now.",
        "Q She just said that on radio. (In Spanish) — wants to debate you immediately, she says.",
    )[-1] == ("indirect", "Jane Roe", "(In Spanish) — wants to debate you immediately")


def test_a_long_list_before_the_company_stays_linear() -> None:
    # The names looked for are read in the last 2,000 characters of each paragraph.
    listed = near_linear(
        lambda n: quotes("Acme & Sons " * n + "opened.", "The company said it grows."), 300
    )
    assert listed == ([], [])


def test_a_clause_whose_subject_is_a_name_and_whose_verb_is_in_the_present() -> None:
    assert quotes("Senator Jane Roe said ICE exists to “scare the American public.”") == [
        ("indirect", "Jane Roe", "ICE exists to “scare the American public.”")
    ]
    assert quotes("Governor Jane Roe claimed ICE officers “make our neighborhoods less safe.”") == [
        ("indirect", "Jane Roe", "ICE officers “make our neighborhoods less safe.”")
    ]
    assert quotes(
        "Senator Jane Roe said the Acme Administration believes the bill is good for families."
    ) == [
        ("indirect", "Jane Roe", "the Acme Administration believes the bill is good for families.")
    ]


def test_a_name_and_a_noun_after_a_verb_that_takes_objects_is_no_clause() -> None:
    for sentence in (
        "Secretary Jane Roe noted U.S. efforts to invest billions in the goals.",
        "Secretary Jane Roe said Grace before the meal with the members.",
        "Senator Jane Roe warned ICE officers they “will be held accountable.”",
        "Senator Jane Roe said ICE officers theyre the best in the world.",
    ):
        assert quotes(sentence) == [], sentence


def test_a_quotation_after_an_ellipsis_is_the_persons_opening_the_sentence_before() -> None:
    assert quotes(
        "Board Chairman Jane Roe was among 50 officials taking part in the “Communities” "
        "event…“Major pieces of legislation have had positive impacts on the county.”"
    ) == [
        (
            "direct",
            "Jane Roe",
            "Major pieces of legislation have had positive impacts on the county.",
        )
    ]


def test_after_an_ellipsis_two_people_a_body_or_a_later_attribution_name_no_one_else() -> None:
    for paragraph in (
        "Senator Jane Roe and Senator John Doe announced today…“This funding will help the "
        "families who need it.”",
        "The Acme Corporation opened a plant today…“This funding will help the families.”",
        "Mayor Jane Roe praised the grant…“This funding will help the families,” and more.",
    ):
        assert quotes(paragraph) == [], paragraph
    assert quotes(
        "Mayor Jane Roe praised the grant…“This funding will help families,” said John Doe."
    ) == [("direct", "John Doe", "This funding will help families,")]


def test_many_kinds_and_ellipses_in_one_paragraph_stay_linear() -> None:
    for run, said in (
        (
            lambda n: quotes("Acme & Sons opened. The company said it grows fast. " * n),
            ("indirect", "Acme & Sons", "it grows fast."),
        ),
        (
            lambda n: quotes(*["Chairman Jane Roe spoke…“Yes, we will.”"] * n),
            ("direct", "Jane Roe", "Yes, we will."),
        ),
    ):
        small, large = near_linear(run, 100)
        said_each_time(small, large, said, 100)
