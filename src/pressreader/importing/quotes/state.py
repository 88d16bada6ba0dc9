"""What a finder carries from paragraph to paragraph: the book of speakers, the pending
sentences whose subjects a pronoun may need, and the names met (English and Chinese)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from pressreader.importing.quotes.clauses import _in_phrase
from pressreader.importing.quotes.found import Found
from pressreader.importing.quotes.sentence_ends import _ABBREVIATIONS, sentences
from pressreader.importing.quotes.subjects import (
    _GROUP_PHRASE,
    COMMON_BODY_HEADS,
    ONE_PERSON_TITLE,
    _titled_surname,
)
from pressreader.importing.speakers import (
    BARE_DOCUMENTS,
    NAME_PARTICLES,
    ORG_WORDS,
    TITLE_WORDS,
    Book,
    Person,
    Reference,
    american_president,
    dominant_president,
    first_president,
    parse_phrase,
    particles_before_name,
    register_mentions,
)
from pressreader.importing.wordlists import (
    CLAUSE_OPENERS,
    DAYS_AND_MONTHS,
    Gated,
    alternation,
    lazy,
)

# Words that open a sentence before its subject: `On Tuesday, …`, `Building on …, `.
# The companions named after a person (`Secretary Rubio and his team`, `and her delegation`):
# a `they` after them may name that person (the extras2 round).
_COMPANIONS = lazy(r"(?:his|her)\s(?:\w+\s)?[a-z]+s\b|(?:his|her)\s(?:team|delegation|staff)\b")

_OPENING_WORDS = (
    "On",
    "In",
    "At",
    "During",
    "With",
    "For",
    "Under",
    "From",
    # (a clause of time, reason or concession: `After the vote, …`, `Although Tom Lee lost the
    # vote, he insisted …`: its subject is not the sentence's)
    *CLAUSE_OPENERS,
    "Building on",
    "Today",
    "Yesterday",
    "Earlier",
    "Later",
    "Tonight",
    "Tomorrow",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A sentence opening with a person described, then named between commas, and a verb (`The
# mayor, Ann Smith, welcomed …`, `A local farmer, John Doe, 54, drove …`): the named one is its
# subject; the description one to four lower-case words.
# A paragraph that opens with one quote and its pronoun's attribution (`“…,” she said`).
_QUOTE_THEN_PRONOUN = lazy(
    r"[“\"][^“”\"]{1,600}[”\"],? (?:he|she) (?:said|says|added|replied|countered|told)\b"
)
# The verbs of saying after a surname that opens a sentence (`Brooks said the budget …`): only
# then is the narration read for the surname's full name (`Book.narrated_name`, read for a few
# surnames a text).
_SAID_AFTER_SURNAME = frozenset(
    ["said", "says", "told", "added", "noted", "argued", "wrote", "replied", "insisted",
     "warned", "explained", "stated", "recalled", "agreed", "disagreed", "countered"]
)  # fmt: skip
# A word after a surname opening a sentence that makes the surname its subject: a verb in lower
# case (`did`, `is`, `calls`, `wants`), not a conjunction, a preposition or an article that would
# make the surname part of a longer phrase (`Trump and Vance met`, `Trump of all people`).
_SURNAME_VERB = lazy(
    r"(?!(?:and|or|nor|of|the|a|an|to|in|on|at|for|with|by|from|as|who|which|that)\Z)[a-z]{2,14}"
)
_DESCRIBED_OPENING = lazy(
    r"(?:The|An?|One|Another|Her|His|Its|Their)\s(?:[a-z][\w'’\-]*\s){0,3}?[a-z][\w'’\-]*,\s"
    r"(?P<name>(?:[A-Z][\w'’\-]*|[A-Z]\.)(?:\s(?:[A-Z][\w'’\-]*|[A-Z]\.)){1,3}),\s"
    r"(?:\d{1,3},\s)?[a-z]{3,}"
)
# What a match of `_OPENING_ADVERBIAL` opens with, but for a participle's phrase (`Speaking at
# …,`: its `ing` stands before the sentence's first comma): the pattern is tried only then.
_OPENING_STARTS = (*_OPENING_WORDS, "Last", "This", "Over", *_DAYS)
_OPENING_ADVERBIAL = lazy(
    # (`Although, Dr. Ingersoll is the one …`: a word of discourse with its comma, `however`,
    # opens no clause; the sentence's subject follows it)
    r"(?!(?:Although|Though|Because|Once|Until|Whereas|Unless|If),)"
    r"(?:"
    + alternation(_OPENING_WORDS)
    # (`Last night, the President delivered …`, `This morning, …`, `Over the weekend, …`: a time
    # that opens the sentence; `This` and `Last` only before a time's noun)
    + r"|(?:Last|This|Over\sthe)\s(?:night|morning|afternoon|evening|week|weekend|month|year|"
    + "|".join(_DAYS)
    + r"|past\s[a-z]+)"
    # (`Tuesday, the President was strong …`: a day alone, or with its part, `Monday night`)
    + r"|(?:"
    + "|".join(_DAYS)
    + r")"
    r"(?:\s(?:night|morning|afternoon|evening))?(?=,)"
    # (`Going all the way back to the campaign, President Biden talked …`, `Speaking at the summit,
    # …`: a participle's phrase that opens the sentence; not `Including …`, the start of a list,
    # nor a topic, `Speaking of Secretary Blinken, he was …`, whose pronoun is the one named)
    r"|(?!Including\b|Speaking\sof\b|Talking\sabout\b|Turning\sto\b|Regarding\b|Nothing\b|"
    r"Everything\b|Something\b)[A-Z][a-z]+ing\s(?=[a-z])"
    r")\b[^,]{0,80},\s"
)
# A speaker's word of discourse before a sentence's subject, with its comma (`Actually, Elon
# called me.`, `So, Jane Roe called me.`, `And so, …`): the sentence is about the one after it.
_DISCOURSE_OPENER = lazy(
    r"(?:(?:And|But|So)\s)?(?:Actually|So|Well|Now|Look|Anyway|Again|Frankly|Honestly|Listen|"
    r"Yeah|Yes|No|Okay|OK|Oh|Then|And\sthen|And\sso),\s+"
    # (a second filler, `So, look, the …`, `Okay, so the …`, and a subject opening with `the`
    # and a capital, `Well, the President …`: probe of 7 December)
    r"(?:(?:so|look|well|now|and|again),?\s+)?(?=[A-Z]|the\s[A-Z])"
)
# A point's number before a sentence's subject (`And then, number three, the President has
# shown …`, `Second, Secretary Roe …`): the sentence is about the one after it.
_POINT_NUMBER = lazy(
    r"(?:(?:And|But|So)(?:\sthen)?,?\s+)?(?:First|Second|Third|Fourth|Fifth|Finally|Lastly|"
    r"[Nn]umber\s(?:one|two|three|four|five)),\s+"
)
# A short topic and a colon before a sentence's subject (`One quick follow-up on inflation: Fed
# Chair Jerome Powell said …`, `And on Ukraine: the President …`): the sentence is about the one
# after it. Not a name and a colon (`Senator Roe:`, a speaker's label), nor a quotation's words.
_TOPIC_COLON = lazy(
    r"(?:(?:And|But|So|Now)\s)?(?:One|A|An|On|About|Just|Quick|Last|Another|Also|Then|Second|"
    r"Third|Finally|[Ff]ollow-up|[Ff]ollowing\sup)\b[^:“”\".?!]{0,50}:\s+(?=[A-Z])"
)
# A sentence in the first person, one speaking of others (`I called Elon Musk.`, `And we got a
# great question from our listener, Jane Roe (ph).`, `So, let us remember the words of …`): the
# one person it names is whom a later `he` or `she` names (the first person is never either).
_FIRST_PERSON = lazy(
    r"(?:(?:And|But|So|Well|Actually|Now|Then)(?:,\s+|\s+)){0,2}"
    r"(?:(?:[Aa]t|[Ii]n|[Oo]n|[Aa]fter|[Ll]ast|[Ee]arlier|[Tt]oday|[Yy]esterday|"
    r"[Tt]he\s(?:next|following))\b[^,.]{0,40},\s+)?"
    # (an interview's `When I asked Alvarez about her critics, she laughed.`: the one asked)
    r"(?:(?:[Ww]hen|[Aa]fter|[Aa]s)\s(?=I\sasked\s))?"
    r"(?:I|[Ww]e|[Ll]et\sus|[Ll]et’s)\s"
    r"(?!(?:said|say|says|tell|wrote|write|think|thought|believe|know|knew|hope)\b"
    # (`I told President Xi, “…” And he said he agreed.`: the one told, named; not `I told you`,
    # `I told them`, the speaker's own telling of no one named; the probe of speeches)
    r"|told\b(?!\s(?!I\b)[A-Z][a-z]+\s[A-Z])"
    r"|asked\b(?!\s(?!I\b)[A-Z][a-z]+(?:\s[A-Z][\w’'\-]+){0,2}\s(?:about|whether|why|if|how)\b))"
)
# A reporter's question put to one named (`When I asked Alvarez about her critics`, `I asked Jane
# Roe whether …`): the one asked, a surname alone too.
_ASKED_NAME = lazy(
    r"(?:(?:And|But|So)\s)?(?:(?:[Ww]hen|[Aa]fter|[Aa]s)\s)?I\sasked\s"
    r"(?P<name>(?:[A-Z][\w.’'\-]*\s){0,3}[A-Z][\w’'\-]*)\s(?:about|whether|why|if|how)\b"
)
# The speaker's own words to the one such a sentence names, between it and the pronoun (`I
# called my professor — a guy named Dr. Ingersoll. And I said, “Can I come see you?” And he said,
# “Of course.”`, ANNOTATING.md, "Forty-third folder"): passed over, the sentence before it read
# in the first person as the one right before the pronoun's is.
_OWN_WORDS = lazy(
    r"(?:(?:And|But|So|Then|And\sthen)\s)?I\s(?:said|asked|told\s(?:him|her))\b[^“”.!?]{0,30}“"
)
# The openings of a sentence whose subject may be a person the rules do not read: a pronoun or
# a possessive (`Her husband met Jane Roe.`), or the first person (`_FIRST_PERSON`'s).
_NOT_PASSING = lazy(
    r"(?:(?:And|But|So|Then|Now|Well)\s)*(?:He|She|They|His|Her|Their|It|Its|My|Our|Your)\b"
)
# A name's possessive opening a sentence, after a connective (`So, Secretary Roe’s overarching
# message was to …`): the one that sentence opens with, whom a pronoun right after it names.
_OPENING_POSSESSIVE = lazy(
    r"(?:(?:And|But|So|Now|Well|Again),?\s)?"
    r"(?P<owner>(?:[A-Z][\w.’'\-]*\s){0,3}[A-Z][\w’'\-]*[’']s)\s"
    # (not another person of theirs: `Secretary Roe’s wife, Ann Roe, was there. She …`)
    r"(?!(?:[a-z\-]+\s)?(?:wife|husband|son|daughter|mother|father|brother|sister|child|children|"
    r"family|spokes\w+|aides?|advis[eo]rs?|deputy|chief|staff|lawyers?|attorneys?|counsel|"
    r"successor|predecessor|friends?|partner|boss|team|envoy|counterpart)\b)[a-z]"
)
# A person of the third person in such a sentence (`the President has shown … that he will do
# what he says …; so, President Putin can count on that.`): perhaps its subject, not the one named.
_THIRD_PERSON = lazy(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is|[Hh]ers|[Hh]imself|[Hh]erself)\b")
# The words right before a person named in passing (`was from Chancellor Angela Merkel`, `was
# then-Chancellor Angela Merkel`, `This is from Speaker Johnson`): a preposition or a copula.
_PASSING_WORDS = r"from|with|by|was|is|were|about|on|of|to|something"
_PASSING_BEFORE = lazy(
    rf"\b(?:{_PASSING_WORDS})\s"
    r"(?:then-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s)?\Z"
)
# A scene of the speaker and the one a sentence before named, naming no one (`And so we’re
# sitting at the table, and we talked about …`): passed over as the speaker's own words are.
_WE_SCENE = lazy(
    r"(?:(?:And|So|Then|And\sso|And\sthen),?\s)?[Ww]e(?:’re|'re|\s(?:were|sat|talked))\b"
)
# The opening phrase of a pronoun's own sentence, before the pronoun (`And on the question
# about Senator Roe: He`, `During Dr. Roe’s opening remarks, she`): no he or she before it.
# (A title's abbreviation may stand in it: `Q Mr. President, when President Roe was asked …, he`.)
_OPENING_BEFORE_PRONOUN = lazy(
    r"((?:(?!\b(?:[Hh]e|[Ss]he)\b)(?:[^“”.?!]|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bDr)\.)){4,200}?"
    r"[:,])\s+(?:[Hh]e|[Ss]he)\b"
)
# In the opening phrase of the pronoun's sentence, only a topic (`on Senator Roe:`, `about
# Secretary Roe’s comments,`) or the subject of a clause of time (`when President Roe was asked
# about …,`, `After Senator Roe read the bill,`): `During the meeting with Senator Roe, she
# said` is the subject's.
# (subclause round: any word opening a clause of time, reason or concession, `Although Tom Lee
# lost the vote, he insisted …`, `Since Senator Roe joined …, she has said …`)
_CLAUSE_WORDS = "|".join(
    f"[{word[0]}{word[0].lower()}]{word[1:]}".replace(" ", r"\s") for word in CLAUSE_OPENERS
)
_TOPIC_WORDS = rf"\b(?:[Aa]bout|[Oo]n|{_CLAUSE_WORDS})\s"
_TOPIC_BEFORE = lazy(rf"{_TOPIC_WORDS}(?:former\s|the\slate\s)?\Z")
_TOPIC_NAME = lazy(rf"{_TOPIC_WORDS}(?:then-|former\s|the\slate\s)?[A-Z]")
# A full name the text has not met, right after the word opening such a clause and before its
# verb (`When Thomas Edison opened …, he predicted that A`): the clause's subject, whom the
# pronoun right after the clause names. Not a name joined to another (`When Jane Roe and Mark
# Stone arrived`), nor a possessive (`When Jane Roe’s plan failed`).
_CLAUSE_SUBJECT = lazy(
    rf"\b(?:{_CLAUSE_WORDS})\s(?:former\s|the\slate\s)?(?P<name>(?:[A-Z][\w.’'\-]*\s){{1,4}}?"
    r"[A-Z][\w’'\-]*[a-z])(?<![’']s)\s(?!and\b|or\b|of\b)[a-z]"
)
# The first and the last words of a place's or a firm's name, no person's (`When New York passed
# the law`, `After Wall Street rallied`, `When Goldman Sachs cut …`, `As the Bank …`).
_PLACE_FIRST = frozenset(
    ["New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "San",
     "Santa", "Los", "Las", "Saint", "St.", "Fort", "Port", "Mount", "Lake", "Great", "United",
     "Hong", "Saudi", "Sri", "Costa", "Puerto", "El", "Rhode", "Silicon", "Wall", "Capitol",
     "Goldman", "Morgan", "Downing", "Pearl", "Tesla", "Apple", "Google", "Microsoft", "Amazon"]
)  # fmt: skip
# (with a body's word, `speakers.ORG_WORDS`: `Department`, `University`, `Times`, one list of them)
_PLACE_LAST = frozenset(
    ["Street", "Hill", "Valley", "Harbor", "Harbour", "Island", "Islands", "County", "City", "Bay",
     "Park", "Square", "Avenue", "Road", "River", "Beach", "Coast", "Strait", "Sea", "Sachs",
     "Stanley", "Motors", "Airlines", "Africa", "America", "Arabia", "Korea", "Zealand", "Guinea",
     "Airport", "Station"]
)  # fmt: skip
# In such a clause, the one the pronoun names as its object (`After Jane Roe told him the news,
# he said`, `When Jane Roe called her, she said`): not the clause's subject.
_OBJECT_PRONOUN = {
    "he": lazy(r"\bhim\b"),
    "she": lazy(
        r"\bher\b(?=\s(?:the|a|an|that|to|about|in|on|for|with|by|from|again|back)\b|\W*\Z)"
    ),
}
# The other pronoun, after the pronoun (`he said that she was wrong`).
_OTHER_PRONOUN = {
    "he": lazy(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b"),
    "she": lazy(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b"),
}
# One of those words right before a capital anywhere in the sentence: without it, no name is
# in passing (tried before the names are read, which costs more).
_PASSING_NAME = lazy(rf"\b(?:{_PASSING_WORDS}|About|On)\s(?:then-)?[A-Z]")
# A person's name in such a sentence (`Elon Musk`, `President Lincoln`, `Coretta Scott King`): two
# to four capitalised words not opening the sentence, after a word in lower case or a comma.
_NAMED_IN = lazy(r"(?<=[a-z,] )(?:[A-Z][\w.’'\-]*\s){1,3}[A-Z][\w’'\-]*\b(?![.’'\-]?\s?[A-Z])")
# The lower-case noun of a person right before a name (`our listener, Jane Roe`, `my
# granddaughter Naomi Roe`, `a guy named John Doe`): the name is a person's, not a place's.
_PERSON_BEFORE = lazy(
    r"\b(?:listener|viewer|reader|caller|friend|colleague|neighbor|neighbour|constituent|student|"
    r"teacher|son|daughter|granddaughter|grandson|wife|husband|brother|sister|mother|father|mom|"
    r"dad|uncle|aunt|cousin|nephew|niece|partner|guest|host|doctor|nurse|named|great|late),?\s\Z"
)
# A clause that follows the opening adverbial before the subject (`In 1962, when …, X …`).
# (`Since then, in addition to signing …, the President has continued …`: a second phrase of
# what else was done, the subject after it)
_CLAUSE_ADVERBIAL = lazy(
    r"(?:when|while|as|after|before|since|although|though|in\saddition\sto)\b[^,]{0,80},\s"
)
_LEADING = lazy(r"\w[\w.'’\-]{0,40}(?:\s\w[\w.'’\-]{0,40}){0,13}")
# Its first two words (the same two: it is greedy and never gives a word back), which decide
# most sentences: the rest is read only when both belong to the opening phrase.
_LEADING_TWO = lazy(r"\w[\w.'’\-]{0,40}(?:\s\w[\w.'’\-]{0,40})?")
# A link (`And`, `But`, `So`, `Now`, `Then`, `And then`) or nothing, then `the` in lower case before
# a capital: where a subject opens after an opener (`_subject_of_sentence`).
_LINK_BEFORE_THE = lazy(r"(?:(?:And|But|So|Now|Then)\s(?:then\s|so\s)?)?the\s(?=[A-Z])")
# A link before a surname alone and its verb in lower case (`And then Trump did …`, `But Roe said`).
_LINK_BEFORE_SURNAME = lazy(
    r"(?P<link>(?:And|But|So|Now|Then)\s(?:then\s|so\s)?)(?P<surname>[A-Z][a-z][\w’'\-]*)\s[a-z]"
)
# (the words `_LINK_BEFORE_THE` opens with: a cheap test before it)
_LINK_BEFORE_THE_FIRST = ("the", "And", "But", "So", "Now", "Then")
# `And then`, `And`, `Then` before a title with a country's adjective (`And then the German
# Chancellor looked at me.`): the title opens the sentence.
_LINK_BEFORE_COUNTRY = Gated(
    r"(?:And\s(?:then\s)?|Then\s)(?=[Tt]he\s[A-Z][a-z]+(?:an|ese|ish|ch|i)\s)", ("nd ", "Then ")
)
# A speech's fragment that brings in a person as an example (`Americans like Lieutenant Colonel
# James Rudder, Texas.`, `And Americans like John Wardell of New Jersey.`): no verb, the person
# it names is whom a later pronoun names. Not `Republicans like X called …` (a group's speech,
# a verb after the name) nor a phrase of common nouns.
_EXAMPLE_FRAGMENT = Gated(
    r"(?:(?:And|But)\s)?(?:Americans|Folks|People|Heroes|Patriots)\slike\s"
    r"(?P<np>(?:[A-Z][\w.’'\-]*\s){1,5}?[A-Z][\w’'\-]*)(?=\s(?:from|of)\s|[,.]|\s*\Z)",
    (" like ",),
)
_EXAMPLE_OPENERS = ("And ", "But ", "Americans ", "Folks ", "People ", "Heroes ", "Patriots ")
# A sentence whose subject is a relative the text does not name (`My dad used to say, “…”`, `And as
# my grandfather would say …`): a later pronoun names that relative, no one the text names
# (ANNOTATING.md, "Fifteenth folder"), not the last speaker before. A name after the relative is
# the relative's own (`My son Beau said`, `my wife, Jill,`): that sentence is read as any other.
_RELATIVE_SUBJECT = Gated(
    r"(?:(?:And|But|So|Because|Well|Now),?\s+)?(?:(?:[Aa]s|[Ll]ike)\s+)?[Mm]y (?:late\s)?"
    r"(?:dad|father|mom|mother|grandfather|grandmother|grandpa|grandma|pop|mama|papa|wife|husband|"
    r"son|daughter|brother|sister|uncle|aunt|grandson|granddaughter)\b(?!-)(?!,?\s[A-Z])"
    r"(?!\s(?:and|&)\s)",  # (`My wife and I`: two people, read as any other subject)
    ("my ", "My "),
)
_TWO = lazy(r"\b(?:two|Both)\b")
_JOINED_NAMES = lazy(r"[a-z] and [A-Z]")
_AND_TITLE = lazy(r"\band (?:CEO|Chief)")


# A person the text describes and does not name (`how could this man have gotten weapons?`,
# `the gunman`, `the suspect`): a later `he` or `she` that reaches back past it names that
# one, no one the text names further back (ANNOTATING.md: a pronoun whose referent the text
# does not name gives no quote). The noun's pronoun: `he`, `she`, or either (`both`).
_UNNAMED_NOUNS = {
    "man": "he",
    "guy": "he",
    "gentleman": "he",
    "gunman": "he",
    "woman": "she",
    "lady": "she",
    "suspect": "both",
    "shooter": "both",
    "attacker": "both",
    "assailant": "both",
    "perpetrator": "both",
    "hostage-taker": "both",
    "killer": "both",
}
_UNNAMED_PERSON = Gated(
    r"\b(?:[Tt]his|[Tt]hat|[Tt]he)\s(?P<noun>"
    + alternation(tuple(_UNNAMED_NOUNS))
    + r")\b(?![\-’'])"
    # (not one named after it: `this guy, Henry Topel, said`, `a man named John Doe`)
    r"(?!,?\s(?:[A-Z]|named\b|called\b))"
    # (nor one a relative clause describes, `The man who got rich overseeing …`: one the text
    # speaks of already)
    r"(?!\s(?:who|whose|that)\b)",
    (
        "man",
        "guy",
        "lady",
        "suspect",
        "shooter",
        "attacker",
        "assailant",
        "perpetrator",
        "killer",
        "-taker",
    ),
)


def _unnamed_person(sentence: str, pronoun: str) -> bool:
    """Whether `sentence` speaks of a person it describes and does not name, one `pronoun`
    (`he` or `she`) may name."""
    for found in _UNNAMED_PERSON.finditer(sentence):
        if _UNNAMED_NOUNS[found.group("noun")] not in (pronoun, "both"):
            continue
        # (after a `he` of its own sentence it describes that one again: `He wants to get rid
        # of — this guy wants to do a whole lot`)
        return _THIRD_PERSON.search(sentence, 0, found.start()) is None
    return False


class _Unsplit(str):
    """A paragraph with no quote, kept whole until a pronoun needs its sentences' subjects."""


