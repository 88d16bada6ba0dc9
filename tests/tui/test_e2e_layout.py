"""End to end, in tmux at 80×24: what a new user sees of the article's quotes and figures
before pressing a key, how few keys copy a quote, and the panels' borders in 16 colours."""

from __future__ import annotations

import re

import pytest

from .conftest import SAMPLE
from .test_e2e_tmux import Tmux, _executable, tmux  # noqa: F401 (the fixture)

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

SAMPLE_FILE = SAMPLE / "join-hands-better-future.yaml"
SGR = re.compile(r"\x1b\[([0-9;]*)m")
BORDERS = "▔▁▊▎"


def test_the_first_screen_shows_the_quotes_and_figures_and_two_keys_copy_one(
    tmux: Tmux,  # noqa: F811
) -> None:
    tmux.start([_executable(), str(SAMPLE_FILE)])
    # No key pressed: the quotes and the statistics, with their counts, under the text.
    screen = tmux.wait_for(
        lambda s: "Quotes (17)" in s and "Statistics (11)" in s and "s Sidebar" in s,
        "the quotes and statistics on the first screen",
    )
    assert "Join hands to create a better future" in screen
    assert "Ma Zhaoxu" in screen  # the first speaker's quotes, not only a heading
    assert tmux.run("list-buffers").strip() == ""
    # Two keys: Tab to the quotes, y to copy the one under the cursor with its citation.
    tmux.keys("Tab", "y")
    tmux.wait_for(lambda s: tmux.run("list-buffers").strip() != "", "the clipboard")
    copied = tmux.run("show-buffer")
    assert "China always adheres to the foreign policy purpose" in copied
    assert "Ma Zhaoxu" in copied and "Workers' Daily" in copied


def _border_colours(styled: str) -> set[tuple[int | None, int | None]]:
    """The (foreground, background) SGR colour codes the border characters are drawn in."""
    found: set[tuple[int | None, int | None]] = set()
    fg: int | None = None
    bg: int | None = None
    position = 0
    for match in [*SGR.finditer(styled), None]:
        end = match.start() if match is not None else len(styled)
        if any(char in BORDERS for char in styled[position:end]):
            found.add((fg, bg))
        if match is None:
            break
        position = match.end()
        for code in [int(c) for c in match.group(1).split(";") if c] or [0]:
            if code == 0:
                fg = bg = None
            elif 30 <= code <= 37 or 90 <= code <= 97 or code == 39:
                fg = None if code == 39 else code
            elif 40 <= code <= 47 or 100 <= code <= 107 or code == 49:
                bg = None if code == 49 else code
    return found


def test_panel_borders_show_in_16_colours(tmux: Tmux) -> None:  # noqa: F811
    tmux.start(["env", "-u", "COLORTERM", "TERM=xterm", _executable(), str(SAMPLE_FILE)])
    tmux.wait_text("Statistics (11)")
    tmux.wait_text("s Sidebar")
    colours = _border_colours(tmux.run("capture-pane", "-p", "-e"))
    assert colours
    # Black on black (or on the default background) is a border nobody sees.
    invisible = {(30, 40), (30, None)} & colours
    assert not invisible, colours
    # Only 16-colour codes: no 256-colour or RGB sequences.
    assert "38;5;" not in tmux.run("capture-pane", "-p", "-e")
