"""Chinese quotes of a finder: direct quotes attributed by a pronoun, a description or a
colon, and reports (`X表示，…`); whom they name as their source is read by
`chinese_sources.ChineseSources`, the class below this one."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from pressreader.importing.quotes.chinese import (
    _ZH_ACCORDING,
    _ZH_BACK_REFERENCE,
    _ZH_DOUBLE_SURNAMES,
    _ZH_LEAD,
    _ZH_NOT_CLAUSE,
    _ZH_REPORT_END,
    _ZH_ROLES,
    _ZH_SAID_IN,
    _ZH_SAY,
    _ZH_SUBJECT_END,
    _ZH_SURNAMES,
    _ZH_TOPIC,
    _ZH_VERBS,
    _zh_account_opens,
    _zh_accuses,
    _zh_announces_a_clause,
    _zh_announces_a_plan,
    _zh_announces_an_act,
    _zh_aside,
    _zh_before_apposition,
    _zh_before_attributed_marks,
    _zh_carries_on,
    _zh_charge_of_a_suit,
    _zh_clause_before,
    _zh_clause_of_its_own,
    _zh_disputes_a_clause,
    _zh_goes_on_after_marks,
    _zh_goes_on_from_quotation,
    _zh_hope_goes_on,
    _zh_inner_stop,
    _zh_opening_clause,
    _zh_opens_a_clause,
    _zh_plain_name,
    _zh_points_back,
    _zh_predicate_in_marks,
    _zh_roles,
    _zh_sentences,
    _zh_source_will,
    _zh_source_will_subject,
    _zh_subject_clause,
    _zh_subject_will,
    _zh_term_after_colon,
    _zh_term_opens_clause,
    _zh_together,
)
from pressreader.importing.quotes.chinese_sources import (
    _WINDOW,
    _ZH_CITING,
    _ZH_DOCUMENT,
    _ZH_DOCUMENT_NOUN,
    _ZH_MAX_REPORTS,
    _ZH_NOT_PERSON,
    _ZH_PLACE_LAST,
    _ZH_THIS_OFFICIAL,
    _ZH_TIME_CLAUSE_END,
    _ZH_TOPIC_WORD,
    ChineseSources,
)
from pressreader.importing.quotes.found import Found
from pressreader.importing.quotes.marks import _HAN, _find_mark, _visible
from pressreader.importing.spans import Within
from pressreader.importing.speakers import Person, Reference
from pressreader.importing.wordlists import Gated, lazy

# The most of a report carried on over the sentences after it that is read for what it named
# (`_zh_points_back`, `_zh_subject_will`): more than any report of the development texts.
_REPORT_READ = 2_000

# The most of a sentence read back from a pronoun's verb for the source it opens with
# (`_zh_pronoun_direct`): more than any sentence of the development texts.
_SENTENCE_READ = 1_000


def _trimmed_end(text: str, end: int) -> int:
    """Where `text[:end].rstrip()` ends, without the copy."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


# A topic between the verb and a quotation (`关于会面的问题，“…”`): a direct quote, not a report.
_ZH_TOPIC_THEN_QUOTE = lazy(rf"\s*{_ZH_TOPIC}[，,]\s*[“「『]")

# A report with its attribution after it, ending the sentence: `…，贝森特说。`
_ZH_SAID_AFTER = Gated(
    r"[，,](?P<np>[^，,。；“”\s]{1,24}?)(?:补充说|说道|说|表示|指出|强调)[。！]\s*\Z",
    ("说", "表示", "指出", "强调"),
)

_ZH_VERB_END = lazy(rf"(?:{_ZH_VERBS}|告诉[^“”，。：:]{{1,20}})\Z")

# A clause whose subject is a pronoun with an auxiliary (`提到他曾经阅读到过…`) or `这是`
# (`指出这是针对…的最新一例`): taken without a comma after the verb, like `said he will …`.
_ZH_PRONOUN_CLAUSE = lazy(
    r"(?:他们|她们|他|她)(?:曾经|曾|已经|已|将|会|正在|是|没有|不|也|还|一直|从未|并未|"
    r"要求|希望|相信|打算|计划|愿意|支持|反对)|这(?:也|就|正)?是"
)

_ZH_BARE_VERBS = frozenset(
    [
        "称",
        "声称",
        "宣称",
        "坚称",
        "指称",
        "警告称",
        "报告称",
        "报道称",
        "回应称",
        "指控",
        "认为",
        "认定",
        "裁定",
        # (`声明强调说像…这样的机构…`: 强调 joined to its 说, a clause with no comma, as `警告称`)
        "强调说",
        "强调称",
        # (`发布事实简报，指A`: only right after a document and a comma, `_ZH_SAY` decides)
        "指",
    ]
)

# 表示 as a noun after a determiner (`做出了上述表示，当时，…`): remarks referred back to, no verb.
_ZH_REMARKS_NOUN = lazy(r"(?:上述|这一|这些|此番|这番|那番)\Z")

# `不是…，而是…` (not this but that): a contrast, the 而是 no verb's subject left out.
_ZH_NOT_THIS = lazy(r"不是|并非")

# `世卫组织表示已加强了…`: 表示 right before an adverb of time is followed by a clause whose
# subject is left out.
_ZH_ADVERB_CLAUSE = lazy(r"(?:已经|已|尚未|并未|正在|仍在|将)")

# `科威特则表示拦截了24架伊朗无人机`, `谷歌表示最终挫败了…`: 表示 right before a verb phrase done
# with 了, its subject left out, is a report, as before 已; not `表示了关切`, `表示将…`, `表示欢迎`
# (`_ZH_NOT_CLAUSE` at its start), nor `了解` (to understand).
_ZH_DONE_PHRASE = Gated(r"[^，,。；;：:“”「」！？!?()（）\s]{1,8}?了(?![解结])", ("了",))

# `表示很高兴能与…一起，“…”`: an attitude with the clause it is about (ANNOTATING.md, "Sixth
# folder"), a report; not `表示高兴` alone or `对…表示欢迎`.
# `北京表示反对各种形式的单边关税措施`: 表示 with a stance and its object, the subject left out
# (ANNOTATING.md, "Eighteenth folder"), a report; not `表示反对`, `表示支持。` (an attitude with
# nothing after it), nor `表示将继续努力` (an intent, a verb phrase: the tenth round's).
# So `以色列表示保留对真主党袭击做出回应的权利` (a right reserved, its object after it); not
# `表示保留意见` (reservations, an attitude).
_ZH_STANCE_PHRASE = lazy(r"(?:希望|反对|支持|愿意|保留)(?![，,。；])[^，,。；：:“”]{4}")

_ZH_GLAD_TO = lazy(r"(?:很|非常|十分)?(?:高兴|荣幸)(?:能|地|看到)")

# A clause of place or time (`在返程途中…`, `于…`, `当…时`): no subject.
_ZH_AFTER_CLAUSE = lazy(r"(?:之后|后|时|前|期间)([\u4e00-\u9fff·]{2,8})\Z")

_ZH_ADVERBIAL = lazy(r"(?:在|于|当|自从|从)")

# Another source joined by 而 or 但 inside a report (`…，而美国财政部已宣布批准…`).
_ZH_OTHER_SOURCE = lazy(
    r"[，,]\s*(?:而|但)(?P<np>[^，,。；“”\s]{2,16}?)(?:已经|已|也|则|还|曾)?"
    # (not `他说的`: what the source calls a thing, inside the report)
    r"(?:宣布|表示|说|指出|称|强调|认为|证实|透露)(?!的)"
)

# Another named source with a verb of saying and a comma after a clause of the report, with no
# conjunction (`贝森特表示，A，美国财政部会后发表声明称，B`): its own report, which ends the first.
_ZH_NEXT_SOURCE = lazy(
    r"[，,]\s*(?![但而并同当提以也还又则不])(?P<np>[^，,。；;：:“”()（）\s]{2,16}?)"
    r"(?:会后|随后|当天|稍后|也|则|还)?(?:发表声明|在[^，,。；“”]{0,10}?声明中)?"
    r"(?:宣布|表示|(?<!游)说|指出|称|强调|证实|透露)[，,]"
)

# 指控 a noun after 的 and the words of which charges or what kind (`提出新的国安指控`, `面对…罪名的
# 正式指控`, `对黄之锋的这一最新指控`); not after a person who accuses (`他的律师李明指控…`).
_ZH_CHARGE_KIND = "最新|新|正式|刑事|国安|国家安全|安全|相关|类似|虚假|不实|严重"

_ZH_CHARGE_NOUN = lazy(
    rf"的(?:(?:这一|这些|这项|此|该|各项|多项|所有)(?:{_ZH_CHARGE_KIND})*|(?:{_ZH_CHARGE_KIND})+)\Z"
)

