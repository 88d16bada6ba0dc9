"""Annotating stops once the annotations kept would take the article past the most values any
file may hold (`safe_yaml.MAX_EVENTS`): the article is written with the most of them, first
in reading order, that it passes `check --strict` with, as when the whole text was annotated,
and the warning says where they stop."""

from __future__ import annotations

import dataclasses
import datetime
from pathlib import Path

import pytest

from pressreader.format import safe_yaml
from pressreader.format.loader import load_text
from pressreader.importing import annotate as annotate_module
from pressreader.importing import figures as figures_module
from pressreader.importing import pipeline
from pressreader.importing.ahead import Aside
from pressreader.importing.annotate import annotate, annotation_values
from pressreader.importing.emit import (
    article_yaml,
    event_count,
    grown,
    passes,
    written_article,
)
from pressreader.importing.parse import Draft
from pressreader.importing.pipeline import Options, prepare

TODAY = datetime.date(2026, 1, 1)
_WARNING = "warning: the annotations found would not pass `check --strict` (error: "


def _figures_text(paragraphs: int, count: int) -> str:
    """`paragraphs` paragraphs, each of `count` figures and a quote."""
    body = "\n\n".join(
        " ".join(f"Sales rose from {i * 100 + j} to {i * 100 + j + 7} units." for j in range(count))
        + f" “We sold {i + 3} boats,” said Ann Lee."
        for i in range(paragraphs)
    )
    return f"Figures\n\n{body}\n"


def _whole(
    sections: list[tuple[str | None, list[str]]],
    title: str | None = None,
    most_values: int | None = None,
    aside: Aside[str] | None = None,
) -> annotate_module.Annotations:
    """`annotate` of the whole text, as it was before it could stop."""
    return annotate(sections, title, aside=aside)


def test_an_article_past_the_cap_is_written_as_when_every_annotation_was_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A lower cap for every file makes a short text of many figures pass it.
    monkeypatch.setattr(safe_yaml, "MAX_EVENTS", 3_000)
    monkeypatch.setattr(pipeline, "MAX_EVENTS", 3_000)
    complete: list[bool] = []

    def recorded(
        sections: list[tuple[str | None, list[str]]],
        title: str | None = None,
        most_values: int | None = None,
        aside: Aside[str] | None = None,
    ) -> annotate_module.Annotations:
        found = annotate(sections, title, most_values, aside=aside)
        complete.append(found.complete)
        return found

    for paragraphs, per_paragraph in ((300, 3), (1, 900), (40, 30)):
        data = _figures_text(paragraphs, per_paragraph).encode()
        monkeypatch.setattr(pipeline, "annotate", recorded)
        stopped = prepare("many.txt", data, Options(), TODAY)
        assert complete.pop() is False  # it stopped early
        monkeypatch.setattr(pipeline, "annotate", _whole)
        whole = prepare("many.txt", data, Options(), TODAY)
        assert stopped.text == whole.text
        assert stopped.text.encode() == whole.text.encode()
        assert stopped.draft.annotations is not None and stopped.draft.annotations.count > 0
        assert stopped.draft.annotations == whole.draft.annotations
        assert len(stopped.warnings) == len(whole.warnings) == 1
        assert _WARNING in stopped.warnings[0] and _WARNING in whole.warnings[0]
        assert stopped.warnings[0].endswith("the rest left out")
        assert load_text(stopped.text, Path("many.yaml")).problems == []


def test_annotating_stops_soon_after_the_values_allowed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = _figures_text(400, 2)
    sections = [(None, text.split("\n\n")[1:])]
    calls = 0
    find_figures = figures_module.find_figures

    def counted(paragraph: str) -> list[figures_module.Figure]:
        nonlocal calls
        calls += 1
        return find_figures(paragraph)

    monkeypatch.setattr(figures_module, "find_figures", counted)
    whole = annotate(sections)
    assert calls == 400 and whole.complete
    calls = 0
    stopped = annotate(sections, most_values=500)
    assert not stopped.complete
    # Each paragraph's figures and quote add about 30 values: 500 are passed by the 20th.
    assert calls <= 20
    assert annotation_values(stopped) > 500
    # What was kept is what annotating the whole text keeps first.
    assert stopped.statistics == whole.statistics[: len(stopped.statistics)]
    assert stopped.quotes == whole.quotes[: len(stopped.quotes)]


def test_annotating_within_the_values_allowed_finds_everything() -> None:
    text = _figures_text(30, 3)
    sections = [(None, text.split("\n\n")[1:])]
    whole = annotate(sections)
    needed = annotation_values(whole)
    bounded = annotate(sections, most_values=needed)
    assert bounded.complete and bounded == whole


