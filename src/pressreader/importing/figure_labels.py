"""What a figure counts, read from the words around it (ANNOTATING.md, "Figures"): its label.

A count's label is its unit and the words that carry it on (`181 countries`, `jobs added`);
money and a percentage take the noun after them (`$3.4 billion in loans`) or what the words
before say rose or fell (`the unemployment rate fell to 4.1%`, `Nonfarm payrolls rose by
303,000`), else `Amount for …` and `Share of …` from the words after; a bare number, `the
number of …` before it. A change's subject (`X rose from A to B`) is read here too, for the
change rules. `figures.py` finds the figures and asks here for their labels.
"""

from __future__ import annotations

import re

from pressreader.importing.wordlists import DAYS_AND_MONTHS, alternation, lazy

# Words that end a counted noun phrase.
_STOP = frozenset(
    [
        "of",
        "in",
        "for",
        "to",
        "from",
        "with",
        "by",
        "on",
        "at",
        "as",
        "than",
        "or",
        "and",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "were",
        "was",
        "is",
        "are",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "not",
        "per",
        "across",
        "through",
        "since",
        "during",
        "including",
        "into",
        "over",
        "under",
        "between",
        "among",
        "about",
        "after",
        "before",
        "while",
        "when",
        "where",
        "if",
        "but",
        "so",
        "because",
        "although",
        "though",
        "this",
        # `260,000 jobs last month`, `6.5 million jobs just last year`: the time of the count,
        # not the counted noun's words
        "last",
        "next",
        "just",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "the",
        "a",
        "an",
        "it",
        "they",
        "he",
        "she",
        "we",
        "you",
        "there",
        "here",
        "each",
        "every",
        "all",
        "both",
        "made",
        "received",
        "got",
        "went",
        "came",
        "took",
        "gave",
        "said",
        "says",
        "percent",
    ]
)

# Money named by a word after the number: its unit is the currency's symbol (ANNOTATING.md).
_CURRENCY_WORDS = {
    **{"dollars": "$", "dollar": "$", "euros": "€", "euro": "€", "yuan": "¥", "yen": "¥"},
    **{"rupees": "₹"},
}

_TIME_UNITS = frozenset(
    [
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "hour",
        "hours",
        "minute",
        "minutes",
        "second",
        "seconds",
        "decade",
        "decades",
        "century",
        "centuries",
    ]
)

# `fell to 12 from 15`: the new value after `to`, the old one after `from`.
_TO_AFTER_CHANGE = lazy(
    r"\b(?:increased|rose|grew|climbed|jumped|surged|soared|fell|dropped|declined|decreased|"
    r"slipped|slid|sank|plunged|edged up|edged down|went up|went down|up|down|rising|falling|"
    r"dropping|climbing|growing|declining|eased|slowed|accelerated|rebounded|ticked up|"
    r"ticked down|widened|narrowed|retreated|risen|fallen|grown|shrunk|sunk)"
    r"\s(?:sharply\s|slightly\s)?to\s"
    r"(?:(?:more than|nearly|almost|about|roughly|around|over)\s)?\Z"
)

# What changed, before the verb of a change to a new value (`Unemployment fell to 3.9% from
# 4.1%`, `The death toll rose to 45`): the clause's subject, its auxiliary left out.
_CHANGED_SUBJECT = lazy(
    r"(?P<subject>[A-Za-z][\w’'/-]*(?: [\w’'/-]+){0,9}?) (?:(?:has|have|had) )?"
    r"(?:(?:also|now|already|since|further|again) )?\Z"
)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


# `the number of countries that … has increased from 172 to`: what a figure after it counts,
# when no word after the figure says (looked for in the 200 characters before the figure).
_NUMBER_OF = lazy(
    r"\b(?:the )?(?:number|total|count) of ([^,.;:()]{3,80}?) (?:has |have |had |is |was |will )?"
    r"(?:now )?(?:increased|risen|rose|grown|grew|fallen|fell|dropped|declined|reached|stood|"
    r"stands|climbed|jumped|doubled|tripled|is|was|totals|totalled|totaled)\b[^.;]*$",
    re.IGNORECASE,
)

# What is said of the counted noun right after it (`4 million people expected to gain coverage`,
# `businesses receiving loans in the 2021 round`, `companies that agreed to …`): a participle,
# or `who`/`that` and a verb in the past, and the words after it to the first punctuation.
_UNIT_TAIL = lazy(
    r" (?:(?:have been|has been|had been|were|was|are being|were being|been) (?=[a-z]{3,}ed\b))?"
    r"((?:who |that )?([a-z]{3,}(?:ed|ing))\b(?: [\w’'-]+){0,8})"
)

