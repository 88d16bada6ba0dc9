"""English direct quotes of a finder: the words in marks and the attribution before or
after them (`“…,” said X`, `X said: “…”`, a label, a colon)."""

from __future__ import annotations

import re
from bisect import bisect_right

from pressreader.importing.quotes.chinese import (
    _ZH_LEAD,
    _ZH_SAY,
    _ZH_TOPIC,
    _ZH_VERBS,
    _zh_before,
    _zh_dotted_names,
    _zh_opening_clause,
    _zh_sentences,
)
from pressreader.importing.quotes.chinese_finder import (
    _ZH_ADVERBIAL,
    _ZH_VERB_END,
    ChineseQuotes,
)
from pressreader.importing.quotes.chinese_sources import (
    _WINDOW,
    _ZH_COMPANY,
    _ZH_DOCUMENT_NOUN,
    _ZH_DOCUMENT_NOUNS,
    _ZH_SETTING,
)
from pressreader.importing.quotes.clauses import (
    _comma_label_person,
    _has_title,
    _organisation_label,
    _speaker_before,
)
from pressreader.importing.quotes.found import Found
from pressreader.importing.quotes.marks import _HAN, _in_brackets, _own_words, _zh_name_given
from pressreader.importing.quotes.reported import (
    _AFTER_VERBS,
    _ASKS_YOU,
    _BEFORE_SAID,
    _BEFORE_SAID_VERB_END,
    _SAID_BEFORE,
    _document_issuer,
)
from pressreader.importing.quotes.sentence_ends import _sentence_start
from pressreader.importing.quotes.state import _RELATIVE_SUBJECT, _Unsplit
from pressreader.importing.quotes.subjects import (
    DESCRIBED,
    HONORIFIC,
    SPOKESPERSON_DESCRIBED,
    SPOKESPERSON_NAME,
    _np_reference,
    _opens_with_name,
    _role_words_only,
    _subject_before,
)
from pressreader.importing.speakers import (
    PARTY_STATE,
    TITLE_WORDS,
    Person,
    Reference,
    hyphen_particle,
    parse_phrase,
)
from pressreader.importing.wordlists import DAYS_AND_MONTHS, Gated, lazy

# `said Council on Environmental Quality Chairman Jane Roe`: `on` inside a body's name before a
# title goes on with the speaker's phrase; `said Jane Roe on Tuesday`, `said the Committee on
# Monday`, `said Roe on the call` end it. `to` ends it too (`said Roe to reporters`), except after
# an envoy's or an assistant's title (`said Ambassador to China Nicholas Burns`, `said Special
# Assistant to the President Jane Roe`: the place or the one served is part of the title; the
# title looked back at from ` to `, not from every character the phrase runs over).
_DATE_WORDS = "|".join(DAYS_AND_MONTHS)
_SAID_NP = lazy(
    rf"\s*,?\s*(?:{_AFTER_VERBS})\s+(?P<np>(?:[^.;!?“”\"«»]|\.(?=\S)|(?<=\b[A-Z])\.|(?<=Dr|Mr|Ms|St|Lt)\.|(?<=Mrs|Sen|Rep|Gov|Gen|Col)\.){{1,160}}?)(?=(?<!\b[A-Z])(?<!Dr)(?<!Mr)(?<!Ms)(?<!St)(?<!Mrs)(?<!Sen)(?<!Rep)(?<!Gov)\.(?=\s|$)|[;!?]|,\s*[“\"«]|(?<!Council)(?<!Committee)(?<!Commission)\son\s|\son\s(?=(?:{_DATE_WORDS})\b|[^A-Z])|\s(?:in|at|who|noting|adding|saying|after|during|when|while|because|as|about)\s|\sto\s(?<!Ambassador\sto\s)(?<!ambassador\sto\s)(?<!Envoy\sto\s)(?<!envoy\sto\s)(?<!Assistant\sto\s)(?<!Representative\sto\s)|,\s*(?:a|an|the|who|noting|adding|saying|according)\s|$)"
)
# The verbs `_SAID_NP` starts with (after white space and a comma): tried only where one
# stands, it is not compiled for text whose quotes are never followed by their verb.
_AFTER_VERB_WORDS = tuple(_AFTER_VERBS.split("|"))
_NP_SAID = lazy(
    # (an ampersand in a company's name: `Johnson & Johnson said`, `AT&T said`)
    rf"\s*,?\s*(?P<np>[A-Za-z][\w.&'’\-]*(?:\s[\w.&'’\-]+){{0,7}}?)"
    # (a lawmaker's party and state in brackets after the name: `Sen. Jane Roe (D-Ohio) said`)
    rf"(?:\s\({PARTY_STATE}\))?"
    rf"\s(?:also\s|then\s|later\s)?(?:{_AFTER_VERBS})\b"
)
_BEFORE_SAID_END = lazy(_BEFORE_SAID_VERB_END)
# `“…,” Lael Brainard, the director of the National Economic Council, said …`: a news report's
# speaker named with an apposition between commas before the verb (the name in capitals); a
# surname alone with an age or a relative clause (`“…,” Roe, 54, said.`, `Roe, who took office in
# March, said.`).
_NAME_APPOSITION_SAID = Gated(
    r"\s*,?\s*(?P<np>[A-Z][\w.'’\-]*(?:(?:\s[A-Z][\w.'’\-]*){1,3}"
    r"|(?=,\s(?:\d{1,3}|who\s[^,.;:!?“”\"«»]{2,100}?|(?P<described>(?:a|an|the)\s)[^,.;:!?“”\"«»]{2,80}?),\s)))"
    r",\s[^,.;:!?“”\"«»]{2,100}?,\s"
    rf"(?:also\s)?(?:{_AFTER_VERBS})\b",
    (", ",),
)
# `“…,” one resident, Maria Lopez, 54, said.`, `“…,” a local farmer, John Doe, said.`: a person
# described, then named between commas (her age after the name), before the verb.
_DESCRIBED_NAMED_SAID = lazy(
    rf"\s*,?\s*(?P<np>{DESCRIBED},\s{HONORIFIC}{SPOKESPERSON_NAME}(?:,\s\d{{1,3}})?),\s"
    rf"(?:also\s)?(?:{_AFTER_VERBS})\b"
)
# `“…,” Roe’s spokeswoman, Mary Major, said.`, `“…,” a spokesman for the ministry, John Doe,
# said.`: a spokesperson's office, then her name between commas before the verb.
_SPOKESPERSON_NAMED_SAID = lazy(
    rf"\s*,?\s*{SPOKESPERSON_DESCRIBED},\s"
    rf"(?P<np>{SPOKESPERSON_NAME}),\s"
    rf"(?:also\s)?(?:{_AFTER_VERBS})\b"
)
# `As the President said in the Rose Garden this past April, “…”`: a quotation after `As X said`
# and the occasion it was said on, the source the `as` brings in (not the speaker's own `As I
# said`, nor the one asked's `as you said`).
_AS_SAID_QUOTE = Gated(
    r"(?:\A\s*|[,;:—–]\s|\b(?:[Aa]nd|[Bb]ut|[Ss]o)\s)[Aa]s\s"
    r"(?P<np>(?:(?!\bas\s)[^,;:“”\"]){2,60}?)\s"
    r"(?:(?:has|had|have|also|repeatedly|often|once|just|famously|always|usually|sometimes)\s"
    r"|(?:likes|loves|liked|loved|used)\sto\s|is\sfond\sof\s){0,2}"
    r"(?:said|stated|noted|explained|emphasized|stressed|made\sclear|wrote|written|put\sit|says|"
    r"say|saying)"
    # (the occasion: not `as Alisha said my mother would say to me, “…”`, another's words retold)
    r"(?:\s(?:(?!\b(?:say|says|said|tell|tells|told|write|wrote)\b)[^,;:“”\"]){1,100})?,\s*\Z",
    ("As ", "as "),
)
# A named person's spouse before a relative `who`: `Jamal Khashoggi’s wife, who`.
_SPOUSE_WHO = lazy(
    r"\b[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,2}\s(?P<surname>[A-Z][\w\-]+)[’']s\s"
    r"(?:late\s)?(?P<spouse>wife|widow|husband),\swho\Z"
)
_INITIAL_END = lazy(r"\b[A-Z]\.\s+\Z")
# The cleft `it was Macron who` before a verb of saying: the name between `it was` and `who`.
_CLEFT_WHO = lazy(r"\b[Ii]t\s(?:was|is)\s(?P<np>(?:[\w.'’\-]+\s){0,6}?[A-Z][\w.'’\-]*)\swho\Z")
_OWN_OR_ASKED = frozenset(["I", "we", "We", "you", "You"])
# `, quote,` or `, and I quote,` (`, and I’ll quote,`) between a verb of saying and the quotation (a
# speech's spoken quotation marks).
# (`here is what he said to Congress: Quote, “…”`: after a colon, `Quote` as a sentence's first
# word)
# (one word the speaker says before the marks, `Johnson said, and I quote, nothing “…”`: the
# words in marks only, ANNOTATING.md "Forty-third folder"; not a clause's subject or its `that`)
_SPOKEN_QUOTE = lazy(
    r"(?<=\w)\s?(?P<stop>,|:|\s[—–])\s(?:and\s)?(?:I(?:[’']ll|\swill)?\s)?(?:quote|(?<=:\s)Quote)(?:,|\s[—–])?\s*"
    r"(?:(?!(?:that|it|he|she|they|we|you|i|to|be|is|was|are|and|but|or)\s)[a-z][\w’'\-]*\s)?\Z"
)
# A briefing's lead-in naming the one whose words follow (`This is what he had to say, and I
# quote, “…”`, `here is what he said to Congress: Quote, “…”`, the spoken `quote` read as the
# comma), and a speech's (`And look at what he said next: “…”`, ANNOTATING.md, "Forty-third
# folder"): the one `what` is said by, a pronoun standing for the first person the sentence
# before names (`_first_name`).
_WHAT_SAID_LEAD = Gated(
    r"\b(?:[Hh]ere\sis|[Hh]ere[’']s|[Tt]his\sis|[Tt]hat\sis|[Ll]ook\sat|[Ll]isten\sto)\swhat\s"
    r"(?P<np>he|she|they|(?:the\s)?[A-Z][\w.'’\-]+(?:\s[A-Z][\w.'’\-]+){0,3})\s"
    r"(?:had\sto\ssay|said|wrote|says|writes)(?:\s(?:next|then|later))?"
    r"(?:\s(?:to|in)\s[^,:;.“”\"]{1,40}?)?\s?[,:]\s*\Z",
    ("what ",),
)
# The words before such a lead-in when it opens its paragraph (`And look at what he said next:`).
_PARAGRAPH_LEAD = lazy(r"\s*(?:(?:And|But|So|Now)\s)?")
# A briefing's `I’ll quote him: “…”` (ANNOTATING.md, "Thirty-seventh folder"): the one quoted,
# named or a pronoun for the first person the sentence (or the one before) names; also `I will
# quote X here, what she said yesterday, which is: “…”`, `I’m just going to quote him and say,
# “…”`, `I just wanted to quote what X said …, which is, “…”`, and in a speech `listen to Bob
# Roe’s words, not mine. I’m quoting him again: “…”` (ANNOTATING.md, "Forty-third folder").
_QUOTE_HIM_LEAD = Gated(
    r"\b(?:(?:I[’']ll|I\swill|I[’']m\s(?:just\s)?going\sto|[Ll]et\sme|I\s(?:just\s)?want(?:ed)?\sto)\s"
    r"(?:(?:just|also|simply)\s)?quote|I[’']m\s(?:just\s)?quoting)\s"
    r"(?:(?P<np>him|her|(?:[A-Z][\w.'’\-]+\s){0,3}[A-Z][\w.'’\-]+)"
    r"(?:\s(?:directly|here|again|exactly))?"
    r"(?:,\s(?:what\s(?:he|she)\s(?:said|wrote)[^,:;.“”\"]{0,40}?,\swhich\sis)|\sand\ssay)?"
    r"|what\s(?P<np2>(?:[A-Z][\w.'’\-]+\s){0,5}[A-Z][\w.'’\-]+)\s(?:said|wrote)"
    r"[^,:;.“”\"]{0,60}?,\swhich\sis)"
    r"\s?[:,]\s*\Z",
    ("quote ", "quoting "),
)
# A spoken `And I quote,` with no subject of its own, opening its sentence (`I’ll also quote Gary
# Counts, another veteran, who described himself as a conservative to CNN. And I quote, “…”`):
# the one the sentence right before says it will quote, by name.
_BARE_I_QUOTE = lazy(r"\s*(?:(?:And|So)\s)?I\squote[,:]\s*\Z")
_QUOTE_NAME_BEFORE = lazy(
    r"\A\s*(?:(?:And|So|Now)\s)?(?:I[’']ll|I\swill|[Ll]et\sme|I\s(?:just\s)?want(?:ed)?\sto)\s"
    r"(?:(?:also|just|now)\s)?quote\s(?P<np>(?:[A-Z][\w.'’\-]+\s){0,3}[A-Z][\w.'’\-]+)\b"
)
# A source after a dash closing the paragraph: `“…” — Secretary Jennifer Granholm`.
_DASH_SOURCE = Gated(r"\s*[—–]\s*(?P<np>[A-Z][^.;!?“”\"—–]{2,120}?)\s*\Z", ("—", "–"))
_ZH_TOPIC_TAIL = lazy(rf"[，,]{_ZH_TOPIC}\Z")
# (not `，后来称为“…”`: 称为 names what comes next, no attribution of the words before)
_ZH_AFTER = lazy(
    rf"[，,。]?\s*(?P<np>[^“”。！？\n]{{1,60}}?)(?<!所)(?:{_ZH_VERBS}|告诉)(?!的)(?<!称(?=为))"
)
# After a quote's closing mark: `“…,” according to a new report from Reuters — …`.
_QUOTE_ACCORDING = lazy(
    r"\s*,?\s*according to (?P<np>[^,.;:!?“”\"«»—–()]{2,100}?)\s*(?:[,.;:—–(]|\Z)"
)
_LEAD_ADVERBIAL = lazy(r"^(?:[^,]{1,80},\s)")
# A description opening a sentence with no name of its own, ending with a person's office
# (`The former Federal Reserve board member took …`, `The senator added …`), then its verb.
_DESCRIPTION_SUBJECT = lazy(
    r"The\s(?:(?:former|top|longtime|veteran|[A-Z][\w’'\-]*|[a-z]+al|[a-z]+ic)\s){0,5}"
    r"(?:board\smember|member|adviser|advisor|official|secretary|senator|congressman|"
    r"congresswoman|lawmaker|governor|mayor|executive|economist|minister|ambassador|envoy|"
    r"diplomat|commander|chief|chair|chairman|chairwoman|director|leader)\s"
    r"(?:[a-z]+ly\s)?(?:[a-z]{3,}ed|took|made|gave|spoke|wrote|held|sent|told|said)\b"
)
# A verb of saying before its subject at a label's head (`Said Lee: “…”`, `Added Roe: “…”`).
_INVERTED_VERB = lazy(
    r"\A(?:Said|Says|Added|Adds|Explained|Noted|Continued|Recalled|Wrote|Asked)\s(?=[A-Z])"
)
# A description in lower case opening a sentence (after an opener of its own, `Now,`), then a
# full name set off by commas, then the verb: `the former commander of Redstone Arsenal in
# Huntsville, Alabama, Retired General Jim Rogers, highlighted`.
_DESCRIBED_THEN_NAME = lazy(
    r"(?:[A-Z][a-z]+,\s)?(?:[Tt]he|[Aa]n?|[Oo]ur)\s[^“”\"]{3,120}?,\s"
    r"(?P<np>(?:[A-Z][\w.’'\-]*\s){1,4}[A-Z][\w’'\-]+),\s(?:[a-z]+ly\s)?[a-z]{3,}(?:ed|ted)\b"
)
# A subject in capitals, then a phrase of its own before its verb (`Biden in his statement
# credited …,`, `Roe on Tuesday announced …,`): no opener of place or time (`In Geneva, …`).
_SUBJECT_THEN_PHRASE = lazy(
    r"(?!(?:In|On|At|During|After|Before|With|For|From|Since|By|Today|Yesterday|Earlier|Later|"
    r"Last|This|That|Meanwhile|Now|Finally|Also|Then|When|While|As|Under|Over|Following)\b)"
    r"(?:[A-Z][\w.’'\-]*\s){1,4}(?:in|on|at|during|after|before|with|for|from|through)\s"
    r"[^,;:“”\"]{2,60}?\s(?:[a-z]{3,}ed|took|made|gave|spoke|wrote|held|sent|told|said)\b"
)
# A participle of saying between a sentence about its speaker and a quotation: `…, saying, “`,
# `… by saying, “`, `…, adding: “`, `…, saying “`.
# An adverb may stand before the participle (`…, falsely claiming “…”`), and a participle of
# urging may give its reason in marks (`…, urging solidarity and more forceful action because
# “…”`: ANNOTATING.md, "Thirty-eighth folder").
_PARTICIPLE_BEFORE = lazy(
    r"(?:,|\bby)\s(?:[a-z]{3,}ly\s)?(?:saying|adding|noting|stating|declaring|writing|remarking|"
    r"explaining|concluding|continuing|claiming|arguing|insisting|asserting|stressing|"
    r"emphasizing|emphasising|telling\s(?:the\s)?\w+)\s?[,:]?\Z"
    r"|,\s(?:[a-z]{3,}ly\s)?urging\s[^,;:.!?“”\"]{1,100}\sbecause\Z"
)
# A subject, a short verb phrase of its own and `and said` (`he raised his hand and said, “…”`,
# `Biden looked at me and said, “…”`): the subject that opens the clause says the words in
# marks. The first word after the subject is a verb in the past (`-ed` or a common irregular
# one), so that `I met Joe Biden at the station and said` gives no Biden.
_AND_SAID = Gated(
    r"(?:\A|[,;]\s|\b(?:[Aa]nd|[Tt]hen|[Ss]o|[Bb]ut)\s)"
    # (`the Chancellor of Germany`: a title with `of` and `the` inside; `the French leader`)
    r"(?P<subject>[Hh]e|[Ss]he|[Tt]he\s[A-Z][a-z]+(?:an|ese|ish|ch|i)\sleader"
    r"|(?:[Tt]he\s)?(?:[A-Z][\w.’'\-]*\s(?:(?:of|the)\s){0,2}){0,4}[A-Z][\w’'\-]*)\s"
    # (an adverb before the verb: `He just looked at me and said`, `he basically looked at him`)
    r"(?:(?:just|then|simply|finally|basically|suddenly|quietly|slowly|immediately)\s)?"
    r"(?:[a-z]{2,12}ed|came|went|took|got|stood|held|put|sat|shook|gave|threw|ran|spoke)\b"
    # (`… looked at me, and he said, “…”`: the subject's pronoun after a comma and `and`)
    r"(?:\s(?!and\b)[\w’'\-]+){0,6}"
    # (a second verb phrase of the subject's: `He picked up the phone and called some friends in
    # Congress and said, “…”`)
    r"(?:\sand\s(?:[a-z]{2,12}ed|came|went|took|got|put|gave)(?:\s(?!and\b)[\w’'\-]+){0,6})?"
    r"(?:\sand\s(?:then\s)?|,\sand\s(?:he|she)\s)"
    r"(?:said|says|asked|told\s(?:me|us|him|her|them))\s?[,:]\s*\Z",
    ("and said", "and says", "and asked", "and then", "and told", "and he ", "and she "),
)
# A word in capitals inside a sentence (after a word in lower case or a comma): a name, a title
# or a place the paragraph names.
_NAME_INSIDE = lazy(r"(?<=[a-z,;])\s[A-Z][a-z]")
# Many people at once at a sentence's start (`People put in their order and said, “…”`), anyone,
# and a relative the text never names (`My dad … would say`): no one (ANNOTATING.md, "Fifteenth
# folder"). A first name alone is someone (`Jill turned to me and said`, `Beau turned to his wife
# and said`).
_GROUP_SUBJECTS = frozenset(
    [
        *("People", "Folks", "Americans", "Voters", "Workers", "Families", "Parents", "Others"),
        *("Everyone", "Everybody", "Someone", "Somebody", "Nobody", "Mom", "Dad", "Mother"),
        *("Father", "Mama", "Papa", "Grandma", "Grandpa", "Grandmother", "Grandfather"),
    ]
)
# Two capitalised words in a row (a full name, `Senator Doe`): someone the text names.
_NAMED_PAIR = lazy(r"[A-Z][\w’'\-]+\s[A-Z]")


