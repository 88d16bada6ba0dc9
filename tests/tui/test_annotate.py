"""Annotating in the article screen: every key of review, selection, undo/redo, saving."""

from __future__ import annotations

import contextlib
import subprocess
from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from pressreader.article.find import FindQuery
from pressreader.tui.app import PressReaderApp
from pressreader.tui.palette import ReaderCommands
from pressreader.tui.screens import annotate
from pressreader.tui.screens.annotate_forms import (
    ChoiceDialog,
    QuoteForm,
    StatisticForm,
    TagsSummaryForm,
    VersionsDialog,
    parse_form_number,
)
from pressreader.tui.screens.article import ArticleScreen
from pressreader.tui.widgets.marks import UNREVIEWED

from .helpers import screen_lines, screen_text, wait_until

ARTICLE = """\
# A hand-written comment stays.
title: Harbour reopens
speakers:
  - name: Ann Lee
    role: harbour master
sections:
  - id: lead
    paragraphs:
      - “The harbour is open,” said Ann Lee. She said that 181 ships came in, up from 172.
      - Bo Chan, a trader, said “prices will fall soon” and that 40% of stalls reopened.
quotes:
  - speaker: Ann Lee
    text: The harbour is open,
    reviewed: false
  - speaker: Ann Lee
    text: 181 ships came in
    kind: indirect
statistics:
  - label: Ships
    value: 181
    previous: 172
    text: 181 ships came in, up from 172
    reviewed: false
"""


def _dialog_text(app: PressReaderApp) -> str:
    """The words on screen as one line: a dialog's wrapped lines joined, its borders out."""
    return " ".join(screen_text(app).replace("│", " ").split())


def _file(tmp_path: Path, text: str = ARTICLE) -> Path:
    path = tmp_path / "harbour.yaml"
    path.write_text(text, encoding="utf-8")
    return path


async def _open(pilot: Pilot[int]) -> ArticleScreen:
    app = pilot.app
    await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
    await app.workers.wait_for_complete()
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ArticleScreen)
    await wait_until(pilot, lambda: bool(screen.view.display_lines))
    return screen


def _app(path: Path) -> PressReaderApp:
    return PressReaderApp([path], use_user_config=False, open_direct=True)


def test_form_numbers_are_read_as_people_type_them() -> None:
    assert parse_form_number("1200") == 1200
    assert parse_form_number(" 1,200 ") == 1200
    assert parse_form_number("-3.5") == -3.5
    assert parse_form_number("4.6e6") == 4.6e6
    assert parse_form_number("12x") is None
    assert parse_form_number("1e31") is None
    assert parse_form_number("") is None


async def test_unreviewed_annotations_are_marked_in_the_text_margin(tmp_path: Path) -> None:
    app = _app(_file(tmp_path))
    async with app.run_test(size=(120, 36)) as pilot:
        await _open(pilot)
        lines = screen_lines(app)
        marked = [line for line in lines if UNREVIEWED in line and "harbour is open" in line]
        assert marked, lines
        # The second paragraph holds only reviewed (or no) annotations: no mark.
        assert not any(UNREVIEWED in line and "Bo Chan" in line for line in lines)