_PASSIVE_TAIL_END = frozenset(
    ["and", "or", "but", "before", "after", "since", "when", "while", "just", "due", "because",
     "in", "on", "last", "this", "so", "as"]
)  # fmt: skip

_NOT_PARTICIPLES = frozenset(
    ["according", "during", "nothing", "something", "everything", "anything", "morning",
     "evening", "spring", "string", "thing", "bring", "king", "ring", "speed", "need",
     "indeed", "proceed", "exceed", "succeed", "including", "regarding", "concerning",
     "involving", "following", "excluding", "totaling", "totalling", "amounting", "ranging",
     "starting", "beginning", "pending", "compared", "based"]
)  # fmt: skip

_MAIN_VERBS = frozenset(
    ["will", "would", "could", "can", "may", "might", "should", "must", "are", "were", "is",
     "was", "have", "has", "had", "do", "does", "did"]
)  # fmt: skip

_LABEL_TAIL_STOP = frozenset(
    ["the", "a", "an", "of", "in", "to", "for", "and", "by", "on", "at", "with", "this",
     "that", "from", "as", "or", "their", "its", "his", "her", "our", "than"]
)  # fmt: skip


def _unit_tail(paragraph: str, end: int) -> str:
    """What the words after a counted noun ending at `end` say of it (`expected to gain
    coverage`), or an empty text."""
    match = _UNIT_TAIL.match(paragraph, end)
    if match is None or match.group(2) in _NOT_PARTICIPLES:
        return ""
    words = match.group(1).split(" ")
    if match.start(1) > end + 1:
        # (a passive, `people have been displaced by the flooding`: the participle and the few
        # words that complete it, to a clause's or a time's start; the probefig round)
        for index, word in enumerate(words[1:5], 1):
            if word.lower() in _PASSIVE_TAIL_END or not word.replace("-", "").isalpha():
                del words[index:]
                break
        del words[5:]
    for index, word in enumerate(words):
        if index and word.lower() in _MAIN_VERBS:
            del words[index:]  # the sentence's own verb: `… expected to gain coverage will …`
            break
    while words and words[-1].lower() in _LABEL_TAIL_STOP:
        words.pop()
    return " ".join(words)


def _label_before(paragraph: str, start: int) -> str | None:
    """What a figure counts, from `the number of X … rose to` before it."""
    window = paragraph[max(0, start - 200) : start]
    match = _NUMBER_OF.search(window)
    if match is None:
        return None
    counted = match.group(1).strip()
    return _capitalised(counted)


# Money or a share is labelled by the noun right after it that names what it is (`a $55
# billion investment in the United States`, `a $6 billion plan to expand`, `$3.4 billion in
# aid`, `$14 million worth of PPE`, `a 25% increase in investment`, `a 25% tariff`), with the
# words that complete the noun (`in …`, `to …`) up to a clause's break.
_AFTER_WORD = lazy(r" ((?:[A-Z]\.){2,3}[\w’'-]*|[A-Za-z][\w’'&-]*)")

_SHARE_NOUNS = frozenset(
    ["increase", "decrease", "rise", "drop", "decline", "fall", "jump", "cut", "reduction",
     "growth", "gain", "loss", "surge", "boost", "hike", "raise", "tariff", "tariffs", "duty",
     "duties", "tax", "stake", "discount", "rate", "markup", "premium", "majority"]
)  # fmt: skip

# Words right after money that name no thing it is: a time, a degree, a verb's adverb.
_NOT_MONEY_NOUNS = frozenset(
    ["more", "less", "total", "apiece", "combined", "net", "overall", "alone", "now", "today",
     "already", "still", "yet", "too", "so", "then", "annually", "ago", "earlier", "later",
     "monthly", "yearly", "weekly", "daily", "each", "only", "back", "up", "down", "off", "out",
     "away", "instead", "altogether", "mark", "range", "level", "worth", "new", "additional",
     "million", "billion", "trillion", "thousand", "per", "a", "an", "the", "toward",
     "towards", "against", "via", "like", "plus", "minus"]
)  # fmt: skip

# Words that end the phrase completing the noun: a clause, a time or a comparison begins.
_PHRASE_END = frozenset(
    ["over", "by", "that", "which", "who", "as", "from", "than", "during", "since", "when",
     "while", "after", "before", "because", "including", "across", "through", "within", "last",
     "this", "next", "each", "per", "is", "are", "was", "were", "will", "would", "has", "have",
     "had", "could", "can", "may", "should", "to", "and", "or", "but", "—", "–", "-", "led",
     "compared", "according", "said", "says", "between", "beginning", "starting", "until",
     "additional", "another", "more", "less", "nearly", "about", "approximately", "almost",
     "roughly", "just", "some", "all"]
)  # fmt: skip

