"""English clauses around a report: a `that` clause's quotation, asides and dashes, the
subject before an auxiliary or a relative pronoun, a label naming an organisation, and the
subject of the sentence before."""

from __future__ import annotations

import re

from pressreader.importing.quotes.found import Found
from pressreader.importing.quotes.marks import _marks_opening
from pressreader.importing.quotes.subjects import _subject_before
from pressreader.importing.speakers import (
    DETERMINERS,
    ORG_WORDS,
    TITLE_WORDS,
    Reference,
    parse_phrase,
)
from pressreader.importing.wordlists import lazy


def _spelled_with_of(words: list[str], acronym: str) -> str | None:
    """`the Department of Justice (DOJ)`, `the Department of the Interior (DOI)`: the name an
    acronym spells with the `o` of its `of` (the capitalised words alone spell `DJ`), from the
    words before the brackets; None when they spell another."""
    taken: list[str] = []
    initials = ""
    for word in reversed(words):
        need = acronym[-1 - len(initials)] if len(initials) < len(acronym) else ""
        if (word[:1].isupper() and word[:1] == need) or (word == "of" and need == "O" and taken):
            taken.insert(0, word)
            initials = need + initials
            if initials == acronym:
                break
        elif word in ("and", "for", "on", "the", "&") and taken:
            taken.insert(0, word)
        else:
            break
    if initials == acronym and "of" in taken and taken[0][:1].isupper():
        return " ".join(taken)
    return None


def _that_quotation(
    paragraph: str, quote: Found, marks: list[tuple[int, int, int, int]]
) -> list[Found] | None:
    """`X declared that “freedom is non-negotiable,” and …`, `proclaimed that “A,” urging …`: a
    `that` clause wholly in marks is the source's direct quote, the words inside them (the
    direct finder reads a quotation after a verb, not after its `that`); after a briefing's
    spoken `quote`, each part in marks (`_that_spoken_quotation`). What may follow the closing
    mark is `_closes_clause`'s to say. None when the report is no clause wholly in marks (it
    stays as it is); empty when it is one not after `that` (`said “A,” urging …`: the direct
    finder's quotation)."""
    read_out = _that_spoken_quotation(paragraph, quote, marks)
    if read_out:
        return read_out
    near = _marks_opening(marks, quote.start - 1, quote.start + 2)
    closed = [mark for mark in near if _closes_clause(paragraph, mark, quote.end)]
    if not closed:
        return None
    if not _THAT_OPENING.search(paragraph, max(0, quote.start - 8), quote.start + 1):
        return []
    for _opening, inner_start, inner_end, close_end in closed:
        if inner_end > inner_start and close_end > inner_end:
            return [Found(inner_start, inner_end, "direct", quote.speaker)]
    return []


# `that “` right before a quotation (the mark where the clause starts).
_THAT_OPENING = lazy(r"\bthat,?\s[“\"]\Z")


def _closes_clause(paragraph: str, mark: tuple[int, int, int, int], end: int) -> bool:
    """Whether a clause in the marks `mark`, in a report that runs to `end`, ends at its closing
    mark (ANNOTATING.md, "Forty-second folder" and "Forty-fourth folder"): nothing after it but
    a stop, or the reporter's words after a comma, a participle (`…,” urging …`, `…”, urging
    …`; not `including`, which lists what the report holds) or, the comma inside the marks, a
    clause opened by a conjunction (`…,” when she compared …`, `…,” but more than …`). Not a
    clause that goes on past the marks (`“sanctions are tight” every day`). (Marks inside a
    clause, `had taken a “…,” helping …`, are never asked: `_that_quotation` asks of the marks
    that open the report.)"""
    _opening, _inner_start, inner_end, close_end = mark
    if close_end >= end - 1:
        return True
    rest = paragraph[close_end:end]
    if _STOP_AFTER.match(rest):
        return True
    if paragraph[inner_end - 1 : inner_end] == ",":
        return _WORDS_AFTER.match(rest) is not None
    return _PARTICIPLE_AFTER.match(rest) is not None


# After a clause's closing mark: a stop, then nothing; the reporter's participle after a comma
# (`…”, urging …`); after the comma inside the marks, a participle or a clause of the
# reporter's or the asker's opened by its conjunction (`…,” urging …`, `…,” when she compared
# …`, `…,” but more than …`).
_STOP_AFTER = lazy(r"[.,;]?\s*\Z")
_PARTICIPLE_AFTER = lazy(r",\s(?!including\b)[a-z]{2,}ing\b")
_WORDS_AFTER = lazy(
    r"\s(?:(?!including\b)[a-z]{2,}ing|(?:and\s)?(?:when|while|because|but|so|if|although|though))\b"
)


