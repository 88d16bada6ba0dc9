"""What a navigation key costs on the article screen: the frames it draws, and that each one
is whole (the text and the section marker that goes with it arrive together)."""

from __future__ import annotations

from textual.pilot import Pilot

from pressreader.tui.app import PressReaderApp
from pressreader.tui.screens.article import ArticleScreen
from pressreader.tui.widgets.toc import SectionCrumb, TocPanel

from .conftest import SAMPLE
from .helpers import Frames

SAMPLE_FILE = SAMPLE / "join-hands-better-future.yaml"
# Longer than Textual waits between two frames (1/60 s, at most twice that): a frame a key
# causes has gone out by then.
QUIET = 0.1


async def _article(pilot: Pilot[int]) -> ArticleScreen:
    app = pilot.app
    await app.workers.wait_for_complete()
    await pilot.pause(QUIET)
    screen = app.screen
    assert isinstance(screen, ArticleScreen), type(screen)
    return screen


def _heading_words(screen: ArticleScreen, index: int) -> str:
    heading = screen.article.sections[index].heading
    assert heading
    return " ".join(heading.split()[:3])


async def test_a_section_key_draws_the_text_and_the_crumb_in_one_frame() -> None:
    """`]` moves the text to the next section and the line over it to `§ 2/4`: both in the
    key's one frame (the line used to follow a frame later, 16-33 ms on, in a frame of its
    own, which a key typed meanwhile waited for)."""
    app = PressReaderApp([SAMPLE_FILE], use_user_config=False, open_direct=True)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _article(pilot)
        frames = Frames(app)
        count = len(screen.article.sections)
        for key, section in (
            ("right_square_bracket", 1),
            ("right_square_bracket", 2),
            ("left_square_bracket", 1),
            ("G", count - 1),
            ("g", 0),
        ):
            await frames.settle(pilot, QUIET)
            await pilot.press(key)
            await pilot.pause(QUIET)
            assert len(frames.shots) == 1, (key, [shot[0] for shot in frames.shots])
            crumb = frames.shots[0][0]
            assert f"§ {section + 1}/{count}" in crumb, (key, crumb)
            assert screen.query_one(SectionCrumb).current == section
            if "square" in key:  # the section's heading is at the top of the text
                assert _heading_words(screen, section) in "\n".join(frames.shots[0][1:4])


async def test_the_contents_marker_moves_in_the_keys_own_frame() -> None:
    """From 140 columns the sections are a column: its `▶` moves in the frame that shows the
    text the key moved to, for the section keys and the page keys alike."""
    app = PressReaderApp([SAMPLE_FILE], use_user_config=False, open_direct=True)
    async with app.run_test(size=(150, 40)) as pilot:
        screen = await _article(pilot)
        toc = screen.query_one(TocPanel)
        frames = Frames(app)
        view = screen.view
        moved = 0
        for key in ["right_square_bracket"] * 3 + ["pageup", "pageup", "g"]:
            before = view.current_section
            await frames.settle(pilot, QUIET)
            await pilot.press(key)
            await pilot.pause(QUIET)
            if view.current_section == before:
                continue
            moved += 1
            assert len(frames.shots) == 1, (key, len(frames.shots))
            marked = [line for line in frames.shots[0] if "▶" in line]
            assert len(marked) == 1 and f"▶ {view.current_section + 1} " in marked[0], marked
            assert toc.current == view.current_section
        assert moved >= 4


async def test_the_section_line_asks_for_its_keys_once() -> None:
    """The line over the text names the keys to the quotes and the sections as remapped;
    it works them out when first drawn, not again in each section key's frame."""
    app = PressReaderApp([SAMPLE_FILE], use_user_config=False, open_direct=True)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _article(pilot)
        crumb = screen.query_one(SectionCrumb)
        hint = crumb.hint
        assert hint is not None
        asked: list[str] = []

        def counted() -> str:
            asked.append(text := hint())
            return text

        crumb.hint = counted
        for key in ("right_square_bracket", "right_square_bracket", "left_square_bracket"):
            await pilot.press(key)
            await pilot.pause()
        assert crumb.current == 1
        assert asked == []
        assert "Tab: quotes · t: sections" in screen.query_one(SectionCrumb).render().plain
