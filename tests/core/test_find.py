"""Search within one article: smart case, regular expressions, spans and annotation hits."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pressreader.article.find import (
    MAX_PATTERN_LENGTH,
    REGEX_BUDGET,
    TOO_SLOW,
    ArticleText,
    FindCursor,
    FindQuery,
    SearchCancelled,
    TextKey,
    regex_budget,
)
from pressreader.article.joined import JoinedText
from pressreader.article.layout import flatten_breaks
from pressreader.format.loader import load_file
from pressreader.model import Anchor, Article, Quote, Section, Statistic

DATA = Path(__file__).parent.parent / "data" / "reader"


def make_article() -> Article:
    lead = (
        "The Ministry said trade grew. Exports rose from 172 to 181 partners,\n"
        "and the minister said “we are open”."
    )
    body = "Trade talks continue. The TRADE office said nothing."
    quote_start = lead.index("we are open")
    stat_start = lead.index("from 172 to 181")
    return Article(
        id="t",
        title="Trade news",
        subtitle="A subtitle about ministers",
        sections=[
            Section("lead", None, [lead]),
            Section("more", "More on trade", [body, "Nothing here."]),
        ],
        quotes=[
            Quote(
                "Ma Zhaoxu",
                "we are open",
                anchor=Anchor(0, "lead", 0, quote_start, quote_start + len("we are open")),
            )
        ],
        statistics=[
            Statistic(
                "Partners",
                181,
                172,
                text="from 172 to 181",
                anchor=Anchor(0, "lead", 0, stat_start, stat_start + len("from 172 to 181")),
            ),
            Statistic("Ports", 3),
        ],
    )


def spans(article: Article, query: FindQuery) -> list[tuple[str, int, int, str]]:
    results = ArticleText(article).search(query)
    found = []
    for i in range(len(results)):
        m = results.match(i)
        text = _text_of(article, m.key)
        found.append((m.kind, m.section, m.paragraph, text[m.start : m.end]))
    return found


def _text_of(article: Article, key: TextKey) -> str:
    if key.kind == "title":
        return article.title
    if key.kind == "subtitle":
        return article.subtitle or ""
    section = article.sections[key.section]
    if key.kind == "heading":
        return section.heading or ""
    return section.paragraphs[key.paragraph]


def test_smart_case_lower_query_ignores_case() -> None:
    found = spans(make_article(), FindQuery("trade"))
    assert [f[3] for f in found] == ["Trade", "trade", "trade", "Trade", "TRADE"]
    assert [f[0] for f in found] == ["title", "paragraph", "heading", "paragraph", "paragraph"]


def test_smart_case_upper_letter_makes_search_case_sensitive() -> None:
    found = spans(make_article(), FindQuery("Trade"))
    assert [f[3] for f in found] == ["Trade", "Trade"]
    assert spans(make_article(), FindQuery("TRADE")) == [("paragraph", 1, 0, "TRADE")]


def test_regex_escapes_do_not_count_as_upper_case() -> None:
    assert not FindQuery(r"\Wtrade\S", regex=True).case_sensitive
    assert FindQuery(r"\WTrade", regex=True).case_sensitive
    # In literal mode a backslash is just a character.
    assert FindQuery(r"\W").case_sensitive


def test_regex_matches_and_literal_treats_metacharacters_literally() -> None:
    article = make_article()
    numbers = spans(article, FindQuery(r"\d+", regex=True))
    assert [f[3] for f in numbers] == ["172", "181"]
    assert spans(article, FindQuery(r"\d+")) == []
    assert [f[3] for f in spans(article, FindQuery("grew."))] == ["grew."]


def test_invalid_regex_reports_an_error_and_never_raises() -> None:
    results = ArticleText(make_article()).search(FindQuery("(unclosed", regex=True))
    assert results.error is not None and results.error.startswith("invalid regex")
    assert len(results) == 0
    assert results.status(None) == results.error


def test_match_spanning_a_line_break_in_the_source_is_found() -> None:
    # The lead holds "partners,\nand": the search sees one space.
    found = spans(make_article(), FindQuery("partners, and the"))
    assert found == [("paragraph", 0, 0, "partners,\nand the")]


def test_typographic_quotes_match_plain_ones_in_literal_mode() -> None:
    found = spans(make_article(), FindQuery('"we are open"'))
    assert found == [("paragraph", 0, 0, "“we are open”")]


def test_matches_never_cross_two_texts() -> None:
    # "nothing." ends one paragraph and "Nothing" starts the next.
    found = spans(make_article(), FindQuery(r"nothing\.\s*Nothing", regex=True))
    assert found == []


def test_empty_query_and_empty_matches_give_nothing() -> None:
    text = ArticleText(make_article())
    assert len(text.search(FindQuery(""))) == 0
    nothing = text.search(FindQuery("q*", regex=True))
    assert len(nothing) == 0
    assert nothing.quote_hits == frozenset() and nothing.statistic_hits == frozenset()


def test_quotes_and_statistics_that_hold_a_match_light_up() -> None:
    text = ArticleText(make_article())
    in_quote = text.search(FindQuery("are open"))
    assert in_quote.quote_hits == {0} and in_quote.statistic_hits == frozenset()
    in_stat = text.search(FindQuery("172"))
    assert in_stat.statistic_hits == {0} and in_stat.quote_hits == frozenset()
    # A match in a statistic's label (not in the text) counts too.
    by_label = text.search(FindQuery("ports"))
    assert by_label.statistic_hits == {1}
    by_speaker = text.search(FindQuery("zhaoxu"))
    assert by_speaker.quote_hits == {0}


def test_too_many_matches_stop_the_search_and_say_so() -> None:
    article = Article(id="big", title="t", sections=[Section("s", None, ["ab " * 300])])
    results = ArticleText(article).search(FindQuery("a"), limit=100)
    assert results.too_many and len(results) == 100
    assert results.status(4) == "5/100+"


def test_spans_in_clips_to_a_display_line() -> None:
    article = make_article()
    results = ArticleText(article).search(FindQuery("minister"))
    key = TextKey("paragraph", 0, 0)
    lead = article.sections[0].paragraphs[0]
    at = lead.index("minister")
    assert results.spans_in(key, 0, len(lead)) == [(at, at + 8, 1)]
    # A line that ends inside the match gets only its part.
    assert results.spans_in(key, 0, at + 3) == [(at, at + 3, 1)]
    assert results.spans_in(key, 0, at) == []


def test_first_from_wraps_to_the_first_match() -> None:
    results = ArticleText(make_article()).search(FindQuery("trade"))
    assert results.first_from(TextKey("paragraph", 1, 0), 0) == 3
    assert results.first_from(TextKey("paragraph", 1, 1), 0) == 0


def test_cursor_steps_and_wraps() -> None:
    results = ArticleText(make_article()).search(FindQuery("trade"))
    cursor = FindCursor()
    cursor.reset(results, 3)
    assert cursor.step() == (4, False)
    assert cursor.step() == (0, True)
    assert cursor.step(forward=False) == (4, True)
    cursor.reset(ArticleText(make_article()).search(FindQuery("zzz")))
    assert cursor.step() == (None, False)


def test_cjk_search_in_loaded_fixture() -> None:
    result = load_file(DATA / "cjk.yaml")
    assert result.articles, [p.format() for p in result.problems]
    article = result.articles[0]
    word = article.sections[0].paragraphs[0][2:4]
    results = ArticleText(article).search(FindQuery(word))
    assert len(results) >= 1
    first = results.match(0)
    assert _text_of(article, first.key)[first.start : first.end] == word


@pytest.mark.parametrize("pattern", ["(a", "[", "*a", "a{2,1}", "(?P<x>a)(?P<x>b)"])
def test_many_invalid_expressions(pattern: str) -> None:
    results = ArticleText(make_article()).search(FindQuery(pattern, regex=True))
    assert results.error and len(results) == 0


@pytest.mark.parametrize("pattern", ["(a+)+$", r"(\w+\s?)*x", "(x{2,})+", "(a*)*"])
def test_nested_repetition_is_refused_before_it_can_hang(pattern: str) -> None:
    article = Article(id="r", title="t", sections=[Section("s", None, ["a" * 5000 + "!"])])
    results = ArticleText(article).search(FindQuery(pattern, regex=True))
    assert results.error is not None and results.error.startswith("regex too slow")


@pytest.mark.parametrize("pattern", ["(?>a+)+b", "(ab)+", "(a|b)*c", "a+b*", "foo(bar)?"])
def test_ordinary_groups_are_allowed(pattern: str) -> None:
    assert not isinstance(FindQuery(pattern, regex=True).compile(), str)


# --- hostile regular expressions: a budget, cancellation, bounded compilation ---------------

_LONG = Article(
    id="long",
    title="t",
    sections=[Section("s", None, ["word " * 400 + "end", "quiet text " * 100])],
    quotes=[Quote("Someone", "quiet words " * 50)],
)


@pytest.mark.parametrize("pattern", ["(.|.)*q", "(.|..)*q", r"(.|\s)*\d{9}", "(a|.)*[Qq]"])
def test_a_pattern_that_backtracks_wildly_runs_out_of_budget(pattern: str) -> None:
    results = ArticleText(_LONG).search(FindQuery(pattern, regex=True), budget=0.05)
    assert results.error == TOO_SLOW and len(results) == 0
    assert results.status(None) == TOO_SLOW


def test_the_budget_grows_with_the_article() -> None:
    assert regex_budget(0) == REGEX_BUDGET
    assert regex_budget(10_000_000) > regex_budget(1_000_000) > REGEX_BUDGET


def test_a_cancelled_search_stops_between_matches() -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(SearchCancelled):
        ArticleText(_LONG).search(FindQuery("word", regex=True), cancelled=cancelled)
    assert len(asked) == 4
    assert len(ArticleText(_LONG).search(FindQuery("word", regex=True))) == 400


@pytest.mark.parametrize(
    "pattern",
    ["a{1000000}", "a{4294967294}", "(a{1000}){1000}", "((a{100}){100}){100}", "(?:ab){6000}"],
)
def test_counted_repeats_that_would_take_gigabytes_to_compile_are_refused(pattern: str) -> None:
    compiled = FindQuery(pattern, regex=True).compile()
    assert isinstance(compiled, str) and compiled.startswith(("regex too large", "invalid"))


@pytest.mark.parametrize(
    "pattern", [r"\d{1,3}(,\d{3})*", r"[a-z]{2,40}", "(ab){3}x{1000}", r"\{5000\}", "[{]9999}"]
)
def test_ordinary_counted_repeats_are_allowed(pattern: str) -> None:
    assert not isinstance(FindQuery(pattern, regex=True).compile(), str)


def test_a_very_long_pattern_is_refused() -> None:
    compiled = FindQuery("a" * (MAX_PATTERN_LENGTH + 1), regex=True).compile()
    assert compiled == f"regex too long: at most {MAX_PATTERN_LENGTH:,} characters"
    assert not isinstance(FindQuery("a" * MAX_PATTERN_LENGTH, regex=True).compile(), str)


def test_the_regex_engine_keeps_the_semantics_users_rely_on() -> None:
    article = make_article()
    # Smart case, classes, a match across a line break of the source, no match across texts.
    assert [f[3] for f in spans(article, FindQuery(r"tr[a-z]de", regex=True))] == [
        "Trade", "trade", "trade", "Trade", "TRADE",
    ]  # fmt: skip
    assert [f[3] for f in spans(article, FindQuery(r"Tr[a-z]de", regex=True))] == [
        "Trade", "Trade",
    ]  # fmt: skip
    assert spans(article, FindQuery(r"partners,\sand", regex=True)) == [
        ("paragraph", 0, 0, "partners,\nand")
    ]
    assert spans(article, FindQuery(r"nothing\.\s*Nothing", regex=True)) == []
    assert [f[3] for f in spans(article, FindQuery(r"^Trade", regex=True))] == ["Trade"]
    hits = ArticleText(article).search(FindQuery(r"zhao\w+", regex=True))
    assert hits.quote_hits == {0}


@pytest.mark.parametrize(("piece", "joined_piece"), [(1 << 19, 32_768), (7, 1), (7, 32_768)])
@pytest.mark.parametrize("limit", [100_000, 5])
def test_a_lazy_search_answers_as_the_complete_one(
    limit: int, piece: int, joined_piece: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counted first, listed later: the counter, the current match, every highlight and,
    once complete, the lists and the lit quotes and statistics are the complete search's
    (also when the text is counted in pieces of 7 characters, with seams everywhere, and
    when the joined text is kept as one piece a text)."""
    from pressreader.article import find, joined

    monkeypatch.setattr(find, "LAZY_FROM", 0)  # lazy in any article
    monkeypatch.setattr(joined, "COUNT_PIECE", piece)
    monkeypatch.setattr(find, "_PIECE_CHARS", joined_piece)
    sample = Path(__file__).parents[2] / "src" / "pressreader" / "samples"
    articles = [make_article(), load_file(sample / "join-hands-better-future.yaml").articles[0]]
    queries = ["t", "e", " ", "trade", "The", "said", "we are", "“we", "aa", "xyzzy", "中国"]
    for article in articles:
        text = ArticleText(article)
        for word in queries:
            query = FindQuery(word)
            eager = text.search(query, limit=limit)
            lazy = text.search(query, limit=limit, lazy=True)
            assert (len(lazy), lazy.too_many) == (len(eager), eager.too_many), word
            assert lazy.status(None) == eager.status(None)
            for key in text.keys:
                size = len(_text_of(article, key))
                for offset in range(0, size + 1, 7):
                    first = lazy.first_from(key, offset)
                    assert first == eager.first_from(key, offset), (word, key, offset)
                    if first is not None:
                        assert lazy.match(first) == eager.match(first)
                for a in range(0, size, 11):
                    for b in (a + 1, a + 13, size):
                        assert lazy.spans_in(key, a, b) == eager.spans_in(key, a, b), word
            lazy.complete()
            assert lazy.pending is None
            assert (lazy.starts, lazy.ends) == (eager.starts, eager.ends)
            assert (lazy.quote_hits, lazy.statistic_hits) == (
                eager.quote_hits,
                eager.statistic_hits,
            )


