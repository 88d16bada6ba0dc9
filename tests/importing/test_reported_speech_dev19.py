"""English rules taken with the nineteenth development folder (docs/IMPORT-RULES.md, "The nineteenth
development folder"): joint statements, readouts, fact sheets and releases reporting several
named sources. Each with the look-alikes that must not be taken (the sentences here are written
for the tests)."""

from __future__ import annotations

from pressreader.importing.speakers import parse_phrase

from .helpers import figures, found, quotes


def test_leaders_named_together_by_a_plural_title_are_no_source() -> None:
    # `The Presidents underscored that …` in a joint statement: the two leaders together.
    opening = "President Jane Roe of Freedonia and President Kim Su Ho of Sylvania met today. "
    assert quotes(opening + "The Presidents underscored that the alliance is strong.") == []
    assert quotes("The Leaders reaffirmed that the partnership will grow.") == []
    assert quotes("The two Prime Ministers noted that the border is open.") == []
    assert quotes("The Vice Presidents stressed that the talks were useful.") == []
    # An appositive after them names no one either (`… under both Democratic and Republican
    # Presidents, supported this posture, noted in 2018 that …`).
    assert (
        quotes(
            "Former Surgeons General, who served under both Democratic and Republican "
            "Presidents, supported this posture, noted in 2018 that the plan is sound."
        )
        == []
    )
    # One of them, by the singular title or the name, still speaks.
    assert quotes(opening + "President Roe reiterated that the alliance is strong.") == [
        ("indirect", "Jane Roe", "the alliance is strong.")
    ]
    assert quotes(opening + "The President reiterated that the alliance is strong.") != []


def test_a_korean_name_of_three_words_is_named_by_its_first() -> None:
    # `President Yoon Suk Yeol`, then `President Yoon`: the family name comes first.
    assert quotes(
        "President Jane Roe and President Yoon Suk Yeol of the Republic of Korea met. "
        "President Yoon reiterated that the ROK’s capabilities will contribute."
    ) == [("indirect", "Yoon Suk Yeol", "the ROK’s capabilities will contribute.")]
    # Not a name with an initial (`Joseph R. Biden` is not `President Joseph`), nor a title's
    # long words read as a name.
    assert quotes(
        "President Joseph R. Biden met President Yoon Suk Yeol. President Joseph reiterated "
        "that the alliance will grow."
    ) == [("indirect", "Joseph", "the alliance will grow.")]


def test_a_that_clause_wholly_in_marks_is_a_direct_quote() -> None:
    # `declared that “…,” and called upon …`: the words inside the marks, the source's.
    assert quotes(
        "President Lazarus Chakwera of Malawi declared that “freedom is non-negotiable,” and "
        "called upon democracies to act."
    ) == [("direct", "Lazarus Chakwera", "freedom is non-negotiable,")]
    assert quotes("Governor Jane Roe said that “the storm is over.”") == [
        ("direct", "Jane Roe", "the storm is over.")
    ]
    # A clause that only holds a phrase in marks stays an indirect quote.
    assert quotes("Governor Jane Roe said that the plan was “reckless” and would fail.") == [
        ("indirect", "Jane Roe", "the plan was “reckless” and would fail.")
    ]
    # Marks opening a clause that goes on after them: one indirect quote, as before.
    assert quotes(
        "Governor Jane Roe said that “media freedom is vital,” and that civic space is shrinking."
    ) == [("indirect", "Jane Roe", "“media freedom is vital,” and that civic space is shrinking.")]


def test_a_report_ends_before_the_reporters_aside_after_a_dash() -> None:
    # `FDA estimates this could lower costs by $3,000 per pair—providing …`, `… Act — which
    # Republicans called …`: the reporter's words after the dash.
    assert quotes(
        "The Food and Drug Administration (FDA) issued a rule. FDA estimates this could lower "
        "average costs by as much as $3,000 per pair—providing significant relief to families."
    ) == [
        (
            "indirect",
            "Food and Drug Administration",
            "this could lower average costs by as much as $3,000 per pair",
        )
    ]
    assert quotes(
        "Acme Steel announced it is expanding operations — which Republicans opposed."
    ) == [("indirect", "Acme Steel", "it is expanding operations")]
    # `—including …` lists what the report holds; a second dash closes an aside inside it.
    assert quotes("Acme Steel announced it is hiring in three states—including Ohio and Iowa.") == [
        ("indirect", "Acme Steel", "it is hiring in three states—including Ohio and Iowa.")
    ]
    assert quotes(
        "Governor Jane Roe said that the plant—creating jobs in every county—will open in May."
    ) == [("indirect", "Jane Roe", "the plant—creating jobs in every county—will open in May.")]


