"""EditSession: changes with undo and redo, the dirty flag, saving, and a reload that applies
the unsaved changes again to a file another program changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressreader.editing import session as sessions
from pressreader.editing.errors import EditError, NewProblems, SaveConflict, SaveError
from pressreader.editing.ops import (
    Accept,
    AddQuote,
    AddSpeaker,
    AnnotationRef,
    Delete,
    EditQuote,
    Respan,
    SetSummary,
    Span,
)
from pressreader.editing.session import EditSession
from pressreader.format.loader import load_text
from pressreader.model import LoadResult
from tests.editing.fixtures import BLOCK, CRLF_BOM


def _ref(session: EditSession, number: int) -> AnnotationRef:
    quote = session.articles[0].quotes[number]
    return AnnotationRef("quote", quote.line, quote.column)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    article = tmp_path / "harbour.yaml"
    article.write_text(BLOCK, encoding="utf-8")
    return article


def test_changes_undo_redo_and_the_dirty_flag(path: Path) -> None:
    session = EditSession.open(path)
    assert not session.dirty and not session.can_undo
    session.apply(Accept(_ref(session, 0)))
    assert session.dirty and session.articles[0].quotes[0].reviewed
    session.apply(Delete(_ref(session, 1)))
    assert len(session.articles[0].quotes) == 1
    assert session.undo() and len(session.articles[0].quotes) == 2
    assert session.undo() and not session.dirty and session.text == BLOCK
    assert not session.undo() and session.can_redo
    assert session.redo() and session.articles[0].quotes[0].reviewed
    session.apply(SetSummary(0, "New."))
    assert not session.can_redo  # a new change drops what was undone


def test_a_refused_change_leaves_the_session_as_it_was(path: Path) -> None:
    session = EditSession.open(path)
    with pytest.raises(NewProblems):
        session.apply(EditQuote(_ref(session, 0), "Nobody", "direct", None))
    assert session.text == BLOCK and not session.can_undo and not session.dirty


def test_save_writes_clears_dirty_and_undo_after_it_is_a_change_again(path: Path) -> None:
    session = EditSession.open(path)
    session.apply(Accept(_ref(session, 0)))
    session.save()
    assert not session.dirty and path.read_text(encoding="utf-8") == session.text
    session.undo()
    assert session.dirty and session.text == BLOCK


def test_the_file_keeps_its_line_endings_and_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "crlf.yaml"
    path.write_bytes(CRLF_BOM.encode())
    session = EditSession.open(path)
    session.apply(Accept(_ref(session, 0)))
    session.save()
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\n") == data.count(b"\r\n")
    assert data == CRLF_BOM.replace("    reviewed: false\r\nstatistics", "statistics").encode()


def test_a_conflict_keeps_the_changes_and_reload_applies_them_again(path: Path) -> None:
    session = EditSession.open(path)
    session.apply(Accept(_ref(session, 1)))
    session.apply(EditQuote(_ref(session, 1), "Ann Lee", "indirect", "checked"))
    # Another editor adds lines at the top: every annotation moves down.
    path.write_text("# edited elsewhere\n# twice\n" + BLOCK, encoding="utf-8")
    with pytest.raises(SaveConflict):
        session.save()
    assert session.dirty and session.articles[0].quotes[1].note == "checked"
    assert session.reload() == []
    assert session.text.startswith("# edited elsewhere\n# twice\n")
    quote = session.articles[0].quotes[1]
    assert (quote.speaker, quote.note, quote.reviewed) == ("Ann Lee", "checked", True)
    session.save()
    assert path.read_text(encoding="utf-8") == session.text


def test_a_change_the_other_program_made_impossible_is_reported(path: Path) -> None:
    session = EditSession.open(path)
    session.apply(Accept(_ref(session, 1)))
    path.write_text(BLOCK.replace("    text: trade\n", "    text: Trade grew\n"), "utf-8")
    ((op, error),) = session.reload()
    assert isinstance(op, Accept) and "no longer in the file" in error.reason
    assert not session.dirty


def test_a_failed_save_keeps_the_changes(path: Path) -> None:
    session = EditSession.open(path)
    session.apply(Accept(_ref(session, 0)))
    path.chmod(0o444)
    with pytest.raises(SaveError, match="read-only"):
        session.save()
    assert session.dirty and session.can_undo
    assert path.read_text(encoding="utf-8") == BLOCK


def test_history_is_bounded(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sessions, "HISTORY", 3)
    session = EditSession.open(path)
    for number in range(5):
        session.apply(SetSummary(0, f"Summary {number}."))
    undone = 0
    while session.undo():
        undone += 1
    assert undone == 3 and session.articles[0].summary == "Summary 1."
    assert session.pending == []  # the loaded text is beyond the history


def test_a_kept_version_can_be_restored(path: Path) -> None:
    session = EditSession.open(path)
    session.apply(Accept(_ref(session, 0)))
    session.save()
    (kept,) = session.backups()
    session.restore(kept)
    assert path.read_text(encoding="utf-8") == BLOCK == session.text
    assert not session.dirty and not session.can_undo
    assert len(session.backups()) == 2  # the version the restore replaced is kept too


def test_the_unsaved_count_is_the_distance_from_the_file_across_undo_past_a_save(
    path: Path,
) -> None:
    session = EditSession.open(path)
    for number in range(3):
        session.apply(SetSummary(0, f"Summary {number}."))
    assert session.unsaved == 3
    session.save()
    assert session.unsaved == 0
    session.undo()
    assert session.unsaved == 1
    session.undo()
    session.undo()
    assert session.unsaved == 3 and session.text == BLOCK
    session.redo()
    assert session.unsaved == 2
    # A new change after undoing past the save: the steps undone still differ from the
    # file, and the new one adds to them.
    session.apply(SetSummary(0, "Another."))
    assert session.unsaved == 3
    session.undo()
    assert session.unsaved == 2
    session.save()
    assert session.unsaved == 0 and not session.dirty
    session.apply(SetSummary(0, "Last."))
    assert session.unsaved == 1 and session.pending == [SetSummary(0, "Last.")]


def test_moving_words_is_one_change_undone_saved_and_applied_again_after_a_reload(
    path: Path,
) -> None:
    session = EditSession.open(path)
    paragraph = session.articles[0].sections[0].paragraphs[0]
    start = paragraph.index("The harbour is open again")
    span = Span("lead", 0, start, start + len("The harbour is open again"))
    session.apply(Respan(_ref(session, 0), span))
    assert session.unsaved == 1
    assert session.articles[0].quotes[0].text == "The harbour is open again"
    assert session.undo() and session.text == BLOCK
    assert session.redo()
    moved = session.text
    # Another editor adds a line at the top: the move is applied again, to the quote as it
    # now stands.
    path.write_text("# edited elsewhere\n" + BLOCK, encoding="utf-8")
    with pytest.raises(SaveConflict):
        session.save()
    assert session.reload() == []
    assert session.text == "# edited elsewhere\n" + moved
    session.save()
    assert path.read_text(encoding="utf-8") == "# edited elsewhere\n" + moved


def test_a_step_of_several_changes_undoes_as_one_and_counts_as_one(path: Path) -> None:
    session = EditSession.open(path)
    session.apply_step(
        [
            Accept(_ref(session, 0)),
            # Made from the text as the accept left it: the quote's place is read there.
            lambda result: SetSummary(result.articles[0].document, "Two at once."),
        ]
    )
    assert session.undoable == 1 and session.unsaved == 1
    assert session.articles[0].quotes[0].reviewed and session.articles[0].summary == "Two at once."
    assert session.undo() and session.text == BLOCK and not session.dirty
    assert session.redo() and session.articles[0].summary == "Two at once."
    assert session.pending == [Accept(_ref_in(BLOCK, path, 0)), SetSummary(0, "Two at once.")]


def _first_ref(result: LoadResult, number: int) -> AnnotationRef:
    quote = result.articles[0].quotes[number]
    return AnnotationRef("quote", quote.line, quote.column)


def _ref_in(text: str, path: Path, number: int) -> AnnotationRef:
    quote = load_text(text, path).articles[0].quotes[number]
    return AnnotationRef("quote", quote.line, quote.column)


def test_a_step_refused_part_way_changes_nothing_not_even_redo(path: Path) -> None:
    session = EditSession.open(path)
    session.apply(Accept(_ref(session, 0)))
    assert session.undo() and session.can_redo
    missing = AnnotationRef("quote", 999, 1)
    with pytest.raises(EditError):
        session.apply_step([Accept(_ref(session, 1)), Delete(missing)])
    assert session.text == BLOCK and not session.dirty and not session.can_undo
    # Redo still brings back the accept undone, not the first half of the refused step.
    assert session.redo() and session.articles[0].quotes[0].reviewed
    assert not session.articles[0].quotes[1].reviewed


def test_a_reload_applies_a_step_again_whole_or_not_at_all(path: Path) -> None:
    session = EditSession.open(path)
    session.apply_step([Accept(_ref(session, 0)), lambda result: Accept(_first_ref(result, 1))])
    session.apply(SetSummary(0, "Kept."))
    # The other program changes the second quote's words: its accept no longer fits, so
    # the first accept of the same step is not applied either; the later step is.
    path.write_text(BLOCK.replace("    text: trade\n", "    text: Trade grew\n"), "utf-8")
    ((op, error),) = session.reload()
    assert isinstance(op, Accept) and "no longer in the file" in error.reason
    assert op.ref.line > _ref_in(BLOCK, path, 0).line  # the second quote's accept
    assert not session.articles[0].quotes[0].reviewed
    assert session.articles[0].summary == "Kept." and session.undoable == 1


def _new_quote(session: EditSession, words: str) -> AddQuote:
    paragraph = session.articles[0].sections[0].paragraphs[1]
    start = paragraph.index(words)
    return AddQuote(0, Span("lead", 1, start, start + len(words)), "Ann Lee", "indirect", None)


def test_a_new_quote_is_applied_again_to_its_words_when_its_paragraph_moved(path: Path) -> None:
    session = EditSession.open(path)
    session.apply(_new_quote(session, "181 ships came in"))
    # The other program puts a paragraph before it: the quote's paragraph is now the third.
    moved = BLOCK.replace(
        "      - Some 181 ships", "      - A paragraph put first.\n      - Some 181 ships"
    )
    path.write_text(moved, encoding="utf-8")
    assert session.reload() == []
    quote = next(
        q for q in session.articles[0].quotes if q.speaker == "Ann Lee" and q.kind == "indirect"
    )
    assert quote.text == "181 ships came in" and quote.anchor is not None
    assert quote.anchor.paragraph == 2


def test_a_new_quote_follows_its_words_in_a_paragraph_changed_around_them(path: Path) -> None:
    session = EditSession.open(path)
    session.apply(_new_quote(session, "up from 172 ships"))
    changed = BLOCK.replace("Some 181 ships came in,", "In all 181 ships came in this year,")
    path.write_text(changed, encoding="utf-8")
    assert session.reload() == []
    texts = [q.text for q in session.articles[0].quotes]
    assert "up from 172 ships" in texts


def test_a_new_quote_whose_words_were_changed_is_refused_not_anchored_elsewhere(
    path: Path,
) -> None:
    session = EditSession.open(path)
    session.apply(_new_quote(session, "181 ships came in"))
    changed = BLOCK.replace("Some 181 ships came in,", "Some 181 ships arrived,")
    path.write_text(changed, encoding="utf-8")
    ((op, error),) = session.reload()
    assert isinstance(op, AddQuote) and "words chosen were changed" in error.reason
    assert not session.dirty and session.text == changed


def test_moved_words_are_found_again_too(path: Path) -> None:
    session = EditSession.open(path)
    quote = session.articles[0].quotes[1]  # Bo Chen's "trade", in the second section
    section = session.articles[0].sections[1]
    paragraph = section.paragraphs[0]
    start = paragraph.index("trade will")
    ref = AnnotationRef("quote", quote.line, quote.column)
    session.apply(Respan(ref, Span(section.id, 0, start, len(paragraph) - 1)))
    assert session.articles[0].quotes[1].text == "trade will grow again next year"
    # The other program changes words before them in the same paragraph.
    path.write_text(BLOCK.replace("Bo Chen said, and", "Bo Chen told us, and"), "utf-8")
    assert session.reload() == []
    assert session.articles[0].quotes[1].text == "trade will grow again next year"


def test_a_new_speaker_the_other_program_also_added_is_not_added_twice(path: Path) -> None:
    session = EditSession.open(path)
    paragraph = session.articles[0].sections[0].paragraphs[1]
    start = paragraph.index("181 ships came in")
    span = Span("lead", 1, start, start + len("181 ships came in"))
    session.apply_step(
        [AddSpeaker(0, "Cy Dee", None, None), AddQuote(0, span, "Cy Dee", "indirect", None)]
    )
    both = BLOCK.replace("  - name: Bo Chen\n", "  - name: Bo Chen\n  - name: Cy Dee\n")
    path.write_text(both, encoding="utf-8")
    assert session.reload() == []
    article = session.articles[0]
    assert [s.name for s in article.speakers].count("Cy Dee") == 1
    assert any(q.speaker == "Cy Dee" and q.text == "181 ships came in" for q in article.quotes)
