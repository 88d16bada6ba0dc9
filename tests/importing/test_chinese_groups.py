"""Countries or people counted together (`三国在声明中表示`, `两人都表示`, `三方`) and countries'
short names run together (`美英澳在…中说`) are several sources at once: no quote, as `三位部长…确认`
and `双方都指责…` are not (docs/ANNOTATING.md, thirty-sixth folder). One body named by such words
(`七国集团`, `四方安全对话`) still speaks (the sentences are written for the tests)."""

from __future__ import annotations

import pytest

from .helpers import quotes


@pytest.mark.parametrize(
    "paragraph",
    [
        "三国在星期六的一份联合声明中表示，这些航行器的交付将于2027年开始。",
        "三国在一份声明中说，协调一致的方式是为了保护本国公民。",
        "莫德里奇现年40岁，两人都表示这将是他们最后一次参加重大国际赛事。",
        "两国在联合声明中说，双方将加强合作。",
        "美英澳在声明附带的清单中说：“海底环境对各国的安全至关重要。”",
        "美日韩外长在会后表示，三国将深化安全合作。",
    ],
)
def test_several_sources_counted_or_run_together_give_no_quote(paragraph: str) -> None:
    assert quotes(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("七国集团在声明中表示，各国将共同应对经济失衡。", "七国集团"),
        ("美国国务院在声明中说，美国将继续支持该地区。", "美国国务院"),
        ("中国外交部表示，中方反对任何形式的干涉。", "中国外交部"),
    ],
)
def test_one_body_still_speaks(paragraph: str, speaker: str) -> None:
    found = quotes(paragraph)
    assert [(kind, who) for kind, who, _text in found] == [("indirect", speaker)]