# Words that may stand inside the completing phrase though they end a counted noun elsewhere.
_PHRASE_PREPOSITIONS = frozenset(
    ["in", "of", "for", "on", "with", "to", "at", "under", "across", "through", "toward", "towards"]
)

_PHRASE_INNER = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "these"])

_PHRASE_WORDS = 6

# A day or a month after the completing phrase's preposition is when, not what (`a $3.4 billion
# budget on Monday`: Budget; `a $40 million grant in March`: Grant).
_PHRASE_TIMES = frozenset(
    [*(word.lower() for word in DAYS_AND_MONTHS), "today", "tonight", "yesterday", "tomorrow"]
)


def _noun_label(paragraph: str, end: int, percent: bool) -> str | None:
    """What money or a share ending at `end` is, from the noun right after it, or None."""
    words: list[str] = []
    position = end
    first = _AFTER_WORD.match(paragraph, position)
    if first is None:
        return None
    word = first.group(1)
    lower = word.lower()
    if percent:
        if lower not in _SHARE_NOUNS:
            return None
    elif lower in ("in", "of"):
        noun = _AFTER_WORD.match(paragraph, first.end())
        if noun is None or not noun.group(1).islower() or noun.group(1) in ("fiscal", "calendar"):
            return (
                None  # (`$3 million in the U.S.`, `$20 million in 2021`, `in fiscal 2023`: a time)
            )
        first, word, lower = noun, noun.group(1), noun.group(1).lower()
    elif lower == "worth" and paragraph.startswith(" of ", first.end()):
        first = _AFTER_WORD.match(paragraph, first.end() + 3)
        if first is None:
            return None
        word, lower = first.group(1), first.group(1).lower()
    if (
        not word[0].islower()
        or lower in _STOP
        or lower in _NOT_MONEY_NOUNS
        or lower in _CURRENCY_WORDS
        or lower.endswith(("ly", "ing", "ed", "able", "ible"))  # (`$50 million available`)
    ):
        return None
    words.append(word)
    position = first.end()
    preposition = False
    while len(words) < _PHRASE_WORDS:
        match = _AFTER_WORD.match(paragraph, position)
        if match is None:
            break
        word = match.group(1)
        lower = word.lower()
        if lower in _PHRASE_PREPOSITIONS and not preposition:
            after = _AFTER_WORD.match(paragraph, match.end())
            if after is not None and after.group(1).lower() in _PHRASE_TIMES:
                break
            preposition = True  # (one phrase completes the noun: `investment in X`, `plan to Y`)
        elif lower == "and" and not preposition:
            pass  # (`food security and humanitarian assistance`: the nouns joined)
        elif lower in _PHRASE_INNER and preposition:
            pass
        elif lower in _PHRASE_END or lower in _STOP or lower in _MAIN_VERBS:
            break
        words.append(word)
        position = match.end()
    while words and words[-1].lower() in _LABEL_TAIL_STOP:
        words.pop()
    if not words:
        return None
    label = " ".join(words).rstrip(".")
    return _capitalised(label)


# What a share, money or a count is, from the words BEFORE it (the labels2 round): a subject
# and its change (`border crossings are down 96 percent` → `Fall in border crossings`), a verb of
# change and its object (`increase loans to rural small businesses by 40 percent` → `Increase in
# loans to rural small businesses`), a rate (`a B-1/B-2 visa overstay rate of 9.16 percent`,
# `the unemployment rate was 3.6%`) and a past verb before a count (`killed 19 children` →
# `Children killed`).
# A qualifier right before a figure (`more than `, `nearly `), left out of the words its label is
# read from: the longest of these the window ends with (any of them, even the end of a word:
# `moreover ` ends with `over `), as the pattern `(?:(?:more than|…) )?\Z` searched would find
# it, tested with `endswith` (the pattern was tried at every character of the window).
_BEFORE_QUALIFIERS = tuple(
    word + " "
    for word in (
        "more than", "less than", "nearly", "almost", "about", "roughly", "around",
        "approximately", "over", "under", "up to", "at least", "as much as", "an average of",
        "a record", "only", "just", "some", "like",
    )
)  # fmt: skip

