"""The zhdev50 round (VOA Chinese reports in which several named sources speak,
`benchmarks/devset/dev50/`; docs/IMPORT-RULES.md, "The zhdev50 round"): a verb joined by 并 to the
quotation right before it whose clause opens with a noun about something (`，”并强调对伊朗的制裁与其
核计划有关`), the quotation's attribution holding a time or a place (`他在回答…问题时说:“…”`); a
`除了…外` phrase run into the source's name with no comma (`除了认同…成果外赖清德还强调，A`); and
money in Hong Kong and New Taiwan dollars (`100万港币`, `新台币7800亿元`). Each with the near shapes
that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import figures, quotes

_RUBIO = "美国国务卿马尔科·卢比奥星期二在参议院作证。"
_LAI = "台湾总统赖清德也在这次活动中发表讲话。"


# --- `，”并强调对X的Y…`: a clause whose subject is a noun about something ---------------------


def test_a_clause_about_sanctions_after_the_quotation_is_a_report() -> None:
    found = quotes(
        _RUBIO, "他说：“不，我们还没有讨论过这个问题，”并强调对伊朗的制裁与其核计划有关。"
    )
    assert found == [
        ("direct", "马尔科·卢比奥", "不，我们还没有讨论过这个问题，"),
        ("indirect", "马尔科·卢比奥", "对伊朗的制裁与其核计划有关。"),
    ]


def test_the_quotations_attribution_with_a_time_names_the_source_of_the_report() -> None:
    # (`他在回答…问题时说:` with an ASCII colon: 他 is the Secretary, never `问题时`; and the
    # quotation after it stays his)
    found = quotes(
        _RUBIO,
        "他在回答墨菲参议员的问题时说:“不，我们还没有讨论过这个问题，”并强调对伊朗的制裁与其核计划有关。"
        "他说：“伊朗因拥有高浓缩铀而受到制裁。”",
    )
    assert found == [
        ("direct", "马尔科·卢比奥", "不，我们还没有讨论过这个问题，"),
        ("indirect", "马尔科·卢比奥", "对伊朗的制裁与其核计划有关。"),
        ("direct", "马尔科·卢比奥", "伊朗因拥有高浓缩铀而受到制裁。"),
    ]


def test_a_clause_about_something_with_is_is_a_report() -> None:
    found = quotes(_RUBIO, "他说：“不，”并指出对伊朗的制裁是必要的措施。")
    assert found[-1:] == [("indirect", "马尔科·卢比奥", "对伊朗的制裁是必要的措施。")]


def test_an_attitude_about_something_after_the_quotation_is_none() -> None:
    # (`并表示对…的关切`: the noun ends the words, no predicate after it)
    found = quotes(_RUBIO, "他说：“我们还没有讨论过这个问题，”并表示对伊朗局势的关切。")
    assert found == [("direct", "马尔科·卢比奥", "我们还没有讨论过这个问题，")]


def test_support_for_something_after_the_quotation_is_none() -> None:
    found = quotes(_RUBIO, "他说：“我们会继续努力，”并强调对盟友的支持。")
    assert found == [("direct", "马尔科·卢比奥", "我们会继续努力，")]


def test_a_second_action_joined_by_and_is_no_report() -> None:
    # (no closing mark before 并: `控制了…并强调对…` is the narration's second verb)
    found = quotes(_RUBIO, "美军控制了该海峡并强调对伊朗的制裁与其核计划有关。")
    assert found == []


# --- `除了…外X还强调，A`: besides what the source did, run into its name --------------------


def test_a_besides_phrase_run_into_the_name_is_no_part_of_it() -> None:
    found = quotes(
        _LAI, "除了认同谷立言提到的美台合作成果外赖清德还强调，他希望能确保台海的和平稳定现状。"
    )
    assert found == [("indirect", "赖清德", "他希望能确保台海的和平稳定现状。")]


def test_a_besides_phrase_with_its_comma_reads_as_before() -> None:
    found = quotes(_LAI, "除了认同合作成果之外，赖清德还强调，他希望能确保台海的和平稳定现状。")
    assert found == [("indirect", "赖清德", "他希望能确保台海的和平稳定现状。")]


def test_a_foreign_ministry_after_besides_is_not_cut_at_its_wai() -> None:
    # (`除了美国外交部…`: 外 goes on into 外交部, no `除了…外` phrase closes there)
    found = quotes("除了美国外交部发言人表示，中方应当停止施压。")
    assert all(speaker != "交部发言人" for _, speaker, _ in found)


def test_a_besides_phrase_with_no_known_name_gives_no_new_source() -> None:
    found = quotes("除了认同合作成果外还强调，双方应该深化合作。")
    assert found == []


# --- money in Hong Kong and New Taiwan dollars ---------------------------------------------


def test_hong_kong_dollars_are_the_unit_as_written() -> None:
    found = figures("当局悬赏100万港币通缉四人，其余被悬赏20万港元。")
    assert (1000000, None, "港币", "100万港币") in found
    assert (200000, None, "港元", "20万港元") in found


def test_new_taiwan_dollars_before_the_number_are_its_unit() -> None:
    found = figures("立法院通过新台币7800亿元的特别国防预算。")
    assert found == [(780000000000, None, "新台币", "新台币7800亿元")]


def test_new_taiwan_dollars_after_its_yuan_are_its_unit() -> None:
    found = figures("行政院提出1.25万亿元新台币的预算。")
    assert found == [(1250000000000, None, "新台币", "1.25万亿元新台币")]


def test_yuan_alone_stays_yuan() -> None:
    # (新台币 elsewhere in the paragraph names another amount, not this one)
    found = figures("新台币贬值，一餐要100元。")
    assert found == [(100, None, "元", "100元")]
