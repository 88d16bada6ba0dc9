"""Reading state in the UI: positions restored and saved, bookmarks, recent articles, store
warnings, and articles whose file changes while they are open."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from pressreader.paths import data_dir
from pressreader.store.reading import Position, StateKey, StateStore
from pressreader.tui.app import PressReaderApp
from pressreader.tui.screens.article import ArticleScreen
from pressreader.tui.screens.bookmarks import BookmarkNoteScreen, BookmarksScreen, RecentScreen
from pressreader.tui.screens.library import LibraryScreen
from pressreader.tui.screens.reading_keeper import ReadingKeeper, view_position
from pressreader.tui.widgets.article_view import ArticleView

from .conftest import READER_DATA, SAMPLE, article_yaml
from .helpers import screen_text, wait_until
from .views_helpers import open_view, slash_burst


@pytest.fixture
def shelf(tmp_path: Path) -> Path:
    folder = tmp_path / "shelf"
    folder.mkdir()
    shutil.copy(SAMPLE / "join-hands-better-future.yaml", folder)
    shutil.copy(READER_DATA / "many-sections.yaml", folder)
    return folder


def _store() -> StateStore:
    return StateStore(data_dir() / "state.sqlite")


async def _article(pilot: Pilot[int]) -> tuple[ArticleScreen, ReadingKeeper]:
    app = pilot.app
    for _ in range(50):
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        if isinstance(screen, ArticleScreen):
            keepers = screen.query(ReadingKeeper)
            if keepers and keepers.first().ready:
                return screen, keepers.first()
    raise AssertionError(f"no article screen ready: {app.screen!r}")


def _direct(path: Path) -> PressReaderApp:
    return PressReaderApp([path], use_user_config=False, open_direct=True)


async def test_the_position_is_saved_on_leaving_and_restored_at_another_size(
    shelf: Path,
) -> None:
    path = shelf / "join-hands-better-future.yaml"
    app = _direct(path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen, keeper = await _article(pilot)
        view = screen.query_one(ArticleView)
        view.goto_section(2)
        await pilot.press("j", "j", "j")
        await pilot.pause()
        where = view_position(view, screen.article)
        assert where is not None and where.section_id == screen.article.sections[2].id
        key = keeper.key
        assert key == StateKey.for_article(screen.article)
        await pilot.press("ctrl+q")  # quitting saves too
    with _store() as store:
        assert store.position(key) == where

    app = _direct(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, _keeper = await _article(pilot)
        view = screen.query_one(ArticleView)
        again = view_position(view, screen.article)
        assert again is not None
        # Same paragraph at the top; the line starts at or before the saved character.
        assert (again.section_id, again.paragraph) == (where.section_id, where.paragraph)
        assert again.offset is not None and where.offset is not None
        assert again.offset <= where.offset


async def test_the_position_is_saved_once_it_settles(shelf: Path) -> None:
    path = shelf / "many-sections.yaml"
    app = _direct(path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, keeper = await _article(pilot)
        assert keeper.key is not None
        screen.query_one(ArticleView).goto_section(4)
        # The keeper looks every half second; it saves once the place stays put for a look.
        keeper._tick()
        with _store() as store:
            assert store.position(keeper.key) is None  # still moving
        keeper._tick()
        with _store() as store:
            saved = store.position(keeper.key)
        assert saved is not None and saved.section_id == screen.article.sections[4].id


async def test_going_back_to_the_top_forgets_the_position(shelf: Path) -> None:
    path = shelf / "many-sections.yaml"
    app = _direct(path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, keeper = await _article(pilot)
        screen.query_one(ArticleView).goto_section(3)
        keeper.save()
        assert keeper.key is not None
        with _store() as store:
            assert store.position(keeper.key) is not None
        await pilot.press("g")
        keeper.save()
        with _store() as store:
            assert store.position(keeper.key) is None


async def test_reopening_from_the_library_keeps_the_place_and_records_recent(
    shelf: Path,
) -> None:
    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(110, 32)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        library = app.screen
        assert isinstance(library, LibraryScreen)
        titles = [e.title for e in library.shown]
        await pilot.press("enter")
        first, _ = await _article(pilot)
        first.query_one(ArticleView).goto_section(3)
        place = view_position(first.query_one(ArticleView), first.article)
        await pilot.press("q")
        await pilot.pause()
        await pilot.press("j", "enter")
        second, _ = await _article(pilot)
        assert second.article.title == titles[1]
        await pilot.press("q")
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        recent = app.screen
        assert isinstance(recent, RecentScreen)
        assert [r.title for r in recent.shown] == [titles[1], titles[0]]
        assert titles[0] in screen_text(app)
        await pilot.press("j", "enter")
        again, _ = await _article(pilot)
        assert again.article.title == titles[0]
        assert view_position(again.query_one(ArticleView), again.article) == place
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_m_sets_a_bookmark_with_a_note_and_quote_mark_lists_them(shelf: Path) -> None:
    path = shelf / "many-sections.yaml"
    app = _direct(path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, keeper = await _article(pilot)
        view = screen.query_one(ArticleView)
        view.goto_section(5)
        marked = keeper.bookmark_here()
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, BookmarkNoteScreen)
        await pilot.press(*"[b]look[/b] here", "enter")
        await pilot.pause()
        assert app.screen is screen
        # Escape in the note dialog sets nothing.
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert keeper.key is not None
        with _store() as store:
            kept = store.bookmarks(keeper.key)
        assert [(b.position, b.note) for b in kept] == [(marked, "[b]look[/b] here")]
        assert kept[0].title == screen.article.title

        await pilot.press("g", "apostrophe")
        await pilot.pause()
        listing = app.screen
        assert isinstance(listing, BookmarksScreen)
        text = screen_text(app)
        assert "[b]look[/b] here" in text  # the note is text, not markup
        assert "1 in this article" in text
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert view_position(view, screen.article) == marked

        # Edit the note, then delete the bookmark.
        await pilot.press("apostrophe")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, BookmarkNoteScreen)
        app.screen.query_one(Input).value = "new note"
        await pilot.press("enter")
        await pilot.pause()
        with _store() as store:
            assert [b.note for b in store.bookmarks(keeper.key)] == ["new note"]
        await pilot.press("d")
        await pilot.pause()
        with _store() as store:
            assert store.bookmarks(keeper.key) == []
        assert "No bookmarks yet" in screen_text(app)


async def test_a_bookmark_of_another_article_opens_it_there(shelf: Path) -> None:
    other = shelf / "many-sections.yaml"
    app = _direct(other)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, keeper = await _article(pilot)
        key = keeper.key
        assert key is not None
    section = screen.article.sections[6]
    with _store() as store:
        from pressreader.store.reading import Bookmark

        store.add_bookmark(key, Bookmark(section.id, 1, "later", title=screen.article.title))

    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("apostrophe")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)
        assert "later" in screen_text(app)
        await pilot.press("enter")
        opened, _ = await _article(pilot)
        assert opened.article.title == screen.article.title
        place = view_position(opened.query_one(ArticleView), opened.article)
        assert place is not None and (place.section_id, place.paragraph) == (section.id, 1)


async def test_keys_typed_in_a_burst_after_slash_reach_the_filter(shelf: Path) -> None:
    app = _direct(shelf / "many-sections.yaml")
    async with app.run_test(size=(100, 30)) as pilot:
        screen, keeper = await _article(pilot)
        key = keeper.key
        assert key is not None
    with _store() as store:
        from pressreader.store.reading import Bookmark

        for paragraph, note in enumerate(("see the harbour", "later")):
            store.add_bookmark(key, Bookmark(screen.article.sections[2].id, paragraph, note))

    app = PressReaderApp([shelf], use_user_config=False)
    async with app.run_test(size=(100, 30)) as pilot:
        listing = await open_view(pilot, "apostrophe", BookmarksScreen)
        assert len(listing.shown) == 2
        await slash_burst(pilot, listing, "harb")
        await pilot.pause()
        assert [b.note for b in listing.shown] == ["see the harbour"]
        await pilot.press("escape", "escape")
        recent = await open_view(pilot, "h", RecentScreen)
        assert [r.title for r in recent.shown] == [screen.article.title]
        await slash_burst(pilot, recent, "zzz")
        await pilot.pause()
        assert recent.shown == []


async def test_a_corrupt_state_file_is_moved_aside_with_a_notice(shelf: Path) -> None:
    state = data_dir() / "state.sqlite"
    state.parent.mkdir(parents=True, exist_ok=True)
    state.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    app = _direct(shelf / "many-sections.yaml")
    async with app.run_test(size=(100, 30)) as pilot:
        await _article(pilot)
        await pilot.pause()
        # The title leads the message, on the footer's line.
        notices = [n for n in app._notifications if n.message.startswith("Reading state: ")]
        assert notices, [n.message for n in app._notifications]
        assert app.is_running
    assert list(state.parent.glob("state.sqlite.corrupt-*"))


async def test_a_changed_file_reloads_in_place_and_a_broken_one_keeps_the_last_good(
    tmp_path: Path,
) -> None:
    path = tmp_path / "live.yaml"
    paragraphs = tuple(f"Paragraph {n} says something about bridges." * 4 for n in range(30))
    path.write_text(
        article_yaml("Live article", paragraphs=paragraphs, quote=None), encoding="utf-8"
    )
    app = _direct(path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, keeper = await _article(pilot)
        view = screen.query_one(ArticleView)
        view.scroll_to(y=30, animate=False, immediate=True, force=True)
        before = view_position(view, screen.article)
        assert before is not None and before.paragraph > 1

        changed = tuple(p.replace("bridges", "tunnels") for p in paragraphs)
        path.write_text(
            article_yaml("Live article, updated", paragraphs=changed, quote=None), "utf-8"
        )
        keeper.check_file()
        await app.workers.wait_for_complete()
        # The reload's result comes back to the screen from its thread: on a loaded machine
        # that can take more than one pause.
        await wait_until(
            pilot, lambda: "tunnels" in screen_text(app) and view.article is screen.article
        )
        assert screen.article.title == "Live article, updated"
        assert view.article is screen.article
        after = view_position(view, screen.article)
        assert after is not None and (after.section_id, after.paragraph) == (
            before.section_id,
            before.paragraph,
        )
        assert "tunnels" in screen_text(app)

        path.write_text("title: [unclosed\n\x1b]0;pwned\x07\n", encoding="utf-8")
        keeper.check_file()
        await app.workers.wait_for_complete()
        await wait_until(pilot, lambda: any(n.severity == "error" for n in app._notifications))
        assert screen.article.title == "Live article, updated"
        errors = [n for n in app._notifications if n.severity == "error"]
        assert errors and "problems" in errors[-1].message
        assert "live.yaml" in errors[-1].message
        assert "\x1b" not in errors[-1].message and "\x07" not in errors[-1].message
        assert "tunnels" in screen_text(app)
        assert view_position(view, screen.article) == after


async def test_saved_positions_outside_the_article_fall_back_safely(tmp_path: Path) -> None:
    path = tmp_path / "short.yaml"
    path.write_text(article_yaml("Short one"), encoding="utf-8")
    key = StateKey.of(path.stem, path)
    app = _direct(path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, keeper = await _article(pilot)
        key = keeper.key or key
    with _store() as store:
        store.save_position(key, Position("no-such-section", 40, 3))
    app = _direct(path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, _ = await _article(pilot)
        assert screen.article.title == "Short one"
        assert app.is_running


async def test_a_place_saved_is_restored_once_a_too_small_terminal_grows(shelf: Path) -> None:
    path = shelf / "many-sections.yaml"
    app = _direct(path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, keeper = await _article(pilot)
        view = screen.query_one(ArticleView)
        view.goto_section(6)
        keeper.save()
        where = view_position(view, screen.article)
        assert where is not None

    app = _direct(path)
    async with app.run_test(size=(20, 6)) as pilot:
        for _ in range(10):
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert "Terminal too small" in screen_text(app)
        await pilot.resize_terminal(100, 30)
        screen, keeper = await _article(pilot)
        for _ in range(5):
            keeper._tick()
            await pilot.pause()
        assert keeper.ready
        view = screen.query_one(ArticleView)
        assert view_position(view, screen.article) == where


async def test_the_note_dialog_is_styled_when_it_is_the_first_dialog_opened(
    shelf: Path,
) -> None:
    app = _direct(shelf / "many-sections.yaml")
    async with app.run_test(size=(100, 30)) as pilot:
        await _article(pilot)
        await pilot.press("m")
        await pilot.pause()
        dialog = app.screen.query_one("#bookmark-dialog")
        assert dialog.region.width == 70
        assert dialog.region.x == (100 - 70) // 2


async def test_the_library_lists_an_article_reloaded_from_its_changed_file(
    tmp_path: Path,
) -> None:
    from pressreader.tui.screens.library import LibraryScreen

    path = tmp_path / "live.yaml"
    path.write_text(article_yaml("First title"), encoding="utf-8")
    for app in (_direct(path), PressReaderApp([tmp_path], use_user_config=False)):
        async with app.run_test(size=(100, 30)) as pilot:
            if not app.open_direct and isinstance(app.screen, LibraryScreen):
                await app.workers.wait_for_complete()
                await pilot.pause()
                await pilot.press("enter")
            screen, keeper = await _article(pilot)
            path.write_text(article_yaml("Second title"), encoding="utf-8")
            keeper.check_file()
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert screen.article.title == "Second title"
            await pilot.press("escape")
            for _ in range(20):
                await app.workers.wait_for_complete()
                await pilot.pause()
            assert isinstance(app.screen, LibraryScreen)
            titles = [entry.title for entry in app.screen.entries]
            assert titles == ["Second title"], titles
        path.write_text(article_yaml("First title"), encoding="utf-8")
