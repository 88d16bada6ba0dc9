"""What a navigation key costs on the article screen."""

from __future__ import annotations

from textual.pilot import Pilot

from pressreader.tui.app import PressReaderApp
from pressreader.tui.screens.article import ArticleScreen
from pressreader.tui.widgets.toc import SectionCrumb

from .conftest import SAMPLE

SAMPLE_FILE = SAMPLE / "join-hands-better-future.yaml"
QUIET = 0.1


async def _article(pilot: Pilot[int]) -> ArticleScreen:
    app = pilot.app
    await app.workers.wait_for_complete()
    await pilot.pause(QUIET)
    screen = app.screen
    assert isinstance(screen, ArticleScreen), type(screen)
    return screen


async def test_the_section_line_asks_for_its_keys_once() -> None:
    """The line over the text names the keys to the quotes and the sections as remapped;
    it works them out when first drawn, not again each time a key moves it to another
    section."""
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
