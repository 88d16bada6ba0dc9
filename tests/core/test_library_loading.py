"""Library entries from article files, and loading an entry's article on open."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pressreader.library.loading import load_entries, open_entry

GOOD = """\
title: First
outlet: Daily
published: 2024-02-03
tags: [ports, trade]
speakers:
  - name: Ann Lee
sections:
  - paragraphs:
      - "Ann Lee said “we will build” and 40 ships came."
quotes:
  - {speaker: Ann Lee, text: "we will build"}
  - {speaker: Bo Chen, text: "40 ships came", kind: indirect}
statistics:
  - {label: Ships, value: 40, text: "40 ships"}
"""


def test_entries_carry_what_the_list_shows(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "two.yaml").write_text(
        GOOD.replace("First", "Second") + "---\n" + GOOD.replace("First", "Third"),
        encoding="utf-8",
    )
    entries = sorted(load_entries([tmp_path]), key=lambda e: e.title)
    assert [e.title for e in entries] == ["First", "Second", "Third"]
    first = entries[0]
    assert first.outlet == "Daily" and first.published == dt.date(2024, 2, 3)
    assert (first.quotes, first.statistics) == (2, 1)
    assert first.tags == ("ports", "trade")
    assert first.speakers == ("Ann Lee", "Bo Chen")  # listed speakers, then quoted ones
    assert first.problem is None and not first.broken
    assert [e.document for e in entries[1:]] == [0, 1]


def test_a_broken_file_is_an_entry_with_its_first_problem(tmp_path: Path) -> None:
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("title: x\nsections: [\n", encoding="utf-8")
    (tmp_path / "half.yaml").write_text(GOOD + "---\ntitle: no sections\n", encoding="utf-8")
    entries = {(e.path.name, e.title): e for e in load_entries([tmp_path])}
    bad = entries[("bad.yaml", "bad.yaml")]
    assert bad.broken and bad.problem is not None
    assert bad.problem.line is not None and bad.problem.path.endswith("bad.yaml")
    # A file with one good and one broken article: the good one is listed, the file marked.
    assert ("half.yaml", "First") in entries
    assert entries[("half.yaml", "half.yaml")].broken
    assert not entries[("good.yaml", "First")].broken


def test_a_missing_path_is_a_broken_entry_not_an_exception(tmp_path: Path) -> None:
    entries = list(load_entries([tmp_path / "nope"]))
    assert len(entries) == 1 and entries[0].broken


def test_open_entry_loads_the_right_article(tmp_path: Path) -> None:
    path = tmp_path / "two.yaml"
    path.write_text(GOOD + "---\n" + GOOD.replace("First", "Second"), encoding="utf-8")
    second = next(e for e in load_entries([path]) if e.title == "Second")
    opened = open_entry(second)
    assert opened.article is not None and opened.article.title == "Second"
    assert opened.article.sections[0].paragraphs


def test_open_entry_of_a_broken_file_gives_its_problems(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("title: x\nsections: [\n", encoding="utf-8")
    (entry,) = load_entries([path])
    opened = open_entry(entry)
    assert opened.article is None and opened.problems
    assert all(p.path.endswith("bad.yaml") for p in opened.problems)


def test_open_entry_after_the_file_changed(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(GOOD, encoding="utf-8")
    (entry,) = load_entries([path])
    path.write_text("title: [\n", encoding="utf-8")
    opened = open_entry(entry)
    assert opened.article is None and opened.problems
    path.write_text(GOOD.replace("First", "Renamed"), encoding="utf-8")
    opened = open_entry(entry)  # the same id (the file's stem), so it is found
    assert opened.article is not None and opened.article.title == "Renamed"
