"""The private Textual and Rich names behind pressreader.tui.compat, checked one by one.

A failure here means a new Textual or Rich renamed or changed a private name the reader
relies on: the message says which, and which function of compat.py to adapt.
"""

from __future__ import annotations

import importlib
import inspect

import pytest
from textual._compositor import Compositor
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, OptionList, Static

from pressreader.tui import compat
from pressreader.tui.screens.article import breakpoint_class
from pressreader.tui.widgets.fitted import FittedStatic
from tests.tui.helpers import wait_until


def private(module: str, name: str, used_by: str) -> object:
    """`module.name`, or a failure that says what changed and what to adapt."""
    try:
        found = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as error:
        pytest.fail(
            f"{module}.{name} is gone from this Textual/Rich version ({error}): "
            f"adapt pressreader.tui.compat.{used_by}"
        )
    return found


def private_attribute(owner: object, name: str, used_by: str) -> object:
    if not hasattr(owner, name):
        pytest.fail(
            f"{type(owner).__name__}.{name} is gone from this Textual version: "
            f"adapt pressreader.tui.compat.{used_by}"
        )
    return getattr(owner, name)


def test_divide_line_breaks_where_rich_does() -> None:
    function = private("rich._wrap", "divide_line", "divide_line")
    assert "fold" in inspect.signature(function).parameters, "rich divide_line lost `fold`"  # type: ignore[arg-type]
    assert compat.divide_line("one two three", 8) == [8]
    # A word longer than the line is folded.
    assert compat.divide_line("abcdefghij", 4) == [4, 8]


class FooterApp(App[None]):
    BINDINGS = [Binding("x", "nothing", "Nothing", id="test.nothing")]  # noqa: RUF012

    def compose(self) -> ComposeResult:
        yield Footer()
        yield OptionList("short", "two\nlines", id="plain")
        yield compat.GutteredOptionList("abcdefgh", id="guttered")


def _bound(key: Widget) -> bool:
    """Whether a key of the footer has taken the footer's `compact` (it is bound on mount)."""
    footer = key.parent
    compact = key.has_class("-command-palette") or getattr(footer, "compact", None)
    return getattr(key, "compact", None) is compact


async def test_footer_key_is_the_key_widget_textual_footer_draws() -> None:
    footer_key = private("textual.widgets._footer", "FooterKey", "footer_key")
    app = FooterApp()
    async with app.run_test(size=(40, 10)) as pilot:
        footer = app.query_one(Footer)
        private_attribute(footer, "_bindings_ready", "footer_bindings_ready")
        # The footer draws its keys after the refresh that follows its bindings being ready.
        await wait_until(pilot, lambda: compat.footer_bindings_ready(footer))
        await wait_until(
            pilot, lambda: bool(footer.children) and all(_bound(k) for k in footer.children)
        )
        assert compat.footer_bindings_ready(footer)
        keys = list(footer.query(footer_key))  # type: ignore[arg-type]
        assert keys, "Textual's footer no longer draws FooterKey widgets: adapt footer_key"
        made = compat.footer_key("x", "x", "Nothing", "nothing", tooltip="Nothing")
        assert type(made) is type(keys[0])
        # footer_key makes a key in the state Textual's footer leaves its keys in: bound to the
        # footer's `compact`, the palette's key compact, each with the class that says so.
        for key in keys:
            compact = key.has_class("-command-palette") or footer.compact
            assert key.compact is compact  # type: ignore[attr-defined]
            assert key.has_class("-compact") is compact
        for compact in (False, True):
            made = compat.footer_key("x", "x", "Nothing", "nothing", compact=compact)
            assert made.compact is compact  # type: ignore[attr-defined]
            assert made.has_class("-compact") is compact


async def test_node_bindings_and_app_keymap() -> None:
    app = FooterApp()
    async with app.run_test(size=(40, 10)):
        private_attribute(app, "_bindings", "node_bindings")
        assert "x" in compat.node_bindings(app).key_to_bindings
        private_attribute(app, "_keymap", "app_keymap")
        assert dict(compat.app_keymap(app)) == {}
        app.set_keymap({"test.nothing": "y"})
        assert dict(compat.app_keymap(app)) == {"test.nothing": "y"}


async def test_update_scrollbars_takes_the_virtual_size() -> None:
    method = private_attribute(Widget, "_scroll_update", "update_scrollbars")
    assert list(inspect.signature(method).parameters) == ["self", "virtual_size"]  # type: ignore[arg-type]
    app = FooterApp()
    async with app.run_test(size=(40, 10)):
        options = app.query_one("#plain", OptionList)
        compat.update_scrollbars(options, options.virtual_size)