# A reporter's hedged rendering of what a source said (`The President seems to have said to — to
# the Prime Minister today, you know, “Make these concrete changes or else.”`, `The President sort
# of said, “…”`): no quote (ANNOTATING.md, "Thirtieth folder" and "Thirty-fourth folder").
_HEDGED_SAID = lazy(
    r"\b(?:seems|seemed|seem|appears|appeared) to have (?:said|told)\b|\bsort of (?:said|told)\b"
)


def _hedged_saying(paragraph: str, opening: int) -> bool:
    """Whether the sentence before the opening mark at `opening` renders the source's words with a
    hedge (`seems to have said`, `sort of said`); looks back 200 characters at most."""
    window = paragraph[max(0, opening - 200) : opening]
    if "to have " not in window and "sort of " not in window:
        return False
    stop = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
    return _HEDGED_SAID.search(window, stop + 1) is not None


def _opens_with_relative(paragraph: str, start: int, opening: int) -> bool:
    """Whether the sentence starting at `start` opens with a relative the text does not name
    (`And as my grandfather would say …`; `state._RELATIVE_SUBJECT`) and names no one else
    before the quotation at `opening` (`My dad took me to meet Senator Doe, and he said`)."""
    while start < opening and paragraph[start] in ' \t\n“"(':
        start += 1
    relative = _RELATIVE_SUBJECT.match(paragraph, start, min(opening, start + 80))
    return relative is not None and not _NAMED_PAIR.search(paragraph, relative.end(), opening)


# A name given before the comma (`a workshop entitled, “…”`): the words in marks are a title.
_NAME_GIVEN = lazy(r"\b(?:entitled|titled|called|named|dubbed|themed|reading)\s?,\Z")
# What follows a quotation that ends its sentence: the paragraph's end or the next sentence.
_SENTENCE_AFTER = lazy(r"\s*(?:\Z|(?<=\s)[A-Z“\"(])")
# The longest sentence read back for a quotation's subject (`_clause_lead`).
_CLAUSE_LEAD_MOST = 600


# The words of a rubric in capitals before a quotation (`PROMISE MADE:`, `MYTH:`, `FACT:`).
_LABEL_WORDS = frozenset(
    [
        "PROMISE", "PROMISES", "MADE", "KEPT", "MYTH", "FACT", "FACTS", "CLAIM", "TRUTH",
        "REALITY", "QUOTE", "NOTE", "UPDATE", "BACKGROUND", "WHAT", "WHY", "HOW", "THEN", "NOW",
    ]
)  # fmt: skip
# The first and second person as the subject between two quotations (`And I thought,`): the
# speech's speaker or its listener, not the first quotation's source; with its auxiliary's short
# form too (`And I’m thinking, “…”`).
_SPEECH_SUBJECT = lazy(r"\b(?:I|[Ww]e|[Yy]ou)(?:[’'](?:m|re|ve|d|ll))?\s(?!the\b)[a-z]")
# Between the parts of a split quote: its attribution only (`, he said, `, `曼恩说，`).
_BETWEEN_PARTS = lazy(r"[^.!?。！？“”\"«»]{0,100}[.,:;—–\-，：；。]?\s*")
# Between a quotation and the same source's words repeated in marks later in its paragraph
# (ANNOTATING.md, "Fifteenth folder": `As he has stated: “…” It’s about remembering history. It’s
# about reading books. “…”`): up to three short sentences of the narration's that name no one (no
# capital but each sentence's first letter, no `I`).
_BETWEEN_SENTENCES = lazy(r"\s*(?:[A-Z][^.!?“”\"«»A-Z]{1,100}[.!?]\s+){2,3}")
# A verb of calling and what stands between it and the words in marks (`_CALLED`'s, after its
# subject and the auxiliaries before the verb).
_CALLING_VERB = (
    r"(?:been\s(?=calling\s))?"  # (`you have been calling X “…”`: a question's only)
    # (`calling`: `X calling Y a “…”`, `you have been calling X “…”`)
    # (`deemed it a, quote, “…”`: ANNOTATING.md, "Thirty-seventh folder")
    r"(?:(?P<calls>called|calls|calling|dubbed|dubs|branded|brands|termed|terms|labeled|labelled"
    r"|deemed|deems)"
    # not `called on Congress to pass the “…” proposal`, `called for the “…” Act`: a request
    r"(?!\s(?:on|for|upon)\s)(?P<object>(?:\s[\w’'\-]+){0,6})"
    # `referred to ICE agents as “…”`, `smeared the agency as the “…”`: a calling too.
    # (the object may hold a list's commas and an acronym in brackets: `described its diversity,
    # equity, and inclusion (DEI) practices as “…”`)
    r"|(?:referred\sto|refers\sto|smeared|described|describes|likened|compared)"
    r"(?:,?\s[\w’'\-]+(?:\s\([A-Z][A-Za-z&]{1,8}\))?){1,6}?\s(?:as|to)(?:\s(?:the|a|an))?"
    # `praised X’s proposal as a “…”`, `defended at the time as “…”`, `touted it as “…”`: what
    # the source calls the thing praised or defended (ANNOTATING.md, "Thirty-first folder");
    # not `praised the programme known as “…”` (a name).
    r"|(?:praised|praises|defended|defends|touted|touts|hailed|hails|characteri[sz]ed"
    r"|characteri[sz]es|portrayed|portrays)"
    r"(?:,?\s(?!(?:known|billed|designated|listed|named|titled|styled)\s)"
    r"[\w’'\-]+(?:\s\([A-Z][A-Za-z&]{1,8}\))?){1,6}?"
    r"\sas(?:\s(?:the|a|an))?"
    # `accused X of deploying “…” and “…”`, `accused X of using a “…”`: what the accuser calls
    # the thing done (ANNOTATING.md, "Forty-second folder"); not `was accused of …` (passive).
    r"|(?:accused|accuses|accusing)(?:\s[\w’'\-]+){1,6}?\sof\s[\w’'\-]+ing(?:\s(?:the|a|an))?)\s\Z"
)
# Auxiliaries and adverbs between a source and its verb of calling: `she has called`, `X still
# called`, `he once called` (two at most).
_BEFORE_CALLING = (
    r"(?:(?:also|repeatedly|has|had|have|still|once|even|previously|again|publicly)\s){0,2}"
)
# A verb of calling whose subject is a source, before a short marked phrase: `she called the
# plan “…”`, `Smith dubbed it “…”`, `what he called “…”`; `他所称的对该协议的“…”`. Not `a
# programme called “…”` (a name).
_CALLED = lazy(
    # (`who`: the one named before it, `General X, who called him a “…”`; `you`, `You’ve`: a
    # question's, the one asked)
    r"(?P<np>\b(?:he|she|they|who|you)|\b[A-Z][\w.'’\-]+)"
    # (a body's acronym in brackets after its name: `the Government Accountability Office (GAO)
    # described the Pentagon as “…”`; and a lawmaker's party and state, `Rep. X (R-Texas) called
    # the bill “…”`: probe of 7 December)
    rf"(?:\s\((?:[A-Z][A-Za-z&]{{1,8}}|{PARTY_STATE})\))?\s" + _BEFORE_CALLING + _CALLING_VERB
)
# A verb of calling right after an apposition, an age, a relative clause or an aside between
# commas (a wire's way: `Rep. X, R-Ga., who filed a motion …, called the plan “…”`, `Robert Ford,
# the longtime diplomat, called it an “…”`): the subject is the one named before the apposition.
# Not a participle (`…, calling it “…”`: the sentence's subject, read as before).
# A longer phrase in marks (up to `_LONG_CALLING` characters, a clause with a dash in it) after a
# name's own `calls`/`called` and the one it is said of (`in which Enten calls President Trump “the
# most influential President of this century — and …”`; recall3 round): still the source's words;
# not after a pronoun, a title alone or a participle (`calling`), which keep the short phrase only.
_LONG_CALLING = 120
_CALLS_NAMED = lazy(
    r"\b(?!(?:He|She|They|It|We|You|This|That)\s)[A-Z][a-z][\w’'\-]*\s(?:calls|called)\s(?:(?:the|a|an|his|her|their|its)\s)?"
    r"(?:[\w.’'\-]+\s){0,3}[\w.’'\-]+\s\Z"
)
_CALLED_AFTER_ASIDE = lazy(r",\s" + _BEFORE_CALLING + r"(?!calling\s)" + _CALLING_VERB)
# What a calling's object may not be after an apposition: nothing, a determiner alone (`a
# measure, called the “Fair Act,”`: a name) or the one calling in a passive (`a measure, dubbed
# by critics “…”`).
_NO_CALLED_OBJECT = lazy(r"(?:\s(?:the|a|an))?|\sby\s.*")
# A group before the apposition (`several lawmakers, including Senator X, now …, called it`): a
# member of a group, no source (ANNOTATING.md, "Nineteenth folder": one of a group).
_GROUP_BEFORE_ASIDE = lazy(r"\b(?:including|such\sas|like|among\sthem)\s|,\s(?:all|both)\s")
# The source before one apposition (and a lawmaker's party and state): a capitalised word or a
# body's acronym in brackets, as `_CALLED`'s subject is (not `The agency, which …, called`).
_NAMED_BEFORE_ASIDE = lazy(
    rf"(?:\b[A-Z][\w.'’\-]*|\([A-Z][A-Za-z&]{{1,8}}\))(?:,\s{PARTY_STATE})?,\s[^,;:“”\"]{{1,200}},\Z"
)
# A lawmaker's party and state between commas ending the words before a verb of calling.
_PARTY_ASIDE = lazy(rf",\s{PARTY_STATE},\Z")
# A verb of calling joined by `and` to a verb phrase of the sentence's subject (`Representative
# X … said the law was passed “…” and called it a “waste”`, `NPR has run stories … and has
# described its … practices as “…”`): the subject the sentence opens with.
_AND_CALLED = lazy(r"\band\s" + _BEFORE_CALLING + r"(?!calling\s)" + _CALLING_VERB)
# A relative `which` whose subject is the source before an aside (`…, including Javelins, which
# Mr. X, who was critical of us, defended …`).
_WHICH = lazy(r"\bwhich\s")


def _after_which(subject: str) -> int:
    """Where the clause of the last relative `which` in `subject` opens (0 with none)."""
    end = 0
    for match in _WHICH.finditer(subject):
        end = match.end()
    return end