_CHANGE_NOUNS = {
    "declined": "Decline", "dropped": "Drop", "fallen": "Fall", "fell": "Fall",
    "risen": "Rise", "rose": "Rise", "increased": "Increase", "decreased": "Decrease",
    "grew": "Growth", "grown": "Growth", "jumped": "Jump", "climbed": "Rise",
    "plunged": "Fall", "plummeted": "Fall", "surged": "Rise", "soared": "Rise",
    "down": "Fall", "up": "Rise", "shrank": "Fall", "shrunk": "Fall",
    # (the probefig round: the verbs wires and agencies write for a statistic's change)
    "slipped": "Fall", "slid": "Fall", "sank": "Fall", "eased": "Fall", "dipped": "Fall",
    "tumbled": "Fall", "slumped": "Fall", "contracted": "Fall", "narrowed": "Fall",
    "gained": "Rise", "advanced": "Rise", "rebounded": "Rise", "expanded": "Growth",
    "widened": "Rise", "edged up": "Rise", "edged down": "Fall", "ticked up": "Rise",
    "ticked down": "Fall",
}  # fmt: skip

_SUBJECT_CHANGE = lazy(
    r"(?P<subject>[A-Za-z][\w’'/-]*(?: [\w’'/-]+){0,9}?) (?:(?:has|have|had) )?(?:(?:been|gone|"
    r"are|is|was|were|went|come|came|actually|now|also|already|be) ){0,2}(?P<verb>declined|dropped|"
    r"fallen|fell|risen|rose|increased|decreased|grew|grown|jumped|climbed|plunged|plummeted|"
    r"surged|soared|shrank|shrunk|slipped|slid|sank|eased|dipped|tumbled|slumped|contracted|"
    r"narrowed|gained|advanced|rebounded|expanded|widened|edged up|edged down|ticked up|"
    r"ticked down|down|up)(?: (?:up|down))?(?: by)?(?: an annualized| a seasonally adjusted)? \Z"
)

_OBJECT_CHANGE = lazy(
    r"\b(?P<verb>(?:increas|reduc|decreas|expand|lower|rais|boost|cut|grow|doubl)\w{0,3}) "
    r"(?P<object>[a-z][^,.;:()—–\d$%]{2,80}?) by \Z",
    re.IGNORECASE,
)

_OBJECT_NOUNS = {
    "increas": "Increase", "reduc": "Reduction", "decreas": "Decrease", "expand": "Increase",
    "lower": "Reduction", "rais": "Increase", "boost": "Increase", "cut": "Cut",
    "grow": "Growth", "doubl": "Increase",
}  # fmt: skip

_RATE_OF = lazy(r"\b(?:a|an|the|its|their|his|her|our) (?P<what>[^.;:()—–$%]{0,50}?\brate) of \Z")

_RATE_IS = lazy(
    r"\b(?:[Tt]he )?(?P<what>(?:(?:[Cc]ore|[Hh]eadline|[Aa]nnual|[Oo]verall|[Jj]obless|[Pp]overty|"
    r"[Ii]nterest|[Mm]ortgage|[Tt]ax|[Vv]acancy|[Pp]articipation|[Ss]avings|[Uu]nemployment|"
    r"[Ii]nflation) ){0,2}(?:rate|inflation|unemployment))(?: now)?"
    r"(?: (?:was|is|stayed|remained|stood|held|reached|hit|fell|rose|dropped|climbed))?"
    r"(?: (?:at|to))? \Z"
)

# Words that open a clause: the subject starts after the last of them.
_SUBJECT_BREAK = frozenset(
    ["and", "but", "while", "that", "which", "as", "when", "since", "because", "if", "though",
     "although", "where", "whereas", "said", "says", "showed", "shows", "show", "found", "so",
     "than", "then", "even", "or", "to", "say", "think", "thinks", "know", "believe", "how", "why",
     "what", "reveals", "revealed", "indicates", "indicated", "suggests", "suggested", "means",
     "meant", "confirms", "confirmed"]
)  # fmt: skip

_SUBJECT_DROP = frozenset(
    ["the", "this", "that", "these", "those", "its", "their", "our", "a", "an"]
)

_PRONOUNS = frozenset(
    ["it", "they", "we", "he", "she", "you", "i", "this", "that", "these", "those", "which",
     "who", "there", "numbers", "number", "figure", "figures", "prices", "price", "costs", "cost"]
)  # fmt: skip

# Nouns that say nothing alone (`prices are up`), but end a subject that says what they are of
# (`Gasoline prices jumped 2.8%`, `Egg prices are up 8.4%`: the probefig round).
_PRONOUN_NOUNS = frozenset(
    ["numbers", "number", "figure", "figures", "prices", "price", "costs", "cost"]
)

# One word that opens a sentence and is no name (`Sales fell 4%` → `Fall in sales`).
_COMMON_SUBJECTS = frozenset(
    ["sales", "wages", "exports", "imports", "profit", "profits", "revenue", "revenues", "rents",
     "prices", "inflation", "unemployment", "employment", "output", "production", "shares",
     "earnings", "income", "spending", "investment", "deliveries", "shipments", "orders",
     "payrolls", "claims", "stocks", "deaths", "cases", "enrollment", "attendance", "turnout",
     "costs", "debt", "growth", "manufacturing", "hiring", "layoffs", "borrowing", "lending"]
)  # fmt: skip

