"""Who a person is in a Chinese story, written before the name like a title (`居民张三说`,
`村民王五告诉记者：“…”`): the name is the speaker's and the word before it the role, as
`游客埃隆说` and `外交部发言人毛宁说` are read (docs/IMPORT-RULES.md, "What it finds"). A person
counted before the word (`一位网友私信王丹，表示…`) is never named: what follows is no name.
The sentences are written for the tests."""

from __future__ import annotations

import pytest

from .helpers import found, quotes


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("居民张三说，新公园让孩子们有了玩耍的地方。", "张三", "居民"),
        ("村民王五告诉记者：“今年收成很好。”", "王五", "村民"),
        ("市民赵六说：“我们很满意。”", "赵六", "市民"),
        ("网友刘洋表示，这项政策来得太晚了。", "刘洋", "网友"),
        ("“路况太差了。”出租车司机陈刚说。", "陈刚", "出租车司机"),
        ("志愿者周敏说，救援物资已经送到。", "周敏", "志愿者"),
        ("律师马力表示，此案将上诉。", "马力", "律师"),
        ("抗议者孙强说：“我们不会离开。”", "孙强", "抗议者"),
        # (a role already read: unchanged)
        ("退休教师李四表示，社区的变化很大。", "李四", "退休教师"),
        ("外交部发言人毛宁说，中方对此表示关切。", "毛宁", "外交部发言人"),
    ],
)
def test_who_a_person_is_before_the_name_is_the_role(sentence: str, name: str, role: str) -> None:
    annotations = found(sentence)
    assert [quote.speaker for quote in annotations.quotes] == [name]
    assert annotations.speakers == [(name, role, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a person counted and never named: no source, whatever follows the word
        "一位网友私信王丹，表示愿意捐款800美元用于纪念馆修复。",
        "一位网友说，这项政策来得太晚了。",
        "一名司机对美国之音说：“路况太差了。”",
        "两名志愿者说，救援物资已经送到。",
        "一位律师说，此案将上诉。",
        # the word and no name: residents speak, no one is named
        "居民们说，新公园让孩子们有了玩耍的地方。",
    ],
)
def test_no_name_follows_a_person_counted_or_a_plural(sentence: str) -> None:
    assert quotes(sentence) == []


def test_the_word_inside_a_bodys_name_or_a_longer_word_names_no_one() -> None:
    # `学生会` (a student union) and `农民工` (migrant workers) hold the words; no name follows
    annotations = found("学生会主席王芳说，活动将在下周举行。", "农民工说，工资还没有发。")
    assert [(quote.speaker, quote.text) for quote in annotations.quotes] == [
        ("王芳", "活动将在下周举行。")
    ]
    assert annotations.speakers == [("王芳", "学生会主席", None)]
