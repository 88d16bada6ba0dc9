"""Who speaks: people and bodies named in an article, and what a reference to one names.

A speaker phrase (`NOAA Administrator Rick Spinrad`, `Ma Zhaoxu, Vice Minister of the
Ministry of Foreign Affairs`, `the agency's director, Jane Roe`, `a White House spokesperson`)
is read into a name (the person's full name, without titles), a role and an affiliation. The
`Book` keeps every person and body the article has named, in order, so that a later surname
(`Biden`), title (`the Vice President`, `the minister`), pronoun (`he`, `they`) or a body's
short form (`the subcommittee`) names the same speaker: one person is one speaker.

Everything works on short word lists (a phrase of at most a few dozen words), so the cost is
bounded per attribution.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from pressreader.importing.wordlists import CLAUSE_OPENERS, DAYS_AND_MONTHS, Gated, lazy

# Words of titles: before a name (`Governor Gretchen Whitmer`) they are the role.
TITLE_WORDS = frozenset(
    [
        "president",
        "vice",
        "prime",
        "minister",
        "ministers",
        "secretary",
        "czar",
        "tsar",
        "secretaries",
        "governor",
        "governors",
        "mayor",
        "senator",
        "sen.",
        "sen",
        "gov.",
        "lt.",
        "rep.",
        "rep",
        "representative",
        "congressman",
        "congresswoman",
        "chairman",
        "chairwoman",
        "whip",
        "chair",
        "director",
        "administrator",
        "ambassador",
        "commissioner",
        "chancellor",
        "premier",
        "king",
        "queen",
        "prince",
        "princess",
        "judge",
        "justice",
        "general",
        "postmaster",  # (`Postmaster General Louis DeJoy`: no body named `Postmaster`)
        "gen.",
        "admiral",
        "adm.",
        "colonel",
        "col.",
        "lieutenant",
        "lt.",
        "captain",
        "capt.",
        "sergeant",
        "officer",
        "chief",
        "speaker",
        "ceo",
        "cfo",
        "coo",
        "cto",
        "vp",
        "evp",
        "svp",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "press",
        "adviser",
        "advisor",
        "deputy",
        "assistant",
        "acting",
        "special",
        "envoy",
        "counselor",
        "counsel",
        "attorney",
        "coordinator",
        "superintendent",
        "dr.",
        "dr",
        "mr.",
        "mr",
        "mrs.",
        "mrs",
        "ms.",
        "ms",
        "miss",
        "prof.",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "executive",
        "founder",
        "co-founder",
        "manager",
        "head",
        "leader",
        "councillor",
        "councilor",
        "councilman",
        "councilwoman",
        "member",
        "members",
        "delegate",
        "chairperson",
        "treasurer",
        "comptroller",
        "auditor",
        "sheriff",
        "marshal",
        "inspector",
        "commander",
        "pope",
        "bishop",
        "archbishop",
        "rabbi",
        "imam",
        "reverend",
        "rev.",
        "father",
        "mother",
        "sister",
        "brother",
        "economist",
        "analyst",
        # (a release's reactions: `Commentator Jane Roe: “…”`, enlabels round)
        "commentator",
        "columnist",
        "arborist",
        "researcher",
        "scientist",
        "official",
        "officials",
        "minister-president",
        "emir",
        "sultan",
        "sheikh",
        "governor-general",
        "secretary-general",
        "director-general",
        "lieutenant-governor",
        "mp",
        "mep",
    ]
)
# Words of organisations: a capitalised run ending in one is a body, not a person.
ORG_WORDS = frozenset(
    [
        "department",
        "ministry",
        "agency",
        "office",
        "committee",
        "subcommittee",
        "commission",
        "council",
        # (`Customs and Border Protection`, `Immigration and Customs Enforcement`: probenews)
        "protection",
        "enforcement",
        # (a military command: `U.S. Central Command`, `Indo-Pacific Command`)
        "command",
        "house",
        "administration",
        "bureau",
        "service",
        "services",
        "institute",
        "university",
        "college",
        "school",
        "association",
        # (`the California Chamber of Commerce`, `the Royal Society`: a body, not a name and
        # the place it is of)
        "chamber",
        "society",
        "union",
        "party",
        "government",
        "authority",
        "board",
        "bank",
        "fund",
        "foundation",
        "corporation",
        "company",
        "inc.",
        "inc",
        "corp.",
        "corp",
        "ltd.",
        "ltd",
        "llc",
        "group",
        "network",
        "centre",
        "center",
        "organization",
        "organisation",
        "federation",
        "league",
        "court",
        "senate",
        "congress",
        "parliament",
        "assembly",
        "embassy",
        "consulate",
        "coalition",
        "caucus",
        "partnership",
        "alliance",
        "initiative",
        "program",
        "programme",
        "project",
        "army",
        "navy",
        "force",
        "forces",
        "police",
        "guard",
        "delegation",
        "team",
        "staff",
        "cabinet",
        "treasury",
        "state",
        "states",
        "nations",
        "republic",
        "kingdom",
        "communications",
        "media",
        "press",
        "times",
        "post",
        "journal",
        "news",
        "daily",
        "tribune",
        "herald",
        "gazette",
        "review",
        "reuters",
        "xinhua",
        "energy",
        "grid",
        "gas",
    ]
)
NAME_PARTICLES = frozenset(
    [
        "de",
        "da",
        "di",
        "del",
        "della",
        "der",
        "van",
        "von",
        "la",
        "le",
        "bin",
        "al",
        "el",
        "ibn",
        "dos",
        "du",
        "ter",
    ]
)
_SUFFIXES = frozenset(["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"])
# A first name as `Book.given_name` keeps it: letters only, three or more (no initial, `J.`).
_GIVEN = re.compile(r"[a-z][a-z\-]{2,}")
_BODY_HEADS = frozenset(
    [
        "delegation",
        "representatives",
        "officials",
        "side",
        "team",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "ministry",
        "department",
        "agency",
        "office",
        "committee",
        "subcommittee",
        "commission",
        "council",
        "administration",
        "service",
        "government",
        "military",
        "report",
        "statement",
        "study",
        "survey",
    ]
)
DETERMINERS = frozenset(["the", "a", "an", "its", "his", "her", "their", "our"])
# A newspaper's masthead keeps its `The` (`The Wall Street Journal`, `The New York Times`).
_MASTHEADS = frozenset(
    [
        "journal",
        "post",
        "times",
        "tribune",
        "herald",
        "gazette",
        "guardian",
        "economist",
        "telegraph",
    ]
)


def _acronym_of(name: str, acronym: str) -> bool:
    """Whether `acronym` abbreviates the body's `name` though it does not spell the initials of
    its capitalised words (`Department of Health and Human Services (HHS)`, `Centers for Disease
    Control and Prevention (CDC)`, `Centers for Medicare and Medicaid Services (CMS)`, `Department
    of Justice (DOJ)`): its letters stand in order among the initials of all the name's words (a
    small word's too, `of` as `O`), its first among the first two capitals, and the name without the
    brackets is a body's (endev63 round)."""
    if name.startswith(("U.S. ", "US ")):
        return False  # (`the U.S. Environmental Protection Agency (EPA)`: read without `U.S.`)
    initials = "".join(word[0].upper() for word in name.split(" ") if word[:1].isalpha())
    capitals = "".join(word[0] for word in name.split(" ") if word[:1].isupper())
    if len(acronym) < 3 or acronym[0] not in capitals[:2]:
        return False  # (`Department of Health and Human Services (HHS)`: its second capital)
    position = initials.index(acronym[0])
    for letter in acronym[1:]:
        position = initials.find(letter, position + 1)
        if position < 0:
            return False
    bare = parse_phrase(name)
    return bare is not None and bare.kind == "body"


# A name followed by its acronym in brackets: `Customs and Border Protection (CBP)`.
_WITH_ACRONYM = lazy(
    r"(?P<name>[A-Z][\w&.'’\-]*(?:\s[\w&.'’\-]+){1,9})\s\((?P<acronym>[A-Z]{2,8})\)"
)
# A department named by its field (`the Department of Justice`, `the U.S. Department of Health
# and Human Services`, `the Office of Management and Budget`): a body, whose last word is a
# field's (`_PORTFOLIO`, `_FIELDS`), not a first name (`Department of Labor Jane Roe`).
_OFFICE_OF = lazy(
    r"(?:[Tt]he\s)?(?P<name>(?:U\.S\.\s)?(?:Department|Ministry|Office|Bureau)\sof\s(?:the\s)?"
    r"[A-Z][\w’'\-]*(?:\s(?:and|&|of|for|the|on|[A-Z][\w’'\-]*)){0,6})"
)
_OFFICE_TITLE = lazy(r"\b([a-z]+) of (?:the )?[a-z]+(?: (?:and |of |the )?[a-z]+){0,3}\Z")
_FIELDS = frozenset(["budget", "management", "policy", "statistics", "prisons", "investigation"])
# Words that make a title another office: `Vice President`, `Deputy Secretary`, `Prime Minister`.
_TITLE_MODIFIERS = frozenset(
    [
        "vice",
        "deputy",
        "assistant",
        "under",
        "associate",
        "prime",
        "lieutenant",
        "principal",
        "press",
    ]
)
# (`it` names a body only: `The ministry issued a statement. It said …`, `Book.resolve`)
_PRONOUNS = {"he": "he", "she": "she", "they": "they", "it": "it", "him": "he", "her": "she"}
_WORD = lazy(r"[\w][\w.'’\-]*|[,;:]")


# Titles that mean one person when the text gives them to no one it names: in a White House
# transcript `the President` (`the president`) is the one President, `the Vice President` the one
# Vice President. A title a text gives to several (`the Secretary`, `the Prime Minister`) is not
# among them, nor `the First Lady`, read only as the one the text names.
# Titles held by one person at a time outside the text's own officials (`the Speaker`): met with
# no holder named, the latest subject is no one.
_BLOCKING_TITLES = frozenset(["speaker"])
SOLE_TITLES = {"president": "President", "vice president": "Vice President"}
# A title whose words inside a longer one name another office (`President` in `Vice President`).
_WITHIN_OTHER = {"president": "vice president"}
# A holder named (`President Biden`, `PRESIDENT BIDEN:`, `Presidents Obama and Clinton`), or
# another country's (`the Mexican President`, `President of France`): the title may mean more than
# one person. `Vice President Harris` names no President.
_HOLDER_NAMED = {
    "president": lazy(
        r"(?<![Vv]ice )(?<!VICE )\b(?:President|PRESIDENT)(?:s|S|-elect)? (?!Pro [Tt]empore\b)[A-Z]"
        r"|\b[A-Z][a-z]+(?:an|ese|ish|ch|i) President\b|\bPresident of (?!the\b)[A-Z]"
    ),
    "vice president": lazy(r"\b(?:Vice President|VICE PRESIDENT)(?:s|S|-elect)? [A-Z]"),
}

# `President Biden`, `President Joe Biden` (not `Vice President …`, `President-elect …`, nor
# `President Pro Tempore …`, the Senate's title): a holder named, the words of the name after the
# title.
_PRESIDENT_NAMED = Gated(
    r"(?<![Vv]ice )\bPresident (?!Pro [Tt]empore\b)"
    r"(?P<name>[A-Z][\w’'\-]+(?: [A-Z]\.)?(?: [A-Z][\w’'\-]+){0,2})",
    ("President ",),
)
# A word before the title that makes the holder another than the one in office (`former
# President Trump`, `then-President Obama`, `the late President Carter`).
_PAST_HOLDER = lazy(r"(?:[Ff]ormer\s|[Ll]ate\s|[Tt]hen-|[Tt]hen\s|[Ee]x-)\Z")
# A capitalised word right before the title (`SMART-TD President …`, `NAACP President …`,
# `Microsoft President …`): another body's President; not `The`, `Madam`, `Dear`.
_BODY_BEFORE = lazy(r"\b(?!(?:The|A|Madam|Dear|Mr|Then|Former|Vice)\b)[A-Z][\w&’'\-]*\s\Z")
# Capitalised words before the title that name no body: a sentence's opening conjunction,
# preposition or question (`And President Biden also said …`, `Under President Biden, …`,
# `Q Does President Trump …`); the title's holder is the one in office.
_NO_BODY = frozenset(
    [
        "and", "but", "so", "as", "when", "while", "since", "after", "before", "during",
        "under", "with", "without", "following", "between", "through", "for", "in", "on",
        "at", "by", "if", "because", "until", "once", "today", "yesterday", "now", "then",
        "what", "why", "how", "does", "did", "do", "is", "was", "has", "had", "will",
        "would", "can", "could", "should", "q",
    ]
)  # fmt: skip
_OTHER_PRESIDENT = Gated(
    r"\b[A-Z][a-z]+(?:an|ese|ish|ch|i) President\b"
    r"|\bPresident of (?!the\b)[A-Z]|\bPresidents [A-Z]"
    # (`President Roe of Freedonia`: another country's, named with his country)
    r"|\bPresident [A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)? of (?!the\b)[A-Z]",
    ("President",),
)


# `Speaker Mike Johnson`, `Speaker of the House Nancy Pelosi`, `Speaker McCarthy’s`.
_SPEAKER_NAMED = Gated(
    r"\bSpeaker\s(?:of\sthe\sHouse\s)?(?P<name>[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+){0,2})",
    ("Speaker",),
)


def named_speaker(texts: list[str]) -> str | None:
    """`X` of `Speaker X` when every `Speaker …` the texts write has one surname (the longest
    form given), else None: the one `the Speaker` names even before the text names its holder."""
    names: list[list[str]] = []
    for text in texts:
        if "Speaker" not in text:
            continue
        for match in _SPEAKER_NAMED.finditer(text):
            words = [
                word.removesuffix("’s").removesuffix("'s") for word in match.group("name").split()
            ]
            names.append(words)
    if not names or len({words[-1] for words in names}) != 1:
        return None
    longest: list[str] = max(names, key=len)
    return " ".join(longest)


def _presidents_in(text: str) -> Iterator[tuple[str, bool]]:
    """Each `President …` a text writes: the name's words as written, and whether a past holder
    (`former President …`); another body's President (`SMART-TD President …`) left out."""
    if "President" not in text:
        return
    for match in _PRESIDENT_NAMED.finditer(text):
        body = _BODY_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if body is not None and body.group().rstrip().lower() not in _NO_BODY:
            continue  # `SMART-TD President Jeremy Ferguson`: a union's, a company's President
        past = _PAST_HOLDER.search(text, max(0, match.start() - 8), match.start()) is not None
        yield match.group("name"), past


def _name_words(name: str) -> list[str]:
    """The words of a `President …` match, each without its possessive (`Biden’s`: Biden)."""
    return [word.removesuffix("’s").removesuffix("'s") for word in name.split(" ")]


def named_president(texts: list[str]) -> str | None:
    """`President X` when it is the only holder of the title that `texts` name in office (every
    `President …` shares a word of the name, no other country's President, `former President …`
    and another body's `SMART-TD President …` aside): the one `the President` names even before
    the text names him (ANNOTATING.md, "Twenty-third folder"); the shortest form given. One
    search of each text a pattern, so near-linear in the text's length."""
    found: str | None = None
    names: set[str] = set()
    for text in texts:
        if "President" not in text:
            continue
        if _OTHER_PRESIDENT.search(text):
            return None  # `the French President`, `President of Ukraine`, `Presidents …`
        for name, past in _presidents_in(text):
            if past:
                continue
            words = _name_words(name)
            if names and names.isdisjoint(words):
                return None  # two Presidents (`President Biden`, `President Macron`)
            names.update(words)
            phrase = "President " + " ".join(words)
            if found is None or len(phrase) < len(found):
                found = phrase
    return found


def dominant_president(texts: list[str]) -> str | None:
    """The surname of the President a transcript naming several in office names first and most,
    at least three times and twice as often as any other (`President Biden` eleven times,
    `President Putin` once and `President Trump` six: Biden), else None: the text's own President,
    whom its `the President` names even where another was named last (ANNOTATING.md, "Thirtieth
    folder"). A briefing that names a foreign President first (`President Putin` in a week of
    his war), or most (`President Xi` on a trip to meet him), gives none: either may be meant.
    One search of each text, so near-linear in the texts' length."""
    counts: dict[str, int] = {}  # (in the order first named)
    for text in texts:
        for name, past in _presidents_in(text):
            if not past:
                last = _name_words(name)[-1]
                counts[last] = counts.get(last, 0) + 1
    if len(counts) < 2:
        return None
    ranked = sorted(counts.values(), reverse=True)
    first = next(iter(counts))
    if counts[first] < 3 or counts[first] < 2 * ranked[1]:
        return None
    return first


# A transcript's turn label (`Q`, `MS. JEAN-PIERRE:`): whether the paragraphs after it ask.
_TURN_LABEL = lazy(r"(?:Q\.?|(?:[A-Z][A-Z.'’\-]*\s){0,4}[A-Z][A-Z.'’\-]+:)(?=\s)")


def _held_surname(name: str) -> str:
    """The surname of a `President …` match's words: the word a possessive ends (`Biden’s
    Cancer Moonshot`: Biden), else the last (`Joe Biden`: Biden)."""
    words = name.split(" ")
    for word in words:
        if word.endswith(("’s", "'s")):
            return word[:-2]
    return words[-1]


# The surnames of the Presidents of the United States whose White House texts the importer reads
# (a transcript's `the President` is one of them: ANNOTATING.md, "Thirtieth folder").
_AMERICAN_PRESIDENTS = frozenset({"Biden", "Trump", "Obama", "Bush", "Clinton"})


