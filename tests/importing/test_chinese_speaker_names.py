"""`对外` inside an office's name (`对外事务`, `中共中央对外联络部`) is part of the role, not the
words after the source where the one spoken to begins (`他对记者说`): the name after the
office is the speaker (the sentences are written for the tests)."""

from __future__ import annotations

from .helpers import quotes


def test_an_office_holding_dui_wai_is_part_of_the_role() -> None:
    assert quotes("香港大学文化及对外事务协理副校长孔德立说：“中国比以往任何时候都更强大。”") == [
        ("direct", "孔德立", "中国比以往任何时候都更强大。")
    ]
    assert quotes("中共中央对外联络部部长刘建超表示，中方愿与各国政党加强交流。") == [
        ("indirect", "刘建超", "中方愿与各国政党加强交流。")
    ]


def test_dui_before_the_one_spoken_to_still_ends_the_source() -> None:
    assert quotes("王毅对记者说，中方愿与各方加强沟通。") == [
        ("indirect", "王毅", "中方愿与各方加强沟通。")
    ]