def _that_spoken_quotation(
    paragraph: str, quote: Found, marks: list[tuple[int, int, int, int]]
) -> list[Found]:
    """`She also said that, quote, “A,” and, quote, “B,” meaning …`: a `that` clause wholly in
    marks after a briefing's spoken `quote` is the source's direct quote, each part in marks one
    (ANNOTATING.md, "Forty-fourth folder"); after the last part, what `_closes_clause` allows
    (`…,” meaning …`, `…,” when she compared …?`) is no part of it. None when the clause goes on
    past the marks (`that, quote, “sanctions are tight” every day`: one indirect quote, as
    without `quote`)."""
    if not _THAT_SPOKEN.search(paragraph, max(0, quote.start - 8), quote.start):
        return []
    spoken = _SPOKEN_LEAD.match(paragraph, quote.start, quote.start + 24)
    if spoken is None:
        return []
    parts: list[Found] = []
    position = spoken.end() - 1
    while True:
        opened = _marks_opening(marks, position, position + 1)
        if not opened or opened[0][2] <= opened[0][1]:
            return []
        _opening, inner_start, inner_end, close_end = opened[0]
        parts.append(Found(inner_start, inner_end, "direct", quote.speaker))
        if _closes_clause(paragraph, opened[0], max(close_end, quote.end)):
            return parts
        further = _SPOKEN_AND.match(paragraph, close_end, max(close_end, quote.end))
        if further is None:
            return []
        position = further.end() - 1


# `that, ` before a spoken `quote` (the clause's start), and the spoken lead-in itself.
_THAT_SPOKEN = lazy(r"\bthat,?\s\Z")
_SPOKEN_LEAD = lazy(r"(?:and\s)?(?:I\s)?quote,?\s[“\"]")
# `, and, quote, “`: the next part in marks, read out again.
_SPOKEN_AND = lazy(r",?\s(?:and|but),?\s(?:I\s)?quote,?\s[“\"]")


# A dash, then a participle (`… $3,000 per pair—providing significant breathing room …`): the
# reporter's aside after the report, as a relative clause after a dash is (`_before_dash_aside`);
# `—including …` lists what the report holds, and a second dash after it closes an aside inside
# the report. An adverb in -ly may stand before the participle (`… are unfair and unlawful –
# effectively banning both.`).
_DASH_PARTICIPLE = lazy(r"\s?[—–]\s?(?!including\b)(?:[a-z]{2,}ly\s)?[a-z]{3,}ing\b")


# A participle right after a closing mark, no comma between (`wrote that the “allegations … could
# undermine the emails’ credibility” downplaying the validity of …`): the reporter's comment on
# what the source wrote, as after a dash. With a comma (`had taken a “large pair of scissors to any
# red tape,” eliminating the need …`) the participle may be the source's and the report goes on;
# a preposition in -ing (`” during`, `” including`) is no participle.
_MARK_PARTICIPLE = lazy(
    r"(?<![,.;:!?])”\s(?!(?:during|including|regarding|concerning|according|following|excluding|pending|"
    r"considering|notwithstanding)\b)(?:[a-z]{2,}ly\s)?[a-z]{3,}ing\b"
)


def _before_dash_participle(paragraph: str, start: int, end: int) -> int:
    """Where a report from `start` to `end` ends before the reporter's participle after a dash,
    or right after a closing mark (`_MARK_PARTICIPLE`)."""
    if "”" in paragraph[start:end]:
        after_mark = _MARK_PARTICIPLE.search(paragraph, start, end)
        if after_mark is not None and not _inside_marks(paragraph, start, after_mark.start() + 1):
            end = after_mark.start() + 1
    aside = _DASH_PARTICIPLE.search(paragraph, start, end)
    if aside is None or re.search(r"[—–]", paragraph[aside.end() : end]):
        return end
    return aside.start()


def _in_phrase(word: str) -> bool:
    """Whether a word belongs to the phrase a sentence opens with (a name, a title)."""
    return word[:1].isupper() or word.lower() in _PHRASE_WORDS


_PHRASE_WORDS = TITLE_WORDS | {"of", "the", "and"}


def _clause_end(sentence: str, position: int) -> int:
    cut = max(sentence.rfind(",", 0, position), sentence.rfind(" and ", 0, position))
    return cut if cut > 0 else position


# `… Act — which Republicans called …`: a relative clause after a dash, the reporter's aside.
# (`— a trend that could soon be reversed`: a noun the reporter sets after the report, with its
# relative clause, as `— which …`)
_DASH_WHICH = lazy(r"\s[—–]\s(?:which|whom|whose|an?\s[a-z]+(?:\s[a-z]+)?\s(?:that|which)\b)")
_DASH = lazy(r"[—–]")


# After the second dash, words that only add to the reporter's relative clause (`— which would
# put in jeopardy the jobs … in her home district — particularly in underserved communities.`):
# an adverb of focus and the rest of the sentence, no verb of the report's to go on with.
_ASIDE_GOES_ON = lazy(
    r"\s?(?:particularly|especially|notably|mostly|largely|chiefly|primarily|mainly)\s"
    r"[^,;:—–“”\"]*[.!]?\s*\Z"
)


