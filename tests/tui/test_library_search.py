"""The library screen on the index, and full-text search of the whole library with `/`."""

from __future__ import annotations

import argparse
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from rich.text import Text
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from pressreader.commands import read
from pressreader.index import LibraryIndex
from pressreader.index import records as index_records
from pressreader.tui.app import PressReaderApp
from pressreader.tui.screens.article import ArticleScreen
from pressreader.tui.screens.help import HelpScreen
from pressreader.tui.screens.library import LibraryScreen
from pressreader.tui.screens.search_results import SearchResultsScreen, hit_prompt
from pressreader.tui.targets import find_text_for
from pressreader.tui.widgets.article_view import ArticleView
from pressreader.tui.widgets.find_bar import FindBar
from pressreader.tui.widgets.index_progress import IndexProgress

from .conftest import READER_DATA, SAMPLE, article_yaml
from .helpers import WAIT_SECONDS, screen_text, stray_controls, terminal_output, wait_until
from .views_helpers import escape_through, from_palette, settle, slash_burst


@pytest.fixture
def shelf(tmp_path: Path) -> Path:
    """The sample article, the reader fixtures (CJK, hostile, broken) and two small ones."""
    folder = tmp_path / "shelf"
    folder.mkdir()
    shutil.copy(SAMPLE / "join-hands-better-future.yaml", folder)
    for name in ("cjk.yaml", "hostile.yaml", "broken.yaml", "many-sections.yaml"):
        shutil.copy(READER_DATA / name, folder)
    (folder / "bridges.yaml").write_text(
        article_yaml(
            "Old bridges",
            published="2020-05-01",
            paragraphs=(
                "The town council met on Monday.",
                "Ann Lee said “we will build more bridges” on Monday.",
                "Nobody else spoke about bridges.",
            ),
        ),
        encoding="utf-8",
    )
    return folder


async def _library(pilot: Pilot[int]) -> LibraryScreen:
    app = pilot.app
    await app.workers.wait_for_complete()
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, LibraryScreen), type(screen)
    return screen


async def _search(pilot: Pilot[int], query: str) -> SearchResultsScreen:
    """`/`, the query and Enter in the library: the search results, shown."""
    await _library(pilot)
    await pilot.press("slash")
    field = pilot.app.screen.query_one("#library-filter", Input)
    field.value = query
    await pilot.press("enter")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, SearchResultsScreen), type(screen)
    return screen


# --- the list comes from the index ---------------------------------------------------------


async def test_the_library_is_read_from_an_index_in_the_cache_folder(
    shelf: Path, isolated_xdg: Path
) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _library(pilot)
        titles = {entry.title for entry in screen.entries}
        assert "Old bridges" in titles and "broken.yaml" in titles
        index_path = app.session.source.index.path
        assert index_path.is_relative_to(isolated_xdg / "xdg_cache_home")
        assert index_path.exists()

    # A warm start reads no article file: the entries come from the index alone.
    def refuse(job: tuple[object, ...]) -> object:
        raise AssertionError(f"read {job[0]!r} although nothing changed")

    app = PressReaderApp([shelf], use_user_config=False)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(index_records, "read_file", refuse)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await _library(pilot)
            assert {entry.title for entry in screen.entries} == titles


