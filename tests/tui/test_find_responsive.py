"""A regular expression in the find bar never freezes the reader.

Patterns that backtrack wildly (nested and alternating repetitions) are generated from a
fixed seed; after each, Escape and `q` still act. Waits are bounded generously (a failure,
not a measure); a process-wide watchdog ends the run if the reader stops answering for good
(the event loop of a frozen reader cannot time anything out itself).
"""

from __future__ import annotations

import faulthandler
import random
from collections.abc import Callable, Iterator

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from pressreader.article import find
from pressreader.index.query import MAX_QUERY_LENGTH, MAX_TERMS
from pressreader.tui.app import PressReaderApp
from pressreader.tui.screens.article import ArticleScreen
from pressreader.tui.targets import find_text_for
from pressreader.tui.widgets.find_bar import FindBar

from .conftest import SAMPLE
from .helpers import screen_text

SAMPLE_FILE = SAMPLE / "join-hands-better-future.yaml"
WAIT = 30.0  # seconds a wait may last before it is a failure
WATCHDOG = 300  # seconds before a frozen run is ended with every thread's traceback

_ATOMS = [".", r"\w", r"\S", "[a-z ]", "[^Q]", r"\s?.", "(?:.)", "[\\w\\s]"]
_SHAPES = [
    "({a}|{b})*{tail}",
    "(?:{a}|{b})+{tail}",
    "({a}|{b}|{a}{b})*{tail}",
    "(?:(?:{a}|{b})*)*{tail}",
    "(({a})*)*{tail}",
    "({a}|{b}){{1,}}{tail}",
]
_TAILS = ["Q", "q", "[Qq]", r"\d{9}", "zzz", "!$"]


def hostile_patterns(count: int = 12, seed: int = 9) -> list[str]:
    """Nested and alternating repetitions, the same list on every run."""
    rng = random.Random(seed)
    patterns = ["(.|.)*Q", "(.|.)*q"]
    while len(patterns) < count:
        a, b = rng.choice(_ATOMS), rng.choice(_ATOMS)
        patterns.append(rng.choice(_SHAPES).format(a=a, b=b, tail=rng.choice(_TAILS)))
    return patterns


@pytest.fixture(autouse=True)
def _watchdog() -> Iterator[None]:
    faulthandler.dump_traceback_later(WATCHDOG, exit=True)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()


@pytest.fixture(autouse=True)
def _short_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    # Keeps the run short; the reader answers keys whatever the budget.
    monkeypatch.setattr(find, "REGEX_BUDGET", 0.05)


async def _until(pilot: Pilot[int], check: Callable[[], bool], what: str) -> None:
    for _ in range(int(WAIT / 0.05)):
        if check():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"gave up waiting for {what}")


async def _article(pilot: Pilot[int]) -> ArticleScreen:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await _until(pilot, lambda: isinstance(pilot.app.screen, ArticleScreen), "the article")
    screen = pilot.app.screen
    assert isinstance(screen, ArticleScreen)
    return screen


def test_the_generated_patterns_are_hostile_shapes() -> None:
    patterns = hostile_patterns()
    assert patterns == hostile_patterns()  # fixed seed
    assert len(set(patterns)) == len(patterns) == 12
    assert all(("|" in p or ")*" in p) and ("*" in p or "+" in p or "{1," in p) for p in patterns)


async def test_escape_and_q_act_after_hostile_patterns() -> None:
    app = PressReaderApp([SAMPLE_FILE], use_user_config=False, open_direct=True)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _article(pilot)
        await pilot.press("slash", "ctrl+r")
        bar = screen.query_one(FindBar)
        assert bar.regex
        field = bar.query_one(Input)
        for pattern in hostile_patterns():
            if not bar.is_open:
                await pilot.press("slash")  # the regex toggle stays on
            # All but the last character arrive at once (as a paste would); the last is a
            # key, so the whole hostile pattern is searched while Escape follows.
            field.value = pattern[:-1]
            field.cursor_position = len(field.value)
            await pilot.press(pattern[-1])
            assert field.value == pattern
            await pilot.press("escape")
            await _until(pilot, lambda: not bar.is_open, f"Escape to close the bar ({pattern})")
            assert screen.view.has_focus
        await pilot.press("slash", *hostile_patterns()[0], "enter", "q")
        await _until(pilot, lambda: not app.is_running, "q to quit")


async def test_a_pattern_out_of_budget_is_reported_in_the_bar() -> None:
    app = PressReaderApp([SAMPLE_FILE], use_user_config=False, open_direct=True)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _article(pilot)
        await pilot.press("slash", "ctrl+r", *"(.|.)*q")
        await _until(pilot, lambda: "pattern too slow" in screen_text(app), "the report")
        assert screen.query_one("#find-status").has_class("-error")
        # The next keys search again (smart case: lower case matches any case).
        await pilot.press(*["backspace"] * len("(.|.)*q"), *r"chin\w+\s+\w+")
        await _until(
            pilot,
            lambda: (
                screen.view.find_results is not None
                and screen.view.find_results.query.text == r"chin\w+\s+\w+"
            ),
            "the new search",
        )
        results = screen.view.find_results
        assert results is not None and results.error is None and len(results) >= 1


async def test_a_newer_query_cancels_the_running_search() -> None:
    app = PressReaderApp([SAMPLE_FILE], use_user_config=False, open_direct=True)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _article(pilot)
        await pilot.press("slash", "ctrl+r", *"(.|.)*q", *["backspace"] * 7, *"Chin[a]")
        await app.workers.wait_for_complete()
        await pilot.pause()
        results = screen.view.find_results
        assert results is not None and results.query.text == "Chin[a]"
        assert results.error is None and len(results) >= 1
        assert "pattern too slow" not in screen_text(app)


def test_a_library_query_at_its_bounds_opens_a_usable_find_bar() -> None:
    # A hit opened from the library puts the query's terms in the find bar as one pattern.
    words = [f"w{i}" + "x" * 30 + "*" for i in range(MAX_TERMS)]
    query = " ".join(words)
    while len(query) > MAX_QUERY_LENGTH:
        words.pop()
        query = " ".join(words)
    text, regex = find_text_for(query)
    assert regex and len(text) > 1_000
    assert not isinstance(find.FindQuery(text, regex=True).compile(), str)
