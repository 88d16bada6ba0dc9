"""The finder itself: a paragraph read for its direct quotes, reports and carried-over
quotations, in reading order (the rules are in the modules of its parts)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import NamedTuple

from pressreader.importing.datelines import dateline_end
from pressreader.importing.headline_lines import NEWS_BYLINE, news_headline_line
from pressreader.importing.quotes.chinese import (
    _zh_dotted_names,
    _zh_spelt_acronyms,
    _zh_without_role,
)
from pressreader.importing.quotes.clauses import _has_title, _spelled_with_of, _trim_end
from pressreader.importing.quotes.direct import DirectQuotes, _headline_source
from pressreader.importing.quotes.found import Found
from pressreader.importing.quotes.marks import _HAN, _OPEN_CLOSE, _has_mark, _quote_spans
from pressreader.importing.quotes.reported import (
    _AFTER_VERBS,
    _NO_SPANS,
    Contents,
    NeedsText,
    ReportedQuotes,
    _may_show,
)
from pressreader.importing.quotes.sentence_ends import sentences
from pressreader.importing.quotes.speech import _speech_verbs
from pressreader.importing.quotes.state import _Unsplit
from pressreader.importing.quotes.subjects import _np_reference, _subject_before
from pressreader.importing.spans import Within
from pressreader.importing.speakers import (
    Person,
    has_capitalised_pair,
    parse_phrase,
    register_mentions,
)
from pressreader.importing.wordlists import Gated, lazy

# A question's own end after the report it holds (`… when the President himself said yesterday
# that Israel is bombing indiscriminately?`, `He also said that A, right?`): the one asking's or
# the one speaking's, not the report's (ANNOTATING.md, "Seventeenth folder", "Twenty-fourth
# folder"): the report ends before the tag's comma or the question mark.
_QUESTION_TAG = Gated(
    r"(?:,|\s?[—–])\s(?:right|correct|yes|no|okay|true|is\sthat\sright|isn[’']t\sit"
    r"|isn[’']t\sthat\sright)\?(?=\s|\Z)",
    ("?",),
)
# A question's own clause of `there is` after the report it holds, joined by a comma and
# `and`, `but` or `if` (`Jen said last week that there would be a press conference, and
# there’s been a press conference at every one of …`, `Interfax says that A, and there’s
# reports on the ground …`, `if Jen said that A, if there’s longstanding precedent …`): the
# asker's own words, where the report ends (ANNOTATING.md, "A question's own end"). In a
# question's turn only: an answer's `A, and there have not been any changes` runs on.
_QUESTION_THERE_CLAUSE = Gated(
    r",\s(?:and|but|if)\sthere(?:[’']s|\s(?:is|are|was|were|has|have)\b)",
    ("there",),
)
# Words in marks that close with a comma inside a report, a conjunction after them (`said we’re
# “hurting borrowers,” but more than 24,000 borrowers … stand to benefit`): the report ends at
# the closing mark, the clause after it the speaker's own (ANNOTATING.md, "Twenty-sixth folder");
# not a second `that` clause (`and that …`) nor more words in marks (`“jobs,” and “growth”`).
_MARKS_THEN_CONJUNCTION = Gated(
    r",[”\"](?=\s(?:but|and|yet|while|even|though|although|so)\s(?!that\b|[“\"]))",
    (",”", ',"'),
)
# A briefing's spoken quotation mark inside a report (`According to X, A will help — quote —
# “B.” End quote.`, `said it would add, quote, “B.”`, `, and I’ll quote,`): the report ends
# before the spoken `quote`, and the words in marks after it, up to the report's end, are the
# same source's direct quote (ANNOTATING.md, "Thirty-fourth folder").
# A sentence of its own whose `he` or `she` tells the words in marks with a spoken `quote` (`He
# has already told Putin, and I quote, “…”`), right after a report of that pronoun's (`He’s made it
# clear that A. He has already told Putin, and I quote, “…”`): the report's speaker says them.
_PRONOUN_SPOKEN_AFTER_REPORT = lazy(
    r"(?P<pronoun>He|She)\s(?:(?:has|had|already|also|then|just)\s){0,3}(?:told|said)"
    r"(?:\s[\w.’'\-]+){0,3},\s(?:and\s)?I\squote,\s*\Z"
)
_REPORT_TO_SENTENCE = lazy(r"[.!?]?[”\"]?\s+\Z")
_SPOKEN_QUOTE_IN_REPORT = Gated(
    r"(?:,|\s?[—–])\s(?:and\sI(?:[’']ll|\swill)?\s)?quote(?:,\sunquote)?(?:,|:|\s[—–])?\s*(?=[“\"])",
    ("quote",),
)
# Between two parts in marks after one spoken `quote`, a word or two the speaker broke off at
# (`“A and” provide — “B.”`, `“Not every district” used — “has used it …”`).
_BROKEN_OFF_BETWEEN_MARKS = Gated(r",?\s(?:[\w’'\-]+\s){0,2}[—–]\s", ("—", "–"))
# Between two parts in marks, the spoken `quote` read out again (`, quote, “A,” and, quote, “B.”`):
# the second part the same source's words too (ANNOTATING.md, "Forty-fourth folder").
_SPOKEN_AND_BETWEEN_MARKS = Gated(r",?\s(?:and|but),?\s(?:and\sI\s|I\s)?quote,?\s", ("quote",))
# A report of a word or two before a spoken `— quote,`: a start the speaker broke off
# (`underscoring that Congress — quote, “…”`, `said that not — quote, “…”`), three words when
# the last is a form of `be` (`who said these sanctions are — quote, “…”`, "Forty-fourth folder").
# A clause of a pronoun and its verb before a spoken `quote`, shorter than a report's least
# (`Senator Mike Braun has said he was, quote, “…”`: `he was`, ANNOTATING.md "Thirty-seventh
# folder", words however short).
_SHORT_CLAUSE = lazy(r"(?:he|she|it|they|we|I)\s(?:is|was|are|were|will|had|has|can)")
_FALSE_START = lazy(
    r"[\w’'\-]+(?:\s[\w’'\-]+)?|[\w’'\-]+\s[\w’'\-]+\s(?:is|are|was|were|will|would)"
)
# (what may follow the closing mark inside the report: `, end quote.`, `— unquote`)
_SPOKEN_END_QUOTE = lazy(r"[\s,.;:—–]*(?:(?:[Ee]nd|[Cc]lose)\s)?(?:[Qq]uote|[Uu]nquote)?[\s,.;:]*")
_ACRONYM_IN_BRACKETS = lazy(r"\(([A-Z]{2,8})\)")
# A document named with its issuer's acronym and given a short name in marks (`the Fiscal Year
# 2024, Department of Homeland Security (DHS) Entry/Exit Overstay Report (“Overstay Report”)`): a
# later `according to the Overstay Report` is the issuer's (ANNOTATING.md, "Forty-seventh folder").
_DOCUMENT_SHORT_NAME = lazy(
    r"\((?P<acronym>[A-Z]{2,8})\)\s(?:[A-Z][\w/&'’\-]*\s){0,5}"
    r"(?:Report|Survey|Study|Analysis|Review|Assessment|Index)\s\(“(?P<short>[^”()]{2,40})”\)"
)
_ACRONYMS_READ = 8
_ACRONYMS_KEPT = 200


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
# `X introduced the progress … from five aspects.`: the next paragraphs are what X said.
_TERM_IN_MARKS = 40  # the most characters of a term in marks inside reported speech
_ANNOUNCED_PARTS = ("aspects", "points", "areas", "parts", "respects", "perspectives")
_ANNOUNCEMENT = lazy(
    r"\b(?:introduced|outlined|described|explained|presented|summarized|summarised)\b[^.]{0,240}?"
    r"\b(?:from|in) (?P<count>two|three|four|five|six|seven|eight) "
    rf"(?:{'|'.join(_ANNOUNCED_PARTS)})[.:]\s*\Z"
)


# The label of a speaker's turn in a transcript: `Q`, `MS. JEAN-PIERRE:`, `THE PRESIDENT:`.
_TURN = lazy(r"(?:Q\.?|(?:[A-Z][A-Z.'’\-]*\s){0,4}[A-Z][A-Z.'’\-]+:)(?=\s)")
# A turn's label naming a person by courtesy title and surname (`MR. COOPER`, `MS. BASH`), or
# `MODERATOR`: one who may put the questions of an interview; an office (`THE VICE PRESIDENT`,
# `PRIME MINISTER SUGA`) is held by one who answers.
_COURTESY_LABEL = lazy(
    r"(?:(?:MR|MS|MRS|MISS|DR)\.?\s(?:[A-Z][A-Z'’\-]*\s){0,2}[A-Z][A-Z'’\-]+|MODERATOR)"
)
# Labels of those who speak from the floor (`AUDIENCE MEMBER`, `PARTICIPANTS`): no party to
# an interview's questions and answers.
_FLOOR_LABEL = lazy(r"(?:AUDIENCE|PARTICIPANT|AIDE|CHILD|OPERATOR)\w*(?:\s\w+)?")
# The label of the one who runs a call or a conversation's turns (`MODERATOR:`, `THE OPERATOR:`),
# who passes the floor on and answers no question.
_CALL_RUNNER = lazy(r"(?:THE\s)?(?:MODERATOR|OPERATOR):")


# A label naming the speaker of the excerpts after it: a titled full name, ` on `, the programme.
_EXCERPTS_LABEL = lazy(
    r"(?P<who>(?:(?:[A-Z][\w.'’\-]*|of|the|and|for)\s){1,8}?[A-Z][\w'’\-]+)\son\s(?:(?:[A-Z0-9][\w.'’&\-]*|of|the|and)\s?){1,8}"
)
# A line alone that may be a speaker's label (`Senator Jane Roe (D-RI)`, `Jane Roe, Executive
# Director, Sierra Club`): short, opening with a capital, no marks, no sentence's end.
_LABEL_LINE = lazy(
    r"[A-Z](?:[^“”\"«».:;!?]|(?:(?<=\b[A-Z])|(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2})|(?<=\b[A-Z][a-z]{3}))\.)"
    r"{2,140}(?<![.,])"
)
# A paragraph that introduces the quotations after it: a source and its verb before a colon
# (`Meanwhile, The Washington Post reports:`), or the story a source was quoted from.
_COLON_SAID = lazy(
    r"(?:\A|,\s)(?P<np>[A-Z](?:[^,:;.“”\"]|(?<=\s[A-Z])\.){1,80}?)\s(?:reports|reported|writes|wrote|says|said|"
    r"notes|noted|adds|added|explains|explained)\s?:\s*\Z"
)
# A paragraph that is only a speaker's label (`President of the European Commission Ursula von der
# Leyen said:`): capitalised words with `of`, `the`, `for` and a name's particles between them, no
# clause, the verb of saying right before the colon.
_SAID_LABEL = lazy(
    r"[A-Z][\w.'’\-]*(?:\s(?:[A-Z][\w.'’\-]*|of|the|for|on|de|da|di|del|der|van|von|la|le|bin|"
    r"al|el|ibn|dos|du|ter)){1,14}\s(?:said|says|stated)\s?:\s*\Z"
)
# The most paragraphs such a label announces (a statement gives each leader a few).
_LABELLED_MOST = 4
# A line that points at a link (`Investments announced by … can be found here.`, `Read the
# full statement here.`): the page's, not the speaker's.
_LINK_LINE = lazy(r"\b(?:here|below)\s*[.:]?\s*\Z")


def _plain_colon_line(paragraph: str) -> str:
    """A short line ending in a colon without its Markdown emphasis (`From The Daily
    Wire**:**`, `**From CNBC:**`, `*From CNBC*:`: `From CNBC:`); unchanged when, the marks
    left out, it does not end in a colon."""
    plain = paragraph.replace("*", "").strip()
    return plain if plain.endswith(":") and plain[:-1].strip() else paragraph


def _labelled_speech(paragraph: str) -> bool:
    """Whether a paragraph after a speaker's label (`X said:`) can be that speaker's words:
    sentences of prose with no words in marks longer than a term, no label of its own and no
    link line."""
    text = paragraph.strip()
    return (
        len(text) >= 20
        and text[-1:] in ".!?"
        and _LINK_LINE.search(text) is None
        and all(end - start <= _TERM_IN_MARKS for _, start, end, _ in _quote_spans(text))
    )


_COLON_STORY = lazy(
    r"\b(?:from|in) the (?:story|article|report|piece|op-ed|column|editorial)\s?:\s*\Z", re.I
)
# A paragraph naming the source of the quotations after it: `From the Tax Foundation:`, `A
# statement from Director Jane Roe on her confirmation follows:`.
_COLON_FROM = lazy(
    r"(?:(?:(?:A|The)\s(?:full\s)?(?:statement|message|letter)|Statement|Message)\s(?:from|by)|From)\s"
    r"(?P<np>(?:the\s)?[A-Z][^,;:.“”\"]{1,80}?)"
    r"(?:\son\s[^:“”\"]{1,80}?)?(?:\s(?:follows|reads|is below))?\s?:\s*\Z"
)
# `Here are the top moments you missed:`, `Here’s what you missed:` (an interview's excerpts).
# `Here are the top moments:`, `Here are the highlights:` after a paragraph on a speech.
_MISSED = lazy(
    r"Here(?:’s|'s|\sis|\sare)?\s[^:“”\"]{0,50}"
    r"\b(?:missed|moments|highlights|takeaways|excerpts)\s?:\s*\Z"
)
# The person a paragraph opens with, after a phrase of time or place and its comma (`After a
# gunman stormed the … Dinner in Washington on Saturday evening, President Jane Roe sat down …`).
_OPENING_PERSON = lazy(
    r"(?:[A-Z][^,.“”\"]{0,160},\s)?(?P<np>(?:[A-Z][\w.’'\-]*\s){0,5}[A-Z][\w’'\-]*)(?=,|\s[a-z])"
)
_HONORIFICS = frozenset(["Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms"])
# A paragraph wholly in marks read as the excerpt of the person the paragraph before opens with
# (`_excerpt_after_opening`): its least length, how its words end, and a sentence's end inside.
_EXCERPT_LEAST = 80
_EXCERPT_ENDS = (".", "!", "?", "…")
_EXCERPT_SENTENCE = lazy(r"[a-z0-9)][.!?]\s+[A-Z]")
# The paragraph before's subject: a titled name, `of` and `the` among its words (`In today’s
# Wall Street Journal, Secretary of Agriculture Jane Roe lays out …`), then a verb.
_EXCERPT_OPENER = lazy(
    r"(?:[A-Z][^,.“”\"]{0,160},\s)?(?P<np>[A-Z][\w.'’\-]*(?:\s(?:[A-Z][\w.'’\-]*|of|the)){0,7})"
    r"\s(?!(?:and|or|for|of|in|on|at|to|with|by|from|as)\s)[a-z]"
)
# The longest lead-in read for the quotations after it (`_colon_lead_in`).
_LEAD_IN_MOST = 400
# A comma, then capitalised words and a word in lower case that is no preposition nor `and`
# (`…, President Roe acknowledged`): where a lead-in's subject may follow a phrase before it
# (the first few commas are read; not two people, `…, Jane Roe and John Doe wrote`, several
# sources together, nor a name's words, `…, Advanced Nuclear for Clean Energy Act`).
_COMMA_THEN_NAME = lazy(
    r",\s(?=(?P<np>[A-Z][\w.'’\-]*(?:\s(?:[A-Z][\w.'’\-]*|of|the)){0,7})\s"
    r"(?!(?:and|or|for|of|in|on|at|to|with|by|from|as)\s)[a-z])"
)
_LEAD_IN_COMMAS = 4
_TOPIC_QUOTE = lazy(r"On\s[^“”\"]{2,120}:\s*[“\"]")
# What may follow a quote's attribution at the end of its paragraph (`，”卢比奥说。`).
# Words that carry a paragraph's report on with its source as subject.
_REPORT_GOES_ON = ("他", "她", "He ", "She ")
# The attribution after a report that ends its paragraph (`A, writes Association President
# Philip K. Bell in today’s Post-Gazette.`, `A, Roe said.`): the report is still the paragraph's.
_REPORT_ATTRIBUTED = lazy(
    rf",\s(?:[A-Z][^,.;:!?“”\"]{{0,60}}?\s)?(?:{_AFTER_VERBS})\b[^“”\"]{{0,300}}\Z"
)
_SENTENCE_THEN_SPACE = lazy(r"\s*[.!?。！？]?\s*")
_STOPS = frozenset(".!?。！？…")
# A body named with its country (`美国司法部`, `中国交通运输部`) or in marks (`“五眼联盟”`).
_ZH_MENTIONED_BODY = lazy(
    r"(?:美国|中国|台湾|英国|法国|德国|日本|韩国|俄罗斯|菲律宾|澳大利亚|加拿大|印度|以色列|伊朗|乌克兰)"
    # (`美国国务院`, `美国最高法院`, `美国众议院`: a 院 of a state, not `医院`, `学院`)
    r"(?P<short>(?:联邦)?[\u4e00-\u9fff]{1,6}?(?:(?<![东南西北中内全外])部|局|署|委员会|办公室|"
    r"(?<=国务)院|(?<=[议法])院))|"
    r"“(?P<body>[\u4e00-\u9fff]{2,8}(?:联盟|组织))”"
)
# What every match of it holds: a body's last word, or `“` and `联盟` or `组织`. Tried only where
# one stands, it is not compiled for Chinese text that names no body.
_ZH_BODY_ENDS = ("部", "局", "署", "委员会", "办公室", "院")
# A name's dot written as a bullet or another dot (`克里斯•史密斯`, `埃菲‧德弗林`): read as the
# middle dot `·` the Chinese rules know where the name was written before with it
# (`_zh_known_dots`).
_ZH_OTHER_DOT = Gated(r"(?<=[\u4e00-\u9fff])[•‧・](?=[\u4e00-\u9fff])", ("•", "‧", "・"))
_ZH_DOTS_READ = 16  # the most other dots of a paragraph looked at
_ZH_HAN_RUN = lazy(r"[\u4e00-\u9fff]{2,10}")
_ZH_BODIES_KEPT = 64  # the bodies named with their country kept (`该部` looks back over them)


def _without_clause_after_marks(paragraph: str, quote: Found) -> Found:
    """An indirect quote ending at a closing mark a conjunction follows (`_MARKS_THEN_CONJUNCTION`),
    when one stands inside it past its first words and no words in marks come after it."""
    cut = _MARKS_THEN_CONJUNCTION.search(paragraph, quote.start + 8, quote.end)
    if cut is None or "“" not in paragraph[quote.start : cut.start()]:
        return quote
    if "“" in paragraph[cut.end() : quote.end]:
        return quote  # `… “represents the best of America,” while it “reminds us …”`: more words
    #                   in marks after the conjunction, the report goes on
    return replace(quote, end=cut.end())


def _split_spoken_quote(
    paragraph: str, quote: Found, marks: list[tuple[int, int, int, int]]
) -> tuple[Found | None, list[Found]]:
    """An indirect quote holding a spoken `quote` before words in marks that run to its end
    (`_SPOKEN_QUOTE_IN_REPORT`): the report up to the spoken `quote` (None when no words of its
    own stand there) and the words in marks, direct quotes of the same source (each part of
    them, when the speaker broke off between them: `_BROKEN_OFF_BETWEEN_MARKS`); else the quote
    itself and none."""
    spoken = _SPOKEN_QUOTE_IN_REPORT.search(paragraph, quote.start, quote.end)
    if spoken is None:
        return quote, []
    opened = [mark for mark in marks if mark[0] == spoken.end()]
    if not opened or opened[0][2] <= opened[0][1]:
        return quote, []
    parts = [opened[0]]
    later = iter([mark for mark in marks if mark[0] > opened[0][0]])
    broken = _BROKEN_OFF_BETWEEN_MARKS.admits(paragraph)
    again = _SPOKEN_AND_BETWEEN_MARKS.admits(paragraph, spoken.end(), quote.end)
    while parts[-1][3] < quote.end and (broken or again):
        # `saying it would, quote, “A and” provide — “B.”`: more of the words read out after
        # the speaker broke off (ANNOTATING.md, "Thirty-seventh folder"); `, quote, “A,” and,
        # quote, “B.”`: the second part read out after the spoken `quote` again
        following = next(later, None)
        if (
            following is None
            or following[2] <= following[1]
            or not (
                (
                    broken
                    and _BROKEN_OFF_BETWEEN_MARKS.fullmatch(paragraph, parts[-1][3], following[0])
                )
                or (
                    again
                    and _SPOKEN_AND_BETWEEN_MARKS.fullmatch(paragraph, parts[-1][3], following[0])
                )
            )
        ):
            break
        parts.append(following)
    mark = parts[-1]
    if mark[3] < quote.end and not _SPOKEN_END_QUOTE.fullmatch(paragraph, mark[3], quote.end):
        return quote, []  # (`he was, quote, “troubled” by new charges …`: the report goes on)
    direct = [Found(part[1], part[2], "direct", quote.speaker) for part in parts]
    end = _trim_end(paragraph, quote.start, spoken.start())
    if (end - quote.start < 8 and not _SHORT_CLAUSE.fullmatch(paragraph, quote.start, end)) or (
        spoken.group().lstrip(" ,").startswith(("—", "–"))
        and _FALSE_START.fullmatch(paragraph, quote.start, end)
    ):
        # (`said that, quote, “B”`: the words in marks are the report; `underscoring that
        # Congress — quote, “B”`: a word or two the speaker broke off; not `said he was, quote,
        # “B”`, a clause's pronoun and its verb, however short)
        return None, direct
    return replace(quote, end=end), direct


def _without_question_tail(paragraph: str, quote: Found) -> Found:
    """An indirect quote without the question's end after it: a tag (`_QUESTION_TAG`), or the
    question mark that ends it."""
    if "?" not in paragraph[quote.start : quote.end]:
        return quote
    tag = _QUESTION_TAG.search(paragraph, quote.start, quote.end)
    end = tag.start() if tag is not None else quote.end
    if tag is None and paragraph[end - 1] == "?":
        end -= 1
    end = _trim_end(paragraph, quote.start, end)
    if end == quote.end or end - quote.start < 8:
        return quote
    return replace(quote, end=end)


def _without_asker_clause(paragraph: str, quote: Found) -> Found:
    """An indirect quote in a question's turn without the asker's own `, and there’s …` after
    it (`_QUESTION_THERE_CLAUSE`)."""
    clause = _QUESTION_THERE_CLAUSE.search(paragraph, quote.start, quote.end)
    if clause is None or clause.start() - quote.start < 8:
        return quote
    return replace(quote, end=_trim_end(paragraph, quote.start, clause.start()))


def _without_spoken_quotes(
    paragraph: str,
    indirect: list[Found],
    direct: list[Found],
    marks: list[tuple[int, int, int, int]],
) -> tuple[list[Found], list[Found]]:
    """`indirect` and `direct` with each report holding a spoken `quote` split
    (`_split_spoken_quote`): the report before it kept, the words in marks added to `direct`, the
    report's source theirs."""
    reports: list[Found] = []
    direct = list(direct)
    for quote in indirect:
        report, words = _split_spoken_quote(paragraph, quote, marks)
        if report is not None:
            reports.append(report)
        for part in words:
            # (a direct quote found there for another subject, `the U.S. has asked … to, quote,
            # “…”`, gives way: the words in marks are the report's)
            direct = [other for other in direct if other.start != part.start]
            direct.append(part)
    return reports, direct


