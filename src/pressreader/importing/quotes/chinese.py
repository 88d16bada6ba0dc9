"""Chinese patterns and helpers that need no finder state: dotted names, roles and titles,
sentences, and where a report's clause begins, goes on and ends."""

from __future__ import annotations

import re

from pressreader.importing.quotes.marks import (
    _HAN,
    _ZH_DE_WORDS,
    _ZH_STOPS_AFTER_CLOSE,
    _find_mark,
)
from pressreader.importing.spans import Within
from pressreader.importing.speakers import ORG_WORDS, Reference
from pressreader.importing.wordlists import Ending, Gated, lazy

# Chinese: the speaker before a verb of saying (`汪文斌表示：“…”`, `奥特曼写道：“…”`,
# `他告诉美国之音：`,
# `X在一份声明中说，“…”`), or after the quote (`“…，”北德克萨斯州…的首席创新官罗杰·曼恩说`).
_ZH_VERBS = (
    "警告说|警告称|指责说|指责称|说道|说|表示|指出|强调|重申|(?<![昵简俗统职通又别尊所])称|介绍|认为|坦言|直言|"
    "坚称|透露|写道|补充道|"
    "问道|警告|指责|呼吁|坦承|感叹道|反问道|质疑|反驳|喊话|"
    # (a declaration or communiqué that states, `宣言声明：“…”`: 声明 a verb after the document)
    "(?<=宣言|公报)声明"
)
# A topic after the verb (`说，关于会面的问题，“…”`).
_ZH_TOPIC = r"(?:关于|至于|对于|就)[^“”。！？，,：:]{1,30}"
# What `_ZH_BEFORE` ends with, from its verb (one text for both patterns): searched first, as
# the whole pattern's search tries every Han character of the text as the speaker's start.
_ZH_BEFORE_VERB_END = (
    rf"(?:{_ZH_VERBS}|告诉[^“”，。：:]{{1,20}})"
    rf"(?:[，,]{_ZH_TOPIC})?"
    # (a space before the colon too: `穆塞韦尼说 ：“…”`)
    r"\s*[：:，,]?\s*\Z"
)
_ZH_BEFORE_END = lazy(_ZH_BEFORE_VERB_END)
# Where a source says it, between the source and its verb (`在…声明中`; `在X平台发文`, `在X发贴`,
# `在其社交媒体上贴文`: the platform's Latin name is no part of the speaker).
_ZH_SAID_IN = (
    r"在[^“”。！？]{0,30}?(?:(?:声明|讲话|采访|发言|文章|信|帖子|报告)中|"
    r"平台上?(?:发文|发帖|发贴|贴文|发推)?|上?(?:发文|发帖|发贴|贴文|发推))"
)
_ZH_BEFORE = lazy(
    r"(?P<np>(?:[\u4e00-\u9fff·]|(?<=·)“[\u4e00-\u9fff]{1,6}”(?=·)){1,16})"
    r"(?:\([^()]{0,60}\)[^“”。！？：:()]{0,8}?)?"
    r"(?:" + _ZH_SAID_IN + ")?" + _ZH_BEFORE_VERB_END
)


def _zh_before(text: str) -> re.Match[str] | None:
    """`_ZH_BEFORE.search(text)`, quicker: its verb and end looked for first."""
    if text.isascii() or _ZH_BEFORE_END.search(text) is None:
        return None  # (its speaker is Han characters; its end is the verb's)
    return _ZH_BEFORE.search(text)


# A name written with a middle dot (`玛丽·罗丝琳·贝利泽尔`): a later reference by its last part
# (`贝利泽尔说`) names the whole.
# A name may open with Latin initials (`JD·万斯`), hold a middle initial (`约翰·A·艾森伯格`),
# and hold a double name before or after the dot
# (`阿卜杜勒-法塔赫·塞西`, `洛丽·查韦斯-德雷默`; `--` is a dash, not a hyphen).
_ZH_DOTTED = lazy(
    r"(?:[\u4e00-\u9fff]{1,8}(?:-(?=[\u4e00-\u9fff])[\u4e00-\u9fff]{1,8})?|[A-Z]{1,3})"
    r"(?:\([\u4e00-\u9fff]{1,6}\)(?=·))?"  # `耶希尔(迈克尔)·莱特`: a first name's other form
    # (a nickname in marks among its parts: `玛格丽特·E·“梅格”·希普`, `约翰·“杰克”·P·希金`)
    r"(?:·(?:[A-Z]\.?·|“[\u4e00-\u9fff]{1,6}”·){0,2}[\u4e00-\u9fff]{1,10}){1,3}"
    r"(?:-(?=[\u4e00-\u9fff])[\u4e00-\u9fff]{1,10})?"
)
# Characters that end a title before a name (`首席财务官`, `总裁`, `主任`, `博士`): the name
# begins after the last of them.
_ZH_TITLE_END = lazy(
    r"[官长裁席理任员家授士者师的是和与统监定着在对向给被使书人表练卿袖相据将校尉臣于]"
)


# The most characters before the first `·` of a `_ZH_DOTTED` match (`X-Y(Z)·`, 8 + 1 + 8 + 8).
_ZH_DOTTED_HEAD = 25


def _zh_dotted(text: str) -> list[str]:
    """`_ZH_DOTTED.findall(text)`, each search begun at most `_ZH_DOTTED_HEAD` characters
    before the next `·` (a match holds one that near its start): the pattern begins with
    Han characters, which a scan of every position would try in turn."""
    found = []
    position = 0
    while (dot := text.find("·", position)) >= 0:
        match = _ZH_DOTTED.search(text, max(position, dot - _ZH_DOTTED_HEAD))
        if match is None:
            break
        found.append(match.group())
        position = match.end()
    return found


# Characters that end the words before a dotted name that no transliterated first name holds:
# a description (`游客`, `选手`, `居民`, `男子`, `球星`, `前锋`, `总督`, `主管`, `代办`, `球迷`,
# `…州`, `…队`, `前人质`, `…警察局`) or a verb (`获得`, `恰逢`, `等待`, `预计`, `庆祝`):
# `议均需获得唐纳德·特朗普` is 唐纳德·特朗普; and a verb's 了 (`最高法院驳回了唐纳德·特朗普`).
# Given names that open with a character that also ends a title (`理` of `总理`): `理查德`.
_ZH_NAME_OPENINGS = frozenset(["理查"])
_ZH_BEFORE_NAME_END = lazy(r"[客手民子星锋督管办迷逢待祝州队得计质局了]")


def _zh_dotted_names(text: str) -> list[str]:
    """The dotted names in a text, each without the title or the words run into it."""
    names = []
    for found in _zh_dotted(text):
        first, _, rest = found.partition("·")
        ends = [
            match.end()
            for match in _ZH_TITLE_END.finditer(first)
            # (not the first character of a given name: `理查德` is Richard, not `…理` + `查德`)
            if first[match.start() : match.start() + 2] not in _ZH_NAME_OPENINGS
        ]
        cut = ends[-1] if ends and ends[-1] < len(first) else 0
        # (then the words before the name, never the whole first part)
        more = [match.end() for match in _ZH_BEFORE_NAME_END.finditer(first, cut)]
        more = [end for end in more if end < len(first)]
        if more:
            cut = more[-1]
        names.append(first[cut:] + "·" + rest)
    return names


# Who a person is in the story, written before the name like a title (`居民张三说`, `村民王五告诉
# 记者`: 张三, a resident; ANNOTATING.md, a role before a name); alone (`居民说`), no one named.
_ZH_PEOPLE_WORDS = (
    *("居民", "村民", "市民", "网友", "网民", "农民", "牧民", "渔民", "店主", "摊主", "司机"),
    "护士长",  # (before 护士: `护士长赵红` is 赵红)
    *("志愿者", "家长", "学生", "教师", "老师", "医生", "护士", "律师", "工人", "员工", "商人"),
    *("选民", "患者", "乘客", "球迷", "示威者", "抗议者", "难民", "移民", "幸存者", "目击者"),
    # (a doctor's title, a shop's owner: `主任医师李明`, `老板黄伟`)
    *("医师", "老板"),
)

_ZH_ROLES = (
    "发言人",
    "首相",
    "大臣",
    "国务卿",
    "议长",
    "外长",
    "防长",
    "财长",
    "议员",
    "首席执行官",
    "副部长",
    "部长",
    "副主任",
    "主任",
    "副主席",
    "主席",
    "总统",
    "总理",
    "大使",
    "局长",
    "书记",
    "院长",
    "教授",
    "专家",
    "负责人",
    "秘书长",
    "市长",
    "省长",
    "经理",
    "董事长",
    "总裁",
    "总监",  # (`国际特赦组织(…)中国事务总监白舒然(Sarah Brooks)`: a director)
    "会长",
    "所长",
    "司长",
    "处长",
    "研究员",
    "协调员",
    "记者",
    "代表",
    "总干事",
    "干事",
    "董事",
    "理事",
    # military ranks (`美国陆军准将安东尼·吉布斯`, `海军陆战队上校马修·里奇`)
    "准将",
    "少将",
    "中将",
    "上将",
    "上校",
    "中校",
    "少校",
    "上尉",
    # what a person is where the report finds them, written before the name like a title
    # (`游客埃隆说`, `巴尔的摩游客马尼说`, `后卫泰勒·亚当斯表示`)
    "游客",
    "访客",
    "后卫",
    "前锋",
    "门将",
    # who a person is in the story, written before the name like a title (`居民张三说`,
    # `村民王五告诉记者`: 张三, a resident; ANNOTATING.md, a role before a name)
    *_ZH_PEOPLE_WORDS,
)

# The last characters of the roles: a text with none of them holds no role, and the search of
# each role in it is skipped.
_ZH_ROLE_ENDS = frozenset(word[-1] for word in _ZH_ROLES)


def _zh_without_role(head: str) -> str:
    """The first part of a dotted name without the role written before it (`美国总统唐纳德`:
    唐纳德)."""
    for word in _zh_roles(head):
        position = head.rfind(word)
        if position >= 0 and position + len(word) < len(head.split("·")[0]):
            return head[position + len(word) :]
    return head


def _zh_roles(text: str) -> tuple[str, ...]:
    """The roles to look for in `text`, in their order: none when no role could end in it."""
    return _ZH_ROLES if not _ZH_ROLE_ENDS.isdisjoint(text) else ()


def _zh_split_role(text: str) -> tuple[str | None, str]:
    """`text` as (the words up to the end of the first role that is followed by more, the rest),
    each role looked for from the end (`外交部发言人毛宁`: 外交部发言人, 毛宁); (None, text) when
    no role is followed by a name."""
    for word in _zh_roles(text):
        position = text.rfind(word)
        if position >= 0 and position + len(word) < len(text):
            return text[: position + len(word)], text[position + len(word) :]
    return None, text


_ZH_BRACKETS = lazy(r"[(（][^()（）]{0,60}[)）]")


# An occasion after a role and `的` (`在与特朗普总统的峰会上`, `在同马克龙总统的通话中`): where the
# source spoke, never the name a role is followed by.
_ZH_SETTING_NOUNS = (
    *("峰会", "通话", "电话", "会谈", "会晤", "会议", "会面", "谈话", "采访", "讲话", "演讲"),
    *("晚宴", "仪式", "记者会"),
)
_ZH_SETTING_NOUN = Gated(
    r"(?:[^，,。；;“”在]{0,8}?)(?:" + "|".join(_ZH_SETTING_NOUNS) + r")(?:上|中|时|后|里|期间)?\Z",
    _ZH_SETTING_NOUNS,
)


# A body's Latin abbreviation in brackets right after its Chinese name (`七国集团(G7)`,
# `美国联邦航空管理局(FAA)`): a later `G7表示`, `FAA说` names the body by that name.
_ZH_SPELT_ACRONYM = Gated(r"(?<=[\u4e00-\u9fff])\((?P<acronym>[A-Z][A-Z0-9]{1,7})\)", ("(",))
# The Chinese name before it, from the clause's start or its last `的`.
_ZH_SPELT_NAME = lazy(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=的))(?P<name>[\u4e00-\u9fff]{2,16})\Z")
_ZH_SPELT_READ = 8  # the most abbreviations of a paragraph looked at (hostile text)


def _zh_spelt_acronyms(paragraph: str) -> list[tuple[str, str]]:
    """Each Latin abbreviation a paragraph writes in brackets after a body's Chinese name, with
    that name (`七国集团(G7)`: `G7`, `七国集团`); not after a name that is no body's
    (`终极格斗冠军赛(UFC)`) or a person's."""
    out: list[tuple[str, str]] = []
    for count, match in enumerate(_ZH_SPELT_ACRONYM.finditer(paragraph)):
        if count >= _ZH_SPELT_READ:
            break
        named = _ZH_SPELT_NAME.search(paragraph, max(0, match.start() - 16), match.start())
        if named is None:
            continue
        name = _ZH_LEAD.sub("", named.group("name"))
        if len(name) >= 2 and _ZH_BODY_END.search(name) is not None:
            out.append((match.group("acronym"), name))
    return out


