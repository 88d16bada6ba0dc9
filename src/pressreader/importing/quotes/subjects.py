"""English subjects and noun phrases: the name, title or body read backwards from a verb of
saying, and the words that may or may not stand in one."""

from __future__ import annotations

import re

from pressreader.importing.speakers import (
    _PORTFOLIO,
    BODY_TITLE,
    GROUP_HEADS,
    INDEFINITE,
    NAME_PARTICLES,
    ORG_WORDS,
    PARTY_STATE,
    TITLE_OF_OFFICE,
    TITLE_WORDS,
    Reference,
    _affiliation,
    _clean_role,
    description_before,
    hyphen_particle,
    parse_phrase,
    without_party,
)
from pressreader.importing.wordlists import Gated, lazy


def _np_reference(np: str) -> Reference | None:
    np = re.sub(r"\s+and (?:his|her|their) (?:team|delegation|colleagues|staff)\Z", "", np.strip())
    if "spokes" in np:
        named = SPOKESPERSON_NAMED.fullmatch(np)
        if named is not None:
            # `said Roe’s spokeswoman, Mary Major`: a spokesperson the text names speaks under her
            # own name (ANNOTATING.md, "The speaker"), not the one she speaks for.
            np = named.group("name")
    elif ", " in np and (np[:1] in "OoAa" or "’s " in np or "'s " in np or np[:4] in _THE_HIS):
        named = DESCRIBED_NAMED.fullmatch(np)
        if named is not None:
            # `said one resident, Maria Lopez, 54`: a person described, then named, speaks
            # under her name; the description is no speaker of its own. `said the union's
            # president, Mark Ellis`: the description with its determiner is her role.
            the = named.group("the")
            if the is None:
                np = named.group("name")
            elif not _DOCUMENT_NOUN_END.search(named.group("description")):
                # (not a work's title after it: `said the report, Moving Forward`)
                reference = parse_phrase(named.group("name"))
                if reference is not None and reference.kind == "name":
                    role = _clean_role(the.split() + named.group("description").split())
                    return Reference("name", reference.text, role, None)
    if _GROUP_PHRASE.search(np):
        return None
    return parse_phrase(np)


# A spokesperson's office, then the name after a comma: `Roe’s spokeswoman, Mary Major`, `a
# spokesman for the ministry, John Doe`, `the agency's chief spokesperson, Jane Roe`.
SPOKESPERSON_DESCRIBED = (
    r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s|[A-Z][\w.'’\-]*(?:\s[A-Z][\w.'’\-]*){0,3}[’']s\s)"
    r"(?:[\w.'’\-]+\s){0,3}?(?:spokesman|spokeswoman|spokesperson)"
    r"(?:\sfor\s[^,.;:!?“”\"]{2,60}?)?"
)
# Her name: two to four words in capitals or initials (`Mary Major`, `W.B. Yeats`), without the
# sentence's stop.
_NAME_WORD = r"(?:(?:[A-Z]\.){1,2}|[A-Z][\w'’\-]*)"
SPOKESPERSON_NAME = rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{1,3}}"
SPOKESPERSON_NAMED = lazy(rf"{SPOKESPERSON_DESCRIBED},\s(?P<name>{SPOKESPERSON_NAME})")
# A news report's person described, then named between commas, with her age after the name
# when it is given: `one resident, Maria Lopez, 54`, `a local farmer, John Doe`, `another
# protester, Ana Ruiz`; the description one to four lower-case words.
# A news report's, an interview's or an op-ed's office before the name, with its definite
# determiner (`the union president, Mark Ellis`, `the state's education commissioner, Dr. Alan
# Pierce`, `Tesla’s chief executive, Elon Musk`): the office is the named person's role.
_THE_DESCRIPTION = (
    r"(?P<the>(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s(?:[a-z][\w.&\-]*[’']s\s)?"
    r"|[Tt]he\s[A-Z][\w.&\-]*(?:\s[A-Z][\w.&\-]*){0,3}[’']s\s"
    r"|[A-Z][\w.&\-]*(?:\s[A-Z][\w.&\-]*){0,3}[’']s\s)"
)
_THE_HIS = frozenset(("the ", "The ", "his ", "His ", "her ", "Her ", "its ", "Its "))
DESCRIBED = (
    rf"(?:(?:[Oo]ne|[Aa]n?|[Aa]nother)\s|{_THE_DESCRIPTION})"
    r"(?P<description>(?:[a-z][\w'’\-]*\s){0,3}?[a-z][\w'’\-]*"
    # (where she works: `an analyst at Capital Economics`, `a researcher with the Urban Institute`)
    r"(?:\s(?:at|for|with|of|from)\s(?:the\s)?[A-Z][\w.'’&\-]*(?:\s[A-Z][\w.'’&\-]*){0,4})?)"
)
# (an honorific before the name: `Dr. Alan Pierce`)
HONORIFIC = r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev)\.\s)?"
_DOCUMENT_NOUN_END = lazy(
    r"\b(?:report|study|survey|statement|letter|book|bill|law|plan|paper|article|op-ed|column|"
    r"memo|film|documentary|show|programme|program|podcast|series|poll|book|novel|song)\Z"
)
_HONORIFIC_ONLY = lazy(r"(?:Dr|Mr|Mrs|Ms|Prof|Rev)\.")
# A spokesperson's noun ending the words before an apposition that names her.
_POSSESSIVE_OPENING = lazy(r"[A-Z][\w&.\-]*(?:\s[A-Z][\w&.\-]*){0,3}[’']s\s[a-z]")
_SPOKESPERSON_BEFORE = lazy(r"\b(?:spokes(?:man|woman|person)|press secretary)\b")
DESCRIBED_NAMED = lazy(rf"{DESCRIBED},\s(?P<name>{HONORIFIC}{SPOKESPERSON_NAME})(?:,\s\d{{1,3}})?")
_GROUP_PHRASE = lazy(
    r"\b(?:two leaders|both leaders|both sides|the leaders|the two|the sides)\b|^\w+ and \w+$"
    r"|^(?:the\s|other\s|some\s|many\s)?(?:[a-z][\w.'’\-]{0,30}\s){0,4}?"
    r"(?:participants|attendees|panelists|panellists|experts|"
    r"analysts|economists|officials|lawmakers|CEOs|critics|residents|observers)$",
    re.I,
)
# Unnamed people in the plural (`Participants noted that …`, `Experts say …`).
_PLURAL_PEOPLE_WORDS = (
    *("articipants", "ttendees", "anelists", "anellists", "xperts", "nalysts", "conomists"),
    *("fficials", "awmakers", "CEOs", "ritics", "esidents", "bservers", "Republicans"),
    *("Democrats", "esearchers", "cientists", "egulators", "nvestors", "octors", "itnesses"),
    *("ctivists", "iplomats", "raders", "xecutives", "eachers", "istorians", "ngineers"),
    *("orecasters", "oters", "fficers", "rotesters", "emonstrators", "cholars", "cademics"),
    *("dvocates", "pponents", "upporters", "keptics", "ceptics", "armers", "orkers", "arents"),
    *("tudents", "onsumers", "trategists", "ollsters", "uthorities", "nvestigators"),
)  # (what each of its nouns holds)
_PLURAL_PEOPLE = Gated(
    r"(?:[Tt]he\s|[Oo]ther\s|[Ss]ome\s|[Mm]any\s)?(?:[A-Z][\w.'’\-]{0,30}\s){0,4}?"
    r"(?:[Pp]articipants|[Aa]ttendees|[Pp]anelists|"
    r"[Pp]anellists|[Ee]xperts|[Aa]nalysts|[Ee]conomists|[Oo]fficials|[Ll]awmakers|CEOs|[Cc]ritics|"
    r"[Rr]esidents|[Oo]bservers|Republicans|Democrats|"
    # (people named by their work or their side, none named: `Researchers found that …`,
    # `Scientists say …`, `Investors fear …`, `Trump supporters said …`)
    r"[Rr]esearchers|[Ss]cientists|[Rr]egulators|[Ii]nvestors|[Dd]octors|[Ww]itnesses|"
    r"[Aa]ctivists|[Dd]iplomats|[Tt]raders|[Ee]xecutives|[Tt]eachers|[Hh]istorians|[Ee]ngineers|"
    r"[Ff]orecasters|[Vv]oters|[Oo]fficers|[Pp]rotesters|[Dd]emonstrators|[Ss]cholars|"
    r"[Aa]cademics|[Aa]dvocates|[Oo]pponents|[Ss]upporters|[Ss]keptics|[Ss]ceptics|[Ff]armers|"
    r"[Ww]orkers|[Pp]arents|[Ss]tudents|[Cc]onsumers|[Ss]trategists|[Pp]ollsters|[Aa]uthorities|"
    r"[Ii]nvestigators)",
    _PLURAL_PEOPLE_WORDS,
)


