"""English verbs of saying (`said`, `told`, `announced` …) and the quick scans that find them
in a paragraph before any rule that needs one runs."""

from __future__ import annotations

from pressreader.importing.wordlists import alternation, lazy

# `was clear`, `has been clear` and the same with an adverb of degree before `clear` (`has been
# very clear that …`, `has been pretty clear that …`, `has been really clear: …`, `was
# absolutely clear that …`): a transcript's way of saying `made clear` (ANNOTATING.md,
# "Thirty-seventh folder").
_CLEAR_DEGREES = ("", "very ", "quite ", "pretty ", "really ", "absolutely ", "crystal ")
_BE_CLEAR = tuple(f"{be} {degree}clear" for be in ("was", "been") for degree in _CLEAR_DEGREES)

# `he has continued to say that …`, `how can the U.S. continue to say that A?` (ANNOTATING.md,
# "Twenty-seventh folder"): `say` after `continue to`, what the source goes on saying, its subject
# the one before `continue` (`We will continue to say …` is the speaker's own); and the verbs of
# claiming after it, `Russia continues to claim it is ready for talks` (clauses2 round), read with
# a clause only (`continues to claim victims` has none: `reported._CLAUSE_VERBS` asks for the
# clause's subject and verb).
_CONTINUED_SAYING = tuple(
    f"{form} to {verb}"
    for verb in ("say", "claim", "insist", "maintain")
    for form in ("continue", "continues", "continued")
)
# Verbs of saying and reporting (ANNOTATING.md, "Indirect quotes").
_SPEECH_WORDS = (
    "said",
    "says",
    "say",
    "stated",
    "states",
    "explained",
    "explains",
    "emphasized",
    "emphasised",
    "emphasizes",
    "emphasises",
    "stressed",
    "stresses",
    "noted",
    "notes",
    "underscored",
    "underscores",
    "reiterated",
    "reiterates",
    "affirmed",
    "affirms",
    "reaffirmed",
    "reaffirms",
    "added",
    "adds",
    "pointed out",
    # `President Biden did caution that …`: the emphatic `did` with the verb's base form
    "did say",
    *_CONTINUED_SAYING,
    "did note",
    "did stress",
    "did emphasize",
    "did caution",
    "did warn",
    "did acknowledge",
    "did confirm",
    "did indicate",
    "did suggest",
    "did mention",
    "points out",
    "highlighted",
    "highlights",
    "warned",
    "warns",
    "argued",
    "argues",
    "insisted",
    "insists",
    "acknowledged",
    "acknowledges",
    "observed",
    "remarked",
    "declared",
    "declares",
    # (`President Eisenhower proclaimed that “…”`: a proclamation is said)
    "proclaimed",
    "proclaims",
    "asserted",
    "asserts",
    "maintained",
    "maintains",
    "claimed",
    "claims",
    "confirmed",
    "confirms",
    "told",
    "tells",
    "informed",
    "inform",
    "assured",
    "assures",
    "reminded",
    "reminds",
    "introduced",
    "made clear",
    "makes clear",
    # (`The President made it clear to President Xi that …`, `made very clear that …`: a
    # transcript's way of saying `made clear`, the object `it` before `clear`)
    "made it clear",
    "made it very clear",
    "made very clear",
    "makes it clear",
    # `The President was quite clear that …`, `has been very clear that …` (a transcript's
    # way of saying `made clear`; `we’ve been very clear` is the speaker's own, no source), with
    # any adverb of degree before `clear` (`_BE_CLEAR`)
    *_BE_CLEAR,
    "laid out",
    "lays out",
    "concluded",
    "concludes",
    "found",
    "finds",
    "predicted",
    "predicts",
    # (`NOAA anticipates that A`: a forecast with its clause, like `predicted that`;
    # ANNOTATING.md, "Forty-seventh folder")
    "anticipated",
    "anticipates",
    "estimated",
    "estimates",
    # (`The CDC estimate the prevalence of obesity to be 40%`: a plural subject's estimate, read
    # with an object and `to be` only, `reported._ESTIMATED_OBJECT`; not the noun, `an estimate
    # of …`)
    "estimate",
    "expects",
    "expected",
    "hopes",
    "hoped",
    "cautioned",
    "cautions",
    "contended",
    "contends",
    "agreed",
    "agrees",
    "repeated",
    "repeats",
    "vowed",
    "vows",
    "promised",
    "promises",
    "pledged",
    "pledges",
    "wrote",
    "writes",
    "reported",
    "reports",
    "admitted",
    "admits",
    "conceded",
    "concedes",
    "recalled",
    "recalls",
    "suggested",
    "suggests",
    "indicated",
    "indicates",
    "revealed",
    "reveals",
    "disclosed",
    "discloses",
    "answered",
    "replied",
    "responded",
    "countered",
    "denied",
    "denies",
    "testified",
    "testifies",
    "tweeted",
    "tweets",
    "clarified",
    "clarifies",
    "signaled",
    "signalled",
    "signals",
    "alleged",
    "alleges",
    "lamented",
    "laments",
    "complained",
    "complains",
    "speculated",
    "speculates",
    "retorted",
    "boasted",
    "boasts",
    "recounted",
    "recounts",
    "forecast",
    "forecasts",
    "conveyed",
    "conveys",
    "relayed",
    "relays",
    # with a `that` clause only (`Vice President Harris shared that the Administration …`; not
    # `shared the actions that …`, `recognized the work of …`)
    "shared",
    "recognized",
    # (`You mentioned earlier that you wanted to …`, a question's report of the one asked;
    # not `mentioned the budget`)
    "mentioned",
    "mentions",
    # with a `that` clause only too (`vowed that …`; not `vowed to …`, `pledged support`), and
    # `expressed` with a noun of stance and its clause (`expressed hope that …`, `expressed
    # regret she was …`; not `expressed support for …`)
    "vowed",
    "pledged",
    "promised",
    "expressed",
    # (`advised that …`, `committed that …`; not `advised residents to …`, `committed to …`)
    "advised",
    "committed",
    # (`CDC recommends that fully vaccinated people …`, `recommended that the Congress …`: a verb
    # of advising with its clause, like `advised that`; not `recommended a budget`)
    "recommended",
    "recommends",
    # (`President Biden has determined that A`: a determination with its clause, his report,
    # ANNOTATING.md, "Forty-fifth folder"; `the FTC charged that A`: an accusation; with a `that`
    # clause only, not `determined to …`, `charged with …`, `is determined that …`)
    "determined",
    "charged",
)
# A second verb of the same speaker in the sentence (`emphasized that A, noting that B`):
# it introduces a quote of its own (ANNOTATING.md, "Hard cases"), after `that` only.
_PARTICIPLES = frozenset(
    [
        "noting",
        "adding",
        "saying",
        "stressing",
        "emphasizing",
        "emphasising",
        "underscoring",
        "warning",
        "explaining",
        "arguing",
        "insisting",
        "pointing out",
        "announcing",
        "reiterating",
        "observing",
        "acknowledging",
        "vowing",
        "pledging",
        # (`The Supreme Court upheld X, ruling that A`: a court's holding, read after a comma
        # only; `the ruling that struck down …` is a noun)
        "ruling",
        "promising",
        # (`the CFPB is making clear that …`, `…, making clear that …`: `made clear` in the
        # progressive or as a participle)
        "making clear",
        "making it clear",
        # (`announced new funding, stating that every child deserves …`; probe of 7 December:
        # the participles of the verbs of saying and claiming above, after `that` only; not
        # `highlighting`, `maintaining`, `reaffirming`, whose object is most often a noun's
        # phrase, `highlighting his vision for how we must …`)
        "stating",
        "declaring",
        "asserting",
        "claiming",
        "contending",
        "cautioning",
    ]
)
_SPEECH_LIST = (*_SPEECH_WORDS, "announced", "announces", *_PARTICIPLES)
_SPEECH = alternation(_SPEECH_LIST)
_SPEECH_SET = frozenset(_SPEECH_LIST)
# The same verbs after the character before them, searched in the paragraph with a space
# before it: what `_scanned_speech_verbs` finds (tests compare the two).
_SPEECH_VERB_AFTER = lazy(rf"[^A-Za-z0-9_]({_SPEECH})\b")


