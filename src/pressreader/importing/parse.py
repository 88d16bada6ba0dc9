"""The structure and metadata of a plain-text or Markdown article (IMPORT.md, "What it reads").

Plain text: the first non-empty line is the title; paragraphs are separated by blank lines
(by line breaks when the text has no blank line); a short line without closing punctuation,
standing alone between paragraphs, is a section heading. Near the top, a byline (`By ...`,
`... reporter X and Y`) gives the authors, a line holding only a date gives `published`, and
scraping debris ("Original title:" lines, share buttons, navigation words) is left out; the
first paragraph's dateline (`WASHINGTON —`, `BEIJING, Oct. 20 (Xinhua) --`) gives `dateline`.

Markdown: YAML front matter fills the metadata (composed with the loader's bounds, never
constructed); `#` headings are sections; emphasis, code and links become plain text.

Every rule looks at one short line or one paragraph at a time, so the work is linear in the
text. Quotes and statistics are found afterwards, by `annotate`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pressreader.format.scalars import printable
from pressreader.importing.datelines import dateline
from pressreader.importing.wordlists import lazy
from pressreader.text.sanitize import UNSAFE_CLASS

if TYPE_CHECKING:
    from pressreader.importing.annotate import Annotations

# Lines longer than this are never a title, heading, byline, date or debris.
SHORT = 160
HEADING_WORDS = 25
TOP_BLOCKS = 6  # how many blocks after the title may hold a byline, a date or debris
BOTTOM_BLOCKS = 3  # how many blocks at the end may hold debris or a credit line

# The loader's unsafe characters (text/sanitize.py), bidirectional embeddings, overrides and
# isolates among them: one left in would fail `check --strict` and the whole import with it.
# Also a byte order mark, interlinear annotation marks and lone surrogates.
_CONTROLS = lazy(rf"[{UNSAFE_CLASS}\ufeff\ufff9-\ufffb\ud800-\udfff]")
_ANSI = lazy(r"\x1b(?:\[[0-9;?]{0,32}[ -/]{0,4}[@-~]|\][^\x07\x1b]{0,256}(?:\x07|\x1b\\)?)")
_SPACES = lazy(r"[ \t\u00a0\u3000]+")
_CLOSING = tuple(".!?。！？:;,，；：…\"'”’»」』)）]")
# CJK characters (ideographs, kana, Hangul, full-width forms) are told one at a time by
# comparisons (`_is_cjk`): a pattern of these ranges takes milliseconds of every start to
# compile. Written out, not looped over as pairs (a generator a character: seven times the
# cost of these).


def _is_cjk(char: str) -> bool:
    return (
        "\u3000" <= char <= "\u9fff"
        or "\uac00" <= char <= "\ud7af"
        or "\uf900" <= char <= "\ufaff"
        or "\uff00" <= char <= "\uffef"
    )


def _fits(line: str, columns: int) -> bool:
    """Whether a line takes at most `columns` columns on screen, a CJK character two: SHORT is
    a length in columns, so that 160 characters of Chinese (a whole paragraph) are no heading's
    length. Only a line of at most `columns` characters is read character by character (every
    paragraph is asked: a long one is answered by its length)."""
    spare = columns - len(line)  # (the columns left, a CJK character taking one more)
    if spare < 0:
        return False
    # (two columns a character at most: a line of half the width fits, whatever it holds)
    if spare >= len(line) or line.isascii():
        return True
    # (read until the spare columns run out: a line of Chinese is answered halfway)
    for char in line:
        if _is_cjk(char):
            spare -= 1
            if spare < 0:
                return False
    return True


# A full-width sentence end with more text after it: the line holds two sentences, a
# paragraph whose last mark was lost (`…的企业。此外，…协议`), never a heading. (A full stop
# and a space may be an abbreviation's, `Dr. Monica Bertagnolli`, and are not tested.)
_FULL_WIDTH_ENDS = ("。", "！", "？")


def _holds_a_sentence_end(line: str) -> bool:
    return not line.isascii() and any(mark in line[:-1] for mark in _FULL_WIDTH_ENDS)


@dataclass
class Draft:
    """An article as the importer read it, before it is written."""

    title: str = ""
    sections: list[tuple[str | None, list[str]]] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)  # outlet, dateline, published ...
    tags: list[str] = field(default_factory=list)
    left_out: list[tuple[int, str]] = field(default_factory=list)  # (line, text) of debris
    notes: list[str] = field(default_factory=list)  # what was found, for --verbose
    annotations: Annotations | None = None  # speakers, quotes and figures found


@dataclass
class Block:
    lines: list[str]
    line: int  # 1-based line of its first line in the source
    heading: bool = False  # a Markdown heading

    @property
    def text(self) -> str:
        return join_lines(self.lines)


def clean(text: str) -> str:
    """A line or paragraph as it is written: control characters out (tabs and no-break
    spaces become spaces), runs of spaces one, no space at either end."""
    if not printable(text):  # every character _CONTROLS matches is not printable
        if "\x1b" in text:
            text = _ANSI.sub("", text)
        text = _CONTROLS.sub("", text)
    if "  " in text or "\t" in text or "\u00a0" in text or "\u3000" in text:
        text = _SPACES.sub(" ", text)
    return text.strip()


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph made one: a space between them, none between two CJK
    characters (Chinese is not written with spaces)."""
    out = ""
    for line in lines:
        if not out:
            out = line
        elif _is_cjk(out[-1]) and _is_cjk(line[0]):
            out += line
        else:
            out += " " + line
    return out