# The last letters of `in`, `from`, `at` and `of` in either case (`re.I` folds no other letter to
# them): `_PEOPLE_OF_PLACE` is tried only where the words before the name end with one.
_PLACE_WORD_ENDS = "nNmMtTfF"
# Unnamed people of a place or a body before its name (`Health officials in Ohio`).
_PEOPLE_OF_PLACE = lazy(
    r"\b(?:officials|residents|experts|analysts|authorities|lawmakers|leaders|people|sources|"
    r"workers|doctors|witnesses|observers|critics|activists|diplomats|officers|investigators|"
    # (one of them, unnamed: `A resident of Chicago said`)
    r"resident|citizen|native|voter|worker|witness|member|"
    # (an op-ed's `As one tenant in Phoenix told me, “…”`: a private person, unnamed; opedprobe)
    r"tenant|renter|homeowner|owner|teacher|nurse|farmer|student|parent|mother|father|woman|man|"
    r"patient|retiree|shopper|customer|driver|veteran|employee|survivor|victim|neighbou?r)"
    r"\s(?:in|from|at|of)\Z",
    re.I,
)
# An envoy named by where they are sent (`The Russian ambassador to South Korea said`): an
# unnamed person, not the place (lower case: `Ambassador to the UN Jane Roe` is a title).
_ENVOY_TO = lazy(r"\b(?:ambassador|envoy|emissary|consul)s?\s(?:to|in)\Z")
# A person given as one of a group (`Republicans like Representative X`, `states, including X`,
# `Democrats, such as X`): a plural before the word; not `somebody like X`, `it seems like X`.
_EXAMPLE_OF = lazy(
    r"\b(?!(?:this|does|goes|seems|looks|feels|sounds|says)\b)[A-Za-z]{2,}[a-rt-z]s\s?,?\s"
    r"(?:like|such as|including)\Z"
)
# Words and the punctuation that ends a noun phrase (a dash after a dateline too).
# (an ampersand inside a name, `AT&T`, `S&P`, or between its words, `Johnson & Johnson`)
_TAIL_WORD = lazy(r"[\w][\w.'’\-]*(?:&[\w][\w.'’\-]*)*|[,;:()—–&]")


# Adverbs and auxiliaries between a speaker and the verb (`X also said`, `X has stressed`).
_BEFORE_THE_VERB = lazy(
    r"\s+(?:"
    r"also|again|further|then|repeatedly|previously|later|separately|once again|firmly|"
    # (`The President has already said that …`, `what the President has already said, which is
    # that …`: said before, as `previously` says)
    r"already|"
    # (`X has since said that …`: since then)
    r"since|"
    # (`He’s long said that A`, `The President has long argued that A`: for a long time, as
    # `repeatedly` says how often; after an auxiliary only, not `as long`, `how long`)
    # (the word first, the auxiliary before it looked back at only where it stands)
    r"long(?:(?<=\bhas\slong)|(?<=\bhad\slong)|(?<=\bhave\slong)|(?<=[’']s\slong)|(?<=[’']ve\slong))|"
    r"similarly|likewise|recently|earlier|subsequently|"
    # `He once said, “…”` (a speech citing another's words), `X still called it “…”`; not
    # `just` (`Russia just announced …` in a speech: the news of the day, often the speaker's)
    r"once|still|even|"
    # (`President Biden often says that …`: how often, as `repeatedly` says; not `never`)
    r"often|sometimes|usually|"
    r"strongly|clearly|explicitly|publicly|has|had|have|would|will|did|was pleased to|"
    r"is pleased to|were pleased to|went on to|in detail|"
    # any other adverb in -ly (`The President resolutely affirmed that`), not a noun in -ly
    r"(?!(?:family|assembly|supply|rally|anomaly|monopoly|reply|ally|early|only|belly|bully)\Z)"
    r"[a-z]{2,14}ly"
    r")\Z"
)
# The most characters `_BEFORE_THE_VERB` reads after its white space (`[a-z]{14}ly`, `were
# pleased to`), with room to spare.
_BEFORE_THE_VERB_WORDS = 40


def _cut_before_the_verb(tail: str) -> str:
    """`_BEFORE_THE_VERB.sub("", tail)`, sought in the last characters only: its match ends the
    text, so it starts in white space that runs into them, and the first match of `sub` is
    the start of that white space (a long tail was scanned whole, at every space)."""
    match = _BEFORE_THE_VERB.search(tail, max(0, len(tail) - _BEFORE_THE_VERB_WORDS))
    if match is None:
        return tail
    start = match.start()
    while start and tail[start - 1].isspace():
        start -= 1
    return tail[:start]


# `President Biden has always said that …`, `President Xi yesterday indicated that …`, `has from
# the beginning made it clear that …`: a transcript's words of time before the verb (sought only
# where `ay`, `from the` or `all along` ends the words, as `_BEFORE_THE_VERB` is everywhere).
_TIME_BEFORE_THE_VERB = lazy(
    r"\s+(?:always|yesterday|today|from the (?:beginning|start|outset)|all along"
    # `Lael Brainard on Wednesday said …` (a news report's day of saying)
    r"|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\Z"
)