_ZH_AND_VERB = lazy(r"\s*(?:并|还|也|同时)")

# A second verb of saying of the same source, where it said it next (`在白宫透露，随后又在社交媒体上
# 发文说，A`): the report is the second verb's, after its comma.
# (tried only where the report opens with one of `_ZH_THEN_WORDS`)
_ZH_THEN_WORDS = ("随后", "之后", "后来", "接着")

_ZH_THEN_SAID = lazy(
    r"(?:随后|之后|后来|接着)(?:又|还|也)?在[^，,。；：:“”]{1,20}?(?:说|表示|写道|指出)[，,：:]"
)

# Adverbs alone between a comma and a verb of saying: its subject left out (so of frequency and
# manner: `特朗普在…采访中，多次公开表示…`).
_ZH_ADVERBS_ONLY = lazy(
    r"(?:而是|也|还|同时|则|又|再次|再度|一再|随后|接着|多次|屡次|反复|公开|明确|曾经|曾)*"
)

_ZH_CLAUSE_CLOSE = lazy(r"(?:时|时候|之后|后|期间)(?:[向对][^，,]{1,12})?\Z")

# A title after a surname (`卢比奥国务卿`, `史密斯众议员`).
_ZH_ROLE_AFTER = lazy(
    r"(?:国务卿|部长|总统|副总统|总理|外长|议员|众议员|参议员|议长|大使|主席|发言人)\Z"
)

# The justices or the jury of a court that rules (`最高法院大法官…裁定`, `刑事法院的12人陪审团
# 裁定`): the court speaks as one (ANNOTATING.md, "Twenty-second folder").
_ZH_COURT_MEMBERS = lazy(r"(?<=[院庭])的?(?:[0-9]{1,3}人)?(?:陪审团|大法官|法官)们?")

_ZH_RULING_VERBS = frozenset(["裁定", "裁决", "认定"])

# What a ruler's name ends with, before its time or manner (`陪审团`, `最高法院`, `国防部`,
# `该裁决`).
_ZH_RULER_LAST = frozenset("院庭团官部决")

# A ruling referred back to as it speaks (`该裁决认定…`, `这项裁决裁定…`): the court that issued
# the ruling named before it speaks (ANNOTATING.md, "A ruling with a clause is its court's report").
_ZH_RULING_BACK = lazy(r"(?:该|这项|这一|此|此项)(?:裁决|裁定|判决)(?:还|也|则|又)*")

# The verb of an attribution that opens a quotation (`他在回答…问题时说:“`), its colon or comma
# after it.
_ZH_OPENING_VERB = lazy(r"(?:说道|说|表示|指出|强调|写道|问道|回应说|称)\s*[：:，,]?\s*\Z")


def _zh_attribution_before(sentence: str, close: int) -> str:
    """The words before the verb of the attribution that opens the quotation closing at `close`
    (`他在回答墨菲参议员的问题时说:“…，”并强调…` gives `他在回答墨菲参议员的问题时`), or "" when
    no such attribution opens its clause (the sentence's source is then taken)."""
    depth = 0
    opening = -1
    for at in range(close - 1, -1, -1):
        if sentence[at] == "”":
            depth += 1
        elif sentence[at] == "“":
            if depth == 0:
                opening = at
                break
            depth -= 1
    if opening <= 0:
        return ""
    verb = _ZH_OPENING_VERB.search(sentence, 0, opening)
    if verb is None:
        return ""
    clause_start = max(sentence.rfind(c, 0, verb.start()) for c in "，,；。") + 1
    np = _ZH_LEAD.sub("", sentence[clause_start : verb.start()].strip())
    end = _ZH_SUBJECT_END.search(np, 1)
    # (the source ends where its time or place begins: `他在回答…问题时` is 他)
    return np[: end.start()] if end is not None else np


def _zh_named_after(paragraph: str, quote: Found) -> bool:
    """Whether the words right after a direct quote's closing mark name its speaker, by the
    name or its last dotted part, before their verb (`“…，”特朗普说，“…”`, `“…。”总理玛丽·琼斯
    说。`): an attribution after the quotation, not words in marks inside another's sentence."""
    close = paragraph.find("”", quote.end, quote.end + 2)
    if close < 0:
        return False
    after = re.split(r"[，,。：:“]", paragraph[close + 1 : close + 25], maxsplit=1)[0]
    name = quote.speaker.name
    return bool(after) and (name in after or name.rsplit("·", 1)[-1] in after)


def _zh_ruler(np: str) -> bool:
    """Whether `np`, up to its time or manner, ends with a ruler's name: a ruling verb with
    no comma after any other words is part of a clause (`…是在X裁定…之后提交的`)."""
    cut = _ZH_SUBJECT_END.search(np, 1)
    core = np[: cut.start()] if cut is not None else np
    return core[-1:] in _ZH_RULER_LAST


_ZH_AND_THEN = lazy(
    r"[，,]\s*并(?:且|(?=誓言|承诺|呼吁|警告|要求|敦促))"
    # `宣称台湾是其领土一部分，反对任何国家…`: the source's stance, a verb with no subject
    r"|[，,]\s*(?:也|还|同时)?(?=反对|拒绝|谴责|抗议)"
)

# The purpose of an announced act, after a comma (`，旨在帮助…`).
_ZH_AIMED = lazy(r"[，,]\s*旨在")

# What turns a report after its `；` to another matter (`；而…`, `；但…`); not `；而且…` (and
# moreover: the same report going on).
_ZH_SEMICOLON_TURN = lazy(r"而(?!且)|但|然而|不过")

# A call or a condemnation joined to a report by `，并` (`表示，A，并呼吁…`): the source's act.
_ZH_AND_CALLS = Gated(r"[，,]\s*并(?:呼吁|谴责|敦促)", ("呼吁", "谴责", "敦促"))

# A document or data cited as a body's whose account may go on in the sentences after it
# (`根据X援引的行业数据，A。B。`, `根据X公布的报告，`).
_ZH_CITED_ACCOUNTS = ("报告，", "数据，", "资料，", "统计，", "声明，", "公告，", "新闻稿，")

# `根据斯洛特金，…`, `根据美国战争部，…`: "according to X," with the source itself, no document or
# verb after it (ANNOTATING.md, "Indirect quotes"); what X may be is checked when it resolves.
_ZH_ACCORDING_BARE = Gated(
    r"(?:^|(?<=[，,。；！？”]))\s*(?:据|根据)(?P<np>[\u4e00-\u9fff·]{2,16}?)"
    r"(?:\([A-Za-z .'\-]{1,60}\))?[，,]",
    ("据",),
)

# A sentence that opens with a pronoun and its verb of saying, right before a quotation
# (`他说：“`, `她还表示，“`, `她在声明中说，“`, `她呼吁“`).
_ZH_PRONOUN_SAYS = lazy(
    r"(?:^|(?<=[。！？”」]))\s*[他她](?:还|也|则|又|接着|随后|最后|进一步|并)?"
    # (`他星期四在联合国发表讲话时说，“…”`: a day, then a clause of time or place)
    r"(?:星期[一二三四五六日天]|周[一二三四五六日]|今天|昨天|当天|同日|[0-9]{1,2}日)?"
    r"(?:" + _ZH_SAID_IN + r"|在[^“”。！？，,]{1,30}?(?:时|之后|后|期间))?"
    # (`她呼吁“…”`, `他警告说：“…”`: a call or a warning in the source's words)
    r"(?:补充说|补充道|说道|说|表示|指出|强调|写道|称|呼吁|警告说)\s*[：:，,]?\s*\Z"
)

# How far before a quotation `_ZH_PRONOUN_SAYS` may begin (searched up to the quotation, its
# end the quotation's opening: an earlier `他指出，` in the reach is no match).
_ZH_PRONOUN_SAYS_REACH = 60

# A description with a demonstrative that opens a sentence before a quotation (`这位法国总统说，`,
# `这位台湾民进党人还写道：`).
_ZH_DESCRIBED_SAYS = lazy(
    r"(?:^|(?<=[。！？”」]))\s*(?P<this>这位|这名)(?P<title>[\u4e00-\u9fff]{2,10}?)"
    r"(?:还|也|则|又|接着|随后|最后)?(?:说|表示|指出|强调|写道)\s*[：:，,]\s*"
)

# What ends a description of a person (`总统`, `民进党人`, `前人质`, `议员`, `部长`).
_ZH_DESCRIBED_PERSON = lazy(r"(?:统|人|员|长|家|质|者|手|官|相|卿|使|席)\Z")

_ZH_DOCUMENT_WORD = lazy(r"声明|宣言|公报|报告|信|新闻稿|公告|文件")

