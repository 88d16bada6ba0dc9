"""Where or how the words were said, between the speaker and the verb (`Biden in a statement
said that …`, `Orbán in Hungary said that …`): the speaker is the one before it, never the
statement, the letter's addressee or the place (docs/ANNOTATING.md, "Where it was said").
Each with the near shapes that must keep their reading (the sentences are written for the
tests)."""

from __future__ import annotations

import pytest

from .helpers import near_linear, quotes

INTRO = "Secretary Jane Roe met her counterparts on Monday."
REPORT = "the talks would go on."


@pytest.mark.parametrize(
    "where",
    [
        "in a statement",
        "in her statement",
        "in an interview",
        "in a letter to Congress",
        "in a written statement to the Senate Foreign Relations Committee",
        "at a news conference",
        "during her remarks",
        "in Brussels",
        "in New York",
    ],
)
def test_the_speaker_is_before_where_it_was_said(where: str) -> None:
    found = quotes(INTRO, f"Roe {where} said that {REPORT}")
    assert found == [("indirect", "Jane Roe", REPORT)]


def test_a_direct_quote_after_where_it_was_said_is_the_speakers() -> None:
    found = quotes(INTRO, "Roe in her statement said: “The talks will go on.”")
    assert found == [("direct", "Jane Roe", "The talks will go on.")]


def test_a_place_after_someone_unnamed_keeps_its_reading() -> None:
    # `A spokesperson in Beijing`: no one named before the place, which speaks as before.
    found = quotes(INTRO, f"A spokesperson in Beijing said that {REPORT}")
    assert found == [("indirect", "Beijing", REPORT)]
    # Unnamed people of a place, and an envoy: no source, as before.
    assert quotes(INTRO, f"Health officials in Ohio said that {REPORT}") == []
    assert quotes(INTRO, f"The Russian ambassador in Seoul said that {REPORT}") == []


def test_a_noun_that_is_no_statement_is_not_where_it_was_said() -> None:
    # `in the European Union`: a body named after `in`, not a statement; `Roe in the European
    # Union` is no shape of saying, so the words before the verb read as they did.
    before = quotes(INTRO, f"Ministers in the European Union said that {REPORT}")
    assert all(speaker != "Jane Roe" for _, speaker, _ in before)


def test_many_sentences_with_where_it_was_said_are_read_in_time_near_linear() -> None:
    def run(n: int) -> list[tuple[str, str, str]]:
        return quotes(INTRO, f"Roe in a statement to Congress said that {REPORT} " * n)

    small, large = near_linear(run, 200)
    assert small and large
    assert {speaker for _, speaker, _ in small + large} == {"Jane Roe"}