def _before_dash_aside(sentence: str, start: int, end: int) -> int:
    """Where a report from `start` to `end` ends before a relative clause the reporter adds after
    a dash (`CS Wind announced it is expanding … as a result of the Act — which Republicans
    called “…”`); `end` when there is none, when the clause closes with a second dash (`down from
    about a year — which is what we knew — to a few weeks`: an aside inside the report; not a
    second dash that only adds to the clause, `_ASIDE_GOES_ON`) or when it restarts a relative
    clause just begun (`which will — which will in most cases …`)."""
    aside = _DASH_WHICH.search(sentence, start, end)
    if aside is None:
        return end
    second = _DASH.search(sentence, aside.end(), end)
    if second is not None and not _ASIDE_GOES_ON.match(sentence, second.end(), end):
        return end
    if "which" in sentence[max(start, aside.start() - 40) : aside.start()]:
        return end
    return aside.start()


# The source's next act, joined to its verb of saying by `and` with the subject left out, told by
# its form: the verb of saying's own tense (`declared … and ordered`, `is announcing … and is
# calling`, `has announced … and has directed`) where the clause between speaks in another, so
# the joined verb can only be the attribution's (`declared that an emergency exists in the State
# of Florida and ordered Federal assistance to …`). The report ends before it, as before a verb
# of the narration `_CUT` lists (ANNOTATING.md, "Two attributions in one sentence"). A past in
# -ed is a verb only before what opens its object: a determiner, a capitalised word, a number
# (`ordered Federal assistance`, `ordered the evacuation`); else it may be an adjective or a
# participle (`to deliver new trucks and advanced batteries`, `the report is final and embargoed
# until Monday`, `new and expanded independent meat … capacity`), and `-eed` is no past (`speed`).
_JOINED_PAST = lazy(
    r",?\sand\s(?:also\s|then\s)?[a-z]{2,}[a-df-z]ed\s"
    r"(?:(?:the|a|an|its|his|her|their|our|this|these|those|all|new|additional|more)\s|[A-Z$\d])"
)
_JOINED_AUXILIARY = lazy(
    r",?\sand\s(?:also\s|then\s)?(?P<aux>is|are|has|have)\s(?:also\s|now\s)?[a-z]{3,}(?:ing|ed)\b"
)
# The clause's own past (a verb in -ed, a common irregular one, an auxiliary): with it, a past
# after `and` may be the clause's (`said that the company hired 500 workers and opened a plant`).
_CLAUSE_PAST = lazy(
    r"\b(?:[a-z]{2,}ed|was|were|had|did|would|could|made|took|gave|sent|went|came|saw|said|told|"
    r"found|got|grew|rose|fell|led|left|lost|met|paid|ran|spent|won|wrote|began|became|brought|"
    r"bought|built|held|kept|knew|sold|stood|thought|chose|spoke)\b"
)
_SAID_PAST = frozenset(["said", "told", "wrote"])
# The auxiliary right before a verb of saying (`is announcing`, `has also announced`), and any
# before a past (`had declared`, `will have said`: no simple past).
_AUXILIARY_BEFORE = lazy(
    r"\b(?P<aux>is|are|has|have|had|was|were|be|been|will|would|did)\s(?:[a-z]+ly\s|also\s|now\s|"
    r"today\s|again\s)?\Z"
)


def _before_joined_act(sentence: str, tail: str, verb: str, content: int, end: int) -> int:
    """Where a report from `content` to `end`, after the verb of saying `verb` (the words before
    it `tail`), ends before the source's next act joined by `and` in that verb's own form; `end`
    when there is none."""
    if sentence.find(" and ", content, end) < 0:
        return end
    before = _AUXILIARY_BEFORE.search(tail, max(0, len(tail) - 24))
    aux = before.group("aux") if before is not None else None
    if aux in ("is", "are", "has", "have"):
        joined = _JOINED_AUXILIARY.search(sentence, content, end)
        if joined is None or joined.group("aux") != aux:
            return end
        if re.search(rf"\b{aux}\b", sentence[content : joined.start()]):
            return end  # (the clause's own `is`: `is announcing that it is hiring … and is …`)
        return joined.start() if not _inside_marks(sentence, content, joined.start()) else end
    if aux is not None or not (verb.endswith("ed") or verb in _SAID_PAST):
        return end
    joined = _JOINED_PAST.search(sentence, content, end)
    if joined is None or _CLAUSE_PAST.search(sentence, content, joined.start()) is not None:
        return end
    return joined.start() if not _inside_marks(sentence, content, joined.start()) else end