def _without_time(tail: str) -> str:
    """`tail` with a word of time before the verb taken off, and the words `_BEFORE_THE_VERB`
    takes before it (`has always`, `earlier today`)."""
    end = tail[-24:]
    if "ay" not in end and "from the" not in end and "all along" not in end:
        return tail
    cut = _TIME_BEFORE_THE_VERB.sub("", tail)
    return _cut_before_the_verb(cut) if cut != tail else tail


def _titled_surname(reference: Reference) -> bool:
    """`President Kennedy`, `Director Carter`: a surname under a title (not `Mr.` or `Mrs.`)
    names a person even at its first mention."""
    if reference.kind != "surname" or not reference.role:
        return False
    words = reference.role.lower().split(" ")
    return all(word in TITLE_WORDS for word in words) and words[-1].rstrip(".") not in (
        "mr",
        "mrs",
        "ms",
        "miss",
    )


# A clause's last word before `and he said` (`He looked at me and he said, “…”`, `talking about
# where he’s from and he said`): an object pronoun, a verb's form, a particle; `and` joins two
# clauses there, not two people (`Biden and he`, `his wife and he`).
_CLAUSE_ENDS = lazy(
    r"(?i:me|him|us|them|it|up|on|in|over|out|down|back|home|there|here|too|again|away|from"
    r"|aside|[a-z]{2,}(?:ing|ed))"
)


def _same_pronoun_before(words: list[str], pronoun: str) -> bool:
    """Whether `pronoun` (`he`, `she`, `they`) is a subject earlier in the clause that `words`
    end (no comma, colon, bracket or dash between, a sentence's end neither, at most fifteen
    words back): `He appeared on screen and he said`, `when he appeared on screen and he said`,
    where `and` joins two clauses of one person, as after `_CLAUSE_ENDS`; not `Biden and he`,
    nor `His wife and he` (no `he` before)."""
    for word in reversed(words[-15:]):
        if word in ",;:()—–" or word.endswith((".", "!", "?")):
            return False
        if word.lower() == pronoun:
            return True
    return False


def _joined_subject_before(words: list[str]) -> bool:
    """Whether `words` (those before `and the …` right before a verb) end with a clause's whole
    subject: a capitalised noun phrase (`The Secretary`, `President Biden`, `He`) that opens its
    sentence or follows a comma, a colon or a semicolon, so that `and` joins two subjects of one
    verb; not `The President thanked Morimura and the Prime Minister noted …` (two clauses)."""
    first = _np_backwards(words)
    if not first and words and words[-1].lower() in ("he", "she", "i", "we"):
        first = words[-1:]  # `During the call, he and the Prime Minister agreed that …`
    if not first:
        return False
    start = len(words) - len(first)
    if start == 0:
        return True
    before = words[start - 1]
    return before in (",", ";", ":") or before.endswith((".", "!", "?"))


# Two subjects joined by `Both … and …` right before the verb: several people together.
_BOTH_AND = Gated(r"\b[Bb]oth\s[^,.;:“”\"]{1,80}?\sand\s[^,.;:“”\"]{1,60}\Z", ("both", "Both"))


# A pronoun with its auxiliary's short form (`he’s said that`, `she’s also said`, `they’ve
# said`), and a subject with its intensifier (`the President himself said`): the subject alone.
# Not `it’s said that` (no one's words) nor a name's `’s` (`Biden’s said` is rare, `Biden’s
# aide said` common).
_SHORT_AUXILIARY = lazy(r"\b(?:([Hh]e|[Ss]he)[’']s|([Tt]hey)[’']ve)\Z")
_INTENSIFIER = lazy(r"(?<=\w)\s+(?:himself|herself|themselves)\Z")


def _plain_subject(tail: str) -> str:
    """`tail` with a pronoun's short auxiliary or a subject's intensifier taken off."""
    if tail.endswith(("e’s", "e's", "y’ve", "y've")):  # (`he’s`, `she’s`, `they’ve`)
        return _SHORT_AUXILIARY.sub(lambda found: found.group(1) or found.group(2), tail)
    if tail.endswith("self") or tail.endswith("selves"):
        return _INTENSIFIER.sub("", tail)
    return tail


# Where or how the words were said, between the speaker and the verb: `Biden in a statement
# said`, `the ministry in a letter to Congress said`, `Roe at a news conference said`, and
# `Biden in Brussels said` (a place: in capitals, after `in` only). The speaker is before it,
# not the statement, Congress or Brussels.
_WHERE_SAID = Gated(
    r" (?:(?:in|at|during) (?:a|an|his|her|its|their|the) (?:[\w’'\-]+ ){0,3}?"
    r"(?:statement|interview|speech|letter|remarks|post|address|conference|briefing|hearing"
    r"|op-ed|tweet|video|message|release|testimony|appearance|podcast|essay|column|call)s?"
    r"(?: (?:to|with|on|before) (?:the )?[A-Z][\w.’'\-]*(?: [A-Z][\w.’'\-]*){0,3})?"
    r"|(?P<place>in [A-Z][\w.’'\-]*(?: [A-Z][\w.’'\-]*){0,2}))\Z",
    (" in ", " at ", " during "),
)


def _subject_before(tail: str) -> Reference | None:
    """The speaker that ends `tail` (the words before a speech verb), or None."""
    end = tail.rstrip()
    if "—" in end[-40:] or "–" in end[-40:]:
        bare = _cut_before_the_verb(end)  # (`Elon Musk has asked — has said`)
        if bare.endswith(("—", "–")):
            return _subject_before_dash(bare)
    where = _WHERE_SAID.search(end, max(0, len(end) - 120)) if end[-1:].isalpha() else None
    if where is not None and where.start() > 0:
        # (the speaker before where it was said, when that names one; before a place, a
        # person named: `A spokesperson in Beijing said` keeps its reading, Beijing's)
        before = _subject_before_where(end[: where.start()])
        kinds = _NAMED_KINDS if where.group("place") else _NAMING_KINDS
        if before is not None and before.kind in kinds:
            return before
    return _subject_before_where(tail)


# A spoken aside or a false start between a speaker and the verb, the verb right after a dash:
# `The Congressional Budget Office — and it is nonpartisan — says that …`, `The Centers for Disease
# Control and Prevention — the CDC — says …` (an aside), `Elon Musk has asked — has said that …`,
# `President Xi had some sort of — had a sort of conciliatory — conciliatory tone — said …` (a
# predicate begun and broken off). The speaker is the name or body the clause opens with.
_CLAUSE_BEFORE_DASHES = lazy(
    r"(?:\A|[,;:.!?“”\"(])\s*(?P<clause>[^,;:.!?“”\"()—–]+?)\s*[—–](?P<rest>[^,;:.!?“”\"()]*)\Z"
)
# What may follow the speaker up to the first dash in a false start: an auxiliary or a past verb.
_BROKEN_PREDICATE = lazy(
    r"\s(?:has|had|have|was|is|were|would|will|did|[a-z]{2,}ed)(?:\s[^—–]*)?\Z"
)
# An aside that holds another's saying or a speaker joined to the first (`— I said —`, `— and I
# —`): not read past.
_ASIDE_SPEAKS = lazy(r"\b(?:said|says|say|told|tell|tells)\b|\A\s*and\s+\S+\s*\Z")
# (not a title alone: `the President has said — has been clear that …` in a briefing may
# resolve to a President named in passing, and `the President signed — say that one more time`
# is the speaker's own request)
_PLAIN_KINDS = frozenset(("name", "surname", "body"))


