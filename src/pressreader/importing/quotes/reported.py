"""English reported speech of a finder: `X said that …`, `according to X`, the content a
report covers and the sentences it carries on into."""

from __future__ import annotations

import re
from collections.abc import Callable

from pressreader.importing.datelines import dateline_end
from pressreader.importing.quotes.clauses import (
    _PROGRESSIVE,
    _after_note,
    _before_dash_aside,
    _before_dash_participle,
    _before_joined_act,
    _before_main_clause,
    _before_main_question,
    _before_reporter_clause,
    _clause_end,
    _last_sentence,
    _past_dash,
    _previous_subject,
    _speaker_before,
    _that_quotation,
    _that_then_quoted,
    _trim_end,
)
from pressreader.importing.quotes.found import Found
from pressreader.importing.quotes.marks import _any_between, _marks_opening, _outside_marks
from pressreader.importing.quotes.speech import (
    _BE_CLEAR,
    _CONTINUED_SAYING,
    _PARTICIPLES,
    _SPEECH,
    _SPEECH_SET,
    _speech_verbs,
)
from pressreader.importing.quotes.state import FinderState
from pressreader.importing.quotes.subjects import (
    _BODY_LOWER,
    SPOKESPERSON_DESCRIBED,
    SPOKESPERSON_NAME,
    _contracted,
    _np_reference,
    _subject_before,
)
from pressreader.importing.spans import Within
from pressreader.importing.speakers import (
    BARE_DOCUMENTS,
    DETERMINERS,
    PARTY_STATE,
    TITLE_WORDS,
    Person,
    Reference,
    parse_phrase,
)
from pressreader.importing.wordlists import Gated, alternation, lazy

_AFTER_VERBS = (
    r"said|says|added|adds|told|tells|asked|asks|continued|explained|explains|noted|notes|"
    r"wrote|writes|stated|states|recalled|remarked|insisted|argued|warned|replied|answered|"
    r"declared|stressed|emphasized|emphasised|concluded|acknowledged|observed|commented|"
    r"exclaimed|joked|predicted|promised|vowed|tweeted|posted|announced|explained|"
    # Verbs that only ever report speech, found before or after quotations in texts of every
    # kind (`the First Lady asserted, “…”`, `“…,” she countered`).
    r"asserted|asserts|affirmed|reiterated|cautioned|contended|countered|conceded|admitted|"
    r"recounted|responded|retorted|lamented|complained|boasted|insists|argues|warns|declares|"
    r"stresses|emphasizes|recalls|"
    # Verbs of the manner of speaking, before or after quotations (`“…,” she urged`, `Lomell
    # yelled back, “…”`, `he testified, “…”`).
    r"yelled|shouted|whispered|screamed|cried|quipped|pleaded|urged|testified|demanded|"
    r"wondered|mused|begged"
)
# What `_BEFORE_SAID` ends with, from its verb (one text for both patterns): searched first,
# as the whole pattern's search tries every letter of the text as the speaker's start.
_BEFORE_SAID_VERB_END = (
    rf"(?:(?:{_AFTER_VERBS})"  # the verb
    r"(?:\s(?:back|out))?(?:\s(?:reporters|me|us|him|her|them|the \w+))?"  # to whom
    # when, the day before or earlier that day (`And he said yesterday, “…”`; endev67)
    r"(?:\s(?:yesterday|today|earlier|this\smorning|last\s(?:night|week))(?=\s?[,:]))?"
    # `remind` before the words only, with its person and a comma or colon (`Biden reminded us,
    # “…”`, `this soldier reminded us, and I quote, “…”`): not `The photo reminded him of “…”`,
    # nor `history reminds us that …`
    r"|remind(?:ed|s)\s(?:me|us|him|her|them|everyone|everybody|the \w+)(?=[,:]))"
    r"\s?[,:]?\s*\Z"
)
_BEFORE_SAID = lazy(
    r"(?P<np>[A-Za-z][\w.'’\-]*(?:\s[\w.'’\-]+){0,7}?)"  # the speaker, up to eight words
    # (a lawmaker's party and state in brackets after the name: `Sen. Jane Roe (D-Ohio) said, “`)
    rf"(?:\s\({PARTY_STATE}\))?"
    r",?\s(?:also\s|then\s|later\s)?" + _BEFORE_SAID_VERB_END
)
_SAID_BEFORE = lazy(
    rf"\b(?:{_AFTER_VERBS})\s"
    r"(?!(?:on|in|at|to|via|during|after|before|from|with|for|in a|on a)\s)"  # `wrote on X:`
    r"(?P<np>[^.;!?“”\"]{1,120}?)\s?[,:]\s*\Z"
)


_NO_THAT = frozenset(
    [
        "said",
        "says",
        "say",
        # (`X continues to say the tariffs will …`: `say` after `continue to`, as `says`)
        *_CONTINUED_SAYING,
        "noted",
        "notes",
        # (`explained the path to recovery will …`: clauses2 round, read as `noted`, a verb
        # whose object is often a noun phrase, `explained the rules to reporters`)
        "explained",
        "explains",
        "stressed",
        "stresses",
        "added",
        "adds",
        "argued",
        "argues",
        "warned",
        "warns",
        "emphasized",
        "emphasised",
        "emphasizes",
        "underscored",
        "underscores",
        "reiterated",
        "reiterates",
        "explained",
        "explains",
        "stated",
        "states",
        "insisted",
        "insists",
        "told",
        "tells",
        "predicted",
        "predicts",
        "expects",
        "hopes",
        "hoped",
        "estimated",
        "estimates",
        "suggested",
        "suggests",
        "acknowledged",
        "acknowledges",
        "admitted",
        "admits",
        "conceded",
        "concedes",
        "claimed",
        "claims",
        "confirmed",
        "confirms",
        "declared",
        "declares",
        "maintained",
        "maintains",
        "contended",
        "contends",
        "asserted",
        "asserts",
        "announced",
        "announces",
        "signaled",
        "signalled",
        "signals",
        "recalled",
        "recalls",
        "revealed",
        "reveals",
        "indicated",
        "indicates",
        "cautioned",
        "cautions",
        "complained",
        "complains",
        "testified",
        "testifies",
        "tweeted",
        "tweets",
        "wrote",
        "writes",
        "remarked",
        "observed",
        "denied",
        "denies",
        "forecast",
        "forecasts",
        "alleged",
        "alleges",
        "lamented",
        "laments",
        "boasted",
        "boasts",
        "recounted",
        "recounts",
        "clarified",
        "clarifies",
        "replied",
        "responded",
        "answered",
        # `He promised his administration would look like America` (a promise with its
        # clause; `promised to fight` has none)
        "promised",
        "promises",
        "vowed",
        "vows",
        "pledged",
        "pledges",
    ]
)
# Words of `_AUX` that are nouns too (`our support for`, `the need to`), and the words before
# them that make them nouns: a determiner, a word in -ing (`ongoing`), an adjective of resolve.
_NOUN_OR_AUX = frozenset(["need", "needs", "support", "supports", "stand", "stands", "plans"])
# The finite auxiliaries right after a subject's `to` and its noun (`the path to recovery will`).
_PLACE_AUX = frozenset(
    ["is", "are", "was", "were", "will", "would", "can", "could", "should", "must", "has", "have"]
)
# A determiner after a noun with no word linking them (`the toll the pandemic has taken`): a
# relative clause without `that`, when the verb takes objects; the words that link are these.
_RELATIVE_DETERMINERS = frozenset(["the", "a", "an"])
_LINK_WORDS = frozenset(
    ["of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "from", "by", "about",
     "over", "under", "between", "into", "than", "as", "across", "through", "against", "among",
     "during", "after", "before", "since", "until", "within", "without", "per", "via", "not",
     "is", "are", "was", "were", "be", "been", "all", "both", "once", "while", "when", "if"]
)  # fmt: skip
_DETERMINER_WORDS = frozenset(
    ["the", "a", "an", "our", "his", "her", "their", "its", "this", "that", "my", "your"]
)
_STEADY = frozenset(["continued", "strong", "full", "unwavering", "steadfast", "ironclad", "firm"])
# Verbs of saying whose object is a clause far more often than a noun phrase.
_CLAUSE_VERBS = frozenset(
    ["said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "tweeted",
     "tweets", "argued", "argues", "insisted", "insists", "believes", "believe", "claimed",
     "claims", "predicted", "predicts", "replied", "responded", "answered", "contended",
     "contends", "asserted", "asserts", "testified", "testifies", "warned", "warns",
     # (after `continue to`: not `maintain`, whose object is a thing as often)
     *(phrase for phrase in _CONTINUED_SAYING if not phrase.endswith(" maintain"))]
)  # fmt: skip
_OBJECT_VERBS = frozenset(
    ["told", "tells", "informed", "inform", "assured", "assures", "reminded", "reminds"]
)
# Auxiliaries with their negation's `n’t` (`wasn’t`, `won’t`, `can’t`), as written before it.
_NEGATED_AUX = frozenset(
    ["is", "are", "was", "were", "wo", "would", "ca", "could", "should", "must", "has", "have",
     "had", "does", "do", "did"]
)  # fmt: skip
_AUX = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "can",
        "could",
        "should",
        "must",
        "may",
        "might",
        "has",
        "have",
        "had",
        "does",
        "do",
        "did",
        "remains",
        "remain",
        "need",
        "needs",
        "expects",
        "expect",
        "wants",
        "want",
        "intends",
        "plans",
        "continues",
        "continue",
        "shall",
        "isn't",
        "aren't",
        "won't",
        "wouldn't",
        "can't",
        "couldn't",
        "shouldn't",
        "hasn't",
        "haven't",
        "doesn't",
        "don't",
        "stands",
        "stand",
        "opposes",
        "oppose",
        "supports",
        "support",
        "believes",
        "seeks",
        "seek",
    ]
)
_CLAUSE_START = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "it",
        "there",
        "we",
        "he",
        "she",
        "they",
        "our",
        "his",
        "her",
        "their",
        "all",
        "no",
        "every",
        "each",
        "its",
        "i",
        "you",
        "one",
        "some",
        "many",
        "most",
        "both",
    ]
)
# A clause's subject that counts (`said more than 100 people were killed`, `said 12 people were
# …`, `said at least two soldiers …`, `said several people were hurt`, `said nobody was hurt`): a
# number with its qualifier, or a word of quantity.
_COUNTED_SUBJECT = lazy(
    r"(?:(?:more|fewer|less)\sthan\s|at\s(?:least|most)\s|up\sto\s|(?:about|nearly|almost|"
    r"around|roughly|approximately|over|only|just|some)\s)?"
    r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|a\s(?:dozen|hundred|thousand)|dozens|hundreds|thousands|millions)\s"
    # (not a time, `said 10 years ago`, `said 12 times`, nor a false start, `said two
    # consecutive — “…”`)
    r"(?!(?:[a-z]+\s)?(?:years?|months?|weeks?|days?|hours?|minutes?|times?|decades?)\b)"
    r"(?!(?:\S+\s){0,2}[—–])[a-z]"
    r"|(?:several|nobody|none|few|neither|either)\s[a-z]"
)
# The words `_COUNTED_SUBJECT` may open with (a figure's digits aside): a subject of lower-case
# letters not among them opens no match of it (`_plain_no_clause`).
_COUNTED_FIRST_WORDS = frozenset(
    ["more", "fewer", "less", "at", "up", "about", "nearly", "almost", "around", "roughly",
     "approximately", "over", "only", "just", "some", "two", "three", "four", "five", "six",
     "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty",
     "a", "dozens", "hundreds", "thousands", "millions", "several", "nobody", "none", "few",
     "neither", "either"]
)  # fmt: skip
# Verbs of the narration that end a report when `and` joins them to its verb.
_NARRATION_VERBS = (
    "expressed|called|welcomed|raised|thanked|discussed|highlighted|condemned|urged|encouraged|"
    "outlined|shared|offered|invited|asked|requested|congratulated|praised|commended|reviewed|"
    "exchanged|agreed|signed|met|visited|underlined|pledged|committed|vowed|promised|resolved|"
    "wished|celebrated|denounced"
)
# The narration's verbs that are no verbs of saying (`called`, `met` …).
_NARRATION_ONLY = [word for word in _NARRATION_VERBS.split("|") if word not in _SPEECH_SET]
# Where a report stops: a participle or conjunction before a new verb or quote. Only where a
# match starts is read (`.start()`).
_CUT = lazy(
    rf",\s(?:noting|adding|saying|stressing|emphasizing|underscoring|warning|explaining|"
    rf"arguing|insisting|pointing out)\s(?:that\s)"  # `, noting that`
    # `, saying “…”`, `, adding: “…”`: a participle of saying before a direct quote
    r"|,\s(?:noting|adding|saying|stressing|emphasizing|warning|explaining|arguing|insisting)"
    r"[,:]?\s*[“\"«]"
    r"|:\s*[“\"«]"  # a colon before a direct quote
    r"|…\s*[“\"«”]"  # an ellipsis, then a direct quote (`… cities…“ We tried …`)
    # an ellipsis glued to a capital: words left out, the next excerpt's sentence (`reported that
    # A…National prices fell …`, ANNOTATING.md "News excerpts")
    r"|…(?=[A-Z])"
    # `I know you said you can’t get into details, but can you say if …?`: the asker's own
    # question to the one asked ends the report of what that person said
    r"|,\s(?:but|and|so)\s(?:can|could|would|will|do|does|did)\syou\s"
    # `He promised his administration would look like America, and it does.`: the speaker's
    # own comment, a pronoun and an auxiliary alone, ends the sentence and the report
    r"|,\s(?:and|but)\s(?:it|that|they|he|she|we)\s(?:does|did|is|was|has|had|will|would|can|could|"
    r"have|do)(?:\snot|n[’']t)?(?=[.!]?\s*\Z)"
    # `CEO Zubairu said that A, and that’s great news, because …`: the one reporting, judging
    # the report (ANNOTATING.md, "The reporter's words end a report")
    r"|,\sand\sthat[’']s\s"
    # `the President said he intends to nominate, so that is — it makes clear …`, `said it is
    # important to look into it, and so that’s something that …`: the one speaking drawing the
    # conclusion (enspan round)
    r"|,\s(?:and\s)?so\s(?:that[’']s|that\sis|this\sis)\s"
    # `announced that A, which drive up debt; they are currently evaluating comments.`: a new
    # clause after a semicolon whose subject is a third person, the reporter's account of what
    # followed (`; we can get there`, `; it’s going to have …` go on: the source's voice)
    r"|;\s(?:they|he|she)\s"
    # `the Israelis have said that A, and I’d point you to …`: the one reporting, back in the
    # first person (a report's own `I` is the reporter's, ANNOTATING.md, "Fortieth folder"); not
    # `, and I quote,` (the one reporting marks the words that follow as the source's own: `Bob
    # said that A, and I quote, is “…”` goes on, spanend round)
    r"|,\s(?:and|but|so)\sI(?:[’']d|[’']m|[’']ll|[’']ve)?\s(?!quote\b)"
    # `said that A, which I think is a change from …`, `, which as an Irishman, I had to …`: the
    # reporter's comment on the report in the first person, to the sentence's end (not `the
    # law, which I signed, is working`: an aside the report goes on past)
    r"|,\swhich,?\s(?:as\s[^,.;:]{1,40},\s)?I(?:[’']d|[’']m|[’']ll|[’']ve)?\s[^,;:“”\"]*\Z"
    # `announced that it would sell off …, a move it said was designed to …`: the reporter's
    # apposition naming the act reported ends the report (ANNOTATING.md, "The reporter's words")
    r"|,\sa\s(?:move|step|decision|measure)\s(?=(?:that|which|it|aimed|designed|intended|meant)\b)"
    # Three heads before one verb (the verb tree compiled once, not three times: only where a
    # match starts is read, and no two heads can start at one place):
    r"|(?:"
    # `and` before a new verb
    r"\s(?:and|but)\s(?:(?:he|she)\s)?(?:also\s|again\s|further\s)?(?P<joined>)"
    # `, but the U.S. delegation noted …`: another source's report, joined by `but`; `, and EPA
    # Administrator Michael Regan made clear that …` by `and` (a release's officials in turn);
    # the time of saying before it (`, but yesterday the President said …`) and a body's name
    # with `of`, `on` or `for` inside it (`, but the Joint Committee on Taxation says …`, enspan
    # round)
    r"|(?:,|(?<=,[”\"]))\s(?:but|while|whereas|and)\s"
    r"(?:(?:yesterday|today|earlier|later|then|now|last\s(?:week|month|year|night)),?\s)?"
    r"(?:the\s)?(?:[A-Z][\w.'’\-]*\s(?:(?:of|on|for)\s(?:the\s)?(?=[A-Z]))?){1,5}"
    r"(?:[a-z]+\s)?"
    r"(?:also\s)?(?P<other>)"
    # `, and they pledged to …`: the leaders together, back in the narration
    r"|,\s(?:and|but)\s(?:they(?:\sboth|\sall)?|both(?:\sleaders|\ssides)?|the\stwo(?:\sleaders|\ssides)?)\s"
    r"(?:also\s|further\s)?"
    rf")(?:{_SPEECH}|{_NARRATION_VERBS})\b"
    # (not a word of saying right before a dash, a noun with nothing said after it: `in ocean
    # mapping and observing—in service of …`, spanend round)
    r"(?![—–])"
    # not `agreed` before a noun (`the spirit and agreed benchmarks of …`: an adjective)
    r"(?(joined)(?!(?<=\sagreed)\s(?!(?:to|that|on|upon|with|in|at|for|by|and|or)\b)[a-z]))"
    # another source's report needs a verb of saying, not one of the narration only
    r"(?(other)" + "".join(rf"(?<!\b{word})" for word in _NARRATION_ONLY) + ")"
)
# `made it clear to X that A; that B; and, again, made the point that C`: the subject's next
# verb after a list's last semicolon, a word between commas before it, where a report stops as at
# `_CUT` (`_cut_at`: apart from it, so that its verb tree is compiled only for a text with a
# semicolon; the earlier of the two starts is where the one pattern of both started).
_CUT_LISTED = Gated(
    rf";\sand,\s(?:also|again|further|finally),\s(?:made\sthe\spoint|{_SPEECH})\b", (";",)
)


# `Russia continues to claim it is ready for talks while, at the same time, it narrows …`: the
# narration's own contrast after the report (clauses2 round), where the report stops.
# (searched only where `same time` or `simultaneously` stands: `_cut_at`)
_CUT_SAME_TIME = lazy(r",?\swhile,?\s(?:at\sthe\ssame\stime|simultaneously)\b")
# `when X says A, you know, I think we should all believe him.`, `he’s claimed that A — I think
# would be a way to put it.`, `X said that A, signaling, I suppose, that B`: the one speaking's own
# opinion in the first person after the report (a report's `I` is the reporter's, ANNOTATING.md,
# "Fortieth folder"), where the report stops (enspan2 round); a participle with the opinion
# between commas before it is the one speaking's reading of the report too. Not `I think`
# between commas or dashes (`the plan, I think, would pass`: an aside the report goes on past).
_CUT_OPINION = Gated(
    r"(?:,|\s[—–])\s(?:you\sknow,\s)?I\s(?:think|believe|guess|suppose)\b(?!,|\s[—–])"
    r"|,\s[a-z]{3,}ing,\sI\s(?:think|believe|guess|suppose),",
    (" I ",),
)
# A report in the source's own first person (a label's paragraph without marks, `X said: A`):
# its `I` is the source's, and its opinion no cut.
_FIRST_PERSON_SINGULAR = lazy(r"\b(?:I|I[’'](?:m|ve|d|ll)|my|me)\b")


# A verb in the past right before a report's clause (`He indicated that `, `said `, `made clear
# that `): a narration in the past, whose own next verb is in the past too.
_PAST_LEAD = lazy(r"\b(?:said|told|made|wrote|spoke|[a-z]{3,}ed)\b[^.;:!?“”]{0,40}\Z")


def _clause_verb(sentence: str, content: int, cut: re.Match[str]) -> bool:
    """Whether `_CUT`'s match is a verb in the present joined by `and` alone to a report whose
    narration is in the past (`He indicated that the U.S. opposes A, does not support B, and
    expects C`): the clause's own verb, with its subject, not the narration's next one (which
    would be in the past, `… and expressed sympathy`)."""
    if cut.group("joined") is None:
        return False
    words = sentence[cut.start() : cut.end()].split()
    if len(words) != 2 or words[0] != "and":
        return False  # (`and he also …`, `but …`: as before)
    verb = words[1]
    return (
        verb.endswith("s")
        and verb not in ("says", "tells")  # (`said A and says B`: the narration's again)
        and not verb.endswith("ss")
        and _PAST_LEAD.search(sentence, max(0, content - 60), content) is not None
    )


# The source again as a pronoun with a verb in the past after a report in `would` (`The President
# said that he would be in contact with them, and he designated his aides to meet them`): the
# narration's next act, which ends the report (ANNOTATING.md, "Two attributions in one sentence":
# a report ends at a new verb of the narration), whatever the verb.
_PRONOUN_ACT = lazy(
    r", and (?:he|she) (?:also |then |later )?"
    r"(?!(?:need|seem|appear|want|hop|expect|believ|plann|intend)ed\b)[a-z]{3,}ed\s"
)


def _cut_at(sentence: str, content: int) -> int | None:
    """Where a report read from `content` on stops (`_CUT`, `_CUT_LISTED`, `_CUT_SAME_TIME`,
    `_CUT_OPINION`, `_PRONOUN_ACT`), or None."""
    cut = _CUT.search(sentence, content)
    while cut is not None and _clause_verb(sentence, content, cut):
        cut = _CUT.search(sentence, cut.end())
    act = (
        _PRONOUN_ACT.search(sentence, content)
        if ", and he " in sentence or ", and she " in sentence
        else None
    )
    if (
        act is not None
        and (cut is None or act.start() < cut.start())
        and " would " in sentence[content : act.start()]
        and _PAST_LEAD.search(sentence, max(0, content - 60), content) is not None
    ):
        return act.start()
    listed = _CUT_LISTED.search(sentence, content)
    if listed is not None and (cut is None or listed.start() < cut.start()):
        cut = listed
    same = (
        _CUT_SAME_TIME.search(sentence, content)
        if "same time" in sentence or "simultaneously" in sentence
        else None
    )
    if same is not None and (cut is None or same.start() < cut.start()):
        cut = same
    opinion = _CUT_OPINION.search(
        sentence, content, cut.start() if cut is not None else len(sentence)
    )
    if (
        opinion is not None
        and _FIRST_PERSON_SINGULAR.search(sentence, content, opinion.start()) is None
    ):
        cut = opinion
    return cut.start() if cut is not None else None