async def test_changed_added_and_deleted_files_show_after_reload(shelf: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _library(pilot)
        before = {entry.title for entry in screen.entries}
        (shelf / "bridges.yaml").write_text(
            article_yaml("New bridges", published="2021-01-01"), encoding="utf-8"
        )
        (shelf / "added.yaml").write_text(article_yaml("Added article"), encoding="utf-8")
        (shelf / "cjk.yaml").unlink()
        await pilot.press("r")
        await settle(pilot)
        after = {entry.title for entry in screen.entries}
        assert "New bridges" in after and "Old bridges" not in after
        assert "Added article" in after
        assert len(after) == len(before) + 1 - 1
        assert "Added article" in screen_text(app)


async def test_indexing_shows_a_progress_bar_and_the_ui_stays_responsive(
    shelf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    started = threading.Event()
    real = index_records.read_file

    def slow_read(job: tuple[str, int, int]) -> index_records.FileRecord:
        started.set()
        release.wait(60)  # a bound in case the test fails before releasing it
        return real(job)

    # Files are read in this process below the parallel threshold (the shelf is small).
    monkeypatch.setattr(index_records, "read_file", slow_read)
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        progress = app.screen.query_one(IndexProgress)
        await wait_until(pilot, lambda: started.is_set() and progress.running, step=0.05)
        assert progress.running
        assert "Indexing 0/" in screen_text(app)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        release.set()
        screen = await _library(pilot)
        await settle(pilot)
        assert not progress.running
        assert "Old bridges" in {entry.title for entry in screen.entries}


async def test_a_corrupt_index_is_rebuilt_with_a_notification(shelf: Path, tmp_path: Path) -> None:
    index_path = tmp_path / "my-index.sqlite"
    with LibraryIndex([shelf], index_path) as index:
        index.update(workers=1)
    # Pressreader's header (and its mark) kept, every page after it overwritten.
    index_path.write_bytes(index_path.read_bytes()[:100] + b"not a database at all" * 100)
    app = PressReaderApp([shelf], use_user_config=False, index_path=index_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _library(pilot)
        await settle(pilot)
        assert "Old bridges" in {entry.title for entry in screen.entries}
        messages = [n.message for n in app._notifications]
        assert any("rebuilding the search index" in m for m in messages), messages
        assert app.session.source.index.path == index_path


def test_read_passes_the_index_option_to_the_app(
    shelf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Path | None] = []

    def fake_run(self: PressReaderApp) -> None:
        seen.append(self.index_path)
        seen.append(self.session.source.index_path)

    monkeypatch.setattr(PressReaderApp, "run", fake_run)
    target = tmp_path / "given.sqlite"
    args = argparse.Namespace(paths=[str(shelf)], max_bytes=1 << 20, index=str(target))
    assert read.run(args) == 0
    assert seen == [target, target]


# --- searching -----------------------------------------------------------------------------


async def test_slash_filters_as_you_type_and_enter_searches_the_full_text(shelf: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 32)) as pilot:
        library = await _library(pilot)
        await pilot.press("slash", *"bridges")
        # As you type: the title filter.
        assert [e.title for e in library.shown] == ["Old bridges"]
        # "Nobody" is in a paragraph only: the title filter finds nothing, Enter does.
        field = library.query_one("#library-filter", Input)
        field.value = "nobody"
        await pilot.pause()
        assert library.shown == []
        await pilot.press("enter")
        await settle(pilot)
        results = app.screen
        assert isinstance(results, SearchResultsScreen)
        assert [hit.title for hit in results.hits] == ["Old bridges"]
        assert results.hits[0].paragraph == 2
        text = screen_text(app)
        assert "Nobody else spoke about bridges" in text
        assert "1 hit in 1 article" in text


async def test_hits_are_ranked_with_the_match_highlighted(shelf: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 32)) as pilot:
        results = await _search(pilot, "bridges")
        assert len(results.hits) >= 2
        scores = [hit.score for hit in results.hits]
        assert scores == sorted(scores)
        # The title hit counts more than a passing mention.
        assert results.hits[0].kind == "metadata"
        option = results.query_one(OptionList).get_option_at_index(1)
        prompt = option.prompt
        from rich.text import Text

        assert isinstance(prompt, Text)
        styled = [prompt.plain[s.start : s.end] for s in prompt.spans if "reverse" in str(s.style)]
        assert styled and all(word.lower() == "bridges" for word in styled)


async def test_an_id_that_repeats_the_title_makes_one_hit_not_two(shelf: Path) -> None:
    # No `id`: the file's name gives it, here the title itself.
    (shelf / "港口恢复通航.yaml").write_text(
        "title: 港口恢复通航\nsections:\n  - paragraphs: [船只开始移动。]\n", encoding="utf-8"
    )
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 32)) as pilot:
        results = await _search(pilot, "港口")
        assert [(hit.kind, hit.snippet) for hit in results.hits] == [("metadata", "港口恢复通航")]
        assert "1 hit in 1 article" in screen_text(app)