def american_president(texts: list[str]) -> str | None:
    """The surname of the one President of the United States (`_AMERICAN_PRESIDENTS`) a
    transcript names in office (`President Biden`, not `former President Trump`), else None
    (none, or two: `President Biden` beside a bare `President Trump`): the text's own President,
    whom its `the President` names even where it names a foreign one first or more often
    (`President Putin` eight times and `President Biden` seven in a briefing of his war;
    `President Lula` last before `the President did say that …`). One search of each text a
    pattern, so near-linear in the texts' length."""
    found: set[str] = set()
    for text in texts:
        for name, past in _presidents_in(text):
            if past:
                continue
            surname = _held_surname(name)
            if surname in _AMERICAN_PRESIDENTS:
                found.add(surname)
                if len(found) > 1:
                    return None
    return next(iter(found), None)


def first_president(texts: list[str]) -> str | None:
    """The surname of the President a transcript with questions names first, when
    `dominant_president` gives none: named at least as often as any other in office, first
    too in the answers (the paragraphs of turns that are no question), never a past holder
    (`Former President Obama`) and written bare (`Vladimir Putin`, `as Putin has claimed`) no
    more often than with the title (`President Biden` once and `President Putin` once: Biden;
    `President Biden` alone beside `Russian President Putin`, which leaves `named_president`
    none: Biden), else None: the text's own President, whom its `the President` names
    (ANNOTATING.md, "Thirtieth folder"). One search of each text a pattern and one of the
    President's surname, so near-linear in the texts' length."""
    counts: dict[str, int] = {}  # (in the order first named)
    past: set[str] = set()
    short: set[str] = set()
    answered: dict[str, None] = {}  # (the surnames the answers name, in order)
    asking = False
    for text in texts:
        turn = _TURN_LABEL.match(text) if text[:1] == "Q" or ":" in text[:40] else None
        if turn is not None:
            asking = turn.group().startswith("Q")
        for name, was in _presidents_in(text):
            surname = _held_surname(name)
            if was:
                past.add(surname)
                continue
            counts[surname] = counts.get(surname, 0) + 1
            if surname == _name_words(name)[0]:
                short.add(surname)  # (`President Biden`, not only `President George Washington`)
            if not asking:
                answered[surname] = None
    named = {surname: count for surname, count in counts.items() if surname not in past}
    if not named:
        return None
    if len(named) == 1 and not any(_OTHER_PRESIDENT.search(text) for text in texts):
        return None  # (the one President named in office: `named_president`'s)
    first = next(iter(named))
    answering = next((surname for surname in answered if surname not in past), "")
    if first != answering or named[first] < max(named.values()) or not first.isalpha():
        return None
    if first not in short:
        return None
    titled = re.compile(rf"\bPresident (?:[A-Z][\w.’'\-]* ){{0,2}}{re.escape(first)}\b")
    alone = re.compile(rf"\b{re.escape(first)}\b(?![\-–]\w| [Aa]dministration)")
    bare = 0
    for text in texts:
        if first in text:
            bare += len(alone.findall(text)) - len(titled.findall(text))
    return first if bare <= named[first] else None


def sole_titles(texts: list[str]) -> frozenset[str]:
    """The titles of SOLE_TITLES that no text of `texts` (the title and the paragraphs) gives
    to a name: one search of each text a title, so near-linear in the text's length."""
    # (Only a text holding the title's word is searched: a substring test is cheap.)
    return frozenset(
        title
        for title, named in _HOLDER_NAMED.items()
        if not any(
            named.search(text)
            for text in texts
            if SOLE_TITLES[title] in text or SOLE_TITLES[title].upper() in text
        )
    )


@dataclass
class Person:
    """A speaker: a person or a body."""

    name: str
    role: str | None = None
    affiliation: str | None = None
    body: bool = False
    titles: set[str] = field(default_factory=set)  # lower-case title words and phrases
    whole_titles: set[str] = field(default_factory=set)  # those not part of a longer title
    # `he` or `she` when the person's title says which (`Ms. Roe`, `Congressman Roe`).
    pronoun: str | None = None


# Titles that tell which pronoun names their holder. Not `chairman`, `spokesperson` or the
# like, which the texts give to women and men alike.
_SHE_TITLES = frozenset(
    [
        "ms.", "ms", "mrs.", "mrs", "miss", "madam", "congresswoman", "spokeswoman",
        "chairwoman", "councilwoman", "assemblywoman", "businesswoman", "queen", "princess",
        "duchess", "countess", "empress", "dame", "lady", "wife", "widow", "mother",
        "daughter", "sister", "grandmother", "granddaughter",
    ]
)  # fmt: skip
_HE_TITLES = frozenset(
    [
        "mr.", "mr", "congressman", "spokesman", "councilman", "assemblyman", "businessman",
        "king", "prince", "duke", "emperor", "sir", "lord", "husband", "widower", "father",
        "son", "brother", "grandfather", "grandson",
    ]
)  # fmt: skip


# Titles written short before a name, and the word a later bare title spells them with.
_SPELLED_OUT = {"sen.": "senator", "gov.": "governor", "rep.": "representative"}


def pronoun_of_role(role: str) -> str | None:
    """The pronoun a role's words give its holder (`Ms.`, `First Lady`, `Congressman`), or
    None when they give none or both."""
    words = {word.strip(",") for word in role.lower().split(" ")}
    she = not words.isdisjoint(_SHE_TITLES)
    he = not words.isdisjoint(_HE_TITLES)
    return "she" if she and not he else "he" if he and not she else None


class Reference(NamedTuple):
    """What a phrase names: a full name (with role) or a surname, title, pronoun or body.
    Never changed once made: `parse_phrase` gives the same one for the same phrase."""

    kind: str  # "name", "surname", "title", "pronoun", "body"
    text: str
    role: str | None = None
    affiliation: str | None = None


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


# Adverbs opening a sentence before its subject (`Only Harry Reid would …`): no name, no role.
_OPENING_ADVERBS = frozenset(["only", "even", "especially"])
_FUNCTION = frozenset(
    [
        "on",
        "in",
        "at",
        "during",
        "after",
        "before",
        "with",
        "for",
        "under",
        "since",
        "from",
        "when",
        "while",
        "as",
        "by",
        "to",
        "this",
        "that",
        "these",
        "those",
        "today",
        "yesterday",
        "here",
        "there",
        "it",
        "we",
        "our",
        "i",
        "you",
        "of",
        "and",
        "or",
        "but",
        "if",
        "so",
        "also",
        "then",
        "building",
        "despite",
        "given",
        "following",
        "per",
        *_OPENING_ADVERBS,
        # Indefinite pronouns (`Someone once said, “…”`): no one named.
        "someone",
        "somebody",
        "everyone",
        "everybody",
        "anyone",
        "nobody",
        # Questions and pronouns opening a sentence (`What I’m saying`): no names.
        "what",
        "who",
        "why",
        "how",
        "where",
        "which",
        "i’m",
        "i'm",
        "i’ve",
        "i'll",
        "i’ll",
        "we’re",
        "we’ve",
        "you’ve",
        "they’re",
        "it’s",
        # (`I’d say that’s understandable` in a transcript's turn: the one speaking.)
        "i’d",
        "i'd",
        "i've",
        "we’d",
        "we'd",
        "we’ll",
        "we'll",
        "we're",
        "we've",
        "you’d",
        "you'd",
        "you’re",
        "you'll",
        "you’ll",
        "they’d",
        "they'd",
        "they’ve",
        "they'll",
        "they’ll",
        # A negative opening a sentence with its subject left out (`Can’t say I was
        # disappointed.`, `Don’t say we can’t …`: the one speaking's own words, an order): no
        # name (enspan2 round).
        "can’t",
        "can't",
        "cannot",
        "don’t",
        "don't",
        "didn’t",
        "didn't",
        "won’t",
        "won't",
        "wouldn’t",
        "wouldn't",
        "couldn’t",
        "couldn't",
        "shouldn’t",
        "shouldn't",
    ]
)


def particles_before_name(words: list[str], index: int) -> bool:
    """Whether `words[index]` opens a run of name particles that a name's word ends (`van`,
    `von der`, `de la` before `Leyen`)."""
    end = index
    while end < len(words) and end - index < 3 and words[end] in NAME_PARTICLES:
        end += 1
    return end > index and end < len(words) and _is_name_token(words[end])


# A surname opening with its particle joined by a hyphen (`al-Assad`, `el-Sisi`, `al-Jaafari`):
# a name's word though it opens in lower case, as `bin` and `de` are its particles.
_HYPHEN_PARTICLE = lazy(r"(?:al|el|ad|as|ash|at|az|an|ar|ul|abu|abd|bin|ibn|ben)-[A-Z][a-z]")


def hyphen_particle(word: str) -> bool:
    """Whether `word` is a surname that opens with its particle and a hyphen (`al-Assad`)."""
    return word[:1].islower() and "-" in word[:5] and _HYPHEN_PARTICLE.match(word) is not None


def _is_name_token(word: str) -> bool:
    lower = word.lower()
    if lower in TITLE_WORDS or lower in ORG_WORDS or lower in DETERMINERS or lower in _FUNCTION:
        return False
    if _is_initial(word):
        return True
    if hyphen_particle(word):
        return not word.endswith(("’s", "'s"))
    if not _is_capitalised(word) or not word[0].isalpha():
        return False
    if word.isupper() and len(word) > 1 and "." not in word:
        return False  # an acronym: NOAA, DTE
    return not word.endswith(("’s", "'s"))


# Titles that are also surnames (`Martin Luther King`, `Jane Bishop`, `John Judge`): after a
# run of names, ending the phrase, the surname.
_SURNAME_TITLES = frozenset(
    ["King", "Bishop", "Judge", "Dean", "Pope", "Prince", "Marshal", "Chancellor", "Cardinal"]
)
# A nationality's adjective before such a word is a title's country (`Spanish King`).
_NATIONALITY_END = ("an", "ese", "ish", "ch", "i")
# The endings of a nationality's adjective that no country's or body's one-word name has
# (`Ukrainian`, `Korean`, `American`, `Chinese`, `British`, `French`, `Israeli`; not `Iran`,
# `Pakistan`, `Vatican`, `Pentagon`, `Mali`).
_DEMONYM_END = (
    "ian", "ean", "rican", "xican", "ese", "ish", "ench", "eli", "udi", "aqi", "ani", "ati"
)  # fmt: skip


def _title_as_surname(words: list[str], start: int, end: int) -> bool:
    """Whether the word after the run of names `words[start:end]` is a surname that is also a
    title's word (`Coretta Scott King`, `Sen. Angus King`, `Dr. Martin Luther King Jr.`): it
    ends the phrase (or a suffix follows), the run follows no determiner, and the run is no
    nationality (`the Dutch King`, `Spanish King`)."""
    if end >= len(words) or words[end] not in _SURNAME_TITLES or end == start:
        return False
    if end + 1 < len(words) and words[end + 1].lower() not in _SUFFIXES:
        return False
    if start > 0 and words[start - 1].lower() in DETERMINERS:
        return False  # (`the Dutch King`; `Vice President King` has no name before it)
    return not (end - start == 1 and words[start].endswith(_NATIONALITY_END))


def _words(phrase: str) -> list[str]:
    return _WORD.findall(phrase)


# `… of the Ministry of Foreign Affairs` at the end of a role: the organisation, capitalised
# words with `of`, `for`, `and`, `the`, `on` between them.
_ORG_WORD = r"[A-Z][\w&.'’\-]*"
_ORGANISATION_AT_END = lazy(
    rf"\b(?:of|at|with|for) (?:the )?({_ORG_WORD}(?: (?:of|for|and|the|on|{_ORG_WORD})){{0,8}})"
    r"\s*\Z"
)


# Words before a title that are part of it (`Senior Advisor`, `Executive Vice President`).
_BEFORE_A_TITLE = frozenset(["Senior", "Deputy", "Executive", "Acting", "Associate", "Assistant"])


def _trailing_title(word: str) -> bool:
    """Whether a word ending a role after a body's name is a title (`Chairman`, `CEO`), not a
    word of the name (`Officials`, `Governors`, `Justice`)."""
    lower = word.lower()
    return lower in TITLE_WORDS and not lower.endswith("s") and lower != "justice"


def _affiliation(role: str) -> str | None:
    """The organisation a role names: `Vice Minister of the Ministry of Foreign Affairs` →
    `Ministry of Foreign Affairs`; `DTE Energy President and CEO` → `DTE Energy`."""
    match = _ORGANISATION_AT_END.search(role)
    if match is not None and match.group(1) == "Staff":
        match = None  # `White House Deputy Chief of Staff`: a title's own words, no body
    if match:
        org = match.group(1)
        while org.split(" ")[-1] in ("of", "for", "and", "the", "on"):
            org = org.rsplit(" ", 1)[0]
        org_words = org.split(" ")
        body = list(org_words)
        while len(body) > 1 and (
            _trailing_title(body[-1])
            or (body[-1] in _BEFORE_A_TITLE and len(body) < len(org_words))
        ):
            body.pop()
        if (
            len(body) < len(org_words)
            and body[-1] not in ("of", "for", "and", "the", "on")
            and " the " not in match.group(0)[:9]
        ):
            # `Board of Commissioners Chairman`: a title after the body, which is the role's
            # own word of a body and what follows it up to the title (`Board of
            # Commissioners`); no affiliation when there is no such word.
            head = role[: match.start()].rstrip().rsplit(" ", 1)[-1]
            if head.lower() not in ORG_WORDS or not _is_capitalised(head):
                return None
            return role[match.start() - len(head) - 1 : match.start(1)].lstrip() + " ".join(body)
        if any(word.lower() in ORG_WORDS for word in org_words) or len(org_words) >= 2:
            return org
    words = role.split(" ")
    lead: list[str] = []
    for word in words:
        if word.lower() in TITLE_WORDS or not _is_capitalised(word):
            break
        if word.endswith(("’s", "'s")) and len(word) > 3:
            # `Acme’s chief financial officer`: the body's possessive ends it (wireppl round);
            # not a title's (`the President’s own CIA Director`: no body)
            if word[:-2].lower() in TITLE_WORDS:
                return None
            lead.append(word[:-2])
            return " ".join(lead)
        lead.append(word)
    while lead and lead[-1] in _TITLE_QUALIFIERS:
        lead.pop()  # `Crown Prince`, `Former President`, `Senate Majority Leader`: no body's word
    field = len(lead)
    while field and lead[field - 1] in _TITLE_FIELDS:
        field -= 1
    if field < len(lead) and (field == 0 or lead[:field] in (["U.S."], ["US"], ["U.K."])):
        # `Fire Chief`, `U.S. District Judge`: the words only qualify the title, and a country
        # is no body (not `Cal Fire Chief`: the body's name; wireppl round)
        return None
    if len(lead) == 1 and lead[0].endswith(_DEMONYM_END) and lead[0].lower() not in ORG_WORDS:
        return None  # `Ukrainian Foreign Minister`: a nationality, no body
    bodies = [index for index, word in enumerate(lead) if word.lower() in ORG_WORDS]
    if lead[:1] == ["National"] and not bodies:
        return None  # `National Security Advisor`, `National Climate Advisor`: a title's words
    if bodies and lead[bodies[-1] + 1 : bodies[-1] + 2] == ["National"]:
        # `White House National Climate Advisor`: the body, then a national title's field
        lead = lead[: bodies[-1] + 1]
    if lead and len(lead) < len(words):
        return " ".join(lead)
    return None


# The last word of a law's or a treaty's name: what it says is no one's quote.
# (Not `Bill` or `Charter`, a given name and a surname too.)
_LAW_WORDS = frozenset(["Act", "Treaty", "Accord", "Accords", "Amendment", "Constitution"])
# An executive order, a proclamation, a memorandum, a determination or a directive is such an
# instrument too (`This Executive Order reaffirms that …`, `the Order clarifies that …`, `The
# Determination finds that …`): no speaker `Order`. Not a body's name that goes on with `of`
# (`the Fraternal Order of Police`).
_INSTRUMENT_WORDS = frozenset(["Order", "Proclamation", "Memorandum", "Determination", "Directive"])


# Capitalised words naming a title's field (`Fire Chief`, `District Judge`, `Police Chief`),
# which name a body only with a name before them (`Cal Fire`).
_TITLE_FIELDS = frozenset(
    ["Fire", "Police", "District", "Circuit", "Magistrate", "Bankruptcy", "Appeals", "Federal"]
)
# Capitalised words that qualify a title, not a body's name before it.
_TITLE_QUALIFIERS = frozenset(
    [
        *("Crown", "Former", "Late", "Supreme", "Foreign", "Majority", "Minority", "Ranking"),
        *("Outgoing", "Incoming", "Interim", "Retired", "Honorary", "Founding"),
        # (`Senior Attorney`, `Managing Partner`: a rank within the body, not its name)
        *("Senior", "Junior", "Principal", "Associate", "Managing"),
    ]
)


def _clean_role(words: list[str]) -> str | None:
    while words and (
        words[0].lower() in DETERMINERS
        or words[0].lower() in _OPENING_ADVERBS
        or words[0] in (",", ";", ":")
    ):
        words = words[1:]
    while words and (words[-1] in (",", ";", ":") or (len(words) >= 2 and words[-1] in HONORIFICS)):
        # (`National Institutes of Health Director Dr. Jay Bhattacharya`: the form of address
        # after a title is no part of it; `Mrs.` alone stays, which tells the pronoun; names round)
        words = words[:-1]
    if not words:
        return None
    text = " ".join(words).replace(" ,", ",")
    return text or None


_ACRONYM = lazy(r"[A-Z]{2,6}")


# Phrases read, and what they name: an article names the same people (and opens its
# sentences with the same words) again and again. Emptied when full, so it stays small.
_READ: dict[str, Reference | None] = {}
_READ_KEPT = 4096