_COUNTED_OF = frozenset(["number", "total", "level", "amount", "volume", "count"])

_COUNT_VERBS_NOT = frozenset(
    ["based", "compared", "estimated", "exceeded", "totaled", "totalled", "reached", "topped",
     "surpassed", "included", "numbered", "ranked", "aged", "reported", "projected", "expected",
     "need", "speed", "indeed", "proceed", "exceed", "succeed", "agreed", "ed", "used",
     "approved", "called", "named", "listed", "lasted", "scored", "rated", "dated", "priced",
     "valued", "limited", "capped", "increased", "decreased", "declined", "dropped", "jumped",
     "doubled", "tripled", "grew", "climbed", "rose", "fell"]
)  # fmt: skip

_COUNT_VERB = lazy(
    r"\b(?P<verb>[a-z]{3,}ed|lost|sold|built|made|won|paid|spent|sent|hired|held) \Z"
)

_BEFORE_WINDOW = 110

_LAST_DETERMINER = lazy(r"\b(?:a|an|the|its|their|his|her|our|had|has|have) ")

_IRREGULAR_PLURALS = frozenset(["people", "children", "men", "women"])


def _counted_plural(unit: str) -> bool:
    """A counted noun in the plural, no time (`children`, `troops`, not `years`, `Federal`)."""
    last = unit.rsplit(" ", 1)[-1].lower()
    return (
        last not in _TIME_UNITS
        and len(last) > 2
        and (last.endswith("s") or last in _IRREGULAR_PLURALS)
    )


def _noun_after_to(word: str) -> bool:
    """A word after `to` that opens a noun phrase (`to China`, `to the`, `to families`)."""
    return (
        word[:1].isupper()
        or word in _SUBJECT_DROP
        or (word.endswith("s") and not word.endswith(("ss", "us", "is")))
    )


def _subject_phrase(words: list[str]) -> str | None:
    """The subject's words, from the last clause break among `words` on, or None."""
    for index in range(len(words) - 1, -1, -1):
        if words[index].lower() in _SUBJECT_BREAK and not (
            # (`Exports to China rose 12 percent`, `The cost to families … is $20`: `to` before a
            # name, a determiner or a plural is no infinitive's)
            words[index] == "to" and index + 1 < len(words) and _noun_after_to(words[index + 1])
        ):
            words = words[index + 1 :]
            break
    else:
        if len(words) > 7:
            return None
    while words and (words[0].lower() in _SUBJECT_DROP or words[0] in ("with", "like")):
        words = words[1:]  # (`with turkey prices down 6 percent`, `like the prices up 19 percent`)
    if len(words) > 2 and words[0].lower() in _COUNTED_OF and words[1] == "of":
        words = words[2:]  # (`the number of PPP loans made to …` counts the loans)
    while words and words[0].lower() in _SUBJECT_DROP:
        words = words[1:]
    if (
        not words
        or len(words) > 8
        or words[0].lower() in _PRONOUNS
        or re.split(r"[’']", words[-1])[0].lower() in _PRONOUNS - _PRONOUN_NOUNS  # (`they’re`)
        or (len(words) == 1 and words[0].lower() in _PRONOUN_NOUNS)
    ):
        return None
    first = words[0]
    if (
        (
            len(words) > 1
            and first[1:].islower()
            and not words[1][:1].isupper()
            and not first.endswith(("’s", "'s"))  # (`Japan’s economy`: a name's)
        )
        or (len(words) == 1 and first[1:].islower() and first.lower() in _COMMON_SUBJECTS)
    ):
        words = [first.lower(), *words[1:]]
    return " ".join(words)


# The nouns of an amount, a count or a size named before `of` and its figure.
_NOUN_OF_WORDS = (
    "revenue", "revenues", "sales", "profit", "profits", "loss", "losses", "income", "budget",
    "deficit", "surplus", "debt", "fine", "fines", "penalty", "damages", "bail", "salary",
    "investment", "population", "cost", "costs", "price", "value", "valuation", "reserves",
    "turnover", "earnings", "spending", "funding", "grant", "award", "settlement", "bonus",
    "ransom", "payment", "payments", "subsidy", "subsidies", "tax", "taxes", "output",
    "production", "exports", "imports", "wage", "wages", "pension", "capacity", "fortune",
    "net worth", "market value", "market capitalization", "death toll", "toll", "crowd",
    "audience", "enrollment", "attendance", "workforce", "stake",
)  # fmt: skip