def test_a_name_given_as_one_of_a_group_is_no_source() -> None:
    # `extreme Republicans like Representative X called “…”`: the group, X among them.
    assert (
        quotes(
            "The plant grew — which extreme Republicans like Representative Jane Roe called "
            "“a scam.”"
        )
        == []
    )
    assert quotes("Senators including Jane Roe said that the bill will pass.") == []
    # The person alone still speaks.
    assert quotes("Representative Jane Roe called the law “a scam.”") == [
        ("direct", "Jane Roe", "a scam.")
    ]


def test_a_body_named_by_what_it_is_for_is_the_whole_body() -> None:
    # `according to the Organization for Economic Co-operation and Development, …`.
    assert quotes(
        "According to the Organization for Economic Co-operation and Development, the economy "
        "has recovered."
    ) == [
        (
            "indirect",
            "Organization for Economic Co-operation and Development",
            "the economy has recovered.",
        )
    ]
    reference = parse_phrase("the Centers for Disease Control and Prevention")
    assert reference is not None and (reference.kind, reference.text) == (
        "body",
        "Centers for Disease Control and Prevention",
    )
    # A title with such an office before a name is still the person's.
    reference = parse_phrase("Office for Civil Rights Director Jane Roe")
    assert reference is not None and (reference.kind, reference.text) == ("name", "Jane Roe")
    assert found("Special Envoy for Climate Jane Roe said that the talks will go on.").speakers == [
        ("Jane Roe", "Special Envoy for Climate", None)
    ]


def test_a_range_after_range_from_is_one_figure_at_its_lower_end() -> None:
    # `range from $2,000 to $8,000 a pair`, `ranging in price from $499.99 to $999.99`.
    assert figures("Comparable models sold by specialists range from $2,000 to $8,000 a pair.") == [
        (2000, None, "$", "$2,000 to $8,000")
    ]
    assert figures("Hy-Vee will offer models ranging in price from $499.99 to $999.99.") == [
        (499.99, None, "$", "$499.99 to $999.99")
    ]
    # A change from one value to another keeps the new value and the old.
    assert figures("Prices rose from $199 to $999 per pair.") == [
        (999, 199, "$", "rose from $199 to $999")
    ]


def test_an_acronym_spelled_with_the_o_of_its_of_names_the_department() -> None:
    # `Department of Justice (DOJ)`, then `DOJ is announcing that …`: the department in full.
    assert quotes(
        "The Department of the Interior (DOI) and Department of Justice (DOJ) met. DOJ is "
        "announcing that the offices will finalize their plans."
    ) == [("indirect", "Department of Justice", "the offices will finalize their plans.")]
    # Initials the words before the brackets do not spell stay as written.
    assert quotes(
        "The Department of Justice (DOT) met. DOT said that the offices will finalize plans."
    ) == [("indirect", "DOT", "the offices will finalize plans.")]


def test_one_in_a_number_is_a_share() -> None:
    # `One in three adults – nearly 100 million Americans – …`: a fraction and a count.
    assert figures(
        "One in three adults – nearly 100 million Americans – struggle with unpaid medical bills."
    ) == [
        (0.3333, None, "fraction", "One in three adults"),
        (100000000, None, "Americans", "nearly 100 million Americans"),
    ]
    assert figures("Nearly 1 in 4 workers earn less.") == [
        (0.25, None, "fraction", "Nearly 1 in 4 workers")
    ]
    # A number in words after another `in` stays a count.
    assert figures("Someone in three cities said so.") == [(3, None, "cities", "three cities")]
