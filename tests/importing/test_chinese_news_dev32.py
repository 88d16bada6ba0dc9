"""Chinese news reports heavy in reported speech, from the thirty-second development folder and
an audit of unlabelled VOA texts (docs/IMPORT-RULES.md, "The thirty-second development folder"): a
suit's `，指控…`, an event's length, a vote's tally and `，但他强调，` opening a second
report. Each shape with a near shape that must not be taken (the sentences here are written for
the tests)."""

from __future__ import annotations

from .helpers import figures, quotes

# --- a suit's charge ----------------------------------------------------------------------------


def test_a_suits_charge_is_no_report() -> None:
    assert quotes("州总检察长凯瑟琳·哈纳韦起诉洛瑞思公司，指控该公司隐瞒与军方的关联。") == []
    assert quotes("今年5月，美国司法部公布了一份起诉书，指控两名公民涉嫌洗钱。") == []
    assert quotes("美国司法部对三名人员提起诉讼,其中包括一名创始人，指控其协助走私芯片。") == []


def test_a_charge_with_its_own_subject_or_after_the_suits_sentence_still_reports() -> None:
    assert quotes("检察官约翰·史密斯指控，该公司隐瞒了关键事实。") == [
        ("indirect", "约翰·史密斯", "该公司隐瞒了关键事实。")
    ]
    assert quotes("凯瑟琳·哈纳韦说，她已起诉洛瑞思公司。她指控，该公司隐瞒了关键事实。") == [
        ("indirect", "凯瑟琳·哈纳韦", "她已起诉洛瑞思公司。"),
        ("indirect", "凯瑟琳·哈纳韦", "该公司隐瞒了关键事实。"),
    ]


# --- an event's length --------------------------------------------------------------------------


def test_the_length_of_a_meeting_visit_or_extension_is_a_figure() -> None:
    assert figures("欧洲理事会主席主持了布鲁塞尔两天峰会，双方将进行60天的会谈。") == [
        (2, None, "天", "两天峰会"),
        (60, None, "天", "60天的会谈"),
    ]
    assert figures("王毅将对加拿大进行为期三天的访问，此前的停火为期一个月的停火。") == [
        (3, None, "天", "为期三天的访问"),
        (1, None, "月", "为期一个月的停火"),
    ]
    assert figures("众议院否决了三个星期的延期，总统也可以申请30天延期。") == [
        (3, None, "星期", "三个星期的延期"),
        (30, None, "天", "30天延期"),
    ]
    assert figures("她展开了对美国大约两星期的访问。") == [(2, None, "星期", "大约两星期的访问")]


def test_a_period_or_a_time_around_an_event_is_no_length() -> None:
    assert figures("过去60天的会谈没有结果，两天后的会谈将在日内瓦举行。") == []
    assert figures("第二天的会议上，他发言了。一天的会谈结束了。") == []
    assert figures("他获得了为期60天的临时许可证。") == []
    # the time of what is told after it
    assert figures("郑丽文在华盛顿进行三天的访问，期间在国会山会见了议员。") == []


# --- a vote's tally -----------------------------------------------------------------------------


def test_the_votes_of_a_tally_are_figures() -> None:
    assert figures("该法案以215票赞成、208票反对获得通过，参议院以50票对47票推进了该法案。") == [
        (215, None, "票", "215票"),
        (208, None, "票", "208票"),
        (50, None, "票", "50票"),
        (47, None, "票", "47票"),
    ]
    assert figures("众议院以218比198票否决了这项法案。") == [
        (218, None, "票", "218"),
        (198, None, "票", "198票"),
    ]


def test_a_ratio_or_a_score_without_votes_is_no_tally() -> None:
    assert figures("比分为3比1，他投了第2票。") == []


def test_a_turn_before_the_pronoun_of_a_second_report_ends_the_first() -> None:
    text = "欧洲理事会主席王明说，他的办公室已经与对方进行了接触，但他强调，他的目标不是进行调解。"
    assert quotes(text) == [
        ("indirect", "王明", "他的办公室已经与对方进行了接触"),
        ("indirect", "王明", "他的目标不是进行调解。"),
    ]
    # `但他` with no verb of saying after it is the report's own turn
    text = "欧洲理事会主席王明说，他的办公室已经与对方进行了接触，但他的目标不是进行调解。"
    assert quotes(text) == [
        ("indirect", "王明", "他的办公室已经与对方进行了接触，但他的目标不是进行调解。")
    ]