# A sentence begun again after a dash with its source as a pronoun and a verb of its own (`…
# made clear that our policy has not changed, that — you know, he reiterated our one-China policy`,
# `said this — he said he wanted …`): the report before the dash ends there, as at any new verb of
# the narration (ANNOTATING.md, "Two attributions in one sentence"), and the new verb is read as
# any; words of three or fewer before the dash are a false start, no report (`said they will be —
# he said they will be speaking`). Not the same pronoun said again (`he — he said`), nor a verb
# before a quotation (`— he said, “…”`: the quotation's attribution).
_DASH_SAID = Gated(
    r"(?:,\s(?:that\s)?)?\s?(?<!\bhe\s)(?<!\bshe\s)[—–]\s(?:you know,\s|I mean,\s)?"
    # (`will be coming to Washington in — I think you said late May`: the asker's correction
    # begun after the dash, enspan round)
    r"(?:he|she|I\s(?:think|believe)\s(?:he|she|you))\s"
    rf"(?:also\s|again\s|just\s)?(?:{_SPEECH}|{_NARRATION_VERBS})\b(?![,:]?\s?[“\"])",
    ("—", "–"),
)
# Another named source's report joined by `and`, `but` or `while`, its participle of saying a few
# words after the name (`the U.S. saying that A, et cetera, and Vladimir Putin drawing a red line
# saying that B`, `you’ve said that A, but the White House did post a statement saying that B`):
# the first report ends before it (ANNOTATING.md, "Two attributions in one sentence"), as before
# `, and X said` (`_CUT`, which takes at most one word between the name and the verb).
_OTHER_SAYING = Gated(
    r",\s(?:and|but|while)\s(?:the\s)?(?:[A-Z][\w.'’\-]*\s){1,4}(?:[a-z]+\s){0,6}?"
    r"(?:saying|arguing|insisting|claiming)\s",
    ("saying", "arguing", "insisting", "claiming"),
)
# The same source's next report after a comma, its pronoun and verb again, no marks nor comma
# after the verb (`He said he would impose costs for Navalny, he said he would impose costs for
# SolarWinds`): the first report ends before it, and the second is read as any, its clause
# opening with a pronoun or `the` (not `A, he said, B`, the attribution in the middle of one
# report, nor `, he said very clearly A`, a verb whose report the rules would not take).
_COMMA_SAID = Gated(
    r",\s(?:he|she)\s(?:also\s)?(?:said|says)\s(?=(?:that\s)?(?:he|she|it|they|we|the)\s)",
    (" said ", " says "),
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# When a document came out (`released Friday`, `published last week`).
_RELEASED_AT = (
    r"(?:released|published|issued)\s(?:on\s|last\s|this\s|late\s|early\s)?"
    rf"(?:{_WEEKDAY}|today|yesterday|week|month|year)"
)
# `according to a statement from the Department of Energy`: the body the document is from.
_DOCUMENT_OF = lazy(
    r"^(?:(?:an?|the|its|his|her|their|one|another)\s)?"
    r"(?:new\s|recent\s|latest\s|joint\s|written\s|newly released\s|newly published\s)?"
    r"(?:statement|report|press release|release|filing|analysis|study|survey|data|letter|memo|"
    r"figures|estimates?|post|readout|transcript|summary|notice)\s"
    # (`data released Friday by the Labor Department`: when it came out, then its issuer)
    rf"(?:{_RELEASED_AT}\s)?"
    r"(?:from|by|of|released by|issued by|obtained by|published by|compiled by)\s"
)
# When a document came out, after it with no issuer (`a CNN poll released Friday`, `a report
# published Tuesday`): no part of its name, never its source (what is left names the issuer,
# `CNN`, or no one, `a report`).
_RELEASED_WHEN = lazy(rf"\s{_RELEASED_AT}\Z")


def _document_issuer(np: str) -> str:
    """The words of `np` (after `according to`, or before `said`) that may name a document's
    issuer: without `a statement from`, `data released Friday by` and the like before it, or
    `released Friday` after it."""
    return _RELEASED_WHEN.sub("", _DOCUMENT_OF.sub("", np))


# (an abbreviation's dots inside the name, `According to the U.S. Geological Survey, A`: probenews)
_ACCORDING = lazy(r"\b[Aa]ccording to (?P<np>(?:[^,.;]|(?<=\b[A-Z])\.(?=[A-Z]\.|\s)){2,100}),\s")
# `According to the Fiscal Year 2024, Department of Homeland Security (DHS) Entry/Exit Overstay
# Report (“Overstay Report”), A`: a document given a short name in marks, commas in its name; its
# issuer's when the name holds the issuer's acronym (`FinderState._acronyms`).
_ACCORDING_NAMED = lazy(r"\b[Aa]ccording to [^;“”]{2,160}?\(“(?P<short>[^”()]{2,40})”\),\s")
# `Per NPS: …`, `Per the agency, …` opening a sentence: "according to" (a capitalised source).
# The source is initials (`NPS`) or a name of two words or more (`the National Park Service`), not
# one word (`Per Year:`).
_PER = lazy(
    r"\s{0,3}Per (?P<np>[A-Z]{2,8}|(?:the )?[A-Z][\w.&'’\-]*"
    r"(?: (?:of|for|on|and|the|[A-Z][\w.&'’\-]*)){0,6} [A-Z][\w.&'’\-]*)\s?[:,]\s"
)
# A name's abbreviation with its dot (`Sen. Jim Banks`, `Dr. Jane Roe`, `John F. Kennedy`): the
# dot ends no name after `, said`.
_NAME_DOT = (
    r"\b(?:[A-Z]|Sens?|Reps?|Gov|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Amb|Jr|Sr|St)"
    # (`U.` of `U.S.`, `U.K.`, `U.N.` before its second letter: `according to the U.S. Geological
    # Survey.`)
    r"\.(?=\s|(?<=\b[A-Z]\.)[A-Z]\.)"
)
# A spokesperson's office and her name (`Roe’s spokeswoman, Mary Major`): one source.
_SPOKESPERSON_NAMED = rf"{SPOKESPERSON_DESCRIBED},\s{SPOKESPERSON_NAME}"
_ACCORDING_AFTER = lazy(
    r",\s(?:according to|said|says|added|noted|wrote|writes)\s"
    # (the name holds no ` in ` nor ` on `: where it was said follows it, one reading only)
    # (`, said Roe’s spokeswoman, Mary Major.`: the office, then the name, speaks as one phrase)
    # (`, said in a statement.`: where it was said, with no one named before it)
    r"(?!(?:in|on|at|to|during|via)\s)"
    rf"(?P<np>{_SPOKESPERSON_NAMED}|(?:{_NAME_DOT}|(?!\s(?:in|on)\s)[^,.;]){{2,100}}?)"
    # `, a State Department spokesman.`, `, director of the agency.` (a role without an article)
    # `, who took office in March.`, `, 54.`, `, speaking in Paris.` (an age, a person's relative
    # clause, the occasion in a participle; not `said the report, which was published …`)
    r"(?P<apposition>,\s(?:an?|the|its|his|her)\s[^,;]{2,80}?"
    r"|,\s(?:\d{1,3}|who\s[^,;]{2,100}?|(?:speaking|writing)\s[^,;]{2,80}?)"
    # (an age and then the apposition: `, 54, a Democrat from Ohio.`)
    r"|,\s\d{1,3},\s(?:an?|the)\s[^,;]{2,80}?"
    # a lawmaker's party and state (`, D-Ohio.`, `(R-Texas).`, `, D-N.Y.`)
    rf"|,\s{PARTY_STATE}|\s\({PARTY_STATE}\)"
    r"|,\s[a-z][\w\-]*(?:\s[a-z][\w\-]*){0,3}\s(?:of|at|for|with)\s[^,;]{2,80}?)?"
    # `, writes X in today’s Pittsburgh Post-Gazette`, `, said X on Tuesday`: where or when;
    # `— describing how …`: the writer's act after a dash
    # (never a clause's `that`: `, said Thursday in a statement that she …` is the clause's
    # subject before it, the report after `that`)
    r"(?:\s(?:in|on)\s(?:(?!that\s)[^,;—–]){2,100}?)?(?:\s[—–]\s[a-z][^;]{2,200}?)?"
    r"\.?\s*\Z"
)
# The apposition after a name that `_with_role` reads as the name's role: a role with its
# article, or a role's words and its body (`, a senior fellow at …`, `, chief economist at …`,
# `, 67, a retired nurse`), not a relative clause, an occasion or a party and state.
_ROLE_APPOSITION = lazy(
    r",\s(?:\d{1,3},\s)?(?:(?:an?|the|its|his|her)\s|(?!(?:who|speaking|writing)\s)[a-z][\w\-]*\s)"
)


def _with_role(reference: Reference, ending: re.Match[str]) -> Reference:
    """`reference`, named by `ending`'s phrase before its apposition, with the role the
    apposition gives (`…, said Rachel Greszler, a senior research fellow at the Heritage
    Foundation.`), as after a direct quote (wireppl round); unchanged when it gives none."""
    if "apposition" not in ending.re.groupindex:
        return reference
    apposition = ending.group("apposition")
    if not apposition or not _ROLE_APPOSITION.match(apposition):
        return reference
    longer = _np_reference(ending.group("np") + apposition)
    if longer is None or longer.kind != "name" or longer.text != reference.text or not longer.role:
        return reference
    return longer


# A short report before its attribution, twenty characters at most (`The ship had left, Kirby
# said.`, `Talks failed, Kirby said.`, `No one was hurt, Kirby said.`): a clause of three words or
# fewer before a verb that is an auxiliary's or a plain past; so not a time, a place or a
# greeting, which hold no such verb (`On Tuesday, Kirby said.`, `Thank you, Kirby said.`).
_SHORT_REPORT = lazy(
    r"\s*[A-Z][\w’'\-]*(?:\s[\w’'\-]+){0,2}?"
    r"\s(?:(?:is|are|was|were|had|has|have|will|would|can|could|should|must|did)\s[\w’'\-]+"
    r"|[a-z]{2,}ed|won|lost|fell|rose|left|came|went|began|broke|grew|met|ran|sold)"
)
# What follows `A, according to X, ` when the report is A: the reporter's own clause, opened by a
# conjunction of time or cause (`as President Trump fulfills his promise …`, `while …`), not the
# report (`…, according to CBO, the bulk of which …`).
_ACCORDING_THEN_OWN = lazy(r"(?:as|while|whereas|even\sas|amid)\s")
# What follows `according to X, ` when it is X's apposition to the sentence's end: a role, no
# relative clause (`the bulk of which had not been spent`, `who you worked with`).
_APPOSITION_ONLY = lazy(r"(?!who\b)(?![^.;]*\b(?:which|whom|whose)\b)")
# A participle after a wire story's attribution that closes its report (`A, Xi said, calling for
# joint efforts …`, `A, Wang said at the talks, urging …`): the source's next act or report,
# read by its own rules; A, before the attribution, is the report (a state wire's usual shape).
_AFTER_SAID_PARTICIPLE = (
    r"(?:adding|noting|saying|calling|urging|stressing|emphasizing|emphasising|expressing|"
    r"pledging|vowing|hailing|welcoming|praising|pointing|reiterating|underlining|voicing|"
    r"describing|citing|warning|appealing|proposing)"
)
# A wire story's attribution after its report (`…, its new CEO Simon Hunt said on March 5.`,
# `…, Handelsblatt reported on Jan. 29.`, `…, he told reporters.`): the verb, then a time or a
# place of saying at most (`on Jan. 23`, `in January`, `Tuesday`, `in a statement`).
_SAID_WHEN = (
    r"(?:\s(?:on|in|last|this|late|early|earlier)\s(?:[A-Z][a-z]{2,8}\.?|week|month|year)"
    r"(?:\s\d{1,2})?(?:,\s\d{4})?"
    r"|\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|earlier)"
    r"|\sin\san?\s(?:statement|interview|post|letter|email|filing|note|call|report)"
    r"(?:\s(?:on|to)\s[A-Z][\w.]*)?"
    # Where, how or to whom it was said, up to the sentence's end (`in an interview with the
    # BBC`, `on X`, `at a news conference in Paris`, `in remarks broadcast on state television`):
    # a preposition's phrase with no comma, colon or dash, up to 70 characters, which may hold
    # others (`in Paris on Monday`).
    # (not one that runs into the verb's own clause, `…, he warned on Saturday that B.`: B is
    # the report, the words before the comma none: subclause round)
    r"|\s(?:in|on|at|to|during|before|after|via)\s(?![a-z]+ing\b)"
    rf"(?:(?!\sthat\s)[^,;:“”\"()—–]){{1,70}}?(?=\.\s*\Z|,\s{_AFTER_SAID_PARTICIPLE}\s))?"
)
# The words after `, said` that are a clause, not the one who said (`that …`, a verb's auxiliary).
# `that` as the object of the verb, a clause of the speaker's own after it (`He said that, and I
# take him at his word.`, `We’ve said that, and we’ll continue to say that.`, `said that. I agree`).
_THAT_DEMONSTRATIVE = lazy(
    r"\sthat(?:[.;!?]|\Z|(?:,|\s[—–])\s(?:and|but|so|because)\s(?:I|we|you|he|she|they)[\s’'])"
)
_CLAUSE_NOT_NAME = lazy(
    r"(?:that\s|[^,]*?\b(?:is|was|are|were|has|have|had|will|would|can|could|should|must|may|"
    r"might|does|did)\s"
    # (a plain past with its object: `Tom Reyes, who sat in on the interview, said the
    # administration expected the gap to shrink by March.`, not a name `March`)
    r"|[^,]*?\b[a-z]{3,}ed\s(?:the|a|an|to|that|its|his|her|their|it)\s)"
)
_NP_SAID_END = lazy(
    # (not a relative clause's pronoun, `…, which Roe told reporters.`, nor a participle,
    # `…, building upon the initiative announced at the summit.`: they report nothing)
    r",\s(?!(?:which|who|whom|what|[a-z]+ing)\s)"
    # (an ampersand in a company's name: `…, Johnson & Johnson said.`, `…, S&P Global said.`)
    rf"(?P<np>(?P<spokesperson>{_SPOKESPERSON_NAMED})|[A-Za-z][\w.&'’\-]*(?:\s[\w.&'’\-]+){{0,5}}?)"
    # An age, a relative clause or an apposition between commas after the name (`Roe, 54,
    # said`, `Roe, who took office in March, said`, `Jane Roe, the country's foreign minister,
    # said`); after a spokesperson's name, its closing comma (`Roe’s spokeswoman, Mary Major,
    # said`).
    r"(?(spokesperson),|(?:,\s(?:\d{1,3}|(?:who|which)\s[^,;:“”\"]{2,100}?|(?:an?|the|its|his|"
    rf"her|their)\s[^,;:“”\"]{{2,80}}?|{PARTY_STATE}),)?)"
    r"\s(?:later\s|also\s|earlier\s)?(?:said|says|added|noted|explained|"
    r"stressed|reported|wrote|estimated|confirmed|warned|announced|predicted|"
    # the one told: `reporters`, `Reuters`, `The Associated Press`, `lawmakers`, `the BBC`,
    # `the BBC journalist`, `a crowd of supporters`
    r"told\s(?:reporters|[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}"
    r"|(?:(?:the|a|an|his|her|its|their)\s)?(?:[A-Z][\w.’'\-]*\s){0,3}(?:[a-z]{3,}|[A-Z][\w.]*)"
    r"(?:\sof\s[a-z]{3,})?))"
    rf"{_SAID_WHEN}(?P<close>\.\s*\Z|,\s(?={_AFTER_SAID_PARTICIPLE}\s))"
)
_SAID_ENDINGS = tuple(  # noqa: RUF005
    f"{word}." for word in ["said", "says", "added", "noted", "explained", "stressed"]
) + ("according to",)
# The end of a sentence that may close with such an attribution (tried on its last characters).
_SAID_TAIL = lazy(
    r"\b(?:said|says|reported|wrote|told|estimated|confirmed|warned|announced|predicted)\b"
    r"[^,;]{0,80}[.,]\s*\Z"
)
_SAID_PARTICIPLE = lazy(rf"\b(?:said|says|reported)\b[^,;]{{0,32}},\s{_AFTER_SAID_PARTICIPLE}\s")
_NARRATION = lazy(
    r"\b(?:met|discussed|welcomed|expressed|called|raised|held|hosted|visited|agreed|thanked|"
    r"congratulated|signed|convened|attended|joined|reviewed|exchanged|concluded|condemned|"
    r"highlighted|outlined|(?<!a )(?<!the )shared|offered|announced|will be implemented)\b"
)
# A verb of saying that opens a report of its own (`X noted that`, `X said:`), not one used
# as any verb (`my country has maintained strategic determination`).
_NEW_REPORT = lazy(rf"\b(?:{_SPEECH})\b(?:\s[\w’'.\-]+){{0,3}}?(?:\sthat\b|\s?:)")
_FIRST_PERSON = lazy(r"\b(?:we|our|us|my country)\b", re.I)


# An attribution inside its report (`To meet the goal, she said, the state will hire …`, `The
# minister, Roe said, would travel …`): a short lead with no comma before the source, and after
# the verb's comma the report going on in lower case, not a clause of its own.
# (`, as X said, A` is read as `As X said, A` is, by its own rules; `, you know, A` is a filler)
_INNER_LEAD = lazy(
    r"\s*[A-Z][^,;:“”\"()—–]{1,80},\s(?![^,]*\b[Aa]s\s|[Ss]o\s)[^,;:“”\"()—–]{1,60}\s\Z"
)
_INNER_REST = lazy(
    r",\s(?!(?:and|but|or|so|because|since|although|though|while|when|as|if|after|before|"
    r"which|who|where|than|then|according|in|on|at|with|for|to|during|of|by|from|that|"
    r"you\sknow|I\sguess|like)\b)"
    # (a participle after the verb's comma is the source's next act, no report going on: `A,
    # Xi said, calling for joint efforts …`, `A, Wang said, urging …`; A is the report)
    r"(?![a-z]{2,}ing\s(?![a-z]+\s(?:is|was|are|were|will|would|has|have|can)\b))"
    r"(?=[a-z]+\s)"
)


def _inner_content(sentence: str, verb_start: int, verb_end: int) -> int | None:
    """Where the report goes on after an attribution inside it (`, she said, A`: A), or None."""
    rest = _INNER_REST.match(sentence, verb_end)
    if rest is None or sentence.rstrip().endswith("?"):
        return None  # (a question's own words: `now that X has announced, is the …?`)
    if _INNER_LEAD.fullmatch(sentence, 0, verb_start) is None:
        return None
    lead = sentence[: sentence.find(",")]
    if _NEW_REPORT.search(lead) or _SAID_TAIL.search(lead):
        return None  # (a report of its own before: `A, she said, B` is A's attribution)
    return rest.end()


def _names_a_source(sentence: str) -> bool:
    """Whether a sentence with no verb of saying may still report a source's words: `according
    to X`, or `Per X:` opening it (`_reported` reads which)."""
    return "ccording to" in sentence or sentence.lstrip()[:4] == "Per "


_NO_SPANS = Within([])  # (most paragraphs' marks and reports: one index of none, shared)


# After a verb of saying: the `that` of its clause, after an object (`told reporters that`)
# or after a few words of time or manner (`said on Tuesday that`, `noted again that`).
# `that` right after a preposition is a determiner (`said in that statement that …`, `pointed
# out in that piece is that …`, `said at that time …`), never the `that` a report opens with.
_NOT_AFTER_PREPOSITION = "".join(
    rf"(?<!\s{word})"
    for word in ("in", "on", "at", "to", "of", "for", "from", "with", "about", "during", "after")
)
# An aside between commas may stand between the verb and `that` (`He reiterated, however, that
# …`, `made clear, again, that …`, `said, when he was in Poland, that …`): up to six words, no
# marks; not before a relative clause's verb (`says, we do not want our country, that is …`).
_ASIDE_THAT = (
    r",(?:\s[\w.'’\-]+){1,6}?(?=,\sthat\s(?!(?:is|are|was|were|has|have|had|will|would)\b))"
)
# A longer aside, or one of several phrases, between commas (a transcript's `said today, in
# terms of when things would be back to normal, that, “…”`, `has said, again, time and time
# again, that …`, `has said, and I’ve said many times from here, that …`), after the time of
# saying or none: up to twelve words, no marks or dashes, opening as an aside does (a
# preposition, `again`, `as`, `when`, `because`, `and`: not `said, look, there are …, that`).
_LONG_ASIDE_THAT = (
    r"(?:\s(?:today|yesterday|again|also|himself|herself|publicly|earlier|before))?"
    r",\s(?:in|on|at|during|with|for|from|over|after|before|again|as|when|while|because|and|"
    # (`has said himself, yesterday, that A`: the time alone between the commas; endev67)
    r"once|just|earlier|actually|essentially|frankly|yesterday|today)(?:,?\s[\w.'’\-]+){0,11}?"
    r"(?=,\sthat,?\s(?!(?:is|are|was|were|has|have|had|will|would)\b))"
)
# A word between a verb and its `that`, or a programme's or a work's title in marks taken as one
# (`said on CBS’s “Face the Nation” that …`, `told NBC’s “Meet the Press” that …`), its marks
# closed before `that`.
_ASIDE_WORD = r"(?:[\w.'’\-]+|[“\"][\w.'’\-]+(?:\s[\w.'’\-]+){0,4}[”\"])"
_OBJECT_THAT = lazy(rf"(?:,)?(?:\s{_ASIDE_WORD}){{0,6}}?,?{_NOT_AFTER_PREPOSITION}\sthat,?\s")
# How often or how long ago it was said, between the verb and `that` (`said a few days ago that`,
# `said a couple times just now that`, `has said time and again that`); a count of things is no
# time (`said a few things that …`: a relative clause).
_TIMES_THAT = (
    r"(?:\s(?:(?:a\sfew|a\scouple(?:\sof)?|two|three|several|a\snumber\sof)\s"
    r"(?:times|days\sago|weeks\sago|months\sago|years\sago|minutes\sago|hours\sago)|"
    r"a\smoment\sago|a\swhile\sago|just\snow|time\sand\sagain|over\sand\sover(?:\sagain)?|"
    r"earlier\stoday|earlier\sthis\sweek|last\sweek|last\smonth))+"
)
# How it was said, one adverb in `-ly` right before `that` (`said basically that`, `stated
# unequivocally that`, `emphasized very strongly that`, `said recently that`; recall3 round):
# any such adverb, not only the listed ones; not a noun in `-ly` (`told the family that`).
_LY_THAT = (
    r"\s(?:(?:very|quite|pretty|most|so)\s)?"
    r"(?!(?:family|ally|rally|reply|supply|assembly|belly|bully|jelly|holly|lily|fly|Italy|July)\b)"
    # (not `said early that morning that …`: `that` a determiner of a time)
    r"[a-z]{2,}ly(?=,?\sthat\s(?!(?:morning|afternoon|evening|night|day|week|month|year|time)\b))"
)
# The source's own saying stressed, a reflexive right before `that` (`has said herself that A`;
# endev67): before, `herself` was read as a clause's first word and `that` kept in the report.
# Not before `that` and a time (`found herself that evening …`: a determiner, no clause).
_SELF_THAT = (
    r"\s(?:himself|herself|themselves|itself)"
    r"(?=\sthat\s(?!(?:morning|afternoon|evening|night|day|week|month|year|time)\b))"
)
_THAT_WORDS = (
    r"(?:\s(?:"
    + alternation(
        [
            "on",
            "at",
            "in",
            "to",
            "during",
            "earlier",
            # `said early on in his administration that`
            "early on",
            "later",
            "today",
            "yesterday",
            "again",
            "also",
            "repeatedly",
            "publicly",
            "privately",
            # `said clearly that`, `said very clearly that` (a transcript's emphasis)
            "clearly",
            "very clearly",
            "quite clearly",
            "pretty clearly",
            "once again",
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "last",
            "this",
            # `has said for months that`, `said many times that`, `has previously said that`
            "for months",
            "for years",
            "for weeks",
            "for decades",
            "many times",
            "several times",
            "multiple times",
            "previously",
            # `said in a speech in New York today that`: where it was said, then its time
            # `said outside the court that`, `said after the hearing that`, `said following the
            # vote that`: where or after what it was said (wireppl round)
            "outside",
            "after",
            "following",
            "in a speech",
            "in a statement",
            "in an interview",
            "in remarks",
            "in a letter",
            # `said through an interpreter that`, `said through a spokesperson that`, `wrote
            # for the majority that` (how or for whom it was said; probenews round)
            "through an interpreter",
            "through a translator",
            "through an aide",
            "through a spokesman",
            "through a spokeswoman",
            "through a spokesperson",
            "through his lawyer",
            "through her lawyer",
            "through his lawyers",
            "through her lawyers",
            "through his attorney",
            "through her attorney",
            "through his attorneys",
            "through her attorneys",
            "for the majority",
            "for the court",
            "for a unanimous court",
            "for the record",
        ]
    )
    # (no subject pronoun right after: `said yesterday he believes that …` is a clause)
    + r")(?!\s(?:he|she|they|we|I)\s)(?:\s"
    + _ASIDE_WORD
    + r"){0,5}?|"
    # `you’ve said before that A`: `before` then a clause's subject (not `before that meeting`)
    + r"\sbefore(?=\sthat\s(?:the|a|an|we|he|she|they|it|I|you|there|this|these|our|his|her|"
    + r"their|[A-Z])\b)|"
    + _TIMES_THAT
    + r"|"
    + _LY_THAT
    + r"|"
    + _SELF_THAT
    + r"|"
    + _ASIDE_THAT
)
_THAT_END = r")?,?" + _NOT_AFTER_PREPOSITION + r"\sthat,?\s"
# `… not that A but that B`: the `that` of what was said.
_BUT_THAT = lazy(r",?\s(?:but|rather)\s(?:rather\s)?that\s")
_THAT = lazy(_THAT_WORDS + r"|" + _LONG_ASIDE_THAT + _THAT_END)
# `_THAT` without the long aside, to tell the reports only the long aside opens: their subject
# must name its speaker plainly (a name, a body, `the President` of a text with one), not a
# pronoun nor `the President` of a text naming several (a transcript's `He’s also said, and I’ve
# said many times from here, that …` after a question naming a senator: `he` is the President,
# the one named last is not).
_SHORT_THAT = lazy(_THAT_WORDS + _THAT_END)
_UNPLAIN_SUBJECT = lazy(
    r"(?:\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)(?:’s|'s|’ve|'ve)?|\b[Tt]he\s[Pp]resident)"
    r"(?:\s(?:has|had|have|also|just|himself|herself|again|always|certainly))*\s*\Z"
)
# `reiterated the interests of … and that the United States stands …`
# (`.` only in abbreviations here, the sentence being already split: `the U.S. position on …`)
# Not `and that` the subject of a verb of its own (`reaffirmed our shared priorities, and that will
# certainly continue`, `and that is why …`): a demonstrative, the reporter's comment (assaid round).
_JOINED_THAT = lazy(
    r"[^;:]{3,160}?\band that,?\s"
    r"(?!(?:will|would|is|was|has|had|can|could|should|must|may|might|does|did|means|remains)\b)"
)
_EARLIER_THAT = Gated(r"\bthat\b", ("that",))
# How far after the verb `_joined_that` reads: `_JOINED_THAT`'s 160 characters and its `and that, `.
_JOINED_REACH = 180


# A false start broken off by a dash and begun again with `that` (`said the — that the President
# would not …`, `made clear that, you know, there would be — that there would …`): the report is
# the clause begun again. At most five words or dashes before it (a longer clause is the report
# itself, and its `— that …` a relative clause or a restatement: `impose new sanctions on Russia
# — that it hasn’t been willing to impose before`), and after `that` a clause's subject: a
# pronoun, a determiner, a name or a noun with its verb (`— that consequences would be coming`),
# not a verb (`— that is a key part`, `— that includes …`: `that` the subject).
_FALSE_START = Gated(
    r"(?:you know,?\s+)?(?:[\w.’'\-]+,?\s+|[—–]\s+){0,4}[\w.’'\-]+\s[—–]\s"
    # (an aside of the speaker's between the two dashes: `he was — and this was not directed at
    # any one country, but … — that we will hold …`)
    r"(?:(?:and|but)\s[^—–.;:!?“”\"]{1,160}?\s[—–]\s)?(?P<that>that\s+)"
    r"(?=(?:he|she|it|they|we|you|I|there|this|these|those|the|a|an|his|her|their|our|its|"
    # (a determiner of quantity, `— that one of the things that was discussed was …`, enspan)
    r"one|some|many|all|each|both|most|every|no|"
    r"that’s|that's|[A-Z][\w.’'\-]*)\s|[\w\-]+\s(?:would|will|is|are|was|were|can|could|"
    r"should|may|might|has|have|had)\s)",
    ("—", "–"),
)


# A lead-in that names what was said before saying it (`the President has said this and I’ll
# reiterate what he said, which is: A`, `made a point that I think is really important …, which
# is: A`): the report is what follows the colon, begun as a sentence is (a capital), or the dash
# of `which is to —` (`what the President said we would do from the beginning, which is to — if
# they invaded, we would …` gives `if they invaded, we would …`).
_WHICH_IS = Gated(
    r"[^:;.!?“”\"]{0,160}?,\swhich\s(?:is|was)(?::\s(?=[A-Z])|(?:\sto)?\s[—–]\s(?=[a-z]))",
    ("which",),
)
# A false start of three words or fewer the speaker breaks off with a dash and begins again with
# a pronoun and its verb (`said that he seriously — he takes this seriously …`, `You said that you
# need — we need more police`): the report is the sentence begun again (ANNOTATING.md, "Span
# boundaries"; a filler after the dash is no part of it: `they just — you know, they didn’t …`).
# Not the same words said again (`he — he was not personally responsible`, `we have — we have to
# …`, which the report keeps), a word broken off (`it doesn’t ma- — bother him`), an aside (`he
# would — and I’m using a quotation — …`) nor a verb of saying after the pronoun (`_DASH_SAID`'s).
_PRONOUN_RESTART = Gated(
    r"(?P<start>(?:[\w.’'\-]+,?\s){0,2}[\w.’']+)\s[—–]\s(?:(?:you\sknow|I\smean),?\s)?"
    r"(?=(?:he|she|we|they|I|you)\s(?!know\b|mean\b|(?:also\s|again\s|just\s)?"
    rf"(?:{_SPEECH}|{_NARRATION_VERBS})\b)[a-z])",
    ("—", "–"),
)


def _past_false_start(sentence: str, content: int) -> int:
    """Where a report whose clause opens at `content` begins, past a false start the speaker
    broke off with a dash and began again with `that` or a pronoun, or past a lead-in ending
    `which is:` or `which is to —`."""
    restart = _FALSE_START.match(sentence, content) or _WHICH_IS.match(sentence, content)
    if restart is None:
        restart = _PRONOUN_RESTART.match(sentence, content)
        # (not the words said again, `we have — we have to continue`: no new start)
        if restart is not None and sentence.startswith(restart["start"], restart.end()):
            return content
    return restart.end() if restart is not None else content


def _joined_that(rest: str) -> int | None:
    """Where the clause of `… and that` after a verb's noun phrase begins in `rest`, or None.
    Not when a `that` stands before it (`reiterated the U.S. position that A, and that B`): the
    second clause goes on with the noun's own (`position that`), a noun phrase, no report."""
    joined = _JOINED_THAT.match(rest) if "and that" in rest else None
    if joined is None:
        return None
    cut = rest.rfind("and that", 0, joined.end())
    return None if _EARLIER_THAT.search(rest, 0, cut) else joined.end()


_PHRASAL_VERBS = frozenset(
    ["laid out", "made clear", "pointed out", "lays out", "makes clear", "points out",
     "made it clear", "made it very clear", "made very clear", "makes it clear"]
)  # fmt: skip
# `President Biden has been clear: We will …`: a statement with its clause after the colon; not
# before marks (`was very clear: “…”`, a direct quote's lead-in) nor a noun phrase in lower case.
_CLEAR_VERBS = frozenset(
    [*_BE_CLEAR, "made clear", "makes clear", "made it clear", "made it very clear",
     "made very clear", "makes it clear"]
)  # fmt: skip
_PLURAL_HAVE = ("have ", "’ve ", "'ve ")
# (the forms of `be clear`, which take a clause as `said` does)
_BEEN_CLEAR = frozenset(_BE_CLEAR)
_CLEAR_COLON = lazy(r"\s?:\s+(?=[A-Z][a-z’']*\s)")
# When or by whom a thing was said, between what was said and the colon after it (`has said this
# before: A`, `what Speaker Pelosi said earlier today: A`): `_SAID_THIS_COLON`'s and
# `_WHEN_BEFORE_COLON`'s one list.
_COLON_SAID_WHEN = (
    r"(?:himself|herself|themselves|itself|before|yesterday|(?:earlier\s)?today|this\smorning|"
    r"last\snight|again|earlier|publicly|repeatedly|many\stimes)"
)
# `said that himself: A`, `has said this before: A`: what was said named, then said after a colon
# (ANNOTATING.md, "Thirty-fourth folder": like `has been clear: A`); past only (`the President
# says this:` introduces the speaker's own account of him as often).
_SAID_THIS_COLON = Gated(
    # (`has said a few things: A`, `said two things: A`: what was said counted, then said)
    r"\s(?:this|that|a\sfew\sthings|a\scouple\sof\sthings|two\sthings|several\sthings"
    # (`the President said it: A`, `it` the thing said right before the colon; not `said it
    # really well when he was here: …`, words of how between; endev67)
    r"|it(?=:))"
    rf"(?:\s{_COLON_SAID_WHEN})?:\s+(?=[A-Z][a-z’']*\s)",
    ("this:", "that:", "things:", " it:", "self:", "selves:", "before:", "day:", "morning:",
     "night:", "again:", "earlier:", "licly:", "edly:", "times:"),
)  # fmt: skip
# Verbs whose clause may follow a colon right after them (`what the President said: They had …`).
_COLON_VERBS = frozenset(["said", "says"])
# When it was said, between `what X said` and its colon (`what Speaker Pelosi said earlier
# today: A`), or nothing (`what the President said: A`); the colon is `_CLEAR_COLON`'s.
_WHEN_BEFORE_COLON = lazy(rf"(?:\s{_COLON_SAID_WHEN})?(?=\s?:)")
# `I have nothing to amend in what the President has already said, which is that A` (ANNOTATING.md,
# "Recall census", `reiterate what X said: A`): what was said named, then given after `, which is
# that`, like the colon; not in a question.
_WHICH_IS_THAT = lazy(rf"(?:\s{_COLON_SAID_WHEN})?,\swhich\s(?:is|was)\sthat\s")
# `the President went out and said to the world: A`, `the President had also said: A`
# (ANNOTATING.md, "Thirty-fourth folder"): a clause after a colon right after `said`, words of
# when, how often or to whom between; read after a plain title or name only (`_SAYER_BEFORE`),
# never after a pronoun (`And he said: …` retells a talk in a speech as often).
_SAID_WHEN_COLON = lazy(
    r"(?:\s(?:to\sthe\s(?:world|country|nation|press)|publicly|repeatedly|again|before|earlier"
    r"|yesterday|today|this\smorning|last\s(?:night|week)|many\stimes|multiple\stimes"
    r"|in\sthe\spast|from\sthe\s(?:beginning|start)|all\salong|on\s[A-Z][a-z]+day)){0,3}"
    r":\s+(?=[A-Z][a-z’']*\s)"
)
# The plain subject of such a `said`: `the President`, a title and a name (`President Biden`,
# `Secretary Blinken`), with its auxiliaries and `went out and` (`_SAID_WHEN_COLON`).
_SAYER_BEFORE = lazy(
    r"\b(?P<np>[Tt]he\sPresident|(?:President|Secretary|Leader|Speaker|Senator|Governor)"
    r"\s[A-Z][\w\-]+"
    # (`So, he acknowledged on Friday: A`, `But he’s also said: A`, `here’s what he said: A`:
    # the one talked of, as a pronoun names him; not the turn's own `I said: A`, `we’ve said: A`)
    r"|(?<![\w’'])(?:[Hh]e|[Ss]he)(?=[’']s\s|\s))(?:[’']s)?"
    # (`he’s also said — reiterated many times: A`: a verb begun again after a dash)
    r"(?:\s(?:has|had|also|just|then|always|went\sout\sand|said\s[—–])){0,3}\s\Z"
)
_PERFECT = lazy(r"[’']s\s|\s(?:has|had)\s")
# The verbs such a colon may follow (`has told us: A`: `told` with `us` only).
_SAID_COLON_VERBS = frozenset(["said", "acknowledged", "reiterated", "told"])
# `what X said` right before the verb (`what the President has said:`).
_WHAT_X_SAID = lazy(r"\bwhat\s[^,.;:—–]{1,40}?\s(?:has\s|had\s|just\s|also\s)?\Z")
# An earlier `said this,` in the sentence: the same said by several (`I have said this, the
# White House Counsel’s Office has said this: …`).
_SAID_THIS_BEFORE = lazy(r"\b(?:said|says|say)\s(?:this|that)\b[^:.;]{0,30},")
# The attribution after a quote's closing mark, up to a participle's comma.
_AFTER_QUOTE = Gated(r"[”\"»]\s*(?P<attribution>[^“”\"«».;!?]{2,80},)\s*\Z", ("”", '"', "»"))
# A subject pronoun right after a verb of saying opens a clause (`said she thanked him`): an
# object (`said it`) would not.
_SUBJECT_PRONOUN = lazy(
    # (the clause's verb may open the source's words in marks: `said he “love[d] to see …”`, a
    # mixed quote, as `said it “…”` below)
    r"\s(?:he|she|they|we|I)\s(?!and\b|or\b)[“\"]?[a-z]"
    # `You said you needed more time …` (a question's report of the one asked): after a verb
    # of saying `you` is the clause's subject (`said you know` is the filler, no clause).
    r"|\syou\s(?!and\b|or\b|know\b|see\b|guys\b|all\b)[a-z]"
    # `said it had lodged a protest`: `it` with an auxiliary is a subject, not an object.
    r"|\sit\s(?:had|has|was|is|would|will|could|can|did|does|should|might|may|must|"
    r"planned|plans|expects|expected|intends|intended)\s[a-z]"
    # `said it “needs to be repealed”`: the subject outside the marks, its verb inside (a mixed
    # quote, ANNOTATING.md "Kind"; a capital after the mark opens a quotation of its own).
    r"|\sit\s[“\"][a-z]"
)
# The place or time of saying after the verb of a quote's attribution (`at a news conference,`).
_PLACE_OF_SAYING = lazy(r"\s(?:at|in|on|during|after|before|to)\s[^,“”\"]{1,60},\Z")
# The one told, before a clause without `that` (`told Reuters the plan would …`).
_TOLD_WHOM = lazy(
    r"\s(?:reporters|journalists|lawmakers|me|us|him|her|them|the\s[a-z]+|"
    # (the people told with no determiner: `told companies it planned to …`; clauses probe)
    r"investors|analysts|residents|supporters|workers|employees|staff|students|parents|voters|"
    r"officials|members|colleagues|delegates|regulators|donors|farmers|customers|shareholders|"
    r"legislators|senators|companies|airlines|viewers|listeners|readers|attendees|participants|"
    # (listener round: more people told, and the gathering told, `told a news conference the
    # talks had failed`)
    r"governors|mayors|leaders|allies|diplomats|executives|citizens|families|"
    r"an?\s(?:news\s|press\s)?(?:conference|briefing|hearing|rally|crowd|audience|gathering)|"
    # (a name, or a body's or an outlet's name after `the`: `told the BBC the plan would …`)
    r"(?:the\s)?[A-Z][\w.&'’\-]*(?:\s[A-Z][\w.&'’\-]*){0,3})(?=\s)"
)
# The time of saying right after the verb (`said Monday`, `said late Tuesday`, `said on Jan. 23`).
_WHEN_AFTER_VERB = lazy(
    rf"\s(?:(?:late|early|earlier|on)\s{_WEEKDAY}|{_WEEKDAY}|today|yesterday|tonight|"
    r"on\s[A-Z][a-z]{2,8}\.?\s\d{1,2}|"
    # (`said this morning he …`, `told reporters earlier this week the …`, `said last Friday
    # it …`: the parts of a day and the weeks before, as a weekday is; probe of 7 December)
    rf"(?:late\s|earlier\s)?last\s(?:week|month|year|night|{_WEEKDAY})|"
    r"(?:earlier\s)?this\s(?:morning|afternoon|evening|week|month|year)|earlier\stoday|"
    # `has said for months no pardon was coming`: how long, then the clause
    r"for\s(?:months|years|weeks|decades)|"
    # `has said in the past we need to …`, `has said many times we …`, `said himself, it’s not
    # …` (how often, or by the source itself: a briefing's ways of saying `has said`)
    r"in\sthe\spast|many\stimes|multiple\stimes|repeatedly|time\sand\s(?:time\s)?again|"
    r"consistently|publicly|privately|himself|herself|"
    # `said instead it was a “…”`: what was said in place of another thing, then the clause
    r"instead|"
    # `said in a statement the company would …`, `said in an interview on Tuesday Europe must
    # …`: where it was said, then the clause (the clause itself checked after it)
    r"in\s(?:a|an|his|her|its|their)\s(?:[a-z\-]+\s)?(?:statement|speech|interview|email|"
    # (and a document: `said in a filing its profits fell …`; clauses probe)
    r"filing|report|release|memo|briefing|tweet|declaration|lawsuit|motion|"
    rf"post|letter|video|message|address)(?:\s(?:on\s)?{_WEEKDAY})?)"
    # (a name may open the clause after a time: `said Tuesday European allies must …`)
    r"(?:(?<=f),)?(?=\s[a-zA-Z])"
)
# The first letters of the words every match of `_WHEN_AFTER_VERB` begins with, after its one
# white space: where none stands there (`said that`, `said he`, `said Biden`), it is not tried (a
# letter's test, cheaper than the words' own). After a plain first word (`_TWO_PLAIN_WORDS`),
# the word itself is one of `_WHEN_AFTER_VERB_WORDS` or no match opens there.
_WHEN_AFTER_VERB_WORDS = frozenset(
    [
        "late", "early", "earlier", "on", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday", "today", "yesterday", "tonight", "last", "this", "for", "in", "many",
        "multiple", "repeatedly", "time", "consistently", "publicly", "privately", "himself",
        "herself", "instead",
    ]
)  # fmt: skip
_WHEN_AFTER_VERB_LETTERS = frozenset(word[0] for word in _WHEN_AFTER_VERB_WORDS)
# The plain first words `_SUBJECT_PRONOUN` may match (`I` is no plain word).
_SUBJECT_PRONOUN_WORDS = frozenset(["he", "she", "they", "we", "you", "it"])
# Verbs that take the one told before a clause without `that` (listener round): `_OBJECT_VERBS`
# and these, whose first noun phrase is as often the clause's own subject (`warned the economy
# could shrink`), so the one told is taken only when a clause follows it.
_LISTENER_VERBS = frozenset(["warned", "warns", "cautioned", "cautions", "promised", "promises"])
# After those verbs, the one told after `the` is a body or the people (`warned the public the
# storm was dangerous`), not any noun (`promised the deal the company struck would hold`: a
# relative clause without `that`).
_TOLD_BODIES = frozenset(
    ["public", "government", "committee", "council", "court", "board", "nation", "country",
     "world", "administration", "audience", "crowd", "panel", "jury", "judge", "parliament",
     "legislature", "conference", "press", "people", "industry", "senators", "lawmakers"]
)  # fmt: skip
# After the one told: where or when it was told (`told reporters on Monday`, `warned lawmakers at
# a hearing`, `told Reuters in Brussels`), one or two, before the clause.
_TOLD_WHERE = lazy(
    r"\s(?:at\s(?:a|an|the|his|her|its|their)\s(?:[a-z\-]+\s)?(?:briefing|conference|hearing|"
    r"rally|meeting|event|forum|summit|gathering|session)|in\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
    # (`told reporters at the Capitol he …`, `at the White House`, `after the vote the …`: a
    # named place, or the event it followed; probe of 7 December)
    r"|at\sthe\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|after\sthe\s(?:[a-z\-]+\s)?(?:vote|meeting|"
    r"hearing|briefing|speech|talks|call|event|ruling|summit|session))"
    r"(?=\s[a-zA-Z])"
)
_TIME_SUBJECT = lazy(r"\s(?:he|she|it|they|we|I)\s(?!and\b|or\b)[a-z]")
# Verbs of `_AS_SAID_VERBS` that also take a thing (`As X observed the parade, …`, `As X argued
# the case, …`): `As X observed, A` only with the one told or the time before the comma.
# (and the other verbs of saying that take a thing, `As X mentioned, A`, `As X announced last
# June, A`, `As X has acknowledged, A`: enrecall round, a recall audit of briefings and remarks;
# `As X announced the deal, …` is the time of an act, no report; also read by `_AS_SAID_END`
# and `_AS_SAID_CHAIN`)
_AS_TAKING_VERBS = (
    "mentioned", "announced", "indicated", "highlighted", "reiterated", "acknowledged",
    "underscored",
)  # fmt: skip
_AS_TAKING = "|".join(_AS_TAKING_VERBS)
_AS_ARGUED_VERBS = frozenset(
    ["observed", "argued", "warned", "reminded", "pointed out", "insisted", "predicted",
     *_AS_TAKING_VERBS]
)  # fmt: skip
_AS_ARGUED_AFTER = lazy(
    r"(?:\s(?:us|me|them|you|readers|everyone|Americans|Congress|reporters))?"
    r"(?:\s(?:in|at|during|last|this|years|decades|long|back|once|\d{4})\b[^,;:“”\"]{0,60}"
    # (the day or the part of it: `As X mentioned on Monday afternoon, A`, `earlier today`)
    r"|\s(?:on\s(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|earlier|yesterday|today|publicly)"
    r"(?:\s(?:morning|afternoon|evening|today|this\s(?:week|morning)))?)?"
    r",\s+(?=[A-Za-z])"
)
# `As the President has said, …` at the head of a sentence (or after `and`, `but`,
# `because`): the clause after the comma is the source's (not `as I said`: no one named).
_AS_SAID_VERBS = frozenset(
    # (`As CNN reported this morning, A`, `As the Pentagon has reported, A`: told the same way)
    [
        "said",
        "stated",
        "noted",
        "explained",
        "emphasized",
        "stressed",
        "made clear",
        "wrote",
        "reported",
        "put it",  # (`As X put it in today’s op-ed, A`: joined to the verbs after `As X` only)
        # (`As the President often says, A`, `As Secretary Yellen likes to say, A`: what the
        # source says again and again, told like what it said)
        "says",
        "say",
        # (an op-ed's `As Roosevelt reminded us, A`, `As the economist X observed, A`, `As X
        # argued, A`: told the same way, with only the one told or the time before the comma,
        # `_AS_ARGUED_AFTER`)
        *_AS_ARGUED_VERBS,
    ]
)
# (`But just to reiterate: As the President has said …`: after a colon too; in a transcript, after
# the dash of a sentence begun again, `we’re — as the President said, the sanctions …`, and after
# a turn's opening word and its comma, `So, as the President has made clear, …`, `Look, as …`,
# with a filler after the comma, `But, you know, as the President just said …`)
# A turn's opening words before such an `as`, each with its comma (`So,`, `Look,`, `But, you
# know,`), up to three (`So, first,`, `Well, I would note,`: an ordinal, the speaker's own `I would
# note` or `I’d say` that only brings in what the source said).
# (and the topic the answer turns to, `With respect to X, as Y said on Friday, A`, `So on the
# subject of X, as Y has said, A`, `And, by the way, as Y pointed out, A`: enrecall round)
_AS_LEAD = (
    r"(?P<lead>(?:(?:[Ll]ook|[Ss]o|[Nn]ow|[Ww]ell|[Aa]gain|[Aa]nd|[Bb]ut|[Ff]irst|[Ss]econd|"
    r"[Ll]isten|[Oo]bviously|[Yy]ou\sknow|I\s(?:would|will)\s(?:note|say|add)|"
    r"I[’']d\s(?:note|say|add)|[Bb]y\sthe\sway|"
    r"(?:(?:[Ss]o|[Aa]nd|[Bb]ut|[Nn]ow)\s)?(?:[Oo]n|[Ww]ith\s(?:respect|regard)\sto|[Rr]egarding|"
    r"[Aa]s\sfor|[Ww]hen\sit\scomes\sto)\s(?!(?:I|we|you)\b)[^,;:“”\"—–]{2,120}?)"
    r"(?:\s(?:so|again|now|first))?,\s){1,3})"
)
_AS_SAID_BEFORE = lazy(
    rf"(?:\A\s*{_AS_LEAD}?"
    # (`Because as President Biden often says, A` opening its sentence: `Because`, `Since`)
    r"|:\s|[—–]\s|\b(?:[Aa]nd|[Bb]ut|[Ss]o|[Bb]ecause|[Ss]ince)\s)[Aa]s\s"
    # (the source holds no `as` of its own: in `So, as you just heard … and as the President said,`
    # the source is the one the last `as` brings in)
    r"(?P<np>(?:(?!\bas\s)[^,;:“”\"]){2,60}?)"
    r"\s(?:(?:has|had|have|also|repeatedly|often|rightly|once|always|usually|sometimes|just|famously)\s"
    r"|(?:likes|loves|liked|loved|used)\sto\s){0,2}\Z"
)
# `A, as X said.` closing its sentence (`…, we are open to that discussion, as the President
# just said a few moments ago.`, `NPR and PBS have fueled …, as President Trump has stated.`;
# ANNOTATING.md, "Thirty-seventh folder" and "Forty-second folder"): an attribution after its
# report, A the one named's, as `As X said, A` gives it. X is no pronoun (`as I said`, `as we
# announced`, `as you know` are the speaker's own; `as he said` is left to `_NP_SAID_END`) and
# no two together (`as both the Attorney General and Special Counsel have said`); after the
# verb, at most where or when it was said (`in his speech`, `a few moments ago`, `publicly`),
# no clause of its own.
_AS_SAID_END = lazy(
    r",\s(?:and\s)?as\s"
    r"(?P<np>(?!(?:I|we|you|he|she|they|it|both|some|many|others?|someone|people|folks)\b)"
    r"(?:(?!\b(?:as|and|or|both|who|which|that)\s)[^,;:“”\"()—–?!.]|(?<=[A-Z])\.){2,60}?)"
    r"\s(?:(?:has|had|have|also|just|rightly|repeatedly|often|always|once|recently|previously|"
    r"correctly)\s){0,2}"
    r"(?:said|stated|noted|wrote|explained|emphasized|stressed|put\sit|made\sclear|pointed\sout"
    # (`…, as X mentioned.`: the enrecall round's verbs, as `As X mentioned, A` takes them)
    rf"|{_AS_TAKING})"
    r"(?P<when>\s(?:(?!\b(?:that|to|but|because|and)\s)[^,;:“”\"()—–?!.]){1,40})?\.\s*\Z"
)

# The verbs of a determination or an accusation (`has determined that A`, `charged that A`),
# read in a statement only: in a question (`So, has the White House determined that A?`) the
# determination is asked about, no one's report.
_ASKED_NOT_SAID = frozenset(["determined", "charged"])
# The verbs of saying read after `has long` (`He’s long said that A`, `has long argued that A`):
# what the source has said again and again; not `has long recognized`, `has long expected`, a
# view held (`subjects._BEFORE_THE_VERB` passes `long` after an auxiliary).
_LONG_SAID = frozenset(
    ["said", "says", "argued", "argues", "maintained", "maintains", "insisted", "insists",
     "warned", "warns", "stated", "made clear", "called", "claimed", "contended", "noted",
     "stressed", "emphasized", "pointed out"]
)  # fmt: skip
# (a point's number before A, `Third, A, as CEO X said.`, is the one speaking's too: enspan round)
_AS_SAID_END_LEAD = lazy(
    r"(?:(?:And|But)(?:,\s+|\s+)|(?:So|Now|Well|Look|First|Second|Third|Fourth|Fifth|Finally|"
    r"Lastly|Next),\s+)"
    r"(?:(?:so|now|well|look|again|obviously|you\sknow|I\smean),\s+)*(?=[A-Za-z])"
)

# `’ve heard`, `have also heard`, `heard` after its subject: what `_AS_HEARD` and `_HEARD_HIM`
# both read.
_HAVE_HEARD = r"(?:[’']ve|\shave)?\s(?:also\s|just\s|all\s|already\s|probably\s){0,2}heard\s"
# `As you heard him say, A`, `And like you’ve also heard the President say, A` (a briefing's way of
# saying `As he said, A`): the one heard, never the speaker's own (`heard me say`, `heard us say`).
_AS_HEARD = lazy(
    # (after a turn's opening words as `As X said` is: `So, first, as you heard the President say
    # last week, A`)
    rf"(?:\A\s*{_AS_LEAD}?|:\s|\b(?:[Aa]nd|[Bb]ut|[Ss]o|because|since)\s)(?:[Aa]s|[Ll]ike)\s"
    r"(?:I\sthink\s)?"
    rf"you{_HAVE_HEARD}"
    r"(?P<np>him|her|the\s[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?|(?:[A-Z][\w.\-]+\s){0,2}[A-Z][\w\-]+)\s\Z"
)
_HEARD_SAY = frozenset(["say", "saying"])
# The source after `as you heard from` (`Secretary Blinken`, `John Kirby`, `the President`): a
# name or a title, the words after it up to the comma (`earlier today`) its time.
_HEARD_FROM_SOURCE = lazy(
    r"(?P<np>the\s[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?|(?:[A-Z][\w.’'\-]+\s){0,3}[A-Z][\w’'\-]+)(?=[\s,])"
)
# After `you heard from X` (no `as`, `_HEARD_FROM` in finder.py): the time, the place or the
# manner it was heard in, then `that`, `saying` or `say` (and its adverb and comma) before the
# report (`the President clearly that A`, `Mitch McConnell on the Hill a short time ago saying A`,
# `the President last night say very clearly, A`); not `heard from X about the plan that …`.
_HEARD_FROM_THAT = lazy(
    r"(?:\s(?:clearly|directly|firsthand|personally|publicly|privately|again|already|today|"
    r"yesterday|tonight|earlier|recently|repeatedly|himself|herself|themselves|"
    r"(?:last|this|earlier|over\sthe)\s(?:night|week|weekend|month|year|morning|afternoon|evening|"
    r"today)|on\sthe\sHill|(?:in|at)\s(?:his|her|their|the)\s(?:remarks|statement|speech|"
    r"press\sconference|interview)|a\s(?:short|little)\s(?:time|while)\sago|"
    r"(?:a\sfew|several|two|three)\s(?:minutes|hours|days)\sago)){0,3}"
    r"\s(?:that,?|saying|say(?:\s(?:very\s)?(?:clearly|directly|plainly))?,?)\s+(?=[A-Za-z])"
)
# What follows `as you heard from X,`: a clause with its subject (`we are planning …`, `she’ll
# kick off …`, `he was outraged`), not the rest of a sentence the aside broke into (`laid out,
# as you’ve just heard from Jake, what we believe …`, `stay in touch, as …, with his team`).
_HEARD_FROM_CLAUSE = lazy(
    r"(?:that\s)?(?:he|she|they|we|I|it|you|there|this|the|his|her|our|their|[A-Z][\w\-]*)"
    r"(?:[’'][a-z]+)?\s"
)
# `You heard him say`, `you’ve also heard her saying` (the one heard, an object pronoun), not the
# turn's own (`heard me say`, `heard us say`).
_HEARD_HIM = lazy(
    # (not a relative's: `a commitment, which you heard him say he intends to deliver on`)
    rf"(?<!\bwhich\s)(?<!\bthat\s)(?<!\bwhat\s)\b(?:[Yy]ou|[Ww]e|I){_HAVE_HEARD}"
    r"(?P<pronoun>him|her)\s\Z"
)
# What follows such a `say`: a clause with its subject (`he wants to …`, `that the plan …`), not
# the thing said (`say this`, `say it this morning: …`, `say so`).
_HEARD_CLAUSE = lazy(r"\s(?:that\s)?(?:he|she|they|we|the|his|her|our|their)\s(?!is\s)")
# After `heard him say that`: the time it was said, not a clause (`You heard him say that just two
# days ago, and …`: `that` the thing said).
_HEARD_THAT_NOT = lazy(
    r"(?:just|only|again|before|yesterday|today|tonight|last|earlier|recently|often|many|"
    r"this\s(?:morning|afternoon|evening|week)|\w+\s(?:days|weeks|hours|times)\sago|is|was)\b"
)
# `What he said was that, as leaders, A`, `One of the things that President Xi told President
# Biden yesterday was A` (a transcript's cleft): A is the source's. The source a name, a title
# or `he`/`she` (never the speaker's own `What I said was`, nor `What you’re saying is` asked).
_CLEFT_VERBS = frozenset(["said", "told", "made clear", "stressed", "emphasized", "conveyed"])
_CLEFT_HEAD = Gated(
    r"(?:\A\s*|[,;:—–]\s|\b(?:[Aa]nd|[Bb]ut|[Ss]o|[Nn]ow)\s)(?:[Ww]hat|[Oo]ne\sof\sthe\sthings"
    r"(?:\sthat)?) (?P<np>he|she|the\s[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?|"
    r"(?:[A-Z][\w.’'\-]+\s){0,2}[A-Z][\w’'\-]+)\s(?:(?:also|has|had|just|really|did)\s){0,2}\Z",
    ("What ", "what ", "things "),
)
# After the cleft's verb: the one told and the time at most, then `was` or `is` (and `that`).
_CLEFT_REST = lazy(
    r"(?:\s(?:to\s)?(?:him|her|them|the\s[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?|"
    r"(?:[A-Z][\w.’'\-]+\s){0,2}[A-Z][\w’'\-]+))?"
    r"(?:\s(?:yesterday|today|last\snight|this\smorning|earlier|privately|directly))?"
    r"\s(?:was|is),?\s(?:that,?\s(?=[A-Za-z])|(?=(?:he|she|they|we|it|there|the|our|his|her)\s)"
    # (a name and its verb: `What he said was Putin was a rational actor who …`)
    r"|(?=[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?\s(?:was|is|were|are|has|had|have|would|will|"
    r"could|can|should|must|did|does|do)\s))"
)
# A word in -ing that is a clause's subject, its auxiliary within six words and no comma between
# (`teaching has become so much harder`, `handling classified information is important`,
# `nothing is off the table`, `recovering from a long illness will require …`: enrecall round): a
# gerund or a pronoun, not a participle opening no clause.
_GERUND_SUBJECT = (
    r"[a-z]+ing(?:\s[a-z]+){0,5}?\s(?:is|are|was|were|has|have|had|will|would|can|could|should|"
    r"must|may|might)\b"
)
_PARTICIPLE_OPENS = lazy(rf"(?!{_GERUND_SUBJECT})[a-z]+ing\b")
# A filler the one speaking puts before the words reported (`as X said, you know, A`).
_SPOKEN_FILLER = lazy(r"(?:you\sknow|I\smean|look),\s(?=[A-Za-z])")
# `as he said last night, as he said this morning, A`: a second aside of the same kind.
_AS_SAID_CHAIN = Gated(
    r"as\s[^,;:“”\"—–]{2,60}?\s(?:(?:has|had|have|also|just)\s){0,2}"
    r"(?:said|stated|noted|explained|emphasized|stressed|made\sclear"
    # (`as I mentioned,`: the enrecall round's verbs, as `As X mentioned, A` takes them)
    rf"|{_AS_TAKING})"
    r"(?:\s[^,;:“”\"—–]{1,60})?,\s+(?=[A-Za-z])",
    ("as ",),
)
# After `So, as X said,` (a turn's opening word): the speaker's own words, not X's, when an aside
# with a dash stands before the comma (`Well, as X noted — you may have seen …, but …`), when the
# words after it open with a conjunction (`, and I’ll reiterate, …`, `, since …`), or when its first
# clause is in the first person (`Now, as Jen said, this was a priority of mine …`).
_LEAD_ASIDE = Gated(r"[—–]", ("—", "–"))
_LEAD_JOINED = Gated(
    r"(?:and|but|or|so|since|because|as)\b", ("and", "but", "or", "so", "since", "because", "as")
)
_LEAD_OWN = Gated(r"\b(?:I|my|mine|me)\b|\bI[’']", ("I", "my", "mine", "me"))


def _lead_clause(sentence: str, verb_end: int, content: int) -> bool:
    """Whether the words from `content` are the clause of `So, as X said,` (see above)."""
    if _LEAD_ASIDE.search(sentence, verb_end, content) or _LEAD_JOINED.match(sentence, content):
        return False
    comma = sentence.find(",", content)
    return _LEAD_OWN.search(sentence, content, comma if comma >= 0 else len(sentence)) is None


# A quotation that closes a sentence, another sentence after it (`….” The Summit will …`): its
# closing mark is kept, the cut falls after it.
_CLOSED_SENTENCE = lazy(r"(?<=[.!?][”\"])\s+(?=[A-Z])")
# (the time between the verb and the comma: `from the beginning`, `on Sunday when his
# administration took steps to stabilize the banking system`)
# A colon in its place in a briefing (`As the President said before Christmas: We were not …`,
# `So as the President has said: Listen, …`): the clause after it, as after the comma.
_AS_SAID_AFTER = lazy(r"(?:\s[^,;:“”\"]{1,100})?[,:]\s+(?=[A-Za-z])")
# A briefing's spoken lead-in to the words in marks (`As Secretary Austin said, and I quote, “…”`,
# `As the first lady said, quote, “…”`): the quotation is the source's direct quote, no clause.
# (`and I’ll quote,`, `and I will quote,`: the same lead-in)
_SPOKEN_QUOTE = Gated(r"(?:and\s)?(?:I(?:[’']ll|\swill)?\s)?quote[,:]?\s*[“\"]", ("quote",))
# The same lead-in after the clause's first words (`As President Truman said in 1945, the U.N.
# Charter — and I quote — is “…”`): the words in marks only, the source's direct quote; the few
# words before the spoken `quote` and after it are no report of their own (ANNOTATING.md,
# "Forty-ninth folder"; assaid round).
# (asked only where `quote` stands in the sentence)
_SPOKEN_QUOTE_LATER = lazy(
    r"[^,;:“”\"—–]{1,40}?\s(?:[—–]|,)\s(?:and\s)?I\squote(?:,|\s[—–])\s(?:[\w’'\-]+\s){0,2}[“\"]"
)
# A speech's spoken `and I quote` set off right after the verb, before a clause that opens
# outside the marks (`Putin asserted — and I quote — Ukraine was “created by Russia” and never
# had, quote, “…”`, `said, and I quote, A`): read as if unsaid, the clause the report
# (ANNOTATING.md, "Forty-ninth folder"); one word before the marks (`said, and I quote,
# nothing “…”`) is no clause, only the words in marks (a direct quote, "Forty-third folder").
# (not before `that`: `said, and I quote, that “…”` is read as before)
_SPOKEN_ASIDE = lazy(r"(?:,|\s[—–])\s(?:and\s)?I\squote(?:,|\s[—–])(?=\s(?!that\b)[^\s“\"])")
_WORD_THEN_MARKS = lazy(r"\s[\w’'\-]+\s[“\"]")
# The filler a speaker puts right after `said` (`he said, you know, he is considering …`): no
# part of the report, whose clause is read after it as after `said`; not after an `as` before
# the verb (`as X said, you know, A`: the aside's own reading, `_SPOKEN_FILLER`).
_SAID_FILLER = ", you know, "
_AS_BEFORE_VERB = lazy(r"(?:\A|[\s,;(—–])[Aa]s\s[^,;:—–“”\"]*\Z")


# The plurals without -s a plural clause may open with (`claimed people were “dying …”`).
_PLURALS_WITHOUT_S = frozenset(["people", "children", "men", "women"])
# A clause without `that` opening with a plural noun and no determiner, its auxiliary within six
# words (`said cuts to Social Security and Medicare are on the table`, `says masks are critical`,
# `said states have the right to …`); not a word in -s that is no plural noun (`said always`,
# `says thanks`, `said yes`, `serious`), nor with a pronoun or a relative word before the auxiliary
# (`said thanks to all of you who are here`, `said prayers that will …`).
_PLURAL_CLAUSE = (
    r"(?!(?:always|perhaps|sometimes|afterwards|nevertheless|besides|towards|regardless|thanks"
    r"|yes|this|thus|less|unless|was|has|is|his|its|hers|ours|yours|theirs|as|us|plus|across"
    r"|whereas|does|goes|says|lots|tons|words|things)\s)"
    # (and the plurals without -s)
    rf"(?:[a-z]{{2,}}[^sui\W]s|{'|'.join(sorted(_PLURALS_WITHOUT_S))})\s"
    r"(?:(?!(?:i|we|you|he|she|they|it|who|which|that|whom|whose|where|when|what|if|because)\s)"
    r"[\w’'\-]+\s){0,5}?"
    r"(?:are|were|will|would|have|had|can|could|should|must|might|do|did|need|cost)\s"
)
_BARE_PLURAL_CLAUSE = lazy(r"\s" + _PLURAL_CLAUSE)
# The auxiliary every match of `_PLURAL_CLAUSE` ends with, white space before and after it: where
# it stands nowhere, neither plural pattern is tried (their words before it, each tried against
# the lists they may not be, cost more than this one scan).
_PLURAL_CLAUSE_AUXILIARY = lazy(
    r"\s(?:are|were|will|would|have|had|can|could|should|must|might|do|did|need|cost)\s"
)
# The same clause with one word qualifying its plural (`said trade deficits were to blame for …`,
# `says taxpayer dollars should not …`, `says low-income families will …`); never a word of the
# narration's own (`_NOT_QUALIFIERS`: a time, `said yesterday talks were …`, a preposition, a
# conjunction, a greeting, a determiner) nor an adverb in -ly (`said recently prices would …`).
_QUALIFIED_PLURAL_CLAUSE = lazy(r"\s(?P<qualifier>[a-z][a-z\-]{2,})\s" + _PLURAL_CLAUSE)
_NOT_QUALIFIERS = frozenset(
    [
        "today",
        "yesterday",
        "tonight",
        "tomorrow",
        "now",
        "then",
        "again",
        "also",
        "still",
        "once",
        "twice",
        "always",
        "never",
        "even",
        "only",
        "just",
        "too",
        "very",
        "well",
        "here",
        "there",
        "not",
        "and",
        "but",
        "for",
        "nor",
        "yet",
        "with",
        "from",
        "into",
        "onto",
        "about",
        "after",
        "before",
        "during",
        "over",
        "under",
        "upon",
        "within",
        "without",
        "against",
        "between",
        "among",
        "through",
        "than",
        "when",
        "where",
        "what",
        "whether",
        "while",
        "because",
        "since",
        "until",
        "unless",
        "though",
        "although",
        "how",
        "why",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "this",
        "these",
        "those",
        "thank",
        "please",
        "hello",
        "goodbye",
        "sorry",
        "okay",
        "yes",
        "your",
        "our",
        "their",
        "his",
        "her",
        "its",
        "the",
        "some",
        "many",
        "most",
        "all",
        "both",
        "each",
        "every",
        "any",
        "few",
        "several",
        "other",
        "such",
        "same",
        "last",
        "next",
        "earlier",
        "later",
        "sir",
        "madam",
        "folks",
    ]
)


def _qualified_plural_clause(rest: str) -> bool:
    """Whether `rest` opens with a clause whose plural subject one word qualifies (see above)."""
    match = _QUALIFIED_PLURAL_CLAUSE.match(rest)
    if match is None:
        return False
    return not _narration_word(match.group("qualifier"))


def _narration_word(word: str) -> bool:
    """Whether a word before a clause's verb is the narration's (`_NOT_QUALIFIERS`, or an adverb
    in -ly: `said recently prices would …`), no part of the clause's subject."""
    return word in _NOT_QUALIFIERS or word.endswith("ly")


_CLAUSE_TEXT = lazy(r"\s(?P<clause>[^,;:]{3,160})")
# The same across a figure's thousands separators (`said more than 15,600 cases …`): tried only
# when the first stops at one, the plain pattern's quick scan kept for every other clause.
_CLAUSE_TEXT_FIGURES = lazy(r"\s(?P<clause>(?:[^,;:]|(?<=\d),(?=\d{3}\b)){3,160})")
# The plain past's predicate (`sent a message`, `remained strong`, `came first`).
# (a verb joining its subject to a quality: `said the alliance remained strong`)
_LINKING_PASTS = ("remained", "seemed", "appeared", "looked", "sounded", "proved", "became")
_IRREGULAR_PASTS = (
    "agreed", "sent", "made", "took", "gave", "lost", "won", "left", "paid", "sold", "bought",
    "brought", "knew", "saw", "came", "went", "began", "broke", "built", "caught", "chose",
    "fell", "fought", "held", "kept", "led", "meant", "met", "ran", "rose", "spent", "stole",
    "struck", "threw", "drew", "grew", "spoke", "swore", "stood", "sought", "taught", "wrote",
    # (more of the common irregular pasts: `said the suspect fled on foot`; clauses probe)
    "fled", "felt", "heard", "hit", "shot", "hid", "flew", "drove", "sank", "shrank", "slid",
    "stuck", "swung", "wore", "dealt", "lent", "fed", "bled", "slept", "swept", "sped", "spun",
    "spread", "shut", "burst", "forgot", "froze", "hung", "tore", "dug", "cost",
)  # fmt: skip
_PAST_PREDICATE = (
    r"(?:(?:" + "|".join(_LINKING_PASTS) + r")\s[a-z]"
    r"|(?:[a-z]{2,}[^e\W]ed|" + "|".join(_IRREGULAR_PASTS) + ")"
    r"(?:\s(?:the|a|an|his|her|its|their|our|my|your|this|these|those|him|them|it|us|me|to|in|"
    r"on|at|by|for|with|from|into|over|about|up|out|down|more|no|nearly|almost|some|all|many|"
    r"several|both|each|every|thousands|hundreds|millions|billions|dozens|first|last|"
    # (a number in words: `said it killed three hostages`)
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety)\b|"
    r"[\d$£€]|[A-Z]"
    # (an adverb of manner or time: `said the water rose fast`, `said prices fell sharply`;
    # found testing wire stories, thirteenth session)
    r"|[a-z]{3,}ly\b|(?:fast|well|hard|quickly|again|overnight|yesterday|today|last)\b"
    # (a verb's particle or complement, `said the deal fell short`, `said the talks fell apart`,
    # `said the family went home`, and a plural with no determiner as its object, `said the
    # President willfully retained materials`; clauses probe)
    r"|(?:short|behind|apart|flat|away|back|off|home|together|ahead|silent|open|free|wrong)\b"
    r"|[a-z]{3,}[^s\W]s\b)|[.,;]))"
)
# A clause without `that` whose verb is a plain past (`said the verdict sent a message`, `said
# Guo defrauded his followers of …`, `says the company lost $5 million`): a determiner's noun
# phrase of up to four words, a name (its possessive's noun), `it` or a bare noun, then a word in
# -ed or a common irregular past with an object, a preposition, a figure or the sentence's end
# after it. Tried only after the clause with an auxiliary (`_clause`), so an adjective in -ed
# before its noun (`the armed forces were …`) is read there; never past a conjunction or a
# relative word, nor after the things said themselves (`said a prayer`, `said the words`).
_PAST_CLAUSE = lazy(
    r"\s(?:(?:the|this|these|those|his|her|its|their|our)\s"
    r"(?!(?:words?|prayers?|rosary|pledge|oath|goodbyes?)\b)"
    r"(?:(?!(?:after|before|when|while|that|which|who|whom|since|as|if|because|until|and|or|but|"
    r"once|where|whether)\s)[\w.’'\-]+\s){1,4}?"
    r"|[A-Z][\w.’'\-]*(?:\s[A-Z][\w.’'\-]*){0,2}(?:[’']s?\s[a-z][a-z\-]+)?\s"
    # (and an adverb after the name: `said Beijing firmly opposed the deployment`; probenews)
    r"(?:[a-z]{2,}ly\s)?"
    # (`it` and an adverb: `said it firmly opposed the move`, not `said it loudly`)
    r"|it\s(?:[a-z]+ly\s)?"
    # (a bare noun: `said safety came first`, `said inflation remained high`; never a word of
    # the narration's own, `_NOT_QUALIFIERS`, nor an adverb in -ly: `_said_clause` tells)
    r"|(?P<noun>[a-z]{3,})\s"
    # (and an adverb after it: `said management never responded`; clauses probe)
    r"(?:(?:never|also|[a-z]{3,}ly)\s)?)" + _PAST_PREDICATE
)
# A clause without `that` whose subject is a determiner's plural and whose verb a common verb
# in the plain present (`said the actions reflect the President’s commitment`, `said the new
# rules protect consumers`, `said these investments help families`), as `_PAST_CLAUSE` reads
# `said the verdict sent a message`: the plural's word in -s last of up to four, then one of
# `_PRESENT_PLURAL_VERBS` with an object, a preposition or a figure after it. Not the things
# said themselves (`said the words`, `said his prayers`), never past a conjunction, a relative
# word or a preposition (probe of readouts and fact sheets, docs/IMPORT-RULES.md).
_PRESENT_PLURAL_VERBS = (
    r"reflect|show|mean|represent|demonstrate|provide|help|make|deserve|require|pose|threaten|"
    r"undermine|violate|include|create|protect|give|put|lower|raise|hurt|harm|benefit|strengthen|"
    r"build|deliver|save|cut|reduce|increase|support|remain|lack|face|offer|allow|ensure|bring|"
    r"send|keep|set|pay|cost|go|come|work|matter|"
    # (more of the common ones: `said the numbers speak for themselves`; clauses probe)
    r"speak|expect|apply|feel|know|stay|look|seem|want|believe|agree|owe|serve|continue|oppose|"
    r"see|hope|fear|suffer|fail|hold|tell|live|point|suggest|indicate|confirm|contain|affect"
)
# A clause without `that` whose subject is a determiner's singular and whose verb any verb in the
# plain present (`said her client serves everyone`, `said the state’s law regulates conduct`,
# `says the plan works.`, `told reporters the company expects growth`), as `_PRESENT_CLAUSE`
# reads a plural's with a verb of its list: one to three words after the determiner, the last a
# word in -s (not -ss, -us, -is), then the verb's object, a preposition, an adverb or the
# sentence's end. A verb in -s reads a plural noun too (`the peace talks`): read only after
# `said`, `says` or the one told, whose noun phrase is rarely a plural but the things said
# (`said the words`, `said the last rites`, `said the same things`: never taken); after the other
# verbs of claiming (`argued the case’s merits before …`, `warned the city’s residents about
# …`), only with a determiner, a pronoun, a figure or a name after the verb (`strict`). Clauses
# probe, docs/IMPORT-RULES.md.
_SINGULAR_PRESENT_SUBJECT = (
    # (and a quantifier's singular: `said every child deserves safe water`; probe of 7 December)
    # (not a time: `said every morning she …`)
    r"\s(?:the|his|her|its|their|our|[A-Z][\w.\-]*[’']s|(?:every|each)(?!\s(?:day|morning|"
    r"night|evening|afternoon|week|weekend|month|year|time)\b))\s"
    r"(?!(?:words?|prayers?|names?|rosary|pledge|oath|goodbyes?|rites|vows|same|following|"
    r"things?|other|last|next|first|magic|opening|closing)\b)"
    r"(?:(?!(?:after|before|when|while|that|which|who|whom|since|as|if|because|until|and|or|but|"
    r"once|where|whether|to|for|in|on|at|by|with|from|is|was|has|had|does)\s)[\w.’'\-]+\s){0,2}"
    r"(?!(?:after|before|when|while|that|which|who|whom|since|as|if|because|until|and|or|but|"
    r"once|where|whether|of|to|for|in|on|at|by|with|from)\s)[a-z][\w’'\-]*\s"
    r"(?!(?:news|series|species|means|politics|economics|always|perhaps|sometimes|thanks|yes|"
    r"this|thus|was|has|is|does|says|words|prayers|names|vows|rites|things|lines|numbers)\s)"
    r"[a-z]{2,}[^sui\W]s"
)
# (the first words of `_SINGULAR_PRESENT_SUBJECT` in lower case: a cheap test before it)
_SINGULAR_PRESENT_FIRST = ("the", "his", "her", "its", "their", "our", "every", "each")
_SINGULAR_PRESENT_CLAUSE = lazy(
    _SINGULAR_PRESENT_SUBJECT
    + r"(?:\s(?!(?:of|that|which|who|whom|whose|and|or|but)\b)(?:[a-z$\d“\"]|[A-Z]\w)"
    + r"|[.;](?:\s|\Z))"
)
_SINGULAR_PRESENT_STRICT = lazy(
    _SINGULAR_PRESENT_SUBJECT
    + r"\s(?:(?:the|a|an|his|her|its|their|our|this|these|those|them|him|it|us|every|no|all|"
    r"everyone|nothing|more)\s|[\d$£€]|[A-Z]\w)"
)
_PRESENT_CLAUSE = lazy(
    # (and `all`: `said all children deserve …`; probe of 7 December)
    r"\s(?:the|these|those|his|her|its|their|our|all)\s"
    r"(?!(?:words|prayers|goodbyes|thanks|lines|names|numbers)\b)"
    r"(?:(?!(?:after|before|when|while|that|which|who|whom|since|as|if|because|until|and|or|but|"
    r"once|where|whether|of|to|for|in|on|at|by|with|from)\s)[\w.’'\-]+\s){0,3}?"
    # (and the plurals without -s: `said the data show a clear trend`)
    r"(?:[a-z]{2,}[^sui\W]s|data|people|children|men|women|police)\s"
    rf"(?:{_PRESENT_PLURAL_VERBS})\s"
    r"(?:the|a|an|his|her|its|their|our|my|your|this|these|those|them|it|us|to|in|on|at|by|for|"
    r"with|from|more|no|all|many|[\d$£€]|[A-Z]|[a-z]{3,}s\b"
    # (a noun with no determiner after a verb of the list: `said his players deserve credit`;
    # clauses probe)
    r"|(?!(?:of|that|which|who|whom|whose|and|or|but)\b)[a-z]{3,}\b)"
)
# A clause without `that` whose subject is a bare singular noun and whose verb an auxiliary or a
# verb of state in the present (`said inflation would fall`, `said unemployment had risen`,
# `said growth was slowing`, `said trade is important`, `said inflation remains high`), as
# `_PAST_CLAUSE` reads `said inflation remained high`; never a word of the narration's own
# (`_narration_word`: `said today is …` stays), nor a question's word (`said who was to blame`:
# no report of what was said), nor the things said themselves.
_SINGULAR_CLAUSE = lazy(
    r"\s(?!(?:who|what|which|why|how|when|where|whether|this|that|these|those|goodbye|hello|"
    r"thanks|grace|yes|amen)\s)(?P<noun>[a-z]{3,})\s"
    r"(?:is|was|has|had|will|would|can|could|should|must|may|might|remains|seems|looks)\s"
    r"(?:not\s|also\s|still\s|now\s|already\s){0,2}[a-z$\d]"
)
# A clause begun in the source's words in marks that goes on past them in the reporter's (`said
# “heads do need to roll” inside the Trump Administration.`; ANNOTATING.md, "Forty-second
# folder": one indirect quote): the marks' words with no comma or stop before the closing mark,
# then a word that is no conjunction (`said “…” and left`, `said “…” when …`: the marks alone),
# nor where, when or to whom it was said (`said “…” in a speech`, `said “…” to reporters`).
_MARKED_CLAUSE = lazy(
    r"\s[“\"](?P<inner>[a-z][^“”\",.;:!?]{2,160})[”\"]\s"
    r"(?!(?:and|but|yet|or|nor|so|as|when|while|because|if|though|although|even|before|after|"
    r"until|since|which|who|that|then|to|during|at|again|too|also|repeatedly|earlier|today|"
    rf"yesterday|tonight|last|this|on\s(?:{_WEEKDAY}|[A-Z]\w*)|in\s(?:a|an|his|her|its|their|"
    r"[A-Z]\w*))\b)[a-z]"
)
# The determiners after which a participle of saying is a noun (`a warning`, `the ruling`; a
# probe of 7 December: `asked for a statement that would send a warning to X that A`).
_NOUN_DETERMINERS = (" a ", " an ", " the ", " his ", " her ", " its ", " their ", " our ", " any ")
# Participles of saying itself, which read a clause without `that` as `said` does.
_SAYING_PARTICIPLES = frozenset(["saying", "adding", "arguing", "insisting"])
# Verbs of claiming, which read a clause without `that` as `said` does (`claimed people were
# “dying …”`, `argued taxes should …`, `insisted the plan worked`); not a verb of answering,
# whose object may be what was asked (`answered the question asked by …`).
_SAY = frozenset(["said", "says", "say"])
# The verbs after which a singular's clause in the plain present is read with any word after its
# verb (`_SINGULAR_PRESENT_CLAUSE`): `say` itself, and the verbs of claiming whose object is a
# clause (`argued the tariff hurts consumers`, `insisted the plan makes sense`), not those whose
# object is often a person or a thing (`warned the city’s residents about …`, `added …`).
_LOOSE_SAY = frozenset(
    ["said", "says", "say", "argued", "argues", "insisted", "insists", "claimed", "claims",
     "contended", "contends", "asserted", "asserts"]
)  # fmt: skip
_SAID_LIKE = frozenset(
    ["said", "says", "say", "claimed", "claims", "argued", "argues", "insisted", "insists",
     "contended", "contends", "asserted", "asserts", "warned", "warns", "predicted", "predicts",
     # (`added the delay cost the company millions`; clauses probe)
     "added", "adds"]
)  # fmt: skip
# After those other than `say` itself, the ones asked to do a thing (`warned people to stay
# inside as roads could flood`, `warned local residents to …`): no clause's subject.
_ASKED_TO = lazy(r"\s(?:[a-z][a-z\-]*\s){1,2}?to\s[a-z]")
# A clause whose subject is a gerund's phrase (`said voting against the Inflation Reduction Act
# would be “…”`, `has said tackling inflation is his top priority`; ANNOTATING.md, "Fortieth
# folder": a clause like any): its auxiliary within seven words, no pronoun, relative word or
# conjunction before it; not a preposition in -ing (`said during the call he would …`), nor a
# pronoun that is often the thing said (`said nothing as the vote was taken`).
_GERUND_CLAUSE = lazy(
    r"(?!(?:during|including|regarding|concerning|following|according|considering|excluding|"
    r"barring|pending|notwithstanding|assuming|providing|supposing|beginning|starting|morning|"
    r"evening|nothing|something|anything)\b)[a-z]{2,}ing\s"
    r"(?:(?!(?:he|she|they|we|I|you|it|that|which|who|whom|whose|where|when|if|because|and|or|"
    r"but|as|to)\s)[\w’'.\-]+\s){0,6}?"
    r"(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might)\s"
)