# A line of capitalised words, numbers and places without a full stop (a transcript's place or
# time line under its title): it names no subject for a later pronoun.
_LINE_OF_NAMES = lazy(
    r"\s*(?:(?:[A-Z0-9][\w.:’'&\-]*|of|the|and|de|on|at),?\s+)*"
    # (its last word a name, a number, or initials: `Capitol Rotunda Washington, D.C.`)
    r"(?:[A-Z0-9][\w:’'&\-]*|(?:[A-Z]\.)+)\s*"
)
# Last characters no line of names ends with (its last word is a name, a number or an
# initial, `A.`): most sentences end with one, and are no such line without the pattern's try.
_NOT_A_NAME_END = frozenset('?!”")»…')


def _may_be_line_of_names(sentence: str) -> bool:
    """False where `_LINE_OF_NAMES` cannot match all of `sentence`, known from its last two
    characters (a period only after a capital, as in an initial; no mark above)."""
    text = sentence.rstrip()
    if not text:
        return False
    if text[-1] == ".":
        return "A" <= text[-2:-1] <= "Z"
    return text[-1] not in _NOT_A_NAME_END


# A transcript turn's speaker's own hedge before a sentence's subject (`And I think the
# President was asked …`, `So I believe the Secretary …`).
_HEDGE = lazy(r"\s*(?:(?:And|But|So)(?:,\s+|\s+))?I\s(?:think|believe|guess|know)(?:\sthat)?\s+")
# A turn's opening words to the one asked (`Mr. President, you said …`, `Karine, can …`), its
# greetings (`Merry Christmas Eve eve for those who celebrate.`, `Good afternoon.`) and its
# questions (`Is Egypt going to help?`): no one the sentence is about.
_ADDRESS = lazy(
    # (not a filler, `Okay, so the President …`, `Well, I …`: `_DISCOURSE_OPENER`'s; probe of 7
    # December)
    r"(?!(?:Okay|OK|Well|So|Now|Look|Yeah|Yes|Oh|Again|Actually|Anyway|Listen|Sure|Right),)"
    r"(?:[A-Z][\w.'’\-]{0,20}\s){0,3}[A-Z][\w.'’\-]{0,20},\s(?:you|I|we|can|could|would|do|"
    r"does|did|is|are|was|were|what|how|why|when|where|just|so|and|on|if|first|one|two|a)\b"
)
# A question's opening words naming the one asked, a title before the surname or a full name
# (`President Zelenskyy, again, welcome.`, `Secretary Jane Roe, you said …`).
_ADDRESSED = lazy(r"\s*(?P<np>(?:[A-Z][\w.'’\-]{0,20}\s){1,3}[A-Z][\w'’\-]{1,20}),\s")
# A question's opening address before the sentence's subject, an article and a capital (`Jake,
# a Hamas spokesperson …`, `Mr. President, the Prime Minister …`): the subject is read after it.
_ADDRESS_BEFORE_SUBJECT = lazy(
    r"(?!(?:And|But|So|Now|Then|Well)\b)"
    r"(?:[A-Z][\w.'’\-]{0,20}\s){0,2}[A-Z][\w.'’\-]{0,20},\s(?=(?:an?|the)\s[A-Z])"
)
# An unnamed spokesperson of a body opening a sentence (`A Hamas spokesperson`, `the State
# Department spokesman`); not one the text names after a comma (`…, Mary Major,`).
_UNNAMED_SPOKESPERSON = lazy(
    r"(?:[Aa]n?|[Tt]he)\s(?P<body>[A-Z][\w.’'\-]*(?:\s[A-Z][\w.’'\-]*){0,3})\s"
    r"(?:spokesperson|spokesman|spokeswoman)\b(?!,\s[A-Z][\w.’'\-]*\s[A-Z])"
)
# A document from its issuer ending the sentence before a `they`, its subject no speaker (`We just
# got a readout from the Kremlin.`): the body the `they` names.
_DOCUMENT_FROM = lazy(
    r"\b(?:readout|statement)\sfrom\s(?:the\s)?"
    r"(?P<issuer>(?:(?:[A-Z]\.){2,}\s)?[A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*){0,3})(?=[.,;]?\s*\Z)"
)
# A document the text names with its issuer (ANNOTATING.md, "Hard cases", "Seventeenth",
# "Twenty-first", "Forty-sixth" and "Forty-seventh folders"): `The Special Counsel report`, `A Pew
# Research Center survey`, `a report from the Government Accountability Office`, `The Justice
# Department filed a complaint`, `Treasury’s new analysis`; or one named with none (`One study
# found`, `filed a lawsuit`, `A separate report`), whose later `the report`, `the study` is no
# source. Read, each paragraph once and gated by `_DOCUMENT_WORDS`, when a bare `the report
# argues …`, `the report says, and I quote, “…”` is to be resolved (`FinderState._learn_documents`,
# `_document_issuer`). Found testing documents as sources (docs/IMPORT-RULES.md).
_DOCUMENT_WORDS = tuple(BARE_DOCUMENTS)
_DOC_KIND = (
    r"(?:report|study|survey|analysis|poll|complaint|indictment|lawsuit|ruling|memo|statement)"
)
_DOC_ISSUER = r"[A-Z][\w&.\-]*(?:\s(?:(?:of|and|&|for|the|on)\s)?[A-Z][\w&.\-]*){0,5}"
_DOC_QUALIFIER = r"(?:(?:new|recent|latest|final|full|separate|internal|\d{4}|\w+-page)\s){0,2}"
_ISSUED_DOCUMENTS = lazy(
    # `The Special Counsel report`, `A CFPB study`, `the Pew survey`
    rf"\b(?:[Tt]he|[Aa]n?)\s{_DOC_QUALIFIER}(?!(?:This|That|These|Those|Its|Our|Their|His|Her|"
    rf"Your|My|Another|One|Last|Next)\s)(?P<before>{_DOC_ISSUER})\s{_DOC_QUALIFIER}"
    rf"(?P<kind_a>{_DOC_KIND})\b"
    # `a new report from the Government Accountability Office`, `a study by X`
    rf"|\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s{_DOC_QUALIFIER}(?P<kind_b>{_DOC_KIND})\s(?:by|from)\s"
    rf"(?:the\s)?(?P<by>{_DOC_ISSUER})"
    # `The Justice Department filed a complaint`, `the Supreme Court issued its ruling`
    rf"|(?<![\w’'])(?P<np>{_DOC_ISSUER})(?:\s\([A-Z]{{2,8}}\))?,?\s(?:released|issued|published|"
    rf"filed|sent|unsealed|unveiled|handed\sdown)\s(?:a|an|its)\s(?:[\w\-]+\s){{0,3}}?"
    rf"(?P<kind_c>{_DOC_KIND})\b"
    # `Treasury’s new analysis`
    rf"|(?<![\w’'])(?P<owner>{_DOC_ISSUER})[’']s\s{_DOC_QUALIFIER}(?P<kind_d>{_DOC_KIND})\b"
    # `One study found`, `filed a lawsuit`, `A separate report`: a document no issuer is named for
    rf"|\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s(?:[a-z\-]+\s|\d{{4}}\s){{0,2}}(?P<kind_e>{_DOC_KIND})\b"
    r"(?!\s(?:by|from)\s)"
)
# Words that open a sentence capitalised but name no issuer (`Prosecutors unsealed an indictment`).
_NOT_ISSUERS = frozenset(
    ["Prosecutors", "Researchers", "Officials", "Investigators", "Regulators", "Lawyers", "Critics",
     "Tenants", "Plaintiffs", "Authorities", "Analysts", "Scientists", "Experts", "Democrats",
     "Republicans", "Lawmakers", "It", "He", "She", "They", "We", "I", "This", "That", "Its"]
)  # fmt: skip


