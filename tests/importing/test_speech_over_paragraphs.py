"""Speech that runs over several paragraphs (benchmarks/devset/dev10, docs/IMPORT-RULES.md "The
eleventh round"): a paragraph that leaves a quotation open, then paragraphs with no marks, then
one whose first mark closes it, each paragraph one direct quote of the speaker of the first; and
the look-alikes that must not be taken (a mark left open that no paragraph closes, a paragraph
with an attribution of its own, a quotation with no speaker). The sentences here are written for
the tests."""

from __future__ import annotations

from pressreader.importing.annotate import annotate
from pressreader.importing.quotes import continued_quotations

from .helpers import near_linear, quotes


def test_a_statement_under_a_label_alone_runs_over_paragraphs_with_no_marks() -> None:
    assert quotes(
        "Today, President Jane Roe announced her team.",
        "Statement from President Jane Roe:",
        "“They are trusted advisors. I am pleased to announce them.",
        "Ann is a leading economist. She understands the economy.",
        "Together they will finish the job.”",
        "Ann will be the second director of the council.",
    ) == [
        ("direct", "Jane Roe", "They are trusted advisors. I am pleased to announce them."),
        ("direct", "Jane Roe", "Ann is a leading economist. She understands the economy."),
        ("direct", "Jane Roe", "Together they will finish the job."),
    ]


def test_a_statement_whose_label_opens_the_paragraph_runs_on() -> None:
    assert quotes(
        "Statement from President Jane Roe: “Dr. Ann Poe has spent her career in science.",
        "As director, she has advanced our programme.",
        "She will lead the institute well.”",
    ) == [
        ("direct", "Jane Roe", "Dr. Ann Poe has spent her career in science."),
        ("direct", "Jane Roe", "As director, she has advanced our programme."),
        ("direct", "Jane Roe", "She will lead the institute well."),
    ]


def test_a_chinese_quotation_left_open_runs_on_to_its_closing_mark() -> None:
    assert quotes(
        "北约秘书长马克·吕特星期四说：“我们的对手是谁呢？俄罗斯仍然是威胁。",
        "中国继续推进军队现代化。",
        "这就是我们所面临的挑战。”",
        "吕特还表示，北约将保持团结。",
    ) == [
        ("direct", "马克·吕特", "我们的对手是谁呢？俄罗斯仍然是威胁。"),
        ("direct", "马克·吕特", "中国继续推进军队现代化。"),
        ("direct", "马克·吕特", "这就是我们所面临的挑战。"),
        ("indirect", "马克·吕特", "北约将保持团结。"),
    ]


def test_words_after_the_closing_mark_are_read_as_any_paragraph() -> None:
    assert quotes(
        "Mayor Jane Roe said: “We will rebuild the bridge.",
        "It will take two years.” Governor Ann Poe said that the state will pay for it.",
    ) == [
        ("direct", "Jane Roe", "We will rebuild the bridge."),
        ("direct", "Jane Roe", "It will take two years."),
        ("indirect", "Ann Poe", "the state will pay for it."),
    ]


def test_a_quotation_left_open_after_its_speakers_attribution_carries_on() -> None:
    # The newswire convention: the continuing paragraphs open again, only the last one closes.
    assert quotes(
        "“We will keep the parks open,” Mayor Jane Roe said.",
        "“The budget allows it. We have checked it twice.",
        "“And we will hire more staff.”",
    ) == [
        ("direct", "Jane Roe", "We will keep the parks open,"),
        ("direct", "Jane Roe", "The budget allows it. We have checked it twice."),
        ("direct", "Jane Roe", "And we will hire more staff."),
    ]
    assert quotes(
        "安萨里并证实，卡塔尔持有被冻结的伊朗资金。他说这些资金尚未转交。",
        "“这些资金将用于人道主义采购。因此，卡塔尔只是金融中介。",
        "与此同时，伊朗证实将派代表前往卡塔尔。",
    )[-1:] == [("direct", "安萨里", "这些资金将用于人道主义采购。因此，卡塔尔只是金融中介。")]


def test_a_mark_left_open_that_no_paragraph_closes_does_not_run_on() -> None:
    assert quotes(
        "特朗普总统星期三在帖文中写道：“我们将把资金发放给农民。",
        "而随着市场预期海峡将维持开放，美国油价星期三下跌。",
        "与此同时，国际原子能机构表示，将很快重启核查工作。",
    ) == [
        ("direct", "特朗普", "我们将把资金发放给农民。"),
        ("indirect", "国际原子能机构", "将很快重启核查工作。"),
    ]
    assert quotes(
        "Mayor Jane Roe said: “We will rebuild the bridge.",
        "The city council met on Tuesday to discuss the budget.",
    ) == [("direct", "Jane Roe", "We will rebuild the bridge.")]


def test_a_paragraph_with_an_attribution_of_its_own_is_no_continuation() -> None:
    found = quotes(
        "唐纳德·特朗普总统星期五发文说：“所有水雷必须被销毁。",
        "特朗普还表示，浓缩铀“将由美国挖掘并摧毁。”",
    )
    assert ("direct", "唐纳德·特朗普", "所有水雷必须被销毁。") in found
    assert all("特朗普还表示" not in text for _, _, text in found)


def test_a_quotation_with_no_speaker_is_no_quote_nor_the_speech_inside_it() -> None:
    assert (
        quotes(
            "“Today, President Jane Roe and President Ann Poe had a fantastic call.",
            "President Roe also discussed the power plants. She said that the United States "
            "could help run them.",
            "The Presidents emphasized that the teams can agree on all aspects.”",
        )
        == []
    )


def test_straight_marks_and_a_wrong_way_mark_do_not_close_a_run() -> None:
    assert quotes(
        'Mayor Jane Roe said: "We will rebuild the bridge.',
        "The council met on Tuesday.",
        'Then "the plan" was read out.',
    ) == [("direct", "Jane Roe", "We will rebuild the bridge.")]
    assert (
        continued_quotations(
            [
                "Mayor Jane Roe said: “We will rebuild it.",
                "The council met.",
                "Then ”Through it all.",
            ]
        )
        == {}
    )


def test_a_run_stops_at_a_heading_and_after_its_most_paragraphs() -> None:
    found = annotate(
        [
            (None, ["Mayor Jane Roe said: “We will rebuild the bridge.", "It will be built."]),
            ("The next part", ["It will take two years.”"]),
        ]
    ).quotes
    assert [quote.text for quote in found] == ["We will rebuild the bridge."]
    long_run = ["Mayor Jane Roe said: “We will rebuild it."] + ["No marks here."] * 12 + ["End.”"]
    assert continued_quotations(long_run) == {}
    assert continued_quotations([*long_run[:12], "End.”"]) == {
        **{number: len("No marks here.") for number in range(1, 12)},
        12: 4,
    }


def test_the_scan_across_paragraphs_is_linear() -> None:
    carried = ["X said: “a b c", *(["no marks"] * 11), "d e.”"]
    small, large = near_linear(lambda n: continued_quotations(carried * n), 200)
    assert len(small) == 12 * 200 and len(large) == 12 * 800  # every paragraph it carries on to
    assert near_linear(lambda n: continued_quotations(["“open"] * n), 2_000) == ({}, {})
    plain = ["“open", *(["plain"] * 20)]
    assert near_linear(lambda n: continued_quotations(plain * n), 100) == ({}, {})