async def test_quotes_statistics_and_metadata_are_searched(shelf: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 32)) as pilot:
        results = await _search(pilot, 'speaker:"Ma Zhaoxu"')
        assert results.hits and all(hit.kind == "quote" for hit in results.hits)
        assert all(hit.speaker == "Ma Zhaoxu" for hit in results.hits)
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        results = await _search(pilot, "图书馆")
        assert any("图书馆" in hit.snippet for hit in results.hits)


async def test_a_bad_query_is_explained_in_the_bar_not_a_crash(shelf: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 32)) as pilot:
        results = await _search(pilot, '"unclosed phrase')
        text = screen_text(app)
        assert "Bad query" in text
        assert results.field.has_focus
        assert results.hits == []
        results.field.value = "after:2022-13-45"
        await pilot.press("enter")
        await settle(pilot)
        assert "Bad query" in screen_text(app)
        assert app.is_running


async def test_snippets_are_text_with_controls_escaped(shelf: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 32)) as pilot:
        results = await _search(pilot, "Mallory OR bold OR click")
        assert results.hits
        output = terminal_output(app)
        assert stray_controls(output) == []
        text = screen_text(app)
        assert "[" in text  # brackets shown as they are, not taken as markup
        assert app.is_running


async def test_enter_opens_the_hit_at_its_paragraph_with_the_find_bar_ready(shelf: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 32)) as pilot:
        # A word of a paragraph (a quote's words open the quote: see below).
        results = await _search(pilot, "council")
        row = next(i for i, h in enumerate(results.hits) if h.kind == "paragraph")
        hit = results.hits[row]
        assert hit.paragraph is not None
        results.query_one(OptionList).highlighted = row
        await pilot.press("enter")
        await settle(pilot)
        article = app.screen
        assert isinstance(article, ArticleScreen)
        bar = article.query_one(FindBar)
        assert bar.is_open and bar.input.value == "council"
        view = article.query_one(ArticleView)
        assert view.has_focus
        results_now = view.find_results
        assert results_now is not None and len(results_now) >= 1
        current = view.current_match
        assert current is not None
        match = results_now.match(current)
        assert (match.kind, match.section, match.paragraph) == (
            "paragraph",
            hit.section_index,
            hit.paragraph,
        )
        # The paragraph is on screen.
        assert "council" in screen_text(app)
        # `n` continues with the same search; Escape closes the bar, then goes back to the hits.
        await pilot.press("n")
        await pilot.pause()
        assert view.find_results is not None
        await pilot.press("escape")
        assert not bar.is_open
        await escape_through(pilot, SearchResultsScreen, LibraryScreen)


async def test_keys_typed_in_a_burst_after_slash_start_a_new_search(shelf: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 32)) as pilot:
        results = await _search(pilot, "bridges")
        assert results.options.has_focus
        # The old query is selected: what is typed replaces it.
        await slash_burst(pilot, results, "nobody")
        await pilot.press("enter")
        await settle(pilot)
        assert [hit.title for hit in results.hits] == ["Old bridges"]
        assert results.hits[0].paragraph == 2


def test_find_text_for_a_library_query() -> None:
    assert find_text_for("Bridges") == ("bridges", False)
    assert find_text_for('"free trade"') == ("free trade", False)
    text, regex = find_text_for("export* china -taiwan")
    assert regex and text == r"export\w*|china"
    assert find_text_for('speaker:"Ma Zhaoxu"') == ("", False)
    assert find_text_for('"broken') == ("", False)


