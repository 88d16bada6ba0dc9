"""A speaker's role as a wire or a release gives it: the body after the role (`said Jane Roe,
chief economist at Moody’s Analytics.`), a role with its article (`said John Doe, a spokesman
for the Pentagon.`), the apposition's role rather than a form of address (`Dr. Mark Stone, a
professor of medicine at Harvard University`); a form of address is never shown as a role
(`Dr.`, `Mrs.`), though it still tells people of one surname apart; a nationality is no
affiliation (`Ukrainian Foreign Minister`)."""

from __future__ import annotations

import pytest

from pressreader.importing.speakers import parse_phrase

from .helpers import found


def _speakers(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    return found(*paragraphs).speakers


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“Prices are sticky,” said Jane Roe, chief economist at Moody’s Analytics.",
         ("Jane Roe", "chief economist at Moody’s Analytics", "Moody’s Analytics")),
        ("“We are watching,” said John Doe, a spokesman for the Pentagon.",
         ("John Doe", "spokesman for the Pentagon", None)),
        ("“It is a crisis,” said Dr. Mark Stone, a professor of medicine at Harvard University.",
         ("Mark Stone", "professor of medicine at Harvard University", "Harvard University")),
        ("“We will not back down,” Ukrainian Foreign Minister Dmytro Kuleba told reporters.",
         ("Dmytro Kuleba", "Ukrainian Foreign Minister", None)),
        ("“It works,” said Dr. Mark Stone.", ("Mark Stone", None, None)),
    ],
)  # fmt: skip
def test_the_role_and_the_body_as_the_text_gives_them(
    paragraph: str, speaker: tuple[str, str | None, str | None]
) -> None:
    assert _speakers(paragraph) == [speaker]


def test_where_it_was_said_is_no_role() -> None:
    assert _speakers("“We are ready,” said Jane Roe at a news conference.") == [
        ("Jane Roe", None, None)
    ]


def test_a_form_of_address_still_tells_two_people_apart() -> None:
    # (`Mrs. Trump` is the First Lady, not the President named with her)
    found_quotes = found(
        "First Lady Melania Trump and President Donald J. Trump hosted a gathering today.",
        "Mrs. Trump called on women to act, saying, “Be courageous and take risks.”",
    ).quotes
    assert [quote.speaker for quote in found_quotes] == ["Melania Trump"]


def test_two_people_in_one_label_give_no_joined_role() -> None:
    reference = parse_phrase("Dr. Sudip S. Parikh, CEO and Dr. Keith Yamamoto, President")
    assert reference is None or "Yamamoto" not in (reference.role or "")
