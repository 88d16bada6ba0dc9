"""Searching the index: every part of the query language against real article files."""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from pressreader.index import LibraryIndex
from pressreader.index.query import QueryError
from tests.search.conftest import article, write


def names(hits: list[Any]) -> set[str]:
    return {h.path.name for h in hits}


@pytest.fixture
def news(lib: Path, open_index: Any) -> LibraryIndex:
    write(
        lib / "trade.yaml",
        article(
            "Exports to Laos double",
            [
                ["Exports of machinery to Laos doubled last year, the ministry said."],
                [
                    "Free trade agreements now cover 26 countries and regions.",
                    "The railway carried exporters' goods.",
                ],
            ],
            outlet="Workers' Daily",
            published="2022-10-20",
            tags=["trade", "Belt and Road"],
            authors=["Yin Xuemei"],
            speakers=[{"name": "Ma Zhaoxu", "role": "vice minister"}],
            quotes=[
                {
                    "speaker": "Ma Zhaoxu",
                    "text": "Free trade agreements now cover 26 countries",
                    "kind": "indirect",
                }
            ],
            statistics=[
                {
                    "label": "Free trade agreements",
                    "value": 19,
                    "unit": "agreements",
                    "text": "26 countries",
                }
            ],
        ),
    )
    write(
        lib / "climate.yaml",
        article(
            "Climate talks stall",
            ["Delegates argued about emissions; trade was mentioned once in passing."],
            outlet="Global Times",
            published="2021-03-01",
            tags=["climate"],
            speakers=[{"name": "Anna Berg"}],
            quotes=[{"speaker": "Anna Berg", "text": "Delegates argued about emissions"}],
        ),
    )
    write(
        lib / "zh.yaml",
        article(
            "中国外交政策",
            ["中华人民共和国外交部发言人表示，中国同世界各国的合作不断深化。"],
            language="zh",
            published="2023-05-05",
            tags=["外交"],
        ),
    )
    write(
        lib / "ja.yaml",
        article(
            "東京の経済ニュース",
            ["日本銀行は金融政策を据え置いた。カタカナのテキストも含まれる。"],
            language="ja",
            published="2020-01-15",
        ),
    )
    return open_index(lib)  # type: ignore[no-any-return]


def test_plain_word_finds_every_mention(news: LibraryIndex) -> None:
    assert names(news.search("trade")) == {"trade.yaml", "climate.yaml"}


def test_words_must_all_match_in_the_same_article(news: LibraryIndex) -> None:
    # "laos" and "railway" are in different sections of the same article.
    assert names(news.search("laos railway")) == {"trade.yaml"}
    assert news.search("laos emissions") == []


def test_case_and_diacritics_are_ignored(news: LibraryIndex) -> None:
    assert names(news.search("LAOS")) == {"trade.yaml"}


def test_prefix(news: LibraryIndex) -> None:
    hits = news.search("export*")
    assert names(hits) == {"trade.yaml"}
    highlighted = {h.snippet[a:b].lower() for h in hits for a, b in h.matches}
    assert {"exports", "exporters"} <= highlighted
    assert news.search("expo") == []


def test_phrase(news: LibraryIndex) -> None:
    assert names(news.search('"free trade agreements"')) == {"trade.yaml"}
    assert news.search('"trade free"') == []


def test_or(news: LibraryIndex) -> None:
    assert names(news.search("laos OR emissions")) == {"trade.yaml", "climate.yaml"}
    assert names(news.search("(laos OR emissions) delegates")) == {"climate.yaml"}


def test_exclusion_drops_whole_articles(news: LibraryIndex) -> None:
    assert names(news.search("trade -laos")) == {"climate.yaml"}
    assert names(news.search('trade -"machinery to laos"')) == {"climate.yaml"}
    assert names(news.search("trade -tag:climate")) == {"trade.yaml"}


def test_field_filters(news: LibraryIndex) -> None:
    assert names(news.search('trade outlet:"workers\' daily"')) == {"trade.yaml"}
    assert names(news.search("trade outlet:global")) == {"climate.yaml"}
    assert names(news.search("tag:climate")) == {"climate.yaml"}
    assert names(news.search('tag:"belt and road"')) == {"trade.yaml"}
    assert names(news.search("title:talks")) == {"climate.yaml"}
    assert names(news.search("author:yin")) == {"trade.yaml"}
    assert names(news.search("tag:外交")) == {"zh.yaml"}
    assert names(news.search("title:stal*")) == {"climate.yaml"}
    (hit,) = news.search("title:talks")
    assert hit.kind == "metadata" and hit.snippet == "Climate talks stall"
    assert [hit.snippet[a:b] for a, b in hit.matches] == ["talks"]
    assert news.search("title:trade") == []


