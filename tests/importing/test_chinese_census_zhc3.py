"""Chinese reported speech from the census of 134 unlabelled VOA texts, second part (docs/IMPORT.md,
"Since the census of Chinese reported speech"): each shape with a near shape that must not be taken
(the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

# --- a quotation split by its attribution, the source a body whose name holds 与 -----------------


def test_a_body_holding_yu_speaks_after_a_quotation_split_by_a_colon() -> None:
    text = (
        "“美国国内发生埃博拉疫情的风险较低，”美国疾病控制与预防中心(CDC)星期四说："
        "“不过，入境筛查可以减缓疾病传入美国。”"
    )
    assert quotes(text) == [
        ("direct", "美国疾病控制与预防中心", "美国国内发生埃博拉疫情的风险较低，"),
        ("direct", "美国疾病控制与预防中心", "不过，入境筛查可以减缓疾病传入美国。"),
    ]


def test_a_body_holding_yu_speaks_after_a_quotation() -> None:
    text = "“美国国内发生埃博拉疫情的风险较低，”美国卫生与公众服务部星期四说。"
    assert quotes(text) == [("direct", "美国卫生与公众服务部", "美国国内发生埃博拉疫情的风险较低，")]


def test_two_bodies_joined_by_yu_after_a_quotation_are_no_source() -> None:
    assert quotes("“美国国内发生埃博拉疫情的风险较低，”国务院与财政部星期四说。") == []
    assert quotes("“风险较低，”国务院与美国疾病控制与预防中心星期四说。") == []
    assert quotes("“风险较低，”伊朗与美国星期四说。") == []