_NOUN_OF_ENDS = tuple(f"{word} of " for word in _NOUN_OF_WORDS)

_NOUN_OF = lazy(
    r"(?:\b(?:a|an|the|its|their|his|her|our|total|annual|quarterly|record|estimated)\s)?"
    r"(?P<what>(?:(?:annual|quarterly|monthly|yearly|net|gross|total|operating|federal|state|"
    r"military|defense|public|private|average|median|combined|current|overall)\s)?"
    r"(?:" + "|".join(_NOUN_OF_WORDS) + r")) of \Z"
)


def _noun_of(window: str) -> str | None:
    """`revenue of `, `a fine of `, `a population of ` ending `window` (the words before a
    figure): the noun before `of`, what the figure is; or None."""
    noun = _NOUN_OF.search(window)
    return _capitalised(noun.group("what")) if noun is not None else None


def _label_from_before(paragraph: str, start: int, count: bool) -> str | None:
    """What the figure starting at `start` is, from the words right before it, or None."""
    window = paragraph[max(0, start - _BEFORE_WINDOW) : start]
    if window.endswith(_BEFORE_QUALIFIERS):
        longest = max(len(word) for word in _BEFORE_QUALIFIERS if window.endswith(word))
        window = window[: len(window) - longest]
    if not window.endswith(" "):
        return None
    if count:
        if not window.endswith(("ed ", "lost ", "sold ", "built ", "made ", "won ", "paid ",
                                "spent ", "sent ", "held ")):  # fmt: skip
            return None
        verb = _COUNT_VERB.search(window)
        if verb is None or verb.group("verb") in _COUNT_VERBS_NOT:
            return None
        return verb.group("verb")
    if window.endswith(_NOUN_OF_ENDS):
        return _noun_of(window)
    if window.endswith("rate of "):
        rate = _RATE_OF.search(window)
        if rate is None:
            return None
        # (the last determiner opens it: `the Overstay Report, Laos had a B-1/B-2 … rate`)
        return _capitalised(_LAST_DETERMINER.split(rate.group("what"))[-1])
    if "which " in window or "who " in window:
        # (`Core inflation, which excludes food and energy prices, climbed 0.3%`: the subject
        # before the relative clause set off by commas)
        window = _RELATIVE_ASIDE.sub("", window)
    if window.endswith(("to ", "at ", "averaged ", "was ", "were ", "is ", "are ", "totaled ",
                        "totalled ", "reached ", "hit ")):  # fmt: skip
        level = _level_subject(paragraph, start, window)
        if level is not None:
            return level
    if (
        window.endswith(_IRREGULAR_CHANGES)
        or window.endswith(("by ", "down ", "up "))
        or ("ed " in window[-12:] or "en " in window[-8:])
    ):
        changed = _OBJECT_CHANGE.search(window) if window.endswith("by ") else None
        if changed is not None:
            changing = changed.group("verb").lower()
            noun = next((v for k, v in _OBJECT_NOUNS.items() if changing.startswith(k)), None)
            words = changed.group("object").split()
            while words and words[0].lower() in _SUBJECT_DROP:
                words = words[1:]
            if (
                noun is not None
                and words
                and len(words) <= 8
                and words[0].lower() not in _SUBJECT_BREAK
                and words[0].lower() not in _PHRASE_PREPOSITIONS
            ):
                return f"{noun} in {' '.join(words)}"
        clause = re.split(r"[,;:()—–\"“”]|\. ", window)[-1]
        subject = _SUBJECT_CHANGE.search(clause)
        if subject is not None:
            phrase = _subject_phrase(subject.group("subject").split())
            if phrase is not None:
                return f"{_CHANGE_NOUNS[subject.group('verb')]} in {phrase}"
    if "rate" in window[-30:] or "inflation" in window[-30:] or "unemployment" in window[-30:]:
        rate = _RATE_IS.search(window)
        if rate is not None:
            return _capitalised(rate.group("what"))
    return None


# The probefig round: a statistic labelled by the clause's subject, what it measures, when it is
# the new level after a verb of change and `to` (`The yield on the 10-year Treasury note rose to
# 4.5%`), the level after a change and `to` (`Sales fell 4% to $90.8 billion`), or the level a verb
# of standing gives it (`Biden’s approval rating stood at 38%`, `Credit card balances totaled
# $1.12 trillion`, `Median household income was $74,580`).
_IRREGULAR_CHANGES = ("rose ", "fell ", "grew ", "shrank ", "slid ", "sank ", "edged up ",
                      "edged down ", "ticked up ", "ticked down ", "an annualized ",
                      "a seasonally adjusted ")  # fmt: skip

_RELATIVE_ASIDE = lazy(r", (?:which|who) [^,;:()—–\"“”.]{3,80},")