async def test_option_line_and_the_gutter_of_an_option_list() -> None:
    private_attribute(OptionList, "_get_left_gutter_width", "GutteredOptionList")
    app = FooterApp()
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        plain = app.query_one("#plain", OptionList)
        private_attribute(plain, "_lines", "option_line")
        assert [compat.option_line(plain, y) for y in range(4)] == [(0, 0), (1, 0), (1, 1), None]
        # An option exactly as wide as the plain list's content: one line there, two in a
        # list of the same width whose options are two cells narrower.
        guttered = app.query_one("#guttered", compat.GutteredOptionList)
        guttered.gutter_width = 2
        for options in (plain, guttered):
            options.styles.width = 20
        await pilot.pause()
        text = "x" * plain.scrollable_content_region.width
        for options in (plain, guttered):
            options.clear_options()
            options.add_option(text)
        await pilot.pause()
        assert compat.option_line(plain, 1) is None
        assert compat.option_line(guttered, 1) == (0, 1), "the gutter no longer narrows options"


def test_breakpoint_class_picks_as_textual_does() -> None:
    method = private_attribute(Screen, "_get_breakpoint_classes", "(breakpoint_class's test)")
    breakpoints = [(0, "-tiny"), (40, "-slim"), (70, "-narrow"), (100, "-wide")]
    for size in (0, 1, 39, 40, 69, 70, 99, 100, 500):
        expected = method(Screen(), size, breakpoints)  # type: ignore[operator]
        assert {breakpoint_class(size, breakpoints)} == expected, size
    assert breakpoint_class(5, [(10, "-big")]) is None


def test_scroll_view_to_can_keep_the_anchor() -> None:
    method = private_attribute(Widget, "_scroll_to", "scroll_view_to")
    assert "release_anchor" in inspect.signature(method).parameters  # type: ignore[arg-type]


def test_pilot_waits_for_idle_in_the_steps_the_suite_sets() -> None:
    # tests/conftest.py shortens the steps of Pilot's idle waits; were they renamed, the suite
    # would still pass, only slower, so this test says so.
    from tests.conftest import IDLE_STEP

    wait = importlib.import_module("textual._wait")
    message = "textual._wait changed: adapt _shorter_idle_steps in tests/conftest.py"
    assert getattr(wait, "SLEEP_GRANULARITY", None) == IDLE_STEP, message
    assert getattr(wait, "SLEEP_IDLE", None) == IDLE_STEP / 20, message
    source = inspect.getsource(wait.wait_for_idle)
    assert "sleep(SLEEP_GRANULARITY)" in source and "< SLEEP_IDLE" in source, message


class OverlayApp(App[None]):
    """A row of narrow widgets (an edge every 3 cells) under an overlay of CJK text."""

    CSS = """
    #row { height: 1; }
    #row Static { width: 3; }
    #over { position: absolute; offset: 0 0; width: 100%; height: 1; }
    """

    def compose(self) -> ComposeResult:
        with Horizontal(id="row"):
            for _ in range(10):
                yield Static("ab")
        yield Static("一二三四五六七八九十", id="over")


def compositor_of(app: App[None]) -> Compositor:
    return private_attribute(app.screen, "_compositor", "keep_wide_characters_whole")  # type: ignore[return-value]


def first_line(compositor: Compositor, *, textual_cuts: bool) -> str:
    """The screen's first line as drawn with Textual's own cuts or with compat's."""
    private_attribute(compositor, "_cuts", "keep_wide_characters_whole")
    compositor._cuts = None
    if textual_cuts:
        compat.TEXTUAL_CUTS.fget(compositor)  # fills the cache the render then reads
    return compositor.render_strips()[0].text


async def test_wide_characters_stay_whole_under_an_overlay() -> None:
    compat.keep_wide_characters_whole()
    app = OverlayApp()
    async with app.run_test(size=(40, 5)) as pilot:
        await pilot.pause()
        compositor = compositor_of(app)
        assert first_line(compositor, textual_cuts=False).startswith("一二三四五六七八九十")
        # Textual's own cuts still lose the characters astride the row's edges; when a new
        # version keeps them whole (textual#6357), keep_wide_characters_whole can go.
        message = "Textual keeps wide characters whole now: drop compat.keep_wide_characters_whole"
        assert "二" not in first_line(compositor, textual_cuts=True), message


async def test_compat_cuts_are_textuals_where_nothing_overlaps() -> None:
    compat.keep_wide_characters_whole()
    app = FooterApp()
    async with app.run_test(size=(60, 12)) as pilot:
        await pilot.pause()
        compositor = compositor_of(app)
        compositor._cuts = None
        ours = [list(line) for line in compositor.cuts]
        compositor._cuts = None
        assert compat.TEXTUAL_CUTS.fget(compositor) == ours