async def test_a_cold_index_of_many_files_is_built_in_worker_processes(tmp_path: Path) -> None:
    # Enough files for the index to parse them in worker processes, started from the UI's
    # thread while Textual has replaced sys.stderr.
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(60):
        (folder / f"a{n:03}.yaml").write_text(
            article_yaml(f"Article number {n}", published=f"2023-01-{n % 28 + 1:02}"),
            encoding="utf-8",
        )
    app = PressReaderApp([folder], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _library(pilot)
        await settle(pilot)
        assert len(screen.entries) == 60
        assert app.is_running


async def test_the_palette_offers_search_and_help_lists_the_keys(shelf: Path) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 32)) as pilot:
        await _library(pilot)
        results = await from_palette(pilot, "Search the library", SearchResultsScreen)
        assert results.field.has_focus
        await pilot.press(*"nobody", "enter")
        await settle(pilot)
        assert [hit.title for hit in results.hits] == ["Old bridges"]
        assert app.session.last_query == "nobody"
        await pilot.press("f1", "i")  # i shows the binding ids
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        help_text = screen_text(app)
        assert "search.edit" in help_text and "list.back" in help_text


async def test_without_a_usable_index_the_library_still_lists_and_views_say_why(
    shelf: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    app = PressReaderApp([shelf], use_user_config=False, index_path=blocker / "index.sqlite")
    async with app.run_test(size=(110, 32)) as pilot:
        library = await _library(pilot)
        await settle(pilot)
        assert "Old bridges" in {entry.title for entry in library.entries}
        assert any("cannot be used" in n.message for n in app._notifications)
        # The run keeps its index in memory, built from the files: search still answers.
        results = await _search(pilot, "bridges")
        assert results.hits and app.is_running


async def test_hits_beyond_the_first_screen_are_all_listed_and_reachable(tmp_path: Path) -> None:
    # A screenful of hits is painted first and the rest added after: every hit still gets
    # its row, in rank order, and End/PageDown reach the last one even before the rest
    # would have been added.
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(40):
        (folder / f"a{n:03}.yaml").write_text(
            article_yaml(
                f"Article number {n}",
                published=f"2023-01-{n % 28 + 1:02}",
                paragraphs=(f"Bridges, bridges and bridges{' again' * n}.",),
                quote=None,
            ),
            encoding="utf-8",
        )
    app = PressReaderApp([folder], use_user_config=False)
    async with app.run_test(size=(100, 20)) as pilot:
        results = await _search(pilot, "bridges")
        hits = results.hits
        options = results.options
        assert len(hits) >= 40 > options.scrollable_content_region.height
        assert options.option_count == len(hits)
        titles = [
            str(options.get_option_at_index(i).prompt).split("\n")[0] for i in range(len(hits))
        ]
        assert [t.startswith(hit.title) for t, hit in zip(titles, hits, strict=True)] == [
            True
        ] * len(hits)
        await pilot.press("end")
        assert options.highlighted == len(hits) - 1
        assert f"{len(hits)} hits" in screen_text(app)
        await pilot.press("home")
        for _ in range(len(hits)):
            await pilot.press("pagedown")
        assert options.highlighted == len(hits) - 1

        # The rows not yet added come in as soon as the cursor moves.
        results.show_rows(range(len(hits)), lambda i: Text(hits[i].title), cache=False, lazy=True)
        assert options.option_count < len(hits)
        # Rows of two lines: half as many fill the list.
        height = options.scrollable_content_region.height
        results.show_rows(range(len(hits)), lambda i: hit_prompt(hits[i]), cache=False, lazy=True)
        assert options.option_count * 2 in (height, height + 1)
        results.show_rows(range(len(hits)), lambda i: Text(hits[i].title), cache=False, lazy=True)
        options.action_last()
        assert options.option_count == len(hits)
        assert options.highlighted == len(hits) - 1
        await pilot.press("home", "up")
        assert options.highlighted == len(hits) - 1


async def test_the_first_hits_are_painted_before_the_others_are_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A screenful of the best hits is shown while the rest are still being built; when
    all come, the list holds them in the same order, the cursor where it was moved."""
    from pressreader.tui.library_source import LibrarySource
    from pressreader.tui.screens import search_results

    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(40):
        (folder / f"a{n:03}.yaml").write_text(
            article_yaml(
                f"Article number {n}",
                published=f"2023-01-{n % 28 + 1:02}",
                paragraphs=(f"Bridges, bridges and bridges{' again' * n}.",),
                quote=None,
            ),
            encoding="utf-8",
        )
    complete = threading.Event()
    asked: list[int | None] = []
    search = LibrarySource.search

    def held_search(self: LibrarySource, text: str, limit: int | None = None) -> list[Any]:
        asked.append(limit)
        if limit == search_results.MAX_ROWS:
            complete.wait(WAIT_SECONDS)  # every hit: not before the test lets it
        return search(self, text, limit)

    monkeypatch.setattr(LibrarySource, "search", held_search)
    app = PressReaderApp([folder], use_user_config=False)
    try:
        async with app.run_test(size=(100, 20)) as pilot:
            await _library(pilot)
            await pilot.press("slash")
            pilot.app.screen.query_one("#library-filter", Input).value = "bridges"
            await pilot.press("enter")
            results = pilot.app.screen
            assert isinstance(results, SearchResultsScreen)
            await wait_until(pilot, lambda: results.options.option_count > 0)
            first = list(results.hits)
            assert 0 < len(first) < 40 and asked[-1] == search_results.MAX_ROWS
            assert first[0].title in screen_text(app) and "Searching" in screen_text(app)
            await pilot.press("down", "down")
            complete.set()
            await settle(pilot)
            assert len(results.hits) == 40 == results.options.option_count
            assert results.hits[: len(first)] == first
            assert results.options.highlighted == 2
            assert "40 hits" in screen_text(app)
    finally:
        complete.set()


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("(" * 340 + "bridges" + ")" * 340, "nested"),
        (" ".join(f"bridges{i}" for i in range(3_000)), "too many terms"),
    ],
    ids=["nested", "terms"],
)
async def test_a_hostile_query_pasted_in_the_library_is_refused_in_the_bar(
    shelf: Path, query: str, words: str
) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 32)) as pilot:
        results = await _search(pilot, query)
        text = screen_text(app)
        assert "Bad query" in text and words in text
        assert "^" in text
        assert results.hits == [] and app.is_running


def test_the_caret_under_a_bad_query_points_at_the_fault() -> None:
    from pressreader.index.query import QueryError, parse
    from pressreader.tui.screens.search_results import query_error_text

    with pytest.raises(QueryError) as caught:
        parse("trade a*b")
    _, shown, caret = query_error_text("trade a*b", caught.value).plain.split("\n")
    assert shown[caret.index("^")] == "*"


async def test_a_quote_hit_is_listed_once_and_opens_with_the_quote_selected(shelf: Path) -> None:
    from pressreader.format.loader import load_file
    from pressreader.tui.widgets.quotes_panel import QuotesPanel

    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(80, 24)) as pilot:
        results = await _search(pilot, '"build more"')
        # The paragraph's words are the quote's: one hit, marked as a quote.
        assert [(h.kind, h.speaker) for h in results.hits] == [("quote", "Ann Lee")]
        # Marked as a quote where 80 columns show it: before the snippet, not after the title.
        assert "[quote] Ann Lee: we will build more bridges" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        article = app.screen
        assert isinstance(article, ArticleScreen)
        assert article.article.title == "Old bridges"
        expected = load_file(shelf / "bridges.yaml").articles[0].quotes[0].anchor
        assert article.query_one(ArticleView).selected_anchor == expected
        assert article.query_one(QuotesPanel).selected_index == 0


async def test_a_figure_hit_opens_with_the_figure_selected(shelf: Path) -> None:
    from pressreader.format.loader import load_file
    from pressreader.tui.widgets.statistics_panel import StatisticsPanel

    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(120, 36)) as pilot:
        results = await _search(pilot, '"600 political parties"')
        kinds = [h.kind for h in results.hits]
        assert kinds.count("statistic") == 1 and "paragraph" not in kinds
        results.options.highlighted = kinds.index("statistic")
        await pilot.press("enter")
        await settle(pilot)
        article = app.screen
        assert isinstance(article, ArticleScreen)
        figures = load_file(shelf / "join-hands-better-future.yaml").articles[0].statistics
        index = next(i for i, s in enumerate(figures) if "600" in (s.text or ""))
        assert article.query_one(ArticleView).selected_anchor == figures[index].anchor
        assert article.query_one(StatisticsPanel).selected_index == index


@pytest.mark.parametrize("best", [None, 1])
async def test_the_hits_listed_are_the_complete_searchs_in_its_order(
    shelf: Path, best: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The screen asks for its first rows only (a limit): only the best passages are ranked
    (and, with `best`, fewer than the hits need, so the rest are ranked after them); the
    list holds the complete search's hits, in its order."""
    import sqlite3

    from pressreader.index import search as search_module
    from pressreader.index.query import parse
    from pressreader.tui.screens import search_results
    from tests.search import complete_search

    monkeypatch.setattr(search_results, "MAX_ROWS", 7)
    if best is not None:
        monkeypatch.setattr(search_module, "top_rows", lambda limit: best)
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 32)) as pilot:
        results = await _search(pilot, "the")
        index = results.session.source.index
        db = sqlite3.connect(index.path)
        try:
            expected = complete_search.execute(db, parse("the"), index._display, 7)
        finally:
            db.close()
        fields = ("path", "line", "kind", "snippet", "matches", "score")
        listed = [tuple(getattr(hit, name) for name in fields) for hit in results.hits]
        assert listed == [tuple(getattr(hit, name) for name in fields) for hit in expected]
        assert len(listed) == 7
        options = results.query_one(OptionList)
        assert options.option_count == 7
        first_lines = [str(options.get_option_at_index(i).prompt).split("\n")[0] for i in range(7)]
        assert all(
            line.startswith(hit.title[:20]) for line, hit in zip(first_lines, expected, strict=True)
        )


