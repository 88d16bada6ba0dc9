"""Chinese figure patterns met beyond the first development articles (ANNOTATING.md,
"Chinese text"): counts in Chinese numerals, a qualifier after the number (`1000多公里`), a
range (`4000到5000架次`), a change through its old value's description (`从120多美元的高点降到了
70多美元`); and numbers that are no counts."""

from __future__ import annotations

from .helpers import figures


def test_counts_in_chinese_numerals() -> None:
    assert figures(
        "无人机击中了一辆公交车，造成两人死亡、九人受伤。", "研究人员正在测试三种候选疫苗。"
    ) == [
        (2, None, "人", "两人"),
        (9, None, "人", "九人"),
        (3, None, "候选疫苗", "三种候选疫苗"),
    ]


def test_more_after_the_number_a_range_and_a_change_from_a_high() -> None:
    assert figures(
        "乌克兰袭击了位于前线1000多公里外的炼油厂，发现了一个6公尺方形结构物。",
        "有4000到5000架次美军飞机从欧洲起飞。",
        "油价从120多美元的高点降到了70多美元。",
    ) == [
        (1000, None, "公里", "1000多公里"),
        (6, None, "公尺", "6公尺"),
        (4000, None, "架次", "4000到5000架次"),
        (70, 120, "$", "从120多美元的高点降到了70多美元"),
    ]


def test_chinese_numerals_that_are_no_counts() -> None:
    # The ones named before, people who are not counted, a weekday, an ordinal, a time.
    assert (
        figures(
            "这两家公司都在迈向公开市场。两人将在会晤中讨论此事。",
            "星期三，他第二次访问，为期六个月。",
        )
        == []
    )


def test_cases_and_rockets_counted_with_li_and_mei() -> None:
    assert figures(
        "已确认有267例死亡病例，乌干达有至少20例确诊病例和两例死亡病例。",
        "军方拦截了两枚火箭弹。例如，他们说。",
    ) == [
        (267, None, "死亡病例", "267例死亡病例"),
        (20, None, "确诊病例", "至少20例确诊病例"),
        (2, None, "死亡病例", "两例死亡病例"),
        (2, None, "火箭弹", "两枚火箭弹"),
    ]


def test_a_range_written_with_a_hyphen() -> None:
    assert figures("Deliveries are 26-40 percent faster; 17-25 named storms are expected.") == [
        (26, None, "%", "26-40 percent"),
        (17, None, "named storms", "17-25 named storms"),
    ]
    # A date and a phone number are no ranges.
    assert figures("They met on 2022-10-20; call 555-123-4567.") == []


def test_counts_of_times_and_places_minutes_and_a_noun_before_an_adverb() -> None:
    assert figures(
        "中国海警船上个月进行了两次巡查。此前两艘中国海警船已于6月1日进入该海域。",
        "当天晚上五处标志性建筑将亮灯，并播放总长20分钟的光影展演。",
    ) == [
        (2, None, "巡查", "两次巡查"),
        (2, None, "中国海警船", "两艘中国海警船"),
        (5, None, "标志性建筑", "五处标志性建筑"),
        (20, None, "分钟", "20分钟"),
    ]
    # Not counts: an ordinal, a session's number, one's own (`这两次`).
    assert figures("第二次会议在十月举行。这两次访问都很成功。") == []


def test_chinese_an_ordinal_session_and_a_secondary_strike_are_no_counts() -> None:
    assert figures("这是第二十七次缔约方大会。救援人员遭到所谓“二次打击”。") == []


def test_an_amount_of_money_is_labelled_as_an_amount_not_by_its_currency_sign() -> None:
    from pressreader.importing.chinese_figures import find_cjk_figures
    from pressreader.importing.figures import find_figures

    # Without words before it in its clause that say what it counts.
    chinese = find_cjk_figures("他说，77.40美元，2.96%，1400万桶。")
    assert [(f.value, f.unit, f.label) for f in chinese] == [
        (77.4, "$", "金额"),
        (2.96, "%", "比例"),
        (14000000, "桶", "桶"),
    ]
    english = find_figures("Oil closed at $77.40 a barrel.")
    assert [(f.value, f.unit, f.label) for f in english] == [(77.4, "$", "Amount")]