def _said_clause(rest: str, loose: bool = False) -> bool:
    """Whether `rest` (after `said`, `says` or a participle of saying) opens a clause that
    `_clause` leaves: `Donald Trump said cuts to Social Security and Medicare are on the table`,
    `the CDC says masks are critical` (a plural with no determiner as its subject), `said trade
    deficits were to blame for …` (one word qualifying the plural), `said the verdict sent a
    message`, `said safety came first` (a plain past)."""
    if len(rest) < 8:
        return False  # (`said.`, `said — firmly.`: too short for a clause)
    if _PLURAL_CLAUSE_AUXILIARY.search(rest) is not None and (
        _BARE_PLURAL_CLAUSE.match(rest) or _qualified_plural_clause(rest)
    ):
        return True
    singular = _SINGULAR_CLAUSE.match(rest)
    if singular is not None and not _narration_word(singular.group("noun")):
        return True
    past = _PAST_CLAUSE.match(rest)
    if past is None:
        if _PRESENT_CLAUSE.match(rest) is not None:
            return True
        # (a singular's clause in the plain present: `said her client serves everyone`; its
        # subject's first word tested first, as most words after a verb open none)
        if not (rest[1:2].isupper() or rest.startswith(_SINGULAR_PRESENT_FIRST, 1)):
            return False
        singular_present = _SINGULAR_PRESENT_CLAUSE if loose else _SINGULAR_PRESENT_STRICT
        return singular_present.match(rest) is not None
    noun = past.group("noun")
    return noun is None or not _narration_word(noun)