# `As Chairman Jane Roe put it in today’s op-ed, A` (ANNOTATING.md, "Twenty-ninth folder"):
# `put it` after `As X` is a verb of saying, told like `As X said, A`; elsewhere (`put it on the
# table`) it is none, so it joins a paragraph's speech verbs only after `As X`.
_AS_PUT_IT = Gated(r"\b[Aa]s\s[A-Za-z][^,;:“”\"]{1,60}?\s(?P<verb>put\sit)\b", ("put it",))


def _with_as_verb(
    paragraph: str, verbs: list[tuple[int, int, str]], pattern: Gated, verb: str
) -> list[tuple[int, int, str]]:
    """`verbs` with each `verb` that `pattern` finds (its group `verb`: the `put it` of an `As X
    put it`, the `heard from` of an `as you heard from X`) among them, in order."""
    found = [
        (match.start("verb"), match.end("verb"), verb) for match in pattern.finditer(paragraph)
    ]
    return sorted(verbs + found) if found else verbs


# `And as you heard from Secretary Blinken earlier today, A` (ANNOTATING.md, "Thirty-ninth
# folder"): `heard from` after `as you` is a verb of saying whose source follows it, told like
# `As you heard him say, A`; elsewhere (`we heard from families`) it is none.
_AS_HEARD_FROM = Gated(
    r"\b[Aa]s\s(?:I\sthink\s)?you(?:[’']ve|\shave)?\s(?:also\s|just\s|all\s|already\s){0,2}"
    r"(?P<verb>heard\sfrom)\s(?=[A-Z]|the\s[A-Z])",
    ("heard from",),
)
# `You heard from the President clearly that A`, `We heard from Mitch McConnell on the Hill a
# short time ago saying A`, `you heard also from the President last night say very clearly, A`
# (a briefing's listener construction, no `as` before it): `heard from` a verb of saying whose
# source follows it; the report is read only after `that`, `saying` or `say` (`_HEARD_FROM_THAT`).
_HEARD_FROM = Gated(
    r"(?<![Aa]s\s)(?<!\bthink\s)(?<!\blike\s)\b(?:[Yy]ou|[Ww]e|I)(?:[’']ve|\shave)?\s"
    r"(?:also\s|just\s|all\s|already\s){0,2}"
    r"(?P<verb>heard\s(?:also\s|directly\s)?from)\s(?=[A-Z]|the\s[A-Z])",
    ("heard from", "heard also from", "heard directly from"),
)