# The plurals of a people or a party, several people together (`Americans say …`).
_PEOPLES = frozenset(
    ["Americans", "Canadians", "Mexicans", "Ukrainians", "Russians", "Israelis", "Palestinians",
     "Iranians", "Iraqis", "Afghans", "Syrians", "Europeans", "Africans", "Asians", "Australians",
     "Britons", "Germans", "Italians", "Koreans", "Indians", "Pakistanis", "Saudis",
     "Venezuelans", "Cubans", "Haitians", "Brazilians", "Colombians", "Nigerians", "Kenyans",
     "Lebanese", "Taiwanese", "Filipinos", "Republicans", "Democrats", "Conservatives",
     "Liberals", "Independents", "Latinos", "Hispanics", "Voters", "Residents",
     # (`People said it would take five years.`, `People have said that …`: no one named;
     # enspan2 round)
     "People"]
)  # fmt: skip
_QUANTIFIERS = frozenset(["Most", "Many", "Some", "Few", "All", "Half", "Both", "Several"])
# A people after `the` that speaks as its state (`the Israelis have said that A`, `the French have
# also said that A`: Israel's, France's; ANNOTATING.md, "Seventeenth folder"), by the state's name.
_STATE_OF_PEOPLE = {
    "Israelis": "Israel",
    "French": "France",
    "Russians": "Russia",
    "Ukrainians": "Ukraine",
    "Chinese": "China",
    "Iranians": "Iran",
    "Japanese": "Japan",
    "Germans": "Germany",
    "Saudis": "Saudi Arabia",
    "Egyptians": "Egypt",
    "Qataris": "Qatar",
    "Turks": "Turkey",
}
# Another person joined to a role (`CEO and Dr. Keith Yamamoto, President`): two people's label.
_ANOTHER_NAMED = lazy(r"\band\s(?:Dr|Mr|Mrs|Ms)\.?\s|\band\s[A-Z][a-z]+\s[A-Z]")
# Forms of address before a name: no role to show (`emit` leaves them out), though they tell
# people of one surname apart.
HONORIFICS = frozenset(["Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Mx.", "Miss"])


def parse_phrase(phrase: str) -> Reference | None:
    """Read a speaker phrase: `Secretary of the Treasury Scott Bessent`, `Jerry Norcia, DTE
    Energy president and CEO`, `the Vice President`, `he`, `a White House spokesperson`,
    `The Ukrainian delegation`. None when it names nobody. (`_parse_phrase`, remembered.)"""
    try:
        return _READ[phrase]
    except KeyError:
        pass
    if " of " in phrase and phrase[:4] in ("the ", "The ") and _HEAD_OF.fullmatch(phrase):
        # `the chairwoman of the Russian central bank`, `the head of US Steel`: the head of one
        # body, a title that can mean one person only (not a surname, `Steel`), kept as written
        # (without the article and a word the speaker took back, `national — central bank`) for
        # the one the text gives no name (`Book.resolve`).
        role = _TAKEN_BACK.sub("", phrase[4:].strip(" .;:"))
        title = " ".join(word for word in role.lower().split() if word not in DETERMINERS)
        found: Reference | None = Reference("title", title, role)
    else:
        found = _parse_phrase(phrase)
        if phrase[:4] in ("the ", "The ") and (" of " in phrase or _BODY_TITLE.admits(phrase)):
            found = _title_of_office(phrase, found)
    if (
        found is not None
        and found.kind in ("name", "surname")
        and found.text.rsplit(" ", 1)[-1] in _PEOPLES
        and (" " not in found.text or found.text.split(" ", 1)[0] in _QUANTIFIERS)
        and phrase[:4] not in ("the ", "The ")
    ):
        # `Americans say …`, `Most Americans`, `3 in 10 Americans`: a people or a party, several
        # people together, no one source (ANNOTATING.md); not `Jane Evans`, nor `the Israelis`
        # (a state's government, as a briefing speaks of it)
        found = None
    if (
        found is not None
        and found.kind == "surname"
        and not found.role
        and found.text in _STATE_OF_PEOPLE
        and phrase[4:] == found.text
        and phrase[:4] in ("the ", "The ")
    ):
        return Reference("body", _STATE_OF_PEOPLE[found.text])
    if found is not None and found.role in HONORIFICS and ", " in phrase:
        # `Dr. Mark Stone, a professor of medicine at Harvard University`: the apposition's role,
        # not the form of address (which stays the role where there is no other: `Mrs. Trump`
        # tells her from President Trump, `Dr. Biden` from the President)
        bare = _parse_phrase(phrase.split(" ", 1)[1])
        if (
            bare is not None
            and bare.kind == found.kind
            and bare.text == found.text
            and bare.role
            and _ANOTHER_NAMED.search(bare.role) is None
        ):
            found = bare
    if len(_READ) >= _READ_KEPT:
        _READ.clear()
    _READ[phrase] = found
    return found


# `the Commerce Secretary`, `the Foreign Minister`: a title with its office's field first; in a
# wire's lower case too (`the defense secretary`, `the foreign minister`: AP writes a title in
# capitals only before a name).
_FIELD_TITLE_WORDS = ("Secretary", "Minister", "Director", "Administrator", "Commissioner")
_FIELD_TITLE_LOWER = tuple(word.lower() for word in _FIELD_TITLE_WORDS)
_FIELD_TITLE = Gated(
    rf"[Tt]he (?P<field>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?P<title>{'|'.join(_FIELD_TITLE_WORDS)})"
    rf"|[Tt]he (?P<low_field>[a-z]+(?: [a-z]+)?) (?P<low_title>{'|'.join(_FIELD_TITLE_LOWER)})",
    _FIELD_TITLE_WORDS + _FIELD_TITLE_LOWER,
)
_FIELD_WORDS = frozenset(["foreign", "homeland", "home", "attorney"])
# `the National Security Advisor`, `the Deputy National Security Adviser`: an adviser's title with
# the field advised on before it, capitalised (the whole title, not a person named `National
# Security`); it names the adviser whose role names that field (`Book.resolve`).
_ADVISER_TITLE = Gated(
    r"[Tt]he (?P<field>(?:(?:Principal )?Deputy )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) "
    r"(?P<title>Advis[eo]r)",
    (" Advis",),
)
# The two spellings of an adviser's title word (`National Security Adviser` after `National
# Security Advisor Jake Sullivan`).
_ADVISER_SPELLINGS = {"advisor": "adviser", "adviser": "advisor"}
_FIELD_BEFORE = lazy(r"(?<![\w’'])([A-Z][a-z]+) \Z")
# `the American First Lady`, `the U.S. Secretary`: a title with the country's adjective.
_COUNTRY_TITLE = lazy(
    r"(?P<the>[Tt]he )(?P<country>U\.S\.|US|UK|U\.K\.|[A-Z][a-z]+(?:an|ese|ish|ch|i)) "
    r"(?P<title>[A-Z].{1,60}|leader)"
)


# The most leaders' titles with a country's adjective a text is searched for (`_foreign_holder`).
_FOREIGN_TITLES_READ = 16
# A leader's title with a country's adjective before it (`German Chancellor`, `French leader`);
# not an official's (`the Peruvian Ambassador`: an official the text never names is no source).
_FOREIGN_ROLE = lazy(
    r"[A-Z][a-z]+(?:an|ese|ish|ch|i) (?:leader|President|Prime Minister|Chancellor|King|Queen|"
    r"Crown Prince|Emperor|Premier|(?:Foreign|Defen[sc]e|Finance|Interior) Minister)"
)


# The head of one body, given with its body (`the chairwoman of the Russian central bank`, `the
# Chairman of the House Oversight Committee`): a title that can mean one person only, unlike a
# member's or an official's (`a member of the committee`, `the Ambassador of Peru`).
_HEAD_OF = Gated(
    r"[Tt]he (?:[Cc]hair(?:man|woman|person)?|[Hh]ead|[Cc]hief [Ee]xecutive|CEO|[Gg]overnor) of "
    r"(?:the )?(?:(?! and (?:the|a|an) )[\w’'\-—. ]){3,80}",
    (" of ",),
)
# A title of office written with `of` and the place or body it is of (`the Mayor of London`, `the
# Secretary-General of the United Nations`, `the Prime Minister of Canada`, `the president of the
# European Commission`, `the Minister of Finance`): one title, held by one person, the whole of it
# the role (not a person named `London` with the role `Mayor of`, nor the body it is of). Not a
# holder named after it (`the Mayor of London Sadiq Khan`), nor a member's or an official's
# title (`the Ambassador of Peru`, `a resident of Chicago`), nor a body's own name (`the Bank of
# England`).
_OFFICE_WORDS = (
    r"(?:(?:Vice|Deputy|First|Foreign|Finance|Defen[cs]e|Interior|Prime|Deputy\sPrime)\s)?"
    r"(?:President|Minister|Mayor|Governor|Chancellor|Premier|King|Queen|Emperor|Archbishop|"
    r"Bishop|Duke|Duchess|Prince|Princess|Earl|"
    r"Secretary[\s\-]General|Director[\s\-]General|Director|Chief\sof\sStaff|Secretary)"
    r"|(?:vice\s|deputy\s)?(?:president|prime\sminister|mayor|governor|secretary-general|"
    r"secretary\sgeneral|director-general|premier)"
)
_OF_WHAT = r"(?:the\s)?[A-Z][\w’'.\-]*(?:\s(?:(?:of|for|and|the|on)\s)*[A-Z][\w’'.\-]*){0,6}"
TITLE_OF_OFFICE = rf"[Tt]he\s(?P<office>{_OFFICE_WORDS}) of (?P<of>{_OF_WHAT})"
_TITLE_OF = Gated(TITLE_OF_OFFICE, (" of ",))
# A body's head by the body's initials (`the NATO Secretary General`, `the EU foreign policy chief`,
# `the UN chief`, `the WHO Director-General`): one title, its holder's name when the text gives
# the title to no one it names (`Book.resolve`).
BODY_TITLE = (
    r"[Tt]he\s(?P<body>[A-Z]{2,5}) (?P<title>Secretary[\s\-]General|Director[\s\-]General|"
    r"(?:foreign\spolicy\s)?chief|High\sRepresentative|Commission\sPresident)"
)
_BODY_TITLE = Gated(BODY_TITLE, (" Secretary", " Director", " chief", " High", " Commission"))
# Capitalised words opening a phrase or a sentence, never a given name before a surname (`On
# Mexico, the President of Mexico has said …`: no holder named before the title).
_NOT_GIVEN = (
    "(?:On|In|At|For|From|As|And|But|So|Now|Then|When|While|After|Before|Since|With|Without|"
    "Today|Yesterday|Earlier|Later|Also|Meanwhile|Q|Mr|Ms|Mrs|Dr|Monday|Tuesday|Wednesday|"
    "Thursday|Friday|Saturday|Sunday)"
)
# An envoy by the country that sends him, one of several officials (ANNOTATING.md, "Hard cases":
# an official the text never names is no source).
_ENVOYS_OF = frozenset(["Ambassador of", "ambassador of", "Envoy of", "envoy of", "Consul of"])
# The United States' own officers (`the President of the United States`): the bare title, which
# the text's holder of it answers (`SOLE_TITLES`), not a title of its own.
_OF_UNITED_STATES = (" of united states", " of united states of america")


def office_title(role: str) -> str | None:
    """The lower-case title a role written `TITLE of PLACE` gives (`Mayor of London`: `mayor of
    london`, `President of the European Commission`: `president of european commission`), as
    `parse_phrase` reads `the Mayor of London`; None for another role."""
    if " of " not in role or _TITLE_OF.fullmatch(f"the {role}") is None:
        return None
    return " ".join(word for word in role.lower().split() if word not in DETERMINERS)


def _title_of_office(phrase: str, found: Reference | None) -> Reference | None:
    """`found`, or the title of office `phrase` writes with `of` (`the Mayor of London`) or with a
    body's initials (`the NATO Secretary General`) when `found` reads it as no one, as a title
    of its words, or as a person named by the last words after `of` (`London`, `Mayor of`)."""
    if not (
        found is None
        or found.kind == "title"
        or (found.kind in ("name", "surname") and (found.role or "").endswith(" of"))
    ):
        return found  # (`the Mayor of London Sadiq Khan`: the holder named)
    role = phrase[4:].strip(" .;:")
    if found is not None and found.role in _ENVOYS_OF:
        return None  # `the Ambassador of Peru said`: an envoy the text does not name, no source
    if " of " in role:
        title = office_title(role)
        if title is None or title in _ONE_PERSON_OFFICES:
            return found  # (`the Secretary of State`, `the Speaker of the House`: as before)
        if title.endswith(_OF_UNITED_STATES) and (head := title.split(" of ", 1)[0]) in SOLE_TITLES:
            # `the President of the United States`: `the President`, whom the text's own
            # President answers (`SOLE_TITLES`), not a title of its own
            return Reference("title", head)
        return Reference("title", title, role)
    body_title = _BODY_TITLE.fullmatch(phrase.strip(" .;:"))
    if body_title is None:
        return found
    return Reference("title", body_title.group("title").lower(), role)


# A word the speaker took back before a dash (`the Russian national — central bank`).
_TAKEN_BACK = lazy(r"\b[a-z]+ — (?=[a-z])")
# The title with the country's adjective that names that country's one holder (`_COUNTRY_TITLE`):
# a minister of a field every government has one of (`the French Foreign Minister`).
_COUNTRY_FIELDS = frozenset(["Foreign", "Defense", "Defence", "Finance", "Interior"])
# The text's one Crown Prince, when it names none (`the Crown Prince`: `Book.resolve`).
_CROWN_PRINCE = frozenset(["the Crown Prince", "The Crown Prince"])
# Offices one person holds (ANNOTATING.md, "Forty-third folder": `the Republican speaker of the
# House said` names the speaker by the title), by the title's words as parsed (`Reference.text`)
# and the title as the speaker's name; a cabinet office by its field (`the Treasury Secretary`,
# `the Fed chair`) is one too (`_one_office`). Not `the minister`, `the Secretary`, `the chief
# executive`, `a senator`: titles several people hold.
_ONE_PERSON_OFFICES = {
    "secretary-general": "Secretary-General",
    "prime minister": "Prime Minister",
    "attorney general": "Attorney General",
    "secretary of state": "Secretary of State",
    "speaker of house": "Speaker of the House",
    "chief justice": "Chief Justice",
    "pope": "Pope",
}
# The cabinet titles a field makes one person's (`the Treasury Secretary`, `the Foreign Minister`).
_ONE_PERSON_FIELD_TITLES = frozenset(["secretary", "minister"])
# `the Fed chair`, `the Federal Reserve chairman`: the central bank's one head.
_FED_CHAIR = lazy(r"[Tt]he (?P<field>Fed|Federal Reserve) (?P<title>[Cc]hair(?:man|woman)?)")
# Capitalised words before an office's title that make it another's or a former holder's
# (`British Prime Minister`, `Former Attorney General`); not a sentence's opening words.
_NOT_BEFORE_OFFICE = frozenset(
    [
        "The", "And", "But", "As", "So", "Q", "Now", "Then", "When", "While", "Today",
        "Yesterday", "Republican", "Democratic", "GOP",
    ]
)  # fmt: skip


# Companies whose name is `General` and one word: never the title `General` before a surname.
_GENERAL_COMPANIES = frozenset(["Motors", "Electric", "Mills", "Dynamics", "Atomics"])


# A body named by what it is for or on (`the Organization for Economic Co-operation and
# Development`, `the Centers for Disease Control and Prevention`, `the Council on Environmental
# Quality`): the whole name, not a title before a surname
# (`Development`); not a title and a name after it (`Office for Civil Rights Director Jane Roe`).
_BODY_FOR = lazy(
    r"(?:[Tt]he\s)?(?P<name>(?:U\.S\.\s|National\s|International\s|White\sHouse\s)?"
    r"(?:Centers?|Organi[sz]ation|Office|Commission|Council|Institutes?|Bureau|Agency|Coalition|"
    r"Alliance|Fund|Foundation|Partnership|Association|Committee|Subcommittee)"
    r"\s(?:for|on)\s[A-Z][\w’'\-]*(?:\s(?:and|&|of|for|the|on|[A-Z][\w’'\-]*)){0,6})"
)


# Days and months: `on Monday` after a body's name is a time, not what the body is on.
# A body named as a gathering of its members (`the U.S. Conference of Catholic Bishops`, `the
# National Conference of State Legislatures`, `the Association of American Universities`), and a
# state's administration of a field (`the General Administration of Customs`, `the State
# Administration of Taxation`: the whole name, never `General` as a title before `Customs`), a
# church, a city or a county by its name (`the Church of England`, `the City of London`: never
# `England` with the role `Church of`).
_BODY_OF = lazy(
    r"(?:[Tt]he\s)?(?P<name>(?:U\.S\.\s|National\s|International\s|American\s|General\s|State\s)?"
    r"(?:Conference|Association|Federation|League|Society|Academy|Chamber|Coalition|Alliance|"
    r"Union|Council|Administration|Church|City|Town|County|Borough|Diocese|Archdiocese|Port)\sof\s(?:the\s)?[A-Z][\w’'\-]*(?:\s(?:and|&|of|the|[A-Z][\w’'\-]*)){0,6})"
)


def _body_for(phrase: str) -> Reference | None:
    body = _BODY_FOR.fullmatch(phrase)
    if body is None and " of " in phrase:
        body = _BODY_OF.fullmatch(phrase)
    if body is None:
        return None
    name = body.group("name")
    words = name.split(" ")
    if any(word.lower() in TITLE_WORDS for word in words[2:]):
        return None
    if " on " in name and any(word in DAYS_AND_MONTHS for word in words):
        return None  # `the Commission on Monday`: a day, not what the body is on
    return Reference("body", name)