# The first person of the one reporting (`we`, `our`, `us`, `I`), as a word.
_FIRST_PERSON_WORD = lazy(r"\b(?:[Ww]e|[Oo]ur|us|ours|ourselves|I|[Mm]y|me)\b")
# What joins the reporter's own clause to a report, up to the first person in it: its subject
# (`, and we …`, `, but certainly I’m …`, `— or we’ll …`, `; we …`), or its object a few words
# on (`, but Brett had a briefing with us`); a closing comment whose first part holds it (`,
# which is something we …`); a participle with the reporter's own `our` (`, demonstrating our
# commitment …`). Not a second clause of the report (`, and that we …`), nor a first person in
# a clause inside the one joined (`, or intelligence that we have been providing`).
_REPORTER_JOIN = lazy(
    r"(?:,\s(?:and|but|so|or)\s|\s?[—–](?P<dash>)\s?(?:and|but|or)\s|;\s(?:and\s|but\s)?)"
    r"(?:(?:certainly|obviously|of course|frankly|again|also|now|then|I think),?\s)?"
    r"(?:(?P<object>)(?:(?!(?:that|which|who|whom|where|whether|if|how|why|what|when)\b)"
    r"[\w’'.\-]+\s){1,5})?\Z"
    r"|,\swhich\s(?P<which>)[^,;:—–“”\"]*\Z"
    r"|,\s(?!including\b)[a-z]{3,}ing\s(?P<participle>)\Z"
)
# After a relative clause, the main clause going on (`said the law, which I signed, is
# working`): an aside the report goes on past.
_MAIN_GOES_ON = lazy(
    r"[^,;:—–“”\"]*,\s(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|"
    r"might|does|do|did|remains)\b"
)


def _before_reporter_clause(sentence: str, content: int, end: int) -> int:
    """Where a report from `content` to `end`, in the third person, ends before a clause of the
    one reporting in the first person (ANNOTATING.md, "Fortieth folder"): `Pelosi said that
    this is a topic she will raise — or we’ll leave it to her …`, `the President made clear
    that A, which is something we certainly convey …`, `you said A, but Brett had a briefing
    with us`. A report that speaks in the first person itself (`The United States has made clear
    that we support …, and we’re prepared …`) keeps its later `we`: the source's voice. `end`
    when there is none."""
    for person in _FIRST_PERSON_WORD.finditer(sentence, content, end):
        if _inside_marks(sentence, content, person.start()) or sentence.startswith(
            " quote", person.end()
        ):
            continue  # (`, and I quote, is “…”`: the source's words go on)
        join = _REPORTER_JOIN.search(sentence, content, person.start())
        if join is None or not _reporter_joined(sentence, content, end, join, person):
            return end
        return join.start()
    return end


def _reporter_joined(
    sentence: str, content: int, end: int, join: re.Match[str], person: re.Match[str]
) -> bool:
    """Whether `join` (a `_REPORTER_JOIN` match after the report from `content`) begins the
    reporter's own clause, given its first person `person` (the report's first before it)."""
    word = person.group()
    if join.start() <= content:
        return False
    if join.group("which") is not None:
        # (not an aside the report goes on past: `the law, which I signed, is working`)
        return _MAIN_GOES_ON.match(sentence, person.end(), end) is None
    if join.group("participle") is not None:
        # (not a gerund opening the clause: `made clear that, to him, respecting our diversity …
        # is a principle`)
        return word in ("our", "Our", "us") and len(sentence[content : join.start()].split()) > 3
    if join.group("object") is not None:
        return word in ("us", "me")  # (not `, and he’s going to talk about what are our values`)
    if word not in ("we", "We", "I"):
        return False
    if join.group("dash") is not None:
        # (not a dash that closes an aside, `… — that’s a forum — and …`, nor one that opens an
        # aside inside the report, `he would — and I’m using a quotation — “terminate” …`)
        return len(_DASH.findall(sentence, content, join.start())) % 2 == 0 and (
            _DASH.search(sentence, person.end(), end) is None
        )
    return True


def _inside_marks(sentence: str, start: int, end: int) -> bool:
    """Whether `end` stands inside a quotation opened after `start` (its words, not the report's
    narration: `stated …, “… at the scale and speed of biological threats.”`)."""
    return sentence.count("“", start, end) > sentence.count("”", start, end)


def _trim_end(paragraph: str, start: int, end: int) -> int:
    while end > start and paragraph[end - 1] in " ,;:—–-…":  # (an ellipsis: words left out)
        end -= 1
    return end


# English reports of the thirteenth round (docs/IMPORT-RULES.md): a verb in the progressive after
# its subject (`The Administration is also announcing that …`), a relative clause whose verb has a
# clause of its own (`…, King Abdullah II, who announced that …`), `expressed` with a noun of stance
# and its clause, and `that` as a clause's subject (`says that will allow …`).
_PROGRESSIVE = lazy(r"(?:\s(?:today|now|also))?\s(?:is|are)(?:\s(?:also|now|today|again))?\s*\Z")
_RELATIVE = lazy(r",\s(?P<who>who|which)(?:\s(?:also|has|have|had|then|later|recently))?\s*\Z")
# After `said that,` or `said that —`, a speaker's own verb and a quotation (`as soon as he said
# that, I said, “…”`, `when he said that — he said, “…”`): `that` is what was said, and the
# words after it are a new attribution, not its clause.
_THAT_THEN_SAID = lazy(
    r"(?:[—–]\s?)?(?:I|he|she|they|we|you)\s(?:said|says|told\s\w+|asked|goes|went)[,:]?\s?[“\"]"
)


def _that_then_quoted(rest: str, after: int) -> bool:
    """Whether the `that` ending at `after` is a pronoun followed by a new attribution."""
    punctuated = rest.endswith(", ", 0, after) or rest.startswith(("—", "–"), after)
    return punctuated and _THAT_THEN_SAID.match(rest, after) is not None


