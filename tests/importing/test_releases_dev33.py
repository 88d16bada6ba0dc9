"""English rules taken with the thirty-third development folder (docs/IMPORT-RULES.md, "The
thirty-third development folder"): a relative the text does not name (`My dad used to say, “…”`)
is no speaker, nor is the `He said` after it the last speaker's; `one` before a scale word and a
scaled number before `people`, `children`, `men`, `women` are counts; two counts of different
things joined by `to` are two figures, not a range; `U.S.` before a counted noun is part of it;
a title's office that took a first name and an initial gives the whole name. Each with the near
shapes that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import figures, quotes

EARLIER = "Senator John Doe said that the bill is good."

# --- an unnamed relative's words ---------------------------------------------------------------


def test_a_relatives_words_and_the_pronoun_after_them_are_no_ones() -> None:
    found = quotes(EARLIER, "My dad used to say, “Joey, get up.” He said, “Never give up.”")
    assert found == [("indirect", "John Doe", "the bill is good.")]
    found = quotes(EARLIER, "And my dad used to say, “Get up.”", "He said, “It’s about dignity.”")
    assert found == [("indirect", "John Doe", "the bill is good.")]


def test_a_pronoun_in_a_sentence_opened_by_a_relative_names_the_relative() -> None:
    found = quotes(
        EARLIER,
        "And as my grandfather would say every time I walked out — he’d yell at me, “Joey” — in "
        "Scranton — he said, “Keep the faith.”",
    )
    assert found == [("indirect", "John Doe", "the bill is good.")]


def test_a_person_named_after_the_relative_still_speaks() -> None:
    # a sentence that names someone after the relative's one: the pronoun is theirs
    found = quotes(
        EARLIER, "My dad used to say, “Get up.” Senator Jane Roe agreed. She said, “Go.”"
    )
    assert ("direct", "Jane Roe", "Go.") in found
    # a relative with a name of their own is no unnamed relative (the rule leaves the sentence)
    assert quotes("My son Beau said, “I am proud.”") == quotes("Beau said, “I am proud.”")
    # a lead-in of a named person, not a relative, keeps its pronoun's speaker
    found = quotes(EARLIER, "And as Senator John Doe would say — he said, “Keep the faith.”")
    assert [speaker for _, speaker, text in found if "faith" in text] == ["John Doe"]


# --- numbers in words -----------------------------------------------------------------------------


def test_one_before_a_scale_word_is_a_count() -> None:
    found = figures("The plant created one million jobs and one hundred thousand homes.")
    assert [(value, unit) for value, _, unit, _ in found] == [(1000000, "jobs"), (100000, "homes")]
    # `one` alone, a price's adjective and a part of a group: no count
    assert figures("It was the one million dollar question, one of the reasons we came.") == []
    assert figures("One nation came, and one more.") == []


def test_a_scaled_number_before_a_plural_without_s_is_a_count() -> None:
    found = figures("Thirty million people have insurance, and five million children too.")
    assert [(value, unit) for value, _, unit, _ in found] == [
        (30000000, "people"),
        (5000000, "children"),
    ]
    # without a scale word (those who speak or act, as often as a count): as before
    assert figures("Two people asked, and two men answered.") == []


# --- counts joined by `to` ------------------------------------------------------------------------


def test_two_counts_of_different_things_joined_by_to_are_two_figures() -> None:
    found = figures("The United States shipped 160 million doses to 100 countries.")
    assert [(value, unit, text) for value, _, unit, text in found] == [
        (160000000, "doses", "160 million doses"),
        (100, "countries", "100 countries"),
    ]


def test_a_range_of_one_thing_stays_one_figure() -> None:
    found = figures("We expect 17 to 25 named storms, from 500,000 people to 50,000 people.")
    assert [(value, text) for value, _, _, text in found][:1] == [(17, "17 to 25 named storms")]
    found = figures("The fund serves 500,000 people to 50,000 people each year.")
    assert [text for _, _, _, text in found] == ["500,000 people to 50,000 people"]


# --- `U.S.` in a counted phrase -------------------------------------------------------------------


def test_an_abbreviation_before_a_counted_noun_is_part_of_it() -> None:
    found = figures("There are 600 U.S. firefighters, three U.K. bases and 2 billion U.S. dollars.")
    assert [(value, unit) for value, _, unit, _ in found] == [
        (600, "U.S. firefighters"),
        (3, "U.K. bases"),
        (2000000000, "$"),
    ]
    found = figures("The industry employs approximately one million U.S. workers.")
    assert [(value, text) for value, _, _, text in found] == [
        (1000000, "approximately one million U.S. workers")
    ]


def test_the_counted_phrase_ends_at_the_plural_after_the_abbreviation() -> None:
    found = figures("About 6,000 U.S. institutions report money, and 15 U.S. census variables.")
    assert [text for _, _, _, text in found] == [
        "About 6,000 U.S. institutions",
        "15 U.S. census variables",
    ]


def test_one_amount_said_twice_is_two_mentions_not_a_range() -> None:
    found = figures("It reaches a billion people — one billion people.")
    assert [text for _, _, _, text in found] == ["a billion people", "one billion people"]
    # (a restatement with another noun: each mention, as two counts of different things)
    found = figures("We lost 800,000 jobs — 800,000 manufacturing jobs.")
    assert [text for _, _, _, text in found] == ["800,000 jobs", "800,000 manufacturing jobs"]


def test_an_abbreviation_before_a_name_is_left_as_it_was() -> None:
    # the counted noun is further on (`… teams`): no unit `U.S. Army Corps`
    found = figures("Additionally, three U.S. Army Corps of Engineers Temporary Power teams wait.")
    assert all(unit != "U.S. Army Corps" for _, _, unit, _ in found)


# --- a titled name with an initial ---------------------------------------------------------------


def test_a_title_with_an_office_then_a_name_with_an_initial_gives_the_whole_name() -> None:
    found = quotes(
        "Secretary of Homeland Security Alejandro N. Mayorkas is designating Venezuela.",
        "“The conditions are dire,” said Secretary Mayorkas.",
    )
    assert found == [("direct", "Alejandro N. Mayorkas", "The conditions are dire,")]


def test_an_initial_right_after_the_portfolio_is_the_names_own() -> None:
    found = quotes(
        "Minister of External Affairs S. Jaishankar met them.",
        "“We act,” said Minister Jaishankar.",
    )
    assert found == [("direct", "S. Jaishankar", "We act,")]


# --- hostile text ---------------------------------------------------------------------------------


def test_the_new_shapes_on_hostile_text_give_what_their_rules_say() -> None:
    # (deterministic counts: a paragraph of thousands of each shape is read in one pass)
    assert quotes(EARLIER, "My dad used to say, “Go.” He said, “Go.” " * 2000)[1:] == []
    assert len(figures("one million jobs, " * 3000)) > 0
    assert len(figures("160 million doses to 100 countries, " * 2000)) > 0
    assert len(figures("600 U.S. firefighters, " * 3000)) > 0