def _documents_issued(paragraph: str) -> list[tuple[str, str | None]]:
    """The documents `paragraph` names, in order, each by its kind with its issuer's name (None
    when it names none): `_ISSUED_DOCUMENTS`."""
    found: list[tuple[str, str | None]] = []
    for match in _ISSUED_DOCUMENTS.finditer(paragraph):
        groups = match.groupdict()
        kind = next(
            groups[k] for k in ("kind_a", "kind_b", "kind_c", "kind_d", "kind_e") if groups[k]
        )
        issuer = groups["before"] or groups["by"] or groups["np"] or groups["owner"]
        if issuer is not None:
            issuer = re.sub(r"\A(?:The|the)\s", "", issuer)
            if issuer.split(" ", 1)[0] in _NOT_ISSUERS or issuer in DAYS_AND_MONTHS:
                issuer = None
        found.append((kind, issuer))
    return found


_GREETING_OR_QUESTION = lazy(
    r"(?:Merry|Happy|Good|Hello|Hi|Hey|Welcome|Thank|Thanks|Congratulations|Greetings)\b"
    # and a question's opening (`Is Egypt going to …?`, `Does the Secretary …?`)
    r"|(?:Is|Are|Was|Were|Do|Does|Did|Can|Could|Will|Would|Should|Has|Have|Had|Why|How|What|"
    r"When|Where|Which)\s"
)