def test_speaker_filter_lists_their_quotes(news: LibraryIndex) -> None:
    hits = news.search('speaker:"Ma Zhaoxu"')
    assert [h.kind for h in hits] == ["quote"]
    assert hits[0].speaker == "Ma Zhaoxu" and hits[0].snippet.startswith("Ma Zhaoxu: ")
    assert hits[0].section_id == "section-2" and hits[0].paragraph == 0
    # With words, the hits are the speaker's quotes that hold them.
    assert names(news.search("speaker:anna emissions")) == {"climate.yaml"}
    assert [h.kind for h in news.search("speaker:anna emissions")] == ["quote"]
    assert news.search("speaker:anna trade") == []
    assert news.search("speaker:nobody") == []


def test_date_filters(news: LibraryIndex) -> None:
    assert names(news.search("trade after:2022-01-01")) == {"trade.yaml"}
    assert names(news.search("trade before:2022")) == {"climate.yaml"}
    # after: includes its day, before: excludes it.
    assert names(news.search("trade after:2022-10-20")) == {"trade.yaml"}
    assert news.search("trade before:2022-10-20 after:2022-01-01") == []
    assert names(news.search("after:2023")) == {"zh.yaml"}


def test_chinese_substrings_of_two_and_more_characters(news: LibraryIndex) -> None:
    for text in ("外交", "人民", "合作", "外交部", "中华人民共和国", "不断深化。"):
        assert names(news.search(text)) == {"zh.yaml"}, text
    hit = news.search("各国")[0]
    assert hit.snippet[hit.matches[0][0] : hit.matches[0][1]] == "各国"
    assert news.search("外国") == []


def test_punctuation_at_the_ends_of_a_chinese_term_is_left_out_as_for_words(
    news: LibraryIndex,
) -> None:
    # `外交部:` once looked for the colon too, and found nothing; `NATO:` finds NATO.
    for text in ("外交部:", "外交部：", "「外交部」", '"外交部。"', "“外交部”", "外交部，"):
        hits = news.search(text)
        assert names(hits) == {"zh.yaml"}, text
        start, end = hits[0].matches[0]
        assert hits[0].snippet[start:end] == "外交部", text
    # Inside a term, punctuation is part of the substring looked for.
    assert news.search("外交：部") == []


def test_two_character_terms_with_latin_letters_ignore_case(lib: Path, open_index: Any) -> None:
    write(lib / "a.yaml", article("Stocks", ["A股市场今天上涨。"]))
    index = open_index(lib)
    assert names(index.search("a股")) == {"a.yaml"}
    assert names(index.search("A股")) == {"a.yaml"}


def test_japanese_substrings(news: LibraryIndex) -> None:
    for text in ("銀行", "金融政策", "カタカナ", "据え置", "東京"):
        assert names(news.search(text)) == {"ja.yaml"}, text
    assert news.search("大阪") == []


def test_cjk_combines_with_words_and_filters(news: LibraryIndex) -> None:
    assert names(news.search("外交 OR laos")) == {"zh.yaml", "trade.yaml"}
    assert names(news.search("外交 after:2023")) == {"zh.yaml"}
    assert news.search("外交 before:2023") == []
    assert news.search("外交 -合作") == []


def test_statistics_and_metadata_are_searched(news: LibraryIndex) -> None:
    kinds = [h.kind for h in news.search("agreements")]
    # The paragraph's "agreements" stands inside the quote: one hit, the quote.
    assert sorted(kinds) == ["quote", "statistic"]
    assert "paragraph" in {h.kind for h in news.search("agreements OR regions")}
    assert [h.kind for h in news.search("xuemei")] == ["metadata"]