# A document the text gives no issuer for: one or another study, survey, report, analysis or poll
# (`One study found that …`, `Another study found that …`, `according to one report, …`, `a recent
# study`), or research, studies or evidence alone (`Research also suggests that …`). It names no
# source, as `a South Korean newspaper reported` names none (ANNOTATING.md, "Hard cases"); one
# with its issuer's name (`a 2019 Bank of America survey`, `one study by the Urban Institute`) is
# read as before.
_DOCUMENT_NOUNS = frozenset(
    ["study", "survey", "report", "analysis", "poll", "research", "studies", "evidence", "data",
     "figures", "statistics", "estimates"]
)  # fmt: skip
# The documents a text may name by their kind alone as a source (`the report says`, `the complaint
# alleges`): their issuer speaks, when the text names one (the finder's `_document_issuer`; found
# testing documents as sources, docs/IMPORT-RULES.md).
BARE_DOCUMENTS = frozenset(
    ["report", "study", "survey", "analysis", "poll", "complaint", "indictment", "lawsuit",
     "ruling", "memo", "statement"]
)  # fmt: skip
# The words by which a document, asked for as a body, names none (`Book._body`).
_NO_BODY_DOCUMENTS = _DOCUMENT_NOUNS | BARE_DOCUMENTS | {"readout", "letter"}
# The kinds of one document, named with a determiner or an issuer before them.
_DOCUMENT_KIND = r"(?:study|survey|report|analysis|poll)"
# What qualifies a document before its noun (`a new study`, `a 2019 survey`).
_DOCUMENT_QUALIFIER = r"new|recent|latest|separate|further|independent|earlier|\d{4}"
_UNNAMED_DOCUMENT = lazy(
    rf"(?:[Oo]ne|[Aa]nother|[Aa]n?)\s(?:(?:{_DOCUMENT_QUALIFIER})\s){{0,2}}{_DOCUMENT_KIND}"
    r"|[Rr]esearch|[Ss]tudies|[Ee]vidence"
)

# A document named by its issuer before its noun (`A CFPB study found that …`, `according to a
# School Nutrition Association survey`, `a 2019 Bank of America survey`, `a State Department
# report`): the issuer speaks, as in `a study by the Urban Institute` (ANNOTATING.md, "Hard cases":
# a study whose issuer the article names is the issuer's), its month or year no part of the name
# (`a November Gallup poll`: Gallup). Not a possessive (`Moody’s report`, a name of its own), a
# determiner (`This report`), nor a document's own title (`the 2020 Retention Report`, its noun
# capitalised).
_ISSUED_DOCUMENT = lazy(
    rf"(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s)?(?:(?:{_DOCUMENT_QUALIFIER}|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\s){0,2}"
    r"(?!(?:This|That|These|Those|Its|Our|Their|His|Her|Your|My|Each|Every|Any|Some|No|Another|"
    r"One|Today|Yesterday|Last|Next)\s)"
    r"(?P<issuer>[A-Z][\w&.\-]*(?:\s(?:(?:of|and|&|for|the|on)\s)?[A-Z][\w&.\-]*){0,5})"
    # (or its numbers: `according to Labor Department data`, `Census Bureau figures`)
    rf"\s(?:{_DOCUMENT_KIND}|data|figures|statistics|estimates)"
)

# Determiners of one unnamed member of a group before its noun (`another Ranger`, `a Democrat`,
# `every administration`): nobody named.
INDEFINITE = frozenset(["a", "an", "another", "one", "each", "every", "any", "some"])

# Titles in the plural before names joined by `and` (`Senators Jane Roe and John Doe`).
_PLURAL_TITLES = frozenset(
    ["Representatives", "Reps.", "Senators", "Sens.", "Governors", "Govs.", "Ministers",
     "Presidents", "Secretaries", "Leaders", "Mayors", "Congressmen", "Congresswomen", "Drs."]
)  # fmt: skip
# A word opening a clause of time, reason or concession, before a capitalised subject.
_CLAUSE_OPENER = lazy(
    "(?:" + "|".join(word.replace(" ", r"\s") for word in CLAUSE_OPENERS) + r")\s(?=[A-Z])"
)
# Such a clause set off after the name (`Gretchen, when she ran, said`): no apposition (not
# `as`: `Jane Roe, as chief of staff,` is her role).
_CLAUSE_ASIDE = lazy(r",\s(?:when|while|after|before|since|once|until)\s[^,]*\Z")
# An auxiliary opening a question (`Q Has Israel announced it yet?`, `Q Have indicated that “…”`,
# a reporter's words read back): the sentence asks, nobody is reported. Not `Do`, `Will`, `May`,
# `Can`: first names and surnames too (`Do Kwon`, `Will Hurd`, `Theresa May`).
# (an op-ed's `Some have called the proposal “…”`, `Others say …`, `Many have argued that …`:
# several people the text does not name, no source)
_QUANTIFIERS_ALONE = frozenset(
    ["Both", "both", "Neither", "neither", "Either", "either", "Some", "some", "Others", "others",
     "Many", "many", "Most", "most", "Few", "few", "Several", "several"]
)  # fmt: skip
_QUESTION_AUXILIARIES = frozenset(
    ["Has", "Have", "Had", "Did", "Does", "Is", "Are", "Was", "Were", "Would", "Could", "Should"]
)


# A person the text describes and never names (`a resident of north Portland`, `a woman whose
# vehicle has been vandalized`, `one downtown resident`, `a Portland coffeeshop owner`, `a pub owner
# and robbery victim`): no source (ANNOTATING.md, "The speaker": when the article does not say who
# it is, the quote is not annotated), not the place named after the noun (`Portland`) nor the
# description as a name.
_PEOPLE_NOUNS = (
    "resident|residents|woman|man|owner|victim|worker|mother|father|parent|neighbor|neighbour|"
    "customer|shopper|voter|student|teacher|nurse|veteran|employee|farmer|driver|local|citizen|"
    "person|survivor|member|patient|retiree|homeowner|renter|tenant|grandmother|grandfather"
)
_UNNAMED_PERSON = Gated(
    rf"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s(?:[\w’'\-]+\s){{0,3}}?(?:{_PEOPLE_NOUNS})"
    r"(?:\s(?:of|from|in|who|whose|after|near|at|with|and|on)\b.*)?",
    tuple(_PEOPLE_NOUNS.split("|")),
    re.S,
)


# A spokesperson of a source named with it (`Roe's spokesman`, `the ministry's spokeswoman`, `a
# spokesperson for Roe`, `a spokesman for the ministry`): the source it speaks for.
_SPOKESPERSON_OF = lazy(
    r"(?:(?:an?|the|[Aa]n?|The)\s)?(?:spokesperson|spokesman|spokeswoman)\s(?:for|of)\s"
    r"(?P<np>[^,;:]{2,120})"
    r"|(?P<owner>[^,;:]{2,120}?)[’']s\s(?:chief\s|top\s)?(?:spokesperson|spokesman|spokeswoman)"
)


# A person described, not named (`the Ohio Democrat`, `the Democrat`, `the 54-year-old`, `the
# former prosecutor`): a party with a place or a qualifier before it, an age, or what the person
# was before; `Book.resolve` gives the one an apposition described so (`_APPOSED`).
_PARTIES = ("Democrat", "Republican", "Independent")
_PARTY = "|".join(_PARTIES)
_DESCRIBED = (
    r"[Tt]he (?:(?:(?:[A-Z][a-z]+|former|longtime|veteran|first-term|freshman|\d{1,2}-term) ){0,2}"
    rf"(?:{_PARTY})|\d{{1,3}}-year-old|former [a-z][a-z\-]{{2,30}})"
)
_DESCRIPTION = lazy(_DESCRIBED)
# The kinds of organisation a later title's possessive names (`the company's chief executive`).
_OWNER_KINDS = (
    r"company|firm|bank|group|agency|department|ministry|university|school|district|"
    r"union|campaign|party|team|club|board|council|city|state|county|hospital|network"
)
_KIND_OWNED_TITLE = lazy(
    rf"[Tt]he (?:{_OWNER_KINDS})[’']s (?P<title>[a-z][a-z\-]+(?: [a-z][a-z\-]+){{0,2}})"
)
# `Jane Roe, the company's chief executive,`: a name, then a title the kind's possessive gives.
_KIND_OWNED_APPOSITIVE = lazy(
    r"(?P<name>[A-Z](?<![\w’'][A-Z])[a-z][\w’'\-]{0,40}(?: [A-Z]\.)?"
    r"(?: [A-Z][a-z][\w’'\-]{0,40}){1,2}), "
    rf"(?P<role>the (?:{_OWNER_KINDS})[’']s [a-z][a-z\-]+(?: [a-z][a-z\-]+){{0,2}}),"
)
_DESCRIPTION_ENDS = lazy(rf"(?<![\w’'\-.])(?:{_DESCRIBED})\Z")


def description_before(tail: str) -> Reference | None:
    """The description that ends the words before a verb (`The former prosecutor said`), as
    `parse_phrase` reads it; else None."""
    if "he " not in tail[-60:]:
        return None
    found = _DESCRIPTION_ENDS.search(tail, max(0, len(tail) - 60))
    return parse_phrase(found.group(0)) if found is not None else None


# An apposition after a full name that describes the person: an age (`Jane Roe, 54,`), a party
# with its state (`an Ohio Democrat`, `a Democrat from Ohio`, `D-Ohio`, `(R-Texas)`), or what
# the person was (`a former prosecutor`, `a former federal prosecutor`).
_APPOSED = lazy(
    r"(?P<name>(?<![\w’'\-])[A-Z][a-z][\w’'\-]{0,40}(?: [A-Z]\.)? [A-Z][a-z][\w’'\-]{0,40}),? "
    r"(?:\((?P<bracket>[DRI]-[A-Z][\w.]{1,20}(?: [A-Z][\w.]{1,20})?)\)"
    r"|(?P<age>\d{1,3})(?=[,.;])"
    r"|(?P<short>[DRI]-[A-Z][\w.]{1,20}(?: [A-Z][\w.]{1,20})?)(?=[,.;])"
    rf"|an? (?P<party>(?:[A-Z][a-z]+ ){{0,2}}(?:{_PARTY})"
    r"(?: from [A-Z][a-z]+(?: [A-Z][a-z]+)?)?)(?=[,.;])"
    r"|an? (?P<former>former (?:[a-z][a-z\-]{1,30} ){0,2}[a-z][a-z\-]{2,30})(?=[,.;]))"
)
# A lawmaker's party and state (`D-Ohio`, `R-Texas`, `D-N.Y.`, `I-Vt.`), and the same in brackets
# ending the words before a verb (`Sen. Jane Roe (D-Ohio)`).
PARTY_STATE = r"[DRI]-[A-Z][\w.]{1,14}(?:\s[A-Z][\w.]{1,14})?"
_PARTY_BRACKET = lazy(rf",?\s\({PARTY_STATE}\)\Z")


def without_party(words: str) -> str:
    """Words that end with a lawmaker's party and state in brackets (`Sen. Jane Roe (D-Ohio)`)
    without them; other words as they are."""
    party = _PARTY_BRACKET.search(words.rstrip(), max(0, len(words) - 40))
    return words if party is None else words[: party.start()]


_PARTY_LETTERS = {party[0]: party for party in _PARTIES}


def _description_keys(found: re.Match[str]) -> list[str]:
    """What an apposition (`_APPOSED`) lets a later description name (`the Ohio Democrat`, `the
    Democrat`, `the 54-year-old`, `the former prosecutor`), lower-case."""
    if found.group("age"):
        return [f"{found.group('age')}-year-old"]
    former = found.group("former")
    if former:
        return [f"former {former.rsplit(' ', 1)[-1]}"]
    short = found.group("bracket") or found.group("short")
    if short:
        party, place = _PARTY_LETTERS[short[0]], short[2:].rstrip(".")
    else:
        words = found.group("party").split(" from ")
        party = words[0].rsplit(" ", 1)[-1]
        place = (
            words[1] if len(words) == 2 else words[0].rsplit(" ", 1)[0] if " " in words[0] else ""
        )
    keys = [party.lower()]
    if place:
        keys.append(f"{place} {party}".lower())
    return keys


# A publication named `Daily` and one more word (`the Daily Caller`, `The Daily Beast`, `Daily
# Mail`): a body, not a surname with `Daily` for its title.
_DAILY = lazy(r"(?:[Tt]he\s)?(?P<name>Daily\s[A-Z][a-z]+)")


# A form of address or a person's title before a surname that is also a title (`Dr. King`,
# `Senator King`, `Mrs. Bishop`): the surname, not a title of two words (the probe of transcripts
# and speeches, `As Dr. King said, “…”`).
_TITLE_WORD_SURNAME = lazy(
    r"(?P<head>Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Senator|Sen\.|Rep\.|Representative|Congressman|"
    r"Congresswoman|Governor|Gov\.|Mayor) (?P<surname>King|Bishop|Judge|Dean|Prince|Pope|Marshall)"
)
# A company's or a body's name joined by an ampersand (`Johnson & Johnson`, `S&P Global`, `AT&T`,
# `Procter & Gamble`, `S&P CoreLogic`, `Florida Power & Light`, `Pacific Gas & Electric`): one
# body, by the name as written (probenews round; words before the sign since the thirteenth
# session), never a person's name with the sign dropped (`Johnson Johnson`) nor a title and a
# surname (`AT` `T`).
_AMPERSAND_NAME = lazy(
    r"(?:[Tt]he\s)?(?P<name>[A-Z][\w.’'\-]*(?:\s[A-Z][\w.’'\-]*){0,3}"
    r"(?:\s?&\s?[A-Z][\w.’'\-]*)+(?:\s[A-Z][\w.’'\-]*){0,3})"
)


# An age after a name (`Maria Gonzalez, 67, a retired nurse`), and the place the person lives
# after it (`Jane Roe, 54, of Miami`): no title (found testing wire stories, thirteenth session).
_AGE_AFTER_NAME = lazy(
    r"(?<=[a-z.]), \d{1,3}(?:, of [A-Z][\w.’'\-]*(?: [A-Z][\w.’'\-]*){0,3})?(?=,|\Z)"
)


