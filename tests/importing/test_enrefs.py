"""Who a later reference names in an English news story with several people (docs/IMPORT-RULES.md,
"What it finds"; ANNOTATING.md, "The speaker": a pronoun names the subject of the latest
attribution, a title the one given it, one person is one speaker): a surname the narration gives
in full opening a report before a pronoun's quote, a possessive's described person, the one
person already called `she` after a `he`, a headline's title before its verb, a generation's
suffix, `the former president`, `the company's chief executive`, `Both said`, and `Mrs.` of two
people sharing a surname; with the near shapes that stay as they were (the stories here are
written for the tests)."""

from __future__ import annotations

from pressreader.importing.annotate import annotate

from .helpers import quotes

_DEBATE = "Rachel Gomez and Michael Brooks met for a debate on Tuesday."
_SENATE = "Senator Mark Daniels and his challenger, Sarah Kim, met on Sunday."


def _speakers(found: list[tuple[str, str, str]]) -> list[str]:
    return [speaker for _, speaker, _ in found]


# --- a surname the narration gives in full opens the report before the pronoun's quote ---------


def test_pronoun_after_a_report_by_a_narrated_surname_names_that_person() -> None:
    found = quotes(
        _SENATE,
        "“I have delivered,” Daniels said.",
        "Kim said the senator had voted against every bill. “He talks about delivering,” she said.",
    )
    assert found[-1] == ("direct", "Sarah Kim", "He talks about delivering,")


def test_pronoun_after_a_report_by_a_narrated_surname_he() -> None:
    found = quotes(
        _DEBATE,
        "“Our teachers are leaving,” Gomez said.",
        "Brooks said the budget was stretched thin. “We can’t spend money,” he said.",
    )
    assert found[-1] == ("direct", "Michael Brooks", "We can’t spend money,")


def test_a_capitalised_opening_word_no_one_is_named_by_is_no_subject() -> None:
    # (`Officials said …` is no person the narration names: the pronoun stays the speaker's
    # before)
    found = quotes(
        _DEBATE,
        "“Our teachers are leaving,” Gomez said.",
        "Officials said the budget was stretched thin. “We will see,” she said.",
    )
    assert found[-1] == ("direct", "Rachel Gomez", "We will see,")


# --- a possessive's described person, named between commas, opens the sentence -----------------


def test_her_opponent_named_between_commas_is_the_pronouns_subject() -> None:
    found = quotes(
        "“This budget fails our children,” said Councilwoman Jane Roe.",
        "Her opponent on the council, Tom Lee, disagreed. He said the cuts were modest.",
    )
    assert found[-1] == ("indirect", "Tom Lee", "the cuts were modest.")


def test_its_spokesman_named_between_commas_speaks_again_by_pronoun() -> None:
    found = quotes(
        "“The rule cannot stand,” said Judge Helen Morris.",
        "Its spokesman, Kevin Grant, disagreed with the ruling. “We will appeal,” he said.",
    )
    assert found[-1] == ("direct", "Kevin Grant", "We will appeal,")


def test_her_without_a_name_between_commas_names_no_new_subject() -> None:
    found = quotes(
        "“This budget fails our children,” said Councilwoman Jane Roe.",
        "Her opponents on the council disagreed. “It is a bad plan,” she said.",
    )
    assert found[-1] == ("direct", "Jane Roe", "It is a bad plan,")


# --- a pronoun that does not fit the latest subject: the one person called so already -----------


def test_she_after_a_he_names_the_one_woman_called_she_before() -> None:
    found = quotes(
        _DEBATE,
        "Gomez said teachers were leaving. “We pay them too little,” she said.",
        "Brooks said the budget was thin. “We can’t spend money,” he said.",
        "“That is what he always says,” she said.",
    )
    assert found[-1] == ("direct", "Rachel Gomez", "That is what he always says,")


def test_she_after_a_he_names_no_one_when_no_one_was_called_she() -> None:
    found = quotes(
        _DEBATE,
        "“Our teachers are leaving,” Gomez said.",
        "Brooks said the budget was thin. “We can’t spend money,” he said.",
        "“That is what he always says,” she said.",
    )
    assert "That is what he always says," not in [text for _, _, text in found]


def test_she_after_a_he_names_no_one_when_two_were_called_she() -> None:
    found = quotes(
        _DEBATE,
        "Gomez said teachers were leaving. “We pay them too little,” she said.",
        "Ana Reyes said the plan was weak. “It is weak,” she said.",
        "Brooks said the budget was thin. “We can’t spend money,” he said.",
        "“That is what he always says,” she said.",
    )
    assert "That is what he always says," not in [text for _, _, text in found]