_LEVEL_VERB = lazy(
    r"\b(?:(?:(?:has|have|had) )?(?:stood|stands|held|holds|remained|remains|stayed|were flat|"
    r"was flat|was unchanged|were unchanged|held steady|came in) at|averaged|averages|totaled|"
    r"totalled|totals|reached|hit|was|were|is|are) \Z"
)

_CHANGE_THEN_TO = lazy(
    r"\b(?:increased|rose|grew|climbed|jumped|surged|soared|fell|dropped|declined|decreased|"
    r"slipped|slid|sank|plunged|tumbled|slumped|dipped|edged up|edged down|gained|lost|advanced|"
    r"eased|rebounded|ticked up|ticked down|widened|narrowed|shrank|contracted|expanded)"
    r"(?: by)?(?: an annualized)? (?:more than |nearly |almost |about |roughly |some )?"
    r"[$£€]?\d[\d,.]*(?: (?:million|billion|trillion|percent|points|percentage points|cents))?%?"
    r"(?: (?:from|over) (?:a|the|last) (?:year|month|week|quarter)(?: earlier| ago| before)?|"
    r" year on year| year over year)?(?:, or [\d.,]+(?:%| percent),)? to \Z"
)

_AFTER_LEVEL = lazy(
    r"[$£€]?[\d.,]+(?:\s?%|\s(?:percent|million|billion|trillion|cents|points))?\s([A-Za-z]+)"
)

_NOT_LEVEL_AFTER = frozenset(
    ["more", "less", "higher", "lower", "likely", "likelier", "done", "complete", "above", "below",
     "larger", "smaller", "greater", "fewer", "bigger", "cheaper", "faster", "slower", "better",
     "worse", "over", "under", "as", "than"]
)  # fmt: skip

_LEVEL_NOT_WORDS = frozenset(
    ["i", "we", "you", "he", "she", "they", "number", "numbers", "figure", "figures"]
)

_WILL_CHANGE_TO = lazy(
    r"\b(?:will|would|could|may|might|should|to) (?:rise|fall|increase|decrease|climb|drop|"
    r"decline|grow|jump) to (?:more than |nearly |almost |about |roughly |around |over )?\Z"
)


def _level_subject(paragraph: str, start: int, window: str) -> str | None:
    """What a level is, from the subject of its clause (see `_CHANGE_THEN_TO`), or None."""
    if window.endswith("to "):
        verb = (
            _TO_AFTER_CHANGE.search(window)
            or _WILL_CHANGE_TO.search(window)
            or _CHANGE_THEN_TO.search(window)
        )
    else:
        verb = _LEVEL_VERB.search(window)
    if verb is None or verb.group().startswith(("up ", "down ")):
        return None  # (`this adds up to $400`: no verb of change)
    after = _AFTER_LEVEL.match(paragraph, start)
    if after is not None and after.group(1).lower() in _NOT_LEVEL_AFTER:
        return None  # (`are 60 percent more likely`, `is 90 percent done`: a comparison)
    subject = _changed_subject(window, verb.start(), definite=True)
    if subject is None or subject.rsplit(" ", 1)[-1].lower().rstrip("s") in _TIME_UNITS:
        return None  # (`the following year is $2,000`: a time)
    if any(word.lower() in _LEVEL_NOT_WORDS for word in subject.split(" ")):
        return None  # (`the last number I saw was about 2 percent`: the speaker's words for it)
    return subject


# A figure after a figure's `to` (`to $145.50`, `to 35 million`): the new level, not what the first
# is for (`$8 million to 15 offshore wind projects` names the projects).
_CONTEXT_FIGURE = lazy(
    r"[$£€]|\d[\d,.]*(?:\s(?:million|billion|trillion|thousand|percent))?"
    r"(?:\s*\Z|\s(?:in|on|by|from|last|this|over|after|a|per)\b)"
)

_CONTEXT_FIGURE_STARTS = frozenset("$£€0123456789")

# A time after a figure's `in` (a month, a day, a year, a quarter): when, not what it is of.
_CONTEXT_TIME = lazy(
    rf"(?:{alternation(DAYS_AND_MONTHS)}|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|"
    r"the\s(?:first|second|third|fourth|last)\s(?:quarter|half)|(?:19|20)\d\d)\b"
)


