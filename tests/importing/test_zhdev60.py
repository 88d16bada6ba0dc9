"""Chinese figures from the zhdev60 round's cause table (docs/IMPORT-RULES.md, "Lawmakers counted as
they act together"): two lawmakers counted right before the bill or the announcement they make
together, with the day and the manner of the joint act between them and the verb, or named one by
one right after the count, are the report's sources, not a figure (ANNOTATING.md, seventh folder:
people counted as they speak or act together). The sentences here are written for the tests."""

from __future__ import annotations

from .helpers import figures

# --- the day and the manner between the count and the joint act ---------------------------------


def test_lawmakers_with_the_day_before_their_bill_are_no_figure() -> None:
    assert figures("两名民主党籍联邦议员星期三(5月27日)再次推出一项法案。") == []
    assert figures("两名共和党参议员星期二宣布这项立法。") == []


def test_lawmakers_acting_across_parties_are_no_figure() -> None:
    assert figures("两位美国众议员跨党推出法案。") == []
    assert figures("其他两名众议员曾跨党联袂推出一部法案。") == []


def test_the_bare_verb_of_saying_is_still_no_figure() -> None:
    # (the rule before this round: the verb right after the noun)
    assert figures("两位参议员说，法案将获得通过。") == []


# --- two named one by one right after the count --------------------------------------------------


def test_two_lawmakers_then_named_are_no_figure() -> None:
    text = "两位民主党联邦议员，参议员玛丽亚·坎特韦尔和众议员黛比·丁格尔星期三宣布这项立法。"
    assert figures(text) == []
    text = "两位重量级议员--共和党会议主席约翰·图恩(John Thune)与少数党领袖查克·舒默跨党推出法案。"
    assert figures(text) == []


# --- what stays a figure -------------------------------------------------------------------------


def test_lawmakers_a_report_is_about_are_counted() -> None:
    # (ANNOTATING.md, seventh folder: `四名新西兰国会议员`, barred from entry)
    assert figures("中国对四名新西兰国会议员实施入境限制。") == [
        (4, None, "新西兰国会议员", "四名新西兰国会议员")
    ]
    assert figures("她与其他三名国会议员访问台湾。") == [(3, None, "国会议员", "三名国会议员")]


def test_lawmakers_to_whom_something_happened_are_counted() -> None:
    # (the day after the count, but no joint act of theirs after it)
    assert figures("两名议员星期三在车祸中受伤。") == [(2, None, "议员", "两名议员")]
    assert figures("两名议员星期三被捕。") == [(2, None, "议员", "两名议员")]


def test_a_count_not_followed_by_two_names_is_counted() -> None:
    assert figures("两名议员，其中一人是参议员。") == [(2, None, "议员", "两名议员")]
    # (more than two, then two named: not the pair named)
    text = "三位议员，参议员玛丽亚·坎特韦尔和众议员黛比·丁格尔等人出席。"
    assert figures(text) == [(3, None, "议员", "三位议员")]