# The verbs whose object is often a noun phrase (`noted the progress`, `explained the rules`) but
# that read a clause without `that` whose subject has no determiner when an auxiliary follows it
# (`noted prices are already moderating`, `explained inflation was falling`; clauses2 round):
# `_said_clause`'s plural and singular with an auxiliary only, not its plain past (`noted
# progress made in the talks` is a noun phrase).
_NOTED_LIKE = frozenset(
    ["noted", "notes", "stressed", "stresses", "explained", "explains", "underscored",
     "underscores", "acknowledged", "acknowledges"]
)  # fmt: skip


def _noted_clause(rest: str) -> bool:
    """Whether `rest` after `noted` or a verb like it (`_NOTED_LIKE`) opens a clause whose
    subject has no determiner and an auxiliary after it (`noted prices are …`, `noted inflation
    is …`)."""
    if _PLURAL_CLAUSE_AUXILIARY.search(rest, 0, 60) is not None and (
        _BARE_PLURAL_CLAUSE.match(rest) or _qualified_plural_clause(rest)
    ):
        return True
    singular = _SINGULAR_CLAUSE.match(rest)
    return singular is not None and not _narration_word(singular.group("noun"))


# Two plain words (lower-case ASCII letters, a space after the first, no letter, digit nor `_`
# after the second, which no pattern's word in -ed can then reach past) opening what follows a
# verb: most of what follows `said` in running text.
_TWO_PLAIN_WORDS = lazy(r" ([a-z]+) ([a-z]+)(?!\w)")
# The auxiliaries and verbs of state `_SINGULAR_CLAUSE` reads after its noun.
_SINGULAR_AUXILIARIES = frozenset(
    ["is", "was", "has", "had", "will", "would", "can", "could", "should", "must", "may",
     "might", "remains", "seems", "looks"]
)  # fmt: skip
# The words a plain past's predicate may open with besides those in -ed (`_PAST_PREDICATE`).
_PAST_WORDS = frozenset(_LINKING_PASTS + _IRREGULAR_PASTS)


def _plural_word(word: str) -> bool:
    """Whether a word of lower-case letters may be `_PLURAL_CLAUSE`'s plural (`cuts`, `people`)."""
    return (len(word) >= 4 and word[-1] == "s" and word[-2] not in "sui") or (
        word in _PLURALS_WITHOUT_S
    )


# `states` a plural noun before its relative clause: `that` then a verb with no subject
# (`states that have their own systems`, `states that are at risk`), no clause of content.
_STATES_THAT_VERB = lazy(
    r" that (?:are|were|have|had|do|did|want|need|lack|face|choose|seek|receive|will|would"
    r"|can|could|may|might|must|should|already|currently|still|also)\b"
)


def _plain_words(rest: str) -> tuple[str, str] | None:
    """The two plain words `rest` opens with (`_TWO_PLAIN_WORDS`), or None."""
    plain = _TWO_PLAIN_WORDS.match(rest)
    return None if plain is None else (plain[1], plain[2])


def _plain_no_clause(words: tuple[str, str] | None, rest: str) -> bool:
    """Whether `rest` (after a verb) opens with two plain words (`words`, from `_plain_words`)
    after which none of `_clause`, `_said_clause` and `_noted_clause` can find a clause. Each
    of their patterns needs a word of its own at one of those two: the first a word of
    `_CLAUSE_START` (the determiners, the pronouns, `it`) or of `_COUNTED_FIRST_WORDS`, or a
    gerund; either one a plural with an auxiliary after it (`_PLURAL_CLAUSE`, bare or
    qualified); or the second an auxiliary (`_SINGULAR_CLAUSE`), a past or an adverb before one
    (`_PAST_CLAUSE`'s bare noun). Where neither word is one of those (`said trade abroad`, `said
    security concerns.`: most words after `said` in the synthetic article), the three readings
    are skipped (`tests/importing/test_plain_no_clause.py` holds the gate to them)."""
    if words is None:
        return False
    first, second = words
    return not (
        first in _CLAUSE_START
        or first in _COUNTED_FIRST_WORDS
        or first.endswith("ing")
        or (
            (_plural_word(first) or _plural_word(second))
            and _PLURAL_CLAUSE_AUXILIARY.search(rest) is not None
        )
        or second in _SINGULAR_AUXILIARIES
        or second in _PAST_WORDS
        or second.endswith(("ed", "ly"))
        or second in ("never", "also")
    )


# `Did you say that …?`, `would you say …`: the question asks what was said, it reports nothing.
_ASKS_YOU = lazy(
    r"\b(?:(?:[Dd]id|[Dd]o|[Dd]oes|[Ww]ill|[Ww]ould|[Cc]an|[Cc]ould|[Ss]hould|[Hh]ave|[Hh]ad|[Aa]re|"
    r"[Ww]ere|[Ww]hy|[Ww]hat|[Hh]ow)\s(?:\w+\s){0,2}?"
    # `When did you say …?` asks; `When you say that A, how …?` is a clause that reports
    r"|[Ww]hen\s(?:\w+\s){1,2}?)you\b"
    # (not a question broken off and begun again as a report: `Did you — you say that A`)
    r"(?!\s[—–]\s[Yy]ou\s)[^,]{0,30}\Z"
)
# `you` right before a verb of saying in a question (`Mr. President, you said that …`, `you’ve
# said repeatedly that …`, `you just said …`): the one the question is put to.
_YOU_BEFORE = lazy(
    r"(?:\A|[\s,—–])[Yy]ou(?:[’']ve)?(?:\s(?:just|also|have|had|yourself|previously|already|"
    r"once|recently|repeatedly|earlier|publicly|always|often)){0,2}\s*\Z"
)


# The singular first person, and a transcript's note of the room: a speech's own speaker.
_SPEAKER_OWN = lazy(
    r"\bI(?:’m|'m|’ve|'ve|’ll|'ll|’d|'d)?\s|\((?:[Ll]aughter|[Ll]aughs|[Aa]pplause)\.?\)"
)
# The first person of the article's own narration, in a paragraph with no verb of saying and no
# marks (`our future as a democracy` in an op-ed, a speech's `we`): the author's voice, in which a
# later `we` is the author's too, not a source's report carried on (ANNOTATING.md: the
# publisher's first person).
_OWN_VOICE = Gated(
    r"\b(?:[Ww]e|[Oo]ur|[Mm]y)\b|\bI(?:’m|'m|’ve|'ve|’ll|'ll|’d|'d)?\s",
    ("we", "We", "our", "Our", "my", "My", "I"),
)
# The source spoken of in the third person (a person's report carried on would say `we`).
_THIRD_PERSON = lazy(r"\b(?:he|she|his|her|him|hers)\b", re.I)


# A body's own commitment after its name (`The United States will do so by …`), or its intent
# (`Canada also intends to provide …`, `plans to`, `aims to`); not the narration's `will travel`,
# `will host`, nor another's plan (`By mid-July, X plans to …` after the agency's report).
_BODY_WILL = lazy(
    r"\s+(?:also\s+)?(?:(?:will|shall)\s+(?:also\s+)?(?:do so|continue|seek|work|remain|stand|"
    r"keep|not)\b|(?:intends|plans|aims)\s+to\s)"
)


# A sentence that opens by giving an example of the point just reported, or its other side
# (`noted that A. For example, historically …`, `emphasized that A. At the same time, B.`): the
# source's point carried on (ANNOTATING.md: "it runs to the end of the report in that paragraph").
_SAME_POINT = lazy(r"\s*(?:For\s(?:example|instance)|At\sthe\ssame\stime),\s")


def _any_speech(sentence: str) -> bool:
    """Whether a sentence holds any verb of saying, or marks: a sentence with a source or
    words of its own, never carried on. What `\b(?:{_SPEECH})\b|[“”"]` finds, read without
    compiling another verb tree: marks by substring, verbs by the paragraphs' scan
    (`_speech_verbs`, which finds the matches of `\b(?:{_SPEECH})\b`)."""
    return "“" in sentence or "”" in sentence or '"' in sentence or bool(_speech_verbs(sentence))


# A sentence that opens with `It` or `They` after a report (`Zelenskyy admits that A. They don’t
# know where the money is.`, `he wrestled with it. It was not an easy decision`, `those are going
# to be difficult talks. They’re going to require …`): the report's subject or its people spoken of
# again in the source's words, carried on (ANNOTATING.md: "it runs to the end of the report in
# that paragraph"); not one with a verb of saying or marks, of the narration's events (`They also
# discussed …`), nor one whose `I` is the one speaking.
_IT_THEY = frozenset(["it", "it’s", "it's", "they", "they’re", "they're"])
# `They` and a verb in the past (`They further resolved that …`, `They also discussed …`): the
# narration's account of the event; so is what a thing includes (`You said that’s going to be a
# priority. It includes $650 million …`: the bill, as `test_en_carry` has it); `me` and `you` are
# the one speaking and the one spoken to.
_THEY_DID = lazy(r"They\s(?:[a-z]+ly\s|also\s|further\s|then\s)?[a-z]+ed\b|It\s(?:also\s)?includ")
# In a transcript's turn, `It` and a copula judging the words reported or the point to make
# (`he said there are things that can be done. It was a little unclear.`, `Pfizer announced that
# it’s applying for approval. It’s important to start with: …`, `It’s a phrase that can mean
# lots of things`): the one speaking, not the source's words carried on (enspan round).
_IT_COMMENT = lazy(
    r"It(?:[’']s|\sis|\swas)\s(?:(?:a\slittle|a\sbit|very|really|not|also|just|so|still)\s)*"
    r"(?:unclear|clear|important|interesting|worth|a\s(?:phrase|word|term|question))\b"
)
_ME = lazy(r"\bme\b")
_YOU_SAID = Gated(rf"\b[Yy]ou(?:[’']ve)?\s(?:[a-z]+\s){{0,2}}?(?:{_SPEECH})\b", ("you", "You"))
# A sentence that opens by naming the figure just reported (`That number includes …`), or what
# the report held (`will impose severe economic harm. That includes strong economic measures.`).
_FIGURE_BACK = lazy(
    r"(?:That|This|The) (?:number|figure|total|count|tally|rate|estimate)\s(?!of\b)"
    r"|(?:That|This) includes\s"
)
# A sentence that states the speaker's stance, in the present or the future (`The Chinese
# people are willing to join hands …`, `China will never seek hegemony`): it carries the
# report on (ANNOTATING.md: "it runs to the end of the report in that paragraph").
_STANCE = lazy(
    r"\b(?:is|are) (?:willing|ready|committed|determined) to\b|\b(?:will|shall) (?:never|always|"
    r"continue|firmly|resolutely)\b"
)
# `the President` in a relative clause (`… that the President promised that …`), corrected after a
# dash or a former one (`as the President — former President said`): not the one named later.
_THAT_PRESIDENT = lazy(
    r"(?:\bthat\s(?:the\s)?|[—–]\s(?:the\s)?|[Ff]ormer\s|[Tt]hen-)[Pp]resident\s"
    r"(?:(?:has|had|also|just|again)\s)*\Z"
)
# A pronoun as the subject before `has (always) been (very) clear`.
_PRONOUN_BEFORE = lazy(
    r"\b(?:[Hh]e|[Ss]he)(?:[’']s|\shas|\swas)?(?:\s(?:always|also|just|really))?\s(?:been\s)?\Z"
)
_WILL_SAY = lazy(r"(?:\bwill|[’']ll|\bgoing\sto|\bgonna)\s(?:also\s|then\s)?\Z")
_WHAT_SAID = lazy(r"\b[Ww]hat\s(?:he|she|they|we|you|I)\s\Z")
# The thing said as the object of a relative clause (`what he has said he was going to do`,
# `something that he said he will do if Congress won’t`, `a commitment that the President said
# that he would move forward with`, `a couple things that Warren Buffett did say that we certainly
# agree with`, `what Hamas says it wants`): the clause after the verb lacks its object, the thing
# the relative word stands for, and reports nothing. `that` after a noun only (a determiner before
# it, or `something`, `things` …); not after a noun that takes a clause of its own (`the fact that
# he said …`, `the reason that …`), where what follows is his report.
_RELATIVE_SAID = lazy(
    r"(?:\b[Ww]hat|(?:\b(?:[Tt]he|[Aa]|[Aa]n|[Tt]his|[Tt]hese|[Tt]hose|[Aa]nother|any|some|every|"
    r"one|couple|few|of|many|all)\s(?:[a-z\-]+\s){0,2}"
    r"(?!(?:fact|idea|notion|news|sense|hope|belief|possibility|way|time|times|day|days|moment|"
    r"reason|extent|degree|case|point|report|reports|claim|claims|assertion|statement|"
    r"suggestion|assurance|assurances|message|view|argument|impression|understanding)\s)[a-z\-]+"
    r"|\b(?:[Ss]omething|[Aa]nything|[Ee]verything|[Nn]othing|things|actions|steps|ones))\sthat)"
    r"\s(?:he|she|they|we|you|I|it|the\s[A-Z][\w.]*(?:\s[A-Z][\w.’'\-]*){0,2}"
    r"|[A-Z][\w.’'\-]*(?:\s[A-Z][\w.’'\-]*){0,3})(?:[’']ve|[’']d)?"
    r"\s(?:(?:has|have|had|did|does|do|would|will|may|might|could|also|just|already|repeatedly|"
    r"publicly|always|himself|herself)\s){0,2}\Z"
)
# What may follow such a verb and make its words no relative clause's: the thing said named
# (`what the President has already said, which is that A`), a cleft (`one of the things that Ro
# Khanna pointed out in that piece is that A`), or the time of saying (`what the President said
# yesterday when he said that A`: the report is the second verb's, its `he` the President), or
# the thing said given after a colon or a comma (`repeating what Secretary Blinken said: A`, `what
# the President has said many times: A`, `something that the Vice President says, that, you know,
# A`: A is the source's, ANNOTATING.md "Hard cases", a lead-in that names what was said).
_RELATIVE_SAID_NOT = lazy(
    r"[^.?!;]{0,80}?(?:,\swhich\s(?:is|was)\b|\s(?:is|was)\sthat\b)|(?:\s[\w’']+){0,2}\swhen\s"
    r"|(?:\s[\w’']+){0,3}?:\s|,\s(?:that|which)\b"
)
# Two people as one subject, the speaker among them (`President Biden and I have agreed that …`)
# or `both` (`they both have said`): several people together, no quote (ANNOTATING.md, "Hard
# cases": a quote has one speaker).
_WITH_ME = lazy(
    r"(?:\band\s(?:I|me)|\b(?:[Tt]hey|[Ww]e)\sboth)\s(?:(?:have|had|both|also|all|jointly)\s)*\Z"
)
# `that` as the subject of the clause after a verb of saying (`says that will allow workers to …`;
# `He said that was a lesson he learned.`, `says that is not true`, `You said that is the key to
# …`: a copula and what completes it right after the verb, enspan round), not the conjunction.
_THAT_SUBJECT = lazy(
    r"(?:will|would|could|can|should|must|may|might)\s[a-z]"
    r"|(?<=\A\sthat\s)(?:is|was)\s(?:not|a|an|the|why|because)\s"
)


