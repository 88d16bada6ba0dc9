"""Where a Chinese report ends (the zhspan round, docs/IMPORT-RULES.md, "What it finds";
ANNOTATING.md, "It runs to the end of the report in that paragraph"): an opening mark typed for
the closing one before 的 (`实现“…无核化“的共同目标`) closes the words in marks, so the report
ends with its sentence and not at the paragraph's next closing mark; the purpose of what
`宣布，` announced (`，旨在帮助…`) is the reporter's, as after `宣布联署…`; a report goes on
after `；而且` (and moreover), while `；而` and `；但` turn to another matter. With the near
shapes that stay as they are (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import near_linear, quotes


def _texts(text: str) -> list[str]:
    return [quoted for _, _, quoted in quotes(text)]


# --- an opening mark typed for the closing one before 的 -----------------------------------------

_SHEET = "白宫在峰会后发布事实简报，指两国领导人确认了他们实现“半岛持久和平“的共同目标。"
_THEN = "不过两国官媒在会面后均未提及“和平”，一位学者在接受采访时解读了其中的意涵。"


def test_a_mark_typed_before_de_closes_the_words_and_the_report_ends_with_its_sentence() -> None:
    assert quotes(_SHEET + _THEN) == [
        ("indirect", "白宫", "两国领导人确认了他们实现“半岛持久和平“的共同目标。")
    ]


def test_a_mark_typed_before_de_leaves_the_stops_after_it_outside_marks() -> None:
    # (`，并呼吁` ends a report outside marks; it was read inside marks closed far later)
    text = (
        "外交部表示，双方重申了实现“地区持久稳定“的承诺，并呼吁各方保持克制，"
        "“新朋友”代表团也出席了会议。"
    )
    assert _texts(text) == ["双方重申了实现“地区持久稳定“的承诺"]


def test_a_mark_typed_before_de_is_one_more_shape_the_sentences_close() -> None:
    # (no closing mark later in the paragraph: the words in marks end where the typed one stands)
    text = (
        "白宫发布事实简报，指两国确认了“半岛和平“的目标。不过官媒均未提及此事，学者解读了其意涵。"
    )
    assert _texts(text) == ["两国确认了“半岛和平“的目标。"]


def test_words_closed_as_they_should_be_before_de_stay_as_they_are() -> None:
    text = "白宫发布事实简报，指两国领导人确认了他们实现“半岛和平”的共同目标。" + _THEN
    assert _texts(text) == ["两国领导人确认了他们实现“半岛和平”的共同目标。"]


def test_a_quotation_that_opens_with_a_word_of_de_stays_open() -> None:
    # (`“的确…`: the mark opens words in marks that run over two sentences of the report)
    text = (
        "郑明还说，在会面中，两人“的确没有谈到军购，我们看到了对方的善意。因为两岸不能再自相残杀。”"
    )
    assert _texts(text) == [
        "在会面中，两人“的确没有谈到军购，我们看到了对方的善意。因为两岸不能再自相残杀。”"
    ]


def test_a_term_in_marks_inside_a_quotation_before_de_stays_inside_it() -> None:
    text = "王明说：“我们支持“半岛和平”的目标，也会继续推动对话。”"
    assert _texts(text) == ["我们支持“半岛和平”的目标，也会继续推动对话。"]


# --- the purpose of what 宣布 announced -----------------------------------------------------------

_AID = "与此同时，美国国务院星期五宣布，美国提供的援助已超过5000万美元，且数额仍在增加"


def test_the_purpose_of_an_announcement_is_the_reporters() -> None:
    assert quotes(_AID + "，旨在帮助当地组织扩大救援行动。") == [
        ("indirect", "美国国务院", "美国提供的援助已超过5000万美元，且数额仍在增加")
    ]


def test_the_purpose_with_a_latin_comma_is_the_reporters_too() -> None:
    assert _texts(_AID + ",旨在帮助当地组织扩大救援行动。") == [
        "美国提供的援助已超过5000万美元，且数额仍在增加"
    ]


def test_an_announcement_with_no_purpose_runs_to_its_end() -> None:
    assert _texts(_AID + "，其中一半将用于医疗物资。") == [
        "美国提供的援助已超过5000万美元，且数额仍在增加，其中一半将用于医疗物资。"
    ]


def test_a_purpose_that_is_the_announced_things_own_predicate_stays() -> None:
    # (no comma before 旨在: the clause's own verb, `这项计划旨在…`)
    assert _texts("卫生部星期五宣布，这项计划旨在帮助偏远地区的诊所。") == [
        "这项计划旨在帮助偏远地区的诊所。"
    ]


def test_a_purpose_in_the_sources_words_in_marks_stays() -> None:
    text = "卫生部星期五宣布，将拨款两亿美元，“这笔资金，旨在保护最脆弱的人群。”"
    assert _texts(text) == ["将拨款两亿美元，“这笔资金，旨在保护最脆弱的人群。”"]


def test_the_purpose_after_another_verb_of_saying_stays_the_sources() -> None:
    text = "北约秘书长吕特表示，这一支出目标是经过严格程序确定的，旨在明确各方需要投入多少资金。"
    assert _texts(text) == ["这一支出目标是经过严格程序确定的，旨在明确各方需要投入多少资金。"]


# --- a semicolon, then 而且 ---------------------------------------------------------------------

_DRILL = "连长王大明说，以往演习通常提前一周进行整备，此次直到前一天才进入阵地"


def test_a_report_goes_on_after_a_semicolon_and_moreover() -> None:
    text = _DRILL + "；而且这次要在较软的沙滩上射击，必须先铺上座板。"
    assert quotes(text) == [
        (
            "indirect",
            "王大明",
            "以往演习通常提前一周进行整备，此次直到前一天才进入阵地；"
            "而且这次要在较软的沙滩上射击，必须先铺上座板。",
        )
    ]


def test_a_semicolon_then_whereas_turns_to_another_matter() -> None:
    text = _DRILL + "；而另一支部队则在山区展开训练。"
    assert _texts(text) == ["以往演习通常提前一周进行整备，此次直到前一天才进入阵地"]


def test_a_semicolon_then_but_turns_to_another_matter() -> None:
    text = _DRILL + "；但上级部门对演习的安排另有考虑。"
    assert _texts(text) == ["以往演习通常提前一周进行整备，此次直到前一天才进入阵地"]


# --- hostile text ---------------------------------------------------------------------------------


def test_the_work_on_many_announced_purposes_before_terms_in_marks_grows_with_them() -> None:
    # (each term in marks after a purpose is outside every report: whether one covers it is a
    # search among the reports, not a scan of them all at each)
    def paragraph(n: int) -> list[tuple[str, str, str]]:
        return quotes(
            "".join(
                f"卫生部宣布，第{i}笔援助已经到位，旨在帮助“当地组织”的行动。" for i in range(n)
            )
        )

    small, large = near_linear(paragraph, 300)
    assert large == [("indirect", "卫生部", f"第{i}笔援助已经到位") for i in range(1200)]
    assert small == large[:300]
