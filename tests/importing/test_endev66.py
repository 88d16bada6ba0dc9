"""Causes found when a fresh folder of White House texts rich in reported speech (a readout, a
gaggle's and a background call's excerpts, a statement) was scored at first sight (the endev66
round, docs/IMPORT-RULES.md "What it finds"):

- an adviser's title with the field advised on before it (`the National Security Advisor`, `the
  Homeland Security Adviser`, either spelling) is a title, never a person named `National
  Security`: it names the adviser whose role names that field (not his deputy, nor another
  field's adviser), and no one when the text gives that role to no one;
- the official a title names with his full name (`National Security Advisor Jane Roe’s Meeting
  with …`) keeps that role when the paragraphs give the same full name again without it (`the
  last meeting was between Jane Roe and …`), so that a later title alone names him; a different
  first name in the paragraphs is still left to them;
- a sentence opening with the possessive of a person met before or of a titled surname (`So,
  Secretary Roe’s overarching message was to stress …`) opens with that person, whom a pronoun
  right after it names (`He made clear that A`), not the one named before it; not when the
  possessive's noun is another person of theirs (`Secretary Roe’s wife`, `chief of staff`);
- the source's words repeated in marks later in the paragraph of the source's statement are the
  source's, with two or three short sentences of the narration's between (`As he has stated: “A”
  It’s about history, not erasing it. It’s about books, not banning them. “B” just — “C”`), as
  with one; not when a sentence between names someone or speaks in the first person;
- a verb in the present joined by `and` alone to a report whose narration is in the past (`He
  indicated that the U.S. opposes A, does not support B, and expects C`) is the clause's own,
  its subject's, not the narration's next verb: the report runs on; not a verb in the past
  (`… and expressed thanks`), nor a narration in the present (`says that A and expects B`), nor
  `and says`;
- the source again as a pronoun with a verb in the past after a report in `would` (`said that he
  would call them, and he designated two aides to meet them`) is the narration's next act, which
  ends the report; not after a report with no `would`, nor a narration in the present, nor a verb
  of hope or need (`, and she hoped to win`, which the verbs of saying already end);
- the length of talks before what was held (`more than eight hours of meetings`, `two days of
  talks`, `10 days of negotiations`) is a figure, the quantity reported, as `lasted two hours` is;
- a speaker's `two red lines:` before the lines stated is the sentence's own parts, no figure, as
  `three challenges:` is; not before anything but a colon;
- an income that names a group (`Americans who make under $400,000`, `anyone making less than
  $400,000`, `families earning up to $200,000`) is a threshold that defines a category, no figure;
  not an amount made or earned (`The company made more than $400,000`, `She earned $400,000`).

Near shapes and shapes that must not be taken. The sentences here are written for the tests."""

from __future__ import annotations

from pressreader.importing.annotate import annotate

from .helpers import figures, quotes

_CLAUSE = "the two countries will keep talking."


def _titled(title: str, *paragraphs: str) -> list[tuple[str, str, str]]:
    found = annotate([(None, list(paragraphs))], title=title)
    return [(quote.kind, quote.speaker, quote.text) for quote in found.quotes]


def test_an_advisers_title_with_its_field_names_the_adviser_met_before() -> None:
    assert quotes(
        "National Security Advisor Dana Webb met her counterpart in Geneva.",
        f"The National Security Advisor stressed that {_CLAUSE}",
    ) == [("indirect", "Dana Webb", _CLAUSE)]
    # the other spelling, lower-case `the`, and another field
    assert quotes(
        "Homeland Security Advisor Omar Haddad spoke to the governors.",
        f"Afterwards, the Homeland Security Adviser said that {_CLAUSE}",
    ) == [("indirect", "Omar Haddad", _CLAUSE)]


def test_the_title_alone_names_the_one_the_headline_titles() -> None:
    assert _titled(
        "Readout of National Security Advisor Dana Webb’s Meeting with Foreign Minister Li Qiang",
        f"The National Security Advisor underscored that {_CLAUSE}",
    ) == [("indirect", "Dana Webb", _CLAUSE)]


