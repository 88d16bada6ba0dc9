"""English reported speech of the shapes a recall audit over White House texts found
(docs/IMPORT-RULES.md, "The thirteenth round"): a verb in the progressive after its subject, a
relative clause whose verb has a clause of its own, `expressed` with a noun of stance and its
clause, a participle of promising after another report, `that` as a clause's subject, a body
named in full and then by its own word, and the lead-in whose verb is followed by a clause
before the colon; each with the look-alikes that must not be taken (the sentences here are
written for the tests)."""

from __future__ import annotations

from .helpers import near_linear, quotes


def test_a_body_announcing_in_the_progressive_is_a_report() -> None:
    assert quotes(
        "Today, the Department of Energy is announcing that it will fund ten projects."
    ) == [("indirect", "Department of Energy", "it will fund ten projects.")]
    assert quotes(
        "Today, the Biden Administration is announcing it will extend the parole process."
    ) == [("indirect", "Biden Administration", "it will extend the parole process.")]
    assert quotes("The Acme Company today is also announcing that it has hired 500 workers.") == [
        ("indirect", "Acme Company", "it has hired 500 workers.")
    ]


def test_the_progressive_of_several_or_of_the_publisher_names_no_one() -> None:
    for sentence in (
        "President Jane Roe and Vice President John Doe are announcing that the programme is open.",
        "That is why today we are announcing that the Department of Energy will release oil.",
        "The Department of Energy is announcing the following actions: new grants for states.",
    ):
        assert quotes(sentence) == [], sentence


def test_a_relative_clause_with_a_clause_of_its_own_is_its_antecedents_report() -> None:
    assert quotes(
        "The President hosted Jordan’s King Abdullah II, who announced that the Kingdom will "
        "accept 2,000 sick children."
    ) == [("indirect", "Abdullah II", "the Kingdom will accept 2,000 sick children.")]
    assert quotes("The group met Senator Jane Roe, who noted the plan will work.") == [
        ("indirect", "Jane Roe", "the plan will work.")
    ]
    assert quotes(
        "The data was analyzed by the Government Accountability Office (GAO), which found that "
        "most projects were processed quickly."
    ) == [("indirect", "Government Accountability Office", "most projects were processed quickly.")]


def test_relative_clauses_that_are_no_report_of_their_antecedent() -> None:
    for sentence in (
        # inside the sentence's subject: where the report ends is not known
        "Secretary Jane Roe, who said that the plan will work, left early.",
        # `who` after a body, `which` after a person
        "The President thanked the Department of Energy, who said that the plan will work.",
        "The President thanked Senator Jane Roe, which said that the plan will work.",
        # no clause after the verb
        "The President thanked Senator Jane Roe, who announced a new plan for the city.",
    ):
        assert quotes(sentence) == [], sentence


def test_expressed_with_a_noun_of_stance_and_its_clause_is_a_report() -> None:
    assert quotes("President Jane Roe expressed hope that the talks will resume soon.") == [
        ("indirect", "Jane Roe", "the talks will resume soon.")
    ]
    assert quotes("President Jane Roe expressed her confidence that the talks will resume.") == [
        ("indirect", "Jane Roe", "the talks will resume.")
    ]
    assert quotes(
        "Vice President Jane Roe spoke today with the King. The Vice President expressed regret "
        "she was no longer able to travel to Bahrain."
    ) == [("indirect", "Jane Roe", "she was no longer able to travel to Bahrain.")]


def test_expressed_with_a_noun_phrase_is_the_reporters_summary() -> None:
    for sentence in (
        "President Jane Roe expressed support for the talks.",
        "President Jane Roe expressed concern over the arrest of the activist.",
        "President Jane Roe expressed her appreciation for the partnership.",
        "President Jane Roe expressed hope for a peaceful resolution.",
        "President Jane Roe expressed concern about how other rights may be at stake.",
    ):
        assert quotes(sentence) == [], sentence


def test_a_participle_of_promising_after_a_report_gives_a_quote_of_its_own() -> None:
    assert quotes(
        "President Jane Roe underscored the importance of the region, noting that we are a Pacific "
        "nation and vowing that the United States will remain engaged."
    ) == [
        ("indirect", "Jane Roe", "we are a Pacific nation"),
        ("indirect", "Jane Roe", "the United States will remain engaged."),
    ]
    assert quotes("Mayor Jane Roe vowed that the parks will stay open.") == [
        ("indirect", "Jane Roe", "the parks will stay open.")
    ]


def test_a_verb_of_promising_without_a_clause_is_no_quote() -> None:
    for sentence in (
        "Mayor Jane Roe vowed to keep the parks open.",
        "Mayor Jane Roe pledged support for the parks.",
        "Mayor Jane Roe promised a new era for the city.",
        "Mayor Jane Roe thanked the workers, pledging to keep the parks open.",
    ):
        assert quotes(sentence) == [], sentence


def test_that_as_the_clauses_subject_stays_in_the_report() -> None:
    assert quotes("Senator Jane Roe says that will allow workers to earn more.") == [
        ("indirect", "Jane Roe", "that will allow workers to earn more.")
    ]
    assert quotes("Senator Jane Roe says that the bill will allow workers to earn more.") == [
        ("indirect", "Jane Roe", "the bill will allow workers to earn more.")
    ]


