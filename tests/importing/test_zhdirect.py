"""Chinese direct quotes from the zhdirect probe (docs/IMPORT-RULES.md, "Since the zhdirect probe"):
the words in marks after a post or a statement published and a comma (`X在其官方X账号上发贴文，
“…”`) are the source's, as after a colon (not a pronoun's, a title's short words or the words
after a clause between); a quotation joined by a conjunction (`以及`, `和`, `并且`, `、`) to a
direct quote just found, and ending its clause, is the same source's words; a quotation after
a conjunction that follows no quote, or that a noun follows (`“A”和“B”的荣誉`), stays no one's
(the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

# --- the second quotation joined to a quote -------------------------------------------------------


def test_two_conditions_joined_by_yiji() -> None:
    text = "特朗普在帖子中列出的两个条件是：“伊朗必须放弃浓缩铀”以及“霍尔木兹海峡必须立即开放”。"
    found = quotes(text)
    assert [(kind, words) for kind, _speaker, words in found] == [
        ("direct", "伊朗必须放弃浓缩铀"),
        ("direct", "霍尔木兹海峡必须立即开放"),
    ]
    assert found[0][1] == found[1][1] == "特朗普"


def test_a_list_of_three_joined() -> None:
    text = "白宫在声明中列出的要求是：“停止一切敌对行动”、“释放所有人质”以及“开放人道主义通道”。"
    assert quotes(text) == [
        ("direct", "白宫", "停止一切敌对行动"),
        ("direct", "白宫", "释放所有人质"),
        ("direct", "白宫", "开放人道主义通道"),
    ]


def test_joined_by_bingqie_after_a_comma() -> None:
    text = "特朗普说：“伊朗必须放弃浓缩铀”，并且“霍尔木兹海峡必须立即开放”。"
    assert [words for _kind, _speaker, words in quotes(text)] == [
        "伊朗必须放弃浓缩铀",
        "霍尔木兹海峡必须立即开放",
    ]


# --- near shapes: no quote joined -----------------------------------------------------------------


def test_a_noun_after_the_second_marks_is_no_quotation() -> None:
    text = "盖奇说：“我就是为这种时刻而生的”和“当晚最佳比赛”的荣誉。"
    words = [words for _kind, _speaker, words in quotes(text)]
    assert "当晚最佳比赛" not in words


def test_terms_joined_with_no_quote_before_them() -> None:
    text = "盖奇凭借“当晚最佳表现”和“当晚最佳比赛”的荣誉，获得了82.5万美元的奖金。"
    assert quotes(text) == []


def test_slogans_joined_stay_no_ones() -> None:
    text = "北京推动所谓的“共同富裕”和“双循环”。"
    assert quotes(text) == []


def test_a_second_quotation_after_other_words_is_not_joined() -> None:
    text = "特朗普说：“伊朗必须放弃浓缩铀”，但他也提到了所谓的“霍尔木兹海峡问题”。"
    words = [words for _kind, _speaker, words in quotes(text)]
    assert "霍尔木兹海峡问题" not in words


# --- the words after a post and a comma -----------------------------------------------------------


def test_a_post_on_an_official_account_after_a_time_clause() -> None:
    text = (
        "一天前，美国驻华使领馆也在其官方X账号上发贴文，“对这场悲剧性火灾深感悲痛。"
        "在此悲伤时刻，我们的心与大家同在。”"
    )
    assert quotes(text) == [
        (
            "direct",
            "美国驻华使领馆",
            "对这场悲剧性火灾深感悲痛。在此悲伤时刻，我们的心与大家同在。",
        )
    ]


def test_a_statement_published_then_a_comma() -> None:
    text = "星期五，白宫发表声明，“美国将继续支持乌克兰，直到实现公正的和平。”"
    assert quotes(text) == [("direct", "白宫", "美国将继续支持乌克兰，直到实现公正的和平。")]


def test_a_post_on_social_media() -> None:
    text = "国务卿鲁比奥在社交媒体上发帖，“我们与菲律宾站在一起，共同维护航行自由。”"
    assert quotes(text) == [("direct", "鲁比奥", "我们与菲律宾站在一起，共同维护航行自由。")]


def test_a_short_title_after_an_article_is_no_quote() -> None:
    text = "美国国务院发布了一篇文章，“自由之光”。"
    assert quotes(text) == []


def test_a_clause_between_the_statement_and_the_marks() -> None:
    text = "中国外交部发表声明，谴责美方的“霸凌行径”。"
    assert quotes(text) == []


def test_a_statement_named_as_a_noun_is_no_post() -> None:
    text = "白宫的声明，“美国优先”的口号随处可见。"
    assert quotes(text) == []
