"""Chinese subjects the importer misread (docs/IMPORT-RULES.md, "Since the ninth round of Chinese
subjects"): a transliterated name longer than four characters with no Latin form, after a title
or alone, is read whole (`克里希纳莫蒂`, not `纳莫蒂`), and a long name mistyped is the dotted name
it mistypes (`斯维特奇尔` for `米洛什·维斯特奇尔`); a body's name holding 和 or 与
(`美国商务部工业和安全局`, `美国国防与技术咨询公司博思艾伦汉密尔顿`) is one source, while bodies or
people joined stay several; a country's association in a place (`美国在台协会`) before a
setting is that body, not the country; each with a near shape that must be left as it was (the
sentences here are written for the tests)."""

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


# --- a body's name holding 和 or 与 is one source ------------------------------------------------


def test_an_office_of_a_ministry_holding_he_is_one_body() -> None:
    found = quotes("美国商务部工业和安全局(BIS)星期六表示，出口商须申请许可。")
    assert found == [("indirect", "美国商务部工业和安全局", "出口商须申请许可。")]


def test_an_office_of_a_country_holding_he_is_one_body() -> None:
    found = quotes("美国移民和海关执法局星期二表示，该男子已被拘留。")
    assert found == [("indirect", "美国移民和海关执法局", "该男子已被拘留。")]


def test_the_guide_an_office_holding_he_issued_speaks_for_it() -> None:
    found = quotes(
        "美国商务部工业和安全局(BIS)在周末发布了《关于实体的指南》。"
        "这份指南明确指出：即便相关实体位于境外，也须申请许可。"
    )
    assert found == [("indirect", "美国商务部工业和安全局", "即便相关实体位于境外，也须申请许可。")]


def test_yu_inside_the_words_for_what_a_body_is_leaves_the_body_named_after_them() -> None:
    found = quotes(
        "美国国防与技术咨询公司博思艾伦汉密尔顿(Booz Allen Hamilton)发布的一项新研究显示，"
        "中国模型存在风险。"
    )
    assert found == [("indirect", "博思艾伦汉密尔顿", "中国模型存在风险。")]


def test_two_ministries_joined_stay_several() -> None:
    assert quotes("美国司法部和联邦调查局表示，该男子已被拘留。") == []
    assert quotes("中国外交部和国防部说，该男子已被拘留。") == []


def test_a_country_a_person_or_people_joined_to_an_office_stay_several() -> None:
    assert quotes("美国和日本政府表示，该男子已被拘留。") == []
    assert quotes("特朗普和国家安全局说，该男子已被拘留。") == []
    assert quotes("美国官员和国家安全局说，该男子已被拘留。") == []
    assert quotes("美国总统和国家安全局表示，该男子已被拘留。") == []


def test_a_country_and_a_company_named_after_its_kind_stay_several() -> None:
    assert (
        quotes("美国与技术咨询公司博思艾伦汉密尔顿(Booz Allen Hamilton)表示，模型存在风险。") == []
    )


def test_an_office_holding_he_without_its_country_or_ministry_is_left() -> None:
    # (no body or country before the word: `移民` could be one of two sources)
    assert quotes("移民和海关执法局说，该男子已被拘留。") == []


# --- a country's association in a place, its name holding 在 -----------------------------------


def test_an_association_in_a_place_before_a_setting_is_the_body() -> None:
    found = quotes("美国在台协会在社交平台脸书上贴文说，两人讨论了伙伴关系。贴文还说，美方欢迎。")
    assert found == [
        ("indirect", "美国在台协会", "两人讨论了伙伴关系。"),
        ("indirect", "美国在台协会", "美方欢迎。"),
    ]


def test_an_associations_branch_office_before_its_time_is_the_body() -> None:
    found = quotes("美国在台协会台北办事处星期三表示，两人讨论了伙伴关系。")
    assert found == [("indirect", "美国在台协会台北办事处", "两人讨论了伙伴关系。")]


def test_an_association_with_its_abbreviation_is_read_as_before() -> None:
    found = quotes("美国在台协会(AIT)星期三说，两人讨论了伙伴关系。", "AIT表示，美方欢迎。")
    assert found == [
        ("indirect", "美国在台协会", "两人讨论了伙伴关系。"),
        ("indirect", "美国在台协会", "美方欢迎。"),
    ]


def test_the_associations_official_named_after_it_is_the_source() -> None:
    found = quotes("美国在台协会处长谷立言在活动中表示，两人讨论了伙伴关系。")
    assert found == [("indirect", "谷立言", "两人讨论了伙伴关系。")]


def test_a_country_speaking_at_a_council_is_the_country() -> None:
    # (`在联合国安理会`: a setting, no association in a place)
    found = quotes("美国在联合国安理会说，两国讨论了伙伴关系。")
    assert found == [("indirect", "美国", "两国讨论了伙伴关系。")]


def test_a_person_speaking_at_a_chamber_is_the_person() -> None:
    found = quotes("特朗普在美中商会发表讲话时说，两国讨论了伙伴关系。")
    assert found == [("indirect", "特朗普", "两国讨论了伙伴关系。")]


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
