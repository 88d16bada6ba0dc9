"""Chinese reported speech from the sixth round of the census of 134 unlabelled VOA texts
(docs/IMPORT-RULES.md, "Since the census of Chinese reported speech"): a rank written after a name
not met before, with a near shape that must not be taken (the sentences here are written for the
tests)."""

from __future__ import annotations

from .helpers import quotes


def test_a_name_between_a_title_and_a_rank_is_the_speaker() -> None:
    text = "委员会主席穆勒纳尔众议员表示，美国即将迎来建国250周年。"
    assert quotes(text) == [("indirect", "穆勒纳尔", "美国即将迎来建国250周年。")]
    text = "委员会主席穆勒纳尔众议员在记者会上表示，美国即将迎来建国250周年。"
    assert quotes(text) == [("indirect", "穆勒纳尔", "美国即将迎来建国250周年。")]
    text = "来自密歇根州的穆勒纳尔众议员说，美国即将迎来建国250周年。"
    assert quotes(text) == [("indirect", "穆勒纳尔", "美国即将迎来建国250周年。")]


def test_the_name_before_a_rank_and_the_bare_name_after_are_one_speaker() -> None:
    found = quotes(
        "委员会主席穆勒纳尔众议员表示，美国即将迎来建国250周年。",
        "穆勒纳尔说，自由与民主激励着世界各地的人们。",
    )
    assert found == [
        ("indirect", "穆勒纳尔", "美国即将迎来建国250周年。"),
        ("indirect", "穆勒纳尔", "自由与民主激励着世界各地的人们。"),
    ]


def test_a_place_a_party_or_a_posting_before_a_rank_is_no_name() -> None:
    for subject in ("委员会主席、共和党众议员", "委员会主席、纽约州众议员", "来自纽约州的众议员"):
        assert quotes(f"{subject}表示，美国即将迎来建国250周年。") == []


def test_a_bodys_short_form_in_brackets_inside_a_title_does_not_end_the_subject() -> None:
    text = (
        "负责戍守台湾中部的陆军炮兵第58指挥部(58炮指部)参谋主任翁一铭上校说，此次训练与以往不同。"
    )
    assert quotes(text) == [("indirect", "翁一铭", "此次训练与以往不同。")]
    assert quotes("第58指挥部(58炮指部)参谋主任说，此次训练与以往不同。") == []


def test_a_body_named_in_marks_is_the_source() -> None:
    text = "“缅甸战略与政策研究所”在声明中提到，他们是一家无党派的独立智库。"
    assert quotes(text) == [("indirect", "缅甸战略与政策研究所", "他们是一家无党派的独立智库。")]


def test_a_phrase_a_title_or_a_bodys_members_in_marks_read_as_before() -> None:
    assert quotes("“坦克人”在声明中表示，自由不会被遗忘。") == []
    assert quotes("“五眼联盟”的各机构表示，自由不会被遗忘。") == []
    text = "“阿尔忒弥斯”计划负责人杰里米·帕森斯(Jeremy Parsons)说，沿途的每一次任务都更具挑战性。"
    assert quotes(text) == [("indirect", "杰里米·帕森斯", "沿途的每一次任务都更具挑战性。")]