def _subject_before_dash(end: str) -> Reference | None:
    """The speaker of a verb right after a dash (`_CLAUSE_BEFORE_DASHES`): a name (or surname) or a
    body that opens the clause, with an aside or a broken-off predicate between; or None."""
    found = _CLAUSE_BEFORE_DASHES.search(end, max(0, len(end) - 240))
    if found is None or _ASIDE_SPEAKS.search(found.group("rest").rstrip(" —–")):
        return None
    clause = found.group("clause")
    predicate = _BROKEN_PREDICATE.search(clause)
    if predicate is not None:
        clause = clause[: predicate.start()]  # `Elon Musk has asked —`: the subject before
    elif found.group("rest").count("—") + found.group("rest").count("–") != 1:
        return None  # an aside is closed by the dash before the verb, and by it only
    elif len(re.findall(r"\w+", found.group("rest"))) > 15:
        return None
    if not clause or _ASIDE_SPEAKS.search(clause):
        return None
    reference = _subject_before_where(clause)
    if reference is None or reference.kind not in _PLAIN_KINDS:
        return None
    return reference


# What may speak before where it was said: a person (named, by title or by pronoun) or a body;
# before a place, a person named or a pronoun.
_NAMING_KINDS = frozenset(("name", "surname", "title", "pronoun", "body"))
_NAMED_KINDS = frozenset(("name", "surname", "pronoun"))


# A lawmaker's party and state between commas after the name, a wire's way (`, R-Okla.,`).
_PARTY_BETWEEN_COMMAS = lazy(rf",\s{PARTY_STATE}(?=,)")


# A company's unnamed executive, by the company's proper name before the title (`NPR’s President
# and CEO`, `Acme Corp.’s chief executive`); not a title of state (`Ukraine’s president`).
_EXECUTIVE_ENDS = ("CEO", "chief executive", "chief executive officer")
_EXECUTIVE_OF = lazy(
    r"(?:\A|(?<=\s))(?P<owner>[A-Z][\w&.\-]*(?:\s[A-Z][\w&.\-]*){0,3})[’']s\s"
    r"(?:(?:[Pp]resident|[Cc]hairman|[Cc]hair|[Ff]ounder)\sand\s)?"
    r"(?:CEO|chief\sexecutive(?:\sofficer)?)\Z"
)
# A readout or a statement its issuer's name stands before (`the Kremlin readout`, `the White
# House statement`): the issuer; not a country's adjective (`the Chinese readout`).
_ISSUER_DOCUMENT = lazy(
    r"(?:\A|(?<=\s))[Tt]he\s"
    r"(?P<issuer>[A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*){0,3})"
    r"(?<!ese)(?<!ian)(?<!ean)(?<!can)(?<!ish)(?<!ch)(?<!ic)(?<![a-z]i)\s(?:readout|statement)\Z"
)


# An age after a name, between commas (`Jane Roe, 54,`, `Jane Roe, 54, of Miami,`), with what
# follows it (`more`) or at the end of the words before the verb.
_AGE_APPOSED = lazy(
    r"(?<=[a-z.]), \d{1,3},(?: of [A-Z][\w.’'\-]*(?: [A-Z][\w.’'\-]*){0,3},)?"
    r"(?:(?P<more>\s(?=\S))|\s*\Z)"
)


def _body_described(words: list[str]) -> bool:
    """Whether `words` end with what a body is, in lower case after `the` or `its` (`The
    utility`, `the state's largest utility`, `its parent company`), at the clause's start."""
    start = len(words)
    while start > 0 and words[start - 1] not in _CLAUSE_MARKS and len(words) - start < 5:
        start -= 1
    lead = words[start:]
    return (
        2 <= len(lead) <= 4
        and (start == 0 or words[start - 1] in _CLAUSE_MARKS)
        and lead[0] in ("The", "the", "Its", "its")
        and all(
            word.islower() and word.replace("’s", "").replace("'s", "").isalpha()
            for word in lead[1:]
        )
    )


_CLAUSE_MARKS = frozenset(",;:()—–")

# What a company or a group is, in lower case, before the name it is `called` between commas.
_CALLED_BODY_NOUNS = frozenset(
    ["company", "firm", "group", "union", "organization", "organisation", "coalition",
     "association", "nonprofit", "charity", "manufacturer", "developer", "utility", "startup",
     "contractor", "supplier", "retailer", "chain", "bank", "foundation", "alliance", "network",
     "maker", "producer", "operator", "shipbuilder", "automaker", "builder"]
)  # fmt: skip
_CALLED_JOINERS = frozenset(["&", "of", "for", "and"])
_CALLED_DETERMINERS = frozenset(["The", "the", "A", "a", "An", "an", "Its", "its"])


def _participle_object(words: list[str]) -> bool:
    """Whether `words`, the words before the verb's noun phrase, are a clause's opening
    description with a participle whose object that noun phrase is (`The company building`, `A
    firm making the`): a determiner, one to three lower-case words, then a word in `-ing`.
    The name after it is what the company builds, not the one who speaks."""
    if words and words[-1] in ("the", "a", "an"):
        words = words[:-1]
    if len(words) < 3 or not words[-1].endswith("ing") or not words[-1].islower():
        return False
    start = len(words) - 1
    while start > 0 and words[start - 1] not in _CLAUSE_MARKS and len(words) - start < 6:
        start -= 1
    lead = words[start:-1]
    return (
        (start == 0 or words[start - 1] in _CLAUSE_MARKS)
        and 2 <= len(lead) <= 4
        and lead[0] in _CALLED_DETERMINERS
        and all(word.islower() and word.isalpha() for word in lead[1:])
        and words[-1] not in _NOUNS_IN_ING
    )


# Nouns in `-ing` a description may end with (`the morning`, `the hearing`): no participle.
_NOUNS_IN_ING = frozenset(
    ["morning", "evening", "meeting", "briefing", "hearing", "thing", "something",
     "ring", "king", "spring", "wing", "setting", "ceiling", "funding", "spending", "training",
     "housing", "polling", "reporting", "finding", "ruling", "filing", "ending", "opening",
     "offering", "gathering", "warning", "saying", "rating", "listing"]
)  # fmt: skip


def _called_body(words: list[str], inner: list[str]) -> Reference | None:
    """The company or group named between commas after what it is (`The company building the
    ship, called Acme Steel,`, `A union, known as Local 12,`), or None. The name after `called`
    or `known as` is the body's, never the ship's before it (ANNOTATING.md, "Sixty-fifth
    folder")."""
    named = inner[2:] if inner[:2] == ["known", "as"] else inner[1:] if inner[0] == "called" else []
    if not named or not all(word[:1].isupper() or word in _CALLED_JOINERS for word in named):
        return None
    start = len(words)
    while start > 0 and words[start - 1] not in _CLAUSE_MARKS and len(words) - start < 9:
        start -= 1
    lead = words[start:]
    if (
        len(lead) < 2
        or (start > 0 and words[start - 1] not in _CLAUSE_MARKS)
        or lead[0] not in _CALLED_DETERMINERS
        or not any(word in _CALLED_BODY_NOUNS for word in lead[1:3])
    ):
        return None
    reference = parse_phrase(" ".join(named))
    if reference is None or reference.kind not in ("body", "name") or reference.role:
        return None
    return Reference("body", reference.text)


