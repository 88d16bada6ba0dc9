"""The zhverbs round (Chinese verbs of saying that take their clause with no comma;
docs/IMPORT-RULES.md, "What it finds"): 否认 with a past act (`否认曾向中国出口…`) or a clause of
relation with a subject of its own (`否认X与Y有关联`), 驳斥 with such a clause
(`驳斥X与实际情况“相当不符”`) and 悲叹 with a clause (`悲叹香港“已不再是法治社会”`). Each with
the near shapes that must not be taken (a noun phrase, an act on an object, a verb phrase with
no subject of its own). The sentences are written for the tests."""

from __future__ import annotations

from .helpers import quotes

# --- 否认 ------------------------------------------------------------------------------------


def test_a_denied_past_act_is_a_report() -> None:
    found = quotes(
        "荷兰半导体设备制造商阿斯麦(ASML)星期五否认曾向中国出口其最先进的极紫外(EUV)光刻机，"
        "此前有报道称美国商务部长已向该公司表达关切。"
    )
    assert found == [("indirect", "阿斯麦", "曾向中国出口其最先进的极紫外(EUV)光刻机")]


def test_a_denied_link_with_a_subject_of_its_own_is_a_report() -> None:
    found = quotes(
        "美国战争部长海格塞斯在香格里拉对话会上否认美国武器弹药库存与对台军售的暂停有关联。"
    )
    assert found == [("indirect", "海格塞斯", "美国武器弹药库存与对台军售的暂停有关联。")]


def test_a_denied_charge_is_no_report() -> None:
    # (a noun phrase: the charge denied, no clause)
    assert quotes("华为公司星期二否认了这一指控。") == []
    assert quotes("华为公司否认美国有关该公司支持中国军方的指控。") == []
    assert quotes("华为公司否认与军方有关联的指控。") == []


def test_a_denied_link_with_no_subject_of_its_own_is_no_report() -> None:
    # (`否认与军方有关联`: a verb phrase with its subject left out, not taken)
    assert quotes("华为公司否认与军方有关联。") == []


def test_a_denied_act_with_its_adverb_in_full_is_a_report() -> None:
    found = quotes("荷兰外交部长范韦尔星期三否认曾经向美国承诺限制出口。")
    assert found == [("indirect", "范韦尔", "曾经向美国承诺限制出口。")]


# --- 驳斥 ------------------------------------------------------------------------------------


def test_a_rebuttal_with_a_clause_of_relation_is_a_report() -> None:
    found = quotes("中国国防部发言人则驳斥国际战略研究所的报告与实际情况“相当不符”。")
    assert found == [("indirect", "中国国防部", "国际战略研究所的报告与实际情况“相当不符”。")]


def test_a_rebuttal_of_a_claim_is_no_report() -> None:
    # (what is rebutted, a noun phrase or a person: an act, no clause of content)
    assert quotes("特朗普总统星期五驳斥对该协议的批评者。") == []
    assert quotes("美国国务卿卢比奥驳斥中国的非法领土主张。") == []
    assert quotes("美国国务卿卢比奥驳斥了这种说法。") == []
    assert quotes("中国外交部驳斥美国的报告与事实不符的说法。") == []


def test_a_rebuttal_joined_to_another_act_is_no_report() -> None:
    found = quotes("该研究所的声明驳斥并谴责了“任何毫无根据的指控”。")
    assert all(kind != "indirect" for kind, _speaker, _text in found)


# --- 悲叹 ------------------------------------------------------------------------------------


def test_a_lament_with_a_clause_in_marks_is_a_report() -> None:
    found = quotes(
        "前湾仔区议会议员张嘉莉(Clara Cheung)在社媒平台X上发帖，悲叹香港“已不再是法治社会”。"
    )
    assert found == [("indirect", "张嘉莉", "香港“已不再是法治社会”。")]


def test_a_lament_with_a_plain_clause_is_a_report() -> None:
    found = quotes("香港民主派人士张嘉莉悲叹香港已不再是法治社会。")
    assert found == [("indirect", "张嘉莉", "香港已不再是法治社会。")]


def test_a_lament_over_a_noun_is_no_report() -> None:
    assert quotes("香港民主派人士张嘉莉悲叹香港的命运。") == []
    assert quotes("香港民主派人士张嘉莉悲叹了这一切。") == []