def _speaker_before(tail: str, verb: str) -> Reference | None:
    """The source of a verb whose subject stands before an auxiliary (`the Department is
    announcing`) or a relative pronoun (`…, King Abdullah II, who announced`), or None (then
    the verb is read as any other: `President Roe and Vice President Doe are announcing`, `we
    are announcing`, `Jane Roe, who said that …, left` name no one there)."""
    if verb.split(" ", 1)[0].endswith("ing"):  # (`is making clear`: its first word)
        progressive = _PROGRESSIVE.search(tail, max(0, len(tail) - 30))
        return _subject_before(tail[: progressive.start()]) if progressive is not None else None
    if ", who" not in tail and ", which" not in tail:
        return None
    relative = _RELATIVE.search(tail, max(0, len(tail) - 24))
    if relative is None:
        return None
    head = tail[: relative.start()]
    if not any(
        word.islower() and word not in _PHRASE_WORDS for word in re.findall(r"[\w’'\-]+", head)
    ):
        # `Secretary Jane Roe, who said that …, left early`: the clause inside the sentence's
        # subject, whose end the report cannot tell.
        return None
    reference = _subject_before(head)
    if reference is None:
        return None
    person = reference.kind in ("name", "surname", "title")
    if person != (relative.group("who") == "who"):
        return None  # `who` names a person, `which` a body
    return reference


# A speaker's dash after `that` (`he’s also said that — with respect to Gaza, …`), and the `that`
# said again after it (`says that — that the justice system is …`): no part of the report.
_DASH_AFTER_THAT = lazy(r"[—–]\s+(?:that,?\s+)?")
# An aside between dashes after `that`, then `that` said again (`saying that — in his interview
# with Jake Tapper, I think — that if …`): the report begins after the second `that`.
_ASIDE_THEN_THAT = lazy(r"[—–]\s+[^—–“”\"]{1,100}?\s[—–]\s+that,?\s+")


def _past_dash(rest: str, at: int) -> int:
    """Where the report begins in `rest` at `at`, after `that`: past a dash the speaker put
    there (and a repeated `that`, or an aside and `that` said again), when words follow it."""
    if rest[at : at + 1] not in ("—", "–"):
        return at
    aside = _ASIDE_THEN_THAT.match(rest, at)
    if aside is not None and aside.end() < len(rest):
        return aside.end()
    dash = _DASH_AFTER_THAT.match(rest, at)
    return dash.end() if dash is not None and dash.end() < len(rest) else at


# A report inside a question's `when` or `if` clause (`When you say that A, how can you …?`,
# `So, when the president says that A, how deep is the rot?`) ends at the comma before the
# question's own words: a question word or an auxiliary that opens the main clause.
# (`Understanding that you made it clear that A, how …?`, `Since Singapore has said that A, what
# …?`: a clause of cause before the question, like one of condition)
# (`Because the President said that A, can you …?`, `Now that the Pentagon has shared that A, does
# …?`: a clause of cause or time before the question, enspan round)
_CONDITION_BEFORE = lazy(
    r"\b(?:[Ww]hen|[Ii]f|[Ss]ince|[Gg]iven\sthat|[Uu]nderstanding\sthat|[Bb]ecause|[Nn]ow\sthat)"
    r"\s[^,;:]{1,80}\Z"
)
# An auxiliary with a question's subject after it (not `the plan, in full, is dead`).
_AUXILIARY_AND_SUBJECT = (
    r"(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|isn’t|aren’t|"
    r"doesn’t|don’t|didn’t|won’t|wouldn’t|shouldn’t)\s(?:it|that|this|there|he|she|they|you|we|"
    r"I|the|a|an|your|his|her|their)"
)
_MAIN_QUESTION = lazy(
    # (after a quotation the report closes, its closing mark kept: `when you say the President
    # made clear that “… immediate action,” could you decode that for us?`)
    r",(?P<mark>[”\"]?)\s(?:(?:how|what|why|where|who|which)(?:[’']s)?\s"
    rf"|{_AUXILIARY_AND_SUBJECT}\s)"
)


# The asker's own question joined to the report it puts to the one asked (`I know you said that
# A, but what’s the strategy …?`, `said that A, but, just to put it more broadly, was the
# administration aware …?`, `said that A, but is it?`): a question word or an auxiliary with its
# subject after `, but`, `, and` or `, so` (an aside between commas before it), in a sentence
# that ends with a question mark, ends the report at the comma (enspan round; ANNOTATING.md, "A
# question's own end": the question's words are the asker's). Not `when` nor `which` (a clause of
# the report's own: `said he would go, but when he …`).
_JOINED_QUESTION = lazy(
    r",\s(?:but|and|so),?\s(?:[^,?;:—–“”\"]{1,60},\s)?"
    r"(?:(?:how|what|why|where|who)(?:[’']s)?\s"
    rf"|{_AUXILIARY_AND_SUBJECT}\b)"
)