def test_the_headlines_full_name_again_in_the_text_keeps_its_role() -> None:
    assert _titled(
        "Background Call on National Security Advisor Dana Webb’s Meeting in Geneva",
        "The last such meeting was between Dana Webb and Li Qiang in March.",
        f"The National Security Advisor reiterated that {_CLAUSE} He indicated that talks would "
        "resume.",
    ) == [
        ("indirect", "Dana Webb", _CLAUSE),
        ("indirect", "Dana Webb", "talks would resume."),
    ]
    # must not: `Joe` in the headline, `Joseph R.` in the text: the text's own full name, as before
    assert _titled(
        "Readout of President Joe Smith’s Call with Prime Minister Li Qiang",
        f"President Joseph R. Smith spoke today with Prime Minister Li Qiang. He emphasized that "
        f"{_CLAUSE}",
    ) == [("indirect", "Joseph R. Smith", _CLAUSE)]


def test_near_the_deputy_and_another_fields_adviser_are_not_the_adviser() -> None:
    # the deputy's title names the deputy, the plain title not the deputy
    assert quotes(
        "National Security Advisor Dana Webb and Deputy National Security Advisor Sam Ortiz met "
        "reporters.",
        f"The Deputy National Security Advisor said that {_CLAUSE}",
    ) == [("indirect", "Sam Ortiz", _CLAUSE)]
    assert (
        quotes(
            "Deputy National Security Advisor Sam Ortiz met reporters.",
            f"The National Security Advisor said that {_CLAUSE}",
        )
        == []
    )
    # must not: another field's adviser, nor an adviser no text names
    assert (
        quotes(
            "Climate Advisor Rosa Lind met reporters.",
            f"The National Security Advisor said that {_CLAUSE}",
        )
        == []
    )
    assert quotes(f"The National Security Advisor said that {_CLAUSE}") == []


def test_a_possessive_opening_the_sentence_before_names_the_pronouns_speaker() -> None:
    assert quotes(
        "Secretary Park held talks with President Li and Premier Wen.",
        "So, Secretary Park’s overarching message was to stress the value of trade. He made "
        f"clear that {_CLAUSE}",
    ) == [("indirect", "Park", _CLAUSE)]
    # a titled surname not met before, and the sentence in a paragraph of its own
    assert quotes(
        "President Li replied first.",
        "Governor Cole’s answer was short.",
        f"He said that {_CLAUSE}",
    ) == [("indirect", "Cole", _CLAUSE)]
    # a full name's possessive, as before
    assert quotes(
        "President Li replied first.",
        f"Secretary Tom Park’s message was short. He said that {_CLAUSE}",
    ) == [("indirect", "Tom Park", _CLAUSE)]
    # must not: the owner's wife, aide or chief of staff is another person, not the owner
    for other in ("wife was there", "top aide was there", "chief of staff was there"):
        found = quotes(
            "President Li replied first.", f"Secretary Park’s {other}. He said that {_CLAUSE}"
        )
        assert all(speaker != "Park" for _, speaker, _ in found)
    # must not: a body's or a place's possessive names no person
    assert quotes(
        "Governor Cole spoke first.", f"Apple’s plan was short. He said that {_CLAUSE}"
    ) == [("indirect", "Cole", _CLAUSE)]


_FIRST = "We will not stop now."
_AGAIN = "We must not rest until the work is done."


