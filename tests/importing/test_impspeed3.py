"""The impspeed3 round's cuts (docs/PERFORMANCE.md, "The eighth session's rules paid back"): a
pattern split in two or read another way finds what the one pattern found, and each cheap test
before a pattern lets every match of it through, so the annotations cannot change. (The patterns
made `wordlists.Gated` or `wordlists.Ending` are held to their words by
`test_gated_patterns.py`.)"""

from __future__ import annotations

import random
import re
import sys

from pressreader.importing import speakers, wordlists
from pressreader.importing.quotes import chinese, chinese_sources, reported, state, subjects

from .test_gated_patterns import _paragraphs
from .test_quick_paths import TRICKY


def _generated(pieces: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(count)]


def test_a_report_is_cut_where_the_one_pattern_with_the_listed_verb_cut_it() -> None:
    # `_CUT_LISTED` was one alternative of `_CUT`: only where a match starts is read, and the
    # earlier of the two starts is where the one pattern's match started.
    listed = reported._CUT_LISTED.pattern.pattern
    one = re.compile(reported._CUT.pattern + "|" + listed)
    pieces = ["; and, again, ", "; and, also, ", ";\tand, finally, ", "made the point", "said"]
    pieces += ["noted", " that ", ", noting that ", ", and he said", ": “", " ", "x", ";", ", "]
    pieces += ["he ", "made", " point", "emphasized", ", but the U.S. Delegation called"]
    texts = [*TRICKY, *_generated(pieces, 5000, 71)]
    texts += [line for line in _paragraphs([]) if ";" in line][:3000]
    cuts = listed_first = 0
    for text in texts:
        for content in (0, len(text) // 3):
            expected = one.search(text, content)
            found = reported._cut_at(text, content)
            start = expected.start() if expected is not None else None
            # (the one speaking's opinion after the report, enspan2 round: a cut of its own,
            # before the one pattern's when it stands first)
            opinion = reported._CUT_OPINION.search(
                text, content, start if start is not None else len(text)
            )
            if (
                opinion is not None
                and reported._FIRST_PERSON_SINGULAR.search(text, content, opinion.start()) is None
            ):
                start = opinion.start()
            assert found == start, text
            cuts += expected is not None
            alone = reported._CUT.search(text, content)
            listed_first += expected is not None and (alone is None or alone.start() > found)
    assert cuts > 2000
    assert listed_first > 100
    said = "made it clear to him that A; that B; and, again, made the point that C"
    assert reported._cut_at(said, 10) == said.index("; and,")
    assert reported._cut_at("He said that the plan works", 8) is None


def test_any_speech_is_what_the_plain_pattern_finds() -> None:
    plain = re.compile(rf"\b(?:{reported._SPEECH})\b|[“”\"]")
    pieces = ["said", "says", "made clear", "noted", "Said", "ésaid", "said_", "_said", "x"]
    pieces += [" ", "“", "”", '"', "it", "pointed out", "pointing,out", "٣", "told"]
    texts = [*TRICKY, *_generated(pieces, 4000, 72), *list(_paragraphs([]))[::7]]
    some = none = 0
    for text in texts:
        expected = plain.search(text) is not None
        assert reported._any_speech(text) == expected, text
        some += expected
        none += not expected
    assert some > 1000
    assert none > 1000


def test_a_gated_pattern_substitutes_only_where_it_can_match() -> None:
    # `Gated.sub` gives the text itself where no word of it stands (what `sub` gives when
    # nothing matches); `Ending` admits only a text that ends with one of its words.
    for text in ["不过他补充说", "他补充说", "据报道", "x", "", "而且王毅接着"]:
        assert chinese._ZH_LEAD.sub("", text) == re.sub(chinese._ZH_LEAD.pattern, "", text)
        tail = chinese._ZH_SPEAKER_TAIL
        assert tail.sub("", text) == tail.pattern.sub("", text), text
        assert chinese_sources._ZH_TRAILING_TITLE.sub("", text + "博士") == text
    assert isinstance(chinese._ZH_BODY_END, wordlists.Ending)
    assert chinese._ZH_BODY_END.admits("美国国务院")
    assert not chinese._ZH_BODY_END.admits("国务院的人")
    assert chinese._ZH_BODY_END.search("国务院的人") is None
    assert chinese._ZH_BODY_END.search("国务院的人", 0, 3) is not None  # (ends at `endpos`)
    assert chinese._ZH_BODY_END in wordlists.GATED
    found = subjects.ONE_PERSON_TITLE.findall("Just look at the Chairman of the House Committee.")
    assert found == ["the Chairman of the House Committee."]  # (its full stop taken off after)
    assert subjects.ONE_PERSON_TITLE.findall("The minister said so.") == []


def test_people_of_a_place_are_sought_only_after_a_last_letter_of_their_words() -> None:
    # Every character that ends a match (`in`, `from`, `at`, `of` in either case: `re.I`) is
    # one of the letters tested.
    last = re.compile(r"(?:[Ii]n|from|at|of)\Z", re.I)
    ends = {
        chr(code)
        for code in range(sys.maxunicode + 1)
        if last.search("of" + chr(code)[-1:]) is not None
        or re.fullmatch(r"[nmtf]", chr(code), re.I)
    }
    assert ends == set(subjects._PLACE_WORD_ENDS)
    pieces = ["Health ", "officials ", "in ", "IN ", "from ", "At ", "OF ", "Ohio ", "x ", "said"]
    found = 0
    for text in _generated(pieces, 3000, 73):
        words = text.split()
        if subjects._PEOPLE_OF_PLACE.search(" ".join(words)) is not None:
            found += 1
            assert words[-1][-1:] in subjects._PLACE_WORD_ENDS, text
    assert found > 100
    assert subjects._subject_before_where("Health officials in Ohio") is None


def test_an_opening_adverbial_is_sought_only_after_its_words_or_an_ing_before_the_comma() -> None:
    pieces = ["On Tuesday", "In 1962", "Speaking at the summit", "Last night", "This week", " "]
    pieces += [",", ", ", "the President", "said", "x", "Building on that", "Going back", "As "]
    pieces += ["Monday", " night", "Over the weekend", "Including", "Earlier", "Thing ", "ing"]
    found = 0
    for sentence in _paragraphs(_generated(pieces, 6000, 74)):
        if state._OPENING_ADVERBIAL.match(sentence) is not None:
            found += 1
            comma = sentence.find(",")
            assert sentence.startswith(state._OPENING_STARTS) or "ing" in sentence[:comma]
    assert found > 500


def test_an_unnamed_person_and_a_quote_before_an_attribution_keep_their_readings() -> None:
    # (the patterns now gated by their words read as before where the words stand)
    assert speakers.parse_phrase("a resident of north Portland") is None
    assert speakers.parse_phrase("A local farmer") is None
    assert reported._YOU_SAID.search("You said that") is not None
    assert reported._YOU_SAID.search("He said that") is None
    assert reported._AFTER_QUOTE.search("“We will,” Roe said,") is not None
    assert reported._AFTER_QUOTE.search("Roe said,") is None
