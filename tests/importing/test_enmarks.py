"""Words in marks inside a clause (enmarks round; docs/IMPORT-RULES.md, "Since the enmarks round"):
the words after them are no attribution when they are a later sentence, and an attribution after a
clause the marks carry on is the whole clause's, one indirect quote. The sentences here are written
for the tests, after the shapes of the development folders and the audit texts."""

from __future__ import annotations

from .helpers import quotes

# --- words in marks inside a clause, then the next sentence ----------------------------------


def test_marks_closing_a_sentence_take_no_speaker_from_the_next() -> None:
    text = (
        "In closing remarks, Special Presidential Envoy Jane Roe said the new initiatives will "
        "bring the world closer. She stressed the need to move away from business as usual and "
        "“break the mold.” She urged leaders to strengthen the spirit of cooperation."
    )
    found = quotes(text)
    assert [quote[0] for quote in found] == ["indirect"]
    assert all("break the mold" not in quote[2] for quote in found)


def test_a_verb_after_a_sentence_s_end_is_no_attribution() -> None:
    text = (
        "Jane Roe, President of the Legal Defense Fund, addressed the shortcomings of democracy, "
        "and emphasized the need for civil society to “lock arms” against increasing threats to "
        "democracy. She added that citizens cannot push for reforms on their own."
    )
    found = quotes(text)
    assert ("indirect", "Jane Roe", "citizens cannot push for reforms on their own.") in found
    assert all(quote[2] != "lock arms" for quote in found)
    assert all(quote[1] != "She" for quote in found)


def test_marks_closing_a_report_stay_in_the_report() -> None:
    text = (
        "USAID Administrator Jane Roe spoke on Monday, and noted that the Summit provided an "
        "opportunity to build consensus on a positive vision of “digital democracy.” "
        "Administrator Roe also announced new technology initiatives."
    )
    assert quotes(text) == [
        (
            "indirect",
            "Jane Roe",
            "the Summit provided an opportunity to build consensus on a positive vision of "
            "“digital democracy.”",
        )
    ]


def test_a_list_item_s_calling_is_not_the_next_item_s() -> None:
    text = (
        "- Rep. Jane Roe called ICE agents “vigilantes” who can’t be trusted. - Rep. John Doe "
        "said the agents are “vile.”"
    )
    found = quotes(text)
    assert ("direct", "Jane Roe", "vigilantes") in found
    assert ("direct", "John Doe", "vigilantes") not in found


# --- a clause carried on by words in marks, then its attribution --------------------------------


def test_a_clause_going_on_into_marks_is_one_indirect_quote() -> None:
    text = (
        "The Energy Department announced the sale. The move is intended to help “lower costs "
        "for American families and consumers,″ the department said in a statement."
    )
    assert quotes(text) == [
        (
            "indirect",
            "Energy Department",
            "The move is intended to help “lower costs for American families and consumers,″",
        )
    ]


def test_a_writer_s_clause_with_marks_is_hers() -> None:
    text = (
        "The President’s pursuit of energy dominance has “prepared the U.S. and its allies for "
        "the troubles in the Gulf,” Jane Roe writes in The Wall Street Journal."
    )
    assert quotes(text) == [
        (
            "indirect",
            "Jane Roe",
            "The President’s pursuit of energy dominance has “prepared the U.S. and its allies "
            "for the troubles in the Gulf,”",
        )
    ]


# --- near shapes that stay as they were ------------------------------------------------------


def test_a_whole_quotation_before_its_attribution_stays_direct() -> None:
    assert quotes("“We will win this fight,” Senator Jane Roe said.") == [
        ("direct", "Jane Roe", "We will win this fight,")
    ]


def test_a_quotation_opening_its_sentence_keeps_the_attribution_after_it() -> None:
    text = "Jane Roe spoke on Monday. “The economy is strong.” Roe said at the event."
    assert quotes(text) == [("direct", "Jane Roe", "The economy is strong.")]


def test_a_titled_speaker_after_the_marks_is_no_sentence_end() -> None:
    text = "“We will keep working on it,” Sen. Jane Roe, the state’s senior senator, said."
    assert quotes(text) == [("direct", "Jane Roe", "We will keep working on it,")]


def test_a_calling_inside_a_clause_stays_the_caller_s() -> None:
    text = (
        "Representative Jane Roe called the law a “scam.” She added that it was a burden on "
        "rural communities."
    )
    found = quotes(text)
    assert ("direct", "Jane Roe", "scam.") in found


def test_marks_after_a_verb_of_calling_and_a_later_attribution_stay_direct() -> None:
    text = "The Senator called the bill “a disaster,” Jane Roe said on Tuesday."
    assert quotes(text) == [("direct", "Jane Roe", "a disaster,")]


def test_marks_after_a_comma_stay_the_quotation() -> None:
    text = "The plan is simple, “we will build it together,” Governor Jane Roe said."
    found = quotes(text)
    assert ("direct", "Jane Roe", "we will build it together,") in found


def test_two_words_before_the_marks_are_no_clause() -> None:
    text = "The plan “will fail,” Governor Jane Roe said."
    assert quotes(text) == [("direct", "Jane Roe", "will fail,")]


def test_marks_before_according_to_stay_the_document_s_words() -> None:
    text = (
        "More companies look at “setting up shop in the United States,” according to a new "
        "report from Reuters."
    )
    assert quotes(text) == [("direct", "Reuters", "setting up shop in the United States,")]


def test_a_sentence_going_on_after_the_marks_is_no_attribution() -> None:
    text = (
        "Senator Mike Lee spoke last night. There is video that your network showed this "
        "morning, saying he wants to tear Medicare and Social Security out “by the roots.” This "
        "is something that Mike Lee said."
    )
    assert all(quote[2] != "by the roots." for quote in quotes(text))


def test_a_short_attribution_sentence_after_the_marks_still_names_them() -> None:
    text = "The plan is “a positive thing.” Senator Jane Roe said on Tuesday."
    assert ("direct", "Jane Roe", "a positive thing.") in quotes(text)
