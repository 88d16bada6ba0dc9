"""Chinese quotes from the zhdev59 round's misses on its new folder of VOA reports
(docs/IMPORT-RULES.md, "Words in marks that end their sentence, before another source's report"):
words in marks inside a sentence that they end are no quote of the next sentence's source when that
source has a report of its own after a comma (the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes

# --- the shape: no attribution from the next sentence's report -----------------------------------


def test_an_agreements_words_are_not_the_next_sources() -> None:
    agreed = "两国及其盟友承诺“立即且永久终止所有战线的军事行动”。"
    assert quotes(agreed + "伊朗官员此前曾表示，停止敌对行动是关键。") == []
    # (a named source: its report kept, the marks not its words)
    text = agreed + "卢比奥此前曾表示，停止敌对行动是关键。"
    assert quotes(text) == [("indirect", "卢比奥", "停止敌对行动是关键。")]


def test_a_title_or_a_topic_in_marks_is_not_the_next_sources() -> None:
    text = (
        "七国集团在峰会最后一天发表“G7领导人们针对关键矿产的声明”。"
        "埃卢阿尔迪吉表示，投资不能流于仅仅购买矿产。"
    )
    assert quotes(text) == [("indirect", "埃卢阿尔迪吉", "投资不能流于仅仅购买矿产。")]
    text = (
        "该委员会4月举行听证会，聚焦“中国窃取美国人工智能优势的行动”。"
        "美国之音此前报道说，议员和专家发出警告。"
    )
    assert quotes(text) == [("indirect", "美国之音", "议员和专家发出警告。")]


def test_words_in_marks_inside_another_sources_report_are_not_the_next_sources() -> None:
    text = (
        "在美国和伊朗之间进行了斡旋的巴基斯坦总理夏巴兹·谢里夫(Shehbaz Sharif)说，这项协议包括"
        "“立即永久终止所有战线的军事行动，包括在黎巴嫩的军事行动”。特朗普说，还有更多工作要做。"
    )
    found = quotes(text)
    taken = ("direct", "特朗普", "立即永久终止所有战线的军事行动，包括在黎巴嫩的军事行动")
    assert taken not in found
    assert ("indirect", "特朗普", "还有更多工作要做。") in found


# --- near shapes that stay ----------------------------------------------------------------------


def test_a_verb_of_saying_or_calling_in_the_marks_own_clause_still_attributes() -> None:
    # (the marks' own clause names them the source's words: `称X是“…”`, `称赞X是“…”`,
    # `声明强调了“…”`)
    text = "杰弗里斯称普尔特是“一个不合格的政治掮客，不应被提拔”。杰弗里斯在X上发帖说，他反对。"
    assert ("direct", "杰弗里斯", "一个不合格的政治掮客，不应被提拔") in quotes(text)
    text = "马克龙称赞该协议是“迈向和平以及全球经济的重要一步”。这位法国总统说，这是好事。"
    assert ("direct", "马克龙", "迈向和平以及全球经济的重要一步") in quotes(text)
    found = quotes(
        "七国集团峰会在6月16日发布了“G7领导人针对地缘政治的声明”，当中关注乌克兰与中东局势。",
        "在印太地区的部分，声明强调了“建立在法治基础上的自由开放的印太地区的重要性”。"
        "声明说，“我们重申反对任何单方面改变现状的企图。”",
    )
    assert ("direct", "七国集团", "建立在法治基础上的自由开放的印太地区的重要性") in found


def test_a_quotation_that_ends_its_own_sentence_inside_the_marks_is_unchanged() -> None:
    # (`“…。”他说，A`: the stop inside the marks; the attribution after it still names its speaker)
    text = "“我们将继续努力。”卢比奥说，这是好事。"
    assert ("direct", "卢比奥", "我们将继续努力。") in quotes(text)


def test_the_next_sources_verb_without_a_report_of_its_own_still_attributes() -> None:
    # (`“…”。X说。`, `“…”，X说。`: no comma and clause after the verb, the words are the source's;
    # `“…”。X说，A` with the marks opening the paragraph: no sentence of their own around them)
    said = ("direct", "卢比奥", "确保伊朗永远不能拥有核武器")
    assert quotes("美国的目标是“确保伊朗永远不能拥有核武器”。卢比奥说。") == [said]
    assert quotes("美国的目标是“确保伊朗永远不能拥有核武器”，卢比奥说。") == [said]
    assert quotes("“确保伊朗永远不能拥有核武器”。卢比奥说，这是目标。") == [
        said,
        ("indirect", "卢比奥", "这是目标。"),
    ]