def _subject_before_where(tail: str) -> Reference | None:
    """`_subject_before` of words that end with no phrase of where it was said."""
    if tail.endswith((") ", ")")):
        tail = without_party(tail)  # `Sen. Jane Roe (D-Ohio) said`: the name before
    if "-" in tail and ", " in tail:
        # `Rep. Frank Lucas, R-Okla., chairman of …, said`: a wire's party and state between
        # commas, no apposition of its own
        tail = _PARTY_BETWEEN_COMMAS.sub("", tail)
    tail = _without_time(_cut_before_the_verb(tail.rstrip()))
    tail = _cut_before_the_verb(tail)  # `has repeatedly said`: two of them
    tail = _cut_before_the_verb(_plain_subject(tail))
    if tail.endswith(("also", "again", "further")):
        tail = re.sub(r"\s+(?:also|again|further)\Z", "", tail)
    if tail.endswith(("team", "delegation", "colleagues", "staff")):
        tail = re.sub(r"\s+and (?:his|her|their) (?:team|delegation|colleagues|staff)\Z", "", tail)
    if tail.endswith(("readout", "statement")):
        issued = _ISSUER_DOCUMENT.search(tail, max(0, len(tail) - 80))
        if issued is not None:
            # `the Kremlin readout said that A`: the readout speaks for its issuer (ANNOTATING.md,
            # "Twenty-ninth folder"); not `the Chinese readout` (no issuer named).
            return Reference("body", issued.group("issuer"))
    if tail.endswith(_EXECUTIVE_ENDS) and (executive := _EXECUTIVE_OF.search(tail)) is not None:
        # `NPR’s President and CEO admitted that A`, `Acme’s chief executive said that A`: an
        # unnamed executive speaks for the company (ANNOTATING.md, "A wire story's attribution"),
        # one named by its proper name (ensource round)
        return Reference("body", executive.group("owner"))
    if _BOTH_AND.search(tail):
        return None  # `Both the Director-General and the Vice President reiterated that`
    if ", " in tail and (age := _AGE_APPOSED.search(tail, max(0, len(tail) - 160))) is not None:
        # `Maria Gonzalez, 67, a retired nurse, said`, `Maria Gonzalez, 67, said`: an age is no
        # title, nor the apposition's end (found testing wire stories, thirteenth session)
        tail = tail[: age.start()] + (", " if age.group("more") else "") + tail[age.end() :]
    words = _TAIL_WORD.findall(tail)
    if len(words) >= 3 and words[-1] in ("Jr.", "Sr.") and words[-2] == ",":
        words = words[:-2]  # `President Joseph R. Biden, Jr. declared that`: the name before
    if not words:
        return None
    last = words[-1]
    if last.lower() in ("he", "she", "they"):
        if (
            len(words) >= 3
            and words[-2].lower() == "and"
            and words[-3] not in ",;:"
            and not _CLAUSE_ENDS.fullmatch(words[-3])
            and not _same_pronoun_before(words[:-2], last.lower())
        ):
            return None  # `Biden and he`: two people; a sentence's `And he` is one
        if (
            last.lower() == "they"
            and len(words) >= 3
            and words[-2] == ","
            and words[-3].lower() in ("together", "jointly")
        ):
            return None  # `Together, they promised to ensure that …`: several people together
        return Reference("pronoun", last.lower())
    if last == "predecessor" and len(words) >= 2 and words[-2] in ("my", "My"):
        return parse_phrase("my predecessor")  # a President's `my predecessor`: one person
    if last == ")" and len(words) >= 5 and words[-3] == "(" and words[-2].isupper():
        # `the Food and Drug Administration (FDA)`: a body, whose initials spell the acronym.
        np = _np_backwards(words[:-3])
        bracketed = parse_phrase(" ".join(np) + f" ({words[-2]})") if np else None
        if (bracketed is None or bracketed.kind != "body") and "U.S." in np[:2]:
            # `the U.S. Environmental Protection Agency (EPA)`: initials of the name after the
            # country's abbreviation
            after = np[np.index("U.S.") + 1 :]
            bracketed = parse_phrase(" ".join(after) + f" ({words[-2]})") if after else None
        return bracketed if bracketed is not None and bracketed.kind == "body" else None
    if last == ",":
        # An appositive: `Gene Sperling, the … Coordinator,` or `the agency's director, Jane Roe,`.
        try:
            opening = len(words) - 2 - words[-2::-1].index(",")
        except ValueError:
            return None
        inner = words[opening + 1 : -1]
        before = _np_backwards(words[:opening])
        if not inner or len(inner) > 20:
            return None
        inner_text = " ".join(inner)
        if inner[0] == "including":
            # `Critics, including Assemblyman Jane Roe,`: a group and some of its members; the
            # group speaks if it is a source (`_np_reference`'s test), and no member does.
            return _np_reference(" ".join(before)) if before else None
        if inner[0] in ("a", "an") and before and not _PLURAL_TITLES.fullmatch(" ".join(before)):
            # `Wicks, a Mississippi Republican,` (probenews round): an indefinite article opens a
            # description of the one named before the comma, never a name of its own. The
            # description is the role when the name has none (`Mary Lovely, a senior fellow at
            # the Peterson Institute,`: `senior fellow at …`, as after the verb; wireppl round).
            named = parse_phrase(" ".join(before))
            if named is not None and named.kind == "name" and not named.role:
                described = parse_phrase(" ".join(before) + ", " + inner_text)
                if described is not None and described.text == named.text and described.role:
                    return described
            return named
        if inner[0] in ("called", "known") and (called := _called_body(words[:opening], inner)):
            return called
        inner_ref = parse_phrase(inner_text)
        if (
            inner_ref is not None
            and inner_ref.kind == "name"
            and (
                not inner_ref.role
                or _HONORIFIC_ONLY.fullmatch(inner_ref.role)
                # (`A spokesman for the Pentagon, Major General Pat Ryder,`: a spokesperson the
                # text names is that person, rank and all; probenews round)
                or _SPOKESPERSON_BEFORE.search(" ".join(words[max(0, opening - 6) : opening]))
            )
        ):
            # (`the state's education commissioner, Dr. Alan Pierce,`: an honorific is no office)
            role = _clean_role(_lower_np_backwards(words[:opening]))
            # (`A spokeswoman for the Labor Department, Carol Diaz,`, `Acme’s chief financial
            # officer, Robert Lee,`: the body a role in lower case or a possessive names; wireppl
            # round)
            body = (
                _affiliation(role)
                if role and (role[:1].islower() or _POSSESSIVE_OPENING.match(role))
                else None
            )
            return Reference("name", inner_ref.text, role, body)
        if inner_ref is not None and inner_ref.kind == "body" and _body_described(words[:opening]):
            # `The utility, Florida Power & Light,`, `the company, Acme Corp.,`: a body named
            # after what it is (found testing wire stories, thirteenth session)
            return inner_ref
        whole = (
            parse_phrase(" ".join(before) + ", " + inner_text)
            if before and not _PLURAL_TITLES.fullmatch(" ".join(before))
            else None
        )
        if (
            whole is None
            and inner_ref is not None
            and inner_ref.kind == "name"
            and inner_ref.role
            and all(word[:1].isupper() or word in ("of", "the") for word in inner)
            and 0 < opening <= 8
            and words[opening - 1][:1].islower()
            and not any(word in _CLAUSE_MARKS for word in words[:opening])
            and not _PLURAL_TITLES.fullmatch(" ".join(before))
        ):
            # `Even the bill’s sponsor, Senator Mark Daniels,`, `My colleague, Professor David
            # Kim,` (an op-ed's description in lower case before the one it names, title and
            # all; opedprobe round): the name between the commas, never the description
            return inner_ref
        return whole
    if tail.endswith(_BODY_TITLE_ENDS) and (body_title := _BODY_TITLE_END.search(tail)):
        # `The NATO Secretary General`, `the EU foreign policy chief`: the body's head, the
        # whole title (`parse_phrase`), not its last word.
        return parse_phrase(body_title.group())
    described = description_before(tail)
    if described is not None:
        return described  # `The former prosecutor said`: the one described so before
    if " of " in tail[-100:]:
        if tail.endswith("of the House") and _SPEAKER_OF_HOUSE_END.search(tail) is not None:
            # `the Republican speaker of the House said`: the one Speaker, by the title
            # (ANNOTATING.md, "Forty-third folder"; `Book.resolve`), not the House.
            return Reference("title", "speaker of house")
        head_of = _HEAD_OF_END.search(tail, max(0, len(tail) - 100))
        if head_of is not None:
            # `the chairwoman of the Russian central bank, who said`, `the Chairman of the House
            # Oversight Committee said`: the head of one body, the whole title (`Book.resolve`),
            # not the body that ends it.
            head = parse_phrase(head_of.group())
            if head is not None and head.kind == "title":
                return head
        held = _TITLE_OF_END.search(tail, max(0, len(tail) - 100))
        if held is not None:
            # `The Secretary-General of the United Nations said`, `the president of the European
            # Commission told reporters`: one title of office, the whole of it (`Book.resolve`),
            # not the body it is of.
            head = parse_phrase(held.group())
            if head is not None and head.kind == "title":
                return head
    np = _np_backwards(words)
    if not np:
        return None
    if (
        len(words) > len(np) + 1
        and words[-len(np) - 1][-1:] in _PLACE_WORD_ENDS
        and _PEOPLE_OF_PLACE.search(" ".join(words[: len(words) - len(np)]))
    ):
        return None  # `Health officials in Ohio said`: unnamed people of a place, not Ohio
    if len(words) > len(np) + 2 and _participle_object(words[: len(words) - len(np)]):
        return None  # `The company building the Orion said`: the ship is what it builds
    if len(words) > len(np) + 1 and _ENVOY_TO.search(" ".join(words[-len(np) - 3 : -len(np)])):
        return None  # `the Russian ambassador to South Korea said`: the envoy, unnamed
    if len(words) > len(np) and _EXAMPLE_OF.search(" ".join(words[-len(np) - 3 : -len(np)])):
        return None  # `Republicans like Representative X called …`: the group, X one of them
    if (
        len(words) >= len(np) + 2
        and words[-len(np) - 1] == "and"
        and words[-len(np) - 2].lower() in ("he", "she", "they", "we", "i")
    ):
        # `he and Vice President Harris are announcing that …`: two people, as `Biden and he` are
        return None
    if (
        len(words) >= len(np) + 2
        and np[0] in ("the", "The")
        and words[-len(np) - 1] == "and"
        and _joined_subject_before(words[: -len(np) - 1])
    ):
        # `The Secretary and the Foreign Minister agreed that …`, `President Biden and the Prime
        # Minister reaffirmed that …`: two people together, the second one only a title after its
        # determiner (ANNOTATING.md, "Statements by several people together")
        return None
    if any(word == "and" for word in np):
        # `President Biden and President Xi`: a group, not one speaker; `President and CEO`
        # stays a title, and `the Department of Health and Human Services` one body.
        joined = " ".join(np)
        office = parse_phrase(joined) if re.search(r" and [A-Z]", joined) else None
        if office is not None and office.kind == "body" and np.count("and") == 1:
            return office  # one body's name (`Food and Drug Administration`)
        if np[0] == "Both":
            return None  # `Both Under Secretary Bonnie and Advisor McCarthy`: two people
        if np[-1] in ("officials", "Officials", "leaders", "lawmakers"):
            return None  # `the White House and administration officials said`: several
        titled = _office_in_title(np)
        if titled is not None:
            return titled  # `Health and Human Services Secretary Xavier Becerra`: one person
        name_word = r"[A-Z][A-Za-z’'\-]*[a-z]"  # `Bonnie`, `McCarthy`
        # (the second one's country after the name: `President Biden and President Abdel Fattah
        # El-Sisi of Egypt`, two people as without it)
        joined = _OF_COUNTRY_END.sub("", joined)
        if re.search(rf"{name_word} and (?:[A-Z][\w.]* )*{name_word}$", joined) and not re.search(
            r"(?:President|Chairman|Director|Founder) and (?:CEO|Chief)", joined
        ):
            return None
    if _PLURAL_PEOPLE.fullmatch(" ".join(np)) or _PLURAL_TITLES.fullmatch(" ".join(np)):
        return None  # `Participants noted that …`: several people, none named
    if len(np) == 1 and _indefinite_before(words[:-1], 3 if np[0].islower() else 1):
        # `another Ranger yelled`: the determiner `parse_phrase` reads (one of a group, unnamed)
        # is left before the noun phrase here; so is one body of a kind with its adjectives (`A
        # federal agency said`, `an energy company said`: unnamed, never the agency or the
        # company named before)
        return None
    return parse_phrase(" ".join(np))