def _before_main_question(sentence: str, verb_start: int, content: int, end: int) -> int:
    """Where a report that begins at `content` and would end at `end` ends when its verb
    (at `verb_start`) stands in a question's `when` or `if` clause: at the comma before
    the question's main clause; and where the asker's own question joined after it begins
    (`_JOINED_QUESTION`); else `end`."""
    if not sentence.rstrip().endswith("?"):
        return end
    if _CONDITION_BEFORE.search(sentence, max(0, verb_start - 90), verb_start) is not None:
        main = _MAIN_QUESTION.search(sentence, content, end)
        if main is not None:
            return main.end("mark") if main.group("mark") else main.start()
    if sentence.find(", ", content, end) < 0:
        return end
    joined = _JOINED_QUESTION.search(sentence, content, end)
    return joined.start() if joined is not None else end


# A sentence that opens with a clause of time, cause or concession (`Because even after X said
# that A, he chose …`, `When the FAO says that A, we see …`), the verb of saying inside it: the
# first words, up to 90 characters, with no comma before the verb (`And while the phase is six
# weeks, the President said that A, that B` is a main clause's report).
_SUBORDINATE_OPENING = lazy(
    r"(?:(?:and|but|so|now),?\s)?(?:(?:because|even|only|just|right|long)\s){0,2}"
    r"(?:after|when|whenever|once|since|although|though|while|before|until|because|as\ssoon\sas)"
    r"\s[^,;:—–“”\"]*\Z",
    re.I,
)
# The main clause after such a report: a comma (a closing mark before it kept), then its subject,
# a pronoun (`, he chose …`) or a name with its auxiliary (`, Congress has …`).
_MAIN_AFTER_SUBORDINATE = lazy(
    r"(?P<end>,[”\"]?)\s(?:(?:he|she|they|we|I|it|you|there)\b(?:[’'][a-z]{1,2})?\s"
    r"|(?:the\s)?[A-Z][\w.’'\-]*(?:\s[A-Z][\w.’'\-]*){0,3}\s(?:has|had|is|was|will|would|did)\s)"
)
# A clause of time or cause set between dashes, the verb of saying inside it (`Senator Scott—after
# saying A—said he was …`, `— since the Texas law banned … and the White House said that A — so,
# mostly, …`): its report ends at the closing dash.
_DASH_SUBORDINATE = lazy(
    r"[—–]\s?(?:(?:even|just|shortly|only|long)\s)?"
    r"(?:after|before|while|when|since|despite|although|though|because)\s[^—–]*\Z",
    re.I,
)
_SUBORDINATORS = (
    "fter",
    "hen",
    "nce",
    "hough",
    "hile",
    "efore",
    "ntil",
    "ecause",
    "espite",
    "soon",
)

# The words `_SUBORDINATE_OPENING` opens with, in lower case, and the letters `re.I` takes for an
# ASCII letter (`ſ` for `s`, `ı` and `İ` for `i`): a cheap test of a lead's first word before it.
_SUBORDINATE_FIRST = frozenset(
    ["and", "but", "so", "now", "because", "even", "only", "just", "right", "long", "after", "when",
     "whenever", "once", "since", "although", "though", "while", "before", "until", "as"]
)  # fmt: skip
_IGNORED_CASE = str.maketrans({"ſ": "s", "ı": "i", "İ": "i"})


def _subordinate_first(lead: str) -> bool:
    """Whether `lead`'s first word (a comma after it dropped) is one `_SUBORDINATE_OPENING` can
    open with: where it is not, the pattern is neither compiled nor tried."""
    words = lead.split(None, 1)
    return (
        bool(words) and words[0].rstrip(",").translate(_IGNORED_CASE).lower() in _SUBORDINATE_FIRST
    )


def _before_main_clause(sentence: str, content: int, end: int) -> int:
    """Where a report from `content` to `end` ends when its verb of saying stands in a clause of
    time, cause or concession (`_SUBORDINATE_OPENING`: before the main clause's comma;
    `_DASH_SUBORDINATE`: at the dash closing the clause); else `end`. Read only when one of
    `_SUBORDINATORS` stands before the report."""
    lead = sentence[:content]
    if not any(map(lead.__contains__, _SUBORDINATORS)):
        return end
    if (
        len(lead) <= 90
        and _subordinate_first(lead)
        and _SUBORDINATE_OPENING.match(lead) is not None
    ):
        main = _MAIN_AFTER_SUBORDINATE.search(sentence, content, end)
        if main is not None and main.start() > content:
            return main.end("end")
    if ("—" in lead or "–" in lead) and _DASH_SUBORDINATE.search(lead) is not None:
        dash = _DASH.search(sentence, content, end)
        if dash is not None and dash.start() > content:
            return dash.start()
    return end