# An ASCII text as bytes with every character that is not a letter, digit or `_` made a
# space: in it, a verb after a space (`_SPEECH_AFTER_SPACE`) stands wherever one stands after
# such a character in the text, and the pattern's scan skips from space to space.
_WORD_OR_SPACE = bytes(
    byte if chr(byte).isascii() and (chr(byte).isalnum() or byte == 95) else 32
    for byte in range(256)
)
_SPEECH_AFTER_SPACE = lazy(rf" ({_SPEECH})\b".encode("ascii"))


def _speech_verbs(paragraph: str) -> list[tuple[int, int, str]]:
    """The speech verbs of a paragraph (start, end and word): the matches of
    `_SPEECH` as whole words, found quicker (without compiling that pattern)."""
    # A verb at the start has a character before it too.
    return _scanned_speech_verbs(" " + paragraph)


def _scanned_speech_verbs(text: str) -> list[tuple[int, int, str]]:
    """The matches of `_SPEECH_VERB_AFTER` in `text` whose character before the verb is no
    letter (`\\b` fails after a letter beyond ASCII), each a verb's start and end in the
    paragraph after the space `text` begins with, and the verb.

    Each place the spaced text shows a verb is a candidate (every match is one: the
    character before it, and any after it that `\\b` looks at, is a space there; a
    character beyond ASCII is one `?` in the bytes, so places stay the same), confirmed in
    the text itself (a space there may stand for a comma, `pointing,out`, and a letter beyond
    ASCII after a verb is no boundary)."""
    spaced = text.encode("ascii", "replace").translate(_WORD_OR_SPACE)
    ascii = text.isascii()
    found: list[tuple[int, int, str]] = []
    position = 0
    while (candidate := _SPEECH_AFTER_SPACE.search(spaced, position)) is not None:
        start, end = candidate.span()  # the verb's start in the paragraph: the space shifts
        if spaced.find(b" ", start + 1, end) < 0:
            # One word: the text holds what the spaced text shows, and each shorter verb it
            # begins with is followed by one of its letters (no boundary); around it, only a
            # letter beyond ASCII can be one the spaced text does not show.
            if ascii or not (
                text[start].isalnum()
                or (end < len(text) and (text[end].isalnum() or text[end] == "_"))
            ):
                found.append((start, end - 1, text[start + 1 : end]))
                position = end
            else:
                position = start + 1  # (inside a word: look on from the verb's first letter)
            continue
        verb = _verb_in_text(text, start + 1, spaced[start + 1 : end].decode("ascii"))
        if verb is None or text[start].isalnum():
            position = start + 1  # (inside a word: look on from the verb's first letter)
            continue
        found.append((start, start + len(verb), verb))
        position = start + 1 + len(verb)
    return found


def _verb_in_text(text: str, at: int, shown: str) -> str | None:
    """The verb `_SPEECH_VERB_AFTER.match(text, at - 1)` takes where the spaced text shows the
    verb `shown` at `at`: the longest verb that `shown` begins with, that the text holds at
    `at`, with no letter, digit or `_` after it (`\\b`); None when there is none. (A verb the
    text holds there is one the spaced text shows there too, so it begins `shown`; the letter
    tree tries the longest first.)"""
    for size in range(len(shown), 0, -1):
        verb = shown[:size]
        if verb in _SPEECH_SET and text.startswith(verb, at):
            after = at + size
            if after == len(text) or not (text[after].isalnum() or text[after] == "_"):
                return verb
    return None