def _parse_phrase(phrase: str) -> Reference | None:
    phrase = phrase.strip(" ,;:")
    if phrase[:1] in "WABTSCOUIE" and (clause := _CLAUSE_OPENER.match(phrase)) is not None:
        # `Although Tom Lee`, `When Thomas Edison`: the word opening a clause before its subject
        # is no part of the name nor a title (subclause round)
        phrase = phrase[clause.end() :]
    if ", " in phrase and (aside := _CLAUSE_ASIDE.search(phrase)) is not None:
        phrase = phrase[: aside.start()]  # `Gretchen, when she ran,`: a time, no role
    if ", " in phrase and (age := _AGE_AFTER_NAME.search(phrase)) is not None:
        phrase = phrase[: age.start()] + phrase[age.end() :]
    if phrase.endswith(")") and (party := _PARTY_BRACKET.search(phrase)) is not None:
        phrase = phrase[: party.start()]  # `Sen. Jane Roe (D-Ohio)`: the name, not its state
    if not phrase or len(phrase) > 300:
        return None
    if phrase[:1] in "DMSRCG" and (surnamed := _TITLE_WORD_SURNAME.fullmatch(phrase)) is not None:
        return Reference("surname", surnamed.group("surname"), surnamed.group("head"))
    if "&" in phrase and (ampersand := _AMPERSAND_NAME.fullmatch(phrase)) is not None:
        return Reference("body", ampersand.group("name"))
    if "spokes" in phrase:
        spokesperson = _SPOKESPERSON_OF.fullmatch(phrase)
        if spokesperson is not None:
            return _parse_phrase(spokesperson.group("np") or spokesperson.group("owner"))
    last_word = phrase[phrase.rfind(" ") + 1 :]
    if last_word.lower() in _DOCUMENT_NOUNS:
        if _UNNAMED_DOCUMENT.fullmatch(phrase):
            return None
        issued = _ISSUED_DOCUMENT.fullmatch(phrase) if last_word.islower() else None
        if issued is not None:
            return _parse_phrase(issued.group("issuer"))  # `A CFPB study`: the CFPB
    if (
        phrase[:1] in "AaOo"
        and "," not in phrase
        and not phrase.isalpha()  # (a match holds a white space)
        and _UNNAMED_PERSON.fullmatch(phrase)
    ):
        # (not `A member of Congress, Jane Roe`: the name after the comma speaks)
        return None  # `a resident of north Portland`: a person the text does not name
    if phrase in ("my predecessor", "My predecessor"):
        # A President's `my predecessor`, which can mean one person only: named by the title
        # (ANNOTATING.md, "Forty-ninth folder"; `Book.resolve`).
        return Reference("title", "predecessor", "predecessor")
    if phrase in _CROWN_PRINCE:
        # (ANNOTATING.md, "Fourteenth folder": named by the title when the text names no one so)
        return Reference("title", "crown prince")
    if "Fed" in phrase and (fed := _FED_CHAIR.fullmatch(phrase)) is not None:
        # `the Fed chair`: the chair whose role names the Fed (`Book.resolve`)
        return Reference("title", fed.group("title").lower(), fed.group("field"))
    if "Daily " in phrase and (daily := _DAILY.fullmatch(phrase)) is not None:
        return Reference("body", daily.group("name"))  # `the Daily Caller`: a publication
    if phrase in _QUANTIFIERS_ALONE:
        return None  # `Both said …`, `Neither would say …`: several people together, no source
    head_word, _, noun = phrase.partition(" ")
    if head_word in _QUESTION_AUXILIARIES:
        return None  # `Has Israel`: a question's auxiliary and its subject, no source
    if head_word in _PLURAL_TITLES and " and " in noun:
        # `Representatives George Santos and Ralph Norman`: two people together, no one source
        # (ANNOTATING.md, "Thirty-seventh folder")
        return None
    if head_word.lower() in INDEFINITE and noun and " " not in noun:
        return None  # `another Ranger`, `one Republican`, `every administration`: unnamed
    if phrase[:4] in ("the ", "The ") and ("’s " in phrase or "'s " in phrase):
        owned = _KIND_OWNED_TITLE.fullmatch(phrase)
        if owned is not None:
            # `the company's chief executive`: the title the kind's holder was given (`Jane
            # Roe, the company's chief executive,`), as `the chief executive` names.
            bare = _parse_phrase("the " + owned.group("title"))
            return bare if bare is not None and bare.kind == "title" else None
    if phrase[:4] in ("the ", "The ") and _DESCRIPTION.fullmatch(phrase):
        # `the Ohio Democrat`, `the 54-year-old`, `the former prosecutor`: the person named
        # before with that description (`Book.resolve`), not a name of its own.
        return Reference("description", phrase[4:])
    field_title = _FIELD_TITLE.fullmatch(phrase) if phrase[:4] in ("the ", "The ") else None
    field = title = ""
    if field_title is not None:
        field = field_title.group("field") or field_title.group("low_field")
        title = field_title.group("title") or field_title.group("low_title")
    if field_title is not None and all(
        word.lower() in _PORTFOLIO or word.lower() in _FIELD_WORDS for word in field.split(" ")
    ):
        # `the Commerce Secretary`, `the defense secretary`: the Secretary whose office names
        # commerce, defense.
        return Reference("title", title.lower(), field)
    if (
        phrase[:4] in ("the ", "The ")
        and " Advis" in phrase
        and (adviser := _ADVISER_TITLE.fullmatch(phrase)) is not None
    ):
        # `the National Security Advisor underscored that …`: the adviser on that field.
        return Reference("title", adviser.group("title").lower(), adviser.group("field"))
    country = _COUNTRY_TITLE.fullmatch(phrase) if phrase[:4] in ("the ", "The ") else None
    if country is not None:
        bare = _parse_phrase(country.group("the") + country.group("title"))
        if bare is not None and bare.kind == "title":
            if country.group("country")[-1].islower() and (
                bare.role is None or bare.role in _COUNTRY_FIELDS
            ):
                # `the German Chancellor`: the country's adjective kept as the role, so that the
                # title names that country's holder (`Book.resolve`), or one by the title alone.
                return bare._replace(role=phrase[4:])
            return bare
    if phrase.endswith(")"):
        bracketed = _WITH_ACRONYM.search(phrase)
        if bracketed is not None and bracketed.end() == len(phrase):
            # The initials of the name's capitalised words spell the acronym: a body.
            name = bracketed.group("name")
            name = re.sub(r"\A(?:the|The)\s", "", name)
            initials = "".join(word[0] for word in name.split(" ") if word[0].isupper())
            acronym = bracketed.group("acronym")
            if initials == acronym or _acronym_of(name, acronym):
                return Reference("body", name)
    if " of " in phrase and phrase[:1] in "TtDOBMU":
        office = _OFFICE_OF.fullmatch(phrase)
        if office is not None:
            last = office.group("name").rsplit(" ", 1)[-1].lower()
            if last in _PORTFOLIO or last in _FIELDS:
                return Reference("body", office.group("name"))
    if " for " in phrase or " on " in phrase or " of " in phrase:
        body_for = _body_for(phrase)
        if body_for is not None:
            return body_for
    head, _, appositive = phrase.partition(",")
    words = _words(head)
    if not words:
        return None
    if len(words) == 2 and words[0] == "General" and words[1] in _GENERAL_COMPANIES:
        # `General Motors said`: a company whose name opens with a title's word.
        return Reference("body", head.strip())
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return Reference("pronoun", _PRONOUNS[words[0].lower()])
    # The name: the last run of name tokens (with initials, particles and a suffix).
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(words):
        if _is_name_token(words[index]) or (
            # `President von der Leyen`: a surname that opens with its particles.
            index > 0
            and words[index - 1].lower() in TITLE_WORDS
            and particles_before_name(words, index)
        ):
            start = index
            while index < len(words) and (
                _is_name_token(words[index]) or particles_before_name(words, index)
            ):
                index += 1
            if _title_as_surname(words, start, index):
                # `Coretta Scott King`, `Stephen King`: the title's word a surname, and the
                # name's end (a suffix after it, `Jr.`, is the suffix, no name of its own)
                runs.append((start, index + 1))
                break
            runs.append((start, index))
        else:
            index += 1
    best: tuple[int, int] | None = runs[-1] if runs else None
    if (
        len(runs) >= 2
        and (
            runs[0][0] == 0
            # (`Professor Dana Kim of Columbia University`, `Dr. Jane Roe of …`: after one title
            # or form of address; opedprobe round)
            or (runs[0][0] == 1 and (words[0].lower() in TITLE_WORDS or words[0] in HONORIFICS))
        )
        and runs[0][1] - runs[0][0] >= 2
        and words[runs[0][1]].lower() in ("of", "in", "from")
        # (not `National Institutes of Health Director Jay Bhattacharya`: a full name after a
        # title's word is the one named, the words before it the title's; names round)
        and not (
            runs[-1][1] - runs[-1][0] >= 2
            and runs[-1][0] > runs[0][1]
            and words[runs[-1][0] - 1].lower() in TITLE_WORDS
        )
    ):
        # `Joshua Chaisson of the Restaurant Workers of America`: the name that opens it.
        best = runs[0]
    elif len(runs) >= 2:
        start, end = runs[-1]
        earlier = runs[-2]
        # `Nicole Mendoza of Georgia`, `Governor Lamont of Connecticut`: a short run after
        # `of`/`in`/`from` is a place, after a full name or a titled surname.
        titled = earlier[0] > 0 and words[earlier[0] - 1].lower() in TITLE_WORDS
        if (
            start > 0
            and words[start - 1].lower() in ("of", "in", "from")
            and end - start <= 2
            and (earlier[1] - earlier[0] >= 2 or titled)
            and earlier[1] == start - 1
            and end == len(words)
        ):
            best = earlier
    if best is not None and best[1] == len(words) and best[0] >= 2 and words[best[0] - 1] == "of":
        start, end = best
        if (
            words[start - 2].lower() in TITLE_WORDS
            and words[end - 1].lower() in _PORTFOLIO
            and all(word.lower() in DETERMINERS for word in words[: start - 2])
        ):
            # `the Secretary of Homeland Security`: an office's title, not a person's name.
            return Reference("title", " ".join(word.lower() for word in words[start - 2 :]))
    if best is not None:
        start, end = best
        preceded_by_title = start > 0 and words[start - 1].lower() in TITLE_WORDS
        run = words[start:end]
        if end < len(words) and words[end].lower() not in _SUFFIXES:  # noqa: SIM102
            # The name must end the head (`Rick Spinrad said`), or be followed by `of X`.
            if words[end].lower() not in ("of", "in", "from"):  # noqa: SIM102
                if not preceded_by_title:
                    best = None
        if best is not None:
            if (
                not preceded_by_title
                and start > 0
                and len(run) >= 3
                and not any(_is_initial(word) for word in run)
                # (not `The United Arab Emirates`: only an article before the run, no title's
                # words; names round)
                and not all(word.lower() in DETERMINERS for word in words[:start])
            ):
                start = end - 2
                while start > best[0] and words[start].lower() in NAME_PARTICLES:
                    # `… Commission Ursula von der Leyen`: the particles and the given name
                    # before them belong to the name.
                    start -= 1
                run = words[start:end]
            elif not preceded_by_title and start > 0 and words[start - 1] == "of":
                # `Secretary of Homeland Security Alejandro N. Mayorkas`: the office's words
                # run into a name with an initial, which opens one word before its first initial.
                first = next((i for i, word in enumerate(run) if _is_initial(word)), 0)
                if first >= 2:
                    start += first - 1
                    run = words[start:end]
            if len(run) == 1 and not preceded_by_title and start > 0:
                # One capitalised word after something that is not a title: an organisation's
                # word (`Treasury`), unless it is all the phrase is.
                pass
            body = (
                _body_before_object(words[:start], run)
                # (`Committee for a Responsible Federal Budget`: the whole run after `for a`)
                or _body_before_object(words[: best[0]], words[best[0] : end])
                if end == len(words)
                else None
            )
            if body is not None:
                return body
            name = " ".join(run)
            suffix_words = words[end:]
            role_words = words[:start]
            tail = ""
            if suffix_words and suffix_words[0].lower() in _SUFFIXES:
                name += " " + suffix_words[0]
            elif appositive.strip().split(" ")[0].lower() in _SUFFIXES:
                sfx, _, appositive = appositive.strip().partition(",")
                name += ", " + sfx.strip()
            elif suffix_words and suffix_words[0] in ("of", "in", "from"):
                tail = " ".join(suffix_words)
            if _acronym_company(role_words, run, preceded_by_title or bool(suffix_words)):
                # `CS Wind`, `GE Vernova`, `LG Energy Solution`: a name that opens with
                # initials, not a title (`GE`) before a surname (`Vernova`).
                return Reference("body", " ".join(role_words + run))
            role = _clean_role(role_words)
            if role and tail:
                role = f"{role} {tail}"
            if not role and appositive.strip():
                role = _appositive_role(appositive)
            if len(run) == 1 and not role_words and not appositive.strip() and words[0] == run[0]:
                return Reference("surname", name)
            if run[-1] == "Bill" and len(run) >= 3 and words[0] in ("The", "the"):
                return None  # `The One Big Beautiful Bill says`: a bill's name, no source
            if run[-1] in _LAW_WORDS:
                return None  # `the Voting Rights Act says`: a law is no source (its authors are)
            if run[-1] in _INSTRUMENT_WORDS and not tail:
                return None  # `This Executive Order reaffirms that …`: an order is no source
            kind = "name" if len(run) >= 2 else "surname"
            if run[0].lower() in NAME_PARTICLES and (start == 0 or preceded_by_title):
                kind = "surname"  # `Von der Leyen said`, `De Gaulle`: a surname's particles
            if kind == "surname" and role:
                return Reference("surname", name, role, _affiliation(role) if role else None)
            return Reference(kind, name, role, _affiliation(role) if role else None)
    lowered = [word.lower() for word in words]
    named = [word for word in words if word.lower() not in DETERMINERS]
    if len(named) == 1 and _ACRONYM.fullmatch(named[0]) and named[0].lower() not in TITLE_WORDS:
        return Reference("body", named[0])  # `USPS said`, `the EPA said`: a body by its acronym
    # A title alone: `the Vice President`, `the minister`, `the Secretary`.
    body_words = [w for w in words if w.lower() not in DETERMINERS]
    if body_words and all(
        word.lower() in TITLE_WORDS or word.lower() == "of" or word == "First"
        for word in body_words
    ):  # `the First Lady` too
        return Reference("title", " ".join(word.lower() for word in body_words))
    if len(body_words) >= 3 and body_words[0].lower() in TITLE_WORDS and body_words[1] == "of":
        # `the Secretary of State`: an office's title (of a person), not a body.
        return Reference("title", " ".join(word.lower() for word in body_words))
    if lowered[-1] in _BODY_HEADS or lowered[-1] in ORG_WORDS:
        if lowered[-1] in ("spokesperson", "spokesman", "spokeswoman") and len(body_words) > 1:
            # An unnamed spokesperson speaks for the office: `a White House spokesperson`
            # is the White House (ANNOTATING.md, "Hard cases").
            body_words = body_words[:-1]
        text = " ".join(body_words)
        if not text or len(body_words) > 12:
            return None
        if lowered[0] in ("the",) and len(body_words) == 1:
            return Reference("body", text.lower())
        if words[0] == "The" and lowered[-1] in _MASTHEADS:
            return Reference("body", "The " + text)
        return Reference("body", text)
    return None


# The words joining a body's name to what it is of, on or for (`Office of`, `Survey on … and`),
# against or to (`Mothers against Drunk Driving`, `Committee to Protect Journalists`).
_NAME_JOINERS = frozenset(["of", "on", "for", "and", "&", "against", "to"])
# The words a body's name is for, against or to (not `of`, `and`), after which an article may
# open what it is for (`Coalition for a Prosperous America`) and, later in the name, `in` may join
# a place (`Citizens for Responsibility and Ethics in Washington`).
_PURPOSE_JOINERS = frozenset(["on", "for", "against", "to"])
# People in the plural that head an advocacy group's name before `for`, `against` or `to`
# (`Americans for Prosperity`, `Mothers Against Drunk Driving`, `Citizens for Responsibility
# and Ethics in Washington`): a body's head as `Committee` is.
GROUP_HEADS = frozenset(
    [
        "americans", "citizens", "mothers", "parents", "families", "veterans", "physicians",
        "doctors", "nurses", "scientists", "taxpayers", "patients", "students", "women", "moms",
        "voters", "lawyers", "economists", "business", "businesses", "employers", "farmers",
        "workers", "friends", "advocates", "people",
    ]
)  # fmt: skip
_YEAR = lazy(r"(?:19|20)\d\d")
# Words that open a topic or a time, never a body's name (`On the Board of Directors: “…”`).
_OPENING_PREPOSITIONS = frozenset(
    [
        "on", "of", "for", "and", "in", "at", "from", "to", "with", "by", "under", "about",
        "after", "before", "during", "as", "per", "regarding",
    ]
)  # fmt: skip


def _body_before_object(role_words: list[str], run: list[str]) -> Reference | None:
    """The whole name of a body whose last capitalised words are the object of its own joining
    word (`the UN Office of Humanitarian Affairs`, `The Senate Permanent Subcommittee on
    Investigations`, `the 2020 National Survey on Drug Use and Health`): the body, not a person
    named `Humanitarian Affairs` with the role `UN Office of`. The words before the object are
    capitalised (a name's), joined by `of`, `on`, `for`, `and` or `the`, one of them a body's word
    (`Office`, `Subcommittee`, `Survey`) and none a person's title (`Chair of the Committee on
    …` is read as before); the article and a year before the name are left out."""
    if not role_words:
        return None
    last = role_words[-1].lower()
    if (
        last in ("a", "an", "in")
        and len(role_words) >= 3
        and any(word.lower() in _PURPOSE_JOINERS for word in role_words[:-1])
    ) and (last == "in" or role_words[-2].lower() in _PURPOSE_JOINERS):
        # `Coalition for a …`, `… and Ethics in Washington`: inside a name that is for something
        pass
    elif last == "the" and len(role_words) >= 3 and role_words[-2].lower() in _NAME_JOINERS:
        # `the House Select Subcommittee on the Coronavirus Crisis` (names round)
        pass
    elif last not in _NAME_JOINERS and not (
        # `Families for Justice Reform`: a title's word (`Justice`) opening what a group is for,
        # read as the name's word (names round)
        len(role_words) >= 3
        and role_words[-2].lower() in _PURPOSE_JOINERS
        and role_words[-3].lower() in GROUP_HEADS
        and role_words[-1][:1].isupper()
    ):
        return None
    kept = list(role_words)
    while kept and kept[0].lower() in DETERMINERS:
        kept = kept[1:]
    if kept and _YEAR.fullmatch(kept[0]):
        kept = kept[1:]
    if not kept or not kept[0][:1].isupper() or kept[0].lower() in _OPENING_PREPOSITIONS:
        return None  # `On the Board of Directors: “…”`: a topic, not a body
    body = False
    for index, word in enumerate(kept):
        lowered = word.lower()
        if lowered in _NAME_JOINERS or lowered == "the":
            if lowered in ("and", "&") and body and kept[index - 1].lower() in ORG_WORDS:
                return None  # `Acme League and Acme Association of Counties`: two bodies
            if (
                lowered in ("for", "against", "to")
                and index > 0
                and kept[index - 1].lower() in GROUP_HEADS
            ):
                body = True  # `Americans for Prosperity`: a group for something
            continue
        if lowered in ("a", "an", "in") and index > 0:
            continue  # (checked above: inside a name that is for something)
        if not word[:1].isupper() or (
            lowered in TITLE_WORDS
            and not (body and index > 0 and kept[index - 1].lower() in _PURPOSE_JOINERS)
        ):
            return None
        body = body or lowered in ORG_WORDS or lowered in _BODY_HEADS
    return Reference("body", " ".join(kept + run)) if body else None


# Initials that stand for an office held by a person (`NSA Sullivan`, `USTR Katherine Tai`), and
# plural nouns of people after initials (`MAGA Republicans`, `NATO Allies`): no company's name.
_TITLE_ACRONYMS = frozenset(["NSA", "DNI", "USTR", "AG", "SG", "DCM", "POTUS", "VPOTUS", "FLOTUS"])
_PEOPLE_PLURALS = frozenset(
    ["Republicans", "Democrats", "Allies", "Members", "Leaders", "Officials", "Lawmakers"]
)


def _acronym_company(role_words: list[str], run: list[str], titled: bool) -> bool:
    """Whether initials and one more name word are one name (`CS Wind`): the words before the
    name's last word are initials then capitalised words, none of them a title."""
    return (
        len(run) == 1
        and not titled
        and bool(role_words)
        and _ACRONYM.fullmatch(role_words[0]) is not None
        and role_words[0] not in _TITLE_ACRONYMS
        and run[0] not in _PEOPLE_PLURALS
        and not run[0].isupper()  # (`AT&T`, its words read as `AT` and `T`)
        and all(_is_capitalised(word) and word.lower() not in TITLE_WORDS for word in role_words)
    )


def _appositive_role(appositive: str) -> str | None:
    """The role an appositive gives: `DTE Energy president and CEO`, `a waitress who …` →
    `waitress`."""
    text = appositive.strip()
    text = re.split(
        r",|\bwho(?:se|m)?\b|\bwhich\b|\bnoting\b|\bsaying\b|\badding\b| in [A-Z]", text, maxsplit=1
    )[0]
    words = text.split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if not words or len(words) > 16:
        return None
    return " ".join(words)


# Words of a headline in title case that no name holds (`… Outlines How Build Back Better …`).
_HEADLINE_WORDS = frozenset(
    ["how", "what", "why", "when", "to", "for", "and", "the", "of", "on", "in", "with", "at", "by",
     "new", "key", "more", "from", "about"]
)  # fmt: skip


def _family_first_of_three(parts: list[str]) -> bool:
    """`Yoon Suk Yeol`, `Kim Jong Un`: a Korean name of three short words, family name first,
    that a later `President Yoon` names (looked up only when no name ends with that word). Not
    a name with an initial (`Joseph R. Biden`) or a suffix, nor words of a title read as a name
    (`Biden Announces Key`)."""
    return len(parts) == 3 and all(
        re.fullmatch(r"[a-z][a-z\-]{1,5}", part) and part not in _SUFFIXES for part in parts
    )