# A body's name whose head noun comes before `of`, `for` or `on` (`Alliance for Electric School
# Buses`, `National Association of Counties`, `Council on Foreign Relations`): as a label, the
# whole name speaks (the speakers' reading splits it into a role and a name).
_ORGANISATION_HEAD = lazy(
    r"(?:^|\s)(?:Alliance|Association|Council|Coalition|Chamber|Federation|Institute|Foundation|"
    r"Committee|Center|Centre|Union|League|Society|Network|Partnership|Corporation|Conference|"
    r"Organization|Caucus|Board|Commission|Bureau|Fund|Trust|Project|Campaign|Forum|Academy)"
    r"\s(?:of|for|on|to|against)\s"
    # (a group of people for something: `Americans for Prosperity`, `Families for Justice Reform`)
    r"|(?:^|\s)(?:Americans|Citizens|Mothers|Parents|Families|Veterans|Physicians|Doctors|Nurses|"
    r"Scientists|Taxpayers|Patients|Students|Women|Moms|Voters|Lawyers|Economists|Businesses|"
    r"Employers|Farmers|Workers|Friends|Advocates|People)\s(?:for|against|to)\s"
)


_PERSON_NOUNS = frozenset(["fellow", "editor", "author", "host", "correspondent", "founder"])


def _organisation_label(label: str) -> Reference | None:
    if len(label) > 100 or "," in label or _ORGANISATION_HEAD.search(label) is None:
        return None  # (`Gene Roe, President, League of Conservation Voters`: the person)
    joined = label.find(" and ")
    if joined >= 0 and _ORGANISATION_HEAD.search(label, joined) is not None:
        return None  # `Michigan Municipal League and Michigan Association of Counties`: two
    words = label.split(" ")
    if words[0] in ("On", "In", "For", "At", "From", "About", "To", "With", "By", "Of"):
        return None  # `On the Board of Directors: “…”`: a topic
    if len(words) > 8 or any(
        word.lower() in TITLE_WORDS or word.lower() in _PERSON_NOUNS for word in words
    ):
        return None  # `American Federation of Teachers President Randi Weingarten`: a person
    return Reference("body", re.sub(r"\AThe\s", "", label))


# Words that qualify a title opening a label (`Ranking Member`, `Vice Chair`).
_TITLE_QUALIFYING = frozenset(["Ranking", "Vice", "Deputy", "Assistant", "Acting", "Senior"])
# A label's part that is a name's suffix (`Frank Scott, Jr.`), no part of its own.
_SUFFIX_PART = lazy(r"(?:Jr|Sr)\.?|I{2,3}|IV")
# A label's commas outside brackets (`Chad Smith, Smith Tomato Farm (Steele, AL)`).
_LABEL_COMMA = lazy(r",\s+(?![^()]*\))")


def _label_parts(label: str) -> list[str]:
    """A label's parts between its commas (outside brackets), a name's suffix kept with it."""
    parts: list[str] = []
    for part in _LABEL_COMMA.split(label):
        part = part.strip()
        if parts and _SUFFIX_PART.fullmatch(part):
            parts[-1] = f"{parts[-1]}, {part}"
        elif part:
            parts.append(part)
    return parts


def _has_title(role: str | None) -> bool:
    """Whether a name's role holds a title's word (`Nvidia CEO`, `Secretary of Energy`), not
    only other capitalised words run before the name (`Deport Hamas Sympathizers and Revoke`)."""
    return role is not None and any(word.lower() in TITLE_WORDS for word in role.split(" "))


# The words that join a role to the body it is held at or for (`Director of …`, `… at …`).
_ROLE_LINKS = frozenset(("at", "of", "for", "with", "in", "from", "to"))


def _person_part(part: str) -> tuple[Reference, bool] | None:
    """The person a label's part names, and whether by a title: a name that ends the part
    after a role with a title's word (`Iowa Senator Chuck Grassley`, `and Google CEO Sundar
    Pichai`, `and Head of Government Affairs Jane Roe`, `Dr. Jane Roe`), or a full name that is
    the whole part (`Todd Schlekeway`); None for a role, a body or a place (`Chair`, `Senate
    Budget Committee`, `Chief Sustainability Officer`)."""
    reference = parse_phrase(part)
    if reference is None or reference.kind != "name" or not part.endswith(reference.text):
        return None
    if any(
        piece.lower() in ORG_WORDS
        for word in reference.text.split(" ")
        for piece in word.split("-")
    ):
        return None  # `President and CEO of World Wildlife Foundation-U.S.`: a body's name
    role = reference.role
    if role is not None and role.rsplit(" ", 1)[-1] in _ROLE_LINKS:
        return None  # `Campaign Representative at Sierra Club`: the body a role is held at
    if _has_title(role):
        return reference, True
    if role is None and part == reference.text and " " in part:
        return reference, False
    return None


def _role_name_then_body(first: str, second: str) -> Reference | None:
    """A role, then a full name, then after a comma the body the role is held at (`Senior
    fellow Jane Roe, Center for American Progress`, `Policy director Jane Roe, Americans for
    Prosperity`): the person, her role and the body as her affiliation; not the body's head
    alone (`Center`). The role's last word is a person's noun or a title's word."""
    if not second[:1].isupper() or len(second) > 100:
        return None
    reference = parse_phrase(first)
    if (
        reference is None
        or reference.kind != "name"
        or not reference.role
        or not first.endswith(reference.text)
        or reference.role.rsplit(" ", 1)[-1].lower() not in (_PERSON_NOUNS | TITLE_WORDS)
    ):
        return None
    body = _organisation_label(second)
    if body is None:
        body = parse_phrase(second)
        if body is None or body.kind != "body" or body.text.islower():
            return None
    return Reference("name", reference.text, reference.role, body.text)