def test_hits_carry_where_to_open(news: LibraryIndex, lib: Path) -> None:
    (hit,) = [h for h in news.search("railway") if h.kind == "paragraph"]
    assert hit.path == lib / "trade.yaml"
    assert (hit.section_index, hit.section_id, hit.paragraph) == (1, "section-2", 1)
    assert hit.heading == "Section 2"
    assert hit.document == 0 and hit.title == "Exports to Laos double"
    lines = (lib / "trade.yaml").read_text(encoding="utf-8").splitlines()
    assert "The railway carried" in lines[hit.line - 1]
    start, end = hit.matches[0]
    assert hit.snippet[start:end] == "railway"


def test_limit(news: LibraryIndex) -> None:
    assert len(news.search("trade", limit=1)) == 1
    assert len(news.search("trade")) > 1


def test_title_hit_ranks_above_a_passing_mention(lib: Path, open_index: Any) -> None:
    write(
        lib / "a.yaml",
        article("Tariffs and the economy", ["A long report on farming, weather and tariffs " * 3]),
    )
    write(lib / "b.yaml", article("Weather report", ["The weather was fine; tariffs aside."]))
    write(lib / "c.yaml", article("Something else", ["Nothing about it at all."]))
    index = open_index(lib)
    hits = index.search("tariffs")
    assert hits[0].path.name == "a.yaml" and hits[0].kind == "metadata"
    assert hits[0].snippet == "Tariffs and the economy"


def test_quote_ranks_above_the_same_words_in_a_paragraph(lib: Path, open_index: Any) -> None:
    text = "Officials expect steady growth in ports and shipping this year."
    write(lib / "a.yaml", article("A", [text], quotes=[{"speaker": "X", "text": "steady growth"}]))
    index = open_index(lib)
    assert index.search("steady")[0].kind == "quote"


@pytest.mark.parametrize(
    "text",
    [
        'a" OR "b',
        "NEAR(trade laos)",
        "trade) OR (laos",
        "col:trade",
        "^trade",
        "trade; DROP TABLE passages; --",
        'title:"x\') OR 1=1 --"',
        "'trade'",
        "{text}: trade",
        "trade + laos",
        '"trade"*',
        "trade AND AND laos",
    ],
)
def test_no_query_reaches_the_engine_as_syntax(news: LibraryIndex, text: str) -> None:
    """Whatever the text, it is either refused with a QueryError or searched as words."""
    try:
        hits = news.search(text)
    except QueryError:
        return
    assert isinstance(hits, list)
    # The tables are intact afterwards.
    assert len(news.entries()) == 4


def test_operators_inside_quotes_are_words(lib: Path, open_index: Any) -> None:
    write(lib / "a.yaml", article("Ops", ["Say NEAR and OR and NOT here."]))
    write(lib / "b.yaml", article("Other", ["Nothing."]))
    index = open_index(lib)
    assert names(index.search('"NEAR"')) == {"a.yaml"}
    assert names(index.search('"OR"')) == {"a.yaml"}
    assert names(index.search("NOT")) == {"a.yaml"}


def test_control_characters_in_text_stay_in_the_snippet_data(lib: Path, open_index: Any) -> None:
    write(lib / "a.yaml", article("Hostile", ["Evil \x1b]0;title\x07 escape text."]))
    index = open_index(lib)
    (hit,) = [h for h in index.search("escape") if h.kind == "paragraph"]
    assert "\x1b" in hit.snippet  # escaped only when displayed (see the CLI tests)


# --- grep agreement ---------------------------------------------------------------------------

_VOCABULARY = [
    "harbour",
    "tariff",
    "grain",
    "minister",
    "railway",
    "summit",
    "export",
    "Laos",
    "café",
    "co-operation",
    "U.S.",
    "don't",
    "2022",
    "1.5",
    "covid19",
    "naïve",
    "Straße",
    "ÉTÉ",
]


def _random_text(rng: random.Random) -> str:
    words = [rng.choice(_VOCABULARY) for _ in range(rng.randint(3, 12))]
    glue = [rng.choice([" ", ", ", " — ", "\n", "'s ", " (", ") ", "; "]) for _ in words]
    return "".join(w + g for w, g in zip(words, glue, strict=True)).strip() + "."