class FinderState:
    """The state shared by a finder's parts, and the resolution of a phrase to a speaker."""

    def __init__(self) -> None:
        self.book = Book()
        self._open_speaker: Person | None = None  # a quote left open at a paragraph's end
        # The sentences met since the last attribution, whose subjects are read only when a
        # pronoun (or a verb joined to the one before) needs them; the latest one is `_sentence`.
        self._pending: list[str] = []
        self._sentence: str | None = None
        self._sentence_subject: Person | None = None  # the speaker opening `_sentence`
        self._sentence_read = False
        # What `_subject_of_sentence` made of `_sentence` (`speaker`, `group`, …), and whether
        # its subject was read past a long phrase or an apposition (`_long_subject`).
        self._sentence_outcome = ""
        self._long_read = False
        self._announced: tuple[Person, int] | None = None
        # The speaker a label paragraph (`X said:`) names, and how many paragraphs more it may
        # announce.
        self._labelled: tuple[Person, int] | None = None
        # The last part of each dotted name, and the name.
        self._zh_names: dict[str, str] = {}
        # A dotted name whose last part is one character, its end written (`迈克·李(Mike Lee)`),
        # by that character: `李问道` names the latest such person.
        self._zh_one_character_names: dict[str, str] = {}
        # The person last written as a name met before and a title after it (`特朗普总统`).
        self._zh_title_holders: dict[str, str] = {}
        # Bodies the text has named with their country (`美国司法部`) or in marks (`“五眼联盟”`),
        # by the name without the country, in the order met: `司法部说` and `该联盟` name them.
        self._zh_bodies: dict[str, str] = {}
        self._zh_kind_bodies: list[str] = []  # `众议院中国问题特设委员会`: what `委员会` names
        # Latin abbreviations of Chinese sources (`国际能源署(IEA)`: `IEA`).
        self._zh_aliases: dict[str, Person] = {}
        # The source of the latest statement, report or letter named in an attribution
        # (`…在一份电邮声明中说`), for a later `声明还说` (None: several sources, or none named).
        self._zh_documents: dict[str, Person | None] = {}
        # The sentence opening (its source) of the latest paragraph that issued a document under
        # a title in marks (`七国集团…发表《…宣言》`), by the document's noun, for a paragraph
        # further on that opens with the document speaking (`宣言声明：“…”`).
        self._zh_titled_issues: dict[str, str] = {}
        # The text's paragraphs, and the bare names (no dot, no role before them where the
        # sentence names them) it holds as people, read from them when first asked
        # (`_zh_bare_person`).
        self._zh_paragraphs: Sequence[str] = ()
        self._zh_people_read: tuple[frozenset[str], frozenset[str]] | None = None
        # How often the text writes a name's words, counted once each (`_zh_count`).
        self._zh_counts: dict[str, int] = {}
        # The person the latest Chinese sentence opened with, for a later 他 or 她.
        self._zh_subject: Reference | None = None
        # The office whose unnamed spokesperson the text met last (`发言人说`, `这名发言人说`).
        self._zh_spokesperson: str | None = None
        self._zh_before = ""  # the text before the sentence read (for `该集团`)
        self._zh_sentence = ""  # the sentence read (for `该公司` named in its own words)
        # Acronyms the text spelt out in brackets (`National Park Service (NPS)`), the latest kept.
        self._acronyms: dict[str, str] = {}
        # The issuer of the latest document of each kind that spoke (`analysis`, `study`: the
        # Department of the Treasury for a later `The analysis also finds that …`).
        self._document_issuers: dict[str, Person] = {}
        # The issuer's name of the latest document of each kind the paragraphs read named (None:
        # one named with no issuer), for a bare `the report`, `the study` (`_document_issuer`).
        self._documents_named: dict[str, str | None] = {}
        # The paragraphs read before this one not yet read for the documents they name, kept by
        # reference: read only when a bare document is to be resolved (most texts have none),
        # each paragraph once (`_learn_documents`).
        self._documents_unread: list[str] = []
        # The same paragraphs (and the title) not yet read for the bodies they name by a kind's
        # name (`the National Oceanic and Atmospheric Administration`, `the Foreign Ministry`),
        # and the latest name of each kind they gave: read only when a bare `the agency`, `the
        # ministry` finds no name of its kind near it (`ReportedQuotes._kind_anywhere`).
        self._kinds_unread: list[str] = []
        self._kinds_named: dict[str, str] = {}
        # The end of the paragraph read before (for a paragraph that opens with `这位…领导人`).
        self._zh_previous_paragraph = ""
        # The paragraph's direct quotes, found before its reports are read (`finder._quotes`):
        # a 他 or 她 after `“…，”X说，“…”` names X, the latest attribution's subject.
        self._zh_direct_found: list[Found] = []
        self._zh_paragraph_end = ""
        self._turn_label: str | None = None  # the label of a turn that opens with a quote
        # The speaker of a quote whose attribution ends the paragraph, for a quotation that
        # makes up the next one.
        self._closing_speaker: Person | None = None
        # The same, set by a paragraph that reports one source's words and nothing else
        # (`X说，A。他提到B。` then `“…”`), for the next paragraph only.
        self._report_speaker: Person | None = None
        self._direct_read = 0  # the paragraphs read for direct quotes
        # The person a label names for the excerpts after it (`X on Face the Nation`).
        self._excerpts_speaker: Person | None = None
        # A line alone that may name the speaker of the quotation that makes up the paragraph
        # after it (`Senator Jane Roe (D-RI)`, then `“…” [Statement, 1/6/2025]`), and the one
        # the paragraph read now comes after.
        self._line_label: str | None = None
        self._label_before: str | None = None
        # The publication a line with its headline in marks names (`PBS (2018): “…”`), and the one
        # the paragraph read now comes after: the speaker of the paragraph wholly in marks after it.
        self._headline: str | None = None
        self._headline_before: str | None = None
        self._transcript = False  # (a turn's label met: the text is a transcript)
        # The article's paragraphs of narration (no verb of saying, no marks) not yet read for a
        # first person of its own, and whether one was met (an op-ed's, a speech's): read only
        # when a first-person sentence after a report asks (ReportedQuotes._continues).
        self._narration: list[str] = []
        self._narration_read = 0
        self._own_voice = False
        self._asking = False  # (the turn read now is a question, `Q …`)
        self._answer_label = ""  # (the label of the latest turn that is no question)
        # An interview's labels (`read_turns`): the one whose turns put questions to the other
        # (`MR. COOPER`), and that other (`THE VICE PRESIDENT`); empty in any other text.
        self._interviewer = ""
        self._interviewee = ""
        # The one a question's opening words address by name (`Q President Zelenskyy, …`).
        self._asked: Person | None = None
        self._label_words: set[str] = set()  # (the words of the turns' labels met: who speaks)
        # The people the title names by a title and surname (`Remarks by President Biden on
        # …`), for a `THE PRESIDENT:` the paragraphs give no holder of (`_answerer`).
        self._title_holders: list[Person] = []
        # The first holder of `President` alone the title names (`President Biden’s Call with
        # President Xi`: Biden), as `the President` of the paragraphs.
        self._own_president: Reference | None = None
        # Where `the President went out and said to the world: A` ends its verb, and its sayer
        # (`reported._SAID_WHEN_COLON`): the subject `went out and` hides from `_subject_before`.
        self._colon_sayer: tuple[int, str] | None = None
        # The source a paragraph ending in a colon names for the quotations that make up the
        # paragraphs after it (`The Washington Post reports:`, `Here are examples from the
        # story:`), and the body that spoke last (the story's source).
        self._colon_speaker: Person | None = None
        self._last_body: Person | None = None
        # The body whose unnamed spokesperson opened the sentence read last (`A Hamas
        # spokesperson rejected …`): a `he` or `she` after it names the body.
        self._spokesperson_of: Person | None = None
        # The last two paragraphs read, for `Here are the top moments you missed:`.
        self._earlier: tuple[str, str] = ("", "")
        # The last paragraph read that names a court (`Court`), for `The court asserted …` many
        # paragraphs after `the Supreme Court` (clauses2 round).
        self._court_paragraph = ""
        self._reading = ""  # (the paragraph read now)

    def _kind_before(self, words: str, before: str) -> Person | None:
        """The body a kind alone names (`the ministry`: the Foreign Ministry named before);
        the English rules' (`ReportedQuotes._kind_before`), None here."""
        return None

    def _resolve(self, reference: Reference | None) -> Person | None:
        if reference is None:
            return None
        if reference.kind == "body" and reference.text in BARE_DOCUMENTS:
            # `the report argues …`: the issuer of the report named before, or no source
            return self._document_issuer(reference.text)
        if reference.kind == "body" and reference.text in self._acronyms:
            reference = Reference("body", self._acronyms[reference.text])
        if reference.kind == "pronoun" and reference.text == "it":
            return self._it_body()
        if reference.kind == "pronoun":
            self._settle(reference.text)
        reference = self._as_own_president(reference)
        person = self.book.resolve(reference)
        if (
            person is None
            and reference.kind == "pronoun"
            and reference.text in ("he", "she")
            and self.book.last_subject is not None
            and self.book.last_subject.pronoun not in (None, reference.text)
            and self._reading[:1] in '“"'
            and _QUOTE_THEN_PRONOUN.match(self._reading) is not None
        ):
            # A paragraph that is one quote and its pronoun, after a subject the pronoun does
            # not fit (`Gomez said …, she said. Brooks said …, he said.` then `“…,” she said.`):
            # the one person the text has called so already, the other side of the exchange.
            person = self.book.one_called(reference.text)
        if reference.kind == "pronoun":
            if (
                person is None
                and reference.text in ("he", "she")
                and self._spokesperson_of is not None
                and self.book.last_subject is self._spokesperson_of
            ):
                person = self._spokesperson_of  # (the body an unnamed spokesperson speaks for)
            elif reference.text == "they" and person is self._spokesperson_of:
                # (`they` after the spokesperson's words is not the one person who spoke: `He
                # said A. … The Prime Minister’s own advisor … said B. They have reaffirmed …`)
                person = None
        else:
            self._spokesperson_of = None
        if (
            person is not None
            and self._transcript
            and reference.kind == "pronoun"
            and reference.text == "they"
            and not person.body
        ):
            # In a transcript's turns `they` is several people (`if you go back to 2020, they
            # said that …`, `They said, “Could you get Starlink?”`) or a body, not the one
            # person last met, as in a readout's `Secretary Rubio and his team … They emphasized`.
            return None
        if (
            person is not None
            and reference.kind == "pronoun"
            and reference.text == "they"
            and not person.body
            and not self._with_companions(person)
        ):
            # `Vice President Harris stressed … They also committed that …`, `Envoy Porcari noted
            # … They welcomed …`: `they` is several people (the two leaders, the participants),
            # not the one person last met, unless that person was named with companions just
            # before (`Secretary Rubio and his team reiterated … They emphasized that …`).
            return None
        if person is not None:
            self.book.last_subject = person
            self._pending.clear()
        return person

    def _it_body(self) -> Person | None:
        """The body an `it` names: the one the sentence right before opens with (`The Chinese
        Foreign Ministry issued a statement. It said …`), or the body of the attribution right
        before (`The ministry said A. It added that B`); None after any other sentence (`The
        bill passed the Senate. It says …`, `Jane Roe spoke. It said …`: a thing's words or no
        body), the subjects a later pronoun names left as they were."""
        before = [item for item in self._pending if item is not self._sentence]
        if not before:
            person = self.book.last_subject
            return person if person is not None and person.body else None
        sentence = before[-1]
        if isinstance(sentence, _Unsplit):
            low, high = sentences(sentence)[-1]
            sentence = sentence[low:high]
        subject = self.book.last_subject
        outcome, person = self._subject_of_sentence(sentence, True, True)
        if outcome != "speaker" or person is None or not person.body:
            self.book.last_subject = subject
            return None
        self.book.last_subject = person
        self._pending.clear()
        return person

    def _note_documents(self, paragraph: str) -> None:
        """Keep `paragraph`, read: the documents it names with their issuers, and the bodies it
        names by a kind's name, are learnt when a bare document or a bare kind is first to be
        resolved after it (`_learn_documents`, `ReportedQuotes._kind_anywhere`)."""
        self._documents_unread.append(paragraph)
        self._kinds_unread.append(paragraph)

    def _learn_documents(self) -> None:
        """Learn the documents the paragraphs kept name, with their issuers (`_documents_issued`),
        in order; each paragraph is read once."""
        for paragraph in self._documents_unread:
            if any(word in paragraph for word in _DOCUMENT_WORDS):
                for kind, issuer in _documents_issued(paragraph):
                    self._documents_named[kind] = issuer
        self._documents_unread.clear()

    def _document_issuer(self, kind: str) -> Person | None:
        """Who speaks for a bare `the report`, `the study` (ANNOTATING.md, "Seventeenth folder",
        "Hard cases"): the issuer of the latest document of that kind the paragraph read now or
        the paragraphs before name (`The Special Counsel report …`: the special counsel, named by
        the title when the text names no holder; `a CFPB study`: the CFPB), None when that
        document has no issuer named, or none was named."""
        named = [found for found in _documents_issued(self._reading) if found[0] == kind]
        if not named:
            self._learn_documents()
        issuer = named[-1][1] if named else self._documents_named.get(kind)
        if issuer is None:
            return None
        reference = parse_phrase("the " + issuer)
        if reference is None or reference.kind not in ("body", "title", "name", "surname"):
            reference = Reference("body", issuer)
        person = self._resolve(reference)
        if person is None and reference.kind == "title":
            person = self.book.named_by_title(issuer, reference.text)
            self.book.last_subject = person
        return person

    def _with_companions(self, person: Person) -> bool:
        """Whether the paragraph read now or the one before names `person` with companions
        (`Secretary Rubio and his team`, `Harris and her delegation`), whom a `they` names."""
        surname = person.name.rsplit(" ", 1)[-1]
        for text in (self._reading, self._earlier[1]):
            at = text.find(surname + " and ")
            while at >= 0:
                if _COMPANIONS.match(text, at + len(surname) + 5):
                    return True
                at = text.find(surname + " and ", at + 1)
        return False

    def _as_own_president(self, reference: Reference) -> Reference:
        """`the President` in a text whose title names its President (`… on President Biden’s
        Travel to France`) is that one, not a President the turns named last (`President
        Macron`) nor none before the paragraphs name him (ANNOTATING.md, "Twenty-fourth folder":
        the President the text names as its own); any other reference as it is."""
        if reference.kind == "title" and reference.text == "president" and not reference.role:
            return self._own_president or reference
        return reference

    def _addressee(self, turn: str) -> Person | None:
        """The person a question's opening words name (`President Zelenskyy, again, welcome.`):
        a full name with its title, a surname with its title, or one met before; read without
        making them the subject a later pronoun names. None for a title alone (`Mr.
        President,`), a first name (`Karine,`) or a greeting (`Merry Christmas, Jane.`)."""
        address = _ADDRESSED.match(turn)
        reference = parse_phrase(address.group("np")) if address is not None else None
        if reference is None or reference.kind not in ("name", "surname"):
            return None
        if not (
            self.book.knows(reference.text)
            or (reference.kind == "surname" and _titled_surname(reference))
            or (reference.kind == "name" and reference.role)
        ):
            return None  # (`Merry Christmas, John.`: no one named)
        return self.book.resolve(reference)  # (`Book.resolve` leaves the last subject as it was)

    def _president_named_later(self, reference: Reference | None) -> Person | None:
        """`the President` of an `As the President said` met before the text names its one
        President: him (`Book.president_named_later`), the subject a later pronoun names."""
        person = self.book.president_named_later(reference) if reference is not None else None
        if person is not None:
            self.book.last_subject = person
            self._pending.clear()
        return person

    def _settle(self, pronoun: str = "") -> None:
        """Read the subjects of the sentences met since the last attribution, the latest
        first, until one names a speaker or a group: what a pronoun (`pronoun`, when known)
        names now. Each sentence is read at most once."""
        pending, self._pending = self._pending, []
        latest_is_current = bool(pending) and pending[-1] is self._sentence
        latest_outcome = ""
        latest = True
        first = True  # (the sentence before the pronoun's: the only one read in the first person)
        for item in reversed(pending):
            if isinstance(item, _Unsplit):
                parts = [item[low:high] for low, high in reversed(sentences(item))]
            else:
                parts = [item]
            done = False
            for sentence in parts:
                own_sentence = latest and latest_is_current  # (the pronoun's own)
                outcome, person = self._subject_of_sentence(
                    sentence, first, first and not own_sentence and pronoun == "they"
                )
                if (
                    first
                    and outcome == ""
                    and pronoun in ("he", "she")
                    and not (latest and latest_is_current)
                ):
                    # `The first call I received was from Chancellor Angela Merkel. She said, “…”`:
                    # the sentence right before the pronoun's, whose subject is no person, names
                    # one person: the one the pronoun names (ANNOTATING.md, "which speaker a
                    # pronoun names"), unless that person's title says otherwise (`Mr. Doe`).
                    named = self._one_named_passing(sentence)
                    if named is None and self._transcript and sentence.rstrip().endswith("?"):
                        # `Q Have you got a reaction to Sergey Lavrov’s latest nuclear
                        # saber-rattling? He said that A`, `Q What did Donald Trump say last
                        # night? THE PRESIDENT: He called it …`: the one person a question right
                        # before names, in any place (the question's own `you` is the one asked).
                        named = self._one_named(sentence.lstrip(), possessive=True)
                    if named is None and "the " in sentence.lower():
                        named = self._one_titled(sentence)
                    if named is not None and named.pronoun in (None, pronoun):
                        self.book.last_subject = named
                        outcome, person = "named", named
                elif (
                    first
                    and outcome == ""
                    and pronoun == "they"
                    and "from" in sentence
                    and (issued := _DOCUMENT_FROM.search(sentence)) is not None
                ):
                    # `We just got a readout from the Kremlin. They say that A`: the body whose
                    # document the sentence before names (ANNOTATING.md, "Fourteenth folder").
                    body = self.book.resolve(Reference("body", issued.group("issuer")))
                    if body is not None:
                        self.book.last_subject = body
                        outcome, person = "named", body
                elif (
                    latest
                    and latest_is_current
                    and outcome in ("pronoun", "")
                    and pronoun in ("he", "she")
                    and (opening := _OPENING_BEFORE_PRONOUN.match(sentence.lstrip())) is not None
                ):
                    # `And on the question about Senator Roe: He also said that A`, `During Dr.
                    # Roe’s opening remarks, she said that A`: the one person the pronoun's own
                    # sentence names in passing before it.
                    # (a clause's subject the text has not met only when the rest of the
                    # sentence calls no one by the other pronoun: `While Jane Roe was speaking,
                    # he said that she was wrong` is not hers)
                    clash = _OTHER_PRONOUN[pronoun].search(sentence.lstrip(), opening.end())
                    named = self._one_named_passing(
                        opening.group(1), True, "" if clash is not None else pronoun
                    )
                    if named is not None and named.pronoun in (None, pronoun):
                        self.book.last_subject = named
                        outcome, person = "speaker", named
                if (
                    first
                    and outcome == "speaker"
                    and person is not None
                    and pronoun in ("he", "she")
                    and person.pronoun not in (None, pronoun)
                ):
                    # `Ms. Jane Roe met President Joe Biden. He said that A`: the subject is
                    # known by the other pronoun, so the pronoun names the one other person the
                    # sentence names, when there is one (probe of 7 December; before, no one)
                    other = self._other_named(sentence, person, pronoun)
                    if other is not None:
                        self.book.last_subject = other
                        person = other
                if (
                    outcome in ("", "pronoun")
                    and pronoun in ("he", "she")
                    and _unnamed_person(sentence, pronoun)
                ):
                    # `Q … how could this man have gotten weapons? … THE PRESIDENT: … he said
                    # that there are bombs`: the one described, whom the text does not name.
                    self.book.last_subject = None
                    outcome, person = "group", None
                own = (
                    first
                    and outcome == ""
                    and (
                        _OWN_WORDS.match(sentence.lstrip()) is not None
                        or (
                            pronoun in ("he", "she")
                            and _WE_SCENE.match(sentence.lstrip()) is not None
                            and _NAMED_IN.search(sentence) is None
                        )
                    )
                )
                first = (first and item is self._sentence) or own
                if latest and latest_is_current:
                    # (a sentence in the first person is the speaker's own: the one it names is
                    # no subject of its verbs, `we … made clear that`)
                    self._sentence_subject = person if outcome != "named" else None
                    self._sentence_read = True
                    self._sentence_outcome = outcome
                    latest_outcome = outcome
                latest = False
                if outcome in ("speaker", "group", "named"):
                    done = True
                    break
            if done:
                break
        if latest_is_current and latest_outcome == "pronoun":
            self._sentence_subject = self.book.last_subject

    def mention(self, text: str, paragraphs: Sequence[str]) -> None:
        """The people a text outside the paragraphs (the title) names with their titles, so
        that a later surname names them (`Mr. Sullivan` after a title's `National Security
        Advisor Jake Sullivan’s Call`); nothing is quoted from it. A name is left to the
        `paragraphs` when they give that surname a first name of their own (`President Joseph
        R. Biden, Jr.` after a title's `President Joe Biden’s Meeting`)."""
        self._kinds_unread.append(text)  # (`NOAA predicts …`: a body a later `the agency` names)
        seen = Book()
        register_mentions(seen, text)
        not_first_names = TITLE_WORDS | _ABBREVIATIONS
        self._title_holders = [
            person for person in seen.people if not person.body and " " not in person.name
        ]
        self._own_president = _own_president(text, paragraphs)
        if self._own_president is None and sum(p.startswith("Q ") for p in paragraphs) >= 2:
            # A transcript with questions whose title names no President: the one President of
            # the United States its paragraphs name in office (`american_president`), else the
            # one they name far the most (`dominant_president`), `the President` of its turns
            # even where a foreign President was named last, first or more often.
            texts = list(paragraphs)
            dominant = (
                american_president(texts) or dominant_president(texts) or first_president(texts)
            )
            if dominant is not None:
                self._own_president = Reference("surname", dominant, "President")
        for person in seen.people:
            if person.body or " " not in person.name:
                continue
            surname = person.name.replace(",", "").split(" ")[-1]
            if surname in ("Jr.", "Sr.", "Jr", "Sr", "II", "III"):
                continue
            # (Paragraph by paragraph: a name never runs across two, and the text is not
            # copied whole for the few names a title gives.)
            before_surname = re.compile(rf"([A-Z][\w.’'\-]*) {re.escape(surname)}\b")
            # (the title's own first name again, `National Security Advisor Jake Sullivan’s
            # Meeting`, then `between Jake Sullivan and …`, is the same person: the title's
            # role stays his, so that a later `the National Security Advisor` names him)
            given = person.name.replace(",", "").split(" ")[-2]
            named = any(
                found.group(1).lower().rstrip(".") not in not_first_names
                and found.group(1) != given
                for paragraph in paragraphs
                for found in before_surname.finditer(paragraph)
            )  # a first name or an initial of the paragraphs' own
            if not named and _verb_as_name(person.name, paragraphs):
                continue  # `Governor Signs Water Bill`: a title and the headline's verb, no name
            if not named and not _headline_verb(person.name, person.role, paragraphs):
                name = _before_headline_verb(person.name, person.role, paragraphs)
                self.book.add(Reference("name", name, person.role, person.affiliation))

    def _answerer(self) -> Person | None:
        """The person who answered the latest turn that is no question, read without making
        them the subject a later pronoun names."""
        words = self._answer_label.rstrip(":").split()
        text = " ".join("-".join(part.capitalize() for part in word.split("-")) for word in words)
        reference = parse_phrase(text)
        if reference is None or not (reference.kind in ("name", "title") or self._known(reference)):
            return None
        if reference.kind == "title":
            # `THE PRESIDENT:`: the one President the text named; with two (a visiting leader's
            # `President Macron`), the label does not say which.
            # (One of another country, `President Macron of France`, is not the one answering.)
            holders = [
                person
                for person in self.book.people
                if reference.text in person.titles
                and not (person.role or "").lower().startswith(f"{reference.text} of ")
            ]
            if not holders:
                # None in the paragraphs: the one the title names so (`Remarks by President
                # Biden on His Meetings in Saudi Arabia`), by the surname it gives.
                titled = [
                    person
                    for person in self._title_holders
                    if (person.role or "").lower() == reference.text
                ]
                if len(titled) == 1:
                    last = self.book.last_subject
                    named = self.book.resolve(
                        Reference("surname", titled[0].name, titled[0].role, None)
                    )
                    self.book.last_subject = last
                    return named
            return holders[0] if len(holders) == 1 else None
        # (`MS. JEAN-PIERRE:`: the person of that surname met before.)
        last = self.book.last_subject
        person = self.book.resolve(reference)
        self.book.last_subject = last
        return person

    def _known(self, reference: Reference) -> bool:
        return self.book.knows(reference.text)

    def _subject_of_sentence(
        self, sentence: str, first: bool = False, bodies: bool = False
    ) -> tuple[str, Person | None]:
        """A sentence opening with a speaker makes it the one a later pronoun names: the
        outcome (`speaker`, `group` (nobody), `pronoun`, `named` for a sentence in the first
        person naming one person, read only when `first`, the sentence right before the
        pronoun's; or `` when it says nothing of a speaker) and the speaker. With `bodies` (the
        sentence right before an `it` or a `they`), a body the text names there first by its
        proper name opens it too (`The Chinese Foreign Ministry issued a statement. It said …`)."""
        # (A turn's first sentence opens after its label, blanked: `MS. ROE: Senator Roe is …`.)
        sentence = sentence.lstrip()
        if (
            _may_be_line_of_names(sentence)
            and _LINE_OF_NAMES.fullmatch(sentence) is not None
            and sentence.split(None, 1)[0].lower() not in TITLE_WORDS  # (`President Biden`)
        ):
            # `Roosevelt Room`, `Waldorf Astoria Jeddah Jeddah, Saudi Arabia`, `11:48 A.M. EST`: a
            # transcript's place or time line, no sentence about anyone (it has no verb).
            return "", None
        if first and sentence[:1] in "ABILNSTWlw" and _FIRST_PERSON.match(sentence) is not None:
            # `And we got a great question from our listener, Jane Roe (ph). And she wrote, “…”`
            # (read before a turn's address, which `So, I …` would pass for)
            person = self._one_named(sentence)
            if person is None and "asked " in sentence[:30]:
                person = self._asked_named(sentence)
            if person is None:
                return "", None
            self.book.last_subject = person
            return "named", person
        if self._asking and ", " in sentence[:40]:
            addressed = _ADDRESS_BEFORE_SUBJECT.match(sentence)
            if addressed is not None:
                # `Q Jake, a Hamas spokesperson … rejected the plan.`: the one asked, then the
                # sentence's subject (in a question only: `And Mary Barra, the Chairman of …,
                # was suing …` in a speech is a name and its apposition).
                sentence = sentence[addressed.end() :]
        if self._transcript and (_ADDRESS.match(sentence) or _GREETING_OR_QUESTION.match(sentence)):
            return "", None
        if self._transcript and sentence.lstrip()[:1] in "ABSI":
            # A turn's speaker's hedge (`And I think the President was asked …`) is no subject:
            # the sentence is about the one after it.
            hedge = _HEDGE.match(sentence)
            if hedge is not None:
                sentence = sentence[hedge.end() :]
        if sentence[:1] in "AaBSWNLMm" and _RELATIVE_SUBJECT.match(sentence) is not None:
            self.book.last_subject = None
            return "group", None
        point = _POINT_NUMBER.match(sentence) if "," in sentence[:32] else None
        if point is not None:
            sentence = sentence[point.end() :]  # `And then, number three, the President …`
        discourse = _DISCOURSE_OPENER.match(sentence) if "," in sentence[:16] else None
        if discourse is not None:
            sentence = sentence[discourse.end() :]  # `Actually, Elon called me.`
            if _GREETING_OR_QUESTION.match(sentence) or _ADDRESS.match(sentence):
                return "", None  # (`So, Merry Christmas.`, `Well, Mr. President, first of all, …`)
        # (every match ends with the sentence's first comma: none, no match)
        comma = sentence.find(",")
        opening = (
            _OPENING_ADVERBIAL.match(sentence)
            if comma >= 0 and (sentence.startswith(_OPENING_STARTS) or "ing" in sentence[:comma])
            else None
        )
        if opening is not None:
            sentence = sentence[opening.end() :]
            # `In 1962, when … was still years away, President Kennedy spoke …`
            clause = _CLAUSE_ADVERBIAL.match(sentence)
            if clause is not None:
                sentence = sentence[clause.end() :]
        example = (
            _EXAMPLE_FRAGMENT.match(sentence) if sentence.startswith(_EXAMPLE_OPENERS) else None
        )
        if example is not None:
            reference = parse_phrase(example.group("np"))
            named = reference is not None and reference.kind == "name"
            person = self.book.resolve(reference) if named and reference is not None else None
            if person is not None:
                self.book.last_subject = person
                return "speaker", person
        if sentence[:1] in "AT":
            # `And then the German Chancellor looked at me.`: a story's link before the title.
            link = _LINK_BEFORE_COUNTRY.match(sentence)
            if link is not None:
                sentence = sentence[link.end() :]
        if "spokes" in sentence[:60]:
            unnamed = _UNNAMED_SPOKESPERSON.match(sentence)
            if unnamed is not None:
                # `A Hamas spokesperson … rejected the plan. He said A`: an unnamed spokesperson
                # speaks for the body (ANNOTATING.md, "Seventeenth folder"), whom a later `he` or
                # `she` names (`_resolve`).
                body = self.book.resolve(Reference("body", unnamed.group("body")))
                if body is None or not body.body:
                    return "", None
                self.book.last_subject = body
                self._spokesperson_of = body
                return "speaker", body
        if ": " in sentence[:64]:
            topic = _TOPIC_COLON.match(sentence)
            if topic is not None:
                sentence = sentence[topic.end() :]  # `One quick follow-up on inflation: Fed …`
        if sentence[:1] in "TAOHI" and ", " in sentence[:80]:
            apposed = _DESCRIBED_OPENING.match(sentence)
            reference = parse_phrase(apposed.group("name")) if apposed is not None else None
            if reference is not None and reference.kind == "name":
                # `The mayor, Ann Smith, welcomed the news. “…,” she said.`, `Her opponent, Tom
                # Lee, disagreed. He said …`: a person described,
                # then named between commas, opens the sentence (ANNOTATING.md, "A pronoun after
                # a sentence that is no attribution").
                person = self.book.resolve(reference)
                if person is not None and not person.body:
                    self.book.last_subject = person
                    return "speaker", person
        if sentence.startswith(_LINK_BEFORE_THE_FIRST):
            # `Well, the President spoke with X. He …`, `And the Secretary met Y. She …`: after an
            # opener or a link, `the` and a capital open the subject as a sentence's `The` does
            # (before, the object named last took the pronoun; probe of 7 December)
            linked = _LINK_BEFORE_THE.match(sentence)
            if linked is not None:
                sentence = "The " + sentence[linked.end() :]
        if "s " in sentence[:60] and (owner := _OPENING_POSSESSIVE.match(sentence)) is not None:
            # `So, Secretary Roe’s overarching message was to stress …. He made clear that A`: the
            # person met before whose possessive opens the sentence, the one it opens with
            # (ANNOTATING.md, "A pronoun after a sentence that is no attribution").
            reference = parse_phrase(owner.group("owner")[:-2])
            if (
                reference is not None
                and reference.kind in ("name", "surname")
                and (self._known(reference) or _titled_surname(reference))
            ):
                person = self.book.resolve(reference)
                if person is not None and not person.body:
                    self.book.last_subject = person
                    return "speaker", person
        if sentence.startswith(_LINK_BEFORE_THE_FIRST[1:]):
            linked = _LINK_BEFORE_SURNAME.match(sentence)
            if (
                linked is not None
                and not self.book.knows(linked.group("surname"))
                and self.book.opening_name(linked.group("surname")) is not None
            ):
                # `And then Trump did a long interview.` after `Donald Trump` in the narration: the
                # link before a surname met alone that the text gives in full (`narrated` below)
                sentence = sentence[linked.end("link") :]
        leading = _LEADING_TWO.match(sentence)
        if leading is None:
            return "", None
        words = leading.group().split()
        if len(words) == 2 and words[1] == "two" and words[0] in ("The", "the"):
            # `The two consulted on …`, `The two leaders agreed …` (a readout's two parties, the
            # number in lower case): several people together, whom a later `they` names
            # (ANNOTATING.md, "Hard cases": statements by several people together).
            self.book.last_subject = None
            return "group", None
        if (
            len(words) == 2
            and _in_phrase(words[0])
            and (_in_phrase(words[1]) or words[1] in NAME_PARTICLES)
        ):
            whole = _LEADING.match(sentence)  # the phrase may go on
            words = whole.group().split() if whole is not None else words
        if words[0].lower() in ("he", "she", "they"):
            return "pronoun", None
        if words[0].lower() in ("it", "his", "her", "their"):
            return "", None
        np: list[str] = []
        for number, word in enumerate(words):
            if _in_phrase(word) or (np and particles_before_name(words, number)):
                np.append(word)
                continue
            break
        narrated = (
            len(np) == 1
            and len(words) > 1
            # (a verb of saying, or any verb of the surname's own: `Rachel Gomez … Gomez said
            # A`, `Donald Trump … And then Trump did a long interview. … He said, “…”`: the
            # person the text named in full, whom a later pronoun names; endev67)
            and not self.book.knows(np[0])
            and (
                self.book.narrated_name(np[0]) is not None
                if words[1] in _SAID_AFTER_SURNAME
                else _SURNAME_VERB.fullmatch(words[1]) is not None
                and self.book.opening_name(np[0]) is not None
            )
        )
        if (
            bodies
            and np
            and len(words) > len(np)
            and words[len(np)] in COMMON_BODY_HEADS
            and np[-1][:1].isupper()
            and (len(words) == len(np) + 1 or _VERB_AFTER_HEAD.fullmatch(words[len(np) + 1]))
        ):
            # `The Border Patrol union rejected the offer. It said …`: a body named by a common
            # noun after its proper modifier, which the `it` names (ensource round)
            np.append(words[len(np)])
        if len(np) == 1 and not self.book.knows(np[0]) and not narrated:
            # `Actually, Elon called me. He said, “…”`: a first name alone, before a verb, of the
            # one person the text named in full (`Elon Musk`), that person (a name of nobody's,
            # `Monday`, names no one); in the sentence right before the pronoun's only (`first`).
            given = (
                self.book.given_name(np[0])
                if first and len(words) > 1 and words[1].islower()
                else None
            )
            if given is None:
                return "", None
            self.book.last_subject = given
            return "speaker", given
        if not np:
            return "", None
        phrase = " ".join(np)
        if (
            _GROUP_PHRASE.search(phrase)
            or (("two" in phrase or "Both" in phrase) and _TWO.search(phrase))
            or (_JOINED_NAMES.search(phrase) and not _AND_TITLE.search(phrase))
        ):
            self.book.last_subject = None
            return "group", None
        if "and" in phrase:
            phrase = re.sub(r"\s+and\s*\Z", "", phrase)
        if (
            sentence.startswith(phrase)
            and sentence.startswith(",", len(phrase))  # (where both begin)
            and (
                _JOINED_AFTER.match(sentence, len(phrase))
                or _LISTED_AFTER.match(sentence, len(phrase))
            )
        ):
            # `Sen. Jane Roe, an Ohio Democrat, and Gov. John Doe met`: two people, as `X and
            # Y` are (a later `he` or `she` names neither)
            self.book.last_subject = None
            return "group", None
        reference = parse_phrase(phrase)
        if reference is None or reference.kind == "pronoun":
            return "", None
        # (`the President has shown …` in a transcript: its own, not `President Putin` named last)
        reference = self._as_own_president(reference)
        if (
            bodies
            and reference.kind == "surname"
            and phrase.startswith("The ")
            and " " not in reference.text
            and _DEMONYM.fullmatch(reference.text) is None
        ):
            # `The Kremlin released a readout. They say …`: a name after `the` is no person's
            # (not a people's, `The Israeli — Israelis today have …`)
            reference = Reference("body", reference.text)
        if (
            reference.kind in ("surname", "body")
            and not self._known(reference)
            and not _titled_surname(reference)
            and not narrated
            and not (bodies and _proper_body(reference, phrase))
        ):
            # (a surname met alone that the narration gives in full, `Rachel Gomez and Michael
            # Brooks met … Brooks said A`, is that person, whom a later pronoun names)
            return "", None
        person = self.book.resolve(reference)
        if person is None and reference.kind == "title":
            # `Tuesday, the President was strong … And, he said that A` before the text names
            # its one President (`President Biden` further on): him, the subject a later pronoun
            # names, as an attribution's `the President` is (`_president_named_later`); a text
            # that never names him has the title's sole holder here already.
            person = self.book.president_named_later(reference)
        if person is None:
            return "", None
        self.book.last_subject = person
        return "speaker", person

    def _one_named_passing(
        self, sentence: str, opening: bool = False, pronoun: str = ""
    ) -> Person | None:
        """The one person a sentence whose subject is no person names in passing (`The first
        call I received was from Chancellor Angela Merkel.`), as `_one_named` finds them; None
        for a sentence opening with a pronoun, a possessive or a quote (its subject a person
        the rules do not read: `Her husband met Jane Roe.`), or one in the first person (read
        by `_one_named` already)."""
        stripped = sentence.lstrip()
        if (
            not stripped[:1].isupper()
            or _NOT_PASSING.match(stripped) is not None
            or (_THIRD_PERSON.search(stripped) is not None and not opening)
            or (_TOPIC_NAME if opening else _PASSING_NAME).search(stripped) is None
        ):
            return None
        return self._one_named(stripped, passing=True, opening=opening, pronoun=pronoun)

    def _other_named(self, sentence: str, subject: Person, pronoun: str) -> Person | None:
        """The one person other than `subject` that `sentence` names (a name or a surname the
        text met, or under a title) whose pronoun, when known, is `pronoun`; None when it names
        no such person or several."""
        found: Person | None = None
        last = self.book.last_subject
        for _, reference in _names_in(sentence, True):
            if not (
                self._known(reference)
                or _titled_surname(reference)
                or reference.role
                or _person_name(reference)
            ):
                continue
            person = self.book.resolve(reference)
            if person is None or person is subject or person.body:
                continue
            if person.pronoun not in (None, pronoun):
                continue
            if found is not None and person is not found:
                found = None  # (two others: which, unsaid)
                break
            found = person
        self.book.last_subject = last
        return found

    def _one_titled(self, sentence: str) -> Person | None:
        """The one person a sentence that names no one names by a title that can mean one person
        only (`Just look at the Chairman of the House Oversight Committee.`, `Q What was the
        Crown Prince’s response …?`), when the title names someone (`Book.resolve`); None for
        a sentence opening with a pronoun or a possessive, or naming two such titles."""
        stripped = sentence.lstrip()
        if _NOT_PASSING.match(stripped) is not None:
            return None
        found = ONE_PERSON_TITLE.findall(stripped)
        if len(found) != 1:
            return None
        reference = parse_phrase(found[0].rstrip("."))
        if reference is None or reference.kind != "title":
            return None
        last = self.book.last_subject
        person = self.book.resolve(reference)
        self.book.last_subject = last
        return person if person is not None and not person.body else None

    def _asked_named(self, sentence: str) -> Person | None:
        """The one a reporter's question in the first person is put to, by a name or a surname
        the text met before (`When I asked Alvarez about her critics, she laughed.`), or None."""
        asked = _ASKED_NAME.match(sentence)
        if asked is None:
            return None
        reference = parse_phrase(asked.group("name"))
        if reference is None or reference.kind not in ("name", "surname"):
            return None
        if not self._known(reference):
            return None
        last = self.book.last_subject
        person = self.book.resolve(reference)
        self.book.last_subject = last
        return person if person is not None and not person.body else None

    def _one_named(
        self,
        sentence: str,
        passing: bool = False,
        opening: bool = False,
        possessive: bool = False,
        pronoun: str = "",
    ) -> Person | None:
        """The one person a sentence in the first person names (`I called Elon Musk.`): a name
        the text met before, a surname under a title (`President Lincoln`), or a name after the
        noun of a person (`our listener, Jane Roe`); None when it names no one so, or several
        (a place, `New York`, is no one: it is none of these)."""
        found: Person | None = None
        # (the clause's subject a text has not met yet: `When Thomas Edison opened …,`)
        subject = _CLAUSE_SUBJECT.search(sentence) if opening and pronoun else None
        subject_at = subject.start("name") if subject is not None else -1
        if subject is not None and _OBJECT_PRONOUN[pronoun].search(sentence) is not None:
            return None  # (`After Jane Roe told him the news, he said`: not Jane Roe)
        for match, reference in _names_in(sentence, passing or possessive):
            if not (
                self._known(reference)
                or _titled_surname(reference)
                or _PERSON_BEFORE.search(sentence, max(0, match.start() - 40), match.start())
                or (match.start() == subject_at and _person_name(reference))
            ):
                continue
            if passing and not (_TOPIC_BEFORE if opening else _PASSING_BEFORE).search(
                sentence, max(0, match.start() - 50), match.start()
            ):
                return None  # (`… rejected the plan that President Biden laid out.`: a subject)
            last = self.book.last_subject
            person = self.book.resolve(reference)
            self.book.last_subject = last
            if person is None or person.body:
                continue
            if found is not None and person is not found:
                return None
            found = person
        return found