def _indefinite_before(words: list[str], reach: int) -> bool:
    """Whether an indefinite determiner stands among the last `reach` words before a noun, with
    only lower-case words after it (`another`; with 3: `A federal`, `an energy`, `another
    state`)."""
    for word in reversed(words[-reach:]):
        if word.lower() in INDEFINITE:
            return True
        if not word.islower():
            return False
    return False


# The head of one body with its body's name ending a subject (`the chairwoman of the Russian
# national — central bank`, `the Chairman of the House Oversight Committee`): the body's words
# capitalised or a few of a bank's or a committee's in lower case, and a word taken back.
_BODY_OF_HEAD = (
    r"(?:[A-Z][\w.’'\-]*|[a-z]+\s—\s[a-z]+|central|national|federal|bank|committee|board|"
    r"commission|council|party|company|fund|reserve|union)"
)
_HEAD_OF = (
    r"(?<![\w’'])[Tt]he\s(?:[Cc]hair(?:man|woman|person)?|[Hh]ead|[Gg]overnor|CEO)\sof\s(?:the\s)?"
    rf"{_BODY_OF_HEAD}(?:\s(?:(?:of|for)\s(?:the\s)?|and\s)?{_BODY_OF_HEAD}){{0,6}}"
)
_HEAD_OF_END = lazy(rf"{_HEAD_OF}\Z")
# A body's head by its initials ending a subject (`the NATO Secretary General`; `BODY_TITLE`).
_BODY_TITLE_END = lazy(rf"(?<![\w’']){BODY_TITLE}\Z")
_BODY_TITLE_ENDS = ("General", "chief", "Representative", "President")
# A title of office with `of` ending a subject (`the Mayor of London`, `The Secretary-General of the
# United Nations`; `TITLE_OF_OFFICE`).
_TITLE_OF_END = lazy(rf"(?<![\w’']){TITLE_OF_OFFICE}\Z")
# `the Speaker of the House`, `the Republican speaker of the House` ending a subject.
_SPEAKER_OF_HOUSE_END = lazy(
    r"(?<![\w’'])[Tt]he\s(?:(?:Republican|Democratic|GOP)\s)?[Ss]peaker\sof\sthe\sHouse\Z"
)
# A title that can mean one person only, met anywhere in a sentence (`Just look at the Chairman of
# the House Oversight Committee.`, `What was the Crown Prince’s response …?`): the head of one
# body, the Crown Prince, a country's leader (`the French leader`, `the German Chancellor`).
# (tried only where one of the words every match holds stands: `Chairman`, `head`, `Governor`,
# `CEO`, `Crown Prince`, `leader`, `President`, `Prime Minister`, `Chancellor`, `Foreign Minister`)
ONE_PERSON_TITLE = Gated(
    rf"(?:{_HEAD_OF}|(?<![\w’'])[Tt]he\s(?:Crown\sPrince|[A-Z][a-z]+(?:an|ese|ish|ch|i)\s"
    r"(?:leader|President|Prime\sMinister|Chancellor|Foreign\sMinister)))"
    r"(?=[’']s\b|(?![\w’'\-]|\s[A-Z]))",
    (
        "hair",
        "ead",
        "overnor",
        "CEO",
        "Crown",
        "leader",
        "President",
        "Prime",
        "Chancellor",
        "Foreign",
    ),
)