def test_pronoun_after_a_sentence_of_its_paragraph_takes_no_one_called_so() -> None:
    # (the sentence before the quote names its subject in a shape not read, a nickname in
    # marks: the one man called `he` before is not taken)
    found = quotes(
        "“We did everything,” said Karen Walsh, who has lived there since 1998.",
        "Her husband, Peter Walsh, said the county had promised to widen a ditch.",
        "Mrs. Walsh said the family had spent $85,000 on repairs.",
        'The county\'s attorney, Gregory "Greg" Fields, said the county was not responsible. '
        "“The storms were historic,” he said.",
    )
    assert ("Peter Walsh", "The storms were historic,") not in [(s, t) for _, s, t in found]


# --- a headline's title before its verb is no person --------------------------------------------


def test_headline_title_before_its_verb_is_no_person() -> None:
    found = annotate(
        [
            (
                None,
                [
                    "Gov. Thomas Reed signed a bill on Thursday.",
                    "The governor said the state would provide $500 million.",
                ],
            )
        ],
        title="Governor Signs Water Bill",
    )
    assert [(q.speaker, q.text) for q in found.quotes] == [
        ("Thomas Reed", "the state would provide $500 million.")
    ]
    assert "Signs Water Bill" not in [name for name, _, _ in found.speakers]


def test_headline_surname_before_its_verb_stays_a_name() -> None:
    found = annotate(
        [(None, ["The Vice President said the plan would help farmers."])],
        title="Vice President Harris Announces New Plan",
    )
    assert [q.speaker for q in found.quotes] == ["Harris"]


# --- a generation's suffix is part of the narrated name -----------------------------------------


def test_suffix_after_a_narrated_name_is_kept() -> None:
    found = quotes(
        "Robert F. Kennedy Jr. drew a crowd in Phoenix on Saturday.",
        "“The two parties have failed,” Kennedy said.",
    )
    assert found == [("direct", "Robert F. Kennedy Jr.", "The two parties have failed,")]


def test_narrated_name_with_no_suffix_stays_as_it_is() -> None:
    found = quotes(
        "Robert F. Kennedy drew a crowd in Phoenix on Saturday.",
        "“The two parties have failed,” Kennedy said.",
    )
    assert found == [("direct", "Robert F. Kennedy", "The two parties have failed,")]


# --- `the former president`, `the company's chief executive` ------------------------------------


def test_the_former_president_names_the_one_called_former_president() -> None:
    found = annotate(
        [
            (
                None,
                [
                    "Former President Bill Clinton dismissed the rally. "
                    "“It is a sideshow,” the former president said."
                ],
            )
        ]
    )
    assert [(q.speaker, q.text) for q in found.quotes] == [("Bill Clinton", "It is a sideshow,")]
    assert found.speakers[0][:2] == ("Bill Clinton", "Former President")


def test_the_former_president_is_not_the_president_in_office() -> None:
    found = quotes(
        "President Joe Biden spoke in Ohio on Monday.",
        "“It is a sideshow,” the former president said.",
    )
    assert found == []


def test_the_companys_chief_executive_names_the_one_so_described() -> None:
    found = quotes(
        "Jane Roe, the company's chief executive, wants to sell the firm.",
        "Her brother, John Roe, said the price was too low.",
        "The company's chief executive said in an interview that the board approved the sale.",
    )
    assert found[-1] == ("indirect", "Jane Roe", "the board approved the sale.")


def test_the_companys_spokesman_unnamed_stays_no_one() -> None:
    found = quotes(
        "Jane Roe, the company's chief executive, wants to sell the firm.",
        "The company's spokesman said that the board approved the sale.",
    )
    assert "Jane Roe" not in [speaker for _, speaker, text in found if "board" in text]


# --- `Both said`: several people together ------------------------------------------------------


def test_both_said_is_no_speaker() -> None:
    found = quotes(_SENATE, "Both said they expected turnout to be high.")
    assert found == []


# --- `Mrs.` of two people sharing a surname ----------------------------------------------------


def test_mrs_names_the_woman_of_two_sharing_a_surname() -> None:
    found = quotes(
        "“We did everything,” said Karen Walsh, who has lived there since 1998.",
        "Her husband, Peter Walsh, said the county had promised to widen a ditch.",
        "Mrs. Walsh said the family had spent $85,000 on repairs.",
    )
    assert _speakers(found) == ["Karen Walsh", "Peter Walsh", "Karen Walsh"]


def test_mr_names_the_man_of_two_sharing_a_surname() -> None:
    found = quotes(
        "“We did everything,” said Karen Walsh, who has lived there since 1998.",
        "Her husband, Peter Walsh, said the county had promised to widen a ditch.",
        "“They knew,” Mrs. Walsh said.",
        "Mr. Walsh said the family had spent $85,000 on repairs.",
    )
    assert _speakers(found) == ["Karen Walsh", "Peter Walsh", "Karen Walsh", "Peter Walsh"]
