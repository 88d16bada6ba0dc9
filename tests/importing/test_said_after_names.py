"""An attribution after its report names its source with the dots of a title or an initial
(`…, said Sen. Jim Banks.`, `…, said John F. Kennedy.`), with a role without an article
(`…, said Jane Roe, director of the agency.`), with `wrote` or `writes`, and with where it was
written and the writer's act after a dash (`…, writes … Philip K. Bell in today’s Pittsburgh
Post-Gazette — describing how …`)."""

from __future__ import annotations

import pytest

from .helpers import quotes

REPORT = "The American steel industry will be reinvigorated by the tariffs"


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("said Sen. Jim Banks.", "Jim Banks"),
        ("said Dr. Jane Roe.", "Jane Roe"),
        ("said John F. Kennedy.", "John F. Kennedy"),
        ("said Jane Roe, director of the agency.", "Jane Roe"),
        ("said Jane Roe, professor of law at Harvard.", "Jane Roe"),
        ("said Jane Roe, the agency’s director.", "Jane Roe"),
        ("said Jane Roe on Tuesday.", "Jane Roe"),
        ("wrote Jane Roe.", "Jane Roe"),
        ("according to the Ministry of Health in Kenya.", "Ministry of Health"),
        (
            "writes Steel Manufacturers Association President Philip K. Bell in today’s "
            "Pittsburgh Post-Gazette — describing how President Trump’s action will "
            "strengthen the critical industry.",
            "Philip K. Bell",
        ),
    ],
)
def test_the_source_after_its_report(attribution: str, speaker: str) -> None:
    assert quotes(f"{REPORT}, {attribution}") == [("indirect", speaker, REPORT)]


@pytest.mark.parametrize(
    "attribution",
    [
        "said the report, which was published on Monday.",  # a report names no one
        "adding that the plan will work.",  # no verb of saying before a name
    ],
)
def test_no_source_where_none_is_named(attribution: str) -> None:
    assert quotes(f"{REPORT}, {attribution}") == []
