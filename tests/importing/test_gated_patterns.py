"""Patterns tried only where a word each needs stands (docs/PERFORMANCE.md, "Patterns tried
only where they can match"): over every development text, the synthetic text of the import
benchmark and generated texts, every match of each pattern is one its test lets through, so
the annotations cannot change."""

from __future__ import annotations

import importlib.util
import random
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from pressreader.importing import chinese_figures, figure_words, figures, parse, speakers, wordlists
from pressreader.importing.quotes import (
    chinese,
    chinese_sources,
    direct,
    finder,
    marks,
    reported,
    sentence_ends,
    state,
    subjects,
)

# Every module that makes gated patterns, imported before any test reads `wordlists.GATED`:
# the generated texts are made from its words, and must not depend on the tests run before.
_GATING_MODULES = (
    figures,
    chinese_figures,
    parse,
    speakers,
    chinese,
    reported,
    sentence_ends,
    state,
    subjects,
)

ROOT = Path(__file__).resolve().parents[2]
_CLOSING = re.compile(r"[”\"»’]")
_OPENING = re.compile(r"[“\"«‘]")


@cache
def _synthetic_text() -> str:
    spec = importlib.util.spec_from_file_location(
        "bench_import", ROOT / "benchmarks/bench_import.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text: str = module.article_text(5000, 1)
    return text


def _generated(pieces: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(count)]


def _paragraphs(extra: list[str]) -> Iterator[str]:
    """Every line of every development text and of the synthetic text, then `extra`."""
    paths = sorted(ROOT.glob("benchmarks/devset/dev*/*.txt"))
    assert len(paths) > 100
    for path in paths:
        yield from path.read_text(encoding="utf-8").splitlines()
    yield from _synthetic_text().splitlines()
    yield from extra


def test_a_body_named_with_its_country_is_sought_only_where_its_last_word_stands() -> None:
    pieces = [
        "美国",
        "中国",
        "司法部",
        "交通运输部",
        "联邦",
        "调查局",
        "移民署",
        "委员会",
        "办公室",
    ]
    pieces += ["“", "”", "五眼联盟", "世界卫生组织", "东部", "国防", "说", "，", "x", "部"]
    found = 0
    for text in _paragraphs(_generated(pieces, 6000, 21)):
        if any(finder._ZH_MENTIONED_BODY.finditer(text)):
            found += 1
            assert finder._zh_may_name_body(text), text
    assert found > 500
    assert not finder._zh_may_name_body("中国平稳开放扩大合作。")


def test_a_rank_after_a_name_is_taken_off_only_where_its_word_stands() -> None:
    pieces = [
        *chinese_sources._ZH_RANKS,
        "翁一铭",
        "穆勒纳尔",
        "在",
        "说",
        "会",
        " ",
        "x",
        "(",
        "军",
    ]
    found = 0
    for text in _paragraphs(_generated(pieces, 6000, 22)):
        for count in (0, 1):
            expected = chinese_sources._ZH_RANK_AFTER.sub("", text, count=count)
            found += expected != text
            assert chinese_sources._without_rank(text, count) == expected, text
    assert found > 1000


def test_a_verb_and_its_speaker_after_a_quote_are_sought_only_after_its_verb() -> None:
    pieces = [" ", ",", ", ", "\u00a0", "\u3000", "\t", "said", "Said", "says", "told", "to"]
    pieces += ["asserted", "recalls", " the minister", " Smith.", " on Monday", "”", "x", "."]
    found = 0
    afters = _generated(pieces, 8000, 23)
    for text in _paragraphs([]):
        afters += [text[mark.end() :] for mark in _CLOSING.finditer(text)]
    for after in afters:
        if direct._SAID_NP.match(after) is not None:
            found += 1
            assert direct._may_be_said_np(after), after
    assert found > 500
    assert not direct._may_be_said_np(", the minister said.")


def test_a_verb_of_calling_is_sought_only_where_one_of_its_words_stands() -> None:
    pieces = ["he ", "She ", "Smith ", "also ", "has ", "called ", "dubbed ", "branded ", "terms "]
    pieces += ["labelled ", "referred to ", "smeared ", "described ", "likened ", "compared "]
    pieces += ["it ", "the plan ", "as ", "to ", "a ", "on ", "for ", "x"]
    texts = _generated(pieces, 8000, 24)
    for text in _paragraphs([]):
        texts += [
            text[max(0, mark.start() - 80) : mark.start()] for mark in _OPENING.finditer(text)
        ]
    found = 0
    for before in texts:
        if direct._CALLED.search(before) is not None:
            found += 1
            assert direct._may_be_calling(before), before
    assert found > 500
    assert not direct._may_be_calling("the minister said ")


def test_a_quote_in_ones_own_words_after_it_is_sought_only_after_i_or_we() -> None:
    pieces = ["”", ",”", " ", "\u00a0", "\n", "I", "We", "we", " said", " told", " really", "x"]
    texts = _generated(pieces, 8000, 25)
    texts += [text[mark.end() :] for text in _paragraphs([]) for mark in _CLOSING.finditer(text)]
    found = 0
    for after in texts:
        if marks._OWN_AFTER.match(after) is not None:
            found += 1
            assert marks._starts_i_or_we(after, 0), after
    assert found > 200


def _gated_pieces() -> list[str]:
    # Sorted: the patterns' order follows the order modules were imported in, which differs
    # from one test run to another (xdist), and the texts must not.
    pieces = sorted({word for gated in wordlists.GATED for word in gated.needs})
    pieces += ["The ", "the ", "Some ", "Other ", "House ", "Participants", "Panellists", "also "]
    pieces += [
        "这位",
        "该",
        "一",
        "那",
        "最新",
        "研究",
        "美国",
        "国会",
        "民主党",
        "联邦",
        "众",
        "们",
    ]
    pieces += ["部分", "一些", "分析人士", " and ", "Both ", "！"]
    pieces += ["数据", "所", "据", "有", "道", "为", "当局", "(AAA)", "星期一", "告", "称为", "王"]
    # (the figures in words are searched in the lower-cased paragraph)
    pieces += ["seventy", "sixty-four", "two", "many", "as", "more", "seventy percent"]
    pieces += ["twice as many", "one and a half million", "two and a half times as"]
    return [*pieces, "，", "：", "。", ",", " ", "x"]


# The patterns are checked in shards, each its own test, so that the test runner's workers
# share them (all of them in one test took five minutes of one worker, the suite's longest).
_SHARDS = 6


@pytest.mark.parametrize("shard", range(_SHARDS))
def test_a_gated_pattern_matches_only_where_one_of_its_words_stands(shard: int) -> None:
    # Every match holds one of the words (so a search, match or fullmatch over any range
    # holding it is let through), over every line and its leading parts ended before or after a
    # comma, a full stop or a space, and over every range of short generated texts.
    assert len(wordlists.GATED) >= 12
    # (the figures' patterns in words are among them, whichever tests ran before)
    assert figure_words._PERCENT_IN_WORDS in wordlists.GATED
    mine = [index for index in range(len(wordlists.GATED)) if index % _SHARDS == shard]
    found = [0] * len(wordlists.GATED)
    ends = re.compile(r"[，,。：:\s]")
    for text in _paragraphs([]):
        cuts = [len(text)]
        for mark in ends.finditer(text, 0, 400):
            cuts += [mark.start(), mark.end()]
        for index in mine:
            gated = wordlists.GATED[index]
            for endpos in cuts[:40]:
                for match in gated.pattern.finditer(text, 0, endpos):
                    found[index] += 1
                    assert gated.admits(text, match.start(), match.end()), (text, gated.needs)
    said_after = [
        "，",
        ",",
        "他",
        "卢比奥",
        "补充说",
        "说道",
        "说",
        "表示",
        "指出",
        "强调",
        "。",
        "！",
    ]
    generated = [*_generated(_gated_pieces(), 3000, 26), *_generated(said_after, 500, 27)]
    generated += _generated(["Both ", "both ", "sides", " and ", "x", ",", " "], 500, 28)
    as_said = ["As ", "as ", "In the words of ", "the President", " ", "has ", "said", "put it"]
    generated += _generated([*as_said, "wrote", ",", ",", "x", "—", "Roe", "WASHINGTON "], 1200, 29)
    generated += _generated(["1.5", "°", "C", "F", " ", "x", "that", "Americans like "], 600, 31)
    generated += [  # (`he raised his hand and said, “…”`: five words in order, made, not drawn)
        f"{subject} {verb} {rest}and {say}, "
        for subject in ("He", "she", "Jane Roe", "x, he")
        for verb in ("raised", "came", "smiled")
        for rest in ("", "his hand ")
        for say in ("said", "asked", "then said")
    ]
    clefts = ["What ", "what ", "One of the things that ", "And ", ", ", "he ", "the President "]
    generated += _generated([*clefts, "Xi ", "has ", "also ", "x", " "], 600, 32)
    titles = ["The ", "the ", "Commerce ", "Foreign ", "Prime ", "Two ", "Secretary", "Leaders"]
    generated += _generated([*titles, "Minister", "Ministers", " and ", "x", " "], 600, 30)
    # (a President named, another country's)
    named = ["President ", "Biden", "Jo Roe", "Chinese ", "President of ", "France", "Presidents "]
    generated += _generated([*named, "former ", " ", "x"], 600, 31)
    # (a question's tag after a report)
    asked = [", right?", ", correct?", " — right?", "?", " ", "x", "right", "no"]
    generated += _generated(asked, 600, 32)
    # (a briefing's lead-in)
    lead = ["Here is what he said", "This is what Jo Roe had to say", " to Congress", "what "]
    generated += _generated([*lead, ":", ",", " ", "x"], 600, 33)
    # (words in marks closing with a comma, a conjunction after them)
    marks = [",”", ',"', " but ", " and ", " that", "“", " ", "x"]
    generated += _generated(marks, 600, 34)
    # (a vote's tally, the votes against alone with `票`)
    generated += _generated(["218", "比", "198", "票", "3", ".", "x"], 600, 35)
    generated += _generated(["218比198票", "3比0", "票", "比", "1.5", "x"], 200, 41)
    # (people counted right before they speak, `两位官员也说`, and an official named again,
    # `这位高级官员说`: their gates' words are few among the pieces above)
    counted = ["两位", "三名", "官员", "人士", "议员", "也", "说", "表示", "x"]
    generated += _generated(counted, 600, 36)
    again = ["这位", "该名", "该", "美国", "高级", "官员", "人士", "负责人", "说", "x"]
    generated += _generated(again, 600, 37)
    # (a second `as X said,` aside: `as he said last night, as he said this morning, A`)
    chain = ["as ", "Jo Roe ", "he ", "has ", "said", "made clear", " this morning", ", ", "—"]
    generated += _generated([*chain, "x", " "], 600, 38)
    # (a number and a half: `two and a half years`)
    half = ["two", "three", "1", " and a half ", "million", " years", "x", " "]
    generated += _generated(half, 600, 39)
    # (a share in words: `five percent`, `12 per cent`)
    share = ["five", "12", "4.5", " percent", " per cent", " of", "x", " "]
    generated += _generated(share, 600, 40)
    # (a name right before `saying`: `particularly Governor Jo Roe saying that …`)
    saying = ["particularly ", "Governor ", "Jo ", "Roe ", "the U.S. ", "saying", " that", "x"]
    generated += _generated([*saying, " "], 600, 47)
    # (a factor in words, `twice as many`, `twice as likely as`: few texts above hold its
    # words)
    twice = ["twice", " as ", "many", "likely", " than", "x", " "]
    generated += _generated(twice, 600, 48)
    # (a phrase a person named in full calls it, `X(Latin)称其为“…”`: few texts hold it)
    calls = ["奥尔加·斯特凡尼什娜", "(Olha)", "）", "称其为", "称之为", "还", "x"]
    generated += _generated(calls, 600, 49)
    # (a call or a condemnation joined to a report, `，并呼吁`: few texts above hold its words)
    joined = ["，", "并", "呼吁", "谴责", "敦促", "表示", "x"]
    generated += _generated(joined, 600, 50)
    # (a factor and a half in words, `two and a half times as much`: its count hung on how the
    # pieces above fell)
    halves = ["two", "one", " and a half times", " as ", " more", "much", "x", " "]
    generated += _generated(halves, 600, 51)
    # (another named source saying after `and`: `, and Vladimir Putin drawing a line saying that`)
    other = [
        ", and ",
        ", but ",
        "Vladimir ",
        "Putin ",
        "the ",
        "drawing ",
        "a ",
        "saying ",
        "arguing ",
    ]
    generated += _generated([*other, "x", " "], 600, 52)
    # (a study a source issued, `X本月发布的一项新研究显示`: few texts above hold its words)
    issued = ["美国国务院", "本月", "发布的", "公布了的", "一项", "新", "研究", "《指数》", "报告"]
    generated += _generated([*issued, "x"], 600, 53)
    # (a Press Secretary's `I’ll quote him: “…”`: few texts above hold its words)
    lead = ["I’ll quote ", "I will just quote ", "him", "Jane Roe", " directly", ":", ", "]
    generated += _generated([*lead, "x"], 600, 54)
    # (a source left unnamed, `一位不愿透露姓名的官员`, and a list's last verb after a semicolon,
    # `; and, again, made the point that`: few texts above hold their words)
    anonymous = ["一位", "一名", "不愿透露姓名", "不具名", "未具名", "匿名", "的", "官员", "x"]
    generated += _generated(anonymous, 600, 55)
    listed = ["; and, ", ";\tand, ", "again, ", "also, ", "made the point", "said", " ", ";"]
    generated += _generated([*listed, "x"], 600, 56)
    # (a fraction without its hyphen, `two thirds of`, and a share like `six in ten`: few texts
    # above hold their words; and a number and a half again, its count hung on the pieces above)
    spaced = ["two", "three", "one", " thirds", " quarters", " third", " quarter", " of", "x", " "]
    generated += _generated(spaced, 600, 57)
    some_in = ["two", "six", "nine", " in ", "three", "ten", " Americans", " say", "x", " "]
    generated += _generated(some_in, 600, 58)
    generated += _generated(half, 300, 59)
    # (a body's head by its initials, `the NATO Secretary General`: few texts above hold its words)
    head = ["the ", "The ", "NATO", "EU", "WHO", " Secretary General", " Director-General"]
    generated += _generated([*head, " foreign policy chief", " chief", "x", " "], 600, 60)
    # (`two and a half times`: the draws above, made from every pattern's words, hold it seldom)
    generated += _generated(["two", "three", " and a half times", " as", "x", " "], 300, 61)
    for text in generated:
        for index in mine:
            gated = wordlists.GATED[index]
            for pos in range(len(text) + 1):
                for endpos in range(pos, len(text) + 1):
                    hit = gated.pattern.match(text, pos, endpos)
                    if hit is not None:
                        found[index] += 1
                        assert gated.admits(text, hit.start(), hit.end()), (text, gated.needs)
    assert min(found[index] for index in mine) > 20, [
        (wordlists.GATED[index].needs[:2], found[index]) for index in mine if found[index] <= 20
    ]
