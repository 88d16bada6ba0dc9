"""The rule found on the forty-first development folder (docs/IMPORT-RULES.md, "What it finds": a
caucus is a body), with the near shapes it must leave alone (the sentences here are written for the
tests)."""

from __future__ import annotations

from pressreader.importing.speakers import parse_phrase

from .helpers import quotes


def test_a_label_naming_a_role_at_a_caucus_before_the_titled_name_is_the_person() -> None:
    # A lawmaker's label of a role at a caucus and a titled name set off by a comma names the
    # lawmaker (ANNOTATING.md, "Twenty-sixth folder": a label of a name, a title and an office),
    # never the caucus the role is held at.
    assert quotes(
        "Vice Chair of the Senate Democratic Caucus, Ohio Senator Jane Roe: “The plan will work.”"
    ) == [("direct", "Jane Roe", "The plan will work.")]
    assert quotes(
        "Chair of the House Democratic Caucus, Iowa Congressman John Doe: “Let’s get to work.” "
        "[Tweet, 2/7/23]"
    ) == [("direct", "John Doe", "Let’s get to work.")]
    # (as a committee's was already: the near shape, unchanged)
    assert quotes(
        "Chair of the House Budget Committee, Iowa Congressman John Doe: “Let’s get to work.”"
    ) == [("direct", "John Doe", "Let’s get to work.")]


def test_a_caucus_is_a_body_by_its_whole_name() -> None:
    # A caucus that speaks is the body, by the whole name the text gives it, as a committee is.
    assert quotes("The Congressional Rural Caucus said that the bill is a step forward.") == [
        ("indirect", "Congressional Rural Caucus", "the bill is a step forward.")
    ]
    assert quotes("Congressional Rural Caucus: “We applaud the bill.”") == [
        ("direct", "Congressional Rural Caucus", "We applaud the bill.")
    ]
    reference = parse_phrase("Congressional Rural Caucus")
    assert reference is not None and reference.kind == "body"
    # A person whose title names the caucus stays the person, the caucus the affiliation.
    reference = parse_phrase("Rural Caucus Chair Jane Roe")
    assert reference is not None
    assert (reference.kind, reference.text) == ("name", "Jane Roe")
    assert quotes("Rural Caucus Chair Jane Roe said that the bill is a step forward.") == [
        ("indirect", "Jane Roe", "the bill is a step forward.")
    ]
