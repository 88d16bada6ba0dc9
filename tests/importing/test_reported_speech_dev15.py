"""English rules taken with the fifteenth development folder (docs/IMPORT-RULES.md, "The fifteenth
development folder"): speeches citing others' words, readouts, press releases. Each with the
look-alikes that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import found, near_linear, quotes


def test_a_title_with_its_office_after_for_names_the_person() -> None:
    # `Assistant to the President for National Security Affairs Jake Sullivan`: the full name
    # a later `Mr. Sullivan` names, with the assistant's title whole.
    paragraph = (
        "Assistant to the President for National Security Affairs Jake Sullivan traveled to "
        "Israel. Mr. Sullivan stressed that the Administration will support the plan."
    )
    assert quotes(paragraph) == [
        ("indirect", "Jake Sullivan", "the Administration will support the plan.")
    ]
    assert found(paragraph).speakers == [
        ("Jake Sullivan", "Assistant to the President for National Security Affairs", None)
    ]
    assert quotes(
        "Special Presidential Envoy for Climate John Kerry arrived in Paris. Kerry said that the "
        "talks will go on."
    ) == [("indirect", "John Kerry", "the talks will go on.")]
    assert quotes(
        "Senior Advisor for Cyber and Emerging Technology Anne Neuberger spoke. Neuberger said "
        "that the rules work."
    ) == [("indirect", "Anne Neuberger", "the rules work.")]


def test_the_president_served_is_no_title_of_the_assistant() -> None:
    # `the President` after an assistant to the President names the President met before.
    assert quotes(
        "President Joseph R. Biden, Jr. met Assistant to the President for National Security "
        "Affairs Jake Sullivan. The President noted that the talks will help."
    ) == [("indirect", "Joseph R. Biden, Jr.", "the talks will help.")]
    # `Secretary of Commerce Gina Raimondo`: a title's office after `of`, as before.
    assert quotes(
        "Secretary of Commerce Gina Raimondo visited. Raimondo said that the plant will open."
    ) == [("indirect", "Gina Raimondo", "the plant will open.")]


def test_initials_and_a_name_word_are_one_company() -> None:
    assert quotes("CS Wind recently announced it is expanding operations.") == [
        ("indirect", "CS Wind", "it is expanding operations.")
    ]
    assert quotes("LG Energy Solution said it will build a plant in Arizona.") == [
        ("indirect", "LG Energy Solution", "it will build a plant in Arizona.")
    ]
    # Initials of an office, a title and plural people are no company's name.
    speakers = [speaker for _, speaker, _ in quotes("NSA Sullivan said that the talks went well.")]
    assert speakers == ["Sullivan"]
    assert quotes("CEO Jane Roe said that the plant will open.") == [
        ("indirect", "Jane Roe", "the plant will open.")
    ]
    speakers = [speaker for _, speaker, _ in quotes("MAGA Republicans said that it failed.")]
    assert "MAGA Republicans" not in speakers
    speakers = [speaker for _, speaker, _ in quotes("AT&T said that the network will grow.")]
    assert "AT T" not in speakers


def test_once_still_even_and_has_before_a_verb_of_saying_or_calling() -> None:
    assert quotes(
        "Senator John Lewis was a hero. He once said, “Freedom is not a state; it is an act.”"
    ) == [("direct", "John Lewis", "Freedom is not a state; it is an act.")]
    assert quotes("The English poet John Milton once wrote, “They also serve.”") == [
        ("direct", "John Milton", "They also serve.")
    ]
    assert quotes(
        "Representative Jane Roe still called the Inflation Reduction Act a “massive failure” "
        "a year later."
    ) == [("direct", "Jane Roe", "massive failure")]
    assert quotes("Representative Jane Roe has called the law “garbage.”") == [
        ("direct", "Jane Roe", "garbage.")
    ]


def test_no_source_for_just_someone_a_name_or_a_request() -> None:
    # `just announced` in a speech is the day's news, its pronouns the speaker's to resolve.
    assert quotes("Russia just announced that it is carving out a big chunk of Ukraine.") == []
    assert quotes("Someone once said, “This is a big deal.”") == []
    assert quotes("Someone said, “This is a big deal.”") == []
    assert quotes("The law was once called “a disaster.”") == []
    assert (
        quotes(
            "The Administration has called on Congress to pass the Administration’s “Detect and "
            "Defeat” proposal."
        )
        == []
    )
    assert quotes("Senator Jane Roe called for the “Clean Air” Act to pass.") == []


def test_an_adverb_opening_a_sentence_is_no_part_of_a_name() -> None:
    paragraph = "Only Harry Reid would do that. He said, “I’m so proud.”"
    assert quotes(paragraph) == [("direct", "Harry Reid", "I’m so proud.")]
    assert found(paragraph).speakers == [("Harry Reid", None, None)]
    assert found("Even Senator Jane Roe said that the plan will work.").speakers == [
        ("Jane Roe", "Senator", None)
    ]


def test_a_report_stops_before_the_speech_s_own_speaker() -> None:
    # `I’m sure if she were with us today …`: the speaker of the speech speaking of the source.
    assert quotes(
        "First Lady Betty Ford once wrote that to be remembered with joy is a kind of "
        "immortality. I’m sure if she were with us today, she would offer a quip."
    ) == [("indirect", "Betty Ford", "to be remembered with joy is a kind of immortality.")]
    assert quotes(
        "Senator Jane Roe said that the bill will pass. (Laughter.) We all know it will."
    ) == [("indirect", "Jane Roe", "the bill will pass.")]
    # The source's first person plural carries the report on, as before.
    assert quotes(
        "Vice Minister Ma Zhaoxu said that China always adheres to peace. We are willing to "
        "join hands with all countries."
    ) == [
        (
            "indirect",
            "Ma Zhaoxu",
            "China always adheres to peace. We are willing to join hands with all countries.",
        )
    ]


def test_many_speeches_citing_others_in_one_paragraph_stay_linear() -> None:
    citing = (
        "Senator Jane Roe once said that we will win. I’m sure she was right. He looked at me "
        "and he said, “Yes.” And I thought, “No.” "
    )
    small, large = near_linear(lambda n: quotes(citing * n), 200)
    for run, n in ((small, 200), (large, 800)):  # each speech's report and answer, none lost
        assert run.count(("indirect", "Jane Roe", "we will win.")) == n
        assert run.count(("direct", "Jane Roe", "Yes.")) == n
    title = "Assistant to the President for National Security Affairs Jane Roe spoke. "
    assert near_linear(lambda n: quotes(title * n), 200) == ([], [])
    small, large = near_linear(lambda n: quotes("CS Wind " * n + "said it will grow."), 300)
    assert [text for _, _, text in small] == [text for _, _, text in large] == ["it will grow."]
