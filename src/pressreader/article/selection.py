"""Words chosen in one paragraph by keyboard, for a new quote or statistic, or for the new
words of one (`of_anchor`: starting on its own).

A selection starts on one word and grows by words, to the end of a sentence, or to a find
match; it never leaves its paragraph, so it is exactly the `(section, paragraph, start, end)`
an annotation anchors to. What a new annotation's form starts with comes from here too: the
words without their quotation marks, the likely speaker, the number the words state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pressreader.model import Anchor, Article
from pressreader.text.metrics import piece_spans

# A word is a run of characters that are not spaces ("rebuild,”" and "4.6%" are one word
# each), or one CJK character: Chinese and Japanese are written without spaces.
# The end of a sentence: its mark, then any closing quotation marks or brackets; a Latin mark
# before a space (or the end), a full-width one (。！？) wherever it stands.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»」』)\]]*(?=\s|$)|[。！？][。！？…]*[\"'”’»」』）)\]]*")
# Stripped from both ends of a new annotation's words: spaces and quotation marks; from its
# end also the commas and colons that part it from "he said".
_OPENING = " \t\n\"'“‘«「『„‚(["
_CLOSING = " \t\n\"'”’»」』)],;:"


@dataclass(frozen=True, slots=True)
class Selection:
    """Characters `start:end` of one paragraph of section `section_index`."""

    section_index: int
    section_id: str
    paragraph: int
    start: int
    end: int

    def anchor(self) -> Anchor:
        return Anchor(self.section_index, self.section_id, self.paragraph, self.start, self.end)


def paragraph_text(article: Article, selection: Selection) -> str:
    return article.sections[selection.section_index].paragraphs[selection.paragraph]


def _words(text: str) -> list[tuple[int, int]]:
    return piece_spans(text)


def word_at(text: str, offset: int) -> tuple[int, int] | None:
    """The word at `offset`, else the first one after it, else the last one before it."""
    words = _words(text)
    if not words:
        return None
    for start, end in words:
        if end > offset:
            return (start, end)
    return words[-1]


def start_selection(
    article: Article, section_index: int, paragraph: int, offset: int = 0, end: int | None = None
) -> Selection | None:
    """A selection of the word at `offset` (or of `offset:end` when given, a find match)."""
    if not 0 <= section_index < len(article.sections):
        return None
    section = article.sections[section_index]
    if not 0 <= paragraph < len(section.paragraphs):
        return None
    text = section.paragraphs[paragraph]
    if end is not None and 0 <= offset < end <= len(text):
        return Selection(section_index, section.id, paragraph, offset, end)
    word = word_at(text, offset)
    if word is None:
        return None
    return Selection(section_index, section.id, paragraph, *word)


def extend_word(text: str, selection: Selection) -> Selection:
    """One more word at the end (the same selection at the paragraph's last word)."""
    for start, end in _words(text):
        if start >= selection.end:
            return replace(selection, end=end)
    return selection


def shrink_word(text: str, selection: Selection) -> Selection:
    """One word fewer at the end, never fewer than one word (the first may be cut where the
    selection starts: after an opening quotation mark)."""
    ends = [end for _, end in _words(text) if selection.start < end < selection.end]
    return replace(selection, end=ends[-1]) if ends else selection


def extend_sentence(text: str, selection: Selection) -> Selection:
    """To the end of the sentence the selection ends in (when it ends one: of the next)."""
    for match in _SENTENCE_END.finditer(text):
        if match.end() > selection.end:
            return replace(selection, end=match.end())
    return replace(selection, end=len(text.rstrip()))


def move_start(text: str, selection: Selection, step: int) -> Selection:
    """The selection is the one word after (`step` 1) or before (-1) its first word."""
    words = _words(text)
    index = next((i for i, (s, _) in enumerate(words) if s >= selection.start), len(words) - 1)
    index = max(0, min(len(words) - 1, index + step))
    start, end = words[index]
    return replace(selection, start=start, end=end)


def shift_start(text: str, selection: Selection, step: int) -> Selection:
    """The start a word earlier (`step` -1: the previous word's start) or later (1: the next
    word's, never past the last word), the end where it is."""
    words = _words(text)
    if step < 0:
        before = [start for start, end in words if end <= selection.start]
        if not before:  # the first word, or a selection starting inside it (after a mark)
            before = [start for start, _ in words if start < selection.start]
        return replace(selection, start=before[-1]) if before else selection
    later = [start for start, _ in words if selection.start < start < selection.end]
    return replace(selection, start=later[0]) if later else selection


def extend_to(selection: Selection, end: int) -> Selection:
    """To `end` (a find match's end in the same paragraph) when it lies beyond the selection."""
    return replace(selection, end=end) if end > selection.end else selection


def trimmed(text: str, selection: Selection, *, keep_stop: bool = True) -> Selection:
    """The selection without surrounding spaces, quotation marks and trailing commas: the
    words a quote's `text` holds (FORMAT.md: without the surrounding quotation marks). A
    statistic's words lose a closing full stop too (`keep_stop=False`)."""
    closing = _CLOSING if keep_stop else _CLOSING + ".!?…。"
    start, end = selection.start, selection.end
    while start < end and text[start] in _OPENING:
        start += 1
    while end > start and text[end - 1] in closing:
        end -= 1
    if start >= end:
        return selection
    return replace(selection, start=start, end=end)


# The quotation marks a quote's words leave out at their ends (FORMAT.md: the reader adds them).
_MARKS_OPENING = "\"'“‘«「『„‚"
_MARKS_CLOSING = "\"'”’»」』"


def of_anchor(anchor: Anchor) -> Selection:
    """A selection of exactly an annotation's words (to move them: `Respan`)."""
    return Selection(anchor.section_index, anchor.section_id, anchor.paragraph, *anchor[3:])


def moved_words(text: str, selection: Selection, *, quote: bool) -> Selection | None:
    """The words an annotation moved to `selection` is given: a statistic's as `f` makes them
    (`trimmed`, without a closing full stop); a quote's without the spaces and quotation
    marks at its ends only, since the punctuation inside the marks is the quote's
    (ANNOTATING.md). None when nothing but marks and spaces is selected."""
    if not quote:
        words = trimmed(text, selection, keep_stop=False)
        start, end = words.start, words.end
    else:
        start, end = _quote_span(text, selection)
    if start >= end or not text[start:end].strip(_MARKS_OPENING + _MARKS_CLOSING + " "):
        return None
    return replace(selection, start=start, end=end)


def quote_words(text: str, selection: Selection) -> Selection:
    """The words a new quote made of `selection` holds (ANNOTATING.md): without the spaces
    and quotation marks at its ends; the punctuation inside closing marks is the quote's
    (`“We will,” he said` gives `We will,`, whether the selection takes in the mark or ends
    right before it), a trailing comma, colon or bracket after words without marks is not
    (`said that A, adding` gives `A`). The selection itself when nothing but marks is
    selected."""
    start, end = _quote_span(text, selection)
    return replace(selection, start=start, end=end) if start < end else selection


def _quote_span(text: str, selection: Selection) -> tuple[int, int]:
    start, end = selection.start, selection.end
    while start < end and text[start] in _OPENING:
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    words_end = end
    while end > start and text[end - 1] in _MARKS_CLOSING:
        end -= 1
    # A closing mark ends the selection or stands right after it (a quote's own words, as
    # `V` selects them): the punctuation before it is the quote's. Else it is not.
    marked = end < words_end or text[words_end : words_end + 1] in tuple(_MARKS_CLOSING)
    if not marked:
        while end > start and text[end - 1] in _CLOSING:
            end -= 1
    return start, end


def likely_speaker(article: Article, selection: Selection, last: str | None = None) -> str | None:
    """The article's speaker named nearest the selection in its paragraph (by full name or
    by last name), else `last` (the speaker used last), else None."""
    text = paragraph_text(article, selection)
    best: tuple[int, str] | None = None
    for speaker in article.speakers:
        names = {speaker.name}
        parts = speaker.name.split()
        if len(parts) > 1:
            names.add(parts[-1])
        for name in names:
            if not name.strip():
                continue
            for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                if match.end() <= selection.start:
                    distance = selection.start - match.end()
                elif match.start() >= selection.end:
                    distance = match.start() - selection.end
                else:
                    distance = 0
                if best is None or distance < best[0]:
                    best = (distance, speaker.name)
    if best is not None:
        return best[1]
    if last is not None and article.speaker(last) is not None:
        return last
    return None
