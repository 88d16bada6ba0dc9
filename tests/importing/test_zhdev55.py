"""Chinese reported speech from the zhdev55 round's misses on its new folder of VOA reports
(docs/IMPORT-RULES.md, "Since the zhdev55 round"): a body's act right after its name ends the name,
表示 after a determiner is a noun, and a clause whose short predicate in marks goes on with its
object is a report (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

# --- a body's act right after its name, then a report joined to it ---------------------------


def test_a_body_that_criticises_then_says_in_a_report() -> None:
    text = (
        "特朗普政府批评北京近年来限制香港公民自由的举措，并在3月31日提交给国会的一份报告中称，"
        "这些举措“进一步侵蚀了香港的法治。”"
    )
    assert quotes(text) == [("indirect", "特朗普政府", "这些举措“进一步侵蚀了香港的法治。”")]


def test_a_body_that_reaffirms_then_says() -> None:
    text = "美国国务院重申美国的立场不变，并表示，美国将继续施压。"
    assert quotes(text) == [("indirect", "美国国务院", "美国将继续施压。")]
    text = "美国国务院谴责这次袭击，并称，袭击违反了国际法。"
    assert quotes(text) == [("indirect", "美国国务院", "袭击违反了国际法。")]


def test_a_body_with_its_time_as_before() -> None:
    text = "美国国务院星期四批评北京的举措，并称，这些举措侵蚀了法治。"
    assert quotes(text) == [("indirect", "美国国务院", "这些举措侵蚀了法治。")]


def test_a_name_given_after_a_body_act_is_no_quote() -> None:
    # (`称其为…的工具`: a name given, no marks, no clause)
    text = "特朗普政府批评中国在香港成立一个国际调解组织，称其为北京推行反民主价值观的工具。"
    assert quotes(text) == []


def test_a_name_that_does_not_end_as_a_body_is_not_cut_at_the_act() -> None:
    # (`北京` ends as no body does: the rule leaves the sentence as it was read before)
    text = "北京批评美国的举措，并表示，这些举措侵蚀了法治。"
    assert ("indirect", "北京批评美国的举措", "这些举措侵蚀了法治。") not in quotes(text)


# --- 表示 after a determiner: the remarks, a noun ----------------------------------------------


def test_the_remarks_referred_back_report_nothing() -> None:
    text = (
        "唐纳德·特朗普星期四在接受电台采访时做出了上述表示，当时，他被问到黎智英的问题。"
        "他说：“我将尽一切所能拯救他。”"
    )
    assert quotes(text) == [("direct", "唐纳德·特朗普", "我将尽一切所能拯救他。")]
    for noun in ("这一表示", "这些表示", "此番表示", "这番表示"):
        text = f"唐纳德·特朗普星期四做出了{noun}，当时，他被问到黎智英的问题。"
        assert quotes(text) == [], noun


def test_the_verb_after_a_place_word_still_reports() -> None:
    text = "唐纳德·特朗普星期四在接受采访时表示，他会尽力营救黎智英。"
    assert quotes(text) == [("indirect", "唐纳德·特朗普", "他会尽力营救黎智英。")]
    text = "马尔科·卢比奥星期四对此表示，美国将继续施压。"
    assert quotes(text) == [("indirect", "马尔科·卢比奥", "美国将继续施压。")]


# --- a short predicate in marks going on with its object --------------------------------------


def test_marked_verbs_then_their_object() -> None:
    text = "北京一再表示中国 “坚决反对”和“依法打击”任何形式的网络攻击。"
    assert quotes(text) == [("indirect", "北京", "中国 “坚决反对”和“依法打击”任何形式的网络攻击。")]
    text = "马尔科·卢比奥星期四表示中国“坚决反对”任何形式的网络攻击。"
    assert quotes(text) == [("indirect", "马尔科·卢比奥", "中国“坚决反对”任何形式的网络攻击。")]


def test_a_marked_predicate_ending_the_clause_as_before() -> None:
    text = "马尔科·卢比奥星期四表示古巴政府“即将垮台”。"
    assert quotes(text) == [("indirect", "马尔科·卢比奥", "古巴政府“即将垮台”。")]


def test_marked_words_that_modify_or_run_long_are_not_taken() -> None:
    assert quotes("马尔科·卢比奥星期四表示中国“一带一路”的倡议。") == []
    assert quotes("马尔科·卢比奥星期四表示支持“一带一路”倡议。") == []
    text = "马尔科·卢比奥星期四表示中国“坚决反对任何形式的网络攻击行为”这一做法。"
    assert quotes(text) == []


def test_a_term_in_marks_before_its_noun_is_no_clause() -> None:
    # (`“一带一路”倡议`: the marked words name the noun after them, no predicate)
    assert quotes("马尔科·卢比奥强调中方“一带一路”倡议。") == []
    assert quotes("马尔科·卢比奥星期四表示中国“一带一路”倡议的重要性。") == []