def test_the_values_of_the_annotations_are_those_the_article_gains() -> None:
    text = _figures_text(12, 4)
    paragraphs = text.split("\n\n")[1:]
    draft = Draft(title="Figures", sections=[(None, paragraphs)])
    bare = event_count(draft)
    draft.annotations = annotate(draft.sections)
    assert draft.annotations.quotes and draft.annotations.statistics
    assert event_count(draft) - bare == annotation_values(draft.annotations)
    assert article_yaml(draft, "a.txt", "0" * 64, TODAY)


def test_the_warning_of_a_stopped_annotating_gives_the_most_any_file_may_hold(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(safe_yaml, "MAX_EVENTS", 3_000)
    monkeypatch.setattr(pipeline, "MAX_EVENTS", 3_000)
    text = _figures_text(300, 3)
    prepared = prepare("many.txt", text.encode(), Options(), TODAY)
    kept = prepared.draft.annotations
    assert kept is not None
    (warning,) = prepared.warnings
    # The paragraph holding the last annotation kept, counted from one.
    paragraphs = text.split("\n\n")[1:]
    whole = annotate([(None, paragraphs)])
    assert whole.quotes[: len(kept.quotes)] == kept.quotes
    ends = [
        paragraph
        for paragraph in paragraphs
        if f" {kept.statistics[-1].text}" in paragraph or f"“{kept.quotes[-1].text}”" in paragraph
    ]
    last = max(paragraphs.index(paragraph) for paragraph in ends) + 1
    assert warning == (
        "many.txt: warning: the annotations found would not pass `check --strict` (error: they "
        "would take the article past 3,000 YAML values, the most any file may hold); the "
        f"article is written with the first {kept.count:,} (up to paragraph {last} of 300), "
        "the rest left out"
    )


def test_the_first_annotations_are_taken_in_reading_order_with_their_speakers() -> None:
    quotes = [
        annotate_module.FoundQuote("Ann Lee", "one", "direct"),
        annotate_module.FoundQuote("Bo Chan", "two", "indirect"),
        annotate_module.FoundQuote("Ann Lee", "three", "direct"),
    ]
    statistics = [annotate_module.FoundFigure("Boats", 3, "3 boats")] * 3
    found = annotate_module.Annotations(
        speakers=[("Ann Lee", "mayor", None), ("Bo Chan", None, "NOAA")],
        quotes=quotes,
        statistics=statistics,
        # quotes in paragraphs 0, 2 and 4; statistics in 1, 2 (before the quote) and 5
        places=([(0, 10), (2, 40), (4, 0)], [(1, 0), (2, 5), (5, 0)]),
    )
    expected = [  # (quotes, statistics, the last one's paragraph)
        (0, 0, -1),
        (1, 0, 0),
        (1, 1, 1),
        (1, 2, 2),
        (2, 2, 2),
        (3, 2, 4),
        (3, 3, 5),
    ]
    for count, (quote_count, statistic_count, paragraph) in enumerate(expected):
        kept, last = annotate_module.first(found, count)
        assert kept.quotes == quotes[:quote_count]
        assert kept.statistics == statistics[:statistic_count]
        assert last == paragraph and kept.count == count and not kept.complete
        assert [name for name, _, _ in kept.speakers] == (
            ["Ann Lee", "Bo Chan"][: min(quote_count, 2)]
        )
    kept, _ = annotate_module.first(found, 99)
    assert kept.count == 6 and kept.speakers == found.speakers
    with pytest.raises(ValueError, match="places"):
        annotate_module.first(annotate_module.Annotations(), 1)


def test_a_paragraph_of_more_quotes_than_its_file_may_hold_keeps_the_most_that_fit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A paragraph of thousands of quotes passes the values a file of its size may hold; a
    # lower floor makes a short text do the same. The annotations written are the first ones
    # found, as many as the file passes `check --strict` with: one more and it would not.
    monkeypatch.setattr(safe_yaml, "EVENTS_FLOOR", 400)
    speakers = ["Ann Lee", "Bo Chan", "Cy Diaz"]
    body = " ".join(f"“We will build bridge {i},” said {speakers[i % 3]}." for i in range(90))
    data = f"Bridges\n\n{body}\n\nThe mayor spoke for 20 minutes.\n".encode()
    prepared = prepare("many.txt", data, Options(), TODAY)
    kept = prepared.draft.annotations
    assert kept is not None and 0 < len(kept.quotes) < 90 and kept.statistics == []
    assert [quote.text for quote in kept.quotes] == [
        f"We will build bridge {i}," for i in range(len(kept.quotes))
    ]
    assert [name for name, _, _ in kept.speakers] == speakers[: len(kept.quotes)]
    assert load_text(prepared.text, Path("many.yaml")).problems == []
    (warning,) = prepared.warnings
    assert warning.endswith(
        f"the article is written with the first {len(kept.quotes)} (up to paragraph 1 of 2), "
        "the rest left out"
    )
    # One quote more would not pass.
    draft = dataclasses.replace(prepared.draft)
    found = annotate(draft.sections, "Bridges")
    more, _ = annotate_module.first(found, len(kept.quotes) + 1)
    draft.annotations = more
    _, quick = written_article(draft, "many.txt", prepared.sha256, TODAY)
    assert not passes(quick, "many.txt")
    draft.annotations, _ = annotate_module.first(found, len(kept.quotes))
    assert article_yaml(draft, "many.txt", prepared.sha256, TODAY) == prepared.text


def test_annotations_none_of_which_fit_leave_the_article_without_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A floor so low that the article alone just passes: not one quote fits beside it.
    text = "Bridges\n\n" + " ".join(f"“Bridge {i} is done,” said Ann Lee." for i in range(5))
    bare = Draft(title="Bridges", sections=[(None, [text.split("\n\n")[1]])])
    monkeypatch.setattr(safe_yaml, "EVENTS_FLOOR", event_count(bare) + 10)
    monkeypatch.setattr(safe_yaml, "BYTES_PER_EVENT", 10**9)
    prepared = prepare("few.txt", (text + "\n").encode(), Options(), TODAY)
    assert prepared.draft.annotations is None
    (warning,) = prepared.warnings
    assert warning.endswith("the article is written without them")


def test_the_values_and_size_counted_for_each_number_of_annotations_are_the_articles() -> None:
    # Quotes of several speakers (one with a role), a quote said twice (`occurrence`), figures
    # with and without units and previous values, Chinese text (bytes beyond ASCII), escapes.
    text = (
        "Ports and 港口\n\n"
        "“Yes,” said Mayor Ann Lee. Exports rose from 172 to 181 ships, up 5%.\n\n"
        "港口负责人张伟说：“今年吞吐量增长了12%。”他表示，明年将新增3个泊位。\n\n"
        "The crowd cried Yes, loudly. “Yes,” Lee said again. "
        'Bo Chen, a \\ trader, said that 4.6 million tons "moved".\n\n'
        "The port employs more than 600 people, said Bo Chen.\n"
    )
    prepared = prepare("ports.txt", text.encode(), Options(), TODAY)
    found = prepared.draft.annotations
    assert found is not None and found.places is None  # (not sent back by a worker)
    draft = dataclasses.replace(prepared.draft)
    found = annotate(draft.sections, draft.title)
    assert len({quote.speaker for quote in found.quotes}) >= 3
    assert any(quote.occurrence is not None for quote in found.quotes)
    assert any(figure.previous is not None for figure in found.statistics)
    counted = list(grown(draft, found, "ports.txt", prepared.sha256, TODAY))
    assert len(counted) == found.count
    for count, (values, size) in enumerate(counted, start=1):
        draft.annotations, _ = annotate_module.first(found, count)
        written = article_yaml(draft, "ports.txt", prepared.sha256, TODAY)
        assert (values, size) == (event_count(draft), len(written.encode()))


def test_annotations_past_the_values_for_its_size_are_never_written_all_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # An article whose annotations pass the values a file of its size may hold is not written
    # and loaded with all of them first (for a paragraph of tens of thousands of figures, the
    # most memory of its import): that it cannot pass is counted, and the warning gives the
    # loader's own words for that article.
    monkeypatch.setattr(safe_yaml, "EVENTS_FLOOR", 400)
    body = " ".join(f"“We will build bridge {i},” said Ann Lee." for i in range(90))
    data = f"Bridges\n\n{body}\n".encode()
    written: list[int | None] = []
    real = pipeline.written_article

    def recording(draft: Draft, *args: object) -> tuple[str, object]:
        written.append(draft.annotations.count if draft.annotations is not None else None)
        return real(draft, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "written_article", recording)
    prepared = prepare("many.txt", data, Options(), TODAY)
    kept = prepared.draft.annotations
    assert kept is not None and 0 < len(kept.quotes) < 90
    assert written and 90 not in written
    everything = dataclasses.replace(
        prepared.draft, annotations=annotate(prepared.draft.sections, "Bridges")
    )
    assert everything.annotations is not None and everything.annotations.count == 90
    text, _ = real(everything, "many.txt", prepared.sha256, TODAY)
    (reason, *_) = pipeline.verify(text, "many.txt")
    (warning,) = prepared.warnings
    assert reason.startswith("error: the file holds more than ")
    assert f"({reason})" in warning


def test_annotations_that_fit_the_values_are_not_counted_one_by_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # An article whose values its paragraphs' length alone allows is written as it is, with
    # no pass over its annotations to count them.
    def counting(*args: object) -> object:
        raise AssertionError("counted")

    monkeypatch.setattr(pipeline, "annotations_that_fit", counting)
    data = "Bridges\n\n“We will build bridges,” said Ann Lee. Sales rose 5%.\n".encode()
    prepared = prepare("few.txt", data, Options(), TODAY)
    assert prepared.draft.annotations is not None
    assert prepared.draft.annotations.count == 2 and prepared.warnings == ()