def _zh_may_name_body(paragraph: str) -> bool:
    """False only where `_ZH_MENTIONED_BODY` cannot match in `paragraph`."""
    if "“" in paragraph and ("联盟" in paragraph or "组织" in paragraph):
        return True
    return any(end in paragraph for end in _ZH_BODY_ENDS)


def _zh_mentioned_bodies(paragraph: str) -> Iterator[re.Match[str]]:
    if not _zh_may_name_body(paragraph):
        return iter(())
    return _ZH_MENTIONED_BODY.finditer(paragraph)


class Scanned(NamedTuple):
    """What a paragraph's reading starts with and needs nothing before it for (`scan`)."""

    paragraph: str
    verbs: list[tuple[int, int, str]]  # `_speech_verbs`
    sentences: list[tuple[int, int]] | None  # `sentences`, when its quotes may be sought
    # `speakers.has_capitalised_pair` (whether `register_mentions` may find a name in it)
    capitalised: bool | None = None
    contents: Contents | None = None  # `contents`, of its sentences and verbs


def scan(paragraph: str) -> Scanned:
    """The speech verbs of `paragraph`, whether two capitalised words stand in a row in it
    and, when it may hold quotes (`_may_hold_quotes`), its sentences: found ahead by another
    process for a long text (`importing.ahead`), with `contents` when it has time to spare.
    The paragraph itself is not sent back: the receiver puts its own in (`Scanned(paragraph,
    *fields)` of the fields after it)."""
    verbs = _speech_verbs(paragraph)
    # (a letter beyond ASCII stands in for `_paragraph`'s Han test: it holds for every Han text)
    may_quote = _may_hold_quotes(paragraph, verbs, han=not paragraph.isascii())
    spans = sentences(paragraph) if may_quote else None
    return Scanned("", verbs, spans, has_capitalised_pair(paragraph))