# A relative `who` before an aside (`Ted Cruz who, overnight, called it “…”`).
_WHO_ASIDE = lazy(r"\bwho,\s[^,;:.!?“”\"]{1,60},\Z")
# A briefing's spoken `quote` between a verb of calling and the words in marks (`has called it,
# quote, “…”`, `deemed it a, quote, “…”`, `has called this, quote, a “…”`): read as if unsaid
# (ANNOTATING.md, "Thirty-seventh folder").
_SPOKEN_QUOTE_AFTER_CALLING = lazy(r",\s(?:and\sI\s)?quote,\s(?=(?:(?:a|an|the)\s)?\Z)")
# A spoken `quote` before words in marks, with a word or two between (`, quote,`, `— and I quote —
# is “…”`, `a, quote, “…”`): what `_spoken_quote_source` reads the source of.
_SPOKEN_QUOTE_LATE = Gated(
    r"(?:,|\s[—–])\s(?:and\s)?(?:I(?:[’']ll|\swill)?\s)?quote(?:,|\s[—–])\s*(?:[\w’'\-]+\s){0,2}\Z",
    ("quote",),
)
# The verbs of saying and calling whose subject speaks the words in marks after a spoken `quote`.
_SPOKEN_SOURCE_VERB = lazy(
    r"\b(?:said|says|say|called|calls|call|told|tells|tell|wrote|writes|reminded|reminds"
    r"|described|describes|declared|declares|warned|warns|stated|states|added|adds|argued|argues"
    r"|put\sit|accused|accuses|deemed|labeled|labelled|dubbed|termed)\b(?!\s(?:on|upon|for)\b)"
)
# The word before such a verb that names its subject, past an auxiliary or an adverb (`he has
# once called`, `who also said`, `and said`).
_SUBJECT_END = lazy(
    r"(?P<word>[\w’'\-]+)\s(?:(?:has|have|had|would|will|also|once|then|later|even|just|has\salso)\s){0,2}\Z"
)
# An aside between dashes ending the words before a verb (`Governor X — of course, a Republican, as
# you know — call …`).
_DASH_ASIDE_END = lazy(r"\s[—–]\s[^—–“”\"]{1,100}\s[—–]\s*\Z")
# A clause's subject pronoun or an infinitive's `to` right before a spoken `quote` (`it, quote,
# “…”`, `urged them to, quote, “…”`).
_UNSPOKEN_END = lazy(r"(?:\A|\s)(?:it|he|she|they|we|to)\Z")
# The marked phrases before the last one of a calling's list (`called it “stupid,” “useless,” and
# a “…”`): the verb before them calls the last one too.
_CALLED_LIST = lazy(r"(?:“[^“”\"]{1,40}”,?\s(?:and\s|or\s)?(?:(?:a|an|the)\s)?){1,4}\Z")
# The comma and a time word between a name and its `who` (`General X recently, who`).
_BEFORE_WHO = lazy(r"(?:\s(?:recently|today|yesterday|once|also))?,?\s*\Z")
# A question's own verb of calling after its `you` (`You’ve called`, `you have been calling`).
_YOU_CALL = lazy(
    r"\s(?:(?:have|had|also|once|previously|publicly|repeatedly)\s){0,2}(?:been\s)?call"
)
# A name given as one of a group before it (`people like Lee Merritt calling it “…”`).
_ONE_LIKE = lazy(r"\b(?:like|such\sas)\s(?:[A-Z][\w.'’\-]*\s){0,3}\Z")
# `you`, `You`, `You’ve`: the subject of a question's calling, the one asked.
_YOU_FORMS = frozenset(["you", "You", "You’ve", "You've"])
# A word each verb of `_CALLED` holds: the pattern is tried (and compiled) only where one stands.
_CALLING_STEMS = (
    *("call", "dub", "brand", "term", "label", "deem"),
    *("refer", "smeared", "describ", "liken", "compared", "accus"),
    *("prais", "defend", "tout", "hail", "characteri", "portray"),
)
# `In the words of President Biden, “…”`, `As the President put it, “…”`, `As X said, “…”`;
# a short phrase after an article (`They are not, as Beijing says, a “…”`, `could become, as X
# has said, the “…”`): the words in marks X's (ANNOTATING.md, "Direct quotes").
_WORDS_OF = Gated(
    # (an initial's or a suffix's dot inside the name: `Martin Luther King Jr.`, `John F. Kennedy`)
    r"(?:\b[Ii]n the words of (?P<np>(?:[^,;:.“”\"]|(?:(?<=\b[A-Z])|(?<=\bJr)|(?<=\bSr)|(?<=\bDr)"
    r"|(?<=\bSt))\.){2,80}?)"
    r"|\b[Aa]s (?P<np2>[^,;:.“”\"]{2,80}?)\s(?:has\s|had\s|once\s|often\s)?"
    r"(?:put it|said|says|wrote|noted|stated)(?:\s\w+){0,2}?),\s*"
    r"(?P<article>(?:a|an|the)\s)?\Z",
    ("words of", "put it", "said", "says", "wrote", "noted", "stated"),
)
# What closes a marked phrase after `as X says, a`: the sentence's or clause's punctuation or a
# dash (not `as X said, the “Fair Act” will …`: a name inside the report).
_PHRASE_CLOSED = lazy(r"[.,;:?!)]|\s*[—–]|\s*\Z")
_ZH_CALLED = lazy(r"(?P<np>[他她]|[\u4e00-\u9fff·]{2,12}?)所(?:称|说)的?[^，。；“”]{0,12}\Z")
# A document named before 所称 (`宣誓书中所称“…”`): the document speaks, its source's words.
_ZH_CALLED_DOCUMENT = lazy(rf"(?P<noun>{_ZH_DOCUMENT_NOUNS})中?\Z")
# A document with no owner written before a quotation (`声明说，“`, `这份声明还说：“`).
_ZH_BARE_DOCUMENT = lazy(
    rf"(?:这份|该|此)?(?:{_ZH_DOCUMENT_NOUNS})(?:还|也|又|则|继续|最后|进一步|明确)*"
)
# The words before 所称的 that are no part of its source (`进行了两次北京方面所称的`).
_ZH_BEFORE_SOURCE = lazy(r"[了的是在于对向把将被次个]")
# A source, a verb of criticism or praise and the one criticised, right before words in marks.
# (`指责这部法案是“…”`: the name the source gives it, after 是; the source's time before the
# verb, `中国外交部驻港公署1月17日指责…`; a clause of time or place between the source and the
# verb, `发言人在…的声明后指责美国“抹黑”…`, `特朗普在会谈中称赞习近平“是…”`; a sentence that opens
# right after a closed quotation, `…说：“…。”她还指责…是“…”`)
_ZH_CRITICISES = lazy(
    r"(?:^[”」]?|[，,。；]|(?<=[。！？])[”」])\s*"
    # (not a clause of time with no source before it: `在…后指责…`)
    r"(?P<np>[他她]|(?![在当])[\u4e00-\u9fff·]{2,12}?[0-9月日]{0,8}?)(?:星期[一二三四五六日])?"
    r"(?:在[^，,。；：:“”「」]{1,40}?(?:时|后|之后|期间|中|上))?(?:也|还|则|更|同时)?"
    r"(?:批评|抨击|指责|形容|称赞|赞扬)(?P<object>[\u4e00-\u9fff·]{2,12}?)(?:是|为)?\Z"
)
# `X将这一协议称为“…”`, `X形容…为“…”`, `将…描述为“…”`: the sentence's subject calls it so (not
# `被称为`, `被描述为`).
_ZH_CALLS = Gated(
    # (`将这次袭击称为对…停火协议的“…”`: what it is called, up to a short clause after the verb)
    # (`定性为“…”和“…”`: a category given, and each of the terms joined after the first)
    r"(?<![被所])(?:称为|称之为|称其为|形容为|描述为|描述成|称作|比作|定性为)"
    r"(?:“[^“”，。；]{1,12}”(?:和|与|及|、))*[^，。；“”]{0,24}\Z",
    ("称", "形容为", "描述", "比作", "定性为"),
)
# The same with the thing called left out, after a comma (`，称其为“…”`): the subject's words.
_ZH_CALLS_IT = lazy(r"[，,]\s*(?:并|还|也)?(?:称其为|称之为)\Z")
_ZH_CALLS_IT_VERB = lazy(r"(?:也|还|则|更)?(?:称其为|称之为)\Z")
# ... or right after a dotted name or its Latin form, the sentence's first clause
# (`大使奥尔加·斯特凡尼什娜(Olha Stefanishyna)称其为“…”`).
_ZH_NAME_CALLS_IT = Gated(
    r"(?:[)）]|·[\u4e00-\u9fff]{1,10})(?:也|还|则|更)?(?:称其为|称之为)\Z", ("称其为", "称之为")
)
# Where a subject's clause goes on to its act (`…(Benjamin Netanyahu)在协议签署后…`).
_ZH_SUBJECT_CLAUSE_END = lazy(r"(?<=[)）])|在|于|发表|星期")
# A label naming who speaks in the quotation after it (`Statement from X:`).
_STATEMENT_FROM = lazy(
    r"\A(?:(?:A|The)\s)?(?:Statement|Remarks|Message|Comments?|Quote)\s(?:from|by|of)\s"
)
# The day a label's quotation was said, in brackets after the name (`Secretary Roe (March 13):`).
_LABEL_DATE = lazy(r"\s*\((?=[^()]{0,30}\d)[^()]{1,30}\)\Z")
# A lawmaker's party and state in brackets after the name (`Sen. Jim Banks (R-IN):`, `Rep. Jane
# Roe (D-Calif.):`, `(R-NY-21)`): no part of the name, like the day it was said.
_LABEL_PARTY = lazy(r"\s*\((?:[RDI]|Ind)[-–](?:[A-Z]{2}|[A-Z][a-z]{2,9}\.?)(?:[-–]\d{1,2})?\)\Z")
# A title in brackets after the name ending a label (`Jane Roe (President and CEO):`).
_LABEL_TITLE = lazy(r"\s\(((?:[A-Z][A-Za-z]*|and|&)(?: (?:[A-Z][A-Za-z]*|and|&)){0,4})\)\Z")
# A state's postal code in brackets after a place inside a label (`Tulsa (OK) Mayor Jane Roe:`).
_LABEL_STATE = lazy(r"(?<=[a-z])\s\([A-Z]{2}\)(?=\s[A-Z])")
# A body's short form in brackets after its name ending a label (`Center for American Progress
# (CAP):`, `…, Center for American Progress (CAP):`): no part of the name, like the party.
_LABEL_ACRONYM = lazy(r"(?<=[a-z])\s\([A-Z][A-Za-z&]{1,9}\)\Z")
# A link's word after a quotation that makes up its paragraph (`“…” (Watch)`).
_WATCH_TAG = lazy(r"\s*\((?:Watch|Listen|Video)\)\.?\s*")
# A release's note of where and when a quotation was first given, in square brackets at its
# paragraph's end (`… Patient health information \[Tweet, 7/8/2022\]`, `[Statement, 6/26/23]`):
# the release's words, no part of a quotation whose closing mark the source left out before it
# (ANNOTATING.md, "Direct quotes": the words inside the marks only).
_SOURCE_NOTE = lazy(r"\s\\?\[[^\[\]]{0,60}?\d{1,4}[/.]\d{1,2}[/.]\d{2,4}\\?\]\s*\Z")
# A label line naming a second person after `and` (`Jane Roe, CEO, and John Doe, Executive
# Director of …`): several people together, no one's quotation (ANNOTATING.md, "Speakers").
_LABEL_TWO_PEOPLE = lazy(r",[^,]*,?\sand\s[A-Z][a-z]+(?:\s[A-Z]\.)?\s[A-Z][\w’'\-]+,")
# A question's `you said, “…”`: `you`, its verb, the time or a name or a filler between commas;
# `You told CNBC in March, “…”`, `You said in March, “…”` (to whom and when before the comma) too
# (ANNOTATING.md, "Thirty-ninth folder", "Recall census").
_YOU_SAID_QUOTE = lazy(
    r"(?:\A|[\s,—–])[Yy]ou(?:[’']ve|\shave|\shad)?"
    r"(?:\s(?:just|also|yourself|previously|already|once|recently|earlier|publicly))?"
    # (to whom: `told reporters`, `told CNBC`, `told the Times`, `told Fox News`)
    r"\s(?:said|told\s(?:me|us|reporters|(?:the\s)?[A-Z][\w.&’'\-]*(?:\s[A-Z][\w.&’'\-]*){0,2}))"
    # (when: `yesterday`, `in March`, `in 2019`, `last year`, `back in October`, `this morning`)
    r"(?:\s(?:yesterday|today|earlier|before|again|last\s(?:week|month|year|night)|"
    r"on\s[A-Z][a-z]+day|(?:back\s)?in\s(?:[A-Z][a-z]+(?:\s\d{4})?|\d{4})|"
    r"this\s(?:morning|week|month|year)))?"
    r"(?:,\s[^,“”\"]{1,30})?\s?[,:]\s*\Z"
)
# A label's last part after a dash or a comma, capitalised words only (`Maine – Governor Janet
# Mills`, `Superior, Arizona Mayor Mila Besich`): the titled name after a place or a role.
_PLACE_BEFORE_NAME = lazy(
    r"(?:\s[–—-]\s|,\s)(?P<tail>(?:[A-Z][\w.'’\-]*|&|of|and|the)(?:\s(?:[A-Z][\w.'’\-]*|&|of|and|the)){1,8})\Z"
)
# A one-word name of a body as a label (`Palantir:`, `xAI:`; not in capitals, a transcript's turn).
_ONE_WORD_BODY = lazy(r"[A-Za-z][a-z]*[A-Z]?[A-Za-z0-9]*(?:[&.\-][A-Za-z0-9]+)?")
# One-word labels that name no one (a rubric, a kind of text).
_RUBRIC_WORDS = frozenset(
    ["note", "example", "examples", "quote", "update", "translation", "headline", "question",
     "answer", "reality", "claim", "myth", "fact", "truth", "summary", "background", "context",
     "tweet", "source", "read", "watch", "listen", "also", "topic", "transcript", "excerpt",
     "statement", "remarks", "message", "audience", "participants", "crowd", "caption", "title",
     "theme", "motto", "slogan", "subject", "re", "ps", "editor", "editors", "correction",
     # a group (`Republicans`, `Democrats` name no one)
     "republicans", "democrats", "experts", "officials", "critics", "economists", "analysts",
     "lawmakers", "leaders", "americans", "voters", "residents", "parents", "workers",
     "students", "reporters", "supporters", "others", "everyone", "all"]
)  # fmt: skip
# A publication's line: its name (capitalised words, `&`, an optional year in brackets), a colon
# and one quotation that is the rest of the line (`The Hill: “…”`, `PBS (2018): “…”`).
_HEADLINE_LINE = lazy(
    r"(?P<name>[A-Z][\w.’'&]*(?:\s(?:[A-Z][\w.’'&]*|of|the|&)){0,5})(?:\s\((?:19|20)\d\d\))?:"
    r"\s?“(?P<words>[^“”\"]{8,300})”\s*"
)
_HEADLINE_WORD = lazy(r"[A-Za-z][\w’'-]{3,}")


def _headline_source(paragraph: str) -> str | None:
    """The publication a line names when it is its name and a headline in marks (ANNOTATING.md,
    "Forty-sixth folder": `IndustryWeek: “Tariffs Are Keeping US Steel Production Strong”`,
    `PBS (2018): “Trump tariffs may imperil a delicate global economic rebound”`), a title and no
    quote. A headline's words: most words of four letters or more capitalised, or no full stop
    at their end. Not a person's label (`Sen. Jim Banks: “…”`, a title's word; `Jack Lew: “…”`, a
    person's name, unless its words are a headline's capitals), nor a body's or an outlet's
    sentence (`Politico: “President Donald Trump’s labor market is bouncing back.”`), nor a
    rubric (`ICYMI: “…”`) or a topic (`On school choice: “…”`)."""
    if len(paragraph) > 400 or "“" not in paragraph[:60]:
        return None
    match = _HEADLINE_LINE.fullmatch(paragraph)
    if match is None:
        return None
    name = match.group("name")
    words = name.split(" ")
    if (
        (name.isupper() and not (len(words) == 1 and 2 <= len(name) <= 4))  # (`PBS`, `NPR`)
        or words[0] in ("On", "And", "But", "As")
        or name.lower() in _RUBRIC_WORDS
        or any(word.strip(".").lower() in TITLE_WORDS for word in words)
    ):
        return None
    text = match.group("words").strip()
    long_words = _HEADLINE_WORD.findall(text)
    capitals = sum(1 for word in long_words if word[0].isupper())
    titled = len(long_words) >= 3 and capitals * 4 >= len(long_words) * 3 and not text.isupper()
    if not titled:
        if text[-1:] in ".!?…" or len(text.split(" ")) > 25:
            return None
        reference = parse_phrase(name)
        if (
            reference is not None
            and reference.kind == "name"
            and not name.startswith("The ")
            and "&" not in name
        ):
            return None  # (`Jack Lew: “Prioritization is unworkable”`, a person's words)
    return name


# An excerpt: a topic label and a colon before the quotation (`On school choice: “…”`).
_TOPIC_LABEL = lazy(r"On\s[^“”\"]{2,120}:\s*")
_ENDS_WITH_ATTRIBUTION = lazy(r"[\s.。]*")
# Where, in what or to whom the words were said or written, after the attribution and ending
# its paragraph (`“…,” Jane Roe writes in The Wall Street Journal.`, `…, the First Lady wrote in a
# welcome letter at the beginning of the Guide.`): still the attribution (ANNOTATING.md, "Wire
# stories"), so a paragraph that is one quotation after it carries the statement on. Not a
# clause (`said in a statement that …`), another verb of saying, words in marks or a sentence.
_ATTRIBUTION_PLACE = lazy(
    r"\s(?:in|on|at|to|during)\s(?![^“”\"]*\b(?:that|which|who|whom|what|how|said|says|wrote|"
    r"writes|told|adding|saying|noting)\b)(?:[^“”\"!?;:.]|\.(?=\S)){1,120}[\s.]*"
)
_ZH_QUOTE_ENDS = frozenset("，。！？…,.!?；：")
# The clause that runs into an opening mark (from the last stop or comma before it).
_ZH_CLAUSE_INTO_MARK = lazy(r"[^，,。！？；;：:“”]{0,40}\Z")
# Verbs of praise, blame or calling whose object's words in marks are the subject's own.
_ZH_CALLED_INTO_MARK = Gated(
    r"称赞|赞扬|批评|指责|形容|谴责", ("称赞", "赞扬", "批评", "指责", "形容", "谴责")
)


