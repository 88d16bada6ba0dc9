"""A Chinese 他 or 她 after a sentence of narration that opens with a person the importer did not
hold as one (docs/IMPORT-RULES.md, "What it finds", 6 December, ninth session): a bare name (no dot,
no role where the sentence names it) the text holds as a person's elsewhere (`边巴次仁说，…`,
`立法院院长韩国瑜`), and the short form of a dotted name met before (`海格塞斯淡化了…`). The
pronoun names that person, not the last speaker quoted (ANNOTATING.md, "A pronoun after a
sentence that is no attribution"). The sentences are written for the tests."""

from __future__ import annotations

from .helpers import quotes

_BARNES = "助理国务卿莱利·巴恩斯(Riley Barnes)星期三发表声明说：“祝贺边巴次仁就任。”"
_BARNES_QUOTE = ("direct", "莱利·巴恩斯", "祝贺边巴次仁就任。")
_SAYS = "边巴次仁说，藏人行政中央将继续揭露中国政府的宣传。"
_SAYS_QUOTE = ("indirect", "边巴次仁", "藏人行政中央将继续揭露中国政府的宣传。")


def test_a_bare_name_that_speaks_elsewhere_is_whom_the_pronoun_after_its_act_names() -> None:
    assert quotes(
        _BARNES,
        "巴恩斯兼任美国西藏事务特别协调员。",
        "边巴次仁在就职典礼讲话中承诺坚持中间路线。他表示，藏人行政中央将继续与中国政府沟通。",
        _SAYS,
    ) == [
        _BARNES_QUOTE,
        ("indirect", "边巴次仁", "藏人行政中央将继续与中国政府沟通。"),
        _SAYS_QUOTE,
    ]


def test_a_quotation_after_the_bare_names_act_and_the_pronoun_after_it() -> None:
    # `承诺坚持…“中间路线”，“…。”他表示，…`: the quotation and the report after it are his
    assert quotes(
        _BARNES,
        "边巴次仁在就职典礼讲话中承诺坚持达赖喇嘛制定的“中间路线”，“以非暴力的方式，寻求解决藏中冲突。”"
        "他表示，藏人行政中央将继续与中国政府沟通。",
        _SAYS,
    ) == [
        _BARNES_QUOTE,
        ("direct", "边巴次仁", "以非暴力的方式，寻求解决藏中冲突。"),
        ("indirect", "边巴次仁", "藏人行政中央将继续与中国政府沟通。"),
        _SAYS_QUOTE,
    ]


def test_a_bare_name_after_a_role_elsewhere_is_whom_a_quotations_pronoun_names() -> None:
    # `韩国瑜感谢捷克…。` then `“…，”他说`: named after a role earlier (`立法院院长韩国瑜`)
    assert quotes(
        "米洛什·维斯特奇尔星期一在与台湾立法院院长韩国瑜会面时表示，此次访台受到支持。",
        "韩国瑜感谢捷克长期在国际场合声援台湾。",
        "“中华民国在国际上的处境非常困难，”他说，“所以国会外交变得非常重要。”",
    ) == [
        ("indirect", "米洛什·维斯特奇尔", "此次访台受到支持。"),
        ("direct", "韩国瑜", "中华民国在国际上的处境非常困难，"),
        ("direct", "韩国瑜", "所以国会外交变得非常重要。"),
    ]


def test_the_short_form_of_a_dotted_name_opening_a_sentence_of_narration() -> None:
    assert quotes(
        "美国战争部长皮特·海格塞斯星期六在香格里拉对话上发表演讲。",
        "《国防战略》说，美国不会与中国对立。",
        "海格塞斯淡化了人们对军售计划的担忧。他说：“我们对我们的库存感到非常满意。”",
    ) == [
        ("indirect", "国防战略", "美国不会与中国对立。"),
        ("direct", "皮特·海格塞斯", "我们对我们的库存感到非常满意。"),
    ]


def test_a_bare_name_the_text_never_holds_as_a_person_changes_nothing() -> None:
    # no `边巴次仁说，` and no role before the name anywhere: the last speaker, as before
    assert quotes(
        _BARNES,
        "边巴次仁在就职典礼讲话中承诺坚持中间路线。他表示，藏人行政中央将继续与中国政府沟通。",
    ) == [
        _BARNES_QUOTE,
        ("indirect", "莱利·巴恩斯", "藏人行政中央将继续与中国政府沟通。"),
    ]