def test_a_number_in_words_after_of_is_a_count_unless_a_part_is_taken_from_it() -> None:
    assert figures("He announced the donation of nine Black Hawk helicopters to the navy.") == [
        (9, None, "Black Hawk helicopters", "nine Black Hawk helicopters")
    ]
    # `one of three`, `each of two`: a group a part is taken from, not a count.
    assert figures("One of three inspectors and each of two judges agreed.") == []


def test_a_chinese_label_is_the_clause_before_a_figure_whose_unit_says_nothing() -> None:
    from pressreader.importing.chinese_figures import find_cjk_figures

    labels = [
        (f.value, f.label)
        for f in find_cjk_figures("油价收于每桶77.40美元，涨幅为2.96%，日产量超过1400万桶。")
    ]
    # (A unit such as 桶 is kept as the label, as it says what is counted.)
    assert labels == [(77.4, "油价"), (2.96, "涨幅"), (14000000, "桶")]
    text = "中国2025年的贸易顺差达1.2万亿美元。其中，被关闭的互联网域名共有1500个。"
    expected = ["中国2025年的贸易顺差", "被关闭的互联网域名"]
    assert [f.label for f in find_cjk_figures(text)] == expected
    # A noun after the measure word still names what is counted.
    assert [f.label for f in find_cjk_figures("警方关闭了1500个互联网域名。")] == ["互联网域名"]


def test_a_chinese_clause_that_says_nothing_of_what_is_counted_is_no_label() -> None:
    from pressreader.importing.chinese_figures import find_cjk_figures

    # A pronoun, a demonstrative, a report of speech, or nothing but a verb before the figure.
    for text, label in [
        ("他说，约有300人参加。", "人"),
        ("这项军售价值111亿美元。", "金额"),
        ("德松布雷表示其价值111亿美元。", "金额"),
        ("至每桶77美元。", "金额"),
    ]:
        assert [f.label for f in find_cjk_figures(text)] == [label], text


def test_an_english_figure_with_no_word_after_it_is_labelled_by_the_number_of_before_it() -> None:
    from pressreader.importing.figures import find_figures

    text = (
        "Over the past ten years, the number of countries that have established diplomatic "
        "relations with China has increased from 172 to 181."
    )
    assert [(f.value, f.previous, f.label) for f in find_figures(text)] == [
        (181, 172, "Countries that have established diplomatic relations with China")
    ]
    assert [f.label for f in find_figures("The number of people who voted was 5,000.")] == [
        "People who voted"
    ]
    # Words after the figure say what it counts first; with neither, it stays a figure.
    assert [f.label for f in find_figures("The number of voters rose to 5,000 people.")] == [
        "People"
    ]
    assert [f.label for f in find_figures("They counted 5,000.")] == ["Figure"]


def test_an_english_label_holds_what_the_words_after_the_counted_noun_say_of_it() -> None:
    from pressreader.importing.figures import find_figures

    def labels(text: str) -> list[str]:
        return [f.label for f in find_figures(text)]

    assert labels("About 4 million people expected to gain coverage will benefit.") == [
        "People expected to gain coverage"
    ]
    assert labels("We saw 12 companies that agreed to the commitments.") == [
        "Companies that agreed to the commitments"
    ]
    # Not a preposition-like word, a noun that ends like a participle, or nothing at all.
    # (`involving` is no participle of the noun; the past verb before it is: labels2 round)
    assert labels("It handled 80,000 consular protection cases involving millions.") == [
        "Consular protection cases handled"
    ]
    assert labels("There were 300 people during the storm.") == ["People"]
    assert labels("It had 5,000 people.") == ["People"]
