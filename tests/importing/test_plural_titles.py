"""Names joined by `and` after a title in the plural (`Representatives Jane Roe and John Doe`) are
several people speaking together: no one source (docs/ANNOTATING.md, "Thirty-seventh folder");
the title in the singular before one name still names its holder (the sentences are written for
the tests)."""

from __future__ import annotations

from .helpers import quotes


def test_two_representatives_saying_together_are_no_source() -> None:
    both = (
        "Representatives Jane Roe and John Doe admitted it in saying — by saying, “Shut it down.”"
    )
    assert quotes(both) == []


def test_one_representative_is_a_source() -> None:
    assert quotes("Representative Jane Roe admitted it by saying, “Shut it down.”") == [
        ("direct", "Jane Roe", "Shut it down.")
    ]