def _zh_said_into_marks(paragraph: str, opening: int) -> bool:
    """Whether the clause that runs into the opening mark at `opening` holds a verb of saying
    or calling (`声明强调了“`, `称普尔特是“`, `称赞该协议是“`), whose words the marks are."""
    clause = _ZH_CLAUSE_INTO_MARK.search(paragraph, max(0, opening - 40), opening)
    if clause is None:
        return False
    text = clause.group()
    return _ZH_SAY.search(text) is not None or _ZH_CALLED_INTO_MARK.search(text) is not None


# A verb of saying and what follows it up to the comma (or colon) before a quotation.
_VERB_THEN_PHRASE = lazy(
    rf"\b(?P<verb>{_AFTER_VERBS})\b(?P<phrase>[^.;!?“”\"]{{1,100}}?)\s?[,:]\s*\Z"
)
# What makes those words more than an addressee, a time, a place or a manner: a clause (`told
# reporters that …`, `said what …`), another verb of saying.
_NOT_A_PHRASE = lazy(
    r"\b(?:that|which|what|who|whom|whose|how|why|if|whether|when|said|says|say|told|tell|asked|"
    r"ask|wrote|write|quoting)\b"
)
# Verbs whose object hears the words (`told CNN`, `asked him`): never the speaker after them.
_ADDRESSEE_VERBS = frozenset(["told", "tells", "asked", "asks", "urged", "begged"])
# The pronouns a spoken `quote` after its verb and addressee names a source by.
_HE_SHE_SPOKEN = frozenset(["he", "she", "He", "She"])
# The words between such a verb and the spoken `quote`: the one told or the time, a few words
# with no dash (not `He said last year — and this is a direct quote — it, quote, “…”`, a clause
# the spoken `quote` breaks into).
_SPOKEN_ADDRESSEE = lazy(r"(?:\s[\w.’'\-]+){1,4}")
_NEXT_QUOTE = lazy(r"(?:\s(?:back|out))?\s*[,:]\s*[“\"]")
# One lower-case noun after a name in marks (not a pronoun: `“Enough” she said`).
_TERM_HEAD = lazy(r"(?!(?:he|she|they|it|we|you)\Z)[a-z][a-z\-]{1,30}")
_QUOTE_END_MARKS = frozenset(",.!?…;:")
_ABBREVIATION_DOTS = lazy(
    r"(?<=\b[A-Z])\.(?=[A-Z]\.|\s[A-Z])|(?:(?<=\bMr)|(?<=\bMs)|(?<=\bDr)|(?<=\bMrs))\.(?=\s)"
)
# A clause of time with no subject of its own before the verb (`回答…的相关提问时回答`).
_ZH_WHEN_CLAUSE = lazy(
    r"(?:回答|答复|回应|谈及|谈到|被问及|被问到)[^“”]{1,40}?时(?:回答|答复|回应)?"
)
# A quote's attribution after it, ending its sentence right before another quotation opens.
_ZH_SAID_STOP = lazy(rf"”[^“”。！？]{{1,12}}?(?:{_ZH_VERBS})。\s*\Z")
# A sentence after a quotation that ends with its verb of saying, or whose verb of saying opens
# another quotation (`“…。”两位议员在声明中表示。`, `“…。”他说，“…”`): the quotation's attribution.
_ZH_SAID_AFTER = lazy(rf"(?:{_ZH_VERBS})\s*(?:[：:，,]\s*[“「]|[。！？]|\Z)")
_ZH_STOPS = ("。", "！", "？", "…")
_ZH_JOINED = lazy(r"^(?:并|还|同时|而)?(?:补充|接着|随后)?")
# A clause that is only where a source said it, its subject left out (`并在X平台上`, `在社交媒体
# 上发帖`): a platform or a medium, not a speaker.
_ZH_SETTING_ONLY = lazy(
    r"在[^“”。！？，,：:]{1,20}?(?:平台上?|媒体上|网站上|帖子中|帖文中|推文中|上)"
    r"(?:发文|发帖|发贴|贴文|发推)?"
)
# A short name in marks run into the Han words on both sides of it (`在“真相社交”平台发文`).
_ZH_NAME_IN_CLAUSE = lazy(
    r"(?<=[\u4e00-\u9fff])“([\u4e00-\u9fffA-Za-z0-9·]{1,12})”(?=[\u4e00-\u9fff])"
)
_ZH_BRACKETED = lazy(r"[(（][^()（）“”]{0,40}“[^()（）“”]{0,20}”[^()（）“”]{0,10}[)）]")
_ZH_NEW_SENTENCE = lazy(r"\s*(?:但是|但|不过|然而|而|并且|此外|另外)")
_ZH_PLACE_ENDS = ("上", "中", "时", "后", "里", "前")
# A time a sentence opens with (`6月6日至10日，`, `5月末，`), or nothing.
_ZH_TIME_CLAUSE = lazy(r"(?:[0-9]{1,4}[年月日号]?[初末底中]?[至到和、-]?){1,6}[，,]|")


# What follows a lead-in's verb when it is a clause, not the speaker (`President Trump said he
# arranged a meeting between President Putin and President Zelenskyy: “…”`, `explained what has
# surprised him about …: “…”`): the lead-in's subject speaks.
_CLAUSE_AFTER_VERB = lazy(r"(?:he|she|it|they|we|I|there|what|how|why|whether|when|where)\s")


# `_BETWEEN_PARTS` holds at most 101 characters before its closing white space, and the dots
# `_ABBREVIATION_DOTS` takes out are at most every other character: text between two parts
# with more than this before its white space can be no attribution between them.
_BETWEEN_MOST = 2 * 101 + 2
# Any character that is not white space (as `str.strip` reads white space): searched for
# between two places instead of slicing the text between them (`_near_enough`).
_NOT_SPACE = lazy(r"\S")
# The most of a sentence before a quotation read as the narration that opens it
# (`_zh_own_sentence`): more than any sentence of the development texts; a hostile sentence of
# thousands of quotations is not read again from its start at each.
_ZH_OWN_SENTENCE_MOST = 1_000


# The name a lead-in's pronoun stands for (`_first_name`): two to four capitalised words
# (`Greg Black`, `Senator Jane Roe`), read back at most `_LEAD_BACK` characters, in the sentence
# the text ends in or the one before it.
_NAME_WORDS = lazy(r"\b[A-Z][a-z][\w’'\-]*(?:\s[A-Z][\w’'\-]*\.?){1,3}")
_SENTENCE_BREAK = lazy(r"(?<=[.!?])\s+(?=[A-Z])")
_LEAD_BACK = 400


# Capitalised words that open no person's name (a sentence's first word, a time, a place's
# first word): `In March`, `Last Tuesday`, `New York`, `This Air Force veteran`.
_NOT_A_NAME_START = frozenset(
    [
        "In", "On", "At", "As", "After", "Before", "Since", "During", "Last", "Next", "This",
        "That", "The", "These", "Those", "And", "But", "So", "If", "When", "While", "Now",
        "Today", "New", "North", "South", "East", "West", "United", "Los", "San", "Air",
    ]
)  # fmt: skip


def _first_name(text: str) -> str | None:
    """The first person's name of two words or more in the last sentence of `text` that holds
    one, the sentence `text` ends in or the one before it; None when neither names anyone."""
    for sentence in reversed(_SENTENCE_BREAK.split(text)[-2:]):
        for match in _NAME_WORDS.finditer(sentence):
            words = match.group().split()
            while words and (words[0] in _NOT_A_NAME_START or words[0] in DAYS_AND_MONTHS):
                words.pop(0)
            if words and words[-1].endswith(("’s", "'s")) and len(words[-1]) > 3:
                words[-1] = words[-1][:-2]  # (`listen to Bob Dole’s words`: Bob Dole)
            reference = parse_phrase(" ".join(words)) if len(words) >= 2 else None
            if reference is not None and reference.kind in ("name", "surname"):
                return " ".join(words)
    return None


# A list run into one paragraph (`… neglect. - President Trump: “…” - On tariffs: “…”`): a
# hyphen between spaces after an item that ends (a stop, a colon, a closing mark) opens the
# next item, whose head is read as a paragraph's head (ANNOTATING.md, "Recall census of news").
_LIST_ITEM = lazy(r"(?<=[.!?…:”\"])\s+-\s+(?=\S)")


def _list_items(paragraph: str) -> list[tuple[int, int]]:
    """Where each item of a list run into `paragraph` begins: its bullet's start and its first
    word's; none when no such list is written."""
    if " - " not in paragraph:
        return []
    return [match.span() for match in _LIST_ITEM.finditer(paragraph)]


def _item_bounds(items: list[tuple[int, int]], position: int, length: int) -> tuple[int, int]:
    """The start of the list item holding `position` (0 for the paragraph's first) and the
    start of the next one's bullet (the paragraph's `length` for the last)."""
    index = bisect_right(items, position, key=lambda item: item[1]) - 1
    start = items[index][1] if index >= 0 else 0
    end = items[index + 1][0] if index + 1 < len(items) else length
    return start, end


def _item_head(paragraph: str, start: int, opening: int) -> int | None:
    """Where the last list item whose bullet stands between `start` and `opening` begins (its
    first word), if one does (`_LIST_ITEM`)."""
    if paragraph.find(" - ", max(0, start - 3), opening) < 0:
        return None
    head = None
    for match in _LIST_ITEM.finditer(paragraph, max(0, start - 3), opening):
        head = match.end()
    return head


# A country's abbreviation opening a label (`U.S. Cattlemen’s Association: “…”`), no sentence.
_COUNTRY_ABBREVIATIONS = frozenset(["U.S", "U.K", "U.N", "E.U"])


def _unemphasised(label: str) -> str:
    """`label` without the emphasis marks around it (`*…*`, `**…**`, `_…_`), the same run of
    marks opening and closing it; unchanged when they do not pair (`Note*`)."""
    text = label.lstrip()
    mark = label[len(label.rstrip("*_")) :]
    if mark.strip(mark[0]) or len(mark) > 2 or not text.startswith(mark):
        return label
    inner = text[len(mark) : -len(mark)]
    if not inner.strip() or mark[0] in inner:
        return label
    return inner.strip()


def _item_end(paragraph: str, position: int) -> int:
    """Where the list item holding `position` ends: the next item's bullet, else the end."""
    bullet = _LIST_ITEM.search(paragraph, position) if " - " in paragraph else None
    return bullet.start() if bullet is not None else len(paragraph)


def _item_goes_on_quoting(paragraph: str, position: int) -> bool:
    """Whether another quotation mark (`“`, `"`) stands after `position` in its list item (the
    rest of the paragraph when it holds no list)."""
    rest = paragraph[position : _item_end(paragraph, position)]
    return "“" in rest or '"' in rest


def _near_enough(paragraph: str, start: int, end: int) -> bool:
    """Whether `paragraph[start:end]` is short enough to be read as the attribution between a
    quotation's parts; checked first so that a paragraph of many quotations is not read
    again from the last attributed one at each (quadratic on hostile text)."""
    # (searched, not sliced: the text between may be most of a hostile paragraph, at each of
    # its quotations)
    return end - start <= _BETWEEN_MOST or not _NOT_SPACE.search(
        paragraph, start + _BETWEEN_MOST, end
    )