# Marks no name holds: a sentence's or a clause's end.
_ZH_SENTENCE_MARKS = frozenset("。！？；：，")


# Common Chinese surnames: a name with no Latin form, not met before, opens with one.
_ZH_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
    "莫孔向汤翁管柯赖洪庄蓝涂卓颜施游纪詹简萧连童辛钮柳殷葛倪单祝欧"
)
_ZH_DOUBLE_SURNAMES = frozenset(["欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "慕容"])


# A surname and a word of address (`周女士`, `黄先生`): a name, as the text gives it.
_ZH_ADDRESSED = Ending(
    r"[\u4e00-\u9fff]{1,2}(?:先生|女士|小姐|太太)\Z", ("先生", "女士", "小姐", "太太")
)


def _zh_named_after(rest: str) -> bool:
    """Whether the words after a person counted (`一位居民`) are that person's name, up to the
    time, place or manner of saying (`陈建国`, `周女士在接受采访时`): a surname and a word of
    address, or two or three characters opening with a common surname; not an act (`私信王丹`)."""
    cut = _ZH_SUBJECT_END.search(rest)
    name = rest[: cut.start()] if cut is not None else rest
    if len(name) <= 8 and _ZH_ADDRESSED.search(name) is not None:
        return True  # (`家长周女士`, after `一名学生`: the words for who she is, then her name)
    return (
        2 <= len(name) <= 3
        and name[0] in _ZH_SURNAMES
        and all(_HAN.fullmatch(char) for char in name)
    )


# A person counted before a role (`一位`, `两名年轻的`): no name after it.
_ZH_COUNTED = lazy(r"(?:一|两|几|多|数)(?:名|位|个)[^，。；]{0,12}\Z")


def _zh_role_then_name(np: str) -> Reference | None:
    """A short name right after a role, which may hold a body's name with `在` and its Latin
    abbreviation, or end a description with `的` (`美国在台协会(AIT)处长谷立言(Raymond Greene)`,
    `相当于美国驻台湾首席外交代表的谷立言在仪式中`): the name, the words before it its role. The
    name ends where time, place or manner begin; none when no role is followed by 2 to 4
    characters that are no body's name."""
    plain = _ZH_BRACKETS.sub("", np)
    if len(plain) > 60:
        return None
    for word in _zh_roles(plain):
        position = plain.find(word)
        if position < 0:
            continue
        if plain[:position] in ("他", "她"):
            # `他代表政府说`: he, speaking for a body, not a name after a role.
            return Reference("pronoun", "he" if plain[0] == "他" else "she")
        counted = _ZH_COUNTED.search(plain, 0, position) if position else None
        if counted is not None and not _zh_named_after(plain[position + len(word) :]):
            # `一位网友私信王丹`: a person counted, never named; what follows is no name (but
            # `另一位居民陈建国`, `一名学生家长周女士`: counted, then named)
            continue
        rest = plain[position + len(word) :].removeprefix("的")
        if rest != plain[position + len(word) :] and _ZH_SETTING_NOUN.match(rest):
            continue  # `习近平在与特朗普总统的峰会上警告说`: where it was said, no name
        cut = _ZH_SUBJECT_END.search(rest)
        name = _ZH_SPEAKER_TAIL.sub("", rest[: cut.start()] if cut is not None else rest)
        # a second title right after the first (`急诊科主任医师李明`): the role holds both
        more = next(
            (r for r in _zh_roles(name) if name.startswith(r) and len(name) > len(r) + 1), ""
        )
        if more and rest.startswith(more):
            name = name[len(more) :]
        if name and not _ZH_SPEAKER_TAIL.sub("", "·" + name)[1:]:
            continue  # `特朗普总统首次透露`: an adverb after the title, no name
        if (
            2 <= len(name) <= 4
            and _HAN.fullmatch(name[0]) is not None
            and _ZH_BODY_END.search(name) is None
            and not name.startswith(("们", "团", "处", "会", "的", "和", "与", "及", "等", "了"))
            and not any(role in name for role in _ZH_ROLES)
            and not any(char in _ZH_SENTENCE_MARKS for char in name)  # (`…记者报道。`: no name)
        ):
            role = np[: np.find(word) + len(word) + len(more)]
            if counted is not None:
                role = role[counted.start() :].lstrip("一两几多数名位个")  # (`另一位居民`: 居民)
            return Reference("name", name, role, None)
    return None


# `本人` after a name, title or pronoun (`特朗普总统本人`, `他本人`): the person, no name of its own
# (not `日本人`, `资本人`).
_ZH_SELF = lazy(r"(?<=[\u4e00-\u9fff])(?<![日资基])本人")


def _zh_without_self(np: str) -> str:
    return _ZH_SELF.sub("", np, count=1) if "本人" in np else np


# Words of manner left where a subject would stand (`并一致认为`, `被广泛认为`), and words that
# point at people without naming them (`那些在后方…的工人在信中写道`): no source.
_ZH_NO_SOURCE_HEADS = frozenset(
    ["一致", "普遍", "广泛", "共同", "一再", "再次", "这些", "那些", "一些", "有些"]
)


def _zh_speaker(np: str) -> Reference | None:
    if "等" in np:
        return None  # `X等组织表示`: several sources together
    np = _zh_without_self(np)
    dotted = _zh_dotted_names(np)
    if dotted:
        name = dotted[-1]
        role = np[: np.rfind(name)].rstrip("，, 的") or None
        if role is not None and role.endswith("了"):
            role = None  # (`最高法院驳回了唐纳德·特朗普`: a verb before the name, no title)
        return Reference("name", name, role, None)
    np = re.sub(r"[^\u4e00-\u9fff·]+", "", np.split("，")[-1].split(",")[-1])
    # The source ends where time, place or manner begin (`该小组在一个声明中`, `他还`).
    cut = _ZH_SUBJECT_END.search(np, 1)
    if cut is not None:
        np = np[: cut.start()]
    np = _ZH_SPEAKER_TAIL.sub("", np)  # `她补充说`, `他接着说`
    np = _ZH_LEAD.sub("", np) or np  # `不过他补充说`
    if np in ("他", "她"):
        return Reference("pronoun", "he" if np == "他" else "she")
    if np in ("他们", "她们"):
        return Reference("pronoun", "they")
    if np in _ZH_NO_SOURCE_HEADS:
        return None  # `那些…的工人在信中写道`: no one named
    role, name = _zh_split_role(np)
    if role is None and name in _ZH_PEOPLE_WORDS:
        return None  # `居民说：“…”`, `网友说`: who people are, no one named
    if len(name) > 4 and role is None and not _zh_transliterated(name):
        name = name[-3:]
    if len(name) < 2:
        return None
    return Reference("name", name, role, None)


# Chinese reported speech (ANNOTATING.md, "Chinese text"): a named source, a verb of saying and
# its content, after a comma (`贝利泽尔博士指出，目前…`) or, for 称 and 指控, right after the verb
# (`报告称2027年将…`); `据X报道，…`. The content runs to the end of the sentence, or to a `；` or
# a `，并补充说` that starts another report.
_ZH_SAY_WORDS = (
    *("说", "称", "报", "补充", "警告", "解释", "回应", "表示", "指出", "强调", "重申", "坦言"),
    *("直言", "否认", "承认", "认为", "宣布", "估计", "预计", "预测", "写道", "透露", "确认"),
    *(
        "证实",
        "指控",
        "显示",
        "认定",
        "裁定",
        "裁决",
        "誓言",
        "介绍",
        "坦承",
        "断言",
        "感叹",
        "反问",
        "表明",
        "暗示",
        "披露",
        "指",
    ),
    *("提到", "谈到", "追问", "询问", "问道", "告诉", "批评", "指责", "驳斥", "悲叹", "提出"),
)  # (each verb holds one of these)
_ZH_SAY = Gated(
    # not 所称, 据称, 听说, 被认为, 的指控, 这两项指控, 这些指控 (nouns); but 数据显示; not
    # 发出警告, 提出警告 (a noun: `就…威胁发出警告，呼吁…`, `征收关税发出警告，X…`); not 来说
    # but after a verb (`对梅西来说，A`, `一般来说`: "for X", "generally"; `后来说` is said)
    # (after 所 only when it ends an institution's name: `研究所表示`, `交易所说`, `事务所称`)
    r"(?<![听小被的])(?<!(?<!研究|交易|事务|派出)所)(?<!(?<!数)据)"
    r"(?P<verb>补充说|补充道|补充表示|警告称|警告说|解释说|强调说(?![服明])|强调称|报告称|(?<!有)报道称|(?<!有)报道说|(?<![有据])(?<!有关)报道(?=[，,])|回应称|回应说|说道|(?<![^后原本出起回]来)说|表示|指出|强调|重申|坦言|直言|坚称|"
    r"否认|承认|宣称|声称|指称|(?<![昵简俗统职通又别尊名])称(?!为|作|之为|其为|赞|号|许|颂)|认为|宣布|(?<!发出)(?<!提出)(?<![作做]出)(?<!发布)警告|估计|预计|预测|写道|透露|确认|证实|(?<![项些])指控|显示|"
    # (`国务院介绍，A`, `X在其官网介绍，A`: 介绍 with a comma and a clause; not `介绍了…情况`, a
    # summary, nor `据介绍，`, `的介绍，` (no source))
    r"介绍(?=[，,])|"
    # (`但总统披露，A`: 披露 with a comma and a clause, like 透露; not `披露了…`, `据披露`,
    # `披露的`)
    r"(?<!据)披露(?=[，,])|"
    # (`白宫…发布事实简报，指A`: 指 for 指出 right after a document the source issued and a comma;
    # not `指的是`, `指向`, `指示`, nor 指 alone elsewhere)
    r"(?<=简报，|声明，|报告，|公告，|文件，|简报,|声明,|报告,|公告,|文件,)指(?![的向出控责示称挥导定派明望标数])|"
    # (`宣言提出，A`, `司法部…曾提出，A`: 提出 with a comma and a clause, "put forward that"; not
    # `提出了…`, `提出警告`, `提出的…` (an act on a noun))
    r"提出(?=[，,])|"
    # (a ruling with a comma, `大法官…裁定，…`, `陪审团裁决，…`; or, with no comma, right
    # after a court, a jury, a ministry or a ruling, `陪审团5月裁定两人…`, `该裁决认定…`,
    # `国防部已认定…`, after the basis it rules on, `国防部依据这一条款认定…`, `依法裁定…`, or
    # after a comma when the clause before makes the ruling, `…法庭作出了…裁定，认定…` (the finder
    # decides); not `被五角大楼认定…的企业`, the nouns `这一认定`, `认定标准`, `裁定书`, nor
    # `认定为` (a name given))
    r"(?<!这一)(?<!这项)(?<!该)认定(?=[，,])|裁定(?=[，,])|(?<!这一)(?<!这项)(?<!该)裁决(?=[，,])|"
    # (the literal first: the lookbehinds are tried only where the verb stands)
    r"(?:认定|裁定)(?:(?<=[院庭团官部决]..)|(?<=[，,]..)|(?<=条款..)|(?<=依法..)|(?<=[院庭团官部][已曾也还]..)|"
    r"(?<=[院庭团官部][0-9]月..)|(?<=[院庭团官部][0-9][0-9]月..))(?![为的标书])|誓言(?=[，,])|"
    # (a body's report with a comma and a clause, after the body or its time: `美国汽车协会(AAA)
    # 报告，…`, `新加坡港口当局星期四报告，…`; not the noun, `撰写研究报告，`, `出售报告，`)
    # (the literal first: the lookbehinds are tried only where `报` stands)
    r"报(?:(?<=[)）]报)|(?<=当局报)|(?<=协会报)|(?<=机构报)|(?<=星期[一二三四五六日]报))告(?=[，,])|"
    r"坦承|断言|感叹道|反问道|(?:表明|暗示)(?=[，,])|"
    # (`批评民主党人没有投票…`: 批评 with a clause of its own, taken only as `_zh_subject_clause`
    # finds one; not the noun, `面对批评，`)
    r"批评(?![，,：:。])|"
    # (`驳斥X与实际情况“相当不符”`, `悲叹香港“已不再是…”`: a rebuttal or a lament with a clause of
    # its own, taken only as `_zh_disputes_a_clause` finds one; not `驳斥了…`, `驳斥并谴责…`)
    r"驳斥(?![，,：:。了并])|悲叹(?![，,：:。了])|"
    # (`指责欧盟领导人导致了…`: 指责 with a clause whose predicate is done, taken only as
    # `_zh_accuses` finds one; not `指责说`, `指责称`, read as those verbs)
    r"指责(?![，,：:。说称了])|"
    r"提到|谈到|追问|询问|问道|告诉[^，,。；“”：:\s]{1,20}?(?=[，,：:]))"
    r"(?P<comma>[，,：:]?)",
    _ZH_SAY_WORDS,
)
_ZH_SEVERAL = Gated(r"等|与|、|(?<!共)和(?![平谐解])", ("等", "与", "、", "和"))
# A verb of saying right before a clause with a subject of its own and no comma (`吕特承认美国对
# 北约感到失望`, `强调了每一个…国家都应该支持…`): the subject, then a word that only a clause's
# predicate opens with (a modal, an auxiliary, a copula, a negation), all before the next comma.
_ZH_SUBJECT_CLAUSE_VERBS = frozenset(
    ["表示", "承认", "强调", "指出", "透露", "证实", "确认", "批评"]
)
_ZH_PREDICATE = lazy(
    r"[^，,。；;：:“”！？()（）]{2,24}?"
    r"(?:都|也|仍|并)?(?P<predicate>应该|应当|必须|将会|不会|已经|已|正在|仍然|没有|并非|不是|是|感到|违反)"
)
_ZH_NOT_CLAUSE_WORDS = (
    r"了|的|过|将|会|要|愿|希望|支持|反对|欢迎|关切|关注|担忧|遗憾|感谢|同意|赞赏|不|对|愿意|乐观|悲观|"
    r"祝贺|哀悼|慰问|谴责|抗议|不满|满意|理解|赞同|尊重|认可|歉意|愿景|信心"
)
_ZH_NOT_CLAUSE = lazy(_ZH_NOT_CLAUSE_WORDS)
_ZH_ACCORDING = lazy(
    # (`，但根据X…，`: a turn before it)
    r"(?:^|(?<=[，。；]))(?:但是|但|不过|而)?(?:据|根据)"
    # (`根据“缅甸战略与政策研究所”在其官网的介绍`: a body named in marks first)
    r"(?P<np>(?:“[^“”，。；]{2,20}”)?[^，。；“”]{2,24}?)(?:的)?"
    r"(?:报道|消息|介绍|统计|估计|说法|称|表示|指出|图片|照片|文件|记录|资料|数据|声明|公告|"
    # (`根据联邦调查局的宣誓书，…`: a document of the source's)
    r"报告|宣誓书|新闻稿|备忘录)，|"
    # A document its issuer published or cited, the issuer described before its name
    # (`根据位于西班牙马德里的人权组织保护卫士(Safeguard Defenders)2023年公布的报告，`,
    # `根据X援引的行业数据，`): up to 48 characters before the issuing verb.
    r"(?:^|(?<=[，。；]))(?:但是|但|不过|而)?(?:据|根据)"
    r"(?P<issuer>[^，。；“”]{2,48}?(?:公布|发布|发表|援引|引用))的(?:行业|官方|公开|最新|年度)?"
    r"(?:统计|资料|数据|声明|公告|报告|新闻稿)，"
)
# (a stop's closing mark may be an opening one typed for it, before a space or a bracket:
# `…新关系。“ 万斯`)
_ZH_SENTENCE = lazy(r"[^。！？]*(?:[。！？]+(?:”|“(?=[\s(（]|$))?|$)")
# The last words of a thing a subject acts on, which no name ends with (`美参院推进国防授权法案`).
_ZH_THING_ENDS = ("法案", "协议", "报告", "计划", "声明", "条例", "文件", "议案", "草案")
# Where a report stops inside its sentence: another report joined to it, or a `；`.
_ZH_REPORT_END = lazy(
    # (`，但他强调，B`: the turn before the pronoun, as after it in `，他但…`)
    r"[，,]\s*(?:(?:但|而)?(?:[他她]|(?:该|这位)?(?:国务卿|部长|局长|总统|发言人|主席|大使|议员|官员))"
    r"(?=[并还也同而但则补警表指强重坚否承证透称说]))?(?:但|而)?(?:并|还|也|同时|则)?"
    r"(?:补充说|警告称|警告|表示|指出|强调|重申|坚称|声称|宣称|否认|承认|证实|透露|称|说)|；|;|"
    r"[，,]\s*[他她](?:也|还|则|更)?(?:批评|抨击)|"  # `，她批评郑丽文“…”`: her words of her own
    # `，他要求美方“慎之又慎”…`: the narration's next act of the speaker, a directive with its
    # object (ANNOTATING.md, "Eighth folder")
    # (`，他同时呼吁北约的欧洲盟国…`: a call to act, the same)
    r"[，,]\s*[他她](?:也|还|则|更|同时)?(?:要求|敦促|呼吁)|"
    # `…发射了火箭弹，该市居住超过2万名居民`: background on a place the report names;
    # `…实施制裁，该机构由伊朗设立`: on a body it names
    r"[，,]\s*该(?:市|镇|村|岛|州|省|港)(?=[是有位距居拥])|[，,]\s*该(?:机构|组织)(?=由|成立于)|"
    # `…针对邦迪布焦(Bundibugyo)毒株的潜在疫苗，这种罕见的埃博拉病毒已在…造成40多人死亡`:
    # background on a virus or a disease the report names, glossed by its kind (`这种` and a word
    # of description with 的, then the kind's name; not `，这种病毒已经…`, `，这种新型的病毒在…`,
    # which may be the source's words going on)
    r"[，,]\s*这种[^，,。；“”的]{1,6}的[^，,。；“”]{2,8}?(?:病毒|毒株|疾病)(?:毒株)?(?=已|在|曾|于)|"
    r"(?:--|——)(?=这)|"  # `…3.5%--这是去年…`: an aside of the reporter's
    r"[，,]\s*(?:这)?与[^，,。；]{1,12}?(?:说法|表态|立场|声明)|"  # `，与美方说法明显不同`
    r"[，,]\s*并(?:将|把)(?:此|这)|"  # `，并将此视为…`: the speaker's comment on what was said
    # `，并提到乌克兰无人机袭击…`: what else the source spoke of, a topic, not its words; and
    # `，并提到商务部今年5月宣布，…`: a second report of the same source, another's retold in it
    r"[，,]\s*并(?:提到|谈到|提及)|"
    # `…“威胁经济增长…”，并将其列为峰会的主要议题之一`: the source's act on what it said (not
    # `，并将其报告给…`, `，并将其人员撤出…`, the report's own verbs)
    r"[，,]\s*并(?:将|把)其(?=列为|视为|定为)|"
    # `…是“有针对性的”，但未提供更多细节`: the reporter's note of what the source left unsaid
    r"[，,]\s*但(?:并)?(?:未|没有)(?:提供|透露|说明|给出|公布|披露|详细说明|具体说明)|"
    # `，他星期三在帖文中写道，“…”`: a new attribution, with its time and place, and its comma
    r"[，,]\s*[他她](?:还|也|则|又)?[^，,。；：:“”]{1,20}?(?:写道|表示|说道|说|指出|强调)(?=[，,：:])|"
    # `，声明表示，B`, `，该声明还说，B`: the source's document taken up as a new attribution (the
    # statement, report or post speaks for its issuer, a report of its own)
    r"[，,]\s*(?:该|这份|其)?(?:声明|报告|公告|新闻稿|帖文|贴文)(?:中)?(?:还|也|则)?"
    r"(?:表示|指出|强调|写道|说|称)(?=[，,：:])|"
    # `，国务院表示：“…”`: a named source's own words in marks, opened by a colon
    r"[，,]\s*[^，,。；：:“”]{1,20}?(?:写道|表示|说道|说|指出|强调)[：:]\s*(?=“)"
)
# Between a source and its verb: time, place, manner and the one spoken to (`星期三`,
# `在市场报告中`, `对美国之音`, `上星期`); the source ends where they begin.
_ZH_SUBJECT_END = lazy(
    r"\(|（|(?:站|坐|身)在|在|对(?!外)|向|于|为|予以|援引|引述|依据|根据|按照|证实|确认|承认|否认|拒绝|透露|是|曾|也|还|则|已|再次|再度|随即|一再|同时|近日|日前|当天|同日|当时|事后|此后|最近|此前|之前|一直|今年|去年|"
    r"明年|本月|上月|上个月|本周|上星期|本星期|上周|星期|周[一二三四五六日]|早些时候|今天|昨天|纷纷|(?<![A-Za-z0-9])[0-9]|"
    # (`对梅根·豪威尔·史密斯来说`: "for X", the name before 来说; not `后来说`, a verb's; and
    # not the 说 of a noun, `游说团体高科技发明家联盟`, `小说家…`)
    r"宣布|表示|指出|强调|发表|描述|(?<![后原本出起回])来说|(?<![游小传学演])说(?!明书)|普遍|一致|仍然|依然|回应|回答|答复|并未|并没有|"
    r"未|没有|仅|只|将|把|"
    # (a verb of the source's act with its manner: `美国国务院强烈谴责香港当局…，称…` is 美国国务院)
    r"强烈|谴责|"
    # (an interview with no 在 before it: `韩国瑜受访时表示`, `X接受美国之音采访时说`)
    r"受访时|接受[^，。“”]{0,20}?采访时|"
    # (in court: `孙某的辩护律师当庭表示`, where it was said, no part of the source)
    r"当庭|"
    # (the means or the manner of saying, `他透过翻译表示`, `陈朗升穿着…的黑色衣服在法院外说`,
    # `她笑着说`, `王毅着重指出`: a verb with 着 before the verb of saying, no part of the source;
    # not the words 着手, 着眼, 着想, 着急, 着陆, 着实, nor what was passed, `参议院通过的法案说`)
    r"透过|通过(?![的了])|借助|藉由|经由|着重|[\u4e00-\u9fff]着(?![手重眼想急陆实名])"
)
_ZH_LEAD = lazy(
    r"^(?:加上|而且|然而|而是|而|但是|但|并且|并|此外|另外|不过|与此同时|同时|随着|根据|据|对此|仅|只是|只|尽管|虽然|"
    # when, before a pronoun (`当时他说`, `随后他表示`): no part of a name
    r"当时|随后|后来|此前|之后|接着|稍后|"
    # besides what the source did, run into its name with no comma (`除了认同…成果外赖清德还强调`):
    # no part of the name; not a word that goes on with 外 (`除了美国外交部长…`)
    r"除了[^，,。；：:“”]{1,30}?(?:之|以)?外(?![交国长部界资务籍商贸援汇围地界])|"
    # where the source is (`位于美国加州的六四纪念馆`, `总部设在纽约的…`): no part of its name
    r"(?:总部)?(?:位于|设在)[^，,。；“”的]{1,20}的)"
)
# Unnamed plural or generic sources (`卫生官员`, `经济学家`, `赛事组织者`, `数据`): no quote.
_ZH_UNNAMED_WORDS = (
    "官员|专家|学家|者|人士|人们|们|民众|居民|消息|数据|调查|研究|结果|统计|报告|报道|分析|外界|"
    "媒体|网友|观察家|人"
)
_ZH_UNNAMED = Ending(rf"(?:{_ZH_UNNAMED_WORDS})\Z", tuple(_ZH_UNNAMED_WORDS.split("|")))
_ZH_BODY_WORDS = (
    "署|联|联盟|会|局|部|府|司|院|组织|协会|公司|方|机构|政府|委员会|中心|银行|集团|大学|法院|"
    "社|台|报|所|办|队|党|军|小组|法庭|使馆|领馆|纪念馆|博物馆|图书馆|办公室|"
    # (a Chinese commission by its short form: `昆明市卫健委`, `国家发改委`, `中纪委`)
    "卫健委|发改委|纪委|监委|政法委|国资委|教委"
)
_ZH_BODY_END = Ending(
    rf"(?:{_ZH_BODY_WORDS}|"
    # (`驻美国台北经济文化代表处`, `台北办事处`, `国家公园管理处`; not 处 alone: `好处`, `之处`)
    r"(?:代表|办事|管理|联络)处)\Z",
    (*_ZH_BODY_WORDS.split("|"), "处"),
)
_ZH_TITLE_BEFORE_NAME = lazy(r"[官长裁席理任员士统监使书卿袖相]\Z")
_ZH_ONE_OF = lazy(r"^(?:一名|一位|一个)")
# The words between an office and its unnamed spokesperson (`美国国务院的一位发言人`,
# `美国国务院一位不具名的发言人`), in either order.
# (`商务部新闻发言人`: a press spokesperson, the PRC ministries' own title)
_ZH_SPOKESPERSON_WORDS = lazy(r"(?:的|一名|一位|不愿?透露姓名|不具名|未具名|匿名|新闻)+\Z")


def _zh_spokesperson_office(before: str) -> str | None:
    """The office whose unnamed spokesperson `before` + `发言人` is (`中国外交部`, `美国国务院`
    from `美国国务院的一位`), or None when it names no office (`一位`, `官员`)."""
    office = _ZH_SPOKESPERSON_WORDS.sub("", before)
    office = _ZH_ONE_OF.sub("", office)  # `一名国务院发言人`: the office
    if (_ZH_BODY_END.search(office) or office.endswith("宫")) and not _ZH_UNNAMED.search(office):
        return office
    return None


# Words between a source and its `说`, `道` or `称` that are no part of the name: adverbs
# (`还`, `随后`) and a verb of manner (`批评说`, `提醒说`, `澄清说`, `回忆说`, `辩称`, `感叹道`).
_ZH_TAIL_WORDS = (
    "补充|接着|随后|进一步|又|还|也|并|亦|多次|屡次|一再|再次|首次|争辩|辩称|警告|指责|继续|最后|批评|提醒|澄清|"
    "回忆|感叹|抱怨|反驳|反问|辩|嘲讽|称赞|赞扬|哀叹|总结|描述|形容|解释|回答|回应|分析|通报|"
    # (the manner's demonstratives, `卢比奥这样说`, `他如此表示`: no part of the name)
    "这样|这么|如此|那样"
)
_ZH_SPEAKER_TAIL = Ending(rf"(?<=.)(?:{_ZH_TAIL_WORDS})+\Z", tuple(_ZH_TAIL_WORDS.split("|")))
# Several sources speaking together (`共同宣布`, `联名致函`, `联合声明`).
_ZH_JOINTLY = Gated(r"共同|联名|联合|一同|一起", ("共同", "联名", "联合", "一同", "一起"))
_ZH_CLAUSE_STOP = lazy(r"[，,；;。！？]")
_ZH_OWN_CLAUSE_VERBS = frozenset(
    ["说", "表示", "强调", "指出", "承认", "否认", "证实", "透露", "确认"]
)
# What follows `说` as no clause (`说服`, `说明`, `说出`, `说道`, `说法` …).
_ZH_SAID_NOT_CLAUSE = frozenset("了的过着服明出道起法话谎笑成是")
# (a subject before the object 把 moves (`检方把两人的行为形容为…`; not the words `把握`, `把关`:
# `强调严格把关的重要性`), before an adverb of degree
# and its adjective (`他和习近平的关系很好`; not `很多`, `十分之一`, a number) or of manner
# (`测试按计划执行`): a clause of its own, as before a modal)
_ZH_OWN_PREDICATE = lazy(
    r"[\u4e00-\u9fffA-Za-z0-9·]{2,24}?(?:都|也|仍|并)?(?:被|不|未|会|将|可能|能够|需要|造成|导致|没有|"
    r"把(?![握关])|(?:很|非常|十分)(?![多少之])|按计划|按照计划|如期|按时)"
)


def _zh_plain_name(name: str) -> bool:
    """Whether `name` can be a person's name: no joining word, no body's or unnamed people's
    noun, no title in it."""
    return (
        _HAN.match(name) is not None
        and not any(char in "的们等和与及、，" for char in name)
        and _ZH_BODY_END.search(name) is None
        and _ZH_UNNAMED.search(name) is None
        # (the roles sought only when one's last character stands in the name: most hold none)
        and not any(role in name for role in _zh_roles(name))
    )


# The characters Chinese writes foreign names with (the Xinhua table's commonest): a run of five
# to seven of them with no Latin form is one transliterated name (`克里希纳莫蒂`), read whole, not
# cut to its last three characters (`纳莫蒂`).
_ZH_TRANSLITERATION = frozenset(
    "阿埃艾安昂奥巴拜班邦鲍贝本比彼毕宾波伯博布查达戴黛丹道德登迪蒂丁杜敦多厄恩尔法菲费芬芙弗夫福"
    "盖甘冈戈格根贡古哈海汉豪赫亨胡霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗劳勒雷蕾里利"
    "莉丽林琳露卢鲁伦罗洛马玛迈麦曼梅蒙米敏莫默姆穆纳娜奈南内尼妮涅努诺欧帕潘佩彭皮珀普奇齐乔切琼"
    "丘萨塞桑瑟森沙莎尚舍什施舒斯丝松苏索塔泰坦汤唐陶特滕提廷图托娃瓦万威韦维温沃乌伍西希锡谢辛休"
    "雅亚娅扬耶伊因英尤约扎泽詹兹茨佐"
)
_ZH_LONG_NAME = range(5, 8)  # (the sizes of a transliterated name no rule reads otherwise)


def _zh_transliterated(name: str) -> bool:
    """Whether `name` is one transliterated name longer than the four characters a Chinese
    name holds at most (`克里希纳莫蒂`): five to seven characters, each of the table's."""
    return len(name) in _ZH_LONG_NAME and all(char in _ZH_TRANSLITERATION for char in name)


def _latin_person(latin: str) -> bool:
    """Whether a Latin form reads as a person's name: two to four words, capitalised but for
    particles, none of them an organisation's word (`Committee for Freedom in Hong Kong
    Foundation` is a body)."""
    words = latin.replace("-", " ").split()
    return 2 <= len(words) <= 4 and all(
        (word[0].isupper() or word in ("de", "van", "von", "al", "bin", "da", "del", "la", "le"))
        and word.lower().strip(".") not in ORG_WORDS
        for word in words
    )


def _zh_clause_before(sentence: str, at: int) -> str:
    """The words of the clause before `at`, without a joining word that opens them."""
    start = max(sentence.rfind(c, 0, at) for c in "，,；：:") + 1
    return _ZH_LEAD.sub("", sentence[start:at].strip())


def _zh_aside(sentence: str, at: int) -> bool:
    """Whether `at` lies inside brackets opened shortly before it (an aside is short)."""
    low = max(0, at - 60)
    opened = max(sentence.rfind("(", low, at), sentence.rfind("（", low, at))
    return opened >= 0 and opened > max(sentence.rfind(")", low, at), sentence.rfind("）", low, at))


# How far before a `，指控` a suit is looked for in its sentence (`对三名…人员提起诉讼,其中包括…，
# 指控其…` is some 40 characters).
_ZH_SUIT_WINDOW = 120


def _zh_charge_of_a_suit(sentence: str, match: re.Match[str]) -> bool:
    """Whether `match` is a suit's or an indictment's `，指控…` with its subject left out
    (`起诉洛瑞思，指控该公司…`, `公布了一份起诉书，指控…`, `提起诉讼…，指控其…`): the filing's
    content, no report (ANNOTATING.md, "Twenty-second folder"); `检方指控，…` still reports."""
    at = match.start()
    return (
        match.group("verb") == "指控"
        and sentence[at - 1 : at] in ("，", ",")
        and sentence.rfind("起诉", max(0, at - _ZH_SUIT_WINDOW), at) >= 0
    )


_DIGITS = frozenset("0123456789")


def _zh_goes_on_after_marks(paragraph: str, start: int, high: int, closes: dict[int, int]) -> bool:
    """Whether the content after a verb opens with words in marks and the report goes on after
    them in the reporter's words (`外交部在声明中说，“议会外交是…行为”，它呼吁…`, `称，“踩线越界”
    必将付出代价`): one indirect quote, not a direct one; not when another attribution follows
    (`“…”，他说`, `，并补充说`)."""
    opening = start + len(paragraph[start:high]) - len(paragraph[start:high].lstrip())
    close_end = closes.get(opening, -1)
    if close_end < 0 or close_end >= high:
        return False
    if paragraph[close_end] in "，,":
        rest = paragraph[close_end + 1 : high]
    elif _HAN.match(paragraph, close_end) or paragraph[close_end : close_end + 1] in _DIGITS:
        # `称，“踩线越界”必将付出代价`, `指出，“六四”37周年纪念前夕…`: the marks open a clause
        rest = paragraph[close_end:high]
    else:
        return False
    return (
        rest.lstrip()[:1] not in '“「『"'
        and len(_HAN.findall(rest[:12])) >= 4
        # (another attribution in the clause right after the marks; a later clause's verb is
        # the report's own: `“模型蒸馏”在业界很常见，但是这个事件显示…`)
        and _ZH_SAY.search(rest, 0, _clause_stop(rest)) is None
        # (not marks nested in a quotation that goes on: `“我喜欢足球。（伴随着“美国”…）…”`)
        and rest.count("”") <= rest.count("“")
    )


# The words of a term in marks: short, with no stop or comma of a sentence inside.
_ZH_MARKED_TERM = lazy(r"[^，,。；;！？!?：:“”]{1,20}")


def _zh_term_after_colon(paragraph: str, start: int, high: int, closes: dict[int, int]) -> bool:
    """Whether the content after a verb's colon opens with a term in marks that opens a clause
    the reporter's words go on with (`说：“月球基地一号”将成为…任务。`, `表示：“模型蒸馏”在业界
    很常见`): one report, as after a comma (`_zh_goes_on_after_marks`); not a quotation
    (`说：“…。”`), nor marks a comma or another mark follows (`说：“…，”他说`)."""
    opening = start + len(paragraph[start:high]) - len(paragraph[start:high].lstrip())
    close_end = closes.get(opening, -1)
    if close_end < 0 or close_end >= high:
        return False
    if _ZH_MARKED_TERM.fullmatch(paragraph, opening + 1, close_end - 1) is None:
        return False
    if not (_HAN.match(paragraph, close_end) or paragraph[close_end : close_end + 1] in _DIGITS):
        return False
    return _zh_goes_on_after_marks(paragraph, start, high, closes)


def _clause_stop(text: str) -> int:
    """Where the first clause of `text` ends (its first comma, semicolon or stop), or its end."""
    stop = _ZH_CLAUSE_STOP.search(text)
    return stop.start() if stop is not None else len(text)


def _zh_one_titled_name(np: str, dotted: list[str]) -> bool:
    """Whether `np` names one person, the `和`, `与` or `、` in it lying in the title before the
    name (`负责东亚和太平洋事务的助理国务卿迈克尔·德松布雷`) or in the words after it
    (`X星期一将伊朗与美国之间…`, `X星期一在瑞士结束和伊朗的新一轮谈判`: after the name's time,
    place or verb, a 和 or 与 is "with", not a second source): one dotted name, no other source
    joined to it."""
    if len(dotted) != 1:
        return False
    name = dotted[0]
    head, _, last = name.rpartition("·")
    run_on = _ZH_SUBJECT_END.search(last, 1)  # (the words run into the name's last part)
    if run_on is not None:
        name = f"{head}·{last[: run_on.start()]}"
    if _ZH_SEVERAL.search(name):
        return False
    at = np.find(name)
    before, after = np[:at], np[at + len(name) :]
    after = re.split(r"[(（在对向于将把]", after, maxsplit=1)[0]
    cut = _ZH_SUBJECT_END.search(after)
    if cut is not None:
        after = after[: cut.start()]
    if _ZH_SEVERAL.search(after):
        return False
    return (
        not _ZH_SEVERAL.search(before)
        or _ZH_TITLE_BEFORE_NAME.search(before) is not None
        or before.endswith(_ZH_ROLES)  # `…反情报和网络部门负责人丹尼尔·维尔兹比基`
    )


def _zh_together(np: str) -> bool:
    """Whether the words before a verb of saying name several sources together (`他们`,
    `两位参议员`, `沃伦和斯科特在信中`, `X与Y共同`)."""
    np = _ZH_LEAD.sub("", np.strip())
    if np.startswith(("他们", "她们", "两位", "两名", "双方", "二人", "两人")):
        return True
    if zh_counted_together(np):
        return True
    if _ZH_JOINTLY.search(np):
        return True
    cut = _ZH_SUBJECT_END.search(np, 1)
    head = np[: cut.start()] if cut is not None else np
    several = _ZH_SEVERAL.search(head)
    if several is not None and zh_yu_inside_body(head, several):
        return False  # `美国疾病控制与预防中心(CDC)星期四`: one body, 与 inside its name
    return several is not None and len(_zh_dotted_names(head)) != 1


_ZH_SPOKESPERSON_TAIL = lazy(r"(?:的|一名|一位|不愿?透露姓名|不具名|未具名|匿名|新闻)*发言人\Z")


def zh_yu_inside_body(np: str, several: re.Match[str]) -> bool:
    """Whether the first `与` or `和` of `np` (`several`, its first word of several sources) lies
    inside a body's name, between words that are no bodies of their own (`美国疾病控制与预防中心`,
    `美国卫生与公众服务部发言人`; `国务院与财政部` is two), no other word of several after it: 与
    after a word that is no body's end; and either word after a two-character word that is no
    body, title or people of its own, right after a body's or a country's name, before an
    office's end (`美国商务部工业和安全局`, `美国海关与边境保护局`) or the word for what a body is
    and its name (`美国国防与技术咨询公司博思艾伦汉密尔顿`); not after a name or a country alone
    (`特朗普和国家安全局`, `美国和日本政府`)."""
    if several.group() not in ("与", "和") or _ZH_SEVERAL.search(np, several.end()) is not None:
        return False
    if several.group() == "和" and _ZH_AND_DEPARTMENT.match(np, max(0, several.start() - 4)):
        return True  # `文化和旅游部`, `工业和信息化部`, a province's `住房和城乡建设厅`: one body
    cut = _ZH_SUBJECT_END.search(np, several.end())
    after = np[several.end() : cut.start() if cut is not None else len(np)]
    # (`美国卫生与公众服务部发言人`: the body's unnamed spokesperson, who speaks for it)
    after = _ZH_SPOKESPERSON_TAIL.sub("", after)
    body = len(after) <= 8 and _ZH_BODY_END.search(after) is not None
    if body and several.group() == "与" and not _ZH_BODY_END.search(np, 0, several.start()):
        return True
    office = _ZH_OFFICE_WORD.search(np, max(0, several.start() - 3), several.start())
    if office is None or not _zh_office_word(office.group("word")):
        return False
    if body:
        return _ZH_OFFICE_END.search(after) is not None
    return _ZH_KIND_THEN_NAME.fullmatch(after) is not None


# The Chinese departments whose names hold 和 (the State Council's ministries and their
# provincial and city counterparts: `文化和旅游部`, `工业和信息化部`, `住房和城乡建设厅`,
# `人力资源和社会保障局`).
_ZH_AND_DEPARTMENT = lazy(
    r"(?:[\u4e00-\u9fff]{0,2}?)(?:文化和旅游|工业和信息化|住房和城乡建设|人力资源和社会保障)"
    r"(?:部|厅|局|委员会|委)"
)


# Two characters right after a body's or a country's name, before the 和 or 与 of an office's own
# name (`美国商务部工业和安全局`: 工业), and the end of such an office's name (an office, a bureau,
# a centre or a committee; not a ministry: `交通部长…和国土安全部` is two).
_ZH_OFFICE_WORD = lazy(r"(?:[国州省市宫署局部院会府])(?P<word>[\u4e00-\u9fff]{2})\Z")
_ZH_OFFICE_END = lazy(r"(?:局|署|中心|办公室|委员会)\Z")
# The word for what a body is, then its name (`技术咨询公司博思艾伦汉密尔顿`), after a word or two
# of what it does.
_ZH_KIND_THEN_NAME = lazy(
    r"[\u4e00-\u9fff]{1,6}?(?:公司|集团|企业|机构|团体|智库|组织)[\u4e00-\u9fff]{2,12}"
)


def _zh_office_word(word: str) -> bool:
    """Whether two characters before 和 or 与 are a word of an office's name (`工业`, `海关`,
    `国防`): no body's end, no title's last character, no people, no kind of body."""
    return (
        _ZH_BODY_END.search(word) is None
        and _ZH_TITLE_BEFORE_NAME.search(word) is None
        and _ZH_UNNAMED.search(word) is None
        and word not in ("企业", "公司", "集团", "机构", "团体", "组织", "智库", "两国", "双方")
    )


def zh_counted_together(np: str) -> bool:
    """Whether a source's words open with countries or people counted (`三国在声明中`, `两人都`,
    `三方`) or countries' short names run together (`美英澳在…中`, `美日韩`): several at once,
    not one body (`七国集团`, `四方安全对话` are one, by their names)."""
    return _ZH_COUNTED_TOGETHER.match(np) is not None or _ZH_JOINED_COUNTRIES.match(np) is not None


_ZH_COUNTED_TOGETHER = Gated(
    r"[两三四五六七八九十几数多]+(?:国|方|人)(?!集团|安全|机制|联盟|会谈|峰会|组织|论坛)",
    ("两", "三", "四", "五", "六", "七", "八", "九", "十", "几", "数", "多"),
)
_ZH_JOINED_COUNTRIES = lazy(
    r"[美英法德日韩中俄澳加印意菲越泰]{2,4}(?:三国|两国|各国)?"
    r"(?=\Z|在|都|均|也|还|领导人|外长|官员|政府|联合)"
)


# The clause after 指责 with no comma: a subject and a predicate done (`欧盟领导人导致了`,
# `伊朗泄露了`), no words in marks before it (`指责这部法案是“…”` is a direct quote).
_ZH_ACCUSED_CLAUSE = Gated(r"[^，,。；;：:“”「」！？()（）]{2,16}?了", ("了",))


def _zh_accuses(sentence: str, match: re.Match[str]) -> bool:
    """`他同时指责欧盟领导人导致了他所说的战争`: 指责 with no comma before a clause of its own
    (ANNOTATING.md, "Thirty-sixth folder"), a report like 批评's, and so is `批评台湾和其他地区
    夺走了…`; not `指责X的做法` (a noun phrase) nor `指责X“…”` (the words in marks, a direct
    quote)."""
    verb = match.group("verb")
    if verb not in ("指责", "批评"):
        return False
    clause = _ZH_ACCUSED_CLAUSE.match(sentence, match.end())
    if clause is None:
        return False
    # `批评政府为了选举而推迟…的做法`: `为了`, `除了` open a phrase, no predicate done
    return verb == "指责" or clause.group()[-2] not in "为除"


# What 否认, 驳斥 and 悲叹 take with no comma as a clause of content (ANNOTATING.md, "Chinese
# text", "Thirty-fifth folder", "Thirty-sixth folder"): `否认曾向中国出口…` (a past act, its subject
# left out), `否认美国武器弹药库存与…有关联` and `驳斥X的报告与实际情况“相当不符”` (a subject with
# a predicate of relation), `悲叹香港“已不再是法治社会”` (a subject, then a predicate opened by an
# adverb or a copula, in marks or not). Not `否认了这一指控`, `否认…的指控` (a noun phrase),
# `否认与军方有关联` (no subject of its own), `驳斥中国的非法领土主张`, `驳斥对该协议的批评者`.
_ZH_RELATION = r"[^，,。；;：:“”]{1,30}?(?:与|和|同)[^，,。；;：:]{1,30}?"
_ZH_DISPUTED_CLAUSE = {
    "否认": lazy(
        r"曾经?(?!经)[\u4e00-\u9fff]"
        r"|(?![与和同了这此该对])" + _ZH_RELATION + r"(?:有关联|有关|有联系|相关|无关)(?!的)"
    ),
    "驳斥": lazy(r"(?![与和同了这此该对])" + _ZH_RELATION + r"(?:不符|无关)(?!的)"),
    "悲叹": lazy(r"(?![了这此该对])[\u4e00-\u9fff]{2,8}“?(?:已经?|不再|再也|是|将|正在|没有|仍)"),
}


def _zh_disputes_a_clause(sentence: str, match: re.Match[str]) -> bool:
    """Whether 否认, 驳斥 or 悲叹 with no comma takes a clause of content
    (`_ZH_DISPUTED_CLAUSE`)."""
    pattern = _ZH_DISPUTED_CLAUSE.get(match.group("verb"))
    return (
        pattern is not None
        and not match.group("comma")
        and pattern.match(sentence, match.end()) is not None
    )


def _zh_subject_clause(sentence: str, match: re.Match[str]) -> bool:
    """`吕特承认美国对北约感到失望`: the verb takes a clause with a subject of its own."""
    if match.group("verb") not in _ZH_SUBJECT_CLAUSE_VERBS:
        return False
    at = match.end()
    if sentence[at : at + 1] == "了" and match.group("verb") != "表示":
        at += 1  # `强调了…`
    if _ZH_NOT_CLAUSE.match(sentence, at) is not None:
        return False  # `表示乐观`, `表示将…`, `强调了…的重要性` (no predicate before the comma)
    clause = _ZH_PREDICATE.match(sentence, at)
    # `新西兰1972年承认北京是代表中国的唯一政府`: 承认 with a copula is recognition, not speech.
    return clause is not None and not (
        match.group("verb") == "承认" and clause.group("predicate") == "是"
    )


def _zh_clause_of_its_own(sentence: str, match: re.Match[str]) -> bool:
    """`他说本次峰会将针对…`, `普京承认乌克兰无人机袭击对俄罗斯境内造成损失`,
    `特朗普强调和伊朗的协议不涉及任何金钱交易`, `她还说检方把两人的行为形容为…`,
    `表示他和习近平的关系很好`, `表示测试按计划执行`: a verb of saying with no comma before a
    clause whose subject is followed by a passive, a negation, a modal, a verb of causing, the
    object's 把, or an adverb of degree or manner, all before the next comma."""
    verb = match.group("verb")
    if verb not in _ZH_OWN_CLAUSE_VERBS:
        return False
    at = match.end()
    if sentence[at : at + 1] in _ZH_SAID_NOT_CLAUSE or _ZH_NOT_CLAUSE.match(sentence, at):
        return False  # `说服`, `说明`, `表示将…`, `强调了…`
    return _ZH_OWN_PREDICATE.match(sentence, at) is not None


# A word that opens a clause of its own (a condition, a cause, a concession, a basis, a time
# gone by): right after a verb of saying with no comma, the verb takes a clause (`指出一旦…遭到
# 入侵，…`, `说根据这项协议，…`, `说37年过去了，…`).
_ZH_CLAUSE_OPENER = lazy(
    r"(?:如果|假如|一旦|由于|因为|尽管|虽然|根据|按照|除非|只要|只有|无论|不管|"
    r"[0-9]{1,4}年(?:过去了|以来|前|来))"
)
_ZH_CLAUSE_OPENER_VERBS = frozenset(["说", "表示", "指出", "强调", "透露", "警告"])


def _zh_opens_a_clause(sentence: str, match: re.Match[str]) -> bool:
    """`他说37年过去了，中国政府仍然…`, `科顿在信中指出一旦…遭到入侵，…`: a verb of saying with no
    comma before a word that opens a clause of its own (`_ZH_CLAUSE_OPENER`)."""
    if match.group("comma") or match.group("verb") not in _ZH_CLAUSE_OPENER_VERBS:
        return False
    if _ZH_SAY_AS_CONJUNCTION.search(sentence, 0, match.start()):
        return False  # `可以说如果…`: no one's words
    return _ZH_CLAUSE_OPENER.match(sentence, match.end()) is not None


# A term in marks that opens the clause after a verb of saying with no comma, its predicate
# right after the closing mark (`并指出“史诗狂怒行动”取得了“巨大成功”`); not a word said
# (`说“谢谢”之后`, `说“不”的人`) nor a term with only its noun after it (`强调“一个中国”原则`).
_ZH_TERM_SUBJECT = lazy(
    r"“[^“”，,。；;！？!?：:]{1,12}”(?![的之后时以一等这字词])"
    r"(?P<rest>[^，,。；;：:“”]*?[\u4e00-\u9fff][^，,。；;：:“”]*?)(?=[，,。；;“]|\Z)"
)
# `说` that joins a clause, not a source's (`如果说`, `可以说`, `也就是说`).
_ZH_SAY_AS_CONJUNCTION = lazy(r"(?:如果|假如|要是|若|可以|不妨|或者|也就是|就是|所以|虽然|应该)\Z")
_ZH_TERM_VERBS = frozenset(["指出", "强调", "表示", "说", "认为", "重申", "透露"])


def _zh_goes_on_from_quotation(sentence: str, match: re.Match[str]) -> bool:
    """Whether a verb with no comma is joined by 并 to the quotation that closes right before it
    (`奎因说，“…，”并指出仍有嫌疑人在逃`, `说：“…，”并强调对伊朗的制裁与其核计划有关`): the
    quotation's speaker goes on with a report, its clause right after the verb (not an attitude,
    `，”并表示欢迎`)."""
    at = match.start()
    return (
        not match.group("comma")
        and match.group("verb") in _ZH_TERM_VERBS
        # (the clause before the verb is the closing mark and 并: `，”并`)
        and sentence[at - 2 : at] in ("”并", "」并")
        and sentence[at - 3 : at - 2] in ("，", ",", "；", "：", ":")
        and (
            _ZH_NOT_CLAUSE.match(sentence, match.end()) is None
            or _ZH_ABOUT_SUBJECT.match(sentence, match.end()) is not None
        )
        and len(_HAN.findall(sentence, match.end(), match.end() + 8)) >= 4
    )


# A clause whose subject is a noun about something (`对伊朗的制裁`), its predicate after it
# (`与其核计划有关`, `是…`, `将…`): a clause after a verb of saying, though `对` opens it, not an
# attitude (`表示对…的关切`, `强调对…的支持`: the noun ends the words).
_ZH_ABOUT_SUBJECT = lazy(
    r"对[^，,。；;：:“”的]{1,16}的[\u4e00-\u9fff]{1,4}"
    r"(?:(?:与|和|同|跟)[^，,。；;：:“”]{1,16}(?:有关|无关|相关|挂钩)|"
    r"(?:是|将|已|仍|并非|不会|没有)[\u4e00-\u9fff])"
)


def _zh_term_opens_clause(sentence: str, match: re.Match[str]) -> bool:
    """Whether the words after a verb of saying with no comma open with a short term in marks
    that is the subject of a clause going on after it (`指出“史诗狂怒行动”取得了“巨大成功”`):
    an indirect quote of the whole clause, not a direct quote of the term."""
    if match.group("comma") or match.group("verb") not in _ZH_TERM_VERBS:
        return False
    if _ZH_SAY_AS_CONJUNCTION.search(sentence, 0, match.start()):
        return False  # `如果说“江流”寄托着…，那么…`: no one's words
    term = _ZH_TERM_SUBJECT.match(sentence, match.end())
    if term is None:
        return False
    rest = term.group("rest")
    return len(_HAN.findall(rest)) >= 3 and _ZH_SAY.search(rest) is None


# A clause after a verb of saying with no comma whose subject is written plainly and whose
# predicate is in marks, ending the clause (`表示双方“同意保持…沟通”。`, `表示古巴政府“即将垮台”，`,
# `说他“非常失望”`): the subject a pronoun or a noun of an agent (a side, a government, a people,
# a body), not a verb (`强调需要“全面遵守…”`, `表示支持“…”`) nor words in marks alone.
_ZH_MARKED_PREDICATE = Gated(
    r"(?:他们|她们|它们|他|她|它|"
    r"(?!(?:" + _ZH_NOT_CLAUSE_WORDS + r"|需要|必须|应|继续|所谓))"
    r"[\u4e00-\u9fff]{1,7}[方国府人党部军者们会局院家队团署司馆员])\s?"
    r"(?:“[^“”。！？]{1,80}”"
    # (`表示中国 “坚决反对”和“依法打击”任何形式的网络攻击`: short verbs in marks, joined, then their
    # object in plain words opening with a determiner; not `“一带一路”倡议`, `“…”的…`, the marked
    # words a name or a modifier)
    r"|“[^“”。！？，,]{1,8}”(?:[和与、及]“[^“”。！？，,]{1,8}”)?"
    r"(?:任何|所有|一切|各种|各类|这|那|该|其)[^，,。；;：:“”！？!?]{1,28})"
    r"(?=[，,。；;！？!?]|\Z)",
    ("“",),
)
_ZH_MARKED_PREDICATE_VERBS = frozenset(
    ["说", "表示", "指出", "强调", "透露", "承认", "证实", "确认"]
)


def _zh_predicate_in_marks(sentence: str, match: re.Match[str]) -> bool:
    """Whether a verb of saying with no comma takes a clause whose predicate is in marks
    (`_ZH_MARKED_PREDICATE`): an indirect quote of the whole clause, as a clause without marks
    is, not a direct quote of the marked words."""
    if match.group("comma") or match.group("verb") not in _ZH_MARKED_PREDICATE_VERBS:
        return False
    if match.group("verb") == "说" and (
        sentence[match.end() : match.end() + 1] in _ZH_SAID_NOT_CLAUSE
        or _ZH_SAY_AS_CONJUNCTION.search(sentence, 0, match.start())
    ):
        return False  # `说明中方“…”` (a word, not 说), `可以说他“…”`: no one's words
    return _ZH_MARKED_PREDICATE.match(sentence, match.end()) is not None


def _zh_carries_on(sentence: str, pointing_back: bool = False) -> bool:
    """Whether a sentence after a report that opens its paragraph carries the source's account
    on (`AIT的中文新闻稿说，A。历时一年的…活动得到…支持，…。`, `报道称A。根据协议，B。`): no verb of
    saying, no `据` of another source, no quotation, no background after `，这是`, no pronoun or
    connective that turns to the reporter's narration (`他还…`, `此外，`, `与此同时，`) and no
    time of the narration (`星期三`, `去年`, `(6月4日)`)."""
    text = sentence.strip()
    if len(text) < 4 or not text.endswith("。"):
        return False
    if (
        _ZH_NARRATION_OPENS.match(text)
        and not (pointing_back and text.startswith(("它", "该处", "该地")))
    ) or _ZH_NARRATION_TIME.search(text):
        return False
    if not pointing_back and _ZH_DEFINITION.match(text):
        return False  # `阿斯麦是全球唯一一家…的企业。`: the reporter's background on a name
    if "“" in text or "”" in text or "「" in text or "，这是" in text or "，这也是" in text:
        return False  # a quotation of its own; background on what it names (`，这是…的核心`)
    if re.search(r"(?<![根数证依占])据", text) or _ZH_ACCORDING.search(text):
        return False  # another source (`据路透社报道`); not `根据协议，…`, `数据中心`, `证据`
    text = _ZH_NOTHING_REPORTED.sub("", text)  # (`没有人员伤亡报告`: no one's report)
    return _ZH_SAY.search(text) is None and _ZH_SOURCE_WORD.search(text) is None


# That nothing was reported (`但没有人员伤亡报告`, `暂无伤亡报告`): no source named.
_ZH_NOTHING_REPORTED = lazy(r"(?:没有|无|未有|暂无)(?:人员)?伤亡报告")


# An attribution that is a sentence of its own right after a quotation (`”她强调说。`).
_ZH_ATTRIBUTION_AFTER = lazy(
    r"\s*[^，,。；：:“”\s]{1,12}?(?:写道|表示|说道|说|指出|强调|补充说|补充道)\s*[。！]"
)


def _zh_before_attributed_marks(paragraph: str, start: int, end: int) -> int:
    """Where a report from `start` to `end` ends before the words in marks it closes with when
    an attribution of their own follows them (`斯洛特金说，A，“B。”她强调说。`: A indirect, B the
    direct quote of `她强调说`); `end` when not (`声明说，A，“B。”` holds B: one report)."""
    if paragraph[end - 1 : end] != "”" or _ZH_ATTRIBUTION_AFTER.match(paragraph, end) is None:
        return end
    opening = paragraph.rfind("“", start, end)
    if opening <= start or paragraph.find("”", opening, end - 1) >= 0:
        return end
    comma = opening - 1
    while comma > start and paragraph[comma].isspace():
        comma -= 1
    return comma if paragraph[comma] in "，," and comma > start else end


def _zh_inner_stop(
    paragraph: str, start: int, high: int, stop: re.Match[str] | None, in_marks: Within
) -> re.Match[str] | None:
    """The stop that ends a report from `start`, past the stops that belong inside it: a `；` in
    the source's words in marks (`伊朗“已…让步；而就在不久之前…”`), and a verb joined with no
    subject of its own after a clause of another named subject inside the report (ANNOTATING.md,
    "Seventh folder": `…，但中国大使馆上星期通知他们，…，并称，B`; `美国公民托马斯·威尔·保肯二世
    (…)当天认罪，承认…`; `台湾外交部、…及国防部等部门在推演中…，强调…`): that subject's act,
    reported. At most a few stops are passed over."""
    for _ in range(4):
        if stop is None:
            return None
        inside = stop.start() in in_marks and stop.group() in ("；", ";")
        if not inside and not (
            _ZH_BARE_JOINED_STOP.fullmatch(stop.group())
            and _zh_other_subject_before(paragraph, start, stop.start())
        ):
            return stop
        stop = _ZH_REPORT_END.search(paragraph, stop.end(), high)
    return stop


# A verb joined to a report with no subject of its own (`，并称`, `，承认`).
_ZH_BARE_JOINED_STOP = lazy(
    r"[，,]\s*(?:并|还|也|同时)?(?:表示|指出|强调|坚称|否认|承认|证实|透露|称|说)"
)
# A clause that opens with a named subject of its own: a dotted name (with its Latin form), a
# body after `但` or `而`, or bodies named in a list, before the time or place of their act.
_ZH_CLAUSE_SUBJECT = lazy(
    r"·[\u4e00-\u9fff]{1,10}(?:[(（][A-Za-z .'\-]{2,40}[)）])?"
    r"(?:当天|星期[一二三四五六日]|上星期|本星期|在|已|曾)"
    r"|^(?:但|而)[\u4e00-\u9fff]{2,10}?(?:使馆|领馆|政府|部|局|委员会)"
    r"(?:当天|星期[一二三四五六日]|上星期|本星期|在|已|曾)"
    # (bodies named in a list opening the report, then their place: `李问表示，台湾外交部、海洋
    # 委员会及国防部等部门在推演中均…表达…立场，强调B` is one report, B the departments')
    r"|^[\u4e00-\u9fff]{2,12}?(?:部|局|委员会)(?:[、和及与][\u4e00-\u9fff]{2,12}?(?:部|局|委员会))+"
    r"等?(?:部门|机构|单位)?(?:当天|星期[一二三四五六日]|上星期|本星期|在|已|曾)"
)


def _zh_other_subject_before(paragraph: str, start: int, at: int) -> bool:
    """Whether the clause that a joined verb at `at` goes on from, within a report from `start`,
    opens with a named subject of its own: the report's first clause, or the last one that opens
    with `但` or `而`."""
    clauses = re.split(r"[，,]\s*", paragraph[start:at][-300:])
    opening = next(
        (clause for clause in reversed(clauses) if clause.startswith(("但", "而"))), clauses[0]
    )
    return _ZH_CLAUSE_SUBJECT.search(opening) is not None


# `宣布将X的名称恢复为Y`: what the source will do, a verb phrase with its subject left out.
# `宣布对X实施制裁`, `宣布对…进行为期六个月的审议`: the same with no 将, an act on what 对 names.
_ZH_PLAN = lazy(
    r"将(?:[把对向与]|[^，,。；：:“”]{1,30}?(?:恢复|改为|更名|延长|撤出|关闭|暂停|取消|实施|启动))"
    r"|对[^，,。；：:“”]{1,40}?(?:进行|实施|展开|开展|启动|加征|征收)"
)


def _zh_announces_a_plan(sentence: str, match: re.Match[str]) -> bool:
    """Whether `宣布` with no comma takes what its source will do (ANNOTATING.md, "Ninth folder":
    `五角大楼宣布将美国印太司令部的名称恢复为…`, `宣布对X实施制裁`), a report; not `宣布了…`,
    `宣布将于…举行`, `宣布对X的制裁` (a noun phrase)."""
    return match.group("verb") == "宣布" and _ZH_PLAN.match(sentence, match.end()) is not None


# `宣布提名X出任…`, `宣布联署…法案`, `宣布修订…条例`, `宣布与伊朗达成协议`: an act the source
# announces, a verb phrase with its subject left out (ANNOTATING.md, "Twenty-second folder");
# not `宣布这项法案`, `宣布停火` (nouns). The act's verb, after an adverb of manner.
_ZH_ACT_VERBS = (
    *("联署", "提名", "任命", "修订", "修改", "判处", "启动", "建立", "设立", "成立", "批准"),
    *("暂停", "取消", "撤销", "延长", "辞去", "辞职", "卸去", "放宽", "解除", "拘捕", "逮捕"),
    *("起诉", "推出", "加入", "退出", "关闭", "禁止", "召回", "驱逐", "冻结", "计划"),
)
# What the source gives or does to another, after the preposition and its object (`宣布向委内瑞拉
# 提供额外的救灾资金`, `宣布向红十字会捐款…`, `宣布针对另外15名…发出新的逮捕令`).
_ZH_GIVING_VERBS = ("提供", "捐", "拨款", "援助", "派遣", "部署", "出售", "发出")
_ZH_ANNOUNCED_ACT = Gated(
    r"(?:正式|临时|再|已|将)?(?:" + "|".join(_ZH_ACT_VERBS) + r")"
    r"|与[^，,。；：:“”]{1,20}?(?:达成|签署)"
    # (`宣布正在努力向…部署…`, `宣布努力为…提供援助`: an effort under way, a verb phrase)
    r"|正在|努力"
    r"|(?:向|为|针对)[^，,。；：:“”的]{1,20}?(?:" + "|".join(_ZH_GIVING_VERBS) + r")",
    (*_ZH_ACT_VERBS, "达成", "签署", "正在", "努力", *_ZH_GIVING_VERBS),
)
# What makes the clause of `宣布` one of time (`在宣布…后抵达`, `自…宣布…以来`, `宣布提名时说`).
_ZH_TIME_CLAUSE_OPENS = lazy(r"(?:在|自|自从|从|随着|当)")
# (not the 时 of a word of manner or time inside the act, `宣布临时放宽制裁`, `同时`, `及时`)
_ZH_TIME_CLAUSE_WORD = lazy(r"(?<![临暂同及随实按准适届])时|后|以来|之际|之前")


def _zh_announces_an_act(sentence: str, match: re.Match[str]) -> int | None:
    """Where the act `宣布` with no comma announces ends (its first comma, or the sentence's
    end for a plan, `宣布将…`), when it takes one (`_ZH_ANNOUNCED_ACT`) in a clause that is no
    clause of time; else None."""
    if match.group("verb") != "宣布" or match.group("comma"):
        return None
    if _ZH_ANNOUNCED_ACT.match(sentence, match.end()) is None:
        return None
    stop = _ZH_CLAUSE_STOP.search(sentence, match.end())
    # (to the first comma; the sentence's stop is the report's)
    end = len(sentence) if stop is None or stop.group() in "。！？" else stop.start()
    opens = max(sentence.rfind(c, 0, match.start()) for c in "，,；：:") + 1
    if sentence[opens : match.start()].lstrip().startswith("而"):
        return None  # (`X说，A，而美国财政部已宣布批准…`: the reporter's words end A)
    before = _zh_clause_before(sentence, match.start())
    if "“" in before or "旗下" in before:
        return None  # (`X旗下品牌“…”宣布`: the body in marks, not its owner, announces)
    if (
        _ZH_TIME_CLAUSE_WORD.search(sentence, match.end(), end)
        or _ZH_TIME_CLAUSE_OPENS.match(before)
        or before.endswith(("在", "自"))
    ):
        return None
    if sentence.startswith("将", match.end()):
        # `宣布将建立…机制，首期涵盖…，并…`: what the source will do, a plan whose clauses go on
        # past the comma as a report's do
        return len(sentence)
    return end


# The clause after `宣布` with no comma that has a subject of its own (`宣布加利福尼亚州…市长王爱琳
# (Eileen Wang)被控…`, `宣布罗马尼亚关闭了…`): words (a Latin name in brackets among them), then a
# passive, a negation or a modal, or a predicate done with 了, before the next comma; or a verb
# that states where its subject stands (`宣布刚果民主共和国进入公共卫生紧急状态`, `宣布…的疫情构成
# 国际关注的突发公共卫生事件`, `宣布双方达成协议`), its subject no preposition's object (`宣布与伊朗
# 达成协议` is an act, its subject left out).
_ZH_ANNOUNCED_CLAUSE = lazy(
    r"(?:[\u4e00-\u9fff·]|\([A-Za-z .'\-]{1,40}\)){2,30}?"
    r"(?:(?:都|也|仍|并)?(?:被|不|未|没有|可能|将会|将)|[\u4e00-\u9fff]{1,12}?了)"
    r"|(?![与和同向对在为把从])(?:[\u4e00-\u9fff·]|\([A-Za-z .'\-]{1,40}\)){2,30}?"
    r"(?:达成|构成|进入|成为|处于)"
)


def _zh_announces_a_clause(sentence: str, match: re.Match[str]) -> bool:
    """Whether `宣布` with no comma takes a clause with a subject of its own (`美国司法部宣布…王爱琳
    (Eileen Wang)被控非法充当…`, `达恩宣布罗马尼亚关闭了俄罗斯…的领事馆`), a report like
    `宣布，…`; not `宣布了…`, `宣布将…`, `宣布不到两周` (no subject before the predicate), nor in a
    clause of time (`在宣布…后`)."""
    if match.group("verb") != "宣布" or match.group("comma"):
        return False
    if sentence[match.end() : match.end() + 1] in ("了", "的", "中", "将", "不"):
        return False
    if _ZH_ANNOUNCED_CLAUSE.match(sentence, match.end()) is None:
        return False
    before = _zh_clause_before(sentence, match.start())
    stop = _ZH_CLAUSE_STOP.search(sentence, match.end())
    end = len(sentence) if stop is None else stop.start()
    return not (
        "“" in before
        or "旗下" in before
        or before.startswith("而")
        or _ZH_TIME_CLAUSE_WORD.search(sentence, match.end(), end)
        or _ZH_TIME_CLAUSE_OPENS.match(before)
        or before.endswith(("在", "自"))
    )


# The reporter's apposition after a report (ANNOTATING.md, "The reporter's words end a report":
# `X说，伊朗将同意…，这是上星期…协议的一项关键条款`).
# `X表示，他尚未决定…，这在台北引发了不确定性`: the reporter's word on what the report set off;
# so `X表示将…，此举引发了抗议` (not `此举将招致…`, `此举只会…`: the source's claim).
_ZH_APPOSITION = lazy(
    r"[，,]\s*这(?:也)?是|[，,]\s*这(?:在[^，,。；“”]{1,12}?)?(?:引发|引起)了"
    r"|[，,]\s*此举(?:也|已经?){0,2}(?:引发|引起|招致|遭到|受到|激起)了"
)


# The reporter's narration in a clause after a report (ANNOTATING.md, "The reporter's words
# end a report"): what came before it (`…正处于“生命维持状态”，此前他拒绝了伊朗提出的最新提议`;
# not `此前的…`, a noun's modifier) and what followed it, with a subject of its own (`…继续与
# 伊朗政权进行谈判，国际原油价格随后回吐了早盘的涨幅`; not `，随后颜色发生变化`, the account's
# next step, nor `，美国随后将…`, a plan). So is what another subject did meanwhile
# (`…征收通行费，美国和伊朗官员同时正就…进行谈判`, `称…“骇人听闻”，乌克兰同时第二次袭击了…`: the
# lead's second piece of news); not `在…的同时`, `与此同时`, a joining word's `而且同时`, nor
# `，X同时将…`, a plan.
_ZH_NARRATION_CLAUSE = Gated(
    r"[，,]\s*(?:此前(?![的，,])|[\u4e00-\u9fff]{2,8}?随后(?!将)(?=[^，,。；;“”]{1,30}?了)|"
    r"(?![而并但也还且又])[\u4e00-\u9fff]{2,8}?(?<![的此])同时(?=正|[^，,。；;“”将会]{1,30}?了))",
    ("此前", "随后", "同时"),
)


def _zh_before_apposition(paragraph: str, start: int, end: int, in_marks: Within) -> int:
    """Where a report from `start` to `end` ends before the reporter's apposition (`，这是…`)
    outside marks; `end` when there is none. Not when the report before it is a phrase of
    setting (`在…疫情中，这是…`: `这` is the clause's subject), nor when the apposition holds
    the source's words in marks (`这是台湾“对…的承诺”`) or a record its figures set (`这是自4月初
    以来第一次出现的情况`: the data's source says so); and before the reporter's narration in a
    clause of its own (`_ZH_NARRATION_CLAUSE`)."""
    for clause in _ZH_NARRATION_CLAUSE.finditer(paragraph, start, end):
        if clause.start() not in in_marks:
            end = clause.start()
            break
    for apposition in _ZH_APPOSITION.finditer(paragraph, start, end):
        if apposition.start() in in_marks:
            continue
        if _ZH_SETTING_ONLY.fullmatch(paragraph, start, apposition.start()):
            return end
        stop = _ZH_CLAUSE_STOP.search(paragraph, apposition.end(), end)
        after = paragraph[apposition.end() : stop.start() if stop is not None else end]
        if "“" in after or _ZH_RECORD.search(after):
            return end
        if apposition.group().endswith("是") and _ZH_EVALUATION.fullmatch(after):
            return end  # `，这是很自然的`: the source's judgement of what it reports
        return apposition.start()
    return end


# A phrase of place or time with no clause (`在非洲历次埃博拉疫情中`).
_ZH_SETTING_ONLY = lazy(
    r"\s*(?:在|于|从|自从|对于|关于)[^，,。；“”]{1,40}?(?:中|上|里|时|后|前|以来|期间)"
)
# A short judgement after `这是` (`这是很自然的`, `这是不可接受的`): no noun the reporter puts
# beside the report, but the source's word on it.
_ZH_EVALUATION = lazy(r"(?:很|非常|十分|相当|完全)?[\u4e00-\u9fff]{1,4}的")
# A record set by a figure (`自…以来第一次`, `首次`, `最高`).
_ZH_RECORD = lazy(r"以来|首次|第一次|最高|最低|最多|最少")


# A sentence that opens by pointing back at what was reported (`这些行动利用…`, `这种需求，便…`,
# `其中一名用户…`, `相关材料随后…`, `它还以中文…生成内容`), or at the year or the place the report
# named (`…2024年申请量超过180万件。同年，…`, `…运输车间…遭到无人机袭击。该处地点发生火灾，…`): it
# goes on with a source's account (not `此一行动正是…`, `这是…`, the reporter's comment).
_ZH_BACK_REFERENCE = lazy(
    r"(?:这些|这种|这类|这一|其中|相关)[\u4e00-\u9fff]|它(?:们)?(?:还|也)|这(?:就)?意味着|"
    r"同年[，,]|该(?:处|地)(?![区方])"
)
# What the source says must also be done, its subject left out (`同时，还应加强…`): its
# recommendation going on, not the reporter's narration of another matter.
_ZH_ALSO_SHOULD = lazy(r"(?:与此同时|同时)[，,]\s*(?=(?:还|也|更)?(?:应该|应当|应|必须|需要|需))")
# A short term in marks (`称为“水军”`), not a quotation of its own.
_ZH_TERM_IN_MARKS = lazy(r"“[^“”，。！？]{1,8}”")
# A phrase of topic before a sentence's subject (`对于无法修复的展品，`).
_ZH_TOPIC_OPENING = lazy(r"(?:对于|关于|至于)[^，,。；“”]{1,20}[，,]")


# The source's contrast inside its own speech, `但` with no subject of its own before a negation,
# a modal or an adverb (`他说，A。但不是以“…”。`): not `但该公司表示…`, `但他…` (a subject).
# (not `但不少…`, `但会议…`, `但将军…`: a subject that opens with such a character)
_ZH_BUT_GOES_ON = lazy(r"但(?:是)?(?=不(?![少同])|[并也仍却要须必]|将(?!军)|会(?![议谈晤面见]))")
# The people the report counted, spoken of as `他们` with what will be done to them or what they
# will do (`宣布，六名…中国公民…被判处监禁。他们在服刑期满后将被驱逐出境。`).
_ZH_THEY_WILL = lazy(r"(?:他们|她们)(?![的俩两])(?=[^，,。；;“”]{0,12}?(?:将|会)(?![议谈见晤面]))")
_ZH_PEOPLE_COUNTED = lazy(r"(?:\d+|[一二三四五六七八九十两几数多]+)(?:名|位)")
# Words in marks that hold the source's first person (`美国的重点在于“…我们的意图…”`): the
# speech going on in its own words, not a quotation of another.
_ZH_FIRST_PERSON_MARKS = lazy(r"“[^“”]{0,200}?(?:我们|我)[^“”]{0,200}?”")
_ZH_ANY_MARKS = lazy(r"“[^“”]{1,400}”")


def _zh_own_words_aside(text: str, contrast: bool) -> str:
    """A sentence with the source's words in marks put aside (each a term, `术语`), when it
    opens outside marks and its marks hold the source's first person, or when it is the
    source's contrast (`contrast`: `但不是以“…”`); else the sentence with short terms put
    aside only (`_ZH_TERM_IN_MARKS`)."""
    if text.startswith("“") or (not contrast and _ZH_FIRST_PERSON_MARKS.search(text) is None):
        return _ZH_TERM_IN_MARKS.sub("术语", text)
    aside = _ZH_ANY_MARKS.sub("术语", text)
    return aside + "。" if aside.endswith("术语") else aside


def _zh_points_back(report: str, sentence: str) -> bool:
    """Whether a sentence after a person's or a body's report that opens its paragraph goes on
    with that account: it opens by pointing back at what was reported (`这些行动…`, `其中…`), or
    its subject, after a phrase of topic, is the report's own (`纪念馆会…。对于…，纪念馆将…`), or
    it opens with a subject the report named (`_zh_subject_in_report`); or it is the source's
    contrast with no subject of its own (`但不是以“…”`), or it speaks of the people the report
    counted as `他们` with 将 or 会 (`…六名…公民…被判处监禁。他们…将被驱逐出境。`); and it holds no
    narration (`_zh_carries_on`, terms in marks and the source's own words in marks aside)."""
    text = sentence.strip()
    but = _ZH_BUT_GOES_ON.match(text) if text.startswith("但") else None
    if but is not None:
        rest = _zh_own_words_aside(text[but.end() :], contrast=True)
        return _zh_carries_on(rest, pointing_back=True)
    they = _ZH_THEY_WILL.match(text) if text.startswith(("他们", "她们")) else None
    if they is not None:
        if _ZH_PEOPLE_COUNTED.search(report) is None:
            return False
        return _zh_carries_on(_zh_own_words_aside(text[they.end() :], False), pointing_back=True)
    text = _zh_own_words_aside(text, contrast=False) if "“" in text else text
    also = _ZH_ALSO_SHOULD.match(text)
    if also is not None:
        return _zh_carries_on(_ZH_TERM_IN_MARKS.sub("术语", text[also.end() :]), pointing_back=True)
    back = _ZH_BACK_REFERENCE.match(text)
    if back is not None:
        # (`其中一名用户把…称为“水军”`: no definition of a name; after `同年，` the clause's own
        # opening, `同年，他…` the reporter's narration)
        rest = text[back.end() :] if back.group().startswith("同年") else text
        return _zh_carries_on(_ZH_TERM_IN_MARKS.sub("术语", rest), pointing_back=True)
    if _ZH_SIDE_STANCE.match(text) is not None and "中" in report:
        # `王毅指出，A。中方愿同欧方一道，…。`: an official speaking for his side states its stance
        return _zh_carries_on(text, pointing_back=True)
    if not _zh_carries_on(_ZH_TERM_IN_MARKS.sub("术语", text)):
        return False
    subject = report.strip()[:3]
    topic = _ZH_TOPIC_OPENING.match(text)
    if (
        topic is not None
        and len(_HAN.findall(subject)) == 3
        and text.startswith(subject, topic.end())
    ):
        return True
    return _zh_subject_in_report(report, text)


# A sentence after an official's report that states his side's stance or will (`中方愿…`, `中方坚决
# 反对…`, `中方始终…`, `双方应…`): a state wire's official speaking for his country, his account
# carried on (ANNOTATING.md: no new source, no return to the narration); not `中方尚未回应`, nor
# `双方还签署了…` (the reporter's account of an act).
_ZH_SIDE_STANCE = lazy(
    r"(?:中方|双方)(?:也|还|将)?(?:愿|愿意|始终|一贯|坚定|坚决|支持|反对|欢迎|希望|主张|赞赏|期待|"
    r"高度重视|应|要|必须)"
)


# A subject of two to six characters, then what it will do (`美国将通过实力而非对抗，…`).
_ZH_SUBJECT_WILL = lazy(r"(?P<subject>[\u4e00-\u9fff]{2,6}?)(?:也|还|仍|则)?将(?![于要近])")


def _zh_subject_will(report: str, sentence: str) -> bool:
    """Whether a sentence after a report inside its paragraph opens with a subject the report
    named and says what it will do (`《国防战略》说，美国不会与中国对立，但同时表示，不能让中国…主导
    印太。美国将通过实力而非对抗，…。`): the source's account of a plan goes on (the rest is read
    as any sentence is, `_zh_points_back`)."""
    text = sentence.strip()
    will = _ZH_SUBJECT_WILL.match(text)
    return will is not None and will.group("subject") in report


# The source itself as a sentence's subject, after a connective that goes on with its account,
# then what it will do (`此外，G7将借助…`, `与此同时，警局将该案…`); `将` right after the subject
# (or its adverb), not the 将 of a phrase of time or manner between them.
_ZH_SOURCE_WILL = lazy(
    r"(?:(?:此外|另外|与此同时|同时)[，,]\s*)?"
    r"(?P<subject>[\u4e00-\u9fffA-Za-z0-9]{2,8}?)(?P<rest>(?:也|还|仍|则)?将(?![于要近军]))"
)
# A body's name shortened to its first and last characters (`警局` for `埃尔蒙特警察局`).
_ZH_SHORT_BODY_END = frozenset("局部署院府会馆")


def _zh_source_will(sentence: str, attribution: str, alias_of_source: bool, body: bool) -> bool:
    """Whether a sentence after a report that ends its own says what the report's source
    itself will do, with no narration of its own (ANNOTATING.md, "Eleventh folder":
    `…警长…告诉美国之音，A。与此同时，警局将…。` is still his account; `Canada announced that A.
    Canada also intends to …`):
    its subject is written in the attribution before the report (`attribution`) and the source
    is a body (`body`: a person's name before 将 is as often the reporter's narration of an
    act, `海格塞斯将资金的来源归功于…`), or is the body named there shortened (`警局`), or the
    abbreviation the text gave the source (`alias_of_source`, checked by the caller:
    `宣言还宣布将…。此外，G7将…。`)."""
    text = sentence.strip()
    will = _ZH_SOURCE_WILL.match(text)
    if will is None:
        return False
    subject = will.group("subject")
    named = (
        (body and subject in attribution)
        or (
            len(subject) == 2
            and subject[1] in _ZH_SHORT_BODY_END
            and re.search(subject[0] + r"[\u4e00-\u9fff]{1,2}" + subject[1], attribution)
            is not None
        )
        or alias_of_source
    )
    return named and _zh_carries_on(text[will.start("rest") :], pointing_back=True)


def _zh_source_will_subject(sentence: str) -> str | None:
    """The subject `_zh_source_will` reads in a sentence, if any (for the caller's alias test)."""
    will = _ZH_SOURCE_WILL.match(sentence.strip())
    return None if will is None else will.group("subject")


# What follows a subject of two characters that is a whole noun (`当局经追踪发现…`), not the
# first part of a longer name (`美国财政部`).
_ZH_AFTER_SUBJECT = frozenset("在将已正也对于是的把被向从经曾仍都就会要则")
# A month or a year of the narration's own (`美国财政部3月份发布了…`): the reporter's background.
_ZH_DATED = lazy(r"\d{1,2}月|[一二三四五六七八九十]{1,2}月|\d{4}年")


def _zh_subject_in_report(report: str, text: str) -> bool:
    """Whether a sentence with no narration of its own opens with a subject the report has
    named (`联邦检察官表示，在调查期间，当局在…发现…。执法当局收缴了…。当局经追踪发现…。`, `他提到，
    在特朗普总统的领导下，…。特朗普总统及其政府致力于…。`): the source's account goes on about
    what it spoke of. The subject is a whole noun of the report (three characters or more, or
    two before a verb's adverb), or the head after a modifier of two (`执法当局`); not a pronoun,
    a determiner or a connective, nor the first part of another name (`美国财政部` after
    `美国…`), and the sentence is not dated (`3月份`)."""
    if _ZH_DATED.search(text):
        return False
    if len(_HAN.findall(text[:4])) < 4 or text[0] in "这此该其那一每各某如若由因所但而":
        return False
    if text[2:4] in report and text[2] not in "这此该其那一每各某":
        return True  # (`执法当局`: the report's `当局`)
    if text[:3] in report:
        return True
    return text[:2] in report and text[2] in _ZH_AFTER_SUBJECT


def _zh_account_opens(sentence: str, clause_start: int, match: re.Match[str]) -> bool:
    """Whether a report that opens its paragraph is a source's account, which the sentences
    after it may carry on (ANNOTATING.md, "Eleventh folder": `王丹告诉美国之音，A。对于…，纪念馆将
    …。`, `除了…，OpenAI表示，A。B。`): the verb right after its source with a comma, the first
    clause of the sentence or after a phrase with no verb of saying."""
    return (
        bool(match.group("comma"))
        and match.group("comma") in "，,"
        and (clause_start == 0 or _ZH_SAY.search(sentence, 0, clause_start) is None)
    )


# What opens the reporter's own narration after a report: a pronoun, a connective to another
# matter, the outlet itself.
_ZH_NARRATION_OPENS = lazy(
    r"(?:他|她|它|他们|她们|该|此外|另外|另一方面|与此同时|同时|而|但|不过|然而|此前|之前|目前|"
    r"美国之音|记者|本台|外界|分析|批评|有关|对此|随后|其后|事实上|截至)"
)
# A sentence that says what a name is (`阿斯麦是…`; not `这是在…协议中确定的`, which points back).
_ZH_DEFINITION = lazy(r"(?![这此])[^，。；“”]{1,16}?(?:是|为)(?!否)")
# Times of the narration: a weekday, a day in brackets, a time counted from the report.
_ZH_NARRATION_TIME = lazy(
    r"星期[一二三四五六日天]|周[一二三四五六日末]|[（(]\d{1,2}月\d{1,2}日[）)]|去年|前年|上周|上星期|"
    r"上个月|上月|昨天|昨日|前天|日前|近日|稍早|早些时候|当天|当日|今天|今日"
)
# Words that name another source or its document in the sentence.
_ZH_SOURCE_WORD = lazy(r"发言人|声明|新闻稿|公告|报道|报告|消息人士|官员|表态|回应|采访")


def _zh_opening_clause(sentence: str) -> str:
    """The clause a sentence opens with its subject: its first, or the second after a phrase of
    time or place (`在星期四的会谈后，北约秘书长马克·吕特…对记者们说，…`) or of means
    (`通过…发出警告，唐纳德·特朗普…总统…`)."""
    clauses = re.split(r"[，,；：:]", sentence, maxsplit=2)
    if len(clauses) > 1 and (
        _ZH_SETTING_ONLY.fullmatch(clauses[0]) or clauses[0].lstrip().startswith("通过")
    ):
        return clauses[1]
    return clauses[0]


_ZH_CLAUSE_MARK = lazy(r"[，,；：:]")


def _zh_past_setting(text: str) -> int:
    """Where the clause after a phrase of time, place or means that opens `text` with a comma
    begins (`在另一则帖文中，特朗普驳斥了…`, `通过…，X…`), else 0: the sentence's subject is
    after it."""
    comma = _ZH_CLAUSE_MARK.search(text)
    if comma is None or comma.group() not in "，,":
        return 0
    head = text[: comma.start()]
    if _ZH_SETTING_ONLY.fullmatch(head) or head.lstrip().startswith("通过"):
        return comma.end()
    return 0


def _zh_sentences(paragraph: str) -> list[tuple[int, int]]:
    """The sentences of a Chinese paragraph; a sentence that ends inside words in marks opened
    in it (`…合作不仅是一个技术协议，“更明确展现出…。而这些…发展。”`) runs on to the closing
    mark. A digest's numbered items run into the paragraph (`包括：1)X说，A 2)Y表示，B`) end
    their sentences, each item's words a sentence of their own without its number
    (ANNOTATING.md, "Recall audit of Chinese reports")."""
    items = _zh_digest_items(paragraph)
    if not items:
        return _zh_sentences_in(paragraph, 0, len(paragraph))
    out: list[tuple[int, int]] = []
    start = 0
    for bullet, words in items:
        out.extend(_zh_sentences_in(paragraph, start, len(paragraph[:bullet].rstrip())))
        start = words
    out.extend(_zh_sentences_in(paragraph, start, len(paragraph)))
    return out


# A digest's numbered item (`1)`, `2)`) after a colon or white space, before its first word.
_ZH_DIGEST_ITEM = lazy(r"(?:(?<=[：:])|(?<=\s))[0-9]{1,2}\)\s*(?=[\u4e00-\u9fffA-Za-z“])")


def _zh_digest_items(paragraph: str) -> list[tuple[int, int]]:
    """Where each numbered item of a digest run into `paragraph` begins: its number's start and
    its first word's; none unless the items `1)` and `2)` both stand in it, in that order."""
    first = paragraph.find("1)")
    if first < 0 or paragraph.find("2)", first) < 0:
        return []  # (a quick test: most paragraphs hold no numbered item)
    items = [match.span() for match in _ZH_DIGEST_ITEM.finditer(paragraph)]
    numbers = [paragraph[bullet : paragraph.index(")", bullet)] for bullet, _words in items]
    if numbers[:2] != ["1", "2"]:
        return []
    return items


def _zh_sentences_in(paragraph: str, begin: int, finish: int) -> list[tuple[int, int]]:
    """`_zh_sentences` of `paragraph[begin:finish]`, as positions in the paragraph."""
    out: list[tuple[int, int]] = []
    balance = 0  # marks opened and not closed in the sentence so far
    for match in _ZH_SENTENCE.finditer(paragraph, begin, finish):
        start, end = match.start(), match.end()
        if end <= start:
            continue
        text = match.group()
        if balance > 0 and start - out[-1][0] <= _ZH_OPEN_SENTENCE:
            start = out.pop()[0]
        else:
            balance = 0
        # (an opening mark right before a stop, a space, a bracket or 的 is a closing one typed
        # wrong: `“汇率操纵国“。`, `…新关系。“ 万斯表示`, `“自由250“(Freedom250)`, `“…无核化“的`)
        typos = (
            sum(text.count("“" + stop) for stop in _ZH_TYPED_CLOSE_BEFORE)
            + text.endswith("“")
            + (len(_ZH_TYPED_CLOSE_DE.findall(text)) if "“的" in text else 0)
            if "“" in text
            else 0
        )
        balance = max(0, balance + text.count("“") - text.count("”") - 2 * typos)
        out.append((start, end))
    return out


_ZH_OPEN_SENTENCE = 400  # the most characters a sentence runs on inside open marks
_ZH_TYPED_CLOSE_BEFORE = (*_ZH_STOPS_AFTER_CLOSE, " ", "(", "（")
# (`“…无核化“的共同目标`; not `“的确…”`, a quotation that opens with a word of 的)
_ZH_TYPED_CLOSE_DE = lazy("“的(?![" + "".join(sorted(_ZH_DE_WORDS)) + "])")


def _zh_without_stray_close(paragraph: str, start: int, end: int) -> int:
    """A report's end before a closing mark that nothing in it opened (`他说，A。”`, the mark of a
    quotation closed in the paragraph before): the outer mark is no part of a span (ANNOTATING.md,
    "Direct quotes"); a mark closing words in marks inside the report stays."""
    if end - start < 2 or paragraph[end - 1] not in "”」』":
        return end
    if _find_mark(paragraph, start, end - 1) >= 0:
        return end  # (`他说，这是“一件好事”`: the report's own words in marks)
    return end - 1


def _zh_hope_goes_on(sentence: str) -> int | None:
    """Where a sentence right after a report that opens with the source's hope (`他希望台海能维持
    现状，“这是…。”他说。`) carries that report on to (ANNOTATING.md, "Eighth folder"): up to the
    quotation that follows, or its end; None for any other sentence, or one with a verb of
    saying of its own before that point."""
    opening = _ZH_HOPE.match(sentence)
    if opening is None:
        return None
    mark = sentence.find("“", opening.end())
    cut = len(sentence.rstrip()) if mark < 0 else mark
    head = sentence[:cut].rstrip("，, ")
    if _ZH_SAY.search(head, opening.end()) is not None or "据" in head:
        return None
    return len(head)


# `他希望…`, `她还希望…`: the source's hope, carrying the report on.
_ZH_HOPE = lazy(r"\s*[他她](?:还|也|则|更)?希望(?![，,。])")
