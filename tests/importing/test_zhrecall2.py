"""A Chinese document that speaks in the same paragraph as the sentence in which its source
issued it, the act right after the source and written with 了, a counter or a title in marks
(`美国财政部发布了一份报告。这份报告指出，A`, `X发布了《关于…的指南》。这份指南明确指出：A`;
docs/IMPORT-RULES.md, "What it finds", the zhrecall2 round). Before, the document's source was
read from the words before the document's noun in that sentence (`美国财政部发布了一份`), which
name no source, and the report was lost (a time or place between the source and its act,
`X星期一发表了一份声明`, was read before); a document named in a paragraph of its own
(`这份指南指出，…` after `X发布了一份指南。`) and a quotation after `这份报告写道：` were found
before and still are. A joint document and one a source cites give none, as before.

And 医生 (Dr.) after a dotted name (`阿卜杜·卡里姆医生(Dr. Abdul Karim)说`) is a title, not part
of the name, as 博士 is: before, the speaker was `阿卜杜·卡里姆医生`, and a later `卡里姆说` gave
the name without it. A surname and 医生 (`王医生`, the name the text gives) is kept. The
sentences are written for the tests."""

from __future__ import annotations

import pytest

from .helpers import quotes


@pytest.mark.parametrize(
    ("act", "noun"),
    [
        ("发布了一份报告", "报告"),
        ("发布了报告", "报告"),
        ("发布了一份最新的指南", "指南"),
        ("公布了一项通知", "通知"),
    ],
)
def test_a_document_issued_earlier_in_the_paragraph(act: str, noun: str) -> None:
    assert quotes(f"美国财政部{act}。这份{noun}指出，今年的出口均需申请许可证。") == [
        ("indirect", "美国财政部", "今年的出口均需申请许可证。")
    ]


def test_a_document_issued_under_its_title() -> None:
    assert quotes(
        "美国商务部工业和安全局发布了《关于出口许可要求的指南》(Guidance on Licenses)。"
        "这份指南明确指出：即便相关企业位于境外，只要其总部设在上述地区，出口均需申请许可证。"
    ) == [
        (
            "indirect",
            "美国商务部工业和安全局",
            "即便相关企业位于境外，只要其总部设在上述地区，出口均需申请许可证。",
        )
    ]


def test_a_document_issued_then_described() -> None:
    # (the issuing sentence goes on after a comma; the document speaks in the next one)
    assert quotes(
        "美国农业部发布了一份报告，列出了今年的收成数字。这份报告还指出，玉米的价格将继续下跌。"
    ) == [("indirect", "美国农业部", "玉米的价格将继续下跌。")]


def test_a_joint_or_cited_document_still_names_no_one() -> None:
    assert quotes(
        "美国财政部发布了一份报告。这份报告指出，今年的出口均需申请许可证。",
        "美国和英国发表了一份联合声明。这份声明指出，两国将加强合作。",
        "委员会在信中援引一家咨询公司发布的报告。这份报告指出，市场将继续增长。",
    ) == [("indirect", "美国财政部", "今年的出口均需申请许可证。")]


def test_a_document_in_a_paragraph_of_its_own_as_before() -> None:
    assert quotes(
        "美国财政部发布了一份报告，列出了今年的出口数字。",
        "这份报告指出，今年的出口均需申请许可证。",
        "美国能源部发布了一份报告。这份报告指出，电价将会上涨。",
    ) == [
        ("indirect", "美国财政部", "今年的出口均需申请许可证。"),
        ("indirect", "美国能源部", "电价将会上涨。"),
    ]


@pytest.mark.parametrize(
    "attribution",
    ["说：“我们没有看到病例急剧增加。”", "(Dr. Abdul Karim)说：“我们没有看到病例急剧增加。”"],
)
def test_doctor_after_a_dotted_name_is_a_title(attribution: str) -> None:
    assert quotes(
        f"世卫组织紧急项目主任阿卜杜·卡里姆医生{attribution}",
        "世卫组织紧急项目主任阿卜杜·卡里姆医生(Dr. Abdul Karim)表示，疫苗已经运抵。",
    ) == [
        ("direct", "阿卜杜·卡里姆", "我们没有看到病例急剧增加。"),
        ("indirect", "阿卜杜·卡里姆", "疫苗已经运抵。"),
    ]


def test_doctor_then_the_short_name_is_one_speaker() -> None:
    assert quotes(
        "世卫组织紧急项目主任阿卜杜·卡里姆医生说：“我们没有看到病例急剧增加。”",
        "卡里姆说，疫苗已经运抵。",
    ) == [
        ("direct", "阿卜杜·卡里姆", "我们没有看到病例急剧增加。"),
        ("indirect", "阿卜杜·卡里姆", "疫苗已经运抵。"),
    ]


def test_doctor_after_a_surname_as_before() -> None:
    assert quotes(
        "世卫组织紧急项目主任阿卜杜·卡里姆医生说：“我们没有看到病例急剧增加。”",
        "当地诊所的王医生说：“疫苗已经运抵。”",
        "约翰·史密斯博士说：“药物仍在试验中。”",
    ) == [
        ("direct", "阿卜杜·卡里姆", "我们没有看到病例急剧增加。"),
        ("direct", "王医生", "疫苗已经运抵。"),
        ("direct", "约翰·史密斯", "药物仍在试验中。"),
    ]
