"""Causes found when a fresh folder of White House texts where officials report what others
said (remarks recounting an opponent's interview, a press briefing's excerpt, a readout of the
National Security Advisor's call, a fact sheet of companies' announcements) was scored at first
sight (the endev67 round, docs/IMPORT-RULES.md "What it finds"):

- a surname alone opening a sentence with a verb of its own (`Trump did a long interview`,
  after a link too: `And then Trump did …`), of a person the text names in full only in passing
  (`The only one responsible is Donald Trump.`), opens that sentence: a later `he` names that
  person, not someone named before; not a surname the text gives two full names, nor one joined
  to another subject by `and`;
- the day of saying between a pronoun's verb and the comma or colon before the marks (`And she
  said yesterday, “…”`, `But he said this morning: “…”`) leaves the words the pronoun's person's,
  as `she said, “…”` does; not more words between (`said yesterday at the rally, “…”`);
- a reflexive between the verb and `that` (`has said herself that A`) stresses the source's own
  saying: the report is A, without `that` (it was kept before); so with the day of saying between
  commas after it (`has said himself, yesterday, that A`); not before `that` and a time (`found
  herself that evening …`);
- `said it: A` (the thing said right before the colon) gives A, as `said this: A` does; not with
  words of how between (`said it really well when she was here: …`).

Near shapes and shapes that must not be taken. The sentences here are written for the tests."""

from __future__ import annotations

from .helpers import briefing_quotes, quotes

_BEFORE = ("Board member Carla Mendez is also here.", "The only one to blame is Victor Hale.")


def test_a_surname_alone_opening_a_sentence_names_the_one_named_in_full() -> None:
    assert quotes(
        *_BEFORE,
        "And then Hale gave a long interview to a radio station. He said, “We are not finished.”",
    ) == [("direct", "Victor Hale", "We are not finished.")]
    # no link before it; sentences between with no subject of their own, a report after them
    assert quotes(
        *_BEFORE,
        "Hale gave a long interview to a radio station. It ran for an hour. And he said in that "
        "interview that the plant would close.",
    ) == [("indirect", "Victor Hale", "the plant would close.")]
    # not a surname the text gives two full names, nor one joined to another subject
    found = quotes(
        "Board member Carla Mendez is also here.",
        "The ones to blame are Victor Hale and Nora Hale.",
        "And then Hale gave a long interview. He said, “We are not finished.”",
    )
    assert [speaker for _, speaker, _ in found] not in (["Victor Hale"], ["Nora Hale"])
    found = quotes(
        *_BEFORE, "Hale and his lawyers gave a long interview. He said, “We are not finished.”"
    )
    assert [speaker for _, speaker, _ in found] != ["Victor Hale"]


def test_the_day_of_saying_after_a_pronouns_verb_before_the_marks() -> None:
    assert quotes(
        "Senator Dana Webb spoke on the radio. And she said yesterday, “We will pass the bill.”"
    ) == [("direct", "Dana Webb", "We will pass the bill.")]
    assert quotes(
        "Senator Dana Webb spoke on the radio. But she said this morning: “We will pass the bill.”"
    ) == [("direct", "Dana Webb", "We will pass the bill.")]
    # in a briefing's answer, the title of the one the question named
    assert briefing_quotes(
        "Q Does the President plan to call Speaker Webb?",
        "MS. ROE: Look, the Speaker was on television yesterday. And he said yesterday, “I support "
        "the aid.” He said that twice.",
    ) == [("direct", "Webb", "I support the aid.")]
    # not with more words after the day
    assert (
        quotes(
            "Senator Dana Webb spoke on the radio. And she said yesterday at the rally, “We will "
            "pass the bill.”"
        )
        == []
    )


def test_a_reflexive_before_that_is_no_part_of_the_report() -> None:
    assert quotes("Dana Webb has said herself that the plan will work.") == [
        ("indirect", "Dana Webb", "the plan will work.")
    ]
    assert quotes("Senator Dana Webb has said himself, yesterday, that the plan will work.") == [
        ("indirect", "Dana Webb", "the plan will work.")
    ]
    assert briefing_quotes(
        "Q Does the President plan to call Speaker Webb?",
        "MS. ROE: Because the Speaker has said himself, yesterday, that he wants to continue the "
        "aid. He has said it many times.",
    ) == [("indirect", "Webb", "he wants to continue the aid.")]
    # not before `that` and a time
    assert quotes("Dana Webb found herself that evening at the station.") == []


def test_said_it_then_a_colon_gives_the_clause() -> None:
    assert quotes(
        "Dana Webb said it: The Senate and the House have steadily supported the plan."
    ) == [("indirect", "Dana Webb", "The Senate and the House have steadily supported the plan.")]
    assert briefing_quotes(
        "MS. ROE: This is a — you know, the President said it: The Speaker and the majority of "
        "the Congress have supported the aid."
    ) == [
        (
            "indirect",
            "President",
            "The Speaker and the majority of the Congress have supported the aid.",
        )
    ]
    # not with words of how between
    assert (
        quotes(
            "Dana Webb said it really well when she was here: The Senate has supported the plan."
        )
        == []
    )
    # words in marks after the colon stay a direct quote
    assert quotes("Dana Webb said it: “We will win.”") == [("direct", "Dana Webb", "We will win.")]