def _names_in(sentence: str, possessive: bool) -> Iterator[tuple[re.Match[str], Reference]]:
    """Each name or surname a sentence writes (`_NAMED_IN`), with its match; with `possessive`,
    a possessive's name too (`about Secretary Blinken’s comments`)."""
    for match in _NAMED_IN.finditer(sentence):
        phrase = match.group()
        if possessive and phrase.endswith(("’s", "'s")):
            phrase = phrase[:-2]
        reference = parse_phrase(phrase)
        if reference is not None and reference.kind in ("name", "surname"):
            yield match, reference


# A people's adjective (`Israeli`, `Chinese`, `British`, `French`, `American`).
_DEMONYM = lazy(r"[A-Z][a-z]+(?:an|ese|ish|ch|i)")
# A verb or an auxiliary right after a body's common noun (`The Border Patrol union rejected …`,
# `… has …`), not a noun it qualifies (`The Israeli military operations ended`).
_VERB_AFTER_HEAD = lazy(r"[a-z]+ed|has|had|is|was|will|would|says|also|on|last|this|then|again")


def _proper_body(reference: Reference, phrase: str) -> bool:
    """Whether `reference`, read from a sentence's opening `phrase`, is a body by its proper
    name and the whole phrase (`The Chinese Foreign Ministry`, `Acme Corp.`), which an `it` after
    it may name; not a kind alone (`company`, `statement`), nor one of several (`The United States
    and the Nordic countries`)."""
    return (
        reference.kind == "body"
        and reference.text[:1].isupper()
        and reference.text.lower() not in BARE_DOCUMENTS
        and phrase.removeprefix("The ") == reference.text
    )