# After `said that`, a sentence that ends in a place or time of saying (`He just said that on
# radio.`, `said that yesterday.`): `that` is what was said, no clause follows.
# The forms of `made clear` with `it` or `very` (`The President made it clear that …`).
_MADE_IT_CLEAR = frozenset(
    ["made it clear", "made it very clear", "made very clear", "makes it clear"]
)
# The pronouns `made it clear` is read after as after a name (`He’s made it clear that A`): one
# person, resolved as for `made clear`; not `they` (several) nor `you` (a question's, below).
_HE_SHE = frozenset(["he", "she"])
# Words of time between a subject and its verb (`has always said`, `today said`: subjects.py).
_TIME_BEFORE = Gated(
    r"\b(?:always|yesterday|today|from\sthe\s(?:beginning|start|outset)|all\salong|"
    r"on\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
    r"(?:\s[a-z]{2,14}ly)?\s*\Z",
    ("ay", "from the", "all along"),  # (`always`, `today`, `yesterday`)
)
# A name or a title and name right before `saying` (no comma), after a lower-case word that is
# no preposition (`a letter to Senator Roe saying that …` is the letter's).
_NAMED_SAYING = Gated(
    r"(?P<before>[^\s,;:—–]+)\s"
    r"(?P<np>(?:the\s)?[A-Z][\w.’'\-]+(?:\s[A-Z][\w.’'\-]+){0,3})\ssaying\Z",
    ("saying",),
)
_NOT_BEFORE_SAYING = frozenset(
    ["to", "from", "with", "by", "of", "for", "at", "in", "on", "than", "about", "and", "or",
     # (`is President Roe saying that …?`: a question of what is meant, no report)
     "is", "are", "was", "were", "am", "isn’t", "aren’t", "wasn’t", "isn't", "aren't", "wasn't"]
)  # fmt: skip
# Auxiliaries a subject's reading may take for a surname (`Have made very clear that …`).
_AUXILIARY_NAMES = frozenset(["Have", "Has", "Had", "Would", "Will", "Did", "Does", "Do"])


def _plainly_named(reference: Reference, tail: str, own_president: Callable[[], bool]) -> bool:
    """Whether `reference` names its speaker plainly: a name, a title (`the President` only in
    a text whose title names its President: a briefing's `the President` may resolve to a
    President it names in passing), a surname that is no auxiliary, a body not met after a
    preposition (`Ukraine’s foreign minister at NATO`). `own_president` is asked only for
    `the President`: its first answer reads the whole text."""
    if reference.kind == "title":
        return reference.text != "president" or own_president()
    if reference.kind == "name":
        return True
    if reference.kind == "surname":
        return bool(reference.role) or reference.text not in _AUXILIARY_NAMES
    if reference.kind == "body":
        at = tail.rfind(reference.text)
        return at >= 0 and not re.search(
            r"\b(?:at|in|from|of)\s(?:the\s)?\Z", tail[max(0, at - 12) : at]
        )
    return False


# `mentioned`, a verb of saying only with a clause (`You mentioned earlier that you wanted to …`),
# whose `that` is as often a determiner or the thing mentioned (`mentioned that phrase today`,
# `mentioned that as well`): no clause after such words.
_MENTIONED = frozenset(["mentioned", "mentions"])
_NO_CLAUSE_START = lazy(
    rf"(?:(?!{_GERUND_SUBJECT})[a-z]+ing\b"  # `mentioned that — inviting an alliance …`
    r"|(?:as\swell|too|also|again|before|earlier|today|yesterday)\s?(?:[.?!,;]|\Z)"
    # `mentioned that phrase today.`, `mentioned that dollar that people …`
    r"|[a-z]+\s(?:as\swell|too|again|earlier|before|today|yesterday)\s?(?:[.?!,;]|\Z)"
    r"|[a-z]+\sthat\b"
    # `mentioned that almost every time …`, `mentioned that in his speech`
    # (not after `that,`: `mentioned that, over the past year, A` opens a clause's aside)
    r"|(?<!,\s)(?:almost|every|each|in|at|on|during|to|with|for|from|over)\b)"
)


# Verbs of saying with a `that` clause that are as often deeds (`committed a crime`, `advised
# residents to leave`), whose `that` may then be a time's determiner.
_DEED_VERBS = frozenset(["advised", "committed"])
_BE_BEFORE = lazy(r"\b(?:am|is|are|was|were|be|been|being|[’']s|[’']re)(?: [a-z]+ly)? \Z")
_TIME_NOUN = lazy(
    r"(?:year|day|week|month|night|morning|afternoon|evening|time|weekend|summer|winter|"
    r"spring|fall|autumn|decade)\b"
)


# Verbs that pass a thing on (`shared that with …`, `conveyed that to …`): `that` right after
# one, then `with` or `to`, is the thing passed on, no clause.
_PASSED_ON = frozenset(["shared", "conveyed", "relayed"])
_THAT_OBJECT = lazy(
    r"(?:(?:on|in|at|to)\s[\w’'\-]{1,20}(?:\s[\w’'\-]{1,20})?|yesterday|today|earlier|"
    # (`He’s conveyed that publicly; he’s conveyed that privately.`, `has said that publicly and
    # he has communicated that …`)
    r"again|before|publicly|privately|last\s[a-z]{3,9}|this\s[a-z]{3,9})\s?[.?!);](?:\s|\Z)"
    r"|(?:publicly|privately)\s(?:and|or)\s"
)
# `this` or `that` after a verb of saying, then only words of when, how often or how (`The
# President actually has said that multiple times.`, `the White House says that all the time.`,
# `you’ve heard the President say that before as well — and …`, `said this many times.`): the
# thing said, no clause (ANNOTATING.md, "Fortieth folder").
_SAID_THAT_ADVERBS = lazy(
    r"\s(?:this|that)(?:\s(?:(?:multiple|many|several|numerous|countless|so\smany|many,\smany)\s"
    r"times(?:\sbefore|\sover)?|a\s(?:million|thousand|hundred)\stimes|all\sthe\stime|"
    r"over\sand\sover(?:\sagain)?|time\sand\s(?:time\s)?again|again\sand\sagain|repeatedly|"
    r"(?:very\s|really\s|pretty\s|quite\s)?clearly|a\slot|often|consistently|explicitly|"
    r"as\swell|too|also|before|again|earlier|yesterday|today|publicly|privately|all\salong|"
    r"from\sthe\s(?:beginning|start|outset)|from\sday\sone|at\sthe\stop|"
    r"from\s(?:this|the)\spodium|in\sthe\spast|the\sother\sday|moments\sago|"
    r"(?:this|last)\s(?:morning|week|night|weekend)|on\s[A-Z][a-z]+day|"
    # `You said that a couple of times.`, `She also said that in that very statement.` (enspan2
    # round): a count of times, or the statement, speech or interview it was said in
    r"a\s(?:couple|few)(?:\sof)?\stimes|(?:two|three|four|a\snumber\sof)\stimes|now|"
    r"in\s(?:that|this|the|his|her|their|its|a|an)\s(?:very\s|same\s)?"
    r"(?:statement|speech|interview|letter|call|meeting|conversation|briefing|post|tweet|"
    r"op-ed|remarks|hearing|room|press\sconference)"
    r")){1,3}"
    r"(?:\s?[.?!);](?:\s|\Z)|\s?\Z|\s[—–]\s)"
)
# `this` the thing said, no clause after it (extras2 round): `He wrote this when he knew …`,
# `he has said this — wherever he is, wherever he travels`, `said this, and …`: a full stop or
# comma, a conjunction or preposition after it, or a dash with no clause's subject after the
# dash. Not `said this is …` (`this` the clause's subject), `said this: A`, `said this — the
# plan would …` (the clause after the dash), nor `said this — said this yesterday — is that A`
# nor `said this himself, A` (what was said, then said).
_SAID_THIS_OBJECT = lazy(
    r"\sthis(?:\s?[,.;!?)](?:\s|\Z)|\s?\Z"
    r"|\s(?:when|while|because|after|as|since|if|in|at|on|to|during|about|for|with)\s"
    r"|\s[—–]\s(?!(?:he|she|it|they|we|I|you|there|this|that|these|those|the|a|an|my|his|her|"
    r"our|their|its|said|says)\b|[A-Z]))"
)
# A noun of stance after `expressed` (`expressed his deep concern`), with up to two words
# before it; the nouns of feeling also after `conveyed` (`_CONVEYED_STANCE`).
_STANCE_WORDS = r"\s(?:(?:his|her|their|its|the|deep|strong|great|cautious|particular)\s){0,2}"
_FEELINGS = (
    "hope|confidence|optimism|regret|concern|satisfaction|disappointment|frustration|gratitude"
)
_EXPRESSED = lazy(rf"{_STANCE_WORDS}(?:{_FEELINGS}|belief|view)s?(?P<that>,?\sthat,?)?(?=\s)")


# `expressed that A` with no noun of stance (enrecall2 round, a readout's `President X expressed
# that he looks forward to …`): `that` then a clause's subject; not `expressed that view`,
# `expressed that concern to …` (`that` a determiner).
_EXPRESSED_THAT = lazy(
    r"\sthat,?(?=\s(?:he|she|they|we|it|there|the|a|an|his|her|their|its|our|this|these|those|"
    r"all|every|each|no|most|many|some)\s|\s[A-Z\d])"
)
# `conveyed his hope that A`, `conveyed her confidence that A`: a noun of feeling and its `that`,
# a report as `expressed hope that A` is (enrecall2 round); not `conveyed his support for …`,
# `conveyed condolences`, nor `conveyed his view that …` (a view held, like `reiterated his
# view that …`, ANNOTATING.md, "Hard cases").
_CONVEYED = frozenset(["conveyed", "conveys"])
_CONVEYED_STANCE = lazy(rf"{_STANCE_WORDS}(?:{_FEELINGS})s?,?\sthat,?(?=\s)")


def _expressed_content(rest: str, verb_end: int) -> int | None:
    """Where the clause after `expressed` and its noun of stance begins (`expressed hope that
    the talks …`, `expressed regret she was …`, and `expressed that he …` with none), or None
    (`expressed support for …`)."""
    stance = _EXPRESSED.match(rest)
    if stance is None:
        if rest.startswith(" that"):
            plain = _EXPRESSED_THAT.match(rest)
            if plain is not None:
                return verb_end + plain.end() + 1
        return None
    if stance.group("that"):
        return verb_end + stance.end() + 1
    if _SUBJECT_PRONOUN.match(rest, stance.end()):
        return verb_end + stance.end() + 1
    return ReportedQuotes._clause(rest[stance.end() :], verb_end + stance.end())


# A body's own word in its name (`Biden-Harris Administration`, `Department of Energy`): what a
# later `the Administration`, `the Department` may name.
_NAMED_BODY_WORD = lazy(r"\b(?:Administration|Department|Agency|Ministry|Government|Committee)\b")


# `says it —`, `said it,`: `it` the verb's object, the words after it the speaker's aside; and
# how well it was said (`Jake said it really well when he was here: …`, `said it best`,
# ANNOTATING.md, "Thirty-seventh folder").
_IT_OBJECT = lazy(
    r"\sit\s*[—–,.;:?!]"
    r"|\sit\s(?:(?:really|very|so|pretty|quite)\s)?(?:well|best|better|perfectly|plainly)\b"
)
_TO_BEFORE_THAT = lazy(r"\S\sto\s[a-z]+\s(?:\S+\s){0,2}?that\b")


# Verbs of saying in the past or the present that make the words before them a clause's subject
# inside a report (`said the President noted that …`, `says the agency told him …`).
_INNER_VERBS = frozenset(
    ["said", "says", "told", "tells", "noted", "notes", "stressed", "emphasized", "announced",
     "announces", "confirmed", "confirms", "warned", "warns", "added", "explained", "stated"]
)  # fmt: skip
# A report's or data's finding with its `that` (`said the latest data shows that A`: a report's
# `found that`, ANNOTATING.md, "Hard cases"), held inside the report as an inner verb is.
_FINDING_VERBS = frozenset(["shows", "showed", "found", "finds"])


# The fourteenth round (docs/IMPORT-RULES.md): a body named only by its kind at a sentence's opening
# (`The company said it …`, `The subcommittee also noted that …`) is the latest body of that kind
# named before it (`Johnson & Johnson`, `House Select Subcommittee on the Coronavirus Crisis`).
# (A court too, `The court asserted it was …` after `the Supreme Court`: clauses2 round.)
_KIND_SUBJECT = Gated(
    r"The\s(?P<kind>company|firm|subcommittee|committee|commission|[Cc]ourt)"
    r"(?:\s(?:also|further|again|then|later))?\s",
    ("company", "firm", "committee", "commission", "ourt"),
)

# A document opening the sentence that speaks (`The study indicates A`, `The report estimates that
# A`, `The fact sheet signals that A`): the issuer named in the sentence before, in its paragraph
# (`X released a new analysis …`, `a recent study from X`; ANNOTATING.md, "Twenty-first folder").
_SPEAKING_DOCUMENTS = ("report", "analysis", "study", "survey", "fact sheet")
_DOCUMENT_SUBJECT = Gated(
    rf"The\s(?:new\s|recent\s|latest\s)?(?P<kind>{'|'.join(_SPEAKING_DOCUMENTS)}"
    r"|complaint|indictment|lawsuit|ruling|memo|statement|poll)"
    r"(?:\s(?:also|further))?\s",
    (
        *_SPEAKING_DOCUMENTS,
        "complaint",
        "indictment",
        "lawsuit",
        "ruling",
        "memo",
        "statement",
        "poll",
    ),
)
_ISSUER_WORDS = r"(?:[A-Z][\w&.'’\-]*\s(?:(?:of|for|and|on)\s(?:the\s|a\s)?)?){0,7}[A-Z][\w&.'’\-]*"
_ISSUER_OF = {
    kind: lazy(
        rf"(?P<np>{_ISSUER_WORDS})(?:\s\([A-Z]{{2,8}}\))?,?\s(?:released|issued|published|unveiled)"
        rf"\s(?:a|an|its)\s(?:[\w\-]+\s){{0,3}}?{kind}\b"
        rf"|\b(?:a|an)\s(?:new\s|recent\s|latest\s)?{kind}\s(?:from|by)\s(?:the\s)?"
        rf"(?P<by>{_ISSUER_WORDS})"
    )
    for kind in _SPEAKING_DOCUMENTS
}
_DOCUMENT_KIND = rf"(?P<kind>{'|'.join(_SPEAKING_DOCUMENTS)})"
# A document that shows what it found, opening its sentence (ANNOTATING.md, "Forty-seventh
# folder"): named before by its kind (`The analysis shows that A`, `The analysis also showed that
# A`), or by its issuer's possessive (`Treasury’s new analysis shows that A`). `shows` is a
# document's verb here only (`Research shows that …`, `the data shows that …` and `This shows
# that …` name no source, and are left alone).
_DOCUMENT_SHOWS = lazy(
    r"(?:The|(?P<owner>[A-Z][\w&.\-]*(?:\s[A-Z][\w&.\-]*){0,3})[’']s)\s"
    rf"(?:new\s|recent\s|latest\s)?{_DOCUMENT_KIND}(?:\s(?:also|further))?\s"
    r"(?:shows|showed)\sthat\s"
)
# A document named by its issuer before its noun that shows what it found (`a new Fox News poll
# shows that A`, `The CFPB analysis showed that A`): the issuer's, as `A CFPB study found that A`
# is (ANNOTATING.md, "Forty-sixth folder"). After an article only (`Our latest Kids Count report
# shows` is the speaker's own), never a possessive (`A Moody’s analysis`, read as before).
_ISSUER_DOCUMENT_SHOWS = lazy(
    r"(?<![\w’'])(?:[Aa]n?|[Tt]he)\s(?:(?:new|recent|latest|earlier|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\s){0,2}"
    r"(?P<issuer>[A-Z][\w&.\-]*(?:\s(?:(?:of|and|&|for|the|on)\s)?[A-Z][\w&.\-]*){0,5})"
    r"\s(?:poll|survey|study|analysis|report|data)(?:\salso)?\s(?:shows|showed)\sthat\s"
)
# An issuer's document released with a participle of what it shows (`the Department of the
# Treasury released a new analysis showing that A`): the issuer's report.
_RELEASED_SHOWING = lazy(
    rf"(?P<np>{_ISSUER_WORDS})(?:\s\([A-Z]{{2,8}}\))?,?\s(?:released|issued|published|unveiled)"
    rf"\s(?:(?:a|an|its)\s)?(?:new\s|recent\s|latest\s)?{_DOCUMENT_KIND}\s"
    # (`released a report last week indicating A`: the time of its release, and a clause
    # without `that`, read as `_finding_clause` reads one)
    r"(?:(?:last|this)\s(?:week|month|year)\s|(?:today|yesterday)\s)?"
    # (or a relative clause of finding: `released a report that found that A`, enrecall round)
    r"(?:showing|finding|indicating|that\s(?:found|finds|shows|showed))(?P<that>\sthat)?\s"
)
# A body's named data, its issuer's possessive before the data's name, that show what they found
# (`The Center for Disease Control’s National Syndromic Surveillance Program data show that A`:
# the body's, ANNOTATING.md, "Thirty-fourth folder"); at a sentence's opening.
_OWNER_NAMED_SHOWS = lazy(
    r"(?:The\s)?(?P<owner>[A-Z][\w&.\-]*(?:\s(?:(?:for|of|and|on)\s)?[A-Z][\w&.\-]*){0,5})"
    r"[’']s\s(?:[A-Z][\w&\-]*\s){1,5}(?P<kind>data|report|survey|study|analysis)\s"
    r"(?:also\s)?(?:show|shows|showed)\sthat\s"
)
# A document named with its issuer in its own noun phrase (`by X`, `from X`, `in The X`) whose
# finding the sentence reports (ANNOTATING.md, "Forty-sixth folder", "Forty-seventh folder": `a
# study by the Urban Institute found that A` is the issuer's): `A survey by X found A`, `New data
# from X released earlier in the day showed that A`, `A 2023 report by X that analyzed … found
# that A` (and the same relative clause between dashes), `an analysis from X on … that estimated
# A`, `new reporting in The X that found that A` (a relative clause of finding). Without `that`
# the words after the verb must open a clause (`_finding_start`). Not a study with no issuer
# (`A 2024 study … found`), nor one by named authors (`by Ellison and Ellison (2009) of …`: the
# year's bracket is no issuer's end).
_FINDING_KINDS = r"study|survey|report|analysis|poll|data|reporting|review|audit|assessment"
_MONTH_WORDS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
_ISSUED_FINDS = lazy(
    # (`Today’s report from X shows that A`: when it came out, enrecall round)
    r"(?<![\w’'])(?:[Aa]n?|[Nn]ew|[Tt]he|[Tt]oday[’']s|[Yy]esterday[’']s)\s"
    rf"(?:(?:new|recent|latest|earlier|\d{{4}}|{_MONTH_WORDS})\s){{0,2}}"
    rf"(?P<kind>{_FINDING_KINDS})\s"
    rf"(?:(?:by|from)\s(?:the\s)?(?!(?:{_MONTH_WORDS})\b)(?P<by>{_ISSUER_WORDS})"
    rf"|in\s(?P<in>The\s{_ISSUER_WORDS}))"
    r"(?:\s\([A-Z]{2,8}\))?"
    r"(?:\s(?:released|published|issued)(?:\s[a-z]+){0,5}?"  # `released earlier in the day`
    r"|\s[—–]\s(?:that|which)\s[^—–;!?]{3,200}?\s[—–]"  # `— which analyzed … —`
    # `that analyzed … imports found` (an abbreviation's dot inside: `U.S. imports`)
    r"|\s(?:that|which)\s[a-z]+ed\s(?:[^,—–;:!?“”.]|(?<=[A-Z])\.|\.(?=\S)){3,160}?"
    r"|(?:\son\s[^,—–;:!?.]{3,60}?)?\s(?:that|which)"  # `that found that`, `on … that estimated`
    r")?"
    r"\s(?P<verb>found|finds|showed|shows|show|estimated|estimates|indicated|concluded)"
    r"(?P<that>\sthat)?\s"
)
# A document named by its issuer before its noun, in the other ways news writes it (the enrecall
# round; ANNOTATING.md, "Forty-sixth folder": `A CFPB study found that A` is the issuer's): with
# no article when the issuer is an acronym (`CDC data showed that A`, `New CMS data shows that
# A`), after `most recent` (`The most recent Kaiser Family Foundation survey showed that A`), with
# when it came out or an aside between commas after its noun (`A new CDC report published today
# found that A`, `A new CDC report, looking at …, found that A`), and with `found` or `finds` as
# well as `shows`. Not an index's report (`CPI data showed that …`: the index names no issuer).
_NAMED_DOCUMENT_FINDS = lazy(
    r"(?:(?<![\w’'])(?P<article>[Aa]n?|[Tt]he)\s|(?:\A|(?<=,\s))\s*)"
    rf"(?:(?:[Nn]ew|[Rr]ecent|[Ll]atest|most\srecent|final|earlier|\d{{4}}|{_MONTH_WORDS})\s){{0,2}}"
    r"(?P<issuer>[A-Z][\w&.\-]*(?:\s(?:(?:of|and|&|for|the|on)\s)?[A-Z][\w&.\-]*){0,5})"
    r"\s(?P<kind>poll|survey|study|analysis|report|data|figures)"
    r"(?:\s(?:published|released|issued)(?:\s(?:today|yesterday|(?:this|last)\s(?:week|month)"
    r"|(?:on\s)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|in\s[A-Z][a-z]+))?)?"
    r"(?:,\s[^,;:“”\"]{3,120}?,)?(?:\s(?:also|further))?"
    r"\s(?:shows|showed|show|found|finds)\sthat\s"
)
# An issuer without an article must be an acronym (`CDC`, `CMS`), none of an index's.
_ACRONYM_ISSUER = lazy(r"[A-Z]{2,6}")
_INDEX_ACRONYMS = frozenset(["CPI", "PPI", "GDP", "PCE", "JOLTS"])
# What may stand before such a document in its sentence: nothing, or an opening phrase and its
# comma (`In January 2021, CDC data showed that A`), after a fact sheet's label and its colon
# (`Schools reopened: In January 2021, CDC data showed that A`); never a report it stands in (`X
# said that a CDC survey found that A`) nor a relative clause (`which a CDC study found …`).
_DOCUMENT_LEAD = lazy(r"\s*(?:[^:;“”\"]{1,160}?:\s+(?=[A-Z]))?(?:[^,;:“”\"]{1,60},\s*)?")
# The forms of `estimate` that read an object and its `to be` as their content
# (`_estimated_object`).
_ESTIMATE_VERBS = frozenset(["estimate", "estimates", "estimated"])
# An estimate's object and its `to be` (`estimates the cost of the bill to be …`, `estimate the
# prevalence of obesity among American adults to be 40%`): up to twelve words with no comma nor
# clause mark, the first no preposition, adverb or `that` (`estimated at`, `estimated to be`,
# `estimated by X to be`, `estimates that …` read otherwise).
_ESTIMATED_OBJECT = lazy(
    r"\s(?!(?:that|to|at|by|in|for|from|on|how|what|whether|it|about|roughly|around|"
    r"nearly|only|just|more|less|over|up)\b)(?:[\w’'\-.%$()]+\s){1,12}?to\sbe\s(?=\S)"
)
# A form of `be` (with an adverb) before an estimate's verb: the passive (`is estimated …`, `were
# widely estimated …`), whose subject is what was estimated, not who estimated it.
_BE_BEFORE_ESTIMATE = lazy(r"\b(?:is|are|was|were|be|been|being)\s(?:[a-z]+ly\s)?\Z")
# A determiner or possessive before `estimate`: the noun (`an estimate the agency to be …`).
_NOUN_ESTIMATE = lazy(r"\b(?:an?|the|this|that|our|their|its|his|her|my|your|latest)\s\Z", re.I)


def _estimated_object(sentence: str, verb_end: int, verb: str) -> int | None:
    """Where an estimate's content starts (its object, before `to be`), or None."""
    if " to be " not in sentence[verb_end : verb_end + 120]:
        return None
    verb_start = verb_end - len(verb)
    before = sentence[max(0, verb_start - 30) : verb_start]
    if _BE_BEFORE_ESTIMATE.search(before) or (verb == "estimate" and _NOUN_ESTIMATE.search(before)):
        return None
    if _ESTIMATED_OBJECT.match(sentence, verb_end) is None:
        return None
    return verb_end + 1


# The verbs of `_ISSUED_FINDS` that are verbs of saying (`_speech_verbs` finds them; `shows`
# and `showed` with `that` stand where `_may_show` finds them).
_ISSUED_VERBS = frozenset(["found", "finds", "estimated", "estimates", "indicated", "concluded"])
# What a paragraph holds where `_ISSUED_FINDS` may match: a document's noun, then its issuer.
_ISSUED_GATE = lazy(rf"(?:{_FINDING_KINDS})\s(?:by|from|in\sThe)\s")
# A relative pronoun right before the document (`which a recent study from X shows …`): the
# document is the relative clause's subject, no report (ANNOTATING.md, "Forty-seventh folder").
_RELATIVE_BEFORE = lazy(r"(?:\A|\W)(?:which|whom|what)\s\Z")
# Two surnames joined (`Ellison and Ellison`): authors, several people together, no issuer.
_AUTHORS = lazy(r"[A-Z][a-z]+\sand\s[A-Z][a-z]+|.*\bet\sal\b")
# The words of a finding's clause without `that` (`found low- to moderate-income households
# incurred …`, `estimated 5.1 million people nationally fall into …`): a subject of one word or
# more, then its verb (an auxiliary, a past in -ed, a few verbs of the present). Not a noun
# phrase (`found no evidence of fraud`, `estimated $5 billion in savings`, `found a rise in
# reported cases`: a past in -ed after a preposition or a determiner is an adjective).
_FINDING_PRESENT = frozenset(
    ["fall", "falls", "face", "faces", "pay", "pays", "lack", "lacks", "remain", "remains",
     "live", "lives", "spend", "spends", "earn", "earns", "rose", "fell", "grew", "paid"]
)  # fmt: skip
_NOT_A_FINDING = frozenset(["how", "why", "what", "whether", "where", "when", "which", "who"])
_NOT_BEFORE_VERB = frozenset(
    ["the", "a", "an", "of", "in", "on", "for", "to", "with", "by", "at", "from", "and", "or",
     "more", "most", "less", "its", "their", "his", "her", "our", "no", "than", "as"]
)  # fmt: skip