# --- blocks -------------------------------------------------------------------------------


def text_blocks(text: str) -> list[Block]:
    """Plain text as blocks: runs of non-blank lines, or each line when no line is blank."""
    cleaned = _clean_lines(text)
    if cleaned is None:
        cleaned = [clean(line) for line in text.split("\n")]
    filled = [index for index, line in enumerate(cleaned) if line]
    has_blank = bool(filled) and len(filled) < filled[-1] - filled[0] + 1
    blocks: list[Block] = []
    current: Block | None = None
    for number, line in enumerate(cleaned, 1):
        if not line:
            current = None
            continue
        if current is None or not has_blank:
            current = Block([line], number)
            blocks.append(current)
        else:
            current.lines.append(line)
    return blocks


# The printable ASCII characters and the line break.
_PRINTABLE_ASCII_LINES = bytes(range(0x20, 0x7F)) + b"\n"


def _clean_lines(text: str) -> list[str] | None:
    """`clean` of each line of `text`, told quicker when no line holds a tab, a run of spaces
    or a wide space (searched once in the whole text): a printable line is then only
    stripped. None when the text holds one of them."""
    if "  " in text or "\t" in text or "\u00a0" in text or "\u3000" in text:
        return None
    lines = text.split("\n")
    if not text.encode("ascii", "ignore").translate(None, _PRINTABLE_ASCII_LINES):
        # No control character in ASCII: a line of ASCII is printable.
        return [
            line.strip() if line.isascii() or line.isprintable() else clean(line) for line in lines
        ]
    return list(map(clean, lines))


# --- recognisers ----------------------------------------------------------------------------