def _person_name(reference: Reference) -> bool:
    """Whether a full name no one met yet may be a person's (`Thomas Edison`, `Senator Jane Roe`):
    not a place's nor a firm's (`New York`, `Wall Street`, `Goldman Sachs`)."""
    if reference.kind != "name" or " " not in reference.text:
        return False
    words = reference.text.split(" ")
    last = words[-1].rstrip(".")
    if last in _PLACE_LAST or last.lower() in ORG_WORDS:
        return False
    return words[0] not in _PLACE_FIRST


# After a sentence's opening name and its apposition, another person joined to it (`Sen. Jane
# Roe, an Ohio Democrat, and Gov. John Doe met`); not one's own people (`Mrs. Roe and her
# representative`, `Secretary Roe and his team`: the person the gold and the guide keep).
_JOINED_AFTER = lazy(r",\s[^,;:“”\"()]{1,80},\sand\s(?:[A-Z][\w.’'\-]*\s){1,4}")


# Names listed after the first without `and`, then a plural verb (`Steve Ricchetti, Louisa
# Terrell, Brian Deese are all back …`): several people, as `X and Y` are.
_LISTED_AFTER = lazy(
    r"(?:,\s(?:and\s)?[A-Z][\w.’'\-]*\s[A-Z][\w.’'\-]*(?:\s[A-Z][\w.’'\-]*)?){1,6}"
    r"\s(?:are|were|have|all)\b"
)