def test_counting_in_pieces_stops_past_the_most_asked_and_is_exact_below_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import random

    from pressreader.article import find, joined

    rng = random.Random(7)
    for piece in (1, 2, 3, 5, 64):
        monkeypatch.setattr(joined, "COUNT_PIECE", piece)
        for _ in range(300):
            text = "".join(rng.choice("abc ") for _ in range(rng.randrange(0, 60)))
            needle = "".join(rng.choice("abc") for _ in range(rng.randrange(1, 5)))
            if find._overlaps(needle):
                continue
            start = rng.randrange(0, len(text) + 1)
            end = rng.randrange(start, len(text) + 1)
            most = rng.randrange(0, 8)
            exact = text.count(needle, start, end)
            counted = joined.count_until(text, needle, start, end, most)
            if exact <= most:
                assert counted == exact, (text, needle, start, end, most)
            else:
                assert most < counted <= exact, (text, needle, start, end, most)


def test_a_letter_in_a_long_text_is_counted_no_further_than_the_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pressreader.article import joined

    calls: list[tuple[int, int]] = []

    class Counted(str):
        def count(self, sub: str, start: int = 0, end: int = 1 << 62) -> int:  # type: ignore[override]
            calls.append((start, end))
            return str.count(self, sub, start, end)

    text = Counted("e " * 1_000_000)
    monkeypatch.setattr(joined, "COUNT_PIECE", 1000)
    assert joined.count_until(text, "e", 0, len(text), 2_000) == 2_000 + 500
    assert calls[-1][1] <= 5_000  # five pieces of 2,000,000 characters read, not 2,000


