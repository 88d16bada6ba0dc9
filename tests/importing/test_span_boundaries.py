"""Where a quote's span starts and ends, from a span audit of every development folder
(docs/IMPORT-RULES.md, "Span boundaries again"): each shape with a near shape that must not be taken
(the sentences here are written for the tests)."""

from __future__ import annotations

from .helpers import near_linear, quotes

_JEFFRIES = "众议院少数党领袖哈基姆·杰弗里斯(Hakeem Jeffries)说，投票是错的。"

# --- the name a source gives after `称X是` ---------------------------------------------------


def test_a_name_given_wholly_in_marks_after_cheng_x_shi_is_a_direct_quote() -> None:
    assert quotes(_JEFFRIES, "杰弗里斯称普尔特是“一个不合格的政治掮客，不应被提拔”。")[1:] == [
        ("direct", "哈基姆·杰弗里斯", "一个不合格的政治掮客，不应被提拔")
    ]
    assert quotes(_JEFFRIES, "杰弗里斯称这个赛事是“送给美国人民的一份礼物”。")[1:] == [
        ("direct", "哈基姆·杰弗里斯", "送给美国人民的一份礼物")
    ]
    assert quotes("总统李明称协议是“历史性的文件”。") == [("direct", "李明", "历史性的文件")]


def test_an_attribute_in_marks_or_marks_the_clause_goes_on_after_stay_a_report() -> None:
    # an attribute ending in 的 is a predicate, the clause the report
    assert quotes(_JEFFRIES, "杰弗里斯称此次袭击是“有针对性的”。")[1:] == [
        ("indirect", "哈基姆·杰弗里斯", "此次袭击是“有针对性的”。")
    ]
    # the clause goes on after the marks
    assert quotes(_JEFFRIES, "杰弗里斯称这一举动是“悲剧性攻击”，意图打压异议声音。")[1:] == [
        ("indirect", "哈基姆·杰弗里斯", "这一举动是“悲剧性攻击”，意图打压异议声音。")
    ]
    # 称 with a comma takes a clause
    assert quotes(_JEFFRIES, "杰弗里斯称，普尔特是“一个不合格的政治掮客”。")[1:] == [
        ("indirect", "哈基姆·杰弗里斯", "普尔特是“一个不合格的政治掮客”。")
    ]
    # praise (称赞) is no 称 with its clause: the words in marks alone are the source's, a
    # direct quote as after `批评X是“…”` (ANNOTATING.md, "Tenth census of Chinese verbs")
    assert quotes(_JEFFRIES, "杰弗里斯称赞该协议是“迈向和平的重要一步”。")[1:] == [
        ("direct", "哈基姆·杰弗里斯", "迈向和平的重要一步")
    ]


# --- the article's own first person ------------------------------------------------------------

_FOUND = "The Anti-Defamation League found that incidents reached record levels. We see this evil."


def test_a_we_after_a_report_is_the_authors_when_the_narration_spoke_in_the_first_person() -> None:
    # an op-ed, a statement, a speech: the author's `our` before, then the author's `we`
    assert quotes("Passover is a cautionary tale of our future as a democracy.", _FOUND) == [
        ("indirect", "Anti-Defamation League", "incidents reached record levels.")
    ]
    assert quotes("I have long spoken about hate.", _FOUND) == [
        ("indirect", "Anti-Defamation League", "incidents reached record levels.")
    ]


def test_a_we_after_a_report_still_carries_it_on_in_narration_of_the_third_person() -> None:
    carried = [
        ("indirect", "Anti-Defamation League", "incidents reached record levels. We see this evil.")
    ]
    assert quotes("Passover is a cautionary tale of the future.", _FOUND) == carried
    # a first person inside quotation marks is the quoted speaker's, not the narration's
    assert quotes("“Our future is at stake,” Rabbi Jonah Pesner said.", _FOUND)[1:] == carried


# --- the reporter's narration in a clause after a Chinese report -----------------------------


def test_what_came_before_or_followed_a_report_in_a_clause_of_its_own_ends_it() -> None:
    found = quotes("特朗普说，停火协议正处于“生命维持状态”，此前他拒绝了伊朗提出的最新提议。")
    assert found == [("indirect", "特朗普", "停火协议正处于“生命维持状态”")]
    found = quotes("特朗普说，美国正继续与伊朗进行谈判，国际原油价格随后回吐了早盘的涨幅。")
    assert found == [("indirect", "特朗普", "美国正继续与伊朗进行谈判")]


def test_a_modifier_a_next_step_or_a_plan_stays_in_the_report() -> None:
    for clause in (
        "停火协议仍然有效，此前的谈判没有取得进展。",  # 此前的: a noun's modifier
        "该物体发出光束，随后颜色发生变化。",  # the account's next step, no subject before 随后
        "美国将首先制裁伊朗，美国随后将恢复谈判。",  # a plan
    ):
        assert quotes(f"哈拉雷警方说，{clause}") == [("indirect", "哈拉雷警方", clause)], clause


# --- a sentence begun again after a dash with a new verb ---------------------------------------