def _headline_verb(name: str, role: str | None, paragraphs: Sequence[str]) -> bool:
    """Whether a title's two-word name is a surname and the headline's verb (`Vice President
    Harris Announces $5.5 Billion …`, `President Biden Reestablishes …`): the paragraphs give the
    surname after the same title (`Vice President Harris`) and never the two words together."""
    words = name.split(" ")
    if len(words) != 2 or not role or not words[1].endswith("s"):
        return False
    title = role.split(" ")[-1]
    shorter = f"{title} {words[0]}"
    return not any(name in paragraph for paragraph in paragraphs) and any(
        shorter in paragraph for paragraph in paragraphs
    )


def _verb_as_name(name: str, paragraphs: Sequence[str]) -> bool:
    """Whether a title's name opens with the headline's verb (`Governor Signs Water Bill`):
    a capitalised word ending in `s` that no paragraph writes, before one that does not end so
    (not a surname before the verb, `Vice President Harris Announces …`)."""
    first, _, rest = name.partition(" ")
    if not first.endswith("s") or first.endswith("ss") or len(first) < 4:
        return False
    second = rest.split(" ", 1)[0]
    if second.endswith("s") and not second.endswith("ss"):
        return False
    verb = re.compile(rf"\b{re.escape(first)}\b")
    return not any(first in paragraph and verb.search(paragraph) for paragraph in paragraphs)


