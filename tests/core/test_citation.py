"""The citation `y` copies: words, attribution, source; plain text with no control characters."""

from __future__ import annotations

import datetime as dt

from pressreader.model import Article, Quote, Section, Speaker, Statistic
from pressreader.text.citation import cite_quote, cite_statistic, clean


def make_article(**overrides: object) -> Article:
    fields: dict[str, object] = {
        "id": "a",
        "title": "Join hands to create a better future",
        "sections": [Section(id="lead", heading=None, paragraphs=["Text."])],
        "outlet": "Workers' Daily",
        "published": dt.date(2022, 10, 20),
        "url": "https://example.org/story",
        "speakers": [Speaker("Ma Zhaoxu", role="Vice Minister"), Speaker("Shen Beili")],
    }
    fields.update(overrides)
    return Article(**fields)  # type: ignore[arg-type]


def test_direct_quote_in_typographic_quotes_with_speaker_role_and_source() -> None:
    article = make_article()
    text = cite_quote(article, Quote("Ma Zhaoxu", "We will stand on the right side of history."))
    assert text.splitlines() == [
        "“We will stand on the right side of history.”",
        "— Ma Zhaoxu, Vice Minister",
        "Join hands to create a better future, Workers' Daily, 2022-10-20",
        "https://example.org/story",
    ]


def test_indirect_quote_is_marked_indirect_not_quoted() -> None:
    # The format's word (`kind: indirect`), as the speakers view says it too.
    article = make_article()
    text = cite_quote(article, Quote("Ma Zhaoxu", "China adheres to peace", kind="indirect"))
    first = text.splitlines()[0]
    assert first == "(indirect) China adheres to peace"
    assert "“" not in text


def test_speaker_without_role_falls_back_to_affiliation_then_name_alone() -> None:
    article = make_article(speakers=[Speaker("A", affiliation="Ministry"), Speaker("B")])
    assert cite_quote(article, Quote("A", "x")).splitlines()[1] == "— A, Ministry"
    assert cite_quote(article, Quote("B", "x")).splitlines()[1] == "— B"
    # A speaker missing from the speakers list is still named.
    assert cite_quote(article, Quote("Nobody", "x")).splitlines()[1] == "— Nobody"


def test_words_already_in_quotation_marks_are_not_wrapped_twice() -> None:
    text = cite_quote(make_article(), Quote("Shen Beili", "“wide”"))
    assert text.splitlines()[0] == "“wide”"


def test_source_without_outlet_date_or_url_leaves_them_out() -> None:
    article = make_article(outlet=None, published=None, url=None)
    lines = cite_quote(article, Quote("Shen Beili", "Hello")).splitlines()
    assert lines[-1] == "Join hands to create a better future"
    assert len(lines) == 3


def test_statistic_with_change_and_previous() -> None:
    stat = Statistic("Countries with diplomatic relations", 181, previous=172, unit="countries")
    lines = cite_statistic(make_article(), stat).splitlines()
    assert lines[0] == (
        "Countries with diplomatic relations: 181 countries (↑ 9 (+5.2%), from 172 countries)"
    )
    assert lines[1:] == [
        "Join hands to create a better future, Workers' Daily, 2022-10-20",
        "https://example.org/story",
    ]


def test_statistic_without_previous_has_no_change_and_shows_period() -> None:
    stat = Statistic("Political parties", 600, unit="parties", period="2022")
    first = cite_statistic(make_article(), stat).splitlines()[0]
    assert first == "Political parties (2022): 600 parties"


def test_large_values_are_formatted_for_reading() -> None:
    stat = Statistic("Citizens helped", 4_600_000, previous=5_000_000)
    first = cite_statistic(make_article(), stat).splitlines()[0]
    assert first == "Citizens helped: 4.6 million (↓ 400,000 (-8%), from 5 million)"


def test_control_characters_are_stripped_everywhere() -> None:
    hostile = "Evil\x1b]0;pwned\x07 title\x1b[2J\u202e"
    article = make_article(
        title=hostile,
        outlet="Out\x9dlet",
        url="https://x\x00.org",
        speakers=[Speaker("Sp\x1beaker", role="Ro\nle")],
    )
    text = cite_quote(article, Quote("Sp\x1beaker", "line one\nline\ttwo\x07\x7f"))
    for char in text:
        assert char == "\n" or (ord(char) >= 0x20 and not 0x7F <= ord(char) <= 0x9F), repr(char)
    assert "\u202e" not in text
    lines = text.splitlines()
    assert lines[0] == "“line one line two”"
    assert lines[1] == "— Speaker, Ro le"
    assert lines[2] == "Evil]0;pwned title[2J, Outlet, 2022-10-20"
    assert lines[3] == "https://x.org"
    stat_text = cite_statistic(article, Statistic("La\x1bbel", 1, unit="u\x1b[31m"))
    assert "\x1b" not in stat_text
    assert stat_text.splitlines()[0] == "Label: 1 u[31m"


def test_markup_like_text_stays_literal() -> None:
    text = cite_quote(make_article(), Quote("Shen Beili", "[bold]not bold[/] [@click=app.quit]"))
    assert text.splitlines()[0] == "“[bold]not bold[/] [@click=app.quit]”"


def test_clean_collapses_whitespace_and_handles_none() -> None:
    assert clean(None) == ""
    assert clean("  a \n\n b\t ") == "a b"


def test_statistics_of_chinese_articles_count_in_myriads() -> None:
    article = make_article(language="zh")
    stat = Statistic("每周晚间到馆读者", 12000, previous=8500, unit="人次")
    first = cite_statistic(article, stat).splitlines()[0]
    assert first == "每周晚间到馆读者: 1.2万人次 (↑ 3500 (+41.2%), from 8500人次)"


def test_money_of_chinese_articles_is_written_as_they_write_it() -> None:
    stat = Statistic("拨款", 4_600_000, previous=3_000_000, unit="$")
    chinese = cite_statistic(make_article(language="zh"), stat).splitlines()[0]
    assert chinese == "拨款: 460万美元 (↑ 160万 (+53.3%), from 300万美元)"
    english = cite_statistic(make_article(language="en"), stat).splitlines()[0]
    assert english == "拨款: $4.6 million (↑ 1.6 million (+53.3%), from $3 million)"