class Book:
    """The people and bodies an article names, and what a reference names."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self._by_name: dict[str, Person] = {}
        self.last_subject: Person | None = None
        self.last_of_title: dict[str, Person] = {}
        # A title held as a whole: `President` of `President Biden`, not of `Vice President
        # Harris` (held as part of `Vice President`), so that `the President` names Biden.
        self.last_of_whole_title: dict[str, Person] = {}
        self._known: set[str] = set()  # lower-case names, surnames and body names
        # The latest person met with each surname (the name's last part, suffixes aside), and
        # with each first part of a two-part name (`Xi` of `Xi Jinping`): a surname is looked
        # up at every mention, and a text naming thousands of people must not scan them all.
        self._by_surname: dict[str, Person] = {}
        # Everyone met by a surname shared with others (a few latest each), for a titled
        # surname that names one of them (`President Trump`, `Mrs. Trump`).
        self._sharing_surname: dict[str, list[Person]] = {}
        self._by_first_of_two: dict[str, Person] = {}
        # The first word of a name of three words or more (`tedros` of `Tedros Adhanom
        # Ghebreyesus`, `abiy` of `Abiy Ahmed Ali`), for a name given in part (ANNOTATING.md, "The
        # speaker"); None once two people share it.
        self._by_first_word: dict[str, Person | None] = {}
        # The first word of every person's name of two words or more (`elon` of `Elon Musk`),
        # for a first name alone that opens a sentence (`Actually, Elon called me.`,
        # `given_name`); None once two people share it.
        self._by_given: dict[str, Person | None] = {}
        # The titles of SOLE_TITLES the whole text gives to no one it names (`sole_titles`),
        # found from `_sole_texts` when first asked for: most texts never ask.
        self._sole_titles: frozenset[str] | None = frozenset()
        self._sole_texts: list[str] = []
        # The one President the text names in office (`named_president`), worked out when
        # first asked for (`_president_read`).
        self._named_president: str | None = None
        self._president_read = True
        self._named_speaker: str | None = None  # (the same for `Speaker X`)
        self._speaker_read = True
        # Whether the text gives a country's title (`German Chancellor`) to no one it names
        # (`_foreign_holder`), read for each title the first time one is met unheld.
        self._foreign_sole: dict[str, bool] = {}
        # The surnames met alone whose full name the text was searched for (`narrated_name`).
        self._narrated: dict[str, str | None] = {}
        # (`opening_name`'s answers, kept apart so that its readings spend none of the ones
        # `narrated_name` may make)
        self._opening: dict[str, str | None] = {}
        self._joined: str | None = None  # (the texts joined, for `narrated_name`)
        # The people an apposition described (`Jane Roe, an Ohio Democrat,`), by what a later
        # description names (`_description_keys`): the latest one each.
        self.described: dict[str, str] = {}

    def read_sole_titles(self, texts: list[str]) -> None:
        """The texts (title and paragraphs) whose sole titles `sole_titles` gives."""
        self._sole_texts = texts
        self._sole_titles = None
        self._president_read = False
        self._speaker_read = False

    @property
    def named_speaker(self) -> str | None:
        """The one Speaker the text names (`named_speaker`), when it names one."""
        if not self._speaker_read:
            self._named_speaker = named_speaker(self._sole_texts)
            self._speaker_read = True
        return self._named_speaker

    @property
    def named_president(self) -> str | None:
        """The one President the text names in office (`named_president`), when it names one."""
        if not self._president_read:
            self._named_president = named_president(self._sole_texts)
            self._president_read = True
        return self._named_president

    @property
    def sole_titles(self) -> frozenset[str]:
        """The titles of SOLE_TITLES the text gives to no one it names."""
        if self._sole_titles is None:
            self._sole_titles = sole_titles(self._sole_texts)
        return self._sole_titles

    def knows(self, text: str) -> bool:
        """Whether a name, surname or body name was met before (letter case aside)."""
        return text.lower() in self._known

    def _remember(self, person: Person) -> None:
        self.people.append(person)
        self._remember_parts(person)

    def _remember_parts(self, person: Person) -> None:
        name = person.name.lower()
        self._known.add(name)
        parts = [part for part in name.replace(",", "").split(" ") if part not in _SUFFIXES]
        if parts and not person.body:
            self._known.add(parts[-1])
            first = len(parts) - 1
            while first > 1 and parts[first - 1] in NAME_PARTICLES:
                first -= 1
            if first < len(parts) - 1:
                # `von der leyen` of `Ursula von der Leyen`: the surname with its particles.
                particled = " ".join(parts[first:])
                self._known.add(particled)
                self._by_surname[particled] = person
            earlier = self._by_surname.get(parts[-1])
            if earlier is not None and earlier is not person:
                sharing = self._sharing_surname.setdefault(parts[-1], [earlier])
                if person in sharing:
                    sharing.remove(person)
                sharing.append(person)
                del sharing[:-_SHARING_KEPT]
            self._by_surname[parts[-1]] = person
            particle, hyphen, bare = parts[-1].partition("-")
            if hyphen and hyphen_particle(f"{particle}-{bare.capitalize()}"):
                # `assad` of `Bashar al-Assad`: the surname without its particle too, unless it
                # names someone else already.
                self._known.add(bare)
                self._by_surname.setdefault(bare, person)
        whole = name.split(" ")
        if (
            not person.body
            and len(whole) >= 2
            and _GIVEN.fullmatch(whole[0])
            and whole[0] not in TITLE_WORDS
        ):
            given = whole[0]
            self._by_given[given] = person if self._by_given.get(given, person) is person else None
        if not person.body and (len(whole) == 2 or _family_first_of_three(whole)):
            self._by_first_of_two[whole[0]] = person
        elif (
            not person.body
            and len(whole) >= 3
            and re.fullmatch(r"[a-z][a-z\-]{2,}", whole[0])
            # (not a headline's surname, verb and words read as one name: `Vice President
            # Harris Outlines How Build Back Better …`)
            and not (whole[1].endswith("s") and not whole[1].endswith("ss"))
            and not _HEADLINE_WORDS.intersection(whole)
            # (nor a name with an initial: `President Joseph` is not `Joseph R. Biden`)
            and not any(len(word) == 2 and word[1] == "." for word in whole)
        ):
            key = whole[0]
            self._by_first_word[key] = (
                person if self._by_first_word.get(key, person) is person else None
            )

    def given_name(self, word: str) -> Person | None:
        """The one person met whose name opens with the first name `word` (`Elon` of `Elon
        Musk`); None when no one's does, or two people's (ANNOTATING.md, "The speaker")."""
        return self._by_given.get(word.lower())

    def _new_person(self, name: str) -> Person:
        """A person not met before, known from now on by `name`."""
        person = Person(name)
        self._remember(person)
        self._by_name[self._key(name)] = person
        return person

    def _key(self, name: str) -> str:
        return name.lower()

    def add(self, reference: Reference) -> Person | None:
        """The person a full name (or a body) names, listed when new."""
        if reference.kind == "name":
            person = self._by_name.get(self._key(reference.text))
            if person is None:
                # A longer form of a name seen before, or a shorter one.
                person = self._match_surname(
                    reference.text.split(" ")[-1]
                    if not reference.text.endswith(("Jr.", "Jr", "Sr."))
                    else reference.text.replace(",", "").split(" ")[-2]
                )
                if person is not None and not _compatible(person.name, reference.text):
                    person = self._named_in_full(person, reference)
                elif person is not None and _with_initial(person.name, reference.text):
                    # `Energy Secretary Jennifer Granholm`, then `Secretary of Energy Jennifer M.
                    # Granholm`: the fullest name the article gives
                    person.name = reference.text
                    self._by_name[self._key(reference.text)] = person
            if person is None:
                person = self._new_person(reference.text)
            self._learn(person, reference)
            return person
        if reference.kind == "body":
            return self._body(reference.text)
        return None

    def _named_in_full(self, person: Person, reference: Reference) -> Person | None:
        """`person`, known so far by the surname alone (`Biden` of `President Biden`), now named
        by the full name `reference` gives (`Joe Biden`), under that name from now on: the
        fullest name the article gives (ANNOTATING.md, "The speaker"); its quotes found before
        take it too. None when the full name may be another's (a body, a longer name, or no
        title of the surname's: `First Lady Jill Biden`, `Hunter Biden` after `President Biden`)."""
        if person.body or " " in person.name or not _GIVEN_AND_SURNAME.fullmatch(reference.text):
            return None
        if not reference.text.endswith(" " + person.name):
            return None
        held = [word for word in (reference.role or "").lower().split(" ") if word in TITLE_WORDS]
        if person.titles and person.titles.isdisjoint(held):
            # A titled surname takes a full name given with one of its titles only (`Secretary
            # Blinken`, then `Secretary of State Antony Blinken`): `Hunter Biden` after
            # `President Biden` is another person, and no rule tells `Joe Biden` from him.
            return None
        person.name = reference.text
        self._by_name[self._key(reference.text)] = person
        self._remember_parts(person)
        return person

    def _learn(self, person: Person, reference: Reference) -> None:
        if reference.role and (pronoun := pronoun_of_role(reference.role)) is not None:
            person.pronoun = pronoun
        if reference.role and (
            not person.role
            or (len(reference.role) > len(person.role) and person.role in reference.role)
            # (`Dr. Mark Stone` met first, then `…, a professor of medicine at …`: the role, not
            # the form of address, whose pronoun is kept)
            or (person.role in HONORIFICS and reference.role not in HONORIFICS)
        ):
            person.role = reference.role
            person.affiliation = reference.affiliation
        elif (
            reference.role
            and reference.role == person.role
            and not person.affiliation
            and reference.affiliation
            and " " in reference.affiliation
            and reference.role.startswith(reference.affiliation + " ")
        ):
            # The same role met again with the body of several words that opens it (`National
            # Economic Council Director`): a mention of the name gives no affiliation, an
            # attribution does (not `First` of `First Lady`).
            person.affiliation = reference.affiliation
        if reference.role:
            # `Assistant to the President for …`: the words after `to the` name the one
            # served, not titles of the person.
            served = reference.role.lower().find(" to the ")
            own = reference.role if served < 0 else reference.role[:served]
            role_words = [word.lower().strip(",") for word in own.split(" ")]
            titles = [word for word in role_words if word in TITLE_WORDS]
            # `Sen. Jane Roe`: a later `the senator` names her, as after `Senator Jane Roe`.
            titles += [_SPELLED_OUT[word] for word in role_words if word in _SPELLED_OUT]
            for size in (2, 1):
                for index in range(len(role_words) - size + 1):
                    chunk = role_words[index : index + size]
                    if all(word in TITLE_WORDS for word in chunk):
                        person.titles.add(" ".join(chunk))
                        if index == 0 or role_words[index - 1] not in _TITLE_MODIFIERS:
                            person.whole_titles.add(" ".join(chunk))
            office = _OFFICE_TITLE.search(reference.role.lower())
            if office is not None and office.group(1) in TITLE_WORDS:
                # `Secretary of State Jane Roe`: a later `the Secretary of State` names her.
                person.titles.add(office.group(0))
            held = office_title(reference.role)
            if held is not None:
                # `Mayor of London Sadiq Khan`, `Guterres, Secretary-General of the United
                # Nations`: a later `the Mayor of London` names him (`_title_of_office`).
                person.titles.add(held)
            for title in titles:
                self.last_of_title[title] = person
            for title in person.titles:
                self.last_of_title[title] = person
            for title in person.whole_titles:
                self.last_of_whole_title[title] = person

    def one_called(self, pronoun: str) -> Person | None:
        """The one person met whom the text has called `pronoun` (`he`, `she`) already; None
        when it has called no one so, or two."""
        fitting = [person for person in self.people if person.pronoun == pronoun]
        return fitting[0] if len(fitting) == 1 and not fitting[0].body else None

    def _titled_holder(self, reference: Reference) -> Person | None:
        """Of the people who share a surname, the one its title names: `President Trump` the
        President, not the First Lady met after him; `Mrs. Trump` the First Lady, `Mr. Trump`
        not her (ANNOTATING.md, "Speakers"). None when no one else has that surname."""
        sharing = self._sharing_surname.get(reference.text.lower()) if reference.role else None
        if not sharing or reference.role is None:
            return None
        title = reference.role.lower().rstrip(".")
        wanted = pronoun_of_role(title) if title in ("mrs", "ms", "miss", "mr") else None
        if wanted is not None:
            # `Mrs. Walsh` after `Karen Walsh` and `Her husband, Peter Walsh,`: the one the text
            # calls `she` already, else the one left when the other is a `he`.
            fitting = [person for person in sharing if person.pronoun == wanted]
            unknown = [person for person in sharing if person.pronoun is None]
            if len(fitting) == 1:
                return fitting[0]
            if not fitting and len(unknown) == 1 and len(sharing) > 1:
                return unknown[0]
        for person in reversed(sharing):
            ladies = any(held.endswith("lady") for held in person.titles)
            if title in ("mrs", "ms", "miss"):
                if ladies:
                    return person
            elif title == "mr":
                if not ladies and person.titles:
                    return person
            elif title in person.titles:
                return person
        return None

    def _match_surname(self, surname: str) -> Person | None:
        surname = surname.lower()
        found = self._by_surname.get(surname)
        if found is None:
            # `President Xi` after `President Xi Jinping`: a name written family name first.
            found = self._by_first_of_two.get(surname)
        if found is None:
            # `Tedros said` after `WHO Director-General Tedros Adhanom Ghebreyesus`: the one
            # person whose name opens with that word.
            found = self._by_first_word.get(surname)
        return found

    def _as_person(self, body: Person) -> Person:
        """A body by the shape of initials and one more word (`JD Vance`, read like `CS
        Wind`) that the text shows to be a person: a person from now on, known by surname."""
        body.body = False
        self._known.discard(body.name.lower())
        self._remember_parts(body)
        return body

    def _initials_body(self, surname: str) -> Person | None:
        """The body whose name is initials and `surname` (`JD Vance` for `Vance`), if any."""
        lowered = surname.lower()
        for person in reversed(self.people):
            if person.body and _initials_and_word(person.name, lowered):
                return person
        return None

    def _body(self, text: str) -> Person | None:
        lowered = text.lower()
        if lowered in _NO_BODY_DOCUMENTS:
            # `the report` by its kind alone: its issuer speaks, when the text names one (the
            # finder's `_document_issuer`), never a body called `report`
            return None
        if " " not in text and text[:1].isupper() and text[1:].islower():
            person = self._by_surname.get(lowered)
            if person is not None and not person.body:
                return person  # `a Roe spokesman` after `Jane Roe`: hers, as `Roe's spokesman`
        for person in self.people:
            if person.body and person.name.lower() == lowered:
                return person
        titled = self._by_name.get(self._key(text))
        if titled is not None and not titled.body and _initials_and_word(text, None):
            # `Vice President JD Vance … JD Vance said`: the person met with a title, not a
            # company of the shape of `CS Wind`.
            return titled
        if not text.isascii():
            # `工作小组` names `南中国海工作小组`, met before.
            for person in reversed(self.people):
                if person.body and len(text) >= 2 and person.name.endswith(text):
                    return person
        words = lowered.split(" ")
        # `the subcommittee` names `House Select Subcommittee on …`; `Ukrainian
        # representatives` the `Ukrainian delegation`.
        for person in reversed(self.people):
            if not person.body:
                continue
            theirs = person.name.lower().split(" ")
            if len(words) == 1 and words[0] in theirs:
                return person
            if len(words) == 2 and words[0] == theirs[0] and words[1] in _BODY_HEADS:
                return person
            if (
                len(words) == 2
                and words[1] in ("department", "ministry")
                and (
                    theirs[-3:] == [words[1], "of", words[0]]
                    or theirs[-4:] == [words[1], "of", "the", words[0]]
                )
            ):
                # `the Energy Department` names the `U.S. Department of Energy` met before, `the
                # Interior Department` the `Department of the Interior`: one body (names round)
                return person
        if words[-1] in ("representatives", "delegates"):
            # `Solomon Islands representatives`, no delegation of theirs met before: unnamed
            # people, not a body speaking as one.
            return None
        person = Person(text, body=True)
        self._remember(person)
        return person

    def resolve(self, reference: Reference) -> Person | None:
        """The person a reference names, or None when the article does not say."""
        if reference.kind == "name":
            return self.add(reference)
        if reference.kind == "body":
            return self._body(reference.text)
        if reference.kind == "surname":
            whole = f"{reference.role} {reference.text}" if reference.role else ""
            if whole and whole.lower() in self._known:
                # `Voice of America wrote` after Voice of America spoke: the name met before
                # whole (a person's or a body's), not its last word with a role.
                known = self._by_name.get(self._key(whole)) or self._body(whole)
                if known is not None:
                    return known
            person = self._titled_holder(reference) or self._match_surname(reference.text)
            if person is None:
                person = self._by_name.get(self._key(reference.text))
            if person is None and (body := self._initials_body(reference.text)) is not None:
                person = self._as_person(body)  # `JD Vance said … Vance added`: a person's
            if person is None and (full := self.narrated_name(reference.text)) is not None:
                # `John Doe, the chief executive of Acme Corp., also spoke. … Doe said`: the
                # full name the narration gives, with no title nor role to register it.
                person = self._new_person(full)
            if person is None:
                person = self._new_person(reference.text)
            self._learn(person, reference)
            return person
        if reference.kind == "description":
            # `the Ohio Democrat` after `Jane Roe, an Ohio Democrat,`: her; described so by no
            # apposition, no one the rules can tell.
            key = reference.text.lower()
            for word in ("longtime ", "veteran ", "first-term ", "freshman "):
                key = key.replace(word, "")
            key = re.sub(r"\A\d{1,2}-term ", "", key)
            if key.startswith("former ") and " " in key[7:]:
                key = "former " + key.rsplit(" ", 1)[-1]
            name = self.described.get(key)
            return self.add(Reference("name", name)) if name is not None else None
        if reference.kind == "pronoun":
            subject = self.last_subject
            if subject is None:
                return None
            if subject.body and reference.text in ("he", "she"):
                return None  # `he` or `she` is a person, never a body
            if reference.text == "it" and not subject.body:
                return None  # `it` is a body, never a person
            if reference.text in ("he", "she") and subject.pronoun not in (None, reference.text):
                # `She said` after `Mr. Roe` or `Congressman Roe` is not his, but some woman's
                # the text named in passing, whom no rule here tells (but `one_called`)
                return None

            if reference.text == "they" and not subject.body:
                return subject if subject is not None else None
            if reference.text in ("he", "she") and subject.pronoun is None:
                # `Jane Roe … She said …`: a later `he` is not hers (`The senator called me.
                # He said, “…”`: a man the text does not name)
                subject.pronoun = reference.text
            return subject
        if reference.kind == "title":
            title = reference.text
            if reference.role:
                # `the Commerce Secretary`: the latest Secretary whose role names commerce.
                field = reference.role.lower()
                if title in _ADVISER_SPELLINGS:
                    # `the National Security Adviser` after `National Security Advisor Jake
                    # Sullivan` (either spelling), not his deputy's role (`Deputy National
                    # Security Advisor`) nor another field's adviser: no one when none is met.
                    spellings = (title, _ADVISER_SPELLINGS[title])
                    for person in reversed(self.people):
                        role = (person.role or "").lower()
                        at = role.find(field)
                        if (
                            at >= 0
                            and any(spelling in person.titles for spelling in spellings)
                            and not role[:at].rstrip().endswith("deputy")
                        ):
                            return person
                    return None
                for person in reversed(self.people):
                    if title in person.titles and field in (person.role or "").lower():
                        return person
            person = self.last_of_whole_title.get(title) or self.last_of_title.get(title)
            if (
                person is not None
                and reference.role
                and _another_field(person.role, title)
                and _one_office(reference) is not None
            ):
                # `Q Karine, the Treasury Secretary told reporters …` after `Press Secretary
                # Karine Jean-Pierre`: another office's Secretary, not the Treasury's.
                person = None
            if (
                person is not None
                and title in _WITHIN_OTHER
                and _WITHIN_OTHER[title] in person.whole_titles
                and title not in person.whole_titles
            ):
                # `the President` after `Vice President Harris dialed in`, no President met: the
                # President is never the Vice President (a title held only as a part of hers)
                person = None
            if person is not None and _holds_for_a_place(person, title):
                # `President Joseph R. Biden, Jr. welcomed President Isaac Herzog of Israel …
                # The President …`: the bare title names the holder whose role names no place
                # before the holder of another country's office.
                for other in reversed(self.people):
                    if (
                        other is not person
                        and title in other.whole_titles
                        and not _holds_for_a_place(other, title)
                    ):
                        person = other
                        break
            if person is None and " " in title:
                person = self.last_of_title.get(title.split(" ")[-1])
            if person is None and title in ("spokesperson", "spokesman", "spokeswoman"):
                return None
            if reference.role and _FOREIGN_ROLE.fullmatch(reference.role):
                if (
                    person is not None
                    and person.role != reference.role
                    and person.role
                    and (_FOREIGN_ROLE.fullmatch(person.role))
                ):
                    person = None  # (`the German leader` is not the French leader met before)
                if person is None:
                    return self._foreign_holder(reference.role)
            if person is None and title in SOLE_TITLES and title in self.sole_titles:
                person = self._sole_holder(title)
            if person is None and title == "predecessor" and reference.role == "predecessor":
                person = self._named_by_title("predecessor", "predecessor")
            if person is None and title == "crown prince" and not reference.role:
                person = self._one_holder("Crown Prince", title)
            if person is None and (office := _one_office(reference)) is not None:
                # `The Treasury Secretary told reporters …`, `The Secretary-General reminded us
                # …` in a text that names no holder: named by the title (ANNOTATING.md,
                # "Forty-third folder").
                person = self._office_holder(office, title)
            if person is None and title.endswith(_OF_UNITED_STATES):
                # `the President of the United States`: the bare title's holder (`the President`)
                return self.resolve(Reference("title", title.split(" of ", 1)[0]))
            if person is None and reference.role and _BODY_TITLE.fullmatch(f"the {reference.role}"):
                # `the NATO Secretary General` after `NATO Secretary General Mark Rutte`: him;
                # named by no one, the title (ANNOTATING.md, "Forty-third folder").
                role = reference.role.lower()
                for other in reversed(self.people):
                    if role in (other.role or "").lower():
                        return other
                return self._one_holder(reference.role, title)
            if (
                person is None
                and reference.role
                and " of " in title
                and (
                    _HEAD_OF.fullmatch(f"the {reference.role}") is not None
                    or office_title(reference.role) == title
                )
            ):
                # `the chairwoman of the Russian central bank, who said …`: the one head of that
                # body, named by the title (ANNOTATING.md, "Forty-fourth folder").
                person = self._one_holder(reference.role, title)
                if person is not None and " of " in title and office_title(reference.role):
                    # (`The Prime Minister of Canada said A. The prime minister added B`: the
                    # title's own words, `prime minister`, name the same one later)
                    head = title.split(" of ", 1)[0]
                    person.titles.add(head)
                    self.last_of_title[head] = person
                    self.last_of_whole_title[head] = person
            if person is None and title == "speaker" and self.named_speaker is not None:
                # `The Speaker himself has acknowledged that A` before the text names `Speaker
                # McCarthy`: the one Speaker it names, as `the President` is (ANNOTATING.md,
                # "Twenty-third folder").
                named = parse_phrase(f"Speaker {self.named_speaker}")
                person = self.resolve(named) if named is not None else None
            if person is None and title in _BLOCKING_TITLES:
                # `And the Speaker also said that A. … He says that B`: a title whose holder the
                # text does not name is still the one `he` names next, not someone before.
                self.last_subject = None
            return person
        return None

    def narrated_name(self, surname: str) -> str | None:
        """The one full name the text gives a surname met alone (`_read_narrated_name`), or
        None; read once a surname: the answer is kept."""
        if surname in self._narrated:
            return self._narrated[surname]
        if len(self._narrated) >= _NARRATED_READ:
            return None
        # (read already for a sentence's opening, `opening_name`: the same answer, the text
        # being the same; counted here as a reading all the same)
        if surname in self._opening:
            name = self._opening[surname]
        else:
            name = self._read_narrated_name(surname)
        self._narrated[surname] = name
        return name

    def opening_name(self, surname: str) -> str | None:
        """`narrated_name` for a surname opening a sentence with a verb that is no verb of
        saying (`And then Trump did a long interview.`; endev67): read with a bound of its own,
        so that the many capitalised words opening sentences spend none of `narrated_name`'s
        readings (`That is …`, `Congress passed …` asked here first would leave a later `Putin
        said` unread)."""
        if surname in self._narrated:
            return self._narrated[surname]
        if surname in self._opening:
            return self._opening[surname]
        if len(self._opening) >= _NARRATED_READ or surname.lower() in _NOT_OPENING_NAMES:
            return None
        name = self._read_narrated_name(surname)
        self._opening[surname] = name
        return name

    def _read_narrated_name(self, surname: str) -> str | None:
        """The one full name the text gives a surname met alone that no title or role
        registered (`John Doe, the chief executive …, also spoke.`, `Jane Roe spoke.`): a given
        name (an initial after it at most) right before the surname, never a title's, an
        organisation's or a function word, nor one inside a longer run of capitalised words
        (`New York Doe`). None when the text gives the surname no full name, or two (`Jane Doe`
        and `John Doe`), or a title of its own (`President Doe`: perhaps another person), and
        after a few surnames a text (a bound: each reading scans the text)."""
        if (
            not _SURNAME_ALONE.fullmatch(surname)
            or surname in _PEOPLE_PLURALS
            or surname.lower() in ORG_WORDS
            or surname.lower() in TITLE_WORDS
        ):
            return None
        if self._joined is None:
            self._joined = "\n".join(self._sole_texts)
        text = self._joined
        if _stands_alone(text, surname.lower()):
            return None  # a word of the text's own (`materials`), not a name
        names: set[str] = set()
        # (each place the surname stands, read backwards a few words: no scan of the text by a
        # pattern, as this is asked for a surname once)
        at = text.find(surname)
        for _ in range(_NARRATED_PLACES):
            if at < 0:
                break
            end = at + len(surname)
            found = (
                None
                if _WORD_GOES_ON.match(text, end)
                else _NARRATED_BEFORE.search(text, max(0, at - 80), at)
            )
            at = text.find(surname, end)
            if found is None:
                continue
            given = found.group(2).split(" ")[0]
            lowered = given.lower()
            if lowered in _CLAUSE_OPENERS:
                continue  # `As Roe said yesterday, A`: a sentence's first word, no given name
            if (
                lowered in TITLE_WORDS
                or lowered in ORG_WORDS
                or lowered in _FUNCTION
                or lowered in DETERMINERS
                or given in DAYS_AND_MONTHS
            ):
                return None  # `President Doe`, `Acme Doe`: perhaps another's
            previous = found.group(1) or ""
            if previous[:1].isupper() and previous.lower().rstrip(".") not in _FUNCTION:
                continue  # inside a longer run (`Mary Jane Doe`, `Sen. Jane Doe`)
            if previous.lower() in _BEFORE_NO_NAME:
                continue  # a place or a thing (`in Southern Gaza`, `our European Allies`)
            # (a generation's suffix after it is part of the name: `Robert F. Kennedy Jr.`)
            suffix = _SUFFIX_AFTER.match(text, end) if text.startswith((" ", ","), end) else None
            names.add(f"{found.group(2)} {surname}{suffix.group() if suffix else ''}")
            if len(names) > 1:
                return None
        if len(names) != 1:
            return None
        name = names.pop()
        if _stands_alone(text, name.split(" ")[0].lower()):
            return None  # a word of the text's own, not a name (`Some Republicans`, `Like Nancy`)
        return name

    def president_named_later(self, reference: Reference) -> Person | None:
        """For `the President` met before anyone holds the title, the one President the text
        names in office later (`named_president`: `As the President said, A` in a gaggle that
        names `President Biden` further on is Biden's); else None."""
        if reference.kind != "title" or reference.text != "president" or reference.role:
            return None
        if self.named_president is None:
            return None
        held = self.last_of_title.get("president")
        if held is not None and not (
            # (`Vice President Harris did dial in`: a title held only as a part of hers)
            "vice president" in held.whole_titles and "president" not in held.whole_titles
        ):
            return None
        named = parse_phrase(self.named_president)
        if named is None or named.kind == "title":
            return None
        whole = self.last_of_whole_title.get("president")
        person = self.resolve(named)
        # (the title is still held by no one met: a later `the President` names no one until
        # the text names him, as before, so that the reading of other sentences stays the same)
        for titles, before in ((self.last_of_title, held), (self.last_of_whole_title, whole)):
            if before is None:
                titles.pop("president", None)
            else:
                titles["president"] = before
        return person

    def _sole_holder(self, title: str) -> Person:
        """The one holder of a title the text gives to no one it names (`the President` in a
        gaggle that never names him), named by the title (ANNOTATING.md, "Fourteenth folder");
        the same person at every later mention. Not known by a surname: `President` is none."""
        return self._named_by_title(SOLE_TITLES[title], title)

    def named_by_title(self, name: str, title: str) -> Person:
        """The office that issued a document, named by its title alone (`The Special Counsel
        report`: `Special Counsel`; ANNOTATING.md, "Seventeenth folder"): `_named_by_title`."""
        return self._named_by_title(name, title)

    def _named_by_title(self, name: str, title: str) -> Person:
        """The person the text knows only by `name`, a title (`President`, `German
        Chancellor`) holding `title`: listed at the first mention, the same one at later ones."""
        person = self._by_name.get(self._key(name))
        if person is None:
            person = Person(name, role=name, titles={title}, whole_titles={title})
            self.people.append(person)
            self._by_name[self._key(name)] = person
            self.last_of_title[title] = person
            self.last_of_whole_title[title] = person
        return person

    def _foreign_holder(self, role: str) -> Person | None:
        """`the German Chancellor`, `the French leader` met with no holder named before: the one
        person named by the title (ANNOTATING.md, "Seventeenth folder"), when the text names no
        one with that title (`Chancellor Scholz`) and writes the country's adjective before no
        other title or name (`French President Macron` may be the leader; `the French have said`
        names no one); else None. Read once a title, and for a few titles a text (a bound: each
        reading scans the text)."""
        if role not in self._foreign_sole:
            if len(self._foreign_sole) >= _FOREIGN_TITLES_READ:
                return None
            adjective, title = role.split(" ", 1)
            named = re.compile(
                rf"\b{re.escape(title)},?\s[A-Z]|\b{re.escape(title.upper())}\s[A-Z]"
            )
            # (the adjective before a title or a name other than this one: `French President
            # Macron`; not before a word in lower case nor alone, `the French have said`)
            other = re.compile(rf"\b{re.escape(adjective)}\s(?!{re.escape(title)}\b)[A-Z]")
            self._foreign_sole[role] = not any(
                other.search(text) is not None or (title in text and named.search(text))
                for text in self._sole_texts
                if adjective in text or title in text or title.upper() in text
            )
        if not self._foreign_sole[role]:
            return None
        return self._named_by_title(role, role.split(" ", 1)[1].lower())

    def _one_holder(self, name: str, title: str) -> Person | None:
        """`the Crown Prince`, `the Chairman of the House Oversight Committee` met with no
        holder named before: the one person named by the title (`name`, as written), when the
        text gives the title to no name (`Crown Prince Mohammed`, `the Chairman of …, James
        Comer`); else None. Read once a title, for a few titles a text (`_foreign_holder`)."""
        if name not in self._foreign_sole:
            if len(self._foreign_sole) >= _FOREIGN_TITLES_READ:
                return None
            named = re.compile(
                rf"(?i:{re.escape(name)}),?\s(?:[A-Z][a-z]+\s)?[A-Z][a-z]"
                # (the holder named before the title: `Brandon Johnson, the Mayor of Chicago`)
                rf"|\b(?!{_NOT_GIVEN}\b)[A-Z][a-z]+\s(?:[a-z]{{1,3}}\s){{0,2}}[A-Z][\w’'\-]+,\s"
                rf"(?:the\s)?(?i:{re.escape(name)})"
            )
            self._foreign_sole[name] = not any(
                named.search(text) for text in self._sole_texts if name.lower() in text.lower()
            )
        if not self._foreign_sole[name]:
            return None
        person = self._named_by_title(name, title)
        if person.pronoun is None:
            person.pronoun = pronoun_of_role(name)  # (the chairwoman is a `she`, not a `he`)
        return person

    def _office_holder(self, office: str, title: str) -> Person | None:
        """The one holder of an office (`Treasury Secretary`, `Secretary-General`, `_one_office`)
        met with no holder named before, named by the title, when the text gives the title and
        its last word to no name (`Treasury Secretary Janet Yellen`, `Secretary Blinken`,
        `Prime Minister of India`, `Prime Ministers`) and writes no other capitalised word right
        before it (`British Prime Minister`, `Former Attorney General`); else None. Read once an
        office, for a few titles a text (`_foreign_holder`)."""
        if office not in self._foreign_sole:
            if len(self._foreign_sole) >= _FOREIGN_TITLES_READ:
                return None
            # (the title's own word: `Secretary` of `Secretary of State`, `Speaker` of `Speaker
            # of the House`)
            head = office.split(" ", 1)[0] if " of " in office else office.rsplit(" ", 1)[-1]
            head = head[:1].upper() + head[1:]
            named = re.compile(
                rf"(?i:{re.escape(office)})s?,?\s(?:of\s|for\s|[A-Z])"
                # (the bare title's word before a name, `Secretary Blinken`; not another
                # office's, `Press Secretary Karine Jean-Pierre`)
                rf"|(?:\A|[^\w\s’'.\-]\s*|\.\s+|\b[a-z][\w’'\-]*\s|\b(?:The|And|But|As|So|Q)\s)"
                rf"{re.escape(head)}(?:man|woman)?,?\s[A-Z][a-z]"
                rf"|\b(?!(?:{'|'.join(_NOT_BEFORE_OFFICE)})\b)[A-Z][\w.’'\-]*\s(?i:{re.escape(office)})"
                # (`a former Chief Justice`, `an Attorney General`: one of several holders)
                rf"|\b(?:[Ff]ormer|[Aa]n?|[Ee]very|[Aa]ny)\s(?i:{re.escape(office)})"
            )
            lowered = head.lower()
            self._foreign_sole[office] = not any(
                named.search(text) for text in self._sole_texts if lowered in text.lower()
            )
        if not self._foreign_sole[office]:
            return None
        return self._named_by_title(office, title)

    def other_holder(self, title: str, person: Person, listener: str) -> Person | None:
        """When `listener` (the words between a verb and its clause: ` to President Xi that`)
        names `person`, whom a title resolved to, the latest other person given that title
        before; else None (`person` stands)."""
        parts = [part for part in person.name.replace(",", "").split(" ") if len(part) >= 2]
        words = set(re.findall(r"[\w’'\-]+", listener))
        if person.body or words.isdisjoint(parts):
            return None  # (`Xi` names `Xi Jinping`, `Biden` names `Joe Biden`)
        for other in reversed(self.people):
            if (
                other is not person
                and not other.body
                and title in other.titles
                and words.isdisjoint(other.name.replace(",", "").split(" "))
            ):
                return other
        return None


