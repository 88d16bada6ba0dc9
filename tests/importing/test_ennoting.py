"""A report after the subject's own main clause (docs/IMPORT-RULES.md, "What it finds"): `X endorsed
…, noting that A`, `X, an apposition, described …, insisting that A`, `…, Title, X, opened by
noting that A`, `X outlined …, but nevertheless asserted that A`. The subject is read past a long
phrase or an apposition; each shape with near shapes that must not be taken (sentences written
for the tests)."""

from __future__ import annotations

from .helpers import quotes

_CLAUSE = "ports must double their capacity by the end of the decade."


def _reports(*paragraphs: str) -> list[tuple[str, str]]:
    return [(speaker, text) for kind, speaker, text in quotes(*paragraphs) if kind == "indirect"]


def test_a_long_phrase_with_commas_before_the_name() -> None:
    assert _reports(
        "Global Alliance for Roads, Rails, and Ports Executive Director Jane Roe endorsed the "
        f"new targets, noting that {_CLAUSE}"
    ) == [("Jane Roe", _CLAUSE)]


def test_an_apposition_after_the_name() -> None:
    assert _reports(
        "Harbor expert John Doe, Director of the Coast Program at the Institute for Port "
        f"Studies, described the challenges of the coast, insisting that {_CLAUSE}"
    ) == [("John Doe", _CLAUSE)]
    # the apposition is no name of its own: never the speaker
    assert _reports(
        "John Doe, Director of the Coast Program at the Institute for Port Studies, described "
        f"the challenges of the coast, and noted that {_CLAUSE}"
    ) == [("John Doe", _CLAUSE)]


def test_a_name_set_off_after_an_office_and_a_long_opener() -> None:
    assert _reports(
        "In a later panel on roads, rails, and ports, U.S. Representative to the United "
        f"Nations, Ambassador Jane Roe, opened by noting that {_CLAUSE}"
    ) == [("Jane Roe", _CLAUSE)]
    assert _reports(
        "Opening the next session, a panel focused on ports and rails, Port Administrator "
        f"Jane Roe called for new funding, and noted that {_CLAUSE}"
    ) == [("Jane Roe", _CLAUSE)]


def test_an_adverb_after_but_or_and() -> None:
    assert _reports(
        "John Doe, Provost of Harbor University, outlined two threats to ports, but "
        f"nevertheless asserted that {_CLAUSE}"
    ) == [("John Doe", _CLAUSE)]
    assert _reports(
        f"Chancellor John Doe spoke to parliament today and similarly said that {_CLAUSE}"
    ) == [("John Doe", _CLAUSE)]


def test_adverbs_joined_by_and_join_no_verbs() -> None:
    # `publicly and privately expressed`: `and` joins two adverbs, the verb has its own subject
    # (none read here: `his views that` is a noun's clause)
    reports = _reports(
        f"As a friend, Mayor John Doe has publicly and privately expressed his views that {_CLAUSE}"
    )
    assert reports == []


def test_a_group_named_like_a_person_is_no_speaker() -> None:
    # `Bring Our Families Home` after `The group`, `Families Home` with no office before it
    speakers = [
        speaker
        for speaker, _ in _reports(
            f"The group Bring Our Families Home issued a statement saying that {_CLAUSE}"
        )
    ]
    assert "Families Home" not in speakers


def test_a_name_in_a_clause_before_the_main_one_is_no_subject() -> None:
    # `After Jane Roe spoke,`: her verb is a subordinate clause's; the panel's `noting` is not hers
    assert [
        speaker
        for speaker, _ in _reports(
            f"After Jane Roe spoke, the panel discussed the new targets, noting that {_CLAUSE}"
        )
    ] == []
    # nor a relative clause's (`which … signed`, `who met …`)
    assert [
        speaker
        for speaker, _ in _reports(
            f"The plan, which Port Director Jane Roe signed, set new targets, noting that {_CLAUSE}"
        )
    ] == []
    assert [
        speaker
        for speaker, _ in _reports(
            "Delegates who met Port Director Jane Roe endorsed the new targets, noting that "
            f"{_CLAUSE}"
        )
    ] == []
    # a name only met as the main verb's object names no one either
    assert [
        speaker
        for speaker, _ in _reports(
            f"The delegates of the ports thanked Jane Roe for her work, noting that {_CLAUSE}"
        )
    ] == []


def test_two_people_joined_are_no_one_speaker() -> None:
    assert [
        speaker
        for speaker, _ in _reports(
            "Sen. Jane Roe, an Ohio Democrat, and Gov. John Doe visited the harbor, noting "
            f"that {_CLAUSE}"
        )
    ] == []


def test_the_main_verb_first_name_only() -> None:
    # the subject is no full name (`the committee`): a name after the main verb is its object
    assert [
        speaker
        for speaker, _ in _reports(
            "the committee praised Port Director Jane Roe, Mayor John Doe, and others, noting "
            f"that {_CLAUSE}"
        )
    ] == []