_DEBRIS_WORDS = (
    "share|share this|share this article|share on facebook|share on twitter|tweet|email|e-mail|"
    "print|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|weibo|wechat|telegram|"
    "copy link|copy|save|comment|comments|subscribe|sign in|sign up|log in|login|register|"
    "advertisement|ad|skip to content|skip to main content|menu|home|search|close|back to top|"
    "top|next|previous|prev|read more|related|related articles|related stories|more|"
    "follow us|newsletter|listen|font size|a|a+|a-|aa|leave a reply|leave a replay|"
    "leave a comment|post a comment|add a comment|share this story|tags"
)
_DEBRIS_WORDS = "|".join(re.escape(word) for word in _DEBRIS_WORDS.split("|"))
# Words are separated by white space or a separator, never run together, so the match is
# linear in the line (no way to split "aaaa" into words several ways).
_DEBRIS = lazy(
    rf"(?i)(?:{_DEBRIS_WORDS})(?:(?:\s*[|·•/>»,;:]\s*|\s+)(?:{_DEBRIS_WORDS}))*\s*[|·•]?"
)
_LABELLED = lazy(
    r"(?i)(?:original title|original|source title|editor|editors|responsible editor|"
    r"photo|photos|image|images|photo credit|file photo"
    # (a Chinese agency's closing credit, in brackets: Taiwan's CNA `（編輯：李四）1140620`,
    # `（责任编辑：王五）`)
    r"|[（(](?:责任编辑|責任編輯|编辑|編輯|校对|校對))\s*[:：]"
)
_BY = lazy(r"(?i)by:?\s+(?P<names>[^\d].*)")
_REPORTER = lazy(r"(?i)(?P<outlet>.*?)\breporters?\s+(?P<names>\S.*)")
_NAME_SPLIT = lazy(r"\s*(?:,|;|&|\band\b|\u3001|和|及)\s*")
_NAME = lazy(r"[^\W\d_][\w.'’\- ]*", re.UNICODE)

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for name in names
}
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATES = (
    lazy(r"(?<!\d)(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),
    lazy(r"(?<!\d)(?P<year>\d{4})/(?P<mon>\d{1,2})/(?P<day>\d{1,2})(?!\d)"),
    lazy(r"(?P<year>\d{4})\s*年\s*(?P<mon>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"),
    lazy(rf"(?i)\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b"),
    lazy(rf"(?i)\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})\b"),
)
_DATE_LABEL = lazy(
    r"(?i)^(?:published|posted|updated|date|released|first published)(?: on)?\s*[:：]?\s*"
)


def find_date(text: str) -> dt.date | None:
    """The first date written in `text` (ISO, `2022/10/20`, `2022年10月20日`, `Oct. 20,
    2022`, `20 October 2022`), or None."""
    if text.isascii() and sum(map(text.count, "0123456789")) < 4:
        return None  # every pattern needs a year's four digits (none is compiled for a heading)
    best: tuple[int, dt.date] | None = None
    for pattern in _DATES:
        match = pattern.search(text)
        if match is None:
            continue
        groups = match.groupdict()
        month = int(groups["mon"]) if groups.get("mon") else _MONTHS[groups["month"].lower()]
        try:
            found = dt.date(int(groups["year"]), month, int(groups["day"]))
        except ValueError:
            continue
        if best is None or match.start() < best[0]:
            best = (match.start(), found)
    return best[1] if best is not None else None


def is_date_line(line: str) -> bool:
    """A line that is a date and little else ("Published: Oct. 20, 2022 09:30")."""
    if len(line) > 60 or find_date(line) is None:
        return False
    rest = _DATE_LABEL.sub("", line)
    for pattern in _DATES:
        rest = pattern.sub("", rest)
    rest = re.sub(
        r"(?i)\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?\b|\b(?:utc|gmt|bst|est|edt|cst|pst)\b",
        "",
        rest,
    )
    rest = re.sub(
        r"(?i)\b(?:updated|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", "", rest
    )
    return not re.sub(r"[\s,.|:()+\-–—/]+", "", rest)


# A press release's end mark (`###`, `# # #`, `-30-`), a link to a video or the full text
# (`Click here to watch the full interview.`), a photo credit (`Official White House Photos
# by Andrea Hanks`).
_END_MARK = lazy(r"(?:#\s*){3}|-\s*30\s*-")
_CLICK_HERE = lazy(r"(?i)click here\b")
_PHOTO_CREDIT = lazy(
    r"(?i)(?:[\w’'.\- ]{0,60}\s)?(?:photos?|photographs?|images?|pictures?)\s(?:by|courtesy of)\s"
    r"[^.!?]{2,80}\.?"
)


def is_debris(line: str, title: str) -> bool:
    """Scraping debris: share buttons and navigation words alone on a line, labelled lines
    such as "Original title: ...", the title repeated, a press release's end mark, a `Click
    here` line, a photo credit."""
    if len(line) > SHORT:
        return False
    # Each pattern is tried only where a character it needs stands (it is compiled on first
    # use, so a text whose short lines hold none of them compiles none): a colon for a label,
    # `#` or `-` first for an end mark, `c` first for `Click here`, the `y` of `by` and
    # `courtesy` for a credit; debris holds no digit and no sentence mark.
    if line == title or ((":" in line or "：" in line) and _LABELLED.match(line) is not None):
        return True
    first = line[:1]
    if first in ("#", "-") and _END_MARK.fullmatch(line):
        return True
    if first in ("c", "C") and _CLICK_HERE.match(line):
        return True
    if ("y" in line or "Y" in line) and _PHOTO_CREDIT.fullmatch(line):
        return True
    if any(map(line.__contains__, ".!?。！？0123456789")):
        return False  # (no debris word or separator holds one of them)
    return _DEBRIS.fullmatch(line) is not None


def byline_names(line: str) -> tuple[list[str], str | None] | None:
    """The authors a byline names, and the outlet before `reporter` when there is one;
    None when `line` is not a byline."""
    if len(line) > SHORT or line.endswith((".", "!", "?", "。")):
        return None
    outlet: str | None = None
    match = _BY.fullmatch(line)
    if match is None:
        match = _REPORTER.fullmatch(line)
        if match is None:
            return None
        before = match.group("outlet").strip(" –—-|:,")
        if before:
            outlet = re.split(r"\s+[–—|-]\s+", before)[0].strip() or None
    names_text = re.sub(
        r"(?i)\s*[|,]?\s*(?:staff (?:reporter|writer)s?|correspondents?)$", "", match.group("names")
    )
    names = [_without_title(name.strip(" .")) for name in _NAME_SPLIT.split(names_text)]
    names = [name for name in names if name]
    if not names or len(names) > 8:
        return None
    for name in names:
        if _NAME.fullmatch(name) is None or len(name.split()) > 5 or name[0].islower():
            return None  # "By the numbers" is no byline
    return names, outlet


def _without_title(name: str) -> str:
    """A byline's name without the title before it: `Deputy National Security Advisor Daleep
    Singh` is Daleep Singh."""
    if len(name.split()) <= 3:
        return name
    from pressreader.importing.speakers import parse_phrase

    reference = parse_phrase(name)
    if reference is not None and reference.kind == "name" and reference.role:
        return reference.text
    return name


_CREDIT = lazy(r"\((?P<inner>[^()]{3,120})\)")


def credit_line(line: str) -> tuple[str, str | None] | None:
    """A closing credit line, `(China Industrial Network, Beijing, October 20th)`: the place
    (the second of its parts) and the date it holds (with a year), or None."""
    match = _CREDIT.fullmatch(line)
    if match is None:
        return None
    parts = [part.strip() for part in match.group("inner").split(",")]
    if len(parts) < 2 or not all(parts):
        return None
    place = parts[1]
    if len(place.split()) > 3 or not place[0].isupper() or any(ch.isdigit() for ch in place):
        return None
    date = find_date(", ".join(parts[2:])) if len(parts) > 2 else None
    return place, date.isoformat() if date is not None else None


# A time stamp (`3:13 P.M. EST`) and a transcript's turn (`Q …`, `MS. JEAN-PIERRE: …`) or a
# line cut off by a dash are paragraphs, never headings (ANNOTATING.md, "Hard cases").
_TIME_STAMP = lazy(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s*[A-Z]{2,4})?")
_TURN = lazy(r"(?:Q|(?:[A-Z][A-Z.'’\-]*\s){0,4}[A-Z][A-Z.'’\-]+:)\s")
_CUT_OFF = ("—", "–", "--", "-")


def is_short_line(block: Block) -> bool:
    """A block of one short line (a heading's shape, whatever its punctuation)."""
    if len(block.lines) != 1:
        return False
    line = block.lines[0]
    return (
        _fits(line, SHORT)
        and len(line.split()) <= HEADING_WORDS
        and not line.endswith((".", "!", "?", "。", "！", "？"))
    )


def is_heading(block: Block) -> bool:
    """A short single line without closing punctuation that does not begin in lower case."""
    if len(block.lines) != 1:
        return False
    line = block.lines[0]
    if not _fits(line, SHORT) or len(line.split()) > HEADING_WORDS:
        return False
    if line.endswith(_CLOSING) or line[0].islower() or line[0] in "-*•–—(\"'“‘":
        return False
    if _holds_a_sentence_end(line):
        return False
    if line.endswith(_CUT_OFF):
        return False
    # A time stamp and a turn's label hold a colon (or the turn is `Q`): tried only then.
    if (":" in line and _TIME_STAMP.fullmatch(line)) or (
        (line[:1] == "Q" or ":" in line) and _TURN.match(line)
    ):
        return False
    return not is_date_line(line)


# --- assembling -----------------------------------------------------------------------------


def _top(draft: Draft, blocks: list[Block], metadata_given: set[str]) -> list[Block]:
    """Take the byline, a date and debris from the blocks near the top; the rest stays."""
    body: list[Block] = []
    for index, block in enumerate(blocks):
        if index >= TOP_BLOCKS or block.heading or len(block.lines) != 1:
            body.extend(blocks[index:])
            break
        line = block.lines[0]
        if is_debris(line, draft.title):
            draft.left_out.append((block.line, line))
            continue
        byline = byline_names(line)
        if byline is not None and not draft.authors:
            names, outlet = byline
            draft.authors = names
            draft.notes.append(f"line {block.line}: byline: {', '.join(names)}")
            if outlet and "outlet" not in metadata_given:
                draft.metadata.setdefault("outlet", outlet)
            date = find_date(line)
            if date is not None:
                draft.metadata.setdefault("published", date.isoformat())
            continue
        if is_date_line(line):
            date = find_date(line)
            if date is not None and "published" not in draft.metadata:
                draft.metadata["published"] = date.isoformat()
                draft.notes.append(f"line {block.line}: published: {date.isoformat()}")
                continue
        body.append(block)
    return body


def _bottom(draft: Draft, body: list[Block]) -> list[Block]:
    """Take debris and a credit line from the last blocks; the rest stays."""
    end = len(body)
    while end > 0 and len(body) - end < BOTTOM_BLOCKS:
        block = body[end - 1]
        if block.heading or len(block.lines) != 1 or end == 1:
            break
        line = block.lines[0]
        credit = credit_line(line)
        if credit is not None:
            place, date = credit
            draft.metadata.setdefault("dateline", place)
            if date is not None:
                draft.metadata.setdefault("published", date)
            draft.notes.append(f"line {block.line}: credit line: {line}")
        elif not is_debris(line, draft.title):
            break
        draft.left_out.append((block.line, line))
        end -= 1
    draft.left_out.sort()
    return body[:end]


def _sections(draft: Draft, body: list[Block], *, guess_headings: bool) -> None:
    sections: list[tuple[str | None, list[str]]] = []
    heading: str | None = None
    paragraphs: list[str] = []
    for index, block in enumerate(body):
        if block.heading:
            is_head = True
        elif guess_headings:
            # A heading stands alone between paragraphs: a short line next to another one
            # (a list of award winners, `Name (State)` then `$65 million for …`) is a
            # paragraph.
            following = body[index + 1] if index + 1 < len(body) else None
            before = body[index - 1] if index > 0 else None
            is_head = (
                is_heading(block)
                and following is not None
                and not following.heading
                and not is_short_line(following)
                and (before is None or before.heading or not is_short_line(before))
            )
        else:
            is_head = False
        if is_head:
            if paragraphs:
                sections.append((heading, paragraphs))
            elif heading is not None:
                # Two headings in a row: the first stands as a paragraph of its own.
                sections.append((None, [heading]))
            heading, paragraphs = block.text, []
            draft.notes.append(f"line {block.line}: heading: {block.text}")
        else:
            paragraphs.append(block.text)
    if paragraphs:
        sections.append((heading, paragraphs))
    elif heading is not None:
        sections.append((None, [heading]))
    draft.sections = sections


def _dateline(draft: Draft) -> None:
    if "dateline" in draft.metadata or not draft.sections:
        return
    found = dateline(draft.sections[0][1][0])
    if found is not None:
        draft.metadata["dateline"] = found
        draft.notes.append(f"dateline: {found}")
        date = find_date(found)
        if date is not None:
            draft.metadata.setdefault("published", date.isoformat())


def assemble(draft: Draft, blocks: list[Block]) -> None:
    """The sections of an article whose title and metadata were found elsewhere (front
    matter, a web page's metadata): the byline, date and debris rules near the top and the
    end, the headings the blocks say (none guessed), the dateline."""
    body = _bottom(draft, _top(draft, blocks, set(draft.metadata)))
    _sections(draft, body, guess_headings=False)
    _dateline(draft)


def parse_text(text: str) -> Draft:
    """A plain-text article."""
    draft = Draft()
    blocks = text_blocks(text)
    if not blocks:
        return draft
    first = blocks[0]
    draft.title = first.lines[0]
    rest = [Block(first.lines[1:], first.line + 1)] if len(first.lines) > 1 else []
    body = _bottom(draft, _top(draft, rest + blocks[1:], set()))
    _sections(draft, body, guess_headings=True)
    _dateline(draft)
    return draft


# --- Markdown -------------------------------------------------------------------------------

_ATX = lazy(r" {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*")
_FENCE = lazy(r" {0,3}(```+|~~~+)")
_RULE = lazy(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})")
_SETEXT = lazy(r" {0,3}(?:=+|-+)[ \t]*")
_LIST = lazy(r" {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+")
_QUOTE = lazy(r" {0,3}>[ \t]?")
_REFERENCE = lazy(r" {0,3}\[[^\]\n]{1,200}\]:[ \t]*\S+.*")
_IMAGE = lazy(r"!\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)")
_LINK = lazy(r"\[([^\]\n]{0,500})\](?:\([^)\n]{0,2000}\)|\[[^\]\n]{0,200}\])")
_AUTOLINK = lazy(r"<((?:https?|mailto|ftp):[^>\s]{1,2000})>")
_CODE = lazy(r"(`+)([^`\n]{1,400}?)\1")
_STRONG = lazy(r"(\*\*|__)(?=\S)([^\n]{1,400}?\S)\1")
_EMPHASIS = lazy(
    r"(?<![\w*])\*(?=\S)([^*\n]{1,400}?\S)\*(?!\*)|(?<![\w_])_(?=\S)([^_\n]{1,400}?\S)_(?![\w_])"
)
_STRIKE = lazy(r"~~(?=\S)([^\n]{1,400}?\S)~~")
_HTML_TAG = lazy(r"</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>\n]{0,500})?/?>")
_ESCAPE = lazy(r"\\([!-/:-@\[-`{-~])")