# The words that open a clause before its subject (`As Roe said …`, `When Roe spoke …`): at a
# surname's place, a sentence's first word, no given name (`narrated_name` reads the other places;
# assaid round).
_CLAUSE_OPENERS = frozenset(
    ["as", "when", "while", "if", "and", "but", "so", "since", "because", "although", "though",
     "once", "until", "unless", "like"]
)  # fmt: skip
# A surname met alone that a full name of the narration may take (`narrated_name`), and the
# most surnames a text is searched for.
_SURNAME_ALONE = lazy(r"[A-Z][a-z][a-z’'\-]{1,30}")
_NARRATED_READ = 24
# Capitalised words that open sentences and are no surname (`opening_name` asks none of them).
_NOT_OPENING_NAMES = frozenset(
    ["that", "this", "these", "those", "there", "here", "they", "then", "what", "when", "where",
     "which", "while", "with", "without", "today", "yesterday", "tomorrow", "congress", "everyone",
     "everybody", "nobody", "someone", "something", "nothing", "every", "some", "many", "most",
     "each", "both", "other", "others", "another", "look", "well", "thank", "please", "again",
     "also", "just", "only", "even", "still", "maybe", "perhaps", "after", "before", "since",
     "because", "although", "though", "once", "until", "unless", "like", "our", "your", "their",
     "his", "her", "its", "let", "yes", "all", "any", "and", "but", "for", "the", "you"]
)  # fmt: skip
# The most places of one surname read (a bound: a hostile text repeats a word millions of times).
_NARRATED_PLACES = 400
# The given name (and the word before it) right before a surname's place (`narrated_name`), and
# what after a surname makes it part of a longer word (`Doe-Smith`, `Does`; not `Doe’s`).
_NARRATED_BEFORE = lazy(
    r"(?<![\w’'\-])(?:([\w.’'\-]+) )?(?<![\w’'\-])([A-Z][a-z]+(?: [A-Z]\.)?) \Z"
)