class DirectQuotes(ChineseQuotes):
    """The rules of a finder for English direct quotes (and the Chinese sources they call on)."""

    def _kind_source(self, reference: Reference | None, before: str) -> Person | None:
        """The source after a quotation (`“…,” the ministry said.`): a body by its kind alone
        names the one of that kind named before in full (`_kind_before`), else as it reads."""
        if reference is not None and reference.kind == "body" and reference.text.islower():
            person = self._kind_before(reference.text, before)
            if person is not None:
                return person
        return self._resolve(reference)

    def _direct(
        self, paragraph: str, marks: list[tuple[int, int, int, int]], spans: list[tuple[int, int]]
    ) -> list[Found]:
        out: list[Found] = []
        previous: tuple[Person, int] | None = (
            None  # the last quote's speaker, where its attribution ends
        )
        carried = self._open_speaker
        self._open_speaker = None
        closing, self._closing_speaker = self._closing_speaker, None
        self._direct_read += 1
        excerpts = self._excerpts_speaker
        items = _list_items(paragraph)
        read = 0  # the paragraph's words before it are among the sentences a pronoun may name
        said: dict[str, Person] = {}  # the words of each quote found, and their speaker
        for number, (opening, start, end, close_end) in enumerate(marks):
            read = self._pend_before(paragraph, opening, spans, read)
            if _in_brackets(paragraph, opening, close_end):
                continue  # `(昵称为“比比”)`, `(the “Act”)`: a name or a term, not a quote
            if _zh_name_given(paragraph, opening, start, end):
                continue  # `职务改称“司政”`: a name given, not a quote
            if _own_words(paragraph, opening, close_end, spans):
                previous = None  # (nor is the quotation after it a part split by `I said`)
                continue
            if _hedged_saying(paragraph, opening):
                previous = None  # `The President seems to have said to …, “…”`: no quote
                continue
            # The list item holding the quotation (the whole paragraph when it holds no list):
            # its head is read as a paragraph's head.
            item_start, item_end = _item_bounds(items, opening, len(paragraph))
            while item_end > close_end and paragraph[item_end - 1].isspace():
                item_end -= 1
            ends_item = close_end >= item_end
            speaker: Person | None
            if (
                excerpts is not None
                and ends_item
                and paragraph.startswith("On ", item_start)
                and "," not in paragraph[item_start:opening]
                and _TOPIC_LABEL.fullmatch(paragraph, item_start, opening)
            ):
                # `On Houthi attacks in the Red Sea: “…”` under `Secretary Jane Roe on Face the
                # Nation`: the topic names no one (not `Houthi`); the label's speaker says it.
                speaker, attribution_end = excerpts, close_end
            else:
                speaker, attribution_end = self._attribution(paragraph, opening, close_end, spans)
            if (
                speaker is None
                and previous is not None
                and _near_enough(paragraph, previous[1], opening)
                # (not across a list's bullet: the next item's quotation is no part of this one)
                and (not items or item_start <= previous[1])
            ):
                between = _ABBREVIATION_DOTS.sub("", paragraph[previous[1] : opening])
                # Only the attribution between the parts (in Chinese, with its verb: `曼恩说，`),
                # its abbreviations' dots aside (`in the U.S. National Statement. “…”`).
                if (
                    (
                        _BETWEEN_PARTS.fullmatch(between)
                        or (_BETWEEN_SENTENCES.fullmatch(between) and not _HAN.search(between))
                    )
                    # (not `“…” And I thought, “…”`: a speech's own speaker in between)
                    and _SPEECH_SUBJECT.search(between) is None
                    # (nor a possessive right before the marks: `“…,” Yellen told NBC’s “Meet
                    # the Press.”`, the title of a programme or a work)
                    and not between.endswith(("’s ", "'s "))
                ) and (
                    not _HAN.search(between)
                    # (the verb ends it: not `…批评北京…，并在报告中称，这些举措“…”`)
                    or (
                        _ZH_VERB_END.search(between.rstrip(" ，,：:")) is not None
                        # (one verb: not `“…。”一位美国官员说，A，并说：“…”`, a new source's own
                        # report before the next part)
                        and len(list(_ZH_SAY.finditer(between))) < 2
                    )
                ):
                    speaker = previous[0]
            if speaker is None and number == 0 and opening == 0 and carried is not None:
                speaker = carried
            whole = opening == 0 and (
                # (closed, or left open at the paragraph's end: speech that runs on)
                close_end >= len(paragraph.rstrip())
                # `“…” (Watch)`: a link's word after the quotation
                or (close_end != end and _WATCH_TAG.fullmatch(paragraph, close_end) is not None)
            )
            if (
                speaker is None
                and number == 0
                and closing is not None
                and (
                    (whole and not _zh_heading(paragraph, start, end, close_end))
                    or (opening == 0 and _zh_sentence_opening(paragraph, start, end, close_end))
                )
            ):
                # A paragraph that is one quotation, right after a paragraph that ends with a
                # quote's attribution (`“…,” Rubio said.` then `“…”`): the same statement.
                speaker = closing
            if (
                speaker is None
                and (number == 0 or item_start > 0)
                and excerpts is not None
                and (
                    (ends_item and _TOPIC_LABEL.fullmatch(paragraph, item_start, opening))
                    or whole  # a quotation alone in its paragraph, under the label
                    or (item_start > 0 and opening == item_start and ends_item)
                )
            ):
                # `On school choice: “…”` under `Secretary Linda McMahon on State of the Union`,
                # and each item of such excerpts run into one paragraph (`“…” - On tariffs: “…”`).
                speaker = excerpts
            if (
                speaker is None
                and (number == 0 or item_start > 0)
                and opening == item_start
                and ends_item  # closed or left open (`From X:`)
                and self._colon_speaker is not None
            ):
                # A quotation that makes up its paragraph (or its item, a list of quotations run
                # into one paragraph), after `The Washington Post reports:`.
                speaker = self._colon_speaker
            if (
                speaker is None
                and number == 0
                and self._turn_label
                and not paragraph[:opening].strip()
            ):
                speaker = self._label_speaker(self._turn_label)
            if (
                speaker is None
                and number == 0
                and opening == 0
                and self._label_before is not None
                and (whole or _SOURCE_NOTE.fullmatch(paragraph, close_end) is not None)
            ):
                # `Senator Jane Roe (D-RI)` alone, then `“…” [Statement, 1/6/2025]`: a line that
                # names a speaker as a label before a colon does names the quotation that makes
                # up the paragraph after it (ANNOTATING.md, "Hard cases": a label naming its
                # speaker, a heading or a short paragraph).
                speaker = self._line_label_speaker(self._label_before)
            if speaker is None and number == 0 and whole and self._headline_before is not None:
                # `PBS (2018): “…”`, then `“…”`: the excerpt under a publication's headline is
                # the publication's (ANNOTATING.md, "Forty-sixth folder").
                speaker = self._resolve(Reference("body", self._headline_before))
            if speaker is None:
                speaker = self._called(paragraph, opening, close_end, spans)
            if speaker is None and said and paragraph.count(" ", start, end) >= 2:
                # `he said, “For how long?” (Laughter.) … he was serious. “For how long?”`: the
                # same words in marks again in the paragraph, said again by the same source.
                speaker = said.get(paragraph[start:end].strip())
            if speaker is None:
                continue
            text_start, text_end = start, end
            if close_end == end and "[" in paragraph[-40:]:
                note = _SOURCE_NOTE.search(paragraph, max(start, len(paragraph) - 80))
                text_end = note.start() if note is not None else end
            while text_end > text_start and paragraph[text_end - 1].isspace():
                text_end -= 1
            while text_start < text_end and paragraph[text_start].isspace():
                text_start += 1
            if text_end - text_start < 2:
                continue
            kind = "direct"
            if (
                attribution_end > close_end
                and _inside_clause(paragraph, opening)
                # (not `look at “…,” according to a new report from Reuters`: the words in marks
                # the document's, as before)
                and "ccording to" not in paragraph[close_end:attribution_end]
            ):
                lead_start = _mixed_lead(paragraph, opening, end, close_end, spans)
                if lead_start is not None:
                    # `The move is intended to help “lower costs …,″ the department said`: the
                    # reporter's clause goes on into the words in marks, and the attribution
                    # after them is the whole clause's: one indirect quote, up to the closing
                    # mark (ANNOTATING.md, "Kind": a quote that mixes the two).
                    text_start, text_end, kind = lead_start, close_end, "indirect"
            out.append(Found(text_start, text_end, kind, speaker))
            said.setdefault(paragraph[text_start:text_end], speaker)
            previous = (speaker, max(close_end, attribution_end))
            if close_end == end and end >= len(paragraph.rstrip()):
                self._open_speaker = speaker
            elif attribution_end > close_end and (
                _ENDS_WITH_ATTRIBUTION.fullmatch(paragraph, attribution_end)
                or _ATTRIBUTION_PLACE.fullmatch(paragraph, attribution_end)
            ):
                self._closing_speaker = speaker
        return out

    def _line_label_speaker(self, label: str) -> Person | None:
        """The speaker a line alone names (`Rep. Jane Roe (D-CA-02)`, `Jane Roe, Executive
        Director, Sierra Club`), read as the same words before a colon and a quotation are: a
        person only, by a title's word the line holds, not a body nor a place (`The Rose Garden`,
        a speech's place line, whose words might be read as a name)."""
        if not any(word.strip("(),").lower() in TITLE_WORDS for word in label.split(" ")):
            return None
        if _LABEL_TWO_PEOPLE.search(label):
            return None  # `Jane Roe, CEO, and John Doe, President, of …`: two people together
        synthetic = f"{label}: “…”"
        person, _ = self._attribution(
            synthetic, len(label) + 2, len(synthetic), [(0, len(synthetic))]
        )
        return person if person is not None and not person.body else None

    def _label_speaker(self, label: str) -> Person | None:
        """The person a transcript's label names (`YELLEN:`, `SECRETARY YELLEN:`, `JANET
        YELLEN:`): one met before, or a full name; never the questioner (`Q`)."""
        words = label.rstrip(":").split()
        if words in (["Q"], ["Q."]) or any(word in _LABEL_WORDS for word in words):
            return None  # `PROMISE MADE: “…”`, `MYTH: “…”`: a rubric, not a name
        text = " ".join("-".join(part.capitalize() for part in word.split("-")) for word in words)
        reference = parse_phrase(text)
        if reference is None or not (reference.kind == "name" or self._known(reference)):
            return None
        return self._resolve(reference)

    def _zh_sentence_opener(self, text: str) -> Person | None:
        """The person named in full, with a role or known, that a sentence's words before a
        quotation open with, past a place (`不过在台北，…`); None when it opens otherwise."""
        for clause in re.split(r"[，,；：:]", text)[:-1]:
            clause = _ZH_LEAD.sub("", clause.strip())
            if not clause or _ZH_SETTING.match(clause) or clause.endswith(_ZH_PLACE_ENDS):
                continue  # `不过在台北，…`, `记者会上，`: a place, not the source
            source = self._zh_source(clause)
            reference = self._zh_full(source[0]) if source is not None else None
            if (
                reference is not None
                and reference.kind == "name"
                and ("·" in reference.text or reference.role or self._known(reference))
            ):
                return self._zh_resolve(clause)
            break
        return None

    def _called(
        self, paragraph: str, opening: int, close_end: int, spans: list[tuple[int, int]]
    ) -> Person | None:
        """A short phrase in marks after a verb of calling of the source's own (`she called the
        plan “reckless”`, `what he called “misleading descriptions”`, `他所称的“误导性描述”`):
        the source's words (ANNOTATING.md, "Direct quotes")."""
        sentence_start = _sentence_start(spans, opening)
        start = max(sentence_start, opening - 120)
        before = paragraph[start:opening]
        zh = _ZH_CALLED.search(before) if "所" in before else None  # (tried where it can match)
        if zh is not None:
            np = _ZH_BEFORE_SOURCE.split(zh.group("np"))[-1]
            if np[-1:] == "其" or np in ("该机构", "该部门", "该组织", "该公司"):
                # `中国海警…展开其所称的“…”`, `FAA…宣布了该机构所说的“…”`: the source the
                # sentence opens with
                text = paragraph[sentence_start:opening]
                opener = self._zh_sentence_opener(text)
                if opener is None:
                    body = self._zh_opening_source(text)  # (a body only: not `本月初`)
                    opener = body if body is not None and body.body else None
                return opener
            if np[-1:] in ("他", "她") and len(np) > 1:
                # `表示，A，并谴责他所称的…“…”`: the pronoun after a verb of the sentence, the
                # person the sentence opens with (not the words before the pronoun)
                opener = self._zh_sentence_opener(paragraph[sentence_start:opening])
                return opener if opener is not None else self._zh_resolve(np[-1])
            document = _ZH_CALLED_DOCUMENT.search(np)
            if document is not None:
                # (whose document: the sentences before in the paragraph may say)
                window = paragraph[max(0, sentence_start - _WINDOW) : sentence_start]
                kept, self._zh_before = self._zh_before, window
                person = self._zh_resolve(document.group("noun"))
                self._zh_before = kept
                return person
            if np == "当局":
                # `中国交通运输部…执行了当局所说的“…”`: the authority the sentence opens with,
                # after the time it may open with (`6月6日至10日，中国交通运输部…`).
                text = paragraph[sentence_start:opening]
                text = text[_ZH_TIME_CLAUSE.match(text).end() :]  # type: ignore[union-attr]
                clause = re.split(r"[，,；：:]", text)[0]
                return self._zh_opening_source(clause) if clause else None
            return self._zh_resolve(np) if len(np) >= 2 or np in ("他", "她") else None
        criticised = (
            _ZH_CRITICISES.search(before)
            if "批" in before
            or "抨" in before
            or "指责" in before
            or "形容" in before
            or "称赞" in before
            or "赞扬" in before
            else None
        )
        if criticised is not None:
            # `她批评郑丽文“不折不扣就是…传声筒”`: what the source calls the one criticised; a
            # 他 or 她 is the source the sentence opens with, when it opens with one.
            np = criticised.group("np")
            if np in ("他", "她"):
                opener = self._zh_sentence_opener(paragraph[sentence_start:opening])
                if opener is not None:
                    return opener
            return self._zh_resolve(np)
        if close_end - opening <= 30 and _ZH_CALLS.search(before) is not None:
            # The clause of the verb (`在…采访中，特朗普将这项军售案称为…“筹码”`), else the
            # sentence's first one.
            clauses = re.split(r"[，,；：:]", paragraph[sentence_start:opening])
            for subject in (clauses[-1], clauses[0]):
                if ("将" in subject or "把" in subject) and not _ZH_ADVERBIAL.match(subject):
                    return self._zh_resolve(subject)
            subject = _ZH_SUBJECT_CLAUSE_END.split(clauses[0], maxsplit=1)[0]
            subject = _ZH_CALLS_IT_VERB.sub("", subject)  # (`X称之为`: X)
            if (
                (
                    _ZH_CALLS_IT.search(before) is not None
                    or (len(clauses) == 1 and _ZH_NAME_CALLS_IT.search(clauses[0]) is not None)
                )
                and not _ZH_ADVERBIAL.match(clauses[0])
                and _zh_dotted_names(subject)
            ):
                # `内塔尼亚胡…发表视频讲话，称其为“一项伟大的成就”`: the sentence's subject, a
                # person named in full, calls it (not a company described at length)
                return self._zh_resolve(subject)
        words_of = _WORDS_OF.search(before)
        if (
            words_of is not None
            and words_of.group("article")
            and paragraph[close_end - 2 : close_end - 1] not in (".", ",", "?", "!")
            and not _PHRASE_CLOSED.match(paragraph, close_end)
        ):
            words_of = None  # (`as X said, the “Fair Act” will …`: a name in the report)
        if words_of is not None:
            reference = _np_reference(words_of.group("np") or words_of.group("np2"))
            return self._resolve(reference) or self._president_named_later(reference)
        if close_end - opening > 60 and (
            close_end - opening > _LONG_CALLING or _CALLS_NAMED.search(before) is None
        ):
            return None
        if "quote" in before[-16:]:
            before = _SPOKEN_QUOTE_AFTER_CALLING.sub(" ", before)
        listed = _CALLED_LIST.search(before) if "”" in before[-60:] else None
        if listed is not None:
            before = before[: listed.start()]  # (`called it “stupid,” “useless,” and a “…”`)
        if not _may_be_calling(before):
            return None
        match = _CALLED.search(before)
        if match is None:
            joined = _AND_CALLED.search(before) if "and " in before else None
            if joined is not None:
                return self._joined_calling(paragraph, sentence_start, opening, joined)
            return self._called_after_aside(paragraph, sentence_start, start, before)
        np = match.group("np")
        if _ONE_LIKE.search(before, 0, match.start("np")):
            return None  # `people like Lee Merritt calling it “…”`: one of a group, no source
        if np in _YOU_FORMS and _YOU_CALL.match(match.group(), len(np)) is None:
            return None  # (`you referred to it as “…”`: read as before)
        if np not in _YOU_FORMS and " been calling" in match.group():
            return None  # `everyone in X and Y have been calling “…”`: not asked, several
        if np in _YOU_FORMS:
            # A question's `You called it a “deadline.”`, `You’ve been calling this the “…”`: the
            # one asked's words, as its `you said, “…”` quotes them (ANNOTATING.md,
            # "Thirty-ninth folder"); not asked (`Do you regret calling …?`) nor outside a question.
            if (
                self._asking
                and (self._asked is not None or self._answer_label)
                and not _ASKS_YOU.search(before, 0, match.end("np"))
            ):
                return self._asked or self._answerer()
            return None
        if np == "who":
            # `General X recently, who called him a “…”`: the one named before `who`.
            head = _BEFORE_WHO.sub("", before[: match.start("np")])
            reference = _subject_before(head)
            if reference is None or reference.kind == "pronoun":
                return None
            return self._resolve(reference)
        return self._resolve(_subject_before(before[: match.end("np")]))

    def _joined_calling(
        self, paragraph: str, sentence_start: int, opening: int, joined: re.Match[str]
    ) -> Person | None:
        """A verb of calling after `and` (`X said A and called it a “waste”`): the subject the
        sentence opens with, a name, a surname known or a body, as for a participle of saying
        (`_clause_lead`); not in a question (the asker's restating), nor in a passive, nor with
        no object before the marks (`and called “…”`, `and called the “…”`: a name)."""
        if self._asking or " by " in joined.group():
            return None  # (a question, or a passive: `and described by critics as “…”`)
        if joined.group("calls") and _NO_CALLED_OBJECT.fullmatch(joined.group("object")):
            return None
        return self._lead_in(paragraph[sentence_start:opening])

    def _called_after_aside(
        self, paragraph: str, sentence_start: int, start: int, before: str
    ) -> Person | None:
        """A verb of calling after an apposition, an age, a relative clause or a time between
        commas (`Rep. X, R-Ga., who filed …, called the plan “…”`): the source named before
        the apposition, as `_subject_before` reads it before `said`; `before` is the sentence
        from `start` up to the marks, as `_called` reads it (its end made plain)."""
        match = _CALLED_AFTER_ASIDE.search(before)
        if match is None:
            return None
        if match.group("calls") and _NO_CALLED_OBJECT.fullmatch(match.group("object")):
            return None  # (`a measure, called the “Fair Act,”`: a name, no calling)
        comma = start + match.start()  # (`before` is the paragraph's text up to its end)
        subject = paragraph[max(sentence_start, comma - 240) : comma + 1]
        # (the group read after a relative `which` only: `Javelins, which Mr. X, who …,
        # defended …` is X's, the `including` before it another clause's)
        if _GROUP_BEFORE_ASIDE.search(subject, _after_which(subject)):
            return None  # `several lawmakers, including Senator X, now …, called it “…”`
        who = _WHO_ASIDE.search(subject)
        if who is not None:
            # `Ted Cruz who, overnight, called it “…”`: the one named before `who`
            reference = _subject_before(_BEFORE_WHO.sub("", subject[: who.start()]))
        elif _NAMED_BEFORE_ASIDE.search(subject):
            # (the aside a lawmaker's party and state alone, `Rep. X, R-Texas, called …`: the
            # name before it, as `said` reads it; probe of 7 December)
            party = _PARTY_ASIDE.search(subject)
            reference = _subject_before(subject[: party.start()] if party else subject)
        else:
            return None
        if reference is None or reference.kind not in ("name", "surname", "body"):
            # (not a title: `The President, a couple of months ago, called …` in a briefing went
            # to a union's president named in a question before, as `The President called …` does)
            return None
        return self._resolve(reference)

    def _pend_before(
        self, paragraph: str, opening: int, spans: list[tuple[int, int]], read: int
    ) -> int:
        """Put the whole sentences of the paragraph before a quote's sentence among those a
        pronoun may name (`President Kennedy spoke to … “…,” he said`); returns how far the
        paragraph is now read."""
        start = _sentence_start(spans, opening)
        if start > read and not _HAN.search(paragraph, read, start):
            self._pending.append(_Unsplit(paragraph[read:start]))
            return start
        if start > read:
            # Chinese: a sentence before the quote that opens with a named person
            # (`…大使马修·惠特克说，…。他说：“…”`) is whom a 他 or 她 names; one that opens
            # with a body is what a later `该小组` names.
            for low, high in _zh_sentences(paragraph[read:start]):
                first = _zh_opening_clause(paragraph[read + low : read + high])
                source = self._zh_source(first)
                before = self._zh_subject
                if source is not None and source[0].kind == "body":
                    self.book.resolve(source[0])
                if source is not None and source[0].kind == "name" and "·" in source[0].text:
                    full = self._zh_full(source[0])
                    if (
                        full is not None
                        and _ZH_SAY.search(paragraph, read + low, read + high) is None
                    ):
                        # (narration: where the name ends, `迈克·福利特地带着…`; then by the
                        # name alone, the title a later attribution gives being the one kept)
                        narrated = self._zh_narrated_dotted(first, full)
                        if narrated is not None and narrated.text != full.text:
                            full = Reference("name", narrated.text)
                    person = self._resolve(full)
                    if person is not None:
                        self._zh_subject = Reference("name", person.name)
                elif source is not None and source[0].kind == "name":
                    full = self._zh_full(source[0])
                    if full is not None and "·" in full.text:
                        # The short form of a dotted name (`特朗普在…时说，…。“…”他说`).
                        person = self._resolve(full)
                        if person is not None:
                            self._zh_subject = Reference("name", person.name)
                    elif (
                        self._known(source[0])
                        and (person := self._resolve(full)) is not None
                        and not person.body
                        and person.role
                    ):
                        # `张俊华表示，…。他说：“…”` after `高级研究员张俊华告诉…`: a person
                        # named before with a role, by the name alone.
                        self._zh_subject = Reference("name", person.name)
                        continue
                if self._zh_subject is not before:
                    continue  # (a dotted name, its short form, or a name given a role)
                if source is None or source[0].kind == "name":
                    # `边巴次仁在…讲话中承诺…。他表示，…`: a bare name the text holds as a person's,
                    # the short form of a dotted name met before (`_zh_narrated_subject`).
                    self._zh_narrate(first, True)
            self._zh_own_sentence(paragraph[start:opening])
            return start
        if opening - max(start, read) <= _ZH_OWN_SENTENCE_MOST:
            self._zh_own_sentence(paragraph[max(start, read) : opening])
        return read

    def _zh_own_sentence(self, before: str) -> None:
        """A quotation after a clause of narration of its own sentence, no verb of saying before
        it (`边巴次仁在…讲话中承诺坚持…“中间路线”，“…。”他表示，…`): the bare name that sentence
        opens with is whom the 他 or 她 after it names (`_zh_narrated_subject`)."""
        if len(before) < 3 or not _HAN.match(before.lstrip()) or _ZH_SAY.search(before):
            return
        self._zh_narrate(_zh_opening_clause(before), True)

    def _attribution(
        self, paragraph: str, opening: int, close_end: int, spans: list[tuple[int, int]]
    ) -> tuple[Person | None, int]:
        after = paragraph[close_end : close_end + _WINDOW]
        fallback: tuple[Person | None, int] = (None, close_end)
        late: Reference | None = None  # an English attribution that introduces the next quote
        if paragraph[opening] in '“”"«»「」『』„' or True:
            zh = _ZH_AFTER.match(after) if _HAN.search(after, 0, 3) else None
            if (
                zh is not None
                and paragraph[close_end - 2 : close_end - 1] in ("。", "！", "？")
                and re.match(r"[，,：:]?\s*[“「]", after[zh.end() :])
            ):
                # `“…。”他说，“…”`: the verb introduces the next quote; it names this one's
                # speaker too when nothing before this one does.
                before_mark = paragraph[max(0, opening - _WINDOW) : opening]
                if _zh_before(before_mark) is None:
                    fallback = (self._zh_quote_source(zh.group("np")), close_end)
                zh = None
            if (
                zh is not None
                and close_end - opening <= 12
                and paragraph[close_end - 2 : close_end - 1] not in _ZH_QUOTE_ENDS
                and (_HAN.match(after) or after[:1] in ("。", "！", "？"))
            ):
                # `于“空军一号”专机上向…表示`: a name in marks inside a clause; `为其防务“承担主要
                # 责任”。海格塞斯…说`: a phrase that ends its sentence, before the next one's verb
                zh = None
            if (
                zh is not None
                and after[:1] == "。"
                and after[zh.end() : zh.end() + 1] in ("，", ",")
                and paragraph[close_end - 2 : close_end - 1] not in _ZH_QUOTE_ENDS
                and _HAN.match(paragraph, opening - 1) is not None
                and not _zh_said_into_marks(paragraph, opening)
            ):
                # `承诺“立即且永久终止…军事行动”。伊朗官员此前曾表示，A`, `聚焦“…的行动”。
                # 美国之音此前报道说，A`: words in marks inside a sentence that they end, of any
                # length, and the next sentence's source with a report of its own: that source
                # does not say them (a term, an agreement's words, a title). Not after a verb of
                # saying or calling in the marks' own clause (`声明强调了“…”。声明说，A`,
                # `称普尔特是“…”。杰弗里斯…说，A`).
                zh = None
            if zh is not None and (
                "，" in zh.group("np")
                or (
                    paragraph[close_end - 2 : close_end - 1] in ("。", "！", "？")
                    and _ZH_NEW_SENTENCE.match(zh.group("np"))
                )
            ):
                # `“…。”但他同时也补充指出，…`, `“…。”X星期三在…时，拒绝…，但他表示…`: a new
                # sentence, with a report of its own.
                zh = None
            if (
                zh is not None
                and paragraph[close_end - 2 : close_end - 1] in ("。", "！", "？")
                # (a comma, or the verb's own object: `”她还指责X的声明是“…”`)
                and after[zh.end() : zh.end() + 1] not in ("。", "！", "？", "")
                and (
                    _zh_before(paragraph[max(0, opening - _WINDOW) : opening])
                    or _ZH_SAID_STOP.search(paragraph, max(0, opening - 16), opening)
                )
            ):
                # `卢比奥说：“…。”他还表示，…`, `毛宁…说：“…。”她还指责X是“…”`: the quote has its
                # attribution before it; the words after it start a report (or an act) of their
                # own. So after `“…。”这位官员补充说。“…”`: the quote carries on the words of the
                # quote before.
                zh = None
            if zh is not None and paragraph.endswith(("所谓", "所谓的"), 0, opening):
                # `组织了所谓的“…行动”。该部事后表示，…`: the reporter's "so-called", a term the
                # next sentence's source does not say here
                zh = None
            if zh is not None and close_end < len(paragraph):
                company = _ZH_COMPANY.match(re.split(r"在|对|向", zh.group("np").strip())[0])
                person = (
                    self._zh_resolve(company.group())
                    if company is not None
                    else self._zh_quote_source(zh.group("np"))
                )
                if person is not None:
                    return person, close_end + zh.end()
        dash = _DASH_SOURCE.fullmatch(after) if close_end + _WINDOW >= len(paragraph) else None
        if dash is not None:
            person = self._resolve(_np_reference(dash.group("np")))
            if person is not None:
                return person, len(paragraph)
        # `“… life.” Secretary Ebrard added, “…”`: after a quote that ends its sentence, an
        # attribution followed by a quote introduces that one; it names this one's speaker only
        # when nothing before this one does.
        ends_sentence = paragraph[close_end - 2 : close_end - 1] in (".", "!", "?")
        # `another Ranger yelled, “….” And Lomell yelled back with …, “…”`: a quote that ends its
        # sentence after a verb of saying of its own is that verb's, not the next sentence's.
        led = bool(
            ends_sentence and _BEFORE_SAID_END.search(paragraph, max(0, opening - 40), opening)
        )
        spoken_led = (
            ends_sentence
            and "uote" in paragraph[max(0, opening - 36) : opening]
            and _SPOKEN_QUOTE.search(paragraph[max(0, opening - 40) : opening]) is not None
        )
        if spoken_led:
            # `Ron Johnson has called the plan a, quote, “…” Mike Braun has said …`: a spoken
            # `quote` before the marks reads them out as the words of a source named before, never
            # the next sentence's (not even as a last resort)
            led = True
        match = _SAID_NP.match(after) if _may_be_said_np(after) else None
        if match is not None and not (
            ends_sentence and (led or _NEXT_QUOTE.match(after, match.end("np")))
        ):
            reference, np_end = _with_apposition(after, match)
            person = self._kind_source(reference, paragraph[max(0, opening - 2000) : opening])
            if person is not None:
                return person, close_end + np_end
        match = _QUOTE_ACCORDING.match(after) if "ccording to" in after[:16] else None
        if match is not None:
            person = self._resolve(_np_reference(_document_issuer(match.group("np"))))
            if person is not None:
                return person, close_end + match.end("np")
        match = _NP_SAID.match(after)
        if (
            match is not None
            and after[:1] == " "
            and _TERM_HEAD.fullmatch(match.group("np").strip())
            and paragraph[close_end - 2 : close_end - 1] not in _QUOTE_END_MARKS
        ):
            # `The “Safe Streets” programme stressed …`: a name in marks and the noun it
            # qualifies (no comma, no stop inside the marks), not a quote and its speaker.
            match = None
        if match is None and after[:1] == " " and after[1:2].isupper():
            match = _NAME_APPOSITION_SAID.match(after, 0, 200)
        if match is None and "spokes" in after[:80]:
            # `“…,” Roe’s spokeswoman, Mary Major, said.`: the name after the office speaks.
            match = _SPOKESPERSON_NAMED_SAID.match(after, 0, 200)
        if (
            match is None
            and after[:1] == " "
            and (after[1:2] in "oaOAtThHiI" or "s " in after[:40])
        ):
            # (`“…,” the union president, Mark Ellis, said.`, `“…,” Tesla’s chief executive, Elon
            # Musk, said.`: a possessive's `s` before the office)
            match = _DESCRIBED_NAMED_SAID.match(after, 0, 200)
        if match is not None and (
            _STOP_IN_NP.search(match.group("np"))
            or (
                ends_sentence
                and _inside_clause(paragraph, opening)
                and not _attribution_sentence(after, match)
            )
        ):
            # `to “lock arms” against threats to democracy. She added that …`, `called ICE agents
            # “vigilantes” who can’t be trusted. - Rep. X said`: the verb is a later sentence's;
            # `a positive vision of “digital democracy.” Administrator Power also announced …`:
            # words in marks inside a clause close its sentence, and the next one is no
            # attribution of theirs (ANNOTATING.md, "Direct quotes": a short phrase in marks).
            match = None
        if match is not None:
            reference = _np_reference(match.group("np"))
            if (
                reference is not None
                and "described" in match.re.groupindex
                and match.group("described")
                and not self._known(reference)
            ):
                # `“…,” Roe, a Democrat, said.`: a surname described after it names someone
                # the text named before (not `Tuesday, the day …`).
                reference = None
            if reference is not None and (
                reference.kind != "surname"
                or reference.text[0].isupper()
                or hyphen_particle(reference.text)  # `“…,” al-Jaafari said.`
            ):
                if ends_sentence and (led or _NEXT_QUOTE.match(after, match.end())):
                    late = reference if not spoken_led else None
                else:
                    person = self._kind_source(
                        reference, paragraph[max(0, opening - 2000) : opening]
                    )
                    if person is not None:
                        return person, close_end + match.end()
        sentence_start = _sentence_start(spans, opening)
        if (
            0 < sentence_start <= 8
            and paragraph[sentence_start - 2 : sentence_start] == ". "
            and paragraph[: sentence_start - 2].lstrip("*_") in _COUNTRY_ABBREVIATIONS
            and paragraph[:opening].rstrip("*_ ").endswith(":")
            and all(
                word[:1].isupper() or word in ("of", "the", "and", "for", "on", "&")
                for word in paragraph[sentence_start:opening].split()
            )
        ):
            # `U.S. Cattlemen’s Association: “…”`: the country's abbreviation opening a label of
            # capitalised words, part of its name, no sentence of its own (enlabels round); not
            # `U.S. officials: “…”`, a group.
            sentence_start = 0
        before = paragraph[max(sentence_start, opening - _WINDOW) : opening]
        spoken = False
        if "uote" in before[-36:]:
            # `He said, quote, “…”`, `Trump said, and I quote, “…”`: a speech's spoken marks,
            # read as the comma (or the colon) after the verb.
            before, spoken_count = _SPOKEN_QUOTE.subn(
                lambda m: ": " if m["stop"] == ":" else ", ", before
            )
            spoken = spoken_count > 0
        if before.rstrip().endswith((",", ":")) and _opens_with_relative(
            paragraph, sentence_start, opening
        ):
            # `My dad used to say, “…”`, `And as my grandfather would say … — he said, “Keep the
            # faith.”`: the lead-in (or the pronoun in it) names the relative its sentence opens
            # with, whom the text does not name: no speaker, nor one from a `He said` after it.
            return None, close_end
        if not before.strip():
            if (
                paragraph[opening - 1 : opening] == "…"
                and fallback[0] is None
                and late is None
                and close_end + 4 >= len(paragraph)
                and not paragraph[close_end:].strip()
            ):
                lead = paragraph[_sentence_start(spans, opening - 1) : opening]
                person = self._after_ellipsis(lead)
                if person is not None:
                    return person, close_end
            return self._late(fallback, late)
        if "”" in before:
            # `特朗普星期一在“真相社交”平台发文说：“…”`, `中国“海巡06”船的广播喊话称，“…”`: a
            # name in marks inside the attribution's clause is part of it, not where it starts.
            before = _ZH_NAME_IN_CLAUSE.sub(r"\1", before)
        zh = _zh_before(before)
        if zh is not None:
            if not _ZH_JOINED.sub("", zh.group("np")):
                # `…，并补充说，“…”`: the subject of the sentence's first clause, or a source
                # named in a later clause when the first names none (`美国国务院负责…劳工事务，
                # 并身兼…的助理国务卿莱利·巴恩斯…发表祝贺声明，并强调：“…”`)
                # (the sentence after a quotation that ends it, `…。”特朗普说，A，并指出“B”`,
                # opens past the quotation's closing mark)
                text = before[: zh.start()].split("。")[-1].lstrip("”」』 ").strip()
                return (self._zh_opening_source(text) if text else None), close_end
            # The whole clause before the verb (`马尔科·卢比奥(Marco Rubio)星期二在…上对…表示`).
            head = _ZH_TOPIC_TAIL.sub("", before[: zh.end()].rstrip("：:，, "))
            head = _ZH_VERB_END.sub("", head)
            head = _ZH_BRACKETED.sub("", head)  # `与内塔尼亚胡(昵称为“比比”)的电话时`
            parts = re.split(r"[。！？；，,：:“”]", head)
            clause = parts[-1]
            if (
                len(parts) >= 2
                and "在" in clause
                and _ZH_SETTING_ONLY.fullmatch(_ZH_JOINED.sub("", clause.strip()))
            ):
                # `泽连斯基发布了…照片，并在X平台上写道：“…”`: a clause of where it was written
                # alone before the verb, its subject left out: the subject of the sentence's
                # first clause, as for `，并补充说，“…”` (not a speaker named `X平台上`).
                text = head[: len(head) - len(clause)].split("。")[-1].strip()
                return (self._zh_opening_source(text) if text else None), close_end
            if len(parts) >= 2 and _ZH_WHEN_CLAUSE.fullmatch(clause) and parts[-2]:
                # `林剑在…记者会上，回答…的相关提问时回答说：“…”`: a clause of time after the
                # comma; the source is the clause's before it.
                return self._zh_quote_source(parts[-2], parts[-2]), close_end
            reporter = self._zh_pronoun_reporter(paragraph, opening)
            if reporter is not None:
                return reporter, close_end
            if clause.strip() in ("他", "她") and len(parts) >= 2 and not re.search("[“”]", head):
                decided, person = self._zh_pronoun_after_clauses(parts[:-1])
                if decided:
                    return person, close_end
            if sentence_start > 0 and _ZH_BARE_DOCUMENT.fullmatch(clause.strip()):
                # `卢比奥的声明说，A。声明说，“…”`: the owner an earlier sentence of the
                # paragraph names (ANNOTATING.md, "Census of Chinese reported speech")
                owner = self._zh_document_owner(paragraph[:sentence_start], clause)
                if owner is not None:
                    return owner, close_end
            source = self._zh_quote_source(zh.group("np"), clause)
            if source is None and _ZH_BARE_DOCUMENT.fullmatch(clause.strip()):
                # `宣言声明：“…”`, `声明还说，“…”` with no owner in the paragraph: the source that
                # issued the document under its title in an earlier one (`七国集团…发表《…宣言》`)
                noun = _ZH_DOCUMENT_NOUN.search(clause)
                source = self._zh_titled_issuer(noun.group()) if noun is not None else None
            return source, close_end
        said_lead = _WHAT_SAID_LEAD.search(before, max(0, len(before) - 120))
        if said_lead is not None:
            np: str | None = said_lead.group("np")
            if np in ("he", "she", "they"):
                # (the person the sentence before introduces, named first in it: `This is what
                # Greg Black said — an Air Force veteran who supported Senator Tuberville.
                # This is what he had to say, …`; none when it names no one)
                at = max(sentence_start, opening - _WINDOW) + said_lead.start()
                np = _first_name(paragraph[max(0, at - _LEAD_BACK) : at])
                if np is None and _PARAGRAPH_LEAD.fullmatch(paragraph[:at]):
                    # `And look at what he said next: “…”` opening its paragraph: the person
                    # the end of the paragraph before names
                    np = _first_name(self._earlier[1][-_LEAD_BACK:])
            person = self._resolve(_np_reference(np)) if np else None
            if person is not None and not person.body:
                return person, close_end
        quote_him = (
            _QUOTE_HIM_LEAD.search(before)
            if "quote " in before[-120:] or "quoting " in before[-120:]
            else None
        )
        if quote_him is not None:
            np = quote_him.group("np") or quote_him.group("np2")
            if np in ("him", "her"):
                at = max(sentence_start, opening - _WINDOW) + quote_him.start()
                np = _first_name(paragraph[max(0, at - _LEAD_BACK) : at])
            person = self._resolve(_np_reference(np)) if np else None
            if person is not None:
                return person, close_end
        if "quote" in before[-12:] and _BARE_I_QUOTE.fullmatch(before) and sentence_start > 0:
            previous_end = len(paragraph[:sentence_start].rstrip())
            previous_start = _sentence_start(spans, max(0, previous_end - 1))
            named = _QUOTE_NAME_BEFORE.match(paragraph, previous_start, sentence_start)
            person = self._resolve(_np_reference(named.group("np"))) if named else None
            if person is not None:
                return person, close_end
        as_said = (
            _AS_SAID_QUOTE.search(before)
            if before.rstrip().endswith(",") and "s " in before
            else None
        )
        if as_said is not None and as_said.group("np") not in _OWN_OR_ASKED:
            # `As the president said in his letter this past Sunday, “…”`, `As John Adams wrote
            # before the signing of …, “…”`: the occasion after the verb is no part of the source
            # (it named `Sunday`, or no one), as in `As X said, A` reported.
            person = self._resolve(_np_reference(as_said.group("np")))
            if person is not None:
                return person, close_end
        match = _BEFORE_SAID.search(before) if _BEFORE_SAID_END.search(before) else None
        if match is not None and match.group("np").rsplit(" ", 1)[-1] in ("who", "which"):
            # `the Irish poet W.B. Yeats, who wrote, “…”`, `it was Macron who said, “…”`: a
            # relative clause's verb before the marks; the name before `who` (or the body
            # before `which`) speaks. None for `a professor who said, “…”` (no name).
            relative_tail = before[: match.end("np")]
            low = max(sentence_start, opening - _WINDOW)
            if paragraph.startswith(relative_tail, low) and _INITIAL_END.search(
                paragraph, max(0, sentence_start - 4), sentence_start
            ):
                # (`the Irish poet W.B. Yeats, who wrote`: the name's initial is no sentence's end)
                relative_tail = paragraph[max(0, opening - _WINDOW) : low + len(relative_tail)]
            person = self._relative_source(relative_tail) or self._spouse_source(
                relative_tail, paragraph
            )
            if person is not None:
                return person, close_end
            match = None
        if match is not None:
            end = match.end("np")
            # `Jane Roe, the agency's director, said: “…”`: the appositive with its comma.
            reference = (
                _subject_before(before[: end + 1]) if before[end : end + 1] == "," else None
            ) or _subject_before(before[:end])
            person = self._resolve(reference)
            if person is not None:
                return person, close_end
            if late is not None:
                # `another Ranger yelled, “…” And Lomell yelled back, “…”`: the quote's own
                # attribution names no one; the next quote's does not name this one's speaker.
                return None, close_end
        if (
            self._asking
            and (self._asked is not None or self._answer_label)
            and _YOU_SAID_QUOTE.search(before)
            and not _ASKS_YOU.search(before)
        ):
            # A question's `you said, “…”` (`And you said yesterday, Jen, “…”`): the words of
            # the one asked, quoted back, as its `you said that …` reports them.
            person = self._asked or self._answerer()
            if person is not None:
                return person, close_end
        lead_in = _VERB_THEN_PHRASE.search(before) if before.rstrip()[-1:] in ",:" else None
        if lead_in is not None and _NOT_A_PHRASE.search(lead_in.group("phrase")) is None:
            # `Jane Roe told CNN, “…”`, `Roe said on Tuesday, “…”`, `Lomell yelled back with
            # every ounce of strength he had in him, “…”`: the subject of a verb of saying
            # whose addressee, time, place or manner comes before the comma speaks, never the
            # words after the verb.
            # (not a pronoun, which a briefing's or a speech's turns name too loosely here)
            reference = _subject_before(before[: lead_in.start("verb")])
            person = (
                self._resolve(reference)
                if reference is not None
                and (
                    reference.kind != "pronoun"
                    # (but a pronoun before a spoken `quote`, `he told CNN, quote, “…”`, `He has
                    # already told Putin, and I quote, “…”`: the words of the one it names, read
                    # out as exactly his; ANNOTATING.md, "Forty-third folder")
                    or (
                        spoken
                        and reference.text in _HE_SHE_SPOKEN
                        and _SPOKEN_ADDRESSEE.fullmatch(lead_in.group("phrase")) is not None
                    )
                )
                else None
            )
            if person is not None:
                return person, close_end
        match = _SAID_BEFORE.search(before)
        if (
            match is not None
            and not _CLAUSE_AFTER_VERB.match(match.group("np"))
            and match.group().split(" ", 1)[0] not in _ADDRESSEE_VERBS
            and match.group("np").rstrip().rsplit(" ", 1)[-1] not in DAYS_AND_MONTHS
        ):
            # (`said Jane Roe, “…”`; not `told CNN, “…”`, whose object hears, nor `said
            # Tuesday, “…”`)
            person = self._resolve(_np_reference(match.group("np")))
            if person is not None:
                return person, close_end
        match = _AND_SAID.search(before) if before.rstrip().endswith((",", ":")) else None
        reference = (
            _subject_before(match.group("subject"))
            if match is not None and match.group("subject") not in _GROUP_SUBJECTS
            else None
        )
        if reference is not None:
            person = self._resolve(reference)
            if person is not None and (
                reference.kind != "pronoun"
                or person.name.split(" ")[-1] in paragraph[:opening]
                or (
                    person.name.split(" ")[-1] in self._earlier[1]
                    and _NAME_INSIDE.search(paragraph, 0, opening) is None
                )
            ):
                # (a pronoun names someone of the story its paragraph tells, or the paragraph
                # before tells when this one names no one: `I was sitting next to Macron. … He
                # looked at me and said, “…”` is not the person named paragraphs before, nor
                # `I was sitting next to the Prime Minister of France. He …` the one of the
                # paragraph before; `… a guy named Dr. Ingersoll.` then `I went down and sat with
                # him. … He just looked at me and said, “…”` is Ingersoll)
                return person, close_end
        stripped = before.rstrip()
        item = _item_head(paragraph, max(sentence_start, opening - _WINDOW), opening)
        if item is not None:
            # `… neglect. - President Trump: “…”`: a list's item, read from its head as a
            # paragraph is (its label, a lead-in).
            stripped = paragraph[item:opening].rstrip()
        if stripped.endswith(("**:**", "*:*", "__:__", "_:_")):
            # `Jane Roe**:** “…”`, `Jane Roe*:* “…”`: the colon alone set in emphasis (a page
            # whose name was a link in bold keeps the marks after it) ends the label as a bare
            # colon does.
            stripped = stripped[: len(stripped.rstrip("*_")) - 1].rstrip("*_").rstrip() + ":"
        elif stripped.endswith(("**:", "__:")):
            # `**Jane Roe**: “…”`: the name in emphasis, its colon after the marks.
            stripped = _unemphasised(stripped[:-1].rstrip()) + ":"
        elif stripped.endswith(("*", "_")):
            # `*Jane Roe, Director, Clean Air Council: *“…”`, `**Jane Roe:** “…”`: a label set
            # in Markdown's emphasis (text converted from a page keeps its marks) is the label.
            stripped = _unemphasised(stripped)
        if (item is not None or sentence_start == max(sentence_start, opening - _WINDOW)) and (
            stripped.endswith(":") or (stripped and stripped[-1].isalpha())
        ):
            # A label (`Sen. Jim Banks: “…”`), or a lead-in whose subject speaks
            # (`President Trump highlighted …: “…”`).
            label = stripped.rstrip(":").strip()
            # `Statement from President Biden: “…”`: the label names the one who speaks.
            label = _STATEMENT_FROM.sub("", label)
            # `Said Lee: “…”`, `Added Jane Roe: “…”`: the verb before its subject, no part of the
            # name
            label = _INVERTED_VERB.sub("", label)
            # `Secretary Jane Roe (March 13): “…”`: the day it was said is no part of the name.
            if label.endswith(")"):
                label = _LABEL_PARTY.sub("", _LABEL_DATE.sub("", label))
                if " for " in label or " on " in label or " to " in label or " of " in label:
                    label = _LABEL_ACRONYM.sub("", label)
                title = _LABEL_TITLE.search(label)
                if title is not None and all(
                    word.lower() in TITLE_WORDS or word in ("and", "&")
                    for word in title.group(1).split(" ")
                ):
                    # `Jane Roe (President and CEO): “…”`: her title in brackets after the name
                    # (a release listing a company's reactions), no part of the name.
                    label = label[: title.start()]
            if ") " in label:
                # `Springfield (IL) Mayor Jane Roe: “…”`: the state's postal code in brackets
                # after the place, no part of the title.
                label = _LABEL_STATE.sub("", label)
            plain = all(
                word[:1].isupper()
                or word.lower() in ("of", "the", "and", "for", "on", "at", "&")
                or word.lower() in TITLE_WORDS
                for word in label.split(" ")
            )
            opens = (sentence_start == 0 or item is not None) and stripped.endswith(":")
            if (
                not plain
                and opens
                and (" to " in label or " against " in label or " a " in label or " in " in label)
                and all(
                    word[:1].isupper()
                    or word in ("of", "the", "and", "for", "on", "&", "to", "against", "a", "in")
                    for word in label.split(" ")
                )
                and _organisation_label(label) is not None
            ):
                # `Committee to Protect Journalists: “…”`, `Coalition for a Prosperous America:
                # “…”`: a body's whole name with `to`, `against`, `for a` or `in` inside.
                plain = True
            parted = (
                _comma_label_person(label) if opens and ", " in label and len(label) < 160 else None
            )
            if parted is not None:
                # `Chair, Senate Budget Committee, Iowa Senator Jane Roe: “…”`: the part that
                # is a person's name, not the body beside it.
                person = self._resolve(parted)
                if person is not None:
                    return person, close_end
            # Lower-case words only in the role before a full name that ends a label opening
            # the paragraph (`NewsNation host Jane Roe: “…”`).
            role_label = (
                not plain
                and opens
                and len(label) < 120
                and _role_words_only([word for word in label.split(" ") if not word[:1].isupper()])
            )
            reference = parse_phrase(label) if (plain or role_label) and len(label) < 120 else None
            if plain and opens and reference is not None:
                # `Alliance for Electric School Buses: “…”`: a body's whole name, not `Alliance`.
                reference = _organisation_label(label) or reference
            if (
                item is not None
                and reference is not None
                and reference.kind == "name"
                and reference.role
                and not _has_title(reference.role)
            ):
                # `- Deport Hamas Sympathizers and Revoke Student Visas: “…”`: an item's topic,
                # no titled name (`- Nvidia CEO Jensen Huang: “…”`).
                reference = None
            if (
                reference is not None
                and not plain
                and not (reference.kind == "name" and label.endswith(reference.text))
            ):
                reference = None
            if (
                opens
                and (reference is None or reference.kind == "surname")
                and _ONE_WORD_BODY.fullmatch(label)
                and not label.isupper()
                and label.lower() not in _RUBRIC_WORDS
                # (one quotation only: not `Axios: “…” “…”`; in a list run into one paragraph,
                # `Axios: “…” - Reuters: “…”`, each item's own label)
                and not _item_goes_on_quoting(paragraph, close_end)
                # (a statement, ending as a sentence does: not an outlet's headline read out,
                # `Newsweek: “Republicans Complain About the Budget”`, the title of a work)
                and paragraph[opening + 1 : close_end].rstrip('”" ')[-1:] in (".", "!", "?", "…")
            ):
                # `Palantir: “…”`, `xAI: “…”`: a company or an outlet under its one-word name
                # at the head of the paragraph (a release's reactions), as a body's longer name.
                reference = Reference("body", label)
            if (reference is not None and reference.kind == "name") or (
                reference is not None
                and reference.kind in ("surname", "body")
                and (
                    self._known(reference)
                    # `Port Workers Association: “…”`: a body's statement under its name.
                    or (
                        reference.kind == "body"
                        and opens
                        and len(label.split(" ")) <= 10
                        and paragraph[opening] in '“"'  # not a headline in ‘…’
                    )
                )
            ):
                if reference.kind == "body" and "&" in label:
                    reference = Reference("body", re.sub(r"\AThe\s", "", label))  # `Faith & Work`
                person = self._resolve(reference)
                if person is not None:
                    return person, close_end
            if stripped.endswith(":") or stripped.endswith(","):
                person = self._lead_in(label)
                if person is not None:
                    return person, close_end
            tail = _PLACE_BEFORE_NAME.search(label) if opens and len(label) < 120 else None
            if tail is not None:
                # `Maine – Governor Janet Mills: “…”`, `Superior, Arizona Mayor Mila Besich:`,
                # `Assistant Democratic Leader, South Carolina Congressman Jim Clyburn:`: a place
                # or a role set off before a titled full name, which names the one who speaks.
                reference = parse_phrase(tail.group("tail"))
                if reference is not None and reference.kind == "name":
                    person = self._resolve(reference)
                    if person is not None:
                        return person, close_end
        elif (
            sentence_start == max(sentence_start, opening - _WINDOW)
            and stripped.endswith(",")
            and re.search(r"\bthe following\b|\bstatement\b", stripped)
        ):
            person = self._lead_in(stripped.rstrip(","))
            if person is not None:
                return person, close_end
        if stripped.endswith((",", "g", ":", "because")) and fallback[0] is None:
            person = self._clause_lead(paragraph, sentence_start, opening, close_end, stripped)
            if person is not None:
                return person, close_end
        if (
            fallback[0] is None
            and late is None
            and "uote" in paragraph[max(0, opening - 40) : opening]
        ):
            person = self._spoken_quote_source(paragraph, sentence_start, opening)
            if person is not None:
                return person, close_end
        return self._late(fallback, late)

    def _spoken_quote_source(
        self, paragraph: str, sentence_start: int, opening: int
    ) -> Person | None:
        """The source of words in marks read out after a spoken `quote` (`, quote,`, `— and I
        quote —`, a word or two between it and the marks) that no other rule attributes
        (ANNOTATING.md, "Direct quotes"): the subject of the last verb of saying or calling
        before it in its sentence (`He called it, when he told me the story, one of those, quote,
        “…”`, `We saw Governor X — … — call the ban a, quote, “…”`, `As President Truman said in
        1945, the U.N. Charter — and I quote — is “…”`, `China, who … and said it was …, quote,
        “…”`); None when that subject is `I`, `we`, `you` or `they` (the speaker's own words, or
        the one asked), a noun with no name (`this soldier reminded us`), or no such verb stands
        there."""
        spoken = _SPOKEN_QUOTE_LATE.search(paragraph, max(sentence_start, opening - 60), opening)
        if spoken is None:
            return None
        start = sentence_start
        if paragraph[:start].rstrip().endswith(_NAME_DOT_ENDS):
            # (`As President Truman said in 1945, the U.N. Charter — and I quote — is “…”`: no
            # sentence ends after `U.N.`)
            start = paragraph.rfind(". ", 0, len(paragraph[:start].rstrip()) - 4) + 1
        # (its last `_CLAUSE_LEAD_MOST` characters, and each verb's last `_LEAD_BACK` before it)
        sentence = paragraph[max(start, spoken.start() - _CLAUSE_LEAD_MOST) : spoken.start()]
        if _UNSPOKEN_END.search(sentence, max(0, len(sentence) - 8)):
            # (`He said last year — … — it, quote, “…” and that, quote, it “…”`: the clause's
            # subject before the spoken `quote`, the words in marks its predicate, one report;
            # `called upon his followers to, quote, “ambush” …`: an act asked for)
            return None
        verbs = list(_SPOKEN_SOURCE_VERB.finditer(sentence))
        for verb in reversed(verbs):
            head = sentence[max(0, verb.start() - _LEAD_BACK) : verb.start()]
            subject = _SUBJECT_END.search(head, max(0, len(head) - 60))
            word = subject.group("word") if subject is not None else ""
            if word in ("and", "And"):
                continue  # (`… and said it was …`: the subject of the verb before)
            if word.lower() in ("i", "we", "you", "they"):
                return None
            if word.lower() in ("he", "she"):
                person = self._resolve(_np_reference(word))
                if person is None or person.body:
                    return None
                # (a person the paragraph, or the one before, names by surname: not `He called
                # it a — quote, “a day of love.”` read as `Election Day`)
                surname = re.compile(rf"\b{re.escape(person.name.rsplit(' ', 1)[-1])}\b")
                named = surname.search(paragraph, 0, opening) or surname.search(self._earlier[1])
                return person if named is not None else None
            if word == "who":
                relative = head.find(", who")
                if relative <= 0:
                    return None
                reference = _subject_before(head[:relative])
                return self._resolve(reference) if reference is not None else None
            name = _first_name(head)
            bare = _DASH_ASIDE_END.sub("", head).rstrip()
            if name is None or not bare.endswith(name):
                # (`the General Counsel, who … was lead prosecutor in the Special Counsel Mueller
                # investigation, said, it was, quote, “…”`: a name inside the subject, no subject)
                return None
            person = self._resolve(_np_reference(name))
            return person if person is not None and not person.body else None
        return None

    def _clause_lead(
        self, paragraph: str, sentence_start: int, opening: int, close_end: int, stripped: str
    ) -> Person | None:
        """The source of a quotation joined to a sentence about its speaker (ANNOTATING.md,
        "Twentieth folder"): after a participle of saying (`President Jane Roe commended the team,
        saying, “…”`, `The President ended his remarks by saying, “…”`), the subject the sentence
        opens with; after a comma only (`First Lady Jane Roe spotlighted the role women play,
        “….”`), that subject when it is a person, and the quotation of six words or more a
        sentence of its own (`Mrs. Roe emphasized …, “…” She continued, …`). Not a workshop
        `entitled, “…”`, nor `a sign saying “…”` (no comma), nor a
        name in marks after a comma (`hosted the gala, “A Night of Stars”`)."""
        if opening - sentence_start > _CLAUSE_LEAD_MOST:
            return None
        participle = (
            _PARTICIPLE_BEFORE.search(stripped, max(0, len(stripped) - 130))
            if "ing" in stripped[-16:] or stripped.endswith("because")
            else None
        )
        if participle is not None:
            head = paragraph[sentence_start : sentence_start + participle.start()]
            if not head.strip():
                return None
            person = self._lead_in(head)
            if person is None and head.startswith("The ") and _DESCRIPTION_SUBJECT.match(head):
                # `“…,” Brainard said. The former Federal Reserve board member took a shot at
                # …, saying “…”`: a description referring back names the person the
                # paragraph's last attribution named (ANNOTATING.md, "Thirty-first folder").
                last = self.book.last_subject
                if (
                    last is not None
                    and not last.body
                    and last.name.rsplit(" ", 1)[-1] in paragraph[:sentence_start]
                ):
                    person = last
            return person
        if not (
            stripped.endswith(",")
            and _NAME_GIVEN.search(stripped, max(0, len(stripped) - 24)) is None
            and _SENTENCE_AFTER.match(paragraph, close_end) is not None
            and paragraph[close_end - 2 : close_end - 1] in (".", "!", "?")
            and paragraph.count(" ", opening, close_end) >= 5
        ):
            return None
        person = self._lead_in(paragraph[sentence_start:opening])
        return person if person is not None and not person.body else None

    def _relative_source(self, tail: str) -> Person | None:
        """The source named before a relative pronoun ending `tail` (`…, W.B. Yeats, who`,
        `the ministry, which`, the cleft `it was Macron who`), or None."""
        cleft = _CLEFT_WHO.search(tail, max(0, len(tail) - 80))
        if cleft is not None:
            reference = _np_reference(cleft.group("np"))
            if reference is None or reference.kind not in ("name", "surname", "title"):
                return None
        else:
            reference = _speaker_before(tail, "said")
        if reference is None or not reference.text[:1].isupper():
            return None
        return self._resolve(reference)

    def _spouse_source(self, tail: str, paragraph: str) -> Person | None:
        """`we just heard from Jamal Khashoggi’s wife, who said, “…” What do you say to Mrs.
        Khashoggi?`: a named man's wife (or widow; a woman's husband) whom the paragraph names
        by a title and the surname (`Mrs. Khashoggi`) speaks under that name; None when it
        does not (a relative the text never names is no source)."""
        spouse = _SPOUSE_WHO.search(tail, max(0, len(tail) - 80))
        if spouse is None:
            return None
        surname = spouse.group("surname")
        titles = r"Mrs\.|Ms\." if spouse.group("spouse") != "husband" else r"Mr\."
        named = re.search(rf"\b(?:{titles})\s{re.escape(surname)}\b", paragraph)
        if named is None:
            return None
        return self._resolve(Reference("name", named.group()))

    def _after_ellipsis(self, lead: str) -> Person | None:
        """The source of a quotation that ends its paragraph after an ellipsis closing a
        sentence that opens with a person (`Chairman Jane Roe was among 50 officials taking part
        in the event…“…”`: the excerpt's words cut before the quotation), or None (a sentence
        longer than 400 characters, or with two people: `Senator X and Senator Y announced
        today…“…”`)."""
        lead = lead.strip().rstrip("…").rstrip()
        if len(lead) > 400 or not lead[:1].isupper():
            return None
        for word in lead.split(" ")[:16]:
            lower = word.lower()
            if lower == "and":
                return None
            if (
                word[:1].islower()
                and lower not in ("of", "the", "for", "on")
                and (lower not in TITLE_WORDS)
            ):
                break  # the subject's end
        person = self._lead_subject(lead, person=True)
        return person if person is not None and not person.body else None

    def _late(
        self, fallback: tuple[Person | None, int], late: Reference | None
    ) -> tuple[Person | None, int]:
        if fallback[0] is None and late is not None:
            return self._resolve(late), fallback[1]
        return fallback

    def _lead_in(self, text: str) -> Person | None:
        """The subject of a lead-in sentence, when it is a speaker."""
        if (
            text[:1].isupper()
            and "," in text[:60]
            and text.split(",")[0].strip().split(" ")[0] not in ("The",)
        ):
            # `In Geneva, X told …:` has a phrase of place before its subject; `X, an American
            # held hostage, delivered …:` and `X exposed the long, willful …:` have none.
            first = self._lead_subject(text, person=True) if _opens_with_name(text) else None
            person = first or self._lead_subject(_LEAD_ADVERBIAL.sub("", text))
            if person is None and ", " in text[:160]:
                # `Now, the former commander of Redstone Arsenal in Huntsville, Alabama, Retired
                # General Jim Rogers, highlighted …`: a description, then the name it gives
                # between commas before the verb.
                apposed = _DESCRIBED_THEN_NAME.match(text)
                reference = _np_reference(apposed.group("np")) if apposed is not None else None
                if reference is not None and reference.kind == "name":
                    person = self._resolve(reference)
            if person is None and _SUBJECT_THEN_PHRASE.match(text) is not None:
                # `Biden in his statement credited some of his own policies, and said:`: a
                # phrase between the subject and its verb, the first comma the verb's own.
                person = self._lead_subject(text)
            return person
        return self._lead_subject(text)

    def _lead_subject(self, text: str, person: bool = False) -> Person | None:
        """The subject that opens `text`; with `person`, only a person's full name or a titled
        surname (`Secretary of State Rubio`)."""
        words = re.findall(r"[\w][\w.'’\-]*|[,;:]", text)
        np: list[str] = []
        for word in words:
            if (
                word[:1].isupper()
                or word.lower() in ("the", "of", "and")
                or word.lower() in TITLE_WORDS
            ):
                np.append(word)
                continue
            break
        if not np or len(np) == len(words):
            return None
        reference = _np_reference(" ".join(np))
        if reference is None:
            return None
        if person and not (
            reference.kind == "name"
            or (reference.kind == "surname" and reference.role and self._known(reference))
        ):
            return None
        if (
            reference.kind == "surname"
            and not reference.role
            and not self._known(reference)
            # (`Sviatlana Tsikhanouskaya of Belarus …. Tsikhanouskaya implored …`: a surname
            # the text gives one full name, a person the narration named)
            and self.book.narrated_name(reference.text) is None
        ):
            return None  # `Le ministre a déclaré:` names nobody known
        if reference.kind == "body" and reference.text.islower() and not self._known(reference):
            return None
        return self._resolve(reference)