def inline_text(text: str) -> str:
    """Markdown inline syntax made plain text: emphasis, code, links and images (their
    text), autolinks (their address), HTML tags dropped, backslash escapes resolved."""
    escapes: list[str] = []

    def hold(match: re.Match[str]) -> str:
        escapes.append(match.group(1))
        return f"\ue000{len(escapes) - 1}\ue001"

    if "\\" in text:
        text = _ESCAPE.sub(hold, text)
    text = _CODE.sub(lambda m: m.group(2).strip(), text)
    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _AUTOLINK.sub(lambda m: m.group(1), text)
    text = _HTML_TAG.sub("", text)
    for _ in range(3):  # nested emphasis: ***both***, **bold _and_ italic**
        text = _STRONG.sub(lambda m: m.group(2), text)
        text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    text = _STRIKE.sub(lambda m: m.group(1), text)
    if escapes:
        text = re.sub("\ue000(\\d+)\ue001", lambda m: escapes[int(m.group(1))], text)
    return clean(text)


def front_matter(text: str) -> tuple[str | None, str, int]:
    """The YAML front matter of a Markdown text (between `---` lines at its very top), the
    text after it, and how many lines it took. None when there is none."""
    if not (text.startswith("---\n") or text.startswith("---\r\n")):
        return None, text, 0
    end = re.search(r"^(?:---|\.\.\.)[ \t]*$", text[4:], re.MULTILINE)
    if end is None:
        return None, text, 0
    inner = text[4 : 4 + end.start()]
    after = text[4 + end.end() :]
    return inner, after.removeprefix("\n"), inner.count("\n") + 2


