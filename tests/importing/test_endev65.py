"""Causes found when a fresh folder of short White House texts of other kinds (an ICYMI news
excerpt, a reprinted op-ed, a gaggle's excerpt, a release quoting two officials) was scored at
first sight (the endev65 round, docs/IMPORT-RULES.md "What it finds"):

- a company or a group named between commas after what it is, by `called` or `known as` (`The
  company building the ship, called Acme Steel, has stated that A`), is the speaker, never the
  ship the description names before it (ANNOTATING.md, "Sixty-fifth folder");
- the name a participle's object gives in a description opening the clause (`The company building
  the Orion has stated that A`) is what the company builds, not the one who speaks: no speaker;
- a streak written in words (`three straight days of attacks`, `seven consecutive weeks`) is a
  figure, as in digits (`12 straight months`), its unit the time's.

Near shapes and shapes that must not be taken. The sentences here are written for the tests."""

from __future__ import annotations

from .helpers import figures, quotes

_CLAUSE = "it would not have opened the plant without the new tax credit."


def test_a_company_called_by_its_name_between_commas_speaks() -> None:
    assert quotes(
        f"The company building the tanker, called Harbor Steel Works, has stated that {_CLAUSE}"
    ) == [("indirect", "Harbor Steel Works", _CLAUSE)]
    # the description without a name of its own after it, and a transcript's turn before it
    assert quotes(f"MR. LEE: The firm, called Northfield & Sons, said that {_CLAUSE}") == [
        ("indirect", "Northfield & Sons", _CLAUSE)
    ]


def test_a_group_known_as_its_name_speaks_and_no_thing_called_so_does() -> None:
    assert quotes("A union, known as Local Nine, said that its members would strike.") == [
        ("indirect", "Local Nine", "its members would strike.")
    ]
    assert quotes(
        "The coalition behind the ballot measure, known as Clean Rivers Now, said that the vote "
        "was close."
    ) == [("indirect", "Clean Rivers Now", "the vote was close.")]
    # must not: a law, a plan and a ship are no speakers, whatever they are called
    assert (
        quotes("The bill, called the Safe Streets Act, says that officers must wear cameras.") == []
    )
    assert quotes("The plan, called Project Harbor, said that the port would grow.") == []
    assert quotes("The ship, called the Orion, said that it would sail at dawn.") == []
    # a person called by a name between commas is no body
    assert quotes("The man, called John Smith by his friends, said that he would go.") == []


def test_a_participle_s_object_in_the_subject_speaks_not() -> None:
    assert (
        quotes("The company building the Orion has stated that it would hire more workers.") == []
    )
    # a firm making one thing, a group running an event named in capitals
    assert quotes("A firm making the Falcon said that it would hire more workers.") == []
    assert quotes("The group running the Harbor Festival said that it would move the date.") == []
    # near, kept: a noun in `-ing` before the name, a time before it, an apposition's name
    assert quotes("At the briefing Jen Psaki said that the talks would go on.") == [
        ("indirect", "Jen Psaki", "the talks would go on.")
    ]
    assert quotes("This morning President Biden said that the talks would go on.") == [
        ("indirect", "Biden", "the talks would go on.")
    ]
    assert quotes("The company, Acme Steel, said that it would hire more workers.") == [
        ("indirect", "Acme Steel", "it would hire more workers.")
    ]


def test_a_streak_in_words_is_a_figure() -> None:
    assert figures("We have now seen three straight days of attacks on the port.") == [
        (3, None, "days", "three straight days")
    ]
    assert figures("Hiring has grown for seven consecutive weeks.") == [
        (7, None, "weeks", "seven consecutive weeks")
    ]
    # with a qualifier before it
    assert figures("The river has flooded for nearly five straight years.") == [
        (5, None, "years", "nearly five straight years")
    ]
    # must not: a time in words without a streak's word
    assert figures("Three weeks ago, the talks began again.") == []
    assert figures("The talks will take two days in Geneva.") == []
    # `straight` that is no streak's word
    assert figures("The two straight roads meet at the bridge.") == []