class _ContentReader(ReportedQuotes):
    """A finder that has read no text, for `_content_start` alone: its answer follows from
    the sentence and the verb, but where `the President` may name one of several (what the
    text read so far tells, which this reader says it cannot)."""

    def _one_president(self) -> bool:
        raise NeedsText


_content_reader: list[_ContentReader] = []  # (made once, by the process that asks)


def contents(
    paragraph: str, verbs: list[tuple[int, int, str]], spans: list[tuple[int, int]]
) -> Contents:
    """`_content_start` of each speech verb `verbs` holds in a sentence of `spans` (each verb
    taken by its sentence as `_indirect` takes it), but those it cannot tell without the text
    read before (`NeedsText`). The reports' reading takes an answer from here for this very
    paragraph, sentence, verb and place; any other it finds itself."""
    if not _content_reader:
        _content_reader.append(_ContentReader())
    reader = _content_reader[0]
    found: Contents = {}
    next_verb = 0
    for low, high in spans:
        while next_verb < len(verbs) and verbs[next_verb][0] < low:
            next_verb += 1
        sentence = None
        while next_verb < len(verbs) and verbs[next_verb][1] <= high:
            _, end, verb = verbs[next_verb]
            next_verb += 1
            if sentence is None:
                sentence = paragraph[low:high]
            try:
                content = reader._content_start(sentence, end - low, verb)
            except NeedsText:
                continue
            found[(low, high, end - low, verb)] = (content, reader._colon_sayer)
    return found


def _news_excerpt(paragraph: str) -> bool:
    """Whether a paragraph opens with a news outlet's label and headline, then the byline and
    date in brackets (`CNN: The US economy is … [Nicole Goodkind, 7/12/23] …`)."""
    turn = _TURN.match(paragraph)
    if turn is None:
        return False
    return _EXCERPT_BYLINE.search(paragraph, turn.end(), turn.end() + 300) is not None


# A news excerpt's byline and date in brackets, anywhere (`sentence_ends._BYLINE` wants words
# after it: the headline may stand in a paragraph of its own, its byline ending it).
_EXCERPT_BYLINE = Gated(NEWS_BYLINE, ("/",))


def _may_hold_quotes(paragraph: str, verbs: list[tuple[int, int, str]], han: bool) -> bool:
    """Whether a paragraph may hold a quote: a verb of saying, Chinese, `according to`, `Per
    X:`, a quotation mark or a document's finding (`released a new analysis showing that`); the
    quotes of any other are not sought, nor its sentences split until a later pronoun needs
    their subjects."""
    return bool(
        verbs
        or han
        or "ccording" in paragraph
        or "Per " in paragraph
        or _has_mark(paragraph)
        or _may_show(paragraph)
    )