def markdown_blocks(text: str, first_line: int) -> list[Block]:
    """Markdown as blocks: headings, paragraphs, list items and quotes each a paragraph,
    code blocks kept as their lines; rules and link definitions left out."""
    blocks: list[Block] = []
    current: Block | None = None
    fence: str | None = None
    lines = text.split("\n")
    for index, raw in enumerate(lines):
        number = first_line + index
        if fence is not None:
            if raw.strip().startswith(fence):
                fence, current = None, None
                continue
            line = clean(raw)
            if line:
                if current is None:
                    current = Block([], number)
                    blocks.append(current)
                current.lines.append(line)
            continue
        opening = _FENCE.match(raw)
        if opening is not None:
            fence, current = opening.group(1), None
            continue
        heading = _ATX.fullmatch(raw)
        if heading is not None:
            title = inline_text(heading.group(2) or "")
            if title:
                blocks.append(Block([title], number, heading=True))
            current = None
            continue
        if current is not None and not current.heading and _SETEXT.fullmatch(raw):
            blocks[-1] = Block([inline_text(current.text)], current.line, heading=True)
            current = None
            continue
        if _RULE.fullmatch(raw) or _REFERENCE.fullmatch(raw):
            current = None
            continue
        stripped = raw
        while True:
            quoted = _QUOTE.match(stripped)
            if quoted is None:
                break
            stripped = stripped[quoted.end() :]
        item = _LIST.match(stripped)
        if item is not None:
            stripped = stripped[item.end() :]
            current = None
        line = clean(stripped)
        if not line:
            current = None
            continue
        if current is None:
            current = Block([], number)
            blocks.append(current)
        current.lines.append(line)
    for block in blocks:
        if not block.heading:
            joined = inline_text(block.text)
            block.lines = [joined] if joined else []
    return [block for block in blocks if block.lines]


def parse_markdown(text: str, metadata: dict[str, object] | None = None) -> Draft:
    """A Markdown article; `metadata` is what its front matter gave (see `front_matter`)."""
    draft = Draft()
    given = dict(metadata or {})
    _, body_text, skipped = front_matter(text)
    blocks = markdown_blocks(body_text, skipped + 1)
    title = given.get("title")
    if isinstance(title, str) and title:
        draft.title = title
    elif blocks:
        first = blocks.pop(0)
        draft.title = first.lines[0]
        if len(first.lines) > 1:
            blocks.insert(0, Block(first.lines[1:], first.line + 1))
    authors = given.get("authors")
    if isinstance(authors, list) and authors:
        draft.authors = [a for a in authors if isinstance(a, str)]
    for key, value in given.items():
        if key not in ("title", "authors", "tags") and isinstance(value, str):
            draft.metadata[key] = value
    tags = given.get("tags")
    if isinstance(tags, list):
        draft.tags = [t for t in tags if isinstance(t, str)]
    assemble(draft, blocks)
    return draft
