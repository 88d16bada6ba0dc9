"""A Chinese verb of saying with its clause right after it and no comma (docs/IMPORT-RULES.md, "A
Chinese clause after its verb with no comma"): a subject of the clause, then the object's 把
(`说检方把…形容为…`), an adverb of degree (`表示他和习近平的关系很好`) or of manner (`表示测试按计划
执行`); `表示保留…` with its object (a right reserved); adverbs of frequency and manner between a
comma and the verb (`，多次公开表示`) name no source. Each shape with near shapes that must not be
taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

# --- `说检方把…`: the object's 把 after the clause's subject ------------------------------------


def test_a_subject_before_ba_opens_a_clause() -> None:
    assert quotes(
        "法官鲍比·奇玛-格鲁布说，两人有罪。她还说检方把两人的行为形容为间谍是正确的。"
    ) == [
        ("indirect", "鲍比·奇玛-格鲁布", "两人有罪。"),
        ("indirect", "鲍比·奇玛-格鲁布", "检方把两人的行为形容为间谍是正确的。"),
    ]
    assert quotes("外交部长王毅表示美方把台湾问题当作筹码。") == [
        ("indirect", "王毅", "美方把台湾问题当作筹码。")
    ]


def test_ba_in_a_word_said_or_right_after_the_verb_is_no_clause() -> None:
    assert quotes("外交部长王毅说明把台湾问题当作筹码的后果。") == []
    assert quotes("外交部长王毅强调严格把关的重要性。") == []
    assert quotes("外交部长王毅表示双方把握机遇的必要。") == []


# --- `表示他和习近平的关系很好`: an adverb of degree and its adjective ------------------------


def test_a_subject_before_an_adverb_of_degree_opens_a_clause() -> None:
    assert quotes("美国总统唐纳德·特朗普表示他和习近平的关系很好。") == [
        ("indirect", "唐纳德·特朗普", "他和习近平的关系很好。")
    ]
    assert quotes("财长斯科特·贝森特说这次会谈非常成功。") == [
        ("indirect", "斯科特·贝森特", "这次会谈非常成功。")
    ]
    # (a demonstrative subject too: "said this point is very important")
    assert quotes("约翰·鲍威尔表示这一点很重要。") == [
        ("indirect", "约翰·鲍威尔", "这一点很重要。")
    ]


def test_many_or_a_fraction_is_no_adverb_of_degree() -> None:
    assert quotes("财长斯科特·贝森特强调美国很多州的重要性。") == []
    assert quotes("财长斯科特·贝森特强调国防预算的十分之一。") == []
    assert quotes("美国总统唐纳德·特朗普对此表示很满意。") == []


# --- `表示测试按计划执行`: an adverb of manner ---------------------------------------------------


def test_a_subject_before_an_adverb_of_manner_opens_a_clause() -> None:
    assert quotes("国防部长皮特·海格塞斯表示测试按计划执行，“打败了所有威胁”。") == [
        ("indirect", "皮特·海格塞斯", "测试按计划执行，“打败了所有威胁”。")
    ]
    assert quotes("国防部长皮特·海格塞斯说演习如期举行。") == [
        ("indirect", "皮特·海格塞斯", "演习如期举行。")
    ]


def test_no_adverb_of_manner_leaves_a_noun_phrase() -> None:
    assert quotes("国防部长皮特·海格塞斯表示测试的重要性。") == []
    assert quotes("国防部长皮特·海格塞斯确认了测试的计划。") == []


# --- `以色列表示保留…的权利`: a right reserved, its object after it ----------------------------


def test_reserving_a_right_is_a_stance_with_its_object() -> None:
    assert quotes("以色列表示保留对真主党袭击做出回应的权利，并排除撤军的可能性。") == [
        ("indirect", "以色列", "保留对真主党袭击做出回应的权利，并排除撤军的可能性。")
    ]


def test_reservations_alone_are_an_attitude() -> None:
    assert quotes("以色列表示保留意见。") == []
    assert quotes("以色列对此表示保留。") == []


# --- `，多次公开表示`: adverbs between a comma and the verb -------------------------------------


def test_adverbs_of_frequency_after_a_comma_name_no_source() -> None:
    assert quotes(
        "唐纳德·特朗普总统结束访问。特朗普在访华期间的采访中，多次公开表示他和习近平的关系很好。"
    ) == [("indirect", "唐纳德·特朗普", "他和习近平的关系很好。")]
    assert quotes("美国总统唐纳德·特朗普在采访中，曾明确表示，美国将继续支持台湾。") == [
        ("indirect", "唐纳德·特朗普", "美国将继续支持台湾。")
    ]