async def test_a_file_saved_in_the_app_is_searched_as_saved(shelf: Path) -> None:
    # The index was brought up to date only when the library screen was shown again (or `r`):
    # a search from the results screen the article was opened from missed the change.
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 32)) as pilot:
        results = await _search(pilot, "council")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        await pilot.press("escape", "number_sign")  # the find bar closed; tags and summary
        await pilot.pause()
        await pilot.press(*"walrus", "enter")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "walrus" in (shelf / "bridges.yaml").read_text(encoding="utf-8")
        await pilot.press("q")
        await pilot.pause()
        assert app.screen is results
        await slash_burst(pilot, results, "tag:walrus")
        await pilot.press("enter")
        await settle(pilot)
        assert [hit.title for hit in results.hits] == ["Old bridges"]


def test_a_search_right_after_a_change_sees_it_without_waiting_for_the_worker(
    shelf: Path, isolated_xdg: Path
) -> None:
    from pressreader.tui.library_source import LibrarySource

    source = LibrarySource([shelf])
    source.load()
    assert source.search("tag:walrus") == []
    path = shelf / "bridges.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("title:", "tags: [walrus]\ntitle:", 1),
        encoding="utf-8",
    )
    source.files_changed()
    source.ensure_index()  # what each view's worker calls before it reads the index
    assert [hit.title for hit in source.search("tag:walrus")] == ["Old bridges"]
    source.close()