@pytest.mark.skipif(shutil.which("grep") is None, reason="needs grep")
@pytest.mark.parametrize("seed", range(3))
def test_every_file_grep_finds_is_among_the_hits(lib: Path, open_index: Any, seed: int) -> None:
    rng = random.Random(seed)
    for number in range(30):
        sections = [
            [_random_text(rng) for _ in range(rng.randint(1, 3))] for _ in range(rng.randint(1, 3))
        ]
        meta: dict[str, Any] = {}
        if rng.random() < 0.5:
            meta["tags"] = [rng.choice(_VOCABULARY)]
        if rng.random() < 0.3:
            meta["outlet"] = rng.choice(_VOCABULARY)
        write(lib / f"f{number:02}.yaml", article(_random_text(rng)[:40], sections, **meta))
    index = open_index(lib)
    grep_found = 0
    for word in [
        "harbour",
        "tariff",
        "laos",
        "cafe",
        "café",
        "2022",
        "covid19",
        "straße",
        "été",
        "co",
        "operation",
        "don",
        "naïve",
        "grain",
        "minister",
        # YAML keys and values grep sees too.
        "title",
        "tags",
        "outlet",
        "heading",
        "paragraphs",
        "sections",
        "1",
    ]:
        grep = subprocess.run(
            ["grep", "-rliw", "--include=*.yaml", word, str(lib)],
            capture_output=True,
            text=True,
            check=False,
            env={"LC_ALL": "C.UTF-8"},
        )
        expected = {Path(line).name for line in grep.stdout.splitlines()}
        found = names(index.search(word))
        assert expected <= found, (word, expected - found)
        grep_found += len(expected)
    assert grep_found > 50  # grep really ran and found files


def test_yaml_keys_and_comments_are_found_like_grep_finds_them(lib: Path, open_index: Any) -> None:
    path = write(
        lib / "a.yaml",
        article(
            "Plain",
            ["Nothing special."],
            statistics=[{"label": "Ships", "value": 3, "text": "Nothing"}],
        ),
    )
    path.write_text("# Annotated by zanzibarian volunteers\n" + path.read_text(), "utf-8")
    write(lib / "b.yaml", article("Other", ["Unrelated."]))
    index = open_index(lib)
    assert names(index.search("label")) == {"a.yaml"}  # a YAML key only a.yaml uses
    assert names(index.search("paragraphs")) == {"a.yaml", "b.yaml"}
    (hit,) = index.search("zanzibarian")
    assert hit.line == 1 and hit.kind == "metadata"
    assert hit.snippet == "# Annotated by zanzibarian volunteers"
    # Such hits rank below the article's own words.
    write(lib / "c.yaml", article("Label makers", ["A label on every box."]))
    index.update(workers=1)
    assert index.search("label")[0].path.name == "c.yaml"


@pytest.fixture
def two_speakers(lib: Path, open_index: Any) -> LibraryIndex:
    write(
        lib / "party.yaml",
        article(
            "Party congress",
            [
                "Shen Beili said the party would “open the party to young members”.",
                "Ma Zhaoxu added that “the party stands for trade”.",
                "Delegates of the party met in the hall.",
            ],
            tags=["politics"],
            quotes=[
                {"speaker": "Shen Beili", "text": "open the party to young members"},
                {"speaker": "Ma Zhaoxu", "text": "the party stands for trade"},
            ],
        ),
    )
    return open_index(lib)  # type: ignore[no-any-return]


def test_speaker_narrows_the_hits_to_their_quotes(two_speakers: LibraryIndex) -> None:
    index = two_speakers
    hits = index.search('speaker:"Shen Beili" party')
    assert [(h.kind, h.speaker) for h in hits] == [("quote", "Shen Beili")]
    either = index.search('(speaker:"Shen Beili" OR speaker:ma) party')
    assert sorted(h.speaker or "" for h in either) == ["Ma Zhaoxu", "Shen Beili"]
    assert {h.kind for h in either} == {"quote"}
    # Other filters, and `speaker:` excluded or beside another kind of term, restrict articles.
    assert {h.kind for h in index.search("tag:politics party")} >= {"quote", "paragraph"}
    assert index.search("-speaker:ma party") == []
    mixed = index.search("(speaker:nobody OR tag:politics) party")
    assert "paragraph" in {h.kind for h in mixed}
    assert [h.kind for h in index.search("speaker:ma OR tag:politics")] == ["metadata"]
    assert [h.speaker for h in index.search("speaker:ma")] == ["Ma Zhaoxu"]


