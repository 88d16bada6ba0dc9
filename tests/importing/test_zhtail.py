"""A Chinese source's manner before its verb (`卢比奥这样说`, `他如此表示`; docs/IMPORT-RULES.md,
"What it finds"): the demonstrative is no part of the name. Before, the speaker was `奥这样`. The
sentences are written for the tests."""

from __future__ import annotations

import pytest

from .helpers import quotes


@pytest.mark.parametrize("manner", ["这样", "这么", "如此", "那样"])
@pytest.mark.parametrize("verb", ["说", "表示", "说道"])
def test_manner_after_the_quotation(manner: str, verb: str) -> None:
    assert quotes(f"“我们不会让步，”卢比奥{manner}{verb}。") == [
        ("direct", "卢比奥", "我们不会让步，")
    ]


def test_manner_before_the_quotation() -> None:
    assert quotes("卢比奥这样说：“我们不会让步。”") == [("direct", "卢比奥", "我们不会让步。")]


def test_manner_after_a_pronoun() -> None:
    assert quotes("国务卿马尔科·卢比奥周二访问北京。“我们不会让步，”他这样说。") == [
        ("direct", "马尔科·卢比奥", "我们不会让步，")
    ]
