"""The enpron2 round (a `he`/`she` that named no one; docs/IMPORT-RULES.md, "The enpron2 round"): a
first name alone opening the sentence before (`Actually, Elon called me. He said, “…”`) names
the one person the text named in full; the subject of a clause of time opening the pronoun's
own sentence (`when President Roe was asked …, he said A`); a day or a point's number before a
subject (`Tuesday, the President …`, `And then, number three, the President …`); the same
source's next report after `, he said` (`He said A, he said B`). Each with the near shapes
that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_ASKED = "Q They call him “President Elon Musk.” What do you say to that?"


def test_a_first_name_alone_names_the_one_person_named_in_full() -> None:
    found = quotes(
        _ASKED,
        "THE PRESIDENT: It went well. Actually, Elon called me. He said, “We are ready to go.”",
    )
    assert ("direct", "Elon Musk", "We are ready to go.") in found


def test_a_first_name_of_no_one_named_names_no_one() -> None:
    found = quotes(
        _ASKED,
        "THE PRESIDENT: It went well. Actually, Frank called me. He said, “We are ready to go.”",
    )
    assert all(speaker != "Elon Musk" for _, speaker, _ in found)


def test_a_first_name_two_people_share_names_no_one() -> None:
    found = quotes(
        "Q Elon Musk and Elon Roe met today. What happened?",
        "THE PRESIDENT: It went well. Actually, Elon called me. He said, “We are ready to go.”",
    )
    assert all(speaker not in ("Elon Musk", "Elon Roe") for _, speaker, _ in found)


def test_the_subject_of_a_when_clause_names_the_pronoun() -> None:
    found = quotes(
        "Q Mr. President, when President Putin was questioned today about human rights, he said "
        "the reason was the unrest in the streets. What is your response?",
        "THE PRESIDENT: I disagree.",
    )
    assert ("indirect", "Putin", "the reason was the unrest in the streets.") in found


def test_a_name_after_another_word_in_the_clause_names_no_one() -> None:
    found = quotes(
        "Q Mr. President, when you met President Putin today, he said the reason was the "
        "unrest in the streets. What is your response?",
        "THE PRESIDENT: I disagree.",
    )
    assert all(speaker != "Putin" for _, speaker, _ in found)


def test_a_point_number_before_the_subject() -> None:
    found = quotes(
        "MR. SULLIVAN: And then, number three, Secretary Jane Roe has shown that she keeps her "
        "word. She said she would impose costs for the hack.",
    )
    assert ("indirect", "Jane Roe", "she would impose costs for the hack.") in found


def test_the_same_sources_next_report_after_a_comma() -> None:
    found = quotes(
        "Secretary Jane Roe spoke today. She said she would impose costs for the hack, she "
        "said she would impose costs for the strike; she did those things.",
    )
    texts = [text for _, _, text in found]
    assert "she would impose costs for the hack" in texts
    assert "she would impose costs for the strike" in texts


def test_an_attribution_in_the_middle_is_not_cut() -> None:
    found = quotes(
        "Secretary Jane Roe spoke today. She said the costs, she said, would be high.",
    )
    assert all("she would" not in text for _, _, text in found)


def test_a_question_naming_one_person_names_the_pronoun_after_it() -> None:
    found = quotes(
        "Q Senator Jane Roe and Governor Mary Major spoke this morning.",
        "MS. DOE: They did.",
        "Q What are you going to tell Senator Roe? When she said the bill was dead, what did "
        "you think?",
        "MS. DOE: Nothing.",
    )
    assert ("indirect", "Jane Roe", "the bill was dead") in found


def test_a_question_naming_two_people_names_no_one() -> None:
    found = quotes(
        "Q Senator Jane Roe and Governor Mary Major spoke this morning.",
        "MS. DOE: They did.",
        "Q What are you going to tell Senator Roe and Governor Major? When she said the bill was "
        "dead, what did you think?",
        "MS. DOE: Nothing.",
    )
    assert all(speaker not in ("Jane Roe", "Mary Major") for _, speaker, _ in found)


def test_a_topic_and_a_colon_before_the_subject() -> None:
    found = quotes(
        "Q One quick follow-up on inflation: Fed Chair Jerome Powell spoke at length today. He "
        "said, “It now appears that the factors will linger.” Do you agree?",
        "MS. DOE: We do.",
    )
    assert ("direct", "Jerome Powell", "It now appears that the factors will linger.") in found


def test_a_day_alone_before_the_subject() -> None:
    found = quotes(
        "Senator Jane Roe and Governor Mary Major met voters this week.",
        "Tuesday, Senator Roe was strong and energetic in her speech. And, she said clearly that "
        "the work goes on.",
    )
    assert ("indirect", "Jane Roe", "the work goes on.") in found


def test_a_title_opening_with_first_is_no_point_number() -> None:
    found = quotes(
        "First Lady Jill Biden visited the school. She said that the teachers were heroes.",
    )
    assert ("indirect", "Jill Biden", "the teachers were heroes.") in found
