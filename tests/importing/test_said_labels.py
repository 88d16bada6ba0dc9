"""A paragraph that is only a speaker's label (`President of the Republic of Indonesia Joko Widodo
said:`) announces the paragraphs after it: each one without marks that holds no quote of its own
is that speaker's indirect quote, the whole paragraph, up to a paragraph of another kind (a
label, words in marks, a link line) and at most a few (docs/ANNOTATING.md, "A paragraph without
an attribution of its own"; the joint statement of the development folder `dev29`). A long
title before a name with particles keeps the whole name (`… Commission Ursula von der Leyen`).
The sentences are written for the tests."""

from __future__ import annotations

from pressreader.importing.quotes.subjects import _np_reference

from .helpers import quotes

_LEAD = (
    "President of the Republic of Utopia Jane Roe and President of the Commission Ursula von der"
    " Leyen met today."
)


def test_each_paragraph_after_a_label_is_the_speakers() -> None:
    assert quotes(
        _LEAD,
        "President of the Republic of Utopia Jane Roe said:",
        "Utopia is proud to help mobilize this investment by 2027.",
        "To accelerate the transition, Utopia also benefits from the new partnership.",
        "President of the Commission Ursula von der Leyen said:",
        "The partnership is an important initiative. Together we offer transparent partnerships.",
    ) == [
        ("indirect", "Jane Roe", "Utopia is proud to help mobilize this investment by 2027."),
        (
            "indirect",
            "Jane Roe",
            "To accelerate the transition, Utopia also benefits from the new partnership.",
        ),
        (
            "indirect",
            "Ursula von der Leyen",
            "The partnership is an important initiative. Together we offer transparent"
            " partnerships.",
        ),
    ]


def test_a_label_with_initials_names_the_speaker() -> None:
    assert quotes(
        "President Joseph R. Biden said:",
        "The partnership brings together partners to deliver real results.",
    ) == [
        (
            "indirect",
            "Joseph R. Biden",
            "The partnership brings together partners to deliver real results.",
        )
    ]


def test_a_link_line_ends_what_the_label_announces() -> None:
    assert quotes(
        "President of the Republic of Utopia Jane Roe said:",
        "Utopia is proud to help mobilize this investment by 2027.",
        "Investments announced by Utopia can be found here.",
    ) == [("indirect", "Jane Roe", "Utopia is proud to help mobilize this investment by 2027.")]


def test_a_paragraph_with_a_quote_of_its_own_ends_it() -> None:
    found = quotes(
        "President of the Republic of Utopia Jane Roe said:",
        "Utopia is proud to help mobilize this investment by 2027.",
        "The minister, John Doe, said that the money would arrive next year.",
        "The fund will open in May.",
    )
    assert found == [
        ("indirect", "Jane Roe", "Utopia is proud to help mobilize this investment by 2027."),
        ("indirect", "John Doe", "the money would arrive next year."),
    ]


def test_at_most_four_paragraphs_are_announced() -> None:
    paragraphs = [f"Utopia will build road number {n} with the new fund." for n in range(6)]
    found = quotes("President of the Republic of Utopia Jane Roe said:", *paragraphs)
    assert [quote[2] for quote in found] == paragraphs[:4]


def test_no_label_no_quote() -> None:
    # A lead-in that is a sentence of its own with a clause, and a paragraph with no label
    # before it: narration.
    assert (
        quotes(
            "The statement was issued on Tuesday.",
            "Utopia is proud to help mobilize this investment by 2027.",
        )
        == []
    )
    assert (
        quotes(
            "Reporters asked what Jane Roe said:",
            "Utopia is proud to help mobilize this investment by 2027.",
        )
        == []
    )


def test_a_quotation_after_the_label_is_still_direct() -> None:
    assert quotes(
        "President of the Republic of Utopia Jane Roe said:",
        "“Utopia is proud to help mobilize this investment by 2027.”",
    ) == [("direct", "Jane Roe", "Utopia is proud to help mobilize this investment by 2027.")]


def test_a_long_title_keeps_the_particles_and_the_given_name() -> None:
    for phrase, name in [
        ("President of the European Commission Ursula von der Leyen", "Ursula von der Leyen"),
        ("Head of the Fund Charles de Gaulle", "Charles de Gaulle"),
        ("Chair of the Board Jane Roe", "Jane Roe"),
    ]:
        reference = _np_reference(phrase)
        assert reference is not None and reference.text == name, phrase
