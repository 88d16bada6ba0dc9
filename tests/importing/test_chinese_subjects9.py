"""Chinese subjects the importer misread (docs/IMPORT.md, "Since the ninth round of Chinese
subjects"): a transliterated name longer than four characters with no Latin form, after a title
or alone, is read whole (`克里希纳莫蒂`, not `纳莫蒂`), and a long name mistyped is the dotted name
it mistypes (`斯维特奇尔` for `米洛什·维斯特奇尔`); each with a near shape that must be left as it
was (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import lines_run, quotes

_TITLED = "委员会民主党成员克里希纳莫蒂在记者会上展示了一张照片。"
_DOTTED = "捷克参议院议长米洛什·维斯特奇尔(Miloš Vystrčil)星期日抵达台北。"


# --- a long transliterated name is read whole -----------------------------------------------


def test_a_long_name_after_a_title_is_the_source_whole() -> None:
    found = quotes("委员会民主党成员克里希纳莫蒂表示，那张照片象征着勇气。")
    assert found == [("indirect", "克里希纳莫蒂", "那张照片象征着勇气。")]


def test_the_long_name_alone_later_names_the_same_person() -> None:
    found = quotes(_TITLED, "克里希纳莫蒂说：“那张照片象征着勇气。”")
    assert found == [("direct", "克里希纳莫蒂", "那张照片象征着勇气。")]


def test_the_long_name_alone_reports_whole() -> None:
    found = quotes("克里希纳莫蒂说，那张照片象征着勇气。")
    assert found == [("indirect", "克里希纳莫蒂", "那张照片象征着勇气。")]


def test_a_pronoun_after_a_sentence_opening_with_the_long_name_is_that_person() -> None:
    first = "委员会主席穆勒纳尔众议员表示，自由不会被遗忘。"
    found = quotes(first, _TITLED + "他强调，勇气将被历史铭记。")
    assert found == [
        ("indirect", "穆勒纳尔", "自由不会被遗忘。"),
        ("indirect", "克里希纳莫蒂", "勇气将被历史铭记。"),
    ]


def test_a_long_run_of_ordinary_words_after_a_title_is_no_name() -> None:
    # (`成员在记者会上`: no name between the title and the setting)
    assert quotes("委员会民主党成员在记者会上表示，那张照片象征着勇气。") == []


def test_a_long_run_holding_a_character_no_foreign_name_uses_is_cut_as_before() -> None:
    # (`两党成员一致`: ordinary words, not a transliterated name)
    assert quotes("委员会两党成员一致表示，那张照片象征着勇气。") == []


def test_a_dotted_name_long_last_part_is_read_as_before() -> None:
    found = quotes(_DOTTED, "维斯特奇尔表示，此次访台受到支持。")
    assert found == [("indirect", "米洛什·维斯特奇尔", "此次访台受到支持。")]


# --- a long name mistyped is the name meant ---------------------------------------------------


def test_two_neighbours_swapped_name_the_dotted_name_met_before() -> None:
    found = quotes(_DOTTED, "斯维特奇尔星期一在与韩国瑜会面时表示，此次访台受到支持。")
    assert found == [("indirect", "米洛什·维斯特奇尔", "此次访台受到支持。")]


def test_one_character_wrong_names_the_dotted_name_met_before() -> None:
    found = quotes(
        "罗姆·布拉斯拉夫斯基(Rom Braslavski)星期三接受了采访。", "布拉斯拉瓦斯基说，他很感激。"
    )
    assert found == [("indirect", "罗姆·布拉斯拉夫斯基", "他很感激。")]


def test_a_long_name_two_characters_apart_is_another_person() -> None:
    # (two characters wrong that are no swap: not a mistyping, another name)
    found = quotes(_DOTTED, "维斯特曼奇说，此次访台受到支持。")
    assert found == [("indirect", "维斯特曼奇", "此次访台受到支持。")]


def test_a_long_name_of_another_length_is_another_person() -> None:
    found = quotes(_DOTTED, "维斯特奇尔森说，此次访台受到支持。")
    assert found == [("indirect", "维斯特奇尔森", "此次访台受到支持。")]


# --- hostile text ------------------------------------------------------------------------------


def test_many_dotted_names_before_a_mistyped_one_stay_linear() -> None:
    def run(count: int) -> list[tuple[str, str, str]]:
        names = "".join(
            f"阿{chr(0x4E00 + i)}·{chr(0x4E00 + i)}斯特奇尔说，好。" for i in range(count)
        )
        return quotes(names + "斯维特奇尔说，此次访台受到支持。")

    small, small_lines = lines_run(lambda: run(100))
    large, large_lines = lines_run(lambda: run(400))
    assert small and large
    assert large_lines < 5.0 * small_lines