def _label(
    unit: str | None, paragraph: str, start: int, end: int, money: bool, percent: bool
) -> str:
    """A short description of the figure starting at `start`, from the words after it (ending
    at `end`), or, when none says what it counts, `the number of …` before it."""
    if (money or percent) and paragraph.startswith(" ", end):
        named = _noun_label(paragraph, end, percent)
        if named is not None:
            return named
    after = paragraph[end : end + 90]
    phrase = re.match(r"\s(?:in|of|for|to) ([^,.;:()]{3,70})", after)
    if phrase is not None and after[1:4] == "to " and _CONTEXT_FIGURE.match(phrase.group(1)):
        phrase = None  # (`fell 3.2% to $145.50`, `by 1.2 million to 35 million`: the new level)
    # (`0.2% in June`, `$93.5 billion in 2024`: when, said with its own `in`, not `Share of June`)
    when = phrase is not None and after[1:4] == "in " and _CONTEXT_TIME.match(phrase.group(1))
    context = phrase.group(1).split(" ") if phrase else []
    for index, word in enumerate(context[1:-1], 1):
        if word in ("and", "or") and context[index + 1][:1] in _CONTEXT_FIGURE_STARTS:
            del context[index:]  # (`$61 billion for Ukraine and $26 billion for Israel`)
            break
    context_text = " ".join(context[:7]).rstrip()
    if (percent or money) and not (phrase and after.startswith(" of")):
        before = _label_from_before(paragraph, start, False)
        if before is not None:
            return before
    if percent:
        base = "Share" if not context_text else f"Share {'in' if when else 'of'} {context_text}"
        return base
    if money:
        if not context_text:
            return "Amount"
        return f"Amount {'in' if when else 'for'} {context_text}"
    if unit:
        tail = _unit_tail(paragraph, end)
        if not tail and _counted_plural(unit):
            verb = _label_from_before(paragraph, start, True)
            if verb is not None:
                return f"{_capitalised(unit)} {verb}"
        return _capitalised(unit) + (" " + tail if tail else "")
    # (a bare level or change: `Nonfarm payrolls rose by 303,000`, `fell by 22,000 to 209,000`)
    before = _label_from_before(paragraph, start, False)
    if before is not None:
        return before
    if context_text:
        return _capitalised(context_text)
    window = paragraph[max(0, start - 60) : start]
    named = _noun_of(window) if window.endswith(_NOUN_OF_ENDS) else None
    return named or _label_before(paragraph, start) or "Figure"


# The auxiliaries and copulas a change's subject may end with (`Inflation is down from …`).
_COPULAS = frozenset(
    ["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "gone"]
)

_CLAUSE_OPENERS = frozenset(["as", "while", "whereas", "although", "though"])

# (`and` after a figure opens a clause; after a noun it may join two: `bus and transit workers`)
_AFTER_FIGURE_WORDS = frozenset(["million", "billion", "trillion", "percent", "points"])

_BARE_NUMBER = lazy(r"[$£€]?[\d.,]+(?:%|s)?")

_GOT = frozenset(["got", "get", "gets", "went", "came", "come", "comes"])  # (`That got down to`)

_MODALS = frozenset(["will", "would", "could", "may", "might", "should", "must", "can"])

_DEFINITE = frozenset(
    ["the", "our", "its", "their", "his", "her", "this", "that", "these", "those"]
)


def _changed_subject(paragraph: str, verb_start: int, definite: bool = False) -> str | None:
    """What changed, from the words before a change's verb starting at `verb_start` (`The death
    toll rose to 45` → `Death toll`), or None; with `definite`, only a subject a definite
    determiner or the sentence's start opens (`our seven-day average of daily deaths`, not `a
    diminution dramatically down to 9.5`)."""
    before = paragraph[max(0, verb_start - 90) : verb_start]
    before = re.split(r"[,;:()—–\"“”]|\. ", before)[-1]
    subject = _CHANGED_SUBJECT.search(before)
    if subject is None:
        return None
    words = subject.group("subject").split()
    while words and (
        words[-1].lower() in _COPULAS
        or words[-1].lower() in _MODALS
        or words[-1].lower() in _GOT
        or words[-1].endswith("ly")
    ):
        words.pop()  # (`Inflation is down from …`, `has gone dramatically down to …`)
    if (
        definite
        and not (
            words
            and (
                words[0].lower() in _DEFINITE
                or before.strip()[:1].isupper()
                # (`…, as exports fell 1.5% to $257.6 billion and imports slipped …`: a clause's)
                or any(
                    word.lower() in _CLAUSE_OPENERS
                    or (
                        word in ("and", "but") and index and words[index - 1] in _AFTER_FIGURE_WORDS
                    )
                    for index, word in enumerate(words[:-1])
                )
            )
        )
    ):
        return None
    phrase = _subject_phrase(words)
    if phrase is None or any(_BARE_NUMBER.fullmatch(word) for word in phrase.split(" ")):
        return None  # (a figure is no subject; `the 10-year Treasury note` is one)
    return _capitalised(phrase)
