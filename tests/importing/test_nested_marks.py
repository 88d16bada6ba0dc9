"""A quotation that holds a term in the same curly marks (`说：“…“史诗狂怒行动”中如何使用。…”`,
`The “Fair and Reciprocal Plan” will …`) closes at its own closing mark, not the term's, when
the paragraph's curly marks nest; marks the source mistyped keep the pairing they had
(ANNOTATING.md, "Direct quotes": the words inside the outer marks)."""

from __future__ import annotations

from pressreader.importing.quotes.marks import _nested_closes, _quote_spans

from .helpers import near_linear, quotes


def test_a_chinese_quotation_holding_a_term_in_the_same_marks_closes_at_its_own_mark() -> None:
    # (past the 400 characters after a term that were read for its quotation's close)
    long_tail = "我认为这一点并没有得到足够认可。" * 30
    found = quotes(
        f"海格塞斯说：“是的，我们对库存很有信心，包括在这个历史性时刻的“史诗狂怒行动”中如何使用。"
        f"{long_tail}总统当时说：“嘿，那将是一项伟大的协议。”我们是认真的。”"
    )
    assert len(found) == 1
    kind, speaker, text = found[0]
    assert (kind, speaker) == ("direct", "海格塞斯")
    assert text.startswith("是的，") and text.endswith("我们是认真的。")
    assert "“史诗狂怒行动”" in text and "“嘿，" in text


def test_an_english_quotation_holding_a_name_in_the_same_marks() -> None:
    found = quotes(
        "President Trump said: “The days of America being taken advantage of are over. The "
        "“Fair and Reciprocal Plan” will put the American worker first.”"
    )
    assert found == [
        (
            "direct",
            "Trump",
            "The days of America being taken advantage of are over. The “Fair and Reciprocal "
            "Plan” will put the American worker first.",
        )
    ]


def test_quotations_one_after_another_pair_as_before() -> None:
    paragraph = "他说：“我们会来。”她说：“我们也会来。”"
    assert _nested_closes(paragraph) == {}
    assert [(a, d) for a, _, _, d in _quote_spans(paragraph)] == [(3, 10), (13, 21)]


def test_marks_the_source_mistyped_keep_the_pairing_they_had() -> None:
    # A closing mark typed as an opening one (`“自由250“`), a `”` with nothing open, a wrong-way
    # `”` opening a quotation, and a German pair whose closing mark is `“`: no nesting read.
    for paragraph in (
        "球迷区是“自由250“与国际足联的合作项目；“自由250“是由政府成立的组织。",
        "他说：“好。”” 然后她说：“也好。”",
        "He said ”Through the storm we stand,” and “we “will” stand.”",
        "Er sagte „Wir kommen“ und „wir “bleiben” hier“.",
    ):
        assert _nested_closes(paragraph) == {}, paragraph


def test_nested_pairing_reads_each_mark_once() -> None:
    def run(n: int) -> list[tuple[str, str, str]]:
        return quotes("海格塞斯说：“" + "我们的“计划”很好。" * n + "”")

    small, large = near_linear(run, 200)
    assert len(small) == len(large) == 1
    assert small[0][2].count("“计划”") == 200 and large[0][2].count("“计划”") == 800