def _stands_alone(text: str, word: str) -> bool:
    """Whether `word` stands in `text` as a word of its own (not inside a longer one)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _WORD_CHAR.match(text, at - 1)) and not _WORD_CHAR.match(text, end):
            return True
        at = text.find(word, end)
    return False


_WORD_CHAR = lazy(r"[\w’'\-]")
_SUFFIX_AFTER = lazy(r",? (?:Jr\.|Sr\.|III|II|IV)(?![\w\-])")
_WORD_GOES_ON = lazy(r"[\w\-]|[’']\w\w")
# Words before a capitalised pair that make it a place or a thing, not a person (`in Southern
# Gaza`, `our European Allies`, `the Redwood Materials plant`).
_BEFORE_NO_NAME = DETERMINERS | frozenset(["in", "across", "into", "throughout", "near"])


# A given name and a surname, a middle initial between them at most (`Joe Biden`, `Joseph R.
# Biden`): the full names a surname met alone may take (not `Fightin’ Joe Biden`, a nickname).
_GIVEN_AND_SURNAME = lazy(r"[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][\w’'\-]+")
_INITIALS_AND_WORD = lazy(r"[A-Z]{2,3} [A-Z][a-z][\w’'\-]{0,40}\Z")


def _initials_and_word(name: str, word: str | None) -> bool:
    """Whether `name` is initials and one capitalised word (`JD Vance`, `CS Wind`), that word
    `word` (lower case) when given."""
    if _INITIALS_AND_WORD.match(name) is None:
        return False
    return word is None or name.split(" ")[1].lower() == word


def _one_office(reference: Reference) -> str | None:
    """The office one person holds that a title reference names (`Treasury Secretary`, `Fed
    chair`, `Secretary-General`), as its holder's name, or None."""
    title, field = reference.text, reference.role
    if field is None:
        return _ONE_PERSON_OFFICES.get(title)
    if field in ("Fed", "Federal Reserve") and title.startswith("chair"):
        return f"{field} {title}"
    if title in _ONE_PERSON_FIELD_TITLES and " " not in field and field.istitle():
        # (written as an office's title, `the Treasury Secretary`; not `the foreign minister`,
        # a lower-case title the text gives to no one, which names no one)
        return f"{field} {title[:1].upper()}{title[1:]}"
    return None


def _another_field(role: str | None, title: str) -> bool:
    """Whether `role` gives `title` (lower case) with a field word of its own before it (`Press
    Secretary`, `Commerce Secretary`), whom another field's title (`the Treasury Secretary`,
    checked before by the caller) cannot name; not a bare `Secretary` nor `Secretary of …`."""
    words = (role or "").lower().split(" ")
    head = title.split(" ", 1)[0]
    return head in words and words.index(head) > 0 and words[words.index(head) - 1].isalpha()


def _holds_for_a_place(person: Person, title: str) -> bool:
    """Whether `person` holds `title` for a place the role names (`President of Israel`)."""
    role = (person.role or "").lower()
    return role.startswith(f"{title} of ")


def _with_initial(known: str, new: str) -> bool:
    """`new` is `known` with a middle initial (`Jennifer M. Granholm`, `Jennifer Granholm`)."""
    words = new.split(" ")
    return (
        len(words) == 3
        and _INITIAL.fullmatch(words[1]) is not None
        and known == f"{words[0]} {words[2]}"
    )


def _compatible(known: str, new: str) -> bool:
    """Two forms of one name: `Joseph R. Biden, Jr.` and `Joe Biden`, not `Jill Biden`."""
    if " " not in known:
        # `McConnell` (a surname met alone), then `Mitch McConnell`: `Book._named_in_full`
        # tells whether the full name is the same person's, never the letters the surname
        # and the given name open with.
        return False
    first_known = known.split(" ")[0].lower()
    first_new = new.split(" ")[0].lower()
    if first_known[:1] != first_new[:1]:
        return False
    if first_known == first_new or len(first_known) <= 2 or len(first_new) <= 2:
        return True  # (the same given name, or an initial: `J. Smith`)
    if first_known.startswith(first_new) or first_new.startswith(first_known):
        return True  # `Dan` of `Daniel`, `Chris` of `Christopher`
    if first_known[:2] == first_new[:2]:
        return True  # `Joe` and `Joseph`, `Mike` and `Michael`, `Nick` and `Nicholas`
    # Two full given names that differ, of one letter (`Mark Johnson`, `Mike Johnson`): two
    # people, but for a short form whose own letters differ (`Tom`, `Thomas`; wireppl round).
    return frozenset((first_known, first_new)) in _SHORT_FORMS


# Short forms of given names whose second letter differs from the full name's.
_SHORT_FORMS = frozenset(
    frozenset(pair)
    for pair in (
        ("tom", "thomas"), ("tommy", "thomas"), ("jim", "james"), ("jimmy", "james"),
        ("ted", "theodore"), ("hank", "henry"), ("jack", "john"), ("meg", "margaret")
    )
)  # fmt: skip
# The people kept for one surname shared by several (the latest; a text names a few at most).
_SHARING_KEPT = 8


_INITIAL = lazy(r"[A-Z]\.")
# A generation's numeral after a surname (`Lloyd J. Austin III`, `Joe Manchin III`).
_GENERATIONS = frozenset(["II", "III", "IV"])
# Titles before a name anywhere in the text register the person (`President Joseph R. Biden,
# Jr. met …`), so that a later `President Biden` or `the President` names them.
_OFFICE_WORD = r"[A-Z][\w’'.\-]{0,40}(?<![a-z]\.)(?<![’']s)"
_TITLED = lazy(
    r"(?=[A-Z])\b(?P<title>"
    r"(?:Vice |Prime |Deputy |Acting |Assistant |Special |Executive |Chief |First )?"
    r"(?:(?:Secretary|Attorney|Surgeon|Director|Inspector|Solicitor)[ -]General|"
    r"President|Minister|Secretary|Governor|Mayor|Senator|Sen\.|Rep\.|Gov\.|Representative|"
    r"Chairman|Chairwoman|Chair|Director|Administrator|Ambassador|Commissioner|Chancellor|"
    r"Premier|Judge|Justice|General|Dr\.|Mr\.|Mrs\.|Ms\.|Professor|Envoy|Spokesperson|"
    r"Coordinator|Advisor|Adviser|Officer|CEO|(?<=First )Lady|Sir|Dame))"
    # the office (`Secretary of Commerce`, `Envoy for Climate`, `Advisor for Cyber and …`)
    # (no office word ends a sentence or is a possessive: `Secretary of State Antony Blinken.
    # Blinken said`, `… Antony Blinken’s Travel`: the name's words, not the office's)
    rf"(?: of {_OFFICE_WORD}(?: {_OFFICE_WORD}){{0,3}}"
    rf"| for [A-Z][\w’'.\-]{{0,40}}(?: (?:and )?{_OFFICE_WORD}){{0,3}})?"
    # (a knight's or a dame's honorific after the office: `Prime Minister Sir Keir Starmer`)
    r"(?:(?<!Sir)(?<!Dame) (?:Sir|Dame))?"
    # (not a generation's numeral, `III`, which ends a name: `… Lloyd J. Austin III`)
    r" (?P<name>(?!(?:II|III|IV)\b)[A-Z][\w’'\-]{1,40}(?: [A-Z]\.)?"  # a first name, an initial
    # more names (not a trip's `En Route`, `Aboard`: `Karine Jean-Pierre En Route Vail, CO`)
    r"(?: (?:(?:de|van|von|der|den|bin) ){0,2}(?:al-)?(?!Jr\b|Sr\b|En Route\b|Aboard\b)"
    r"[A-Z][\w’'\-]{1,40}){0,2})"
    r"(?P<suffix>,? Jr\.|,? Sr\.)?"
    r"(?P<place> of (?:the )?[A-Z][\w’'\-]{0,40}(?: [A-Z][\w’'\-]{0,40}){0,3}(?=[,:;.]|\s[a-z]))?"
)


# `Deputy Assistant to the ` before a title's word: the office serves the title's holder.
_SERVING = lazy(
    r"(?<![\w’'])(?:(?:Principal|Senior|Special|Deputy|Executive) ){0,2}"
    r"(?:Assistant|Counselor|Advisor|Adviser) to the \Z"
)


# Two capitalised words in a row (the look-behind after the first letter lets the engine
# skip quickly to the next capital).
_CAPITALISED_PAIR = lazy(r"[A-Z](?<![\w.'’\-][A-Z])[\w.'’\-]{0,40},? [A-Z]")
_APPOSITIVE = lazy(
    # `Jane Roe, the Port's Director,`: two or three capitalised names, then the role.
    # (The capital first, then what may not stand before it: the scan skips to capitals.)
    r"(?P<name>[A-Z](?<![\w’'][A-Z])[a-z][\w’'\-]{0,40}(?: [A-Z]\.)?"
    r"(?: [A-Z][a-z][\w’'\-]{0,40}){1,2}), "
    r"(?P<role>(?:the |a )?(?:[A-Z][\w’'\-]{0,40}|of|the|and|for|on)"
    r"(?: (?:[A-Z][\w’'\-]{0,40}|of|the|and|for|on|’s|'s)){0,16}),"
)


# The last words of the offices a title may name (`Secretary of Homeland Security`, `Minister
# of Foreign Affairs`): a capitalised word after `of` that is none of these is a first name.
_PORTFOLIO = frozenset(
    [
        "affairs", "agriculture", "commerce", "communications", "cooperation", "credit",
        "culture", "defence", "defense", "development", "economy", "education", "energy",
        "environment", "finance", "fisheries", "health", "housing", "immigration", "industry",
        "infrastructure", "innovation", "integration", "interior", "justice", "labor", "labour",
        "planning", "relations", "resources", "science", "security", "services", "state",
        "technology", "tourism", "trade", "transport", "transportation", "treasury", "veterans",
        "war", "welfare", "works", "youth",
    ]
)  # fmt: skip


# An ASCII text as bytes of classes: `A` an upper-case letter, `a` any other character of
# `[\w.'’\-]`, a comma and a space themselves, `#` the rest; `_CAPITALISED_PAIR` over the
# text matches where `_CLASS_PAIR` matches over the classes, and the scan of the classes skips
# from one `A` to the next as the search for one byte does.
_CLASSES = (
    bytes(
        65
        if 65 <= byte <= 90
        else 97
        if chr(byte).isalnum() or chr(byte) in "_.'-"
        else byte
        if byte in (32, 44)
        else 35
        for byte in range(128)
    )
    + b"#" * 128
)
_CLASS_PAIR = lazy(rb"A(?<![Aa]A)[Aa]{0,40},? A")


def has_capitalised_pair(paragraph: str) -> bool:
    """Whether `_CAPITALISED_PAIR` matches in the paragraph (found ahead for a long text: the
    quotes' `scan`)."""
    if paragraph.isascii():
        return _CLASS_PAIR.search(paragraph.encode("ascii").translate(_CLASSES)) is not None
    return _CAPITALISED_PAIR.search(paragraph) is not None


# The words of a title's field a mention's role keeps before its title word (`Commerce
# Secretary`), with the qualifiers of a national or White House office (`Deputy National
# Security Advisor`, `White House Press Secretary`, `National Economic Council Director`).
_TITLE_FIELD = (
    _PORTFOLIO
    | _FIELD_WORDS
    | frozenset(
        ["national", "deputy", "principal", "senior", "acting", "economic", "domestic",
         "council", "policy", "press", "white", "house"]
    )
)  # fmt: skip
_MOST_FIELD_WORDS = 5


_FORMER = ("Former ", "former ")


def register_mentions(book: Book, paragraph: str, capitalised: bool | None = None) -> None:
    """Every `Title Name` and `Name, Role,` in a paragraph, so later short references find
    the full name and its role. `capitalised`: `has_capitalised_pair(paragraph)` when it is
    known already."""
    if not (has_capitalised_pair(paragraph) if capitalised is None else capitalised):
        return  # no two capitalised words in a row: no name
    if ", " in paragraph or " (" in paragraph:
        for found in _APPOSED.finditer(paragraph):
            for key in _description_keys(found):
                book.described[key] = found.group("name")
    if "’s " in paragraph or "'s " in paragraph:
        for match in _KIND_OWNED_APPOSITIVE.finditer(paragraph):
            role_words = match.group("role").split(" ")[2:]
            if role_words[-1].lower() not in TITLE_WORDS:
                continue
            role = match.group("role")[4:]
            book.add(Reference("name", match.group("name"), role, None))
    for match in _APPOSITIVE.finditer(paragraph):
        role_words = match.group("role").split(" ")
        if not any(word.lower() in TITLE_WORDS for word in role_words):
            continue
        name = match.group("name")
        if any(
            word.lower() in ORG_WORDS or word.lower() in TITLE_WORDS or word.lower() in _FUNCTION
            for word in name.split(" ")
        ):
            continue
        role = _clean_role(role_words)
        book.add(Reference("name", name, role, _affiliation(role) if role else None))
    for match in _TITLED.finditer(paragraph):
        name = match.group("name")
        possessive = re.search(r"['’]s\b", name)
        if possessive is not None:
            # `President Biden’s plan`, `President Biden’s January 2021 Executive Order`: the
            # name without its possessive and the words after it.
            name = name[: possessive.start()]
        name_start = match.start("name")
        words = name.split(" ")
        office = paragraph[match.start() : name_start].rstrip().split(" ")
        # (a generation's numeral after the surname is no name of its own: `Secretary of Defense
        # Lloyd J. Austin III`, whose office took `Lloyd J.` as `Gina` in the case below)
        numbered = len(words) == 2 and words[1] in _GENERATIONS
        if (
            (len(words) == 1 or numbered)
            # `Secretary of External Relations Marcelo`, `Envoy for Climate John`
            and ("of" in office[:-2] or "for" in office[:-2])
            and office[-1].lower() not in _PORTFOLIO
            and office[-1][:1].isupper()
        ):
            # The office's words took the first name (`Secretary of Commerce Gina` +
            # `Raimondo`): a portfolio's last word is one of its field's words, a first name
            # is not.
            name = office[-1] + " " + name
            name_start -= len(office[-1]) + 1
            if (
                _INITIAL.fullmatch(office[-1])
                and len(office) >= 4
                and office[-2][:1].isupper()
                and office[-2].lower() not in _PORTFOLIO
            ):
                # `Secretary of Homeland Security Alejandro N. Mayorkas`: the office took the
                # first name and the initial; the name is Alejandro N. Mayorkas, not N. Mayorkas
                # (`Minister of External Affairs S. Jaishankar`: an initial after the portfolio)
                name = office[-2] + " " + name
                name_start -= len(office[-2]) + 1
            words = name.split(" ")
        if any(word.lower() in ORG_WORDS or word.lower() in TITLE_WORDS for word in words):
            continue
        if len(words) < 2 and match.group("title") in ("Mr.", "Mrs.", "Ms.", "Dr."):
            continue
        suffix = match.group("suffix") or ""
        full = name + suffix
        # `Secretary of Commerce Gina Raimondo`, `Governor Gretchen Whitmer of Michigan`: the
        # title with the place it names; `Commerce Secretary Gina Raimondo`: with its field.
        role_start = match.start()
        # `National Security Advisor`, `White House Press Secretary`, `Principal Deputy National
        # Security Advisor`: each word of the field and its qualifiers before, whole.
        for _ in range(_MOST_FIELD_WORDS):
            field = _FIELD_BEFORE.search(paragraph, max(0, role_start - 30), role_start)
            if field is None or field.group(1).lower() not in _TITLE_FIELD:
                break
            role_start = field.start(1)
        serving = _SERVING.search(paragraph, max(0, role_start - 60), role_start)
        if serving is not None:
            # `Assistant to the President for National Security Affairs Jake Sullivan`: the
            # title is the assistant's; the President is the one served.
            role_start = serving.start()
        role = paragraph[role_start:name_start].strip() + (match.group("place") or "")
        if len(words) >= 2 and paragraph[max(0, role_start - 7) : role_start] in _FORMER:
            # `Former President Bill Clinton … the former president said`: the description
            # names him (`Book.resolve`), as `Jane Roe, a former senator,` does her; the role
            # is the title as written, `Former President` (ANNOTATING.md, "The speaker").
            book.described["former " + match.group("title").split(" ")[-1].lower()] = full
            role_start -= 7
            role = paragraph[role_start:name_start].strip() + (match.group("place") or "")
        if len(words) >= 2:
            book.add(Reference("name", full, role, None))
        else:
            book.resolve(Reference("surname", full, role, None))