def _finding_clause(rest: str) -> bool:
    """Whether `rest` (the words after a finding's verb without `that`) opens a clause."""
    words = rest.split(None, 11)[:10]
    if not words or words[0].lower() in ("no", "little", "evidence", "what", "how"):
        return False
    if words[0].lower() in _AUX:
        return False  # `which a recent study … shows can support …`: the relative's own verb
    for index in range(1, len(words)):
        word = words[index].lower().strip(",")
        previous = words[index - 1].lower()
        if previous in _NOT_A_FINDING:
            return False  # `showing clearly how my plan will …`: a `how` clause, no finding
        if word in _AUX or _contracted(word) or word in _FINDING_PRESENT:
            return previous not in _NOT_BEFORE_VERB
        if len(word) > 4 and word.endswith("ed") and word.isalpha():
            return previous not in _NOT_BEFORE_VERB and not previous.endswith(",")
    return False


# A summary the reporter adds after a dash at a finding's end (`… to 5313 in the week of June
# 13-19 – a six-fold increase.`): a short noun phrase closing the sentence, no part of it.
_DASH_SUMMARY = lazy(r"\s[—–]\s(?:a|an|the)\s[\w\-]+(?:\s[\w\-]+){0,4}[.!]?\s*\Z")


def _finding_end(paragraph: str, start: int, high: int) -> int:
    """Where a document's finding from `start` ends in its sentence ending at `high`: before a
    dash's closing summary (`_DASH_SUMMARY`), else at the sentence's end."""
    end = _trim_end(paragraph, start, high)
    if "–" in paragraph[start:end] or "—" in paragraph[start:end]:
        summary = _DASH_SUMMARY.search(paragraph, start, high)
        if summary is not None:
            end = summary.start()
    return end


# A document at a sentence's opening, named by its kind or its issuer's possessive.
_DOCUMENT_OPENING = lazy(
    r"(?:The|[A-Z][\w&.\-]*(?:\s[A-Z][\w&.\-]*){0,3}[’']s)\s(?:new\s|recent\s|latest\s)?"
    rf"{_DOCUMENT_KIND}\b"
)
# What a sentence holds where a document may show its finding (`_DOCUMENT_SHOWS`, …).
# (one search in C: a generator over four words cost 3% of an import, tried on every sentence)
_SHOWS_GATE = lazy(
    r"(?:show|shows|showed|showing|finding|found|finds) that|(?:showing|finding|indicating)\s"
)


# An article opening an issuer's words (`The Department of the Treasury`, `a CFPB`).
_ARTICLE_FIRST = lazy(r"\A(?:[Tt]he|[Aa])\s")


def _without_article(issuer: str) -> str:
    """An issuer's words without the article they open with: the name to resolve."""
    return _ARTICLE_FIRST.sub("", issuer)


def _may_show(text: str) -> bool:
    """Whether `text` holds what a document's finding needs (`_SHOWS_GATE`), the search tried
    only where `show` or `finding` stands."""
    return (
        "show" in text
        or "finding" in text
        or "indicating" in text
        or "found that" in text
        or "finds that" in text
    ) and _SHOWS_GATE.search(text) is not None


# A possessive that names when a document came out, not who issued it (`Today’s report shows`),
# and one after an article (`A Moody’s analysis showed`: the article is the document's, the
# issuer's name its possessive, read as before).
_NOT_OWNERS = frozenset(
    ["A", "An", "The", "Today", "Yesterday", "Tomorrow", "This", "That", "Last", "Next", "Our",
     "Its", "Their", "His", "Her", "My", "Your", "Monday", "Tuesday", "Wednesday", "Thursday",
     "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
     "July", "August", "September", "October", "November", "December"]
)  # fmt: skip

# The one warned before `that` (`warned the regime last summer that any …`, `warned vape shops
# and other retailers that selling …`); not `warned of risks that …`, nor `warned companies that
# break the rules` (a relative clause: no subject after `that`).
_WARNED_THAT = lazy(
    r"\s(?!(?:of|against|about|that|on|in|at|to|for|over|it)\b)(?:[\w.'’\-]+\s){1,6}?that,?\s"
    r"(?=(?:the|a|an|any|this|these|those|its|their|his|her|it|he|she|they|we|there|[A-Z]\w*|"
    r"[a-z]+ing|if|when|unless)\s)"
)
# `it` before a verb in the present (`said it represents …`, `said it remains …`): a clause's
# subject, not an object (`said it again`, `said it always does`).
_IT_PRESENT = lazy(
    r"\sit\s(?!always\b|perhaps\b|was\b|is\b|has\b|does\b)[a-z]{2,}[^s\W]s\s[a-z“\"$\d]"
)
_CAPITALISED = r"[A-Z][\w.'’\-]*"
# A clause without `that` after `said` whose subject is a name and whose verb is in the present,
# no auxiliary (`said ICE brings “…”`, `said ICE exists to …`, `said the Trump Administration
# believes the bill is …`).
_NAME_VERB = lazy(
    r"(?:the\s)?[A-Z][\w.'’\-]*(?:\s[A-Z][\w.'’\-]*){0,2}\s[a-z]{2,}[^s\W]s\s"
    r"(?:(?:to|a|an|the|its|their|his|her|more|no|nothing|that)\s|[“\"]\w)"
)
_COMPANY_NAME = lazy(
    rf"(?<![\w.'’\-]){_CAPITALISED}(?:\s{_CAPITALISED}){{0,3}}\s&\s{_CAPITALISED}"
    rf"|(?<![\w.'’\-]){_CAPITALISED}(?:\s(?:{_CAPITALISED}|and|&)){{0,4}}"
    r"\s(?:Inc\.?|Corp\.?|Corporation|Company|Co\.|LLC|Ltd\.?)(?![\w])"
)
# The last words of a body's name that make it an agency for a later `the agency` (`the National
# Oceanic and Atmospheric Administration`, `the Climate Prediction Center`), and the acronym of an
# Agency, an Administration or a Bureau (`NOAA`, `FEMA`, `EPA`, `FBI`; not `USA`).
_AGENCY_HEADS = (
    r"(?:Agency|Administration|Service|Bureau|Centers|Center|Centre|Commission|Office|Authority)"
)
_AGENCY_ACRONYM = r"(?<![\w.'’\-])(?!USA\b)[A-Z]{2,4}[AB](?![\w\-])"
_KIND_NAMES = {
    kind: lazy(
        rf"(?<![\w.'’\-]){_CAPITALISED}(?:\s{joined}{_CAPITALISED}){{0,4}}\s{head}"
        rf"(?:\s(?:on|of|for)(?:\sthe)?(?:\s(?:and\s)?{_CAPITALISED}){{1,5}})?"
        rf"|(?<![\w.'’\-]){head}\s(?:on|of|for)(?:\sthe)?"
        rf"(?:\s(?:and\s)?{_CAPITALISED}){{1,5}}{acronym}"
    )
    for kind, head, joined, acronym in (
        ("subcommittee", "Subcommittee", "", ""),
        ("committee", "Committee", "", ""),
        ("commission", "Commission", "", ""),
        ("ministry", "Ministry", "", ""),
        # (`the National Oceanic and Atmospheric Administration`, `NOAA`)
        ("agency", _AGENCY_HEADS, r"(?:and\s)?", "|" + _AGENCY_ACRONYM),
        ("department", "Department", "", ""),
        ("court", "Court", "", ""),
    )
}


# A sentence's end between capitalised words (`Students. The`; not `U.S. Department`, `St. Louis`).
_NAME_SENTENCE_END = lazy(r"(?<=[a-z]{3})\.\s")


def _kind_name(kind: str, found: str) -> str:
    """The body's name a match of `_KIND_NAMES[kind]` gives: without its `The` and its closing
    possessive; an agency named with its owner's (`NOAA's Climate Prediction Center`) is the
    owner when the owner is an agency itself (`NOAA`), else the name after the possessive."""
    # (a sentence's end inside the capitalised words, `… for Students. The Department of
    # Education`: the name is the words after it)
    found = _NAME_SENTENCE_END.split(found)[-1]
    name = re.sub(r"\AThe\s", "", re.sub(r"[’']s\Z", "", found))
    if kind == "agency" and ("'s " in name or "’s " in name):
        owner, rest = re.split(r"[’']s\s", name, maxsplit=1)
        return owner if _KIND_NAMES["agency"].fullmatch(owner) else rest
    return name


# A body a wire story names by its kind alone after its full name (`the ministry` after `the
# Foreign Ministry`, `the agency` after `the Environmental Protection Agency`).
_NAMED_KINDS = frozenset(["ministry", "agency", "department"])
_OPENING_KINDS = frozenset(["company", "firm", "subcommittee", "committee", "commission"])
# The kind before a verb with the lower-case words that qualify it (`the defence ministry also`),
# the whole subject: opening the sentence or after an opening phrase's comma (not `Workers at the
# plant and the company said`). A ministry, an agency or a department capitalised alone (`The
# Department estimates …` after `The Department of Education funded …`, as White House texts
# write it) is the same kind (endev63 round).
_KIND_WORDS = lazy(
    r"(?:\A\s*|,\s+)(?:[Tt]he|[Ii]ts|[Tt]heir)\s(?P<words>(?:[a-z]+\s){0,2}"
    r"(?:ministry|agency|department|company|firm|subcommittee|committee|commission)"
    r"|(?:Ministry|Agency|Department))"
    r"(?:\s(?:also|further|again|then|later|on\s[A-Z][a-z]+))?\s*\Z"
)


# A sentence that opens with a condition whose verb is the one of saying (`If he said he’d be
# there, he’d be there.`, `what I said was: If the investigation concluded that A, that I would
# …`): the report is a condition, no one's words, unless the sentence is a question (`And if
# Ronald Reagan said “trust but verify,” what do you say …?`, ANNOTATING.md, "Seventeenth
# folder"). Only a condition that opens the sentence (or follows a colon): not `there's no way
# to talk about it if he has said he doesn't know …` (`if` for `since`).
_IF_OPENING = lazy(
    r"\s*(?:(?:And|But|So|Look|Well|Now|Because),?\s+)?(?:[^:.?!“”]{0,60}:\s+)?"
    r"If\s[^,;:—–?!“”]{1,100}"
)


# A name before a sentence's main verb in the past (`_long_subject`): capitalised words, then
# an apposition set off by commas at most, then the verb, an adverb before it at most.
_NAME_BEFORE_MAIN_VERB = lazy(
    r"(?<![\w’'])(?!(?:After|When|While|Before|As|Since|Although|Though|Because|If|Once|Until|"
    r"Where|Whereas|Who|Which|That)\s)(?P<np>(?:[A-Z][\w.’'\-]*\s){0,5}[A-Z][\w’'\-]+)"
    r"(?:,\s(?P<apposed>[^,;:“”\"()]{3,120}),)?"
    r"\s(?:[a-z]{3,}ly\s)?(?:[a-z]{3,}ed|took|made|gave|spoke|wrote|held|sent|told|said|led|"
    r"began|drew|laid|set|met)\b"
)

# What stands before a verb joined to the one before (`…, and underscored that`, `…, noted`),
# an adverb after `and` or `but` at most (`but nevertheless asserted that`, `and also said`).
_JOINED_VERB_BEFORE = lazy(
    r"(?:,|\band|\bbut)(?:\s(?:also|nevertheless|nonetheless|further|similarly|likewise|again|"
    r"later|separately|subsequently))?\s*\Z"
)
# A subordinate clause or a relative one still open before a name (`After Jane Roe spoke,`,
# `…, who Jane Roe named,`): its verb is no main clause's.
_SUBORDINATE_OPEN = lazy(
    r"\b(?:[Aa]fter|[Ww]hen|[Ww]hile|[Bb]efore|[Aa]s|[Ss]ince|[Aa]lthough|[Tt]hough|[Bb]ecause|"
    r"[Ii]f|[Oo]nce|[Uu]ntil|[Ww]here|[Ww]ho|[Ww]hom|[Ww]hich|[Tt]hat|[Ww]hereas)\s[^,;:]*\Z"
)
# A common noun of a group right before a name (`The group Bring Our Families Home issued`): the
# name is the group's.
_GROUP_NOUN_BEFORE = lazy(
    r"\b(?:group|organization|organisation|coalition|campaign|network|alliance|association|"
    r"company|firm|nonprofit|union|movement|party|outlet|newspaper|magazine|program|initiative)"
    r"\s\Z"
)
_APPOSED_NAME = lazy(r"(?:[A-Z][\w.’'\-]*\s){1,5}[A-Z][\w’'\-]+")


# What `_content_start` answers for one verb of a sentence: where the content begins, and
# the sayer a colon after the verb names (`_colon_sayer`).
ContentFields = tuple[int | None, tuple[int, str] | None]
# Those answers for the verbs of a paragraph, found ahead by another process (`contents`),
# by sentence and verb: (sentence start, sentence end, verb end in the sentence, verb).
Contents = dict[tuple[int, int, int, str], ContentFields]


class NeedsText(Exception):
    """Asked by a reading of one sentence of what only the text read so far tells."""