def test_a_state_or_a_place_that_speaks_is_no_person_for_the_pronoun() -> None:
    # `伊朗说，…` elsewhere: a state, never a 他
    assert quotes(
        _BARNES,
        "伊朗在当天发射了导弹。他表示，美国将继续与伊朗沟通。",
        "伊朗说，导弹没有造成伤亡。",
    )[1] == ("indirect", "莱利·巴恩斯", "美国将继续与伊朗沟通。")


def test_a_bare_name_joined_to_another_or_owning_a_noun_is_no_subject() -> None:
    # `边巴次仁和…`, `边巴次仁的…`: not the person alone as the subject
    for opening in ("边巴次仁和达赖喇嘛在典礼上发言。", "边巴次仁的支持者在典礼上欢呼。"):
        assert quotes(
            _BARNES,
            opening + "他表示，藏人行政中央将继续与中国政府沟通。",
            _SAYS,
        )[1] == ("indirect", "莱利·巴恩斯", "藏人行政中央将继续与中国政府沟通。")


def test_a_bare_name_without_a_common_surname_needs_the_pronoun_in_its_paragraph() -> None:
    # the name speaks elsewhere, but the pronoun opens the next paragraph: a common surname
    # or a role is needed there, and 边 is no common surname in the list
    assert quotes(
        _BARNES,
        "边巴次仁在就职典礼讲话中承诺坚持中间路线。",
        "他表示，藏人行政中央将继续与中国政府沟通。",
        _SAYS,
    )[1] == ("indirect", "莱利·巴恩斯", "藏人行政中央将继续与中国政府沟通。")
    assert quotes(
        _BARNES,
        "王小明在就职典礼讲话中承诺坚持中间路线。",
        "他表示，藏人行政中央将继续与中国政府沟通。",
        "王小明说，藏人行政中央将继续揭露中国政府的宣传。",
    )[1] == ("indirect", "王小明", "藏人行政中央将继续与中国政府沟通。")


def test_a_misspelt_short_form_of_a_dotted_name_opening_a_sentence_of_narration() -> None:
    # `阿尔特曼敦促…` after `萨姆·奥尔特曼`: the name written as meant
    assert quotes(
        "欧盟委员会主席乌尔苏拉·冯德莱恩(Ursula von der Leyen)表示，欧盟使用最先进的模型"
        "符合共同利益。出席会议的高管包括OpenAI首席执行官萨姆·奥尔特曼(Sam Altman)"
        "和Salesforce的马克·贝尼奥夫(Marc Benioff)。"
        "在午餐会上，阿尔特曼敦促各国政府掌握人工智能治理的主导权。"
        "“不要将责任推给像我这样的AI实验室，”他说，“我们负责开发技术。”",
    )[1:] == [
        ("direct", "萨姆·奥尔特曼", "不要将责任推给像我这样的AI实验室，"),
        ("direct", "萨姆·奥尔特曼", "我们负责开发技术。"),
    ]


def test_a_dotted_name_after_a_phrase_of_means_is_whom_a_later_pronoun_names() -> None:
    # `通过…发出警告，唐纳德·特朗普…总统…。他多次表示A`: Trump, not the person met before
    assert quotes(
        "弗朗西斯·多诺万(Francis Donovan)将军视察了同一个基地。"
        "美国南方司令部说，多诺万讨论了行动安全与部队防护相关事宜。"
        "古巴武装部队证实了此次会晤，表示双方“同意保持两军指挥部门之间的沟通”。"
        "5月早些时候，中央情报局局长约翰·拉特克利夫(John Ratcliffe)前往哈瓦那并会晤了古巴高级官员；"
        "这是中情局局长自1959年古巴革命以来对古巴进行的第二次公开的访问。"
        "通过向对向古巴供应燃料的国家征收关税发出警告，唐纳德·特朗普(Donald Trump)总统"
        "实际上对古巴实施了燃料封锁。他多次表示古巴政府“即将垮台”。",
    )[-1] == ("indirect", "唐纳德·特朗普", "古巴政府“即将垮台”。")


def test_words_after_a_verb_ending_like_a_title_are_no_name() -> None:
    # `出席` ends as `主席` does and `记者报道。` has a role before a verb: the words after them
    # (`了典礼。`, `报道。`) are no speaker; the pronoun after names no one
    assert (
        quotes(
            "美国之音记者报道。",
            "边巴次仁的内阁出席了典礼。他表示，藏人行政中央将继续揭露中国政府的宣传。",
        )
        == []
    )
    found = quotes(
        _BARNES, "边巴次仁的内阁出席了典礼。他表示，藏人行政中央将继续揭露中国政府的宣传。"
    )
    assert [speaker for _, speaker, _ in found if "典礼" in speaker or "。" in speaker] == []