async def test_v_selects_words_from_the_top_of_the_view_and_grows_by_word_and_sentence(
    tmp_path: Path,
) -> None:
    app = _app(_file(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        await pilot.press("v")
        chosen = screen.annotator.selection
        assert chosen is not None
        paragraph = screen.article.sections[0].paragraphs[0]
        assert paragraph[chosen.start : chosen.end] == "“The"
        assert screen.view.selection == chosen.anchor()
        await pilot.press("w", "w")
        chosen = screen.annotator.selection
        assert chosen is not None
        assert paragraph[chosen.start : chosen.end] == "“The harbour is"
        await pilot.press("W")
        chosen = screen.annotator.selection
        assert chosen is not None
        assert paragraph[chosen.start : chosen.end] == "“The harbour"
        await pilot.press("s")
        chosen = screen.annotator.selection
        assert chosen is not None
        assert paragraph[chosen.start : chosen.end] == "“The harbour is open,” said Ann Lee."
        await pilot.press("l")
        chosen = screen.annotator.selection
        assert chosen is not None
        assert paragraph[chosen.start : chosen.end] == "harbour"
        await pilot.press("h")
        chosen = screen.annotator.selection
        assert chosen is not None
        assert paragraph[chosen.start : chosen.end] == "“The"
        # The selection's keys are in the footer while it lasts.
        footer = screen_lines(app)[-1]
        for shown in ("w Word", "s Sentence", "n Match", "q Quote", "f Figure", "Cancel"):
            assert shown in footer, footer
        await pilot.press("escape")
        assert screen.annotator.selection is None
        assert screen.view.selection is None
        assert isinstance(app.screen, ArticleScreen)  # Escape cancelled, did not leave


async def test_a_selection_starts_at_the_find_match_and_extends_to_the_next_one(
    tmp_path: Path,
) -> None:
    app = _app(_file(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        await pilot.press("slash", *"prices", "enter")
        await pilot.pause()
        await pilot.press("v")
        chosen = screen.annotator.selection
        assert chosen is not None
        paragraph = screen.article.sections[0].paragraphs[1]
        assert (chosen.paragraph, paragraph[chosen.start : chosen.end]) == (1, "prices")
        # A second search, then n extends the selection to its next match.
        screen.view.find(FindQuery("soon", regex=False))
        await pilot.press("n")
        chosen = screen.annotator.selection
        assert chosen is not None
        assert paragraph[chosen.start : chosen.end] == "prices will fall soon"
        # q: a quote's form, with the words and the speaker named nearest them.
        await pilot.press("q")
        await wait_until(pilot, lambda: isinstance(app.screen, QuoteForm))
        form = app.screen
        assert isinstance(form, QuoteForm)
        assert form.words == "prices will fall soon"
        assert form.speaker == ""  # Bo Chan is not one of the article's speakers yet
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        # Still selecting: f makes it a statistic instead.
        await pilot.press("v")
        assert screen.annotator.selection is None


def _notices(app: PressReaderApp) -> str:
    return "\n".join(n.message for n in app._notifications)


async def _type(pilot: Pilot[int], text: str) -> None:
    await pilot.press(*["space" if ch == " " else ch for ch in text])


async def test_r_goes_to_each_unreviewed_annotation_and_a_accepts_it_then_ctrl_s_saves(
    tmp_path: Path,
) -> None:
    path = _file(tmp_path)
    app = _app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        await pilot.press("r")
        assert screen.selected == ("quote", 0)
        await pilot.press("R")
        assert screen.selected == ("statistic", 0)
        await pilot.press("r")
        assert screen.selected == ("quote", 0)
        await pilot.press("a")
        await pilot.pause()
        assert screen.article.quotes[0].reviewed
        # Accepting goes on to the next unreviewed one.
        assert screen.selected == ("statistic", 0)
        assert "Unsaved: 1 change" in screen_text(app)
        assert path.read_text(encoding="utf-8") == ARTICLE  # nothing written before a save
        await pilot.press("u")
        assert not screen.article.quotes[0].reviewed
        assert "Unsaved" not in screen_text(app)
        await pilot.press("ctrl+r")
        assert screen.article.quotes[0].reviewed
        await pilot.press("ctrl+s")
        await pilot.pause()
        saved = path.read_text(encoding="utf-8")
        assert saved == ARTICLE.replace(
            "    text: The harbour is open,\n    reviewed: false\n",
            "    text: The harbour is open,\n",
            1,
        )
        assert "Unsaved" not in screen_text(app)
        await pilot.press("a")  # the statistic
        await pilot.press("r")
        assert "No unreviewed" in _notices(app)


async def test_undoing_past_a_save_counts_the_changes_from_the_file(tmp_path: Path) -> None:
    path = _file(tmp_path)
    app = _app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        await pilot.press("r", "a", "a")  # the quote, then the statistic accepted
        await pilot.pause()
        assert "Unsaved: 2 changes ·" in screen_text(app)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Unsaved" not in screen_text(app)
        await pilot.press("u")
        await pilot.pause()
        assert "Unsaved: 1 change ·" in screen_text(app)
        await pilot.press("u")
        await pilot.pause()
        # Both accepts undone: the text is two changes away from the file saved.
        assert not screen.article.quotes[0].reviewed
        assert "Unsaved: 2 changes ·" in screen_text(app)
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        assert "2 changes not saved" in _dialog_text(app)


async def test_d_deletes_the_annotation_the_panel_selects(tmp_path: Path) -> None:
    path = _file(tmp_path)
    app = _app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open(pilot)
        await pilot.press("tab", "down")  # the quotes, the second one
        await pilot.pause()
        target = screen.annotation_target()
        assert target is not None and target[0] == "quote"
        text = screen.article.quotes[target[1]].text
        await pilot.press("d")
        await pilot.pause()
        assert [q.text for q in screen.article.quotes] == [
            q for q in ("The harbour is open,", "181 ships came in") if q != text
        ]
        await pilot.press("u")
        assert len(screen.article.quotes) == 2


async def test_a_form_taller_than_the_terminal_scrolls_to_its_error(tmp_path: Path) -> None:
    # Sixteen speakers and a long quote made the quote's form taller than 80x24: its error
    # line was cut off, and Enter with no speaker seemed to do nothing.
    names = [f"Senator Number{index} Longname" for index in range(16)]
    words = " ".join(["We will keep the harbour open for every ship that comes in."] * 5)
    text = (
        "title: Harbour\nspeakers:\n"
        + "".join(f"  - name: {name}\n" for name in names)
        + f"sections:\n  - id: lead\n    paragraphs:\n      - “{words}” said {names[0]}.\n"
        + f"quotes:\n  - speaker: {names[0]}\n    text: {words}\n    reviewed: false\n"
    )
    app = _app(_file(tmp_path, text))
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot)
        await pilot.press("r", "e")
        await wait_until(pilot, lambda: isinstance(app.screen, QuoteForm))
        await pilot.press("end", *["backspace"] * 40, "enter")
        await wait_until(pilot, lambda: "needs a speaker" in screen_text(app))
        assert "error: a quote needs a speaker" in screen_text(app)


async def test_e_edits_a_quote_with_a_new_speaker_as_one_step(tmp_path: Path) -> None:
    path = _file(tmp_path)
    app = _app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        await pilot.press("e")
        assert "Nothing selected" in _notices(app)
        await pilot.press("r", "e")
        await wait_until(pilot, lambda: isinstance(app.screen, QuoteForm))
        form = app.screen
        assert isinstance(form, QuoteForm)
        assert "Ann Lee" in screen_text(app) and "“The harbour is open,”" in screen_text(app)
        await pilot.press(*["backspace"] * 10)
        await _type(pilot, "Bo Chan")
        await pilot.press("tab")
        await _type(pilot, "trader")
        await pilot.press("tab", "tab", "space", "tab")
        # The words shown as the quotes panel shows the kind now chosen: reported, after ≈.
        await wait_until(pilot, lambda: "≈ The harbour is open," in screen_text(app))
        assert "“The harbour" not in screen_text(app)
        await _type(pilot, "checked")
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        quote = screen.article.quotes[0]
        assert "Quote changed" in _notices(app), _notices(app)
        assert (quote.speaker, quote.kind, quote.note, quote.reviewed) == (
            "Bo Chan",
            "indirect",
            "checked",
            True,
        )
        assert screen.article.speaker("Bo Chan") is not None
        assert screen.article.speaker("Bo Chan").role == "trader"  # type: ignore[union-attr]
        # One step, counted as one, as `u` undoes it (not as the two changes to the file).
        assert "Unsaved: 1 change ·" in screen_text(app)
        await pilot.press("r", "a")
        assert "Unsaved: 2 changes ·" in screen_text(app)
        await pilot.press("u")
        assert "Unsaved: 1 change ·" in screen_text(app)
        await pilot.press("u")  # the speaker and the quote's change, undone as one
        assert screen.article.speaker("Bo Chan") is None
        assert screen.article.quotes[0].speaker == "Ann Lee"


async def test_e_on_a_statistic_checks_its_numbers(tmp_path: Path) -> None:
    path = _file(tmp_path)
    app = _app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        await pilot.press("R", "e")
        await wait_until(pilot, lambda: isinstance(app.screen, StatisticForm))
        await pilot.press("tab", *["backspace"] * 5, "x", "enter")
        await pilot.pause()
        assert "error: value: x is not a number" in screen_text(app)
        assert isinstance(app.screen, StatisticForm)
        await pilot.press("backspace", "enter")
        await pilot.pause()
        assert "error: value: a statistic needs a value (such as 1200" in screen_text(app)
        await pilot.press("2", "0", "0", "tab", *["backspace"] * 5, "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        statistic = screen.article.statistics[0]
        assert (statistic.value, statistic.previous, statistic.reviewed) == (200, None, True)


async def test_f_makes_a_statistic_from_the_selected_words(tmp_path: Path) -> None:
    path = _file(tmp_path)
    app = _app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        await pilot.press("slash", *"40%", "enter")
        await pilot.pause()
        await pilot.press("v", "w", "w", "w", "f")
        await wait_until(pilot, lambda: isinstance(app.screen, StatisticForm))
        assert "40% of stalls reopened" in screen_text(app)
        assert app.screen.query_one("#value", Input).value == "40"
        assert app.screen.query_one("#unit", Input).value == "%"
        await _type(pilot, "Stalls reopened")
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        added = [s for s in screen.article.statistics if s.label == "Stalls reopened"]
        assert len(added) == 1
        anchor = added[0].anchor
        assert anchor is not None
        paragraph = screen.article.sections[0].paragraphs[1]
        assert paragraph[anchor.start : anchor.end] == "40% of stalls reopened"
        assert screen.selected is not None and screen.annotator.selection is None


async def test_q_makes_a_quote_and_leaving_asks_to_save(tmp_path: Path) -> None:
    path = _file(tmp_path)
    app = _app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        await pilot.press("slash", *"prices", "enter")
        await pilot.pause()
        await pilot.press("v", "w", "w", "w", "q")
        await wait_until(pilot, lambda: isinstance(app.screen, QuoteForm))
        await _type(pilot, "Bo Chan")
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        assert [q.text for q in screen.article.quotes if q.speaker == "Bo Chan"] == [
            "prices will fall soon"
        ]
        await pilot.press("q")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        assert "1 change not saved" in screen_text(app)
        assert "save it, then leave" in screen_text(app)  # one change: it, not them
        await pilot.press("escape")  # stay
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        await pilot.press("q")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.press("s")
        await wait_until(pilot, lambda: app.return_code is not None)
    assert "speaker: Bo Chan" in path.read_text(encoding="utf-8") or '"Bo Chan"' in path.read_text(
        encoding="utf-8"
    )


async def test_tags_and_summary_are_edited_in_a_dialog(tmp_path: Path) -> None:
    path = _file(tmp_path)
    app = _app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        await pilot.press("number_sign")
        await wait_until(pilot, lambda: isinstance(app.screen, TagsSummaryForm))
        await _type(pilot, "harbour, trade")
        await pilot.press("tab")
        await _type(pilot, "The harbour reopened.")
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        assert (screen.article.tags, screen.article.summary) == (
            ["harbour", "trade"],
            "The harbour reopened.",
        )


async def test_a_file_changed_on_disk_is_not_overwritten_and_changes_are_reapplied(
    tmp_path: Path,
) -> None:
    path = _file(tmp_path)
    app = _app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        await pilot.press("r", "a")
        changed = ARTICLE.replace("# A hand-written", "# Changed elsewhere. A hand-written")
        path.write_text(changed, encoding="utf-8")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        assert "changed on disk" in screen_text(app)
        assert "your 1 change is kept" in _dialog_text(app)
        assert path.read_text(encoding="utf-8") == changed
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        assert screen.article.quotes[0].reviewed
        await pilot.press("ctrl+s")
        await pilot.pause()
        saved = path.read_text(encoding="utf-8")
        assert saved.startswith("# Changed elsewhere.")
        assert "reviewed: false\n  - speaker" not in saved


async def test_changes_undone_past_a_save_are_not_lost_to_a_reload_after_a_change_on_disk(
    tmp_path: Path,
) -> None:
    # Undoing past a save leaves no run of changes to apply to the file again: the dialog
    # must not offer to read the file again, which would drop them.
    path = _file(tmp_path)
    app = _app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        await pilot.press("r", "a")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: "reviewed: false" not in path.read_text("utf-8"))
        await pilot.press("u")
        await wait_until(pilot, lambda: "Unsaved: 1 change" in screen_text(app))
        changed = path.read_text("utf-8").replace("# A hand-written", "# Changed. A hand-written")
        path.write_text(changed, encoding="utf-8")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await wait_until(pilot, lambda: "changed on disk" in screen_text(app))
        text = _dialog_text(app)
        assert "your 1 change is kept" in text and "cannot be applied" in text
        assert "reload the file" not in text
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)  # `r` is no answer here
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        assert "Unsaved: 1 change" in screen_text(app)
        assert not screen.article.quotes[0].reviewed
        assert path.read_text(encoding="utf-8") == changed


async def test_a_deleted_file_is_said_as_deleted_and_the_changes_are_kept(tmp_path: Path) -> None:
    # Not "changed on disk", nor "nothing was written" twice; reading it again works only
    # once it is back, and the choice says so.
    path = _file(tmp_path)
    app = _app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot)
        await pilot.press("r", "a")
        path.unlink()
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await wait_until(pilot, lambda: "moved" in screen_text(app))
        text = _dialog_text(app)
        assert "The file was deleted or moved" in text
        assert "changed on disk" not in text
        assert text.lower().count("nothing was written") == 1
        assert "your 1 change is kept" in text
        assert "once it is back" in text
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        assert "Unsaved: 1 change" in screen_text(app)


async def test_a_read_only_file_is_reported_and_the_changes_are_kept(tmp_path: Path) -> None:
    path = _file(tmp_path)
    app = _app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        await pilot.press("r", "a")
        path.chmod(0o444)
        try:
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert "read-only" in _notices(app)
            assert screen.has_unsaved_changes
            assert "Unsaved: 1 change" in screen_text(app)
        finally:
            path.chmod(0o644)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not screen.has_unsaved_changes


async def test_E_opens_the_editor_at_the_annotations_line_and_reloads_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _file(tmp_path)
    calls: list[list[str]] = []

    def editor(argv: list[str], check: bool = False) -> subprocess.CompletedProcess[bytes]:
        calls.append(argv)
        path.write_text(ARTICLE.replace("title: Harbour reopens", "title: Harbour reopened"))
        return subprocess.CompletedProcess(argv, 0)

    monkeypatch.setenv("VISUAL", "myeditor --wait")
    monkeypatch.setattr(annotate.subprocess, "run", editor)
    app = _app(path)
    # The headless test driver cannot hand the terminal over: the suspension is all it skips.
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        await pilot.press("R", "E")  # the statistic, at line 19 of the file
        assert calls == [["myeditor", "--wait", "+19", str(path)]]
        await wait_until(pilot, lambda: screen.article.title == "Harbour reopened")
        assert screen.article.title == "Harbour reopened"
        # With unsaved changes the editor is not opened (they would be lost).
        await pilot.press("r", "a", "E")
        assert len(calls) == 1
        assert "Save (ctrl+s) or undo (u)" in _notices(app)


async def test_an_earlier_version_is_restored_from_the_palette(tmp_path: Path) -> None:
    path = _file(tmp_path)
    app = _app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        commands = {text: cb for text, _help, cb in ReaderCommands(screen)._commands()}
        assert "Edit tags and summary…" in commands
        commands["Restore an earlier version…"]()
        await pilot.pause()
        assert "No earlier versions" in _notices(app)
        await pilot.press("r", "a", "ctrl+s")
        await pilot.pause()
        assert path.read_text(encoding="utf-8") != ARTICLE
        commands["Restore an earlier version…"]()
        await wait_until(pilot, lambda: isinstance(app.screen, VersionsDialog))
        assert "bytes" in screen_text(app)
        versions = app.screen.query_one("#versions", OptionList)
        await pilot.press("j")  # one version only: j stays on it, k too
        assert versions.highlighted == 0
        versions.add_option("an older one")
        await pilot.press("j")
        assert versions.highlighted == 1  # j and k move, as in every list
        await pilot.press("k")
        assert versions.highlighted == 0
        await pilot.press("enter")
        await wait_until(pilot, lambda: path.read_text(encoding="utf-8") == ARTICLE)
        await wait_until(pilot, lambda: not screen.article.quotes[0].reviewed)
        assert not screen.article.quotes[0].reviewed


async def test_a_restore_says_restored_not_that_the_file_changed_on_disk(tmp_path: Path) -> None:
    # The reader wrote the file itself: it reads it again without calling that an outside
    # change, as a save does.
    path = _file(tmp_path)
    app = _app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        commands = {text: cb for text, _help, cb in ReaderCommands(screen)._commands()}
        await pilot.press("r", "a", "ctrl+s")
        await wait_until(pilot, lambda: path.read_text(encoding="utf-8") != ARTICLE)
        commands["Restore an earlier version…"]()
        await wait_until(pilot, lambda: isinstance(app.screen, VersionsDialog))
        await pilot.press("enter")
        await wait_until(pilot, lambda: not screen.article.quotes[0].reviewed)
        await pilot.pause(0.2)
        assert "Restored" in _notices(app)
        assert "changed on disk" not in _notices(app)


async def test_leaving_with_unsaved_changes_can_discard_them(tmp_path: Path) -> None:
    path = _file(tmp_path)
    app = _app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot)
        await pilot.press("r", "a", "escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.press("d")
        await wait_until(pilot, lambda: not isinstance(app.screen, ChoiceDialog))
    assert path.read_text(encoding="utf-8") == ARTICLE


async def test_opening_another_article_with_unsaved_changes_asks_first(tmp_path: Path) -> None:
    # The palette's "Open article: …" replaced the article screen, and its changes with it,
    # without a word.
    from .conftest import article_yaml

    path = _file(tmp_path)
    (tmp_path / "bridges.yaml").write_text(article_yaml("Bridges by hand"), encoding="utf-8")
    app = PressReaderApp([tmp_path], use_user_config=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        entries = {entry.title: entry for entry in app.entries}
        app.open_entry(entries["Harbour reopens"])
        screen = await _open(pilot)
        await pilot.press("r", "a")
        assert screen.has_unsaved_changes

        def open_bridges() -> None:
            commands = {text: cb for text, _help, cb in ReaderCommands(app.screen)._commands()}
            next(cb for text, cb in commands.items() if "Bridges by hand" in text)()

        open_bridges()
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("escape")  # stay: nothing opens, nothing is lost
        await wait_until(pilot, lambda: app.screen is screen)
        assert screen.has_unsaved_changes
        open_bridges()
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.press("s")  # save them, then open the other
        await wait_until(
            pilot,
            lambda: (
                isinstance(app.screen, ArticleScreen)
                and app.screen.article.title == "Bridges by hand"
            ),
        )
    assert "reviewed: false\n  - speaker" not in path.read_text(encoding="utf-8")


async def test_ctrl_q_with_unsaved_changes_asks_first(tmp_path: Path) -> None:
    path = _file(tmp_path)
    app = _app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot)
        await pilot.press("r", "a", "ctrl+q")
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        assert app.return_code is None
        await pilot.press("s")
        await wait_until(pilot, lambda: app.return_code is not None)
    assert "reviewed: false\n  - speaker" not in path.read_text(encoding="utf-8")


async def test_the_bundled_samples_are_never_changed() -> None:
    from pressreader.paths import bundled_articles

    sample = bundled_articles() / "join-hands-better-future.yaml"
    before = sample.read_bytes()
    app = _app(sample)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        await pilot.press("tab", "d")
        await pilot.pause()
        assert "bundled samples are never changed" in _notices(app)
        assert not screen.has_unsaved_changes
    assert sample.read_bytes() == before


async def test_keys_typed_right_after_tab_in_a_form_go_to_the_next_field(tmp_path: Path) -> None:
    app = _app(_file(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot)
        await pilot.press("v", "q")
        await wait_until(pilot, lambda: isinstance(app.screen, QuoteForm))
        form = app.screen
        # One burst, as a terminal delivers fast typing: every key queued before any is
        # handled, none waiting for the one before it.
        for key, character in (("Z", "Z"), ("tab", None), ("Y", "Y")):
            app.post_message(events.Key(key, character))
        await wait_until(pilot, lambda: form.query_one("#role", Input).value == "Y")
        assert form.query_one("#speaker", Input).value == "Z"
        assert form.query_one("#role", Input).value == "Y"


async def test_values_with_control_characters_are_shown_escaped_and_kept_as_they_are(
    tmp_path: Path,
) -> None:
    from .helpers import stray_controls, terminal_output

    hostile = (
        ARTICLE.replace("  - name: Ann Lee", '  - name: "Ann\\eLee"')
        .replace(
            "  - speaker: Ann Lee\n    text: The harbour",
            '  - speaker: "Ann\\eLee"\n    text: The harbour',
        )
        .replace("title: Harbour reopens", 'title: Harbour reopens\nsummary: "Two\\nlines"')
    )
    path = _file(tmp_path, hostile)
    app = _app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        await pilot.press("r", "e")
        await wait_until(pilot, lambda: isinstance(app.screen, QuoteForm))
        assert "Ann\\x1bLee" in screen_text(app)
        assert stray_controls(terminal_output(app)) == []
        await pilot.press("tab", "tab", "tab", "space", "enter")  # indirect, nothing else
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        quote = screen.article.quotes[0]
        assert (quote.speaker, quote.kind) == ("Ann\x1bLee", "indirect")
        await pilot.press("number_sign")
        await wait_until(pilot, lambda: isinstance(app.screen, TagsSummaryForm))
        await pilot.press("enter")  # nothing touched: nothing changed
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        assert "Nothing changed" in _notices(app)
        assert screen.article.summary == "Two\nlines"


async def test_a_change_on_disk_does_not_replace_unsaved_changes_on_screen(tmp_path: Path) -> None:
    from pressreader.tui.screens.reading_keeper import ReadingKeeper

    path = _file(tmp_path)
    app = _app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        await pilot.press("r", "a")
        path.write_text(ARTICLE.replace("Harbour reopens", "Harbour reopened"), encoding="utf-8")
        await wait_until(pilot, lambda: bool(screen.query(ReadingKeeper)))
        screen.query_one(ReadingKeeper).check_file()
        await wait_until(pilot, lambda: "changes are kept" in _notices(app))
        assert "Your unsaved changes are kept" in _notices(app)
        assert screen.article.title == "Harbour reopens"
        assert screen.article.quotes[0].reviewed


async def test_a_dialog_shows_its_own_keys_in_the_footer_not_the_screens_beneath(
    tmp_path: Path,
) -> None:
    # The article's keys (find, sidebar...) were listed under every dialog, where they do not
    # reach; the dialog's own (Escape cancels) were not.
    app = _app(_file(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot)
        footer = screen_lines(app)[-1]
        assert "Find" in footer and "Sidebar" in footer
        await pilot.press("number_sign")
        await wait_until(pilot, lambda: isinstance(app.screen, TagsSummaryForm))
        await pilot.pause()
        footer = screen_lines(app)[-1]
        assert "Cancel" in footer and "Find" not in footer and "Sidebar" not in footer, footer
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        await pilot.pause()
        assert "Find" in screen_lines(app)[-1]
        await pilot.press("r", "a", "escape")  # a change, then leaving asks
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.pause()
        footer = screen_lines(app)[-1]
        assert "Cancel" in footer and "Find" not in footer, footer
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        await pilot.press("ctrl+p")  # Textual's command palette: none of the article's keys
        await pilot.pause()
        await pilot.pause()
        assert "Sidebar" not in screen_lines(app)[-1] and "Find" not in screen_lines(app)[-1]


async def test_a_step_refused_part_way_leaves_undo_and_redo_as_they_were(tmp_path: Path) -> None:
    # A step of two changes whose second is refused changes nothing: not the text, and not
    # what redo does next (here, the accept undone just before).
    from pressreader.editing import ops

    path = _file(tmp_path)
    app = _app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        await pilot.press("r", "a")  # the quote accepted
        await pilot.pause()
        assert screen.article.quotes[0].reviewed
        await pilot.press("u")
        await pilot.pause()
        assert not screen.article.quotes[0].reviewed
        annotator = screen.annotator
        statistic = annotator.ref(("statistic", 0))
        missing = ops.AnnotationRef("quote", 999, 1)
        assert not annotator.apply([ops.Accept(statistic), ops.Delete(missing)], "Both")
        await pilot.pause()
        assert not screen.article.statistics[0].reviewed
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert screen.article.quotes[0].reviewed
        assert not screen.article.statistics[0].reviewed
        assert "Unsaved: 1 change ·" in screen_text(app)
        await pilot.press("u", "u")
        await pilot.pause()
        assert not screen.article.quotes[0].reviewed
        assert "Unsaved" not in screen_text(app)