class ReportedQuotes(FinderState):
    """The rules of a finder for English reported speech."""

    # `contents` of the paragraph being read, when another process found them: the paragraph
    # they were found for, and them (asked for that very paragraph only).
    _contents_given: tuple[str, Contents] | None = None

    def _current_subject(self) -> Person | None:
        """The speaker the current sentence opens with (`X met Y, and noted …`)."""
        if not self._sentence_read and self._sentence is not None:
            if self._pending and self._pending[-1] is self._sentence:
                self._settle()
            else:
                # Read after an attribution of its own: its subject names no pronoun now.
                last = self.book.last_subject
                outcome, person = self._subject_of_sentence(self._sentence)
                self.book.last_subject = last
                self._sentence_subject = last if outcome == "pronoun" else person
                self._sentence_read = True
                self._sentence_outcome = outcome
        if (
            self._sentence_subject is None
            and not self._long_read
            and self._sentence is not None
            and self._sentence_outcome == ""
        ):
            # `Global Fund … Executive Director Peter Sands endorsed …, noting that`, `Mohamed
            # Zaree, Director of …, described …`: a subject the opening phrase's reading missed
            self._long_read = True
            self._sentence_subject = self._long_subject(self._sentence)
        return self._sentence_subject

    def _long_subject(self, sentence: str) -> Person | None:
        """The person a sentence's main clause opens with when a long phrase or an apposition
        hides it from `_subject_of_sentence`: a full name right before its verb in the past
        (`Global Fund to Fight AIDS, TB, and Malaria Executive Director Peter Sands endorsed`),
        or before an apposition set off by commas (`Mohamed Zaree, Director of …, described`),
        or set off itself after a title (`…, U.S. Representative to the United Nations,
        Ambassador Linda Thomas-Greenfield, opened`). A full name only, of no body."""
        for match in _NAME_BEFORE_MAIN_VERB.finditer(sentence, 0, 400):
            if _SUBORDINATE_OPEN.search(sentence, max(0, match.start() - 120), match.start()):
                continue  # (`After Jane Roe spoke, the panel …`: a clause before the main one)
            for group in ("apposed", "np"):
                phrase = match.group(group)
                if phrase is None or (group == "apposed" and not _APPOSED_NAME.fullmatch(phrase)):
                    continue  # (an apposition is read as a name when it is one: `…, Ambassador X,`)
                reference = parse_phrase(phrase)
                if (
                    reference is None
                    or reference.kind != "name"
                    # (an office before the name, `Executive Director Peter Sands`: not `Bring
                    # Our Families Home`, a group's name)
                    or (
                        reference.role is not None
                        and reference.role.rsplit(" ", 1)[-1].lower() not in TITLE_WORDS
                    )
                    or _GROUP_NOUN_BEFORE.search(
                        sentence, max(0, match.start() - 24), match.start()
                    )
                ):
                    continue
                last = self.book.last_subject
                person = self.book.resolve(reference)
                self.book.last_subject = last
                if person is not None and not person.body:
                    return person
            return None  # (the first name before a verb only: a later one is an object's)
        return None

    def _plain_as_source(
        self, reference: Reference | None, person: Person | None, sentence: str
    ) -> bool:
        """Whether `As X said, A` at a turn's head or after a dash (a sentence begun again)
        names X (resolved as `person`) plainly: a name or a body, or a title held by one who
        speaks in the transcript (`PRESIDENT DUDA:` at a joint press conference); not a pronoun,
        nor a title's holder named only in passing (`the President` of a briefing that names
        President Macron: the text's own President, whom its turns may never name), and not
        before a question's own words (`— as X stressed, are you …?`)."""
        if person is None or reference is None or reference.kind == "pronoun":
            return False
        if sentence.rstrip().endswith("?"):
            return False
        if self._plain_unlooked(reference):
            return True
        return person.name.split()[-1].upper() in self._label_words

    def _plain_unlooked(self, reference: Reference) -> bool:
        """Whether X of `As X said` names one plainly with no holder looked up: a name or a
        body, or `the President` of a text with one President (`MS. JEAN-PIERRE: As the
        President has said, A`: the title's, the one named, or none)."""
        return reference.kind != "title" or (
            reference.text == "president" and not reference.role and self._one_president()
        )

    def _unplain_long_aside(self, sentence: str, verb_end: int, content: int, tail: str) -> bool:
        """Whether a report only a long aside before its `that` opens (`_LONG_ASIDE_THAT`) has
        a subject that names no one plainly: a pronoun, or `the President` in a text whose
        President is not one (`_one_president`)."""
        if ", that" not in sentence[verb_end:content] or _SHORT_THAT.match(sentence, verb_end):
            return False
        if _THAT.match(sentence, verb_end) is None:
            return False
        subject = _UNPLAIN_SUBJECT.search(tail, max(0, len(tail) - 40))
        if subject is None:
            return False
        return not subject.group().lower().startswith("the") or not self._one_president()

    def _one_president(self) -> bool:
        """Whether `the President` can name one person only: the text's title names its
        President, or the text gives the title to one person in office or to none."""
        return (
            self._own_president is not None
            or self.book.named_president is not None
            or "president" in self.book.sole_titles
        )

    def _lead_source(self, reference: Reference | None, words: str, sentence: str) -> bool:
        """Whether `So, as X said, A` names X plainly, tested before X is resolved (a title's
        holder is only looked up): as at a turn's head, and not several people together (`So, as
        Dr. Walensky and Dr. Daskalakis said, …`)."""
        if reference is None or reference.kind == "pronoun" or " and " in words:
            return False
        if sentence.rstrip().endswith("?"):
            return False
        if self._plain_unlooked(reference):
            return True
        holder = self.book.resolve(reference)  # (a title's lookup changes nothing)
        return holder is not None and self._plain_as_source(reference, holder, sentence)

    def _named_saying(
        self, sentence: str, verb_start: int, verb_end: int, tail: str
    ) -> Person | None:
        """`particularly Governor Jane Roe saying that A`, `the U.S. saying that A` (a question's
        way of citing): the one named right before the participle, who says A; None when no name
        stands there plainly (`is X saying …?` asks, `a letter to X saying …` is the letter's,
        `the President` of a text of two Presidents may be either)."""
        named = _NAMED_SAYING.search(sentence, max(0, verb_start - 60), verb_end)
        if named is None:
            return None
        before = named.group("before")
        if before.lower() in _NOT_BEFORE_SAYING or before[:1].isupper():
            return None
        reference = _np_reference(named.group("np"))
        if (
            reference is None
            or reference.kind == "pronoun"
            or not _plainly_named(reference, tail, self._one_president)
        ):
            return None
        return self._resolve(reference)

    def _body_met(self, head: str) -> bool:
        """Whether a body that spoke before holds the one word `head` in its name (`the
        delegation` after `the U.S. delegation noted …`; the latest 200 people are looked at)."""
        if " " in head or head not in _BODY_LOWER:
            return False
        return any(
            person.body and head in person.name.lower().split(" ")
            for person in self.book.people[-200:]
        )

    def _body_spoke(self, tail: str, verb: str) -> None:
        """A body named in full before `announced` with no words reported (`the Biden-Harris
        Administration announced a breakdown of funding`, `… is announcing new measures`) is
        met: a later `the Administration announced that …` names it (`_body_met`)."""
        if _NAMED_BODY_WORD.search(tail) is None:
            return
        if verb.split(" ", 1)[0].endswith("ing"):
            progressive = _PROGRESSIVE.search(tail, max(0, len(tail) - 30))
            if progressive is None:
                return
            tail = tail[: progressive.start()]
        reference = _subject_before(tail)
        if (
            reference is not None
            and reference.kind == "body"
            and not reference.text.islower()
            and any(word in _BODY_LOWER for word in reference.text.lower().split(" "))
        ):
            self._resolve(reference)

    def _kind_named(self, sentence: str, verb_start: int, before: str) -> Person | None:
        """The body a sentence's opening `The company`, `The subcommittee` names: the latest
        name of that kind in the paragraph before the sentence or in the two paragraphs before
        it (`Johnson & Johnson`, `the House Select Subcommittee on the Coronavirus Crisis`), or
        None (no such name, or another subject: `The company’s CEO said`)."""
        opening = _KIND_SUBJECT.fullmatch(sentence, 0, verb_start)
        if opening is None:
            document = _DOCUMENT_SUBJECT.fullmatch(sentence, 0, verb_start)
            if document is None:
                return None
            return self._document_named(document.group("kind"), before)
        return self._of_kind(opening.group("kind").lower(), before)

    def _document_named(self, kind: str, before: str) -> Person | None:
        """The issuer of the document `The analysis`, `The study` names at a sentence's
        opening: the one the sentence before names as issuing one of that kind (`X released a
        new analysis …`, `a recent study from X`), in its paragraph or, at a paragraph's
        opening, the paragraph before; or the issuer of the same document the sentence before
        opened with (`The analysis shows that A. The analysis also finds that B`, `Treasury’s
        new analysis shows that A.` then `The analysis shows that B`); else None."""
        text = before if before.strip() else self._earlier[1]
        if not text.strip():
            return None
        previous = _last_sentence(text[-600:])
        if kind not in _ISSUER_OF:
            # (`The complaint alleges that A`: the issuer of the complaint named before)
            return self._document_issuer(kind)
        issued = _ISSUER_OF[kind].search(previous)
        person: Person | None = None
        if issued is not None:
            issuer = _without_article(issued.group("np") or issued.group("by"))
            person = self._resolve(Reference("body", issuer))
        else:
            opened = _DOCUMENT_OPENING.match(previous.lstrip())
            if opened is not None and opened.group("kind") == kind:
                person = self._document_issuers.get(kind)
        if person is None:
            # (`A Pew Research Center survey found that A. … The survey also found that B`: the
            # issuer of the latest survey the text named, none when it named that one with none)
            person = self._document_issuer(kind)
        if person is not None:
            self._document_issuers[kind] = person
        return person

    def _document_shows(self, paragraph: str, low: int, high: int) -> Found | None:
        """A document's finding in the sentence `paragraph[low:high]` (ANNOTATING.md,
        "Forty-seventh folder"): `X released a new analysis showing that A`, `The analysis shows
        that A` (its issuer named before, `_document_named`) and `X’s new analysis shows that A`
        give A, X's indirect quote; None for any other sentence."""
        sentence = paragraph[low:high]
        shown = _DOCUMENT_SHOWS.match(sentence)
        person: Person | None = None
        if shown is not None:
            kind, owner = shown.group("kind"), shown.group("owner")
            if owner is None:
                person = self._document_named(kind, paragraph[max(0, low - 2000) : low])
            elif owner.split(" ", 1)[0] not in _NOT_OWNERS:
                person = self._resolve(Reference("body", owner))
            start = low + shown.end()
        elif (issued := _ISSUER_DOCUMENT_SHOWS.search(sentence)) is not None:
            kind = ""
            person = self._resolve(Reference("body", issued.group("issuer")))
            start = low + issued.end()
        elif (document := self._named_document_finds(sentence)) is not None:
            kind, person, at = document
            start = low + at
        elif (named := _OWNER_NAMED_SHOWS.match(sentence.lstrip())) is not None:
            kind = ""
            if named.group("owner").split(" ", 1)[0] not in _NOT_OWNERS:
                person = self._resolve(Reference("body", named.group("owner")))
            start = low + len(sentence) - len(sentence.lstrip()) + named.end()
        else:
            released = _RELEASED_SHOWING.search(sentence)
            if released is None:
                return None
            kind = released.group("kind")
            issuer = _without_article(released.group("np"))
            if issuer.split(" ", 1)[0] not in _NOT_OWNERS:
                person = self._resolve(Reference("body", issuer))
            start = low + released.end()
            if released.group("that") is None:
                rest = " " + paragraph[start:high]
                if self._clause(rest, 0) is None and not _finding_clause(rest):
                    return None
        if person is None:
            return None
        if kind:
            self._document_issuers[kind] = person
        end = _finding_end(paragraph, start, high)
        return Found(start, end, "indirect", person) if end - start >= 8 else None

    def _named_document_finds(self, sentence: str) -> tuple[str, Person | None, int] | None:
        """A document named by its issuer before its noun that shows or finds, as
        `_NAMED_DOCUMENT_FINDS` reads it: its kind, its issuer and where its finding starts in
        `sentence`; None when the sentence holds none (no article and no acronym, an index)."""
        named = _NAMED_DOCUMENT_FINDS.search(sentence)
        if named is None:
            return None
        issuer = named.group("issuer")
        if issuer in _INDEX_ACRONYMS or issuer.split(" ", 1)[0] in _NOT_OWNERS:
            return None
        if named.group("article") is None and not _ACRONYM_ISSUER.fullmatch(issuer):
            return None
        if not _DOCUMENT_LEAD.fullmatch(sentence, 0, named.start()):
            return None  # `X said that a CDC survey found that A`: X's report holds it
        kind = named.group("kind")
        kind = kind if kind in _SPEAKING_DOCUMENTS else ""
        return kind, self._resolve(Reference("body", issuer)), named.end()

    def _issued_finds(self, paragraph: str, low: int, high: int, quoted: Within) -> Found | None:
        """A finding of a document named with its issuer in the sentence `paragraph[low:high]`
        (`_ISSUED_FINDS`: `A survey by X found A`, `New data from X … showed that A`): A, X's
        indirect quote; None when the sentence has none, the document stands in a quotation, its
        issuer is two authors, or the words after a verb without `that` open no clause."""
        sentence = paragraph[low:high]
        issued = _ISSUED_FINDS.search(sentence)
        if issued is None or low + issued.start() in quoted:
            return None
        if _RELATIVE_BEFORE.search(sentence, 0, issued.start()):
            return None  # `which a recent study from X shows can support …`: a relative clause
        issuer = issued.group("by") or issued.group("in")
        if _AUTHORS.fullmatch(issuer) or (
            issued.group("by") and issuer.split(" ", 1)[0] in _NOT_OWNERS
        ):
            return None
        start = low + issued.end()
        if paragraph[start : start + 1] in ("“", '"'):
            return None  # `found that “…”`: the words in marks, read as a quotation is
        if issued.group("that") is None:
            rest = " " + paragraph[start:high]
            if self._clause(rest, 0) is None and not _finding_clause(rest):
                return None
        # (a publication keeps its `The`: `reporting in The Wall Street Journal`)
        name = issuer if issued.group("in") else _without_article(issuer)
        person = self._resolve(Reference("body", name))
        if person is None:
            return None
        end = _finding_end(paragraph, start, high)
        return Found(start, end, "indirect", person) if end - start >= 8 else None

    def _of_kind(self, kind: str, before: str) -> Person | None:
        """The latest body of `kind` (`company`, `firm`, `committee`, …) named before the
        sentence, as `_kind_named` reads it: also `…, the company said.` after its report."""
        company = kind in ("company", "firm")
        texts: tuple[str, ...] = (before, self._earlier[1], self._earlier[0])
        if kind == "court":
            texts = (*texts, self._court_paragraph)  # (a court's name may stand far before)
        if company:
            # The sentence before (`Moderna released data … The company also announced that
            # …`, `Today, Johnson & Johnson announced …` the paragraph before): its subject, else
            # a company's name in it; no other (in a list of companies, `General Motors announced
            # …` then `The company also announced …` is not the one named items before).
            previous = _last_sentence((before if before.strip() else self._earlier[1])[-400:])
            subject = _previous_subject(previous)
            if subject is not None and self._company_like(subject):
                return self._resolve(Reference("body", subject))
            texts = (previous,)
        names = _COMPANY_NAME if company else _KIND_NAMES[kind]
        for text in texts:
            last = None
            for found in names.finditer(text, max(0, len(text) - 2000)):
                last = found
            if last is not None:
                name = re.sub(r"[’']s\Z", "", last.group(0))
                if kind == "court":
                    # (`the Supreme Court of the United States`: the court its short name names)
                    name = re.sub(r"\sof\sthe\sUnited\sStates\.?\Z", "", name)
                return self._resolve(Reference("body", re.sub(r"\AThe\s", "", name)))
        return None

    def _kind_before(self, words: str, before: str, report: str = "") -> Person | None:
        """The body `the ministry`, `the agency` or `the department` names wherever it stands
        (`In a statement, the ministry said …`, `…, the agency said.`): the latest name of that
        kind in the paragraph before the sentence or in the two paragraphs before it (`the
        Foreign Ministry`, `the Ministry of Health`), the `report` before its attribution
        first (`NOAA scientists expect A, the agency said.`), else the latest anywhere before
        (`_kind_anywhere`), else None. A kind with words of its own (`the foreign ministry`)
        names a name that holds them (`the Chinese Foreign Ministry`)."""
        *own, kind = words.split(" ")
        kind = kind.lower()  # (`The Department`: the kind capitalised alone, `_KIND_WORDS`)
        if kind in _OPENING_KINDS and not own:
            return self._of_kind(kind, before)  # `…, the company said in a filing.`
        if kind not in _NAMED_KINDS or len(own) > 2:
            return None
        for text in (before + report, self._earlier[1], self._earlier[0]):
            last = None
            for found in _KIND_NAMES[kind].finditer(text, max(0, len(text) - 2000)):
                if all(f" {word} " in f" {found.group(0).lower()} " for word in own):
                    last = found
            if last is not None:
                return self._resolve(Reference("body", _kind_name(kind, last.group(0))))
        name = self._kind_anywhere(kind)
        if name is not None and all(f" {word} " in f" {name.lower()} " for word in own):
            return self._resolve(Reference("body", name))
        return None

    def _kind_anywhere(self, kind: str) -> str | None:
        """The latest name of `kind` (`ministry`, `agency`, `department`) in the title and all
        the paragraphs read before the sentence (`NOAA predicts …` in the title, `said NOAA
        Administrator Rick Spinrad` paragraphs before), or None: each paragraph is read once,
        and only when a bare kind finds no name of its kind near it (`_kind_before`)."""
        for text in self._kinds_unread:
            for each in _NAMED_KINDS:
                last = None
                for found in _KIND_NAMES[each].finditer(text):
                    last = found
                if last is not None:
                    self._kinds_named[each] = _kind_name(each, last.group(0))
        self._kinds_unread.clear()
        return self._kinds_named.get(kind)

    def _company_like(self, name: str) -> bool:
        """Whether a sentence's subject may be the company a later `The company` names: a
        name with `&` or read as a body's, or one word no person met has (`Moderna`; not `Jane
        Roe`, nor `Roe` after `Jane Roe`)."""
        if "&" in name:
            return True
        if " " in name:
            reference = parse_phrase(name)
            return reference is not None and reference.kind == "body"
        return not self.book.knows(name) and not any(
            person.name.rsplit(" ", 1)[-1] == name for person in self.book.people[-200:]
        )

    # --- indirect -----------------------------------------------------------------------

    def _indirect(
        self,
        paragraph: str,
        spans: list[tuple[int, int]],
        marks: list[tuple[int, int, int, int]],
        in_marks: Within,
        direct: list[Found],
        verbs: list[tuple[int, int, str]],
    ) -> list[Found]:
        """`verbs`: the speech verbs of the paragraph, found in one scan; each sentence takes
        its own; `in_marks` holds what `marks` span."""
        out: list[Found] = []
        last: Found | None = None
        according = "ccording to" in paragraph
        # (What `_names_a_source` looks for in a sentence stands in its paragraph first.)
        sources = according or "Per " in paragraph
        # (a document's finding stands in its paragraph first: most skip the sentences' test)
        shows = _may_show(paragraph)
        # (a document named with its issuer, `a study by X`: in few paragraphs; a loop over the
        # verbs, no generator made for every paragraph)
        issued = shows
        if not issued:
            for verb in verbs:
                if verb[2] in _ISSUED_VERBS:
                    issued = True
                    break
        issued = issued and _ISSUED_GATE.search(paragraph) is not None
        next_verb = 0
        previous_end = 0
        # Between a quotation's double marks (single ones at the top level are often a
        # quotation inside one whose marks an excerpt left out).
        quoted = (
            Within([(o + 1, c) for o, _, _, c in marks if paragraph[o] != "‘"])
            if marks
            else _NO_SPANS
        )
        direct_starts = sorted(quote.start for quote in direct)
        document: Found | None = None  # (the latest document's finding)
        for low, high in spans:
            sentence = paragraph[low:high]
            self._pending.append(sentence)
            self._sentence = sentence
            self._sentence_subject = None
            self._sentence_read = False
            self._sentence_outcome = ""
            self._long_read = False
            while next_verb < len(verbs) and verbs[next_verb][0] < low:
                next_verb += 1
            shown = (
                self._document_shows(paragraph, low, high)
                if shows and _SHOWS_GATE.search(sentence) is not None
                else None
            )
            if shown is None and issued and _ISSUED_GATE.search(sentence) is not None:
                shown = self._issued_finds(paragraph, low, high, quoted)
            if shown is not None:
                out.append(shown)
                last, previous_end = shown, high
                document = shown
                continue
            if last is not None and last is document and _FIRST_PERSON.search(sentence):
                last = None  # (a document speaks in no first person: `… A. And we’re clear …`)
            if (
                last is None
                and (next_verb == len(verbs) or verbs[next_verb][1] > high)
                and not (sources and _names_a_source(sentence))
            ):
                previous_end = high
                continue  # (most sentences: no verb of their own, no report to carry on)
            own: list[tuple[int, int, str]] = []
            while next_verb < len(verbs) and verbs[next_verb][1] <= high:
                start, end, word = verbs[next_verb]
                own.append((start - low, end - low, word))
                next_verb += 1
            if marks and (own or according):
                # A verb of saying between quotation marks is the quoted words' own (`“… Schron
                # said his factories …”` in a newspaper's excerpt), not the article's report.
                own = [verb for verb in own if low + verb[0] not in quoted]
                at = sentence.find("ccording to")
                if at >= 0 and low + at in quoted:
                    sentence = ""
            found = (
                self._reported(paragraph, low, high, marks, in_marks, own, according)
                if own or (sources and _names_a_source(sentence))
                else []
            )
            reached, previous_end = previous_end, high
            if found:
                out.extend(found)
                # (a direct quote's sentences are its marks', not a report to carry on)
                last = found[-1] if found[-1].kind != "direct" else None
                continue
            if (  # noqa: SIM102
                last is not None
                and last.end >= reached
                and self._continues(sentence, last.speaker, paragraph, low, high, marks, last.start)
            ):
                if not _any_between(direct_starts, low, high):
                    last.end = _trim_end(paragraph, low, high)
                    continue
            last = None
        return out

    def _as_said_end(
        self, paragraph: str, low: int, sentence: str, verbs: list[tuple[int, int, str]]
    ) -> Found | None:
        """The report of `A, as X said.` closing the sentence `paragraph[low:]` (`_AS_SAID_END`),
        X's, or None: when X resolves to no one, when A is shorter than a clause, or when a verb
        of saying stands in A (`Y said that A, as X said.`: Y's report, read by its own rules)."""
        match = _AS_SAID_END.search(sentence, max(0, len(sentence) - 140))
        if match is None or match.start() < 20:
            return None
        if any(start < match.start() for start, _, _ in verbs):
            return None
        reference = _np_reference(match.group("np"))
        if reference is None or reference.kind == "pronoun":
            return None
        person = self._resolve(reference) or self._president_named_later(reference)
        if person is None:
            return None
        start = _after_note(paragraph, low, low + match.start())
        colon = paragraph.rfind(": ", start, low + match.start())
        if colon >= 0 and paragraph[colon + 2 : colon + 3].isupper():
            start = colon + 2  # (`It’s been pretty clear: A, as the President has said.`)
        lead = _AS_SAID_END_LEAD.match(paragraph, start)
        if lead is not None:
            start = lead.end()  # (the narrator's `And` before A is no part of it)
        return Found(start, low + match.start(), "indirect", person)

    def _past_just(self, tail: str) -> str:
        """`tail` without a `just` before the verb once the text is a transcript: a question's
        `Putin just said that …` is the news it asks about, Putin's words. Elsewhere `just` stays
        (`Russia just announced …` in a speech: the news of the day, often the speaker's)."""
        if self._transcript and tail.endswith(" just "):
            return tail[:-5]
        return tail

    def _quoted_before(self, tail: str) -> Person | None:
        """The speaker of a direct quote whose attribution ends `tail` (`“…,” Rubio said,`,
        `“…,” said Rubio,`)."""
        match = _AFTER_QUOTE.search(tail)
        if match is None:
            return None
        # `“…,” Powell said at a news conference, adding that …`: the place or time of saying
        # after the verb.
        attribution = _PLACE_OF_SAYING.sub(",", match.group("attribution"))
        said = _BEFORE_SAID.search(attribution)
        if said is not None:
            return self._resolve(_subject_before(attribution[: said.end("np")]))
        said = _SAID_BEFORE.search(attribution)
        if said is not None:
            return self._resolve(_np_reference(said.group("np")))
        return None

    def _reported(
        self,
        paragraph: str,
        low: int,
        high: int,
        marks: list[tuple[int, int, int, int]],
        in_marks: Within,
        verbs: list[tuple[int, int, str]],
        according_in_paragraph: bool = True,
    ) -> list[Found]:
        """The indirect quotes of the sentence `paragraph[low:high]`, whose speech verbs are
        `verbs` (start, end and word, in the sentence); `in_marks` holds what `marks` span.
        `according_in_paragraph`: False when `according to` stands nowhere in the paragraph
        (asked once a paragraph: its sentences are not searched for it again)."""
        sentence = paragraph[low:high]
        out: list[Found] = []
        given = self._contents_given
        contents = given[1] if given is not None and given[0] is paragraph else None
        according_here = according_in_paragraph and "ccording to" in sentence
        according = _ACCORDING.search(sentence) if according_here else None
        short_named = according_here and "(“" in sentence
        document = _ACCORDING_NAMED.search(sentence) if short_named else None
        if document is not None and document.group("short") in self._acronyms:
            according = document  # the document's issuer, below
        if according is not None:
            # `according to the Overstay Report`: the short name of a document named with its
            # issuer's acronym before (`_DOCUMENT_SHORT_NAME`), the issuer's.
            short = according.group("short") if according is document else according.group("np")
            short = short[4:] if short.startswith("the ") else short
            if short in self._acronyms and not short.isupper():
                person = self._resolve(Reference("body", short))
                if person is not None:
                    start = low + according.end()
                    out.append(Found(start, _trim_end(paragraph, start, high), "indirect", person))
                    return out
        if according is None and "Per " in sentence[:8]:
            according = _PER.match(sentence)  # `Per NPS: …` (ANNOTATING.md, "Hard cases")
        elif according is not None and according.start() > 20:
            after = _ACCORDING_AFTER.search(sentence, according.start() - 2)
            if (
                after is not None
                and after.start() == according.start() - 2
                and _APPOSITION_ONLY.match(sentence, according.end())
            ):
                # `A, according to X, director of Y.`: the comma after X opens X's apposition,
                # not the report, which is A before it (`_ACCORDING_AFTER`, below); not `…,
                # according to CBO, the bulk of which …` (a clause: the report after the comma).
                according = None
        if (
            according is not None
            and according.start() > 20
            and sentence[according.start() - 2 : according.start()] == ", "
            and _ACCORDING_THEN_OWN.match(sentence, according.end())
        ):
            # `A, according to CNN, as President Trump fulfills his promise …`: the report is A,
            # before the attribution; what follows is the reporter's own clause.
            person = self._resolve(_np_reference(_document_issuer(according.group("np"))))
            if person is not None:
                start = low + len(sentence) - len(sentence.lstrip())
                end = _trim_end(paragraph, start, low + according.start() - 2)
                out.append(Found(start, end, "indirect", person))
                return out
            according = None
        if according is not None:
            person = self._resolve(_np_reference(_document_issuer(according.group("np"))))
            if person is not None:
                start = low + according.end()
                out.append(Found(start, _trim_end(paragraph, start, high), "indirect", person))
                return out
        # The attributions that end a report (`_NP_SAID_END`, `_ACCORDING_AFTER`) follow a
        # comma: a sentence without one is not tested for them.
        comma = "," in sentence
        ends_said = comma and (
            sentence.rstrip().endswith(_SAID_ENDINGS)
            or bool(
                _SAID_TAIL.search(sentence, max(0, len(sentence) - 96))
                or (", " in sentence and _SAID_PARTICIPLE.search(sentence))
                # `…, said Ned Price, a State Department spokesman.`
                or sentence.find(", said ", max(0, len(sentence) - 140)) >= 0
                # `…, writes X in today’s Y — describing how …`: a writer's column
                or sentence.find(", writes ", max(0, len(sentence) - 360)) >= 0
                or sentence.find(", wrote ", max(0, len(sentence) - 360)) >= 0
            )
        )
        marked = _marks_opening(marks, low, high) if comma else []
        position = 0
        if (
            (ends_said or (comma and according_here))
            and (
                not marked
                # A phrase in marks inside the report (`is “seriously considering” …, CEO X said`),
                # not a quotation that opens the sentence.
                or all(sentence[: mark[0] - low].strip() for mark in marked)
            )
        ):
            ending = _NP_SAID_END.search(sentence)
            if ending is None:
                ending = _ACCORDING_AFTER.search(sentence)
                if ending is not None and _CLAUSE_NOT_NAME.match(ending.group("np")):
                    # `Lael Brainard, the director of …, said that A.`: what follows `, said` is
                    # the report (a clause), the name before it its subject, no report before it.
                    ending = None
            if (
                ending is not None
                and marked
                and any(mark[3] >= low + ending.start() - 1 for mark in marked)
            ):
                ending = None  # `“…,” X said.`: a direct quote's attribution
            if ending is not None and sentence[: ending.start()].endswith(("”", '"', "»")):
                # `“… Maybe someone helped them”, X told the BBC.` (the comma after the closing
                # mark, the opening mark in a sentence before): a direct quote's attribution
                ending = None
            if ending is not None:
                reference = _np_reference(_document_issuer(ending.group("np")))
                if reference is not None and reference.kind == "name" and not reference.role:
                    reference = _with_role(reference, ending)
                person = (
                    # (the report before the attribution may name the body: `NOAA scientists
                    # expect A, the agency said.`)
                    self._kind_before(
                        reference.text,
                        paragraph[max(0, low - 2000) : low],
                        sentence[: ending.start()],
                    )
                    if reference is not None
                    and reference.kind == "body"
                    and reference.text.islower()
                    else None
                ) or self._resolve(reference)
                if person is not None and (
                    ending.start() > 20 or _SHORT_REPORT.fullmatch(sentence, 0, ending.start())
                ):
                    start = _after_note(paragraph, low, low + ending.start())
                    if start < 80:
                        # `WASHINGTON (AP) — A, X said.`: the dateline is no part of the report
                        start = max(start, dateline_end(paragraph))
                    if sentence.startswith(", as ", ending.start()):
                        lead = _AS_SAID_END_LEAD.match(paragraph, start)
                        if lead is not None:
                            # `And A, as X said.`, `Third, A, as CEO X said.`: the one speaking's
                            # link or point's number is no part of A, as in `_as_said_end`
                            start = lead.end()
                    out.append(Found(start, low + ending.start(), "indirect", person))
                    if "close" not in ending.re.groupindex or ending.group("close").startswith("."):
                        return out
                    # `…, CEO X said in January, adding that …`: the participle's quote too.
                    position = ending.end()
        if not out and ", as " in sentence:
            as_end = self._as_said_end(paragraph, low, sentence, verbs)
            if as_end is not None:
                out.append(as_end)
                return out
        # Whether an `as` stands before a verb, from the sentence's first (found once: a test
        # per verb over all the words before it grew with the sentence's square).
        opens_with_as: bool | None = None
        first_as = -1
        # (`_AS_SAID_AFTER` needs a comma or a colon after the verb: the sentence is asked once)
        may_follow = comma or ":" in sentence
        for verb_start, verb_end, verb in verbs:
            if verb_start < position:
                continue
            position = verb_end
            known = contents.get((low, high, verb_end, verb)) if contents is not None else None
            if known is not None:
                content, self._colon_sayer = known  # (as `_content_start` would have left it)
            else:
                content = self._content_start(sentence, verb_end, verb)
            as_said = None
            if verb == "you heard from":
                # `you heard from the President clearly that A`: the one heard from, then `that`,
                # `saying` or `say` (no comma needed)
                as_said = _HEARD_FROM_SOURCE.match(sentence, verb_end + 1)
                heard_that = (
                    _HEARD_FROM_THAT.match(sentence, as_said.end()) if as_said is not None else None
                )
                if heard_that is None or "(inaudible)" in sentence[heard_that.end() :]:
                    # (`we’ve heard directly from the Israelis that this is (inaudible)`: lost)
                    as_said = content = None
                else:
                    content = heard_that.end()
                    filler = _SPOKEN_FILLER.match(sentence, content)
                    if filler is not None:
                        content = filler.end()  # (`say very clearly, look, A`: the filler)
            elif content is None and may_follow:
                if verb in _AS_SAID_VERBS and opens_with_as is None:
                    # (a turn's label is blanked to spaces: `VICE PRESIDENT HARRIS: As the
                    # President said, …` begins its sentence after them)
                    opens_with_as = sentence.lstrip().startswith("As ")
                    first_as = sentence.find("as ")
                heard = (
                    verb in _HEARD_SAY
                    and "heard " in sentence[max(0, verb_start - 80) : verb_start]
                )
                if verb == "heard from":
                    # `as you heard from Secretary Blinken earlier today, A`: the one heard from
                    as_said = _HEARD_FROM_SOURCE.match(sentence, verb_end + 1)
                elif (
                    verb in _AS_SAID_VERBS
                    and not heard
                    and (opens_with_as or 0 <= first_as <= verb_start - 3)
                ):
                    # `As the President has said, we will stay …`: the clause after the comma.
                    as_said = _AS_SAID_BEFORE.search(sentence, max(0, verb_start - 200), verb_start)
                elif heard:
                    # `As you heard him say, A`: the clause after the comma, the one heard's.
                    as_said = _AS_HEARD.search(sentence, max(0, verb_start - 100), verb_start)
                after = (
                    None
                    if as_said is None
                    else (_AS_ARGUED_AFTER if verb in _AS_ARGUED_VERBS else _AS_SAID_AFTER).match(
                        sentence, verb_end
                    )
                )
                if (
                    after is None
                    or _PARTICIPLE_OPENS.match(sentence, after.end())
                    or (
                        verb == "heard from" and not _HEARD_FROM_CLAUSE.match(sentence, after.end())
                    )
                ):
                    as_said = None  # `As X said, launching the plan, “…”`: not a clause
                else:
                    content = after.end()
                    chained = (
                        _AS_SAID_CHAIN.match(sentence, content)
                        if sentence.startswith("as ", content)
                        else None
                    )
                    if chained is not None:
                        # `as he said last night, as he said this morning, A`: the second aside
                        # is no part of the report, A the first source's
                        content = chained.end()
                    opening = as_said.groupdict().get("lead") if as_said is not None else None
                    if chained is None and sentence.startswith(("as I ", "as we "), content):
                        # `— as the President said, as I am saying now — for …`: the speaker's
                        # own second aside, no chain reads, then the sentence's own words after
                        # it (enrecall round); `as the variant spreads, A` is a clause of the
                        # report, kept
                        as_said, content = None, None
                    elif opening and not _lead_clause(sentence, verb_end, content):
                        as_said, content = None, None
                    elif sentence.startswith("that, ", content):
                        # `as he said before, that, you know, A`: the conjunction said before a
                        # filler is no part of the report (`that is …` is its subject, kept)
                        content += 6
                    filler = (
                        _SPOKEN_FILLER.match(sentence, content) if content is not None else None
                    )
                    if filler is not None:
                        # `as Dr. Jha said, you know, this is …`: the speaker's filler, no part
                        # of the report
                        content = filler.end()
            if content is None and verb in _CLEFT_VERBS and sentence.startswith(" ", verb_end):
                # (the words after the verb first: `was` or `is` follows few verbs of saying)
                after = _CLEFT_REST.match(sentence, verb_end)
                cleft = (
                    _CLEFT_HEAD.search(sentence, max(0, verb_start - 100), verb_start)
                    if after is not None
                    else None
                )
                if (
                    cleft is not None
                    and after is not None
                    and after.group().rstrip(" ,").endswith((" was", " is"))
                    and sentence[after.end() : after.end() + 1].isupper()
                    and cleft.group("np") in ("he", "she")
                    and not self._one_president()
                ):
                    # `What he said was Putin was …` in a text of two Presidents: `he` may be
                    # either (read as before: no report)
                    cleft = None
                if cleft is not None and after is not None:
                    self._cleft(paragraph, sentence, (low, high), cleft, after.end(), out)
                    position = len(sentence)
                    continue
            if content is None and comma and verb in _INNER_VERBS:
                content = _inner_content(sentence, verb_start, verb_end)
            if content is None:
                if verb.startswith("announc"):  # (what a body does with a noun phrase)
                    self._body_spoke(sentence[max(0, verb_start - 200) : verb_start], verb)
                continue
            tail = sentence[max(0, verb_start - 200) : verb_start]
            if as_said is None and self._unplain_long_aside(sentence, verb_end, content, tail):
                continue
            if (
                "If " in tail
                and not sentence.rstrip().endswith("?")
                and _IF_OPENING.fullmatch(sentence, 0, verb_start) is not None
            ):
                continue  # `If he said he’d be there, he’d be there.`: a condition, no report
            if verb in _PARTICIPLES and tail.endswith(_NOUN_DETERMINERS):
                continue  # `send a warning to the Houthis that …`: a noun, no participle
            if (
                verb in _BEEN_CLEAR
                and content == verb_end + 1
                and not self._one_president()
                and _PRONOUN_BEFORE.search(tail, max(0, len(tail) - 30))
            ):
                continue  # `he’s been very clear he’s …` in a text of two Presidents: which, unsaid
            if as_said is not None:
                last = self.book.last_subject
                reference = _np_reference(as_said.group("np"))
                if (
                    reference is not None
                    and reference.kind == "title"
                    and ("—" in as_said.group("np") or "–" in as_said.group("np"))
                ):
                    reference = None  # `as the President — former President said`: corrected
                if as_said.groupdict().get("lead") and not self._lead_source(
                    reference, as_said.group("np"), sentence
                ):
                    continue  # (read without resolving it: no later reference changes)
                person = self._resolve(reference)
                later = None
                if person is None:
                    person = later = self._president_named_later(reference)
                if (
                    as_said.group()[:1] in "—– "
                    and person is not later  # (the one President the text names: plain)
                    and not self._plain_as_source(reference, person, sentence)
                ):
                    person = None
                if as_said.group()[:1] in "—–":
                    # X in an aside of a sentence begun again is no subject of the talk: a
                    # later `he` still names the one it named (`it’s — as Justin said, …. And
                    # he revealed that …`: the President spoken of).
                    self.book.last_subject = last
                spoken = _SPOKEN_QUOTE.match(sentence, content, content + 20) or (
                    _SPOKEN_QUOTE_LATER.match(sentence, content, content + 100)
                    if "quote" in sentence
                    else None
                )
                if person is not None and spoken is not None:
                    # `As X said, and I quote, “…”`: the words in marks, X's direct quote (the
                    # whole quotation, past the sentence its first stop ends)
                    opened = _marks_opening(marks, low + spoken.end() - 1, low + spoken.end())
                    if opened:
                        out.append(Found(opened[0][1], opened[0][2], "direct", person))
                        position = max(position, opened[0][3] - low)
                elif person is not None:
                    start = low + content
                    cut = _cut_at(sentence, content)
                    # (`…, in the battle for the soul of our nation “we must all enlist ….” The
                    # Summit will …`: a closing mark that ends a sentence ends the report)
                    closed = _CLOSED_SENTENCE.search(sentence, content)
                    if closed is not None and (cut is None or closed.start() < cut):
                        cut = closed.start()
                    stop = cut if cut is not None else len(sentence)
                    if not person.body:
                        stop = _before_reporter_clause(sentence, content, stop)
                    end = _trim_end(paragraph, start, low + stop)
                    if end - start >= 8:
                        out.append(Found(start, end, "indirect", person))
                        position = max(position, stop)
                continue
            if verb == "ruling" and not tail.endswith(", "):
                continue  # `the ruling that …`: a noun; a court's participle follows a comma
            if verb == "assured" and tail.rstrip().lower().endswith("rest"):
                continue  # `Rest assured that …`: an imperative, no source
            if verb == "say" and _WILL_SAY.search(tail, max(0, len(tail) - 24)):
                continue  # `The President will say that …`: what is not said yet, no report
            if _WHAT_SAID.search(tail, max(0, len(tail) - 16)):
                continue  # `He did what he said he’d do.`: the thing said, no report
            if (
                "hat " in tail[-90:]
                and _RELATIVE_SAID.search(tail, max(0, len(tail) - 90))
                and not _RELATIVE_SAID_NOT.match(sentence, verb_end)
            ):
                continue  # `something that he said he will do`: a relative clause, no report
            if (" I " in tail[-40:] or "both " in tail[-30:]) and _WITH_ME.search(
                tail, max(0, len(tail) - 40)
            ):
                continue  # `President Biden and I have agreed that …`: two people, no quote
            # A participle (`, noting that`) has the subject of the verb before it.
            reference = _subject_before(self._past_just(tail)) if verb not in _PARTICIPLES else None
            if (
                reference is None
                and self._colon_sayer is not None
                and self._colon_sayer[0] == verb_end
                and ":" in sentence[verb_end:content]
            ):
                # (`the President went out and said …: A`: the sayer `_content_start` read)
                reference = _np_reference(self._colon_sayer[1])
            if (
                reference is None
                and verb in _HEARD_SAY
                and tail.endswith(("him ", "her "))
                and (
                    _HEARD_CLAUSE.match(sentence, verb_end)
                    # (`You heard him say that if …`, `heard her say yesterday that A`: `that` and
                    # the time before it, any clause after it)
                    or (
                        sentence.endswith(("that ", "that, "), verb_end, content)
                        and not _HEARD_THAT_NOT.match(sentence, content)
                    )
                )
            ):
                heard_him = _HEARD_HIM.search(tail, max(0, len(tail) - 60))
                if heard_him is not None:
                    # `You heard him say he wants to …`: the one heard, whom `him` names as `he`
                    reference = parse_phrase(heard_him.group("pronoun"))
            person = None
            speaker_before = _speaker_before(tail, verb)
            if speaker_before is not None:
                # `X is announcing that …`, `…, X, who announced that …` (English only).
                reference = speaker_before
            if (
                reference is not None
                and not _plainly_named(reference, tail, self._one_president)
                and not (verb in _MADE_IT_CLEAR and reference.text in _HE_SHE)
                and (verb in _MADE_IT_CLEAR or _TIME_BEFORE.search(tail, max(0, len(tail) - 48)))
            ):
                # (`made it clear`, `has always said`: a transcript's forms, read after a name or
                # a title only; its pronouns and bodies met in passing name no one plainly)
                continue
            if verb in _MENTIONED and reference is not None and reference.kind == "pronoun":
                # (`And on Leader McConnell, he mentioned that …`: a question's or a turn's `he`
                # may be anyone talked of; `mentioned` is read after a name, a title or `you`)
                continue
            named = (
                self._named_saying(sentence, verb_start, verb_end, tail)
                if verb == "saying" and reference is None
                else None
            )
            if named is not None:
                person = named
            elif reference is None and verb in _PARTICIPLES and not re.search(r",\s*\Z", tail):
                # `X opened the meeting with remarks noting …`: the sentence's subject (not
                # inside a quotation: `“… saying that when …”` is the speaker's own words).
                if _PROGRESSIVE.search(tail, max(0, len(tail) - 30)) is not None:
                    # `Today, he and Vice President Harris are announcing that …`: the verb's own
                    # subject, before its auxiliary (`_speaker_before`), named no one source.
                    continue
                inside = low + verb_start in in_marks
                person = None if inside else self._current_subject()
                if person is None:
                    continue
            elif (
                reference is None
                and self._asking
                and (self._asked is not None or self._answer_label)
                and _YOU_BEFORE.search(tail) is not None
                and _ASKS_YOU.search(tail) is None
            ):
                # A question's `you said that …` reports the one asked: the one its opening
                # words name (`Q President Zelenskyy, …`), else who answered the turn before it
                # (`THE PRESIDENT:`, `MS. JEAN-PIERRE:`), when the text names them.
                person = self._asked or self._answerer()
                if person is None:
                    continue
            elif reference is None:
                # `… and underscored that`, `…, noted all members …`: a verb joined to the
                # one before has its subject; `“…,” Rubio said, adding that …`: the speaker
                # of the quote before.
                if verb_start < 32 and sentence.startswith("The "):
                    # `The company said …`: the company named before (English only).
                    person = self._kind_named(
                        sentence, verb_start, paragraph[max(0, low - 2000) : low]
                    )
                elif "compan" in tail or "firm" in tail:
                    kind = _KIND_WORDS.search(tail)
                    if kind is not None:
                        # `In a statement, the company said …`: the company named before.
                        person = self._kind_before(
                            kind.group("words"), paragraph[max(0, low - 2000) : low]
                        )
                if person is None and _JOINED_VERB_BEFORE.search(tail, max(0, len(tail) - 24)):
                    person = (
                        out[-1].speaker
                        if out
                        else self._quoted_before(tail) or self._current_subject()
                    )
                if person is None:
                    continue
            elif (
                reference.kind == "body"
                and reference.text.islower()
                and reference.text not in BARE_DOCUMENTS  # (`the report argues`: its issuer)
                and not self._known(reference)
                and not self._body_met(reference.text)
            ):
                person = (
                    self._kind_named(sentence, verb_start, paragraph[max(0, low - 2000) : low])
                    if verb_start < 32 and sentence.startswith("The ")
                    else None
                )
                kind = _KIND_WORDS.search(tail) if person is None else None
                if kind is not None:
                    # `The ministry said …`, `In a statement, the defence ministry said …`: the
                    # ministry named before in full.
                    person = self._kind_before(
                        kind.group("words"), paragraph[max(0, low - 2000) : low]
                    )
                if person is None:
                    continue
            else:
                person = None
                if (
                    reference.kind == "body"
                    and reference.text.islower()
                    and reference.text.rsplit(" ", 1)[-1] in _NAMED_KINDS
                    and (kind := _KIND_WORDS.search(tail)) is not None
                ):
                    # `The agency said …` after an agency spoke: the latest agency named
                    # before, not the one met first (`the EPA`, then `the Federal Aviation
                    # Administration`).
                    person = self._kind_before(
                        kind.group("words"), paragraph[max(0, low - 2000) : low]
                    )
                person = person or self._resolve(reference)
                if person is None and not _THAT_PRESIDENT.search(tail, max(0, len(tail) - 40)):
                    # `MR. KIRBY: The President made clear that A` before the text names its one
                    # President: him, as in `As the President said, A` (`_president_named_later`);
                    # not in a relative clause, a correction, a former one (`_THAT_PRESIDENT`)
                    person = self._president_named_later(reference)
                if person is not None and reference.kind == "title":
                    # `The President told President Xi that …`: the one told is not the one
                    # speaking; the title names the other person given it.
                    other = self.book.other_holder(
                        reference.text, person, sentence[verb_end:content]
                    )
                    if other is not None:
                        person = self.book.last_subject = other
            if person is None:
                continue
            content = _past_false_start(sentence, content)
            start = low + content
            cut_at: int | None = None  # (where the reporter's own clause begins, if it does)
            cut = _cut_at(sentence, content)
            end = low + cut if cut is not None else high
            another = _OTHER_SAYING.search(sentence, content, end - low)
            if another is not None:
                end = low + another.start()
            again = _COMMA_SAID.search(sentence, content, end - low)
            if again is not None:
                end = low + again.start()
            dash = _DASH_SAID.search(sentence, content, end - low)
            if dash is not None:
                end = low + dash.start()
                if len(sentence[content : dash.start()].split()) <= 3:
                    position = max(position, dash.start())
                    continue  # (a false start: the sentence begun again is the report)
            end = low + _before_main_question(sentence, verb_start, content, end - low)
            end = low + _before_main_clause(sentence, content, end - low)
            end = low + _before_joined_act(sentence, tail, verb, content, end - low)
            if not person.body:
                own = _before_reporter_clause(sentence, content, end - low)
                if low + own < end:
                    end = low + own
                    cut_at = own
            if not self._transcript:
                end = low + _before_dash_aside(sentence, content, end - low)
                end = _before_dash_participle(paragraph, start, end)
            end = _trim_end(paragraph, start, end)
            if end - start < 8:
                continue
            if out:
                previous = out[-1]
                if previous.end > verb_start + low:
                    previous.end = _trim_end(
                        paragraph, previous.start, low + _clause_end(sentence, verb_start)
                    )
            out.append(Found(start, end, "indirect", person))
            reached = cut_at if cut_at is not None else dash.start() if dash is not None else None
            if reached is None and again is not None:
                reached = again.start()  # (the same source's next report is read after it)
            reached = reached if reached is not None else cut if cut is not None else len(sentence)
            position = max(position, reached)
        # Quote marks spanning a whole reported clause make it direct, not indirect.
        kept: list[Found] = []
        for quote in out:
            if quote.kind == "direct":  # (`As X said, and I quote, “…”`: the marks' words already)
                kept.append(quote)
                continue
            wholly = _that_quotation(paragraph, quote, marks)
            if wholly is not None:
                kept.extend(wholly)
                continue
            kept.append(quote)
        return kept

    def _cleft(
        self,
        paragraph: str,
        sentence: str,
        bounds: tuple[int, int],
        cleft: re.Match[str],
        content: int,
        out: list[Found],
    ) -> None:
        """`What he said was that A` (`cleft` the words before the verb, A from `content`):
        A, the source's, to the end of its report."""
        low, high = bounds
        person = self._resolve(_np_reference(cleft.group("np")))
        if person is None:
            return
        start = low + content
        cut = _cut_at(sentence, content)
        end = _trim_end(paragraph, start, low + cut if cut is not None else high)
        if end - start >= 8:
            out.append(Found(start, end, "indirect", person))

    def _content_start(self, sentence: str, verb_end: int, verb: str) -> int | None:
        """Where the reported content begins after the speech verb `verb` (ending at
        `verb_end`), or None when none follows. It reads the sentence alone, and of what the
        text read so far tells only `_one_president`: so another process can answer it ahead
        (`finder.contents`; a test of the development texts holds the two to the same)."""
        self._colon_sayer = None
        if verb in _ESTIMATE_VERBS:
            # `X estimates the cost of the bill to be $40 billion`: the object and its `to be`
            # are the content, as `estimates that the cost … is` (ANNOTATING.md, "Sixty-third
            # folder"); `estimate` itself is read so only (the noun is far commoner)
            estimated = _estimated_object(sentence, verb_end, verb)
            if estimated is not None or verb == "estimate":
                return estimated
        if verb not in _LONG_SAID:  # (`said`, most verbs, neither of the two: one test)
            if verb in _ASKED_NOT_SAID and sentence.rstrip().endswith("?"):
                return None  # `So, has the White House determined that A?`: asked, not reported
            if sentence.endswith(" long ", 0, verb_end - len(verb)):
                return None  # `has long recognized that A`: a view held, no report (ANNOTATING.md)
        rest = sentence[verb_end : verb_end + 120]
        if verb == "states" and rest.startswith(" that ") and _STATES_THAT_VERB.match(rest):
            # `Equipping states that have their own licensing systems …`, `other Pacific states
            # that are at risk`: the plural noun and its relative clause (a verb right after
            # `that`, no subject), no report.
            return None
        words = _plain_words(rest)
        if (
            words is not None
            and ":" not in rest
            and " that" not in rest
            and not words[0].startswith("this")
            and verb not in _DEED_VERBS
            and verb != "expressed"
        ):
            # Two plain words after the verb, no colon, `this` nor `that` (`said growth abroad
            # …`, most verbs in running text): none of the tests below, up to the clause
            # without `that`, reads such a rest (an aside's `, and I quote` and the filler's
            # `, you know,` open with a comma, the colons' readings and `that`'s need theirs).
            return self._content_without_that(sentence, rest, verb_end, verb, words)
        if (
            rest.startswith(" that")
            and _THAT_DEMONSTRATIVE.match(rest)
            and "quote" not in rest[:24]  # (`said that, and I quote, “…”`: a spoken aside)
        ):
            # `He said that, and I take him at his word.`: `that` the thing said, no clause
            return None
        if "quote" in rest[:16]:
            aside = _SPOKEN_ASIDE.match(rest)
            if aside is not None:
                if _WORD_THEN_MARKS.match(rest, aside.end()):
                    return None  # (`said, and I quote, nothing “…”`: the words in marks only)
                return self._content_start(sentence, verb_end + aside.end(), verb)
        if (
            rest.startswith(_SAID_FILLER)
            and verb in ("said", "says")
            and _AS_BEFORE_VERB.search(sentence, max(0, verb_end - 90), verb_end - len(verb))
            is None
        ):
            # `he said, you know, he is …`: the clause after the filler, read as after `said`
            return self._content_start(sentence, verb_end + len(_SAID_FILLER) - 1, verb)
        if verb in _CLEAR_VERBS and rest[:2].lstrip()[:1] == ":":
            colon = _CLEAR_COLON.match(rest)
            if colon is None or sentence.endswith(_PLURAL_HAVE, 0, verb_end - len(verb)):
                return None  # (`President Biden and I have been clear:`: several together)
            return verb_end + colon.end()
        # (the first colon after the verb, found once: the tests below ask where it stands)
        colon_at = rest.find(":")
        if verb == "said" and 0 <= colon_at < 30:
            colon = _SAID_THIS_COLON.match(rest)
            if colon is not None:
                if _SAID_THIS_BEFORE.search(sentence, max(0, verb_end - 120), verb_end - 4):
                    return None  # (`I have said this, the Office has said this: A`: together)
                return verb_end + colon.end()
        said_when = (  # (its match is followed by a colon)
            _WHEN_BEFORE_COLON.match(rest) if verb in _COLON_VERBS and colon_at >= 0 else None
        )
        if (
            said_when is not None
            and _WHAT_X_SAID.search(
                sentence, max(0, verb_end - len(verb) - 50), verb_end - len(verb)
            )
            and not sentence.rstrip().endswith("?")  # (`following up on what you said: How …?`)
        ):
            # `reiterate what Karine said: He wants to see …`, `point you back to what the
            # President said: They had …`, `what Speaker Pelosi said earlier today: A`: what was
            # said named, then said after the colon, like `said this: A` (not marks: a direct
            # quote's lead-in).
            colon = _CLEAR_COLON.match(rest, said_when.end())
            if colon is not None:
                return verb_end + colon.end()
        if (
            verb in _COLON_VERBS
            and "which is that" in rest[:40]
            and not sentence.rstrip().endswith("?")
            and _WHAT_X_SAID.search(
                sentence, max(0, verb_end - len(verb) - 50), verb_end - len(verb)
            )
        ):
            which = _WHICH_IS_THAT.match(rest)
            if which is not None:
                return verb_end + which.end()
        if (
            verb in _SAID_COLON_VERBS
            and 0 <= colon_at < 50
            and not sentence.rstrip().endswith("?")
            and (verb != "told" or rest.startswith(" us"))
        ):
            colon = _SAID_WHEN_COLON.match(rest, 3 if verb == "told" else 0)
            sayer = (
                _SAYER_BEFORE.search(sentence, max(0, verb_end - 80), verb_end - len(verb))
                if colon is not None
                else None
            )
            if (
                colon is not None
                and sayer is not None
                # (`the President` of a text of several may be any of them)
                and (self._one_president() or sayer.group("np").lower() != "the president")
                and not (
                    # (`And he said: A` in a speech retells a talk as often: a pronoun's plain
                    # `said` is read with its perfect only, `he has said: A`, `he’s also said: A`)
                    verb == "said"
                    and sayer.group("np").lower() in ("he", "she")
                    and _PERFECT.search(sayer.group()) is None
                )
            ):
                # `the President went out and said to the world: A`: A, like `said this: A`
                self._colon_sayer = (verb_end, sayer.group("np"))
                return verb_end + colon.end()
        if verb in _DEED_VERBS and (
            not rest.startswith((" that ", " that,"))
            or sentence.rstrip().endswith("?")
            or _BE_BEFORE.search(sentence, max(0, verb_end - len(verb) - 30), verb_end - len(verb))
        ):
            # `has committed that …` only: not `is (firmly) committed to … that`, `was advised
            # that` (the one advised), nor a question's `is the President committed that …?`
            return None
        if rest.startswith((" this ", " that ")) and _SAID_THAT_ADVERBS.match(rest):
            return None  # `has said that multiple times.`: `that` the thing said, no clause
        if rest.startswith(" this") and _SAID_THIS_OBJECT.match(rest):
            return None  # `wrote this when he knew …`: `this` the thing said (extras2 round)
        if " that" not in rest:
            that = None
        elif verb in _OBJECT_VERBS or verb in _PHRASAL_VERBS:
            that = _OBJECT_THAT.match(rest)  # `told reporters that`, `made clear that`
        else:
            that = _THAT.match(rest)  # `said that`, `said on Tuesday that`
            if that is None and verb in ("warned", "warns") and " that" in rest:
                that = _WARNED_THAT.match(rest)  # `warned the companies that …`
        if verb == "expressed":
            return _expressed_content(rest, verb_end)
        if verb in _CONVEYED and that is None and " that" in rest:
            stance = _CONVEYED_STANCE.match(rest)  # `conveyed his hope that A`
            if stance is not None:
                return verb_end + stance.end() + 1
        if (
            that is not None
            and " to " in rest[1 : that.end()]
            and _TO_BEFORE_THAT.search(rest, 1, that.end())
        ):
            # `is announcing today several steps to ensure that …`: the `that` of another verb.
            that = None
        if that is not None:
            if rest.endswith("that ", 0, that.end()) and _THAT_OBJECT.match(rest, that.end()):
                return None
            if verb in _PASSED_ON and rest.startswith((" that with ", " that to "), 0):
                return None  # `whether the President shared that with the Prime Minister`
            if _that_then_quoted(rest, that.end()):
                return None
            if _THAT_SUBJECT.match(rest, that.end()):
                if len(rest[: rest.rindex("that", 0, that.end())].split()) >= 3:
                    # `laid out a capital investment in America that will meet …`: a noun and
                    # its relative clause, no report
                    return None
                # `says that will allow workers to …`: `that` is the clause's subject.
                return verb_end + rest.rindex("that", 0, that.end())
            content = _past_dash(rest, that.end())
            if rest.endswith(" not that ", 0, that.end()):
                # `said in his speech not that A but that B`: what was said is B.
                but = _BUT_THAT.search(sentence, verb_end + content, verb_end + content + 300)
                if but is None:
                    return None
                return but.end()
            if verb in _MENTIONED and _NO_CLAUSE_START.match(rest, content):
                # `mentioned that phrase today`, `mentioned that as well`: `that` a determiner
                # or the thing mentioned, no clause after it.
                return None
            if verb in _DEED_VERBS and _TIME_NOUN.match(rest, content):
                return None  # `the crimes they committed that year`: a time, no clause
            return verb_end + content
        return self._content_without_that(sentence, rest, verb_end, verb, words)

    def _content_without_that(
        self, sentence: str, rest: str, verb_end: int, verb: str, words: tuple[str, str] | None
    ) -> int | None:
        """`_content_start` once no colon, aside nor `that` after the verb opened the content:
        a clause without `that` (`said she …`, `said Monday the …`, `told Reuters the …`,
        `said inflation would …`), or None. `rest`: the sentence after the verb, `words` its
        two plain words (`_plain_words`)."""
        # (the tests below that open with a word of their own are asked only where the first
        # plain word is one, or where there is none; `_plain_no_clause` below)
        first = words[0] if words is not None else None
        if (
            (first is None or first in _SUBJECT_PRONOUN_WORDS)
            and _SUBJECT_PRONOUN.match(rest)
            and verb not in _OBJECT_VERBS
        ):
            return verb_end + 1  # `said she thanked him`, `saying he will …`
        if verb in _BEEN_CLEAR and _contracted(rest[1:].split(" ", 1)[0].lower()):
            # `has always been very clear he’s going to …`: a clause without `that` whose
            # subject and auxiliary are one word (`been very clear about …` has none)
            return verb_end + 1
        if rest.startswith(" it ") and verb not in _OBJECT_VERBS and _IT_PRESENT.match(rest):
            return verb_end + 1  # `said it represents a …` (not `said it again`)
        if verb in _LISTENER_VERBS or verb in _OBJECT_VERBS:
            # `told Reuters on Tuesday the plan would …`, `warned lawmakers the state could …`,
            # `reminded reporters the deadline was Friday`: after the one told and its time
            told = self._told_clause(rest, verb_end, verb in _OBJECT_VERBS)
            if told is not None or verb in _OBJECT_VERBS:
                return told
        when = (
            _WHEN_AFTER_VERB.match(rest)
            if verb in _NO_THAT
            and rest[1:2] in _WHEN_AFTER_VERB_LETTERS
            and (first is None or first in _WHEN_AFTER_VERB_WORDS)
            else None
        )
        if when is not None:
            # `said late Monday it was reviewing …`, `announced Thursday the city will …`: the
            # time of saying, then a clause (after a time, `it` is its subject too).
            if _TIME_SUBJECT.match(rest, when.end()):
                return verb_end + when.end() + 1
            timed = self._clause(rest[when.end() :], verb_end + when.end())
            if timed is None and _said_clause(rest[when.end() :], verb in _LOOSE_SAY):
                return verb_end + when.end() + 1  # `said yesterday talks failed`
            return timed
        if verb not in _NO_THAT:
            if verb in ("reaffirmed", "affirmed") or verb in _PARTICIPLES:
                # `remarks noting progress on ports and that shortages …`
                joined = _joined_that(rest)
                if joined is not None:
                    return verb_end + joined
            if verb in _PARTICIPLES:
                # `while acknowledging the international community must address …`: a
                # participle with a clause of its own (its verb read as for `emphasized`).
                clause = self._clause(rest, verb_end, True)
                if (
                    clause is None
                    and verb in _SAYING_PARTICIPLES
                    and _said_clause(rest, verb == "saying")
                ):
                    # `…, saying allies were ready to …`, `…, arguing the costs rose …`: a
                    # participle of saying itself reads a clause as `said` does.
                    return verb_end + 1
                return clause
            return None
        if rest[1:3] == "it" and _IT_OBJECT.match(rest):  # (the slice: a cheap first test)
            return None  # `the president says it — I’m going to pull out his statement — …`
        # (two plain words after the verb that open no clause of the three readings below:
        # most of what follows `said`, each reading's patterns not tried; `_plain_no_clause`)
        if not _plain_no_clause(words, rest):
            plain = self._clause(rest, verb_end, verb not in _CLAUSE_VERBS)
            if plain is not None:
                return plain
            if (
                verb in _SAID_LIKE
                and _said_clause(rest, verb in _LOOSE_SAY)
                and (verb in _SAY or not _ASKED_TO.match(rest))
            ):
                return verb_end + 1
            if verb in _NOTED_LIKE and _noted_clause(rest):
                return verb_end + 1  # `noted prices are already moderating …` (clauses2 round)
        if verb in _SAID_LIKE and rest.startswith((" “", ' "')):
            marked = _MARKED_CLAUSE.match(sentence, verb_end)
            if marked is not None:
                inner = " " + marked.group("inner") + " "
                if self._clause(inner, 0) is not None or _said_clause(inner):
                    return verb_end + 1  # `said “heads do need to roll” inside …`
        joined = _joined_that(sentence[verb_end : verb_end + _JOINED_REACH])
        if joined is not None and _AS_BEFORE_VERB.search(
            sentence, max(0, verb_end - 90), verb_end - len(verb)
        ):
            # (`As X said yesterday, A, and that B`: the `as` is the verb's object, A the
            # report the aside brings in, never a noun phrase joined to a clause; assaid round)
            return None
        if joined is not None:
            # `reiterated the interests of … and that the United States stands …`; read past
            # `rest`'s reach, as far as `_JOINED_THAT` looks (`reiterated, in the context of …,
            # the need for the broadest possible consensus, and that B`)
            return verb_end + joined
        return None

    def _told_clause(self, rest: str, verb_end: int, loose: bool) -> int | None:
        """Where the clause after the one told begins (`told Reuters on Tuesday the plan
        would …`: `the plan`), or None: the one told (`_TOLD_WHOM`), at most two phrases of
        time or place (`on Tuesday`, `last week`, `in an interview`, `at a briefing`), then a
        clause. `loose` (a verb that always takes the one told) reads a bare subject's clause
        too (`told reporters cuts were coming`)."""
        whom = _TOLD_WHOM.match(rest)
        if whom is None:
            return None
        told_whom = whom.group()
        if (
            not loose
            and told_whom.startswith(" the ")
            and told_whom[5:6].islower()
            and told_whom[5:] not in _TOLD_BODIES
        ):
            return None  # (`promised the deal the company struck …`: no one told)
        # (after `warned`, a bare subject's clause after the people told: `warned lawmakers cuts
        # would …`; not after a pronoun, `warned her team would …`, nor a name, `warned Iran
        # Israel would …`, read as before)
        loose = loose or (
            told_whom[1:2].islower()
            and told_whom[1:3] not in ("th", "a ", "an")
            and told_whom not in (" me", " us", " him", " her", " them")
        )
        end = whom.end()
        for _ in range(2):
            when = (
                _WHEN_AFTER_VERB.match(rest, end)
                if rest[end + 1 : end + 2] in _WHEN_AFTER_VERB_LETTERS
                else None
            ) or (_TOLD_WHERE.match(rest, end) if rest[end + 1 : end + 2] in "ai" else None)
            if when is None:
                break
            end = when.end()
        if rest.startswith(" that ", end):
            # `promised workers in Warren that the auto industry would …`: the `that` after the
            # place, which the patterns of `that` after the one told leave, opens the clause
            end += 5
        if _SUBJECT_PRONOUN.match(rest, end) or (
            end > whom.end() and _TIME_SUBJECT.match(rest, end)
        ):
            return verb_end + end + 1
        told = self._clause(rest[end:], verb_end + end)
        if told is None and loose and _said_clause(rest[end:], True):
            return verb_end + end + 1
        return told

    @staticmethod
    def _clause(rest: str, after: int, takes_objects: bool = False) -> int | None:
        """Where a clause without `that` begins (`noted the U.S. will …`), or None. A verb
        that `takes_objects` (`emphasized`, `reiterated`) has a noun phrase, not a clause,
        when a `to` comes before the clause's verb would (`emphasized the need for Congress to
        continue …`, `reiterated his commitment to ensuring the Department continues …`); an
        auxiliary after `to` is never a clause's verb."""
        clause = _CLAUSE_TEXT.match(rest)
        if clause is None:
            return None
        stop = clause.end()
        if rest[stop : stop + 1] == "," and rest[stop - 1].isdigit():
            clause = _CLAUSE_TEXT_FIGURES.match(rest) or clause
        text = clause.group("clause")
        first = text.split(" ", 1)[0]
        first_lower = first.lower()  # (asked below again and again)
        if _contracted(first_lower):
            return after + 1  # `said he’s ready`
        if (
            first_lower not in _CLAUSE_START
            and not first[:1].isupper()
            and _COUNTED_SUBJECT.match(text) is None
        ):
            if not takes_objects and first.endswith("ing") and _GERUND_CLAUSE.match(text):
                return after + 1  # `said voting against the Act would be “…”`
            return None  # (decided by the first words: the rest is not split)
        words = text.split(" ")
        if (  # noqa: SIM102
            first_lower in ("the", "a", "an")
            and len(words) > 1
            and words[1].lower()
            in ("importance", "need", "value", "role", "united", "significance")
        ):
            if words[1].lower() != "united":
                return None
        if (
            first_lower in DETERMINERS
            and len(words) > 2
            and (
                words[2].lower() in ("importance", "value", "role", "significance")
                or (words[2].lower() == "need" and not words[1].endswith("s"))
            )
        ):
            return None  # `emphasized the urgent need for …`: a noun phrase
        previous = first_lower
        asked = False
        for index, word in enumerate(words[1:12], 2):
            lower = word.lower().strip(",")
            if (
                word[:1] in '“"‘'
                and word[1:2].islower()
                and previous not in ("he", "she", "they", "we", "it", "i", "you")
            ):
                # (an opening mark before a word of the clause: `declared Democrats “are in …”`,
                # the source's own words begun inside the reported clause; not a capital after
                # it, a quotation of its own, nor after a pronoun, `warned ICE officers they
                # “will …”`, whose clause is the pronoun's)
                lower = lower[1:]
            if (
                not takes_objects
                and lower in _INNER_VERBS
                and previous not in _DETERMINER_WORDS
                and previous != "to"
            ):
                # `said the President noted that …`: a report inside the report, whose
                # span holds the inner source's verb (ANNOTATING.md, "Hard cases").
                return after + 1
            if (
                not takes_objects
                and lower in _FINDING_VERBS
                and previous not in _DETERMINER_WORDS
                and words[index : index + 1] == ["that"]
            ):
                return after + 1  # `said the latest data shows that …`
            if lower in ("that", "which", "who", "whose"):
                return None
            if (
                lower in ("how", "why", "whether")
                and previous in ("of", "on", "into", "about")
                and words[index : index + 1] != ["to"]
            ):
                # `promised a review of how reading is taught`: a noun phrase holding a question,
                # whose verb is the question's, not a clause's (`said the review of how reading is
                # taught was overdue`: the verb after it is)
                asked = True
                previous = lower
                continue
            if lower == "to" and takes_objects:
                if (
                    words[index : index + 1]
                    and words[index].isalpha()
                    and words[index].islower()
                    and words[index + 1 : index + 2]
                    and words[index + 1] in _PLACE_AUX
                ):
                    # `explained the path to recovery will only be …`: `to` and its noun in the
                    # subject, the clause's auxiliary right after (clauses2 round; not `the need
                    # to act`, whose `to` opens a verb)
                    previous = words[index].lower()
                    continue
                return None
            if (
                takes_objects
                and lower in _RELATIVE_DETERMINERS
                and index > 2
                and words[index - 2].isalpha()
                and words[index - 2].islower()
                and previous not in _LINK_WORDS
                and previous not in _DETERMINER_WORDS
            ):
                # `noted the toll the pandemic has taken on …`: a noun with a relative clause
                # without `that`, its auxiliary the relative's (clauses2 round)
                return None
            if _contracted(lower) or (
                lower.endswith(("n’t", "n't")) and lower[:-3].rstrip("’'") in _NEGATED_AUX
            ):
                if asked:
                    asked = False  # (`announced … on how he’s going to …`: the question's verb)
                    previous = lower
                    continue
                # (`said there wasn’t going to be a recession`: a verb's negation)
                return after + 1
            if lower in _AUX and previous != "to":
                if asked:
                    asked = False  # (the question's own verb)
                    previous = lower
                    continue
                if lower in _NOUN_OR_AUX and (
                    previous in _DETERMINER_WORDS
                    or previous.endswith("ing")
                    or previous in _STEADY
                    # `reiterated U.S. support for …`: a noun before `for` or `of`
                    or (index < len(words) and words[index] in ("for", "of"))
                ):
                    # `reiterated our ongoing support for …`, `… and the need to …`: a noun.
                    previous = lower
                    continue
                return after + 1
            previous = lower
        if not takes_objects and _NAME_VERB.match(text):
            return after + 1  # `said ICE brings “…”`, `said the Trump Administration believes …`
        return None

    def _narration_first_person(self) -> bool:
        """Whether the article's narration so far spoke in the first person (`_OWN_VOICE` in a
        paragraph with no verb of saying and no marks): each paragraph is read once, and only
        when a first-person sentence after a report asks."""
        while not self._own_voice and self._narration_read < len(self._narration):
            paragraph = self._narration[self._narration_read]
            self._narration_read += 1
            self._own_voice = _OWN_VOICE.search(paragraph) is not None
        if self._own_voice:
            self._narration.clear()
        return self._own_voice

    def _it_they_carries(
        self, sentence: str, speaker: Person, paragraph: str, report_start: int
    ) -> bool:
        """Whether a sentence opening with `It` or `They` after a report carries it on
        (`_IT_THEY`)."""
        if (
            _any_speech(sentence)
            or _NARRATION.search(sentence)
            or _SPEAKER_OWN.search(sentence)
            or _THEY_DID.match(sentence)
            or _ME.search(sentence)
            or (
                self._transcript
                and (_FIRST_PERSON.search(sentence) or _IT_COMMENT.match(sentence.lstrip()))
            )
            or (not speaker.body and _THIRD_PERSON.search(sentence))
        ):
            return False
        # (the source named again: the narration's; `the President` of a president)
        surname = speaker.name.rsplit(" ", 1)[-1]
        if (len(surname) > 2 and surname in sentence) or (
            "president" in speaker.titles and "President" in sentence
        ):
            return False
        # (a question's report of the one asked, `You said that’s going to be a priority.`: the
        # asker's own words follow)
        before = paragraph[max(0, report_start - 80) : report_start]
        return _YOU_SAID.search(before[max(before.rfind(". "), before.rfind("? ")) + 1 :]) is None

    def _continues(
        self,
        sentence: str,
        speaker: Person,
        paragraph: str,
        low: int,
        high: int,
        marks: list[tuple[int, int, int, int]],
        report_start: int,
    ) -> bool:
        """Whether a sentence after reported speech carries the report on: it speaks in the
        first person (`We are not afraid …`, `my country has …`), or a body that spoke says
        what it will do (`The United States will do so by …`), with no new source and no
        narration; a sentence in the reporter's voice (`The United States has donated …`)
        does not. `sentence` is `paragraph[low:high]`, or empty when its `according to` is
        quoted words; `marks` are the paragraph's parsed quotation marks; `report_start` is where
        the report carried on begins."""
        first = sentence.split(" ", 1)[0].lower()
        if first in _IT_THEY and self._it_they_carries(sentence, speaker, paragraph, report_start):
            return True  # `admits that A. They don’t know where the money is.`
        if first in ("he", "she", "they", "both", "the two", "it"):
            return False
        if _SPEAKER_OWN.search(sentence) or (not speaker.body and _THIRD_PERSON.search(sentence)):
            # `Mrs. Ford once wrote that A. I’m sure if she were with us today, …`, `…
            # (laughs) — we already know …`: the speech's own speaker, speaking of the source
            # or to the room, not the source's words carried on.
            return False
        if _FIGURE_BACK.match(sentence):
            return True  # `That number includes …`: the data reported, carried on
        if _FIRST_PERSON.search(sentence) and self._narration_first_person():
            return False  # `… found that A. We see this evil …` in an op-ed: the author's `we`
        if _NEW_REPORT.search(sentence) or _NARRATION.search(sentence):
            return False
        if _SAME_POINT.match(sentence) and not _any_speech(sentence):
            return True  # `noted that A. For example, …`: the source's point, carried on
        bare = sentence.lstrip().removeprefix("The ")
        if (
            len(speaker.name) > 2
            and bare.startswith(speaker.name)
            and (
                speaker.body
                # (a country by its one name, no title nor role: `Canada announced that …`)
                or (" " not in speaker.name and not speaker.role and not speaker.titles)
            )
            and _BODY_WILL.match(bare, len(speaker.name))
        ):
            return True  # the body's account of what it will do, carried on
        if self._transcript:
            # In a turn the first person is the one speaking (`… he took action against those
            # responsible. And then I went on to talk …`, a question's `I think we all agree`).
            return False
        words = re.findall(r"[\w][\w.'’\-]*", sentence[:60])
        if (
            words
            and words[0] in ("The", "This", "That", "These")
            and len(words) > 1
            and words[1].lower() in TITLE_WORDS
        ):
            return False
        # (the first person or a stance inside marks is the words quoted, not the report's voice:
        # `In conclusion, Law urged …, noting “we must change.”` is the narration's sentence)
        # (read only here: most sentences are decided above)
        outside = _outside_marks(paragraph, low, high, marks) if sentence else sentence
        return _FIRST_PERSON.search(outside) is not None or _STANCE.search(outside) is not None