class QuoteFinder(DirectQuotes, ReportedQuotes):
    """Quotes of an article, paragraph by paragraph in reading order."""

    _given: Scanned | None = None  # what was found ahead for the paragraph being read
    # For each turn of the one who runs a call (`MODERATOR:`), in order, the label of the next
    # turn that answers (`MR. KIRBY:`, `SENIOR ADMINISTRATION OFFICIAL:`): read by `mention`.
    _after_runner: tuple[str, ...] = ()

    def mention(self, text: str, paragraphs: Sequence[str]) -> None:
        super().mention(text, paragraphs)
        after: list[str] = []
        waiting = 0
        for paragraph in paragraphs:
            turn = _TURN.match(paragraph) if ":" in paragraph[:60] else None
            if turn is None or turn.group(0) in ("Q", "Q."):
                continue
            label = turn.group(0)
            if _CALL_RUNNER.fullmatch(label) is not None:
                waiting += 1
            elif waiting:
                after.extend([label] * waiting)
                waiting = 0
        self._after_runner = tuple(after)

    def paragraph(
        self, paragraph: str, continued: int | None = None, given: Scanned | None = None
    ) -> list[Found]:
        """The quotes of the next paragraph; `continued`, where a quotation left open before it
        ends in it when it carries that quotation on with no marks (`continued_quotations`);
        `given`, what `scan` gave for it (found ahead by another process), else found here."""
        if continued is None and news_headline_line(paragraph):
            # An outlet's headline in a list of news coverage (`CNN: Apple will invest … as
            # Trump says A`): a title, its `says` no one's report (ANNOTATING.md, "Sixty-fourth
            # folder").
            return []
        if "]" in paragraph and _news_excerpt(paragraph):
            # A news excerpt a release quotes (`CNN: … [Nicole Goodkind, 7/12/23] …`) is an
            # article's narration, even among a transcript's turns: its reports are read as
            # an article's (asides after a dash, sentences that carry a report on).
            transcript, self._transcript = self._transcript, False
            found = self._read(paragraph, continued, given)
            self._transcript = transcript
            return found
        return self._read(paragraph, continued, given)

    def _read(self, paragraph: str, continued: int | None, given: Scanned | None) -> list[Found]:
        self._given = given
        if continued is not None:
            return self._continued(paragraph, continued)
        reported, self._report_speaker = self._report_speaker, None
        if reported is not None and reported is self._closing_speaker:
            read = self._direct_read
            found = self._paragraph(paragraph)
            if self._direct_read == read:
                self._closing_speaker = None  # (for the paragraph right after only)
        else:
            found = self._paragraph(paragraph)
        if found and self._closing_speaker is None:
            speaker = found[0].speaker
            after = paragraph[found[-1].end :].lstrip(' ”"。.')
            if (
                found[-1].kind == "indirect"
                and found[0].start <= 80
                and all(quote.speaker is speaker for quote in found)
                and (
                    not after
                    or after.startswith(_REPORT_GOES_ON)
                    or ("," in after and _REPORT_ATTRIBUTED.match(after) is not None)
                )
            ):
                # `穆拉斯基说，…。他提到…。` then a paragraph that is one quotation: his.
                self._closing_speaker = self._report_speaker = speaker
            elif (
                found[-1].kind == "direct"
                and paragraph[found[-1].end : found[-1].end + 1] == "”"
                # (its attribution before it: not a quotation carried on itself, nor the
                # paragraph after the next)
                and paragraph[: found[-1].start].rstrip(" “")
                and _HAN.search(paragraph, found[-1].start, found[-1].end) is not None
                and (
                    not after.strip()
                    or (
                        after.startswith(_REPORT_GOES_ON[:2])
                        and "“" not in after
                        and all(quote.speaker is speaker for quote in found)
                    )
                )
            ):
                # `…白宫发言人…表示说，“…。”` ending its paragraph, `他说：“…。”他还称赞X。` (one
                # source's words, going on only about that source): the paragraph after that
                # opens with a quotation of no attribution of its own carries the words on.
                self._closing_speaker = self._report_speaker = found[-1].speaker
        return found

    def _zh_known_dots(self, paragraph: str) -> str:
        """`克里斯•史密斯` after `克里斯·史密斯`: a name the article wrote before with the middle
        dot, now with another dot, names that person (one person is one speaker), its dot read
        as `·` (one character for one: the quotes' spans stay). A name only ever written with
        another dot keeps it (`埃菲‧德弗林`)."""
        chars: list[str] | None = None
        for count, match in enumerate(_ZH_OTHER_DOT.finditer(paragraph)):
            if count >= _ZH_DOTS_READ:
                break  # (hostile text: the work stays bounded)
            last = _ZH_HAN_RUN.match(paragraph, match.end())
            if last is None:
                continue
            part = last.group()
            for size in range(min(len(part), 10), 1, -1):
                full = self._zh_names.get(part[:size])
                head = full.rpartition("·")[0] if full is not None else ""
                if head and paragraph.endswith(head, 0, match.start()):
                    chars = chars if chars is not None else list(paragraph)
                    chars[match.start()] = "·"
                    break
        return "".join(chars) if chars is not None else paragraph

    def _continued(self, paragraph: str, end: int) -> list[Found]:
        """A paragraph that carries on a quotation left open before it with no marks of its own:
        its words up to `end` (its end, or the closing mark) are one direct quote of the speaker
        of that quotation, or, when it had none (a joint statement in marks), no quote, the
        verbs of saying in them being the quotation's. Words after the closing mark are read as
        any paragraph's."""
        speaker = self._open_speaker
        self._report_speaker = self._closing_speaker = None
        register_mentions(self.book, paragraph[:end])
        found: list[Found] = []
        start, stop = 0, end
        while stop > start and paragraph[stop - 1].isspace():
            stop -= 1
        while start < stop and paragraph[start].isspace():
            start += 1
        if speaker is not None and stop - start >= 2:
            found.append(Found(start, stop, "direct", speaker))
        if end >= len(paragraph):
            self._open_speaker = speaker
            return found
        self._open_speaker = None
        if paragraph[end + 1 :].strip():
            found += self._paragraph(" " * (end + 1) + paragraph[end + 1 :])
        return found

    def _paragraph(self, paragraph: str) -> list[Found]:
        if self._reading:
            self._note_documents(self._reading)  # (the documents named before: `the report`)
        self._reading = paragraph
        self._label_before, self._line_label = self._line_label, None
        self._headline_before, self._headline = self._headline, None
        if len(paragraph) < 3:
            self._open_speaker = None
            return []
        if (
            len(paragraph) < 120
            and " on " in paragraph
            and _EXCERPTS_LABEL.fullmatch(paragraph.strip())
            and self.label(paragraph)
        ):
            self._open_speaker = self._closing_speaker = None
            return []
        if paragraph[:1].isupper() and (headline := _headline_source(paragraph)) is not None:
            # `PBS (2018): “…”`: a publication's headline, a title and no quote; the paragraph
            # wholly in marks after it is the publication's excerpt.
            self._open_speaker = self._closing_speaker = self._colon_speaker = None
            self._headline = headline
            return []
        if (
            self._excerpts_speaker is not None
            and not _TOPIC_QUOTE.match(paragraph)
            and paragraph[:1] not in _OPEN_CLOSE
        ):
            self._excerpts_speaker = None
        if self._colon_speaker is not None and paragraph[:1] not in _OPEN_CLOSE:
            self._colon_speaker = None
        if self._announced is not None:
            # One of the paragraphs a speaker announced (`… from five aspects.`): reported
            # speech of theirs as a whole, unless it names a source of its own.
            speaker, left = self._announced
            self._announced = (speaker, left - 1) if left > 1 else None
            if not self._verbs(paragraph) and all(
                end - start <= _TERM_IN_MARKS for _, start, end, _ in _quote_spans(paragraph)
            ):
                # (Terms in marks, `the “Belt and Road”`, are covered by the report.)
                return [Found(0, _trim_end(paragraph, 0, len(paragraph)), "indirect", speaker)]
            self._announced = None
        labelled = self._labelled
        self._labelled = None
        # (A turn's label ends with a colon, unless it is `Q`: no other paragraph is tried.)
        turn = _TURN.match(paragraph) if paragraph[:1] == "Q" or ":" in paragraph else None
        self._turn_label = None
        if turn is not None and "]" in paragraph and _news_excerpt(paragraph):
            # (the outlet's label, `CNN:`, names no one who speaks: no turn, no transcript)
            paragraph = " " * turn.end() + paragraph[turn.end() :]
        elif turn is not None:
            self._transcript = True
            label = paragraph[: turn.end()]
            asking = label in ("Q", "Q.")
            # (An interview's named interviewer, `MR. COOPER:`, asks the one who answers.)
            interviewing = not asking and label.rstrip(".:") == self._interviewer
            self._asking = asking or interviewing
            self._asked = self._addressee(paragraph[turn.end() :]) if self._asking else None
            runner = False
            if interviewing:
                self._answer_label = self._interviewee + ":"
            elif asking:
                pass
            elif _CALL_RUNNER.fullmatch(label) is not None:
                # `MODERATOR: … Our next question will go to …`: the one who runs a call answers
                # nothing; the question's `you` is the one whose turn answers it (`MR. KIRBY:`,
                # unknown when the title gave no reading ahead).
                runner = True
                self._answer_label = self._after_runner[0] if self._after_runner else ""
                self._after_runner = self._after_runner[1:]
            else:
                self._answer_label = label
            if not asking and not runner and len(self._label_words) < 200:  # (a bound)
                self._label_words.update(label.rstrip(":").split())
            # A transcript's turn (`MS. JEAN-PIERRE: …`, `Q …`) is not a quote, and its label
            # is no sentence's subject; quotes inside the turn are found as anywhere else. A
            # turn that is a quotation (`YELLEN: “…”`, excerpts of an interview) is the
            # labelled speaker's, as after any label (ANNOTATING.md, "Hard cases").
            if paragraph[turn.end() :].lstrip()[:1] in _OPEN_CLOSE:
                self._turn_label = paragraph[: turn.end()]
            paragraph = " " * turn.end() + paragraph[turn.end() :]
        if (paragraph[:1] == "（" or "\u4e00" <= paragraph[:1] <= "\u9fff") and (
            opening := dateline_end(paragraph)
        ):
            # `新华社北京10月20日电（记者X） 外交部长王毅说…`, `华盛顿 — 美国国防部长…说`: the
            # dateline is no part of the source's name or title (as a turn's label is not)
            paragraph = " " * opening + paragraph[opening:]
        if self._zh_names and _ZH_OTHER_DOT.admits(paragraph):
            paragraph = self._zh_known_dots(paragraph)
        given = self._given
        # (the read-ahead child's answer, for the paragraph it was given for only)
        capitalised = (
            given.capitalised if given is not None and given.paragraph is paragraph else None
        )
        register_mentions(self.book, paragraph, capitalised)
        if "(" in paragraph:
            self._register_acronyms(paragraph)
        if "·" in paragraph:
            for name in _zh_dotted_names(paragraph):
                # Where the name ends is not written (`萨姆·奥特曼星期一…`): each beginning of
                # its last part (`奥特`, `奥特曼` …) names it, up to that part.
                head, _, last = name.rpartition("·")
                head = _zh_without_role(head)  # `机构总干事拉斐尔·格罗西`: 拉斐尔·格罗西
                for size in range(2, min(len(last), 10) + 1):
                    self._zh_names.setdefault(last[:size], f"{head}·{last[:size]}")
                if len(last) == 1:
                    # (a one-character last part: a Han character cannot follow it)
                    self._zh_one_character_names[last] = f"{head}·{last}"
        if han_text := (not paragraph.isascii() and _HAN.search(paragraph) is not None):
            for match in _zh_mentioned_bodies(paragraph):
                full = match.group("body") or match.group()
                short = match.group("short") or full
                self._zh_bodies.pop(short, None)
                self._zh_bodies[short] = full
                if len(self._zh_bodies) > _ZH_BODIES_KEPT:
                    del self._zh_bodies[next(iter(self._zh_bodies))]  # (the oldest)
            if "委员会" in paragraph or "办公室" in paragraph:
                self._zh_register_kind_bodies(paragraph)
            if self._zh_names:
                # (before the paragraph's quotes, direct ones too: `唐纳德·特朗普(Donald Trump)总统
                # 限制…。…总统…说，“…”` in one paragraph)
                self._zh_register_title_holders(paragraph)
        # One scan for the speech verbs, one for quotation marks: a paragraph with neither
        # (nor `according to`, `Per X:`, nor Chinese) holds no quote, and its sentences are
        # split only if a later pronoun needs their subjects.
        verbs = self._verbs(paragraph)
        if "put it" in paragraph:
            verbs = _with_as_verb(paragraph, verbs, _AS_PUT_IT, "put it")
        if "heard from" in paragraph:
            verbs = _with_as_verb(paragraph, verbs, _AS_HEARD_FROM, "heard from")
        if "heard " in paragraph and " from " in paragraph:
            verbs = _with_as_verb(paragraph, verbs, _HEARD_FROM, "you heard from")
        han = han_text
        if not _may_hold_quotes(paragraph, verbs, han):
            if not han and not self._own_voice:
                self._narration.append(paragraph)  # (read only if asked: ReportedQuotes)
            self._open_speaker = None
            self._pending.append(_Unsplit(paragraph))
            self._sentence = None
            found: list[Found] = []
        else:
            found = self._quotes(paragraph, verbs, han)
            if turn is not None and found and found[0].start < turn.end():
                # `SECRETARY YELLEN: A, according to the Peterson Institute.`, `…: A, the IMF
                # said.`: a report opening the turn begins after its blanked label (the probe of
                # transcripts; ANNOTATING.md, "Transcripts").
                opening = len(paragraph) - len(paragraph[turn.end() :].lstrip())
                found = [
                    replace(quote, start=opening) if quote.start < opening < quote.end else quote
                    for quote in found
                ]
        if (
            not found
            and paragraph[:1] == "“"
            and self._earlier[1]
            and (excerpt := self._excerpt_after_opening(paragraph)) is not None
        ):
            found = [excerpt]
        if labelled is not None and not found and _labelled_speech(paragraph):
            speaker, left = labelled
            self._labelled = (speaker, left - 1) if left > 1 else None
            return [Found(0, _trim_end(paragraph, 0, len(paragraph)), "indirect", speaker)]
        if found and found[-1].speaker.body:
            self._last_body = found[-1].speaker
        if not found:
            self._line_label = _label_line(paragraph)
        line = paragraph
        if paragraph[:1] == "*" or paragraph[-1:] == "*":
            # `From The Daily Wire**:**`, `**From CNBC:**`, `**From CNBC**:`: the same line with
            # its emphasis marks left out, read as below (enlabels round)
            line = _plain_colon_line(paragraph) if len(paragraph) < 160 else paragraph
        if line.endswith(":") and len(line) < 160:
            self._colon_speaker = self._colon_label(line)
            if self._colon_speaker is not None and not found and _SAID_LABEL.match(line):
                # `President of the Republic of Indonesia Joko Widodo said:` alone in its
                # paragraph, then paragraphs without marks: each one that holds no quote of
                # its own is that speaker's reported speech (ANNOTATING.md, "A paragraph
                # without an attribution of its own"), up to a paragraph of another kind.
                self._labelled = (self._colon_speaker, _LABELLED_MOST)
                return found
            if self._colon_speaker is None and _MISSED.match(line):
                # `Here are the top moments you missed:` after `President Jane Roe, in an
                # interview on …, outlined …`: the excerpts after it are hers.
                self._excerpts_speaker = self._opening_person()
        if line.endswith(":") and self._colon_speaker is None and not found:
            # `Vice President Jane Roe shared … and emphasized the need for …:` then
            # quotations, one a paragraph: the lead-in's subject speaks them.
            self._excerpts_speaker = self._colon_lead_in(line) or self._excerpts_speaker
        self._earlier = (self._earlier[1], paragraph)
        if "Court" in paragraph:
            self._court_paragraph = paragraph
        announcement = (
            _ANNOUNCEMENT.search(paragraph)
            if paragraph.rstrip()[-12:].rstrip(".:").endswith(_ANNOUNCED_PARTS)
            else None
        )
        if announcement is not None and not found:
            reference = _subject_before(paragraph[: announcement.start()].split(".")[-1][-200:])
            person = self._resolve(reference) if reference is not None else None
            if person is not None:
                self._announced = (person, _COUNTS[announcement.group("count").lower()])
        return found

    def _verbs(self, paragraph: str) -> list[tuple[int, int, str]]:
        """`_speech_verbs(paragraph)`, as given when this is the paragraph it was given for (not
        one whose turn label was blanked)."""
        given = self._given
        if given is not None and given.paragraph is paragraph:
            return given.verbs
        return _speech_verbs(paragraph)

    def _quotes(self, paragraph: str, verbs: list[tuple[int, int, str]], han: bool) -> list[Found]:
        given = self._given
        if given is not None and given.paragraph is paragraph and given.sentences is not None:
            spans = given.sentences
            self._contents_given = (paragraph, given.contents) if given.contents else None
        else:
            spans = sentences(paragraph)
            self._contents_given = None
        marks = _quote_spans(paragraph)
        subject = self._zh_subject  # (as the paragraph begins: reading its quotes moves it)
        direct = self._direct(paragraph, marks, spans)
        in_marks = Within([(mark[0], mark[3]) for mark in marks]) if marks else _NO_SPANS
        indirect = self._indirect(paragraph, spans, marks, in_marks, direct, verbs)
        if indirect and not han:
            indirect = [
                _without_clause_after_marks(paragraph, _without_question_tail(paragraph, quote))
                for quote in indirect
            ]
            if self._asking and _QUESTION_THERE_CLAUSE.admits(paragraph):
                indirect = [_without_asker_clause(paragraph, quote) for quote in indirect]
            if _SPOKEN_QUOTE_IN_REPORT.admits(paragraph):
                indirect, direct = _without_spoken_quotes(paragraph, indirect, direct, marks)
        if han:
            self._zh_direct_found = direct
            indirect = sorted(
                indirect + self._zh_indirect(paragraph, marks, in_marks), key=lambda q: q.start
            )
            self._zh_direct_found = []
            if marks:
                direct += self._zh_pronoun_direct(paragraph, marks, direct, indirect, subject)
                direct += self._zh_colon_direct(paragraph, marks, direct, indirect)
                if len(marks) > 1:
                    direct += self._zh_joined_direct(paragraph, marks, direct)
        direct += self._after_report(paragraph, marks, direct, indirect)
        if indirect and "I quote, " in paragraph:
            direct += self._spoken_after_report(paragraph, marks, direct, indirect)
        # Annotations do not overlap: a direct quote inside reported speech is part of it
        # (a report that starts at or before it reaches its end).
        reports = (
            Within([(report.start, report.end + 1) for report in indirect])
            if indirect
            else _NO_SPANS
        )
        kept = [
            quote
            for quote in direct
            if (reach := reports.reach(quote.start)) is None or quote.end > reach
        ]
        return sorted(kept + indirect, key=lambda quote: quote.start)

    @staticmethod
    def _spoken_after_report(
        paragraph: str,
        marks: list[tuple[int, int, int, int]],
        direct: list[Found],
        indirect: list[Found],
    ) -> list[Found]:
        """`He’s made it clear that A. He has already told Putin, and I quote, “B.”`: the
        words in marks after the pronoun's spoken `quote` are the speaker's of the report that
        ends right before the pronoun's sentence (`_PRONOUN_SPOKEN_AFTER_REPORT`)."""
        out: list[Found] = []
        covered = Within([(q.start, q.end + 1) for q in direct + indirect])
        for opening, start, end, _close_end in marks:
            if start in covered or end - start < 2:
                continue
            low = max(0, opening - 80)
            frame = _PRONOUN_SPOKEN_AFTER_REPORT.search(paragraph, low, opening)
            if frame is None:
                continue
            at = frame.start()
            report = max((q for q in indirect if q.end <= at), key=lambda q: q.end, default=None)
            if (
                report is None
                or report.speaker.body
                or report.speaker.pronoun not in (None, frame.group("pronoun").lower())
                or _REPORT_TO_SENTENCE.fullmatch(paragraph, report.end, at) is None
            ):
                continue
            text = paragraph[start:end]
            text_start = start + len(text) - len(text.lstrip())
            out.append(Found(text_start, start + len(text.rstrip()), "direct", report.speaker))
        return out

    @staticmethod
    def _after_report(
        paragraph: str,
        marks: list[tuple[int, int, int, int]],
        direct: list[Found],
        indirect: list[Found],
    ) -> list[Found]:
        """A quoted sentence with no attribution of its own right after a report that ends a
        sentence (`X表示，A。“B。”`, `X said that A. “B.”`): X's words, by its place in the
        paragraph of X's statement (ANNOTATING.md, "Direct quotes")."""
        out: list[Found] = []
        if not marks:
            return out  # (most paragraphs': no quotation to take)
        covered = Within([(q.start, q.end + 1) for q in direct + indirect])
        # The last report (in the list's order) that ends before a quotation: the quotations
        # come in order, so the reports are taken in order of their end as they are passed.
        by_end = sorted(range(len(indirect)), key=lambda index: indirect[index].end)
        passed = 0
        last = -1
        for _opening, start, end, close_end in marks:
            if close_end == end or start in covered:
                continue
            while passed < len(by_end) and indirect[by_end[passed]].end <= start:
                last = max(last, by_end[passed])
                passed += 1
            if last < 0:
                continue
            report = indirect[last]
            between = paragraph[report.end : start - 1]
            text = paragraph[start:end].strip()
            if (
                _SENTENCE_THEN_SPACE.fullmatch(between) is None
                or not (between.strip() or paragraph[report.end - 1] in _STOPS)
                or len(text) < 8
                or text[-1] not in _STOPS
            ):
                continue
            text_start = start + len(paragraph[start:end]) - len(paragraph[start:end].lstrip())
            out.append(Found(text_start, text_start + len(text), "direct", report.speaker))
        return out

    # --- direct -------------------------------------------------------------------------

    def _register_acronyms(self, paragraph: str) -> None:
        """`the National Park Service (NPS)`: a later `Per NPS:` or `NPS said` names the body by
        the name the acronym's initials spell (the last capitalised words before the brackets,
        with `of`, `and`, `for`, `on`, `the` between them)."""
        for count, match in enumerate(_ACRONYM_IN_BRACKETS.finditer(paragraph)):
            if count >= _ACRONYMS_READ:
                break  # hostile text: a few acronyms a paragraph at most
            acronym = match.group(1)
            words = paragraph[max(0, match.start() - 160) : match.start()].split()[-14:]
            taken: list[str] = []
            initials = ""
            for word in reversed(words):
                if (
                    word[:1].isupper()
                    and word[:1] == acronym[-1 - len(initials) : len(acronym) - len(initials)]
                ):
                    taken.insert(0, word)
                    initials = word[0] + initials
                    if initials == acronym:
                        break
                elif word in ("of", "and", "for", "on", "the", "&") and taken:
                    taken.insert(0, word)
                else:
                    break
            if initials != acronym and "O" in acronym:
                spelled = _spelled_with_of(words, acronym)
                if spelled is not None:
                    taken, initials = spelled.split(" "), acronym
            if initials == acronym and len(taken) >= 2:
                self._keep_acronym(acronym, " ".join(taken))
        if "(“" in paragraph:
            for count, match in enumerate(_DOCUMENT_SHORT_NAME.finditer(paragraph)):
                issuer = self._acronyms.get(match.group("acronym"))
                if count >= _ACRONYMS_READ:
                    break
                if issuer is not None:
                    self._keep_acronym(match.group("short"), issuer)
        # `七国集团(G7)…。G7表示，…`: the Chinese body the abbreviation was written after.
        for acronym, name in _zh_spelt_acronyms(paragraph):
            self._keep_acronym(acronym, name, replace=False)

    def _keep_acronym(self, acronym: str, name: str, replace: bool = True) -> None:
        """`acronym` spelt out as `name` (the latest spelling, or the first when not
        `replace`), the oldest of the kept ones forgotten past `_ACRONYMS_KEPT`."""
        if replace:
            self._acronyms[acronym] = name
        else:
            self._acronyms.setdefault(acronym, name)
        if len(self._acronyms) > _ACRONYMS_KEPT:
            del self._acronyms[next(iter(self._acronyms))]  # (the oldest)

    def _opening_person(self) -> Person | None:
        """The person named first in one of the two paragraphs before (the latest first),
        as the subject of its first sentence (`In an interview, President Jane Roe said …`)."""
        for earlier in reversed(self._earlier):
            match = _OPENING_PERSON.match(earlier)
            reference = parse_phrase(match.group("np")) if match is not None else None
            if reference is not None and (
                reference.kind == "name"
                or (
                    reference.kind == "surname"
                    and reference.role
                    and reference.role not in _HONORIFICS
                )
            ):
                # (a titled surname too, `President Roe sat down for an interview …`: the
                # release names its subject no more fully; not `Mr. Roe`, a later mention of
                # one named in full in the paragraph before)
                return self._resolve(reference)
        return None

    def _excerpt_after_opening(self, paragraph: str) -> Found | None:
        """A paragraph wholly in marks that no rule attributes, whose words are sentences (`“The
        Biden administration did little …. By contrast, …”`), right after a paragraph opening
        with a person named in full as its first sentence's subject (`In today’s Wall Street
        Journal, Secretary Jane Roe lays out …`): that person's excerpt. Not a headline or a
        title in marks (no sentence: `“最不希望我们纪念六四的是中共”`), nor after a paragraph
        opening with anyone else (`It’s the latest example …`)."""
        marks = _quote_spans(paragraph)
        if len(marks) != 1 or marks[0][0] != 0:
            return None
        _, start, end, close_end = marks[0]
        if paragraph[close_end:].strip(" .") or end - start < _EXCERPT_LEAST:
            return None
        words = paragraph[start:end].rstrip(" ,")
        if not words.endswith(_EXCERPT_ENDS) or _EXCERPT_SENTENCE.search(words) is None:
            return None  # (two sentences at least: not a slogan, a motto nor a title)
        match = _EXCERPT_OPENER.match(self._earlier[1])
        reference = _np_reference(match.group("np")) if match is not None else None
        if reference is None or reference.kind != "name" or not _has_title(reference.role):
            return None
        person = self._resolve(reference)
        if person is None or person.body:
            return None
        return Found(start, _trim_end(paragraph, start, end), "direct", person)

    def _colon_label(self, paragraph: str) -> Person | None:
        """The source a paragraph that ends in a colon names for the quotations after it:
        `Meanwhile, The Washington Post reports:` (a source and a verb of saying), `Here are a
        few examples from the story:` (the body quoted last, whose story it is)."""
        match = _COLON_SAID.search(paragraph)
        if match is not None:
            return self._resolve(_np_reference(match.group("np")))
        if _COLON_STORY.search(paragraph):
            return self._last_body
        source = _COLON_FROM.match(paragraph)
        if source is not None:
            # `From the Tax Foundation:`, `A statement from Director Jane Roe follows:`
            return self._resolve(_np_reference(source.group("np")))
        return None

    def _colon_lead_in(self, paragraph: str) -> Person | None:
        """The speaker a lead-in of one sentence names for the quotations after it, its colon
        ending the paragraph (`Vice President Jane Roe shared powerful reflections …:`): the
        person its sentence opens with (ANNOTATING.md, "Twentieth folder"); not a body nor a
        group (`Officials … also shared their personal stories:`), nor a paragraph of several
        sentences (`… met today. The following attended:`)."""
        if len(paragraph) > _LEAD_IN_MOST or len(sentences(paragraph)) > 1:
            return None
        text = paragraph.rstrip(": ")
        person = self._lead_in(text)
        if person is None:
            # `Following the signing of S. 870, which included the Act, National Climate Advisor
            # Jane Roe released the following statement:`, `During a roundtable with …,
            # President Roe acknowledged …, saying:`: a phrase of time or occasion, commas and
            # all, before the subject; the subject is the person named right after a comma and
            # right before a verb (ANNOTATING.md, "Twentieth folder": a lead-in of one sentence).
            # The subject is a person met before or a titled full name (`National Climate
            # Advisor Jane Roe`), not capitalised words that only look like a name.
            for count, comma in enumerate(_COMMA_THEN_NAME.finditer(text)):
                if count >= _LEAD_IN_COMMAS:
                    break
                reference = _np_reference(comma.group("np"))
                if reference is not None and (
                    (reference.kind == "name" and _has_title(reference.role))
                    or (reference.kind in ("name", "surname") and self._known(reference))
                ):
                    person = self._resolve(reference)
                    if person is not None:
                        break
        return person if person is not None and not person.body else None

    def read_turns(self, title: str | None, paragraphs: Sequence[str]) -> None:
        """Read the labels of a transcript's turns for an interview's: two who speak, one
        named by courtesy title (`MR. COOPER:`, `MS. BASH:`, `MODERATOR:`) putting questions to
        the other (`THE VICE PRESIDENT:`), whose turns alternate, a question from the floor
        (`Q`) now and then. When both are named so (`MR. SEVASTOPULO:`, `MR. SULLIVAN:`), the
        one the title names (`Remarks by APNSA Jake Sullivan in Fireside Chat`) answers. A
        panel (several who answer) and a press conference (`Q` asks, two or more answer) are
        no interview (ANNOTATING.md, "Thirty-ninth folder")."""
        counts: dict[str, int] = {}
        order: list[str] = []  # (the turns' labels in reading order)
        for paragraph in paragraphs:
            if paragraph[:1] != "Q" and ":" not in paragraph[:60]:
                continue
            turn = _TURN.match(paragraph)
            if turn is not None:
                label = paragraph[: turn.end()].rstrip(".:")
                counts[label] = counts.get(label, 0) + 1
                order.append(label)
        questions = counts.pop("Q", 0)
        # (A label met once is a slip of the transcript's or a passing voice.)
        speakers = [
            label
            for label, count in counts.items()
            if count > 1 and not _FLOOR_LABEL.fullmatch(label)
        ]
        if len(speakers) != 2:
            return
        courtesy = [label for label in speakers if _COURTESY_LABEL.fullmatch(label)]
        if len(courtesy) == 2:
            named = (title or "").upper().split()
            courtesy = [label for label in courtesy if label.split()[-1] not in named]
        if len(courtesy) != 1:
            return
        asker = courtesy[0]
        answerer = speakers[1] if speakers[0] == asker else speakers[0]
        if not (answerer.startswith("THE ") or _COURTESY_LABEL.fullmatch(answerer)):
            return  # (`SENIOR ADMINISTRATION OFFICIAL`: a press call's, named by no one)
        asks, answers = counts[asker], counts[answerer]
        # (the asker's turns the answerer's turn or a question from the floor follows: a `Q`,
        # or a voter the moderator has just introduced, `AUDIENCE MEMBER:`, in a town hall)
        answered = sum(
            1
            for one, after in itertools.pairwise(order)
            if one == asker
            and (after in (answerer, "Q") or _FLOOR_LABEL.fullmatch(after) is not None)
        )
        if asks < 3 or 2 * asks < answers or 2 * answers < asks or 2 * answered <= asks:
            return  # (turns that do not alternate)
        if 2 * questions > asks:
            return  # (the floor asks the most: a press conference, `Q` its interviewer)
        self._interviewer, self._interviewee = asker, answerer
        # A question put before anyone has answered (an excerpt opening with the floor's `Q …
        # you said A`) is put to the one interviewed, as every question of the interview is.
        self._answer_label = self._answer_label or answerer + ":"

    def label(self, text: str) -> bool:
        """Read a heading or a short paragraph that names the speaker of the excerpts after it
        (`Attorney General Pam Bondi on Fox News Sunday`); whether it is one."""
        self._line_label = _label_line(text)
        match = _EXCERPTS_LABEL.fullmatch(text.strip())
        reference = parse_phrase(match.group("who")) if match is not None else None
        if reference is not None and reference.kind == "surname" and reference.role:
            # `President Trump on Sunday Morning Futures`: a titled surname met before.
            reference = reference if self._known(reference) else None
        elif reference is not None and reference.kind != "name":
            reference = None
        if reference is None:
            self._excerpts_speaker = None
            return False
        register_mentions(self.book, text)
        self._excerpts_speaker = self.book.resolve(reference)
        return self._excerpts_speaker is not None


def _label_line(text: str) -> str | None:
    """`text` stripped when it is a line alone that may be a speaker's label (`_LABEL_LINE`, under
    160 characters), else None."""
    stripped = text.strip()
    return stripped if len(text) < 160 and _LABEL_LINE.fullmatch(stripped) else None