def _before_headline_verb(name: str, role: str | None, paragraphs: Sequence[str]) -> str:
    """A title's name of three words or more whose second is the headline's verb (`President
    Biden Urges Congressional Action …`: a capitalised word ending in `s` that no paragraph
    writes) is the surname before it (`Biden`); any other name stays whole (`Jane Roberts
    Announces …` in a text that writes `Roberts`)."""
    words = name.split(" ")
    if len(words) < 3 or not role or not words[1].endswith("s") or words[1].endswith("ss"):
        return name
    verb = re.compile(rf"\b{re.escape(words[1])}\b")
    if any(words[1] in paragraph and verb.search(paragraph) for paragraph in paragraphs):
        return name
    return words[0]


# `President` and the capitalised words after it in a title (`President Biden Urges Congressional
# Action`, `President Joe Biden Op-Ed`, `President Biden’s Call`): which is a surname, the
# paragraphs tell (`_own_president`).
_TITLE_PRESIDENT = lazy(r"(?<![Vv]ice )(?<!VICE )\bPresident((?: [A-Z][a-z][\w\-]*){1,3})")


def _own_president(title: str, paragraphs: Sequence[str]) -> Reference | None:
    """The President a title names (`… on President Biden’s Travel to France`), as `the
    President` of the paragraphs: of the capitalised words after the title's first `President`,
    the last one the paragraphs write after `President` as a whole name (`President Biden`, not
    `President Joe Biden` nor `President Congressional`); None when none is."""
    named = _TITLE_PRESIDENT.search(title)
    if named is None:
        return None
    for word in reversed(named.group(1).split()):
        alone = re.compile(rf"\bPresident {re.escape(word)}\b(?! [A-Z])")
        if any(alone.search(paragraph) for paragraph in paragraphs if word in paragraph):
            return Reference("surname", word, "President")
    return None
