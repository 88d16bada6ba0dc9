"""The find bar wired to an ArticleView, the way the article screen wires them."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.segment import Segment
from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Input, Label

from pressreader.article.find import FindQuery, FindResults
from pressreader.format.loader import load_file
from pressreader.model import Article, Section
from pressreader.tui.widgets.article_view import ArticleView
from pressreader.tui.widgets.find_bar import FindBar

DATA = Path(__file__).resolve().parents[1] / "data" / "reader"


def fixture(name: str) -> Article:
    result = load_file(DATA / f"{name}.yaml")
    assert result.articles, [p.format() for p in result.problems]
    return result.articles[0]


def wrap_article() -> Article:
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]
    words += ["eta", "theta", "iota", "kappa", "lambda", "mu"]
    paragraphs = [" ".join(words[(i + j) % len(words)] for j in range(60)) for i in range(30)]
    paragraphs[3] = "The phrase " + "filler " * 9 + "spans a line wrap here on purpose, " * 3
    return Article(
        id="w",
        title="Gamma rays",
        sections=[Section("s", None, paragraphs[:15]), Section("t", "Later", paragraphs[15:])],
    )


class FindApp(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "open_find", "Find", id="test.find"),
        Binding("n", "next_match", "Next match", id="test.next"),
        Binding("N", "previous_match", "Previous match", id="test.previous"),
    ]

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article
        self.notices: list[str] = []
        self.results: FindResults | None = None
        self.accepted = 0

    def compose(self) -> ComposeResult:
        yield ArticleView(self.article)
        yield FindBar()

    def on_mount(self) -> None:
        self.query_one(ArticleView).focus()

    def action_open_find(self) -> None:
        self.query_one(FindBar).open()

    def action_next_match(self) -> None:
        self._step(forward=True)

    def action_previous_match(self) -> None:
        self._step(forward=False)

    def _step(self, *, forward: bool) -> None:
        view = self.query_one(ArticleView)
        wrapped = view.next_match() if forward else view.previous_match()
        if wrapped:
            self.notices.append("search wrapped")
        self._status()

    def _status(self) -> None:
        view = self.query_one(ArticleView)
        results = view.find_results
        self.query_one(FindBar).set_status(
            view.find_status, error=results is not None and results.error is not None
        )

    @on(FindBar.Changed)
    def _changed(self, event: FindBar.Changed) -> None:
        self.results = self.query_one(ArticleView).find(event.query)
        self._status()

    @on(FindBar.Next)
    def _next(self) -> None:
        self._step(forward=True)

    @on(FindBar.Accepted)
    def _accepted(self) -> None:
        self.accepted += 1

    @on(FindBar.Previous)
    def _previous(self) -> None:
        self._step(forward=False)

    @on(FindBar.Closed)
    def _closed(self) -> None:
        view = self.query_one(ArticleView)
        view.clear_find()
        view.focus()


def status(app: FindApp) -> str:
    return str(app.query_one("#find-status", Label).render())


def visible_segments(view: ArticleView) -> list[Segment]:
    found: list[Segment] = []
    for y in range(view.scrollable_content_region.height):
        found.extend(view.render_line(y))
    return found


async def test_typing_highlights_matches_and_shows_the_counter() -> None:
    app = FindApp(wrap_article())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        bar = app.query_one(FindBar)
        assert bar.is_open and isinstance(app.focused, Input)
        await pilot.press(*"gamma")
        await pilot.pause()
        view = app.query_one(ArticleView)
        results = view.find_results
        assert results is not None and len(results) > 14
        assert status(app) == f"1/{len(results)}"
        underlined = [s.text for s in visible_segments(view) if s.style and s.style.underline]
        assert "Gamma" in underlined  # smart case: the title's "Gamma" matches "gamma"
        current = [s.text for s in visible_segments(view) if s.style and s.style.reverse]
        assert current == ["Gamma"]


async def test_down_up_n_and_shift_n_step_through_matches_and_wrap_with_a_notice() -> None:
    app = FindApp(wrap_article())
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.press("slash", *"lambda")
        await pilot.pause()
        results = view.find_results
        assert results is not None
        total = len(results)
        assert status(app) == f"1/{total}"
        # In the field, Down and Up step; Enter accepts the match in view (the host's
        # business: the bar only says so).
        await pilot.press("down")
        assert status(app) == f"2/{total}"
        await pilot.press("up")
        assert status(app) == f"1/{total}"
        await pilot.press("enter")
        assert status(app) == f"1/{total}" and app.accepted == 1
        view.focus()
        await pilot.press("n", "n")
        assert status(app) == f"3/{total}"
        await pilot.press("N")
        assert status(app) == f"2/{total}"
        assert not app.notices
        view.goto_match(total - 1)
        await pilot.press("n")
        assert status(app) == f"1/{total}"
        assert app.notices == ["search wrapped"]
        await pilot.press("N")
        assert status(app) == f"{total}/{total}"
        assert app.notices == ["search wrapped", "search wrapped"]
        # The current match is on screen, marked in the margin.
        match = results.match(total - 1)
        lines = view.display_lines
        assert lines is not None
        y = lines.line_of(match.kind, match.section, match.paragraph, match.start)
        assert y is not None
        row = y - round(view.scroll_y)
        assert 0 <= row < view.scrollable_content_region.height
        assert "▌" in view.render_line(row).text


async def test_typing_starts_from_the_top_of_the_view() -> None:
    app = FindApp(wrap_article())
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        assert view.goto_section(1)
        await pilot.press("slash", *"alpha")
        await pilot.pause()
        results = view.find_results
        assert results is not None and view.current_match is not None
        assert view.current_match > 0
        match = results.match(view.current_match)
        assert match.section == 1
        assert results.match(view.current_match - 1).section == 0


async def test_erasing_a_query_looks_again_from_where_the_reader_was() -> None:
    article = Article(
        id="o",
        title="Origin",
        sections=[
            Section(
                "s",
                None,
                [f"Filler line {n} about nothing." for n in range(20)]
                + ["A pea here."]
                + ["Filler."] * 10
                + ["A parrot there."]
                + [f"Filler line {n} about nothing." for n in range(40)],
            )
        ],
    )
    app = FindApp(article)
    async with app.run_test(size=(60, 16)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.press("slash", *"parr")
        await pilot.pause()
        results = view.find_results
        assert results is not None and view.current_match == 0
        assert view.scroll_y > 0  # scrolled to the parrot
        await pilot.press("backspace", "backspace")
        await pilot.pause()
        results = view.find_results
        assert results is not None and view.current_match is not None
        # "pa" is only in the parrot's paragraph.
        match = results.match(view.current_match)
        text = article.sections[0].paragraphs[match.paragraph]
        assert text == "A parrot there."
        await pilot.press("backspace")
        await pilot.pause()
        results = view.find_results
        assert results is not None and view.current_match is not None
        match = results.match(view.current_match)
        # "p" is first found from the top the reader started at, not from the parrot.
        assert article.sections[0].paragraphs[match.paragraph] == "A pea here."


async def test_a_match_across_a_line_wrap_is_highlighted_on_both_lines() -> None:
    app = FindApp(wrap_article())
    async with app.run_test(size=(40, 30)) as pilot:
        await pilot.press("slash", *"spans a line wrap here on purpose, spans")
        await pilot.pause()
        view = app.query_one(ArticleView)
        results = view.find_results
        assert results is not None and len(results) == 1
        match = results.match(0)
        lines = view.display_lines
        assert lines is not None
        first = lines.line_of(match.kind, match.section, match.paragraph, match.start)
        last = lines.line_of(match.kind, match.section, match.paragraph, match.end - 1)
        assert first is not None and last is not None and last > first
        top = round(view.scroll_y)
        highlighted_rows = {
            y
            for y in range(first - top, last - top + 1)
            if any(s.style and s.style.reverse for s in view.render_line(y))
        }
        assert highlighted_rows == set(range(first - top, last - top + 1))


async def test_regex_toggle_and_invalid_regex_is_reported_not_raised() -> None:
    app = FindApp(wrap_article())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"(gamma")
        await pilot.pause()
        assert status(app) == "0/0"
        await pilot.press("ctrl+r")
        await pilot.pause()
        bar = app.query_one(FindBar)
        assert bar.regex and app.query_one("#find-regex").has_class("-on")
        assert status(app).startswith("invalid regex")
        assert app.query_one("#find-status").has_class("-error")
        await pilot.press("backspace", "backspace", "backspace", "backspace", "backspace")
        await pilot.press("backspace", *"g.mm[a-z]")
        await pilot.pause()
        results = app.query_one(ArticleView).find_results
        assert results is not None and results.error is None and len(results) > 0
        assert not app.query_one("#find-status").has_class("-error")
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert status(app) == "0/0"


async def test_escape_closes_the_bar_and_clears_highlights() -> None:
    app = FindApp(wrap_article())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"beta")
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert view.find_results is not None
        await pilot.press("escape")
        await pilot.pause()
        assert not app.query_one(FindBar).is_open
        assert view.find_results is None
        assert app.focused is view
        assert not any(s.style and s.style.underline for s in visible_segments(view))
        # Opening again keeps the last query, ready to be retyped.
        await pilot.press("slash")
        assert app.query_one(FindBar).find_query == FindQuery("beta")


async def test_quote_and_statistic_hits_in_a_cjk_article() -> None:
    article = fixture("cjk")
    quote = next(q for q in article.quotes if q.anchor is not None)
    app = FindApp(article)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *quote.text[:3])
        await pilot.pause()
        assert app.results is not None and len(app.results) >= 1
        assert article.quotes.index(quote) in app.results.quote_hits


async def test_hostile_query_text_shows_safely_in_the_bar() -> None:
    app = FindApp(fixture("hostile"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"[bold red]")
        await pilot.pause()
        results = app.query_one(ArticleView).find_results
        assert results is not None and len(results) >= 1


def test_every_binding_has_an_id_and_a_description() -> None:
    for binding in FindBar.BINDINGS:
        assert isinstance(binding, Binding)
        assert binding.id and binding.description
