"""Chinese quotes from the zhrunon round (docs/IMPORT-RULES.md, "Since the zhrunon round"): a report
that ends its sentence goes on into the next sentence when that sentence says what the source
itself will do (`与此同时，警局将…`, `此外，G7将…`: the source by the name its attribution
wrote, the body named there shortened, or the abbreviation the text gave it), with no verb of
saying, no
marks and no time of the narration; any other subject, the source's act without `将`, and `将`
after a phrase of time or manner stay the reporter's (the sentences here are written for the
tests)."""

from __future__ import annotations

from .helpers import quotes

# --- the source itself says what it will do ----------------------------------------------------


def test_the_body_named_in_the_attribution_shortened() -> None:
    text = (
        "埃尔蒙特警察局安德鲁·莫拉警长通过电子邮件告诉美国之音，他们正在对这起刑事案件展开调查。"
        "与此同时，警局将该案作为仇恨犯罪进行调查，并将向联邦调查局进行通报。"
    )
    found = quotes(text)
    assert [(kind, words) for kind, _speaker, words in found] == [
        (
            "indirect",
            "他们正在对这起刑事案件展开调查。与此同时，警局将该案作为仇恨犯罪进行调查，"
            "并将向联邦调查局进行通报。",
        )
    ]
    assert found[0][1].startswith("安德鲁·莫拉")


def test_the_source_by_the_name_written_before_its_verb() -> None:
    text = "美国国务院说，美国已经获知相关消息。此外，美国国务院将提供相应的领事协助。"
    assert quotes(text) == [
        (
            "indirect",
            "美国国务院",
            "美国已经获知相关消息。此外，美国国务院将提供相应的领事协助。",
        )
    ]
    # (with no connective, and with its adverb before 将)
    text = "美国国务院说，美国已经获知相关消息。美国国务院也将提供相应的领事协助。"
    assert quotes(text)[0][2] == "美国已经获知相关消息。美国国务院也将提供相应的领事协助。"


def test_the_abbreviation_the_text_gave_the_source() -> None:
    first = "七国集团(G7)领导人星期三在峰会上发表《关于保障关键矿产供应链宣言》。"
    text = (
        "宣言还宣布将建立一套透明度与可追溯性试点机制，首期涵盖锂和镍两种矿产。"
        "此外，G7将借助国际能源署的数据平台，建立应对供应中断的联合协调机制。"
    )
    assert quotes(first, text) == [
        (
            "indirect",
            "七国集团",
            "将建立一套透明度与可追溯性试点机制，首期涵盖锂和镍两种矿产。"
            "此外，G7将借助国际能源署的数据平台，建立应对供应中断的联合协调机制。",
        )
    ]


# --- what stays the reporter's -----------------------------------------------------------------


def test_another_subject_stays_the_reporters() -> None:
    first = "七国集团(G7)领导人星期三在峰会上发表《关于保障关键矿产供应链宣言》。"
    text = (
        "宣言还宣布将建立一套透明度与可追溯性试点机制。"
        "此外，澳大利亚将借助国际能源署的数据平台建立联合协调机制。"
    )
    assert [words for _kind, _speaker, words in quotes(first, text)] == [
        "将建立一套透明度与可追溯性试点机制。"
    ]
    # (a short form whose body the attribution does not name)
    text = (
        "安德鲁·莫拉通过电子邮件告诉美国之音，他们正在对这起刑事案件展开调查。"
        "与此同时，警局将该案作为仇恨犯罪进行调查。"
    )
    assert [words for _kind, _speaker, words in quotes(text)] == [
        "他们正在对这起刑事案件展开调查。"
    ]


def test_the_sources_act_without_will_stays_the_reporters() -> None:
    text = (
        "海格塞斯说，中国的军事扩张令人警觉。海格塞斯还敦促美国的印太盟友和伙伴承担更多的国防开支。"
    )
    assert [words for _kind, _speaker, words in quotes(text)] == ["中国的军事扩张令人警觉。"]
    # (将 after a phrase of time and grounds: the reporter's account of what the body did)
    text = (
        "基隆地检署说，三名被告涉嫌伪造文书。基隆地检署星期二依涉嫌伪造文书及背信罪将涉案人员羁押。"
    )
    assert [words for _kind, _speaker, words in quotes(text)] == ["三名被告涉嫌伪造文书。"]


def test_a_verb_of_saying_marks_or_the_narrations_time_end_it() -> None:
    base = "美国国务院说，美国已经获知相关消息。"
    for after in (
        "此外，美国国务院还表示将提供相应的领事协助。",  # (a report of its own)
        "此外，美国国务院将“努力提供相应的领事协助”。",  # (words in marks)
        "此外，美国国务院将在星期五提供相应的领事协助。",  # (the narration's day)
    ):
        found = quotes(base + after)
        assert found[0][2] == "美国已经获知相关消息。", after


def test_a_persons_name_before_jiang_stays_the_reporters() -> None:
    # (a person's act narrated with 将 and its object, not a body's plan)
    text = (
        "部长海格塞斯说，测试很成功。"
        "海格塞斯将资金的来源归功于唐纳德·特朗普(Donald Trump)总统签署的立法。"
    )
    assert quotes(text)[0][2] == "测试很成功。"