def test_words_in_marks_after_two_sentences_of_narration_are_the_sources_again() -> None:
    said = f"President Roe spoke on Monday. As he has previously stated: “{_FIRST}”"
    assert quotes(
        f"{said} It’s about memory, not forgetting. It’s about books, not banning them. “{_AGAIN}”"
    ) == [("direct", "Roe", _FIRST), ("direct", "Roe", _AGAIN)]
    # three sentences, and the words again in two parts
    assert quotes(
        f"{said} That matters. It is about history. It is about books. “We must not” just — “rest "
        "until the work is done.”"
    ) == [
        ("direct", "Roe", _FIRST),
        ("direct", "Roe", "We must not"),
        ("direct", "Roe", "rest until the work is done."),
    ]
    # must not: another person named in between, the first person, or four sentences
    for between in (
        "Senator Lee disagreed. It is about books.",
        "It is about history. I agree with that.",
        "It is about history. It is about books. It matters. It is late.",
    ):
        assert quotes(f"{said} {between} “{_AGAIN}”") == [("direct", "Roe", _FIRST)]


def test_a_present_verb_joined_to_a_report_in_a_past_narration_stays_in_it() -> None:
    clause = (
        "the agency opposes the merger, does not support the bid, and expects the court to rule "
        "by June."
    )
    assert quotes(f"Dana Webb indicated that {clause}") == [("indirect", "Dana Webb", clause)]
    assert quotes("Dana Webb said that the plan works and helps families.") == [
        ("indirect", "Dana Webb", "the plan works and helps families.")
    ]
    # must not: the narration's verb in the past, a narration in the present, `and says`
    assert quotes("Dana Webb said that the plan works and expressed her thanks.") == [
        ("indirect", "Dana Webb", "the plan works")
    ]
    assert quotes("Dana Webb says that the plan works and expects growth.") == [
        ("indirect", "Dana Webb", "the plan works")
    ]
    assert quotes("Dana Webb said that the plan works and says it will grow.")[0] == (
        "indirect",
        "Dana Webb",
        "the plan works",
    )


def test_the_length_of_talks_before_what_was_held_is_a_figure() -> None:
    assert figures("The envoys had more than six hours of meetings over two days.") == [
        (6, None, "hours", "more than six hours of meetings")
    ]
    assert figures("After 12 days of negotiations, the union signed.") == [
        (12, None, "days", "12 days of negotiations")
    ]
    # near: years of service, as before; must not: a time that sets a period, a count of meetings
    assert figures("She brings 20 years of service to the post.") == [
        (20, None, "years", "20 years of service")
    ]
    assert figures("The talks resumed after two days.") == []
    assert figures("Over two days, the envoys held meetings in Vienna.") == []


def test_red_lines_before_a_colon_are_the_sentences_own_parts() -> None:
    assert figures("She has two red lines: she will not cut pensions and she will not wait.") == []
    # must not: the lines counted where no colon lists them
    assert figures("The mayor drew three red lines for the talks.") == [
        (3, None, "red lines", "three red lines")
    ]


def test_an_income_naming_a_group_is_no_figure() -> None:
    for group in (
        "on Americans who make under $250,000",
        "on anyone making less than $250,000",
        "for families earning up to $250,000 a year",
    ):
        assert figures(f"The plan raises no taxes {group}.") == []
    # must not: an amount made or earned is reported
    assert figures("The firm made more than $250,000 in profit.") == [
        (250000, None, "$", "more than $250,000")
    ]
    assert figures("She earned $250,000 last year.") == [(250000, None, "$", "$250,000")]


def test_the_source_again_with_a_verb_in_the_past_ends_a_report_in_would() -> None:
    assert quotes(
        "Governor Ann Cole said that she would call the mayors on Monday, and she designated two "
        "aides to meet them."
    ) == [("indirect", "Ann Cole", "she would call the mayors on Monday")]
    assert quotes(
        "Dana Webb said that he would visit the plant, and he toured it the next day."
    ) == [("indirect", "Dana Webb", "he would visit the plant")]
    # must not: a report with no `would`, a narration in the present
    assert quotes("Dana Webb said that the plan worked, and he designated two aides.") == [
        ("indirect", "Dana Webb", "the plan worked, and he designated two aides.")
    ]
    assert quotes("Dana Webb says that he would go, and he designated two aides.") == [
        ("indirect", "Dana Webb", "he would go, and he designated two aides.")
    ]