# What a speaker's phrase after `said` goes on with to the sentence's end, which `_SAID_NP` leaves
# out: the body after a role (`said Jane Roe, chief economist at Moody’s Analytics.`: `at` ends
# the phrase where it is where it was said, `said Roe at a news conference`) and a role with its
# article (`said John Doe, a spokesman for the Pentagon.`).
_APPOSITION_TAIL = lazy(
    r"(?:\s(?:at|with|for)\s(?:the\s)?[A-Z][\w&.'’\-]*(?:\s(?:of|for|and|the|on|[A-Z][\w&.'’\-]*)){0,8}"
    r"|,\s(?:a|an|the)\s[a-z][^,.;:!?“”\"]{2,80}?)"
    r"(?=\.(?:\s|\Z)|[;!?]|,\s*[“\"]|\s*\Z)"
)


_AGE_END = lazy(r",\s\d{1,3}\Z")
_NAME_DOT_ENDS = ("U.S.", "U.K.", "U.N.", "Inc.", "Co.", "Corp.", "Ltd.", "Jr.", "Sr.")


def _with_apposition(after: str, match: re.Match[str]) -> tuple[Reference | None, int]:
    """The reference `_SAID_NP`'s phrase names and where it ends, with the role's body or the
    role with its article that it left out (`_APPOSITION_TAIL`) when they name the same person
    with a role."""
    np, end = match.group("np"), match.end("np")
    reference = _np_reference(np)
    if reference is None or reference.kind != "name" or not after.startswith((" ", ","), end):
        return reference, end
    tail = _APPOSITION_TAIL.match(after, end)
    # (an age is no apposition: `said Maria Gonzalez, 67, a retired nurse.`; wireppl round)
    if tail is None or (tail.group()[:1] == " ") != (", " in _AGE_END.sub("", np)):
        return reference, end  # (a body after a role only, a role's article after the name only)
    text = tail.group()
    if text.endswith(".") and not text.endswith(_NAME_DOT_ENDS):
        text = text[:-1]  # (`at Moody’s Analytics.`: the sentence's stop, not the name's)
    longer = _np_reference(np + text)
    if longer is None or longer.kind != "name" or longer.text != reference.text or not longer.role:
        return reference, end
    return longer, end + len(text)


