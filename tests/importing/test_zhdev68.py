"""Chinese reported speech and figures from the zhdev68 round's cause table (docs/IMPORT-RULES.md,
"What it finds"): a 他 or 她 after a quotation split by its attribution (`“…，”X说，“…”`) names X;
a clause that is only where the subject of the sentence's first clause wrote (`，并在X平台上写道：`)
names no speaker of its own; a first clause that opens with the short form of a dotted name met
before is that person's, not a dotted name inside it; `，并补充说：“…”` after a quotation that
ends the sentence before is the next sentence's subject's; `3万3600美元` is one amount; `数十名`,
`几十个` are vague, no figure. The sentences here are written for the tests."""

from __future__ import annotations

from .helpers import figures, quotes

# --- a pronoun after a quotation split by its attribution --------------------------------------


def test_a_pronoun_after_a_split_quotation_names_its_speaker() -> None:
    text = (
        "财政部长约翰·史密斯(John Smith)对记者说，“预算已经平衡。”在会议结束之际，总理玛丽·琼斯"
        "(Mary Jones)宣布了新的计划。“这项计划将创造就业，”琼斯说，“我们会继续努力。”她说，"
        "失业率将“明显下降”。"
    )
    assert quotes(text) == [
        ("direct", "约翰·史密斯", "预算已经平衡。"),
        ("direct", "玛丽·琼斯", "这项计划将创造就业，"),
        ("direct", "玛丽·琼斯", "我们会继续努力。"),
        ("indirect", "玛丽·琼斯", "失业率将“明显下降”。"),
    ]
    text = (
        "外交部长约翰·史密斯(John Smith)说，谈判会继续。“战争持续时间太长，”总理玛丽·琼斯"
        "(Mary Jones)说，“我们需要和平。”她说，停火应当尽快实现。"
    )
    assert quotes(text)[-1] == ("indirect", "玛丽·琼斯", "停火应当尽快实现。")
    # (near: the attribution before the quotation, the sentence opening with the speaker, as
    # before; must not: words in marks that no attribution follows move no one)
    text = (
        "外交部长约翰·史密斯(John Smith)说，谈判会继续。总理玛丽·琼斯(Mary Jones)说："
        "“我们需要和平。”她说，停火应当尽快实现。"
    )
    assert quotes(text)[-1] == ("indirect", "玛丽·琼斯", "停火应当尽快实现。")
    text = (
        "大使约翰·史密斯(John Smith)表示，两国站在一起，并谴责他所称的“鲁莽挑衅”。"
        "邻国批评了这一立场。安全委员会主席彼得·布朗(Peter Brown)星期五发表声明，警告民众"
        "“保持警惕，不要惊慌”。他同时指责邻国领导人挑起了他所说的冲突。"
    )
    assert quotes(text)[-1] == ("indirect", "彼得·布朗", "邻国领导人挑起了他所说的冲突。")


# --- where it was written, its subject left out --------------------------------------------------


def test_a_platform_clause_before_the_verb_names_no_speaker() -> None:
    text = "总统约翰·史密斯(John Smith)会见了外长，并在X平台上写道：“合作始终很重要。”"
    assert quotes(text) == [("direct", "约翰·史密斯", "合作始终很重要。")]
    text = "部长玛丽·琼斯(Mary Jones)参观了工厂，并在X上发帖说：“工人们非常辛苦。”"
    assert quotes(text) == [("direct", "玛丽·琼斯", "工人们非常辛苦。")]
    # (near: the name before the platform, read as before; must not: a subject of its own in
    # the clause before the verb)
    assert quotes("约翰·史密斯(John Smith)在X平台上写道：“合作始终很重要。”") == [
        ("direct", "约翰·史密斯", "合作始终很重要。")
    ]
    text = (
        "总统约翰·史密斯(John Smith)会见了外长，部长玛丽·琼斯(Mary Jones)在X平台上写道："
        "“合作始终很重要。”"
    )
    assert quotes(text) == [("direct", "玛丽·琼斯", "合作始终很重要。")]


def test_a_first_clause_opening_with_a_short_name_is_that_persons() -> None:
    text = (
        "总理玛丽·琼斯(Mary Jones)星期二抵达。琼斯发布了她与外交部长约翰·史密斯(John Smith)"
        "会晤的照片，并在X平台上写道：“合作始终很重要。”"
    )
    assert quotes(text) == [("direct", "玛丽·琼斯", "合作始终很重要。")]
    # (must not: the dotted name that opens the clause, as before)
    text = (
        "总理玛丽·琼斯(Mary Jones)星期二抵达。外交部长约翰·史密斯(John Smith)发布了他与琼斯"
        "会晤的照片，并在X平台上写道：“合作始终很重要。”"
    )
    assert quotes(text) == [("direct", "约翰·史密斯", "合作始终很重要。")]


# --- a second verb after a quotation that ends the sentence before --------------------------------


def test_a_joined_verb_after_a_closed_quotation_is_the_next_sentences_subjects() -> None:
    text = "部长陈明说：“预算已经平衡。”王强表示，新计划会成功，并补充说：“我们会继续努力。”"
    assert quotes(text) == [
        ("direct", "陈明", "预算已经平衡。"),
        ("indirect", "王强", "新计划会成功"),
        ("direct", "王强", "我们会继续努力。"),
    ]
    # (near: no quotation before, as before; must not: an unnamed official, no source)
    assert quotes("王强表示，新计划会成功，并补充说：“我们会继续努力。”")[-1] == (
        "direct",
        "王强",
        "我们会继续努力。",
    )
    text = "部长陈明说：“预算已经平衡。”一名官员表示，新计划会成功，并补充说：“我们会继续努力。”"
    assert quotes(text) == [("direct", "陈明", "预算已经平衡。")]


# --- figures -----------------------------------------------------------------------------------


def test_ten_thousands_with_digits_after_them_are_one_amount() -> None:
    assert figures("他被责令支付3万3600美元的赔偿款。") == [(33600, None, "$", "3万3600美元")]
    assert figures("共有1万2500人参加了集会。") == [(12500, None, "人", "1万2500人")]
    # (near: 万 alone, as before; must not: a year before it, no figure)
    assert figures("共有3万人参加了集会。") == [(30000, None, "人", "3万人")]
    assert [f[0] for f in figures("2026年有3万人参加。")] == [30000]


def test_vague_tens_are_no_figure() -> None:
    assert all(value != 10 for value, *_ in figures("袭击造成数十名平民受伤。"))
    assert all(value != 10 for value, *_ in figures("几十个国家派出了代表。"))
    # (near: a number of tens, as before)
    assert [f[0] for f in figures("二十名平民受伤。")] == [20]


def test_one_person_dead_or_hurt_is_counted() -> None:
    assert figures("袭击造成一人死亡。") == [(1, None, "人", "一人")]
    assert figures("地震在邻国导致一人受伤。") == [(1, None, "人", "一人")]
    # (near: two, and a numeral of tens with one, `十一`, as 11; must not: `一人` not befallen, and
    # `其中一人`, one of those counted before)
    assert [f[0] for f in figures("十一名学生受伤。")] == [11]
    assert figures("一人说，这是一名官员。") == []
    assert [f[0] for f in figures("两名士兵受伤，其中一人死亡。")] == [2]
