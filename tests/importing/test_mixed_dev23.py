"""English rules taken with the twenty-third development folder (docs/IMPORT-RULES.md, "The
twenty-third development folder"): a mix of White House kinds (a gaggle, an op-ed, a fact
sheet, releases of interview excerpts). Each with the look-alikes that must not be taken (the
sentences here are written for the tests)."""

from __future__ import annotations

from pressreader.importing.annotate import annotate

from .helpers import quotes


def _titled(title: str, *paragraphs: str) -> list[tuple[str, str, str]]:
    found = annotate([(None, list(paragraphs))], title).quotes
    return [(quote.kind, quote.speaker, quote.text) for quote in found]


def test_excerpts_after_a_paragraph_opening_with_a_long_phrase_of_time() -> None:
    # `After a gunman stormed the … Dinner in Washington on Saturday evening, President Trump sat
    # down for a powerful interview …`, then `Here the top moments you may have missed:`.
    lead = (
        "After a storm flooded the riverside convention centre in Springfield on Saturday "
        "evening, Governor Jane Roe sat down for an interview with a local station."
    )
    excerpt = "On the rescue: “They were so professional.”"
    assert quotes(lead, "Here the top moments you may have missed:", excerpt) == [
        ("direct", "Jane Roe", "They were so professional.")
    ]
    # A titled surname is the subject too: the release names her no more fully.
    titled = lead.replace("Governor Jane Roe", "Governor Roe")
    assert quotes(titled, "Here are the top moments:", excerpt) == [
        ("direct", "Roe", "They were so professional.")
    ]
    # Not when no person opens the sentence after the phrase, nor an untitled surname.
    nobody = lead.replace("Governor Jane Roe sat down", "the station aired an interview")
    assert quotes(nobody, "Here are the top moments:", excerpt) == []
    untitled = lead.replace("Governor Jane Roe", "Roe")
    assert quotes(untitled, "Here are the top moments:", excerpt) == []
    # `Mr. Roe` after a paragraph naming `Jane Roe` in full: the full name, as before.
    full = "This morning, Border Czar Jane Roe held a press conference in Springfield."
    later = "Following talks with local leaders, Ms. Roe highlighted progress on the operation."
    assert quotes(full, later, "Here are the top moments:", excerpt) == [
        ("direct", "Jane Roe", "They were so professional.")
    ]


def test_as_the_source_said_after_a_colon_and_with_a_long_time() -> None:
    # `But just to reiterate: As the President has said from the beginning, a shutdown is …`
    roe = "Senator Jane Roe spoke today."
    assert quotes(
        roe, "But just to reiterate: As the Senator has said from the beginning, a strike is bad."
    ) == [("indirect", "Jane Roe", "a strike is bad.")]
    # `As the President said on Sunday when his administration took steps to stabilize the
    # banking system, he is firmly committed to accountability …`
    long_time = (
        "As the Senator said on Sunday when her office took steps to stabilize the local "
        "banking system, she is firmly committed to accountability."
    )
    assert quotes(roe, long_time) == [
        ("indirect", "Jane Roe", "she is firmly committed to accountability.")
    ]
    # A quotation that closes its sentence ends the report: the reporter's next sentence is not his.
    closing = (
        "As the Senator said in Buffalo after the storm earlier this year, in the battle for "
        "our town “we must all enlist.” The Summit will present an opportunity to do so."
    )
    assert quotes(roe, closing) == [
        ("indirect", "Jane Roe", "in the battle for our town “we must all enlist.”")
    ]
    # Not the speaker's own `as I said`, nor a participle after the comma (no clause).
    assert quotes(roe, "So, to reiterate: As I said on Friday, we are examining options.") == []
    assert (
        quotes(
            roe,
            "As the Senator said on Sunday when her office took steps, launching the plan today.",
        )
        == []
    )


def test_a_headlines_verb_after_a_surname_before_more_capitalised_words() -> None:
    # `FACT SHEET: President Biden Urges Congressional Action …` with only `the President` in
    # the paragraphs: the President is Biden, not `Biden Urges Congressional`.
    title = "FACT SHEET: Governor Roe Urges Legislative Action to Protect Savers"
    paragraph = "As the Governor has said, in her state, no one is above the law."
    assert _titled(title, paragraph) == [
        ("indirect", "Roe", "in her state, no one is above the law.")
    ]
    # A name whose second word ends in `s` and that the paragraphs write stays whole.
    title = "Governor Jane Roberts Announces New Savings Plan"
    paragraph = "As Governor Jane Roberts has said, in her state, no one is above the law."
    assert _titled(title, paragraph) == [
        ("indirect", "Jane Roberts", "in her state, no one is above the law.")
    ]


def test_proclaimed_is_a_verb_of_saying() -> None:
    # `President Eisenhower proclaimed that “the United States knows that …”`
    assert quotes("In his famed speech, President Roe proclaimed that “peace is no dream.”") == [
        ("direct", "Roe", "peace is no dream.")
    ]
    assert quotes("Governor Jane Roe proclaimed that the state would rebuild.") == [
        ("indirect", "Jane Roe", "the state would rebuild.")
    ]
    # Not a proclamation's own words (`do hereby proclaim`), nor what a proclamation names,
    # with or without marks (`President Trump proclaimed “Gulf of America Day”`, `proclaimed
    # 1983 to be the Year of the Bible, writing: “…”`): `that` only.
    assert quotes("I, Jane Roe, do hereby proclaim May 2025 as Older Americans Month.") == []
    assert quotes("Governor Jane Roe proclaimed “Harbor Day” after the vote.") == []
    year = "Governor Jane Roe proclaimed 2025 to be the Year of the Harbor, writing: “Go.”"
    assert quotes(year) == [("direct", "Jane Roe", "Go.")]
