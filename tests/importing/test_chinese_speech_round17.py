"""Chinese reported and direct speech in VOA news texts, from the sixteenth development folder
and an audit of unlabelled VOA texts (docs/IMPORT-RULES.md, "The seventeenth round (Chinese)"): an
office's unnamed spokesperson in its several forms; several members counted together; a
nickname among a name's parts; `宣布对X实施…`; where such a report ends; a phrase in marks that
ends its sentence; the subject after a phrase of time. Each shape with a near shape that must
not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

# --- an office's unnamed spokesperson ---------------------------------------------------------


def test_a_spokesperson_met_with_no_verb_of_saying_is_the_office_later() -> None:
    found = quotes(
        "美国国务院一位不具名的发言人在一份电邮中答复了美国之音的提问。",
        "就会面的问题，这位发言人说：“我们目前没有任何信息可提供。”",
    )
    assert found == [("direct", "美国国务院", "我们目前没有任何信息可提供。")]
    # no office named: the spokesperson is no source
    found = quotes(
        "一位不具名的发言人在一份电邮中答复了美国之音的提问。",
        "就会面的问题，这位发言人说：“我们目前没有任何信息可提供。”",
    )
    assert found == []


def test_the_words_between_an_office_and_its_spokesperson_in_either_order() -> None:
    found = quotes("美国国务院的一位发言人星期四发表声明称，美国知道中国在香港成立了调解院。")
    assert found == [("indirect", "美国国务院", "美国知道中国在香港成立了调解院。")]
    found = quotes("美国卫生与公众服务部发言人表示，美国已经提供了一定剂量的药物。")
    assert found == [("indirect", "美国卫生与公众服务部", "美国已经提供了一定剂量的药物。")]
    # two offices joined by 与: several sources together
    assert quotes("美国国务院与财政部发言人表示，美国已经提供了一定剂量的药物。") == []


def test_the_one_written_to_is_not_the_spokesperson_s_office() -> None:
    found = quotes(
        "美国卫生与公众服务部发言人表示，美国已经提供了药物。",
        "这位发言人在给路透社(Reuters)的电邮中说：“该药物已提供给刚果。”",
    )
    assert ("direct", "美国卫生与公众服务部", "该药物已提供给刚果。") in found
    # the agency with its abbreviation as the subject is still the agency
    found = quotes("路透社(Reuters)报道说，该药物已提供给刚果。")
    assert found == [("indirect", "路透社", "该药物已提供给刚果。")]


# --- several members counted together ---------------------------------------------------------


def test_members_counted_together_are_no_source() -> None:
    assert quotes("但是两位议员指出，这些限制措施没有把云计算考虑在内。") == []
    found = quotes("约翰·穆勒纳尔众议员指出，这些限制措施没有把云计算考虑在内。")
    assert [(kind, text) for kind, _speaker, text in found] == [
        ("indirect", "这些限制措施没有把云计算考虑在内。")
    ]


# --- a nickname among a name's parts ------------------------------------------------------------


def test_a_nickname_in_marks_is_part_of_the_name_and_no_quote() -> None:
    found = quotes("联邦检察官玛格丽特·E·“梅格”·希普在声明中说：“这起案件凸显了执法人员的努力。”")
    assert found == [("direct", "玛格丽特·E·“梅格”·希普", "这起案件凸显了执法人员的努力。")]
    found = quotes("联邦检察官约翰·“杰克”·P·希金在星期二的声明中说：“诈骗活动日益猖獗。”")
    assert found == [("direct", "约翰·“杰克”·P·希金", "诈骗活动日益猖獗。")]
    # words in marks after a name, not between its dots: the source's words
    found = quotes("联邦检察官玛格丽特·希普称这起案件为“一个信号”。")
    assert found == [("direct", "玛格丽特·希普", "一个信号")]


# --- `宣布对X实施…` and where it ends ----------------------------------------------------------


def test_announcing_an_act_on_what_dui_names_is_a_report() -> None:
    found = quotes(
        "美国财政部长斯科特·贝森特宣布对伊朗波斯湾海峡管理局实施制裁，该机构由伊朗设立，"
        "负责管理航运。"
    )
    assert found == [("indirect", "斯科特·贝森特", "对伊朗波斯湾海峡管理局实施制裁")]
    # a noun phrase after 宣布对: no report
    assert quotes("美国财政部长斯科特·贝森特宣布对伊朗的新制裁。") == []
    # `该机构将…` inside a report is the source's words
    found = quotes("美国财政部表示，伊朗设立了新机构，该机构将负责管理航运。")
    assert found == [("indirect", "美国财政部", "伊朗设立了新机构，该机构将负责管理航运。")]


def test_a_call_of_the_speaker_after_a_comma_ends_the_report() -> None:
    found = quotes(
        "美国战争部长皮特·海格塞斯宣布对美国在欧洲的军事部署进行审议，"
        "他同时呼吁北约的欧洲盟国为其防务“承担主要责任”。海格塞斯说：“我们正加倍努力。”"
    )
    assert found == [
        ("indirect", "皮特·海格塞斯", "对美国在欧洲的军事部署进行审议"),
        ("direct", "皮特·海格塞斯", "我们正加倍努力。"),
    ]
    # a report whose clause opens with 他呼吁 stays whole
    found = quotes("美国战争部长皮特·海格塞斯说，他呼吁盟国承担更多责任。")
    assert found == [("indirect", "皮特·海格塞斯", "他呼吁盟国承担更多责任。")]


# --- a phrase in marks that ends its sentence --------------------------------------------------


def test_a_phrase_in_marks_before_a_full_stop_is_not_the_next_sentence_s() -> None:
    found = quotes(
        "美国战争部长皮特·海格塞斯说：“北约将是一条双行道。”",
        "他呼吁盟国“承担主要责任”。海格塞斯说，美国将审议部署。",
    )
    assert ("direct", "皮特·海格塞斯", "承担主要责任") not in found
    # a stop inside the marks: the attribution after them is the quotation's
    found = quotes(
        "美国战争部长皮特·海格塞斯说：“北约将是一条双行道。”",
        "他呼吁盟国“承担主要责任。”海格塞斯说，美国将审议部署。",
    )
    assert ("direct", "皮特·海格塞斯", "承担主要责任。") in found


# --- the subject after a phrase of time ---------------------------------------------------


def test_a_pronoun_names_the_subject_after_a_phrase_of_time() -> None:
    found = quotes(
        "美国战争部长皮特·海格塞斯说，美国将审议部署。在会谈后，北约秘书长马克·吕特(Mark Rutte)"
        "对记者们说，盟国提高了开支。他说：“我们需要一个更强大的北约，”他说。"
    )
    assert ("direct", "马克·吕特", "我们需要一个更强大的北约，") in found
    # a phrase of time with no source after it: the subject stays the one before
    found = quotes(
        "美国战争部长皮特·海格塞斯说，美国将审议部署。在会谈后，盟国提高了国防开支。"
        "他说：“我们需要一个更强大的北约，”他说。"
    )
    assert ("direct", "皮特·海格塞斯", "我们需要一个更强大的北约，") in found


def test_a_pronoun_names_the_subject_after_a_phrase_of_means() -> None:
    found = quotes(
        "美国战争部长皮特·海格塞斯说，美国将审议部署。通过向古巴的燃料供应国征收关税，"
        "唐纳德·特朗普(Donald Trump)总统对古巴实施了燃料封锁。他多次表示古巴政府即将垮台，"
        "并称其为“一个失败的国家”。古巴外交部长布鲁诺·罗德里格斯(Bruno Rodriguez)警告，"
        "任何军事行动都将导致一场“血腥屠杀”。"
    )
    assert ("direct", "唐纳德·特朗普", "一个失败的国家") in found
    assert not any(
        text == "一个失败的国家" and speaker != "唐纳德·特朗普" for _k, speaker, text in found
    )


def test_what_the_subject_calls_it_after_a_comma_is_its_direct_quote() -> None:
    found = quotes(
        "以色列总理本杰明·内塔尼亚胡(Benjamin Netanyahu)在协议签署后发表视频讲话，"
        "称其为“一项伟大的成就”。他说，以色列将移交两个试点区。"
    )
    assert ("direct", "本杰明·内塔尼亚胡", "一项伟大的成就") in found
    # a name given by no one in particular (`被称为`): no quote
    found = quotes("这处海峡被称为“世界能源的咽喉”。卢比奥说，海峡必须保持开放。")
    assert not any(text == "世界能源的咽喉" for _kind, _speaker, text in found)


# --- a title alone after a quoted person written with it ----------------------------------------


def test_a_title_alone_names_the_quoted_person_written_with_it() -> None:
    found = quotes(
        "特朗普总统表示，商船正从海峡涌出。",
        "万斯副总统说，伊朗同意了。",
        "总统星期五宣称，伊朗已经完蛋了。",
    )
    assert found[-1] == ("indirect", "特朗普", "伊朗已经完蛋了。")
    # the name with the title never quoted: the title alone names no source
    assert quotes("特朗普总统批准了协议。", "总统星期五宣称，伊朗已经完蛋了。") == []