def test_a_report_ends_before_a_dash_and_a_pronoun_with_a_verb_of_its_own() -> None:
    found = quotes(
        "President Biden was very clear that our policy has not changed, that — you know, he "
        "reiterated our one-China policy based on the Taiwan Relations Act."
    )
    assert found == [("indirect", "Biden", "our policy has not changed")]
    found = quotes(
        "Officer Michael Fanone says that he still is living through it — he says he sent you a "
        "letter about 15 days ago."
    )
    assert found == [
        ("indirect", "Michael Fanone", "he still is living through it"),
        ("indirect", "Michael Fanone", "he sent you a letter about 15 days ago."),
    ]


def test_a_false_start_before_the_dash_is_no_report_and_the_sentence_begun_again_is() -> None:
    found = quotes("Governor Greg Abbott said this — he said he wanted recommendations on courts.")
    assert found == [("indirect", "Greg Abbott", "he wanted recommendations on courts.")]
    found = quotes("President Xi said they will be — he said they will be speaking soon.")
    assert found == [("indirect", "Xi", "they will be speaking soon.")]


def test_a_stutter_a_quotations_attribution_or_an_aside_after_a_dash_ends_nothing() -> None:
    # the same pronoun said again
    found = quotes("President Biden said that he — he said his budget will lower the deficit.")
    assert found == [("indirect", "Biden", "he — he said his budget will lower the deficit.")]
    # an aside with no verb of its own
    found = quotes("President Biden said that the economy — you know, the jobs market — is strong.")
    assert found == [("indirect", "Biden", "the economy — you know, the jobs market — is strong.")]
    # a verb before a quotation: its attribution
    found = quotes("President Biden said that the plan will pass — he said, “We have the votes.”")
    assert found and all(quote[2] != "the plan will pass" for quote in found)
    assert any("— he said" in quote[2] for quote in found)


# --- `said that himself: A` ----------------------------------------------------------------------

_ASKED = "Q What does President Biden think of the Senate?"


def test_what_was_said_named_then_said_after_a_colon_is_the_report() -> None:
    found = quotes(
        _ASKED,
        "MS. JEAN-PIERRE: Look, the President said that himself: It’s going to make things a lot "
        "easier now.",
    )
    assert found == [("indirect", "Biden", "It’s going to make things a lot easier now.")]
    found = quotes(
        "Q Is Israel’s operation setting back the talks?",
        "MS. JEAN-PIERRE: So, look — and Jake Sullivan said this yesterday: There are multiple "
        "phases to this deal.",
    )
    assert found == [("indirect", "Jake Sullivan", "There are multiple phases to this deal.")]


def test_the_same_said_by_several_the_present_or_ones_own_words_give_no_report() -> None:
    for turn in (
        "I have said this, the White House Counsel’s Office has said this: One of the reasons is "
        "that it is changing.",
        "And the President says this: If you watch him, you see what he has done.",
        "I’ll say this: There is no cause for retaliation.",
    ):
        assert quotes(_ASKED, f"MS. JEAN-PIERRE: {turn}") == [], turn


# --- another named source saying after `and` or `but` ------------------------------------------


def test_another_named_sources_participle_of_saying_ends_a_report() -> None:
    found = quotes(
        "Governor Jo Roe said that you cannot tell another country what alliances to join, and "
        "Vladimir Putin drawing a red line saying that Ukraine is not to be a NATO member."
    )
    assert found[0] == (
        "indirect",
        "Jo Roe",
        "you cannot tell another country what alliances to join",
    )
    found = quotes(
        "Governor Jo Roe said that he wants to be prudent, but the White House did post a "
        "statement saying that Republicans are faking outrage."
    )
    assert found[0] == ("indirect", "Jo Roe", "he wants to be prudent")


def test_a_participle_of_the_same_source_or_of_no_name_stays_in_the_report() -> None:
    for clause in (
        # no name after `and`: the same source goes on
        "he wants to be prudent, and is saying so to everyone.",
        # a name, then a comma before the participle: an aside, not a subject
        "the talks will go on, and Congress, saying nothing, will wait.",
    ):
        found = quotes(f"Governor Jo Roe said that {clause}")
        assert found == [("indirect", "Jo Roe", clause)], clause


# --- hostile text ------------------------------------------------------------------------------


def test_sentences_begun_again_after_dashes_are_read_in_near_linear_time() -> None:
    def run(n: int) -> list[tuple[str, str, str]]:
        return quotes("President Biden said that " + "the plan will pass — he said " * n + "it.")

    small, large = near_linear(run, 100)
    assert len(small) <= len(large)


def test_an_authors_first_person_is_read_in_near_linear_time() -> None:
    # (every report is followed by a first-person sentence that asks about the narration)
    def run(n: int) -> list[tuple[str, str, str]]:
        return quotes(
            *["Passover is a tale of the future."] * n,
            *[_FOUND] * n,
        )

    small, large = near_linear(run, 100)
    carried = (
        "indirect",
        "Anti-Defamation League",
        "incidents reached record levels. We see this evil.",
    )
    assert small and set(small) == set(large) == {carried}