# A leader's country after the name, ending a noun phrase (`… El-Sisi of Egypt`, `… of the
# Republic of Korea`).
_OF_COUNTRY_END = lazy(r"(?<=[a-z]) of (?:the )?[A-Z][\w.’'\-]*(?: (?:of )?[A-Z][\w.’'\-]*){0,3}\Z")


# Titles in the plural (`The Presidents underscored that …`, `The Leaders reaffirmed that …`,
# `The Prime Ministers`): the people a joint statement or readout names together, no one source.
_PLURAL_TITLE_WORDS = (
    *("Presidents", "Leaders", "Ministers", "Chancellors", "Premiers", "Secretaries"),
    "Heads of State",
)
_PLURAL_TITLES = Gated(
    r"(?:[Tt]he\s)?(?:[Tt]wo\s|[Bb]oth\s)?"
    r"(?:[A-Z][a-z]+\s(?:and\s)?){0,2}"  # (`Democratic and Republican Presidents`)
    r"(?:Vice\s|Prime\s|Foreign\s|Defense\s|Defence\s)?"
    rf"(?:{'|'.join(_PLURAL_TITLE_WORDS)})",
    _PLURAL_TITLE_WORDS,
)


# Words that open or qualify a title (`Deputy Secretary`, `Senior Advisor`): after `and`, the
# start of a second person's title, never the rest of an office's name.
_TITLE_OPENERS = frozenset(["senior", "under", "principal", "associate"])


def _is_title_word(word: str) -> bool:
    return word.lower() in TITLE_WORDS or word.lower() in _TITLE_OPENERS


def _office_in_title(np: list[str]) -> Reference | None:
    """The one person a noun phrase names when its only `and` joins the words of an office's name
    inside the title before the name (ANNOTATING.md, "Speakers"): `Health and Human Services
    Secretary Xavier Becerra`, `Ways and Means Committee Chair Jason Smith` (the office before
    the title), `Secretary of Housing and Urban Development Scott Turner`, `Under Secretary of
    Defense for Acquisition and Sustainment Stacy Cummings` (the office after the title's `of`
    or `for`). None when `and` joins two people (`Sullivan and Director Wang`, `National Security
    Advisor Jake Sullivan and National Economic Council Director Brian Deese`, `Jake Sullivan and
    …`) or when no name ends the phrase."""
    if np.count("and") != 1:
        return None
    reference = parse_phrase(" ".join(np))
    if reference is None or reference.kind not in ("name", "surname"):
        return None
    named = len(reference.text.split())
    if " ".join(np[-named:]) != reference.text:
        return None
    role = np[:-named]
    if "and" not in role:
        return None
    at = role.index("and")
    left, right = role[:at], role[at + 1 :]
    if not left or not right or not left[-1][:1].isupper() or not right[0][:1].isupper():
        return None
    if _is_title_word(left[-1]) or _is_title_word(right[0]):
        return None  # `President and CEO`, `Sullivan and Director Wang`: a title after `and`
    titles_left = [index for index, word in enumerate(left) if _is_title_word(word)]
    titles_right = [word for word in right if _is_title_word(word)]
    if titles_left:
        # The office after the title's `of` or `for`, with no second title after `and`.
        after = left[titles_left[-1] + 1 :]
        if titles_right or not any(word in ("of", "for") for word in after):
            return None
        return reference
    if not titles_right:
        return None
    # The office before the title: one word before `and` (`Health`), or a body's name
    # (`Office of Management`); two names (`Jake Sullivan and …`) are two people.
    if len(left) == 1:
        return reference
    office = parse_phrase(" ".join(left))
    return reference if office is not None and office.kind == "body" else None