# A statement the source issued alone, where its act is done (`X在一份声明中试图安抚公众：“…”`):
# the source speaks, not the statement; not a joint one (`联合声明`: several sources together).
_ZH_IN_OWN_STATEMENT = lazy(
    r"(?<=.)在(?:一份|其|他的|她的|一封)?(?:书面|电邮|简短)?(?:声明|新闻稿|信)中"
)

# The same words without the look behind, which makes the engine try them at every character:
# without it the search skips to a character a role word begins with (`_zh_role_word_ends`).
_ZH_ROLE_WORD_ANY = lazy(r"(?:" + "|".join(_ZH_ROLES) + ")")


def _zh_role_word_ends(paragraph: str) -> Iterator[int]:
    """The ends of `_ZH_ROLE_WORD.finditer(paragraph)`'s matches: a match after 副 is none, and
    the search goes on from its next character, as the pattern's look behind has it."""
    at = 0
    while (match := _ZH_ROLE_WORD_ANY.search(paragraph, at)) is not None:
        start = match.start()
        if start > 0 and paragraph[start - 1] == "副":
            at = start + 1
            continue
        at = match.end()
        yield at


# What a source listed or put forward, before a colon (`特朗普列出的美国最后一项条件是`,
# `X在帖子中列出的前两个条件是`): the source, before its setting.
# Between two quotations joined by a conjunction (`条件是：“A”以及“B”`, `说：“A”，并且“B”`), and
# what may follow the second when it ends its clause (not `“A”和“B”的荣誉`: a noun after it).
_ZH_JOINED_QUOTATIONS = lazy(r"[，,]?\s*(?:以及|并且|而且|及|和|与|、)\s*")

_ZH_QUOTATION_CLAUSE_ENDS = lazy(r"\s*(?:[。，,；;！？!?]|\Z)")

# A post or a statement published, then a comma and the words in marks it holds
# (`美国驻华使领馆也在其官方X账号上发贴文，“…”`): what the source posted, as after a colon.
_ZH_POST_THEN_MARKS = lazy(
    r"(?:发|贴|张贴|发表|发布)了?(?:一则|一条|一份|一篇)?(?:贴文|帖文|推文|帖子|文章|声明|文|帖|推)[，,]\Z"
)

# (what the text before the marks ends with, tested first)
_ZH_POST_ENDINGS = (
    "文，",
    "帖，",
    "推，",
    "子，",
    "章，",
    "明，",
    "文,",
    "帖,",
    "推,",
    "子,",
    "章,",
    "明,",
)

# The act itself and its place, taken off the source (`也在其官方X账号上发贴文`).
_ZH_POSTED_ACT = lazy(
    r"(?:也|还|则|同时)?(?:在[^，,。；“”]{1,30}?上)?(?:也|还)?(?:发|贴|张贴|发表|发布)了?"
    r"(?:一则|一条|一份|一篇)?(?:贴文|帖文|推文|帖子|文章|声明|文|帖|推)\Z"
)

_ZH_LISTED = lazy(
    r"(?P<np>[^，,。；“”]{2,20}?)(?:在[^，,。；“”]{1,12}?中)?(?:列出|开出|列举|提出)的"
    r"[^，,。；“”的]{1,16}?(?:条件|要求|理由|原因)是\Z"
)

# A verb of saying with its comma or colon right after a name (`边巴次仁说，…`), and a title's last
# character right before one (`立法院院长韩国瑜`): where a text holds a bare name as a person's
# (`_zh_bare_person`).
_ZH_SAYS_RIGHT_AFTER = lazy(r"(?:说|表示|指出|强调)[，,：:]")

# What a source calls something after 称 with no comma, in marks and short (two to five
# characters, an evaluation), ending the clause (`称星期一的袭击“骇人听闻”`,
# `称当前局势为“脆弱时刻”`): the source's words, a direct quote; not a clause (`称协议是“…”`,
# `称他认为这样做“…”`, `称两人将在会晤中讨论“…”`) nor a predicate in marks
# (`称美国的军事行动“削弱了伊朗”`, `称这一决定“严重侵害中方权益”`).
_ZH_CALLED_WORDS = lazy(
    r"(?P<object>[^，,。；;：:“”「」()（）是为认说将会要能已正把让使对向给被有没不在]{1,14}?)为?"
    r"“(?P<words>[^“”「」，,。！？!?；;：:了着过]{2,5})”(?=[，,。；;]|\Z)"
)

# The name a source gives someone or something after `称X是`, wholly in marks and ending
# its sentence (ANNOTATING.md, "Thirty-second folder": `称普尔特是“一个不合格的政治掮客，
# 不应被提拔”。`, `称这个赛事是“送给美国人民的一份礼物”。`): the source's words, a direct quote,
# as after `指责这部法案是`; not an attribute in marks (`称此次袭击是“有针对性的”`, ending in
# 的: a clause) nor marks the clause goes on after (`称这一举动是“…”，意图…`).
_ZH_CALLED_IS = Gated(
    r"(?P<object>[^，,。；;：:“”「」()（）是为认说将会要能已正把让使对向给被有没不在]{1,14}?)是"
    r"“(?P<words>[^“”「」。！？!?；;]{2,60}?(?<!的))”(?=[。！？!?]|\Z)",
    ("是“",),
)

# What opens the noun of a report whose `报告称` is the report's `称` (`这份报告称`, `…发布的一份
# 调查报告称`).
_ZH_REPORT_OF = lazy(r"(?:这份|该|此|一份|这一|最新|调查|的)\Z")

# A letter's addressees between its sender and the verb (`X在6月10日致参议员Y和Z的信中称`).
_ZH_LETTER_TO = lazy(
    r"(?:在[^，,。；“”]{0,20}?)?致(?!函)[^，,。；“”]{1,80}?的(?:公开信|信函|信|函)(?:中|里)(?:还|也)?\Z"
)

# A document whose content a paragraph relays (`AIT的中文新闻稿说，`, `该部的声明表示，`): a
# person's words carried on past their sentence are as often the reporter's background.
_ZH_RELEASE = lazy(r"新闻稿|声明|公报|报道|报告|通报|公告")


def _zh_done_phrase(sentence: str, at: int) -> bool:
    """Whether the words after 表示 (at `at`, no comma) are a verb phrase done with 了
    (`_ZH_DONE_PHRASE`), not an attitude or an intent (`_ZH_NOT_CLAUSE`)."""
    return (
        _ZH_NOT_CLAUSE.match(sentence, at) is None
        and _ZH_DONE_PHRASE.match(sentence, at) is not None
    )


# Han characters after the last `·` of a dotted name, and the words that go on after a name in
# narration, a title (`博士`) or an act (`特地带着`, `从`, `和`): where the name ends when no Latin
# form follows.
_ZH_HAN_RUN = lazy(r"[\u4e00-\u9fff]{2,12}")

_ZH_NARRATED_ACT = lazy(
    r"博士|先生|女士|教授|医生|议员|大使|主任|总统|总理|主席|部长|"
    r"特地|特意|专程|带着|带领|从|和|与|跟|都|又|正|刚|被|用"
)