def _comma_label_person(label: str) -> Reference | None:
    """The person a label of parts set off by commas names, after a role and a body or
    before them (`Chair, Senate Budget Committee, Iowa Senator Jane Roe`, `President and CEO of
    the Harbor Pilots Association, John Doe`, `Alphabet, Inc., and Google CEO Jane Roe`,
    `Little Rock, Arkansas Mayor John Doe, Jr.`): the one part that is a person's name (a
    titled name, else a full name that ends the label after a role). The other
    parts are the person's role as written; a body set off between a title opening the label
    and the name is the affiliation (ANNOTATING.md, "Speakers"). None when no part, or more
    than one, names a person (`Energy, Jobs and Climate`, `Senator Jane Roe, Senator John
    Doe`), and for a name opening the label, read as an appositive is (`Jane Roe, President,
    League of Conservation Voters`)."""
    parts = _label_parts(label)
    if len(parts) < 2:
        return None
    if len(parts) == 2 and " " in parts[0]:
        held = _role_name_then_body(parts[0], parts[1])
        if held is not None:
            return held
    people = [(index, _person_part(part)) for index, part in enumerate(parts)]
    found = [(index, person) for index, person in people if person is not None]
    titled = [(index, person) for index, person in found if person[1]]
    if len(titled) == 1:
        index, (reference, _) = titled[0]
    elif not titled and len(found) == 1 and found[0][0] == len(parts) - 1:
        # `President and CEO of the …, Todd Schlekeway`: a full name after a role.
        index, (reference, _) = found[0]
        if not any(_has_title(part) for part in parts[:index]):
            return None  # `Moody’s Analytics, Mark Zandi`: no role before it (read otherwise)
    else:
        return None
    if index == 0:
        return None  # `Jane Roe, President, …`: the appositive's reading (`parse_phrase`)
    role = ", ".join([*parts[:index], *([reference.role] if reference.role else [])])
    role = re.sub(r"\AThe\s", "", role)
    if index >= 2 and all(
        word.lower() in TITLE_WORDS or word in _TITLE_QUALIFYING for word in parts[0].split(" ")
    ):
        # `Chair, Senate Budget Committee, Iowa Senator …`: the body between the title and the
        # name (its own commas kept: `Senate Health, Education, Labor and Pensions Committee`).
        affiliation: str | None = ", ".join(parts[1:index])
    else:
        affiliation = reference.affiliation  # (`Arkansas Mayor Jane Roe`: its own part's)
    return Reference("name", reference.text, role, affiliation)


# A transcript's note opening a report (`(Inaudible) — wants to …, he says`).
_STAGE_NOTE = lazy(
    r"\((?:[Ii]naudible|[Ll]aughter|[Aa]pplause|[Cc]rosstalk)\)(?:\s*[—–-]+)?\s+(?=[a-z])"
)


def _after_note(paragraph: str, start: int, end: int) -> int:
    """Where a report's words begin after a transcript's note opening it (`(Inaudible) — wants
    to debate you …, he says`: the note is no part of the words reported)."""
    if paragraph[start] != "(":
        return start
    note = _STAGE_NOTE.match(paragraph, start, end)
    return start if note is None else note.end()


# A sentence's subject: a capitalised name of one to four words (after an opening phrase and its
# comma) before a verb in the past (`Just this month, Moderna released …`, `General Motors
# announced …`).
_OPENING_SUBJECT = lazy(
    r"(?:[A-Z][^,.]{0,40},\s)?(?P<name>[A-Z][\w'’\-]*(?:\s(?:&\s)?[A-Z][\w'’\-]*){0,3})"
    r"\s(?:also\s|today\s)?[a-z]{3,}ed\s"
)


def _last_sentence(text: str) -> str:
    """The last sentence of `text` (a short one: not split after an initial, `Donald J. Trump`)."""
    text = text.rstrip()
    stops = [found.end() for found in _SENTENCE_STOP.finditer(text, 0, len(text) - 1)]
    return text[stops[-1] :] if stops else text


_SENTENCE_STOP = lazy(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?][”’\"]?\s+(?=[A-Z“\"])")


def _previous_subject(text: str) -> str | None:
    """The name opening the sentence `text` as its subject, or None (a title, a pronoun or `The
    …` there)."""
    subject = _OPENING_SUBJECT.match(text)
    if subject is None:
        return None
    name = subject.group("name")
    first = name.split(" ", 1)[0].lower()
    if first == "general":
        # `General Motors announced …`: a company's name opening with a title's word.
        reference = parse_phrase(name)
        return name if reference is not None and reference.kind == "body" else None
    if first in TITLE_WORDS or first in _NOT_A_NAME or first in DETERMINERS:
        return None
    return name


_NOT_A_NAME = frozenset(["the", "it", "he", "she", "they", "we", "i", "this", "today", "in", "on"])