def _np_backwards(words: list[str]) -> list[str]:
    """The capitalised noun phrase that ends `words` (with `of`, `the`, `and` inside, and a
    lower-case title or body word after `the`)."""
    out: list[str] = []
    index = len(words) - 1
    while index >= 0:
        word = words[index]
        lower = word.lower()
        if (
            word[:1].isupper()
            or hyphen_particle(word)  # `Bashar al-Assad`
            or (word[:1].isdigit() and out)
            or (
                lower in ("of", "and", "for", "on", "&")
                and out
                and index > 0
                and (words[index - 1][:1].isupper())
            )
            or (
                # `Committee to Protect Journalists`, `Mothers against Drunk Driving`: a body's
                # or a group's head before `to` or `against` (not `Back to Iran`); an envoy's
                # title before `to` and the place (`Ambassador to China Nicholas Burns`: the
                # title's, never `China Nicholas Burns`; names round)
                lower in ("to", "against")
                and out
                and (out[0][:1].isupper() or out[0] == "the")
                and index > 0
                and (
                    words[index - 1].lower() in ORG_WORDS
                    or words[index - 1].lower() in GROUP_HEADS
                    or (lower == "to" and words[index - 1].lower() in TITLE_WORDS)
                )
                and words[index - 1][:1].isupper()
            )
            or (
                # `Citizens for Responsibility and Ethics in Washington`: `in` inside a name
                # that is for something (not `Police in Denmark`)
                lower == "in"
                and out
                and out[0][:1].isupper()
                and index > 1
                and words[index - 1][:1].isupper()
                and any(
                    before.lower() in ("for", "against")
                    for before in words[max(0, index - 6) : index]
                )
            )
        ):
            out.insert(0, word)
        elif lower in ("the", "a", "an"):
            if out:
                out.insert(0, word)
            if (
                out
                and lower == "the"
                and index >= 3
                and words[index - 1] == "of"
                and all(
                    before[:1].isupper()
                    and before.isalpha()
                    and before.lower() not in TITLE_WORDS
                    and before.lower() not in ORG_WORDS
                    and before.lower() not in _BODY_LOWER
                    for before in words[index - 3 : index - 1]
                )
            ):
                # `Jane Roe of the Brookings Institution said` (opedprobe round): a person's
                # name, two capitalised words, before `of the` and the body, the person's
                index -= 1
                continue
            if (
                out
                and lower == "the"
                and index >= 2
                and len(out) >= 2
                and out[1][:1].isupper()
                and words[index - 1] in ("of", "on", "for", "to")
                and words[index - 2][:1].isupper()
                and (
                    words[index - 2].lower() in ORG_WORDS or words[index - 2].lower() in TITLE_WORDS
                )
            ):
                # `the Department of the Interior`, `Subcommittee on the Coronavirus Crisis`,
                # `Secretary of the Treasury Janet Yellen`, `Ambassador to the United Nations Linda
                # Thomas-Greenfield`: an article inside a body's name or a title, after a body's
                # or a title's word and its joining word, not its opening (names round)
                index -= 1
                continue
            if (
                out
                and lower in ("a", "an")
                and index >= 2
                and words[index - 1].lower() in ("for", "to", "against")
                and (
                    words[index - 2].lower() in ORG_WORDS or words[index - 2].lower() in GROUP_HEADS
                )
                and words[index - 2][:1].isupper()
            ):
                # `The Committee for a Responsible Federal Budget`: an article inside a body's
                # name after what it is for, not its opening
                index -= 1
                continue
            break
        elif (lower in TITLE_WORDS or lower in _BODY_LOWER) and (
            not out or out[0][:1].islower() or True
        ):
            if out and out[0][:1].isupper() and lower not in TITLE_WORDS:
                break
            out.insert(0, word)
        elif (
            lower in COMMON_BODY_HEADS
            and not out
            and index > 0
            and (words[index - 1][:1].isupper() or words[index - 1].lower() == "the")
        ):
            out.insert(0, word)  # `the Border Patrol union said` (`COMMON_BODY_HEADS`)
        elif lower.endswith(("’s", "'s")) and out:
            out.insert(0, word)
        elif (
            len(out) == 1
            and out[0] in ("ministry", "department")
            and (lower in _PORTFOLIO or lower == "foreign")
            and index > 0
            and words[index - 1][:1].isupper()
            and words[index - 1].endswith(("’s", "'s"))
        ):
            # `China’s foreign ministry`, `Japan's defense ministry` (a wire's lower case): the
            # country's ministry of that portfolio, not a bare `ministry`.
            out.insert(0, word)
        elif (
            word in NAME_PARTICLES
            and out
            and (out[0][:1].isupper() or out[0] in NAME_PARTICLES)
            and index > 0
            and (words[index - 1][:1].isupper() or words[index - 1] in NAME_PARTICLES)
        ):
            # `Charles de Gaulle`, `Mohammed bin Salman`, `Ursula von der Leyen`: a name's
            # particles between its capitalised words.
            out.insert(0, word)
        else:
            break
        index -= 1
        if len(out) > 14:
            break
    while out and out[0].lower() in ("of", "and", "for", "on"):
        out.pop(0)
    return out


_BODY_LOWER = frozenset(
    [
        "delegation",
        "representatives",
        "officials",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "subcommittee",
        "committee",
        "ministry",
        "department",
        "agency",
        "report",
        "statement",
        "study",
        "government",
        "administration",
        "office",
    ]
)
# A body named by a common noun after its proper modifier (`the Border Patrol union`, `the Israeli
# military`, `Ukraine’s military`): the modifier and the noun together, never the noun after a
# common modifier (`the city council`: no name; ensource round).
COMMON_BODY_HEADS = frozenset(["union", "council", "military"])


def _lower_np_backwards(words: list[str]) -> list[str]:
    out: list[str] = []
    for word in reversed(words):
        if word in (",", ";", ":", "(", ")") or len(out) >= 6:
            break
        out.insert(0, word)
    return out


# A pronoun with a contracted auxiliary (`he’s`, `they’re`, `we’ll`, `it’d`) is a clause's
# subject and verb, as `he is` is.
_CONTRACTED_AUX = lazy(r"(?:he|she|it|that|there|we|they|you|i)[’'](?:s|re|ll|ve|d|m)")


def _opens_with_name(text: str) -> bool:
    """Whether `text` opens with two capitalised words, the first no preposition or adverb
    (`Keith Siegel, …`, `Secretary of State Rubio …`; not `On March 23, …`)."""
    words = text.split(" ", 2)
    return (
        len(words) >= 2
        and words[0].lower() not in _FUNCTION_OPENERS
        and (words[1][:1].isupper() or words[1] == "of")
    )


def _role_words_only(words: list[str]) -> bool:
    """Whether the words of a label that are not capitalised can be a role's (`host`,
    `columnist`, `former top … advisor`): at most three, lower-case, no sentence's words."""
    return len(words) <= 3 and all(
        word[:1].islower() and word not in _NOT_ROLE_WORDS and not word.endswith("ing")
        for word in words
    )


def _contracted(word: str) -> bool:
    """Whether `_CONTRACTED_AUX` matches all of `word` (never without an apostrophe)."""
    return ("'" in word or "’" in word) and _CONTRACTED_AUX.fullmatch(word) is not None


# Lower-case words of a sentence, not of a role before a name (`host`, `columnist`).
_NOT_ROLE_WORDS = frozenset(
    [
        "said", "says", "told", "wrote", "writes", "added", "noted", "is", "was", "and", "with",
        "on", "in", "at", "to", "for", "of", "the", "a", "an", "from", "by", "about", "over",
    ]
)  # fmt: skip
# Words that open a sentence before its subject (`On March 23, …`, `In Geneva, …`).
_FUNCTION_OPENERS = frozenset(
    [
        "on", "in", "at", "during", "after", "before", "with", "for", "from", "since", "by",
        "today", "yesterday", "earlier", "later", "last", "this", "that", "meanwhile",
    ]
)  # fmt: skip