def _inside_clause(paragraph: str, opening: int) -> bool:
    """Whether the mark at `opening` opens inside a clause, right after a word and a space (`a
    positive vision of “…`, `to “…`), not after a comma, a colon, a stop or a closing mark, nor
    after `that` (`said that “…”`: a clause wholly in marks, the source's own words)."""
    return (
        paragraph[opening - 1 : opening] == " "
        and paragraph[opening - 2 : opening - 1].isalnum()
        and not paragraph.endswith("that ", 0, opening)
    )


def _mixed_lead(
    paragraph: str, opening: int, end: int, close_end: int, spans: list[tuple[int, int]]
) -> int | None:
    """Where the clause a quotation opened inside (`_inside_clause`) starts, when the words in
    marks carry it on to the attribution after them (a comma or no stop inside the marks, `…
    to help “lower costs …,″ the department said`): the sentence's start, past white space and
    a list's dash. None when the marks end a sentence, or the words before them hold other
    marks, a colon, a verb of saying or calling, or hardly a clause (three words or fewer)."""
    if paragraph[end - 1 : end] in (".", "!", "?", "…", ":", ";") or _HAN.search(
        paragraph, opening, close_end
    ):
        return None
    start = _sentence_start(spans, opening)
    lead = paragraph[start:opening]
    bullet = _LEAD_BULLET.match(lead)
    if bullet is not None:
        start += bullet.end()
        lead = lead[bullet.end() :]
    if lead.count(" ") < 3 or _MIXED_LEAD_STOP.search(lead):
        return None
    return start


