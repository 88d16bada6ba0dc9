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
    ) == [("direct", "张嘉莉", "中共和港府进一步收紧港人的自由。")]


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
