"""A body's name with `for`, `on`, `to`, `against`, `for a` or `in` inside it (`Americans for
Prosperity`, `Committee for a Responsible Federal Budget`, `Committee to Protect Journalists`,
`Citizens for Responsibility and Ethics in Washington`) speaks under its whole name, as a
reported subject, after `said` and as a release's label before a colon and marks; a role and a
name before a body set off by a comma (`Senior fellow Jane Roe, Center for American Progress
(CAP): “…”`) is the person, not the body's head (`Center`). Found by hand (the bodynames
round: `Americans for Prosperity said` gave `Prosperity`, a White House release's `Senior fellow
…, Center for American Progress (CAP): “…”` gave `Center`). The sentences are written for the
tests."""

from __future__ import annotations

import pytest

from pressreader.importing.speakers import parse_phrase

from .helpers import found, quotes

SAID = "said that the plan would work."
MARKS = ": “The plan is a disaster for working families.”"


def speakers(*paragraphs: str) -> list[str]:
    return [speaker for _, speaker, _ in quotes(*paragraphs)]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Americans for Prosperity", "Americans for Prosperity"),
        ("Americans for Tax Reform", "Americans for Tax Reform"),
        (
            "The Committee for a Responsible Federal Budget",
            "Committee for a Responsible Federal Budget",
        ),
        ("Coalition for a Prosperous America", "Coalition for a Prosperous America"),
        ("The Committee to Protect Journalists", "Committee to Protect Journalists"),
        ("Mothers against Drunk Driving", "Mothers against Drunk Driving"),
        (
            "Citizens for Responsibility and Ethics in Washington",
            "Citizens for Responsibility and Ethics in Washington",
        ),
        ("Physicians for Human Rights", "Physicians for Human Rights"),
        ("Veterans for Peace", "Veterans for Peace"),
        # (right before the round: they stay)
        ("The Center for American Progress", "Center for American Progress"),
        ("The Council on Foreign Relations", "Council on Foreign Relations"),
        ("The Center on Budget and Policy Priorities", "Center on Budget and Policy Priorities"),
        ("The Institute for Supply Management", "Institute for Supply Management"),
        ("Mothers Against Drunk Driving", "Mothers Against Drunk Driving"),
    ],
)
def test_a_reported_subject_is_the_whole_name(subject: str, speaker: str) -> None:
    assert speakers(f"{subject} {SAID}") == [speaker]


def test_after_said() -> None:
    assert speakers("“The plan will hurt families,” said Americans for Prosperity.") == [
        "Americans for Prosperity"
    ]


@pytest.mark.parametrize(
    ("label", "speaker"),
    [
        ("Center for American Progress (CAP)", "Center for American Progress"),
        ("Committee to Protect Journalists", "Committee to Protect Journalists"),
        ("Coalition for a Prosperous America", "Coalition for a Prosperous America"),
        ("Americans for Prosperity", "Americans for Prosperity"),
        # (right before the round)
        ("Sierra Club Executive Director Ben Jealous", "Ben Jealous"),
        ("Ryan Mulholland, Senior Fellow, Center for American Progress", "Ryan Mulholland"),
    ],
)
def test_a_label_is_the_whole_name(label: str, speaker: str) -> None:
    assert speakers(label + MARKS) == [speaker]


@pytest.mark.parametrize(
    ("label", "role", "body"),
    [
        (
            "Senior fellow Ryan Mulholland, Center for American Progress (CAP)",
            "Senior fellow",
            "Center for American Progress",
        ),
        (
            "Senior fellow Ryan Mulholland, Center for American Progress",
            "Senior fellow",
            "Center for American Progress",
        ),
        (
            "Executive director Ryan Mulholland, Committee to Protect Journalists",
            "Executive director",
            "Committee to Protect Journalists",
        ),
    ],
)
def test_a_role_and_name_then_the_body(label: str, role: str, body: str) -> None:
    annotations = found(label + MARKS)
    assert [quote.speaker for quote in annotations.quotes] == ["Ryan Mulholland"]
    assert annotations.speakers == [("Ryan Mulholland", role, body)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a verb's object, a purpose, a time or a place: no part of a name
        ("Senator Jane Roe said a plan for Ukraine would work.", "Jane Roe"),
        ("Congress on Monday said that the plan would work.", "Congress"),
        ("The Pentagon on Tuesday said that the plan would work.", "Pentagon"),
        ("Secretary for Health Jane Roe said that the plan would work.", "Jane Roe"),
        ("Minister for Foreign Affairs Penny Wong said that the plan would work.", "Penny Wong"),
        ("Back to Iran, Secretary Jane Roe said the talks would resume.", "Jane Roe"),
        ("Police in Denmark said that two people were arrested.", "Denmark"),
        ("Jane Roe, who works for Americans for Prosperity, said the plan would work.", "Jane Roe"),
        (
            "Americans for Tax Reform President Grover Norquist said the bill raised taxes.",
            "Grover Norquist",
        ),
        ("Mulholland said Americans for decades had wanted the plan.", "Mulholland"),
    ],
)
def test_not_taken_into_a_name(sentence: str, speaker: str) -> None:
    assert speakers(sentence) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "Roe thanked Americans for their patience and said that the plan would work.",
        "The White House for its part said that the plan would work.",
        "Americans for years have said that the economy is weak.",
    ],
)
def test_no_body_made_of_an_object_or_a_time(sentence: str) -> None:
    assert not any(" for " in speaker for speaker in speakers(sentence))


@pytest.mark.parametrize(
    ("phrase", "kind", "text"),
    [
        ("Americans for Prosperity", "body", "Americans for Prosperity"),
        ("Committee to Protect Journalists", "body", "Committee to Protect Journalists"),
        ("Coalition for a Prosperous America", "body", "Coalition for a Prosperous America"),
        # a title before `for` or `to`: the person
        ("Ambassador to China Nicholas Burns", "name", "Nicholas Burns"),
        ("Secretary for Health Jane Roe", "name", "Jane Roe"),
        # `in` a place, with no `for` before it: not a body's name
        ("Americans in Ohio", "surname", "Ohio"),
    ],
)
def test_parse_phrase(phrase: str, kind: str, text: str) -> None:
    reference = parse_phrase(phrase)
    assert reference is not None
    assert (reference.kind, reference.text) == (kind, text)


def test_labels_that_are_no_body() -> None:
    assert speakers("Welcome to America" + MARKS) == []
    # a role and a name alone, and a name then a body, read as before
    assert speakers("Senior fellow Ryan Mulholland" + MARKS) == ["Ryan Mulholland"]
    assert speakers("Ryan Mulholland, Center for American Progress" + MARKS) == ["Ryan Mulholland"]