class ChineseQuotes(ChineseSources):
    """The Chinese rules of a finder."""

    def read_zh_text(self, paragraphs: Sequence[str]) -> None:
        """Keep the text's paragraphs, for the bare names it holds as people (`_zh_bare_person`),
        read from them only when first asked."""
        self._zh_paragraphs = paragraphs
        self._zh_people_read = None
        self._zh_counts = {}

    def _zh_bare_person(self, name: str, loose: bool) -> bool:
        """Whether a bare name (two to four characters, no dot, no role where a sentence opens
        with it: `边巴次仁在就职典礼讲话中承诺…`, `韩国瑜感谢捷克…`) is a person's, whom a later
        他 or 她 names: the text writes it right after a role (`立法院院长韩国瑜`), or
        right before a verb of saying and its comma (`边巴次仁说，…`) when it opens with a common
        surname, or at all when `loose` (a 他 or 她 later in the sentence's paragraph). Not a
        state, a place, nor a body's or unnamed people's noun (`伊朗`, `北京`, `白宫`)."""
        if not 2 <= len(name) <= 4 or name in _ZH_NOT_PERSON:
            return False
        if self._zh_people_read is None:
            said: set[str] = set()
            titled: set[str] = set()
            for paragraph in self._zh_paragraphs:
                # (an ASCII paragraph holds no Han: most of an English text's, asked in O(1))
                if paragraph.isascii() or _HAN.search(paragraph, 0, 80) is None:
                    continue
                for match in _ZH_SAYS_RIGHT_AFTER.finditer(paragraph):
                    at = match.start()
                    said.update(paragraph[at - size : at] for size in (2, 3, 4) if at >= size)
                for at in _zh_role_word_ends(paragraph):
                    titled.update(paragraph[at : at + size] for size in (2, 3, 4))
            self._zh_people_read = (frozenset(said), frozenset(titled))
        said_names, titled_names = self._zh_people_read
        surnamed = name[0] in _ZH_SURNAMES or name[:2] in _ZH_DOUBLE_SURNAMES
        if name not in titled_names and not (name in said_names and (surnamed or loose)):
            return False
        return not (
            not all(_HAN.fullmatch(char) for char in name)
            or not _zh_plain_name(name)
            or (name[-1] in _ZH_PLACE_LAST and not surnamed)
            # (a time, a place's or a manner's word: `去年`, `星期三`, `对此`)
            or _ZH_SUBJECT_END.search(name) is not None
            or (self.book.knows(name) and not self._zh_known_person(name))
        )

    def _zh_narrate(self, first: str, loose: bool) -> None:
        """Make the person a sentence of narration opens with (`_zh_narrated_subject`), if any,
        the one a later 他 or 她 names, after a quotation too (`“…，”他说`)."""
        narrated = self._zh_narrated_subject(first, loose)
        if narrated is None:
            return
        person = self._resolve(narrated)
        if person is not None and not person.body:
            self._zh_subject = Reference("name", person.name)
            self.book.last_subject = person

    def _zh_narrated_subject(self, first: str, loose: bool) -> Reference | None:
        """The person a sentence of narration opens with when no dot nor role names them
        (`海格塞斯淡化了…`, the short form of a dotted name met before; `边巴次仁在…讲话中承诺…`,
        `韩国瑜感谢捷克…`, a bare name the text holds as a person's): whom a later 他 or 她
        names (ANNOTATING.md, "A pronoun after a sentence that is no attribution")."""
        clause = _ZH_LEAD.sub("", first.strip())
        if len(clause) < 3 or clause[0] in "他她它这该此其":
            return None
        for size in range(min(6, len(clause) - 1), 1, -1):
            part = clause[:size]
            if part in self._zh_names:
                if clause[size] in "的和与及、·":
                    return None
                return Reference("name", self._zh_names[part])
        for size in (4, 3, 2):
            part = clause[:size]
            if len(clause) <= size or clause[size] in "的和与及、·":
                continue
            misspelt = self._zh_misspelt(part) if size >= 3 else None
            if misspelt is not None:
                return Reference("name", misspelt)  # `阿尔特曼敦促…` after `萨姆·奥尔特曼`
            if self._zh_bare_person(part, loose):
                return Reference("name", part)
        return None

    def _zh_narrated_dotted(self, clause: str, full: Reference) -> Reference | None:
        """The person a sentence of narration (no verb of saying) opens with when that is a
        dotted name not met before, alone or after its title (`迈克·福利特地带着家人…赶来。`
        then `他说：“…”`): whom a later 他 or 她 names (ANNOTATING.md, "A pronoun after a
        sentence that is no attribution"). Where the name ends is not written unless its Latin
        form follows it (`_zh_narrated_name_end`); None when that is unsure."""
        head = full.text.rpartition("·")[0]
        clause = _ZH_LEAD.sub("", clause.strip())
        at = clause.find(head + "·")
        if at < 0 or self._zh_met(full.text.rpartition("·")[2]):
            return None
        if at > 0 and (full.role is None or not clause[:at].endswith(_ZH_ROLES)):
            return None  # (`习近平会见了唐纳德·特朗普`: the name is no subject)
        start = at + len(head) + 1
        run = _ZH_HAN_RUN.match(clause, start)
        if run is None:
            return None
        glossed = clause.startswith(("(", "（"), run.end())
        end = len(run.group()) if glossed and run.end() - start <= 6 else None
        end = end or self._zh_narrated_name_end(run.group())
        if end is None:
            return None
        return Reference("name", f"{head}·{run.group()[:end]}", full.role)

    def _zh_narrated_name_end(self, run: str) -> int | None:
        """Where the last part of a dotted name ends in the Han characters `run` that open with
        it in narration, no Latin form after it: before the first title or word that goes on
        with an act, two to six characters in (`福利特地带着…`: 福利; `_ZH_SUBJECT_END`,
        `_ZH_NARRATED_ACT`); else at the shortest beginning the text also writes with something
        else after it (`福利` of a later `福利说`); else None (unsure: no one)."""
        cuts = [
            match.start()
            for match in (_ZH_SUBJECT_END.search(run, 2), _ZH_NARRATED_ACT.search(run, 2))
            if match is not None and match.start() <= 6
        ]
        if cuts:
            return min(cuts)
        for size in range(2, min(6, len(run) - 1) + 1):
            if self._zh_count(run[:size]) > self._zh_count(run[: size + 1]):
                return size
        return None

    def _zh_pronoun_direct(
        self,
        paragraph: str,
        marks: list[tuple[int, int, int, int]],
        direct: list[Found],
        indirect: list[Found],
        subject: Reference | None,
    ) -> list[Found]:
        """A quotation that a sentence opens with `他说：` or `她表示，` and that no attribution
        took (the reports of its paragraph are read after its quotations): the words of the
        person the latest quote before it in the paragraph is by (`马克龙表示，A。他说：“B”`),
        else of the person the sentence before it opens with, else of the subject the
        paragraph began with (`美国驻摩洛哥大使杜克·布坎…赞扬了…。` then `他说：“…”`)."""
        out: list[Found] = []
        taken = {quote.start for quote in direct}
        # (whether a report covers a quotation, asked in logarithmic time: not every report at
        # each quotation, the square of their number in a paragraph of many)
        reported = Within([(quote.start, quote.end) for quote in indirect])
        for _opening, start, end, _close_end in marks:
            if start in taken or start in reported:
                continue
            said = _ZH_PRONOUN_SAYS.search(
                paragraph, max(0, _opening - _ZH_PRONOUN_SAYS_REACH), _opening
            )
            if said is None or said.end() != _opening:
                described = self._zh_described_direct(paragraph, _opening)
                if described is not None and len(paragraph[start:end].strip()) >= 2:
                    text = paragraph[start:end].strip()
                    text_start = (
                        start + len(paragraph[start:end]) - len(paragraph[start:end].lstrip())
                    )
                    out.append(Found(text_start, text_start + len(text), "direct", described))
                continue
            before = [q for q in direct + indirect if q.end <= said.start()]
            person: Person | None = None
            if before:
                latest = max(before, key=lambda quote: quote.end)
                person = latest.speaker if not latest.speaker.body else None
            elif said.start() > 0:
                # (the sentence before the pronoun, up to its white space, read where it
                # stands: no copy of the paragraph before it at each quotation)
                stop = _trimmed_end(paragraph, said.start())
                low = max(0, stop - _SENTENCE_READ)
                opening = max(paragraph.rfind(c, low, max(low, stop - 1)) for c in "。！？") + 1
                if opening == 0 and low > 0:
                    person = None  # (no sentence so long: a hostile text's, read no further)
                else:
                    person = self._zh_opening_source(paragraph[opening:stop])
                if person is not None and person.body:
                    person = None
            else:
                # The paragraph opens with it: the person the previous paragraph's last sentence
                # opens with (a sentence that is no attribution, `在…中，X赞扬了…。`), else the
                # latest attribution's subject.
                last = self._zh_previous_paragraph.rstrip()
                opening = max(last.rfind(c, 0, len(last) - 1) for c in "。！？") + 1
                whole = opening > 0 or len(self._zh_previous_paragraph) < _WINDOW
                person = self._zh_opening_source(last[opening:]) if whole and last else None
                if (person is None or person.body) and subject is not None:
                    person = self._resolve(self._zh_full(subject))
                if person is not None and person.body:
                    person = None
            text = paragraph[start:end].strip()
            if person is None or len(text) < 2:
                continue
            text_start = start + len(paragraph[start:end]) - len(paragraph[start:end].lstrip())
            out.append(Found(text_start, text_start + len(text), "direct", person))
        return out

    def _zh_pronoun_reporter(self, paragraph: str, opening: int) -> Person | None:
        """The person a `他说：`, `她在声明中说，` before the quotation at `opening` names when the
        sentence before it in the paragraph reports that person's words (`许颖婷…表示，A。她在声明
        中说，“…”`, `魏碧洲认为…。他说，“…”`): those reports are read after the quotations, so the
        latest speaker would be one of the paragraphs before. None when that sentence reports
        nothing or opens with a pronoun of its own."""
        low = max(0, opening - _ZH_PRONOUN_SAYS_REACH)
        if "他" not in paragraph[low:opening] and "她" not in paragraph[low:opening]:
            return None
        said = _ZH_PRONOUN_SAYS.search(paragraph, low, opening)
        if said is None or said.end() != opening:
            return None
        # (a window: a paragraph of many quotations is not read again at each)
        before = paragraph[max(0, said.start() - _WINDOW) : said.start()]
        before = before.rstrip().rstrip("”」』").rstrip("。！？")
        sentence = before[max(before.rfind(c) for c in "。！？") + 1 :].lstrip("”」』 ")
        say = _ZH_SAY.search(sentence) if sentence and sentence[0] not in "他她它" else None
        if say is None:
            return None
        # (the clause of the verb: `峰会开幕当天，法国总统…马克龙…表示`, `…魏碧洲认为…`)
        clause = _zh_clause_before(sentence, say.start())
        person = self._zh_resolve(clause) if clause else None
        return person if person is not None and not person.body else None

    def _zh_described_direct(self, paragraph: str, opening: int) -> Person | None:
        """The person a description refers back to before a quotation that opens a sentence
        (ANNOTATING.md, "A source described before it is named": `这位法国总统说，“…”`,
        `这位台湾民进党人还写道：“…”`): the person given that title, else the person the sentence
        before opens with, else (opening the paragraph) the one the previous paragraph's last
        sentence opens with; never a body, nor an official the article does not name
        (`这位官员`)."""
        said = _ZH_DESCRIBED_SAYS.search(paragraph, max(0, opening - 24), opening)
        if said is None or said.end() != opening:
            return None
        title = said.group("title")
        if _ZH_THIS_OFFICIAL.fullmatch(
            said.group("this") + title
        ) or not _ZH_DESCRIBED_PERSON.search(title):
            return None
        person = self._zh_titled(title)
        before = ""
        if person is None and said.start() > 0:
            earlier = paragraph[: said.start()].rstrip()
            before = earlier[max(earlier.rfind(c, 0, len(earlier) - 1) for c in "。！？") + 1 :]
        elif person is None:
            # (a last sentence that ends in a quotation: `…说，“…。”`)
            last = self._zh_previous_paragraph.rstrip().rstrip("”」")
            start = max(last.rfind(c, 0, len(last) - 1) for c in "。！？") + 1
            if start > 0 or len(self._zh_previous_paragraph) < _WINDOW:
                before = last[start:]
        if person is None and self._zh_names_a_person(before):
            person = self._zh_opening_source(before)
        if person is None or person.body or not ("·" in person.name or person.role):
            return None  # (`会议星期一举行。`: no person named in full or with a title)
        return person

    def _zh_names_a_person(self, sentence: str) -> bool:
        """Whether the first clause of a sentence holds a person's name as the text writes one: a
        dotted name, a title, or the short form of a dotted name met before (read before the
        sentence's source is resolved, which would record it)."""
        clause = re.split(r"[，,；：:]", sentence.strip(), maxsplit=1)[0][:80]
        return bool(
            "·" in clause
            or _zh_roles(clause)
            or any(clause[:size] in self._zh_names for size in range(6, 1, -1))
        )

    def _zh_colon_direct(
        self,
        paragraph: str,
        marks: list[tuple[int, int, int, int]],
        direct: list[Found],
        indirect: list[Found],
    ) -> list[Found]:
        """A quotation right after a colon that ends a sentence opening with a named source,
        which no attribution took: a label (`前大学足球运动员卡莱布·戴维斯：“…”`), a verb of saying
        after a clause of time or place (`特朗普星期五…出席…仪式时说：“…”`), or the source's act
        or attitude (`X对…表示乐观：“…”`, `X质疑：“…”`): the source's words (ANNOTATING.md, "A
        label before a colon attributes the quote after it")."""
        out: list[Found] = []
        # What the quotes found span, and those found here (in the order of their marks): asked
        # in logarithmic time, where a scan of every quote per mark made a paragraph of thousands
        # of labelled quotations cost the square of its length.
        found = Within([(quote.start, quote.end) for quote in direct + indirect])
        added = Within([])
        for opening, start, end, _close_end in marks:
            before = paragraph[max(0, opening - _WINDOW) : opening].rstrip()
            posted = (
                before.endswith(_ZH_POST_ENDINGS)
                and _ZH_POST_THEN_MARKS.search(before, len(before) - 12) is not None
            )
            if not (posted or before.endswith(("：", ":"))) or any(
                spans.spans_any(start, start + 1) for spans in (found, added)
            ):
                continue
            sentence_start = max(before.rfind(c) for c in "。！？") + 1
            text = before[sentence_start:-1].lstrip("”」』 \u3000")
            low = opening - (len(paragraph[max(0, opening - _WINDOW) : opening]) - sentence_start)
            if (
                not 2 <= len(text) <= 120
                or (sentence_start == 0 and opening > _WINDOW)
                or _find_mark(text) >= 0
                or any(spans.spans_any(low, opening) for spans in (found, added))
            ):
                continue
            # The sentence opens with its source: its first clause, without the verb at its end
            # (`李问道`), no pronoun (read by `_zh_pronoun_direct`), no document (`宣言声明`,
            # `…的联合声明中说`: a joint one is several sources together).
            clauses = re.split(r"[，,；;]", text, maxsplit=2)
            if len(clauses) > 1 and _ZH_TIME_CLAUSE_END.search(clauses[0]):
                # `两人被定罪时，…组织X(CFHK)发表声明说：“…”`: a clause of time has no
                # subject; the source opens the clause after it.
                clauses = clauses[1:]
            first = _ZH_VERB_END.sub("", clauses[0]).strip()
            if posted:
                # The clause of the post (`一天前，X在…上发贴文，“…”`), its act taken off.
                first = _ZH_POSTED_ACT.sub("", re.split(r"[，,；;]", text)[-1]).strip()
            listed = _ZH_LISTED.match(first) if "是" in first else None
            if listed is not None:
                # `特朗普列出的美国最后一项条件是：“…”`: what the source listed, its words
                first = listed.group("np")
            if not first or first[0] in "他她它" or self._zh_document_speaks(first):
                continue
            person = self._zh_resolve(first)
            body = paragraph[start:end].strip()
            if person is None or len(body) < (8 if posted else 2):
                continue  # (after a post, a sentence: not `发布了一篇文章，“…”`, a title)
            text_start = start + len(paragraph[start:end]) - len(paragraph[start:end].lstrip())
            out.append(Found(text_start, text_start + len(body), "direct", person))
            added.add(text_start, text_start + len(body))
        return out

    @staticmethod
    def _zh_joined_direct(
        paragraph: str, marks: list[tuple[int, int, int, int]], direct: list[Found]
    ) -> list[Found]:
        """A quotation joined by a conjunction to a direct quote just found, ending its clause
        (`特朗普…列出的前两个条件是：“A”以及“B”`): the second is the same source's words
        (ANNOTATING.md, "Chinese text"; from the zhdirect probe)."""
        out: list[Found] = []
        quoted = {(quote.start, quote.end): quote for quote in direct if quote.kind == "direct"}
        # Whether each quotation ends its clause, itself or through the quotations joined after
        # it (`“A”、“B”以及“C”。`), read from the last.
        ends = [False] * len(marks)
        for number in range(len(marks) - 1, -1, -1):
            close_end = marks[number][3]
            ends[number] = _ZH_QUOTATION_CLAUSE_ENDS.match(paragraph, close_end) is not None or (
                number + 1 < len(marks)
                and ends[number + 1]
                and _ZH_JOINED_QUOTATIONS.fullmatch(paragraph, close_end, marks[number + 1][0])
                is not None
            )
        for number, ((_, start, end, close_end), (opening, next_start, next_end, _)) in enumerate(
            pairwise(marks)
        ):
            first = quoted.get((start, end))
            if (
                first is None
                or close_end == end  # (the first left open)
                or not ends[number + 1]
                or not _ZH_JOINED_QUOTATIONS.fullmatch(paragraph, close_end, opening)
                or next_end - next_start < 2
                or (next_start, next_end) in quoted
                or not _HAN.match(paragraph, next_start)
            ):
                continue
            joined = Found(next_start, next_end, "direct", first.speaker)
            out.append(joined)
            quoted[(next_start, next_end)] = joined
        return out

    def _zh_source_goes_on(self, sentence: str, attribution: str, source: Person) -> bool:
        """Whether a sentence right after a report says what the report's source itself will do
        (`_zh_source_will`): its subject named in the attribution, or the abbreviation the text
        gave the source (`七国集团(G7)` then `此外，G7将…`)."""
        if "将" not in sentence:
            return False
        subject = _zh_source_will_subject(sentence)
        if subject is None:
            return False
        alias = self._zh_aliases.get(subject)
        spelt = self._acronyms.get(subject)
        return _zh_source_will(
            sentence,
            attribution,
            (alias is not None and alias == source) or spelt == source.name,
            source.body,
        )

    @staticmethod
    def _zh_document_speaks(clause: str) -> bool:
        """Whether a clause before a colon names a document (`宣言声明`, `…的联合声明中说`), not
        a source that acts in its own statement (`X在一份声明中试图安抚公众`)."""
        if _ZH_DOCUMENT_WORD.search(clause) is None:
            return False
        setting = _ZH_IN_OWN_STATEMENT.search(clause)
        return (
            setting is None
            or _ZH_DOCUMENT_WORD.search(clause, 0, setting.start()) is not None
            or _ZH_DOCUMENT_WORD.search(clause, setting.end()) is not None
            or _zh_together(clause)
        )

    # --- Chinese reported speech -----------------------------------------------------------

    def _zh_indirect(
        self, paragraph: str, marks: list[tuple[int, int, int, int]], in_marks: Within
    ) -> list[Found]:
        """`in_marks` holds what `marks` span."""
        out: list[Found] = []
        # Where the words in marks that open at a position close (the first such mark's).
        closes: dict[int, int] = {}
        for mark in marks:
            closes.setdefault(mark[0], mark[3])
        self._zh_previous_paragraph = self._zh_paragraph_end
        self._zh_paragraph_end = paragraph[-_WINDOW:]
        self._zh_note_titled_issues(paragraph)
        # Asked of every sentence, answered once for the paragraph (asked of the paragraph at
        # each sentence, a paragraph of thousands of sentences took time in its square).
        pronoun = "他" in paragraph or "她" in paragraph
        lead = len(paragraph) - len(paragraph.lstrip())  # (the white space it opens with)
        # The report of a paragraph that opens with its attribution and runs to the end of its
        # sentence, while the sentences after it carry the source's account on.
        carried: Found | None = None
        carried_document = False  # (a person's or a body's account goes on less often)
        carried_inside = False  # (a report inside its paragraph, not opening it)
        carried_from = 0  # (where the source's reports of that sentence begin)
        # (a document cited with `根据`: its account may go on about the name it gave)
        carried_according = False
        carried_will_only = False  # (only `_zh_source_will` carries it on)
        carried_attribution = ""  # (the words before the report in its sentence)
        # The paragraph's direct quotes of persons with dotted names, in order, and the next one
        # not yet passed: a sentence after one whose quotation such a person's attribution
        # follows (`“…，”特朗普说，“…”`) has that person as the subject a 他 or 她 names, as a
        # sentence that opens with the name has.
        directs = sorted(
            (
                quote
                for quote in self._zh_direct_found
                if not quote.speaker.body and "·" in quote.speaker.name
            ),
            key=lambda quote: quote.start,
        )
        next_direct = 0
        for low, high in _zh_sentences(paragraph):
            sentence = paragraph[low:high]
            passed: Found | None = None
            while next_direct < len(directs) and directs[next_direct].start < low:
                if pronoun and _zh_named_after(paragraph, directs[next_direct]):
                    passed = directs[next_direct]
                next_direct += 1
            if passed is not None:
                self._zh_subject = Reference("name", passed.speaker.name)
            if carried is not None and carried_will_only:
                # (a report that ends its sentence with no account opened: only its source's own
                # plan goes on, `宣言还宣布将…。此外，G7将…。`)
                if not paragraph[carried.end : low].strip() and self._zh_source_goes_on(
                    sentence, carried_attribution, carried.speaker
                ):
                    carried.end = self._zh_trim(paragraph, low, high)
                    continue
                carried = None
            if carried is not None:
                if not paragraph[carried.end : low].strip() and (
                    (carried_document and _zh_carries_on(sentence, carried_according))
                    or self._zh_source_goes_on(sentence, carried_attribution, carried.speaker)
                ):
                    carried.end = self._zh_trim(paragraph, low, high)
                    continue
                # (a person's or a body's account, up to the reporter's apposition)
                cut = _zh_before_apposition(paragraph, low, high, in_marks)
                # (its opening only: a report carried on over thousands of sentences is not
                # read again whole at each)
                report = paragraph[carried_from : min(carried.end, carried_from + _REPORT_READ)]
                if (
                    not carried_document
                    and not paragraph[carried.end : low].strip()
                    and not (
                        carried_inside
                        and _ZH_BACK_REFERENCE.match(sentence.lstrip()) is None
                        and not _zh_subject_will(report, sentence)
                    )
                    and _zh_points_back(report, paragraph[low:cut] + ("" if cut == high else "。"))
                ):
                    carried.end = self._zh_trim(paragraph, low, cut)
                    if cut == high:
                        continue
                hope = None if carried_inside else _zh_hope_goes_on(sentence)
                if hope is not None and not paragraph[carried.end : low].strip():
                    carried.end = self._zh_trim(paragraph, low, low + hope)
                carried = None
            self._zh_before = paragraph[max(0, low - _WINDOW) : low]
            self._zh_sentence = sentence
            first = re.split(r"[，,；：:]", sentence, maxsplit=1)[0]
            self._zh_register_spokesperson(first)
            # (a sentence that opens with a pronoun names no one new: `他在回答墨菲参议员的问题时说`
            # is the person 他 names, never `问题时`)
            # (past a phrase of time, place or means: `通过…发出警告，唐纳德·特朗普…总统…。他多次
            # 表示…`)
            subject_clause = _zh_opening_clause(sentence)
            opening = (
                self._zh_source(subject_clause)
                if subject_clause.lstrip()[:1] not in ("他", "她")
                else None
            )
            opened_named = False
            if opening is not None and opening[0].kind == "name":
                full = self._zh_full(opening[0])
                if full is not None and ("·" in full.text or full.role):
                    # `马斯克是…的支持者，他指控…`; `美国在台协会处长谷立言…表达…。他说，…`
                    self._zh_subject = Reference("name", full.text)
                    opened_named = True
                    # (a sentence of narration that opens its paragraph, or that a 他, 她 or a
                    # quotation follows: not a sentence whose paragraph goes on about others)
                    narrated = (
                        self._zh_narrated_dotted(subject_clause, full)
                        if "·" in full.text
                        and (
                            low <= lead
                            or paragraph.startswith(("他", "她", "“"), _visible(paragraph, high))
                        )
                        and _ZH_SAY.search(sentence) is None
                        else None
                    )
                    # (a name mended by the name alone: the title a later attribution gives is
                    # the one kept)
                    if narrated is not None and narrated.text != full.text:
                        narrated = Reference("name", narrated.text)
                    person = self._resolve(narrated)
                    if person is not None and not person.body:
                        self._zh_subject = Reference("name", person.name)
            if not opened_named and (opening is None or opening[0].kind == "name"):
                # (`海格塞斯淡化了…。他说：“…”`, `韩国瑜感谢捷克…。` then `“…，”他说`)
                self._zh_narrate(subject_clause, pronoun)
            sentence_source: Person | None = None
            for count, match in enumerate(_ZH_SAY.finditer(sentence)):
                if count >= _ZH_MAX_REPORTS:
                    break  # hostile text (`，并表示` ten thousand times): the work stays linear
                verb = match.group("verb")
                at = low + match.start()
                if at in in_marks:
                    continue  # a verb inside quotation marks is the quote's
                act_end = _zh_announces_an_act(sentence, match)
                if (
                    not match.group("comma")
                    and verb not in _ZH_BARE_VERBS
                    and not self._zh_joined(sentence, match, sentence_source)
                    and not self._zh_after_first_clause(sentence, match)
                    and not _zh_opens_a_clause(sentence, match)
                    and not (verb == "表示" and _ZH_ADVERB_CLAUSE.match(sentence, match.end()))
                    and not (verb == "表示" and _zh_done_phrase(sentence, match.end()))
                    and not (verb == "表示" and _ZH_GLAD_TO.match(sentence, match.end()))
                    and not (verb == "表示" and _ZH_STANCE_PHRASE.match(sentence, match.end()))
                    and not (
                        verb in ("提到", "表示", "说", "指出", "强调", "透露")
                        and _ZH_PRONOUN_CLAUSE.match(sentence, match.end())
                    )
                    and not _zh_subject_clause(sentence, match)
                    and not _zh_accuses(sentence, match)
                    and not _zh_disputes_a_clause(sentence, match)
                    and not _zh_clause_of_its_own(sentence, match)
                    and not _zh_announces_a_clause(sentence, match)
                    and not _zh_announces_a_plan(sentence, match)
                    and act_end is None
                    and not _zh_term_opens_clause(sentence, match)
                    and not _zh_goes_on_from_quotation(sentence, match)
                    and not _zh_predicate_in_marks(sentence, match)
                ):
                    continue  # `表示乐观`, `宣布了这一举措`: no clause of content
                if _zh_aside(sentence, match.start()):
                    continue  # `(Scarborough Shoal，中国称黄岩岛)`: a name, not a report
                if verb == "表示" and _ZH_REMARKS_NOUN.search(sentence, 0, match.start()):
                    continue  # `做出了上述表示，当时，…`: the remarks, a noun
                if _zh_charge_of_a_suit(sentence, match):
                    continue  # `起诉X，指控该公司…`: the suit's charge, not a report
                if verb == "指控" and _ZH_CHARGE_NOUN.search(sentence, 0, match.start()):
                    continue  # `提出新的国安指控，称…`: the noun, what was brought, no report
                if (
                    not match.group("comma")
                    and "并" in (clause_before := _zh_clause_before(sentence, match.start()))
                    and not (
                        # (`他说：“…，”并指出“…”取得了…`: the verb joined to the quotation's)
                        clause_before in ("”并", "」并")
                        and (
                            _zh_term_opens_clause(sentence, match)
                            or _zh_goes_on_from_quotation(sentence, match)
                        )
                    )
                    # (`万斯并指出摧毁伊朗的核能力是…`: a source met before, then 并 and the verb,
                    # no act of its own before it)
                    and not self._zh_named_then_and(clause_before)
                ):
                    continue  # `控制了该浅滩并宣称对其拥有主权`: a second action, not a report
                start = low + match.end()
                if not match.group("comma") and paragraph[start : start + 1] == "了":
                    start += 1  # `强调了每一个…国家都应该…`: the clause after the aspect mark
                joined_verb = _ZH_AND_VERB.match(paragraph, start, high)
                if joined_verb is not None and _ZH_SAY.match(paragraph, joined_verb.end(), high):
                    continue  # `予以否认，并表示…`: the verb after the comma has the report
                then_said = (
                    _ZH_THEN_SAID.match(paragraph, start, high)
                    if paragraph.startswith(_ZH_THEN_WORDS, start)
                    else None
                )
                if then_said is not None:
                    start = then_said.end()
                if _ZH_TOPIC_THEN_QUOTE.match(paragraph, start, high):
                    continue  # `发言人说，关于会面的问题，“…”`: a direct quote, found as such
                if start >= high or (
                    paragraph[start:high].lstrip()[:1] in '“「『"'
                    and (
                        # `说：“…”`: a quotation, unless a term in marks opens the report
                        (
                            match.group("comma") in ("：", ":")
                            and not _zh_term_after_colon(paragraph, start, high, closes)
                        )
                        or not _zh_goes_on_after_marks(paragraph, start, high, closes)
                    )
                ):
                    continue  # a direct quote, found as such
                clause_start = max(sentence.rfind(c, 0, match.start()) for c in "，,；：:") + 1
                if sentence.startswith("而是", clause_start) and _ZH_NOT_THIS.search(
                    sentence, 0, clause_start
                ):
                    continue  # `这不是说A，而是说B`: the reporter's contrast, no one's words
                np = _ZH_LEAD.sub("", sentence[clause_start : match.start()].strip())
                if _ZH_ADVERBS_ONLY.fullmatch(np):
                    # `…，但也表示…`, `…，而是说…`, `X在…的发文中，再次批评…`: the sentence's
                    # subject
                    np = ""
                opened = -1
                if _ZH_CLAUSE_CLOSE.search(np) and "在" not in np:
                    opened = sentence.rfind("在", 0, clause_start)
                if opened >= 0 and not _ZH_SAY.search(sentence, opened, clause_start):
                    # `毛宁在回答有德国议员…访问台湾，是否…的提问时表示`: a clause of time
                    # with a comma inside it; the subject is before its `在`.
                    clause_start = max(sentence.rfind(c, 0, opened) for c in "，,；：:") + 1
                    np = _ZH_LEAD.sub("", sentence[clause_start : match.start()].strip())
                topic = _ZH_TOPIC_WORD.search(np)
                if topic is not None and (
                    topic.start() == 0 or np[topic.start() - 1] in "时后上中里"
                ):
                    # `…，针对…一事重申其…立场称`, `X在…受访时针对…的说法表示`: a topic, not the
                    # subject; the source is before it, else the sentence's first.
                    np = np[: topic.start()]
                if verb == "报告称" and _ZH_REPORT_OF.search(np):
                    # `这份报告称`, `该委员会发布的一份调查报告称`: a report that speaks (its
                    # issuer's), not a source's `报告称`.
                    np += "报告"
                letter = _ZH_LETTER_TO.search(np) if "致" in np else None
                if letter is not None and letter.start() > 0:
                    # `Anthropic在6月10日致参议员X和Y的信中称`: the sender, not the ones the
                    # letter is addressed to.
                    np = np[: letter.start()]
                if np.startswith(("”", "」", "』")):
                    # `“…，”该小组在一个声明中说，保护…`: the attribution of the quote before it
                    # introduces a report of its own.
                    np = np[1:].strip()
                    if np == "并" and (
                        _zh_term_opens_clause(sentence, match)
                        or _zh_goes_on_from_quotation(sentence, match)
                    ):
                        # `他说：“…，”并指出“…”取得了…`: the quotation's speaker, the one its
                        # attribution before the opening mark names
                        # (`他在回答…问题时说:“…，”并强调…`)
                        np = _zh_attribution_before(sentence, match.start() - 2)
                maker: Person | None = None
                if verb in _ZH_RULING_VERBS:
                    if "院" in np or "庭" in np:
                        np = _ZH_COURT_MEMBERS.sub("", np, count=1)
                    if not np.strip() and not match.group("comma") and clause_start > 0:
                        # `…法庭作出了对菲律宾有利的裁定，认定…`: the court whose ruling the
                        # clause before makes
                        maker = self._zh_ruling_maker(sentence[:clause_start])
                    if not match.group("comma") and not _zh_ruler(np) and maker is None:
                        continue  # `这项申请是在…陪审团5月裁定…之后提交的`: a clause of time
                    if _ZH_RULING_BACK.fullmatch(np):
                        # `该裁决认定…`: the court that issued the ruling named before
                        court = self._zh_ruling_court(
                            paragraph[max(0, low + clause_start - _WINDOW) : low + clause_start]
                        )
                        if court is None:
                            continue
                        np = court.name
                if _ZH_ADVERBIAL.match(np):
                    # `X…后，在返程途中于…向随行记者表示`: a clause of time or place has no
                    # subject of its own; the sentence's subject speaks, unless a source named
                    # before follows the clause (`在看到…无人机后赖清德说`).
                    after = _ZH_AFTER_CLAUSE.search(np)
                    np = (
                        after.group(1)
                        if after is not None and self.book.knows(after.group(1))
                        else ""
                    )
                if not np.strip() and match.start() == 0 and verb in ("报道称", "报道说"):
                    # `报道称…` opening a sentence: the report of the latest source that had one
                    # (`路透社5月的报道称，…。` then `报道称中方…`).
                    person = self._zh_documents.get("报道")
                elif not np.strip():
                    # `…宣布了这一举措，称已提交…`, `…，并补充说，…`; the subject is the first
                    # clause that names a source (`不过，X并未说明…，仅表示，…`).
                    person = (
                        maker
                        or sentence_source
                        or (
                            self._zh_opening_source(sentence[:clause_start])
                            if clause_start > 0
                            else None
                        )
                    )
                    if (
                        person is None
                        and clause_start == 0
                        and out
                        and sentence.lstrip().startswith("并")
                        and not paragraph[out[-1].end : low].strip()
                    ):
                        # `X说，A。并表示，B`: a sentence that opens with 并 and the verb, its
                        # subject left out, goes on with the report that ends right before it
                        person = out[-1].speaker
                    if person is None and clause_start > 0:
                        # `塞佩达…强调了民主的重要性，表示…`, `他重申了…目标，表示…`: the subject of
                        # the sentence's first clause, before its own verb.
                        person = self._zh_clause_subject(sentence[:clause_start])
                else:
                    person = self._zh_resolve(np)
                    if person is None and "的" in np:
                        # `“全欧亚洲研究所”的张俊华告诉美国之音，…`: a person met before, named
                        # after what he belongs to.
                        named = np.rsplit("的", 1)[1]
                        bare = _ZH_ROLE_AFTER.sub("", named)
                        if len(named) >= 2 and (self._zh_met(named) or self._zh_met(bare)):
                            # (`身在中东的卢比奥国务卿证实，…`: a surname, then a title)
                            person = self._zh_resolve(named)
                        elif len(bare) >= 2:
                            # A dotted name the paragraph gave before (`…与美国国务卿马尔科·卢比奥
                            # 进行了交谈。身在中东的卢比奥国务卿证实，…`), the person it names.
                            earlier = paragraph[max(0, low - 400) : low]
                            dotted = re.search(
                                rf"[\u4e00-\u9fff]{{1,8}}·{re.escape(bare)}(?![\u4e00-\u9fff·])",
                                earlier,
                            )
                            if dotted is not None:
                                person = self._zh_resolve(dotted.group())
                if person is None:
                    if (
                        np.strip()
                        and match.group("comma")
                        and (_zh_together(np) or _ZH_DOCUMENT.fullmatch(_ZH_LEAD.sub("", np)))
                    ):
                        # `他们在信中写道，中国认为…`, `信中提到，X认为…`: a report of several
                        # sources together (or of their letter) is no quote, and the speech it
                        # reports is part of it, not a quote of its own.
                        break
                    continue
                if sentence_source is None:
                    sentence_source = person
                called = (
                    _ZH_CALLED_WORDS.match(paragraph, start, high)
                    or _ZH_CALLED_IS.match(paragraph, start, high)
                    if verb == "称" and not match.group("comma")
                    else None
                )
                if called is not None:
                    # `称星期一的袭击“骇人听闻”`: what the source calls it, in its own words
                    # (a direct quote, as `将该协议称为“一件好事”`), not a report.
                    out.append(Found(called.start("words"), called.end("words"), "direct", person))
                    continue
                if (
                    verb in ("报道称", "报道说", "报道")
                    or np.endswith("报道")
                    or _ZH_CITING.search(np) is not None
                ):
                    # for a later `报道称…`: a report (`新华社星期六报道，…`), or a source's account
                    # citing others (`彭博社援引知情人士消息称，…`), the outlet's
                    self._zh_documents["报道"] = person
                # (`宣布修订…条例，被…视为…`: the act only, and no search past it)
                limit = low + act_end if act_end is not None else high
                end = limit
                stop = _ZH_REPORT_END.search(paragraph, start, limit)
                while (
                    stop is not None
                    and stop.group() in ("；", ";")
                    and _ZH_SAY.search(paragraph, stop.end(), limit) is None
                    and _ZH_SEMICOLON_TURN.match(paragraph, stop.end()) is None
                ):
                    # `…水炮处理；若为公务船，…`: the report goes on after the semicolon when
                    # no other report follows it.
                    stop = _ZH_REPORT_END.search(paragraph, stop.end(), limit)
                stop = _zh_inner_stop(paragraph, start, limit, stop, in_marks)
                if stop is not None:
                    end = stop.start()
                end = _zh_before_attributed_marks(paragraph, start, end)
                for other in _ZH_OTHER_SOURCE.finditer(paragraph, start, end):
                    # `…，而美国财政部已宣布…`: another source ends the report.
                    if self._zh_source(other.group("np")) is not None:
                        end = other.start()
                        break
                for other in _ZH_NEXT_SOURCE.finditer(paragraph, start, end):
                    # `贝森特表示，A，美国财政部会后发表声明称，B`: another named source's own
                    # report after a clause of this one (not its first words: a report inside
                    # a report, `X报道，Y表示，A`, is one quote).
                    if (
                        other.start() > start
                        and other.start() not in in_marks
                        and (source := self._zh_source(other.group("np"))) is not None
                        and source[0].kind in ("name", "body")
                        and self._zh_resolve(other.group("np")) not in (None, person)
                    ):
                        end = other.start()
                        break
                end = _zh_before_apposition(paragraph, start, end, in_marks)
                if sentence.startswith("随着"):
                    comma = paragraph.find("，", start, end)
                    if comma > 0:
                        end = comma  # the report is the circumstance of the main clause
                if not match.group("comma"):
                    # `中国宣称台湾是其…省份，并且拒绝承诺…`: a clause taken without a comma is
                    # part of the sentence, whose subject goes on after `，并且`.
                    joined = _ZH_AND_THEN.search(paragraph, start, end)
                    if joined is not None:
                        end = joined.start()
                else:
                    # `表示，A，并谴责…`, `，并呼吁…`: the source's call or condemnation, the
                    # narration's next verb, not the report's.
                    called = _ZH_AND_CALLS.search(paragraph, start, end)
                    if called is not None and called.start() not in in_marks:
                        end = called.start()
                    if verb == "宣布" and paragraph.find("旨在", start, end) >= 0:
                        # `宣布，援助承诺已超过…，旨在帮助…`: the purpose of what was announced,
                        # the reporter's words, as after `宣布联署…` (ANNOTATING.md)
                        aim = _ZH_AIMED.search(paragraph, start, end)
                        if aim is not None and aim.start() not in in_marks:
                            end = aim.start()
                end = self._zh_trim(paragraph, start, end)
                if end - start >= 2:
                    out.append(Found(start, end, "indirect", person))
                    document = clause_start == 0 and (
                        verb in ("报道称", "报道说") or _ZH_RELEASE.search(np) is not None
                    )
                    # (`X说，A，但同时表示，B。`: the source's second report of its sentence,
                    # joined to the first with no subject of its own, may be carried on too)
                    second_report = (
                        count > 0
                        and not np.strip()
                        and match.group("comma") in ("，", ",")
                        and len(out) > 1
                        and out[-2].speaker == person
                        and low <= out[-2].start < start
                    )
                    if (
                        (count == 0 or second_report)
                        and end == self._zh_trim(paragraph, start, high)
                        and paragraph[end - 1 : end] == "。"
                        and (
                            (low == 0 and document)
                            or second_report
                            or _zh_account_opens(sentence, clause_start, match)
                        )
                    ):
                        carried = out[-1]  # `AIT的中文新闻稿说，A。B。`: B may carry A on
                        carried_document = document and low == 0 and not second_report
                        carried_according = False
                        # (inside a paragraph, only a sentence that points back at A does, or
                        # one whose subject A named says what it will do)
                        carried_inside = low > 0
                        carried_from = out[-2].start if second_report else carried.start
                        carried_will_only = False
                        carried_attribution = paragraph[low:start]
                    elif (
                        count == 0
                        and carried is None
                        and end == self._zh_trim(paragraph, start, high)
                        and paragraph[end - 1 : end] == "。"
                    ):
                        carried = out[-1]  # (only the source's own plan may carry it on)
                        carried_will_only = True
                        carried_attribution = paragraph[low:start]
            said_after = _ZH_SAID_AFTER.search(sentence) if not sentence_source else None
            if said_after is not None and _find_mark(sentence, 0, said_after.start()) < 0:
                # `关税收入将继续增加，贝森特说。`: the report before its attribution.
                person = self._zh_resolve(said_after.group("np"))
                start = low + len(sentence) - len(sentence.lstrip())
                end = self._zh_trim(paragraph, start, low + said_after.start())
                if person is not None and end - start >= 2:
                    out.append(Found(start, end, "indirect", person))
            for match in _ZH_ACCORDING.finditer(sentence) if "据" in sentence else ():
                if low + match.start() in in_marks:
                    continue  # `说：“…。据自由之家统计，…”`: the quotation's words, as a verb's are
                named = "np" if match.group("np") is not None else "issuer"
                if named == "issuer":
                    # `根据X…2023年公布的报告，`: the issuer, without its verb
                    person = self._zh_resolve(match.group("issuer")[:-2])
                else:
                    person = self._zh_resolve(match.group("np"))
                cited = _ZH_DOCUMENT_NOUN.search(match.group(), match.end(named) - match.start())
                if cited is not None:
                    self._zh_documents[cited.group()] = person  # for a later `宣誓书说，…`
                if person is not None and ("官网" in match.group() or "网站" in match.group()):
                    # `根据“X”在其官网的介绍，…` then `网站称…`: X's site
                    self._zh_documents["官网"] = self._zh_documents["网站"] = person
                start = low + match.end()
                end = self._zh_trim(paragraph, start, high)
                if (
                    person is not None
                    and end - start >= 2
                    and not any(q.start <= start < q.end for q in out)
                ):
                    out.append(Found(start, end, "indirect", person))
                    if (
                        match.group().endswith(_ZH_CITED_ACCOUNTS)
                        and carried is None
                        and end == high
                        and paragraph[end - 1 : end] == "。"
                    ):
                        # `根据X援引的行业数据，A。B。`: the document's account may go on in B
                        carried = out[-1]
                        carried_document = True
                        carried_according = True
                        carried_inside = low > 0
                        carried_from = start
                        carried_will_only = False
                        carried_attribution = paragraph[low:start]
            for match in _ZH_ACCORDING_BARE.finditer(sentence):
                start = low + match.end()
                person = self._zh_according_to(match.group("np"))
                end = self._zh_trim(paragraph, start, high)
                if (
                    person is not None
                    and low + match.start() not in in_marks
                    and end - start >= 2
                    and not any(q.start <= start < q.end for q in out)
                ):
                    out.append(Found(start, end, "indirect", person))
        out.sort(key=lambda quote: quote.start)
        kept: list[Found] = []
        for quote in out:
            if kept and quote.start < kept[-1].end:
                continue
            kept.append(quote)
        self._zh_register_quoted_title_holders(paragraph, kept)
        return kept