# A list's dash and white space before a sentence; what keeps the words before a quotation
# from being one clause with it: other marks, a colon, a verb of saying or of calling.
_LEAD_BULLET = lazy(r"\s*(?:[-–—•*]\s+)?")
_MIXED_LEAD_STOP = lazy(
    rf"[“”\"«»:]|\b(?:{_AFTER_VERBS}|say|saying|call|calls|called|calling|described|labeled|"
    r"dubbed|termed|branded|touted)\b"
)


def _attribution_sentence(after: str, match: re.Match[str]) -> bool:
    """Whether the words after a quotation that closes its sentence are a short sentence of
    attribution of their own (`“a positive thing.” Mike Braun said.`, `… Roe said on Tuesday.`):
    a speaker of at most four words, then at most six before the stop; not a sentence that goes
    on (`He urged leaders to further strengthen the spirit of cooperation …`, `This is something
    that Mike Lee said.`)."""
    if match.group("np").count(" ") > 3:
        return False
    rest = after[match.end() : match.end() + 80]
    stop = _REST_STOP.search(rest)
    rest = rest[: stop.start()] if stop is not None else rest
    return rest.count(" ") <= 6 and not rest.startswith(" that")


_REST_STOP = lazy(r"[.!?;]")


# A sentence's end inside the words read as a quotation's speaker after it (`“…” against threats
# to democracy. She added`): a lower-case word and its stop, then a space (not `Sen. Jane Roe`).
_STOP_IN_NP = lazy(r"\b[a-z]{2,}[.!?]\s")


def _may_be_said_np(after: str) -> bool:
    """False only where `_SAID_NP.match(after)` is None: what follows the white space and a
    comma does not begin with one of its verbs."""
    rest = after.lstrip()
    if rest.startswith(","):
        rest = rest[1:].lstrip()
    return rest.startswith(_AFTER_VERB_WORDS)


def _may_be_calling(before: str) -> bool:
    """False only where `_CALLED.search(before)` is None: none of its verbs stands."""
    return any(stem in before for stem in _CALLING_STEMS)


def _zh_heading(paragraph: str, start: int, end: int, close_end: int) -> bool:
    """Whether a Chinese paragraph that is one quotation is a heading in marks, no sentence
    (`“最不希望我们纪念六四的是中共”`: no stop inside the marks nor after them): no one's words
    carried on."""
    text = paragraph[start:end].rstrip()
    return (
        _HAN.search(text) is not None
        and not text.endswith(_ZH_STOPS)
        and not paragraph[close_end:].lstrip().startswith(_ZH_STOPS)
    )


def _zh_sentence_opening(paragraph: str, start: int, end: int, close_end: int) -> bool:
    """Whether a Chinese quotation that opens its paragraph is a sentence of its own, the
    paragraph going on with the reporter's next sentence, no attribution of the quotation
    (`“…。”以色列总理…为…辩护，并指出…`): the quotation may carry on the words of the paragraph
    before (ANNOTATING.md, "A quoted paragraph with no attribution"), as a paragraph that is one
    quotation does. Not `“…。”当时，这两位议员在声明中表示。` (an attribution, several together)."""
    text = paragraph[start:end].rstrip()
    if not text.endswith(_ZH_STOPS) or _HAN.search(text) is None:
        return False
    stop = re.search(r"[。！？]", paragraph[close_end : close_end + 200])
    sentence = paragraph[close_end : close_end + (stop.end() if stop else 200)]
    return _ZH_SAID_AFTER.search(sentence) is None
