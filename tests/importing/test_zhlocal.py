"""Chinese local and social news, from a probe of the genre (residents, shop owners, police,
courts, hospitals, schools; posts on social media, statements, interviews, reports cited,
lawyers and families): the shapes the probe found read wrong (docs/IMPORT-RULES.md, "What it
finds"). The sentences are written for the tests."""

from __future__ import annotations

import pytest

from .helpers import figures, found, quotes


@pytest.mark.parametrize(
    ("paragraphs", "name", "role"),
    [
        # a person counted, then named: the name speaks
        (("“我们每个月交物业费，却连安全都保证不了，”另一位居民陈建国说。",), "陈建国", "居民"),
        (("一名学生家长周女士在接受采访时说：“孩子一直喊肚子疼。”",), "周女士", "学生家长"),
        # a surname and a word of address after who the person is
        (("深圳一家餐馆老板黄先生告诉美国之音，生意仍然没有恢复。",), "黄先生", "深圳一家餐馆老板"),
        (("储户刘女士告诉本台记者，她的存款至今无法取出。",), "刘女士", "储户"),
        (("退休工人欧阳女士说，存款取不出。",), "欧阳女士", "退休工人"),
        # a second title right after the first, a title that holds a shorter one
        (
            ("急诊科主任医师李明在接受新华社记者采访时说，学生将在三天内出院。",),
            "李明",
            "急诊科主任医师",
        ),
        (
            ("一家医院的护士长赵红在朋友圈写道，医护人员已经连续工作了36个小时。",),
            "赵红",
            "一家医院的护士长",
        ),
        # a verb of manner before 说 is no part of the name
        (
            ("北京大学社会学系教授张静分析说，这一事件暴露出监管的漏洞。",),
            "张静",
            "北京大学社会学系教授",
        ),
        # who the person is to another, then a title and the name, joined by 、
        (("她的同事、护士林芳对本台说，医院的床位严重不足。",), "林芳", "护士"),
    ],
)
def test_a_person_named_after_who_they_are(
    paragraphs: tuple[str, ...], name: str, role: str
) -> None:
    annotations = found(*paragraphs)
    assert [quote.speaker for quote in annotations.quotes] == [name]
    assert annotations.speakers == [(name, role, None)]


def test_a_name_with_a_word_of_address_alone_speaks() -> None:
    assert quotes("黄先生说，生意不好。") == [("indirect", "黄先生", "生意不好。")]
    assert quotes("一名学生家长周女士说：“孩子病了。”", "周女士表示，学校第二天才通知家长。") == [
        ("direct", "周女士", "孩子病了。"),
        ("indirect", "周女士", "学校第二天才通知家长。"),
    ]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("警方通报称，一名28岁的男子因涉嫌故意伤害被刑事拘留。", "警方"),
        ("南京警方通报称，张某对其违法行为供认不讳。", "南京警方"),
        ("昆明市卫健委表示，患病学生均已送医。", "昆明市卫健委"),
        ("国家发改委表示，将研究新的措施。", "国家发改委"),
        ("昆明市卫健委发布的数据显示，上周全市新增流感病例12,345例。", "昆明市卫健委"),
    ],
)
def test_a_body_that_speaks_by_its_name(sentence: str, body: str) -> None:
    annotations = found(sentence)
    assert [quote.speaker for quote in annotations.quotes] == [body]


@pytest.mark.parametrize(
    "sentence",
    [
        # counted and never named, whatever follows (an act is no name)
        "一位网友私信王丹，表示愿意捐款。",
        "一位居民说，新公园很好。",
        "一位女士说，存款取不出。",
        "一名男子对记者说：“我什么都没看见。”",
        # who people are, alone: no one named
        "居民说：“这部电梯已经坏了三次了。”",
        "网友说：“电梯坏了。”",
        # another's kin or lawyer, never named
        "外送员的母亲在脸书上发文说，儿子伤势严重。",
        "受害者的家人对记者说，他们希望法院严惩凶手。",
        "孙某的辩护律师当庭表示，将提出上诉。",
        "张某的父亲对媒体表示，处罚太重了。",
    ],
)
def test_no_one_named(sentence: str) -> None:
    assert quotes(sentence) == []


def test_a_lawyer_or_a_kinsman_named_speaks() -> None:
    annotations = found(
        "李某的律师张伟表示，他的当事人有精神疾病史。", "刘美贤的父亲刘俊说，她很努力。"
    )
    assert [(quote.speaker, quote.text) for quote in annotations.quotes] == [
        ("张伟", "他的当事人有精神疾病史。"),
        ("刘俊", "她很努力。"),
    ]
    assert annotations.speakers == [("张伟", "李某的律师", None), ("刘俊", "刘美贤的父亲", None)]


@pytest.mark.parametrize(
    "unnamed",
    [
        "外送员的母亲在脸书上发文说，儿子伤势严重。",
        "孙某的辩护律师当庭表示，将提出上诉。",
        "一位美国官员对记者说，调查还在进行。",
    ],
)
def test_a_pronoun_after_one_never_named_names_no_one(unnamed: str) -> None:
    # the 她 or 他 is the one never named, not the person named before
    said = quotes("李明说，学生将出院。", unnamed, "她写道：“请大家不要酒后开车。”")
    assert said == [("indirect", "李明", "学生将出院。")]
    said = quotes("李明说，学生将出院。", unnamed, "他说，这是冤案。")
    assert said == [("indirect", "李明", "学生将出院。")]


def test_a_pronoun_after_a_named_person_still_names_them() -> None:
    assert quotes("“生意很差，”黄先生说。", "他说，员工从15人减少到6人。") == [
        ("direct", "黄先生", "生意很差，"),
        ("indirect", "黄先生", "员工从15人减少到6人。"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a term written after its word
        ("法院判处被告人孙某有期徒刑十年，并处罚金50万元。", (10, None, "年", "有期徒刑十年")),
        ("张某被警方处以行政拘留5日。", (5, None, "日", "拘留5日")),
        ("他被判拘役六个月，缓刑一年。", (6, None, "个月", "拘役六个月")),
        # the people counted end before what befell them
        ("30多名学生出现呕吐、腹泻等症状。", (30, None, "学生", "30多名学生")),
        ("已有超过60万名储户获得垫付。", (600000, None, "储户", "超过60万名储户")),
        # meals, lifts, a dose
        ("以前每天能卖出200多份午餐。", (200, None, "午餐", "200多份午餐")),
        ("物业将更换全部12部电梯。", (12, None, "电梯", "12部电梯")),
        ("酒测值高达每公升0.85毫克。", (0.85, None, "毫克", "0.85毫克")),
        # a count followed by 了 counts the measure word's times, not 了
        ("这部电梯已经坏了三次了。", (3, None, "次", "三次")),
    ],
)
def test_local_news_figures(sentence: str, expected: tuple[object, ...]) -> None:
    assert expected in figures(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "他判处有期徒刑三年后出狱。",  # (a time: the clause goes on)
        "拘留5日后释放了他。",
        "国防部长说，3部门联合调查。",  # (部门: no measure word)
        "他持有公司20%的股份。",
    ],
)
def test_no_term_nor_measure(sentence: str) -> None:
    got = figures(sentence)
    assert all(unit not in ("年", "日", "部") for _, _, unit, _ in got)


def test_a_term_after_its_word_is_one_figure() -> None:
    assert figures("法院判处他有期徒刑三年。") == [(3, None, "年", "有期徒刑三年")]
    assert figures("他被判拘役六个月，缓刑一年。") == [(6, None, "个月", "拘役六个月")]
