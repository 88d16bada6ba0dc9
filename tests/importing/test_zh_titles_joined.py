"""A description of a person before `、` ends the first of two titles joined before one name
with its Latin form as a title does (`香港民主派人士、前湾仔区议会议员张嘉莉(Clara Cheung)`): one
person, named by both, so a later `她表示：“…”` is hers; the titles before the last are kept in
the person's role."""

from __future__ import annotations

from .helpers import found, quotes


def test_a_description_and_a_title_joined_before_one_name() -> None:
    assert quotes(
        "目前定居英国的香港民主派人士、前湾仔区议会议员张嘉莉(Clara Cheung)在社媒平台X上发帖，"
        "悲叹香港“已不再是法治社会”。她表示：“中共和港府进一步收紧港人的自由。”"
    ) == [
        # (`悲叹A“…”`, a lament with its clause, is an indirect quote: ANNOTATING.md, "Thirty-fifth
        # folder"; the zhverbs round)
        ("indirect", "张嘉莉", "香港“已不再是法治社会”。"),
        ("direct", "张嘉莉", "中共和港府进一步收紧港人的自由。"),
    ]


def test_the_titles_before_the_last_stay_in_the_role() -> None:
    annotations = found(
        "美国驻菲使馆高级国防官员、美国驻菲联合军事援助团团长丹尼尔·吴(Daniel Oh)说，"
        "这些无人艇将加强菲律宾海军的监测能力。"
    )
    assert [(q.kind, q.speaker) for q in annotations.quotes] == [("indirect", "丹尼尔·吴")]
    assert annotations.speakers == [
        ("丹尼尔·吴", "美国驻菲使馆高级国防官员、美国驻菲联合军事援助团团长", None)
    ]


def test_two_people_joined_stay_two() -> None:
    # (a person named in full before the titles: two sources together, no one's report)
    assert (
        quotes(
            "委员会主席约翰·穆勒纳尔(John Moolenaar)与民主党首席议员、众议员拉贾·克里希纳莫提"
            "(Raja Krishnamoorthi)表示，这项法案将保护美国的技术。"
        )
        == []
    )


def test_the_shuo_of_a_noun_ends_no_subject() -> None:
    # `游说` (lobbying), `小说家` (a novelist): no verb of saying inside the subject
    assert quotes(
        "总部位于华盛顿的游说团体高科技发明家联盟(High Tech Inventors Alliance，HTIA)对该法案表示"
        "支持，称被认定为国家安全威胁的实体已将美国专利“武器化”。该联盟在声明中表示，此类实体积累"
        "并滥用美国专利。"
    ) == [
        ("indirect", "高科技发明家联盟", "被认定为国家安全威胁的实体已将美国专利“武器化”。"),
        ("indirect", "高科技发明家联盟", "此类实体积累并滥用美国专利。"),
    ]
    assert quotes("小说家莫言说，这些实体已将美国专利武器化。") == [
        ("indirect", "莫言", "这些实体已将美国专利武器化。")
    ]


def test_a_body_named_after_its_kind_is_named_without_it() -> None:
    assert quotes("人权组织国际特赦组织表示，这项法律违反了国际法。") == [
        ("indirect", "国际特赦组织", "这项法律违反了国际法。")
    ]
    # (a kind too close to the end is part of the name: `阿里巴巴集团公司`)
    assert quotes("阿里巴巴集团公司表示，这项法律违反了国际法。") == [
        ("indirect", "阿里巴巴集团公司", "这项法律违反了国际法。")
    ]


def test_a_topic_the_source_also_spoke_of_ends_the_report() -> None:
    assert quotes(
        "普京说，他认为会晤没有意义，并提到乌克兰无人机袭击俄罗斯控制的卢甘斯克州一处宿舍。"
    ) == [("indirect", "普京", "他认为会晤没有意义")]
    # (another's report retold after it: since the zhdev62 round a second report of the same
    # source, holding the inner attribution, as ANNOTATING.md's sixty-second folder decides)
    got = quotes(
        "特朗普说，迄今联邦政府已向量子研究机构投入6.25亿美元，并提到商务部今年5月宣布，已向九家"
        "量子公司发出意向书。"
    )
    assert got == [
        ("indirect", "特朗普", "迄今联邦政府已向量子研究机构投入6.25亿美元"),
        ("indirect", "特朗普", "商务部今年5月宣布，已向九家量子公司发出意向书。"),
    ]