def test_a_noun_of_support_before_for_or_of_is_no_clause() -> None:
    for sentence in (
        "Mr. Jake Sullivan reiterated U.S. support for ASEAN efforts to hold the regime to it.",
        "President Jane Roe reaffirmed Jordan’s support for Iraq, including through projects.",
        "Secretary Jane Roe underscored the President’s support of strong unions.",
    ):
        assert quotes(sentence) == [], sentence
    assert quotes("Mayor Jane Roe said the state supports farmers in the valley.") == [
        ("indirect", "Jane Roe", "the state supports farmers in the valley.")
    ]


def test_a_body_named_in_full_is_the_one_its_own_word_names_later() -> None:
    assert quotes(
        "Today, the Biden-Harris Administration announced new funding for states.",
        "The Administration announced that fourteen utility companies have made commitments.",
    ) == [
        (
            "indirect",
            "Biden-Harris Administration",
            "fourteen utility companies have made commitments.",
        )
    ]
    assert quotes(
        "Today, the Biden-Harris Administration is announcing new enforcement measures.",
        "The Administration is also announcing that it is surging resources to the border.",
    ) == [("indirect", "Biden-Harris Administration", "it is surging resources to the border.")]
    # No body of that word named before: nobody.
    assert (
        quotes(
            "The agency announced new rules.",
            "The Administration announced that fourteen utility companies have made commitments.",
        )
        == []
    )


def test_a_report_ends_at_the_narrations_next_verb_after_a_pronoun() -> None:
    assert quotes(
        "President Jane Roe expressed concern that the hostilities continue to cause suffering, "
        "and she reaffirmed the U.S. commitment to peace."
    ) == [("indirect", "Jane Roe", "the hostilities continue to cause suffering")]
    assert quotes(
        "President Jane Roe expressed regret that she and the Taoiseach were unable to meet in "
        "person and wished him a speedy recovery."
    ) == [("indirect", "Jane Roe", "she and the Taoiseach were unable to meet in person")]


def test_a_that_after_a_phrase_with_to_is_another_verbs() -> None:
    assert (
        quotes(
            "The Acme Administration is also announcing today several steps to ensure that the "
            "initiative is guided by local communities."
        )
        == []
    )


def test_no_sentence_ends_on_that_the_u_s() -> None:
    assert quotes(
        "Today, the White House is announcing that the U.S. Department of Health and Human "
        "Services will release more than $385 million to states."
    ) == [
        (
            "indirect",
            "White House",
            "the U.S. Department of Health and Human Services will release more than $385 million "
            "to states.",
        )
    ]


def test_a_lead_in_whose_verb_has_a_clause_names_its_subject_not_the_clauses_names() -> None:
    assert quotes(
        "President Jane Roe said he arranged a meeting between President Putin and President "
        "Zelenskyy: “I thought I’d first let them meet.”"
    ) == [
        (
            "indirect",
            "Jane Roe",
            "he arranged a meeting between President Putin and President Zelenskyy",
        ),
        ("direct", "Jane Roe", "I thought I’d first let them meet."),
    ]
    assert quotes(
        "President Jane Roe explained what has surprised him about President Putin and President "
        "Zelenskyy: “They are getting along a little better.”"
    ) == [("direct", "Jane Roe", "They are getting along a little better.")]


def test_the_new_shapes_stay_bounded_on_long_input() -> None:
    # A long run of progressive and relative verbs in one sentence reads a window before each:
    # the same found however long the run, in work that grows with it.
    small, large = near_linear(
        lambda n: quotes(
            "The Acme Department is announcing " + ", who said " * n + "that it is done."
        ),
        300,
    )
    assert small == large
    small, large = near_linear(
        lambda n: quotes("The Acme Department " + "expressed hope " * n + "that it is done."), 300
    )
    assert small == large


def test_a_label_naming_a_body_with_of_for_or_on_names_it_whole() -> None:
    assert quotes("Alliance for Electric School Buses: “This is a great day for children.”") == [
        ("direct", "Alliance for Electric School Buses", "This is a great day for children.")
    ]
    assert quotes("National Association of Counties: “This is a great day.”") == [
        ("direct", "National Association of Counties", "This is a great day.")
    ]
    assert quotes("The Council on Foreign Relations: “This is a great day.”") == [
        ("direct", "Council on Foreign Relations", "This is a great day.")
    ]


def test_labels_that_are_a_person_a_topic_or_two_bodies() -> None:
    assert quotes(
        "American Federation of Teachers President Randi Weingarten: “This is a great day.”"
    ) == [("direct", "Randi Weingarten", "This is a great day.")]
    assert quotes("Jane Roe, President, League of Conservation Voters: “This is a great day.”") == [
        ("direct", "Jane Roe", "This is a great day.")
    ]
    for paragraph in (
        "On the Board of Directors: “This is a great day.”",
        "Michigan Municipal League and Michigan Association of Counties: “This is a great day.”",
    ):
        assert quotes(paragraph) == [], paragraph


def test_a_report_inside_a_report_without_that_is_one_quote_of_the_outer_source() -> None:
    assert quotes("Secretary Jane Roe said the President noted that the talks will resume.") == [
        ("indirect", "Jane Roe", "the President noted that the talks will resume.")
    ]
    assert quotes("Secretary Jane Roe said a spokesman told reporters the talks will resume.") == [
        ("indirect", "Jane Roe", "a spokesman told reporters the talks will resume.")
    ]


def test_a_verb_of_saying_after_a_noun_phrase_object_is_no_inner_report() -> None:
    for sentence in (
        "Secretary Jane Roe emphasized the importance the President noted in May.",
        "Secretary Jane Roe reiterated the commitment to the said agreement.",
    ):
        assert quotes(sentence) == [], sentence
