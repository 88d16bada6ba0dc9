"""Chinese reported speech from a recall census of 134 unlabelled VOA texts (docs/IMPORT-RULES.md,
"Since the census of Chinese reported speech"): the shapes the importer missed most often over many
texts, each with a near shape that must not be taken (the sentences here are written for the
tests)."""

from __future__ import annotations

from .helpers import quotes

# --- a second verb of saying after the first clause's act, its subject left out ------------------


def test_a_verb_after_an_act_reports_for_the_first_clause_subject() -> None:
    text = (
        "伊万·塞佩达承认败选。"
        "塞佩达在星期三的讲话中强调了民主的重要性，表示政治分歧应通过选举解决。"
    )
    assert quotes(text) == [("indirect", "伊万·塞佩达", "政治分歧应通过选举解决。")]
    text = (
        "ONE的法国分部主任哈利勒·埃卢阿尔迪吉(Khalil Elouardighi)"
        "接受专访，强调非洲的稀土都流向中国。"
    )
    assert quotes(text) == [("indirect", "哈利勒·埃卢阿尔迪吉", "非洲的稀土都流向中国。")]


def test_a_verb_after_an_act_joined_by_bing() -> None:
    text = "国务卿马尔科·卢比奥抵达多哈。卢比奥重申美国的安全保障不变，并表示美国希望伊朗遵守协议。"
    assert quotes(text) == [("indirect", "马尔科·卢比奥", "美国希望伊朗遵守协议。")]


def test_a_noun_phrase_or_a_stance_after_the_act_is_no_report() -> None:
    assert quotes("伊万·塞佩达星期三承认败选，强调民主的重要性。") == []
    assert quotes("伊万·塞佩达星期三承认败选，表示遗憾。") == []
    assert quotes("伊万·塞佩达星期三承认败选，表示感谢支持者。") == []


def test_an_unnamed_or_several_subjects_of_the_act_are_no_source() -> None:
    assert quotes("一些官员星期三会见了记者，表示谈判仍在继续。") == []
    assert quotes("他们星期三会见了记者，表示谈判仍在继续。") == []


def test_a_pronoun_subject_names_only_a_person_named_before() -> None:
    text = (
        "在首次交易之前，福布斯估计他的财富为九千亿美元。"
        "他重申了实现多行星生存的目标，表示公司希望将人类送上火星。"
    )
    assert all(speaker not in ("首次交易", "福布斯") for _, speaker, _ in quotes(text))


# --- words in marks after the source's own verb of calling ---------------------------------------


def test_what_the_body_itself_calls_it() -> None:
    text = "美国联邦航空管理局(FAA)发布限制令，在赛场上空宣布了该机构所说的“无人机禁飞区”。"
    assert quotes(text) == [("direct", "美国联邦航空管理局", "无人机禁飞区")]


def test_a_time_opening_the_sentence_is_no_source_of_its_qi_suocheng() -> None:
    assert quotes("本月初，中国海警开始在台湾东部海域展开其所称的“执法巡查”。") == []


def test_xingrong_x_shi_gives_the_words_in_marks() -> None:
    text = "国务卿马尔科·卢比奥访问印度。卢比奥形容印度是“我们最重要的战略伙伴之一”。"
    assert quotes(text) == [("direct", "马尔科·卢比奥", "我们最重要的战略伙伴之一")]


def test_called_after_a_longer_description_of_the_thing() -> None:
    text = (
        "总统唐纳德·特朗普星期五说，伊朗发动了袭击。"
        "他将这次袭击称为对他上星期达成的停火协议的“愚蠢违反”。"
    )
    assert ("direct", "唐纳德·特朗普", "愚蠢违反") in quotes(text)


def test_a_name_given_by_no_one_stays_no_quote() -> None:
    assert quotes("这位被称为“中场大师”的球员曾六次赢得冠军。") == []
    assert quotes("该公司将该项目称为透翅蝶计划。") == []


# --- 质疑 and 反驳 before a colon ----------------------------------------------------------------


def test_zhiyi_before_a_colon_attributes_the_quotation() -> None:
    text = "研究员迈克尔·索博利克连发三个帖子。索博利克质疑：“李宁公司被指涉嫌强迫劳动问题。”"
    assert quotes(text) == [("direct", "迈克尔·索博利克", "李宁公司被指涉嫌强迫劳动问题。")]


def test_zhiyi_with_a_term_in_marks_is_no_quote() -> None:
    text = "研究员迈克尔·索博利克连发三个帖子。索博利克质疑这项“合作计划”的前景。"
    assert quotes(text) == []


# --- 他 or 她, a day and a clause of time or place, then the verb before a quotation --------------


def test_a_pronoun_with_a_day_and_a_clause_of_time_before_a_quotation() -> None:
    text = (
        "国际原子能机构总干事拉斐尔·格罗西星期四说，该机构期待与美国坐下来。"
        "他星期四在联合国发表讲话时说，“现在技术工作开始了。”"
    )
    assert ("direct", "拉斐尔·格罗西", "现在技术工作开始了。") in quotes(text)


def test_a_pronoun_after_unnamed_sources_names_no_one() -> None:
    text = "一些官员星期四说，谈判将继续。他在联合国发表讲话时说：“现在技术工作开始了。”"
    assert quotes(text) == []


# --- a document named with its owner and 的, then speaking again ---------------------------------


def test_a_document_named_with_its_owner_and_de_speaks_for_the_owner() -> None:
    text = (
        "国务卿马尔科·卢比奥星期五发布了一份声明。"
        "卢比奥的声明说，协议创建了一个军事协调小组。声明还说，该框架提供了一条途径。"
    )
    assert quotes(text) == [
        ("indirect", "马尔科·卢比奥", "协议创建了一个军事协调小组。"),
        ("indirect", "马尔科·卢比奥", "该框架提供了一条途径。"),
    ]


# --- a verb of saying with no comma before a word that opens a clause -----------------------------


def test_a_condition_a_basis_or_a_time_gone_by_opens_the_clause_after_the_verb() -> None:
    text = (
        "共和党籍参议员汤姆·科顿致信食品药品监督管理局。"
        "科顿在信中指出一旦医疗设备遭到入侵，恶意外国势力便可获取敏感数据。"
    )
    assert quotes(text) == [
        ("indirect", "汤姆·科顿", "一旦医疗设备遭到入侵，恶意外国势力便可获取敏感数据。")
    ]
    text = "总统唐纳德·特朗普星期四讲话。他说根据这项协议，以色列允许黎巴嫩军队接管。"
    assert quotes(text) == [
        ("indirect", "唐纳德·特朗普", "根据这项协议，以色列允许黎巴嫩军队接管。")
    ]


def test_a_word_holding_shuo_before_genju_is_no_verb() -> None:
    assert quotes("总统唐纳德·特朗普星期四讲话。这部小说根据真实事件改编。") == []


def test_a_relation_before_a_glossed_name_is_no_part_of_it() -> None:
    text = (
        "奥运冠军刘美贤(Alysa Liu)之父刘俊(Arthur Liu)也曾是学运领袖。"
        "他说37年过去了，中国政府仍然在剥夺人们的自由。"
    )
    assert quotes(text) == [("indirect", "刘俊", "37年过去了，中国政府仍然在剥夺人们的自由。")]