def test_a_lazy_search_of_a_long_text_lists_nothing_until_asked() -> None:
    from pressreader.article import find

    article = make_article()
    paragraphs = ["the trade minister said the talks went on"] * (find.LAZY_FROM // 40)
    article.sections.append(Section("long", "Long", paragraphs))
    text = ArticleText(article)
    results = text.search(FindQuery("t"), lazy=True)
    assert results.pending is not None and results.starts == []
    assert len(results) == text.lowered.count("t")  # type: ignore[union-attr]
    assert text.search(FindQuery("aa"), lazy=True).pending is None  # occurrences can overlap
    assert text.search(FindQuery("t")).pending is None  # not asked to be lazy
    assert results.complete().pending is None and len(results.starts) == len(results)


def _texts_of(text: ArticleText) -> tuple[object, ...]:
    return (text.keys, text.index, text.offsets, text.plain, text.folded, text.lowered)


@pytest.mark.parametrize(
    "paragraphs",
    [
        # Typographic quotes and dashes, breaks and tabs, CJK, a final sigma at a text's end
        # (lowering looks at the next character), and one whose lowering is longer ("İ").
        [
            "“Quoted” — said\nthe minister.",
            "Tab\there",
            "合作共赢，开创美好未来。",
            "ΟΔΟΣ",
            "ΟΔΟΣ ΑΒ",
        ],
        ["İstanbul is lowered to more characters.", "Plain text."],
        [f"Paragraph {i} — “with” ‘marks’ and ΣΟΦΟΣ." for i in range(60)],
        [],
    ],
)
def test_a_text_built_a_piece_at_a_time_is_the_text_built_at_once(
    paragraphs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from pressreader.article import find

    # Pieces of a few characters, so that every text boundary is a piece boundary somewhere.
    monkeypatch.setattr(find, "_PIECE_CHARS", 7)
    monkeypatch.setattr(find, "_PIECE_TEXTS", 3)
    sections = [
        Section(id=f"s{i}", heading=f"ΜΕΡΟΣ {i}" if i % 2 else None, paragraphs=paragraphs[i::3])
        for i in range(3)
    ]
    article = Article(id="a", title="ΤΊΤΛΟΣ “Title”", subtitle="Sub\ttitle", sections=sections)
    whole = ArticleText(article)
    build = find.TextBuild(article)
    steps = 0
    while not build.done:
        build.step()
        steps += 1
    assert _texts_of(build.result()) == _texts_of(whole)
    # Each step built a piece: as many steps as pieces of text and a few more.
    assert steps >= len(whole.plain) // (7 + 60) + 4
    # Asked for before it is done, the result is built to the end at once.
    assert _texts_of(find.TextBuild(article).result()) == _texts_of(whole)
    # And the pieces make what joining the texts at once makes.
    plain = [flatten_breaks(text) for text in _all_texts(article)]
    assert whole.plain == "\n".join(plain)
    folded = "\n".join(find._fold(text) for text in plain)
    assert whole.folded == folded
    assert whole.lowered == (folded.lower() if len(folded.lower()) == len(folded) else None)


def _all_texts(article: Article) -> list[str]:
    """The texts a search reads, in reading order, listed here independently of `find`."""
    texts = [article.title] + ([article.subtitle] if article.subtitle else [])
    for section in article.sections:
        texts += ([section.heading] if section.heading else []) + section.paragraphs
    return texts


def test_a_literal_search_never_makes_the_whole_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """The joined text stays in pieces for literal text, lazy or not (making it whole is a
    step a key would wait for on a long article); a regular expression makes the plain text
    whole once, and finds across the pieces' seams what it finds in one string."""
    from pressreader.article import find

    monkeypatch.setattr(find, "_PIECE_CHARS", 40)
    monkeypatch.setattr(find, "LAZY_FROM", 0)
    article = make_article()
    article.sections.append(
        Section("long", "Long", [f"the trade minister said {i} times" for i in range(50)])
    )
    build = find.TextBuild(article)
    text = build.result()
    assert len(text._folded.pieces) > 10
    texts = _all_texts(article)
    lower = sum(t.lower().count("trade") for t in texts)
    upper = sum(t.count("Trade") for t in texts)
    assert lower > upper > 0
    for lazy in (False, True):
        results = text.search(FindQuery("trade"), lazy=lazy)
        assert len(results.complete()) == lower
        assert len(text.search(FindQuery("Trade"), lazy=lazy).complete()) == upper
    assert text.search(FindQuery("said 4"), lazy=True).match(1).paragraph == 40
    parts = (text._plain, text._folded, text._lower)
    assert all(isinstance(part, JoinedText) and part._whole is None for part in parts)
    regex = text.search(FindQuery(r"said \d+ times", regex=True))
    assert len(regex) == 50 and text._plain._whole is not None
    assert len(text._plain.pieces) == 1


def test_joined_text_answers_as_the_joined_string() -> None:
    import random

    rng = random.Random(11)
    for _ in range(200):
        pieces = ["".join(rng.choice("ab ") for _ in range(rng.randrange(0, 9))) for _ in range(4)]
        whole = "\n".join(pieces)
        joined = JoinedText(list(pieces), "\n")
        assert len(joined) == len(whole)
        needle = "".join(rng.choice("ab") for _ in range(rng.randrange(1, 3)))
        for start in range(len(whole) + 2):
            assert joined.find(needle, start) == whole.find(needle, start)
            assert joined.startswith(needle, start) == whole.startswith(needle, start)
            for end in range(start, len(whole) + 1, 3):
                if needle != "aa" and needle != "bb":  # they can overlap themselves
                    exact = whole.count(needle, start, end)
                    assert joined.count_until(needle, start, end, 100) == exact
        pattern = re.compile(re.escape(needle))
        assert list(joined.starts_of(pattern)) == [m.start() for m in pattern.finditer(whole)]
        assert list(joined.ends_of(pattern)) == [m.end() for m in pattern.finditer(whole)]
        assert joined.whole == whole and joined.find(needle) == whole.find(needle)
