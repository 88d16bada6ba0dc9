"""Chinese reported speech from the last sample of the census of 134 unlabelled VOA texts
(docs/IMPORT-RULES.md, "Since the census of Chinese reported speech"): documents that speak for the
one source that issued them, where the importer did not know the kind of document (a notice,
a guide) or the issuer (a body whose name ends in 所 or in 代表处, 办事处 …); and 批评 with a
clause of its own after the first clause's act (`X…发帖，批评A只会…`); each with a near shape
that must not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

_GUIDE = "美国商务部星期天在其官网发布一份最新指南，明确规定出口商须对中国实体申请许可。"
_INSTITUTE = "“缅甸战略与政策研究所”在声明中提到，他们是一家独立智库。"
_POSTED = "美国国会众议院中国问题特设委员会星期一在其社交媒体平台X上发帖，"
_OFFICE = "驻美国台北经济文化代表处(TECRO)在其社交媒体上贴文说，台湾驻美代表在华盛顿欢迎访团。"


# --- a notice and a guide are documents a source issues -------------------------------------


def test_a_notice_a_body_issued_shows_its_report() -> None:
    found = quotes("香港司法机构发布的通知显示，判刑听证会将于下星期一上午10点举行。")
    assert found == [("indirect", "香港司法机构", "判刑听证会将于下星期一上午10点举行。")]


def test_a_notice_no_one_issued_is_no_source() -> None:
    assert quotes("一份通知显示，判刑听证会将于下星期一上午10点举行。") == []


def test_a_notice_given_to_someone_is_no_document_that_speaks() -> None:
    assert quotes("法院通知被告，判刑听证会将于下星期一上午10点举行。") == []


def test_the_guide_a_body_issued_speaks_for_it_in_the_next_sentence() -> None:
    found = quotes(_GUIDE + "这份指南明确指出：即便相关实体位于中国境外，也须申请许可。")
    assert found == [("indirect", "美国商务部", "即便相关实体位于中国境外，也须申请许可。")]


def test_the_guide_a_body_issued_speaks_for_it_in_the_next_paragraph() -> None:
    found = quotes(_GUIDE, "最新指南明确指出，即便相关实体位于中国境外，也须申请许可。")
    assert found == [("indirect", "美国商务部", "即便相关实体位于中国境外，也须申请许可。")]


def test_the_guide_quoted_in_marks_is_the_issuers_direct_quote() -> None:
    found = quotes(_GUIDE + "这份指南明确指出：“即便相关实体位于中国境外，也须申请许可。”")
    assert found == [("direct", "美国商务部", "即便相关实体位于中国境外，也须申请许可。")]


def test_what_a_guide_sets_out_is_no_report() -> None:
    assert quotes(_GUIDE + "这份指南明确了申请许可的步骤。") == []


def test_a_guide_cited_with_according_to_is_no_source() -> None:
    assert quotes("根据该指南，即便相关实体位于中国境外，也须申请许可。") == []


# --- a body whose name ends in 所 issues its statement ----------------------------------------


def test_an_institutes_statement_quoted_after_another_sentence_on_it_is_its_own() -> None:
    found = quotes(
        _INSTITUTE,
        "该声明驳斥了“任何毫无根据的指控”。声明写道：“研究所始终坚定履行其使命。”",
    )
    assert found == [
        ("indirect", "缅甸战略与政策研究所", "他们是一家独立智库。"),
        ("direct", "缅甸战略与政策研究所", "研究所始终坚定履行其使命。"),
    ]


def test_an_institutes_statement_going_on_is_its_report() -> None:
    found = quotes(_INSTITUTE, "声明还说，研究所始终坚定履行其使命。")
    assert found[-1:] == [("indirect", "缅甸战略与政策研究所", "研究所始终坚定履行其使命。")]


def test_a_joint_statement_of_two_institutes_is_no_ones() -> None:
    found = quotes(
        "“缅甸战略与政策研究所”与“亚洲研究所”在联合声明中说，他们是独立智库。",
        "声明写道：“研究所始终坚定履行其使命。”",
    )
    assert found == []


def test_a_statement_cited_with_so_is_not_spoken_through() -> None:
    # (`所称的“…”`: a statement another cites; the statement's next words name no one)
    found = quotes(
        "中国外交部驳斥了“缅甸战略与政策研究所”在声明中所称的“无端拘押”。",
        "声明还说，研究所始终坚定履行其使命。",
    )
    assert ("indirect", "缅甸战略与政策研究所", "研究所始终坚定履行其使命。") not in found


# --- a body whose name ends in 代表处, 办事处, 管理处 or 联络处 -----------------------------


def test_a_representative_office_posting_is_a_source_and_its_post_goes_on() -> None:
    found = quotes(_OFFICE, "贴文还说，代表处也播放了一部影片的预告片。")
    assert found == [
        ("indirect", "驻美国台北经济文化代表处", "台湾驻美代表在华盛顿欢迎访团。"),
        ("indirect", "驻美国台北经济文化代表处", "代表处也播放了一部影片的预告片。"),
    ]


def test_a_park_administration_office_is_a_source() -> None:
    found = quotes("国家公园管理处表示，倒影池将在下周重新开放。")
    assert found == [("indirect", "国家公园管理处", "倒影池将在下周重新开放。")]


def test_two_offices_speaking_together_are_no_one_source() -> None:
    found = quotes("美国国务院和驻美国台北经济文化代表处星期三表示，双方将继续合作。")
    assert found == []


def test_an_unnamed_official_of_an_office_is_no_source() -> None:
    assert quotes("台湾驻美代表处的一位官员说，双方将继续合作。") == []


def test_a_word_ending_in_chu_is_no_body() -> None:
    assert quotes("这项政策的好处是双方将继续合作。") == []


# --- `，批评` with a clause of its own after the first clause's act --------------------------


def test_a_criticism_with_a_clause_after_a_post_is_the_posters_report() -> None:
    found = quotes(_POSTED + "批评中国对台湾升级灰色地带恫吓只会带来反效果。")
    assert found == [
        (
            "indirect",
            "美国国会众议院中国问题特设委员会",
            "中国对台湾升级灰色地带恫吓只会带来反效果。",
        )
    ]


def test_the_quoted_paragraph_after_that_report_is_the_posters() -> None:
    found = quotes(
        _POSTED + "批评中国对台湾升级灰色地带恫吓只会带来反效果。",
        "“中国共产党通过灰色地带战恫吓台湾。这种升级手段只会加强美国的决心。”",
    )
    assert found[-1:] == [
        (
            "direct",
            "美国国会众议院中国问题特设委员会",
            "中国共产党通过灰色地带战恫吓台湾。这种升级手段只会加强美国的决心。",
        )
    ]


def test_a_criticism_of_a_noun_phrase_is_none() -> None:
    assert quotes(_POSTED + "批评中国对台湾的灰色地带恫吓。") == []
    assert quotes(_POSTED + "批评了中国对台湾的灰色地带恫吓。") == []


def test_a_criticism_of_inaction_is_none() -> None:
    assert quotes(_POSTED + "批评政府不作为。") == []


def test_a_criticism_posted_by_unnamed_lawmakers_is_none() -> None:
    text = "一些议员星期一在社交媒体平台X上发帖，批评中国对台湾升级灰色地带恫吓只会带来反效果。"
    assert quotes(text) == []