def test_words_found_in_a_quote_and_its_paragraph_are_one_hit(two_speakers: LibraryIndex) -> None:
    index = two_speakers
    hits = index.search("young")
    assert [(h.kind, h.speaker) for h in hits] == [("quote", "Shen Beili")]
    (quote,) = hits
    assert (quote.section_index, quote.paragraph) == (0, 0)
    paragraph = "Shen Beili said the party would “open the party to young members”."
    assert quote.start is not None and quote.end is not None
    assert paragraph[quote.start : quote.end] == "open the party to young members"
    # "party" also stands outside the quotes: those paragraphs stay, each quote shows once.
    party = index.search("party")
    texts = sorted(h.kind for h in party if h.kind != "metadata")
    assert texts == ["paragraph", "paragraph", "quote", "quote"]
    assert len({h.line for h in party if h.kind != "metadata"}) == 4
    # "trade" only in Ma's quote: with a limit, the hit shown is the quote.
    assert [h.kind for h in index.search("trade", limit=1)] == ["quote"]


def test_words_found_in_a_figure_and_its_paragraph_are_one_hit(lib: Path, open_index: Any) -> None:
    figure = {"label": "Exports", "value": 300, "unit": "tonnes", "text": "300 tonnes"}
    text = "Exports rose to 300 tonnes this year."
    write(lib / "a.yaml", article("Ports", [text], statistics=[figure]))
    index = open_index(lib)
    (hit,) = index.search("tonnes")
    assert hit.kind == "statistic" and hit.start is not None and hit.end is not None
    assert text[hit.start : hit.end] == "300 tonnes"
    assert sorted(h.kind for h in index.search("tonnes OR rose")) == ["paragraph", "statistic"]


# --- one article's title and metadata ---------------------------------------------------------


def test_an_id_that_repeats_the_title_is_not_a_second_hit(lib: Path, open_index: Any) -> None:
    # No `id`: the file's stem is the id, here the title itself.
    write(lib / "港口恢复通航.yaml", article("港口恢复通航", ["港口将重新开放，船只开始移动。"]))
    write(
        lib / "harbour.yaml",
        article("Harbour reopens to ships", ["Ships left the harbour."], id="harbour-reopens"),
    )
    index = open_index(lib)
    cjk = index.search("港口")
    assert sorted(h.kind for h in cjk) == ["metadata", "paragraph"]
    assert [h.snippet for h in cjk if h.kind == "metadata"] == ["港口恢复通航"]
    latin = index.search("harbour")
    assert [h.snippet for h in latin if h.kind == "metadata"] == ["Harbour reopens to ships"]
    # Searched for by its id, the article is still found (by its title).
    assert {h.path.name for h in index.search('"harbour-reopens"')} == {"harbour.yaml"}


def test_cjk_written_as_yaml_escapes_is_found(lib: Path, open_index: Any) -> None:
    # A dump made with `allow_unicode=False` (or by a JSON writer) holds no CJK byte: its
    # text is still CJK once read, and a two-character word of it is found like any other.
    data = yaml.safe_dump(article("Harbour", ["港口将重新开放。"]), allow_unicode=False)
    assert data.isascii()
    (lib / "escaped.yaml").write_text(data, encoding="utf-8")
    index = open_index(lib)
    assert [(h.path.name, h.kind) for h in index.search("港口")] == [("escaped.yaml", "paragraph")]


def test_metadata_holding_more_than_the_title_stays_a_hit(lib: Path, open_index: Any) -> None:
    write(
        lib / "harbour.yaml",
        article(
            "Harbour reopens",
            ["Ships left."],
            id="harbour-reopens",
            outlet="Harbour Daily",
            tags=["shipping"],
        ),
    )
    index = open_index(lib)
    # The outlet's "Daily" is not in the title: the metadata is a hit of its own.
    kinds = [h.kind for h in index.search("harbour OR daily")]
    assert kinds.count("metadata") == 2
    # Only the metadata holds the word: it is the hit.
    assert [h.kind for h in index.search("shipping")] == ["metadata"]
    # A prefix that finds another word in the metadata ("harbours" is not "harbour").
    write(lib / "more.yaml", article("Harbour news", ["Nothing."], id="harbours-news"))
    index.update(workers=1)
    more = [h for h in index.search("harbour*") if h.path.name == "more.yaml"]
    assert sorted(h.snippet.split()[0] for h in more) == ["Harbour", "harbours-news"]
