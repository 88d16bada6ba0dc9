"""Annotating stops once the annotations kept would take the article past the most values any
file may hold (`safe_yaml.MAX_EVENTS`): they would all be left out, so the article written
and the warning given are those of annotating the whole text."""

from __future__ import annotations

import datetime

import pytest

from pressreader.format import safe_yaml
from pressreader.importing import annotate as annotate_module
from pressreader.importing import pipeline
from pressreader.importing.annotate import annotate, annotation_values
from pressreader.importing.emit import article_yaml, event_count
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
) -> annotate_module.Annotations:
    """`annotate` of the whole text, as it was before it could stop."""
    return annotate(sections, title)


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
    ) -> annotate_module.Annotations:
        found = annotate(sections, title, most_values)
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
        assert stopped.draft.annotations is None
        assert len(stopped.warnings) == len(whole.warnings) == 1
        assert _WARNING in stopped.warnings[0] and _WARNING in whole.warnings[0]
        assert stopped.warnings[0].endswith("the article is written without them")


def test_annotating_stops_soon_after_the_values_allowed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = _figures_text(400, 2)
    sections = [(None, text.split("\n\n")[1:])]
    calls = 0
    find_figures = annotate_module.find_figures

    def counted(paragraph: str) -> list[annotate_module.Figure]:
        nonlocal calls
        calls += 1
        return find_figures(paragraph)

    monkeypatch.setattr(annotate_module, "find_figures", counted)
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
    prepared = prepare("many.txt", _figures_text(300, 3).encode(), Options(), TODAY)
    assert prepared.draft.annotations is None
    (warning,) = prepared.warnings
    assert warning == (
        "many.txt: warning: the annotations found would not pass `check --strict` (error: they "
        "would take the article past 3,000 YAML values, the most any file may hold); the "
        "article is written without them"
    )