def shown(compositor: Compositor) -> str:
    """The screen's last three lines, white space left out."""
    lines = compositor.render_strips()[-3:]
    return "".join("".join(line.text for line in lines).split())


async def test_a_cjk_notice_over_the_footer_keys_keeps_every_character() -> None:
    from pressreader.tui.app import PressReaderApp
    from pressreader.tui.screens.article import ArticleScreen

    from .conftest import SAMPLE

    app = PressReaderApp(
        [SAMPLE / "join-hands-better-future.yaml"], use_user_config=False, open_direct=True
    )
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        await pilot.pause()
        compositor = compositor_of(app)
        # With nothing over them, the article screen's cuts are Textual's own.
        compositor._cuts = None
        ours = [list(line) for line in compositor.cuts]
        compositor._cuts = None
        assert compat.TEXTUAL_CUTS.fget(compositor) == ours
        # The footer's keys have edges at even and odd columns (8, 16, 24, 36, 47, 55, 107 at
        # 120 columns): a notice of wide characters starting at an odd column, then at an
        # even one, puts one astride each (the import's notice lost 任 at 36). The longer
        # name wraps the notice onto the line above, over the text and the sidebar.
        short = "边巴次仁连任西藏流亡政府最高行政长官-美国祝贺流亡藏人社区选举"
        long = "边巴次仁连任西藏流亡政府最高行政长官美国祝贺流亡藏人社区选举" * 3
        for name in (short, long):
            for lead in ("Imported as ", "Imported as x"):
                app.notify(lead + name, markup=False)

                notice = (lead + name).replace(" ", "")
                await wait_until(pilot, lambda notice=notice: notice in shown(compositor))
                assert notice in shown(compositor), shown(compositor)


class PartlyCoveredApp(App[None]):
    """An overlay over the first part of a widget: the widget's left edge stays a cut."""

    CSS = """
    #under { position: absolute; offset: 5 0; width: 15; height: 1; }
    #over { position: absolute; offset: 0 0; width: 10; height: 1; }
    """

    def compose(self) -> ComposeResult:
        yield Static("ABCDEFGHIJKLMNO", id="under")
        yield Static("一二三四五", id="over")


async def test_a_widget_partly_under_an_overlay_shows_its_own_cells() -> None:
    # The compositor pairs the pieces of a widget's line with the cuts from its left edge
    # on: were that edge dropped, the widget's first cells would be drawn where its visible
    # ones are ("ABCDE" at column 10).
    compat.keep_wide_characters_whole()
    app = PartlyCoveredApp()
    async with app.run_test(size=(30, 3)) as pilot:
        await pilot.pause()
        line = first_line(compositor_of(app), textual_cuts=False)
        assert line[:20].replace(" ", "").endswith("FGHIJKLMNO"), line
        assert line == first_line(compositor_of(app), textual_cuts=True)


class LineApp(App[None]):
    CSS = "#box { width: 40; height: auto; } #box > Static { height: auto; }"

    def __init__(self, line: Static) -> None:
        super().__init__()
        self.line = line

    def compose(self) -> ComposeResult:
        with Vertical(id="box"):
            yield self.line
            yield Static("below")


async def _height_after_an_update_while_a_layout_is_pending(line: Static) -> int:
    app = LineApp(line)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        private_attribute(line, "_layout_updates", "measure_anew")
        private_attribute(line, "_layout_cache", "measure_anew")
        cache = private_attribute(line, "_box_model_cache", "measure_anew")
        get_box_model = private_attribute(line, "_get_box_model", "measure_anew")
        assert line.size.height == 1
        # A layout request pending, and a layout that measures the line meanwhile:
        line.refresh(layout=True)
        for key in list(cache.keys()):  # type: ignore[attr-defined]
            get_box_model(*key[:6])  # type: ignore[operator]
        line.update("word " * 40)  # five rows at 40 columns
        if isinstance(line, FittedStatic):
            await wait_until(pilot, lambda: line.size.height == 5)
        else:  # stuck for good, or measured again within a few frames
            await pilot.pause(0.3)
        return line.size.height


async def test_measure_anew_where_a_pending_layout_kept_the_old_height() -> None:
    """Textual keys a widget's box model on a count of layout requests that an update does
    not advance while a request is pending (textual 8.2.8): a line updated then keeps the
    height measured for its old text. `measure_anew` (through `FittedStatic`) measures it
    again. When the plain line grows too, Textual mended it and measure_anew can go."""
    assert await _height_after_an_update_while_a_layout_is_pending(FittedStatic("short")) == 5
    plain = await _height_after_an_update_while_a_layout_is_pending(Static("short"))
    assert plain == 1, "Textual now measures an updated line anew: measure_anew can go"
